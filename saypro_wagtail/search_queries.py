"""What a visitor typed into a search box, made safe for every Wagtail search backend.

Wagtail's database backends pass the words on to the database's full-text syntax: on SQLite a
double quote ends FTS5's quoted term early ("unterminated string") and a NUL byte cuts the query
in two; PostgreSQL refuses NUL bytes outright. Every search of the package (help center search
and suggestions, the ads listing) takes the visitor's text through :func:`clean_search_query`
(what is shown, recorded and searched for) and searches with :func:`run_search`, which hands the
backend only words and falls back to letters and digits if the backend still refuses them.
"""

import logging
import re
import unicodedata

from django import forms
from django.db import DatabaseError, transaction

logger = logging.getLogger("saypro_wagtail.search")

DEFAULT_MAX_LENGTH = 255
# Characters that are query syntax to a full-text backend rather than part of a word.
QUERY_SYNTAX_RE = re.compile(r'"')
NOT_A_WORD_RE = re.compile(r"[^\w\s]")
# Cc: control characters (NUL, ESC, ...), Cs: lone surrogates, Co/Cn: private use, unassigned.
NOT_TEXT_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}


def _is_text(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) not in NOT_TEXT_CATEGORIES


def clean_search_query(value, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """The visitor's search as one line of text: no control characters, single spaces, at most
    ``max_length`` characters. Anything that is not a string gives ``""``."""
    if not isinstance(value, str):
        return ""
    text = "".join(char for char in value if _is_text(char))
    return " ".join(text.split())[:max_length].strip()


def query_words(query: str) -> str:
    """``query`` without the characters search backends read as syntax."""
    return " ".join(QUERY_SYNTAX_RE.sub(" ", query).split())


def bare_words(query: str) -> str:
    """Only the letters, digits and spaces of ``query``."""
    return " ".join(NOT_A_WORD_RE.sub(" ", query).split())


def run_search(search, query: str, empty):
    """``search(words)`` for the words of ``query``; ``empty`` when there are none to search for.

    ``search`` must evaluate what it returns (a count, a list, a page), since a backend parses
    the query only when it runs it. Should the backend refuse the words, the search runs again
    on letters and digits only. Each try runs in a savepoint, so that a refused query does not
    break the request's transaction (PostgreSQL).
    """
    words = query_words(clean_search_query(query))
    tries = dict.fromkeys(attempt for attempt in (words, bare_words(words)) if attempt)
    for attempt in tries:
        try:
            with transaction.atomic():
                return search(attempt)
        except DatabaseError as error:
            logger.warning("The search backend refused the query %r: %s", attempt, error)
    return empty


class SearchQueryField(forms.CharField):
    """A search box's form field: never invalid because of what was typed, cleaned by
    :func:`clean_search_query` (too long a search is shortened, not refused)."""

    def __init__(self, *, max_length=DEFAULT_MAX_LENGTH, **kwargs):
        self.search_max_length = max_length
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("maxlength", str(max_length))

    def to_python(self, value):
        return clean_search_query(value, self.search_max_length)
