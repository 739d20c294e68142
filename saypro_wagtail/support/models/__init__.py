from .attachments import Attachment
from .canned import CannedResponse
from .messages import Message
from .references import ReferenceCounter, next_reference
from .requests import AbstractSupportRequest, SupportRequest
from .satisfaction import SatisfactionRating

__all__ = [
    "AbstractSupportRequest",
    "Attachment",
    "CannedResponse",
    "Message",
    "ReferenceCounter",
    "SatisfactionRating",
    "SupportRequest",
    "next_reference",
]
