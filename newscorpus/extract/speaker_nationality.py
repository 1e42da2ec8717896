"""A speaker described by a country's people's word: "said the Dutch coach", "the Spaniard said".

Sports and world news refer back to someone named before by nationality, alone or before a role. The
word names no body (it is neither a side nor a country speaking): the person is the one the story named
with that word or that role, else the person "he" would stand for. A longer description ("The brash North
Korean tyrant boasted") is the one person the story names with that word before the name ("North Korean
leader Kim Jong Un"), else no one.
"""

from __future__ import annotations

import re
from collections import Counter

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
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not _people_word(words[1]):
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
    if not role:
        # "Italy's Simone Bolelli … “…,” the Serb said": not someone the story gives another country.
        other = _of_no_other_country(words[1], span, mentions)
        if other is not None:
            return other, "person"
    found = person_referent(span.paragraph, span.open_at, mentions)
    return found if found[0] is not None else None


# Words for a country's people the name lists lack, said of sportsmen and women above all ("the Serb said").
_MORE_PEOPLE_WORDS = frozenset({"Serb", "Croat", "Scot", "Czech", "Slovak", "Slovene", "Aussie", "Kiwi", "Brit"})
# A country's name with its possessive, or a country's people's word, written right before a name.
_COUNTRY_BEFORE = re.compile(r"(?P<word>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:['’]s)?\s+$")


def _people_word(word: str) -> bool:
    """Return True for a word naming a country's people ("Spaniard", "Serb")."""
    return word in _MORE_PEOPLE_WORDS or is_nationality(word)


def _of_no_other_country(word: str, span: Span, mentions: MentionIndex) -> str | None:
    """Return whom "the Serb" stands for: of the people named in reach before the words, those the story does not
    write after another country's name or people's word ("Italy's Simone Bolelli"), the one it names most often,
    the nearest of equals; the story's own subject, as sport and world news write it."""
    counts = Counter(m.name for m in mentions.iter_all() if m.kind == "person" and not mentions.is_quoted(m))
    candidates: list[str] = []
    for m in mentions.before(span.paragraph, span.open_at):
        if m.paragraph < span.paragraph - _REACH:
            break
        if m.kind != "person" or mentions.is_quoted(m) or not mentions.texts or m.name in candidates:
            continue
        before = _COUNTRY_BEFORE.search(mentions.texts[m.paragraph][max(0, m.start - 30) : m.start])
        if before is None or before["word"] == word or not _country_word(before["word"], mentions):
            candidates.append(m.name)
    return max(candidates, key=lambda name: counts[name]) if candidates else None


# How many paragraphs before the words a person "the Serb" stands for may be named.
_REACH = 2


def _country_word(word: str, mentions: MentionIndex) -> bool:
    """Return True for a country's name or its people's word."""
    return _people_word(word) or any(
        p.kind == "place" and p.name == word for index in mentions.paragraphs for p in mentions.paragraph(index)
    )


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
