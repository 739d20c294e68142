"""Screening as the workflow's first step: a submission is screened, what was found is recorded,
and it moves on to moderator review, flagged or not. Also the sweep that catches screenings the
broker never delivered, and a second moderated model screened the same way."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry, TaskState

from saypro_wagtail.moderation import lifecycle
from saypro_wagtail.moderation.choices import REVIEW, SCREENING
from saypro_wagtail.moderation.models import (
    BannedPhrase,
    ModeratorReviewTask,
    ScreeningResult,
    ScreeningTask,
)
from saypro_wagtail.moderation.screening import latest_result, runner
from saypro_wagtail.moderation.workflow_setup import moderation_workflow
from saypro_wagtail.roles import AD_MODERATORS
from tests.celery_conf import celery_broker
from tests.moderation.conftest import make_ad, publish, submit
from tests.testapp.models import CommunityNotice

pytestmark = pytest.mark.django_db


def results_of(obj):
    return ScreeningResult.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    )


def screening_state(obj):
    return TaskState.objects.for_instance(obj).get(
        task__content_type=ContentType.objects.get_for_model(ScreeningTask)
    )


def screened_log(obj):
    return ModelLogEntry.objects.for_instance(obj).filter(action=lifecycle.SCREENED_ACTION)


def test_a_clean_submission_goes_to_review_unflagged(submitted_ad):
    ad = submitted_ad
    assert ad.moderation_status == REVIEW
    assert ad.screening_flagged is False
    assert isinstance(ad.current_workflow_task.specific, ModeratorReviewTask)
    state = screening_state(ad)
    assert state.status == TaskState.STATUS_APPROVED
    assert "no problems" in state.comment
    [result] = results_of(ad)
    assert result.flagged is False
    assert not result.hits.exists()
    assert result.task_state_id == state.pk
    assert result.revision_id == state.revision_id
    [entry] = screened_log(ad)
    assert entry.data["rules"] == [] and entry.data["flagged"] is False


def test_a_flagged_submission_goes_to_review_with_its_reasons(
    roles, advertiser, django_capture_on_commit_callbacks
):
    BannedPhrase.objects.create(phrase="easy money")
    ad = make_ad(
        owner=advertiser,
        description="EASY MONEY!!!!!!!!!! Visit www.a.example www.b.example www.c.example",
    )
    ad = submit(ad, advertiser, django_capture_on_commit_callbacks)
    assert ad.moderation_status == REVIEW
    assert ad.screening_flagged is True
    assert isinstance(ad.current_workflow_task.specific, ModeratorReviewTask)
    result = latest_result(ad)
    assert result.flagged is True
    assert {hit.rule for hit in result.hits.all()} == {"banned_phrase", "links", "repetition"}
    descriptions = [hit.description for hit in result.hits.all()]
    assert "The field “description” contains the banned phrase “easy money”." in descriptions
    [entry] = screened_log(ad)
    assert entry.data["rules"] == ["banned_phrase", "links", "repetition"]
    assert "banned_phrase" in screening_state(ad).comment


def test_the_pending_edit_of_a_live_ad_is_screened_not_its_live_text(
    roles, advertiser, django_capture_on_commit_callbacks
):
    BannedPhrase.objects.create(phrase="easy money")
    ad = publish(make_ad(owner=advertiser))
    ad.description = "Now with easy money for everyone."
    ad.save_revision(user=advertiser, log_action=False)
    ad = submit(ad, advertiser, django_capture_on_commit_callbacks)
    assert ad.live is True
    assert "easy money" not in ad.description  # the live row keeps the approved text
    assert ad.screening_flagged is True
    assert latest_result(ad).hits.get().detail["phrase"] == "easy money"
    assert latest_result(ad).revision_id == ad.latest_revision_id


def test_screening_twice_does_nothing_the_second_time(submitted_ad):
    state = screening_state(submitted_ad)
    assert runner.screen_content(state.pk) is None
    assert results_of(submitted_ad).count() == 1
    assert screened_log(submitted_ad).count() == 1
    assert isinstance(submitted_ad.current_workflow_task.specific, ModeratorReviewTask)


def test_an_unknown_task_state_is_ignored(db):
    assert runner.screen_content(999999) is None


def test_a_rule_that_breaks_flags_the_submission_for_a_person_to_check(
    roles, advertiser, django_capture_on_commit_callbacks
):
    with mock.patch(
        "saypro_wagtail.moderation.screening.rules.LinkRule.check", side_effect=RuntimeError
    ):
        ad = submit(make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks)
    assert ad.moderation_status == REVIEW
    assert ad.screening_flagged is True
    hit = latest_result(ad).hits.get()
    assert hit.rule == "rule_failed"
    assert "could not run" in hit.description


def submit_with_broker_down(ad, user, capture):
    with celery_broker("redis://127.0.0.1:1/0"):
        ad = submit(ad, user, capture)
    return ad


def test_a_broker_outage_never_fails_the_submission_and_the_sweep_screens_it_later(
    roles, advertiser, django_capture_on_commit_callbacks
):
    ad = submit_with_broker_down(
        make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks
    )
    assert ad.moderation_status == SCREENING
    state = screening_state(ad)
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert not results_of(ad).exists()

    assert runner.sweep_stale_screenings() == 0  # too recent: its task may still be coming

    TaskState.objects.filter(pk=state.pk).update(
        started_at=timezone.now() - runner.STALE_AFTER - timedelta(seconds=1)
    )
    assert runner.sweep_stale_screenings() == 1
    ad.refresh_from_db()
    assert ad.moderation_status == REVIEW
    assert results_of(ad).count() == 1
    assert runner.sweep_stale_screenings() == 0


def test_a_withdrawn_submission_is_not_screened(
    roles, advertiser, django_capture_on_commit_callbacks
):
    ad = submit_with_broker_down(
        make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks
    )
    state = screening_state(ad)
    lifecycle.withdraw(ad, advertiser)
    assert runner.screen_content(state.pk) is None
    ad.refresh_from_db()
    assert ad.moderation_status == "withdrawn"
    assert not results_of(ad).exists()


def test_the_screening_task_is_not_actionable_by_people(submitted_ad, moderator):
    task = ScreeningTask.objects.get()
    assert task.get_actions(submitted_ad, moderator) == []
    assert not task.get_task_states_user_can_moderate(moderator).exists()


# Another moderated model


@pytest.fixture
def notice_workflow(roles):
    moderation_workflow(Group.objects.get(name=AD_MODERATORS), False, model=CommunityNotice)


def make_notice(author, **fields):
    notice = CommunityNotice.objects.create(
        author=author,
        **{"headline": "Street party", "body": "Saturday at noon.", "language": "en", **fields},
    )
    notice.save_revision(user=author, log_action=False)
    return notice


def test_a_community_notice_is_screened_like_an_ad(
    notice_workflow, advertiser, django_capture_on_commit_callbacks
):
    BannedPhrase.objects.create(phrase="imali esheshayo", language="zu")
    notice = make_notice(advertiser, body="Thola imali ESHESHAYO!", language="zu")
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.submit(notice, advertiser)
    notice.refresh_from_db()
    assert notice.moderation_status == REVIEW
    assert notice.screening_flagged is True
    assert isinstance(notice.current_workflow_task.specific, ModeratorReviewTask)
    hit = latest_result(notice).hits.get()
    assert hit.rule == "banned_phrase" and hit.detail["field"] == "body"
    assert "imali esheshayo" in hit.description


def test_duplicates_are_looked_for_among_the_same_model_only(
    notice_workflow, advertiser, django_capture_on_commit_callbacks
):
    make_ad(owner=advertiser, title="Street party", description="Saturday at noon.")
    first = make_notice(advertiser)
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.submit(first, advertiser)
    second = make_notice(advertiser)
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.submit(second, advertiser)
    assert not latest_result(first).flagged
    hit = latest_result(second).hits.get()
    assert hit.rule == "duplicate" and hit.detail["other_id"] == str(first.pk)
