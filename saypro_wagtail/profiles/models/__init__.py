from .consents import Consent
from .documents import ProfileDocument
from .pages import RegistrationPage
from .profiles import AbstractProfile, InterestTag, Profile, SkillTag, get_profile

__all__ = [
    "AbstractProfile",
    "Consent",
    "InterestTag",
    "Profile",
    "ProfileDocument",
    "RegistrationPage",
    "SkillTag",
    "get_profile",
]
