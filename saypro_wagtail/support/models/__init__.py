from .alerts import SLAAlert
from .attachments import Attachment
from .canned import CannedResponse
from .escalations import Escalation
from .messages import Message
from .pages import ContactSupportPage, Deflection
from .references import ReferenceCounter, next_reference
from .requests import AbstractSupportRequest, SupportRequest
from .satisfaction import SatisfactionRating

__all__ = [
    "AbstractSupportRequest",
    "Attachment",
    "CannedResponse",
    "ContactSupportPage",
    "Deflection",
    "Escalation",
    "Message",
    "ReferenceCounter",
    "SLAAlert",
    "SatisfactionRating",
    "SupportRequest",
    "next_reference",
]
