"""Account pages and admin screens: SQL queries with 50 and with 5,000 members (must be equal),
and how long a sign-up takes for a new address and for one that already has an account.

Measured: the member's dashboard, their public profile and data download, the admin user list
(as a superuser and as a User Manager), the registrations report and the accounts report. The
sign-up timing uses Django's default password hasher (PBKDF2), as a production site does.
"""

import statistics
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hashers, get_hashers_by_algorithm, make_password
from django.test import Client
from django.utils import timezone

from bench.clients import get, verified_client
from bench.measure import queries
from saypro_wagtail.profiles import bot_check
from saypro_wagtail.profiles.choices import USER_TYPE_CHOICES
from saypro_wagtail.profiles.models import Consent, Profile
from saypro_wagtail.roles import USER_MANAGERS

SIZES = (50, 5_000)


def add_members(count: int, start: int) -> None:
    """``count`` confirmed members with profiles and consents, spread over 60 days."""
    User = get_user_model()
    password = make_password("bench-password")
    now = timezone.now()
    users = User.objects.bulk_create(
        User(username=f"bench-{n}", email=f"bench-{n}@example.com", password=password)
        for n in range(start, start + count)
    )
    users = list(User.objects.filter(username__in=[user.username for user in users]))
    types = [code for code, _label in USER_TYPE_CHOICES]
    Profile.objects.bulk_create(
        Profile(
            user=user,
            user_type=types[n % len(types)],
            display_name=f"Member {n}",
            visibility="everyone",
            created_at=now - timedelta(days=n % 60),
            email_confirmed_at=None if n % 7 == 0 else now,
        )
        for n, user in enumerate(users, start)
    )
    Consent.objects.bulk_create(
        Consent(user=user, kind="terms", policy_version="1") for user in users
    )


def run():
    User = get_user_model()
    superuser = User.objects.get(username="admin")
    manager = User.objects.get(username="usermanager")
    assert manager.groups.filter(name=USER_MANAGERS).exists()
    member = User.objects.get(username="applicant")
    public_id = Profile.objects.get(user=member).public_id
    admin, user_manager, own = (
        verified_client(superuser),
        verified_client(manager),
        verified_client(member),
    )
    pages = {
        "member dashboard": get(own, "/en/account/"),
        "public profile": get(Client(), f"/en/account/people/{public_id}/"),
        "my data download": lambda: own.post("/en/account/my-data/download/"),
        "admin user list (superuser)": get(admin, "/admin/users/"),
        "admin user list (User Manager)": get(user_manager, "/admin/users/"),
        "registrations report": get(admin, "/admin/reports/accounts/registrations/"),
        "accounts report": get(admin, "/admin/reports/accounts/accounts/"),
    }
    figures = {}
    added = 0
    for size in SIZES:
        add_members(size - added, added)
        added = size
        for name, call in pages.items():
            call()  # warm caches (templates, content types, site)
            figures[name, size] = queries(call)
    rows = signup_timing()
    for name in pages:
        small, large = (figures[name, size] for size in SIZES)
        rows.append((f"{name}: SQL queries with {SIZES[0]} members", small, "queries"))
        rows.append((f"{name}: SQL queries with {SIZES[1]:,} members", large, "queries"))
        assert small == large, f"{name}: {small} queries with {SIZES[0]}, {large} with {SIZES[1]}"
    return rows


SIGNUPS = 15


def signup_timing():
    """Median time of a sign-up POST: a new address vs one already registered (same answer)."""
    settings.SAYPRO_PROFILES_REGISTRATION_MIN_SECONDS = 0
    settings.SAYPRO_PROFILES_REGISTRATION_LIMIT = (10_000, 3600)
    test_hashers = settings.PASSWORD_HASHERS
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    get_hashers.cache_clear()
    get_hashers_by_algorithm.cache_clear()
    try:
        times = {"new address": [], "known address": []}
        for n in range(SIGNUPS):
            for kind, email in (
                ("new address", f"timing-{n}@example.com"),
                ("known address", "applicant@example.com"),
            ):
                data = {
                    "first_name": "Timing",
                    "email": email,
                    "password1": "Timing-Secret-481",
                    "password2": "Timing-Secret-481",
                    "user_type": "public",
                    "accept_terms": "on",
                    "accept_privacy": "on",
                    "form_stamp": bot_check.render_stamp(),
                }
                started = time.perf_counter()
                response = Client().post("/en/register/", data)
                times[kind].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 302, (kind, response.status_code)
                assert response["Location"] == "/en/register/?sent=1"
    finally:
        settings.PASSWORD_HASHERS = test_hashers
        get_hashers.cache_clear()
        get_hashers_by_algorithm.cache_clear()
    new, known = (statistics.median(times[kind]) for kind in ("new address", "known address"))
    return [
        ("sign-up with a new address: median", round(new, 1), "ms"),
        ("sign-up with a known address: median", round(known, 1), "ms"),
        ("known / new sign-up time", round(known / new, 2), "ratio"),
    ]
