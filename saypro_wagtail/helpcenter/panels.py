"""Read-only panels of the help article's edit screen."""

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from wagtail.admin.panels import Panel


def article_helpfulness(page) -> dict:
    """Votes on this translation and on all translations of the article, in one query.

    Read from the running totals (``ArticleRatingSummary``), so the cost does not depend on how
    many votes an article has.
    """
    from .models import ArticleRatingSummary

    # Aliases differ from the field names: an aggregate may not shadow the field it sums.
    figures = ArticleRatingSummary.objects.filter(
        page__translation_key=page.translation_key
    ).aggregate(
        yes=Coalesce(Sum("helpful", filter=Q(page_id=page.pk)), 0),
        no=Coalesce(Sum("not_helpful", filter=Q(page_id=page.pk)), 0),
        all_yes=Coalesce(Sum("helpful"), 0),
        all_no=Coalesce(Sum("not_helpful"), 0),
    )
    return {
        "translation": figures_with_percent(figures["yes"], figures["no"]),
        "all_translations": figures_with_percent(figures["all_yes"], figures["all_no"]),
    }


def figures_with_percent(helpful, not_helpful):
    total = helpful + not_helpful
    return {
        "helpful": helpful,
        "not_helpful": not_helpful,
        "total": total,
        "percent": round(100 * helpful / total) if total else None,
    }


def helpfulness_report_url(page) -> str:
    """The helpfulness report narrowed to the article's language and category.

    The report has no filter for a single article; language and category are its narrowest.
    """
    from .models import HelpCategoryPage

    params = {"language": page.locale.language_code}
    parent = page.get_parent()
    if parent is not None and issubclass(parent.specific_class or object, HelpCategoryPage):
        params["category"] = parent.pk
    return f"{reverse('saypro_helpcenter_reports:helpfulness')}?{urlencode(params)}"


class HelpfulnessPanel(Panel):
    """What readers answered to "Was this helpful?": this translation and all translations.

    Shown only for saved articles; the link to the report only to those who may open it.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "saypro_helpcenter/panels/helpfulness.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            from .reporting.views import HelpReportView

            context = super().get_context_data(parent_context)
            figures = article_helpfulness(self.instance)
            language = self.instance.locale.get_display_name()
            context["rows"] = [
                (
                    gettext("This translation (%(language)s)") % {"language": language},
                    figures["translation"],
                ),
                (gettext("All translations"), figures["all_translations"]),
            ]
            if self.request is not None and HelpReportView.user_can_view(self.request.user):
                context["report_url"] = helpfulness_report_url(self.instance)
            return context
