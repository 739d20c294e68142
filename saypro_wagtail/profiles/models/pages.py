"""The registration page: editors write its text in each language, the form comes from code."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class RegistrationPage(Page):
    """A sign-up form. Place one per language (translate it with wagtail-localize)."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you = RichTextField(
        _("after sign-up"),
        blank=True,
        help_text=_("Shown after the form is sent, above the 'check your e-mail' notice."),
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    policy_version = models.CharField(
        _("policy version"),
        max_length=50,
        default="1",
        help_text=_(
            "Recorded with each consent. Change it when the terms or the privacy policy change."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you"),
        MultiFieldPanel(
            [
                PageChooserPanel("terms_page"),
                PageChooserPanel("privacy_page"),
                FieldPanel("policy_version"),
            ],
            heading=_("Terms and privacy"),
        ),
    ]
    template = "saypro_profiles/registration_page.html"

    class Meta:
        verbose_name = _("registration page")
        verbose_name_plural = _("registration pages")

    def serve(self, request, *args, **kwargs):
        from ..views.registration import serve_registration_page

        return serve_registration_page(self, request)
