"""Classified ads, banned phrases and rejection reasons reach nobody through the admin's side
doors (the snippet chooser and its search, wagtail-localize's snippet API, the bulk-action
confirmation) unless they may moderate: drafts and rejected ads stay out of other roles' reach."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale

from saypro_wagtail import roles as role_names
from saypro_wagtail.moderation.choices import REJECTED
from saypro_wagtail.moderation.models import BannedPhrase, RejectionReason
from tests.conftest import verified_login
from tests.profiles.conftest import in_group, make_user
from tests.support.admin_urls import refused

from .conftest import make_ad

pytestmark = pytest.mark.django_db

API = "/admin/localize/api/snippets/saypro_moderation/{}/"


def chooser_url(model_name, name, *args):
    return reverse(f"wagtailsnippetchoosers_saypro_moderation_{model_name}:{name}", args=args)


@pytest.fixture
def non_moderators(roles):
    """Admin users of every other role, and a plain staff account."""
    staff = make_user("staff")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return [
        in_group("editor", role_names.HELP_CENTER_EDITORS),
        in_group("publisher", role_names.HELP_CENTER_PUBLISHERS),
        in_group("agent", role_names.SUPPORT_AGENTS),
        in_group("supervisor", role_names.SUPPORT_SUPERVISORS),
        in_group("usermanager", role_names.USER_MANAGERS),
        staff,
    ]


@pytest.fixture
def unpublished_ads(advertiser):
    return [
        make_ad(owner=advertiser, title="Draft canoe"),
        make_ad(owner=advertiser, title="Rejected kayak", moderation_status=REJECTED),
    ]


@pytest.fixture
def moderators_lists(db):
    english = Locale.objects.get_or_create(language_code="en")[0]
    return {
        "bannedphrase": BannedPhrase.objects.create(phrase="guaranteed income"),
        "rejectionreason": RejectionReason.objects.create(
            code="blurry", title="Blurry photos", guidance="Retake them", locale=english
        ),
    }


def test_other_roles_find_no_draft_or_rejected_ad_in_the_chooser(
    client, non_moderators, unpublished_ads
):
    draft, rejected = unpublished_ads
    for user in non_moderators:
        verified_login(client, user)
        for url in (
            chooser_url("classifiedad", "choose") + "?q=kayak",
            chooser_url("classifiedad", "choose_results") + "?q=canoe",
            chooser_url("classifiedad", "choose_results"),
            chooser_url("classifiedad", "chosen", draft.pk),
            chooser_url("classifiedad", "chosen_multiple") + f"?id={draft.pk}&id={rejected.pk}",
            API.format("classifiedad"),
            API.format("classifiedad") + f"{rejected.pk}/",
        ):
            response = client.get(url)
            assert refused(response), (user, url)
            assert b"canoe" not in response.content
            assert b"kayak" not in response.content


def test_moderators_find_drafts_and_rejected_ads_in_the_chooser(client, moderator, unpublished_ads):
    verified_login(client, moderator)
    results = client.get(chooser_url("classifiedad", "choose_results")).content.decode()
    assert "Draft canoe" in results
    assert "Rejected kayak" in results
    searched = client.get(chooser_url("classifiedad", "choose_results") + "?q=kayak")
    assert "Rejected kayak" in searched.content.decode()
    titles = {item["title"] for item in client.get(API.format("classifiedad")).json()}
    assert titles == {"Draft canoe", "Rejected kayak"}


@pytest.mark.parametrize("model_name", ["bannedphrase", "rejectionreason"])
def test_banned_phrases_and_rejection_reasons_reach_only_moderators(
    client, non_moderators, moderator, moderators_lists, model_name
):
    obj = moderators_lists[model_name]
    urls = [
        chooser_url(model_name, "choose"),
        chooser_url(model_name, "choose_results"),
        chooser_url(model_name, "chosen", obj.pk),
        API.format(model_name),
        API.format(model_name) + f"{obj.pk}/",
        f"/admin/bulk/saypro_moderation/{model_name}/delete/?id={obj.pk}",
    ]
    for user in non_moderators:
        verified_login(client, user)
        for url in urls:
            response = client.get(url)
            assert refused(response) or str(obj).encode() not in response.content, (user, url)
    verified_login(client, moderator)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert str(obj) in response.content.decode(), url


def test_the_bulk_delete_confirmation_names_no_ad_to_other_roles(
    client, non_moderators, unpublished_ads
):
    ids = "&".join(f"id={ad.pk}" for ad in unpublished_ads)
    for user in non_moderators:
        verified_login(client, user)
        response = client.get(f"/admin/bulk/saypro_moderation/classifiedad/delete/?{ids}")
        assert refused(response), user
        assert b"kayak" not in response.content
