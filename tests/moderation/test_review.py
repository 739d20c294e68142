"""Moderator review through the admin's workflow actions: approving publishes, rejecting needs a
reason and a message, the owner is told in their language, and Wagtail's own admin e-mails do
not reach members."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from saypro_wagtail.moderation.choices import (
    APPROVED,
    DECISION_APPROVED,
    DECISION_REJECTED,
    REJECTED,
    REVIEW,
)
from saypro_wagtail.moderation.models import (
    ModerationDecision,
    ModeratorReviewTask,
    RejectionReason,
    ScreeningResult,
)
from saypro_wagtail.notifications.models import Notification
from tests.conftest import verified_login
from tests.profiles.conftest import make_user

from .conftest import make_ad, submit

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def reason(locales):
    return RejectionReason.objects.create(
        code="missing-price",
        title="The price is missing",
        guidance="Give the price, or say that it is negotiable.",
        locale=Locale.get_default(),
    )


def action_url(ad, action):
    task_state = ad.current_workflow_task_state
    return reverse(
        "wagtailsnippets_saypro_moderation_classifiedad:workflow_action",
        args=[ad.pk, action, task_state.pk],
    )


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_a_submitted_ad_waits_in_the_moderators_review_task(submitted_ad):
    assert submitted_ad.moderation_status == REVIEW
    assert isinstance(submitted_ad.current_workflow_task, ModeratorReviewTask)


def test_moderator_approves_the_ad_goes_live_and_the_owner_is_told_once(
    client, submitted_ad, moderator, advertiser, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(submitted_ad, "approve"))
    assert response.status_code == 302
    submitted_ad.refresh_from_db()
    assert submitted_ad.live
    assert submitted_ad.moderation_status == APPROVED
    decision = ModerationDecision.objects.get()
    assert decision.outcome == DECISION_APPROVED
    assert decision.moderator == moderator
    assert decision.submitted_at is not None
    assert decision.revision_id is not None
    owner_mails = mails_to(advertiser)
    assert len(owner_mails) == 1
    assert "Bicycle for sale" in owner_mails[0].subject
    assert "published" in owner_mails[0].subject


def test_approval_e_mail_is_rendered_in_the_owners_language(
    client, submitted_ad, moderator, advertiser, django_capture_on_commit_callbacks
):
    advertiser.saypro_profile.preferred_language = "fr"
    advertiser.saypro_profile.save()
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(submitted_ad, "approve"))
    notification = Notification.objects.get(template="saypro_moderation/email/ad_approved")
    assert notification.language == "fr"
    (message,) = mails_to(advertiser)
    html = message.alternatives[0][0]
    assert 'lang="fr"' in html


def test_rejecting_without_a_reason_or_message_shows_errors_and_changes_nothing(
    client, submitted_ad, moderator, reason, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(submitted_ad, "reject"), {"comment": " "}, **XHR)
    assert response.status_code == 200
    html = response.json()["html"]
    assert "This field is required." in html
    assert "Message to the owner" in html
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REVIEW
    assert isinstance(submitted_ad.current_workflow_task, ModeratorReviewTask)
    assert not ModerationDecision.objects.exists()
    assert mail.outbox == []


def test_the_rejection_form_offers_the_active_reasons(client, submitted_ad, moderator, reason):
    RejectionReason.objects.create(
        code="old", title="An old reason", guidance="-", active=False, locale=reason.locale
    )
    verified_login(client, moderator)
    response = client.get(action_url(submitted_ad, "reject"), **XHR)
    html = response.json()["html"]
    assert "The price is missing" in html
    assert "An old reason" not in html


def test_the_rejection_form_offers_the_reasons_in_the_moderators_admin_language(
    client, submitted_ad, moderator, reason
):
    from wagtail.users.models import UserProfile

    french_reason = reason.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_reason.title = "Le prix manque"
    french_reason.save()
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "fr"
    profile.save()
    verified_login(client, moderator)
    html = client.get(action_url(submitted_ad, "reject"), **XHR).json()["html"]
    assert "Le prix manque" in html
    assert "The price is missing" not in html


def test_without_any_reasons_the_form_says_where_to_add_them(client, submitted_ad, moderator):
    verified_login(client, moderator)
    html = client.get(action_url(submitted_ad, "reject"), **XHR).json()["html"]
    assert "There are no rejection reasons yet" in html


def test_moderator_rejects_with_reason_and_message_and_the_owner_gets_guidance(
    client, submitted_ad, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url(submitted_ad, "reject"),
            {"reason": reason.pk, "comment": "Please add the price in rand."},
            **XHR,
        )
    assert response.json()["step"] == "success"
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REJECTED
    assert not submitted_ad.live
    decision = ModerationDecision.objects.get()
    assert decision.outcome == DECISION_REJECTED
    assert decision.reason == reason
    assert decision.reason_code == "missing-price"
    assert decision.message == "Please add the price in rand."
    (message,) = mails_to(advertiser)
    assert "needs changes" in message.subject
    assert "The price is missing" in message.body
    assert "Give the price, or say that it is negotiable." in message.body
    assert "Please add the price in rand." in message.body
    with translation.override("en"):
        edit_path = reverse("saypro_moderation:ad_edit", args=[submitted_ad.pk])
    assert f"http://testserver{edit_path}" in message.body
    # Wagtail's task comment keeps the message too.
    assert submitted_ad.current_workflow_state.current_task_state.comment == (
        "Please add the price in rand."
    )


def test_the_rejection_e_mail_uses_the_reasons_translation_in_the_owners_language(
    client, submitted_ad, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    french = Locale.objects.get(language_code="fr")
    french_reason = reason.copy_for_translation(french)
    french_reason.title = "Le prix manque"
    french_reason.guidance = "Indiquez le prix."
    french_reason.save()
    advertiser.saypro_profile.preferred_language = "fr"
    advertiser.saypro_profile.save()
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            action_url(submitted_ad, "reject"),
            {"reason": reason.pk, "comment": "Merci d'ajouter le prix."},
        )
    (message,) = mails_to(advertiser)
    assert "Le prix manque" in message.body
    assert "Indiquez le prix." in message.body
    assert "Merci d'ajouter le prix." in message.body
    with translation.override("fr"):
        edit_path = reverse("saypro_moderation:ad_edit", args=[submitted_ad.pk])
    assert f"http://testserver{edit_path}" in message.body
    assert 'lang="fr"' in message.alternatives[0][0]


def test_wagtails_own_rejection_and_approval_e_mails_do_not_reach_the_member(
    client, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    rejected = submit(make_ad(owner=advertiser), advertiser, capture)
    verified_login(client, moderator)
    mail.outbox.clear()
    with capture(execute=True):
        client.post(action_url(rejected, "reject"), {"reason": reason.pk, "comment": "Fix it."})
    (rejection,) = mails_to(advertiser)
    assert "needs changes" in rejection.subject
    assert "/admin/" not in rejection.body

    approved = submit(make_ad(owner=advertiser, title="Table"), advertiser, capture)
    mail.outbox.clear()
    with capture(execute=True):
        client.post(action_url(approved, "approve"))
    (approval,) = mails_to(advertiser)
    assert "published" in approval.subject
    assert "/admin/" not in approval.body


def test_the_edit_screens_rejection_modal_returns_data_the_edit_form_can_post_back(
    client, submitted_ad, moderator, reason
):
    """On the edit screen Wagtail collects the modal's data as JSON: the reason is its pk."""
    verified_login(client, moderator)
    url = reverse(
        "wagtailsnippets_saypro_moderation_classifiedad:collect_workflow_action_data",
        args=[submitted_ad.pk, "reject", submitted_ad.current_workflow_task_state.pk],
    )
    response = client.post(url, {"reason": reason.pk, "comment": "Add a price."}, **XHR)
    assert response.json()["cleaned_data"] == {"reason": reason.pk, "comment": "Add a price."}


def test_rejecting_from_the_edit_screen_records_the_decision(
    client, submitted_ad, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    import json

    verified_login(client, moderator)
    form = {
        "title": submitted_ad.title,
        "category": submitted_ad.category,
        "language": "en",
        "description": submitted_ad.description,
        "price": "1200.00",
        "location": submitted_ad.location,
        "contact_email": submitted_ad.contact_email,
        "contact_phone": "",
        "expires_at": "",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
        "action-workflow-action": "true",
        "workflow-action-name": "reject",
        "workflow-action-extra-data": json.dumps({"reason": reason.pk, "comment": "Add a price."}),
    }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailsnippets_saypro_moderation_classifiedad:edit", args=[submitted_ad.pk]),
            form,
        )
    assert response.status_code == 302
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REJECTED
    assert ModerationDecision.objects.get().reason_code == "missing-price"
    assert len(mails_to(advertiser)) == 1


def test_approving_with_a_comment_sends_the_comment_to_the_owner(
    client, submitted_ad, moderator, advertiser, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(submitted_ad, "approve"), {"comment": "Nice photos!"}, **XHR)
    assert ModerationDecision.objects.get().message == "Nice photos!"
    (message,) = mails_to(advertiser)
    assert "Nice photos!" in message.body


def test_wagtails_decision_e_mails_still_go_out_for_content_that_is_not_moderated(advertiser):
    from types import SimpleNamespace

    from saypro_wagtail.moderation.decision_emails import (
        approval_email_notifier,
        rejection_email_notifier,
    )

    state = SimpleNamespace(content_object=object(), requested_by=advertiser)
    assert approval_email_notifier.get_recipient_users(state) == {advertiser}
    assert rejection_email_notifier.get_recipient_users(state) == {advertiser}


def test_an_edited_json_rejection_without_a_reason_is_refused(
    submitted_ad, moderator, django_capture_on_commit_callbacks
):
    """The edit screen posts the modal's data back as JSON; it is checked again."""
    from django.core.exceptions import PermissionDenied

    task = submitted_ad.current_workflow_task
    with pytest.raises(PermissionDenied):
        task.on_action(
            submitted_ad.current_workflow_task_state, moderator, "reject", comment="No reason"
        )
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REVIEW
    assert not ModerationDecision.objects.exists()


def test_resubmitting_a_rejected_ad_starts_again_from_screening(
    client, submitted_ad, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            action_url(submitted_ad, "reject"), {"reason": reason.pk, "comment": "Add a price."}
        )
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REJECTED
    screenings_before = ScreeningResult.objects.count()
    submitted_ad.price = "900.00"
    submitted_ad.save_revision(user=advertiser, log_action=False)
    submit(submitted_ad, advertiser, django_capture_on_commit_callbacks)
    assert ScreeningResult.objects.count() == screenings_before + 1
    assert submitted_ad.moderation_status == REVIEW
    assert isinstance(submitted_ad.current_workflow_task, ModeratorReviewTask)


@pytest.mark.parametrize("who", ["support_agent", "member", "other_moderator_group"])
def test_people_who_are_not_moderators_cannot_approve_or_reject(
    client, submitted_ad, reason, who, django_capture_on_commit_callbacks
):
    from saypro_wagtail.roles import SUPPORT_AGENTS
    from tests.profiles.conftest import in_group

    if who == "support_agent":
        user = in_group("agent", SUPPORT_AGENTS)
    elif who == "member":
        user = make_user("member")
    else:
        from saypro_wagtail.roles import HELP_CENTER_PUBLISHERS

        user = in_group("publisher", HELP_CENTER_PUBLISHERS)
    verified_login(client, user)
    with django_capture_on_commit_callbacks(execute=True):
        approve = client.post(action_url(submitted_ad, "approve"))
        reject = client.post(
            action_url(submitted_ad, "reject"), {"reason": reason.pk, "comment": "No."}
        )
    assert approve.status_code in (302, 403)
    assert reject.status_code in (302, 403)
    if approve.status_code == 302:
        assert "/admin/login/" in approve.url or approve.url in ("/", "/admin/")
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REVIEW
    assert not submitted_ad.live
    assert not ModerationDecision.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client, submitted_ad):
    response = client.post(action_url(submitted_ad, "approve"))
    assert response.status_code == 302
    assert "login" in response.url
    submitted_ad.refresh_from_db()
    assert submitted_ad.moderation_status == REVIEW


def test_a_superuser_may_approve(client, submitted_ad, django_capture_on_commit_callbacks):
    superuser = make_user("root")
    superuser.is_superuser = True
    superuser.save()
    verified_login(client, superuser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(submitted_ad, "approve"))
    submitted_ad.refresh_from_db()
    assert submitted_ad.live
    assert ModerationDecision.objects.get().moderator == superuser


def test_the_resubmission_can_be_approved_by_a_second_decision(
    client, submitted_ad, moderator, advertiser, reason, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    verified_login(client, moderator)
    with capture(execute=True):
        client.post(action_url(submitted_ad, "reject"), {"reason": reason.pk, "comment": "Fix."})
    submitted_ad.refresh_from_db()
    submit(submitted_ad, advertiser, capture)
    with capture(execute=True):
        client.post(action_url(submitted_ad, "approve"))
    submitted_ad.refresh_from_db()
    assert submitted_ad.live
    assert list(ModerationDecision.objects.values_list("outcome", flat=True)) == [
        DECISION_APPROVED,
        DECISION_REJECTED,
    ]
