"""Numbers written as words, as wires and outlets write them: below ten, round tens, "a dozen", "a hundred".

One list for every reader of figures: the key figures of an article (`extract.figures`: "nine
pct", "one billion stg") and the figures an edit changed (`match.classify`: "three" for "3").
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12,
}  # fmt: skip
