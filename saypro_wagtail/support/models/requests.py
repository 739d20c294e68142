"""The support request, a Wagtail snippet whose fields follow the organisation's inquiry template.

Sites that need more fields subclass :class:`AbstractSupportRequest`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES

from .. import sla
from ..choices import (
    CATEGORY_CHOICES,
    CHANNEL_CHOICES,
    NEW,
    NORMAL,
    OPEN_STATUSES,
    PORTAL,
    PRIORITY_CHOICES,
    REQUESTER_TYPE_CHOICES,
    STATUS_CHOICES,
    TIER_CHOICES,
)
from .references import next_reference

STATUS_NOT_LOADED = "not-loaded"


class SupportRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class AbstractSupportRequest(index.Indexed, models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    logged_at = models.DateTimeField(_("logged at"), default=timezone.now, db_index=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who logged a request received by phone, e-mail, etc."),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=CHANNEL_CHOICES, default=PORTAL)

    # The requester: a user, or a name and contact details for people without an account.
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requester"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="saypro_support_requests",
    )
    requester_name = models.CharField(_("requester name"), max_length=150, blank=True)
    requester_email = models.EmailField(_("requester e-mail"), blank=True)
    requester_phone = models.CharField(_("requester phone"), max_length=32, blank=True)
    requester_type = models.CharField(
        _("user type"), max_length=20, choices=REQUESTER_TYPE_CHOICES, default="public"
    )
    location = models.CharField(_("location"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)

    subject = models.CharField(_("subject"), max_length=200)
    category = models.CharField(_("category"), max_length=30, choices=CATEGORY_CHOICES)
    description = models.TextField(_("description"), max_length=10_000)
    classified_category = models.CharField(
        _("classified category affected"), max_length=30, choices=AD_CATEGORY_CHOICES, blank=True
    )
    linked_requests = models.ManyToManyField(
        "self", verbose_name=_("linked requests"), blank=True, symmetrical=True
    )
    # Any page, so the app does not need the help center installed.
    related_article = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related help article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    priority = models.CharField(
        _("priority"), max_length=10, choices=PRIORITY_CHOICES, default=NORMAL, db_index=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=NEW, db_index=True
    )
    escalation_tier = models.PositiveSmallIntegerField(
        _("escalation tier"), choices=TIER_CHOICES, default=1
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="saypro_assigned_requests",
    )
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    resolution = models.TextField(_("resolution"), blank=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reopened_count = models.PositiveSmallIntegerField(_("times reopened"), default=0)
    user_confirmed = models.BooleanField(
        _("requester confirmed the resolution"), null=True, blank=True
    )
    first_response_due_at = models.DateTimeField(_("first response due"), null=True, blank=True)
    resolution_due_at = models.DateTimeField(_("resolution due"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The random part of the signed link a requester without an account follows (see
    # ..links); a new value revokes every link sent before it.
    visitor_link_key = models.CharField(
        _("visitor link key"), max_length=32, null=True, blank=True, unique=True, editable=False
    )

    objects = SupportRequestQuerySet.as_manager()

    search_fields = [
        index.SearchField("reference"),
        index.SearchField("subject"),
        index.SearchField("description"),
        index.SearchField("requester_name"),
        index.SearchField("requester_email"),
        index.FilterField("status"),
        index.FilterField("priority"),
        index.FilterField("category"),
        index.FilterField("channel"),
        index.FilterField("assigned_to"),
    ]

    class Meta:
        abstract = True
        verbose_name = _("support request")
        verbose_name_plural = _("support requests")
        ordering = ["-logged_at"]

    def __str__(self):
        return f"{self.reference} · {self.subject}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = next_reference(self.logged_at)
        # On creation and whenever the priority (or the logging time) changes.
        if getattr(self, "_sla_basis", None) != self.sla_basis():
            self.set_due_times()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {
                    *kwargs["update_fields"],
                    "first_response_due_at",
                    "resolution_due_at",
                }
            self._sla_basis = self.sla_basis()
        # What the status was before this save, for receivers (e.g. "just resolved").
        self.previous_status = self.__dict__.get("_stored_status")
        super().save(*args, **kwargs)
        self._stored_status = self.status

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._sla_basis = instance.sla_basis()
        # The status as stored, so a save knows what it changes without asking the database.
        # (Loaded without its status: unknown, and receivers treat it as unchanged.)
        instance._stored_status = instance.__dict__.get("status", STATUS_NOT_LOADED)
        return instance

    def sla_basis(self):
        return (self.__dict__.get("priority"), self.__dict__.get("logged_at"))

    def set_due_times(self):
        """SLA due times from ``logged_at`` and the priority (see :mod:`..sla`)."""
        due = sla.due_times(self.logged_at, self.priority)
        self.first_response_due_at = due[sla.FIRST_RESPONSE]
        self.resolution_due_at = due[sla.RESOLUTION]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def contact_email(self) -> str:
        if self.requester_id and self.requester.email:
            return self.requester.email
        return self.requester_email

    @property
    def contact_name(self) -> str:
        if self.requester_id:
            return self.requester.get_full_name() or self.requester.get_username()
        return self.requester_name

    @property
    def resolution_time(self):
        return self.resolved_at - self.logged_at if self.resolved_at else None


class SupportRequest(AbstractSupportRequest):
    class Meta(AbstractSupportRequest.Meta):
        permissions = [
            ("work_supportrequest", _("Can work on support requests (assign, reply, resolve)")),
            (
                "supervise_supportrequest",
                _("Can supervise support requests (reassign, escalations)"),
            ),
            ("view_support_reports", _("Can view support reports")),
        ]
