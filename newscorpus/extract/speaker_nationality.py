"""A speaker described by a country's people's word: "said the Dutch coach", "the Spaniard said".

Sports and world news refer back to someone named before by nationality, alone or before a role. The
word names no body (it is neither a side nor a country speaking): the person is the one the story named
with that word or that role, else the person "he" would stand for. A longer description ("The brash North
Korean tyrant boasted") is the one person the story names with that word before the name ("North Korean
leader Kim Jong Un"), else no one.
"""

from __future__ import annotations

import re

from .cues import STOPWORDS
from .name_junk import is_nationality
from .quote_context import Found, MentionIndex, person_referent, role_holder
from .quote_cues import BACK_REFERENCES, INTRODUCED_ROLES, PERSON_BACK_REFERENCES, SPEECH_WORDS, STATEMENTS
from .quote_spans import Span
from .text import fold_name

# The lower-case word after a speaker phrase, a role it may leave out ("said the Dutch coach" reads "the Dutch").
_WORD_AFTER = re.compile(r"\s+(?P<role>[a-z][a-z-]*)\b")


def nationality_referent(who: str, text: str, end: int, span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom "the <nationality> [role]" refers back to, or None for any other phrase."""
    words = who.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not is_nationality(words[1]):
        return None
    after = _WORD_AFTER.match(text, end)
    role = words[2] if len(words) == 3 else after.group("role") if after else ""
    if role in SPEECH_WORDS or role in STOPWORDS:
        role = ""  # "the Spaniard said", "said the Spaniard after the match": no role after
    if role and role not in PERSON_BACK_REFERENCES:
        return None  # "the French government said", "said the Dutch side": a body, read otherwise
    for word in (role, fold_name(words[1])):
        holder = role_holder(span.paragraph, span.open_at, mentions, word) if word else None
        if holder is not None:
            return holder, "person"
    found = person_referent(span.paragraph, span.open_at, mentions)
    return found if found[0] is not None else None


# Most words of a description: "the", adjectives, a nationality of one or two words, a noun.
_DESCRIPTION_WORDS = 6
# Most characters between a nationality and the name it describes ("North Korean leader ", "the Saudi exile ").
_BEFORE_NAME = 40
# Nouns a country's word describes a body or a group by ("the North Korean government said"), and roles that
# bring in someone unnamed ("the Saudi official"): no one person named before.
_NO_ONE_NAMED = (
    BACK_REFERENCES
    | INTRODUCED_ROLES
    | STATEMENTS
    | frozenset(
        {
            "government",
            "regime",
            "army",
            "military",
            "media",
            "side",
            "team",
            "squad",
            "navy",
            "police",
            "embassy",
            "delegation",
            "administration",
            "leadership",
            "press",
            "camp",
            "federation",
            "association",
            "authority",
            "court",
            "parliament",
            "cabinet",
            "consulate",
            "mission",
            "command",
            "force",
            "public",
            "state",
            "people",
            "opposition",
            "unit",
            "network",
            "outlet",
            "report",
        }
    )
)


def described_person(who: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return the one person "the brash North Korean tyrant" describes: of the people the story names,
    the only one it writes with that nationality before the name; else None (the phrase is read otherwise)."""
    words = who.split()
    if not 3 <= len(words) <= _DESCRIPTION_WORDS or words[0].lower() != "the" or not mentions.texts:
        return None
    noun = words[-1]
    if not noun.isalpha() or not noun.islower() or noun in SPEECH_WORDS or _NO_ONE_NAMED.intersection(words):
        return None  # "the Iranian radio transmission": a body's word anywhere in it
    if noun.endswith("s") and not noun.endswith("ss"):
        return None  # "the Syrian rebels": many, no one person
    nationality = _nationality_in(words[1:-1])
    if nationality is None:
        return None
    written = re.compile(rf"\b{re.escape(nationality)}(?:\s+[a-z][\w-]*){{0,3}}\s+$")
    people = {
        m.name
        for m in mentions.iter_all()
        if m.kind == "person" and written.search(mentions.texts[m.paragraph][max(0, m.start - _BEFORE_NAME) : m.start])
    }
    return (people.pop(), "person") if len(people) == 1 else None


def _nationality_in(words: list[str]) -> str | None:
    """Return the nationality among a description's words ("North Korean"), the others all in lower case."""
    for at in range(len(words)):
        for size in (2, 1):
            phrase = " ".join(words[at : at + size])
            rest = words[:at] + words[at + size :]
            if (
                len(words[at : at + size]) == size
                and phrase[:1].isupper()
                and is_nationality(phrase)
                and all(w.islower() for w in rest)
            ):
                return phrase
    return None
