"""The classified ad: a snippet with drafts, revisions, locking, previews and a workflow."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES
from saypro_wagtail.conf import saypro_settings

from ..ad_images import ad_photo_storage, validate_decoded_size
from .moderated import ModeratedMixin


class ClassifiedAdQuerySet(models.QuerySet):
    def public(self):
        """What visitors may see: published, not expired."""
        return self.filter(live=True, expires_at__gt=timezone.now())

    def owned_by(self, user):
        return self.filter(owner=user)


class AbstractClassifiedAd(
    ModeratedMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A classified ad posted by a member. Subclass it to add fields, as Wagtail's images do."""

    title = models.CharField(_("title"), max_length=120)
    category = models.CharField(_("category"), max_length=20, choices=AD_CATEGORY_CHOICES)
    description = models.TextField(_("description"), max_length=5000)
    price = models.DecimalField(
        _("price"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty when there is no price (jobs, events, announcements)."),
    )
    location = models.CharField(_("location"), max_length=100, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="saypro_ads",
    )
    language = models.CharField(
        _("language"), max_length=10, blank=True, help_text=_("The language the ad is written in.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The ad leaves the listing at this time. Set on approval when empty."),
    )
    expiry_reminded_for = models.DateTimeField(
        _("expiry reminder sent for"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The expiry date the owner was last reminded of."),
    )

    objects = ClassifiedAdQuerySet.as_manager()

    moderation_state_fields = (*ModeratedMixin.moderation_state_fields, "expiry_reminded_for")

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.SearchField("location"),
        index.AutocompleteField("title"),
        index.FilterField("category"),
        index.FilterField("live"),
        index.FilterField("expires_at"),
        index.FilterField("moderation_status"),
    ]

    class Meta:
        abstract = True
        verbose_name = _("classified ad")
        verbose_name_plural = _("classified ads")

    def __str__(self):
        return self.title

    def get_moderation_images(self):
        return [image.image for image in self.images.all() if image.image]

    def get_moderation_title(self):
        return self.title

    def get_public_url(self, request=None):
        from .pages import AdIndexPage

        return AdIndexPage.url_for_ad(self, request=request)

    def get_preview_template(self, request, mode_name):
        return "saypro_moderation/ad_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update({"ad": self, "is_preview": True})
        return context

    @property
    def price_text(self) -> str:
        """The price as readers of the active language write numbers, after the currency."""
        if self.price is None:
            return ""
        amount = formats.number_format(self.price, 2, use_l10n=True, force_grouping=True)
        currency = saypro_settings.MODERATION_CURRENCY
        return f"{currency}\N{NO-BREAK SPACE}{amount}" if currency else amount

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()


class ClassifiedAd(AbstractClassifiedAd):
    class Meta(AbstractClassifiedAd.Meta):
        ordering = ["-created_at", "-pk"]
        permissions = [("view_moderation_reports", _("Can view moderation reports"))]


class AdImage(Orderable):
    """A photo of an ad; kept in the ad's revisions, so a new photo waits for approval too."""

    ad = ParentalKey(ClassifiedAd, on_delete=models.CASCADE, related_name="images")
    # Private files: the URL is a view that shows the photo of a live ad to everyone and any
    # other photo only to the ad's owner and moderators (see ..ad_images).
    image = models.ImageField(
        _("image"),
        upload_to="saypro_ads/%Y/%m/",
        storage=ad_photo_storage,
        validators=[validate_decoded_size],
        width_field="width",
        height_field="height",
        db_index=True,
    )
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    alt_text = models.CharField(
        _("description of the image"),
        max_length=200,
        help_text=_("What the photo shows, for people who cannot see it."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("ad image")
        verbose_name_plural = _("ad images")
