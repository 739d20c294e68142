"""The moderation lifecycle: each action moves the ad through Wagtail's workflow and publishing,
and what the public can see follows."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry, TaskState, WorkflowState

from saypro_wagtail.moderation import choices, lifecycle
from saypro_wagtail.moderation.models import ClassifiedAd
from tests.moderation.conftest import make_ad, publish


def current_task(ad):
    return ad.current_workflow_state.current_task_state.task.specific


def pass_screening(ad):
    """What the screening runner does at the end: approve the screening task."""
    ad.current_workflow_state.current_task_state.approve(user=None)
    ad.refresh_from_db()


def review(ad, moderator, action, **data):
    task_state = ad.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, action, **data)
    ad.refresh_from_db()


def public_titles():
    return set(ClassifiedAd.objects.public().values_list("title", flat=True))


def test_submitting_starts_the_workflow_at_screening(roles, ad, advertiser):
    lifecycle.submit(ad, advertiser)

    ad.refresh_from_db()
    assert ad.moderation_status == choices.SCREENING
    assert ad.submitted_at is not None
    assert type(current_task(ad)).__name__ == "ScreeningTask"
    assert ModelLogEntry.objects.for_instance(ad).filter(action=lifecycle.SUBMITTED_ACTION).exists()


def test_an_ad_in_moderation_cannot_be_submitted_again(roles, ad, advertiser):
    lifecycle.submit(ad, advertiser)

    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.submit(ad, advertiser)
    assert WorkflowState.objects.for_instance(ad).count() == 1


def test_without_the_workflow_submitting_is_refused_and_the_draft_kept(ad, advertiser):
    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.submit(ad, advertiser)

    ad.refresh_from_db()
    assert ad.moderation_status == choices.DRAFT
    assert ad.latest_revision is not None


def test_approval_publishes_with_the_default_lifetime(roles, ad, advertiser, moderator):
    lifecycle.submit(ad, advertiser)
    pass_screening(ad)
    assert type(current_task(ad)).__name__ == "ModeratorReviewTask"

    review(ad, moderator, "approve")

    assert ad.live and ad.moderation_status == choices.APPROVED
    assert ad.expires_at - timezone.now() > timedelta(days=29)
    assert ad.title in public_titles()


def test_a_rejected_ad_resubmitted_goes_through_screening_again(roles, ad, advertiser, moderator):
    lifecycle.submit(ad, advertiser)
    pass_screening(ad)
    # The rejection as Wagtail records it (the review form's own checks are tested elsewhere).
    ad.current_workflow_state.current_task_state.reject(user=moderator, comment="Add a photo")
    ad.refresh_from_db()
    assert ad.moderation_status == choices.REJECTED
    assert not ad.live

    ad.description = "Now with a clear description and a photo."
    ad.save()
    ad.save_revision(user=advertiser)
    lifecycle.submit(ad, advertiser)

    ad.refresh_from_db()
    assert ad.moderation_status == choices.SCREENING
    assert type(current_task(ad)).__name__ == "ScreeningTask"
    states = WorkflowState.objects.for_instance(ad)
    assert set(states.values_list("status", flat=True)) == {"cancelled", "in_progress"}


def test_an_edit_of_a_live_ad_waits_for_review_while_the_approved_version_stays_public(
    roles, live_ad, advertiser, moderator
):
    edited = live_ad.latest_revision.as_object()
    edited.title = "Bicycle for sale – price lowered"
    edited.save_revision(user=advertiser)
    lifecycle.submit(live_ad, advertiser)

    live_ad.refresh_from_db()
    assert live_ad.live and live_ad.title == "Bicycle for sale"
    assert public_titles() == {"Bicycle for sale"}

    pass_screening(live_ad)
    review(live_ad, moderator, "approve")
    assert public_titles() == {"Bicycle for sale – price lowered"}


def test_withdrawing_takes_the_ad_off_the_listing_and_out_of_moderation(roles, live_ad, advertiser):
    lifecycle.withdraw(live_ad, advertiser)

    live_ad.refresh_from_db()
    assert not live_ad.live and live_ad.moderation_status == choices.WITHDRAWN
    assert public_titles() == set()
    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.withdraw(live_ad, advertiser)


def test_withdrawing_during_review_cancels_the_workflow(roles, ad, advertiser):
    lifecycle.submit(ad, advertiser)
    pass_screening(ad)

    lifecycle.withdraw(ad, advertiser)

    assert not TaskState.objects.filter(
        workflow_state__object_id=str(ad.pk), status=TaskState.STATUS_IN_PROGRESS
    ).exists()
    assert ad.current_workflow_state is None


def test_expired_ads_are_not_public_even_before_the_expiry_job_runs(live_ad):
    ClassifiedAd.objects.filter(pk=live_ad.pk).update(expires_at=timezone.now())

    assert public_titles() == set()


def test_expiring_unpublishes_and_says_so(live_ad):
    lifecycle.expire(live_ad)

    live_ad.refresh_from_db()
    assert not live_ad.live and live_ad.moderation_status == choices.EXPIRED
    assert ModelLogEntry.objects.for_instance(live_ad).filter(action=lifecycle.EXPIRED_ACTION)


def test_hidden_after_reports_then_restored_when_the_reports_are_dismissed(live_ad, moderator):
    lifecycle.hide_after_reports(live_ad)
    live_ad.refresh_from_db()
    assert live_ad.moderation_status == choices.HIDDEN and not live_ad.live
    assert public_titles() == set()

    lifecycle.restore(live_ad, moderator)

    live_ad.refresh_from_db()
    assert live_ad.moderation_status == choices.APPROVED and live_ad.live
    assert public_titles() == {live_ad.title}


def test_a_hidden_ad_that_expired_meanwhile_is_not_restored(live_ad, moderator):
    lifecycle.hide_after_reports(live_ad)
    ClassifiedAd.objects.filter(pk=live_ad.pk).update(expires_at=timezone.now())
    live_ad.refresh_from_db()

    lifecycle.restore(live_ad, moderator)

    live_ad.refresh_from_db()
    assert live_ad.moderation_status == choices.EXPIRED and not live_ad.live


def test_removal_is_final_and_logged_with_the_note(live_ad, moderator):
    lifecycle.remove(live_ad, moderator, note="Counterfeit goods")

    live_ad.refresh_from_db()
    assert live_ad.moderation_status == choices.REMOVED and not live_ad.live
    entry = ModelLogEntry.objects.for_instance(live_ad).get(action=lifecycle.REMOVED_ACTION)
    assert entry.user == moderator and entry.data["note"] == "Counterfeit goods"
    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.renew(live_ad, live_ad.owner)


def test_deleting_an_ad_in_review_cancels_its_workflow(roles, ad, advertiser):
    lifecycle.submit(ad, advertiser)
    pk = ad.pk

    lifecycle.delete(ad, advertiser)

    assert not ClassifiedAd.objects.filter(pk=pk).exists()
    assert not WorkflowState.objects.filter(object_id=str(pk), status="in_progress").exists()


def test_renewing_an_approved_ad_extends_its_expiry(live_ad, advertiser):
    before = live_ad.expires_at

    lifecycle.renew(live_ad, advertiser)

    live_ad.refresh_from_db()
    assert live_ad.expires_at - before >= timedelta(days=29)
    # A later publish copies the latest revision: it carries the new date.
    assert live_ad.latest_revision.as_object().expires_at == live_ad.expires_at


def test_a_draft_cannot_be_renewed(ad, advertiser):
    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.renew(ad, advertiser)


def test_public_queryset_shows_only_live_unexpired_ads(advertiser):
    make_ad(owner=advertiser, title="Draft ad")
    publish(make_ad(owner=advertiser, title="Live ad"))
    gone = publish(make_ad(owner=advertiser, title="Expired ad"))
    ClassifiedAd.objects.filter(pk=gone.pk).update(expires_at=timezone.now() - timedelta(days=1))

    assert public_titles() == {"Live ad"}


def test_approval_keeps_what_happened_since_the_revision_was_saved(
    roles, ad, advertiser, moderator
):
    lifecycle.submit(ad, advertiser)
    submitted_at = ad.submitted_at
    lifecycle.set_status(ad, ad.moderation_status, screening_flagged=True, open_reports=1)
    pass_screening(ad)

    review(ad, moderator, "approve")

    assert ad.submitted_at == submitted_at
    assert ad.screening_flagged and ad.open_reports == 1
    assert ad.moderation_status == choices.APPROVED
