"""What a key figure is written with: scale words, units, currency signs, number words, and what it counts.

Read by `figures`. Written for Reuters' wire copy ("5.93 mln dlrs", "nine pct", "727 people
killed") and checked on the web collections ("$1.2bn", "50 per cent").
"""

from __future__ import annotations

import re

from .. import number_words
from .alternation import alternation
from .text import MONTHS

# Number words for the scales wires and outlets write after a number ("5.93 mln", "2 billion", "1.2bn").
SCALES = {
    **{word: float(value) for word, value in number_words.SCALE_WORDS.items()},
    "mln": 1e6,
    "m": 1e6,
    "bln": 1e9,
    "bn": 1e9,
    "trn": 1e12,
    # South Asian English: a lakh is 100,000 and a crore ten million ("Rs 1 lakh", "500 crore").
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
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
    "cts": "cents",
    "cent": "cents",
    "ct": "cents",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "barrels": "barrels",
    "bpd": "bpd",
    "bushels": "bushels",
    "ounces": "ounces",
    "shares": "shares",
    "rupees": "rupees",
}
CURRENCY_SIGNS = {
    **{"$": "dlrs", "US$": "dlrs", "£": "pounds", "€": "euros", "¥": "yen"},
    **{"₹": "rupees", "Rs": "rupees", "Rs.": "rupees"},
}
_MONTH_WORDS = "|".join(m[:3] for m in MONTHS)
# Numbers written as words ("nine pct", "one billion stg"), and "half" ("half a percentage point").
NUMBER_WORDS: dict[str, float] = {**number_words.NUMBER_WORDS, "half": 0.5}
# The word lists as `alternation`s, for the engine to try quickly: NUMBER is searched through every paragraph.
_SCALE_ALT = alternation(sorted(SCALES, key=len, reverse=True), ignore_case=True)
_UNIT_ALT = alternation(
    sorted((u for u in UNITS if u != "%"), key=lambda u: len(re.escape(u)), reverse=True), ignore_case=True
)
_WORD_ALT = alternation(NUMBER_WORDS, ignore_case=True)
# What a figure opens on: a currency sign, a space, a digit or a number word's first letter. Looked at
# first, it turns most places away at once.
_NUMBER_OPENING = "".join(sorted({c for w in NUMBER_WORDS for c in (w[0].lower(), w[0].upper())}))
NUMBER = re.compile(
    rf"""(?<![\w.,/:-])(?=[\s\d$£€¥₹RU{_NUMBER_OPENING}])(?P<sign>US\$|\$|£|€|¥|₹|(?-i:Rs)\.?)?\s?
    (?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>\b(?:{_WORD_ALT})\b))
    (?P<frac>-\d/\d{{1,2}}|/(?:2|4|8|16|32|64)\b)?
    (?:[\s-]?(?P<scale>{_SCALE_ALT})\b)?
    (?:[\s-]?(?P<unit>{_UNIT_ALT})\b|(?P<pctsign>%))?""",
    re.X | re.I,
)
# Numbers that are dates, ages, times or labels rather than facts; "10-year" and "22-year-old"
# describe a thing ("the 10-year note"), they count nothing.
AGE_AFTER = re.compile(r"^-(?:year|month|week|day|hour|minute)s?\b|^\s*years?\s+old")
CALENDAR_BEFORE = re.compile(rf"(?:{_MONTH_WORDS})[a-z]*\.?\s*$")
CALENDAR_AFTER = re.compile(rf"^\s*(?:{_MONTH_WORDS})[a-z]*\b")
# A number naming a thing rather than counting one: an ordinal ("24th floor"), a name or model glued to a
# capital ("4K", "5G", "3D"); and one after a word it numbers ("version 5.50", "Flight 370", "Route 66",
# "Article 50", "Game 7").
NAME_AFTER = re.compile(r"^(?:st|nd|rd|th)\b|^[A-Z]\b")
# A plural's ending glued to a bare number names a team ("the 49ers", "the 76ers"). Other letters glued
# to one are most often a measure ("481p" pence, "910g", "7k", "30fps"), counted as written.
GLUED_AFTER = re.compile(r"^ers\b")
NAMING_WORDS = frozenset(
    [
        "version",
        "v",
        "update",
        "release",
        "patch",
        "firmware",
        "ios",
        "android",
        "windows",
        "model",
        "flight",
        "route",
        "highway",
        "interstate",
        "channel",
        "room",
        "page",
        "chapter",
        "article",
        "section",
        "paragraph",
        "resolution",
        "game",
        "round",
        "stage",
        "lap",
        "hole",
        "no",
        "number",
        "platform",
        "gate",
        "terminal",
        "apartment",
        "suite",
        "unit",
        "box",
        "exit",
        "district",
        "ward",
        "precinct",
        "category",
        "grade",
        "level",
    ]
)
# A measure after the number: then a word before it was no name for it ("the hole is 460 feet east").
MEASURE = r"\s*(?:feet|foot|ft|yards?|miles?|metres?|meters?|km|kilometres?|kilometers?|inches|cm|mm|kg|lbs?)\b"
MEASURE_AFTER = re.compile(MEASURE, re.I)  # read with match(): at the number's end
TIME_AFTER = re.compile(r"^\s*(?:[ap]\.m\b\.?|am\b|pm\b|GMT|gmt\b|EST|hrs\b)|^:\d\d")
# A player's shirt number, one or two digits in brackets after his name ("DeAndre Hopkins (10)"); "Egypt
# (301,909)" in a list of tonnages counts.
SHIRT = re.compile(r"[A-Z][\w'’.-]* \($"), re.compile(r"^\)")
# A price move in eighths and quarters, written alone after the word that moves it ("down 1/4").
MOVE_BEFORE = re.compile(r"\b(?:up|down|off|rose|fell|gained|lost|added|eased|firmed)\s$")
# A number that is one part of something written with several: a date ("12/26"), a score or a span with
# no unit ("won 3-1", "a 103-58 record", "ages 18-25"), a record of tries ("14-of-21 shots", "3-for-5") or a
# split's ratio ("3-for-2"), a decade ("the 60s"), a telephone number ("0207 782 4368"). A span with a unit
# or a plural after it ("10-15 percent", "180-270 days") is a range and still counts.
PART_AFTER = re.compile(r"^(?:/\d|-(?:of-|for-)?\d+(?:[-.]\d+)*\b(?![,/]?\d)|'?s\b|\s\d{3,}\b)")
RANGE_AFTER = re.compile(
    rf"^(?P<end>-\d+(?:\.\d+)?)[\s-]?(?:(?:{_SCALE_ALT}|{_UNIT_ALT}|mph)\b|%|{MEASURE}|(?!wins|losses)[a-z]+s\b)", re.I
)
PART_BEFORE = re.compile(r"\d\s$")
# A person's age between commas after a name ("Crawford, 51, starred"), or ending the sentence
# ("his girlfriend, Marilou Danley, 62.").
AGE_BETWEEN = re.compile(r"[A-Z][\w'’.-]*,\s*$"), re.compile(r"^\s*(?:,|\.\s*$)")
# A number right after a capitalised word names a thing, as a model or a sequel does ("Boeing 777",
# "Pixel 8000", "Chang’e 4"); the sentence's first word is no such name ("Over 500 people"), nor a day nor a
# possessive ("the EC's 17 members"). Read
# for whole numbers written without a comma: "Thailand 19,000" in a list of quotas counts.
NAMED_BEFORE = re.compile(
    r"(?<=[\w,;:)] )(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )(?:[A-Z]|[a-z]+[A-Z])[\w’'-]*(?<![’']s) $"
)
# A counter ("Caption 23 of 59", "photo 4 of 12", "20 out of 29 for 226 yards"): a number "of" another with
# nothing counted after it.
COUNTER_BEFORE = re.compile(r"(?<![\d,.])\d{1,3} (?:out )?of $")
COUNTER_AFTER = re.compile(r"\s*(?:$|[^\w\s]|[A-Z])|\s+(?:for|from)\b")
COUNTER_OPENING = re.compile(r" (?:out )?of \d{1,3}(?![\d,.]\d)(?:\s*$|[^\w\s]|\s+[A-Z]|\s+(?:for|from)\b)")
# A person's age after the words that give one ("ages 7 and 10", "aged 31", "turned 50", "over the age of 18").
AGE_BEFORE = re.compile(r"\b(?:[Aa]ged?|[Aa]ges?(?: of)?(?: \d+,?)*(?: and| or)?|turn(?:ed|s|ing))\s$")
# Words to skip when reading what a number counts ("727 people, mostly …" counts "people").
SKIP_BEFORE_COUNTED = frozenset(
    {"of", "the", "a", "an", "more", "than", "about", "some", "around", "nearly", "almost", "new", "newly", "other"}
    | {"its", "their", "his", "her", "our"}  # "419,867 of its 745,976 warrants"
)
# Words that end what a number counts ("727 people and …", "40 pct were …").
STOP_AT = frozenset(
    [
        # After a counted word, "of" opens what it is a measure of ("14 hours of talks", "2 GB of memory"):
        # the count is "hours"; before one, it is skipped ("15 pct of the shares" counts "shares").
        "of",
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
        "ago",
        "vs",
        "versus",
        "through",
        "into",
        "across",
        "against",
        "toward",
        "towards",
        "until",
        # Prepositions, determiners, pronouns and verbs that open the next phrase ("1.05 billion dlrs under
        # the rescheduling", "one pct over libor", "400 mln dlrs this year"); "per" only after a counted word
        # ("40 miles per hour" counts miles, "1.12 dlrs per share" counts "per share").
        *("under", "over", "above", "below", "up", "down", "off", "than", "via", "within", "without"),
        *("among", "amid", "between", "near", "like", "despite", "because", "if", "when", "where", "so", "then"),
        *("this", "these", "those", "next", "last", "each", "every", "its", "his", "her", "their", "our"),
        *("it", "he", "she", "they", "we", "can", "could", "may", "might", "must", "should", "do", "does"),
        *("did", "not", "no", "out", "means", "a", "an", "the"),
        *("being", "you", "already", "still", "now", "just", "all", "both"),
    ]
)
# Words that end what a number counts after a counted word, though they are no function words: an adverb
# or a direction ("4.8 million received nearly three million", "1,000ft short of the runway", "200 miles
# south"), a verb's irregular past ("1,200 women came forward", "the $1,000 drop seen"), another number
# ("The Pixel 2 boasts one of …"). A verb's participle after a plural ends it too (`figures._counts`).
AFTER_COUNTED = frozenset(
    {"according", "nearly", "almost", "about", "around", "roughly", "only", "apiece", "alone", "ahead"}
    | {"short", "away", "back", "later", "earlier", "overseas", "abroad", "north", "south", "east", "west"}
    | {"here", "there", "today", "yesterday", "tonight"}
    | {"came", "come", "went", "seen", "took", "gave", "got", "began", "became", "made", "left", "stood"}
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
# Outcome words that complete what a count means when they follow soon after ("727 people … killed").
OUTCOMES = re.compile(
    r"\b(killed|dead|died|wounded|injured|displaced|arrested|detained|missing|evacuated|rescued|"
    r"fled|hurt|sold|bought|rose|fell|increase|decrease|rise|fall|gain|loss)\b"
)
COUNT_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
