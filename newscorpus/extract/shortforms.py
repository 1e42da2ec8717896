"""How an organisation's name is written short or long: without its country, turned about "of", run on.

The corpus-wide merge (corpus/) asks these questions of organisation names. Government bodies
are named with and without the country they belong to ("U.S. Congress", "Congress"; "Chinese
Foreign Ministry", "Foreign Ministry"), with their words either side of "of" ("Department of the
Treasury", "Treasury Department"), and the entity finder sometimes runs a name on into the next
word ("Securities and Exchange Commission Moller", "Associated Press Writer"). Companies are not
qualified so: "American Express" and "British Petroleum" are names, not an American "Express".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .cues import CALENDAR, DEMONYM_ENDINGS, ORG_CUES
from .gazetteer import country_names, country_of
from .identity import exact_key
from .legal_forms import END_LEGAL_FORMS, LEGAL_FORMS
from .name_words import COMMERCIAL_HEADS, GOVERNMENT_BODIES, INITIALS_SKIPPED, PARENT_QUALIFIERS
from .place_lists import DEMONYM_COUNTRIES, PLACE_ALIASES
from .text import WEEKDAYS, fold_name

_DOTTED = re.compile(r"^(?:[A-Z]\.){2,3}$")


@functools.lru_cache(maxsize=4096)
def qualifier_country(words: str) -> str | None:
    """Return the country (or parent body) a word before a body's name stands for: "U.S.", "Chinese",
    "Japan", "West German", "U.N."; None for a word that is no country's."""
    if words in PARENT_QUALIFIERS:
        return PARENT_QUALIFIERS[words]
    if words in DEMONYM_COUNTRIES:
        return DEMONYM_COUNTRIES[words]
    if words in PLACE_ALIASES or fold_name(words) in _countries():
        return country_of(words)
    key = fold_name(words)
    if not words[:1].isupper() or not key.endswith(DEMONYM_ENDINGS) or len(key) < 4:
        return None
    # "Nigerian" is of Nigeria, not Niger: the country sharing the longest start, four letters at least.
    best = max(_countries(), key=lambda c: (_common_start(c, key), -len(c)))
    return country_of(best) if _common_start(best, key) >= 4 else None


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Return the folded names of countries (not regions or states: "Texas Senate" is a state's)."""
    return frozenset(fold_name(c) for c in country_names())


def _common_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@functools.lru_cache(maxsize=1 << 16)
def split_qualifier(name: str) -> tuple[str, str] | None:
    """Return (qualifier, body) for a body's name written with its country first: "U.S. Agriculture
    Department" -> ("U.S.", "Agriculture Department"); None for a company's or an unqualified name."""
    words = name.split()
    if any(fold_name(w).strip(".") in LEGAL_FORMS for w in words):
        return None  # "American Honda Motor Co": a company's name, the nationality in it
    size = _qualifier_size(words)
    if size:
        rest = words[size:]
        # A body's word anywhere ("Economic Commission for Africa"), and no company's ("Stock Exchange").
        folded = {fold_name(w) for w in rest}
        body = (
            folded <= GOVERNMENT_BODIES if len(rest) == 1 else bool(folded & ORG_CUES) and not folded & COMMERCIAL_HEADS
        )
        if body and rest[0][:1].isupper():
            return " ".join(words[:size]), " ".join(rest)
    return None


def _qualifier_size(words: Sequence[str]) -> int:
    """Return how many first words of a name are a country or parent body ("U.S.", "West German"), or 0."""
    for size in (2, 1):
        if len(words) > size and qualifier_country(" ".join(words[:size])):
            return size
    return 0


@functools.lru_cache(maxsize=1 << 16)
def reordered_key(name: str) -> str | None:
    """Return the key of a name with its words turned about "of": "Department of the Treasury" and
    "Treasury Department", "Federal Reserve Bank of St. Louis" and "St Louis Federal Reserve Bank",
    a qualifier kept first ("U.S. Department of Agriculture", "U.S. Agriculture Department")."""
    words = name.split()
    if "of" not in words[1:-1] or words.count("of") > 1:
        return None
    start = _qualifier_size(words)
    at = words.index("of")
    if at <= start:
        return None
    head, tail = words[start:at], [w for w in words[at + 1 :] if w.lower() != "the"]
    return exact_key(" ".join([*words[:start], *tail, *head]))


@functools.lru_cache(maxsize=1 << 16)
def run_on_tail(short: str, long: str) -> str | None:
    """Return the words a longer name adds at the end of a shorter one ("the Democratic Progressive",
    "Democratic Progressive Party": "Party"), or None when it does not end so."""
    want = exact_key(short).split()
    words = long.split()
    have: list[str] = []
    for i, word in enumerate(words):
        if have == want:
            return " ".join(words[i:])
        have += exact_key(word).split()
        if have != want[: len(have)]:
            return None
    return None


def is_body_word(word: str) -> bool:
    """Return True for a word that names a body of its own when it ends a name: "Board", "Bank",
    "Committee", "Radio" ("Federal Reserve Board", "Lloyds Bank", "ESPN Radio")."""
    return fold_name(word).strip(".") in ORG_CUES


def is_calendar_word(word: str) -> bool:
    """Return True for a weekday, month or their short forms ("Sat", "Dec"): a dateline run on."""
    return word.strip(".") in CALENDAR or word.strip(".")[:3] in _WEEKDAYS_SHORT


_WEEKDAYS_SHORT = frozenset(day[:3] for day in WEEKDAYS)


@functools.lru_cache(maxsize=1 << 16)
def legal_words(name: str) -> tuple[str, frozenset[str]]:
    """Return a company's name without its trailing legal forms ("and Co Inc", "Co Plc", "L.P.") as a
    key, and the forms it had: "Merck and Co Inc" -> ("merck", {"co", "inc"})."""
    words = name.split()
    forms: set[str] = set()
    while len(words) > 1:
        word = fold_name(words[-1]).replace(".", "").removesuffix("'s").strip(",")
        if word in LEGAL_FORMS or word in END_LEGAL_FORMS:
            forms.add(LEGAL_FORMS.get(word, word))
        elif word not in ("and", "&") or not forms:
            break
        words.pop()
    return exact_key(" ".join(words)), frozenset(forms)


def initials_of(words: Sequence[str]) -> frozenset[str]:
    """Return the initials a name may go by: its words' first letters, dotted initials whole ("U.S.
    Steel": USS), with and without connectors and legal forms ("FDIC", "FECSA", "BP")."""
    letters: list[tuple[str, str]] = []  # (letters, role): role "word", "connector" or "legal"
    for word in words:
        for piece in re.split(r"[\s\-/]+", word):
            if not piece or not piece[0].isalpha():
                continue
            role = "connector" if piece.lower() in INITIALS_SKIPPED else "word"
            folded = fold_name(piece).replace(".", "")
            if folded in LEGAL_FORMS or folded in END_LEGAL_FORMS:
                role = "legal"
            whole = _DOTTED.match(piece) or folded in ("sa", "nv", "ag")  # "U.S.", "S.A.": every letter
            initial = piece.replace(".", "").upper() if whole else piece[0]
            if role == "word" and not piece[0].isupper():
                continue
            letters.append((initial.upper(), role))
    out = set()
    for keep in ({"word"}, {"word", "legal"}, {"word", "connector"}, {"word", "connector", "legal"}):
        found = "".join(i for i, role in letters if role in keep)
        if len(found) > 1:
            out.add(found)
    return frozenset(out)
