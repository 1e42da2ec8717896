"""An unnamed source a story introduces before quoting it ("a Kestrel Oil Co official said", "a spokesman
for Halvorsen told Reuters"), whom a later "he said" or "the spokesman said" refers back to: the body the
source speaks for when its phrase names one, else no one named.
"""

from __future__ import annotations

import re

from .attribution_cues import UNNAMED_SOURCE
from .quote_context import Found, MentionIndex
from .quote_cues import BACK_REFERENCES, INTRODUCED_ROLES, NEWSROOM_ROLES
from .quote_spans import Span, sentence_end
from .speaker_bodies import last_org_before, org_named_in

# How many paragraphs back an unnamed source is still what "he said" refers to.
_UNNAMED_REACH = 2


def singular_role(word: str) -> str:
    """Return a role noun without a plural s ("officials" -> "official")."""
    return word[:-1] if word.endswith("s") and word[:-1] in INTRODUCED_ROLES else word


def unnamed_referent(span: Span, mentions: MentionIndex, role: str | None) -> Found | None:
    """Return what "he" or "the spokesman" stands for when it is an unnamed source introduced before.

    The organisation the source speaks for when its phrase names one ("a Kestrel Oil Co
    official", "a spokesman for Halvorsen"), else (None, None). None when no such source was
    introduced since the last named person spoke, or within reach.
    """
    if not mentions.texts:
        return None
    found: tuple[int, re.Match[str]] | None = None
    for index in range(span.paragraph, max(-1, span.paragraph - _UNNAMED_REACH - 1), -1):
        text = mentions.texts[index][: span.open_at] if index == span.paragraph else mentions.texts[index]
        hits = [
            m
            for m in UNNAMED_SOURCE.finditer(text)
            if (role is None or singular_role(_group(m, "role")) == role) and not _told_newsroom(m)
        ]
        if hits:
            found = (index, hits[-1])
            break
    if found is None or _role_of_named(*found, mentions):
        return None
    index, match = found
    # Mentions after the source's sentence only: "A Downing Street spokesman said PM Theresa May was being kept
    # up to date" reports on her; she has not spoken since.
    said_end = sentence_end(mentions.texts[index], match.end())
    for m in mentions.before(span.paragraph, span.open_at):
        if (m.paragraph, m.start) < (index, said_end):
            break
        if m.kind == "person" and (m.subject or mentions.opens_sentence(m)):
            return None  # a named person spoke since, or opened a sentence since ("Board member X also told …")
    # The phrase naming the source, without the verb or what follows it ("told Reuters").
    who_start = match.start("det") if match.group("det") else match.start("v_det")
    who_end = max(match.end(name) for name in ("role", "tail", "v_role", "v_tail") if match.group(name))
    named_in = [m for m in mentions.overlapping(index, who_start, who_end) if m.start >= who_start]
    orgs = [m for m in named_in if m.kind == "organization"]
    if orgs:
        return orgs[-1].name, "organization"
    if any(m.kind == "place" for m in named_in):
        return None, None  # "a New York trader", "a U.S. Customs spokesman": a place, not a body named
    named = org_named_in("a " + _group(match, "phrase") + _group(match, "tail"), span, mentions)
    if named is None:
        # "a company spokesman told Reuters" then "the spokesman said": the company named before.
        kind_nouns = [w for w in _group(match, "phrase").lower().split() if w in BACK_REFERENCES]
        if kind_nouns:
            named = last_org_before(index, who_start, mentions, kind_nouns[-1])
    return (named, "organization") if named else (None, None)


def _role_of_named(index: int, match: re.Match[str], mentions: MentionIndex) -> bool:
    """Return True for a source's role set off right after a person's name: "Tom Barker, a policy analyst at
    Acme, said" names the analyst, who is no unnamed source of Acme."""
    who_start = match.start("det") if match.group("det") else match.start("v_det")
    text = mentions.texts[index]
    before = mentions.overlapping(index, 0, who_start)
    return any(m.kind == "person" and m.end < who_start and not text[m.end : who_start].strip(", ") for m in before)


def _told_newsroom(match: re.Match[str]) -> bool:
    """Return True for a reporter one tells something ("told a reporter that he was …"): the audience."""
    return match.group(0).startswith("told") and singular_role(_group(match, "role")) in NEWSROOM_ROLES


def _group(match: re.Match[str], name: str) -> str:
    """Return a group of UNNAMED_SOURCE from whichever of its two shapes matched, or ""."""
    return match.group(name) or match.group("v_" + name) or ""
