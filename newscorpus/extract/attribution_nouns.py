"""Attribution by a noun of speech: "Portnow's “step up” remarks", "statements by Harper that “…”".

No verb says who spoke, but the quotation is named as someone's remarks, comments or statement: the one
whose they are, written as the noun's possessor ("X's comments that", "X's “…” remarks") or after "by".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution_after import Attribution
from .quote_context import MentionIndex, person_referent
from .quote_spans import Span

# Nouns that name someone's words.
_SPEECH_NOUNS = (
    r"(?:remarks?|comments?|words|statements?|claims?|suggestions?|assertions?|pledges?|promises?|warnings?|"
    r"vows?|quips?|jibes?|boasts?|pleas?|admissions?|insistence|accusations?|threats?|declarations?|"
    r"tweets?|posts?|messages?|apology|observations?|characteri[sz]ations?|retorts?)"
)
# "Neil Portnow's controversial “step up” remarks": a possessor, up to two words, the quotation, the noun.
_POSSESSOR_BEFORE = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOUN_AFTER = re.compile(rf"^[,.]?\s*{_SPEECH_NOUNS}\b")
# "statements by Harper that “…”", "Harper's claim that “…”", "his comments – “…”": the noun, then its owner.
_BY_BEFORE = re.compile(rf"\b{_SPEECH_NOUNS}\s+(?:made\s+)?by\s+(?P<who>[A-Z][^,;:.“”\"]{{0,60}}?)\s*(?:that|,|:)?\s*$")
_OWNED_BEFORE = re.compile(
    rf"(?:(?P<pronoun>\b(?:[Hh]is|[Hh]er))|(?:'s|’s))\s+(?:[a-z][\w-]*\s+)?(?P<noun>{_SPEECH_NOUNS})\s*(?:that|:|,|–|—|-)\s*$"
)
# Farthest back in the paragraph the words before the quotation are read, in characters.
_REACH = 120


def noun_speaker(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution | None:
    """Return whose remarks, comments or statement a quotation is named as, or None."""
    para = paragraphs[span.paragraph]
    start = max(0, span.open_at - _REACH)
    before = para[start : span.open_at]
    after = para[span.close_at :] if span.close_paragraph == span.paragraph and span.close_at >= 0 else ""
    possessor = _POSSESSOR_BEFORE.search(before)
    noun = _NOUN_AFTER.match(after)
    if possessor is not None and noun is not None:
        return _owner_ending(start + possessor.start(), span, mentions, noun.group().strip(" ,."))
    by = _BY_BEFORE.search(before)
    if by is not None:
        found = [
            m
            for m in mentions.overlapping(span.paragraph, start + by.start("who"), start + by.end("who"))
            if m.kind in ("person", "organization") and m.start == start + by.start("who")
        ]
        if found:
            return found[0].name, found[0].kind, f"by {found[0].name}"
        return None
    owned = _OWNED_BEFORE.search(before)
    if owned is None:
        return None
    if owned.group("pronoun"):
        pronoun = "she" if owned.group("pronoun").lower() == "her" else "he"
        name, kind = person_referent(span.paragraph, start + owned.start(), mentions, pronoun)
        return (name, kind, f"{owned.group('pronoun')} {owned.group('noun')}") if name is not None else None
    return _owner_ending(start + owned.start(), span, mentions, owned.group("noun"))


def _owner_ending(end: int, span: Span, mentions: MentionIndex, noun: str) -> Attribution | None:
    """Return the person or body whose name ends right before a possessive's "'s"."""
    for m in mentions.overlapping(span.paragraph, end - 1, end):
        if m.end == end and m.kind in ("person", "organization") and not mentions.is_quoted(m):
            return m.name, m.kind, f"{m.name}'s {noun}"
    return None
