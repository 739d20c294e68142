"""Two-step sign-in. (Interface in place; the MFA step itself is being built.)"""

from django.contrib.auth import login
from django.shortcuts import redirect

from saypro_wagtail.conf import saypro_settings


def start_login(request, user, *, remember: bool, next_url: str):
    """Finish a password sign-in, or send the user to the code step when they use MFA.

    ``next_url`` must already be checked as safe by the caller.
    """
    return complete_login(request, user, remember=remember, next_url=next_url)


def complete_login(request, user, *, remember: bool, next_url: str, device=None):
    login(request, user, backend="saypro_wagtail.profiles.backends.AccountBackend")
    request.session.set_expiry(saypro_settings.PROFILES_REMEMBER_ME_SECONDS if remember else 0)
    return redirect(next_url)
