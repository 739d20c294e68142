"""`manage.py saypro_setup_pages` gives a fresh site the starting pages of every installed app."""

from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from saypro_wagtail.helpcenter.models import HelpArticlePage, HelpCategoryPage, HelpCenterPage
from saypro_wagtail.moderation.models.pages import AdIndexPage
from saypro_wagtail.profiles.models.pages import RegistrationPage
from saypro_wagtail.support.models.pages import ContactSupportPage

STARTING_PAGE_TYPES = [
    HelpCenterPage,
    HelpCategoryPage,
    HelpArticlePage,
    ContactSupportPage,
    RegistrationPage,
    AdIndexPage,
]
# Three of the example site's languages (one written right to left) keep the tests quick.
LANGUAGES = ["en", "fr", "ar"]


@pytest.fixture(autouse=True)
def three_languages(settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [
        (code, name) for code, name in settings.LANGUAGES if code in LANGUAGES
    ]


@pytest.fixture
def fresh_site(db):
    """The default site as `wagtail start` leaves it: one home page, one language."""
    site = Site.objects.get(is_default_site=True)
    assert not site.root_page.get_children().exists()
    assert list(Locale.objects.values_list("language_code", flat=True)) == ["en"]
    return site


def setup_pages(capture, *args):
    out = StringIO()
    with capture(execute=True):
        call_command("saypro_setup_pages", *args, stdout=out)
    return out.getvalue().splitlines()


def page_urls(lines):
    return [line.split()[0] for line in lines if line.startswith("http")]


@pytest.fixture
def run(db, django_capture_on_commit_callbacks):
    return lambda *args: setup_pages(django_capture_on_commit_callbacks, *args)


def test_creates_every_apps_starting_pages_in_every_content_language(run, fresh_site):
    lines = run()

    for model in STARTING_PAGE_TYPES:
        languages = set(model.objects.live().values_list("locale__language_code", flat=True))
        assert languages == set(LANGUAGES), model
        assert model.objects.count() == len(LANGUAGES), model
    # One line per page, its full URL first; and the root's translation into each new language.
    assert len(page_urls(lines)) == len(STARTING_PAGE_TYPES) * len(LANGUAGES) + len(LANGUAGES) - 1
    assert lines[-1] == (f"Created: {len(page_urls(lines))}; already there: 0; skipped: 0.")


def test_pages_are_under_the_root_page_in_each_language(run, fresh_site):
    run()

    root = fresh_site.root_page
    for code in LANGUAGES:
        home = root.get_translation(Locale.objects.get(language_code=code))
        help_center = HelpCenterPage.objects.child_of(home).get()
        category = HelpCategoryPage.objects.child_of(help_center).get()
        assert HelpArticlePage.objects.child_of(category).get().locale == home.locale
        for model in (ContactSupportPage, RegistrationPage, AdIndexPage):
            assert model.objects.child_of(home).count() == 1


def test_every_printed_url_answers(fresh_site, run, client):
    urls = page_urls(run())

    assert "http://localhost/fr/help/getting-started/welcome/" in urls
    for url in urls:
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, url


def test_translations_are_wagtail_localize_translations_in_the_visitors_language(fresh_site, run):
    run()

    french = Locale.objects.get(language_code="fr")
    page = ContactSupportPage.objects.get(locale=french)
    with translation.override("fr"):
        assert page.title == translation.gettext("Contact support") != "Contact support"
    help_center = HelpCenterPage.objects.get(locale=french)
    assert help_center.title == "Centre d'aide"
    # Editors keep translating them in wagtail-localize's editor.
    for model in STARTING_PAGE_TYPES:
        assert Translation.objects.filter(
            target_locale=french, source__object_id=model.objects.first().translation_key
        ).exists(), model


def test_the_help_center_links_to_the_contact_support_page(fresh_site, run):
    run()

    for help_center in HelpCenterPage.objects.all():
        assert help_center.support_page.specific_class is ContactSupportPage


def test_running_again_creates_nothing(fresh_site, run):
    first = run()
    pages = Page.objects.count()

    second = run()

    assert Page.objects.count() == pages
    assert page_urls(second) == page_urls(first)
    assert all("already there" in line for line in second if line.startswith("http"))
    assert second[-1] == f"Created: 0; already there: {len(page_urls(first))}; skipped: 0."


def test_dry_run_prints_the_plan_and_changes_nothing(fresh_site, run):
    pages, locales = Page.objects.count(), Locale.objects.count()

    lines = run("--dry-run")

    assert (Page.objects.count(), Locale.objects.count()) == (pages, locales)
    assert "http://localhost/en/help/getting-started/welcome/  would be created: " in "\n".join(
        lines
    )
    assert page_urls(lines) == page_urls(run())
    assert lines[-1].startswith("Dry run, nothing changed. To create: ")


def test_pages_already_there_are_kept(run, fresh_site):
    root = fresh_site.root_page
    ours = root.add_child(instance=ContactSupportPage(title="Write to us", slug="write-to-us"))

    lines = run()

    assert ContactSupportPage.objects.filter(locale=root.locale).get() == ours
    assert "http://localhost/en/write-to-us/  already there: Write to us" in "\n".join(lines)


@override_settings(WAGTAIL_I18N_ENABLED=False)
def test_a_monolingual_site_gets_its_pages_in_one_language(fresh_site, run):
    run()

    for model in STARTING_PAGE_TYPES:
        assert model.objects.count() == 1
    assert Locale.objects.count() == 1


def test_a_root_page_of_the_sites_own_type_is_translated_first(run, home_page):
    lines = run()

    for code in LANGUAGES:
        home = home_page.get_translation(Locale.objects.get(language_code=code))
        assert type(home.specific) is type(home_page)
        assert HelpCenterPage.objects.child_of(home).live().exists()
    assert f"http://localhost/fr/  created: {home_page.title} (home page, fr)" in lines


def test_pages_the_root_page_does_not_allow_are_skipped(run, fresh_site):
    ads = fresh_site.root_page.get_parent().add_child(instance=AdIndexPage(title="Ads", slug="ads"))
    fresh_site.root_page = ads
    fresh_site.save()

    lines = run()

    assert Page.objects.filter(depth__gt=2).count() == 0
    assert (
        "-  skipped: Help center (help center, en): its page type cannot be placed under “Ads”"
        in lines
    )
    assert lines[-1] == "Created: 0; already there: 0; skipped: 4."


def test_a_root_page_in_a_regional_variant_is_not_translated_into_its_own_language(run, fresh_site):
    root = fresh_site.root_page
    root.locale = Locale.objects.create(language_code="en-us")
    root.save()

    run()

    languages = HelpCenterPage.objects.values_list("locale__language_code", flat=True)
    assert sorted(languages) == ["ar", "en-us", "fr"]
