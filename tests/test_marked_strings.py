"""Every user-facing string of the package is marked for translation.

Two scanners, each returning "file:line: text" findings:

* templates: each template under ``saypro_wagtail/**/templates`` is split with Django's template
  ``Lexer``; the text outside ``{% translate %}``, ``{% blocktranslate %}`` and comments is read
  as HTML, and any run of two or more letters left in the text or in an attribute people read
  (``alt``, ``title``, ``aria-label``, ``placeholder``, a button's ``value`` …) is a finding.
  String literals given to the ``default``/``yesno`` filters are checked too.
* Python: an AST scan of the package (migrations excluded) for literals given as
  ``verbose_name``, ``help_text``, ``label`` …, as ``title``/``menu_label`` class attributes, to
  ``messages.success()`` and friends, to ``ValidationError()`` and ``ActionRefused()``; and for
  translation calls whose text is built at run time (an f-string or ``%`` inside ``_()`` is
  never found in the catalogue).
"""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "saypro_wagtail"

# Runs of letters that are the same in every language, so there is nothing to translate.
ALLOWED_WORDS = {
    # File formats and protocols, written the same way in every language.
    "CSV",
    "XLSX",
    "SVG",
    "PDF",
    "SMS",
    "URL",
    "HTTP",
    "HTTPS",
    # Product names.
    "SayPro",
    "Wagtail",
}

LETTERS = re.compile(r"[^\W\d_]{2,}")
# A tag becomes a space: it separates words and keeps "<p{% if x %} id=…{% endif %}>" valid HTML.
PLACEHOLDER = " "

# Attributes whose value people read or hear.
HUMAN_ATTRIBUTES = {
    "alt",
    "title",
    "aria-label",
    "aria-description",
    "aria-placeholder",
    "aria-roledescription",
    "aria-valuetext",
    "placeholder",
    "label",
    "summary",
}
BUTTON_INPUT_TYPES = {"submit", "button", "reset"}
FILTERS_WITH_TEXT = re.compile(r"\|(?:default|default_if_none|yesno):(\"[^\"]*\"|'[^']*')")


def words(text: str) -> list[str]:
    return [word for word in LETTERS.findall(text) if word not in ALLOWED_WORDS]


class TextFinder(HTMLParser):
    """Collects (line, text) for the text and human attributes of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.skipping: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping = tag
        attributes = dict(attrs)
        for name, value in attrs:
            if value and name in HUMAN_ATTRIBUTES:
                self.add(value)
        # A <button>'s value is sent, not shown; an <input type="submit">'s value is its label.
        is_button = tag == "input" and (attributes.get("type") or "").lower() in BUTTON_INPUT_TYPES
        if is_button and attributes.get("value"):
            self.add(attributes["value"])

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == self.skipping:
            self.skipping = None

    def handle_data(self, data):
        if not self.skipping:
            self.add(data)

    def add(self, text):
        if words(text):
            line = self.getpos()[0]
            self.found.append((line, " ".join(text.split())))


def untranslated_template_text(source: str) -> list[tuple[int, str]]:
    """(line, text) of the human text in a template that is not marked for translation."""
    kept = []  # the template with its tags replaced by placeholders, same line numbers
    in_blocktranslate = in_comment = False
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split(maxsplit=1)[0] if token.contents else ""
            if name in ("blocktranslate", "blocktrans"):
                in_blocktranslate = True
            elif name in ("endblocktranslate", "endblocktrans"):
                in_blocktranslate = False
            elif name == "comment":
                in_comment = True
            elif name == "endcomment":
                in_comment = False
            kept.append(PLACEHOLDER)
        elif token.token_type == TokenType.VAR:
            # A default shown in place of a value is text too, where the value is text: it is
            # left in the document for the HTML reader to judge (in a class or an id, it is not).
            defaults = [literal[1:-1] for literal in FILTERS_WITH_TEXT.findall(token.contents)]
            kept.append(" ".join([PLACEHOLDER, *defaults, PLACEHOLDER]))
        elif token.token_type == TokenType.TEXT:
            if in_blocktranslate or in_comment:
                kept.append(PLACEHOLDER + "\n" * token.contents.count("\n"))
            else:
                kept.append(token.contents)
    finder = TextFinder()
    finder.feed("".join(kept))
    finder.close()
    return sorted(finder.found)


def template_findings(templates: list[Path], root: Path) -> list[str]:
    return [
        f"{path.relative_to(root)}:{line}: {text}"
        for path in templates
        for line, text in untranslated_template_text(path.read_text(encoding="utf-8"))
    ]


# --- Python ------------------------------------------------------------------------------------

TRANSLATION_FUNCTIONS = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}
TEXT_KEYWORDS = {"verbose_name", "verbose_name_plural", "help_text", "label", "empty_label"}
TEXT_CLASS_ATTRIBUTES = {
    "verbose_name",
    "verbose_name_plural",
    "help_text",
    "title",
    "menu_label",
    "page_title",
    "header_title",
    "button_label",
}
MESSAGE_FUNCTIONS = {"success", "error", "info", "warning", "debug"}
EXCEPTIONS_WITH_TEXT = {"ValidationError", "ActionRefused"}


def function_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def literal_text(node: ast.AST | None) -> str | None:
    """The text of a string built in the code (not translated), or None."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value if isinstance(part, ast.Constant) else "{…}" for part in node.values
        )
        return text if words(text) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return literal_text(node.left) or literal_text(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        return literal_text(node.func.value)
    return None


class PythonScanner(ast.NodeVisitor):
    def __init__(self):
        self.found: list[tuple[int, str]] = []
        self.class_depth = 0

    def flag(self, node, text):
        self.found.append((node.lineno, " ".join(text.split())))

    def visit_ClassDef(self, node):
        for statement in node.body:
            targets = []
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            for target in targets:
                if isinstance(target, ast.Name) and target.id in TEXT_CLASS_ATTRIBUTES:
                    if (text := literal_text(value)) is not None:
                        self.flag(statement, text)
                elif is_choices_class(node) and isinstance(value, ast.Tuple) and value.elts:
                    # OPEN = "open", _("Open"): the last item is the label people see.
                    if (text := literal_text(value.elts[-1])) is not None:
                        self.flag(statement, text)
        self.generic_visit(node)

    def visit_Assign(self, node):
        names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        if any(name.endswith("CHOICES") for name in names):
            self.check_choices(node.value)
        self.generic_visit(node)

    def check_choices(self, node):
        """[(value, label), …]: each label is shown in a form or a listing."""
        if not isinstance(node, (ast.List, ast.Tuple)):
            return
        for choice in node.elts:
            if isinstance(choice, ast.Tuple) and len(choice.elts) == 2:
                label = choice.elts[1]
                if isinstance(label, (ast.List, ast.Tuple)):
                    self.check_choices(label)  # a named group of choices
                elif (text := literal_text(label)) is not None:
                    self.flag(choice, text)

    def visit_Call(self, node):
        name = function_name(node)
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS and (text := literal_text(keyword.value)):
                self.flag(keyword.value, text)
            elif keyword.arg == "choices":
                self.check_choices(keyword.value)
        if name in TRANSLATION_FUNCTIONS and node.args:
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                if name != "_" or not isinstance(first, ast.Name):
                    self.flag(node, f"built at run time inside {name}(): {ast.unparse(first)}")
        elif name in EXCEPTIONS_WITH_TEXT:
            message = node.args[0] if node.args else keyword_value(node, "message")
            if (text := literal_text(message)) is not None:
                self.flag(node, text)
        elif name in MESSAGE_FUNCTIONS and is_messages_call(node):
            message = node.args[1] if len(node.args) > 1 else keyword_value(node, "message")
            if (text := literal_text(message)) is not None:
                self.flag(node, text)
        elif name == "add_message" and is_messages_call(node):
            message = node.args[2] if len(node.args) > 2 else keyword_value(node, "message")
            if (text := literal_text(message)) is not None:
                self.flag(node, text)
        self.generic_visit(node)


def is_choices_class(node: ast.ClassDef) -> bool:
    bases = {
        base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", None)
        for base in node.bases
    }
    return bool(bases & {"TextChoices", "IntegerChoices", "Choices"})


def keyword_value(call: ast.Call, name: str) -> ast.AST | None:
    return next((keyword.value for keyword in call.keywords if keyword.arg == name), None)


def is_messages_call(call: ast.Call) -> bool:
    """``messages.success(...)`` (django.contrib.messages or Wagtail's admin messages)."""
    return isinstance(call.func, ast.Attribute) and (
        isinstance(call.func.value, ast.Name) and call.func.value.id == "messages"
    )


def untranslated_python_text(source: str) -> list[tuple[int, str]]:
    scanner = PythonScanner()
    scanner.visit(ast.parse(source))
    return sorted(scanner.found)


def python_findings(files: list[Path], root: Path) -> list[str]:
    return [
        f"{path.relative_to(root)}:{line}: {text}"
        for path in files
        for line, text in untranslated_python_text(path.read_text(encoding="utf-8"))
    ]


def package_templates() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.is_file() and "templates" in path.relative_to(PACKAGE).parts
        if path.suffix in (".html", ".txt")
    )


def package_modules() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not {"migrations", "tests"} & set(path.relative_to(PACKAGE).parts)
    )


def report(findings: list[str]) -> str:
    return "Not marked for translation:\n" + "\n".join(findings)


# --- The package -------------------------------------------------------------------------------


def test_every_template_string_is_marked_for_translation():
    templates = package_templates()
    assert len(templates) > 50
    findings = template_findings(templates, ROOT)
    assert findings == [], report(findings)


def test_every_python_string_shown_to_people_is_marked_for_translation():
    modules = package_modules()
    assert len(modules) > 50
    findings = python_findings(modules, ROOT)
    assert findings == [], report(findings)


# --- The scanners themselves -------------------------------------------------------------------


def test_template_scanner_reports_raw_text_with_its_file_and_line(tmp_path):
    template = tmp_path / "templates" / "page.html"
    template.parent.mkdir()
    template.write_text(
        '{% load i18n %}<main>\n<h1>{% translate "Welcome" %}</h1>\n<p>Your tickets</p>\n</main>',
        encoding="utf-8",
    )
    assert template_findings([template], tmp_path) == ["templates/page.html:3: Your tickets"]


@pytest.mark.parametrize(
    "source",
    [
        '<img alt="A chart of visits" src="x.svg">',
        '<button aria-label="Close">×</button>',
        '<input type="search" placeholder="Search articles">',
        '<input type="submit" value="Send">',
        '<abbr title="Comma-separated values">{% translate "CSV" %}</abbr>',
        '{{ user.name|default:"Nobody" }}',
        "<p>Привет</p>",
    ],
)
def test_template_scanner_reads_the_text_and_attributes_people_read(source):
    assert untranslated_template_text(source) != []


@pytest.mark.parametrize(
    "source",
    [
        '{% load i18n %}<p class="lead intro" id="top">{% translate "Hello" %}</p>',
        "{% blocktranslate trimmed with n=count %}\n{{ n }} open tickets\n{% endblocktranslate %}",
        "{% comment %}Explains the layout to developers.{% endcomment %}{# a note #}",
        '<script>const label = "not text";</script><style>.button { color: red; }</style>',
        '<a href="/help/search/?q=tax" data-track="help-link" aria-hidden="true">&rarr;</a>',
        '<input type="hidden" name="next" value="dashboard">',
        '<button type="submit" name="action" value="save">{% translate "Save" %}</button>',
        '<p{% if not heading_id %} id="screening-{{ pk }}"{% endif %}>{{ text }}</p>',
        '<input id="search-{{ suffix|default:\'main\' }}" class="{{ tags|default:"info" }}">',
        "<p>SayPro · CSV · XLSX · SVG</p><!-- an HTML comment -->",
        '{{ started|date:"j M Y" }} {{ total|floatformat:2 }}',
    ],
)
def test_template_scanner_ignores_code_and_marked_text(source):
    assert untranslated_template_text(source) == []


def test_python_scanner_reports_raw_text_with_its_file_and_line(tmp_path):
    module = tmp_path / "views.py"
    module.write_text(
        "from django import forms\n"
        "from django.contrib import messages\n"
        "from django.utils.translation import gettext_lazy as _\n"
        "\n"
        "class TicketForm(forms.Form):\n"
        '    subject = forms.CharField(label="Subject", help_text=_("A short summary"))\n'
        "\n"
        "    def clean_subject(self):\n"
        '        raise forms.ValidationError(f"Too long: {self.data}")\n'
        "\n"
        "class Meta:\n"
        '    verbose_name = "ticket"\n'
        "\n"
        "def view(request):\n"
        '    messages.success(request, "Saved.")\n'
        '    messages.error(request, _("Not saved."))\n'
        '    return _("Hello %s" % request.user)\n'
        "\n"
        "class Status(models.TextChoices):\n"
        '    OPEN = "open", "Open"\n'
        '    CLOSED = "closed", _("Closed")\n'
        "\n"
        'PRIORITY_CHOICES = [("low", _("Low")), ("high", "High")]\n',
        encoding="utf-8",
    )
    assert python_findings([module], tmp_path) == [
        "views.py:6: Subject",
        "views.py:9: Too long: {…}",
        "views.py:12: ticket",
        "views.py:15: Saved.",
        "views.py:17: built at run time inside _(): 'Hello %s' % request.user",
        "views.py:20: Open",
        "views.py:23: High",
    ]


def test_python_scanner_accepts_translated_and_technical_strings():
    source = (
        "from django.utils.translation import gettext_lazy as _, ngettext\n"
        "class Config:\n"
        '    label = "saypro_support"\n'
        '    verbose_name = _("Support")\n'
        '    title = ""\n'
        "def f(n):\n"
        '    field = Field(label=_("Name"), verbose_name=_("name"), db_column="name_col")\n'
        '    raise ValidationError(_("Too long: %(n)s"), code="too_long", params={"n": n})\n'
        '    return ngettext("%(n)s ticket", "%(n)s tickets", n) % {"n": n}\n'
    )
    assert untranslated_python_text(source) == []
