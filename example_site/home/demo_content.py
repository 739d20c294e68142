"""Demo content of the example site, written so that loading it twice changes nothing."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from saypro_wagtail import roles

from .demo_helpcenter import ensure_help_center
from .demo_moderation import ensure_demo_moderation
from .demo_profiles import (
    MFA_MEMBER,
    ensure_demo_mfa,
    ensure_demo_profiles,
    ensure_registration_pages,
)
from .demo_support import ensure_demo_support
from .demo_support_page import ensure_contact_support_page
from .models import ContactFormField, ContactPage, HomePage

DEMO_PASSWORD = "saypro-demo"

# username -> (role group or None, is_superuser, description printed for the demo)
DEMO_USERS = {
    "admin": (None, True, "superuser"),
    "editor": (roles.HELP_CENTER_EDITORS, False, "writes and translates help articles"),
    "publisher": (roles.HELP_CENTER_PUBLISHERS, False, "approves and publishes help articles"),
    "agent": (roles.SUPPORT_AGENTS, False, "answers support requests"),
    "supervisor": (roles.SUPPORT_SUPERVISORS, False, "escalations, reassignment, reports"),
    "moderator": (roles.AD_MODERATORS, False, "reviews classified ads"),
    "usermanager": (roles.USER_MANAGERS, False, "manages ordinary user accounts"),
    "applicant": (None, False, "a job applicant on the public site (uses two-step verification)"),
    "advertiser": (None, False, "posts classified ads on the public site"),
}

HOME_TEXT = {
    "en": ("Welcome to SayPro", "Find answers, manage your account, ask for help and post ads."),
    "fr": (
        "Bienvenue sur SayPro",
        "Trouvez des réponses, gérez votre compte, demandez de l'aide et publiez des annonces.",
    ),
    "pt": (
        "Bem-vindo à SayPro",
        "Encontre respostas, gerencie a sua conta, peça ajuda e publique anúncios.",
    ),
    "af": (
        "Welkom by SayPro",
        "Kry antwoorde, bestuur jou rekening, vra vir hulp en plaas advertensies.",
    ),
    "zu": (
        "Siyakwamukela ku-SayPro",
        "Thola izimpendulo, phatha i-akhawunti yakho, cela usizo futhi ufake izikhangiso.",
    ),
    "ar": (
        "مرحبًا بك في SayPro",
        "اعثر على الإجابات، وأدِر حسابك، واطلب المساعدة، وانشر إعلاناتك.",
    ),
}

CONTACT_TITLE = {
    "fr": "Nous contacter",
    "pt": "Contacte-nos",
    "af": "Kontak ons",
    "zu": "Xhumana nathi",
    "ar": "اتصل بنا",
}


@transaction.atomic
def load_demo_content() -> list[str]:
    """Create locales, the page tree and the demo users; return lines to print."""
    locales = ensure_locales()
    home = ensure_home_page(locales[settings.LANGUAGE_CODE])
    contact = ensure_contact_page(home)
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            title, intro = HOME_TEXT.get(code, HOME_TEXT["en"])
            ensure_translation(home, locale, title=title, intro=f"<p>{intro}</p>")
            ensure_translation(contact, locale, title=CONTACT_TITLE.get(code, contact.title))
    users = ensure_users()  # first: the editor user owns the help articles
    ensure_registration_pages(home, locales, ensure_translation)
    users += ensure_demo_profiles(DEMO_PASSWORD)
    ensure_demo_mfa(
        [name for name, (group, superuser, _d) in DEMO_USERS.items() if group or superuser]
    )
    ensure_demo_mfa([MFA_MEMBER])
    support_page = ensure_contact_support_page(home, locales, ensure_translation)
    help_center = ensure_help_center(home, locales, support_page=support_page)
    return (
        users
        + help_center
        + ensure_demo_support()
        + ensure_demo_moderation(home, locales, ensure_translation)
    )


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def ensure_home_page(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        title, intro = HOME_TEXT["en"]
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale)
        )
        # Wagtail's placeholder "Welcome to your new Wagtail site!" page holds the slug "home".
        root.get_children().filter(slug="home").update(slug="wagtail-placeholder")
        home = root.add_child(
            instance=HomePage(title=title, slug="home", intro=f"<p>{intro}</p>", locale=locale)
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        old_root = site.root_page.specific
        site.root_page = home
        site.site_name = "SayPro"
        site.save()
        if type(old_root) is Page and not old_root.get_children().exists():
            old_root.delete()
    return home


def ensure_contact_page(home: HomePage) -> ContactPage:
    contact = ContactPage.objects.child_of(home).first()
    if contact is not None:
        return contact
    contact = ContactPage(
        title="Contact us",
        slug="contact",
        intro="<p>Questions about this site? Write to us and we will answer by e-mail.</p>",
        thank_you_text="<p>Thank you. We have received your message.</p>",
        to_address="support@example.com",
        subject="Message from the contact form",
    )
    contact.form_fields = [
        ContactFormField(label="Your name", field_type="singleline", required=True),
        ContactFormField(label="Your e-mail", field_type="email", required=True),
        ContactFormField(label="Message", field_type="multiline", required=True),
    ]
    home.add_child(instance=contact)
    contact.save_revision().publish()
    return contact


def ensure_translation(page: Page, locale: Locale, **fields) -> Page:
    """A published translation of the page with the given fields translated."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
    return translation


def ensure_users() -> list[str]:
    User = get_user_model()
    lines = []
    for username, (group_name, is_superuser, description) in DEMO_USERS.items():
        user = User.objects.filter(username=username).first() or User(username=username)
        user.email = f"{username}@example.com"
        user.first_name = username.capitalize()
        user.is_superuser = user.is_staff = is_superuser
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        lines.append(f"  {username:<12} {description}")
    return lines
