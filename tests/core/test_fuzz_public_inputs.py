"""No input a visitor can send to a public form or search makes the site answer with a server
error: about two thousand hostile requests (quotes, NUL bytes, control characters, very long text,
right-to-left marks and emoji, SQL and full-text operators, ``javascript:`` links, formula
prefixes, huge and negative numbers, lists for single fields, missing fields) all get a page, a
redirect or a clear refusal (4xx), never a 5xx.

The inputs are generated from a fixed seed, so a failure is reproducible: its message names the
form and the exact data sent.
"""

import os
import random
import time
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from home.demo_content import ensure_contact_page, ensure_home_page, ensure_locales
from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage
from saypro_wagtail.moderation.models import AdIndexPage
from saypro_wagtail.profiles.bot_check import render_stamp
from saypro_wagtail.profiles.choices import VISIBLE_TO_MEMBERS
from saypro_wagtail.profiles.models import RegistrationPage
from saypro_wagtail.support.models import ContactSupportPage
from tests.helpcenter.conftest import make_article, publish
from tests.moderation.conftest import make_ad
from tests.moderation.conftest import publish as publish_ad
from tests.profiles.conftest import PASSWORD, make_user
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

# Fixed, so that every run sends the same inputs; set these variables to explore further
# (for example SAYPRO_FUZZ_SEED=7 SAYPRO_FUZZ_CASES=500), then add what fails to CLASSIC.
# 80 cases per form (every classic string, then a mix) keep the module near a minute on SQLite.
SEED = int(os.environ.get("SAYPRO_FUZZ_SEED", "20261202"))
CASES_PER_FORM = int(os.environ.get("SAYPRO_FUZZ_CASES", "80"))
LONG = "x" * 20_000

# Strings that broke web applications before.
CLASSIC = [
    "",
    " ",
    '"',
    "'",
    '""',
    "a\"b'c",
    "\x00",
    "a\x00b",
    "%00",
    "\x1b[31mred",
    "\x07\x08\x0b\x0c\x7f",
    "line\r\nInjected-Header: yes",
    "\t=1+1",
    "\u202eevil\u202c",
    "\u200b\ufeff",
    "😀" * 30,
    "e\u0301" * 50,
    "\U0010fffd\uffff\ufffe",
    "ﷺ" * 20,
    LONG,
    "' OR '1'='1' --",
    "1; DROP TABLE auth_user; --",
    'title:x NEAR("a" b) AND NOT *',
    "(((",
    ")",
    "*",
    "-",
    "a:b:c",
    "AND OR NOT",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
    "%s%s%s%n",
    "../../../../etc/passwd",
    '=HYPERLINK("http://evil.example","x")',
    "+27 21 555 0123",
    "@SUM(A1)",
    "9" * 40,
    "-99999999999999999999",
    "-1",
    "0",
    "-0",
    "1e309",
    "NaN",
    "inf",
    "2147483648",
    "3.14159",
    "0x1F",
    "2026-02-30",
    "9999-12-31",
    "0000-00-00",
    "null",
    "None",
    "[]",
    "{}",
    "true",
    "a@b",
    "@",
    "user@example.com\nBcc: x@example.com",
]
# Query strings that are not valid UTF-8 or not valid percent-encoding.
RAW_QUERY_STRINGS = ["%ff%fe", "%", "%zz", "%00", "%ED%A0%80", "%C0%AF", "a=%E2%82"]

ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ",
    "\"'`\\;:*()-+=@&|!<>%{}[]#~^$?,./",
    "".join(chr(code) for code in range(0x20)) + "\x7f",
    "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2069",
    "😀🙃👩🏽‍💻🇿🇦🧪",
    "日本語中文한국어العربيةעברית",
    "\u0301\u0308\u20dd\ufeff\u200b\ufffd",
    "0123456789.-+eE",
]


def random_text(rng: random.Random) -> str:
    length = rng.choice([1, 2, 5, 20, 80, 300, 2000])
    alphabet = "".join(rng.sample(ALPHABETS, rng.randint(1, 3)))
    return "".join(rng.choice(alphabet) for _ in range(length))


def hostile_value(rng: random.Random, index: int, position: int):
    """Case ``index``'s value for its ``position``-th hostile field: the first cases go through
    the classic strings in turn, then classic and random ones mix; sometimes a list."""
    if position == 0 and index < len(CLASSIC):
        value = CLASSIC[index]
    elif rng.random() < 0.5:
        value = rng.choice(CLASSIC)
    else:
        value = random_text(rng)
    if rng.random() < 0.08:
        return [value, random_text(rng)]
    return value


@dataclass
class Target:
    """One public form or search: where it is, how it is sent and valid data to start from."""

    name: str
    method: str
    url: str
    valid: dict
    client: str = "visitor"  # or "member"
    headers: dict = field(default_factory=dict)
    fixed: dict = field(default_factory=dict)  # sent as they are in every case

    def cases(self, rng: random.Random, count: int):
        """``count`` data sets: the valid data with one, several or all fields made hostile,
        sometimes with fields left out or unknown ones added; the last one has no field."""
        names = list(self.valid)
        for index in range(count - 1):
            data = dict(self.valid)
            if rng.random() < 0.1:
                chosen = names
            else:
                chosen = rng.sample(names, min(len(names), rng.choice([1, 1, 1, 2, 3])))
            for position, name in enumerate(chosen):
                data[name] = hostile_value(rng, index, position)
            if rng.random() < 0.1 and names:
                data.pop(rng.choice(names), None)
            if rng.random() < 0.05:
                data[random_text(rng)[:30]] = random_text(rng)
            yield {**data, **self.fixed}
        yield dict(self.fixed)


def send(client: Client, target: Target, data: dict):
    if target.method == "GET":
        return client.get(target.url, data, headers=target.headers)
    return client.post(target.url, data, headers=target.headers)


def send_raw(client: Client, target: Target, query: str):
    separator = "&" if "?" in target.url else "?"
    url = f"{target.url}{separator}{query}"
    if target.method == "GET":
        return client.get(url)
    return client.post(url, {})


# The site: one page of each kind, a member with a request and ads, and their URLs.


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_site()
            transaction.set_rollback(True)


def build_site() -> dict:
    locales = ensure_locales()
    home = ensure_home_page(locales[settings.LANGUAGE_CODE])
    contact = ensure_contact_page(home)
    help_root = publish(home, HelpCenterPage(title="Help center", slug="help"))
    category = publish(help_root, HelpCategoryPage(title="Account", slug="account"))
    article = make_article(category, "reset-password", title="Reset your password",
                           summary="Forgot your password? Reset it by e-mail.")  # fmt: skip
    registration = publish(home, RegistrationPage(title="Register", slug="register"))
    support = publish(home, ContactSupportPage(title="Contact support", slug="contact-support"))
    ads = publish(home, AdIndexPage(title="Classified ads", slug="ads"))
    member = make_user("fuzzy", display_name="Fuzzy")
    live_ad = publish_ad(
        make_ad(member, title="Bicycle for sale", expires_at=timezone.now() + timedelta(days=10))
    )
    draft_ad = make_ad(member, title="Draft sofa")
    open_request = make_request(requester=member, subject="My ad is not showing")
    return {
        "home": home,
        "contact": contact,
        "help_root": help_root,
        "category": category,
        "article": article,
        "registration": registration,
        "support": support,
        "ads": ads,
        "member": member,
        "live_ad": live_ad,
        "draft_ad": draft_ad,
        "open_request": open_request,
    }


def targets(site) -> list[Target]:
    help_root, article, ads = site["help_root"], site["article"], site["ads"]
    ad_form = {
        "title": "Mountain bike",
        "category": "products",
        "description": "A good bike, hardly used.",
        "price": "1200",
        "location": "Cape Town",
        "contact_email": "seller@example.com",
        "contact_phone": "+27 21 555 0123",
        "language": "en",
        "expiry_date": (timezone.localdate() + timedelta(days=5)).isoformat(),
        "action": "save",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
    }
    contact_form = {
        "name": "Thandi",
        "email": "thandi@example.com",
        "phone": "+27 21 555 0123",
        "category": "technical",
        "subject": "I cannot log in",
        "description": "The page says my password is wrong.",
        "article": str(article.pk),
        "website_url": "",
    }
    member_contact = {
        key: value for key, value in contact_form.items() if key not in {"name", "email", "phone"}
    }
    return [
        Target(
            "help search",
            "GET",
            help_root.url + "search/",
            {"q": "password", "category": str(site["category"].pk), "audience": "", "page": "1"},
        ),
        Target("help suggestions", "GET", reverse("saypro_helpcenter:suggestions"), {"q": "pass"}),
        Target("help article", "GET", article.url, {"feedback": "thanks"}),
        Target(
            "article vote and feedback",
            "POST",
            article.url + "feedback/",
            {"helpful": "no", "comment": "Too short.", "website": ""},
        ),
        Target(
            "article vote and feedback (JSON)",
            "POST",
            article.url + "feedback/",
            {"helpful": "yes", "comment": "", "website": ""},
            headers={"Accept": "application/json"},
        ),
        Target("ads listing", "GET", ads.url, {"q": "bike", "category": "products", "page": "1"}),
        Target(
            "report an ad",
            "POST",
            f"{ads.url}{site['live_ad'].pk}/report/",
            {"reason": "scam", "message": "Asks for money up front.", "website": ""},
        ),
        Target("contact support (visitor)", "POST", site["support"].url, contact_form),
        Target("contact support page", "GET", site["support"].url, {"article": "1", "sent": "1"}),
        Target("contact support (member)", "POST", site["support"].url, member_contact, "member"),
        Target(
            "registration",
            "POST",
            site["registration"].url,
            {
                "first_name": "Lerato",
                "last_name": "Mokoena",
                "email": "lerato@example.com",
                "password1": "a long enough pass phrase",
                "password2": "a long enough pass phrase",
                "user_type": "applicant",
                "accept_terms": "on",
                "accept_privacy": "on",
                "website_url": "",
                "form_stamp": render_stamp(time.time() - 60),
            },
        ),
        Target(
            "sign in",
            "POST",
            reverse("saypro_profiles:login"),
            {"username": "fuzzy", "password": PASSWORD, "remember_me": "on", "next": "/en/"},
        ),
        Target(
            "password reset",
            "POST",
            reverse("saypro_profiles:password_reset"),
            {"email": "fuzzy@example.com"},
        ),
        Target(
            "resend confirmation",
            "POST",
            reverse("saypro_profiles:resend_confirmation"),
            {"email": "fuzzy@example.com"},
        ),
        Target(
            "profile edit",
            "POST",
            reverse("saypro_profiles:edit_profile"),
            {
                "first_name": "Fuzzy",
                "last_name": "Member",
                "display_name": "Fuzzy",
                "bio": "I test things.",
                "phone": "+27 21 555 0123",
                "location": "Durban",
                "preferred_language": "en",
                "user_type": "applicant",
                "job_title": "Tester",
                "organisation": "SayPro",
                "years_of_experience": "3",
                "website": "https://example.com",
                "interests": "design, teaching",
                "skills": "Python",
                "ad_categories": "jobs",
                "visibility": VISIBLE_TO_MEMBERS,
                "show_email": "on",
                "show_phone": "",
            },
            "member",
        ),
        Target("create an ad", "POST", reverse("saypro_moderation:ad_create"), ad_form, "member"),
        Target(
            "edit an ad",
            "POST",
            reverse("saypro_moderation:ad_edit", args=[site["draft_ad"].pk]),
            ad_form,
            "member",
        ),
        Target(
            "message on my request",
            "POST",
            reverse("saypro_support:request_detail", args=[site["open_request"].reference]),
            {"action": "reply", "reply-body": "Any news?", "reopen-reason": "Still broken."},
            "member",
        ),
        Target("deflection beacon", "POST", reverse("saypro_support:deflection"), {"x": "1"}),
        Target(
            "example site contact page",
            "POST",
            site["contact"].url,
            {"your_name": "Sam", "your_e_mail": "sam@example.com", "message": "Hello there."},
        ),
    ]


def server_errors(site, target: Target, seed_offset: int) -> list[str]:
    """Send the target its cases; describe every answer of 500 or more."""
    rng = random.Random(SEED + seed_offset)
    visitor = Client(raise_request_exception=False)
    if target.client == "member":
        visitor.force_login(site["member"])
    attempts = [("data", data) for data in target.cases(rng, CASES_PER_FORM)]
    attempts += [("raw query", raw) for raw in RAW_QUERY_STRINGS]
    errors = []
    for kind, payload in attempts:
        # Each case meets the same site: no rate limit or lockout reached, no ad hidden by
        # earlier reports, no sign-in left over from a case that signed in.
        cache.clear()
        with transaction.atomic():
            if kind == "data":
                response = send(visitor, target, payload)
            else:
                response = send_raw(visitor, target, payload)
            transaction.set_rollback(True)
        if response.status_code >= 500:
            errors.append(f"{target.method} {target.url} {kind} {shorten(payload)!r}")
    return errors


def shorten(payload):
    if isinstance(payload, dict):
        return {key: shorten(value) for key, value in payload.items()}
    if isinstance(payload, list):
        return [shorten(value) for value in payload]
    return payload if len(payload) <= 200 else f"{payload[:200]}... ({len(payload)} characters)"


TARGET_NAMES = [
    "help search",
    "help suggestions",
    "help article",
    "article vote and feedback",
    "article vote and feedback (JSON)",
    "ads listing",
    "report an ad",
    "contact support (visitor)",
    "contact support page",
    "contact support (member)",
    "registration",
    "sign in",
    "password reset",
    "resend confirmation",
    "profile edit",
    "create an ad",
    "edit an ad",
    "message on my request",
    "deflection beacon",
    "example site contact page",
]


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_no_hostile_input_makes_a_public_form_or_search_fail(site, name):
    by_name = {target.name: target for target in targets(site)}
    target = by_name[name]

    errors = server_errors(site, target, TARGET_NAMES.index(name))

    assert errors == [], f"{len(errors)} server error(s) from {name}:\n" + "\n".join(errors[:10])


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_the_starting_data_of_each_form_is_accepted(site, name):
    """The hostile cases change valid data, so that they reach past the first field check."""
    target = next(target for target in targets(site) if target.name == name)
    visitor = Client()
    if target.client == "member":
        visitor.force_login(site["member"])

    response = send(visitor, target, {**target.valid, **target.fixed})

    assert response.status_code in {200, 204, 302}
    form = (response.context or {}).get("form")
    assert not getattr(form, "errors", None)


@pytest.mark.parametrize("next_url", ["true", "0x1F", "home"])
def test_signing_in_with_a_next_that_is_not_a_path_is_not_a_server_error(site, next_url):
    visitor = Client(raise_request_exception=False)
    response = visitor.post(
        reverse("saypro_profiles:login"),
        {"username": "fuzzy", "password": PASSWORD, "next": next_url},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("saypro_profiles:dashboard")


def test_every_form_is_fuzzed(site):
    assert sorted(target.name for target in targets(site)) == sorted(TARGET_NAMES)


def test_the_hostile_inputs_are_the_same_on_every_run():
    def sample():
        rng = random.Random(SEED)
        target = Target("any", "GET", "/", {"q": "", "page": ""})
        return list(target.cases(rng, 20))

    assert sample() == sample()
