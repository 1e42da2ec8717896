"""The words an edit is classified by: number words and scales, wire abbreviations, function words,
inflections and irregular verbs, British spellings, Arabic articles.

Read by `classify`, to tell a changed figure, a tense or spelling edit and a term for a term from
a rewording. Written on Reuters re-sends and the web collections' reprints (dev halves).
"""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS, SCALE_WORDS

# A word's letters and digits, as the aligner, the edit classifier and the forensics compare words.
ALNUM = re.compile(r"[^\W_]+")

# Number words as figures ("three" is 3); "hundred" is read as a scale ("three hundred" is 300).
NUMBER_WORD_VALUES = {word: str(value) for word, value in NUMBER_WORDS.items() if word != "hundred"}
# Longest first, so "sixty" is not read as "six".
_NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
# Figures as written: "13,000", "2.6", "6-3/16", number words, and the scale words that make
# "1.5 million" and "1.5 billion" different figures.
FIGURE = re.compile(
    rf"(?:(\d+(?:[.,/]\d+)*)|\b({_NUMBER_WORD_ALT}))(?:\s+(hundred|thousand|million|billion|trillion)\b)?"
    r"|\b(hundred|thousand|million|billion|trillion)\b",
    re.I,
)
# A figure with a scale word is one value: "10.5 mln" (folded to "million") and "10,500,000" are
# one figure written two ways.
SCALE = {"hundred": NUMBER_WORDS["hundred"], **SCALE_WORDS}
# Wire abbreviations written out by other desks, beyond those `fold_for_matching` already makes one
# ("dlr" -> "dollar": fold_for_matching turns "dlr" into "dollars"; "qtr" -> "quarter").
ABBREVIATIONS = {
    "dollar": "dollars",
    "qtr": "quarter",
    "yr": "year",
    "avg": "average",
    "shr": "share",
    "govt": "government",
    "intl": "international",
}
# Words that carry no term of their own: "the" -> "early Thursday" is rewording, not terminology.
FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at to for by with from and or but as is was were be been it its that this these "
        "those he she they his her their has have had will would",
    )
)
# Auxiliaries a tense change adds or drops ("has said" -> "said", "will meet" -> "meets").
AUXILIARIES = frozenset(re.findall(r"\w+", "is are was were be been being has have had will would shall do does did"))
# Inflectional endings (tense, number, comparison) stripped to find a shared stem:
# "raged"/"rages" share "rag(e)", "rebels"/"rebel" share "rebel".
INFLECTIONS = ("ing", "ed", "es", "er", "est", "s", "d")
# Irregular forms of common news verbs, one lemma per form, so "says" -> "said", "rose" ->
# "rises" are tense edits rather than other words.
IRREGULAR = {
    form: lemma
    for lemma, forms in {
        "say": "says said saying",
        "be": "is are was were been being am",
        "have": "has had having",
        "rise": "rises rose risen rising",
        "fall": "falls fell fallen falling",
        "begin": "begins began begun beginning",
        "go": "goes went gone going",
        "take": "takes took taken taking",
        "give": "gives gave given giving",
        "make": "makes made making",
        "come": "comes came coming",
        "see": "sees saw seen seeing",
        "tell": "tells told telling",
        "lose": "loses lost losing",
        "win": "wins won winning",
        "hold": "holds held holding",
        "leave": "leaves left leaving",
        "flee": "flees fled fleeing",
        "seek": "seeks sought seeking",
        "fight": "fights fought fighting",
        "buy": "buys bought buying",
        "sell": "sells sold selling",
        "meet": "meets met meeting",
        "keep": "keeps kept keeping",
        "run": "runs ran running",
        "drive": "drives drove driven driving",
        "spend": "spends spent spending",
        "will": "would",
        "can": "could",
        "shall": "should",
    }.items()
    for form in (lemma, *forms.split())
}
# British spellings turned American, so one word in either house's spelling folds to one form.
# Each rule is anchored to a word ending and a minimum stem so that "rise"/"raise" or "four"/"for"
# are not made one word.
BRITISH = (
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise, organisation
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),  # analyse
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ite|ites|able|er|ers|ful)?$"), r"or\1"),  # labour, favourite
    (re.compile(r"(?<=\w{3})tre(s|d)?$"), r"ter\1"),  # centre, metre
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),  # defence, licence
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),  # travelled, cancelling
    (re.compile(r"(?<=\w{2})ogue(s)?$"), r"og\1"),  # catalogue, dialogue
    (re.compile(r"(?<=\w{3})mme(s)?$"), r"m\1"),  # programme
    (re.compile(r"(?<=\w)(?:ae|oe)(?=\w{2})"), "e"),  # paediatric, manoeuvre, anaemia
)
# Arabic article prefixes written joined, spaced or dropped: "al-Assad", "Al Assad", "Assad".
ARTICLE = re.compile(r"^(?:al|el)[-‐‑]", re.I)
ARTICLE_WORDS = frozenset({"al", "el"})
