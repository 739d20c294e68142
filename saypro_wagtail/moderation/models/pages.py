"""The public ad listing: a Wagtail page (one per language) that also serves each ad."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES
from saypro_wagtail.search_queries import clean_search_query, run_search

DETAIL_TEMPLATE = "saypro_moderation/ad_detail.html"
REPORT_TEMPLATE = "saypro_moderation/report/form.html"
REPORT_DONE_TEMPLATE = "saypro_moderation/report/done.html"
SEARCH_MAX_LENGTH = 100


class AdIndexPage(RoutablePageMixin, Page):
    """Live, approved, unexpired ads with category filter, search and pages; each ad's detail and
    its "report this ad" form are routes of this page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    ads_per_page = models.PositiveSmallIntegerField(_("ads per page"), default=12)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + [FieldPanel("ads_per_page")]
    subpage_types = []
    template = "saypro_moderation/ad_index_page.html"

    class Meta:
        verbose_name = _("classified ads page")
        verbose_name_plural = _("classified ads pages")

    @classmethod
    def url_for_ad(cls, ad, request=None) -> str:
        """The detail URL of ``ad`` on the listing page in the active language, or ``""``."""
        from ..public import ad_url

        return ad_url(ad, request=request)

    # The listing.

    def filtered_ads(self, request):
        """(ads, category, query): the public ads narrowed by ``?category=`` and ``?q=``."""
        from ..public import public_ads

        ads = public_ads()
        category = request.GET.get("category", "")
        if category not in dict(AD_CATEGORY_CHOICES):
            category = ""
        if category:
            ads = ads.filter(category=category)
        query = clean_search_query(request.GET.get("q"), SEARCH_MAX_LENGTH)
        return ads, category, query

    def paginate(self, request, ads, query):
        per_page = max(self.ads_per_page or 12, 1)
        if not query:
            return Paginator(ads, per_page).get_page(request.GET.get("page"))

        def search(words):
            results = get_search_backend().search(words, ads.order_by())
            page = Paginator(results, per_page).get_page(request.GET.get("page"))
            list(page.object_list)  # the backend parses the query only when it runs it
            return page

        page = run_search(search, query, Paginator(ads.none(), per_page).get_page(1))
        # Search results carry no prefetched images: load this page's ads again, in order.
        order = [ad.pk for ad in page.object_list]
        loaded = {ad.pk: ad for ad in ads.filter(pk__in=order)}
        page.object_list = [loaded[pk] for pk in order if pk in loaded]
        return page

    @path("", name="index")
    def index_route(self, request):
        from ..public import category_counts

        ads, category, query = self.filtered_ads(request)
        counts = category_counts()
        categories = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in AD_CATEGORY_CHOICES
        ]
        ads_page = self.paginate(request, ads, query)
        for ad in ads_page.object_list:
            ad.detail_url = self.ad_detail_url(ad)
        return self.render(
            request,
            context_overrides={
                "ads_page": ads_page,
                "ads": ads_page.object_list,
                "categories": categories,
                "total_count": sum(counts.values()),
                "category": category,
                "query": query,
            },
        )

    # One ad.

    def ad_detail_url(self, ad) -> str:
        from ..public import ad_subpath, join_url

        return join_url(self.url, ad_subpath(self, ad)) if self.url else ""

    def get_public_ad(self, pk):
        from ..public import public_ads

        ad = public_ads().filter(pk=pk).first()
        if ad is None:
            raise Http404
        return ad

    @re_path(r"^(?P<pk>\d+)/$", name="ad_detail")
    @re_path(r"^(?P<pk>\d+)-(?P<slug>[-\w]+)/$", name="ad_detail_slug")
    def ad_detail(self, request, pk, slug=None):
        from ..public import ad_slug, join_url
        from ..user_reports.forms import ReportForm

        ad = self.get_public_ad(pk)
        if slug is not None and slug != ad_slug(ad):
            return redirect(self.ad_detail_url(ad), permanent=True)
        return self.render(
            request,
            template=DETAIL_TEMPLATE,
            context_overrides={
                "ad": ad,
                "is_preview": False,
                "report_form": ReportForm(),
                "report_url": join_url(
                    self.url, self.reverse_subpage("report_ad", kwargs={"pk": ad.pk})
                ),
            },
        )

    @path("<int:pk>/report/", name="report_ad")
    def report_ad(self, request, pk):
        """The "report this ad" form (GET) and its submission (POST)."""
        from ..user_reports.forms import ReportForm
        from ..user_reports.service import ReportRefused, report_content

        ad = self.get_public_ad(pk)
        context = {"ad": ad, "ad_url": self.ad_detail_url(ad), "listing_url": self.url}
        form = ReportForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            if form.is_spam():
                return self.render(
                    request, template=REPORT_DONE_TEMPLATE, context_overrides=context
                )
            try:
                report_content(
                    ad,
                    reason=form.cleaned_data["reason"],
                    message=form.cleaned_data["message"],
                    request=request,
                )
            except ReportRefused as refusal:
                if refusal.code == "rate_limited":
                    form.add_error(None, refusal.message)
                    response = self.render(
                        request,
                        template=REPORT_TEMPLATE,
                        context_overrides={**context, "form": form},
                    )
                    response.status_code = 429
                    return response
                context["refusal"] = refusal.message
            return self.render(request, template=REPORT_DONE_TEMPLATE, context_overrides=context)
        response = self.render(
            request, template=REPORT_TEMPLATE, context_overrides={**context, "form": form}
        )
        if form.is_bound:
            response.status_code = 400
        return response

    # Sitemap.

    def get_sitemap_urls(self, request=None):
        """The listing itself, then each public ad (nothing that is not live and unexpired)."""
        from ..public import ad_subpath, join_url
        from .ads import ClassifiedAd

        urls = super().get_sitemap_urls(request=request)
        base = self.get_full_url(request=request)
        if not base:
            return urls
        ads = ClassifiedAd.objects.public().only("pk", "title", "last_published_at")
        for ad in ads:
            location = join_url(base, ad_subpath(self, ad))
            urls.append({"location": location, "lastmod": ad.last_published_at})
        return urls
