"""Key figures: numbers that carry facts, their normalised value and what they count."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import number_words
from ..model import Figure
from .text import MONTHS, sentence_spans

# Number words for the scales wires and outlets write after a number ("5.93 mln", "2 billion", "1.2bn").
SCALES = {
    "thousand": 1e3,
    "mln": 1e6,
    "million": 1e6,
    "m": 1e6,
    "bln": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trn": 1e12,
}
# Units that follow a number; percentages all become "pct" so "50 per cent" and "50%" compare.
UNITS = {
    "pct": "pct",
    "per cent": "pct",
    "percent": "pct",
    "%": "pct",
    "percentage points": "points",
    "points": "points",
    "dlrs": "dlrs",
    "dollars": "dlrs",
    "dlr": "dlrs",
    "yen": "yen",
    "marks": "marks",
    "francs": "francs",
    "pounds": "pounds",
    "stg": "stg",
    "euros": "euros",
    "cents": "cents",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "barrels": "barrels",
    "bpd": "bpd",
    "bushels": "bushels",
    "ounces": "ounces",
    "shares": "shares",
}
_CURRENCY_SIGNS = {"$": "dlrs", "US$": "dlrs", "£": "pounds", "€": "euros", "¥": "yen"}
_MONTH_WORDS = "|".join(m[:3] for m in MONTHS)

# Numbers written as words ("nine pct", "one billion stg"), and "half" ("half a percentage point").
NUMBER_WORDS: dict[str, float] = {**number_words.NUMBER_WORDS, "half": 0.5}
_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNITS if u != "%"), key=len, reverse=True))
_WORD_ALT = "|".join(NUMBER_WORDS)
_NUMBER = re.compile(
    rf"""(?<![\w.,/-])(?P<sign>US\$|\$|£|€|¥)?\s?
    (?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>\b(?:{_WORD_ALT})\b))
    (?P<frac>-\d/\d{{1,2}})?
    (?:[\s-]?(?P<scale>{_SCALE_ALT})\b)?
    (?:[\s-]?(?P<unit>{_UNIT_ALT})\b|(?P<pctsign>%))?""",
    re.X | re.I,
)
# Numbers that are dates, ages, times or labels rather than facts; "10-year" and "22-year-old"
# describe a thing ("the 10-year note"), they count nothing.
_AGE = re.compile(r"^-(?:year|month|week|day|hour|minute)s?\b|^\s*years?\s+old")
_CALENDAR_BEFORE = re.compile(rf"(?:{_MONTH_WORDS})[a-z]*\.?\s*$")
_CALENDAR_AFTER = re.compile(rf"^\s*(?:{_MONTH_WORDS})[a-z]*\b")
_TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|EST|hrs\b)|^:\d\d")
# Words to skip when reading what a number counts ("727 people, mostly …" counts "people").
_SKIP = frozenset(
    {"of", "the", "a", "an", "more", "than", "about", "some", "around", "nearly", "almost", "new", "newly", "other"}
)
_STOP_AT = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "that",
        "which",
        "who",
        "have",
        "has",
        "had",
        "had",
        "been",
        "be",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "said",
        "says",
        "since",
        "after",
        "before",
        "during",
        "while",
        "mostly",
        "also",
        "including",
    ]
)
# Outcome words that complete what a count means when they follow soon after ("727 people … killed").
_OUTCOMES = re.compile(
    r"\b(killed|dead|died|wounded|injured|displaced|arrested|detained|missing|evacuated|rescued|"
    r"displaced|fled|hurt|sold|bought|rose|fell|increase|decrease|rise|fall|gain|loss)\b"
)
_COUNT_WORD = re.compile(r"[A-Za-z][a-z’'\-]*")


def find_figures(paragraphs: Sequence[str], limit: int) -> tuple[Figure, ...]:
    """Return the numbers that carry facts, in text order, at most limit of them."""
    figures: list[Figure] = []
    for paragraph in paragraphs:
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            for match in _NUMBER.finditer(sentence):
                figure = _figure(match, sentence)
                if figure is not None:
                    figures.append(figure)
                    if len(figures) >= limit:
                        return tuple(figures)
    return tuple(figures)


def _figure(match: re.Match[str], sentence: str) -> Figure | None:
    """Return the figure a number match stands for, or None for dates, ages and times."""
    before, after = sentence[: match.start()], sentence[match.end() :]
    raw = match.group("num") or ""
    scale, unit = match.group("scale"), match.group("unit") or match.group("pctsign")
    scale, unit = scale.lower() if scale else None, unit.lower() if unit else None
    sign = match.group("sign")
    if match.group("word"):
        if not (scale or unit):
            return None  # "one of the", "two sides": words count only with a unit ("nine pct")
        value = float(NUMBER_WORDS[match.group("word").lower()])
    else:
        value = float(raw.replace(",", ""))
    if not (scale or unit or sign):
        if (
            _AGE.match(after)
            or _CALENDAR_BEFORE.search(before)
            or _CALENDAR_AFTER.match(after)
            or _TIME_AFTER.match(after)
        ):
            return None
        if "," not in raw and "." not in raw and 1800 <= value <= 2100:
            return None  # a year: the dates finder reads it
        if value < 2 and "." not in raw:
            return None  # "one of", "1" in lists: too weak to be a key figure
    if scale == "m" and not (sign or unit):
        return None  # "5 m" is metres as often as millions
    if match.group("frac"):
        top, bottom = match.group("frac")[1:].split("/")
        value += int(top) / int(bottom)
    value *= SCALES.get(scale or "", 1.0)
    unit_name = UNITS.get(unit or "") or _CURRENCY_SIGNS.get(sign or "")
    text = match.group(0).strip()
    return Figure(text=text, value=_tidy(value), unit=unit_name, counts=_counts(after), sentence=sentence.strip())


def _tidy(value: float) -> float:
    """Return value rounded to hide float noise from scaling (5.93 * 1e6)."""
    return round(value, 6)


def _counts(after: str) -> str | None:
    """Return the words after a number that say what it counts, with an outcome that follows soon.

    "727 people, mostly combatants …, have been killed" counts "people killed"; "a 50 per cent
    rise in pay" counts "rise". Words are read up to punctuation or a function word.
    """
    words: list[str] = []
    for match in _COUNT_WORD.finditer(after[:60]):
        word = match.group().lower()
        gap = after[match.start() - 1 : match.start()] if match.start() else " "
        if words and gap not in (" ", "-"):
            break
        if not words and word in _SKIP:
            continue
        if word in _STOP_AT or len(words) >= 2 or (not words and gap not in (" ", "-")):
            break
        words.append(match.group().rstrip("’'"))
        if after[match.end() : match.end() + 1] not in (" ", "-", ""):
            break
    outcome = _OUTCOMES.search(after[:90])
    if outcome and words and outcome.group(1) not in (w.lower() for w in words):
        words.append(outcome.group(1))
    return " ".join(words) or None
