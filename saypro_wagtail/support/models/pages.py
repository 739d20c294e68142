"""The contact support page and the count of visitors a suggested help article helped."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class ContactSupportPage(Page):
    """The support request form. Place one per language (translate it with wagtail-localize)."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you = RichTextField(
        _("after sending"),
        blank=True,
        help_text=_("Shown after the request is sent, above its reference."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    template = "saypro_support/contact_support_page.html"

    class Meta:
        verbose_name = _("contact support page")
        verbose_name_plural = _("contact support pages")

    def serve(self, request, *args, **kwargs):
        from ..views import serve_contact_page

        return serve_contact_page(self, request)


class Deflection(models.Model):
    """How many people opened a suggested help article from the contact form, per day."""

    date = models.DateField(_("date"))
    language = models.CharField(_("language"), max_length=10)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("deflection")
        verbose_name_plural = _("deflections")
        constraints = [
            models.UniqueConstraint(fields=["date", "language"], name="saypro_deflection_day")
        ]

    def __str__(self):
        return f"{self.date} {self.language}: {self.count}"

    @classmethod
    def record(cls, language):
        """Count one more for today; F() so that simultaneous clicks are all counted."""
        today = timezone.localdate()
        if cls.objects.filter(date=today, language=language).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(date=today, language=language, count=1)
        except IntegrityError:  # another click created today's row first
            cls.objects.filter(date=today, language=language).update(count=F("count") + 1)
