"""Pages of the example site itself (the package's pages live in saypro_wagtail)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from saypro_wagtail.notifications import send_email


class LinkCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=240)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        label = _("Link card")
        template = "home/blocks/link_card.html"


class HomePage(Page):
    """The site's front page: a welcome and cards that lead to the main sections."""

    intro = RichTextField(_("intro"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(
        [
            ("heading", blocks.CharBlock(label=_("Heading"), form_classname="title")),
            ("paragraph", blocks.RichTextBlock(label=_("Paragraph"))),
            ("cards", blocks.ListBlock(LinkCardBlock(), label=_("Link cards"))),
        ],
        verbose_name=_("body"),
        blank=True,
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain content page (terms, privacy, about): headings and rich text, nothing else."""

    body = StreamField(
        [
            (
                "heading",
                blocks.CharBlock(label=_("Heading"), form_classname="title", max_length=150),
            ),
            ("paragraph", blocks.RichTextBlock(label=_("Paragraph"))),
        ],
        verbose_name=_("body"),
        blank=True,
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """A form whose submissions are e-mailed to staff through the saypro notification outbox."""

    intro = RichTextField(_("intro"), blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            _("E-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("contact page")

    def get_submissions_list_view_class(self):
        from .submissions import ContactSubmissionsListView  # views import models: not earlier

        return ContactSubmissionsListView

    def send_mail(self, form):
        """Queue one e-mail per staff address instead of sending during the request."""
        for address in filter(None, (part.strip() for part in self.to_address.split(","))):
            send_email(
                to=address,
                template="home/notifications/form_submission",
                context={
                    "page": self,
                    "subject": self.subject or self.title,
                    "content": self.render_email(form),
                },
                language=settings.LANGUAGE_CODE,
            )
