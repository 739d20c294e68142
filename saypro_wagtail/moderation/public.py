"""The public side of classified ads: which ads visitors see, and where.

:func:`public_ads` is the one queryset the listing, the search, the detail route and the
sitemap read (live and unexpired, nothing else). :func:`ad_url` finds an ad's detail URL on
the live listing page in the active language, falling back to the default language's page.
"""

from django.db.models import Count, Prefetch
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import Locale

from .models import AdImage, ClassifiedAd

# Cached on the request, so a screen listing many ads looks the listing pages up once.
REQUEST_CACHE_ATTRIBUTE = "_saypro_ad_index_pages"


def public_ads():
    """Ads visitors may see, with their images in order (one query for all of them)."""
    return ClassifiedAd.objects.public().prefetch_related(
        Prefetch(
            "images",
            queryset=AdImage.objects.order_by("sort_order", "pk"),
            to_attr="ordered_images",
        )
    )


def category_counts(queryset=None) -> dict[str, int]:
    """Category value → number of public ads, in one query."""
    queryset = ClassifiedAd.objects.public() if queryset is None else queryset
    rows = queryset.order_by().values("category").annotate(count=Count("pk"))
    return {row["category"]: row["count"] for row in rows}


def ad_slug(ad) -> str:
    return slugify(ad.title, allow_unicode=True)[:60].strip("-")


def ad_subpath(page, ad) -> str:
    """The detail route of ``ad`` below ``page`` (with a readable slug when there is one)."""
    slug = ad_slug(ad)
    if slug:
        return page.reverse_subpage("ad_detail_slug", kwargs={"pk": ad.pk, "slug": slug})
    return page.reverse_subpage("ad_detail", kwargs={"pk": ad.pk})


def join_url(page_url: str, subpath: str) -> str:
    """A route of a routable page: its URL, then the route's path."""
    return page_url.rstrip("/") + "/" + subpath.lstrip("/")


def listing_pages():
    """Live listing pages by locale id (the first one of each language)."""
    from .models import AdIndexPage

    pages = {}
    for page in AdIndexPage.objects.live().select_related("locale").order_by("path"):
        pages.setdefault(page.locale.language_code, page)
    return pages


def listing_page(request=None):
    """The live listing page in the active language, else the default language's, else None."""
    pages = getattr(request, REQUEST_CACHE_ATTRIBUTE, None) if request is not None else None
    if pages is None:
        pages = listing_pages()
        if request is not None:
            setattr(request, REQUEST_CACHE_ATTRIBUTE, pages)
    if not pages:
        return None
    language = get_language() or ""
    for code in (language, language.split("-")[0]):
        if code in pages:
            return pages[code]
    try:
        default = Locale.get_default().language_code
    except Locale.DoesNotExist:
        default = None
    if default in pages:
        return pages[default]
    return next(iter(pages.values()))


def ad_url(ad, request=None) -> str:
    """The detail URL of ``ad`` on the listing page in the active language, or ``""``."""
    page = listing_page(request)
    if page is None or ad.pk is None:
        return ""
    page_url = page.get_url(request=request)
    if not page_url:
        return ""
    return join_url(page_url, ad_subpath(page, ad))
