"""Page types of the help center: root, category, article and FAQ page.

Editors can put a help center anywhere in the page tree; each language has its own copy (a
wagtail-localize translation), so listings and search under a root stay in one language.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from saypro_wagtail.conf import saypro_settings

from ..blocks import ArticleBodyBlock, FAQBodyBlock
from ..panels import HelpfulnessPanel

AUDIENCE_EVERYONE = "everyone"
AUDIENCE_CHOICES = [
    (AUDIENCE_EVERYONE, _("Everyone")),
    ("applicants", _("Job applicants")),
    ("advertisers", _("Advertisers")),
    ("organisations", _("Organisations")),
    ("administrators", _("Administrators")),
]

ARTICLE = "saypro_helpcenter.HelpArticlePage"
CATEGORY = "saypro_helpcenter.HelpCategoryPage"
FAQ = "saypro_helpcenter.FAQPage"
ROOT = "saypro_helpcenter.HelpCenterPage"


class HelpCenterPage(RoutablePageMixin, Page):
    """The front door of a help center: search, categories, popular and recent articles."""

    intro = RichTextField(_("intro"), features=["bold", "italic", "link"], blank=True)
    still_need_help_text = models.CharField(
        _("“Still need help?” text"),
        max_length=250,
        blank=True,
        help_text=_("Shown at the bottom of the page, above the link to support."),
    )
    support_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("support page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where visitors go when the articles do not answer their question."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("still_need_help_text"), FieldPanel("support_page")],
            _("Still need help?"),
        ),
    ]
    subpage_types = [CATEGORY, ARTICLE, FAQ]
    template = "saypro_helpcenter/help_center_page.html"

    class Meta:
        verbose_name = _("help center")
        verbose_name_plural = _("help centers")

    def articles(self):
        """Live, public articles of this help center (so: in its language)."""
        return HelpArticlePage.objects.live().public().descendant_of(self)

    def categories(self):
        return HelpCategoryPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        from ..analytics import popular_articles

        context = super().get_context(request, *args, **kwargs)
        context["help_root"] = self
        context["categories"] = self.categories()
        context["popular_articles"] = popular_articles(self, limit=5)
        context["recent_articles"] = self.articles().order_by("-last_published_at")[:5]
        context["faq_pages"] = FAQPage.objects.child_of(self).live().public()
        return context

    # Search lives on the root so that its URL carries the language: /fr/help/search/.
    @path("search/", name="search")
    def search(self, request):
        from ..views.search import search_view

        return search_view(request, self)

    @path("untranslated/<uuid:translation_key>/", name="untranslated")
    def untranslated(self, request, translation_key):
        from ..views.untranslated import untranslated_view

        return untranslated_view(request, self, translation_key)


class HelpCategoryPage(Page):
    """A group of articles, e.g. "Account management" or "Payments"."""

    intro = RichTextField(_("intro"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = [ROOT, CATEGORY]
    subpage_types = [ARTICLE, FAQ, CATEGORY]
    template = "saypro_helpcenter/help_category_page.html"
    per_page = 12

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("help category")
        verbose_name_plural = _("help categories")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        articles = (
            HelpArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .only("id", "title", "url_path", "summary", "locale_id", "path", "depth")
        )
        context["help_root"] = help_center_of(self)
        context["articles"] = Paginator(articles, self.per_page).get_page(request.GET.get("page"))
        context["subcategories"] = HelpCategoryPage.objects.child_of(self).live().public()
        context["faq_pages"] = FAQPage.objects.child_of(self).live().public()
        return context


class HelpArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "saypro_helpcenter.HelpArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("help article tag")
        verbose_name_plural = _("help article tags")


class AbstractHelpArticlePage(RoutablePageMixin, Page):
    """A help article. Subclass it (and set ``tags``) to add fields of your own."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=AUDIENCE_CHOICES,
        default=AUDIENCE_EVERYONE,
        db_index=True,
        help_text=_("Who the article is written for; visitors can filter search by it."),
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Keeps the article accurate and gets the review reminders."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the article is still right."),
    )
    review_interval_days = models.PositiveIntegerField(
        _("review every (days)"),
        default=180,
        help_text=_("The article is due for review this many days after the last review."),
    )
    # Stored (not computed in queries) so that reports and reminders can filter and sort on it.
    review_due_on = models.DateField(_("review due on"), null=True, editable=False, db_index=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("audience")],
            _("Classification"),
        ),
        InlinePanel("related_links", label=_("Related articles"), max_num=6),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("content_owner"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_interval_days")]),
            ],
            _("Content review"),
        ),
        HelpfulnessPanel(heading=_("Helpfulness"), icon="help"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=1.5)]),
        index.AutocompleteField("summary"),
        index.FilterField("audience"),
    ]
    parent_page_types = [ROOT, CATEGORY]
    subpage_types = []
    template = "saypro_helpcenter/help_article_page.html"

    class Meta:
        abstract = True

    def compute_review_due_on(self):
        """Last reviewed (else first published) plus the interval; None for unpublished drafts."""
        reviewed = self.last_reviewed
        if reviewed is None and self.first_published_at is not None:
            reviewed = timezone.localtime(self.first_published_at).date()
        if reviewed is None:
            return None
        return reviewed + timedelta(days=self.review_interval_days)

    def save(self, *args, **kwargs):
        self.review_due_on = self.compute_review_due_on()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "review_due_on" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "review_due_on"]
        return super().save(*args, **kwargs)

    def headings(self):
        """(anchor, text) of the body's h2 headings, for the table of contents."""
        from ..toc import body_headings

        return body_headings(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_root"] = help_center_of(self)
        context["related_articles"] = self.related_articles()
        context["headings"] = self.headings()
        context["show_toc"] = len(context["headings"]) >= saypro_settings.HELPCENTER_TOC_MIN
        return context

    def related_articles(self):
        """Related articles in this article's language (skipping ones not translated)."""
        ids = [link.related_page_id for link in self.related_links.all()]
        if not ids:
            return []
        source = Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
        return list(
            HelpArticlePage.objects.live()
            .public()
            .filter(translation_key__in=list(source), locale_id=self.locale_id)
            .only("id", "title", "url_path", "summary", "path", "depth", "locale_id")
        )

    def serve(self, request, *args, **kwargs):
        from ..analytics import count_view

        response = super().serve(request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200:
            count_view(self.pk)
        return response

    @path("feedback/", name="feedback")
    def feedback(self, request):
        from ..views.feedback import feedback_view

        return feedback_view(request, self)


class HelpArticlePage(AbstractHelpArticlePage):
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=HelpArticleTag, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("help article")
        verbose_name_plural = _("help articles")


class HelpArticleRelatedLink(Orderable):
    page = ParentalKey(HelpArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        HelpArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class FAQPage(Page):
    """Frequently asked questions, each answer folded under its question."""

    intro = RichTextField(_("intro"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(FAQBodyBlock(), verbose_name=_("questions"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = [ROOT, CATEGORY]
    subpage_types = []
    template = "saypro_helpcenter/faq_page.html"

    class Meta:
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_root"] = help_center_of(self)
        return context


def help_center_of(page):
    """The help center root above ``page`` (None if it is not inside one)."""
    return HelpCenterPage.objects.ancestor_of(page).live().order_by("-depth").first()
