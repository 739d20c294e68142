"""Choosing a new password by e-mail: same answer for everyone, a link that works once."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import ModelLogEntry

from saypro_wagtail.notifications.models import Notification
from saypro_wagtail.profiles.activity import PASSWORD_CHANGED, PASSWORD_RESET_SENT

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
RESET = "/en/account/password-reset/"
NEW_PASSWORD = "Another-Secret-77"


def ask_for_link(client, email, capture):
    with capture(execute=True):
        return client.post(RESET, {"email": email})


def reset_link(message):
    return re.search(r"http://testserver(/\w+/account/password-reset/\S+/)", message.body).group(1)


def choose_new_password(client, link, password=NEW_PASSWORD):
    """Follow the e-mailed link (Django swaps the token for a session) and post the form."""
    form_page = client.get(link, follow=True)
    return client.post(
        form_page.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )


def log_in(client, username, password):
    return client.post("/en/account/login/", {"username": username, "password": password})


def test_a_known_address_in_any_case_gets_a_link_and_a_log_entry(
    client, member, django_capture_on_commit_callbacks
):
    response = ask_for_link(client, "AMINA@Example.com", django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/password-reset/sent/"
    [message] = mail.outbox
    assert message.to == [member.email]
    assert "/en/account/password-reset/" in message.body
    assert ModelLogEntry.objects.filter(object_id=str(member.pk), action=PASSWORD_RESET_SENT)


def test_an_unknown_address_gets_the_same_answer_and_no_email(
    client, member, django_capture_on_commit_callbacks
):
    known = ask_for_link(client, "amina@example.com", django_capture_on_commit_callbacks)
    mail.outbox.clear()
    unknown = ask_for_link(client, "nobody@example.com", django_capture_on_commit_callbacks)
    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert mail.outbox == []
    sent_page = client.get(unknown["Location"])
    assert "If an account uses this address" in sent_page.content.decode()


def test_the_link_is_written_in_the_members_language(
    client, db, django_capture_on_commit_callbacks
):
    make_user("claire", preferred_language="fr")
    ask_for_link(client, "claire@example.com", django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert "/fr/account/password-reset/" in reset_link(message)
    assert Notification.objects.get(recipient="claire@example.com").language == "fr"


def test_a_bad_address_is_a_field_error_and_is_kept(client):
    response = client.post(RESET, {"email": "not-an-address"})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'aria-invalid="true"' in content
    assert 'value="not-an-address"' in content


def test_the_link_sets_a_new_password_that_signs_in(
    client, member, django_capture_on_commit_callbacks
):
    ask_for_link(client, "amina@example.com", django_capture_on_commit_callbacks)
    response = choose_new_password(client, reset_link(mail.outbox[0]))
    assert response["Location"] == "/en/account/password-reset/done/"
    assert "sign in" in client.get(response["Location"]).content.decode()
    assert ModelLogEntry.objects.filter(object_id=str(member.pk), action=PASSWORD_CHANGED)
    assert log_in(client, "amina", PASSWORD).status_code == 200
    assert log_in(client, "amina", NEW_PASSWORD).status_code == 302


def test_the_link_works_only_once(client, member, django_capture_on_commit_callbacks):
    ask_for_link(client, "amina@example.com", django_capture_on_commit_callbacks)
    link = reset_link(mail.outbox[0])
    choose_new_password(client, link)
    client.logout()
    second = client.get(link, follow=True)
    assert "This link is not valid" in second.content.decode()


def test_a_weak_new_password_is_a_field_error(client, member, django_capture_on_commit_callbacks):
    ask_for_link(client, "amina@example.com", django_capture_on_commit_callbacks)
    response = choose_new_password(client, reset_link(mail.outbox[0]), password="amina")
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


@override_settings(SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT=3)
def test_a_new_password_lifts_the_lockout(client, member, django_capture_on_commit_callbacks):
    for _attempt in range(3):
        log_in(client, "amina", "wrong")
    assert log_in(client, "amina", PASSWORD).status_code == 200  # locked
    ask_for_link(client, "amina@example.com", django_capture_on_commit_callbacks)
    choose_new_password(client, reset_link(mail.outbox[0]))
    client.logout()
    assert log_in(client, "amina", NEW_PASSWORD).status_code == 302
