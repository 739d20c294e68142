"""Every admin URL that can show a support request, a classified ad, a moderator's list or a
user's profile, opened by every role: each role sees the object exactly where its permission
policy lets it, and everywhere else is turned away or finds nothing.

One world is built per role: requests (one a supervisor's, one unassigned, one escalated), ads
in draft and rejected, a banned phrase, a rejection reason, a canned response, an ordinary
account and a staff account. Each object carries a marker word; a URL "shows" the object when
it answers 200 with the marker in its body. Searches look for another word of the object, so
that a search box repeating the query does not count as showing it.
"""

import io
from dataclasses import dataclass

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Locale

from saypro_wagtail import roles as role_names
from saypro_wagtail.moderation.choices import REJECTED
from saypro_wagtail.moderation.models import BannedPhrase, RejectionReason
from saypro_wagtail.profiles import activity
from saypro_wagtail.support import lifecycle
from saypro_wagtail.support.models import CannedResponse
from tests.conftest import verified_login
from tests.moderation.conftest import make_ad, submit
from tests.profiles.conftest import make_user
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

ROLES = {
    "editor": role_names.HELP_CENTER_EDITORS,
    "publisher": role_names.HELP_CENTER_PUBLISHERS,
    "agent": role_names.SUPPORT_AGENTS,
    "supervisor": role_names.SUPPORT_SUPERVISORS,
    "moderator": role_names.AD_MODERATORS,
    "user_manager": role_names.USER_MANAGERS,
    "staff": None,  # only ``wagtailadmin.access_admin``
    "superuser": None,
}

SUPPORT_STAFF = {"agent", "supervisor"}
MODERATORS = {"moderator"}


@dataclass
class Seen:
    """One object: its marker, a word to search it by, and the roles that may see, change and
    delete it (a superuser always may)."""

    obj: object
    marker: str
    query: str
    see: set
    change: set
    delete: set = frozenset()
    # Roles that find it mentioned on the dashboard without seeing it (the agent who raised
    # an escalation finds it among their objects in a workflow).
    mentioned: set = frozenset()
    # A task in progress of the model's workflow, for the workflow screens' URLs.
    task_state: object = None


def admin_user(name, username=None):
    user = make_user(username or name)
    if name == "superuser":
        user.is_superuser = True
        user.save()
    elif name == "staff":
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
        )
    else:
        user.groups.add(Group.objects.get(name=ROLES[name]))
    return user


@pytest.fixture
def world(roles, django_capture_on_commit_callbacks):
    people = {name: admin_user(name) for name in ROLES}
    english = Locale.objects.get_or_create(language_code="en")[0]

    supervisors_request = make_request(
        subject="Refund ZEBRAREQUEST zebrafind", requester_email="zebra@example.com"
    )
    lifecycle.assign(supervisors_request, people["supervisor"], by=people["superuser"])
    unassigned_request = make_request(
        subject="Login OKAPIREQUEST okapifind", requester_email="okapi@example.com"
    )
    escalated_request = make_request(subject="Payment", assigned_to=people["agent"])
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.escalate(escalated_request, by=people["agent"], reason="Above my limit")
    escalation = escalated_request.escalations.get()

    draft_ad = make_ad(title="Canoe GIRAFFEDRAFT giraffefind")
    advertiser = make_user("advertiser")
    reviewed_ad = submit(
        make_ad(owner=advertiser, title="Tent GIRAFFEREVIEW tentfind"),
        advertiser,
        django_capture_on_commit_callbacks,
    )
    ad_task = reviewed_ad.current_workflow_task_state
    rejected_ad = make_ad(title="Kayak GIRAFFEREJECTED camelfind", moderation_status=REJECTED)
    member = make_user("kudumember")
    member.first_name, member.last_name = "Kudufind", "Kudumarker"
    member.save()
    staff_account = people["moderator"]
    staff_account.first_name, staff_account.last_name = "Walrusfind", "Walrusmarker"
    staff_account.save()

    worlds = {
        "supervisors_request": Seen(
            supervisors_request, "ZEBRAREQUEST", "zebrafind", {"supervisor"}, {"supervisor"}
        ),
        "unassigned_request": Seen(
            unassigned_request, "OKAPIREQUEST", "okapifind", SUPPORT_STAFF, SUPPORT_STAFF
        ),
        "escalation": Seen(
            escalation,
            str(escalation),
            "",
            {"supervisor"},
            {"supervisor"},
            mentioned={"agent"},
            task_state=escalation.current_workflow_task_state,
        ),
        "draft_ad": Seen(
            draft_ad, "GIRAFFEDRAFT", "giraffefind", MODERATORS, MODERATORS, task_state=ad_task
        ),
        "reviewed_ad": Seen(
            reviewed_ad, "GIRAFFEREVIEW", "tentfind", MODERATORS, MODERATORS, task_state=ad_task
        ),
        "rejected_ad": Seen(
            rejected_ad, "GIRAFFEREJECTED", "camelfind", MODERATORS, MODERATORS, task_state=ad_task
        ),
        "banned_phrase": Seen(
            BannedPhrase.objects.create(phrase="hippobanned hippofind money"),
            "hippobanned",
            "hippofind",
            {"moderator"},
            {"moderator"},
            {"moderator"},
        ),
        "rejection_reason": Seen(
            RejectionReason.objects.create(
                code="blurry", title="Blurry HIPPOREASON rhinofind", guidance="x", locale=english
            ),
            "HIPPOREASON",
            "rhinofind",
            {"moderator"},
            {"moderator"},
        ),
        "canned_response": Seen(
            CannedResponse.objects.create(
                title="Hello LEMURCANNED lemurfind", body="Hi", locale=english
            ),
            "LEMURCANNED",
            "lemurfind",
            SUPPORT_STAFF,
            {"supervisor"},
        ),
        "member_account": Seen(
            member, "Kudumarker", "Kudufind", {"user_manager"}, {"user_manager"}
        ),
        "staff_account": Seen(staff_account, "Walrusmarker", "Walrusfind", set(), set()),
    }
    return people, worlds


def snippet_urls(seen):
    """(url, roles that see the object there) for the snippet screens of ``seen.obj``."""
    obj = seen.obj
    viewset = type(obj).snippet_viewset
    chooser = viewset.chooser_viewset
    opts = obj._meta
    urls = [
        (reverse(viewset.get_url_name("list")) + f"?q={seen.query}", seen.see),
        (reverse(viewset.get_url_name("list_results")) + f"?q={seen.query}", seen.see),
        (reverse(viewset.get_url_name("list")) + "?export=csv", None),
        (reverse(viewset.get_url_name("list")) + "?export=xlsx", None),
        (reverse(chooser.get_url_name("choose")) + f"?q={seen.query}", seen.see),
        (reverse(chooser.get_url_name("choose_results")) + f"?q={seen.query}", seen.see),
        (reverse(chooser.get_url_name("choose_results")), seen.see),
        (reverse(chooser.get_url_name("chosen"), args=[obj.pk]), seen.see),
        (reverse(chooser.get_url_name("chosen_multiple")) + f"?id={obj.pk}", seen.see),
        (reverse(viewset.get_url_name("edit"), args=[obj.pk]), seen.change),
        (reverse(viewset.get_url_name("history"), args=[obj.pk]), seen.change),
        # The rows of the history, without the object's title: only opening it tells.
        (reverse(viewset.get_url_name("history_results"), args=[obj.pk]), seen.change, OPENS),
        (reverse(viewset.get_url_name("usage"), args=[obj.pk]), seen.change),
        (reverse(viewset.get_url_name("delete"), args=[obj.pk]), seen.delete),
        (
            reverse("wagtail_bulk_action", args=[opts.app_label, opts.model_name, "delete"])
            + f"?id={obj.pk}",
            # Listed to those who see it, if only as "you cannot delete this".
            seen.see,
        ),
        (
            reverse(
                "wagtail_localize:snippets_api_listing", args=[opts.app_label, opts.model_name]
            ),
            seen.see,
        ),
        (
            reverse(
                "wagtail_localize:snippets_api_detail",
                args=[opts.app_label, opts.model_name, obj.pk],
            ),
            seen.see,
        ),
    ]
    if viewset.inspect_view_enabled:
        urls.append((reverse(viewset.get_url_name("inspect"), args=[obj.pk]), seen.see))
    names = {pattern.name for pattern in viewset.get_urlpatterns()}
    if "workflow_history" in names:
        urls.append((reverse(viewset.get_url_name("workflow_history"), args=[obj.pk]), seen.change))
    if getattr(obj, "latest_revision_id", None):
        compare = reverse(
            viewset.get_url_name("revisions_compare"), args=[obj.pk, "earliest", "latest"]
        )
        urls.append((compare, seen.change))
        if "revisions_view" in names:
            view = reverse(
                viewset.get_url_name("revisions_view"), args=[obj.pk, obj.latest_revision_id]
            )
            urls.append((view, seen.change))
    if seen.task_state is not None:
        # Wagtail names the object in its "not awaiting moderation" message.
        task_state = seen.task_state
        for name, args in (
            ("workflow_action", [obj.pk, "approve", task_state.pk]),
            ("collect_workflow_action_data", [obj.pk, "approve", task_state.pk]),
            ("confirm_workflow_cancellation", [obj.pk]),
            ("workflow_preview", [obj.pk, task_state.task_id]),
            ("workflow_history_detail", [obj.pk, task_state.workflow_state_id]),
        ):
            if name in names:
                urls.append((reverse(viewset.get_url_name(name), args=args), None))
    return urls


def user_urls(seen):
    pk = seen.obj.pk
    return [
        (reverse("wagtailusers_users:index") + f"?q={seen.query}", seen.see),
        (reverse("wagtailusers_users:index_results") + f"?q={seen.query}", seen.see),
        (reverse("wagtailusers_users:edit", args=[pk]), seen.change),
        (reverse("wagtailusers_users:history", args=[pk]), seen.change),
        (reverse("wagtailusers_users:usage", args=[pk]), seen.change, OPENS),
        (reverse("wagtailusers_users:delete", args=[pk]), set(), OPENS),
        (reverse("wagtailusers_users:send_password_reset", args=[pk]), seen.change),
        (reverse("wagtailusers_users:deactivate", args=[pk]), seen.change),
    ]


def search_urls(seen):
    """Screens that gather many kinds of objects: they must not show what the role may not see
    (whether they show it to those who may is their own business, hence None)."""
    return [
        (reverse("wagtailadmin_home"), None, MENTIONS),
        (reverse("wagtailadmin_pages:search") + f"?q={seen.query}", None),
        (reverse("wagtailadmin_reports:site_history"), None),
        (reverse("wagtailadmin_reports:site_history_results"), None),
        (reverse("wagtailadmin_reports:workflow"), None),
        (reverse("wagtailadmin_reports:workflow_tasks"), None),
        (reverse("wagtailsnippets:index"), None),
        (reverse("saypro_moderation_user_reports"), None),
        (reverse("saypro_moderation_reports:outcomes") + "?export=csv", None),
        (reverse("saypro_support_reports:requests"), None),
        (reverse("saypro_support_reports:requests") + "?export=csv", None),
        (reverse("saypro_support_reports:requests") + "?export=xlsx", None),
        (reverse("saypro_support_reports:kpis") + "?export=csv", None),
    ]


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OPENS = "opens"  # the URL answers 200 to the roles allowed and turns the others away
MENTIONS = "mentions"  # a dashboard: may also mention it to ``Seen.mentioned``


def refused(response) -> bool:
    """403, 404, or Wagtail turning a refused admin user back to the dashboard. A 404 of a path
    without a language prefix comes as LocaleMiddleware's redirect to the prefixed path."""
    if response.status_code in (403, 404):
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    path = response.request["PATH_INFO"]
    return location in (reverse("wagtailadmin_home"), "/") or location.endswith(path)


def body(response):
    """The text of a page, a JSON answer, a CSV export or the cells of an XLSX export."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith(XLSX):
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
        return " ".join(
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
        )
    return content.decode("utf-8", "replace")


def shows(response, marker) -> bool:
    """The page, or a message it leaves for the next page, names the object."""
    marker = marker.lower()
    if any(marker in str(message).lower() for message in get_messages(response.wsgi_request)):
        return True
    return response.status_code == 200 and marker in body(response).lower()


def admin_urls(name, seen):
    if name.endswith("_account"):
        return user_urls(seen) + search_urls(seen)
    return snippet_urls(seen) + search_urls(seen)


@pytest.mark.parametrize("role", list(ROLES))
def test_every_admin_url_shows_an_object_only_to_the_roles_its_policy_allows(client, world, role):
    people, worlds = world
    verified_login(client, people[role])
    wrong = []
    for name, seen in worlds.items():
        if seen.obj == people[role]:
            continue  # an account's own screens are not the question here
        for url, allowed, *how in admin_urls(name, seen):
            response = client.get(url)
            may_see = role == "superuser" or (allowed is not None and role in allowed)
            if how == [OPENS]:
                if (
                    may_see != (response.status_code == 200)
                    or not may_see
                    and not refused(response)
                ):
                    wrong.append(f"{name}: {url} answers {response.status_code}")
                continue
            visible = shows(response, seen.marker)
            may_find = role in seen.see or how == [MENTIONS] and role in seen.mentioned
            if visible and not (may_see or allowed is None and may_find):
                wrong.append(f"{name}: {url} shows it ({response.status_code})")
            elif allowed is not None and may_see and not visible:
                wrong.append(f"{name}: {url} hides it ({response.status_code})")
    assert not wrong, "\n".join(wrong)


SITE_HISTORY_SHOWS = {
    # role: (markers it finds in the site history, markers it must not find)
    "agent": ({"OKAPIREQUEST"}, {"ZEBRAREQUEST", "walrusstaff", "kudumember"}),
    "supervisor": ({"OKAPIREQUEST", "ZEBRAREQUEST"}, {"walrusstaff", "kudumember"}),
    "user_manager": ({"kudumember"}, {"walrusstaff", "ZEBRAREQUEST", "OKAPIREQUEST"}),
    "moderator": (set(), {"ZEBRAREQUEST", "OKAPIREQUEST", "walrusstaff", "kudumember"}),
    "editor": (set(), {"ZEBRAREQUEST", "OKAPIREQUEST", "walrusstaff", "kudumember"}),
    "staff": (set(), {"ZEBRAREQUEST", "OKAPIREQUEST", "walrusstaff", "kudumember"}),
    "superuser": ({"ZEBRAREQUEST", "OKAPIREQUEST", "walrusstaff", "kudumember"}, set()),
}


@pytest.mark.parametrize("role", list(SITE_HISTORY_SHOWS))
def test_site_history_shows_each_role_only_the_entries_of_what_it_may_see(client, world, role):
    """Wagtail lists every entry of a model to anyone with a permission on it; an agent must
    not read a supervisor's requests there, nor a User Manager a staff account's sign-ins."""
    people, worlds = world
    staff_account = admin_user("moderator", username="walrusstaff")
    member = worlds["member_account"].obj
    log(instance=member, action=activity.LOGIN, user=member)
    log(instance=staff_account, action=activity.LOGIN, user=staff_account)
    log(instance=worlds["unassigned_request"].obj, action="wagtail.edit", user=people["superuser"])
    verified_login(client, people[role])
    finds, must_not_find = SITE_HISTORY_SHOWS[role]
    for url in (
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:site_history_results"),
    ):
        page = body(client.get(url)).lower()
        assert {marker for marker in finds if marker.lower() not in page} == set(), url
        assert {marker for marker in must_not_find if marker.lower() in page} == set(), url


@pytest.mark.parametrize(
    "role, downloads",
    [
        ("user_manager", {"member"}),
        ("superuser", {"member", "staff"}),
        ("agent", set()),
        ("staff", set()),
    ],
)
def test_staff_download_the_documents_of_accounts_they_manage_only(
    client, roles, tmp_path, role, downloads
):
    """A User Manager reads an applicant's resume, never a staff member's."""
    from saypro_wagtail.profiles.models import ProfileDocument
    from saypro_wagtail.storage import PrivateFileSystemStorage

    owners = {"member": make_user("applicant"), "staff": admin_user("moderator")}
    storage = PrivateFileSystemStorage(location=str(tmp_path))
    documents = {}
    for name, owner in owners.items():
        document = ProfileDocument(
            user=owner, kind="resume", original_name="cv.pdf", content_type="application/pdf"
        )
        document.size = 4
        document.file.storage = storage
        document.file.save("cv.pdf", io.BytesIO(b"%PDF"), save=True)
        documents[name] = document
    verified_login(client, admin_user(role, username=f"{role}-reader"))
    field = ProfileDocument._meta.get_field("file")
    original_storage, field.storage = field.storage, storage
    try:
        for name, document in documents.items():
            response = client.get(reverse("saypro_profiles:document", args=[document.pk]))
            assert (response.status_code == 200) == (name in downloads), (name, response)
    finally:
        field.storage = original_storage
