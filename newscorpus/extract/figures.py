"""Key figures: numbers that carry facts, their normalised value and what they count."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Figure
from .figure_words import (
    AFTER_COUNTED,
    AGE_AFTER,
    AGE_BEFORE,
    AGE_BETWEEN,
    CALENDAR_AFTER,
    CALENDAR_BEFORE,
    COUNT_WORD,
    COUNTER_AFTER,
    COUNTER_BEFORE,
    COUNTER_OPENING,
    CURRENCY_SIGNS,
    GLUED_AFTER,
    MEASURE_AFTER,
    MOVE_BEFORE,
    NAME_AFTER,
    NAMED_BEFORE,
    NAMING_WORDS,
    NUMBER,
    NUMBER_WORDS,
    OUTCOMES,
    PART_AFTER,
    PART_BEFORE,
    RANGE_AFTER,
    SCALES,
    SHIRT,
    SKIP_BEFORE_COUNTED,
    STOP_AT,
    TIME_AFTER,
    UNITS,
)
from .text import sentence_spans

# A pronoun's or auxiliary's contracted ending: "we’ve", "they're", "it'll".
_CONTRACTION = re.compile(r"[’'](?:ve|re|ll|d|m|s)$")


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
    if _named_unit(match.group("unit"), sentence):
        return None  # "50 Cent's shipment": a name a number and a unit's word in capitals make, no sum
    scale, unit = match.group("scale"), match.group("unit") or match.group("pctsign")
    scale, unit = scale.lower() if scale else None, unit.lower() if unit else None
    sign = match.group("sign")
    if match.group("word"):
        if not (scale or unit):
            return None  # "one of the", "two sides": words count only with a unit ("nine pct")
        value = float(NUMBER_WORDS[match.group("word").lower()])
    else:
        value = float(raw.replace(",", ""))
    frac = match.group("frac") or ""
    # A unit, or a price move in eighths written alone ("down 1/4"), makes a number a measure.
    measured = bool(scale or unit or sign) or (frac[:1] == "/" and bool(MOVE_BEFORE.search(before[-8:])))
    if not measured and (
        _no_count(raw, before, after)
        or _numbers_a_thing(sentence, match.start(), match.end())
        or raw in names
        or _year_or_one(raw, value)
    ):
        return None
    exact = _with_fraction(value, frac, measured)
    if exact is None or (scale == "m" and not (sign or unit)):
        return None  # "5 m" is metres as often as millions
    exact *= SCALES.get(scale or "", 1.0)
    unit_name = UNITS.get(unit or "") or CURRENCY_SIGNS.get(sign or "")
    text = match.group(0).strip()
    counts = _counts(_past_range(after))
    return Figure(text=text, value=_tidy(exact), unit=unit_name, counts=counts, sentence=sentence.strip())


def _named_unit(unit: str | None, sentence: str) -> bool:
    """Return True for a unit's word capitalised inside a sentence written in lower case ("50 Cent", "Three
    Points Bar"), not in a headline's capitals ("Shares Rise 5 Percent") nor a wire's ("50 CENTS")."""
    if not unit or not unit[0].isupper() or unit.isupper():
        return False
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) * 2 < len(words)


def _no_count(raw: str, before: str, after: str) -> bool:
    """Return True for a bare number the words around it show to be no count: a date, an age, a clock time,
    a name ("Boeing 777", "24th"), a score, a decade or a part of a telephone number."""
    return bool(
        AGE_AFTER.match(after)
        or CALENDAR_BEFORE.search(before)
        or CALENDAR_AFTER.match(after)
        or TIME_AFTER.match(after)
        or NAME_AFTER.match(after)
        or (GLUED_AFTER.match(after) and not MEASURE_AFTER.match(after))
        or (PART_AFTER.match(after) and not RANGE_AFTER.match(after))
        or PART_BEFORE.search(before)
        or (raw[:1] == "0" and raw[1:2].isdigit())
        or (AGE_BETWEEN[0].search(before) and AGE_BETWEEN[1].match(after))
        or AGE_BEFORE.search(before[-24:])
        or (COUNTER_BEFORE.search(before[-8:]) and COUNTER_AFTER.match(after))
        or COUNTER_OPENING.match(after)
        or (len(raw) <= 2 and SHIRT[0].search(before[-30:]) and SHIRT[1].match(after))
        or (raw.isdigit() and NAMED_BEFORE.search(before[-40:]) and not _PLURAL_AFTER.match(after))
        or (
            len(raw) == 4
            and "1000" <= raw < "1800"
            and _EARLY_YEAR_BEFORE.search(before[-7:])
            and not _PLURAL_AFTER.match(after)
        )
    )


# A year before those the dates finder reads ("wrote, in 1611."); "in 1500 homes" still counts, by its plural.
_EARLY_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|since|until) $")

# A plural noun after a number: it counts those, whatever stands before it ("Brazil 10 days ago"); "is" and
# "was" are no plurals ("The Google Pixel 2 is …").
_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|does|as|us|this|thus|his|its)\b)[a-z]+s\b")

# A number that may name a thing, for `_numbers_naming`: a decimal ("5.50") or three digits or more ("446").
_NAME_DIGITS = re.compile(r"(?<![\w.,])(?:\d+\.\d+|\d{3,})(?![\w.,]?\d)")


def _year_or_one(raw: str, value: float) -> bool:
    """Return True for a year (the dates finder reads it) or a whole number under 2 ("one of", "1" in lists:
    too weak to be a key figure)."""
    whole = "," not in raw and "." not in raw
    return whole and (1800 <= value <= 2100 or value < 2)


def _with_fraction(value: float, frac: str, with_unit: bool) -> float | None:
    """Return value with the fraction written after it ("87-3/4"), or the fraction it opens ("7/8 pct");
    None for a fraction alone without a unit ("12/16" is a date) or above one."""
    if frac.startswith("/"):
        bottom = int(frac[1:])
        return value / bottom if with_unit and value < bottom else None
    if frac:
        top, bottom_text = frac[1:].split("/")
        return value + int(top) / int(bottom_text)
    return value


def _past_range(after: str) -> str:
    """Return the text after a number, past the other end of a range it opens ("-25 mph …" -> " mph …")."""
    span = RANGE_AFTER.match(after)
    return after[span.end("end") :] if span else after


def _tidy(value: float) -> float:
    """Return value rounded to hide float noise from scaling (5.93 * 1e6)."""
    return round(value, 6)


def _ends_after_counted(word: str, counted: str) -> bool:
    """Return True when word (lower case) after a counted word opens the next phrase: a word of `AFTER_COUNTED`,
    or a verb's participle after a plural ("1,000 fans packed into", "25 passengers suffering")."""
    if word in AFTER_COUNTED:
        return True
    participle = len(word) > 4 and word.endswith(("ed", "ing"))
    return participle and counted.lower().endswith("s") and not counted.lower().endswith("ss")


def _counts(after: str) -> str | None:
    """Return the words after a number that say what it counts, with an outcome that follows soon.

    "727 people, mostly combatants …, have been killed" counts "people killed"; "a 50 per cent
    rise in pay" counts "rise". Words are read up to punctuation or a function word.
    """
    words: list[str] = []
    read = 0  # where the words skipped so far end, then where the last counted word ends
    for match in COUNT_WORD.finditer(after[:60]):
        word = match.group().lower()
        gap = after[read : match.start()]
        if (words and gap not in (" ", "-")) or (not words and gap.strip(" -")):
            break  # punctuation or another number first: "a 68, Trahan …", "350 partners - you"
        if not words and word in SKIP_BEFORE_COUNTED:
            read = match.end()
            continue
        if len(word) == 1 and not words:
            break  # a letter alone opens an abbreviation or a name: "25,000 tonnes U.S. soybeans"
        # A pronoun's contraction ends it as the pronoun does: "50 years we’ve been launching".
        ends = _CONTRACTION.sub("", word) in STOP_AT or (word == "per" and bool(words)) or len(words) >= 2
        ends = ends or (bool(words) and _ends_after_counted(word, words[-1]))
        if ends or (words and words[0][0].islower() and word[0] != match.group()[0]):
            break  # a capital after a counted word starts a name: "40 years Break …" counts years
        words.append(match.group().rstrip("’'"))
        read = match.end()
        if after[match.end() : match.end() + 1] not in (" ", "-", ""):
            break
    outcome = OUTCOMES.search(after[:90])
    if outcome and words and outcome.group(1) not in (w.lower() for w in words):
        words.append(outcome.group(1))
    return " ".join(words) or None
