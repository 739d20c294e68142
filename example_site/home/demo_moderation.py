"""Demo classified ads: the ads page in every language, banned phrases, rejection reasons and ads
in every moderation state, made through the real workflow so the admin, the history and the
moderation reports look like a site in use.

Each demo ad is found again by its title, so loading the demo twice adds nothing. Times are
relative to the moment of loading: live ads expire in the future, the expired one in the past,
and decisions are spread over the last few weeks.
"""

import hashlib
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Locale, ModelLogEntry, Revision, TaskState, WorkflowState

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.moderation import choices, lifecycle
from saypro_wagtail.moderation.models import (
    AdIndexPage,
    BannedPhrase,
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
    RejectionReason,
    ScreeningResult,
)
from saypro_wagtail.moderation.screening import runner
from saypro_wagtail.notifications.models import PENDING, SENT, Notification

# The front-end app is included at /<lang>/ads/ too, but only under ads/mine/ ("My ads", the ad
# form), so the listing (/<lang>/ads/) and its routes (<pk>/, <pk>/report/) do not clash with it.
SLUG = "ads"

PAGE_TEXT = {
    "en": (
        "Classified ads",
        "Jobs, homes, things for sale, services, events and community news from our members. "
        "A moderator checks every ad before it appears.",
    ),
    "fr": (
        "Petites annonces",
        "Emplois, logements, objets à vendre, services, événements et nouvelles de la "
        "communauté publiés par nos membres. Un modérateur vérifie chaque annonce avant sa "
        "publication.",
    ),
    "pt": (
        "Classificados",
        "Empregos, casas, artigos à venda, serviços, eventos e notícias da comunidade "
        "publicados pelos nossos membros. Um moderador verifica cada anúncio antes de aparecer.",
    ),
    "af": (
        "Kleinadvertensies",
        "Werk, huise, goed te koop, dienste, geleenthede en gemeenskapsnuus van ons lede. "
        "'n Moderator kontroleer elke advertensie voordat dit verskyn.",
    ),
    "zu": (
        "Izikhangiso",
        "Imisebenzi, izindlu, izinto ezidayiswayo, izinsizakalo, imicimbi nezindaba zomphakathi "
        "ezivela kumalungu ethu. Umlawuli uhlola isikhangiso ngasinye ngaphambi kokuba sivele.",
    ),
    "ar": (
        "الإعلانات المبوبة",
        "وظائف ومساكن وأغراض للبيع وخدمات وفعاليات وأخبار المجتمع من أعضائنا. "
        "يراجع مشرفٌ كل إعلان قبل نشره.",
    ),
}

# (phrase, language or "" for every language, note for moderators)
BANNED_PHRASES = [
    ("easy money", "en", "Typical of pyramid schemes and money-mule recruitment."),
    ("guaranteed income", "en", "Work-from-home scams promise it."),
    ("no deposit, no questions", "en", "Used to sell stolen goods."),
    ("argent facile", "fr", "« Easy money » : arnaques et recrutement de mules."),
    ("dinheiro fácil", "pt", "“Easy money”: burlas e esquemas em pirâmide."),
    ("maklike geld", "af", "“Easy money”: piramideskemas en bedrog."),
    ("imali elula", "zu", "“Easy money”: ukukhwabanisa nezinhlelo zephiramidi."),
    ("مال سهل", "ar", "“Easy money”: احتيال ومخططات هرمية."),
    ("double your bitcoin", "", "Crypto investment scam, in any language."),
]

# code -> language -> (title, guidance for the owner)
REJECTION_REASONS = {
    "prohibited": {
        "en": (
            "Prohibited item or service",
            "We cannot publish ads for weapons, drugs, counterfeit goods, live wild animals or "
            "anything else that is illegal in South Africa. Remove the item from your ad or post "
            "a different one.",
        ),
        "fr": (
            "Article ou service interdit",
            "Nous ne pouvons pas publier d'annonces pour des armes, des drogues, des "
            "contrefaçons, des animaux sauvages vivants ni pour rien d'autre d'illégal en Afrique "
            "du Sud. Retirez cet article de votre annonce ou publiez-en une autre.",
        ),
        "pt": (
            "Artigo ou serviço proibido",
            "Não podemos publicar anúncios de armas, drogas, contrafações, animais selvagens "
            "vivos ou qualquer outra coisa ilegal na África do Sul. Retire o artigo do seu "
            "anúncio ou publique outro.",
        ),
        "af": (
            "Verbode item of diens",
            "Ons kan nie advertensies vir wapens, dwelms, nagemaakte goedere, lewende wilde "
            "diere of enigiets anders wat in Suid-Afrika onwettig is, plaas nie. Verwyder die "
            "item uit jou advertensie of plaas 'n ander een.",
        ),
        "zu": (
            "Into noma insizakalo engavunyelwe",
            "Asikwazi ukushicilela izikhangiso zezikhali, izidakamizwa, izimpahla zomgunyathi, "
            "izilwane zasendle eziphilayo noma enye into engekho emthethweni eNingizimu "
            "Afrika. Susa le nto esikhangisweni sakho noma ufake esinye.",
        ),
        "ar": (
            "سلعة أو خدمة محظورة",
            "لا يمكننا نشر إعلانات عن الأسلحة أو المخدرات أو السلع المقلدة أو الحيوانات البرية "
            "الحية أو أي شيء آخر مخالف للقانون في جنوب أفريقيا. احذف هذه السلعة من إعلانك أو "
            "انشر إعلانًا آخر.",
        ),
    },
    "misleading": {
        "en": (
            "Misleading or unclear",
            "The title, price, photos and description must honestly describe the same thing. "
            "Correct the price or the description so that a buyer knows exactly what is "
            "offered.",
        ),
        "fr": (
            "Trompeuse ou peu claire",
            "Le titre, le prix, les photos et la description doivent décrire honnêtement la même "
            "chose. Corrigez le prix ou la description pour qu'un acheteur sache exactement ce "
            "qui est proposé.",
        ),
        "pt": (
            "Enganador ou pouco claro",
            "O título, o preço, as fotografias e a descrição devem descrever honestamente a "
            "mesma coisa. Corrija o preço ou a descrição para que o comprador saiba exatamente o "
            "que é oferecido.",
        ),
        "af": (
            "Misleidend of onduidelik",
            "Die titel, prys, foto's en beskrywing moet eerlik dieselfde ding beskryf. Korrigeer "
            "die prys of die beskrywing sodat 'n koper presies weet wat aangebied word.",
        ),
        "zu": (
            "Iyadukisa noma ayicacile",
            "Isihloko, intengo, izithombe nencazelo kumele kuchaze into efanayo "
            "ngokwethembeka. Lungisa intengo noma incazelo ukuze umthengi azi kahle ukuthi yini "
            "enikezwayo.",
        ),
        "ar": (
            "إعلان مضلل أو غير واضح",
            "يجب أن يصف العنوان والسعر والصور والوصف الشيء نفسه بصدق. صحّح السعر أو الوصف "
            "حتى يعرف المشتري بالضبط ما المعروض.",
        ),
    },
    "contact_missing": {
        "en": (
            "Contact details missing",
            "Give at least one way to reach you: an e-mail address or a phone number in the "
            "contact fields, not inside the description.",
        ),
        "fr": (
            "Coordonnées manquantes",
            "Indiquez au moins un moyen de vous joindre : une adresse e-mail ou un numéro de "
            "téléphone dans les champs de contact, et non dans la description.",
        ),
        "pt": (
            "Faltam os contactos",
            "Indique pelo menos uma forma de o contactar: um endereço de e-mail ou um número de "
            "telefone nos campos de contacto, e não na descrição.",
        ),
        "af": (
            "Kontakbesonderhede ontbreek",
            "Gee ten minste een manier om jou te bereik: 'n e-posadres of 'n telefoonnommer in "
            "die kontakvelde, nie in die beskrywing nie.",
        ),
        "zu": (
            "Imininingwane yokuxhumana ayikho",
            "Nikeza okungenani indlela eyodwa yokukuthola: ikheli le-imeyili noma inombolo "
            "yocingo ezindaweni zokuxhumana, hhayi encazelweni.",
        ),
        "ar": (
            "بيانات الاتصال ناقصة",
            "اذكر طريقة واحدة على الأقل للتواصل معك: عنوان بريد إلكتروني أو رقم هاتف في حقول "
            "الاتصال، لا داخل الوصف.",
        ),
    },
    "poor_photos": {
        "en": (
            "Photos unclear or unsuitable",
            "Use your own clear, well-lit photos of the actual item, at least 200 pixels wide "
            "and without other sites' watermarks. Describe each photo for people who cannot "
            "see it.",
        ),
        "fr": (
            "Photos floues ou inadaptées",
            "Utilisez vos propres photos nettes et bien éclairées de l'article réel, d'au moins "
            "200 pixels de large et sans filigrane d'autres sites. Décrivez chaque photo pour "
            "les personnes qui ne peuvent pas la voir.",
        ),
        "pt": (
            "Fotografias pouco nítidas ou inadequadas",
            "Use as suas próprias fotografias nítidas e bem iluminadas do artigo real, com pelo "
            "menos 200 píxeis de largura e sem marcas de água de outros sites. Descreva cada "
            "fotografia para quem não a pode ver.",
        ),
        "af": (
            "Foto's onduidelik of ongeskik",
            "Gebruik jou eie duidelike, goed beligte foto's van die werklike item, ten minste "
            "200 pixels breed en sonder ander webwerwe se watermerke. Beskryf elke foto vir "
            "mense wat dit nie kan sien nie.",
        ),
        "zu": (
            "Izithombe azicacile noma azifanele",
            "Sebenzisa izithombe zakho ezicacile nezikhanyiswe kahle zento yangempela, "
            "okungenani ezingamaphikseli angama-200 ububanzi, ngaphandle kwezimpawu zamanye "
            "amawebhusayithi. Chaza isithombe ngasinye kubantu abangakwazi ukusibona.",
        ),
        "ar": (
            "صور غير واضحة أو غير مناسبة",
            "استخدم صورك الواضحة جيدة الإضاءة للسلعة الفعلية، بعرض 200 بكسل على الأقل ومن دون "
            "علامات مائية لمواقع أخرى. صِف كل صورة لمن لا يستطيع رؤيتها.",
        ),
    },
    "wrong_category": {
        "en": (
            "Wrong category",
            "Choose the category that matches what you offer. Visitors filter ads by category, "
            "so the right one brings you more replies.",
        ),
        "fr": (
            "Mauvaise catégorie",
            "Choisissez la catégorie qui correspond à ce que vous proposez. Les visiteurs "
            "filtrent les annonces par catégorie : la bonne vous apportera plus de réponses.",
        ),
        "pt": (
            "Categoria errada",
            "Escolha a categoria que corresponde ao que oferece. Os visitantes filtram os "
            "anúncios por categoria, por isso a categoria certa traz-lhe mais respostas.",
        ),
        "af": (
            "Verkeerde kategorie",
            "Kies die kategorie wat pas by wat jy aanbied. Besoekers filtreer advertensies "
            "volgens kategorie, so die regte een bring vir jou meer antwoorde.",
        ),
        "zu": (
            "Isigaba esingalungile",
            "Khetha isigaba esihambisana nalokho okunikezayo. Izivakashi zihlunga izikhangiso "
            "ngesigaba, ngakho isigaba esifanele sikulethela izimpendulo eziningi.",
        ),
        "ar": (
            "فئة خاطئة",
            "اختر الفئة التي تطابق ما تعرضه. يصفّي الزوار الإعلانات حسب الفئة، لذا فالفئة "
            "الصحيحة تجلب لك ردودًا أكثر.",
        ),
    },
    "duplicate": {
        "en": (
            "Duplicate ad",
            "You already have a live or recent ad for the same thing. Edit or renew that ad "
            "instead of posting it again.",
        ),
        "fr": (
            "Annonce en double",
            "Vous avez déjà une annonce en ligne ou récente pour la même chose. Modifiez ou "
            "renouvelez cette annonce au lieu de la publier à nouveau.",
        ),
        "pt": (
            "Anúncio duplicado",
            "Já tem um anúncio publicado ou recente para a mesma coisa. Edite ou renove esse "
            "anúncio em vez de o publicar novamente.",
        ),
        "af": (
            "Duplikaat-advertensie",
            "Jy het reeds 'n aktiewe of onlangse advertensie vir dieselfde ding. Wysig of hernu "
            "daardie advertensie eerder as om dit weer te plaas.",
        ),
        "zu": (
            "Isikhangiso esiphindiwe",
            "Usunaso kakade isikhangiso esisebenzayo noma sakamuva sento efanayo. Hlela noma "
            "uvuselele leso sikhangiso esikhundleni sokusifaka futhi.",
        ),
        "ar": (
            "إعلان مكرر",
            "لديك بالفعل إعلان منشور أو حديث عن الشيء نفسه. عدّل ذلك الإعلان أو جدّده بدلًا "
            "من نشره مرة أخرى.",
        ),
    },
}

# What happens to each demo ad, in order:
#   draft, screening, review, approved, rejected, reported (open reports), hidden (reported past
#   the threshold), removed (report upheld), dismissed (report dismissed, stays live), expired,
#   withdrawn.
# "days": days since it was submitted; "reports": (reason, message, reporter username or None).
DEMO_ADS = [
    {
        "title": "Oak dining table, seats six",
        "owner": "advertiser",
        "category": "products",
        "description": "Solid oak table (180 × 90 cm), restored and oiled in our Stellenbosch "
        "workshop. Six matching chairs available separately.",
        "price": "6500",
        "location": "Stellenbosch",
        "state": "draft",
        "days": 0,
    },
    {
        "title": "Apartamento T2 para arrendar em Sea Point",
        "owner": "joao",
        "category": "real_estate",
        "language": "pt",
        "description": "Apartamento de dois quartos a 200 m do passeio marítimo, com "
        "estacionamento coberto. Disponível a partir do próximo mês; contrato de 12 meses.",
        "price": "14500",
        "location": "Sea Point, Cape Town",
        "state": "screening",
        "days": 0,
    },
    {
        "title": "Cours de français en ligne, tous niveaux",
        "owner": "marie",
        "category": "services",
        "language": "fr",
        "description": "Professeure de français langue étrangère, je donne des cours en ligne "
        "d'une heure, du débutant au niveau avancé. Première leçon offerte.",
        "price": "250",
        "location": "Johannesburg",
        "state": "review",
        "days": 1,
    },
    {
        "title": "Work from home: easy money, guaranteed income",
        "owner": "joao",
        "category": "jobs",
        "location": "Durban",
        "description": "Earn R5000 a week from home! Easy money, guaranteed income, no "
        "experience needed. Register now at https://quick-cash.example.com, "
        "https://quick-cash.example.net and www.quick-cash.example.org to start today!!!",
        "state": "review",
        "days": 0,
    },
    {
        "title": "Restored Cape Dutch armoire",
        "owner": "advertiser",
        "category": "products",
        "description": "Yellowwood and stinkwood armoire from about 1900, restored with "
        "traditional methods. Delivery possible in the Western Cape.",
        "price": "18500",
        "location": "Stellenbosch",
        "state": "approved",
        "days": 12,
    },
    {
        "title": "Furniture restorer wanted (full time)",
        "owner": "advertiser",
        "category": "jobs",
        "description": "Pieter's Furniture is looking for a restorer with at least two years "
        "of experience in sanding, joinery and French polishing. Monday to Friday, "
        "Stellenbosch workshop. Send your CV by e-mail.",
        "location": "Stellenbosch",
        "state": "approved",
        "days": 9,
    },
    {
        "title": "Upholstery and chair repairs",
        "owner": "advertiser",
        "category": "services",
        "description": "New seats, springs and fabric for chairs and sofas. Free quote; "
        "collection and delivery in the Cape Winelands.",
        "price": "450",
        "location": "Stellenbosch",
        "state": "approved",
        "days": 6,
    },
    {
        "title": "Room to rent in Observatory",
        "owner": "applicant",
        "category": "real_estate",
        "description": "Furnished room in a quiet shared house, five minutes from the train "
        "station. Wi-Fi and electricity included. Non-smokers please.",
        "price": "4200",
        "location": "Observatory, Cape Town",
        "state": "approved",
        "days": 4,
    },
    {
        "title": "Soirée cinéma francophone à Braamfontein",
        "owner": "marie",
        "category": "events",
        "language": "fr",
        "description": "Projection d'un film francophone sous-titré en anglais, suivie d'une "
        "discussion. Entrée libre, premier vendredi du mois à 19 h.",
        "location": "Braamfontein, Johannesburg",
        "state": "approved",
        "days": 3,
    },
    {
        "title": "Aulas de português gratuitas para jovens",
        "owner": "joao",
        "category": "announcements",
        "language": "pt",
        "description": "A Formar Juntos oferece aulas de português gratuitas aos sábados de "
        "manhã para jovens dos 16 aos 25 anos. Inscrições abertas até ao fim do mês.",
        "location": "Maputo",
        "state": "approved",
        "days": 2,
    },
    {
        "title": "Bakkie with driver for moving day",
        "owner": "applicant",
        "category": "products",
        "description": "Toyota Hilux bakkie with driver for small moves around Cape Town. "
        "Half day or full day.",
        "price": "900",
        "location": "Cape Town",
        "state": "rejected",
        "reason": "wrong_category",
        "message": "Thank you for your ad. You offer a service (moving with your bakkie), so "
        "please choose the Services category and submit it again.",
        "days": 5,
    },
    {
        "title": "Brand new laptops at half price",
        "owner": "joao",
        "category": "products",
        "description": "Laptops at half the shop price. Ask for the models available.",
        "price": "3000",
        "location": "Durban",
        "state": "rejected",
        "reason": "misleading",
        "message": "Please name the make, model and condition of each laptop and explain the "
        "price (ex-demo, refurbished…). “Brand new at half price” without details looks like "
        "a scam to buyers.",
        "days": 8,
    },
    {
        "title": "Samsung 55-inch TV, as new",
        "owner": "marie",
        "category": "products",
        "description": "Samsung 55-inch smart TV, one year old, with its remote and wall "
        "bracket. Collection only.",
        "price": "5500",
        "location": "Randburg, Johannesburg",
        "state": "reported",
        "reports": [
            ("scam", "The same photo is on another site with a different price.", None),
            ("other", "The seller did not answer my e-mail.", "applicant"),
        ],
        "days": 7,
    },
    {
        "title": "Boerboel puppies, pay deposit by EFT",
        "owner": "joao",
        "category": "products",
        "description": "Purebred Boerboel puppies. Pay the deposit by EFT to reserve; we "
        "deliver anywhere in South Africa.",
        "price": "2500",
        "location": "Pretoria",
        "state": "hidden",
        "reports": [
            ("scam", "They asked me for a deposit and then stopped answering.", "applicant"),
            ("scam", "Same text as a scam ad I saw last month.", "marie"),
            ("scam", "Asked for money before viewing.", None),
        ],
        "days": 10,
    },
    {
        "title": "Designer handbags, wholesale prices",
        "owner": "applicant",
        "category": "products",
        "description": "Designer handbags in all colours at wholesale prices. Bulk orders welcome.",
        "price": "350",
        "location": "Johannesburg CBD",
        "state": "removed",
        "reports": [("prohibited", "These are counterfeit bags.", "marie")],
        "note": "Counterfeit goods: the photos show fake brand labels.",
        "days": 15,
    },
    {
        "title": "Sunday market stalls available",
        "owner": "advertiser",
        "category": "announcements",
        "description": "Stalls for crafts, food and second-hand goods at the Stellenbosch "
        "Sunday market. Book by e-mail; R150 per Sunday.",
        "location": "Stellenbosch",
        "state": "dismissed",
        "reports": [("wrong_category", "This should be under Events.", None)],
        "note": "Announcements is right for stall bookings.",
        "days": 11,
    },
    {
        "title": "Manteau d'hiver en laine, taille M",
        "owner": "marie",
        "category": "products",
        "language": "fr",
        "description": "Manteau en laine gris, porté deux hivers, très bon état.",
        "price": "600",
        "location": "Johannesburg",
        "state": "expired",
        "days": 40,
    },
    {
        "title": "Mountain bike, 29-inch wheels",
        "owner": "applicant",
        "category": "products",
        "description": "Aluminium mountain bike, 29-inch wheels, 21 gears, recently "
        "serviced. Helmet included.",
        "price": "3800",
        "location": "Cape Town",
        "state": "withdrawn",
        "days": 14,
    },
]

OWNER_CONTACTS = {
    "advertiser": ("furniture@example.com", "+27 21 555 0202"),
    "applicant": ("lindiwe@example.com", "+27 21 555 0101"),
    "marie": ("marie@example.com", ""),
    "joao": ("joao@example.com", "+258 84 555 0303"),
}


def ensure_demo_moderation(home, locales, ensure_translation) -> list[str]:
    """The ads page, banned phrases, rejection reasons and demo ads; return the line to print."""
    page = ensure_ads_page(home, locales, ensure_translation)
    ensure_banned_phrases()
    reasons = ensure_rejection_reasons(locales)
    users = get_user_model().objects.in_bulk(["moderator", *OWNER_CONTACTS], field_name="username")
    existing = set(
        ClassifiedAd.objects.filter(title__in=[item["title"] for item in DEMO_ADS]).values_list(
            "title", flat=True
        )
    )
    missing = [item for item in DEMO_ADS if item["title"] not in existing]
    if missing and users.get("moderator") is not None:
        with as_if_in_the_past():
            for item in missing:
                create_demo_ad(item, users, reasons)
    live = ClassifiedAd.objects.public().count()
    return [
        f"Classified ads: {len(DEMO_ADS)} demo ads in every moderation state ({live} live) at "
        f"/{page.locale.language_code}/{page.slug}/, {len(BANNED_PHRASES)} banned phrases, "
        f"{len(REJECTION_REASONS)} rejection reasons in {len(locales)} languages; "
        "moderator reviews them, advertiser, applicant, marie and joao own them."
    ]


@contextmanager
def as_if_in_the_past():
    """The demo's submissions and decisions happened days ago: their e-mails are not sent now.

    Wagtail's own workflow e-mails go to a dummy backend; the site's decision e-mails stay in
    the outbox, marked as sent.
    """
    last = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        yield
    Notification.objects.filter(pk__gt=last, status=PENDING).update(
        status=SENT, sent_at=timezone.now()
    )


def ensure_ads_page(home, locales, ensure_translation) -> AdIndexPage:
    page = AdIndexPage.objects.child_of(home).first()
    if page is None:
        title, intro = PAGE_TEXT["en"]
        page = AdIndexPage(title=title, slug=SLUG, intro=f"<p>{intro}</p>")
        home.add_child(instance=page)
        page.save_revision().publish()
    for code, locale in locales.items():
        if code != page.locale.language_code:
            title, intro = PAGE_TEXT.get(code, PAGE_TEXT["en"])
            ensure_translation(page, locale, title=title, intro=f"<p>{intro}</p>")
    return page


def ensure_banned_phrases() -> None:
    for phrase, language, note in BANNED_PHRASES:
        BannedPhrase.objects.get_or_create(
            phrase=phrase, language=language, defaults={"note": note}
        )


def ensure_rejection_reasons(locales) -> dict[str, RejectionReason]:
    """One reason per code in the default language, translated into every other one."""
    default = locales.get(settings.LANGUAGE_CODE) or Locale.get_default()
    reasons = {}
    for order, (code, texts) in enumerate(REJECTION_REASONS.items()):
        reason = RejectionReason.objects.filter(code=code, locale=default).first()
        if reason is None:
            title, guidance = texts[default.language_code]
            reason = RejectionReason.objects.create(
                code=code, title=title, guidance=guidance, sort_order=order, locale=default
            )
        for language, locale in locales.items():
            if locale.pk == default.pk or language not in texts:
                continue
            if reason.get_translation_or_none(locale) is None:
                translation = reason.copy_for_translation(locale)
                translation.title, translation.guidance = texts[language]
                translation.save()
        reasons[code] = reason
    return reasons


def create_demo_ad(item, users, reasons) -> ClassifiedAd:
    now = timezone.now()
    owner = users.get(item["owner"])
    moderator = users["moderator"]
    state = item["state"]
    email, phone = OWNER_CONTACTS[item["owner"]]
    submitted = now - timedelta(days=item["days"], hours=3)
    decided = submitted + timedelta(hours=2 + len(item["title"]) % 18)
    ad = ClassifiedAd.objects.create(
        owner=owner,
        title=item["title"],
        category=item["category"],
        description=item["description"],
        price=Decimal(item["price"]) if item.get("price") else None,
        location=item["location"],
        contact_email=email,
        contact_phone=phone,
        language=item.get("language", "en"),
        # Approval keeps a future expiry; a month after submission, like the default lifetime.
        expires_at=submitted + timedelta(days=saypro_settings.MODERATION_AD_LIFETIME_DAYS),
        created_at=submitted - timedelta(hours=1),
        live=False,
    )
    ad.save_revision(user=owner, log_action=False)
    if state == "draft":
        shift_history(ad, [(now, submitted - timedelta(hours=1))])
        return ad

    submit_without_screening(ad, owner)
    if state == "screening":
        # Just submitted: the screening has not run yet (the periodic sweep will queue it).
        return ad
    screen(ad)
    if state == "review":
        shift_history(ad, [(now, submitted)], submitted=submitted)
        return ad
    reviewed = timezone.now()
    task_state = current_task_state(ad)
    review = task_state.task.specific
    if state == "rejected":
        review.on_action(
            task_state, moderator, "reject", reason=reasons[item["reason"]], comment=item["message"]
        )
    else:
        review.on_action(task_state, moderator, "approve")
    ad.refresh_from_db()

    later = timezone.now()
    if state == "expired":
        after = now - timedelta(days=2)
        ClassifiedAd.objects.filter(pk=ad.pk).update(expires_at=after)
        ad.refresh_from_db()
        lifecycle.expire(ad)
    elif state == "withdrawn":
        after = decided + timedelta(days=2)
        lifecycle.withdraw(ad, owner)
    else:
        after = submitted + timedelta(days=1, hours=5 * len(item.get("reports", ())))
        if item.get("reports"):
            add_reports(ad, item, users, moderator, submitted)
    shift_history(
        ad,
        [(now, submitted), (reviewed, decided), (later, min(after, now))],
        submitted=submitted,
        decided=decided,
    )
    return ad


def submit_without_screening(ad, user) -> None:
    """Submit through the workflow but leave the screening in progress (not queued)."""
    with mock.patch.object(runner, "queue_screening", lambda task_state_id: None):
        lifecycle.submit(ad, user)
    ad.refresh_from_db()


def current_task_state(ad) -> TaskState:
    workflow_state = (
        WorkflowState.objects.for_instance(ad)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("current_task_state")
        .get()
    )
    return workflow_state.current_task_state


def screen(ad) -> None:
    """Run the automatic screening now, as the Celery worker would after the submission."""
    runner.screen_content(current_task_state(ad).pk)
    ad.refresh_from_db()


def shift_history(ad, phases, submitted=None, decided=None) -> None:
    """Move what just happened to the ad back in time, so the admin history, the listing dates
    and the moderation reports show weeks of use.

    ``phases`` are (when it started, when it should have happened): each record made from one
    phase's start until the next one's is moved by the same amount, so the order stays.
    """
    content_type = ContentType.objects.get_for_model(ClassifiedAd)
    same = {"content_type": content_type, "object_id": str(ad.pk)}
    records = [
        (ModelLogEntry.objects.filter(**same), "timestamp"),
        (Revision.objects.for_instance(ad), "created_at"),
        (WorkflowState.objects.for_instance(ad), "created_at"),
        (TaskState.objects.for_instance(ad), "started_at"),
        (TaskState.objects.for_instance(ad), "finished_at"),
        (ScreeningResult.objects.filter(**same), "created_at"),
        (ClassifiedAd.objects.filter(pk=ad.pk), "first_published_at"),
        (ClassifiedAd.objects.filter(pk=ad.pk), "last_published_at"),
    ]
    bounds = [start for start, _target in phases[1:]] + [None]
    for (start, target), end in zip(phases, bounds, strict=True):
        for queryset, field in records:
            rows = queryset.filter(**{f"{field}__gte": start})
            if end is not None:
                rows = rows.filter(**{f"{field}__lt": end})
            rows.update(**{field: F(field) + (target - start)})
    if submitted is not None:
        ClassifiedAd.objects.filter(pk=ad.pk).update(submitted_at=submitted)
        ad.submitted_at = submitted
    if decided is not None:
        ModerationDecision.objects.filter(**same).update(submitted_at=submitted, decided_at=decided)


def add_reports(ad, item, users, moderator, submitted) -> None:
    """Visitors' reports on a live ad, and what the moderator made of them."""
    state = item["state"]
    decided = state in ("removed", "dismissed")
    for number, (reason, message, username) in enumerate(item["reports"]):
        reporter = users.get(username) if username else None
        key = f"user:{reporter.pk}" if reporter else f"demo-visitor:{ad.pk}:{number}"
        reported_at = submitted + timedelta(days=1, hours=number * 5)
        ContentReport.objects.create(
            content_object=ad,
            reason=reason,
            message=message,
            reporter=reporter,
            reporter_key=hashlib.sha256(key.encode()).hexdigest(),
            created_at=reported_at,
            status=(
                choices.REPORT_UPHELD
                if state == "removed"
                else choices.REPORT_DISMISSED
                if state == "dismissed"
                else choices.REPORT_OPEN
            ),
            decided_by=moderator if decided else None,
            decided_at=reported_at + timedelta(hours=4) if decided else None,
            decision_note=item.get("note", "") if decided else "",
        )
        log(instance=ad, action=lifecycle.REPORTED_ACTION, user=reporter, data={"reason": reason})
    if state == "removed":
        lifecycle.remove(ad, moderator, item["note"])
    elif state in ("reported", "hidden"):
        lifecycle.set_status(ad, ad.moderation_status, open_reports=len(item["reports"]))
        if state == "hidden":
            # As the report service does once the open reports reach the threshold.
            lifecycle.hide_after_reports(ad)
