""" "Was this helpful?" — a plain form POST that redirects, or JSON for the enhanced page."""

from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.ratelimit import allow, client_address

from ..forms import FeedbackForm
from ..ratings import record_vote, vote_of
from ..visitors import remember_visitor, voter_for

THANKS = "thanks"
COMMENT_THANKS = "comment-thanks"
TOO_MANY = "too-many"
INVALID = "invalid"


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def feedback_view(request, page):
    if request.method != "POST":
        return HttpResponseRedirect(page.get_url(request) + "#feedback")
    return _post_feedback(request, page)


def _post_feedback(request, page):
    form = FeedbackForm(request.POST)
    voter, new_key = voter_for(request, create=True)
    limit, period = saypro_settings.HELPCENTER_RATING_LIMIT
    client = voter.visitor_key or f"user:{getattr(voter.user, 'pk', '')}"
    ip = client_address(request)

    if form.is_bot():
        # Look like a success so that bots learn nothing; record nothing.
        outcome, status, rating = THANKS, 200, None
    elif not (
        allow("helpcenter-vote", client, limit, period)
        and allow("helpcenter-vote-ip", ip, limit * 10, period)
    ):
        outcome, status, rating = TOO_MANY, 429, None
    elif not form.is_valid():
        outcome, status, rating = INVALID, 400, None
    else:
        helpful = {"yes": True, "no": False}.get(form.cleaned_data["helpful"])
        comment = form.cleaned_data["comment"].strip() or None
        existing = vote_of(page, voter) if helpful is None else None
        if helpful is None and existing is None:
            outcome, status, rating = INVALID, 400, None
        else:
            helpful = existing.helpful if helpful is None else helpful
            rating = record_vote(page, voter, helpful, comment)
            outcome, status = (COMMENT_THANKS if comment else THANKS), 200

    if wants_json(request):
        response = JsonResponse(
            {
                "outcome": outcome,
                "message": feedback_message(outcome, form),
                "helpful": None if rating is None else rating.helpful,
                "ask_comment": rating is not None and not rating.helpful and not rating.comment,
            },
            status=status,
        )
    else:
        query = urlencode({"feedback": outcome})
        response = HttpResponseRedirect(f"{page.get_url(request)}?{query}#feedback")
    if new_key and rating is not None:
        remember_visitor(response, new_key)
    return response


def feedback_message(outcome: str, form=None) -> str:
    if outcome == TOO_MANY:
        return _("You have sent a lot of feedback. Please try again later.")
    if outcome == INVALID:
        return _("Choose Yes or No, or write a comment.")
    if outcome == COMMENT_THANKS:
        return _("Thank you. Your comment helps us improve this article.")
    return _("Thank you for your feedback.")
