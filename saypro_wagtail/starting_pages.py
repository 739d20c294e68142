"""The pages a site starts with, created by ``manage.py saypro_setup_pages``.

Apps declare their starting pages from ``wagtail_hooks.py`` with the
``register_saypro_starting_pages`` hook, which returns an iterable of :class:`StartingPage`; a
site can use the same hook to add pages of its own. :func:`setup_starting_pages` places them
under the default site's root page in the root page's language and, when wagtail-localize is
installed, translates them with wagtail-localize into every other content language (translating
the root page first where it has no translation yet). A page of the same type already under the
same parent is left alone, so running it again creates nothing.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.coreutils import (
    find_available_slug,
    get_content_languages,
    get_supported_content_language_variant,
)
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

HOOK = "register_saypro_starting_pages"

CREATED = "created"
EXISTING = "existing"
WOULD_CREATE = "would create"
SKIPPED = "skipped"


@dataclass(frozen=True)
class StartingPage:
    """A page a new site starts with, and the starting pages under it.

    ``content()`` returns the page's fields (``title`` included); it is called with the page's
    language active, so the ``gettext`` strings in it come out translated. ``links`` pairs a
    page field with the model label of another starting page (``("support_page",
    "saypro_support.ContactSupportPage")``): when both are created in the same run, the field
    points at that page.
    """

    model: type[Page]
    slug: str
    content: Callable[[], dict]
    children: tuple["StartingPage", ...] = ()
    links: tuple[tuple[str, str], ...] = ()


@dataclass
class PageOutcome:
    """What happened to one starting page in one language (or would happen, in a dry run)."""

    status: str
    language: str
    title: str
    page_type: str
    page: Page | None = None
    planned_url: str = ""
    reason: str = ""

    @property
    def url(self) -> str:
        """The page's full URL (where it would be, in a dry run); ``""`` if it has none."""
        if self.page is not None:
            return self.page.get_full_url() or ""
        return self.planned_url


@dataclass
class StartingPagesReport:
    """The outcome of each page, and the languages whose Locale was created."""

    outcomes: list[PageOutcome] = field(default_factory=list)
    new_languages: list[str] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(outcome.status in statuses for outcome in self.outcomes)


class NoDefaultSite(LookupError):
    """Wagtail has no default site, so there is no root page to put the pages under."""


def registered_starting_pages() -> list[StartingPage]:
    """Every starting page declared through the hook, in the order of INSTALLED_APPS."""
    return [page for hook in hooks.get_hooks(HOOK) for page in hook()]


def paragraphs(*texts: str) -> str:
    """Rich text of one ``<p>`` per (escaped) text."""
    return "".join(format_html("<p>{}</p>", text) for text in texts)


def starting_languages(source_language: str) -> list[str]:
    """The root page's language, then the other content languages if wagtail-localize is on.

    A site without wagtail-localize is monolingual: its pages are made in one language only.
    """
    translated = apps.is_installed("wagtail_localize") and getattr(
        settings, "WAGTAIL_I18N_ENABLED", False
    )
    if not translated:
        return [source_language]
    try:  # a root page in "en-us" on a site whose content language is "en" is already in "en"
        source_variant = get_supported_content_language_variant(source_language)
    except LookupError:
        source_variant = source_language
    others = [
        code for code in get_content_languages() if code not in {source_language, source_variant}
    ]
    return [source_language, *others]


def setup_starting_pages(*, dry_run: bool = False) -> StartingPagesReport:
    """Create the missing starting pages of every installed app; idempotent.

    In a dry run nothing is written: the report says what would be created and where.
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise NoDefaultSite(_("There is no default site: add one under Settings › Sites."))
    builder = StartingPageBuilder(site, dry_run=dry_run)
    with transaction.atomic():
        builder.build(registered_starting_pages())
    return builder.report


def join_url(base: str, slug: str) -> str:
    return f"{base.rstrip('/')}/{slug}/"


@dataclass
class PlacedPage:
    """A starting page in the root's language: found, created, or (dry run) to be created."""

    spec: StartingPage
    page: Page | None
    url: str
    created: bool = False
    children: list["PlacedPage"] = field(default_factory=list)


class StartingPageBuilder:
    """Finds or creates the starting pages under one site's root page, language by language."""

    def __init__(self, site: Site, *, dry_run: bool = False):
        self.site = site
        self.root = site.root_page.specific
        self.dry_run = dry_run
        self.source_language = self.root.locale.language_code
        self.report = StartingPagesReport()

    def build(self, specs: Iterable[StartingPage]) -> None:
        languages = starting_languages(self.source_language)
        locales = self.ensure_locales(languages)
        root_url = self.root.get_full_url() or self.language_root_url(self.source_language)
        placed = [
            node
            for spec in specs
            if (node := self.place(spec, self.root, root_url, self.source_language))
        ]
        self.link(placed)
        for code in languages[1:] if placed else ():
            root, url = self.translate_root(locales[code], code)
            for node in placed:
                self.translate(node, root, url, locales[code], code)

    # Languages.

    def ensure_locales(self, languages: list[str]) -> dict[str, Locale | None]:
        """The Locale of each language, created where missing (None in a dry run)."""
        locales = {}
        for code in languages:
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                self.report.new_languages.append(code)
                if not self.dry_run:
                    locale = Locale.objects.create(language_code=code)
            locales[code] = locale
        return locales

    def language_root_url(self, code: str) -> str:
        """Where the root page's translation into ``code`` is (or would be) served."""
        try:
            with translation.override(code):
                path = reverse("wagtail_serve", args=("",))
        except NoReverseMatch:
            path = "/"
        return self.site.root_url + path

    # Pages in the root's language.

    def place(self, spec, parent, parent_url, code) -> PlacedPage | None:
        if parent is not None:
            page = self.find(spec, parent)
            if page is not None:
                self.record(EXISTING, code, spec.model, page=page)
                node = PlacedPage(spec, page, page.get_full_url() or "")
                node.children = self.place_children(node, code)
                return node
            if not spec.model.can_exist_under(parent):
                self.record(
                    SKIPPED,
                    code,
                    spec.model,
                    title=self.content(spec, code)["title"],
                    reason=_("its page type cannot be placed under “%(parent)s”")
                    % {"parent": parent.title},
                )
                return None
        fields = self.content(spec, code)
        if self.dry_run:
            url = join_url(parent_url, spec.slug)
            self.record(WOULD_CREATE, code, spec.model, title=fields["title"], planned_url=url)
            node = PlacedPage(spec, None, url)
        else:
            slug = find_available_slug(parent, spec.slug)
            page = spec.model(slug=slug, locale_id=parent.locale_id, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.record(CREATED, code, spec.model, page=page)
            node = PlacedPage(spec, page, page.get_full_url() or "", created=True)
        node.children = self.place_children(node, code)
        return node

    def place_children(self, node: PlacedPage, code: str) -> list[PlacedPage]:
        children = (self.place(child, node.page, node.url, code) for child in node.spec.children)
        return [child for child in children if child is not None]

    def find(self, spec: StartingPage, parent: Page) -> Page | None:
        """A page of the spec's type under ``parent``: the one with its slug, else any."""
        pages = spec.model.objects.child_of(parent)
        return pages.filter(slug=spec.slug).first() or pages.first()

    def content(self, spec: StartingPage, code: str) -> dict:
        with translation.override(code):
            return spec.content()

    def link(self, placed: list[PlacedPage]) -> None:
        """Point the link fields of the pages created now at the other starting pages."""
        pages = [node.page for node in walk(placed) if node.page is not None]
        for node in walk(placed):
            if not node.created:
                continue
            changed = False
            for field_name, label in node.spec.links:
                target = next(
                    (page for page in pages if page._meta.label_lower == label.lower()), None
                )
                if target is not None and getattr(node.page, f"{field_name}_id") is None:
                    setattr(node.page, field_name, target)
                    changed = True
            if changed:
                node.page.save_revision().publish()

    # Translations (wagtail-localize).

    def translate_root(self, locale, code) -> tuple[Page | None, str]:
        """The root page's translation into ``code``, made first when it has none."""
        existing = self.existing_translation(self.root, locale)
        if existing is not None:
            self.record(EXISTING, code, type(self.root), page=existing)
            return existing, existing.get_full_url() or self.language_root_url(code)
        url = self.language_root_url(code)
        if self.dry_run:
            self.record(WOULD_CREATE, code, type(self.root), title=self.root.title, planned_url=url)
            return None, url
        page = localize(self.root, locale)
        self.record(CREATED, code, type(self.root), page=page)
        return page, page.get_full_url() or url

    def translate(self, node: PlacedPage, parent, parent_url, locale, code) -> None:
        page = self.existing_translation(node.page, locale)
        if page is not None:
            self.record(EXISTING, code, node.spec.model, page=page)
        elif self.dry_run or node.page is None or parent is None:
            title = self.content(node.spec, code)["title"]
            url = join_url(parent_url, node.spec.slug)
            self.record(WOULD_CREATE, code, node.spec.model, title=title, planned_url=url)
        else:
            page = localize(node.page, locale, self.translated_texts(node.spec, code))
            self.record(CREATED, code, node.spec.model, page=page)
        url = page.get_full_url() if page is not None else join_url(parent_url, node.spec.slug)
        for child in node.children:
            self.translate(child, page, url, locale, code)

    def translated_texts(self, spec: StartingPage, code: str) -> dict[str, str]:
        """Each source string of the spec's page and its translation into ``code``."""
        source = segment_texts(spec, self.source_language)
        target = segment_texts(spec, code)
        if len(source) != len(target):  # the translation is shaped differently: no pairing
            return {}
        return dict(zip(source, target, strict=True))

    def existing_translation(self, page, locale) -> Page | None:
        """The page's translation, unless it is only an alias (wagtail-localize's synced tree)."""
        if page is None or locale is None:
            return None
        found = page.get_translation_or_none(locale)
        if found is None or found.alias_of_id:
            return None
        return found.specific

    def record(self, status, code, model, *, page=None, title="", planned_url="", reason=""):
        self.report.outcomes.append(
            PageOutcome(
                status=status,
                language=code,
                title=page.title if page is not None else title,
                page_type=str(model._meta.verbose_name),
                page=page,
                planned_url=planned_url,
                reason=reason,
            )
        )


def walk(nodes: list[PlacedPage]):
    for node in nodes:
        yield node
        yield from walk(node.children)


def segment_texts(spec: StartingPage, code: str) -> list[str]:
    """The translatable strings of the spec's page in one language, in wagtail-localize's order.

    Made in the root's language and in a target language from the same code, the two lists
    pair each source string with its translation.
    """
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    with translation.override(code):
        page = spec.model(slug=spec.slug, **spec.content())
    for stream_field in page._meta.get_fields():
        if isinstance(stream_field, StreamField):  # as stored: every block gets its id
            value = stream_field.value_from_object(page)
            setattr(
                page,
                stream_field.attname,
                stream_field.to_python(stream_field.get_prep_value(value)),
            )
    segments = extract_segments(page)
    return [segment.string.data for segment in segments if isinstance(segment, StringSegmentValue)]


def localize(page: Page, locale: Locale, texts: dict[str, str] | None = None) -> Page:
    """Translate ``page`` into ``locale`` as wagtail-localize's "Translate" action does.

    ``texts`` maps source strings to their translations; they go into wagtail-localize's
    translation memory, so editors see them in its translation editor. Strings without one
    stay in the source language until an editor translates them.
    """
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    source, _created = TranslationSource.update_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = (texts or {}).get(segment.string.data)
        if text and text != segment.string.data:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    job, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # A draft, published right away: wagtail-localize would publish on commit, from a copy of
    # the page made before its own translated children were added, and so undo their count.
    job.save_target(publish=False)
    translated = job.get_target_instance()
    translated.get_latest_revision().publish()
    return translated
