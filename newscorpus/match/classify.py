"""Word changes inside a paragraph: a replaced run refined into its real edits, each classified.

A word diff hands over runs like "rebels stormed" -> "militants entered" or "Hama," -> "Hama on
Thursday,". `refine_replacement` strips the words both sides share at the edges (compared
case- and punctuation-blind) and pairs equal-length runs word by word, so the example runs
become two substitutions and one insertion. `classify_change` then names each edit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal

from ..extract.text import fold_plain, strip_accents
from ..model import ChangeKind
from .text import fold_for_matching

OpTag = Literal["equal", "replace", "insert", "delete"]
Op = tuple[OpTag, int, int, int, int]
"""(tag, old start, old end, new start, new end), as difflib's opcodes."""

_ALNUM = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_DIGIT = re.compile(r"\d")
# Replaced runs of at most this many words a side, as many on each side, are paired word by
# word ("rebels stormed" -> "militants entered" is two substitutions); longer runs of equal
# length are rewrites whose words need not correspond.
_PAIR_MAX = 3
# A term for a term: at most this many words a side, word counts differing by at most one
# ("Shia Islam" -> "Shiite"); "losing" -> "it had lost" is a rewording.
_TERM_WORDS = 3
# A short change (at most this many words a side) that adds or removes a number is a changed
# figure; a longer one that only drops a number with the words around it is rewording.
_FIGURE_SPAN = 6

# Figures as written: "13,000", "2.6", "6-3/16", number words up to twelve, and the scale words
# that make "1.5 million" and "1.5 billion" different figures.
_FIGURE = re.compile(
    r"(?:(\d+(?:[.,/]\d+)*)|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|dozen))(?:\s+(hundred|thousand|million|billion|trillion)\b)?"
    r"|\b(hundred|thousand|million|billion|trillion)\b",
    re.I,
)
_NUMBER_WORDS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "dozen": "12",
}
# A figure with a scale word is one value: "10.5 mln" (folded to "million") and "10,500,000" are
# one figure written two ways.
_SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# Wire abbreviations written out by other desks, beyond those `fold_for_matching` already makes one
# ("dlr" -> "dollar": fold_for_matching turns "dlr" into "dollars"; "qtr" -> "quarter").
_ABBREVIATIONS = {
    "dollar": "dollars",
    "qtr": "quarter",
    "yr": "year",
    "avg": "average",
    "shr": "share",
    "govt": "government",
    "intl": "international",
}
# Words that carry no term of their own: "the" -> "early Thursday" is rewording, not terminology.
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at to for by with from and or but as is was were be been it its that this these "
        "those he she they his her their has have had will would",
    )
)
# Auxiliaries a tense change adds or drops ("has said" -> "said", "will meet" -> "meets").
_AUXILIARIES = frozenset(re.findall(r"\w+", "is are was were be been being has have had will would shall do does did"))
# Inflectional endings (tense, number, comparison) stripped to find a shared stem:
# "raged"/"rages" share "rag(e)", "rebels"/"rebel" share "rebel".
_INFLECTIONS = ("ing", "ed", "es", "er", "est", "s", "d")
_STEM_MIN = 3
# Irregular forms of common news verbs, one lemma per form, so "says" -> "said", "rose" ->
# "rises" are tense edits rather than other words.
_IRREGULAR = {
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
_BRITISH = (
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
_ARTICLE = re.compile(r"^(?:al|el)[-‐‑]", re.I)
_ARTICLE_WORDS = frozenset({"al", "el"})
# Name transliterations differ in vowels and doubled letters: "Mohammed"/"Mohammad",
# "Qaeda"/"Qaida", "Gadaffi"/"Gaddafi", "Tehran"/"Teheran". Names whose consonants leave
# fewer letters than this are too short to call one name ("Ali"/"Ola").
_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")
_NAME_KEY_MIN = 2


def word_key(token: str) -> str:
    """Return the form of a word that refinement compares: case and punctuation aside."""
    return "".join(_ALNUM.findall(token.lower()))


def refine_replacement(old: Sequence[str], new: Sequence[str]) -> list[Op]:
    """Return the edits inside a replaced run of words, as opcodes relative to the run.

    A run whose words are equal case- and punctuation-blind stays one change (it is a style
    or spelling edit). Otherwise words both sides share at the start and end are taken out
    ("Hama," -> "Hama on Thursday," inserts "on Thursday"; a word differing only in case, or a
    name spelt otherwise, "al-Sham" -> "Al Sham", is split off as its own change), and what
    remains, if both sides hold the same small number of words that do not cross-match, is
    paired one to one.
    """
    n, m = len(old), len(new)
    old_keys, new_keys = [word_key(w) for w in old], [word_key(w) for w in new]
    if not n or not m or "".join(old_keys) == "".join(new_keys):
        return [_whole(n, m)]
    head: list[Op] = []
    a0, b0, a1, b1 = 0, 0, n, m
    while a0 < a1 and b0 < b1 and (hit := _edge(old[a0:a1], new[b0:b1], at_end=False)) is not None:
        tag, i, j = hit
        head.append((tag, a0, a0 + i, b0, b0 + j))
        a0, b0 = a0 + i, b0 + j
    tail: list[Op] = []
    while a0 < a1 and b0 < b1 and (hit := _edge(old[a0:a1], new[b0:b1], at_end=True)) is not None:
        tag, i, j = hit
        tail.insert(0, (tag, a1 - i, a1, b1 - j, b1))
        a1, b1 = a1 - i, b1 - j
    middle: list[Op] = []
    if a1 - a0 == b1 - b0 <= _PAIR_MAX and not _cross_match(old_keys[a0:a1], new_keys[b0:b1]):
        middle = [("replace", a0 + i, a0 + i + 1, b0 + i, b0 + i + 1) for i in range(a1 - a0)]
    elif a1 > a0 or b1 > b0:
        tag, _, x1, _, y1 = _whole(a1 - a0, b1 - b0)
        middle = [(tag, a0, a0 + x1, b0, b0 + y1)]
    return head + middle + tail


# Sizes of word groups tried at each end of a run: one word for one, or a name written as one
# word on one side and two on the other ("al-Sham" / "Al Sham").
_EDGE_SIZES = ((1, 1), (1, 2), (2, 1))


def _edge(old: Sequence[str], new: Sequence[str], at_end: bool) -> tuple[OpTag, int, int] | None:
    """Return how many words at one end of both runs are the same words, and whether written alike.

    "equal" when only punctuation differs ("Hama," / "Hama"), "replace" when case, spacing or
    spelling differs ("Rebel" / "rebel", "al-Sham" / "Al Sham", "Mohammed" / "Mohammad").
    """
    for i, j in _EDGE_SIZES:
        if i > len(old) or j > len(new):
            continue
        o = " ".join(old[len(old) - i :] if at_end else old[:i])
        w = " ".join(new[len(new) - j :] if at_end else new[:j])
        if not word_key(o):
            continue
        if word_key(o) == word_key(w):
            return ("equal" if i == j and _skeleton(o) == _skeleton(w) else "replace"), i, j
        if _same_words(o, w) == "spelling":
            return "replace", i, j
    return None


def _whole(n: int, m: int) -> Op:
    """Return one opcode covering both runs."""
    tag: OpTag = "replace" if n and m else ("delete" if n else "insert")
    return (tag, 0, n, 0, m)


def _cross_match(old_keys: Sequence[str], new_keys: Sequence[str]) -> bool:
    """Return True when a word of one side stands at another place on the other side (words moved)."""
    return any(k == new_keys[j] for i, k in enumerate(old_keys) for j in range(len(new_keys)) if i != j and k)


def classify_change(old: str, new: str, in_quote: bool = False) -> ChangeKind:
    """Return what kind of edit replacing old by new is.

    Rules, first match wins:
    1. a number differs (both sides hold figures, or a short change adds or drops one):
       figure ("727" -> "728", "13,000" -> "131,000", "1.5 million" -> "1.5 billion");
    2. the same words written with other punctuation, spacing, abbreviation or number format:
       style ("…" -> "...", "50 per cent" -> "50-per-cent", "pct" -> "%", "three" -> "3");
    3. the same name or word spelt otherwise (case, hyphens, accents, al- prefixes, vowels of
       a transliterated name, British/American endings): spelling ("Al-Qaeda" -> "Al Qaida",
       "Mohammed" -> "Mohammad", "organise" -> "organize");
    4. other words changed inside a quotation: quotation (a quote must not be edited);
    5. the same word inflected otherwise (tense, number, possessive): grammar ("raged" -> "rages");
    6. a short replacement of a content word or term: terminology ("rebels" -> "militants");
    7. anything else: rewording.
    """
    for rule in _RULES:
        kind = rule(old, new, in_quote)
        if kind is not None:
            return kind
    return "rewording"


def _figure_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return figure when a number differs (rule 1)."""
    old_figures, new_figures = figures(old), figures(new)
    short = len(old.split()) <= _FIGURE_SPAN and len(new.split()) <= _FIGURE_SPAN
    if old_figures == new_figures:
        return None
    if (old_figures and new_figures) or (short and _DIGIT.search(old + new) is not None):
        return "figure"
    return None


def _possessive_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return grammar for a possessive added or dropped ("the government’s sending" -> "the government sending")."""
    if _skeleton(_POSSESSIVE.sub("", old)) == _skeleton(_POSSESSIVE.sub("", new)) != _skeleton(old):
        return "grammar"
    return None


def _same_words_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return style or spelling for the same words written otherwise (rules 2 and 3)."""
    return _same_words(old, new)


def _quotation_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return quotation for other words changed inside a quotation (rule 4)."""
    return "quotation" if in_quote else None


def _grammar_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return grammar for the same words in another tense or number (rule 5)."""
    return "grammar" if _inflected(old, new) else None


def _terminology_rule(old: str, new: str, in_quote: bool) -> ChangeKind | None:
    """Return terminology for a short term replaced by another of about its length (rule 6)."""
    n, m = len(old.split()), len(new.split())
    if n <= _TERM_WORDS and m <= _TERM_WORDS and abs(n - m) <= 1 and _has_content(old) and _has_content(new):
        return "terminology"
    return None


_RULES: tuple[Callable[[str, str, bool], ChangeKind | None], ...] = (
    _figure_rule,
    _possessive_rule,
    _same_words_rule,
    _quotation_rule,
    _grammar_rule,
    _terminology_rule,
)


def figures(text: str) -> list[str]:
    """Return the figures of text as values: separators dropped, number words and scales applied."""
    return [_value(match) for match in _FIGURE.finditer(fold_for_matching(text))]


def _value(match: re.Match[str]) -> str:
    """Return the value of one figure as written: "10.5 million" -> "10500000", "three" -> "3"."""
    digits, word, scale, bare = match.groups()
    if bare:
        return bare.lower()
    number = digits.replace(",", "") if digits else _NUMBER_WORDS[word.lower()]
    if not scale:
        return number
    try:
        value = Decimal(number) * _SCALE[scale.lower()]
    except InvalidOperation:  # "6-3/16 million": keep the figure as written
        return f"{number} {scale.lower()}"
    return format(value.normalize(), "f")


def _has_content(text: str) -> bool:
    """Return True when text holds a word that is not a function word ("the", "on", "a")."""
    return any(w not in _FUNCTION_WORDS for w in _ALNUM.findall(text.lower()))


def _same_words(old: str, new: str) -> ChangeKind | None:
    """Return style or spelling when old and new are the same words written differently."""
    names = _is_name(old) and _is_name(new)
    if _skeleton(old) == _skeleton(new):
        # Only punctuation differs. A name joined or split ("Al-Qaeda" -> "Al Qaeda") is a
        # transliteration; "50 per cent" -> "50-per-cent" is house style.
        return "spelling" if names and len(old.split()) != len(new.split()) else "style"
    if _numeric(old) == _numeric(new):
        # Equal only through the house-style table or number format: style; through case,
        # accents or hyphens ("al-Assad" -> "Al Assad"): spelling.
        return "spelling" if _unaccented(old) == _unaccented(new) else "style"
    if _spelling_key(old, names) == _spelling_key(new, names):
        return "spelling"
    return None


def _is_name(text: str) -> bool:
    """Return True when every word of text is capitalised or an Arabic article ("Al Qaida", "al-Assad")."""
    words = [w for w in _ALNUM.findall(text) if not w.isdigit()]
    return bool(words) and all(w[0].isupper() or w.lower() in _ARTICLE_WORDS for w in words)


def _skeleton(text: str) -> str:
    """Return only the letters and digits of text, case kept."""
    return "".join(_ALNUM.findall(unicodedata.normalize("NFC", text)))


def _unaccented(text: str) -> str:
    """Return the letters and digits of text, lower-cased and without accents."""
    return strip_accents(_skeleton(text).lower())


def _numeric(text: str) -> str:
    """Return the letters and digits of text folded: case, accents, house-style abbreviations, figures."""
    folded = _FIGURE.sub(lambda m: " " + _value(m).replace(".", "p") + " ", fold_for_matching(text))
    return "".join(_ABBREVIATIONS.get(w, w) for w in _ALNUM.findall(folded))


def _spelling_key(text: str, names: bool) -> str:
    """Return text folded to what a respelling keeps: for names, only the consonants."""
    words: list[str] = []
    for token in strip_accents(text).split():
        plain = _ARTICLE.sub("", fold_plain(token).removesuffix("'s"))
        # Each part of a hyphenated word is respelt on its own: "labour-intensive".
        for part in _ALNUM.findall(plain):
            if part in _ARTICLE_WORDS:
                continue
            respelt = part
            for pattern, american in _BRITISH:
                respelt = pattern.sub(american, respelt)
            words.append(respelt)
    key = "".join(words)
    if names:
        consonants = _DOUBLED.sub(r"\1", _VOWELS.sub("", key))
        if len(consonants) >= _NAME_KEY_MIN:
            return consonants
    return key


def _inflected(old: str, new: str) -> bool:
    """Return True when old and new are the same words in another tense or number.

    Auxiliaries are set aside ("has risen" -> "rose"), then each remaining word must share a
    stem with the word at its place on the other side, and at least one word must differ.
    """
    a, b = _ALNUM.findall(old.lower()), _ALNUM.findall(new.lower())
    if len(a) != len(b):
        a = [w for w in a if w not in _AUXILIARIES]
        b = [w for w in b if w not in _AUXILIARIES]
    if not a or len(a) != len(b) or a == b:
        return False
    return all(_stems(x) & _stems(y) for x, y in zip(a, b, strict=True))


def _stems(word: str) -> set[str]:
    """Return the stems a word may have once an inflectional ending is taken off."""
    if word in _IRREGULAR:
        return {_IRREGULAR[word]}
    stems = {word}
    for ending in _INFLECTIONS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= _STEM_MIN:
            stems |= {stem, stem + "e", _DOUBLED.sub(r"\1", stem)}
    return stems
