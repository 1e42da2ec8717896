"""The person or body a stretch of a sentence names as its subject, read by the attribution rules."""

from __future__ import annotations

import re

from ..model import EntityKind
from .quote_context import Found, MentionIndex
from .quote_cues import INTRODUCED_ROLES, OWN_SPOKESPEOPLE, PERSON_BACK_REFERENCES

# A clause closing the words before a speech verb whose subject is a common noun, no name: "British critics who
# have branded", "where the media starts saying"; the words after the relative are the verb's own.
_UNNAMED_CLAUSE = re.compile(
    r"\b(?:(?P<noun>[a-z][a-z-]+)\s+who|where\s+(?P<det>the|a|an)\s+(?P<subject>[a-z][a-z-]+))(?:\s+[a-z][a-z'’-]*){0,3}$"
)
# A capitalised name, then "himself" or "herself" and at most two adverbs closing the words before the verb.
_REFLEXIVE = re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:himself|herself)(?:\s+[a-z]+){0,2}$")
# Role nouns a relative clause may follow and still speak for someone named ("a spokesman for Acme who said").
_ROLE_NOUNS = INTRODUCED_ROLES | OWN_SPOKESPEOPLE | PERSON_BACK_REFERENCES


def clause_subject(who: str, who_start: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return whom a clause closing the words before a speech verb makes its subject, or None to read on:
    a relative's antecedent, a clause's unnamed subject, or a name a reflexive stresses."""
    return (
        relative_antecedent(who, who_start, paragraph, mentions)
        or unnamed_clause_subject(who, who_start, paragraph, mentions)
        or reflexive_subject(who, who_start, paragraph, mentions)
    )


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


def unnamed_clause_subject(who: str, who_start: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return the phrase, no entity, when a clause closing the words before the verb has an unnamed subject.

    "A new soap starring Jason Donovan has failed to impress British critics who have branded it “…”": the
    critics', not the actor's; "… where the media starts saying “…”": the media's. None when a name follows the
    relative word, or when it follows a role that may speak for someone ("a spokesman for Acme who").
    """
    found = _UNNAMED_CLAUSE.search(who)
    if found is None or (found.group("noun") or found.group("subject")) in _ROLE_NOUNS:
        return None
    start = who_start + found.start()
    if any(m.start >= start for m in mentions.overlapping(paragraph, start, who_start + len(who))):
        return None
    # The unnamed speakers as the reader would call them: "critics", "the media", not the clause's words.
    return found.group("noun") or f"{found.group('det')} {found.group('subject')}", None


def reflexive_subject(who: str, who_start: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return the one-word or full name a reflexive stresses right before the verb: "the kind of homage Prince
    himself once called “…”" is Prince's, though his name is also a title; a person found there first."""
    found = _REFLEXIVE.search(who)
    if found is None or found.group("name") in ("He", "She", "It", "They"):
        return None
    start, end = who_start + found.start("name"), who_start + found.end("name")
    people = [m for m in mentions.overlapping(paragraph, start, end) if m.kind == "person"]
    if people:
        return people[-1].name, "person"
    if mentions.overlapping(paragraph, start, end):
        return None  # a body or a place the finder made of it: "Apple itself" is not matched, "Paris herself" is
    return found.group("name"), "person"


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
