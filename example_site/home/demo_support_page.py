"""The demo's "Contact support" page in every site language; the help center's "Still need help?"
links to it (with the article it came from)."""

from saypro_wagtail.support.models.pages import ContactSupportPage

SLUG = "contact-support"
TEXT = {
    "en": ("Contact support", "Tell us what went wrong. We answer within one working day."),
    "fr": ("Contacter l'assistance", "Dites-nous ce qui ne va pas. Nous répondons sous un jour."),
    "pt": ("Contactar o apoio", "Diga-nos o que correu mal. Respondemos num dia útil."),
    "af": (
        "Kontak ondersteuning",
        "Vertel ons wat verkeerd geloop het. Ons antwoord binne 'n dag.",
    ),
    "zu": (
        "Xhumana nosizo",
        "Sitshele ukuthi yini engahambanga kahle. Siphendula ngosuku olulodwa.",
    ),
    "ar": (
        "الاتصال بالدعم",
        "أخبرنا بما حدث من خطأ. نردّ خلال يوم عمل واحد.",
    ),
}


def ensure_contact_support_page(home, locales, ensure_translation) -> ContactSupportPage:
    page = ContactSupportPage.objects.child_of(home).filter(slug=SLUG).first()
    if page is None:
        title, intro = TEXT["en"]
        page = ContactSupportPage(title=title, slug=SLUG, intro=f"<p>{intro}</p>")
        home.add_child(instance=page)
        page.save_revision().publish()
    for code, locale in locales.items():
        if code != page.locale.language_code:
            title, intro = TEXT.get(code, TEXT["en"])
            ensure_translation(page, locale, title=title, intro=f"<p>{intro}</p>")
    return page
