"""Screening rules: small classes that each look for one kind of problem.

A rule is a subclass of :class:`ScreeningRule` named by dotted path in
``SAYPRO_MODERATION_SCREENING_RULES``. ``check()`` returns one dict per problem found (stored as
a :class:`~saypro_wagtail.moderation.models.ScreeningHit`'s JSON ``detail``, so keep it to plain
values), and ``describe()`` turns such a dict back into a sentence for moderators and owners, in
the language active when it is called. Rules read content only through the
:class:`~saypro_wagtail.moderation.models.ModeratedMixin` API, so they work for any moderated
model.

A site adds a rule by subclassing :class:`ScreeningRule`, giving it a unique ``code`` and a
``label``, and appending its dotted path to the setting.
"""

import difflib
import re
import unicodedata
from datetime import timedelta
from functools import lru_cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings


def fold(text: str) -> str:
    """Text compared case- and accent-insensitively: NFKD, combining marks dropped, casefolded.

    ``"Árgent FÁCIL"`` and ``"argent facil"`` fold to the same string; scripts without accents or
    case (Zulu, Arabic, Chinese…) pass through unchanged apart from compatibility forms.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def field_label(detail: dict) -> str:
    """The translated name of the field a hit was found in (its ``verbose_name``)."""
    name = detail.get("field", "")
    try:
        model = apps.get_model(detail["model"])
        label = model._meta.get_field(name).verbose_name
    except (KeyError, LookupError, ValueError, FieldDoesNotExist):
        return name
    return str(label)


class ScreeningRule:
    """Base class of screening rules.

    ``code`` identifies the rule in stored hits (keep it stable); ``label`` names it in the admin.
    """

    code = ""
    label = ""

    def check(self, obj, texts: dict[str, str], images: list) -> list[dict]:
        """Problems found in ``obj``: ``texts`` is field name → text, ``images`` are files."""
        raise NotImplementedError

    def describe(self, detail: dict) -> str:
        """One translated sentence saying what ``detail`` (from ``check()``) means."""
        return gettext("The automatic check “%(rule)s” flagged this content.") % {
            "rule": self.label or self.code
        }

    @staticmethod
    def text_detail(obj, field: str, **values) -> dict:
        """A hit's detail for a text field, with what ``describe()`` needs to name the field."""
        return {"model": obj._meta.label_lower, "field": field, **values}


class BannedPhraseRule(ScreeningRule):
    """Words and phrases moderators banned (the BannedPhrase snippet), as whole words.

    Matching ignores case and accents, and any punctuation or spacing between the words of a
    phrase ("easy-money" matches "easy money"), but not a longer word ("class" does not match
    "classic"). Phrases for another language than the content's are skipped; content without a
    language is checked against every phrase.
    """

    code = "banned_phrase"
    label = _("Banned words and phrases")

    def phrases(self, language: str):
        from ..models import BannedPhrase

        phrases = BannedPhrase.objects.filter(active=True)
        if language:
            codes = {language, language.split("-")[0].split("_")[0]}
            phrases = phrases.filter(Q(language="") | Q(language__in=codes))
        return list(phrases.only("pk", "phrase"))

    @staticmethod
    def pattern(phrase: str):
        words = re.findall(r"\w+", fold(phrase))
        if not words:
            return None
        return re.compile(r"(?<!\w)" + r"[\W_]+".join(map(re.escape, words)) + r"(?!\w)")

    def check(self, obj, texts, images):
        folded = {name: fold(text) for name, text in texts.items() if text}
        if not folded:
            return []
        hits = []
        for phrase in self.phrases(obj.get_moderation_language()):
            pattern = self.pattern(phrase.phrase)
            if pattern is None:
                continue
            for name, text in folded.items():
                if pattern.search(text):
                    hits.append(
                        self.text_detail(obj, name, phrase=phrase.phrase, phrase_id=phrase.pk)
                    )
        return hits

    def describe(self, detail):
        return gettext("The field “%(field)s” contains the banned phrase “%(phrase)s”.") % {
            "field": field_label(detail),
            "phrase": detail.get("phrase", ""),
        }


class LinkRule(ScreeningRule):
    """More web links than ``MODERATION_MAX_LINKS`` in all the texts together."""

    code = "links"
    label = _("Too many links")

    LINK = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+", re.IGNORECASE)

    def check(self, obj, texts, images):
        links = {
            match.rstrip(".,;:!?)").lower()
            for text in texts.values()
            for match in self.LINK.findall(text or "")
        }
        limit = saypro_settings.MODERATION_MAX_LINKS
        if len(links) <= limit:
            return []
        return [{"count": len(links), "limit": limit, "links": sorted(links)[:10]}]

    def describe(self, detail):
        count = detail.get("count", 0)
        return ngettext(
            "The text contains %(count)s link; at most %(limit)s are allowed.",
            "The text contains %(count)s links; at most %(limit)s are allowed.",
            count,
        ) % {"count": count, "limit": detail.get("limit", 0)}


class PhoneNumberRule(ScreeningRule):
    """More phone numbers than ``MODERATION_MAX_PHONE_NUMBERS`` in all the texts together.

    A phone number is 9 to 15 digits, optionally grouped by spaces, dots, dashes or brackets;
    international (``+27 82 123 4567``, ``0027…``) and local (``082 123 4567``) forms count.
    Prices and other amounts ("1 200.00", "R 12 500 000") do not: a number with decimals, or
    one that starts neither with ``+``, ``0`` nor a bracket and has fewer than 10 digits, is not
    a phone number.
    """

    code = "phone_numbers"
    label = _("Too many phone numbers")

    CANDIDATE = re.compile(r"(?<![\w+])(\+?\(?\d(?:[ .\-()]{0,3}\d){6,18})(?![\w])")
    DECIMALS = re.compile(r"\d[.,]\d{2}$")

    @classmethod
    def numbers(cls, text: str) -> set[str]:
        found = set()
        for match in cls.CANDIDATE.finditer(text or ""):
            candidate = match.group(1)
            digits = re.sub(r"\D", "", candidate)
            if not 9 <= len(digits) <= 15:
                continue
            if cls.DECIMALS.search(candidate) and not candidate.startswith("+"):
                continue
            if candidate[0] not in "+0(" and len(digits) < 10:
                continue
            found.add(digits)
        return found

    def check(self, obj, texts, images):
        numbers = set()
        for text in texts.values():
            numbers |= self.numbers(text)
        limit = saypro_settings.MODERATION_MAX_PHONE_NUMBERS
        if len(numbers) <= limit:
            return []
        return [{"count": len(numbers), "limit": limit}]

    def describe(self, detail):
        count = detail.get("count", 0)
        return ngettext(
            "The text contains %(count)s phone number; at most %(limit)s are allowed.",
            "The text contains %(count)s phone numbers; at most %(limit)s are allowed.",
            count,
        ) % {"count": count, "limit": detail.get("limit", 0)}


class RepeatedCharacterRule(ScreeningRule):
    """A letter or punctuation mark repeated more than ``MODERATION_MAX_REPEATED_CHARACTERS``
    times in a row ("!!!!!!!!", "sooooooo"), and shouting: a text of at least
    ``SHOUTING_MIN_LETTERS`` cased letters that is mostly capitals. Digits and spaces may repeat
    (prices, layout)."""

    code = "repetition"
    label = _("Repeated characters or capitals")

    SHOUTING_MIN_LETTERS = 20
    SHOUTING_SHARE = 0.7

    def check(self, obj, texts, images):
        limit = saypro_settings.MODERATION_MAX_REPEATED_CHARACTERS
        repeated = re.compile(r"([^\d\s])\1{" + str(int(limit)) + ",}")
        hits = []
        for name, text in texts.items():
            if not text:
                continue
            match = repeated.search(text)
            if match:
                hits.append(
                    self.text_detail(
                        obj, name, kind="repeated", sample=match.group(0)[:20], limit=limit
                    )
                )
            cased = [char for char in text if char.isupper() or char.islower()]
            if len(cased) >= self.SHOUTING_MIN_LETTERS:
                upper = sum(1 for char in cased if char.isupper())
                if upper / len(cased) >= self.SHOUTING_SHARE:
                    hits.append(self.text_detail(obj, name, kind="capitals"))
        return hits

    def describe(self, detail):
        if detail.get("kind") == "capitals":
            return gettext("The field “%(field)s” is written mostly in capital letters.") % {
                "field": field_label(detail)
            }
        return gettext(
            "The field “%(field)s” repeats a character more than %(limit)s times (“%(sample)s”)."
        ) % {
            "field": field_label(detail),
            "limit": detail.get("limit", 0),
            "sample": detail.get("sample", ""),
        }


class DuplicateRule(ScreeningRule):
    """Another item of the same model, submitted within ``MODERATION_DUPLICATE_DAYS``, with the
    same title (ignoring case and surrounding spaces) and a near-identical text.

    The title is the first of the model's ``moderation_text_fields``, the text the others. The
    database narrows the candidates by title and date; at most ``MAX_CANDIDATES`` of them, the
    most recent, are compared in Python.
    """

    code = "duplicate"
    label = _("Duplicate of a recent submission")

    MAX_CANDIDATES = 20
    SIMILARITY = 0.9

    @staticmethod
    def normalise(text: str) -> str:
        return " ".join(re.findall(r"\w+", fold(text)))

    def check(self, obj, texts, images):
        fields = list(getattr(obj, "moderation_text_fields", ()) or ())
        if not fields or obj.pk is None:
            return []
        title_field, body_fields = fields[0], fields[1:]
        title = (texts.get(title_field) or "").strip()
        if not title:
            return []
        model = type(obj)
        since = timezone.now() - timedelta(days=saypro_settings.MODERATION_DUPLICATE_DAYS)
        candidates = (
            model._default_manager.exclude(pk=obj.pk)
            .filter(submitted_at__gte=since, **{f"{title_field}__iexact": title})
            .order_by("-submitted_at")
            .only("pk", *fields)[: self.MAX_CANDIDATES]
        )
        wanted_title = self.normalise(title)
        wanted_body = self.normalise(" ".join(texts.get(name) or "" for name in body_fields))
        for candidate in candidates:
            if self.normalise(getattr(candidate, title_field, "")) != wanted_title:
                continue
            body = self.normalise(
                " ".join(getattr(candidate, name, "") or "" for name in body_fields)
            )
            similarity = difflib.SequenceMatcher(None, wanted_body, body).ratio()
            if similarity >= self.SIMILARITY:
                return [
                    {
                        "model": model._meta.label_lower,
                        "other_id": str(candidate.pk),
                        "other_title": str(getattr(candidate, title_field, "")),
                        "similarity": round(similarity, 2),
                    }
                ]
        return []

    def describe(self, detail):
        return gettext("It repeats another recent submission, “%(title)s” (number %(id)s).") % {
            "title": detail.get("other_title", ""),
            "id": detail.get("other_id", ""),
        }


class ImageRule(ScreeningRule):
    """Images that cannot be read, are smaller than ``MODERATION_IMAGE_MIN_PIXELS`` on a side,
    larger than ``MODERATION_IMAGE_MAX_BYTES``, or more than ``MODERATION_MAX_IMAGES``.

    Files are read from storage only to check them; a missing or broken file is "unreadable".

    Also flags a photo whose exact file content is already used by an item of another owner
    (a copied photo is a common sign of a scam), when that is cheap to find: the image model
    must store width and height (``width_field``/``height_field``) and point at the moderated
    model with a foreign key. The database narrows candidates to the same dimensions, at most
    ``MAX_REUSE_CANDIDATES`` per image are compared by size, and only same-size files are read.
    """

    code = "images"
    label = _("Image problems")

    MAX_REUSE_CANDIDATES = 10

    @staticmethod
    def digest(file) -> str:
        import hashlib

        sha = hashlib.sha256()
        file.open("rb")
        try:
            for chunk in file.chunks():
                sha.update(chunk)
        finally:
            file.close()
        return sha.hexdigest()

    @staticmethod
    def parent_key(image_model, obj_model):
        for field in image_model._meta.get_fields():
            related = getattr(field, "related_model", None)
            if field.many_to_one and related is not None and issubclass(obj_model, related):
                return field.name
        return None

    def reused_by_another_owner(self, obj, image, width, height, size):
        """The other item (model label, pk) whose image has the same content, or None."""
        instance, field = getattr(image, "instance", None), getattr(image, "field", None)
        if instance is None or field is None or not (field.width_field and field.height_field):
            return None
        image_model = type(instance)
        key = self.parent_key(image_model, type(obj))
        if key is None:
            return None
        candidates = (
            image_model._default_manager.filter(
                **{field.width_field: width, field.height_field: height}
            )
            .exclude(**{f"{key}_id": obj.pk})
            .select_related(key)
            .order_by("-pk")[: self.MAX_REUSE_CANDIDATES]
        )
        own_digest = None
        owner = obj.get_moderation_owner()
        for candidate in candidates:
            other_file = getattr(candidate, field.attname)
            try:
                if not other_file or other_file.size != size:
                    continue
                own_digest = own_digest or self.digest(image)
                if self.digest(other_file) != own_digest:
                    continue
            except (OSError, ValueError):
                continue
            parent = getattr(candidate, key)
            other_owner = parent.get_moderation_owner()
            if owner is None or other_owner is None or other_owner.pk != owner.pk:
                return parent
        return None

    def check(self, obj, texts, images):
        from PIL import Image, UnidentifiedImageError

        hits = []
        limit = saypro_settings.MODERATION_MAX_IMAGES
        if len(images) > limit:
            hits.append({"problem": "too_many", "count": len(images), "limit": limit})
        min_pixels = saypro_settings.MODERATION_IMAGE_MIN_PIXELS
        max_bytes = saypro_settings.MODERATION_IMAGE_MAX_BYTES
        for image in images:
            name = (getattr(image, "name", "") or "").rsplit("/", 1)[-1]
            try:
                size = image.size
                image.open("rb")
                try:
                    with Image.open(image) as picture:
                        picture.verify()
                        width, height = picture.size
                finally:
                    image.close()
            except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
                hits.append({"problem": "unreadable", "name": name})
                continue
            if size > max_bytes:
                hits.append(
                    {"problem": "too_large", "name": name, "bytes": size, "limit": max_bytes}
                )
            if min(width, height) < min_pixels:
                hits.append(
                    {
                        "problem": "too_small",
                        "name": name,
                        "width": width,
                        "height": height,
                        "limit": min_pixels,
                    }
                )
            other = self.reused_by_another_owner(obj, image, width, height, size)
            if other is not None:
                hits.append(
                    {
                        "problem": "reused",
                        "name": name,
                        "other_id": str(other.pk),
                        "other_title": str(other.get_moderation_title()),
                    }
                )
        return hits

    def describe(self, detail):
        problem = detail.get("problem")
        if problem == "too_many":
            return gettext("There are %(count)s images; at most %(limit)s are allowed.") % {
                "count": detail.get("count", 0),
                "limit": detail.get("limit", 0),
            }
        if problem == "too_large":
            return gettext(
                "The image “%(name)s” is %(size)s MB; at most %(limit)s MB are allowed."
            ) % {
                "name": detail.get("name", ""),
                "size": round(detail.get("bytes", 0) / 1024 / 1024, 1),
                "limit": round(detail.get("limit", 0) / 1024 / 1024, 1),
            }
        if problem == "reused":
            return gettext(
                "The image “%(name)s” is the same photo as one in “%(title)s” (number %(id)s), "
                "posted by someone else."
            ) % {
                "name": detail.get("name", ""),
                "title": detail.get("other_title", ""),
                "id": detail.get("other_id", ""),
            }
        if problem == "too_small":
            return gettext(
                "The image “%(name)s” is %(width)s×%(height)s pixels; it must be at least "
                "%(limit)s pixels wide and high."
            ) % {
                "name": detail.get("name", ""),
                "width": detail.get("width", 0),
                "height": detail.get("height", 0),
                "limit": detail.get("limit", 0),
            }
        return gettext("The image “%(name)s” cannot be read as a picture.") % {
            "name": detail.get("name", "")
        }


BUILT_IN_RULES = [
    BannedPhraseRule,
    LinkRule,
    PhoneNumberRule,
    RepeatedCharacterRule,
    DuplicateRule,
    ImageRule,
]

# A rule that raised: recorded so a moderator checks by hand instead of trusting a clean result.
RULE_FAILED = "rule_failed"


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> tuple[ScreeningRule, ...]:
    return tuple(import_string(path)() for path in paths)


def get_rules() -> tuple[ScreeningRule, ...]:
    """The configured rules, instantiated once per distinct setting value."""
    return _load(tuple(saypro_settings.MODERATION_SCREENING_RULES))


def get_rule(code: str) -> ScreeningRule | None:
    """The rule with this code: configured rules first, then built-in ones (old hits may name a
    rule a site has since removed from the setting)."""
    for rule in get_rules():
        if rule.code == code:
            return rule
    for rule_class in BUILT_IN_RULES:
        if rule_class.code == code:
            return rule_class()
    return None


def describe_hit(rule_code, detail: dict | None = None) -> str:
    """The sentence explaining one screening hit, in the active language.

    Call it with a rule code and a hit's detail, or with a ``ScreeningHit`` alone.
    """
    if hasattr(rule_code, "rule") and detail is None:
        rule_code, detail = rule_code.rule, rule_code.detail
    detail = detail if isinstance(detail, dict) else {}
    if rule_code == RULE_FAILED:
        rule = get_rule(detail.get("rule", ""))
        return gettext(
            "The automatic check “%(rule)s” could not run; please check this by hand."
        ) % {"rule": (rule.label if rule else "") or detail.get("rule", "")}
    rule = get_rule(rule_code)
    if rule is None:
        return gettext("The automatic check “%(rule)s” flagged this content.") % {"rule": rule_code}
    try:
        return str(rule.describe(detail))
    except (KeyError, TypeError, ValueError):
        return ScreeningRule.describe(rule, detail)
