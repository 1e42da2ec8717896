"""Shared text helpers: sentence spans, word lists, name keys."""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

# Sentence ends: punctuation, optional closing quote, space, then an opening capital, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'(]?[A-Z0-9])")
# Every abbreviation whose full stop ends no sentence, in one place, as text so each list stays a line.
# Titles before a name ("Mr. Baker", "Col. Adolphe Manirakiza"): the speaker finder reads them as
# part of a name too.
_TITLES = "Mr Mrs Ms Dr Prof Gen Maj Lt Col Sgt Capt Rep Sen Gov Rev"
# Name suffixes, company forms, "No.", "vs." and the rupee's "Rs." ("Exley Jr. said", "Texaco Inc. said", "No. 2",
# "Rs. 500 crore").
_NAME_PARTS = "St Jr Sr Inc Co Corp Ltd No vs Rs"
# Months as datelines and Reuters write them ("Jan. 8").
_MONTHS_SHORT = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
# US states in AP style after a town ("Springfield, Ill.", "Fremont, Calif.").
_STATES = (
    "Ill Calif Mass Conn Mich Wis Wisc Tex Fla Pa Va Md Ore Wash Minn Mo Ala Ga Ky Tenn Okla Colo Ariz Ind Neb"
    " Kan Del Nev"
)
TITLE_ABBREVIATIONS = tuple(_TITLES.split())
# An initial or an abbreviation at the end of a text: its full stop ends no sentence ("U.S.", "Mr.", "Calif.").
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.|\b(?:" + "|".join(f"{_TITLES} {_NAME_PARTS} {_MONTHS_SHORT} {_STATES}".split()) + r")\.)$"
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Particles inside Arabic, Dutch, German, French and Spanish names; written "Al", "al-", "al " or
# "el" by different outlets ("Bashar Al Assad", "Bashar al-Assad"), so they do not count in keys.
# Suffixes after a surname ("Charles E. Exley Jr"): not part of the surname a later "Exley" repeats.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "as", "ash", "an", "bin", "ibn", "van", "von", "der", "de", "la", "du", "da"}
)
_VOWELS = str.maketrans("", "", "aeiouy")


@functools.lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) offsets of each sentence in a paragraph (cached: quotes ask again and again)."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].rstrip("\"'”’")
        if _ABBREVIATION.search(candidate):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def first_sentence(text: str) -> str:
    """Return the first sentence of text, not fooled by abbreviations such as "U.S."."""
    spans = sentence_spans(text)
    return text[: spans[0][1]].strip() if spans else text.strip()


# The one apostrophe rule: outlets write "O’Brien" and "O'Brien", "Assad’s" and "Assad's"; the
# curly one is made straight before anything compares words.
_CURLY_APOSTROPHE = "’"


class _Accents(dict[int, int | None]):
    """A translation table taking combining marks out, filled as characters are met (str.translate)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_ACCENTS = _Accents()


def strip_accents(text: str) -> str:
    """Return text with accents taken off its letters ("é" -> "e") and compatibility forms made plain ("ﬁ" -> "fi")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed if decomposed.isascii() else decomposed.translate(_ACCENTS)


def fold_plain(text: str) -> str:
    """Return text lower-cased, accents off, curly apostrophes straight: what every comparison of words starts from."""
    return strip_accents(text.replace(_CURLY_APOSTROPHE, "'")).lower()


@functools.lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """Return a name as names are compared: `fold_plain`, cached (the same names are asked for again and again)."""
    return fold_plain(text)


@functools.lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Return the folded words of a name, hyphens and dots as breaks, particles left out."""
    words = re.split(r"[\s\-–.,]+", fold_name(name))
    return tuple(w for w in words if w and w not in NAME_PARTICLES and w != "the" and w not in NAME_SUFFIXES)


# The US Census Bureau's 1990 surname list, shipped by the `names` package.
_SURNAMES = ("names", "dist.all.last")


@functools.cache
def family_names() -> frozenset[str]:
    """Return the folded family names of the US Census list."""
    return frozenset(surname_ranks())


@functools.cache
def surname_ranks() -> dict[str, int]:
    """Return each folded family name of the US Census list -> its rank, the commonest first ("smith": 1)."""
    text = resources.files(_SURNAMES[0]).joinpath(_SURNAMES[1]).read_text(encoding="ascii")
    return {line.split()[0].lower(): int(line.split()[-1]) for line in text.splitlines() if line.strip()}


@functools.lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """Return a word's consonant outline: transliterations differ in vowels ("Mohammad", "Mohammed")."""
    if len(word) <= 3:
        return word
    out = word[0] + word[1:].translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", out)


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Return the key under which spellings of one name meet ("Al-Qaeda", "Al Qaida" -> "qd")."""
    return " ".join(skeleton(w) for w in name_tokens(name))


def words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a word list written as a text block."""
    return frozenset(text.split())


# A no-break space that a page's encoding mangled to "Â", standing beside a space or a mark rather than
# inside a word: "Jack Aubry ,Â CanWest News Service", "Published:Â Friday".
_MANGLED_SPACE = re.compile(r"(?<![^\W\d_])Â(?![^\W\d_])")


def unmangled_spaces(text: str) -> str:
    """Return text with each no-break space mangled to a lone "Â" written as a space again."""
    return _MANGLED_SPACE.sub(" ", text)
