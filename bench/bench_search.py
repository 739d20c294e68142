"""Help center search latency over 10,000 articles on PostgreSQL (Wagtail's database backend).

Run (PostgreSQL only; the runner creates the database when it is missing):
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/saypro_bench .venv/bin/python bench/run.py search`
or `make bench BENCH=search DATABASE_URL=...`. Add `--rebuild` to drop and recreate the articles.

The first run creates a help center (slug ``bench-search``) with 10 categories and 10,000 live
articles whose titles, summaries, bodies (rich-text blocks) and tags are drawn from a vocabulary
of help-center words with a Zipf-like spread, so some words are common and some rare. Articles
are inserted in bulk (tree paths computed as treebeard would, no revisions: like an import) and
then indexed with Wagtail's ``update_index`` (PostgreSQL full-text, ``wagtail.search`` database
backend). Later runs reuse them when all 10,000 are there and indexed.

Prints, for a common word, a rare word, two words, a word that matches nothing, and the search
page itself through the test client: the number of results, and the median and 95th percentile
of the time of ``search_articles()`` plus fetching the first page of results, in ms.
"""

import itertools
import math
import random
import statistics
import time
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.test import Client
from django.utils import timezone
from django.utils.text import slugify
from modelsearch.conf import get_app_config
from taggit.models import Tag
from wagtail.models import Page

from home.models import HomePage
from saypro_wagtail.helpcenter.models import (
    AUDIENCE_CHOICES,
    HelpArticlePage,
    HelpArticleTag,
    HelpCategoryPage,
    HelpCenterPage,
)
from saypro_wagtail.helpcenter.search import search_articles

REQUIRES = "postgresql"
ARTICLES = 10_000
DATA_VERSION = 2  # bump when the generated content changes, so kept data is rebuilt
ROOT_SLUG = "bench-search"
ROOT_TITLE = f"Search bench help center (data v{DATA_VERSION})"
REPEAT = 40
RARE_WORD = "chargeback"  # only in the few articles given it on purpose
RARE_EVERY = 1250  # so: 8 articles
QUERIES = [
    ("common word", "account"),
    ("rare word", RARE_WORD),
    ("two words", "reset password"),
    ("no match", "quokka"),
]

# Each category has words of its own (most frequent first). Articles mostly use the words of
# their category and sometimes site-wide ones, so "account" is common but not everywhere, and
# "password" mostly appears in account articles.
CATEGORIES = {
    "Account management": "account password login username e-mail verification code session "
    "security question device browser",
    "Payments and refunds": "payment refund invoice card receipt fee balance wallet bank transfer "
    "voucher discount currency",
    "Posting ads": "ad listing photo category price description title location draft boost "
    "renewal expiry",
    "Job applications": "application vacancy job employer interview shortlist deadline salary "
    "contract letter reference offer",
    "Profiles and CVs": "profile cv skill experience qualification certificate picture summary "
    "portfolio language availability",
    "Messages and notifications": "message notification alert inbox reply attachment "
    "conversation sms reminder digest",
    "Safety and privacy": "privacy scam report block data consent cookie identity fraud warning",
    "Organisations": "organisation team member role invitation permission branch administrator "
    "logo",
    "Mobile app": "app update phone tablet download storage battery offline version",
    "Troubleshooting": "error problem page button screen connection cache link timeout",
}
CATEGORY_WORDS = {name: tuple(words.split()) for name, words in CATEGORIES.items()}
SITE_WORDS = tuple(
    "account page settings e-mail phone link button support help message profile payment".split()
)
VERBS = tuple(
    (
        "change reset update find delete create open check cancel renew upload verify share edit "
        "publish download print confirm remove add send receive restore recover unlink block "
        "report hide export import approve reject schedule translate compare sort save pay "
        "withdraw unpublish"
    ).split()
)
ADJECTIVES = tuple(
    (
        "new old expired pending active blocked free paid private public missing wrong "
        "duplicate secure temporary permanent monthly yearly local international mobile "
        "verified unverified main optional required late urgent"
    ).split()
)
FILLER = tuple(
    (
        "the a your our this that each every any some more most first last next other same "
        "after before when while until if then also only again usually always never often "
        "within about through from into over under between during without with for "
        "minute day week month hour time way part place side top bottom "
        "menu tab box field form list table section note tip example reason result "
        "can may must should will need want try keep make take give use see read choose"
    ).split()
)
SENTENCES = [
    "To {verb} your {noun}, open the {noun2} page and choose {adj} {noun3}.",
    "If your {noun} is {adj}, you can {verb} it from the {noun2} settings.",
    "We {verb} every {adj} {noun} within {days} working days.",
    "You need a {adj} {noun} before you can {verb} a {noun2}.",
    "Tap {verb_cap} next to the {noun} and confirm.",
    "A {noun} that is {adj} stays on your {noun2} for {days} days.",
    "Only the owner of the {noun} can {verb} it.",
    "When you {verb} a {noun}, we tell you by {noun2}.",
]


class Words:
    """Draws words with a Zipf-like spread: the n-th word of a list about 1/n as often as the
    first."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.cum_weights = {}

    def pick(self, words: tuple) -> str:
        if words not in self.cum_weights:
            self.cum_weights[words] = list(
                itertools.accumulate(1 / (rank + 1) for rank in range(len(words)))
            )
        return self.rng.choices(words, cum_weights=self.cum_weights[words])[0]

    def article_noun(self, main: str, topic: tuple) -> str:
        draw = self.rng.random()
        if draw < 0.5:
            return main
        return self.pick(topic) if draw < 0.97 else self.pick(SITE_WORDS)

    def sentence(self, main: str, topic: tuple) -> str:
        if self.rng.random() < 0.3:
            filler = [self.pick(FILLER) for _ in range(self.rng.randint(7, 14))]
            filler.insert(self.rng.randrange(1, len(filler)), self.article_noun(main, topic))
            return " ".join(filler).capitalize() + "."
        verb = self.pick(VERBS)
        return self.rng.choice(SENTENCES).format(
            verb=verb,
            verb_cap=verb.capitalize(),
            noun=self.article_noun(main, topic),
            noun2=self.article_noun(main, topic),
            noun3=self.article_noun(main, topic),
            adj=self.pick(ADJECTIVES),
            days=self.rng.randint(1, 14),
        )

    def paragraph(self, main: str, topic: tuple, sentences: int) -> str:
        return " ".join(self.sentence(main, topic) for _ in range(sentences))


def article_fields(number: int, category: str, words: Words, rng: random.Random) -> dict:
    topic = CATEGORY_WORDS[category]
    main, verb, adj = words.pick(topic), words.pick(VERBS), words.pick(ADJECTIVES)
    title = rng.choice(
        [
            f"How to {verb} your {main}",
            f"{verb.capitalize()} a {adj} {main}",
            f"Why is my {main} {adj}?",
            f"{main.capitalize()} and {words.pick(topic)}: what to do",
        ]
    )
    body = []
    for _ in range(rng.randint(3, 5)):
        heading = f"{words.pick(VERBS).capitalize()} the {words.article_noun(main, topic)}"
        paragraphs = "".join(
            f"<p>{words.paragraph(main, topic, rng.randint(3, 6))}</p>"
            for _ in range(rng.randint(1, 3))
        )
        body.append({"type": "text", "value": f"<h2>{heading}</h2>{paragraphs}"})
    if number % RARE_EVERY == 17:
        body.append(
            {
                "type": "text",
                "value": f"<p>A {RARE_WORD} happens when your bank reverses a card payment.</p>",
            }
        )
    return {
        "title": title,
        "slug": f"{slugify(title)[:60]}-{number}",
        "summary": words.paragraph(main, topic, 2)[:300],
        "body": body,
        "audience": rng.choice([AUDIENCE_CHOICES[0][0]] * 6 + [c for c, _ in AUDIENCE_CHOICES]),
        "tags": sorted({main, words.pick(topic)}),
    }


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def insert_articles(parent_pages, fields_list, locale) -> list[HelpArticlePage]:
    """Insert live articles in bulk: tree paths as treebeard computes them, two INSERTs per
    batch (page and article tables) instead of a save() with signals per page, no revisions."""
    base_model = HelpArticlePage._meta.get_field("page_ptr").remote_field.model
    base_fields = [f.attname for f in base_model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    articles = []
    for number, fields in enumerate(fields_list):
        parent = parent_pages[number % len(parent_pages)]
        position = number // len(parent_pages) + 1
        published = now - timedelta(days=number % 700, minutes=number)
        fields = {name: value for name, value in fields.items() if name != "tags"}
        articles.append(
            HelpArticlePage(
                **fields,
                draft_title=fields["title"],
                locale=locale,
                path=HelpArticlePage._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{fields['slug']}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                latest_revision_created_at=published,
                last_reviewed=published.date(),
            )
        )
    for start in range(0, len(articles), 1000):
        batch = articles[start : start + 1000]
        bases = base_model._base_manager.bulk_create(
            [base_model(**{name: getattr(page, name) for name in base_fields}) for page in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.id = page.page_ptr_id = base.id
        # What Model.save() does for the child table of a multi-table model, for many rows.
        HelpArticlePage._base_manager._insert(
            batch, fields=HelpArticlePage._meta.local_concrete_fields, using=connection.alias
        )
    for parent in parent_pages:
        count = HelpArticlePage.objects.child_of(parent).count()
        base_model.objects.filter(pk=parent.pk).update(numchild=count)
    return articles


def build(home) -> dict:
    rng = random.Random(20261123)
    words = Words(rng)
    timings = {}
    started = time.perf_counter()
    with transaction.atomic():
        root = publish(home, HelpCenterPage(title=ROOT_TITLE, slug=ROOT_SLUG))
        categories = [
            publish(root, HelpCategoryPage(title=name, slug=slugify(name))) for name in CATEGORIES
        ]
        names = list(CATEGORIES)  # article n goes into category n % 10 (see insert_articles)
        fields_list = [
            article_fields(n, names[n % len(names)], words, rng) for n in range(ARTICLES)
        ]
        articles = insert_articles(categories, fields_list, home.locale)
        tags = {}
        for fields in fields_list:
            for name in fields["tags"]:
                if name not in tags:
                    tags[name] = Tag.objects.get_or_create(name=name)[0]
        HelpArticleTag.objects.bulk_create(
            [
                HelpArticleTag(content_object_id=page.pk, tag=tags[name])
                for page, fields in zip(articles, fields_list, strict=True)
                for name in fields["tags"]
            ],
            batch_size=2000,
        )
    timings["pages"] = time.perf_counter() - started
    problems = Page.find_problems(parent=root)
    assert not any(problems), f"tree problems after the bulk insert: {problems}"

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    timings["index"] = time.perf_counter() - started
    return timings


def index_entries(articles):
    index_entry = get_app_config().get_model("IndexEntry")  # wagtail.search's IndexEntry
    return index_entry.objects.filter(
        content_type=ContentType.objects.get_for_model(HelpArticlePage),
        object_id__in=articles.annotate(key=Cast("pk", CharField())).values("key"),
    )


def kept_data(home):
    """The help center of an earlier run if it has all its articles indexed, else None."""
    root = HelpCenterPage.objects.child_of(home).filter(slug=ROOT_SLUG).first()
    if root is None or root.title != ROOT_TITLE:
        return None
    articles = HelpArticlePage.objects.live().descendant_of(root)
    if articles.count() == ARTICLES and index_entries(articles).count() == ARTICLES:
        return root
    return None


def delete_data(root) -> None:
    """Delete an earlier run's help center. Wagtail deletes pages one by one (unpublish, log,
    translation and reference clean-up: about 4 minutes for 10,000), so the articles, which
    nothing else refers to, go first in bulk; should anything refer to them after all (views,
    ratings), the foreign keys refuse and Wagtail's own delete does it all."""
    articles = HelpArticlePage.objects.descendant_of(root)
    ids = list(articles.values_list("pk", flat=True))
    base_model = HelpArticlePage._meta.get_field("page_ptr").remote_field.model
    try:
        with transaction.atomic():
            index_entries(articles).delete()
            with connection.cursor() as cursor:
                for model, column in [
                    (HelpArticleTag, "content_object_id"),
                    (HelpArticlePage, "page_ptr_id"),
                    (base_model, "id"),
                ]:
                    table, column = map(connection.ops.quote_name, (model._meta.db_table, column))
                    cursor.execute(f"DELETE FROM {table} WHERE {column} = ANY(%s)", [ids])
                # Foreign keys are checked at commit: check them here, inside the block.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    except IntegrityError:
        pass
    HelpCenterPage.objects.get(pk=root.pk).delete()


def timed(call, repeat=REPEAT, warmup=3):
    """Median and 95th percentile (nearest rank) in ms."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append(1000 * (time.perf_counter() - started))
    samples.sort()
    return statistics.median(samples), samples[math.ceil(0.95 * len(samples)) - 1]


def first_page(root, query):
    outcome = search_articles(root, query)
    return outcome.count, list(outcome.results[:10])


def run(options=None):
    if connection.vendor != "postgresql":
        raise RuntimeError(
            "bench_search needs PostgreSQL: "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/saypro_bench"
        )
    home = HomePage.objects.get(locale__language_code="en")
    root = None if getattr(options, "rebuild", False) else kept_data(home)
    if root is not None:
        yield f"data: kept from an earlier run ({ARTICLES:,} articles indexed; --rebuild to redo)"
    else:
        for old in HelpCenterPage.objects.child_of(home).filter(slug=ROOT_SLUG):
            started = time.perf_counter()
            delete_data(old)
            yield f"data: deleted the earlier articles in {time.perf_counter() - started:.1f} s"
        timings = build(home)
        root = kept_data(home)
        assert root is not None, "the articles are not all in the search index"
        yield (
            f"data: {ARTICLES:,} articles inserted in {timings['pages']:.1f} s, "
            f"update_index in {timings['index']:.1f} s"
        )

    for label, query in QUERIES:
        count = first_page(root, query)[0]
        median, p95 = timed(lambda query=query: first_page(root, query))
        yield f"{label}: '{query}', {count:,} results"
        yield (f"  search_articles '{query}': median", median, "ms")
        yield (f"  search_articles '{query}': p95", p95, "ms")

    client = Client()
    url = root.url + "search/"

    def search_page():
        response = client.get(url, {"q": "reset password"})
        assert response.status_code == 200, response.status_code

    median, p95 = timed(search_page)
    yield "search page (view, template, analytics) through the test client: '?q=reset password'"
    yield ("  search page: median", median, "ms")
    yield ("  search page: p95", p95, "ms")
    yield (
        f"({REPEAT} timed runs each after 3 warm-up ones; search_articles timings include the "
        "count and the first 10 results, as the search page fetches them)"
    )
