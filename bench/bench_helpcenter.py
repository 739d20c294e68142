"""Help article page: SQL queries with 0 and 10,000 ratings, throughput against a plain page.

Run: `make bench BENCH=helpcenter` (a throw-away SQLite database), or on PostgreSQL:
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/saypro_bench .venv/bin/python bench/run.py
helpcenter`.

Prints, for one article in a help center (category, three related articles, tags, a support
page, a body of rich-text blocks with six h2 headings):

- the SQL queries of one GET of the article for a visitor without cookie and for a visitor who
  voted (signed cookie), first with no other ratings, then with 10,000 ratings (mixed yes/no,
  distinct visitor keys, totals recomputed); the benchmark FAILS (exit 1) if the counts differ;
- requests/s of the article and of a ``StandardPage`` (example site) whose body has the very same
  HTML, both served by Django's test client in this process, and the ratio article/plain. The
  article page does more than the plain page: breadcrumbs, language links (looked up, none shown:
  this help center has one language), table of contents, tags, the feedback form (and the
  visitor's vote), related articles, "Still need help?".

The pages are created under the English home page and deleted at the end, so the benchmark can
run on a database that is kept (PostgreSQL).
"""

import statistics
import time
from datetime import timedelta

from django.db import connection, reset_queries
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import ContactPage, HomePage, StandardPage
from saypro_wagtail.helpcenter.analytics import view_buffer
from saypro_wagtail.helpcenter.models import (
    ArticleRating,
    ArticleRatingSummary,
    HelpArticlePage,
    HelpArticleRelatedLink,
    HelpCategoryPage,
    HelpCenterPage,
)
from saypro_wagtail.helpcenter.visitors import COOKIE

RATINGS = 10_000
REQUESTS = 600  # timed requests per page, in rounds that alternate the two pages
ROUNDS = 6
WARMUP = 50
HELP_SLUG = "bench-help-center"
PLAIN_SLUG = "bench-plain-page"

SECTIONS = [
    ("Before you start", "an e-mail address you can open and a phone that receives SMS"),
    ("Create the account", "the Register button at the top of every page of the site"),
    ("Confirm your e-mail", "the link in the message we send within a few minutes"),
    ("Add your details", "your name, your town and the kind of work you are looking for"),
    ("Keep the account safe", "a long password that you use nowhere else"),
    ("If something goes wrong", "the support team, who answer within one working day"),
]


def section_html(heading: str, detail: str) -> str:
    return (
        f"<h2>{heading}</h2>"
        f"<p>For this step you need {detail}. Read it through once before you begin, so that "
        "nothing surprises you halfway. It takes about five minutes, and you can stop at any "
        "point: what you entered is kept.</p>"
        "<ul><li>Use a device you trust.</li><li>Write down what you chose.</li>"
        f'<li>Read our <a href="https://example.com/guide">guide</a> about {detail.split()[1]}'
        ".</li></ul>"
        "<p>When you are done, the page tells you so, and we send you an e-mail that confirms "
        "it. Keep that e-mail: it has the date and the reference you may need later.</p>"
    )


BODY_HTML = [section_html(heading, detail) for heading, detail in SECTIONS]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def delete_leftovers(home) -> None:
    """Pages of an earlier run that stopped half-way (on a database that is kept)."""
    for page in home.get_children().filter(slug__in=[HELP_SLUG, PLAIN_SLUG]):
        page.delete()


def create_pages(home):
    support = ContactPage.objects.child_of(home).first()
    root = publish(
        home,
        HelpCenterPage(
            title="Bench help center",
            slug=HELP_SLUG,
            intro="<p>Answers to your questions.</p>",
            support_page=support,
        ),
    )
    category = publish(root, HelpCategoryPage(title="Account management", slug="account"))
    related = [
        publish(
            category,
            HelpArticlePage(
                title=f"Related article {n}",
                slug=f"related-{n}",
                summary=f"What to do about related topic {n}.",
                body=[{"type": "text", "value": f"<p>Related topic {n}.</p>"}],
            ),
        )
        for n in range(1, 4)
    ]
    article = HelpArticlePage(
        title="How to register",
        slug="register",
        summary="Create your SayPro account in six steps.",
        body=[{"type": "text", "value": html} for html in BODY_HTML],
        related_links=[HelpArticleRelatedLink(related_page=page) for page in related],
    )
    article = publish(category, article)
    article.tags.add("account", "registration")
    article.save_revision().publish()
    plain = publish(
        home,
        StandardPage(
            title="How to register",
            slug=PLAIN_SLUG,
            body=[{"type": "paragraph", "value": html} for html in BODY_HTML],
        ),
    )
    return root, article, plain


def captured_get(client, url, *expect):
    """The SQL queries of one GET (the view buffer is flushed first, so no flush is counted)."""
    view_buffer.flush()
    reset_queries()  # the capture reads a log that stops growing at 9,000 queries
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content.decode()
    for text in expect:
        assert text in html, f"{text!r} not in {url}"
    return [query["sql"] for query in captured.captured_queries]


def add_ratings(article, count: int) -> dict:
    """``count`` anonymous votes with distinct keys (3 in 4 say yes), totals recomputed."""
    now = timezone.now()
    ArticleRating.objects.bulk_create(
        [
            ArticleRating(
                page=article,
                visitor_key=f"bench-visitor-{n:06d}",
                helpful=n % 4 != 0,
                comment="The screenshots are out of date." if n % 40 == 0 else "",
                created_at=now - timedelta(minutes=n),
                updated_at=now - timedelta(minutes=n),
            )
            for n in range(count)
        ],
        batch_size=1000,
    )
    counted = ArticleRating.objects.filter(page=article).aggregate(
        yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
    )
    totals = {"helpful": counted["yes"], "not_helpful": counted["no"]}
    ArticleRatingSummary.objects.update_or_create(page=article, defaults=totals)
    return totals


def requests_per_second(pages: dict, client) -> dict:
    """Warm up, then time REQUESTS GETs of each page, alternating the pages in ROUNDS rounds."""
    for url in pages.values():
        for _ in range(WARMUP):
            assert client.get(url).status_code == 200
    elapsed = dict.fromkeys(pages, 0.0)
    latencies = {name: [] for name in pages}
    for _ in range(ROUNDS):
        for name, url in pages.items():
            for _ in range(REQUESTS // ROUNDS):
                started = time.perf_counter()
                response = client.get(url)
                took = time.perf_counter() - started
                assert response.status_code == 200
                elapsed[name] += took
                latencies[name].append(took)
    return {
        name: (REQUESTS / elapsed[name], 1000 * statistics.median(latencies[name]))
        for name in pages
    }


def run():
    home = HomePage.objects.get(locale__language_code="en")
    delete_leftovers(home)
    root, article, plain = create_pages(home)
    try:
        yield from measure(article, plain)
    finally:
        view_buffer.flush()
        root.delete()
        plain.delete()


def measure(article, plain):
    anonymous, voter = Client(), Client()
    url, plain_url = article.url, plain.url
    # First requests (they fill the site and locale caches): check the article has it all.
    parts = ['class="breadcrumbs"', 'class="help-toc"', 'class="help-tags"', "help-related"]
    captured_get(anonymous, url, *parts, 'class="help-feedback"', 'class="help-still"')
    captured_get(anonymous, plain_url)

    counts = {("anonymous", 0): captured_get(anonymous, url)}
    response = voter.post(url + "feedback/", {"helpful": "yes"})
    assert response.status_code == 302 and COOKIE in voter.cookies, response
    voted = "You found this article helpful"
    counts["voted", 0] = captured_get(voter, url, voted)
    plain_queries = captured_get(anonymous, plain_url)

    totals = add_ratings(article, RATINGS)
    counts["anonymous", RATINGS] = captured_get(anonymous, url)
    counts["voted", RATINGS] = captured_get(voter, url, voted)

    yield (
        f"ratings now: {totals['helpful'] + totals['not_helpful']:,} "
        f"({totals['helpful']:,} yes, {totals['not_helpful']:,} no)"
    )
    for (visitor, ratings), queries in counts.items():
        if visitor == "anonymous":
            label = f"article, visitor without cookie, {ratings:,} ratings"
        else:
            label = "article, voter (cookie), " + (
                f"own vote + {ratings:,} ratings" if ratings else "own vote only"
            )
        yield (f"{label}: SQL queries", len(queries), "queries")
    yield ("plain StandardPage, same body: SQL queries", len(plain_queries), "queries")

    rates = requests_per_second({"article": url, "plain": plain_url}, anonymous)
    article_rate, article_ms = rates["article"]
    plain_rate, plain_ms = rates["plain"]
    yield ("article page (anonymous): throughput", article_rate, "req/s")
    yield ("article page (anonymous): median latency", article_ms, "ms")
    yield ("plain StandardPage, same body HTML: throughput", plain_rate, "req/s")
    yield ("plain StandardPage, same body HTML: median latency", plain_ms, "ms")
    yield ("article / plain throughput", article_rate / plain_rate, "x")
    yield (
        f"({REQUESTS} timed requests each after {WARMUP} warm-up ones, test client in-process; "
        "the article page also renders breadcrumbs, language links, table of contents, tags, "
        "the feedback form, related articles and 'Still need help?')"
    )

    changed = [
        visitor
        for visitor in ("anonymous", "voted")
        if len(counts[visitor, 0]) != len(counts[visitor, RATINGS])
    ]
    if changed:
        for visitor in changed:
            print(f"\nqueries of the {visitor} visitor with {RATINGS:,} ratings:")
            for sql in counts[visitor, RATINGS]:
                print(f"  {sql[:200]}")
        raise AssertionError(
            f"article page queries depend on the number of ratings ({', '.join(changed)})"
        )
