"""Demo support requests: every status, channel and priority, with conversations and ratings.

Each demo request is found again by its subject, so loading the demo twice adds nothing.
Times are relative to the moment of loading, so one urgent request is always past its SLA.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from saypro_wagtail.support.choices import (
    CLOSED,
    EMAIL,
    ESCALATED,
    HIGH,
    IN_PERSON,
    IN_PROGRESS,
    LIVE_CHAT,
    LOW,
    NEW,
    NORMAL,
    PHONE,
    PORTAL,
    REOPENED,
    RESOLVED,
    SOCIAL_MEDIA,
    URGENT,
)
from saypro_wagtail.support.models import Message, SatisfactionRating, SupportRequest

VISITOR = {
    "requester_name": "Thandi Mokoena",
    "requester_email": "thandi@example.com",
    "requester_phone": "+27 82 555 0101",
}
REQUESTER_TYPES = {None: "public", "advertiser": "advertiser"}
BREACHED_SUBJECT = "Payment taken twice for my featured ad"

# Messages: (minutes after logging, who: "staff" / "requester" / "note", text).
DEMO_REQUESTS = [
    {
        "subject": "I cannot upload my CV",
        "requester": "applicant",
        "channel": PORTAL,
        "priority": NORMAL,
        "status": NEW,
        "category": "technical",
        "hours_ago": 1,
        "messages": [],
    },
    {
        "subject": "My ad is not visible in search",
        "requester": "advertiser",
        "channel": EMAIL,
        "priority": HIGH,
        "status": IN_PROGRESS,
        "category": "ad_posting",
        "assigned": "agent",
        "hours_ago": 26,
        "messages": [
            (30, "staff", "Thank you, we are looking into it. Which ad is it?"),
            (90, "requester", "The one for the second-hand bicycle, posted yesterday."),
            (95, "note", "Search index lagging for the Bicycles category; asked the tech team."),
        ],
    },
    {
        "subject": BREACHED_SUBJECT,
        "requester": None,
        "channel": PHONE,
        "priority": URGENT,
        "status": ESCALATED,
        "category": "billing",
        "assigned": "supervisor",
        "received_by": "agent",
        "escalation_tier": 2,
        "hours_ago": 72,
        "messages": [
            (240, "staff", "We see both payments and have asked finance to refund one."),
            (250, "note", "Escalated: refunds need a supervisor. Answered late (SLA missed)."),
        ],
    },
    {
        "subject": "How long does ad approval take?",
        "requester": "applicant",
        "channel": LIVE_CHAT,
        "priority": LOW,
        "status": RESOLVED,
        "category": "ad_moderation",
        "assigned": "agent",
        "hours_ago": 100,
        "resolution": "Explained the approval steps (usually within one working day).",
        "rating": (5, "Quick and clear, thank you."),
        "messages": [
            (20, "staff", "Most ads are approved within one working day."),
            (40, "requester", "Great, thanks!"),
        ],
    },
    {
        "subject": "Please remove my expired ad",
        "requester": "advertiser",
        "channel": SOCIAL_MEDIA,
        "priority": NORMAL,
        "status": CLOSED,
        "category": "ad_removal",
        "assigned": "agent",
        "hours_ago": 200,
        "resolution": "The ad was removed.",
        "rating": (4, ""),
        "messages": [(60, "staff", "Done: the ad is removed.")],
    },
    {
        "subject": "The site logs me out all the time",
        "requester": None,
        "channel": IN_PERSON,
        "priority": HIGH,
        "status": REOPENED,
        "category": "technical",
        "assigned": "supervisor",
        "received_by": "supervisor",
        "reopened_count": 1,
        "hours_ago": 150,
        "messages": [
            (45, "staff", "Please clear your cookies and try again."),
            (3000, "requester", "It happens again today."),
        ],
    },
    {
        "subject": "Suggestion: dark mode",
        "requester": None,
        "channel": EMAIL,
        "priority": LOW,
        "status": CLOSED,
        "category": "feature_request",
        "assigned": "agent",
        "hours_ago": 400,
        "resolution": "Passed on to the product team.",
        "rating": (2, "I hoped for a date."),
        "messages": [(300, "staff", "Thank you, we passed your idea on.")],
    },
    {
        "subject": "Ad rejected without a reason",
        "requester": "advertiser",
        "channel": PORTAL,
        "priority": URGENT,
        "status": NEW,
        "category": "policy",
        "hours_ago": 50,
        "messages": [],
    },
]


def ensure_demo_support() -> list[str]:
    """Create the demo requests that are missing; return the line to print."""
    users = get_user_model().objects.in_bulk(
        ["agent", "supervisor", "applicant", "advertiser"], field_name="username"
    )
    now = timezone.now()
    existing = set(
        SupportRequest.objects.filter(
            subject__in=[item["subject"] for item in DEMO_REQUESTS]
        ).values_list("subject", flat=True)
    )
    for item in DEMO_REQUESTS:
        if item["subject"] not in existing:
            create_demo_request(item, users, now)
    breached = SupportRequest.objects.filter(subject=BREACHED_SUBJECT).first()
    return [
        f"Support: {len(DEMO_REQUESTS)} demo requests in every status, channel and priority, "
        "with conversations (an internal note on each of two), 3 ratings; handled by agent and "
        "supervisor for applicant, advertiser and a visitor (Thandi Mokoena); "
        f"{breached.reference if breached else 'one'} is past its SLA."
    ]


def create_demo_request(item, users, now):
    logged_at = now - timedelta(hours=item["hours_ago"])
    requester = users.get(item["requester"]) if item["requester"] else None
    fields = {} if requester else dict(VISITOR)
    first_staff = next((m for m in item["messages"] if m[1] == "staff"), None)
    finished = item["status"] in (RESOLVED, CLOSED, REOPENED)
    request = SupportRequest.objects.create(
        subject=item["subject"],
        description=f"{item['subject']}. (Demo request.)",
        category=item["category"],
        channel=item["channel"],
        priority=item["priority"],
        status=item["status"],
        logged_at=logged_at,
        requester=requester,
        requester_type=REQUESTER_TYPES.get(item["requester"], "registered"),
        received_by=users.get(item.get("received_by")),
        assigned_to=users.get(item.get("assigned")),
        assigned_at=logged_at + timedelta(minutes=10) if item.get("assigned") else None,
        escalation_tier=item.get("escalation_tier", 1),
        reopened_count=item.get("reopened_count", 0),
        first_response_at=logged_at + timedelta(minutes=first_staff[0]) if first_staff else None,
        resolution=item.get("resolution", ""),
        resolved_at=logged_at + timedelta(hours=2) if finished else None,
        closed_at=logged_at + timedelta(hours=3) if item["status"] == CLOSED else None,
        **fields,
    )
    staff = users.get(item.get("assigned")) or users.get("agent")
    for minutes, who, body in item["messages"]:
        Message.objects.create(
            request=request,
            author=staff if who != "requester" else requester,
            from_staff=who != "requester",
            internal=who == "note",
            body=body,
            created_at=logged_at + timedelta(minutes=minutes),
        )
    if item.get("rating"):
        score, comment = item["rating"]
        SatisfactionRating.objects.create(request=request, score=score, comment=comment)
    return request
