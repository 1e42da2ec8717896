"""A day of the month written three ways ("1 May", "May 1", "May One") compared as one ("may 1").

Desks re-key a notice in their own style of dates: a re-send of a dividend notice reads "Pay May One,
Record April 10" where the first read "Pay 1 May, Record 10 April". Matching compares folded words
(`text.story_words`), so a day before its month is put after it, and a number word after a month
becomes its figure: the re-send shares the notice's runs of words again.
"""

from __future__ import annotations

import re

from ..extract.date_patterns import MONTH_NUMBERS

# English month names and abbreviations, as the stamp reader knows them ("may", "sept", "december").
MONTHS = frozenset(MONTH_NUMBERS)
_DAY_WORDS = {
    word: str(value)
    for value, word in enumerate(
        re.findall(
            r"\w+",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty",
        ),
        start=1,
    )
}
_LAST_DAY = 31


def dates_in_order(words: list[str]) -> list[str]:
    """Return folded words with each day of the month written after its month in figures (in place)."""
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if first in MONTHS and second in _DAY_WORDS:
            words[i + 1] = _DAY_WORDS[second]
        elif second in MONTHS and _is_day(first):
            words[i], words[i + 1] = second, first
    return words


def _is_day(word: str) -> bool:
    """Return True for a day of the month in figures (1 to 31)."""
    return word.isdigit() and len(word) <= 2 and 1 <= int(word) <= _LAST_DAY
