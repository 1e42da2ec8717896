"""The person or body a stretch of a sentence names as its subject, read by the attribution rules."""

from __future__ import annotations

from ..model import EntityKind
from .quote_context import Found, MentionIndex


def relative_antecedent(who: str, who_start: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return the name a relative clause holding the speech verb follows: "a paper cited the Bank of
    Italy, which announced the deficit and said …" is the bank's, not the sentence subject's."""
    if who.split(maxsplit=1)[0].lower() not in ("which", "who"):
        return None
    text = mentions.texts[paragraph]
    named = [
        m
        for m in mentions.overlapping(paragraph, max(0, who_start - 120), who_start)
        if m.kind != "place" and m.end <= who_start and not text[m.end : who_start].strip(" ,")
    ]
    return (named[-1].name, named[-1].kind) if named else None


def first_named(paragraph: int, start: int, end: int, mentions: MentionIndex) -> tuple[str, EntityKind] | None:
    """Return the first person (else organisation) named between start and end: a sentence's subject.

    A person first: "MITI director general Noboru Hatakeyama told reporters, adding: …" is his; but
    no possessor or a preposition's object ("The Bureau denied it had to do with Lee's meeting, stating").
    """
    inside = [m for m in mentions.overlapping(paragraph, start, end) if start <= m.start and m.end <= end]
    inside = [m for m in inside if not mentions.texts or mentions.could_be_subject(m)]
    people = [m for m in inside if m.kind == "person"]
    inside = people or [m for m in inside if m.kind != "place"]
    return (inside[0].name, inside[0].kind) if inside else None


def subject_before(paragraph: int, start: int, end: int, mentions: MentionIndex) -> tuple[str, EntityKind] | None:
    """Return the last person or organisation named between start and end: the subject of a speech verb."""
    inside = [m for m in mentions.overlapping(paragraph, start, end) if start <= m.start and m.end <= end]
    inside = [m for m in inside if m.kind != "place"]
    if not inside:
        return None
    people = [m for m in inside if m.kind == "person"]
    chosen = (people or inside)[-1]
    return chosen.name, chosen.kind
