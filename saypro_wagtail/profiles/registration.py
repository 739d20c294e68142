"""Signing up: the account, its profile and consents, and the e-mails that follow.

The same answer is given whether or not the address is already registered, so the form cannot
be used to find out who has an account; the owner of an existing account is told by e-mail.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string
from django.utils.text import slugify

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import send_email
from saypro_wagtail.notifications.language import recipient_language

from . import activity, signals
from .choices import PRIVACY, TERMS
from .models import Consent, Profile
from .tokens import CONFIRM, make_email_token


def absolute_url_for(user, viewname: str, **kwargs) -> str:
    """An absolute link for an e-mail to ``user``, in the language the e-mail is written in."""
    with translation.override(recipient_language(user)):
        path = reverse(viewname, **kwargs)
    return f"{saypro_settings.site_url}{path}"


def confirmation_url(user, email: str) -> str:
    token = make_email_token(user, email, CONFIRM)
    return absolute_url_for(user, "saypro_profiles:confirm_email", args=[token])


def find_by_email(email: str):
    user_model = get_user_model()
    return user_model._default_manager.filter(
        **{f"{user_model.get_email_field_name()}__iexact": email}
    ).first()


def unique_username(email: str) -> str:
    """A user name from the address's local part, never the address itself."""
    user_model = get_user_model()
    field = user_model._meta.get_field(user_model.USERNAME_FIELD)
    base = (slugify(email.split("@")[0]) or "member")[: max(field.max_length - 7, 8)]
    candidate = base
    while user_model._default_manager.filter(**{f"{field.name}__iexact": candidate}).exists():
        candidate = f"{base}-{get_random_string(5, 'abcdefghijkmnpqrstuvwxyz23456789')}"
    return candidate


def page_url(page) -> str:
    return page.full_url if page is not None else ""


def register(cleaned_data: dict, *, page, request):
    """Create the account from a valid :class:`RegistrationForm`; None if the address is taken.

    Both paths hash the password, so they take about as long.
    """
    email = cleaned_data["email"]
    user_model = get_user_model()
    user = user_model(**{user_model.get_email_field_name(): email})
    user.set_password(cleaned_data["password1"])
    existing = find_by_email(email)
    if existing is not None:
        send_email(
            to=getattr(existing, existing.get_email_field_name()),
            user=existing,
            template="saypro_profiles/notifications/already_registered",
            context={
                "user": existing,
                "login_url": absolute_url_for(existing, "saypro_profiles:login"),
                "reset_url": absolute_url_for(existing, "saypro_profiles:password_reset"),
            },
        )
        return None
    if user_model.USERNAME_FIELD != user_model.get_email_field_name():
        setattr(user, user_model.USERNAME_FIELD, unique_username(email))
    for name in ("first_name", "last_name"):
        if hasattr(user, name):
            setattr(user, name, cleaned_data.get(name, ""))
    user._saypro_registering = True
    try:
        with transaction.atomic():
            user.save()
            Profile.objects.create(
                user=user,
                user_type=cleaned_data["user_type"],
                preferred_language=translation.get_language() or "",
                email_confirmed_at=None,
            )
            now = timezone.now()
            Consent.objects.bulk_create(
                [
                    Consent(
                        user=user,
                        kind=TERMS,
                        policy_version=page.policy_version,
                        given_at=now,
                        policy_url=page_url(page.terms_page),
                    ),
                    Consent(
                        user=user,
                        kind=PRIVACY,
                        policy_version=page.policy_version,
                        given_at=now,
                        policy_url=page_url(page.privacy_page),
                    ),
                ]
            )
    except IntegrityError:  # the same address or name registered at the same moment
        return None
    activity.log_activity(user, activity.REGISTERED, data={"user_type": cleaned_data["user_type"]})
    send_confirmation(user)
    signals.user_registered.send(sender=user.__class__, user=user, request=request)
    return user


def send_confirmation(user):
    email = getattr(user, user.get_email_field_name())
    return send_email(
        to=email,
        user=user,
        template="saypro_profiles/notifications/confirm_email",
        context={"user": user, "confirm_url": confirmation_url(user, email)},
    )


def confirm(user):
    """Mark the account's address as confirmed; idempotent."""
    updated = Profile.objects.filter(user=user, email_confirmed_at__isnull=True).update(
        email_confirmed_at=timezone.now()
    )
    if updated:
        activity.log_activity(user, activity.EMAIL_CONFIRMED)
        signals.email_confirmed.send(sender=user.__class__, user=user)
    return bool(updated)


def resend_confirmation(email: str) -> None:
    """Send a new link if ``email`` belongs to an unconfirmed account; silent otherwise."""
    user = find_by_email(email)
    if user is None or not user.is_active:
        return
    if Profile.objects.filter(user=user, email_confirmed_at__isnull=True).exists():
        send_confirmation(user)
