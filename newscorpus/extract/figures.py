"""Key figures: numbers that carry facts, their normalised value and what they count."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Figure
from .figure_words import (
    AGE_AFTER,
    CALENDAR_AFTER,
    CALENDAR_BEFORE,
    COUNT_WORD,
    CURRENCY_SIGNS,
    MEASURE_AFTER,
    NAME_AFTER,
    NAMING_WORDS,
    NUMBER,
    NUMBER_WORDS,
    OUTCOMES,
    SCALES,
    SKIP_BEFORE_COUNTED,
    STOP_AT,
    TIME_AFTER,
    UNITS,
)
from .text import sentence_spans


def find_figures(paragraphs: Sequence[str], limit: int) -> tuple[Figure, ...]:
    """Return the numbers that carry facts, in text order, at most limit of them."""
    figures: list[Figure] = []
    names = _numbers_naming(paragraphs)
    for paragraph in paragraphs:
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            for match in NUMBER.finditer(sentence):
                figure = _figure(match, sentence, names)
                if figure is not None:
                    figures.append(figure)
                    if len(figures) >= limit:
                        return tuple(figures)
    return tuple(figures)


def _numbers_naming(paragraphs: Sequence[str]) -> frozenset[str]:
    """Return the numbers the text writes after a word they number ("update 5.50", "Flight 370").

    Such a number names its thing in the article's other sentences too: "5.50 allows you to import
    any image" speaks of the update, it counts nothing. Only numbers with a decimal point or three
    digits are kept: "Game 2" does not hide a count of 2 other things.
    """
    names = set()
    for paragraph in paragraphs:
        for match in _NAME_DIGITS.finditer(paragraph):
            if _numbers_a_thing(paragraph, match.start(), match.end()):
                names.add(match.group())
    return frozenset(names)


def _numbers_a_thing(text: str, start: int, end: int) -> bool:
    """Return True for the number at text[start:end] written after a word it numbers ("Flight 370", "No. 5"),
    with no measure after it ("a hole 460 feet to the west" measures)."""
    return _word_before(text, start) in NAMING_WORDS and not MEASURE_AFTER.match(text, end)


def _word_before(text: str, end: int) -> str:
    """Return the word ending at end, a full stop and spaces after it aside, lower-cased ("Flight " -> "flight")."""
    head = text[max(0, end - 20) : end].rstrip()
    head = head.removesuffix(".")
    start = len(head)
    while start and (head[start - 1].isalnum() or head[start - 1] == "_"):
        start -= 1
    return head[start:].lower()


def _figure(match: re.Match[str], sentence: str, names: frozenset[str] = frozenset()) -> Figure | None:
    """Return the figure a number match stands for, or None for dates, ages, times and numbers naming a thing."""
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
            AGE_AFTER.match(after)
            or CALENDAR_BEFORE.search(before)
            or CALENDAR_AFTER.match(after)
            or TIME_AFTER.match(after)
            or NAME_AFTER.match(after)
            or _numbers_a_thing(sentence, match.start(), match.end())
            or raw in names
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
    unit_name = UNITS.get(unit or "") or CURRENCY_SIGNS.get(sign or "")
    text = match.group(0).strip()
    return Figure(text=text, value=_tidy(value), unit=unit_name, counts=_counts(after), sentence=sentence.strip())


# A number that may name a thing, for `_numbers_naming`: a decimal ("5.50") or three digits or more ("446").
_NAME_DIGITS = re.compile(r"(?<![\w.,])(?:\d+\.\d+|\d{3,})(?![\w.,]?\d)")


def _tidy(value: float) -> float:
    """Return value rounded to hide float noise from scaling (5.93 * 1e6)."""
    return round(value, 6)


def _counts(after: str) -> str | None:
    """Return the words after a number that say what it counts, with an outcome that follows soon.

    "727 people, mostly combatants …, have been killed" counts "people killed"; "a 50 per cent
    rise in pay" counts "rise". Words are read up to punctuation or a function word.
    """
    words: list[str] = []
    for match in COUNT_WORD.finditer(after[:60]):
        word = match.group().lower()
        gap = after[match.start() - 1 : match.start()] if match.start() else " "
        if words and gap not in (" ", "-"):
            break
        if not words and word in SKIP_BEFORE_COUNTED:
            continue
        if word in STOP_AT or len(words) >= 2 or (not words and gap not in (" ", "-")):
            break
        words.append(match.group().rstrip("’'"))
        if after[match.end() : match.end() + 1] not in (" ", "-", ""):
            break
    outcome = OUTCOMES.search(after[:90])
    if outcome and words and outcome.group(1) not in (w.lower() for w in words):
        words.append(outcome.group(1))
    return " ".join(words) or None
