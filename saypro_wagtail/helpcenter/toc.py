"""Table of contents of an article: the h2 headings of its body, with stable anchors."""

import re

from django.utils.html import strip_tags
from django.utils.text import slugify

H2 = re.compile(r"<h2[^>]*>(.*?)</h2>", re.IGNORECASE | re.DOTALL)


def heading_anchor(text: str, index: int) -> str:
    return f"{slugify(text, allow_unicode=True) or 'section'}-{index}"


def body_headings(body) -> list[tuple[str, str]]:
    """(anchor, text) for each h2 in rich text blocks and each steps heading, in order."""
    headings = []
    for block in body:
        if block.block_type == "text":
            texts = [strip_tags(match) for match in H2.findall(block.value.source)]
        elif block.block_type == "steps" and block.value.get("heading"):
            texts = [block.value["heading"]]
        else:
            texts = []
        for text in texts:
            headings.append((heading_anchor(text, len(headings) + 1), text.strip()))
    return headings


def add_heading_anchors(html: str, start: int) -> tuple[str, int]:
    """Give each h2 in ``html`` the id that :func:`body_headings` promised for it."""
    counter = start

    def with_id(match):
        nonlocal counter
        counter += 1
        text = strip_tags(match.group(1))
        return f'<h2 id="{heading_anchor(text, counter)}">{match.group(1)}</h2>'

    return H2.sub(with_id, html), counter
