"""The public profile page shows only what its owner chose, to the people they chose."""

import uuid

import pytest
from django.urls import reverse

from saypro_wagtail.profiles.choices import (
    VISIBLE_TO_EVERYONE,
    VISIBLE_TO_MEMBERS,
    VISIBLE_TO_NOBODY,
)
from saypro_wagtail.profiles.models import Profile
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db


def owner_with(visibility, **fields):
    fields.setdefault("display_name", "Zanele M.")
    return make_user(
        "zanele",
        email="zanele@example.com",
        visibility=visibility,
        bio="Bookkeeper and chess player.",
        job_title="Bookkeeper",
        phone="+27 82 555 0199",
        **fields,
    )


def profile_url(user):
    return reverse("saypro_profiles:public_profile", args=[user.saypro_profile.public_id])


def get_as(client, url, viewer):
    client.logout()
    if viewer is not None:
        client.force_login(viewer)
    return client.get(url)


@pytest.mark.parametrize(
    ("visibility", "expected_for_anonymous", "expected_for_member"),
    [
        (VISIBLE_TO_EVERYONE, 200, 200),
        (VISIBLE_TO_MEMBERS, 404, 200),
        (VISIBLE_TO_NOBODY, 404, 404),
    ],
)
def test_each_privacy_level_decides_who_sees_the_profile(
    client, member, visibility, expected_for_anonymous, expected_for_member
):
    owner = owner_with(visibility)
    url = profile_url(owner)
    assert get_as(client, url, None).status_code == expected_for_anonymous
    assert get_as(client, url, member).status_code == expected_for_member
    owner_view = get_as(client, url, owner)
    assert owner_view.status_code == 200
    assert "This is a preview of your public profile" in owner_view.content.decode()


def test_members_only_profile_gives_anonymous_visitors_a_404_not_a_login_page(client):
    owner = owner_with(VISIBLE_TO_MEMBERS)
    response = client.get(profile_url(owner))
    assert response.status_code == 404
    assert "Location" not in response


def test_hidden_profile_looks_exactly_like_an_unknown_one(client, member):
    owner = owner_with(VISIBLE_TO_NOBODY)
    client.force_login(member)
    hidden = client.get(profile_url(owner))
    unknown = client.get(reverse("saypro_profiles:public_profile", args=[uuid.uuid4()]))
    assert hidden.status_code == unknown.status_code == 404
    assert hidden.content == unknown.content


def test_profile_shows_its_details_and_hides_contact_details_by_default(client):
    owner = owner_with(VISIBLE_TO_EVERYONE)
    owner.saypro_profile.skills.add("bookkeeping")
    page = client.get(profile_url(owner)).content.decode()
    assert "Zanele M." in page
    assert "Bookkeeper and chess player." in page
    assert "bookkeeping" in page
    assert "zanele@example.com" not in page
    assert "555 0199" not in page


def test_email_and_phone_are_shown_only_when_the_owner_chose_to(client):
    owner = owner_with(VISIBLE_TO_EVERYONE, show_email=True)
    page = client.get(profile_url(owner)).content.decode()
    assert "zanele@example.com" in page
    assert "555 0199" not in page
    Profile.objects.filter(user=owner).update(show_email=False, show_phone=True)
    page = client.get(profile_url(owner)).content.decode()
    assert "zanele@example.com" not in page
    assert "+27 82 555 0199" in page


def test_user_name_is_never_shown_when_there_is_no_display_name(client):
    owner = make_user(
        "person@example.org", email="person@example.org", visibility=VISIBLE_TO_EVERYONE
    )
    page = client.get(profile_url(owner)).content.decode()
    assert "person@example.org" not in page
    assert "Member" in page


def test_photo_has_a_text_alternative(client, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path)
    owner = owner_with(VISIBLE_TO_EVERYONE)
    Profile.objects.filter(user=owner).update(photo="saypro_profiles/photos/abc.png")
    page = client.get(profile_url(owner)).content.decode()
    assert 'alt="Photo of Zanele M."' in page


def test_inactive_and_unconfirmed_accounts_have_no_public_profile(client):
    owner = owner_with(VISIBLE_TO_EVERYONE)
    url = profile_url(owner)
    owner.is_active = False
    owner.save()
    assert client.get(url).status_code == 404
    waiting = make_user("waiting", confirmed=False, visibility=VISIBLE_TO_EVERYONE)
    assert client.get(profile_url(waiting)).status_code == 404
