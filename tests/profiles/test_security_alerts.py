"""Members hear about changes to how they sign in, on the channels they chose."""

import pytest
from django.core import mail

from saypro_wagtail.notifications.sms import LocmemSMSBackend
from saypro_wagtail.profiles import activity
from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.profiles.security_alerts import send_security_alert

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_password_change_is_reported_by_email_in_the_members_language(
    client, member, django_capture_on_commit_callbacks
):
    Profile.objects.filter(user=member).update(preferred_language="fr")
    client.force_login(member)
    new = "Brand-New-Secret-81"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/account/security/password/",
            {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        )
    [alert] = mail.outbox
    assert alert.to == [member.email]
    assert "/fr/account/password-reset/" in alert.body


def test_members_who_chose_sms_get_a_text_too(member, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=member).update(
        phone="+27 21 555 0101", notification_preferences={"security_alerts": ["email", "sms"]}
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_security_alert(member, activity.MFA_DISABLED)
    assert len(mail.outbox) == 1
    [(to, body)] = LocmemSMSBackend.outbox
    assert to == "+27 21 555 0101"
    assert "turned off" in body


def test_members_who_switched_alerts_off_get_nothing(member, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=member).update(notification_preferences={"security_alerts": []})
    with django_capture_on_commit_callbacks(execute=True):
        send_security_alert(member, activity.PASSWORD_CHANGED)
    assert mail.outbox == []


def test_ordinary_activity_sends_no_alert(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_security_alert(member, activity.PROFILE_CHANGED)
    assert mail.outbox == []
