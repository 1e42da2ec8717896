"""Read the figures of a text as values: "1,173,000" and "1.2 mln" are one figure, "6-3/16" and "6-1/4" two.

Verification compares figures to tell two items of one template (a daily table, a rate move)
from two versions of one story.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..number_words import SCALE_WORDS
from .text import NUMBER_WORDS

# A figure: its value and the unit it is written to (0.1 for "2.2", 100,000 for "1.2 mln", 0 for
# an exact fraction), or the text of a run read as no number.
Figure = tuple[float, float] | str


def is_figure_word(word: str) -> bool:
    """Return True for a word that is (part of) a figure: digits, or a number word."""
    return word[:1].isdigit() or word in NUMBER_WORDS


def figure_runs(words: Sequence[str]) -> list[str]:
    """Return the figures among words: consecutive digit words joined by dots ("1 5" -> "1.5"),
    number words written as digits ("three" -> "3")."""
    runs: list[str] = []
    run: list[str] = []
    for word in (*words, ""):
        if word[:1].isdigit():
            run.append(word)
        elif word in NUMBER_WORDS:
            run.append(NUMBER_WORDS[word])
        elif run:
            runs.append(".".join(run))
            run = []
    return runs


def within(part: Sequence[Figure], whole: Sequence[Figure]) -> bool:
    """Return True when every figure of part is one of whole's, each used once, in any order, as rounded."""
    left = list(whole)
    for item in part:
        match = next((k for k, other in enumerate(left) if same_figure(item, other)), None)
        if match is None:
            return False
        del left[match]
    return True


def same_figure(a: Figure, b: Figure) -> bool:
    """Return True when two figures are one value, the coarser perhaps the finer rounded.

    "1,173,000" and "1.2 mln" are one figure, as are "2.2 cts" and "two cts"; a fraction is
    exact ("6-3/16" and "6-1/4" are two rates), as is text that reads as no number.
    """
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    (x, unit_x), (y, unit_y) = a, b
    if math.isclose(x, y):
        return True
    coarse, fine, unit = (y, x, unit_y) if unit_y >= unit_x else (x, y, unit_x)
    return unit > 0 and math.isclose(round(fine / unit) * unit, coarse)


# Scale words a figure is written with, as `fold_for_matching` spells them.
_SCALES = {word: float(value) for word, value in SCALE_WORDS.items()}
# Words a table writes for the figure 0 where another day has one ("GUAXUPE NIL", then "GUAXUPE 33.0").
_ZERO_WORDS = frozenset({"nil", "zero"})


def is_value_word(word: str) -> bool:
    """Return True for a word that writes (part of) a value: a figure word, or nil."""
    return is_figure_word(word) or word in _ZERO_WORDS


def figure_values(words: Sequence[str]) -> tuple[Figure, ...]:
    """Return the figures of a sentence's words as values: "1 173 000" is 1173000, "6 3 16" 6.1875,
    "1 2 million" 1200000, "nil" 0; a run read no way is kept as text."""
    values: list[Figure] = []
    run: list[str] = []
    for word in (*words, ""):
        if is_value_word(word):
            run.append(word)
            continue
        if run:
            values.append(_scaled(_value(run), word))
            run = []
    return tuple(values)


def _value(run: Sequence[str]) -> Figure:
    """Return the value of a run of figure words and the unit it is written to.

    Number words and nil are written to 1 ("two" may be 2.2 rounded); digits as `_digits_value`.
    """
    if any(word in _ZERO_WORDS or word in NUMBER_WORDS for word in run):
        digits = [NUMBER_WORDS.get(word, "0" if word in _ZERO_WORDS else word) for word in run]
        return (float(digits[0]), 1.0) if len(digits) == 1 else ".".join(digits)
    return _digits_value(run)


def _digits_value(run: Sequence[str]) -> Figure:
    """Return the value of a run of digit groups: exact unless it has decimals ("2.2" is written to
    0.1); "1 173 000" is thousands, "6 3 16" six and three sixteenths, exact."""
    if not all(group.isdigit() for group in run):
        return ".".join(run)
    if len(run) == 1 or all(len(group) == 3 for group in run[1:]):
        return float("".join(run)), 0.0
    if len(run) == 2:
        return float(f"{run[0]}.{run[1]}"), 10.0 ** -len(run[1])
    if len(run) == 3 and 0 < int(run[1]) < int(run[2]) <= 64:
        return int(run[0]) + int(run[1]) / int(run[2]), 0.0
    return ".".join(run)


def _scaled(value: Figure, word: str) -> Figure:
    """Return a figure's value times the scale word after it: "1.2 million" is 1200000 written to 100,000."""
    if isinstance(value, str) or word not in _SCALES:
        return value
    number, unit = value
    return number * _SCALES[word], (unit or 1.0) * _SCALES[word]


# A figure, in digits or a word, joined by a hyphen to a word of two letters or more that no further hyphen follows:
# "13-nation", "three-month"; not "1,000-tonne" (a figure in groups), "2-for-1" (a ratio) nor "5-y-o".
_COMPOUND = re.compile(r"(?<![\w.,-])(\d+|" + "|".join(NUMBER_WORDS) + r")-([A-Za-z]{2,})\b(?!-)", re.IGNORECASE)


def compound_modifiers(sentence: str) -> tuple[str, ...]:
    """Return a sentence's compound modifiers: a figure hyphened to the word it describes ("the 13-nation OPEC",
    "a three-month high"), written "13-nation" or "3-month"; a number in two words ("seventy-five") is none."""
    if "-" not in sentence:
        return ()
    found = ((figure.lower(), word.lower()) for figure, word in _COMPOUND.findall(sentence))
    return tuple(f"{NUMBER_WORDS.get(figure, figure)}-{word}" for figure, word in found if word not in NUMBER_WORDS)
