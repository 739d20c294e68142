"""The public ads page: only live, unexpired ads are ever listed, found, shown or mapped."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saypro_wagtail.moderation import lifecycle, public
from saypro_wagtail.moderation.models import AdImage, AdIndexPage

from .conftest import make_ad, publish

pytestmark = pytest.mark.django_db

SOON = timedelta(days=10)


@pytest.fixture
def ads_page(home_page):
    page = AdIndexPage(title="Classified ads", slug="ads", ads_per_page=2)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def live(owner=None, **fields):
    fields.setdefault("expires_at", timezone.now() + SOON)
    return publish(make_ad(owner=owner, **fields))


def add_image(ad, name, alt_text, sort_order=0):
    """A photo row (its file is not read: width and height are given)."""
    return AdImage.objects.create(
        ad=ad,
        image=f"saypro_ads/{name}",
        alt_text=alt_text,
        sort_order=sort_order,
        width=800,
        height=600,
    )


@pytest.fixture
def hidden_ads(advertiser, moderator):
    """One ad in each state visitors must never see, keyed by that state."""
    draft = make_ad(advertiser, title="Draft zebra")
    expired = live(advertiser, title="Expired zebra")
    type(expired).objects.filter(pk=expired.pk).update(expires_at=timezone.now() - SOON)
    rejected = make_ad(advertiser, title="Rejected zebra")
    lifecycle.set_status(rejected, "rejected")
    hidden = live(advertiser, title="Hidden zebra")
    lifecycle.hide_after_reports(hidden)
    removed = live(advertiser, title="Removed zebra")
    lifecycle.remove(removed, moderator, "scam")
    withdrawn = live(advertiser, title="Withdrawn zebra")
    lifecycle.withdraw(withdrawn, advertiser)
    return {
        "draft": draft,
        "expired": expired,
        "rejected": rejected,
        "hidden": hidden,
        "removed": removed,
        "withdrawn": withdrawn,
    }


def test_listing_shows_live_ads_with_price_location_and_first_photo(client, ads_page, advertiser):
    ad = live(advertiser, title="Red sofa", price="450.00", location="Durban")
    add_image(ad, "sofa.jpg", "A red sofa", 0)
    add_image(ad, "back.jpg", "Its back", 1)
    response = client.get(ads_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Red sofa" in html
    assert "450" in html and "Durban" in html
    assert 'alt="A red sofa"' in html
    assert "Its back" not in html
    assert public.ad_url(ad) in html


def test_no_ad_in_any_other_state_is_listed_found_shown_or_mapped(
    client, ads_page, advertiser, hidden_ads
):
    visible = live(advertiser, title="Visible zebra")
    listing = client.get(ads_page.url).content.decode()
    search = client.get(ads_page.url, {"q": "zebra"}).content.decode()
    assert "Visible zebra" in listing and "Visible zebra" in search
    sitemap = [entry["location"] for entry in ads_page.get_sitemap_urls()]
    assert sitemap[0] == ads_page.full_url
    assert any(location.endswith(public.ad_url(visible)) for location in sitemap)
    assert len(sitemap) == 2
    for state, ad in hidden_ads.items():
        assert ad.title not in listing, state
        assert ad.title not in search, state
        detail = ads_page.url + ads_page.reverse_subpage("ad_detail", kwargs={"pk": ad.pk})
        assert client.get(detail).status_code == 404, state


def test_category_filter_lists_only_that_category_with_counts(client, ads_page, advertiser):
    live(advertiser, title="Plumber available", category="services")
    live(advertiser, title="Old piano", category="products")
    response = client.get(ads_page.url, {"category": "services"})
    html = response.content.decode()
    assert "Plumber available" in html
    assert "Old piano" not in html
    assert "Services (1)" in html
    assert "All (2)" in html


def test_unknown_category_and_bad_page_numbers_show_the_listing(client, ads_page, advertiser):
    live(advertiser, title="Old piano")
    assert "Old piano" in client.get(ads_page.url, {"category": "<script>"}).content.decode()
    assert client.get(ads_page.url, {"page": "x"}).status_code == 200
    assert client.get(ads_page.url, {"page": "999"}).status_code == 200


def test_search_finds_ads_by_their_words(client, ads_page, advertiser):
    live(advertiser, title="Mountain bike", description="Full suspension, 29 inch wheels.")
    live(advertiser, title="Kitchen table", description="Solid oak, seats six.")
    html = client.get(ads_page.url, {"q": "oak"}).content.decode()
    assert "Kitchen table" in html
    assert "Mountain bike" not in html


def test_listing_is_paginated_by_the_pages_setting(client, ads_page, advertiser):
    for number in range(5):
        live(advertiser, title=f"Lamp number {number}")
    first = client.get(ads_page.url).content.decode()
    last = client.get(ads_page.url, {"page": 3}).content.decode()
    assert first.count('class="ad-card"') == 2
    assert last.count('class="ad-card"') == 1
    assert "Page 1 of 3" in first


def test_listing_queries_do_not_grow_with_the_number_of_ads(client, ads_page, advertiser):
    ads_page.ads_per_page = 50
    ads_page.save_revision().publish()

    def count_queries():
        client.get(ads_page.url)  # warm caches (site root, locales)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ads_page.url).status_code == 200
        return len(queries)

    def add_ads(count):
        for number in range(count):
            ad = live(advertiser, title=f"Chair {number}")
            add_image(ad, "chair.jpg", "A chair")

    add_ads(3)
    few = count_queries()
    add_ads(27)
    assert count_queries() == few


def test_detail_shows_description_photos_contact_and_report_form(client, ads_page, live_ad):
    type(live_ad).objects.filter(pk=live_ad.pk).update(contact_phone="+27 21 555 0100")
    add_image(live_ad, "bike.jpg", "A blue bicycle")
    response = client.get(public.ad_url(live_ad))
    html = response.content.decode()
    assert response.status_code == 200
    assert live_ad.description in html
    assert 'alt="A blue bicycle"' in html
    assert 'href="mailto:seller@example.com"' in html
    assert 'href="tel:+27215550100"' in html
    assert "Report this ad" in html
    assert 'name="reason"' in html


def test_detail_with_a_wrong_slug_redirects_to_the_right_one(client, ads_page, live_ad):
    wrong = ads_page.url + f"{live_ad.pk}-something-else/"
    response = client.get(wrong)
    assert response.status_code == 301
    assert response["Location"].endswith(public.ad_url(live_ad))


def test_unknown_ad_is_not_found(client, ads_page):
    assert client.get(ads_page.url + "999999/").status_code == 404


def test_ad_url_is_empty_without_a_live_ads_page(live_ad, home_page):
    assert public.ad_url(live_ad) == ""
    assert live_ad.get_public_url() == ""


def test_ad_url_points_at_the_ads_page(live_ad, ads_page):
    assert public.ad_url(live_ad).startswith(ads_page.url)
    assert live_ad.get_public_url() == public.ad_url(live_ad)


def test_owner_preview_shows_a_banner_and_no_report_form(rf, live_ad):
    from django.template.loader import render_to_string

    request = rf.get("/")
    html = render_to_string(
        "saypro_moderation/ad_detail.html",
        {"ad": live_ad, "is_preview": True, "page": None},
        request=request,
    )
    assert "Preview" in html
    assert live_ad.title in html
    assert "Report this ad" not in html
