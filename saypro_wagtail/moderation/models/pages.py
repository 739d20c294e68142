"""The public ad listing: a Wagtail page (one per language) that also serves each ad."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page


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
