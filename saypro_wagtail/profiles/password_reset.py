"""Password reset e-mails: asked for on the web, looked up and sent in the background.

The web request only checks the limits (per e-mail address and per client) and queues one job,
whatever the address; the job finds the accounts and e-mails them their links. So the answer
is the same, and takes the same time, whether or not an account uses the address, and asking
again and again cannot flood an inbox. A broker that is down does not lose the request: the
job then runs in the web process.
"""

from functools import partial

from celery import shared_task
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from saypro_wagtail import ratelimit
from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import send_email
from saypro_wagtail.queueing import publish

from . import activity
from .registration import absolute_url_for


def request_links(email: str, request) -> bool:
    """Queue reset links for ``email`` unless a limit is reached; False when refused.

    The caller shows the same answer either way.
    """
    if not within_limits(email, request):
        return False
    transaction.on_commit(partial(queue_links, email))
    return True


def within_limits(email: str, request) -> bool:
    """Count this request per client and per address (the address only if the client may)."""
    client_limit, client_period = saypro_settings.PROFILES_PASSWORD_RESET_CLIENT_LIMIT
    address_limit, address_period = saypro_settings.PROFILES_PASSWORD_RESET_LIMIT
    return ratelimit.allow(
        "password_reset_client", ratelimit.client_address(request), client_limit, client_period
    ) and ratelimit.allow(
        "password_reset_address", email.strip().lower(), address_limit, address_period
    )


def queue_links(email: str) -> None:
    # The broker did not take the job in time (or it failed in place): do it here, atomically.
    if not publish(send_links_task, (email,), what="password reset links"):
        send_links(email)


def accounts_for(email: str):
    """Active accounts with a usable password whose e-mail address is ``email`` (any case)."""
    user_model = get_user_model()
    email_field = user_model.get_email_field_name()
    for user in user_model._default_manager.filter(
        **{f"{email_field}__iexact": email, "is_active": True}
    ):
        if user.has_usable_password():
            yield user


@transaction.atomic  # all or nothing, so running it again after a failure sends no duplicate
def send_links(email: str, token_generator=default_token_generator) -> int:
    """E-mail a reset link, in the member's language, to each account of ``email``."""
    sent = 0
    for user in accounts_for(email):
        reset_url = absolute_url_for(
            user,
            "saypro_profiles:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": token_generator.make_token(user),
            },
        )
        send_email(
            to=getattr(user, user.get_email_field_name()),
            user=user,
            template="saypro_profiles/notifications/password_reset",
            context={"user": user, "reset_url": reset_url},
        )
        activity.log_activity(user, activity.PASSWORD_RESET_SENT, by=None)
        sent += 1
    return sent


@shared_task(name="saypro_wagtail.profiles.send_password_reset_links", ignore_result=True)
def send_links_task(email: str) -> int:
    return send_links(email)
