"""Search results page of a help center, and the JSON suggestions endpoint."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.search_queries import clean_search_query

from ..analytics import record_search
from ..forms import SearchForm
from ..models import AUDIENCE_CHOICES, HelpCenterPage
from ..search import add_promotion_hit, search_articles, suggest_articles


def search_view(request, root):
    categories = list(root.categories())
    form = SearchForm(request.GET or None, categories=categories, audiences=AUDIENCE_CHOICES[1:])
    context = {"page": root, "self": root, "help_root": root, "form": form, "query": ""}
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        category = next((c for c in categories if c.pk == form.cleaned_data["category"]), None)
        outcome = search_articles(
            root, query, category=category, audience=form.cleaned_data["audience"] or None
        )
        total = outcome.count
        # Count a search once, not again for each further page of its results.
        if not request.GET.get("page"):
            record_search(query, root.locale, total)
            add_promotion_hit(query)
        paginator = Paginator(outcome.results, saypro_settings.HELPCENTER_SEARCH_PER_PAGE)
        context.update(
            query=query,
            promoted=outcome.promoted if not request.GET.get("page") else [],
            results=paginator.get_page(request.GET.get("page")),
            total=total,
        )
    return TemplateResponse(request, "saypro_helpcenter/search_results.html", context)


@require_GET
@never_cache
def suggestions(request):
    """``?q=`` → the best matching articles in the active language, as JSON."""
    query = clean_search_query(request.GET.get("q"))
    root = HelpCenterPage.objects.live().filter(locale=Locale.get_active()).first()
    if len(query) < 2 or root is None:
        return JsonResponse({"query": query, "results": []})
    articles = suggest_articles(root, query, saypro_settings.HELPCENTER_SUGGESTIONS)
    return JsonResponse(
        {
            "query": query,
            "results": [
                {"id": page.pk, "title": page.title, "summary": page.summary,
                 "url": page.get_url(request)}
                for page in articles
            ],
        }
    )  # fmt: skip
