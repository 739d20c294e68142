"""Demo help center of the example site, in English, French and Portuguese.

Pages are created once and left alone afterwards (an editor may have changed them), so loading
the demo again changes nothing: pages are found by slug under their parent, translations with
``get_translation_or_none``, ratings by their demo visitor key, views by (article, day) and
searches by (search, language, day). Dates are relative to the day of the first load.

Two articles are left untranslated in Portuguese on purpose, so that the language switcher's
"not translated yet" link and the notice it leads to can be seen: see ``UNTRANSLATED``. Three
articles are overdue for review (``reviewed_days_ago`` > ``review_interval_days``):
"Setting up two-step verification", "Ways to pay" and "Photo upload fails".
"""

import random
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.utils import normalise_query_string
from wagtail.signal_handlers import disable_reference_index_auto_update

from saypro_wagtail.helpcenter.models import (
    ArticleDailyViews,
    ArticleRating,
    FAQPage,
    HelpArticlePage,
    HelpArticleRelatedLink,
    HelpCategoryPage,
    HelpCenterPage,
    HelpSearchQuery,
)
from saypro_wagtail.helpcenter.ratings import Voter, record_vote
from saypro_wagtail.helpcenter.search import search_articles

ROOT_SLUG = "help"
FAQ_SLUG = "faq"
# Languages with the whole help center; the others get its front page only.
ARTICLE_LANGUAGES = ("en", "fr", "pt")
# Left untranslated on purpose (see the module docstring).
UNTRANSLATED = {"pt": ("invoices-and-receipts", "photo-upload-fails")}
CONTENT_OWNER = "editor"
PAGE_MODELS = (HelpCenterPage, HelpCategoryPage, HelpArticlePage, FAQPage)


def ensure_help_center(
    home: Page, locales: dict[str, Locale], support_page: Page | None = None
) -> list[str]:
    """Create the demo help center under ``home`` and its translations; return lines to print.

    ``support_page`` (the contact page) becomes the root's "Still need help?" link.
    """
    loader = HelpCenterLoader(locales)
    with indexes_updated_once(loader.published):
        roots, articles = loader.ensure_pages(home, support_page)
    today = timezone.localdate()
    ensure_ratings(articles)
    ensure_views(articles, today)
    ensure_searches(roots, locales, today)

    counts = ", ".join(f"{code} {len(pages)}" for code, pages in articles.items())
    only_root = ", ".join(code for code in roots if code not in articles)
    lines = ["", f"Help center: {roots['en'].url} ({counts} articles; {only_root}: front page)"]
    for code, slugs in UNTRANSLATED.items():
        lines.append(f"  Not translated into {code} on purpose: {', '.join(slugs)}")
    return lines


@contextmanager
def indexes_updated_once(pages: list):
    """Update the search and reference indexes once per page instead of on each save.

    A page is saved three or four times on its way to being published, and the search index
    update is most of the cost of a save; this makes loading the demo about twice as fast.
    """
    disconnected = [
        model for model in PAGE_MODELS if post_save.disconnect(search_index_on_save, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(search_index_on_save, sender=model)
    for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific():
        ReferenceIndex.create_or_update_for_object(page)
        index.insert_or_update_object(page)


class HelpCenterLoader:
    """Finds or creates the pages; remembers the ones it published."""

    def __init__(self, locales: dict[str, Locale]):
        self.locales = locales
        self.owner = get_user_model().objects.filter(username=CONTENT_OWNER).first()
        self.today = timezone.localdate()
        self.published: list[Page] = []

    def ensure_pages(self, home: Page, support_page: Page | None):
        """The roots by language, and the live articles by language and slug."""
        root = self.ensure_root(home, support_page)
        categories = {
            key: self.ensure_child(root, HelpCategoryPage, slug, **content["en"])
            for key, (slug, content) in CATEGORIES.items()
        }
        faq_page = self.ensure_child(root, FAQPage, FAQ_SLUG, **FAQ["en"])
        roots, articles = {"en": root}, {"en": self.ensure_articles(categories)}
        for code, locale in self.locales.items():
            if code == "en" or code not in ROOT_TEXT:
                continue
            roots[code] = self.ensure_translation(root, locale, **root_fields(code, support_page))
            if code not in ARTICLE_LANGUAGES:
                continue
            for key, (_slug, content) in CATEGORIES.items():
                self.ensure_translation(categories[key], locale, **content[code])
            self.ensure_translation(faq_page, locale, **FAQ[code])
            articles[code] = {}
            for article in ARTICLES:
                if article.slug in UNTRANSLATED.get(code, ()):
                    continue
                content = article.text[code]
                articles[code][article.slug] = self.ensure_translation(
                    articles["en"][article.slug],
                    locale,
                    tags=content.tags,
                    title=content.title,
                    summary=content.summary,
                    body=content.body,
                )
        return roots, articles

    def publish(self, page: Page) -> None:
        page.save_revision(user=self.owner).publish()
        self.published.append(page)

    def ensure_root(self, home: Page, support_page: Page | None) -> HelpCenterPage:
        root = HelpCenterPage.objects.child_of(home).filter(slug=ROOT_SLUG).first()
        if root is None:
            root = HelpCenterPage(
                slug=ROOT_SLUG, owner=self.owner, **root_fields("en", support_page)
            )
            home.add_child(instance=root)
            self.publish(root)
        elif root.support_page_id is None and support_page is not None:
            root.support_page = support_page
            self.publish(root)
        return root

    def ensure_child(self, parent: Page, model, slug: str, **fields) -> Page:
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, owner=self.owner, **fields)
            parent.add_child(instance=page)
            self.publish(page)
        return page

    def ensure_articles(self, categories: dict) -> dict[str, HelpArticlePage]:
        """The English articles; new ones are published once their related articles exist."""
        pages, new = {}, []
        for article in ARTICLES:
            category = categories[article.category]
            page = HelpArticlePage.objects.child_of(category).filter(slug=article.slug).first()
            if page is None:
                content = article.text["en"]
                page = HelpArticlePage(
                    title=content.title,
                    slug=article.slug,
                    summary=content.summary,
                    body=content.body,
                    audience=article.audience,
                    owner=self.owner,
                    content_owner=self.owner,
                    last_reviewed=self.today - timedelta(days=article.reviewed_days_ago),
                    review_interval_days=article.review_interval_days,
                    live=False,
                )
                category.add_child(instance=page)
                new.append((article, page))
            pages[article.slug] = page
        for article, page in new:
            page.tags.set(list(article.text["en"].tags))
            page.related_links = [
                HelpArticleRelatedLink(related_page=pages[slug], sort_order=number)
                for number, slug in enumerate(article.related)
            ]
            self.publish(page)
        return pages

    def ensure_translation(self, page: Page, locale: Locale, tags=None, **fields) -> Page:
        """The published translation of ``page`` into ``locale``, made from ``fields`` if missing.

        Related articles are copied along and shown in the reader's language when translated.
        """
        translation = page.get_translation_or_none(locale)
        if translation is not None:
            return translation
        translation = page.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            setattr(translation, name, value)
        if tags is not None:
            translation.tags.set(list(tags))
        self.publish(translation)
        return translation


def root_fields(code: str, support_page: Page | None) -> dict:
    title, intro, still_need_help = ROOT_TEXT[code]
    fields = {"title": title, "intro": intro, "still_need_help_text": still_need_help}
    if support_page is not None:
        locale = Locale.objects.filter(language_code=code).first()
        translated = locale and support_page.get_translation_or_none(locale)
        fields["support_page"] = translated or support_page
    return fields


# --- ratings, views and searches -------------------------------------------------------------


def ensure_ratings(articles: dict[str, dict[str, HelpArticlePage]]) -> None:
    """Votes of demo visitors ``demo-0``, ``demo-1``…; a visitor who already voted is skipped.

    Votes go through ``record_vote`` so that the rating summaries match the ratings.
    """
    now = timezone.now()
    for code, pages in articles.items():
        for slug, page in pages.items():
            rng = random.Random(f"ratings/{code}/{slug}")
            most = VOTES_PER_LANGUAGE[code]
            votes = rng.randint(0, most) if slug not in UNRATED else 0
            helpful_rate = HELPFUL_RATE.get(slug, 0.85)
            existing = set(
                ArticleRating.objects.filter(page=page, visitor_key__startswith="demo-")
                .values_list("visitor_key", flat=True)
            )  # fmt: skip
            for number in range(votes):
                helpful = rng.random() < helpful_rate
                comments = RATING_COMMENTS[code]["yes" if helpful else "no"]
                with_comment = rng.random() < (0.2 if helpful else 0.7)
                comment = rng.choice(comments) if with_comment else ""
                when = now - timedelta(days=rng.randint(0, 29), minutes=rng.randint(0, 1439))
                key = f"demo-{number}"
                if key in existing:
                    continue
                rating = record_vote(page, Voter(visitor_key=key), helpful, comment)
                ArticleRating.objects.filter(pk=rating.pk).update(created_at=when, updated_at=when)


def ensure_views(articles: dict[str, dict[str, HelpArticlePage]], today, days=30) -> None:
    """Daily views over the last ``days`` days; days that already have a row are left alone."""
    pages = [page for by_slug in articles.values() for page in by_slug.values()]
    since = today - timedelta(days=days - 1)
    existing = set(
        ArticleDailyViews.objects.filter(page__in=pages, date__gte=since).values_list(
            "page_id", "date"
        )
    )
    rows = []
    for code, by_slug in articles.items():
        for slug, page in by_slug.items():
            base = POPULARITY.get(slug, 6) * LANGUAGE_SHARE[code]
            for days_ago in range(days):
                date = today - timedelta(days=days_ago)
                rng = random.Random(f"views/{code}/{slug}/{date.isoformat()}")
                weekend = 0.6 if date.weekday() >= 5 else 1.0
                views = round(base * weekend * rng.uniform(0.4, 1.6))
                if views and (page.pk, date) not in existing:
                    rows.append(ArticleDailyViews(page=page, date=date, views=views))
    ArticleDailyViews.objects.bulk_create(rows, ignore_conflicts=True)


def ensure_searches(roots: dict[str, HelpCenterPage], locales, today, days=14) -> None:
    """Searches per day over the last ``days`` days, with the number of results they find now."""
    since = today - timedelta(days=days - 1)
    existing = set(
        HelpSearchQuery.objects.filter(date__gte=since).values_list(
            "query_string", "locale_id", "date"
        )
    )
    rows = []
    for code, searches in SEARCHES.items():
        if code not in roots:
            continue
        locale = locales[code]
        for search, weight in searches:
            query = normalise_query_string(search)
            results = search_articles(roots[code], query).count
            for days_ago in range(days):
                date = today - timedelta(days=days_ago)
                rng = random.Random(f"searches/{code}/{query}/{date.isoformat()}")
                hits = max(0, round(weight * rng.uniform(-0.5, 1.5)))
                if hits and (query, locale.pk, date) not in existing:
                    rows.append(
                        HelpSearchQuery(
                            query_string=query,
                            locale=locale,
                            date=date,
                            hits=hits,
                            zero_result_hits=hits if results == 0 else 0,
                            last_result_count=results,
                        )
                    )
    HelpSearchQuery.objects.bulk_create(rows, ignore_conflicts=True)


# --- content ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """An article in one language."""

    title: str
    summary: str
    tags: tuple[str, ...]
    body: list


@dataclass(frozen=True)
class Article:
    slug: str
    category: str
    audience: str
    reviewed_days_ago: int
    text: dict[str, Text]
    review_interval_days: int = 180
    related: tuple[str, ...] = ()


def h2(heading: str) -> str:
    return f"<h2>{heading}</h2>"


def p(*paragraphs: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def text(*html: str) -> dict:
    return {"type": "text", "value": "".join(html)}


def steps(heading: str, *items: tuple[str, str]) -> dict:
    return {
        "type": "steps",
        "value": {
            "heading": heading,
            "steps": [{"title": title, "text": p(details) if details else ""}
                      for title, details in items],
        },
    }  # fmt: skip


def callout(kind: str, html: str) -> dict:
    return {"type": "callout", "value": {"kind": kind, "text": p(html)}}


def faq(question: str, *answer: str) -> dict:
    return {"type": "faq", "value": {"question": question, "answer": p(*answer)}}


# language -> (title, intro, "still need help?" text)
ROOT_TEXT = {
    "en": (
        "Help center",
        p(
            "Answers about your SayPro account, posting classified ads, payments and fixing "
            "common problems. Search for a few words or browse a topic below."
        ),
        "Can't find what you need? Send us a support request and a member of our team will "
        "reply, usually within one working day.",
    ),
    "fr": (
        "Centre d'aide",
        p(
            "Des réponses sur votre compte SayPro, la publication de petites annonces, les "
            "paiements et la résolution des problèmes courants. Faites une recherche ou "
            "parcourez un thème ci-dessous."
        ),
        "Vous ne trouvez pas ce qu'il vous faut ? Envoyez-nous une demande d'assistance : un "
        "membre de notre équipe vous répond, en général sous un jour ouvré.",
    ),
    "pt": (
        "Central de ajuda",
        p(
            "Respostas sobre a sua conta SayPro, a publicação de anúncios classificados, "
            "pagamentos e a resolução de problemas comuns. Pesquise algumas palavras ou "
            "escolha um tema abaixo."
        ),
        "Não encontrou o que procura? Envie-nos um pedido de suporte e um membro da nossa "
        "equipa responde, normalmente no prazo de um dia útil.",
    ),
    "af": (
        "Hulpsentrum",
        p(
            "Ons hulpartikels word tans in Afrikaans vertaal. Intussen kan jy hulle in Engels, "
            "Frans of Portugees lees: kies 'n taal bo-aan die bladsy."
        ),
        "Kan jy nie kry wat jy soek nie? Stuur vir ons 'n ondersteuningsversoek; ons antwoord "
        "gewoonlik binne een werksdag.",
    ),
    "zu": (
        "Isikhungo sosizo",
        p(
            "Izihloko zethu zosizo zisahunyushelwa esiZulwini. Okwamanje ungazifunda "
            "ngesiNgisi, ngesiFulentshi noma ngesiPutukezi: khetha ulimi phezulu ekhasini."
        ),
        "Awukutholi okufunayo? Sithumelele isicelo sosizo; sivame ukuphendula phakathi "
        "kosuku olulodwa lokusebenza.",
    ),
    "ar": (
        "مركز المساعدة",
        p(
            "نعمل حاليًا على ترجمة مقالات المساعدة إلى العربية. يمكنك في الأثناء قراءتها "
            "بالإنجليزية أو الفرنسية أو البرتغالية: اختر لغة في أعلى الصفحة."
        ),
        "لم تجد ما تبحث عنه؟ أرسل إلينا طلب دعم، وسنردّ عادةً خلال يوم عمل واحد.",
    ),
}

# key -> (slug, language -> fields)
CATEGORIES = {
    "account": (
        "account-management",
        {
            "en": {
                "title": "Account Management",
                "intro": p(
                    "Create your account, keep it secure and decide what others can see about you."
                ),
            },
            "fr": {
                "title": "Gestion du compte",
                "intro": p(
                    "Créez votre compte, protégez-le et choisissez ce que les autres peuvent "
                    "voir de vous."
                ),
            },
            "pt": {
                "title": "Gestão da conta",
                "intro": p(
                    "Crie a sua conta, mantenha-a segura e decida o que os outros podem ver "
                    "sobre si."
                ),
            },
        },
    ),
    "ads": (
        "ad-submission",
        {
            "en": {
                "title": "Ad Submission",
                "intro": p(
                    "Post, improve, renew and withdraw classified ads, and learn what our "
                    "moderators check."
                ),
            },
            "fr": {
                "title": "Publication d'annonces",
                "intro": p(
                    "Publiez, améliorez, renouvelez et retirez vos petites annonces, et "
                    "découvrez ce que vérifient nos modérateurs."
                ),
            },
            "pt": {
                "title": "Publicação de anúncios",
                "intro": p(
                    "Publique, melhore, renove e retire anúncios classificados e saiba o que "
                    "os nossos moderadores verificam."
                ),
            },
        },
    ),
    "payments": (
        "payments",
        {
            "en": {
                "title": "Payments",
                "intro": p(
                    "How to pay for featured ads, get receipts and invoices, and ask for a refund."
                ),
            },
            "fr": {
                "title": "Paiements",
                "intro": p(
                    "Comment payer les annonces à la une, obtenir reçus et factures, et "
                    "demander un remboursement."
                ),
            },
            "pt": {
                "title": "Pagamentos",
                "intro": p(
                    "Como pagar anúncios em destaque, obter recibos e faturas e pedir um reembolso."
                ),
            },
        },
    ),
    "troubleshooting": (
        "troubleshooting",
        {
            "en": {
                "title": "Troubleshooting",
                "intro": p(
                    "Fixes for problems with signing in, e-mails, slow pages and photo "
                    "uploads – and how to reach our support team."
                ),
            },
            "fr": {
                "title": "Dépannage",
                "intro": p(
                    "Des solutions aux problèmes de connexion, d'e-mails, de pages lentes et "
                    "d'envoi de photos – et comment joindre notre équipe d'assistance."
                ),
            },
            "pt": {
                "title": "Resolução de problemas",
                "intro": p(
                    "Soluções para problemas ao iniciar sessão, com e-mails, páginas lentas e "
                    "envio de fotos – e como contactar a nossa equipa de suporte."
                ),
            },
        },
    ),
}

FAQ = {
    "en": {
        "title": "Frequently asked questions",
        "intro": p(
            "Short answers to the questions we hear most. For step-by-step help, search the "
            "help center or browse a topic."
        ),
        "body": [
            faq(
                "Is SayPro free to use?",
                "Yes. Creating an account, applying for jobs and posting standard ads are "
                "free. You only pay if you choose to feature an ad.",
            ),
            faq(
                "How long does my ad stay online?",
                "30 days. We remind you by e-mail 3 days before it expires, and you can renew "
                "it for free from <b>My ads</b>.",
            ),
            faq(
                "How quickly are new ads approved?",
                "A moderator checks every new ad. Most are approved within a few hours, and "
                "always within one working day. We e-mail you as soon as your ad is online.",
            ),
            faq(
                "Can I have more than one account?",
                "No, each person may have one account. If you post ads for a company or "
                "organisation, add it to your profile instead of opening a second account.",
            ),
            faq(
                "In which languages can I use SayPro?",
                "The site is available in English, French, Portuguese, Afrikaans and isiZulu. "
                "Help articles are written in English, French and Portuguese, and we are "
                "translating them into more languages.",
            ),
            faq(
                "How do I reach a person?",
                "Send a support request from the contact page. You get a reference number at "
                "once, and a member of our team answers within one working day.",
            ),
        ],
    },
    "fr": {
        "title": "Questions fréquentes",
        "intro": p(
            "Des réponses courtes aux questions que l'on nous pose le plus. Pour une aide pas "
            "à pas, faites une recherche dans le centre d'aide ou parcourez un thème."
        ),
        "body": [
            faq(
                "SayPro est-il gratuit ?",
                "Oui. Créer un compte, postuler à des offres d'emploi et publier des annonces "
                "standard sont gratuits. Vous ne payez que si vous choisissez de mettre une "
                "annonce à la une.",
            ),
            faq(
                "Combien de temps mon annonce reste-t-elle en ligne ?",
                "30 jours. Nous vous prévenons par e-mail 3 jours avant son expiration, et "
                "vous pouvez la renouveler gratuitement depuis <b>Mes annonces</b>.",
            ),
            faq(
                "En combien de temps les nouvelles annonces sont-elles validées ?",
                "Un modérateur vérifie chaque nouvelle annonce. La plupart sont validées en "
                "quelques heures, toujours en moins d'un jour ouvré. Nous vous écrivons dès "
                "que votre annonce est en ligne.",
            ),
            faq(
                "Puis-je avoir plusieurs comptes ?",
                "Non, chaque personne ne peut avoir qu'un compte. Si vous publiez des annonces "
                "pour une entreprise ou une organisation, ajoutez-la à votre profil au lieu "
                "d'ouvrir un second compte.",
            ),
            faq(
                "Dans quelles langues puis-je utiliser SayPro ?",
                "Le site existe en anglais, français, portugais, afrikaans et isiZulu. Les "
                "articles d'aide sont rédigés en anglais, français et portugais, et nous les "
                "traduisons dans d'autres langues.",
            ),
            faq(
                "Comment joindre une personne ?",
                "Envoyez une demande d'assistance depuis la page de contact. Vous recevez "
                "aussitôt un numéro de référence, et un membre de notre équipe vous répond "
                "sous un jour ouvré.",
            ),
        ],
    },
    "pt": {
        "title": "Perguntas frequentes",
        "intro": p(
            "Respostas curtas às perguntas que mais recebemos. Para ajuda passo a passo, "
            "pesquise na central de ajuda ou escolha um tema."
        ),
        "body": [
            faq(
                "A SayPro é gratuita?",
                "Sim. Criar uma conta, candidatar-se a empregos e publicar anúncios normais é "
                "gratuito. Só paga se decidir colocar um anúncio em destaque.",
            ),
            faq(
                "Quanto tempo fica o meu anúncio online?",
                "30 dias. Avisamos por e-mail 3 dias antes de expirar, e pode renová-lo "
                "gratuitamente em <b>Os meus anúncios</b>.",
            ),
            faq(
                "Quanto tempo demora a aprovação de um anúncio novo?",
                "Um moderador verifica cada anúncio novo. A maioria é aprovada em poucas "
                "horas e sempre no prazo de um dia útil. Enviamos-lhe um e-mail assim que o "
                "anúncio estiver online.",
            ),
            faq(
                "Posso ter mais do que uma conta?",
                "Não, cada pessoa pode ter apenas uma conta. Se publica anúncios para uma "
                "empresa ou organização, adicione-a ao seu perfil em vez de abrir uma segunda "
                "conta.",
            ),
            faq(
                "Em que línguas posso usar a SayPro?",
                "O site está disponível em inglês, francês, português, africânder e isiZulu. "
                "Os artigos de ajuda estão escritos em inglês, francês e português, e estamos "
                "a traduzi-los para mais línguas.",
            ),
            faq(
                "Como falo com uma pessoa?",
                "Envie um pedido de suporte a partir da página de contacto. Recebe de imediato "
                "um número de referência, e um membro da nossa equipa responde no prazo de um "
                "dia útil.",
            ),
        ],
    },
}

ACCOUNT_ARTICLES = [
    Article(
        slug="create-an-account",
        category="account",
        audience="everyone",
        reviewed_days_ago=35,
        related=("confirm-your-email", "set-up-two-step-verification", "edit-your-profile"),
        text={
            "en": Text(
                "Creating an account",
                "Register with your e-mail address or mobile number, choose a password and "
                "confirm your address to start using SayPro.",
                ("account", "registration", "sign up"),
                [
                    text(
                        h2("Before you start"),
                        p(
                            "You need an e-mail address that you can open now, or a mobile "
                            "number that can receive SMS messages. Registering is free and "
                            "takes about two minutes.",
                            "Each person may have one account. If you post ads for a company "
                            "or organisation, register with your own details first; you can "
                            "add your organisation to your profile afterwards.",
                        ),
                    ),
                    steps(
                        "Register",
                        (
                            "Open the registration page",
                            "Select <b>Register</b> at the top of any page.",
                        ),
                        (
                            "Enter your details",
                            "Type your full name and your e-mail address "
                            "or mobile number. Use a name people will recognise: it appears on "
                            "your ads and applications.",
                        ),
                        (
                            "Choose a password",
                            "Use at least 10 characters. A short sentence "
                            "that only you would think of is easier to remember than a random "
                            "word.",
                        ),
                        (
                            "Accept the terms",
                            "Read the terms of use and the privacy notice, "
                            "tick the box and select <b>Create account</b>.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Use a password that you do not use on any other website. If another "
                        "site is hacked, your SayPro account stays safe.",
                    ),
                    text(
                        h2("Confirm your e-mail address"),
                        p(
                            "We send you an e-mail with a confirmation link straight away. "
                            "Open it within 7 days to activate your account. Until then you "
                            "can browse and save ads, but you cannot post ads or contact "
                            "advertisers."
                        ),
                    ),
                    text(
                        h2("What to do next"),
                        ul(
                            "Add a photo and a short description to your profile.",
                            "Turn on two-step verification to protect your account.",
                            "Choose which e-mails and SMS alerts you want to receive.",
                        ),
                    ),
                    faq(
                        "Does it cost anything to register?",
                        "No. Creating an account, applying for jobs and posting standard ads "
                        "are free. You only pay if you choose to feature an ad.",
                    ),
                    faq(
                        "I registered but never got the confirmation e-mail.",
                        "Look in your spam or junk folder first. If it is not there, sign in "
                        "and select <b>Send the e-mail again</b>. The article “Not receiving "
                        "our e-mails” lists more things to try.",
                    ),
                ],
            ),
            "fr": Text(
                "Créer un compte",
                "Inscrivez-vous avec votre adresse e-mail ou votre numéro de mobile, "
                "choisissez un mot de passe et confirmez votre adresse pour commencer à "
                "utiliser SayPro.",
                ("compte", "inscription"),
                [
                    text(
                        h2("Avant de commencer"),
                        p(
                            "Il vous faut une adresse e-mail que vous pouvez consulter tout "
                            "de suite, ou un numéro de mobile qui reçoit les SMS. "
                            "L'inscription est gratuite et prend environ deux minutes.",
                            "Chaque personne ne peut avoir qu'un compte. Si vous publiez des "
                            "annonces pour une entreprise ou une organisation, inscrivez-vous "
                            "d'abord à votre nom ; vous pourrez ensuite ajouter votre "
                            "organisation à votre profil.",
                        ),
                    ),
                    steps(
                        "S'inscrire",
                        (
                            "Ouvrez la page d'inscription",
                            "Sélectionnez <b>S'inscrire</b> en haut de n'importe quelle page.",
                        ),
                        (
                            "Saisissez vos coordonnées",
                            "Indiquez vos nom et prénom et votre "
                            "adresse e-mail ou numéro de mobile. Choisissez un nom que l'on "
                            "reconnaîtra : il apparaît sur vos annonces et candidatures.",
                        ),
                        (
                            "Choisissez un mot de passe",
                            "Au moins 10 caractères. Une courte "
                            "phrase que vous seul pouvez imaginer se retient mieux qu'un mot "
                            "au hasard.",
                        ),
                        (
                            "Acceptez les conditions",
                            "Lisez les conditions d'utilisation et "
                            "la politique de confidentialité, cochez la case et sélectionnez "
                            "<b>Créer mon compte</b>.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Utilisez un mot de passe que vous n'utilisez sur aucun autre site. Si "
                        "un autre site est piraté, votre compte SayPro reste protégé.",
                    ),
                    text(
                        h2("Confirmer votre adresse e-mail"),
                        p(
                            "Nous vous envoyons aussitôt un e-mail avec un lien de "
                            "confirmation. Ouvrez-le dans les 7 jours pour activer votre "
                            "compte. En attendant, vous pouvez consulter et enregistrer des "
                            "annonces, mais pas en publier ni contacter les annonceurs."
                        ),
                    ),
                    text(
                        h2("Et ensuite ?"),
                        ul(
                            "Ajoutez une photo et une courte description à votre profil.",
                            "Activez la validation en deux étapes pour protéger votre compte.",
                            "Choisissez les e-mails et alertes SMS que vous voulez recevoir.",
                        ),
                    ),
                    faq(
                        "L'inscription est-elle payante ?",
                        "Non. Créer un compte, postuler à des offres et publier des annonces "
                        "standard sont gratuits. Vous ne payez que si vous mettez une annonce "
                        "à la une.",
                    ),
                    faq(
                        "Je me suis inscrit mais je n'ai pas reçu l'e-mail de confirmation.",
                        "Regardez d'abord dans vos courriers indésirables. S'il n'y est pas, "
                        "connectez-vous et sélectionnez <b>Renvoyer l'e-mail</b>. L'article "
                        "« Vous ne recevez pas nos e-mails » donne d'autres pistes.",
                    ),
                ],
            ),
            "pt": Text(
                "Criar uma conta",
                "Registe-se com o seu endereço de e-mail ou número de telemóvel, escolha uma "
                "palavra-passe e confirme o seu endereço para começar a usar a SayPro.",
                ("conta", "registo"),
                [
                    text(
                        h2("Antes de começar"),
                        p(
                            "Precisa de um endereço de e-mail a que tenha acesso agora, ou de "
                            "um número de telemóvel que receba SMS. O registo é gratuito e "
                            "demora cerca de dois minutos.",
                            "Cada pessoa pode ter uma só conta. Se publica anúncios para uma "
                            "empresa ou organização, registe-se primeiro com os seus dados; "
                            "depois pode adicionar a organização ao seu perfil.",
                        ),
                    ),
                    steps(
                        "Registar-se",
                        (
                            "Abra a página de registo",
                            "Selecione <b>Registar</b> no topo de qualquer página.",
                        ),
                        (
                            "Introduza os seus dados",
                            "Escreva o seu nome completo e o seu "
                            "e-mail ou número de telemóvel. Use um nome que as pessoas "
                            "reconheçam: aparece nos seus anúncios e candidaturas.",
                        ),
                        (
                            "Escolha uma palavra-passe",
                            "Pelo menos 10 caracteres. Uma frase "
                            "curta que só a si ocorreria é mais fácil de lembrar do que uma "
                            "palavra ao acaso.",
                        ),
                        (
                            "Aceite os termos",
                            "Leia os termos de utilização e o aviso de "
                            "privacidade, marque a caixa e selecione <b>Criar conta</b>.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Use uma palavra-passe que não use em mais nenhum site. Se outro site "
                        "for atacado, a sua conta SayPro continua segura.",
                    ),
                    text(
                        h2("Confirmar o seu e-mail"),
                        p(
                            "Enviamos-lhe de imediato um e-mail com uma ligação de "
                            "confirmação. Abra-a no prazo de 7 dias para ativar a conta. Até "
                            "lá pode ver e guardar anúncios, mas não pode publicar anúncios "
                            "nem contactar anunciantes."
                        ),
                    ),
                    text(
                        h2("E a seguir?"),
                        ul(
                            "Adicione uma foto e uma breve descrição ao seu perfil.",
                            "Ative a verificação em dois passos para proteger a sua conta.",
                            "Escolha que e-mails e alertas por SMS quer receber.",
                        ),
                    ),
                    faq(
                        "O registo tem algum custo?",
                        "Não. Criar uma conta, candidatar-se a empregos e publicar anúncios "
                        "normais é gratuito. Só paga se quiser destacar um anúncio.",
                    ),
                    faq(
                        "Registei-me mas não recebi o e-mail de confirmação.",
                        "Procure primeiro na pasta de spam ou lixo. Se não estiver lá, inicie "
                        "sessão e selecione <b>Enviar o e-mail novamente</b>. O artigo “Não "
                        "recebo os vossos e-mails” tem mais sugestões.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="confirm-your-email",
        category="account",
        audience="everyone",
        reviewed_days_ago=60,
        related=("not-receiving-emails", "create-an-account"),
        text={
            "en": Text(
                "Confirming your e-mail address",
                "Open the link in our confirmation e-mail to activate your account. Here is "
                "how, and what to do if the link has expired.",
                ("e-mail", "registration", "confirmation"),
                [
                    text(
                        p(
                            "We ask you to confirm your e-mail address so that we know it is "
                            "really yours. This protects you: password resets, receipts and "
                            "replies from our support team only ever go to a confirmed "
                            "address."
                        )
                    ),
                    steps(
                        "Confirm your address",
                        (
                            "Open the e-mail from SayPro",
                            "Its subject is <i>Confirm your e-mail address</i>.",
                        ),
                        (
                            "Select the confirmation link",
                            "It opens SayPro in your browser and "
                            "shows <b>Your e-mail address is confirmed</b>.",
                        ),
                        (
                            "Sign in if you are asked to",
                            "Use the e-mail address and password you registered with.",
                        ),
                    ),
                    callout(
                        "warning",
                        "The link works for 7 days, and only once. If you changed your e-mail "
                        "address after registering, only the link in the newest e-mail works.",
                    ),
                    faq(
                        "The link says it has expired. What now?",
                        "Sign in and select <b>Send the e-mail again</b> in the banner at the "
                        "top of the page. A new link is sent at once.",
                    ),
                    faq(
                        "Can I change the address I registered with?",
                        "Yes. Go to <b>Account</b> › <b>Settings</b> › <b>E-mail address</b>. "
                        "We send a confirmation link to the new address; the old one keeps "
                        "working until you confirm it.",
                    ),
                ],
            ),
            "fr": Text(
                "Confirmer votre adresse e-mail",
                "Ouvrez le lien de notre e-mail de confirmation pour activer votre compte. "
                "Voici comment faire, et que faire si le lien a expiré.",
                ("e-mail", "inscription", "confirmation"),
                [
                    text(
                        p(
                            "Nous vous demandons de confirmer votre adresse e-mail pour "
                            "vérifier qu'elle est bien la vôtre. C'est une protection : "
                            "réinitialisations de mot de passe, reçus et réponses de "
                            "l'assistance ne partent que vers une adresse confirmée."
                        )
                    ),
                    steps(
                        "Confirmer votre adresse",
                        (
                            "Ouvrez l'e-mail de SayPro",
                            "Son objet est <i>Confirmez votre adresse e-mail</i>.",
                        ),
                        (
                            "Sélectionnez le lien de confirmation",
                            "Il ouvre SayPro dans votre "
                            "navigateur et affiche <b>Votre adresse e-mail est confirmée</b>.",
                        ),
                        (
                            "Connectez-vous si on vous le demande",
                            "Avec l'adresse e-mail et le mot de passe de votre inscription.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Le lien est valable 7 jours et ne sert qu'une fois. Si vous avez "
                        "changé d'adresse e-mail après l'inscription, seul le lien du dernier "
                        "e-mail fonctionne.",
                    ),
                    faq(
                        "Le lien indique qu'il a expiré. Que faire ?",
                        "Connectez-vous et sélectionnez <b>Renvoyer l'e-mail</b> dans le "
                        "bandeau en haut de la page. Un nouveau lien part aussitôt.",
                    ),
                    faq(
                        "Puis-je changer l'adresse de mon inscription ?",
                        "Oui, dans <b>Compte</b> › <b>Paramètres</b> › <b>Adresse e-mail</b>. "
                        "Nous envoyons un lien de confirmation à la nouvelle adresse ; "
                        "l'ancienne reste valable jusqu'à votre confirmation.",
                    ),
                ],
            ),
            "pt": Text(
                "Confirmar o seu endereço de e-mail",
                "Abra a ligação do nosso e-mail de confirmação para ativar a sua conta. Veja "
                "como, e o que fazer se a ligação tiver expirado.",
                ("e-mail", "registo", "confirmação"),
                [
                    text(
                        p(
                            "Pedimos que confirme o seu e-mail para sabermos que é mesmo seu. "
                            "Isto protege-o: redefinições de palavra-passe, recibos e "
                            "respostas do suporte só são enviados para um endereço "
                            "confirmado."
                        )
                    ),
                    steps(
                        "Confirmar o endereço",
                        (
                            "Abra o e-mail da SayPro",
                            "O assunto é <i>Confirme o seu endereço de e-mail</i>.",
                        ),
                        (
                            "Selecione a ligação de confirmação",
                            "Abre a SayPro no navegador e "
                            "mostra <b>O seu e-mail está confirmado</b>.",
                        ),
                        (
                            "Inicie sessão, se lhe for pedido",
                            "Use o e-mail e a palavra-passe com que se registou.",
                        ),
                    ),
                    callout(
                        "warning",
                        "A ligação é válida durante 7 dias e só funciona uma vez. Se mudou de "
                        "e-mail depois do registo, só funciona a ligação do e-mail mais "
                        "recente.",
                    ),
                    faq(
                        "A ligação diz que expirou. E agora?",
                        "Inicie sessão e selecione <b>Enviar o e-mail novamente</b> na faixa "
                        "no topo da página. É enviada de imediato uma nova ligação.",
                    ),
                    faq(
                        "Posso mudar o endereço com que me registei?",
                        "Sim, em <b>Conta</b> › <b>Definições</b> › <b>Endereço de e-mail</b>. "
                        "Enviamos uma ligação de confirmação para o novo endereço; o antigo "
                        "continua a funcionar até o confirmar.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="reset-your-password",
        category="account",
        audience="everyone",
        reviewed_days_ago=20,
        related=("cant-log-in", "set-up-two-step-verification"),
        text={
            "en": Text(
                "Resetting your password",
                "Forgot your password? Ask for a reset link by e-mail or SMS and choose a new "
                "password in a few minutes.",
                ("password", "sign in", "security"),
                [
                    steps(
                        "Choose a new password",
                        (
                            "Go to the sign-in page",
                            "Select <b>Sign in</b>, then <b>Forgot your password?</b>",
                        ),
                        (
                            "Enter your e-mail address or mobile number",
                            "Use the one you "
                            "registered with. For your security we show the same message "
                            "whether or not an account exists.",
                        ),
                        (
                            "Open the reset link",
                            "We send it by e-mail, or by SMS if you "
                            "entered a mobile number. It arrives within a few minutes.",
                        ),
                        (
                            "Enter a new password twice",
                            "Choose at least 10 characters that "
                            "you have not used on SayPro before, then select <b>Save "
                            "password</b>.",
                        ),
                    ),
                    callout(
                        "warning",
                        "The reset link expires after one hour and works only once. If you "
                        "ask for several links, only the newest one works.",
                    ),
                    text(
                        p(
                            "When your password changes, we sign you out on all your other "
                            "devices and send you an e-mail about it. If you did not change it "
                            "yourself, contact support straight away."
                        )
                    ),
                    faq(
                        "I can no longer open my e-mail account.",
                        "Send a support request from the contact page with your name, the "
                        "mobile number on your account and the titles of ads you posted. We "
                        "check that the account is yours before we change the address.",
                    ),
                ],
            ),
            "fr": Text(
                "Réinitialiser votre mot de passe",
                "Mot de passe oublié ? Demandez un lien de réinitialisation par e-mail ou par "
                "SMS et choisissez un nouveau mot de passe en quelques minutes.",
                ("mot de passe", "connexion", "sécurité"),
                [
                    steps(
                        "Choisir un nouveau mot de passe",
                        (
                            "Allez sur la page de connexion",
                            "Sélectionnez <b>Se connecter</b>, puis <b>Mot de passe oublié ?</b>",
                        ),
                        (
                            "Saisissez votre adresse e-mail ou numéro de mobile",
                            "Celui de "
                            "votre inscription. Par sécurité, le même message s'affiche qu'un "
                            "compte existe ou non.",
                        ),
                        (
                            "Ouvrez le lien de réinitialisation",
                            "Envoyé par e-mail, ou par SMS "
                            "si vous avez saisi un numéro de mobile. Il arrive en quelques "
                            "minutes.",
                        ),
                        (
                            "Saisissez deux fois le nouveau mot de passe",
                            "Au moins 10 "
                            "caractères jamais utilisés sur SayPro, puis sélectionnez "
                            "<b>Enregistrer</b>.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Le lien expire au bout d'une heure et ne sert qu'une fois. Si vous "
                        "demandez plusieurs liens, seul le dernier fonctionne.",
                    ),
                    text(
                        p(
                            "Quand votre mot de passe change, nous vous déconnectons de tous "
                            "vos autres appareils et vous en informons par e-mail. Si ce "
                            "n'est pas vous, contactez l'assistance immédiatement."
                        )
                    ),
                    faq(
                        "Je n'ai plus accès à ma messagerie.",
                        "Envoyez une demande d'assistance depuis la page de contact avec "
                        "votre nom, le numéro de mobile de votre compte et les titres "
                        "d'annonces publiées. Nous vérifions que le compte est bien le vôtre "
                        "avant de changer l'adresse.",
                    ),
                ],
            ),
            "pt": Text(
                "Redefinir a palavra-passe",
                "Esqueceu-se da palavra-passe? Peça uma ligação de redefinição por e-mail ou "
                "SMS e escolha uma nova em poucos minutos.",
                ("palavra-passe", "iniciar sessão", "segurança"),
                [
                    steps(
                        "Escolher uma nova palavra-passe",
                        (
                            "Vá à página de início de sessão",
                            "Selecione <b>Iniciar "
                            "sessão</b> e depois <b>Esqueceu-se da palavra-passe?</b>",
                        ),
                        (
                            "Introduza o seu e-mail ou número de telemóvel",
                            "O mesmo do "
                            "registo. Por segurança, mostramos a mesma mensagem quer a conta "
                            "exista quer não.",
                        ),
                        (
                            "Abra a ligação de redefinição",
                            "Enviamo-la por e-mail, ou por SMS "
                            "se indicou um número de telemóvel. Chega em poucos minutos.",
                        ),
                        (
                            "Introduza duas vezes a nova palavra-passe",
                            "Pelo menos 10 "
                            "caracteres que nunca tenha usado na SayPro; depois selecione "
                            "<b>Guardar</b>.",
                        ),
                    ),
                    callout(
                        "warning",
                        "A ligação expira ao fim de uma hora e só funciona uma vez. Se pedir "
                        "várias ligações, só a mais recente funciona.",
                    ),
                    text(
                        p(
                            "Quando a palavra-passe muda, terminamos a sessão em todos os "
                            "seus outros dispositivos e avisamos por e-mail. Se não foi o "
                            "próprio, contacte o suporte imediatamente."
                        )
                    ),
                    faq(
                        "Já não consigo abrir o meu e-mail.",
                        "Envie um pedido de suporte a partir da página de contacto com o seu "
                        "nome, o número de telemóvel da conta e os títulos de anúncios que "
                        "publicou. Confirmamos que a conta é sua antes de mudar o endereço.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="set-up-two-step-verification",
        category="account",
        audience="everyone",
        # Overdue: last reviewed 120 days ago, to be reviewed every 90 days.
        reviewed_days_ago=120,
        review_interval_days=90,
        related=("reset-your-password", "cant-log-in"),
        text={
            "en": Text(
                "Setting up two-step verification",
                "Add a second step to signing in with an authenticator app, so that nobody "
                "can use your account even if they learn your password.",
                ("security", "two-step verification", "sign in"),
                [
                    text(
                        h2("How it works"),
                        p(
                            "With two-step verification, signing in takes two things: your "
                            "password and a six-digit code from an authenticator app on your "
                            "phone. The code changes every 30 seconds, so a stolen password "
                            "alone is not enough.",
                            "Free authenticator apps include Google Authenticator, Microsoft "
                            "Authenticator and Aegis. Any app that supports “TOTP” codes "
                            "works.",
                        ),
                    ),
                    steps(
                        "Turn it on",
                        (
                            "Open your security settings",
                            "Go to <b>Account</b> › "
                            "<b>Settings</b> › <b>Security</b> and select <b>Turn on two-step "
                            "verification</b>.",
                        ),
                        (
                            "Scan the QR code",
                            "Open your authenticator app, add an account "
                            "and point your phone's camera at the code on the screen.",
                        ),
                        (
                            "Enter the code",
                            "Type the six-digit code the app shows and select <b>Verify</b>.",
                        ),
                        (
                            "Save your backup codes",
                            "We show ten one-time backup codes. Print "
                            "them or keep them in a password manager.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Keep your backup codes somewhere safe, away from your phone. If you "
                        "lose both, our support team must check your identity before "
                        "switching two-step verification off, which can take several "
                        "working days.",
                    ),
                    text(
                        h2("Signing in on a new device"),
                        p(
                            "After your password, enter the current code from the app. On "
                            "your own computer or phone you can tick <b>Trust this device for "
                            "30 days</b> – never do this on a shared one."
                        ),
                    ),
                    text(
                        h2("Changing phones"),
                        p(
                            "Before you reset or give away your old phone, go to "
                            "<b>Security</b>, select <b>Move to a new phone</b> and scan the "
                            "new QR code with the new phone."
                        ),
                    ),
                    faq(
                        "Can I get the codes by SMS instead?",
                        "Not at the moment. SMS messages can be intercepted or delayed, so we "
                        "only support authenticator apps and backup codes.",
                    ),
                ],
            ),
            "fr": Text(
                "Activer la validation en deux étapes",
                "Ajoutez une seconde étape à la connexion avec une application "
                "d'authentification : personne ne pourra utiliser votre compte, même en "
                "connaissant votre mot de passe.",
                ("sécurité", "validation en deux étapes", "connexion"),
                [
                    text(
                        h2("Comment ça marche"),
                        p(
                            "Avec la validation en deux étapes, il faut deux choses pour se "
                            "connecter : votre mot de passe et un code à six chiffres donné "
                            "par une application d'authentification sur votre téléphone. Le "
                            "code change toutes les 30 secondes : un mot de passe volé ne "
                            "suffit donc plus.",
                            "Parmi les applications gratuites : Google Authenticator, "
                            "Microsoft Authenticator et Aegis. Toute application compatible "
                            "avec les codes « TOTP » convient.",
                        ),
                    ),
                    steps(
                        "L'activer",
                        (
                            "Ouvrez vos paramètres de sécurité",
                            "Allez dans <b>Compte</b> › "
                            "<b>Paramètres</b> › <b>Sécurité</b> et sélectionnez <b>Activer la "
                            "validation en deux étapes</b>.",
                        ),
                        (
                            "Scannez le QR code",
                            "Ouvrez l'application, ajoutez un compte et "
                            "pointez l'appareil photo du téléphone vers le code affiché.",
                        ),
                        (
                            "Saisissez le code",
                            "Tapez le code à six chiffres affiché par "
                            "l'application et sélectionnez <b>Vérifier</b>.",
                        ),
                        (
                            "Gardez vos codes de secours",
                            "Nous affichons dix codes de secours "
                            "à usage unique. Imprimez-les ou rangez-les dans un gestionnaire de "
                            "mots de passe.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Rangez vos codes de secours en lieu sûr, loin de votre téléphone. Si "
                        "vous perdez les deux, l'assistance doit vérifier votre identité "
                        "avant de désactiver la validation, ce qui peut prendre plusieurs "
                        "jours ouvrés.",
                    ),
                    text(
                        h2("Se connecter sur un nouvel appareil"),
                        p(
                            "Après le mot de passe, saisissez le code affiché par "
                            "l'application. Sur votre propre ordinateur ou téléphone, vous "
                            "pouvez cocher <b>Faire confiance à cet appareil pendant 30 "
                            "jours</b> – jamais sur un appareil partagé."
                        ),
                    ),
                    text(
                        h2("Changer de téléphone"),
                        p(
                            "Avant de réinitialiser ou de donner votre ancien téléphone, "
                            "allez dans <b>Sécurité</b>, sélectionnez <b>Passer à un nouveau "
                            "téléphone</b> et scannez le nouveau QR code avec le nouveau "
                            "téléphone."
                        ),
                    ),
                    faq(
                        "Puis-je recevoir les codes par SMS ?",
                        "Pas pour le moment. Les SMS peuvent être interceptés ou retardés : "
                        "nous n'acceptons que les applications d'authentification et les "
                        "codes de secours.",
                    ),
                ],
            ),
            "pt": Text(
                "Ativar a verificação em dois passos",
                "Acrescente um segundo passo ao início de sessão com uma aplicação de "
                "autenticação, para que ninguém use a sua conta mesmo que descubra a "
                "palavra-passe.",
                ("segurança", "verificação em dois passos", "iniciar sessão"),
                [
                    text(
                        h2("Como funciona"),
                        p(
                            "Com a verificação em dois passos, iniciar sessão exige duas "
                            "coisas: a palavra-passe e um código de seis dígitos de uma "
                            "aplicação de autenticação no seu telemóvel. O código muda a cada "
                            "30 segundos, por isso uma palavra-passe roubada não chega.",
                            "Há aplicações gratuitas como o Google Authenticator, o Microsoft "
                            "Authenticator e o Aegis. Qualquer aplicação compatível com "
                            "códigos “TOTP” funciona.",
                        ),
                    ),
                    steps(
                        "Ativar",
                        (
                            "Abra as definições de segurança",
                            "Vá a <b>Conta</b> › "
                            "<b>Definições</b> › <b>Segurança</b> e selecione <b>Ativar a "
                            "verificação em dois passos</b>.",
                        ),
                        (
                            "Leia o código QR",
                            "Abra a aplicação, adicione uma conta e aponte a "
                            "câmara do telemóvel para o código no ecrã.",
                        ),
                        (
                            "Introduza o código",
                            "Escreva o código de seis dígitos que a "
                            "aplicação mostra e selecione <b>Verificar</b>.",
                        ),
                        (
                            "Guarde os códigos de recuperação",
                            "Mostramos dez códigos de "
                            "utilização única. Imprima-os ou guarde-os num gestor de "
                            "palavras-passe.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Guarde os códigos de recuperação num local seguro, longe do "
                        "telemóvel. Se perder ambos, o suporte tem de confirmar a sua "
                        "identidade antes de desativar a verificação, o que pode demorar "
                        "vários dias úteis.",
                    ),
                    text(
                        h2("Iniciar sessão num dispositivo novo"),
                        p(
                            "Depois da palavra-passe, introduza o código atual da aplicação. "
                            "No seu próprio computador ou telemóvel pode marcar <b>Confiar "
                            "neste dispositivo durante 30 dias</b> – nunca num dispositivo "
                            "partilhado."
                        ),
                    ),
                    text(
                        h2("Mudar de telemóvel"),
                        p(
                            "Antes de repor ou oferecer o telemóvel antigo, vá a "
                            "<b>Segurança</b>, selecione <b>Mudar para um telemóvel novo</b> "
                            "e leia o novo código QR com o telemóvel novo."
                        ),
                    ),
                    faq(
                        "Posso receber os códigos por SMS?",
                        "De momento não. As mensagens SMS podem ser intercetadas ou chegar "
                        "com atraso, por isso só aceitamos aplicações de autenticação e "
                        "códigos de recuperação.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="edit-your-profile",
        category="account",
        audience="applicants",
        reviewed_days_ago=45,
        related=("privacy-settings", "create-an-account"),
        text={
            "en": Text(
                "Editing your profile",
                "Update your name, photo, contact details, skills and CV so that employers "
                "and buyers know who they are dealing with.",
                ("profile", "CV"),
                [
                    text(
                        p(
                            "Your profile is what employers see when you apply for a job, "
                            "and what buyers see next to your ads. A complete profile with a "
                            "clear photo gets noticeably more replies."
                        )
                    ),
                    steps(
                        "Update your profile",
                        (
                            "Open your profile",
                            "Select your name at the top of the page, then <b>My profile</b>.",
                        ),
                        (
                            "Select Edit profile",
                            "Change any field: name, photo, town, phone "
                            "number, short description, skills and languages.",
                        ),
                        (
                            "Upload your CV (optional)",
                            "PDF or Word files of up to 5 MB. "
                            "Employers only see it when you apply for one of their jobs.",
                        ),
                        ("Save", "Select <b>Save changes</b>. Your profile is updated at once."),
                    ),
                    callout(
                        "tip",
                        "Use a recent photo of your face against a plain background. Logos "
                        "and group photos are not accepted as profile photos.",
                    ),
                    faq(
                        "Why can't I change my name?",
                        "You can change your name once every 30 days. If you need to correct "
                        "it sooner, for example after getting married, send a support "
                        "request.",
                    ),
                    faq(
                        "Who can see my phone number?",
                        "Only the people you allow in your privacy settings. By default it is "
                        "hidden, and people contact you through SayPro messages.",
                    ),
                ],
            ),
            "fr": Text(
                "Modifier votre profil",
                "Mettez à jour votre nom, votre photo, vos coordonnées, vos compétences et "
                "votre CV pour que recruteurs et acheteurs sachent à qui ils ont affaire.",
                ("profil", "CV"),
                [
                    text(
                        p(
                            "Votre profil, c'est ce que voient les recruteurs quand vous "
                            "postulez, et les acheteurs à côté de vos annonces. Un profil "
                            "complet avec une photo nette reçoit nettement plus de réponses."
                        )
                    ),
                    steps(
                        "Mettre à jour votre profil",
                        (
                            "Ouvrez votre profil",
                            "Sélectionnez votre nom en haut de la page, puis <b>Mon profil</b>.",
                        ),
                        (
                            "Sélectionnez Modifier le profil",
                            "Changez n'importe quel champ : "
                            "nom, photo, ville, téléphone, courte description, compétences et "
                            "langues.",
                        ),
                        (
                            "Ajoutez votre CV (facultatif)",
                            "Fichier PDF ou Word de 5 Mo au "
                            "plus. Les recruteurs ne le voient que si vous postulez à l'une de "
                            "leurs offres.",
                        ),
                        (
                            "Enregistrez",
                            "Sélectionnez <b>Enregistrer les modifications</b>. "
                            "Votre profil est mis à jour aussitôt.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Choisissez une photo récente de votre visage sur un fond uni. Les "
                        "logos et photos de groupe ne sont pas acceptés.",
                    ),
                    faq(
                        "Pourquoi ne puis-je pas changer de nom ?",
                        "Vous pouvez changer de nom une fois tous les 30 jours. Pour une "
                        "correction plus urgente, par exemple après un mariage, envoyez une "
                        "demande d'assistance.",
                    ),
                    faq(
                        "Qui peut voir mon numéro de téléphone ?",
                        "Seulement les personnes autorisées dans vos paramètres de "
                        "confidentialité. Par défaut il est masqué, et l'on vous contacte par "
                        "la messagerie SayPro.",
                    ),
                ],
            ),
            "pt": Text(
                "Editar o seu perfil",
                "Atualize o nome, a foto, os contactos, as competências e o CV para que "
                "empregadores e compradores saibam com quem estão a lidar.",
                ("perfil", "CV"),
                [
                    text(
                        p(
                            "O seu perfil é o que os empregadores veem quando se candidata a "
                            "um emprego, e o que os compradores veem junto dos seus anúncios. "
                            "Um perfil completo com uma foto nítida recebe muito mais "
                            "respostas."
                        )
                    ),
                    steps(
                        "Atualizar o perfil",
                        (
                            "Abra o seu perfil",
                            "Selecione o seu nome no topo da página e depois <b>O meu perfil</b>.",
                        ),
                        (
                            "Selecione Editar perfil",
                            "Altere qualquer campo: nome, foto, "
                            "localidade, telefone, breve descrição, competências e línguas.",
                        ),
                        (
                            "Carregue o seu CV (opcional)",
                            "Ficheiros PDF ou Word até 5 MB. Os "
                            "empregadores só o veem quando se candidata a uma das suas ofertas.",
                        ),
                        (
                            "Guarde",
                            "Selecione <b>Guardar alterações</b>. O perfil é "
                            "atualizado de imediato.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Use uma foto recente do seu rosto sobre um fundo liso. Logótipos e "
                        "fotos de grupo não são aceites como foto de perfil.",
                    ),
                    faq(
                        "Porque não consigo mudar o meu nome?",
                        "Pode mudar o nome uma vez a cada 30 dias. Se precisar de o corrigir "
                        "antes, por exemplo depois de casar, envie um pedido de suporte.",
                    ),
                    faq(
                        "Quem pode ver o meu número de telefone?",
                        "Só as pessoas que autorizar nas definições de privacidade. Por "
                        "predefinição está oculto, e as pessoas contactam-no pelas mensagens "
                        "da SayPro.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="privacy-settings",
        category="account",
        audience="everyone",
        reviewed_days_ago=90,
        related=("edit-your-profile", "delete-your-account"),
        text={
            "en": Text(
                "Choosing who sees your profile",
                "Your privacy settings decide who can see your profile, phone number and CV, "
                "and which messages we may send you.",
                ("privacy", "profile", "notifications"),
                [
                    text(
                        h2("Who can see your profile"),
                        p(
                            "Go to <b>Account</b> › <b>Settings</b> › <b>Privacy</b>. For "
                            "each part of your profile you can choose:"
                        ),
                        ul(
                            "<b>Everyone</b> – anyone visiting the site, including people who "
                            "are not signed in.",
                            "<b>Signed-in members</b> – only people with a SayPro account.",
                            "<b>Only me</b> – hidden from everyone else.",
                        ),
                    ),
                    text(
                        h2("Your contact details"),
                        p(
                            "Your e-mail address is never shown on the site. Your phone "
                            "number stays hidden unless you choose to show it on your ads. "
                            "People can always reach you through SayPro messages, which keep "
                            "your details private."
                        ),
                    ),
                    text(
                        h2("E-mails and SMS alerts"),
                        p(
                            "Under <b>Notifications</b> you choose which messages you "
                            "receive: replies to your ads, job alerts, tips and news. "
                            "Messages about your account's security, your payments and your "
                            "support requests are always sent."
                        ),
                    ),
                    callout(
                        "info",
                        "Hiding your profile does not hide ads you have already posted. To "
                        "take an ad down, withdraw it from <b>My ads</b>.",
                    ),
                    faq(
                        "Can employers find my CV in a search?",
                        "Only if you turn on <b>Let employers find my CV</b>. Otherwise they "
                        "see it only when you apply for one of their jobs.",
                    ),
                ],
            ),
            "fr": Text(
                "Choisir qui voit votre profil",
                "Vos paramètres de confidentialité décident qui voit votre profil, votre "
                "numéro de téléphone et votre CV, et quels messages nous pouvons vous envoyer.",
                ("confidentialité", "profil", "notifications"),
                [
                    text(
                        h2("Qui voit votre profil"),
                        p(
                            "Allez dans <b>Compte</b> › <b>Paramètres</b> › "
                            "<b>Confidentialité</b>. Pour chaque partie du profil, vous "
                            "choisissez :"
                        ),
                        ul(
                            "<b>Tout le monde</b> – tous les visiteurs, même non connectés.",
                            "<b>Membres connectés</b> – seulement les personnes ayant un "
                            "compte SayPro.",
                            "<b>Moi seul</b> – masqué pour tous les autres.",
                        ),
                    ),
                    text(
                        h2("Vos coordonnées"),
                        p(
                            "Votre adresse e-mail n'apparaît jamais sur le site. Votre numéro "
                            "de téléphone reste masqué, sauf si vous choisissez de l'afficher "
                            "sur vos annonces. On peut toujours vous joindre par la "
                            "messagerie SayPro, qui protège vos coordonnées."
                        ),
                    ),
                    text(
                        h2("E-mails et alertes SMS"),
                        p(
                            "Sous <b>Notifications</b>, choisissez les messages que vous "
                            "recevez : réponses à vos annonces, alertes emploi, conseils et "
                            "actualités. Les messages sur la sécurité du compte, vos "
                            "paiements et vos demandes d'assistance sont toujours envoyés."
                        ),
                    ),
                    callout(
                        "info",
                        "Masquer votre profil ne masque pas les annonces déjà publiées. Pour "
                        "retirer une annonce, passez par <b>Mes annonces</b>.",
                    ),
                    faq(
                        "Les recruteurs peuvent-ils trouver mon CV par une recherche ?",
                        "Seulement si vous activez <b>Permettre aux recruteurs de trouver mon "
                        "CV</b>. Sinon, ils ne le voient que lorsque vous postulez à leurs "
                        "offres.",
                    ),
                ],
            ),
            "pt": Text(
                "Escolher quem vê o seu perfil",
                "As definições de privacidade decidem quem pode ver o seu perfil, o seu "
                "telefone e o seu CV, e que mensagens lhe podemos enviar.",
                ("privacidade", "perfil", "notificações"),
                [
                    text(
                        h2("Quem pode ver o seu perfil"),
                        p(
                            "Vá a <b>Conta</b> › <b>Definições</b> › <b>Privacidade</b>. Para "
                            "cada parte do perfil pode escolher:"
                        ),
                        ul(
                            "<b>Todos</b> – qualquer visitante do site, mesmo sem sessão iniciada.",
                            "<b>Membros com sessão iniciada</b> – só quem tem conta SayPro.",
                            "<b>Só eu</b> – oculto para todos os outros.",
                        ),
                    ),
                    text(
                        h2("Os seus contactos"),
                        p(
                            "O seu e-mail nunca aparece no site. O telefone fica oculto, a "
                            "menos que decida mostrá-lo nos seus anúncios. As pessoas podem "
                            "sempre contactá-lo pelas mensagens da SayPro, que mantêm os seus "
                            "dados privados."
                        ),
                    ),
                    text(
                        h2("E-mails e alertas por SMS"),
                        p(
                            "Em <b>Notificações</b> escolhe as mensagens que recebe: "
                            "respostas aos seus anúncios, alertas de emprego, dicas e "
                            "novidades. As mensagens sobre a segurança da conta, pagamentos e "
                            "pedidos de suporte são sempre enviadas."
                        ),
                    ),
                    callout(
                        "info",
                        "Ocultar o perfil não oculta os anúncios já publicados. Para retirar "
                        "um anúncio, use <b>Os meus anúncios</b>.",
                    ),
                    faq(
                        "Os empregadores podem encontrar o meu CV numa pesquisa?",
                        "Só se ativar <b>Permitir que empregadores encontrem o meu CV</b>. Caso "
                        "contrário, só o veem quando se candidata às ofertas deles.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="delete-your-account",
        category="account",
        audience="everyone",
        reviewed_days_ago=150,
        related=("privacy-settings", "contacting-support"),
        text={
            "en": Text(
                "Deleting your account or downloading your data",
                "Download a copy of everything we hold about you, or close your account for "
                "good. You can change your mind within 30 days.",
                ("privacy", "account", "personal data"),
                [
                    text(
                        h2("Download a copy of your data"),
                        p(
                            "You can ask for a copy of your profile, ads, messages, "
                            "applications and payment history at any time. It is free."
                        ),
                    ),
                    steps(
                        "Request your data",
                        (
                            "Open your privacy settings",
                            "Go to <b>Account</b> › <b>Settings</b> › <b>Privacy</b>.",
                        ),
                        ("Select Download my data", "Confirm with your password."),
                        (
                            "Wait for our e-mail",
                            "Preparing the file takes up to 48 hours. We "
                            "e-mail you a download link that works for 7 days.",
                        ),
                    ),
                    text(
                        h2("Delete your account"),
                        p(
                            "Deleting your account removes your profile, takes your ads "
                            "offline and stops all e-mails. Invoices are kept for as long as "
                            "the law requires, but are no longer linked to a profile anyone "
                            "can see."
                        ),
                    ),
                    steps(
                        "",
                        ("Go to Account › Settings › Delete account", ""),
                        ("Tell us why (optional)", "Your answer helps us improve the site."),
                        ("Confirm with your password", "Then select <b>Delete my account</b>."),
                    ),
                    callout(
                        "warning",
                        "For 30 days after you delete your account you can change your mind "
                        "by signing in again. After that, everything is deleted for good and "
                        "cannot be recovered.",
                    ),
                    faq(
                        "Do I get money back for a featured ad?",
                        "Not for days already used. If you paid for a feature in the last 14 "
                        "days, contact support before deleting your account: it may still "
                        "qualify for a refund.",
                    ),
                ],
            ),
            "fr": Text(
                "Supprimer votre compte ou télécharger vos données",
                "Téléchargez une copie de tout ce que nous conservons sur vous, ou fermez "
                "définitivement votre compte. Vous pouvez changer d'avis pendant 30 jours.",
                ("confidentialité", "compte", "données personnelles"),
                [
                    text(
                        h2("Télécharger une copie de vos données"),
                        p(
                            "Vous pouvez demander à tout moment une copie de votre profil, "
                            "de vos annonces, messages, candidatures et paiements. C'est "
                            "gratuit."
                        ),
                    ),
                    steps(
                        "Demander vos données",
                        (
                            "Ouvrez vos paramètres de confidentialité",
                            "<b>Compte</b> › <b>Paramètres</b> › <b>Confidentialité</b>.",
                        ),
                        (
                            "Sélectionnez Télécharger mes données",
                            "Confirmez avec votre mot de passe.",
                        ),
                        (
                            "Attendez notre e-mail",
                            "La préparation du fichier prend jusqu'à "
                            "48 heures. Nous vous envoyons un lien valable 7 jours.",
                        ),
                    ),
                    text(
                        h2("Supprimer votre compte"),
                        p(
                            "La suppression efface votre profil, retire vos annonces et met "
                            "fin à tous les e-mails. Les factures sont conservées aussi "
                            "longtemps que la loi l'exige, mais ne sont plus liées à un "
                            "profil visible."
                        ),
                    ),
                    steps(
                        "",
                        ("Allez dans Compte › Paramètres › Supprimer le compte", ""),
                        (
                            "Dites-nous pourquoi (facultatif)",
                            "Votre réponse nous aide à améliorer le site.",
                        ),
                        (
                            "Confirmez avec votre mot de passe",
                            "Puis sélectionnez <b>Supprimer mon compte</b>.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Pendant 30 jours après la suppression, vous pouvez changer d'avis en "
                        "vous reconnectant. Ensuite, tout est effacé définitivement.",
                    ),
                    faq(
                        "Suis-je remboursé d'une annonce à la une ?",
                        "Pas des jours déjà utilisés. Si vous avez payé une mise à la une ces "
                        "14 derniers jours, contactez l'assistance avant de supprimer votre "
                        "compte : elle peut encore donner droit à un remboursement.",
                    ),
                ],
            ),
            "pt": Text(
                "Eliminar a conta ou transferir os seus dados",
                "Transfira uma cópia de tudo o que guardamos sobre si, ou feche a sua conta "
                "definitivamente. Pode mudar de ideias no prazo de 30 dias.",
                ("privacidade", "conta", "dados pessoais"),
                [
                    text(
                        h2("Transferir uma cópia dos seus dados"),
                        p(
                            "Pode pedir a qualquer momento uma cópia do seu perfil, anúncios, "
                            "mensagens, candidaturas e pagamentos. É gratuito."
                        ),
                    ),
                    steps(
                        "Pedir os seus dados",
                        (
                            "Abra as definições de privacidade",
                            "<b>Conta</b> › <b>Definições</b> › <b>Privacidade</b>.",
                        ),
                        ("Selecione Transferir os meus dados", "Confirme com a palavra-passe."),
                        (
                            "Aguarde o nosso e-mail",
                            "Preparar o ficheiro demora até 48 horas. "
                            "Enviamos uma ligação válida durante 7 dias.",
                        ),
                    ),
                    text(
                        h2("Eliminar a conta"),
                        p(
                            "Eliminar a conta apaga o seu perfil, retira os seus anúncios e "
                            "termina todos os e-mails. As faturas são guardadas durante o "
                            "tempo que a lei exige, mas deixam de estar ligadas a um perfil "
                            "visível."
                        ),
                    ),
                    steps(
                        "",
                        ("Vá a Conta › Definições › Eliminar conta", ""),
                        (
                            "Diga-nos porquê (opcional)",
                            "A sua resposta ajuda-nos a melhorar o site.",
                        ),
                        (
                            "Confirme com a palavra-passe",
                            "Depois selecione <b>Eliminar a minha conta</b>.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Durante 30 dias após eliminar a conta pode mudar de ideias iniciando "
                        "sessão novamente. Depois disso, tudo é apagado definitivamente.",
                    ),
                    faq(
                        "Recebo dinheiro de volta por um anúncio em destaque?",
                        "Não pelos dias já usados. Se pagou um destaque nos últimos 14 dias, "
                        "contacte o suporte antes de eliminar a conta: pode ainda ter direito "
                        "a reembolso.",
                    ),
                ],
            ),
        },
    ),
]

AD_ARTICLES = [
    Article(
        slug="post-an-ad",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=30,
        related=("writing-a-good-ad", "adding-photos", "why-was-my-ad-rejected"),
        text={
            "en": Text(
                "Posting an ad",
                "Post a classified ad in five steps: choose a category, describe what you "
                "offer, add photos, set a price and send it for review.",
                ("ads", "posting"),
                [
                    text(
                        h2("Before you post"),
                        p(
                            "You need a SayPro account with a confirmed e-mail address. "
                            "Posting a standard ad is free, and you can have up to 10 ads "
                            "online at the same time.",
                            "Have your photos ready, and check that what you offer is "
                            "allowed: the article “Writing a good ad” lists our ad rules.",
                        ),
                    ),
                    steps(
                        "Post your ad",
                        ("Select Post an ad", "The button is at the top of every page."),
                        (
                            "Choose a category",
                            "Pick the one that fits best, for example "
                            "<i>Jobs</i>, <i>Services</i>, <i>Vehicles</i> or <i>For sale</i>. "
                            "The right category helps people find your ad.",
                        ),
                        (
                            "Describe what you offer",
                            "Write a clear title and a description: "
                            "what it is, its condition and where it is.",
                        ),
                        (
                            "Add photos",
                            "Up to 10 photos. The first one is shown in search results.",
                        ),
                        (
                            "Set a price and send",
                            "Enter a price, or choose <b>Free</b> or "
                            "<b>Price on request</b>, then select <b>Send for review</b>.",
                        ),
                    ),
                    text(
                        h2("What happens after you send it"),
                        p(
                            "A moderator checks every new ad against our ad rules. Most ads "
                            "are approved within a few hours, always within one working day. "
                            "We e-mail you as soon as your ad is online – or tell you what to "
                            "change if it is not.",
                            "Your ad stays online for 30 days, and you can renew it for free.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Ads with a price and at least three good photos get about twice as "
                        "many replies.",
                    ),
                    faq(
                        "Can I post the same ad twice?",
                        "No, duplicate ads are removed. To bring your ad back to the top of "
                        "the list, renew it or feature it.",
                    ),
                ],
            ),
            "fr": Text(
                "Publier une annonce",
                "Publiez une petite annonce en cinq étapes : choisissez une catégorie, "
                "décrivez votre offre, ajoutez des photos, fixez un prix et envoyez-la pour "
                "vérification.",
                ("annonces", "publication"),
                [
                    text(
                        h2("Avant de publier"),
                        p(
                            "Il vous faut un compte SayPro avec une adresse e-mail confirmée. "
                            "Une annonce standard est gratuite, et vous pouvez avoir jusqu'à "
                            "10 annonces en ligne en même temps.",
                            "Préparez vos photos et vérifiez que votre offre est autorisée : "
                            "l'article « Rédiger une bonne annonce » donne nos règles.",
                        ),
                    ),
                    steps(
                        "Publier votre annonce",
                        (
                            "Sélectionnez Publier une annonce",
                            "Le bouton se trouve en haut de chaque page.",
                        ),
                        (
                            "Choisissez une catégorie",
                            "La plus adaptée, par exemple "
                            "<i>Emploi</i>, <i>Services</i>, <i>Véhicules</i> ou <i>À "
                            "vendre</i>. La bonne catégorie aide à trouver votre annonce.",
                        ),
                        (
                            "Décrivez votre offre",
                            "Un titre clair et une description : ce que "
                            "c'est, son état et où il se trouve.",
                        ),
                        (
                            "Ajoutez des photos",
                            "Jusqu'à 10 photos. La première apparaît dans "
                            "les résultats de recherche.",
                        ),
                        (
                            "Fixez un prix et envoyez",
                            "Indiquez un prix, ou choisissez "
                            "<b>Gratuit</b> ou <b>Prix sur demande</b>, puis sélectionnez "
                            "<b>Envoyer pour vérification</b>.",
                        ),
                    ),
                    text(
                        h2("Après l'envoi"),
                        p(
                            "Un modérateur vérifie chaque nouvelle annonce selon nos règles. "
                            "La plupart sont validées en quelques heures, toujours en moins "
                            "d'un jour ouvré. Nous vous écrivons dès qu'elle est en ligne – "
                            "ou vous disons quoi corriger.",
                            "Votre annonce reste en ligne 30 jours et se renouvelle gratuitement.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Les annonces avec un prix et au moins trois bonnes photos reçoivent "
                        "environ deux fois plus de réponses.",
                    ),
                    faq(
                        "Puis-je publier deux fois la même annonce ?",
                        "Non, les doublons sont supprimés. Pour remonter votre annonce en "
                        "tête de liste, renouvelez-la ou mettez-la à la une.",
                    ),
                ],
            ),
            "pt": Text(
                "Publicar um anúncio",
                "Publique um anúncio classificado em cinco passos: escolha uma categoria, "
                "descreva o que oferece, adicione fotos, indique um preço e envie-o para "
                "revisão.",
                ("anúncios", "publicação"),
                [
                    text(
                        h2("Antes de publicar"),
                        p(
                            "Precisa de uma conta SayPro com o e-mail confirmado. Publicar um "
                            "anúncio normal é gratuito, e pode ter até 10 anúncios online ao "
                            "mesmo tempo.",
                            "Tenha as fotos prontas e confirme que o que oferece é permitido: "
                            "o artigo “Escrever um bom anúncio” tem as nossas regras.",
                        ),
                    ),
                    steps(
                        "Publicar o anúncio",
                        ("Selecione Publicar anúncio", "O botão está no topo de todas as páginas."),
                        (
                            "Escolha uma categoria",
                            "A que melhor se aplica, por exemplo "
                            "<i>Emprego</i>, <i>Serviços</i>, <i>Veículos</i> ou <i>Venda</i>. A "
                            "categoria certa ajuda as pessoas a encontrar o anúncio.",
                        ),
                        (
                            "Descreva o que oferece",
                            "Um título claro e uma descrição: o que é, "
                            "em que estado está e onde se encontra.",
                        ),
                        (
                            "Adicione fotos",
                            "Até 10 fotos. A primeira aparece nos resultados da pesquisa.",
                        ),
                        (
                            "Indique o preço e envie",
                            "Escreva um preço, ou escolha "
                            "<b>Grátis</b> ou <b>Preço sob consulta</b>, e selecione <b>Enviar "
                            "para revisão</b>.",
                        ),
                    ),
                    text(
                        h2("Depois de enviar"),
                        p(
                            "Um moderador verifica cada anúncio novo segundo as nossas "
                            "regras. A maioria é aprovada em poucas horas, sempre no prazo de "
                            "um dia útil. Avisamos por e-mail assim que estiver online – ou "
                            "dizemos o que precisa de mudar.",
                            "O anúncio fica online 30 dias e pode renová-lo gratuitamente.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Anúncios com preço e pelo menos três boas fotos recebem cerca do "
                        "dobro das respostas.",
                    ),
                    faq(
                        "Posso publicar o mesmo anúncio duas vezes?",
                        "Não, os anúncios duplicados são removidos. Para voltar ao topo da "
                        "lista, renove-o ou coloque-o em destaque.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="writing-a-good-ad",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=75,
        related=("post-an-ad", "why-was-my-ad-rejected"),
        text={
            "en": Text(
                "Writing a good ad: tips and ad rules",
                "How to write an ad that gets replies, and the rules every ad must follow to "
                "be approved.",
                ("ads", "rules", "tips"),
                [
                    text(
                        h2("Write a clear title"),
                        p(
                            "Say exactly what you offer in a few words: “Toyota Corolla 1.6, "
                            "2015, 98 000 km” works far better than “Great car!!!”. Do not "
                            "write in capitals only, and leave prices and phone numbers out "
                            "of the title."
                        ),
                    ),
                    text(
                        h2("Describe it honestly"),
                        p(
                            "Mention the condition, the size or model, what is included and "
                            "where it can be collected. For jobs, give the place of work, the "
                            "hours, the pay and how to apply.",
                            "Be open about faults. Buyers who are surprised when they arrive "
                            "do not buy, and they tell others.",
                        ),
                    ),
                    text(
                        h2("Ad rules"),
                        p("Every ad is checked against these rules before it goes online:"),
                        ul(
                            "One item, job or service per ad, in the right category.",
                            "Your own photos, not pictures copied from other websites.",
                            "No weapons, drugs, medicines, fake branded goods, protected "
                            "animals or adult content.",
                            "No job ads that ask applicants to pay anything.",
                            "No personal details of other people, and no links to other "
                            "classified sites.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Ads that break the rules are rejected. Accounts that break them "
                        "again and again, or that try to cheat people, are closed.",
                    ),
                    faq(
                        "May I put my phone number in the description?",
                        "Yes, but it is safer to let buyers contact you through SayPro "
                        "messages: your number stays private, and you can block anyone who "
                        "bothers you.",
                    ),
                ],
            ),
            "fr": Text(
                "Rédiger une bonne annonce : conseils et règles",
                "Comment rédiger une annonce qui obtient des réponses, et les règles que "
                "toute annonce doit respecter pour être validée.",
                ("annonces", "règles", "conseils"),
                [
                    text(
                        h2("Un titre clair"),
                        p(
                            "Dites exactement ce que vous proposez en quelques mots : "
                            "« Toyota Corolla 1.6, 2015, 98 000 km » fonctionne bien mieux "
                            "que « Super voiture !!! ». N'écrivez pas tout en majuscules et "
                            "ne mettez ni prix ni numéro de téléphone dans le titre."
                        ),
                    ),
                    text(
                        h2("Une description honnête"),
                        p(
                            "Précisez l'état, la taille ou le modèle, ce qui est inclus et où "
                            "le récupérer. Pour un emploi, indiquez le lieu, les horaires, le "
                            "salaire et comment postuler.",
                            "Signalez les défauts. Un acheteur surpris sur place n'achète "
                            "pas, et il le fait savoir.",
                        ),
                    ),
                    text(
                        h2("Règles des annonces"),
                        p("Chaque annonce est vérifiée selon ces règles avant sa mise en ligne :"),
                        ul(
                            "Un seul article, emploi ou service par annonce, dans la bonne "
                            "catégorie.",
                            "Vos propres photos, pas des images copiées sur d'autres sites.",
                            "Ni armes, ni drogues, ni médicaments, ni contrefaçons, ni "
                            "animaux protégés, ni contenu pour adultes.",
                            "Aucune offre d'emploi demandant de l'argent aux candidats.",
                            "Aucune donnée personnelle d'autrui, aucun lien vers d'autres "
                            "sites d'annonces.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Les annonces qui enfreignent les règles sont refusées. Les comptes "
                        "qui récidivent ou qui tentent de tromper les gens sont fermés.",
                    ),
                    faq(
                        "Puis-je mettre mon numéro dans la description ?",
                        "Oui, mais il est plus sûr de laisser les acheteurs vous écrire par "
                        "la messagerie SayPro : votre numéro reste privé et vous pouvez "
                        "bloquer les importuns.",
                    ),
                ],
            ),
            "pt": Text(
                "Escrever um bom anúncio: dicas e regras",
                "Como escrever um anúncio que recebe respostas, e as regras que todos os "
                "anúncios têm de cumprir para serem aprovados.",
                ("anúncios", "regras", "dicas"),
                [
                    text(
                        h2("Um título claro"),
                        p(
                            "Diga exatamente o que oferece em poucas palavras: “Toyota "
                            "Corolla 1.6, 2015, 98 000 km” funciona muito melhor do que "
                            "“Carro espetacular!!!”. Não escreva só em maiúsculas e deixe "
                            "preços e telefones fora do título."
                        ),
                    ),
                    text(
                        h2("Uma descrição honesta"),
                        p(
                            "Indique o estado, o tamanho ou modelo, o que está incluído e "
                            "onde pode ser levantado. Para empregos, diga o local, o horário, "
                            "o salário e como se candidatar.",
                            "Seja franco sobre os defeitos. Um comprador surpreendido à "
                            "chegada não compra, e conta aos outros.",
                        ),
                    ),
                    text(
                        h2("Regras dos anúncios"),
                        p(
                            "Todos os anúncios são verificados segundo estas regras antes de "
                            "ficarem online:"
                        ),
                        ul(
                            "Um artigo, emprego ou serviço por anúncio, na categoria certa.",
                            "Fotos suas, não imagens copiadas de outros sites.",
                            "Nada de armas, drogas, medicamentos, contrafações, animais "
                            "protegidos ou conteúdo para adultos.",
                            "Nenhum anúncio de emprego que peça dinheiro aos candidatos.",
                            "Nenhum dado pessoal de outras pessoas, nem ligações para outros "
                            "sites de classificados.",
                        ),
                    ),
                    callout(
                        "warning",
                        "Os anúncios que violam as regras são rejeitados. As contas que as "
                        "violam repetidamente, ou que tentam enganar pessoas, são fechadas.",
                    ),
                    faq(
                        "Posso pôr o meu telefone na descrição?",
                        "Pode, mas é mais seguro deixar os compradores contactá-lo pelas "
                        "mensagens da SayPro: o seu número fica privado e pode bloquear quem "
                        "o incomodar.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="adding-photos",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=50,
        related=("photo-upload-fails", "post-an-ad"),
        text={
            "en": Text(
                "Adding photos to your ad",
                "Add up to 10 photos to an ad, choose the main photo and change their order.",
                ("photos", "ads"),
                [
                    text(
                        p(
                            "Good photos are the best way to get replies. You can add up to "
                            "10 photos to each ad, as JPEG, PNG or WebP files of up to 10 MB "
                            "each."
                        )
                    ),
                    steps(
                        "Add or change photos",
                        ("Open My ads", "Select your name, then <b>My ads</b>, and choose the ad."),
                        ("Select Edit, then Photos", ""),
                        (
                            "Add photos",
                            "Select <b>Add photos</b> and pick them on your "
                            "device, or drag them onto the page.",
                        ),
                        (
                            "Choose the main photo",
                            "Drag the best photo to the first place. It "
                            "is the one shown in search results.",
                        ),
                        (
                            "Save",
                            "Select <b>Save changes</b>. A moderator checks new photos "
                            "before they are shown.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Take photos in daylight against a plain background, and show any "
                        "damage. Several angles of the same item are better than one photo "
                        "from far away.",
                    ),
                    faq(
                        "My photo appears sideways.",
                        "Turn it with the arrow button on the photo before you save. Phones "
                        "sometimes store the rotation in a way that browsers read "
                        "differently.",
                    ),
                ],
            ),
            "fr": Text(
                "Ajouter des photos à votre annonce",
                "Ajoutez jusqu'à 10 photos à une annonce, choisissez la photo principale et "
                "changez leur ordre.",
                ("photos", "annonces"),
                [
                    text(
                        p(
                            "De bonnes photos sont le meilleur moyen d'obtenir des réponses. "
                            "Chaque annonce peut avoir jusqu'à 10 photos, au format JPEG, PNG "
                            "ou WebP, de 10 Mo au plus chacune."
                        )
                    ),
                    steps(
                        "Ajouter ou changer des photos",
                        (
                            "Ouvrez Mes annonces",
                            "Sélectionnez votre nom, puis <b>Mes "
                            "annonces</b>, et choisissez l'annonce.",
                        ),
                        ("Sélectionnez Modifier, puis Photos", ""),
                        (
                            "Ajoutez des photos",
                            "Sélectionnez <b>Ajouter des photos</b> et "
                            "choisissez-les sur votre appareil, ou glissez-les sur la page.",
                        ),
                        (
                            "Choisissez la photo principale",
                            "Faites glisser la meilleure en "
                            "première position : c'est elle qui apparaît dans les résultats.",
                        ),
                        (
                            "Enregistrez",
                            "Sélectionnez <b>Enregistrer les modifications</b>. "
                            "Un modérateur vérifie les nouvelles photos avant leur affichage.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Photographiez à la lumière du jour, sur un fond uni, et montrez les "
                        "défauts. Plusieurs angles valent mieux qu'une photo prise de loin.",
                    ),
                    faq(
                        "Ma photo s'affiche de travers.",
                        "Faites-la pivoter avec la flèche sur la photo avant d'enregistrer. "
                        "Les téléphones enregistrent parfois la rotation d'une façon que les "
                        "navigateurs lisent différemment.",
                    ),
                ],
            ),
            "pt": Text(
                "Adicionar fotos ao anúncio",
                "Adicione até 10 fotos a um anúncio, escolha a foto principal e altere a ordem.",
                ("fotos", "anúncios"),
                [
                    text(
                        p(
                            "Boas fotos são a melhor forma de receber respostas. Cada anúncio "
                            "pode ter até 10 fotos, em ficheiros JPEG, PNG ou WebP de até "
                            "10 MB cada."
                        )
                    ),
                    steps(
                        "Adicionar ou alterar fotos",
                        (
                            "Abra Os meus anúncios",
                            "Selecione o seu nome, depois <b>Os meus "
                            "anúncios</b>, e escolha o anúncio.",
                        ),
                        ("Selecione Editar e depois Fotos", ""),
                        (
                            "Adicione fotos",
                            "Selecione <b>Adicionar fotos</b> e escolha-as no "
                            "dispositivo, ou arraste-as para a página.",
                        ),
                        (
                            "Escolha a foto principal",
                            "Arraste a melhor foto para o primeiro "
                            "lugar: é a que aparece nos resultados da pesquisa.",
                        ),
                        (
                            "Guarde",
                            "Selecione <b>Guardar alterações</b>. Um moderador "
                            "verifica as fotos novas antes de serem mostradas.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Fotografe com luz do dia, sobre um fundo liso, e mostre os "
                        "defeitos. Vários ângulos do mesmo artigo são melhores do que uma "
                        "foto tirada de longe.",
                    ),
                    faq(
                        "A minha foto aparece de lado.",
                        "Rode-a com o botão de seta na foto antes de guardar. Os telemóveis "
                        "às vezes guardam a rotação de uma forma que os navegadores leem de "
                        "maneira diferente.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="why-was-my-ad-rejected",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=40,
        related=("writing-a-good-ad", "edit-or-withdraw-an-ad", "contacting-support"),
        text={
            "en": Text(
                "Why was my ad rejected?",
                "Every rejected ad comes with a reason. Find out what the common reasons mean "
                "and how to fix your ad and send it again.",
                ("ads", "moderation", "rules"),
                [
                    text(
                        p(
                            "When a moderator rejects an ad, we e-mail you the reason and "
                            "show it under <b>My ads</b>. Most rejected ads can be fixed and "
                            "sent again in a few minutes."
                        )
                    ),
                    text(
                        h2("Common reasons"),
                        ul(
                            "<b>Wrong category</b> – move the ad to the category that fits.",
                            "<b>Missing or misleading price</b> – enter the real price or "
                            "choose <b>Price on request</b>.",
                            "<b>Photos copied from elsewhere</b> – use photos you took yourself.",
                            "<b>Several items in one ad</b> – post one ad per item.",
                            "<b>Item not allowed</b> – some things may not be offered on "
                            "SayPro at all; see the ad rules.",
                            "<b>Job ad asks for money</b> – employers may never charge applicants.",
                        ),
                    ),
                    steps(
                        "Fix your ad and send it again",
                        ("Open My ads", "Rejected ads are marked in red."),
                        ("Read the reason", "Select the ad to see the moderator's note."),
                        ("Edit the ad", "Change what the note asks for."),
                        (
                            "Select Send for review",
                            "A moderator checks the ad again, usually within a few hours.",
                        ),
                    ),
                    callout(
                        "info",
                        "If you think the decision is wrong, reply to the rejection e-mail or "
                        "send a support request with the ad's number. A different moderator "
                        "will look at it.",
                    ),
                ],
            ),
            "fr": Text(
                "Pourquoi mon annonce a-t-elle été refusée ?",
                "Chaque refus est motivé. Découvrez ce que signifient les motifs les plus "
                "courants et comment corriger votre annonce pour la renvoyer.",
                ("annonces", "modération", "règles"),
                [
                    text(
                        p(
                            "Quand un modérateur refuse une annonce, nous vous envoyons le "
                            "motif par e-mail et l'affichons dans <b>Mes annonces</b>. La "
                            "plupart des annonces refusées se corrigent et se renvoient en "
                            "quelques minutes."
                        )
                    ),
                    text(
                        h2("Motifs fréquents"),
                        ul(
                            "<b>Mauvaise catégorie</b> – déplacez l'annonce dans la bonne.",
                            "<b>Prix absent ou trompeur</b> – indiquez le vrai prix ou "
                            "choisissez <b>Prix sur demande</b>.",
                            "<b>Photos copiées ailleurs</b> – utilisez vos propres photos.",
                            "<b>Plusieurs articles dans une annonce</b> – une annonce par article.",
                            "<b>Article interdit</b> – certains articles ne peuvent pas être "
                            "proposés sur SayPro ; voir les règles.",
                            "<b>Offre d'emploi payante</b> – un employeur ne doit jamais "
                            "faire payer les candidats.",
                        ),
                    ),
                    steps(
                        "Corriger et renvoyer votre annonce",
                        ("Ouvrez Mes annonces", "Les annonces refusées sont signalées en rouge."),
                        (
                            "Lisez le motif",
                            "Sélectionnez l'annonce pour voir la note du modérateur.",
                        ),
                        ("Modifiez l'annonce", "Corrigez ce que demande la note."),
                        (
                            "Sélectionnez Envoyer pour vérification",
                            "Un modérateur la revoit, en général en quelques heures.",
                        ),
                    ),
                    callout(
                        "info",
                        "Si vous pensez que la décision est erronée, répondez à l'e-mail de "
                        "refus ou envoyez une demande d'assistance avec le numéro de "
                        "l'annonce. Un autre modérateur l'examinera.",
                    ),
                ],
            ),
            "pt": Text(
                "Porque foi rejeitado o meu anúncio?",
                "Cada anúncio rejeitado tem um motivo. Saiba o que significam os motivos "
                "mais comuns e como corrigir o anúncio e enviá-lo novamente.",
                ("anúncios", "moderação", "regras"),
                [
                    text(
                        p(
                            "Quando um moderador rejeita um anúncio, enviamos o motivo por "
                            "e-mail e mostramo-lo em <b>Os meus anúncios</b>. A maioria dos "
                            "anúncios rejeitados corrige-se e reenvia-se em poucos minutos."
                        )
                    ),
                    text(
                        h2("Motivos comuns"),
                        ul(
                            "<b>Categoria errada</b> – mude o anúncio para a categoria certa.",
                            "<b>Preço em falta ou enganador</b> – indique o preço real ou "
                            "escolha <b>Preço sob consulta</b>.",
                            "<b>Fotos copiadas</b> – use fotos tiradas por si.",
                            "<b>Vários artigos num anúncio</b> – um anúncio por artigo.",
                            "<b>Artigo não permitido</b> – algumas coisas não podem ser "
                            "oferecidas na SayPro; veja as regras.",
                            "<b>Anúncio de emprego pede dinheiro</b> – os empregadores nunca "
                            "podem cobrar aos candidatos.",
                        ),
                    ),
                    steps(
                        "Corrigir e reenviar o anúncio",
                        (
                            "Abra Os meus anúncios",
                            "Os anúncios rejeitados estão assinalados a vermelho.",
                        ),
                        ("Leia o motivo", "Selecione o anúncio para ver a nota do moderador."),
                        ("Edite o anúncio", "Altere o que a nota pede."),
                        (
                            "Selecione Enviar para revisão",
                            "Um moderador verifica-o de novo, normalmente em poucas horas.",
                        ),
                    ),
                    callout(
                        "info",
                        "Se acha que a decisão está errada, responda ao e-mail de rejeição ou "
                        "envie um pedido de suporte com o número do anúncio. Outro moderador "
                        "vai analisá-lo.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="renew-an-expired-ad",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=100,
        related=("edit-or-withdraw-an-ad", "featured-ad-prices"),
        text={
            "en": Text(
                "Renewing an expired ad",
                "Ads stay online for 30 days. Renew yours for free to put it back online for "
                "another 30 days.",
                ("ads", "renewal", "expiry"),
                [
                    text(
                        p(
                            "We e-mail you 3 days before an ad expires. You can renew an ad "
                            "from 7 days before it expires until 30 days after. After that it "
                            "is deleted, and you would need to post it again."
                        )
                    ),
                    steps(
                        "Renew an ad",
                        ("Open My ads", ""),
                        ("Choose the Expired or Expiring soon tab", ""),
                        (
                            "Select Renew",
                            "The ad is back online for 30 days straight away. "
                            "Renewed ads are not checked again unless you change them.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Renewing is free. If you want your ad to stay at the top of its "
                        "category, feature it instead.",
                    ),
                    faq(
                        "Why can't I renew my ad?",
                        "Ads that were rejected or removed for breaking the rules cannot be "
                        "renewed, and ads that expired more than 30 days ago are deleted.",
                    ),
                ],
            ),
            "fr": Text(
                "Renouveler une annonce expirée",
                "Les annonces restent en ligne 30 jours. Renouvelez la vôtre gratuitement "
                "pour la remettre en ligne 30 jours de plus.",
                ("annonces", "renouvellement", "expiration"),
                [
                    text(
                        p(
                            "Nous vous écrivons 3 jours avant l'expiration d'une annonce. "
                            "Vous pouvez la renouveler de 7 jours avant son expiration "
                            "jusqu'à 30 jours après. Passé ce délai, elle est supprimée et "
                            "il faut la publier à nouveau."
                        )
                    ),
                    steps(
                        "Renouveler une annonce",
                        ("Ouvrez Mes annonces", ""),
                        ("Choisissez l'onglet Expirées ou Bientôt expirées", ""),
                        (
                            "Sélectionnez Renouveler",
                            "L'annonce est aussitôt en ligne pour "
                            "30 jours. Elle n'est pas revérifiée, sauf si vous la modifiez.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Le renouvellement est gratuit. Pour rester en tête de sa catégorie, "
                        "mettez plutôt votre annonce à la une.",
                    ),
                    faq(
                        "Pourquoi ne puis-je pas renouveler mon annonce ?",
                        "Les annonces refusées ou retirées pour non-respect des règles ne se "
                        "renouvellent pas, et celles expirées depuis plus de 30 jours sont "
                        "supprimées.",
                    ),
                ],
            ),
            "pt": Text(
                "Renovar um anúncio expirado",
                "Os anúncios ficam online 30 dias. Renove o seu gratuitamente para o voltar "
                "a pôr online por mais 30 dias.",
                ("anúncios", "renovação", "expiração"),
                [
                    text(
                        p(
                            "Avisamos por e-mail 3 dias antes de um anúncio expirar. Pode "
                            "renová-lo desde 7 dias antes de expirar até 30 dias depois. A "
                            "partir daí é apagado, e teria de o publicar de novo."
                        )
                    ),
                    steps(
                        "Renovar um anúncio",
                        ("Abra Os meus anúncios", ""),
                        ("Escolha o separador Expirados ou A expirar", ""),
                        (
                            "Selecione Renovar",
                            "O anúncio volta a ficar online por 30 dias de "
                            "imediato. Não é verificado de novo, a menos que o altere.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Renovar é gratuito. Se quer que o anúncio fique no topo da "
                        "categoria, coloque-o em destaque.",
                    ),
                    faq(
                        "Porque não consigo renovar o meu anúncio?",
                        "Os anúncios rejeitados ou removidos por violarem as regras não podem "
                        "ser renovados, e os que expiraram há mais de 30 dias são apagados.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="edit-or-withdraw-an-ad",
        category="ads",
        audience="advertisers",
        reviewed_days_ago=65,
        related=("renew-an-expired-ad", "why-was-my-ad-rejected"),
        text={
            "en": Text(
                "Editing or withdrawing an ad",
                "Change the text, price or photos of your ad at any time, or take it offline "
                "once the item is sold or the job is filled.",
                ("ads", "editing"),
                [
                    steps(
                        "Edit an ad",
                        ("Open My ads and choose the ad", ""),
                        (
                            "Select Edit",
                            "Change the title, description, price, category or photos.",
                        ),
                        (
                            "Select Save changes",
                            "A new price goes online at once. Changes to "
                            "the title, description or photos are checked by a moderator "
                            "first; the old version stays online in the meantime.",
                        ),
                    ),
                    steps(
                        "Withdraw an ad",
                        ("Open My ads and choose the ad", ""),
                        ("Select Withdraw", "Tell us why, for example <i>Sold on SayPro</i>."),
                        (
                            "Confirm",
                            "The ad goes offline at once. You can put it back online "
                            "from the <b>Withdrawn</b> tab within 30 days.",
                        ),
                    ),
                    callout(
                        "info",
                        "Withdrawing a featured ad does not refund the remaining days. See "
                        "“Asking for a refund” for when you can get money back.",
                    ),
                    faq(
                        "Will people who saved my ad be told?",
                        "They see that the ad is no longer available. We do not tell them why.",
                    ),
                ],
            ),
            "fr": Text(
                "Modifier ou retirer une annonce",
                "Modifiez le texte, le prix ou les photos de votre annonce à tout moment, ou "
                "mettez-la hors ligne une fois l'article vendu ou le poste pourvu.",
                ("annonces", "modification"),
                [
                    steps(
                        "Modifier une annonce",
                        ("Ouvrez Mes annonces et choisissez l'annonce", ""),
                        (
                            "Sélectionnez Modifier",
                            "Changez le titre, la description, le "
                            "prix, la catégorie ou les photos.",
                        ),
                        (
                            "Sélectionnez Enregistrer les modifications",
                            "Un nouveau prix est "
                            "en ligne aussitôt. Les changements de titre, de description ou de "
                            "photos sont d'abord vérifiés ; l'ancienne version reste en ligne "
                            "en attendant.",
                        ),
                    ),
                    steps(
                        "Retirer une annonce",
                        ("Ouvrez Mes annonces et choisissez l'annonce", ""),
                        (
                            "Sélectionnez Retirer",
                            "Dites-nous pourquoi, par exemple <i>Vendu sur SayPro</i>.",
                        ),
                        (
                            "Confirmez",
                            "L'annonce est aussitôt hors ligne. Vous pouvez la "
                            "remettre en ligne depuis l'onglet <b>Retirées</b> pendant 30 "
                            "jours.",
                        ),
                    ),
                    callout(
                        "info",
                        "Retirer une annonce à la une ne rembourse pas les jours restants. "
                        "Voir « Demander un remboursement ».",
                    ),
                    faq(
                        "Les personnes qui ont enregistré mon annonce sont-elles prévenues ?",
                        "Elles voient que l'annonce n'est plus disponible, sans en connaître "
                        "la raison.",
                    ),
                ],
            ),
            "pt": Text(
                "Editar ou retirar um anúncio",
                "Altere o texto, o preço ou as fotos do anúncio a qualquer momento, ou "
                "retire-o quando o artigo for vendido ou a vaga preenchida.",
                ("anúncios", "edição"),
                [
                    steps(
                        "Editar um anúncio",
                        ("Abra Os meus anúncios e escolha o anúncio", ""),
                        (
                            "Selecione Editar",
                            "Altere o título, a descrição, o preço, a categoria ou as fotos.",
                        ),
                        (
                            "Selecione Guardar alterações",
                            "Um preço novo fica online de "
                            "imediato. As alterações ao título, à descrição ou às fotos são "
                            "verificadas primeiro; entretanto a versão antiga continua online.",
                        ),
                    ),
                    steps(
                        "Retirar um anúncio",
                        ("Abra Os meus anúncios e escolha o anúncio", ""),
                        (
                            "Selecione Retirar",
                            "Diga-nos porquê, por exemplo <i>Vendido na SayPro</i>.",
                        ),
                        (
                            "Confirme",
                            "O anúncio sai do ar de imediato. Pode voltar a pô-lo "
                            "online no separador <b>Retirados</b> durante 30 dias.",
                        ),
                    ),
                    callout(
                        "info",
                        "Retirar um anúncio em destaque não reembolsa os dias restantes. Veja "
                        "“Pedir um reembolso”.",
                    ),
                    faq(
                        "Quem guardou o meu anúncio é avisado?",
                        "Vê que o anúncio já não está disponível, mas não o motivo.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="report-a-suspicious-ad",
        category="ads",
        audience="everyone",
        reviewed_days_ago=55,
        related=("contacting-support", "writing-a-good-ad"),
        text={
            "en": Text(
                "Reporting a suspicious ad",
                "If an ad looks like a scam or breaks our rules, report it. Our moderators "
                "check every report.",
                ("safety", "scams", "reporting"),
                [
                    text(
                        h2("Warning signs"),
                        ul(
                            "The price is far too good to be true.",
                            "The seller wants a deposit before you have seen the item.",
                            "A job ad asks you to pay for training, a uniform or a "
                            "“registration fee”.",
                            "You are asked to pay with gift cards, crypto-currency or a money "
                            "transfer to a stranger.",
                            "The advertiser wants to move the conversation off SayPro at once.",
                        ),
                    ),
                    steps(
                        "Report an ad",
                        ("Open the ad", ""),
                        ("Select Report this ad", "The link is under the ad's photos."),
                        (
                            "Choose a reason and add details",
                            "Tell us what happened. Screenshots of messages help.",
                        ),
                        ("Select Send report", "We never tell the advertiser who reported them."),
                    ),
                    text(
                        h2("What happens next"),
                        p(
                            "A moderator checks every report, most within a few hours. If the "
                            "ad breaks our rules we remove it, and we may close the "
                            "advertiser's account. To protect everyone's privacy we do not "
                            "always tell you the outcome."
                        ),
                    ),
                    callout(
                        "warning",
                        "If you have already lost money, report it to the police and to your "
                        "bank as well, and keep all messages and payment receipts.",
                    ),
                ],
            ),
            "fr": Text(
                "Signaler une annonce suspecte",
                "Si une annonce ressemble à une arnaque ou enfreint nos règles, signalez-la. "
                "Nos modérateurs examinent chaque signalement.",
                ("sécurité", "arnaques", "signalement"),
                [
                    text(
                        h2("Signes d'alerte"),
                        ul(
                            "Le prix est trop beau pour être vrai.",
                            "Le vendeur veut un acompte avant que vous ayez vu l'article.",
                            "Une offre d'emploi vous demande de payer une formation, un "
                            "uniforme ou des « frais d'inscription ».",
                            "On vous demande de payer en cartes cadeaux, en cryptomonnaie ou "
                            "par virement à un inconnu.",
                            "L'annonceur veut quitter SayPro tout de suite pour discuter ailleurs.",
                        ),
                    ),
                    steps(
                        "Signaler une annonce",
                        ("Ouvrez l'annonce", ""),
                        (
                            "Sélectionnez Signaler cette annonce",
                            "Le lien est sous les photos de l'annonce.",
                        ),
                        (
                            "Choisissez un motif et donnez des détails",
                            "Racontez ce qui s'est passé. Des captures des messages nous aident.",
                        ),
                        (
                            "Sélectionnez Envoyer",
                            "Nous ne disons jamais à l'annonceur qui l'a signalé.",
                        ),
                    ),
                    text(
                        h2("Et ensuite ?"),
                        p(
                            "Un modérateur examine chaque signalement, la plupart en quelques "
                            "heures. Si l'annonce enfreint nos règles, nous la supprimons et "
                            "pouvons fermer le compte de l'annonceur. Pour protéger la vie "
                            "privée de chacun, nous ne vous communiquons pas toujours la "
                            "suite donnée."
                        ),
                    ),
                    callout(
                        "warning",
                        "Si vous avez déjà perdu de l'argent, portez plainte auprès de la "
                        "police et prévenez votre banque. Gardez tous les messages et reçus.",
                    ),
                ],
            ),
            "pt": Text(
                "Denunciar um anúncio suspeito",
                "Se um anúncio parece uma burla ou viola as nossas regras, denuncie-o. Os "
                "nossos moderadores analisam todas as denúncias.",
                ("segurança", "burlas", "denúncia"),
                [
                    text(
                        h2("Sinais de alerta"),
                        ul(
                            "O preço é bom demais para ser verdade.",
                            "O vendedor quer um sinal antes de ver o artigo.",
                            "Um anúncio de emprego pede que pague formação, farda ou uma "
                            "“taxa de inscrição”.",
                            "Pedem-lhe que pague com cartões-oferta, criptomoeda ou "
                            "transferência para um desconhecido.",
                            "O anunciante quer sair da SayPro e falar noutro lado de imediato.",
                        ),
                    ),
                    steps(
                        "Denunciar um anúncio",
                        ("Abra o anúncio", ""),
                        (
                            "Selecione Denunciar este anúncio",
                            "A ligação está por baixo das fotos do anúncio.",
                        ),
                        (
                            "Escolha um motivo e dê detalhes",
                            "Conte o que aconteceu. Capturas de ecrã das mensagens ajudam.",
                        ),
                        (
                            "Selecione Enviar denúncia",
                            "Nunca dizemos ao anunciante quem o denunciou.",
                        ),
                    ),
                    text(
                        h2("O que acontece a seguir"),
                        p(
                            "Um moderador analisa cada denúncia, a maioria em poucas horas. "
                            "Se o anúncio violar as regras, é removido e a conta do "
                            "anunciante pode ser fechada. Para proteger a privacidade de "
                            "todos, nem sempre lhe comunicamos o resultado."
                        ),
                    ),
                    callout(
                        "warning",
                        "Se já perdeu dinheiro, apresente queixa à polícia e avise o seu "
                        "banco. Guarde todas as mensagens e comprovativos de pagamento.",
                    ),
                ],
            ),
        },
    ),
]

PAYMENT_ARTICLES = [
    Article(
        slug="payment-methods",
        category="payments",
        audience="advertisers",
        # Overdue: last reviewed 210 days ago, to be reviewed every 180 days.
        reviewed_days_ago=210,
        related=("featured-ad-prices", "invoices-and-receipts"),
        text={
            "en": Text(
                "Ways to pay",
                "Pay for featured ads by bank card or instant EFT. We never ask for payment "
                "outside the SayPro checkout.",
                ("payments", "card", "EFT"),
                [
                    text(
                        p("You only pay on SayPro when you choose to feature an ad. We accept:"),
                        ul(
                            "<b>Bank cards</b> – Visa and Mastercard, credit or debit.",
                            "<b>Instant EFT</b> – pay straight from your account with most "
                            "South African banks.",
                            "<b>SayPro credit</b> – refunds and vouchers are added to your "
                            "account and used first.",
                        ),
                        p(
                            "Payments are handled by our payment provider over a secure "
                            "connection. We never see or store your full card number."
                        ),
                    ),
                    callout(
                        "warning",
                        "SayPro staff will never ask you to pay by bank transfer, e-mail or "
                        "phone. If someone does, it is a scam: report it to us.",
                    ),
                    faq(
                        "My card was declined.",
                        "Check that the card allows online payments and that the details are "
                        "right. Some banks ask you to approve the payment in their app; the "
                        "checkout waits up to 10 minutes for that. If it still fails, try "
                        "another card or instant EFT.",
                    ),
                    faq(
                        "In which currency do you charge?",
                        "All prices are in South African rand (ZAR) and include VAT.",
                    ),
                ],
            ),
            "fr": Text(
                "Moyens de paiement",
                "Payez vos annonces à la une par carte bancaire ou virement instantané. Nous "
                "ne demandons jamais de paiement en dehors de la caisse SayPro.",
                ("paiements", "carte", "virement"),
                [
                    text(
                        p(
                            "Sur SayPro, vous ne payez que pour mettre une annonce à la une. "
                            "Nous acceptons :"
                        ),
                        ul(
                            "<b>Les cartes bancaires</b> – Visa et Mastercard, de crédit ou "
                            "de débit.",
                            "<b>Le virement instantané (Instant EFT)</b> – directement depuis "
                            "votre compte, avec la plupart des banques sud-africaines.",
                            "<b>Le crédit SayPro</b> – remboursements et bons d'achat sont "
                            "ajoutés à votre compte et utilisés en premier.",
                        ),
                        p(
                            "Les paiements passent par notre prestataire de paiement, via une "
                            "connexion sécurisée. Nous ne voyons ni ne conservons jamais "
                            "votre numéro de carte complet."
                        ),
                    ),
                    callout(
                        "warning",
                        "L'équipe SayPro ne vous demandera jamais de payer par virement, "
                        "e-mail ou téléphone. Si quelqu'un le fait, c'est une arnaque : "
                        "signalez-la-nous.",
                    ),
                    faq(
                        "Ma carte a été refusée.",
                        "Vérifiez que la carte autorise les paiements en ligne et que les "
                        "informations sont exactes. Certaines banques demandent de valider "
                        "le paiement dans leur application ; la caisse attend jusqu'à 10 "
                        "minutes. Sinon, essayez une autre carte ou le virement instantané.",
                    ),
                    faq(
                        "Dans quelle monnaie payez-vous ?",
                        "Tous les prix sont en rands sud-africains (ZAR), TVA comprise.",
                    ),
                ],
            ),
            "pt": Text(
                "Formas de pagamento",
                "Pague os anúncios em destaque com cartão bancário ou transferência "
                "imediata. Nunca pedimos pagamentos fora da caixa da SayPro.",
                ("pagamentos", "cartão", "transferência"),
                [
                    text(
                        p("Na SayPro só paga quando decide destacar um anúncio. Aceitamos:"),
                        ul(
                            "<b>Cartões bancários</b> – Visa e Mastercard, de crédito ou de "
                            "débito.",
                            "<b>Transferência imediata (Instant EFT)</b> – diretamente da sua "
                            "conta, na maioria dos bancos sul-africanos.",
                            "<b>Crédito SayPro</b> – reembolsos e vales são adicionados à sua "
                            "conta e usados primeiro.",
                        ),
                        p(
                            "Os pagamentos são processados pelo nosso fornecedor de "
                            "pagamentos, numa ligação segura. Nunca vemos nem guardamos o "
                            "número completo do seu cartão."
                        ),
                    ),
                    callout(
                        "warning",
                        "A equipa da SayPro nunca lhe pedirá que pague por transferência, "
                        "e-mail ou telefone. Se alguém o fizer, é uma burla: denuncie-a.",
                    ),
                    faq(
                        "O meu cartão foi recusado.",
                        "Confirme que o cartão permite pagamentos online e que os dados estão "
                        "certos. Alguns bancos pedem que aprove o pagamento na aplicação; a "
                        "caixa espera até 10 minutos. Se continuar a falhar, tente outro "
                        "cartão ou a transferência imediata.",
                    ),
                    faq(
                        "Em que moeda cobram?",
                        "Todos os preços estão em rands sul-africanos (ZAR) e incluem IVA.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="featured-ad-prices",
        category="payments",
        audience="advertisers",
        # Due for review in 10 days.
        reviewed_days_ago=170,
        related=("payment-methods", "refunds", "renew-an-expired-ad"),
        text={
            "en": Text(
                "Featured ads: prices and what you get",
                "A featured ad stays at the top of its category and stands out in search "
                "results. Here is what it costs.",
                ("featured ads", "prices", "payments"),
                [
                    text(
                        h2("What a featured ad gets you"),
                        ul(
                            "A place at the top of its category, above standard ads.",
                            "A coloured highlight and a <i>Featured</i> label in search results.",
                            "A weekly report of how many people viewed and answered the ad.",
                        ),
                    ),
                    text(
                        h2("Prices"),
                        p("Prices are in South African rand and include VAT:"),
                        ul("7 days: R49", "14 days: R89", "30 days: R149"),
                        p(
                            "The feature starts as soon as the payment is confirmed and the "
                            "ad is approved."
                        ),
                    ),
                    steps(
                        "Feature an ad",
                        ("Open My ads and choose the ad", ""),
                        ("Select Feature this ad", ""),
                        ("Choose for how long", ""),
                        ("Pay", "By card or instant EFT. You get a receipt by e-mail."),
                    ),
                    callout(
                        "info",
                        "If your ad would expire while it is featured, we renew it "
                        "automatically, at no cost, until the feature ends.",
                    ),
                ],
            ),
            "fr": Text(
                "Annonces à la une : prix et avantages",
                "Une annonce à la une reste en tête de sa catégorie et se distingue dans les "
                "résultats de recherche. Voici ce que cela coûte.",
                ("annonces à la une", "prix", "paiements"),
                [
                    text(
                        h2("Ce que vous obtenez"),
                        ul(
                            "Une place en tête de la catégorie, au-dessus des annonces standard.",
                            "Une mise en couleur et une étiquette <i>À la une</i> dans les "
                            "résultats.",
                            "Un rapport hebdomadaire du nombre de vues et de réponses.",
                        ),
                    ),
                    text(
                        h2("Prix"),
                        p("Prix en rands sud-africains, TVA comprise :"),
                        ul("7 jours : 49 R", "14 jours : 89 R", "30 jours : 149 R"),
                        p(
                            "La mise à la une commence dès que le paiement est confirmé et "
                            "l'annonce validée."
                        ),
                    ),
                    steps(
                        "Mettre une annonce à la une",
                        ("Ouvrez Mes annonces et choisissez l'annonce", ""),
                        ("Sélectionnez Mettre à la une", ""),
                        ("Choisissez la durée", ""),
                        (
                            "Payez",
                            "Par carte ou virement instantané. Vous recevez un reçu par e-mail.",
                        ),
                    ),
                    callout(
                        "info",
                        "Si votre annonce doit expirer pendant sa mise à la une, nous la "
                        "renouvelons automatiquement et gratuitement jusqu'à la fin.",
                    ),
                ],
            ),
            "pt": Text(
                "Anúncios em destaque: preços e vantagens",
                "Um anúncio em destaque fica no topo da categoria e sobressai nos resultados "
                "da pesquisa. Veja quanto custa.",
                ("anúncios em destaque", "preços", "pagamentos"),
                [
                    text(
                        h2("O que recebe"),
                        ul(
                            "Um lugar no topo da categoria, acima dos anúncios normais.",
                            "Uma cor de realce e a etiqueta <i>Destaque</i> nos resultados.",
                            "Um relatório semanal de quantas pessoas viram e responderam ao "
                            "anúncio.",
                        ),
                    ),
                    text(
                        h2("Preços"),
                        p("Preços em rands sul-africanos, com IVA incluído:"),
                        ul("7 dias: R49", "14 dias: R89", "30 dias: R149"),
                        p(
                            "O destaque começa assim que o pagamento é confirmado e o anúncio "
                            "aprovado."
                        ),
                    ),
                    steps(
                        "Destacar um anúncio",
                        ("Abra Os meus anúncios e escolha o anúncio", ""),
                        ("Selecione Destacar este anúncio", ""),
                        ("Escolha a duração", ""),
                        (
                            "Pague",
                            "Com cartão ou transferência imediata. Recebe o recibo por e-mail.",
                        ),
                    ),
                    callout(
                        "info",
                        "Se o anúncio expirar durante o destaque, renovamo-lo automaticamente "
                        "e sem custos até o destaque terminar.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="refunds",
        category="payments",
        audience="advertisers",
        reviewed_days_ago=80,
        related=("featured-ad-prices", "invoices-and-receipts", "contacting-support"),
        text={
            "en": Text(
                "Asking for a refund",
                "When you can get your money back for a featured ad, how to ask for it and "
                "how long it takes.",
                ("refunds", "payments"),
                [
                    text(
                        h2("When you get a refund"),
                        ul(
                            "<b>Automatically</b> – if a moderator rejects an ad you paid to "
                            "feature, the full amount is refunded.",
                            "<b>On request</b> – within 14 days of paying, if the feature has "
                            "not started yet.",
                            "<b>If you were charged twice</b> – always, in full.",
                        ),
                        p(
                            "A feature that has already started is not refunded if you "
                            "withdraw the ad or sell the item early."
                        ),
                    ),
                    steps(
                        "Ask for a refund",
                        ("Open Account › Payments", ""),
                        ("Choose the payment", ""),
                        ("Select Request a refund", "Tell us why in a sentence or two."),
                    ),
                    text(
                        h2("How long it takes"),
                        p(
                            "We answer refund requests within 2 working days. Card refunds "
                            "then take 5 to 10 working days to appear on your statement, "
                            "depending on your bank. Instant EFT refunds reach your bank "
                            "account within 3 working days.",
                            "You can also choose SayPro credit instead: it is added to your "
                            "account at once.",
                        ),
                    ),
                    faq(
                        "My refund was approved but I cannot see it.",
                        "Banks show a refund as a separate credit, not as a reversed payment. "
                        "If it is not there after 10 working days, send a support request "
                        "with the payment number and we will send you the bank's reference.",
                    ),
                ],
            ),
            "fr": Text(
                "Demander un remboursement",
                "Quand une annonce à la une peut être remboursée, comment le demander et "
                "combien de temps cela prend.",
                ("remboursements", "paiements"),
                [
                    text(
                        h2("Quand êtes-vous remboursé ?"),
                        ul(
                            "<b>Automatiquement</b> – si un modérateur refuse une annonce "
                            "payée pour être à la une, le montant total est remboursé.",
                            "<b>Sur demande</b> – dans les 14 jours suivant le paiement, si "
                            "la mise à la une n'a pas commencé.",
                            "<b>En cas de double débit</b> – toujours, intégralement.",
                        ),
                        p(
                            "Une mise à la une déjà commencée n'est pas remboursée si vous "
                            "retirez l'annonce ou vendez l'article plus tôt."
                        ),
                    ),
                    steps(
                        "Demander un remboursement",
                        ("Ouvrez Compte › Paiements", ""),
                        ("Choisissez le paiement", ""),
                        (
                            "Sélectionnez Demander un remboursement",
                            "Expliquez pourquoi en une ou deux phrases.",
                        ),
                    ),
                    text(
                        h2("Délais"),
                        p(
                            "Nous répondons aux demandes sous 2 jours ouvrés. Un "
                            "remboursement sur carte apparaît ensuite sur votre relevé en 5 "
                            "à 10 jours ouvrés selon votre banque ; un remboursement par "
                            "virement instantané arrive sous 3 jours ouvrés.",
                            "Vous pouvez aussi choisir du crédit SayPro : il est ajouté "
                            "aussitôt à votre compte.",
                        ),
                    ),
                    faq(
                        "Mon remboursement est accepté mais je ne le vois pas.",
                        "Les banques affichent un remboursement comme un crédit distinct, pas "
                        "comme une annulation du paiement. S'il n'apparaît pas après 10 jours "
                        "ouvrés, envoyez une demande d'assistance avec le numéro du paiement : "
                        "nous vous transmettrons la référence bancaire.",
                    ),
                ],
            ),
            "pt": Text(
                "Pedir um reembolso",
                "Quando pode receber de volta o valor de um anúncio em destaque, como o "
                "pedir e quanto tempo demora.",
                ("reembolsos", "pagamentos"),
                [
                    text(
                        h2("Quando tem direito a reembolso"),
                        ul(
                            "<b>Automaticamente</b> – se um moderador rejeitar um anúncio que "
                            "pagou para destacar, o valor total é reembolsado.",
                            "<b>A pedido</b> – até 14 dias depois de pagar, se o destaque "
                            "ainda não tiver começado.",
                            "<b>Se foi cobrado duas vezes</b> – sempre, na totalidade.",
                        ),
                        p(
                            "Um destaque já iniciado não é reembolsado se retirar o anúncio "
                            "ou vender o artigo mais cedo."
                        ),
                    ),
                    steps(
                        "Pedir um reembolso",
                        ("Abra Conta › Pagamentos", ""),
                        ("Escolha o pagamento", ""),
                        ("Selecione Pedir reembolso", "Explique o motivo numa ou duas frases."),
                    ),
                    text(
                        h2("Quanto tempo demora"),
                        p(
                            "Respondemos aos pedidos no prazo de 2 dias úteis. Os reembolsos "
                            "em cartão aparecem no extrato em 5 a 10 dias úteis, conforme o "
                            "banco; os de transferência imediata chegam à sua conta em 3 dias "
                            "úteis.",
                            "Também pode escolher crédito SayPro: é adicionado à conta de "
                            "imediato.",
                        ),
                    ),
                    faq(
                        "O reembolso foi aprovado mas não o vejo.",
                        "Os bancos mostram o reembolso como um crédito separado, não como um "
                        "pagamento anulado. Se não aparecer ao fim de 10 dias úteis, envie um "
                        "pedido de suporte com o número do pagamento e enviamos-lhe a "
                        "referência bancária.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="invoices-and-receipts",
        category="payments",
        audience="organisations",
        reviewed_days_ago=120,
        related=("payment-methods", "refunds"),
        # Not translated into Portuguese on purpose (see UNTRANSLATED).
        text={
            "en": Text(
                "Invoices and receipts",
                "Download a receipt or a VAT invoice for every payment, and add your "
                "organisation's details to them.",
                ("invoices", "receipts", "VAT"),
                [
                    text(
                        p(
                            "We e-mail you a receipt after every payment. You can also "
                            "download all your receipts and invoices at any time."
                        )
                    ),
                    steps(
                        "Download an invoice",
                        ("Open Account › Payments", ""),
                        ("Choose the payment", ""),
                        ("Select Download invoice (PDF)", ""),
                    ),
                    text(
                        p(
                            "<b>Invoices for organisations:</b> add your organisation's "
                            "registered name, address and VAT number under <b>Account</b> › "
                            "<b>Payments</b> › <b>Billing details</b> before you pay. They "
                            "then appear on every new invoice."
                        )
                    ),
                    callout(
                        "info",
                        "We cannot change an invoice that has already been issued. If its "
                        "details are wrong, send a support request: we will issue a credit "
                        "note and a new invoice.",
                    ),
                    faq(
                        "Can I get one invoice per month?",
                        "Organisations that feature more than 10 ads a month can ask for a "
                        "monthly statement. Send a support request from the contact page.",
                    ),
                ],
            ),
            "fr": Text(
                "Factures et reçus",
                "Téléchargez un reçu ou une facture avec TVA pour chaque paiement, et "
                "ajoutez-y les coordonnées de votre organisation.",
                ("factures", "reçus", "TVA"),
                [
                    text(
                        p(
                            "Nous vous envoyons un reçu par e-mail après chaque paiement. "
                            "Vous pouvez aussi télécharger tous vos reçus et factures à tout "
                            "moment."
                        )
                    ),
                    steps(
                        "Télécharger une facture",
                        ("Ouvrez Compte › Paiements", ""),
                        ("Choisissez le paiement", ""),
                        ("Sélectionnez Télécharger la facture (PDF)", ""),
                    ),
                    text(
                        p(
                            "<b>Factures pour les organisations :</b> avant de payer, "
                            "indiquez la raison sociale, l'adresse et le numéro de TVA de "
                            "votre organisation dans <b>Compte</b> › <b>Paiements</b> › "
                            "<b>Facturation</b>. Ils figurent ensuite sur chaque nouvelle "
                            "facture."
                        )
                    ),
                    callout(
                        "info",
                        "Une facture émise ne peut plus être modifiée. Si ses informations "
                        "sont fausses, envoyez une demande d'assistance : nous émettrons un "
                        "avoir et une nouvelle facture.",
                    ),
                    faq(
                        "Puis-je recevoir une seule facture par mois ?",
                        "Les organisations qui mettent plus de 10 annonces à la une par mois "
                        "peuvent demander un relevé mensuel. Envoyez une demande depuis la "
                        "page de contact.",
                    ),
                ],
            ),
        },
    ),
]

TROUBLESHOOTING_ARTICLES = [
    Article(
        slug="cant-log-in",
        category="troubleshooting",
        audience="everyone",
        reviewed_days_ago=25,
        related=("reset-your-password", "set-up-two-step-verification", "not-receiving-emails"),
        text={
            "en": Text(
                "I can't log in",
                "Check these common causes, from a mistyped e-mail address to a locked "
                "account, before you contact support.",
                ("sign in", "password", "login"),
                [
                    text(
                        h2("Check the basics"),
                        ul(
                            "Use the e-mail address or mobile number you registered with. "
                            "Mobile numbers work with or without the country code.",
                            "Passwords are case-sensitive: check that Caps Lock is off.",
                            "If you have more than one e-mail address, try the others – each "
                            "account has only one.",
                        ),
                    ),
                    text(
                        h2("Your account is locked"),
                        p(
                            "After 5 wrong passwords in a row we lock the account for 15 "
                            "minutes to protect it. Wait and try again, or reset your "
                            "password: a reset unlocks the account at once."
                        ),
                    ),
                    text(
                        h2("Two-step verification codes don't work"),
                        p(
                            "Codes depend on the time on your phone. Turn on automatic date "
                            "and time in your phone's settings and try a new code. If you "
                            "lost your phone, use one of your backup codes."
                        ),
                    ),
                    steps(
                        "Still stuck? Reset your password",
                        ("Select Forgot your password? on the sign-in page", ""),
                        ("Follow the link we send you", "By e-mail or SMS, within a few minutes."),
                        ("Sign in with your new password", ""),
                    ),
                    callout(
                        "info",
                        "If we closed your account for breaking the rules, a message says so "
                        "when you sign in. You can appeal by replying to the e-mail we sent "
                        "you.",
                    ),
                    faq(
                        "The sign-in page keeps reloading.",
                        "Your browser is probably blocking cookies. Allow cookies for this "
                        "site, or try a private window.",
                    ),
                ],
            ),
            "fr": Text(
                "Je n'arrive pas à me connecter",
                "Vérifiez ces causes fréquentes, de l'adresse e-mail mal saisie au compte "
                "bloqué, avant de contacter l'assistance.",
                ("connexion", "mot de passe", "identifiant"),
                [
                    text(
                        h2("Les vérifications de base"),
                        ul(
                            "Utilisez l'adresse e-mail ou le numéro de mobile de votre "
                            "inscription. Le numéro fonctionne avec ou sans l'indicatif du "
                            "pays.",
                            "Les mots de passe distinguent majuscules et minuscules : "
                            "vérifiez que la touche Verr. Maj est désactivée.",
                            "Si vous avez plusieurs adresses e-mail, essayez les autres – "
                            "chaque compte n'en a qu'une.",
                        ),
                    ),
                    text(
                        h2("Votre compte est bloqué"),
                        p(
                            "Après 5 mots de passe erronés d'affilée, nous bloquons le compte "
                            "pendant 15 minutes pour le protéger. Patientez puis réessayez, "
                            "ou réinitialisez votre mot de passe : cela débloque aussitôt le "
                            "compte."
                        ),
                    ),
                    text(
                        h2("Les codes de validation ne fonctionnent pas"),
                        p(
                            "Les codes dépendent de l'heure de votre téléphone. Activez la "
                            "date et l'heure automatiques dans ses réglages et essayez un "
                            "nouveau code. Si vous avez perdu votre téléphone, utilisez un "
                            "code de secours."
                        ),
                    ),
                    steps(
                        "Toujours bloqué ? Réinitialisez votre mot de passe",
                        ("Sélectionnez Mot de passe oublié ? sur la page de connexion", ""),
                        (
                            "Suivez le lien que nous vous envoyons",
                            "Par e-mail ou SMS, en quelques minutes.",
                        ),
                        ("Connectez-vous avec le nouveau mot de passe", ""),
                    ),
                    callout(
                        "info",
                        "Si nous avons fermé votre compte pour non-respect des règles, un "
                        "message l'indique à la connexion. Vous pouvez faire appel en "
                        "répondant à l'e-mail que nous vous avons envoyé.",
                    ),
                    faq(
                        "La page de connexion se recharge sans cesse.",
                        "Votre navigateur bloque sans doute les cookies. Autorisez-les pour "
                        "ce site, ou essayez une fenêtre de navigation privée.",
                    ),
                ],
            ),
            "pt": Text(
                "Não consigo iniciar sessão",
                "Verifique estas causas comuns, de um e-mail mal escrito a uma conta "
                "bloqueada, antes de contactar o suporte.",
                ("iniciar sessão", "palavra-passe", "login"),
                [
                    text(
                        h2("Verifique o básico"),
                        ul(
                            "Use o e-mail ou o número de telemóvel com que se registou. O "
                            "número funciona com ou sem o indicativo do país.",
                            "A palavra-passe distingue maiúsculas de minúsculas: confirme que "
                            "o Caps Lock está desligado.",
                            "Se tem mais do que um e-mail, experimente os outros – cada conta "
                            "tem apenas um.",
                        ),
                    ),
                    text(
                        h2("A sua conta está bloqueada"),
                        p(
                            "Depois de 5 palavras-passe erradas seguidas, bloqueamos a conta "
                            "durante 15 minutos para a proteger. Aguarde e tente de novo, ou "
                            "redefina a palavra-passe: isso desbloqueia a conta de imediato."
                        ),
                    ),
                    text(
                        h2("Os códigos de verificação não funcionam"),
                        p(
                            "Os códigos dependem da hora do telemóvel. Ative a data e hora "
                            "automáticas nas definições do telemóvel e experimente um código "
                            "novo. Se perdeu o telemóvel, use um código de recuperação."
                        ),
                    ),
                    steps(
                        "Continua sem conseguir? Redefina a palavra-passe",
                        (
                            "Selecione Esqueceu-se da palavra-passe? na página de início de sessão",
                            "",
                        ),
                        (
                            "Siga a ligação que lhe enviamos",
                            "Por e-mail ou SMS, em poucos minutos.",
                        ),
                        ("Inicie sessão com a nova palavra-passe", ""),
                    ),
                    callout(
                        "info",
                        "Se fechámos a sua conta por violar as regras, aparece uma mensagem a "
                        "dizê-lo quando inicia sessão. Pode recorrer respondendo ao e-mail "
                        "que lhe enviámos.",
                    ),
                    faq(
                        "A página de início de sessão está sempre a recarregar.",
                        "O navegador está provavelmente a bloquear cookies. Permita cookies "
                        "para este site, ou experimente uma janela privada.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="not-receiving-emails",
        category="troubleshooting",
        audience="everyone",
        reviewed_days_ago=140,
        related=("confirm-your-email", "privacy-settings"),
        text={
            "en": Text(
                "Not receiving our e-mails",
                "Confirmation, password and reply e-mails usually arrive within minutes. If "
                "yours don't, work through this list.",
                ("e-mail", "spam", "notifications"),
                [
                    steps(
                        "Things to check",
                        (
                            "Wait five minutes",
                            "Some e-mail providers hold new messages back for a few minutes.",
                        ),
                        (
                            "Look in spam, junk and other folders",
                            "In Gmail, also check the "
                            "<i>Promotions</i> and <i>Updates</i> tabs. Mark our e-mail as "
                            "<b>Not spam</b> so that the next ones reach your inbox.",
                        ),
                        (
                            "Check your address",
                            "Go to <b>Account</b> › <b>Settings</b> and "
                            "look for typing mistakes, such as <i>gmial.com</i>.",
                        ),
                        (
                            "Check your notification settings",
                            "Replies and alerts can be "
                            "switched off under <b>Account</b> › <b>Settings</b> › "
                            "<b>Notifications</b>.",
                        ),
                        (
                            "Is your mailbox full?",
                            "A full mailbox turns new messages away. "
                            "Delete some old e-mails and ask us to send it again.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Add our sending address to your contacts. It is the most reliable "
                        "way to keep our e-mails out of the spam folder.",
                    ),
                    faq(
                        "Can you send messages by SMS instead?",
                        "Password reset links can be sent by SMS if your account has a "
                        "mobile number. Replies to your ads are always shown under "
                        "<b>Messages</b> on the site, even when e-mails do not arrive.",
                    ),
                ],
            ),
            "fr": Text(
                "Vous ne recevez pas nos e-mails",
                "Les e-mails de confirmation, de mot de passe et de réponse arrivent en "
                "général en quelques minutes. Sinon, suivez cette liste.",
                ("e-mail", "courrier indésirable", "notifications"),
                [
                    steps(
                        "Les points à vérifier",
                        (
                            "Attendez cinq minutes",
                            "Certaines messageries retiennent les "
                            "nouveaux messages quelques minutes.",
                        ),
                        (
                            "Regardez dans les courriers indésirables et autres dossiers",
                            "Dans Gmail, vérifiez aussi les onglets <i>Promotions</i> et "
                            "<i>Notifications</i>. Marquez notre e-mail comme <b>Non "
                            "spam</b> pour recevoir les suivants dans votre boîte.",
                        ),
                        (
                            "Vérifiez votre adresse",
                            "Dans <b>Compte</b> › <b>Paramètres</b>, "
                            "cherchez une faute de frappe, comme <i>gmial.com</i>.",
                        ),
                        (
                            "Vérifiez vos notifications",
                            "Les réponses et alertes peuvent être "
                            "désactivées dans <b>Compte</b> › <b>Paramètres</b> › "
                            "<b>Notifications</b>.",
                        ),
                        (
                            "Votre boîte est-elle pleine ?",
                            "Une boîte pleine refuse les "
                            "nouveaux messages. Supprimez d'anciens e-mails et redemandez "
                            "l'envoi.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Ajoutez notre adresse d'expédition à vos contacts : c'est le moyen "
                        "le plus sûr d'éviter le dossier des indésirables.",
                    ),
                    faq(
                        "Pouvez-vous m'écrire par SMS à la place ?",
                        "Les liens de réinitialisation du mot de passe peuvent partir par SMS "
                        "si votre compte a un numéro de mobile. Les réponses à vos annonces "
                        "s'affichent toujours dans <b>Messages</b> sur le site.",
                    ),
                ],
            ),
            "pt": Text(
                "Não recebo os vossos e-mails",
                "Os e-mails de confirmação, de palavra-passe e de respostas chegam "
                "normalmente em minutos. Se não chegarem, siga esta lista.",
                ("e-mail", "spam", "notificações"),
                [
                    steps(
                        "O que verificar",
                        (
                            "Aguarde cinco minutos",
                            "Alguns serviços de e-mail retêm mensagens novas durante uns minutos.",
                        ),
                        (
                            "Procure no spam, no lixo e noutras pastas",
                            "No Gmail, veja também "
                            "os separadores <i>Promoções</i> e <i>Atualizações</i>. Marque o "
                            "nosso e-mail como <b>Não é spam</b> para que os próximos cheguem "
                            "à caixa de entrada.",
                        ),
                        (
                            "Confirme o endereço",
                            "Em <b>Conta</b> › <b>Definições</b>, procure "
                            "erros de escrita como <i>gmial.com</i>.",
                        ),
                        (
                            "Confirme as notificações",
                            "As respostas e alertas podem estar "
                            "desligados em <b>Conta</b> › <b>Definições</b> › "
                            "<b>Notificações</b>.",
                        ),
                        (
                            "A caixa de correio está cheia?",
                            "Uma caixa cheia recusa mensagens "
                            "novas. Apague e-mails antigos e peça novo envio.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Adicione o nosso endereço de envio aos seus contactos: é a forma "
                        "mais segura de manter os nossos e-mails fora do spam.",
                    ),
                    faq(
                        "Podem enviar as mensagens por SMS?",
                        "As ligações para redefinir a palavra-passe podem ser enviadas por "
                        "SMS se a conta tiver um número de telemóvel. As respostas aos seus "
                        "anúncios aparecem sempre em <b>Mensagens</b> no site.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="page-not-loading",
        category="troubleshooting",
        audience="everyone",
        reviewed_days_ago=95,
        related=("photo-upload-fails", "contacting-support"),
        text={
            "en": Text(
                "Pages load slowly or not at all",
                "Most loading problems come from the connection or the browser. These steps "
                "fix them in most cases.",
                ("slow", "browser", "connection"),
                [
                    steps(
                        "Try these first",
                        ("Reload the page", "Pull down on a phone, or press F5 on a computer."),
                        (
                            "Check your connection",
                            "Open another website. If it is slow too, "
                            "the problem is the connection: move closer to the Wi-Fi router, or "
                            "switch between Wi-Fi and mobile data.",
                        ),
                        (
                            "Update your browser",
                            "We support the two latest versions of "
                            "Chrome, Firefox, Safari, Edge and Samsung Internet.",
                        ),
                        (
                            "Clear the cache",
                            "Old files kept by your browser can break a page "
                            "after we update the site. Clear the cache for the last 24 hours "
                            "and reload.",
                        ),
                        (
                            "Turn off extensions",
                            "Ad blockers and some antivirus add-ons stop "
                            "forms and photos from loading. Try a private window, where "
                            "extensions are usually off.",
                        ),
                    ),
                    text(
                        p(
                            "<b>Saving data?</b> On slow or expensive connections, turn on "
                            "<b>Data saver</b> under <b>Account</b> › <b>Settings</b>. Photos "
                            "then load in lower quality until you tap them."
                        )
                    ),
                    callout(
                        "info",
                        "If the whole site is down, our team is alerted automatically and "
                        "we post updates on our social media pages.",
                    ),
                    faq(
                        "A page shows “Something went wrong”.",
                        "Wait a minute and reload. If it happens again on the same page, send "
                        "a support request with the page's address and the time it happened.",
                    ),
                ],
            ),
            "fr": Text(
                "Les pages sont lentes ou ne s'affichent pas",
                "La plupart des problèmes de chargement viennent de la connexion ou du "
                "navigateur. Ces étapes les règlent dans la majorité des cas.",
                ("lenteur", "navigateur", "connexion internet"),
                [
                    steps(
                        "À essayer d'abord",
                        (
                            "Rechargez la page",
                            "Tirez vers le bas sur un téléphone, ou "
                            "appuyez sur F5 sur un ordinateur.",
                        ),
                        (
                            "Vérifiez votre connexion",
                            "Ouvrez un autre site. S'il est lent "
                            "lui aussi, le problème vient de la connexion : rapprochez-vous du "
                            "routeur Wi-Fi ou passez du Wi-Fi aux données mobiles.",
                        ),
                        (
                            "Mettez à jour votre navigateur",
                            "Nous prenons en charge les deux "
                            "dernières versions de Chrome, Firefox, Safari, Edge et Samsung "
                            "Internet.",
                        ),
                        (
                            "Videz le cache",
                            "D'anciens fichiers gardés par le navigateur "
                            "peuvent casser une page après une mise à jour du site. Videz le "
                            "cache des dernières 24 heures et rechargez.",
                        ),
                        (
                            "Désactivez les extensions",
                            "Les bloqueurs de publicité et certains "
                            "antivirus empêchent formulaires et photos de se charger. Essayez "
                            "une fenêtre privée, où les extensions sont en général "
                            "désactivées.",
                        ),
                    ),
                    text(
                        p(
                            "<b>Connexion lente ou chère ?</b> Activez l'<b>Économiseur de "
                            "données</b> dans <b>Compte</b> › <b>Paramètres</b> : les photos "
                            "se chargent en qualité réduite jusqu'à ce que vous les touchiez."
                        )
                    ),
                    callout(
                        "info",
                        "Si tout le site est en panne, notre équipe est alertée "
                        "automatiquement et nous publions des nouvelles sur nos réseaux "
                        "sociaux.",
                    ),
                    faq(
                        "Une page affiche « Une erreur s'est produite ».",
                        "Attendez une minute et rechargez. Si cela se reproduit sur la même "
                        "page, envoyez une demande d'assistance avec l'adresse de la page et "
                        "l'heure du problème.",
                    ),
                ],
            ),
            "pt": Text(
                "As páginas estão lentas ou não abrem",
                "A maioria dos problemas de carregamento vem da ligação ou do navegador. "
                "Estes passos resolvem-nos na maior parte dos casos.",
                ("lentidão", "navegador", "ligação"),
                [
                    steps(
                        "Experimente primeiro",
                        (
                            "Recarregue a página",
                            "Puxe para baixo no telemóvel, ou carregue em F5 no computador.",
                        ),
                        (
                            "Verifique a ligação",
                            "Abra outro site. Se também estiver lento, o "
                            "problema é a ligação: aproxime-se do router Wi-Fi ou alterne entre "
                            "Wi-Fi e dados móveis.",
                        ),
                        (
                            "Atualize o navegador",
                            "Suportamos as duas versões mais recentes do "
                            "Chrome, Firefox, Safari, Edge e Samsung Internet.",
                        ),
                        (
                            "Limpe a cache",
                            "Ficheiros antigos guardados pelo navegador podem "
                            "estragar uma página depois de atualizarmos o site. Limpe a cache "
                            "das últimas 24 horas e recarregue.",
                        ),
                        (
                            "Desative extensões",
                            "Bloqueadores de publicidade e alguns "
                            "antivírus impedem formulários e fotos de carregar. Experimente uma "
                            "janela privada, onde as extensões costumam estar desligadas.",
                        ),
                    ),
                    text(
                        p(
                            "<b>Quer poupar dados?</b> Em ligações lentas ou caras, ative a "
                            "<b>Poupança de dados</b> em <b>Conta</b> › <b>Definições</b>. As "
                            "fotos carregam com menos qualidade até lhes tocar."
                        )
                    ),
                    callout(
                        "info",
                        "Se o site inteiro estiver em baixo, a nossa equipa é alertada "
                        "automaticamente e publicamos novidades nas nossas redes sociais.",
                    ),
                    faq(
                        "Uma página mostra “Ocorreu um erro”.",
                        "Aguarde um minuto e recarregue. Se voltar a acontecer na mesma "
                        "página, envie um pedido de suporte com o endereço da página e a hora "
                        "a que aconteceu.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="photo-upload-fails",
        category="troubleshooting",
        audience="advertisers",
        # Overdue: last reviewed 400 days ago, to be reviewed every 365 days.
        reviewed_days_ago=400,
        review_interval_days=365,
        related=("adding-photos", "page-not-loading"),
        # Not translated into Portuguese on purpose (see UNTRANSLATED).
        text={
            "en": Text(
                "Photo upload fails",
                "Photos that will not upload are usually too large, in the wrong format or "
                "cut off by a slow connection.",
                ("photos", "upload", "ads"),
                [
                    text(
                        p(
                            "Photos must be JPEG, PNG or WebP files of up to 10 MB each. "
                            "Photos taken with most phones are fine; problems usually come "
                            "from very large files or other formats."
                        )
                    ),
                    text(
                        h2("Common causes and fixes"),
                        ul(
                            "<b>The file is too large</b> – make it smaller with your phone's "
                            "edit or share options, for example by choosing <i>Medium</i> "
                            "size.",
                            "<b>HEIC photos from an iPhone</b> – go to <b>Settings</b> › "
                            "<b>Camera</b> › <b>Formats</b> and choose <b>Most Compatible</b>, "
                            "or share the photo as JPEG.",
                            "<b>The upload stops half-way</b> – the connection dropped. On a "
                            "slow connection, upload one photo at a time.",
                            "<b>Nothing happens when I select Add photos</b> – allow your "
                            "browser to use your photos in your phone's settings.",
                        ),
                    ),
                    callout(
                        "tip",
                        "You can save your ad without photos and add them later from <b>My "
                        "ads</b>, for example once you are on Wi-Fi.",
                    ),
                    faq(
                        "I get the message “This photo is too small”.",
                        "Photos must be at least 400 pixels wide so that buyers can see the "
                        "details. Use the original photo, not a screenshot or a thumbnail.",
                    ),
                ],
            ),
            "fr": Text(
                "L'envoi de photos échoue",
                "Une photo qui ne s'envoie pas est en général trop lourde, dans un format non "
                "accepté ou interrompue par une connexion lente.",
                ("photos", "envoi", "annonces"),
                [
                    text(
                        p(
                            "Les photos doivent être des fichiers JPEG, PNG ou WebP de 10 Mo "
                            "au plus. Celles de la plupart des téléphones conviennent ; les "
                            "problèmes viennent surtout de fichiers très lourds ou d'autres "
                            "formats."
                        )
                    ),
                    text(
                        h2("Causes fréquentes et solutions"),
                        ul(
                            "<b>Fichier trop lourd</b> – réduisez-le avec les options de "
                            "modification ou de partage du téléphone, par exemple en taille "
                            "<i>Moyenne</i>.",
                            "<b>Photos HEIC d'un iPhone</b> – dans <b>Réglages</b> › "
                            "<b>Appareil photo</b> › <b>Formats</b>, choisissez <b>Le plus "
                            "compatible</b>, ou partagez la photo en JPEG.",
                            "<b>L'envoi s'arrête en cours de route</b> – la connexion a "
                            "coupé. Sur une connexion lente, envoyez une photo à la fois.",
                            "<b>Rien ne se passe quand je sélectionne Ajouter des photos</b> "
                            "– autorisez le navigateur à accéder à vos photos dans les "
                            "réglages du téléphone.",
                        ),
                    ),
                    callout(
                        "tip",
                        "Vous pouvez enregistrer l'annonce sans photos et les ajouter plus "
                        "tard depuis <b>Mes annonces</b>, par exemple une fois en Wi-Fi.",
                    ),
                    faq(
                        "J'ai le message « Cette photo est trop petite ».",
                        "Les photos doivent faire au moins 400 pixels de large pour que les "
                        "acheteurs voient les détails. Utilisez la photo d'origine, pas une "
                        "capture d'écran ou une miniature.",
                    ),
                ],
            ),
        },
    ),
    Article(
        slug="contacting-support",
        category="troubleshooting",
        audience="everyone",
        reviewed_days_ago=15,
        related=("cant-log-in", "refunds", "report-a-suspicious-ad"),
        text={
            "en": Text(
                "Contacting support and what happens next",
                "How to send us a support request, what your reference number is for and how "
                "quickly we answer.",
                ("support", "contact", "response times"),
                [
                    text(
                        h2("Before you write"),
                        p(
                            "Search the help center first: most questions are answered here, "
                            "at any time of day. If you still need us, have your account's "
                            "e-mail address ready and, if it is about an ad or a payment, "
                            "its number."
                        ),
                    ),
                    steps(
                        "Send a support request",
                        (
                            "Open the contact page",
                            "Use the <b>Contact support</b> button at "
                            "the bottom of any help article.",
                        ),
                        (
                            "Describe the problem",
                            "Say what you tried to do, what happened "
                            "instead and, if you can, on which device and browser.",
                        ),
                        (
                            "Send it",
                            "You see a confirmation straight away, and we e-mail you a copy.",
                        ),
                    ),
                    text(
                        h2("Your reference number"),
                        p(
                            "Every request gets a reference such as <b>SP-104233</b>. Keep "
                            "it: if you write again about the same problem, put it in the "
                            "subject, so that your messages stay together and you do not have "
                            "to explain everything again."
                        ),
                    ),
                    text(
                        h2("Response times"),
                        ul(
                            "Account security (a hacked account, payments you do not "
                            "recognise): within 4 working hours.",
                            "Everything else: within one working day.",
                        ),
                        p(
                            "Our team works Monday to Friday, 08:00 to 17:00 South African "
                            "time, except on public holidays. Requests sent at the weekend "
                            "are answered on Monday."
                        ),
                    ),
                    text(
                        h2("What happens next"),
                        p(
                            "An agent reads your request, may ask you a question, and tells "
                            "you when it is solved. If a specialist is needed, your request "
                            "is passed on and you are told who is handling it. Once it is "
                            "closed, you can reopen it by replying within 14 days."
                        ),
                    ),
                    callout(
                        "warning",
                        "We will never ask for your password or your verification codes. Do "
                        "not send them to anyone – not even to us.",
                    ),
                ],
            ),
            "fr": Text(
                "Contacter l'assistance : comment ça se passe",
                "Comment nous envoyer une demande d'assistance, à quoi sert votre numéro de "
                "référence et dans quels délais nous répondons.",
                ("assistance", "contact", "délais de réponse"),
                [
                    text(
                        h2("Avant d'écrire"),
                        p(
                            "Cherchez d'abord dans le centre d'aide : la plupart des "
                            "questions y trouvent réponse, à toute heure. Si vous avez "
                            "toujours besoin de nous, préparez l'adresse e-mail de votre "
                            "compte et, s'il s'agit d'une annonce ou d'un paiement, son "
                            "numéro."
                        ),
                    ),
                    steps(
                        "Envoyer une demande",
                        (
                            "Ouvrez la page de contact",
                            "Avec le bouton <b>Contacter "
                            "l'assistance</b> en bas de chaque article d'aide.",
                        ),
                        (
                            "Décrivez le problème",
                            "Ce que vous vouliez faire, ce qui s'est "
                            "passé et, si possible, sur quel appareil et quel navigateur.",
                        ),
                        (
                            "Envoyez",
                            "Une confirmation s'affiche aussitôt et nous vous en "
                            "envoyons une copie par e-mail.",
                        ),
                    ),
                    text(
                        h2("Votre numéro de référence"),
                        p(
                            "Chaque demande reçoit une référence comme <b>SP-104233</b>. "
                            "Gardez-la : si vous nous réécrivez pour le même problème, "
                            "mettez-la dans l'objet, pour que vos messages restent groupés et "
                            "que vous n'ayez pas à tout réexpliquer."
                        ),
                    ),
                    text(
                        h2("Délais de réponse"),
                        ul(
                            "Sécurité du compte (compte piraté, paiements inconnus) : sous 4 "
                            "heures ouvrées.",
                            "Tout le reste : sous un jour ouvré.",
                        ),
                        p(
                            "Notre équipe travaille du lundi au vendredi, de 8 h à 17 h "
                            "(heure d'Afrique du Sud), sauf jours fériés. Les demandes du "
                            "week-end reçoivent une réponse le lundi."
                        ),
                    ),
                    text(
                        h2("Et ensuite ?"),
                        p(
                            "Un agent lit votre demande, vous pose éventuellement une "
                            "question et vous prévient quand le problème est résolu. Si un "
                            "spécialiste est nécessaire, la demande lui est transmise et "
                            "nous vous disons qui s'en occupe. Une fois la demande close, "
                            "vous pouvez la rouvrir en répondant dans les 14 jours."
                        ),
                    ),
                    callout(
                        "warning",
                        "Nous ne vous demanderons jamais votre mot de passe ni vos codes de "
                        "validation. Ne les envoyez à personne – pas même à nous.",
                    ),
                ],
            ),
            "pt": Text(
                "Contactar o suporte e o que acontece depois",
                "Como enviar um pedido de suporte, para que serve o número de referência e "
                "em quanto tempo respondemos.",
                ("suporte", "contacto", "tempos de resposta"),
                [
                    text(
                        h2("Antes de escrever"),
                        p(
                            "Pesquise primeiro na central de ajuda: a maioria das perguntas "
                            "tem resposta aqui, a qualquer hora. Se ainda precisar de nós, "
                            "tenha à mão o e-mail da sua conta e, se for sobre um anúncio ou "
                            "um pagamento, o respetivo número."
                        ),
                    ),
                    steps(
                        "Enviar um pedido de suporte",
                        (
                            "Abra a página de contacto",
                            "Use o botão <b>Contactar o "
                            "suporte</b> no fundo de qualquer artigo de ajuda.",
                        ),
                        (
                            "Descreva o problema",
                            "Diga o que tentou fazer, o que aconteceu e, "
                            "se puder, em que dispositivo e navegador.",
                        ),
                        ("Envie", "Vê logo uma confirmação, e enviamos-lhe uma cópia por e-mail."),
                    ),
                    text(
                        h2("O seu número de referência"),
                        p(
                            "Cada pedido recebe uma referência como <b>SP-104233</b>. "
                            "Guarde-a: se voltar a escrever sobre o mesmo problema, "
                            "indique-a no assunto, para as mensagens ficarem juntas e não ter "
                            "de explicar tudo de novo."
                        ),
                    ),
                    text(
                        h2("Tempos de resposta"),
                        ul(
                            "Segurança da conta (conta atacada, pagamentos que não "
                            "reconhece): até 4 horas úteis.",
                            "Tudo o resto: até um dia útil.",
                        ),
                        p(
                            "A nossa equipa trabalha de segunda a sexta, das 08:00 às 17:00 "
                            "(hora da África do Sul), exceto feriados. Os pedidos enviados "
                            "ao fim de semana são respondidos na segunda-feira."
                        ),
                    ),
                    text(
                        h2("O que acontece depois"),
                        p(
                            "Um agente lê o pedido, pode fazer-lhe uma pergunta e avisa "
                            "quando estiver resolvido. Se for preciso um especialista, o "
                            "pedido é encaminhado e dizemos-lhe quem o está a tratar. Depois "
                            "de fechado, pode reabri-lo respondendo no prazo de 14 dias."
                        ),
                    ),
                    callout(
                        "warning",
                        "Nunca lhe pediremos a palavra-passe nem os códigos de verificação. "
                        "Não os envie a ninguém – nem a nós.",
                    ),
                ],
            ),
        },
    ),
]

ARTICLES = ACCOUNT_ARTICLES + AD_ARTICLES + PAYMENT_ARTICLES + TROUBLESHOOTING_ARTICLES

# --- analytics -------------------------------------------------------------------------------

# Most votes a translation gets (each article gets a deterministic number up to this).
VOTES_PER_LANGUAGE = {"en": 14, "fr": 7, "pt": 5}
# Articles nobody has rated yet.
UNRATED = {"renew-an-expired-ad", "edit-or-withdraw-an-ad"}
# Share of "Yes" votes; the rest of the articles get 0.85.
HELPFUL_RATE = {
    "photo-upload-fails": 0.3,
    "featured-ad-prices": 0.45,
    "payment-methods": 0.55,
    "not-receiving-emails": 0.6,
    "set-up-two-step-verification": 0.65,
}
RATING_COMMENTS = {
    "en": {
        "yes": ["Clear and quick, thank you!", "Exactly what I needed.", "Solved it."],
        "no": [
            "The screenshots are out of date.",
            "The steps don't match what I see on my phone.",
            "I still haven't received the e-mail.",
            "Too long – I only wanted the price.",
            "It doesn't say what to do if I no longer have my old phone.",
            "The button mentioned here isn't there any more.",
        ],
    },
    "fr": {
        "yes": ["Clair et rapide, merci !", "Exactement ce qu'il me fallait."],
        "no": [
            "Les captures d'écran ne sont plus à jour.",
            "Les étapes ne correspondent pas à ce que je vois sur mon téléphone.",
            "Je ne reçois toujours pas l'e-mail.",
            "Trop long, je voulais juste le prix.",
        ],
    },
    "pt": {
        "yes": ["Claro e rápido, obrigado!", "Era mesmo isto que precisava."],
        "no": [
            "As capturas de ecrã estão desatualizadas.",
            "Os passos não correspondem ao que vejo no telemóvel.",
            "Continuo sem receber o e-mail.",
            "Demasiado longo, só queria saber o preço.",
        ],
    },
}

# Typical daily views of the English article; translations get a share of them.
POPULARITY = {
    "cant-log-in": 60,
    "reset-your-password": 45,
    "post-an-ad": 40,
    "create-an-account": 30,
    "why-was-my-ad-rejected": 25,
    "not-receiving-emails": 22,
    "featured-ad-prices": 18,
    "contacting-support": 15,
    "adding-photos": 14,
    "photo-upload-fails": 12,
    "refunds": 10,
}
LANGUAGE_SHARE = {"en": 1.0, "fr": 0.35, "pt": 0.25}

# language -> (search, typical searches a day); some find nothing on purpose.
SEARCHES = {
    "en": [
        ("password", 8),
        ("reset password", 5),
        ("post ad", 4),
        ("refund", 3),
        ("photos", 3),
        ("featured ad price", 2),
        ("delete account", 2),
        ("invoice", 1),
        ("bitcoin", 1),
        ("cancel subscription", 2),
        ("whatsapp", 1),
    ],
    "fr": [
        ("mot de passe", 4),
        ("annonce refusée", 2),
        ("remboursement", 1),
        ("photos", 1),
        ("bitcoin", 1),
        ("annuler abonnement", 1),
    ],
    "pt": [
        ("palavra-passe", 3),
        ("anúncio", 2),
        ("reembolso", 1),
        ("fatura", 1),
        ("bitcoin", 1),
        ("cancelar assinatura", 1),
        ("m-pesa", 1),
    ],
}
