"""Admin user management: who may open what, profile fields, filters, account actions,
the activity log, and the limits of User Managers (never staff or superusers)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles import activity
from saypro_wagtail.profiles.choices import ADVERTISER, APPLICANT, VISIBLE_TO_NOBODY
from saypro_wagtail.profiles.models import get_profile
from saypro_wagtail.roles import HELP_CENTER_EDITORS, USER_MANAGERS
from tests.conftest import verified_login
from tests.profiles.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
User = get_user_model()


def users_url(name, *args):
    return reverse(f"wagtailusers_users:{name}", args=args)


def listed(response):
    return {user.get_username() for user in response.context["object_list"]}


def signed_in_as(client, user):
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return verified_login(client, user)
    client.force_login(user)
    return client


def edit_data(user, **changes):
    """What the edit form posts when nothing is changed, plus ``changes``."""
    profile = get_profile(user)
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "First",
        "last_name": user.last_name or "Last",
        "is_active": "on" if user.is_active else "",
        "user_type": profile.user_type,
        "display_name": profile.display_name,
        "phone": profile.phone,
        "location": profile.location,
        "preferred_language": profile.preferred_language,
        "visibility": profile.visibility,
        "email_confirmed": "on" if profile.email_confirmed else "",
        "groups": [group.pk for group in user.groups.all()],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value not in ("", None)}


# Who may open what ---------------------------------------------------------------------------

SCREENS = [
    ("index", False),
    ("edit", True),
    ("history", True),
    ("send_password_reset", True),
    ("deactivate", True),
]


@pytest.mark.parametrize("screen,needs_account", SCREENS)
def test_superusers_and_user_managers_open_every_user_screen(
    client, superuser, user_manager, member, screen, needs_account
):
    args = [member.pk] if needs_account else []
    for user in (superuser, user_manager):
        response = signed_in_as(client, user).get(users_url(screen, *args))

        assert response.status_code == 200, (user, screen)


@pytest.mark.parametrize("screen,needs_account", SCREENS)
def test_an_editor_without_user_permissions_is_sent_back_to_the_dashboard(
    client, editor, member, screen, needs_account
):
    args = [member.pk] if needs_account else []
    response = signed_in_as(client, editor).get(users_url(screen, *args))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("screen,needs_account", SCREENS)
def test_a_member_is_asked_to_sign_in_to_the_admin(client, member, screen, needs_account):
    other = make_user("other")
    args = [other.pk] if needs_account else []
    response = signed_in_as(client, member).get(users_url(screen, *args))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_an_editor_cannot_deactivate_anyone_by_posting(client, editor, member):
    response = signed_in_as(client, editor).post(users_url("deactivate", member.pk))

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_active


def test_the_users_menu_shows_only_to_people_who_manage_users(
    client, superuser, user_manager, editor
):
    for user, shown in ((superuser, True), (user_manager, True), (editor, False)):
        html = signed_in_as(client, user).get(reverse("wagtailadmin_home")).content.decode()

        assert (users_url("index") in html) is shown, user


# The list: columns, filters and a constant number of queries ---------------------------------


@pytest.fixture
def assorted_users(db):
    make_user("confirmed-applicant", user_type=APPLICANT)
    make_user("unconfirmed-advertiser", confirmed=False, user_type=ADVERTISER)
    inactive = make_user("deactivated")
    inactive.is_active = False
    inactive.save()
    with_mfa = make_user("with-mfa")
    TOTPDevice.objects.create(user=with_mfa, name="Phone", confirmed=True)
    unconfirmed_device = make_user("half-enrolled")
    TOTPDevice.objects.create(user=unconfirmed_device, name="Phone", confirmed=False)


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"email_confirmed": "false"}, {"unconfirmed-advertiser"}),
        ({"user_type": APPLICANT}, {"confirmed-applicant"}),
        ({"user_type": ADVERTISER}, {"unconfirmed-advertiser"}),
        ({"is_active": "false"}, {"deactivated"}),
        ({"mfa_enabled": "true"}, {"with-mfa", "root"}),  # root signed in with a device
    ],
)
def test_filters_narrow_the_user_list(client, superuser, assorted_users, params, expected):
    response = signed_in_as(client, superuser).get(users_url("index"), params)

    assert response.status_code == 200
    assert listed(response) == expected


def test_filters_confirmed_and_without_mfa_exclude_the_others(client, superuser, assorted_users):
    client = signed_in_as(client, superuser)

    confirmed = listed(client.get(users_url("index"), {"email_confirmed": "true"}))
    without_mfa = listed(client.get(users_url("index"), {"mfa_enabled": "false"}))

    assert "unconfirmed-advertiser" not in confirmed
    assert {"confirmed-applicant", "deactivated", "with-mfa"} <= confirmed
    assert "with-mfa" not in without_mfa and "root" not in without_mfa
    assert "half-enrolled" in without_mfa  # an unconfirmed device is not two-step verification


def test_a_bad_filter_value_is_a_form_error_not_a_crash(client, superuser, assorted_users):
    response = signed_in_as(client, superuser).get(users_url("index"), {"user_type": "<x>"})

    assert response.status_code == 200
    assert response.context["filters"].errors


def test_the_list_shows_user_type_confirmation_and_two_step_columns(
    client, superuser, assorted_users
):
    html = signed_in_as(client, superuser).get(users_url("index")).content.decode()

    for heading in ("User type", "Confirmed", "Two-step", "Active"):
        assert f">{heading}" in html or heading in html
    assert "Advertiser" in html and "Applicant" in html


def count_index_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(users_url("index"))
    assert response.status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_for_5_or_30_users(client, superuser):
    client = signed_in_as(client, superuser)
    for number in range(4):
        make_user(f"person{number}", user_type=APPLICANT)
    client.get(users_url("index"))  # warm caches (content types, site root)
    with_five = count_index_queries(client)
    for number in range(4, 29):
        user = make_user(f"person{number}", confirmed=number % 2 == 0)
        if number % 3 == 0:
            TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)

    with_thirty = count_index_queries(client)

    assert User.objects.count() == 30
    assert with_thirty == with_five


# Profile fields on the edit form -------------------------------------------------------------


def test_the_edit_form_shows_and_saves_the_profile_fields(client, superuser, member):
    client = signed_in_as(client, superuser)
    html = client.get(users_url("edit", member.pk)).content.decode()
    assert 'name="display_name"' in html and 'value="Amina N."' in html

    response = client.post(
        users_url("edit", member.pk),
        edit_data(
            member,
            user_type=APPLICANT,
            display_name="Amina Nkosi",
            phone="+27 11 555 0100",
            location="Johannesburg",
            preferred_language="fr",
            visibility=VISIBLE_TO_NOBODY,
        ),
    )

    assert response.status_code == 302
    profile = get_profile(User.objects.get(pk=member.pk))
    assert (profile.user_type, profile.display_name, profile.phone) == (
        APPLICANT,
        "Amina Nkosi",
        "+27 11 555 0100",
    )
    assert (profile.location, profile.preferred_language, profile.visibility) == (
        "Johannesburg",
        "fr",
        VISIBLE_TO_NOBODY,
    )
    entry = ModelLogEntry.objects.for_instance(member).filter(action=activity.PROFILE_CHANGED)
    assert entry.get().user == superuser


def test_unticking_email_confirmed_stops_the_account_signing_in(client, superuser, member):
    response = signed_in_as(client, superuser).post(
        users_url("edit", member.pk), edit_data(member, email_confirmed="")
    )

    assert response.status_code == 302
    assert get_profile(User.objects.get(pk=member.pk)).email_confirmed_at is None
    client.logout()
    assert not client.login(username="amina", password=PASSWORD)


def test_a_bad_profile_value_is_a_field_error_that_keeps_what_was_typed(client, superuser, member):
    response = signed_in_as(client, superuser).post(
        users_url("edit", member.pk),
        edit_data(member, user_type="wizard", display_name="Kept name"),
    )

    assert response.status_code == 200
    assert "user_type" in response.context["form"].errors
    assert 'value="Kept name"' in response.content.decode()


def test_creating_a_user_in_the_admin_saves_the_profile(client, superuser):
    response = signed_in_as(client, superuser).post(
        users_url("add"),
        {
            "username": "newbie",
            "email": "newbie@example.com",
            "first_name": "New",
            "last_name": "Person",
            "password1": "Another-Strong-Pass-91",
            "password2": "Another-Strong-Pass-91",
            "user_type": ADVERTISER,
            "display_name": "Newbie Ltd",
            "visibility": VISIBLE_TO_NOBODY,
            "email_confirmed": "on",
        },
    )

    assert response.status_code == 302
    profile = get_profile(User.objects.get(username="newbie"))
    assert (profile.user_type, profile.display_name) == (ADVERTISER, "Newbie Ltd")
    assert profile.email_confirmed


def test_the_edit_screen_lists_documents_with_download_links(client, superuser, member):
    from django.core.files.base import ContentFile

    from saypro_wagtail.profiles.models import ProfileDocument

    document = ProfileDocument(
        user=member,
        kind="resume",
        original_name="amina-cv.pdf",
        content_type="application/pdf",
        size=8,
    )
    document.file.save("cv", ContentFile(b"%PDF-1.4"), save=True)

    html = signed_in_as(client, superuser).get(users_url("edit", member.pk)).content.decode()

    assert reverse("saypro_profiles:document", args=[document.pk]) in html
    assert "amina-cv.pdf" in html


# Account actions ------------------------------------------------------------------------------


def test_sending_a_password_reset_emails_a_working_link_and_logs_it(
    client, superuser, member, django_capture_on_commit_callbacks
):
    client = signed_in_as(client, superuser)
    assert (
        "Yes, send the e-mail"
        in client.get(users_url("send_password_reset", member.pk)).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(users_url("send_password_reset", member.pk))

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["amina@example.com"]
    link = re.search(r"https?://\S+/password-reset/([^/\s]+)/([^/\s]+)/", message.body)
    assert link, message.body
    uid, token = link.groups()
    assert force_str(urlsafe_base64_decode(uid)) == str(member.pk)
    assert default_token_generator.check_token(member, token)
    entry = ModelLogEntry.objects.for_instance(member).get(action=activity.PASSWORD_RESET_SENT)
    assert entry.user == superuser


def test_a_get_request_only_asks_for_confirmation(client, superuser, member):
    response = signed_in_as(client, superuser).get(users_url("deactivate", member.pk))

    assert "Yes, deactivate" in response.content.decode()
    member.refresh_from_db()
    assert member.is_active


def test_deactivating_blocks_sign_in_ends_sessions_and_is_logged(client, superuser, member):
    from django.test import Client

    members_browser = Client()
    members_browser.force_login(member)
    assert members_browser.session.session_key

    response = signed_in_as(client, superuser).post(users_url("deactivate", member.pk))

    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=members_browser.session.session_key).exists()
    assert not Client().login(username="amina", password=PASSWORD)
    entry = ModelLogEntry.objects.for_instance(member).get(action=activity.DEACTIVATED)
    assert entry.user == superuser


def test_reactivating_restores_sign_in_and_is_logged(client, user_manager, member):
    member.is_active = False
    member.save()

    response = signed_in_as(client, user_manager).post(users_url("reactivate", member.pk))

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_active
    assert client.login(username="amina", password=PASSWORD)
    entry = ModelLogEntry.objects.for_instance(member).get(action=activity.REACTIVATED)
    assert entry.user == user_manager


def test_admins_cannot_deactivate_themselves(client, superuser):
    response = signed_in_as(client, superuser).post(users_url("deactivate", superuser.pk))

    assert response.status_code == 302
    superuser.refresh_from_db()
    assert superuser.is_active


def test_the_edit_screen_offers_the_actions_and_the_activity_log(client, superuser, member):
    html = signed_in_as(client, superuser).get(users_url("edit", member.pk)).content.decode()

    assert users_url("send_password_reset", member.pk) in html
    assert users_url("deactivate", member.pk) in html
    assert users_url("reactivate", member.pk) not in html  # the account is active
    assert users_url("history", member.pk) in html


# The activity log ----------------------------------------------------------------------------


def test_the_activity_log_lists_the_accounts_events_with_their_actor(client, superuser, member):
    activity.log_activity(member, activity.LOGIN)
    activity.log_activity(member, activity.LOGIN_FAILED, by=None)
    activity.log_activity(member, activity.LOCKED_OUT, by=None)
    activity.log_activity(member, activity.DATA_EXPORTED)
    activity.log_activity(member, activity.DEACTIVATED, by=superuser)

    html = signed_in_as(client, superuser).get(users_url("history", member.pk)).content.decode()

    for message in (
        "Signed in",
        "A sign-in failed",
        "Sign-in locked after repeated failures",
        "Downloaded a copy of the personal data",
        "The account was deactivated",
    ):
        assert message in html, message
    assert "root" in html  # who deactivated it


def test_role_changes_appear_in_the_activity_log(client, superuser, member, roles):
    signed_in_as(client, superuser).post(
        users_url("edit", member.pk),
        edit_data(member, groups=[Group.objects.get(name=USER_MANAGERS).pk]),
    )

    html = client.get(users_url("history", member.pk)).content.decode()
    assert "Changed the roles" in html


# User Managers never touch staff or superusers -----------------------------------------------


def test_user_managers_do_not_see_staff_or_superusers_in_the_list(
    client, superuser, user_manager, editor, member
):
    response = signed_in_as(client, user_manager).get(users_url("index"))

    assert listed(response) == {"amina"}
    assert listed(signed_in_as(client, superuser).get(users_url("index"))) >= {
        "amina",
        "editor",
        "manager",
        "root",
    }


@pytest.mark.parametrize(
    "screen", ["edit", "delete", "history", "usage", "send_password_reset", "deactivate"]
)
def test_user_managers_are_refused_staff_and_superuser_accounts(
    client, superuser, user_manager, editor, screen
):
    client = signed_in_as(client, user_manager)
    for account in (superuser, editor):
        for response in (
            client.get(users_url(screen, account.pk)),
            client.post(users_url(screen, account.pk)),
        ):
            # Wagtail's refusal: back to the dashboard with "you do not have permission".
            assert response.status_code == 302, account
            assert response["Location"] == reverse("wagtailadmin_home")

    editor.refresh_from_db()
    superuser.refresh_from_db()
    assert editor.is_active and superuser.is_active


def test_a_user_manager_cannot_make_an_account_superuser_or_give_admin_access(
    client, user_manager, member
):
    admin_group = Group.objects.get(name=HELP_CENTER_EDITORS)
    client = signed_in_as(client, user_manager)
    html = client.get(users_url("edit", member.pk)).content.decode()
    assert f'value="{admin_group.pk}"' not in html

    forged = client.post(
        users_url("edit", member.pk), edit_data(member, is_superuser="on", groups=[admin_group.pk])
    )
    superuser_only = client.post(users_url("edit", member.pk), edit_data(member, is_superuser="on"))

    assert forged.status_code == 200 and "groups" in forged.context["form"].errors
    assert superuser_only.status_code == 302
    member = User.objects.get(pk=member.pk)
    assert not member.is_superuser
    assert not member.groups.exists()
    assert not member.has_perm("wagtailadmin.access_admin")


def test_a_user_manager_can_create_an_ordinary_account_but_not_an_administrator(
    client, user_manager
):
    admin_group = Group.objects.get(name=HELP_CENTER_EDITORS)
    data = {
        "username": "made-by-manager",
        "email": "made@example.com",
        "first_name": "Made",
        "last_name": "ByManager",
        "password1": "Another-Strong-Pass-91",
        "password2": "Another-Strong-Pass-91",
        "is_superuser": "on",
        "user_type": APPLICANT,
        "visibility": VISIBLE_TO_NOBODY,
    }
    client = signed_in_as(client, user_manager)

    refused = client.post(users_url("add"), {**data, "groups": [admin_group.pk]})
    created = client.post(users_url("add"), data)

    assert refused.status_code == 200 and "groups" in refused.context["form"].errors
    assert created.status_code == 302
    account = User.objects.get(username="made-by-manager")
    assert not account.is_superuser and not account.groups.exists()


def test_user_manager_bulk_actions_cannot_reach_staff_or_hand_out_admin_access(
    client, user_manager, editor, member
):
    client = signed_in_as(client, user_manager)
    bulk = reverse(
        "wagtail_bulk_action",
        args=[User._meta.app_label, User._meta.model_name, "set_active_state"],
    )
    client.post(f"{bulk}?id={editor.pk}", {"mark_as_active": "False"})
    assign = reverse(
        "wagtail_bulk_action", args=[User._meta.app_label, User._meta.model_name, "assign_role"]
    )
    admin_group = Group.objects.get(name=HELP_CENTER_EDITORS)
    client.post(f"{assign}?id={member.pk}", {"role": admin_group.pk})

    editor.refresh_from_db()
    assert editor.is_active
    assert not member.groups.exists()


def test_superusers_keep_full_control_over_staff(client, superuser, editor):
    client = signed_in_as(client, superuser)

    assert client.get(users_url("edit", editor.pk)).status_code == 200
    client.post(users_url("deactivate", editor.pk))

    editor.refresh_from_db()
    assert not editor.is_active
