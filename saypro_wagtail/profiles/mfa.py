"""Two-step verification with django-otp: an authenticator app (TOTP) plus backup codes.

A password sign-in of someone who uses MFA is parked in the session until the code step
(``login/verify/``) succeeds; only then is the user signed in and the device marked verified.
Sign-ins that skip that step (Wagtail's own login page) mark the session as owing a code,
and ``StaffMFAMiddleware`` sends it to the code step before anything else.
"""

import base64
import time
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

import django_otp
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.shortcuts import redirect

from saypro_wagtail.conf import saypro_settings

from . import activity
from .security_alerts import send_security_alert

if TYPE_CHECKING:
    from django_otp.plugins.otp_totp.models import TOTPDevice

BACKEND = "saypro_wagtail.profiles.backends.AccountBackend"
PENDING_KEY = "saypro_pending_login"
CODE_OWED_KEY = "saypro_mfa_code_owed"
PENDING_SECONDS = 5 * 60
TOTP_NAME = "Authenticator app"
BACKUP_NAME = "Backup codes"


def user_has_mfa(user) -> bool:
    return django_otp.user_has_device(user, confirmed=True)


@receiver(user_logged_in, dispatch_uid="saypro_profiles_mfa_code_owed")
def note_code_owed(sender, request, user, **kwargs):
    """Remember that this session still owes a code, whichever login page signed it in."""
    session = getattr(request, "session", None)
    if session is not None and user_has_mfa(user):
        session[CODE_OWED_KEY] = True


def session_verified(request) -> bool:
    """True when this session passed the code step (``is_verified`` comes from OTPMiddleware)."""
    return bool(getattr(request.user, "is_verified", lambda: False)())


def code_owed(request) -> bool:
    """True while a session of someone who uses MFA has not passed the code step."""
    if not request.session.get(CODE_OWED_KEY) or session_verified(request):
        return False
    if not user_has_mfa(request.user):
        # MFA was turned off (or its devices removed) since this session signed in.
        request.session.pop(CODE_OWED_KEY, None)
        return False
    return True


def start_login(request, user, *, remember: bool, next_url: str):
    """Finish a password sign-in, or park it until the code step when the user has MFA.

    ``next_url`` must already be checked as safe by the caller.
    """
    if not user_has_mfa(user):
        return complete_login(request, user, remember=remember, next_url=next_url)
    request.session[PENDING_KEY] = {
        "user": str(user.pk),
        "remember": remember,
        "next": next_url,
        "at": time.time(),
    }
    return redirect("saypro_profiles:login_verify")


def pending_user(request):
    """The user waiting for the code step, or None (nothing pending, or it expired)."""
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        request.session.pop(PENDING_KEY, None)
        return None, None
    user = get_user_model()._default_manager.filter(pk=pending["user"], is_active=True).first()
    return user, pending


def complete_login(request, user, *, remember: bool, next_url: str, device=None):
    request.session.pop(PENDING_KEY, None)
    login(request, user, backend=BACKEND)
    if device is not None:
        django_otp.login(request, device)
    request.session.set_expiry(saypro_settings.PROFILES_REMEMBER_ME_SECONDS if remember else 0)
    return HttpResponseRedirect(next_url)


def match_code(user, code: str):
    """The device that accepts ``code`` (authenticator or unused backup code), else None."""
    code = "".join((code or "").split())
    if not code:
        return None
    return django_otp.match_token(user, code)


def must_wait(*devices) -> bool:
    """True while django-otp holds back checks after wrong codes (1 s, 2 s, 4 s, ...)."""
    return any(not device.verify_is_allowed()[0] for device in devices)


def confirmed_devices(user) -> list:
    return list(django_otp.devices_for_user(user, confirmed=True))


def device_models():
    """django-otp's authenticator and backup-code models, imported when first used.

    Importing them with this module would stop Django from starting on a site that has not
    added django-otp's apps yet, before check ``saypro_profiles.E101`` can say so (Wagtail
    imports the app's hooks, and through them this module, while the apps load).
    """
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice, StaticDevice, StaticToken


def pending_totp_device(user) -> "TOTPDevice":
    """The not-yet-confirmed authenticator being set up (the same one on reload)."""
    TOTPDevice, _static, _token = device_models()
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


def manual_key(device) -> str:
    """The secret as people type it into an app: base32 in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def issuer() -> str:
    return saypro_settings.PROFILES_MFA_ISSUER or getattr(settings, "WAGTAIL_SITE_NAME", "Wagtail")


def provisioning_uri(device) -> str:
    """The otpauth:// address in the QR code (Key URI format; a colon would split the label)."""
    name = issuer().replace(":", "")
    label = quote(f"{name}:{device.user.get_username()}")
    params = urlencode(
        {
            "secret": base64.b32encode(device.bin_key).decode().rstrip("="),
            "algorithm": "SHA1",
            "digits": device.digits,
            "period": device.step,
        }
    )
    # Apps show a quote_plus "+" literally, so the issuer is percent-encoded.
    return f"otpauth://totp/{label}?{params}&issuer={quote(name)}"


def qr_code_svg(device) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(provisioning_uri(device), image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


@transaction.atomic
def enable(user, device) -> list[str]:
    """Confirm ``device``, drop any older authenticator, and return fresh backup codes."""
    TOTPDevice, _static, _token = device_models()
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_backup_codes(user)
    activity.log_activity(user, activity.MFA_ENABLED)
    send_security_alert(user, activity.MFA_ENABLED)
    return codes


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes; each works once."""
    _totp, StaticDevice, StaticToken = device_models()
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(saypro_settings.PROFILES_BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def disable(user) -> None:
    for device in django_otp.devices_for_user(user, confirmed=None):
        device.delete()
    activity.log_activity(user, activity.MFA_DISABLED)
    send_security_alert(user, activity.MFA_DISABLED)
