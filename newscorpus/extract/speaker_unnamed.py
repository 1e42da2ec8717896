"""Whom a pronoun stands for beyond the subjects named before: someone the story introduced unnamed,
or the one person who just spoke, called "they".

"WIRED spoke to one mother, who knew … “…,” she said": the mother, whom the story leaves
unnamed, not the spokeswoman named paragraphs before; "An officer on the scene sounds the alarm.
“…,” he says": the officer. The speaker is then the phrase, of no kind: the story names no one.
"""

from __future__ import annotations

import re

from .quote_context import Found, MentionIndex
from .quote_cues import SPEECH_NEXT
from .quote_spans import Span, sentence_start

# People news copy introduces without a name, as "a witness", "one mother", "an officer on the scene".
_WOMEN = frozenset({"mother", "woman", "girl", "wife", "daughter", "grandmother", "mum", "mom", "sister", "widow"})
_MEN = frozenset({"father", "man", "boy", "husband", "son", "grandfather", "dad", "brother", "widower"})
_ANYONE = frozenset(
    {"parent", "witness", "eyewitness", "officer", "resident", "neighbour", "neighbor", "passenger", "student",
     "teacher", "nurse", "worker", "employee", "customer", "shopper", "survivor", "bystander", "onlooker",
     "villager", "mourner", "protester", "demonstrator", "volunteer", "commuter", "tourist", "visitor", "local",
     "teenager", "pupil", "patient", "guard", "firefighter", "paramedic", "soldier", "fan", "viewer", "listener",
     "reader", "voter", "user", "caller", "diner", "guest", "spectator"}
)  # fmt: skip
_PRONOUN = {"she": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"), "he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b")}
_GENDERS = {"she": _WOMEN | _ANYONE, "he": _MEN | _ANYONE}
_UNNAMED_PERSON = re.compile(
    # Not a predicate ("becoming a mother herself", "as a father"): someone named before is that.
    r"(?<!\bas )(?<!\bis )(?<!\bwas )(?<!\bbe )(?<!\bbeen )(?<!\bbecome )(?<!\bbecame )(?<!\bbecoming )(?<!\blike )"
    r"\b(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?P<noun>{'|'.join(sorted(_WOMEN | _MEN | _ANYONE, key=lambda w: (-len(w), w)))}))\b"
    # "an official of Acme", "a man named Ross": someone of a body, or someone the story goes on to name.
    r"(?!\s+(?:for|of|at|with|from|named|called)\s+[A-Z])(?![\w-])"
)


def unnamed_person(pronoun: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return the unnamed person a pronoun before a quotation stands for, as the phrase naming them, else None.

    The person is introduced in the quotation's sentence or the one before it, in its paragraph,
    outside quotation marks; the pronoun agrees with the noun ("one mother" is no "he"); no one is
    named in that sentence outside quotation marks (a named subject's victim or interviewer, "Lee
    met a man", is not who speaks), nor after the phrase, nor just before it ("Ann Lee, a mother of
    two,": her, named).
    """
    if not mentions.texts or pronoun not in _GENDERS:
        return None
    text = mentions.texts[span.paragraph]
    start = sentence_start(text, max(0, sentence_start(text, span.open_at) - 2))
    found = [
        m
        for m in _UNNAMED_PERSON.finditer(text, start, span.open_at)
        if m.group("noun") in _GENDERS[pronoun] and not mentions.quoted_at(span.paragraph, m.start())
    ]
    if not found:
        return None
    phrase = found[-1]
    opening = sentence_start(text, phrase.start())
    if _PRONOUN[pronoun].search(text, opening, phrase.start()):
        return None  # "Asked how she felt about becoming a mother, she said": whom "she" stood for already
    named = [
        m
        for m in mentions.overlapping(span.paragraph, opening, span.open_at)
        if m.kind == "person" and not mentions.is_quoted(m)
    ]
    if named:
        return None
    return " ".join(phrase.group("who").split()), None


def one_person_they(span: Span, mentions: MentionIndex) -> Found | None:
    """Return the one person "they" stands for: the subject of a speech verb just before, no one else named.

    "Kym Lino, a spokesperson for Acme, confirmed that the company … “…,” they said in an email":
    a person the story calls "they". The person opens the quotation's sentence or the one before it,
    in its paragraph, as the subject of a speech verb; no other person is named from there to the
    words, and no second name joins the first ("Ann Lee and Tom Ross said …": two people).
    """
    if not mentions.texts:
        return None
    text = mentions.texts[span.paragraph]
    start = sentence_start(text, max(0, sentence_start(text, span.open_at) - 2))
    people = [
        m
        for m in mentions.overlapping(span.paragraph, start, span.open_at)
        if m.kind == "person" and m.start >= start and not mentions.is_quoted(m)
    ]
    if len({m.name for m in people}) != 1:
        return None
    first = people[0]
    joined = re.match(r"\s*(?:,\s*)?(?:and|&)\s+[A-Z]", text[first.end :])
    if joined or not mentions.opens_sentence(first) or not SPEECH_NEXT.match(text, first.end):
        return None
    return first.name, "person"
