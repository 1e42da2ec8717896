"""Numbers written as words, as wires and outlets write them ("nine pct", "a dozen"), and the scale words after them.

One list for every reader of figures: the key figures of an article (`extract.figure_words`:
"nine pct", "one billion stg"), the figures an edit changed (`match.edit_words`: "three" for
"3"), and the figures verification compares (`match.figure_values`: "1.2 million").
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12,
}  # fmt: skip
# Scale words written out after a number ("1.5 million"); each reader adds its own abbreviations.
SCALE_WORDS: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
