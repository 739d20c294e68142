"""After resolution the requester is asked, once, to rate the support through a signed link."""

import pytest
from django.core import mail

from saypro_wagtail.support import lifecycle, links
from saypro_wagtail.support.models import SatisfactionRating

pytestmark = pytest.mark.django_db


def rate_url(support_request):
    return f"/en/support/rate/{links.rating_token(support_request)}/"


@pytest.fixture
def resolved(support_request, agent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.resolve(support_request, "Done", by=agent)
    return support_request


def test_resolving_emails_the_rating_link_once(resolved, agent, django_capture_on_commit_callbacks):
    [email] = mail.outbox
    assert email.to == [resolved.requester.email]
    assert rate_url(resolved) in email.body
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.close(resolved, by=agent)
    assert len(mail.outbox) == 1  # closing a resolved request does not ask again


def test_the_requester_rates_once(client, resolved):
    assert "How satisfied are you" in client.get(rate_url(resolved)).content.decode()
    response = client.post(rate_url(resolved), {"score": "4", "comment": "Quick & kind"})
    assert "Thank you for your rating." in response.content.decode()
    rating = SatisfactionRating.objects.get()
    assert (rating.request, rating.score, rating.comment) == (resolved, 4, "Quick & kind")

    again = client.post(rate_url(resolved), {"score": "1"})
    assert "already been rated" in again.content.decode()
    assert SatisfactionRating.objects.get().score == 4


def test_a_score_out_of_range_is_a_field_error(client, resolved):
    response = client.post(rate_url(resolved), {"score": "9"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not SatisfactionRating.objects.exists()


def test_an_invalid_token_shows_a_clear_404(client, resolved):
    response = client.get("/en/support/rate/not-a-token/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    visitor_token = links.visitor_token(resolved)
    assert client.get(f"/en/support/rate/{visitor_token}/").status_code == 404


def test_an_open_request_cannot_be_rated(client, support_request):
    assert client.get(rate_url(support_request)).status_code == 404


def test_no_second_email_after_a_rating_when_resolved_again(
    client, resolved, agent, django_capture_on_commit_callbacks
):
    client.post(rate_url(resolved), {"score": "5"})
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.reopen(resolved, by=agent, reason="More")
        lifecycle.resolve(resolved, "Done again", by=agent)
    assert len(mail.outbox) == 1


def test_resolving_a_loaded_request_does_not_ask_the_database_for_its_old_status(
    agent, support_request
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from saypro_wagtail.support.models import SupportRequest

    loaded = SupportRequest.objects.get(pk=support_request.pk)
    loaded.status = "resolved"
    with CaptureQueriesContext(connection) as captured:
        loaded.save()
    status_reads = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith('SELECT "saypro_support_supportrequest"."status"')
    ]
    assert status_reads == []
    assert loaded.previous_status == "new"
