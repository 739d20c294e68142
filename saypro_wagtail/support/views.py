"""Front-end views of the saypro_support app: the contact form (a page), the requester's
requests and conversation, file downloads, the satisfaction rating and the deflection beacon.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from saypro_wagtail import ratelimit

from . import conversation, intake, lifecycle, links
from .choices import CLOSED, RESOLVED
from .forms import ContactSupportForm, RatingForm, ReopenForm, ReplyForm
from .models import Deflection, SatisfactionRating, SupportRequest

SENT_SESSION_KEY = "saypro_support_sent"


def client_key(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{ratelimit.client_address(request)}"


def serve_contact_page(page, request):
    """GET shows the form; a valid POST creates the request and redirects to the thank-you state."""
    member = request.user.is_authenticated
    if request.method == "POST":
        form = ContactSupportForm(request.POST, request.FILES, member=member)
        if form.is_valid():
            if ratelimit.allow("support_contact", client_key(request), 10, 3600):
                support_request = intake.create_request(
                    form.cleaned_data, user=request.user, language=page.locale.language_code
                )
                request.session[SENT_SESSION_KEY] = {
                    "reference": support_request.reference,
                    "visitor": not member,
                }
                return redirect(f"{page.url}?sent=1")
            form.add_error(
                None, _("You have sent many requests in a short time. Please try again later.")
            )
    else:
        article = intake.live_article(_int_or_none(request.GET.get("article")))
        form = ContactSupportForm(member=member, initial={"article": article and article.pk})
    sent = request.session.get(SENT_SESSION_KEY) if request.GET.get("sent") == "1" else None
    context = page.get_context(request)
    context.update(form=form, sent=sent, member=member, suggestions_url=_suggestions_url())
    if form.is_bound:
        context["related_article"] = intake.live_article(form.cleaned_data.get("article"))
    else:
        context["related_article"] = intake.live_article(form.initial.get("article"))
    return TemplateResponse(request, page.get_template(request), context)


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _suggestions_url():
    if not apps.is_installed("saypro_wagtail.helpcenter"):
        return ""
    try:
        return reverse("saypro_helpcenter:suggestions")
    except NoReverseMatch:  # the site did not mount the help center's URLs
        return ""


@require_POST
@csrf_exempt  # a counter only; sent with navigator.sendBeacon, which cannot add a CSRF header
def deflection(request):
    """A visitor opened a help article suggested by the contact form."""
    if ratelimit.allow("support_deflection", client_key(request), 30, 3600):
        Deflection.record(translation.get_language() or "")
    return HttpResponse(status=204)


@login_required
def request_list(request):
    support_requests = conversation.requester_requests(request.user)
    return TemplateResponse(
        request, "saypro_support/request_list.html", {"support_requests": support_requests}
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def request_detail(request, reference):
    support_request = get_object_or_404(
        SupportRequest.objects.select_related("related_article"),
        reference=reference,
        requester=request.user,
    )
    return _conversation_page(request, support_request, token=None)


@never_cache
@require_http_methods(["GET", "POST"])
def visitor_request(request, token):
    check = links.check_visitor_token(
        token, SupportRequest.objects.select_related("requester", "related_article")
    )
    if check.expired:
        return _expired_link(request, check.support_request, token)
    if check.support_request is None:
        return _invalid_link(request)
    return _conversation_page(request, check.support_request, token=token)


def _invalid_link(request):
    return TemplateResponse(request, "saypro_support/invalid_link.html", status=404)


def _expired_link(request, support_request, token, *, can_resend=True):
    """Say the link has expired; a POST from this page e-mails a new one to the request."""
    context = {
        "can_resend": can_resend,
        "resend_url": reverse("saypro_support:visitor_request", args=[token]),
        "sent": False,
    }
    if can_resend and request.method == "POST" and request.POST.get("action") == "new_link":
        # The same answer when the limit is reached: the mailbox is not flooded either way.
        if ratelimit.allow("support_new_link", str(support_request.pk), 3, 3600):
            links.send_new_visitor_link(support_request)
        context["sent"] = True
        return TemplateResponse(request, "saypro_support/link_expired.html", context)
    return TemplateResponse(request, "saypro_support/link_expired.html", context, status=410)


def _conversation_page(request, support_request, *, token):
    here = (
        reverse("saypro_support:visitor_request", args=[token])
        if token
        else reverse("saypro_support:request_detail", args=[support_request.reference])
    )
    user = request.user if request.user.is_authenticated else None
    may_reopen = user is not None and lifecycle.requester_may_reopen(support_request, user)
    reply_form = ReplyForm(prefix="reply")
    reopen_form = ReopenForm(prefix="reopen")
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "reply" and support_request.is_open:
            reply_form = ReplyForm(request.POST, request.FILES, prefix="reply")
            if reply_form.is_valid():
                conversation.requester_reply(
                    support_request,
                    reply_form.cleaned_data["body"],
                    by=user,
                    attachments=reply_form.cleaned_data["attachments"],
                )
                messages.success(request, _("Your message was sent."))
                return redirect(here)
        elif action == "reopen" and may_reopen:
            reopen_form = ReopenForm(request.POST, prefix="reopen")
            if reopen_form.is_valid():
                try:
                    lifecycle.reopen(
                        support_request, by=user, reason=reopen_form.cleaned_data["reason"]
                    )
                except lifecycle.ActionRefused as refused:
                    reopen_form.add_error(None, refused.message)
                else:
                    messages.success(request, _("The request is open again. We will reply soon."))
                    return redirect(here)
        else:
            return HttpResponse(status=400)
    conversation.mark_read(support_request, viewer_is_staff=False)
    context = {
        "support_request": support_request,
        "conversation": conversation.conversation(support_request),
        "request_files": conversation.request_attachments(support_request),
        "reply_form": reply_form if support_request.is_open else None,
        "reopen_form": reopen_form if may_reopen else None,
        "token": token,
        "visitor": token is not None,
    }
    return TemplateResponse(request, "saypro_support/request_detail.html", context)


def _download(support_request, attachment_pk):
    attachment = get_object_or_404(
        conversation.visible_attachments(support_request), pk=attachment_pk
    )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def member_attachment(request, reference, pk):
    support_request = get_object_or_404(SupportRequest, reference=reference, requester=request.user)
    return _download(support_request, pk)


def visitor_attachment(request, token, pk):
    check = links.check_visitor_token(token, SupportRequest.objects.all())
    if check.expired:
        return _expired_link(request, check.support_request, token)
    if check.support_request is None:
        return _invalid_link(request)
    return _download(check.support_request, pk)


@never_cache
@require_http_methods(["GET", "POST"])
def rate(request, token):
    """Rate a resolved request 1–5 from the link in the e-mail; once per request."""
    check = links.check_rating_token(token, SupportRequest.objects.all())
    if check.expired:
        return _expired_link(request, check.support_request, token, can_resend=False)
    support_request = check.support_request
    if support_request is None or support_request.status not in (RESOLVED, CLOSED):
        return _invalid_link(request)
    if SatisfactionRating.objects.filter(request=support_request).exists():
        return TemplateResponse(
            request,
            "saypro_support/rate.html",
            {"support_request": support_request, "already_rated": True},
        )
    form = RatingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _, created = SatisfactionRating.objects.get_or_create(
            request=support_request,
            defaults={
                "score": form.cleaned_data["score"],
                "comment": form.cleaned_data["comment"],
            },
        )
        return TemplateResponse(
            request,
            "saypro_support/rate.html",
            {"support_request": support_request, "thanks": created, "already_rated": not created},
        )
    return TemplateResponse(
        request, "saypro_support/rate.html", {"support_request": support_request, "form": form}
    )
