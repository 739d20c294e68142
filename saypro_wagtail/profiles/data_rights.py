"""Personal data: what each app holds about a user, for the "download my data" file and erasure.

Each app describes its own data with a :class:`PersonalDataProvider` and registers it with a
hook::

    @hooks.register("register_saypro_personal_data")
    def personal_data():
        return [SupportRequestData()]

A site adds providers for its own models by dotted path in
``SAYPRO_PROFILES_PERSONAL_DATA_PROVIDERS``. Providers keep a fixed number of queries however
much a user has (``values()``, ``prefetch_related``).
"""

import json

import django_otp
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from saypro_wagtail.conf import saypro_settings

from .models import Consent, Profile, ProfileDocument

HOOK_NAME = "register_saypro_personal_data"


class PersonalDataProvider:
    """One app's personal data about a user. Subclass it and set ``name`` and ``label``.

    ``export`` returns JSON-serialisable data (dates, UUIDs and lazy strings are fine).
    ``erase`` removes the data or anonymises what the organisation keeps (a vote stays counted,
    a support request stays on record) so that it no longer points at the person; it runs
    inside the erasure's transaction, before the user row itself is anonymised. Subclassing is a
    convenience: any object with these four attributes works.
    """

    name = ""
    label = ""

    def export(self, user) -> dict | list:
        return {}

    def erase(self, user) -> None:
        """Remove or anonymise the user's data (default: nothing to erase)."""


def registered_providers() -> list[PersonalDataProvider]:
    """Providers registered by hook, then those named in the setting; one per ``name``."""
    providers = {}
    for hook in hooks.get_hooks(HOOK_NAME):
        for provider in hook():
            providers[provider.name] = provider
    for path in saypro_settings.PROFILES_PERSONAL_DATA_PROVIDERS:
        provider = import_string(path)()
        providers[provider.name] = provider
    return list(providers.values())


def export_personal_data(user) -> dict:
    """Everything the installed apps hold about ``user``, keyed by provider name."""
    return {
        "generated_at": timezone.now(),
        "providers": {provider.name: provider.export(user) for provider in registered_providers()},
    }


def personal_data_json(user) -> str:
    return json.dumps(
        export_personal_data(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )


def delete_files_after_commit(files) -> None:
    """Delete stored files once the transaction commits (a rollback keeps them)."""
    files = [(file.storage, file.name) for file in files if file]

    def delete():
        for storage, name in files:
            storage.delete(name)

    if files:
        transaction.on_commit(delete)


class AccountDataProvider(PersonalDataProvider):
    """The account, profile, consents, documents, activity and two-step verification."""

    name = "account"
    label = _("Account and profile")

    account_fields = ("first_name", "last_name", "date_joined", "last_login", "is_active")
    profile_excluded_fields = {"id", "user", "photo"}

    def export(self, user):
        return {
            "account": self.export_account(user),
            "profile": self.export_profile(user),
            "consents": list(
                Consent.objects.filter(user=user)
                .order_by("given_at")
                .values("kind", "policy_version", "given_at", "policy_url")
            ),
            "documents": list(
                ProfileDocument.objects.filter(user=user)
                .order_by("uploaded_at")
                .values("kind", "original_name", "content_type", "size", "uploaded_at")
            ),
            "activity": self.export_activity(user),
            "two_step_verification": self.export_mfa(user),
        }

    def export_account(self, user):
        user_model = get_user_model()
        data = {"username": user.get_username()}
        email_field = user_model.get_email_field_name()
        data["email"] = getattr(user, email_field, "")
        for field in self.account_fields:
            if hasattr(user, field):
                data[field] = getattr(user, field)
        return data

    def export_profile(self, user):
        profile = Profile.objects.filter(user=user).prefetch_related("interests", "skills").first()
        if profile is None:
            return None
        data = {
            field.name: getattr(profile, field.attname)
            for field in Profile._meta.concrete_fields
            if field.name not in self.profile_excluded_fields
        }
        data["photo"] = profile.photo.url if profile.photo else None
        data["interests"] = sorted(tag.name for tag in profile.interests.all())
        data["skills"] = sorted(tag.name for tag in profile.skills.all())
        return data

    def export_activity(self, user):
        entries = (
            ModelLogEntry.objects.for_instance(user)
            .order_by("timestamp", "pk")
            .values("action", "timestamp")
        )
        return [
            {**entry, "description": log_action_registry.get_action_label(entry["action"])}
            for entry in entries
        ]

    def export_mfa(self, user):
        # Names and kinds only: keys, secrets and codes never leave the database.
        devices = list(django_otp.devices_for_user(user, confirmed=None))
        return {
            "enabled": any(device.confirmed for device in devices),
            "devices": [
                {
                    "name": device.name,
                    "kind": device._meta.verbose_name,
                    "confirmed": device.confirmed,
                }
                for device in devices
            ],
        }

    def erase(self, user):
        profile = Profile.objects.filter(user=user).first()
        documents = list(ProfileDocument.objects.filter(user=user))
        files = [document.file for document in documents]
        if profile is not None:
            files.append(profile.photo)
        files += self.erase_wagtail_profile(user)
        delete_files_after_commit(files)
        ProfileDocument.objects.filter(user=user).delete()
        Consent.objects.filter(user=user).delete()
        Profile.objects.filter(user=user).delete()  # with its interest and skill tags
        for device in list(django_otp.devices_for_user(user, confirmed=None)):
            device.delete()  # static devices take their backup codes with them

    def erase_wagtail_profile(self, user):
        """Delete Wagtail's own user profile (admin preferences, avatar); returns its files."""
        if not apps.is_installed("wagtail.users"):
            return []
        from wagtail.users.models import UserProfile

        profile = UserProfile.objects.filter(user=user).first()
        if profile is None:
            return []
        avatar = profile.avatar
        profile.delete()
        return [avatar]


@hooks.register(HOOK_NAME)
def register_profiles_personal_data():
    providers = [AccountDataProvider()]
    if apps.is_installed("saypro_wagtail"):
        from saypro_wagtail.notifications.personal_data import NotificationDataProvider

        providers.append(NotificationDataProvider())
    return providers
