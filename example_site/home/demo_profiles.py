"""Demo accounts for the profiles app: registration pages, varied profiles, MFA devices.

Every demo staff account (and one member) has an authenticator with the same published demo
key, so people trying the demo can pass the admin's two-step check with
``manage.py demo_totp <username>``. Never use these keys outside the demo.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from saypro_wagtail.profiles.models import Consent, Profile, RegistrationPage

# RFC 6238's test secret: public on purpose, this is a demo.
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"
POLICY_VERSION = "2026-01"

REGISTRATION_TEXT = {
    "en": ("Create your account", "Register to follow your support requests and post ads."),
    "fr": (
        "Créer votre compte",
        "Inscrivez-vous pour suivre vos demandes et publier des annonces.",
    ),
    "pt": ("Criar a sua conta", "Registe-se para acompanhar os seus pedidos e publicar anúncios."),
    "af": ("Skep jou rekening", "Registreer om jou versoeke te volg en advertensies te plaas."),
    "zu": (
        "Dala i-akhawunti yakho",
        "Bhalisa ukuze ulandele izicelo zakho futhi ufake izikhangiso.",
    ),
}

# username -> profile fields
DEMO_PROFILES = {
    "applicant": {
        "user_type": "applicant",
        "display_name": "Lindiwe Dlamini",
        "bio": "Junior data analyst looking for a first role in Cape Town or remote.",
        "phone": "+27 21 555 0101",
        "location": "Cape Town",
        "preferred_language": "zu",
        "job_title": "Data analyst",
        "years_of_experience": 1,
        "visibility": "everyone",
        "show_email": True,
        "ad_categories": ["jobs", "events"],
        "skills": ["SQL", "Excel", "Python"],
        "interests": ["data", "education"],
    },
    "advertiser": {
        "user_type": "advertiser",
        "display_name": "Pieter's Furniture",
        "bio": "Second-hand furniture, restored in Stellenbosch.",
        "phone": "+27 21 555 0202",
        "location": "Stellenbosch",
        "preferred_language": "af",
        "organisation": "Pieter's Furniture",
        "website": "https://furniture.example.com",
        "visibility": "members",
        "show_phone": True,
        "ad_categories": ["products", "services"],
        "skills": ["carpentry"],
        "interests": ["design"],
    },
    "marie": {
        "user_type": "applicant",
        "display_name": "Marie Lefèvre",
        "bio": "",
        "location": "Lyon",
        "preferred_language": "fr",
        "visibility": "nobody",
        "ad_categories": ["jobs"],
        "skills": ["translation"],
        "interests": [],
    },
    "joao": {
        "user_type": "partner",
        "display_name": "João Silva",
        "bio": "Partner organisation for youth training in Maputo.",
        "location": "Maputo",
        "preferred_language": "pt",
        "organisation": "Formar Juntos",
        "visibility": "everyone",
        "ad_categories": ["events", "announcements"],
        "skills": [],
        "interests": ["training"],
    },
}
UNCONFIRMED = "newcomer"
MFA_MEMBER = "applicant"


def ensure_registration_pages(home, locales, ensure_translation) -> RegistrationPage:
    page = RegistrationPage.objects.child_of(home).first()
    if page is None:
        title, intro = REGISTRATION_TEXT["en"]
        page = RegistrationPage(
            title=title, slug="register", intro=f"<p>{intro}</p>", policy_version=POLICY_VERSION
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    for code, locale in locales.items():
        if code != page.locale.language_code:
            title, intro = REGISTRATION_TEXT.get(code, REGISTRATION_TEXT["en"])
            ensure_translation(page, locale, title=title, intro=f"<p>{intro}</p>")
    return page


def ensure_demo_profiles(password: str) -> list[str]:
    User = get_user_model()
    for username, fields in DEMO_PROFILES.items():
        fields = dict(fields)
        skills, interests = fields.pop("skills"), fields.pop("interests")
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@example.com")
            user.set_password(password)
            user.save()
        profile = Profile.objects.get(user=user)
        for name, value in fields.items():
            setattr(profile, name, value)
        profile.email_confirmed_at = profile.email_confirmed_at or timezone.now()
        profile.save()
        profile.skills.set(skills)
        profile.interests.set(interests)
        for kind in ("terms", "privacy"):
            Consent.objects.get_or_create(
                user=user, kind=kind, defaults={"policy_version": POLICY_VERSION}
            )
    newcomer = User.objects.filter(username=UNCONFIRMED).first()
    if newcomer is None:
        newcomer = User(username=UNCONFIRMED, email=f"{UNCONFIRMED}@example.com")
        newcomer.set_password(password)
        newcomer._saypro_registering = True
        newcomer.save()
        Profile.objects.create(user=newcomer, email_confirmed_at=None)
    return [
        "  marie, joao  more members with different privacy settings",
        f"  {UNCONFIRMED:<12} signed up but never confirmed the e-mail (cannot sign in)",
    ]


def ensure_demo_mfa(usernames) -> None:
    """A confirmed authenticator with the demo key for each of these accounts."""
    for user in get_user_model().objects.filter(username__in=usernames):
        TOTPDevice.objects.get_or_create(
            user=user, name="Demo authenticator", defaults={"key": DEMO_TOTP_KEY, "confirmed": True}
        )
