"""Ending every session of one account (used when staff deactivate it)."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils import timezone

DATABASE_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}


def end_sessions(user) -> int:
    """Delete the user's stored sessions; returns how many were ended.

    Only database-backed sessions can be listed. With other engines a deactivated user is still
    signed out on the next request, because the sign-in backend refuses inactive accounts.
    """
    if settings.SESSION_ENGINE not in DATABASE_ENGINES:
        return 0
    from django.contrib.sessions.models import Session

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    user_id = str(user.pk)
    # Sessions are opaque blobs: each live one has to be decoded to find its owner.
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()
        if str(data.get(SESSION_KEY)) == user_id:
            store_class(session_key=session.session_key).delete()
            ended += 1
    return ended
