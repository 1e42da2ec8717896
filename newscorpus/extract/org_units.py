"""Two companies joined by "and" before a legal form: "Twentieth Century Fox and Apple Inc".

A company's name that holds "and" before a legal form ("Twentieth Century Fox and Apple Inc") is
two companies when the story writes the second alone elsewhere ("Apple has for months ..."):
one reading per name within an article. "American Telephone and Telegraph Co" stays whole, as
no story writes "Telegraph" alone for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .legal_forms import END_LEGAL_FORMS, LEGAL_FORMS
from .mentions import Mention
from .text import fold_name


def split_company_pairs(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with joined pairs of companies split where the story writes the second alone."""
    out: list[Mention] = []
    for m in mentions:
        out += _split_pair(m, mentions, paragraphs) if m.kind == "organization" else [m]
    return out


def _split_pair(mention: Mention, mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return a company mention, or the two companies "A and B Inc" names when B is written alone."""
    first, sep, second = mention.text.rpartition(" and ")
    words = second.split()
    if not sep or not first or len(words) < 2 or not _legal_form(words[-1]):
        return [mention]
    # Alone: not after "A and" again, where the finder cut the whole name short ("British and
    # Commonwealth Shipping said", of "British and Commonwealth Shipping Plc").
    short, joined = " ".join(words[:-1]), first + sep
    if not any(m.text == short and not _after(m, paragraphs, joined) for m in mentions):
        return [mention]
    cut = mention.start + len(first) + len(sep)
    return [
        dataclasses.replace(mention, text=first, end=mention.start + len(first)),
        dataclasses.replace(mention, text=second, start=cut),
    ]


def _after(mention: Mention, paragraphs: Sequence[str], words: str) -> bool:
    """Return True when the mention's paragraph writes words just before it."""
    return paragraphs[mention.paragraph][: mention.start].endswith(words)


def _legal_form(word: str) -> bool:
    folded = fold_name(word).rstrip(".")
    return folded in LEGAL_FORMS or folded in END_LEGAL_FORMS
