"""Demo accounts for the profiles app: registration pages, varied profiles, MFA devices.

Every demo staff account (and one member) has an authenticator with the same published demo
key, so people trying the demo can pass the admin's two-step check with
``manage.py demo_totp <username>``. Never use these keys outside the demo.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.rich_text import RichText

from saypro_wagtail.profiles.models import Consent, Profile, RegistrationPage

from .models import StandardPage

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
    "ar": ("أنشئ حسابك", "سجّل لمتابعة طلبات الدعم الخاصة بك ونشر الإعلانات."),
}

# slug -> language -> (title, text); the registration pages link to them.
POLICY_PAGES = {
    "terms": {
        "en": (
            "Terms of use",
            "Demo text: a real site publishes its terms of use here (version 2026-01).",
        ),
        "fr": (
            "Conditions d'utilisation",
            "Texte de démonstration : un vrai site publie ici ses conditions d'utilisation "
            "(version 2026-01).",
        ),
        "pt": (
            "Termos de utilização",
            "Texto de demonstração: um site real publica aqui os seus termos de utilização "
            "(versão 2026-01).",
        ),
        "af": (
            "Gebruiksvoorwaardes",
            "Demonstrasieteks: 'n regte webwerf publiseer sy gebruiksvoorwaardes hier "
            "(weergawe 2026-01).",
        ),
        "zu": (
            "Imigomo yokusebenzisa",
            "Umbhalo wokubonisa: iwebhusayithi yangempela ishicilela imigomo yayo yokusebenzisa "
            "lapha (inguqulo 2026-01).",
        ),
        "ar": (
            "شروط الاستخدام",
            "نص تجريبي: ينشر الموقع الحقيقي هنا شروط الاستخدام الخاصة به (الإصدار 2026-01).",
        ),
    },
    "privacy": {
        "en": (
            "Privacy policy",
            "Demo text: a real site explains here what personal data it keeps and why "
            "(version 2026-01).",
        ),
        "fr": (
            "Politique de confidentialité",
            "Texte de démonstration : un vrai site explique ici quelles données personnelles il "
            "conserve et pourquoi (version 2026-01).",
        ),
        "pt": (
            "Política de privacidade",
            "Texto de demonstração: um site real explica aqui que dados pessoais guarda e porquê "
            "(versão 2026-01).",
        ),
        "af": (
            "Privaatheidsbeleid",
            "Demonstrasieteks: 'n regte webwerf verduidelik hier watter persoonlike data dit "
            "hou en hoekom (weergawe 2026-01).",
        ),
        "zu": (
            "Inqubomgomo yobumfihlo",
            "Umbhalo wokubonisa: iwebhusayithi yangempela ichaza lapha ukuthi igcina "
            "imininingwane yomuntu siqu efe futhi kungani (inguqulo 2026-01).",
        ),
        "ar": (
            "سياسة الخصوصية",
            "نص تجريبي: يشرح الموقع الحقيقي هنا البيانات الشخصية التي يحتفظ بها وسبب ذلك "
            "(الإصدار 2026-01).",
        ),
    },
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


def ensure_policy_pages(home, locales, ensure_translation) -> dict[str, dict[str, StandardPage]]:
    """Terms of use and privacy policy pages: slug -> language -> page."""
    pages = {}
    for slug, texts in POLICY_PAGES.items():
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            title, text = texts["en"]
            page = StandardPage(title=title, slug=slug, body=policy_body(text))
            home.add_child(instance=page)
            page.save_revision().publish()
        pages[slug] = {page.locale.language_code: page}
        for code, locale in locales.items():
            if code != page.locale.language_code:
                title, text = texts.get(code, texts["en"])
                pages[slug][code] = ensure_translation(
                    page, locale, title=title, body=policy_body(text)
                )
    return pages


def policy_body(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def ensure_registration_pages(home, locales, ensure_translation) -> RegistrationPage:
    policies = ensure_policy_pages(home, locales, ensure_translation)
    page = RegistrationPage.objects.child_of(home).first()
    if page is None:
        title, intro = REGISTRATION_TEXT["en"]
        page = RegistrationPage(
            title=title, slug="register", intro=f"<p>{intro}</p>", policy_version=POLICY_VERSION
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    link_policies(page, policies)
    for code, locale in locales.items():
        if code != page.locale.language_code:
            title, intro = REGISTRATION_TEXT.get(code, REGISTRATION_TEXT["en"])
            translation = ensure_translation(page, locale, title=title, intro=f"<p>{intro}</p>")
            link_policies(translation, policies)
    return page


def link_policies(page, policies) -> None:
    """Point a registration page at the policy pages in its own language."""
    code = page.locale.language_code
    terms = policies["terms"].get(code)
    privacy = policies["privacy"].get(code)
    if (page.terms_page_id, page.privacy_page_id) != (terms.pk, privacy.pk):
        page.terms_page, page.privacy_page = terms, privacy
        page.save_revision().publish()


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
