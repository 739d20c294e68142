"""Sections of the account dashboard, which other apps can add to.

An app adds a section with the ``register_saypro_account_sections`` hook::

    @hooks.register("register_saypro_account_sections")
    def account_sections():
        return [
            AccountSection(
                name="support_requests",
                title=_("My support requests"),
                template="saypro_support/includes/dashboard_requests.html",
                get_context=lambda request: {"requests": ...},
                order=30,
            )
        ]

Sections are shown by ``order``; the built-in ones use 10 (profile), 20 (security) and
90 (my data). Each section's template receives the request, ``section`` and its context; keep
``get_context`` to a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks

from .models import get_profile


def _no_context(request):
    return {}


@dataclass(frozen=True)
class AccountSection:
    """One box on the account dashboard."""

    name: str
    title: str
    template: str
    get_context: Callable = field(default=_no_context)
    order: int = 50


def _profile_context(request):
    return {"profile": get_profile(request.user)}


def _security_context(request):
    return {"mfa_enabled": user_has_device(request.user, confirmed=True)}


BUILT_IN_SECTIONS = [
    AccountSection(
        name="profile",
        title=_("Profile"),
        template="saypro_profiles/includes/dashboard_profile.html",
        get_context=_profile_context,
        order=10,
    ),
    AccountSection(
        name="security",
        title=_("Security"),
        template="saypro_profiles/includes/dashboard_security.html",
        get_context=_security_context,
        order=20,
    ),
    AccountSection(
        name="my_data",
        title=_("My data"),
        template="saypro_profiles/includes/dashboard_my_data.html",
        order=90,
    ),
]


def account_sections() -> list[AccountSection]:
    """The built-in sections and those the installed apps registered, in display order."""
    sections = {section.name: section for section in BUILT_IN_SECTIONS}
    for hook in hooks.get_hooks("register_saypro_account_sections"):
        for section in hook():
            sections[section.name] = section  # an app may replace a built-in section
    return sorted(sections.values(), key=lambda section: (section.order, section.name))


def render_context(request) -> list[dict]:
    """Each section with the context its template needs."""
    return [
        {"section": section, "context": {**section.get_context(request), "section": section}}
        for section in account_sections()
    ]
