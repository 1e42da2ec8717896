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
from .edit_words import (
    ABBREVIATIONS,
    ALNUM,
    ARTICLE,
    ARTICLE_WORDS,
    AUXILIARIES,
    BRITISH,
    FIGURE,
    FUNCTION_WORDS,
    INFLECTIONS,
    IRREGULAR,
    NUMBER_WORD_VALUES,
    SCALE,
)
from .text import fold_for_matching

OpTag = Literal["equal", "replace", "insert", "delete"]
Op = tuple[OpTag, int, int, int, int]
"""(tag, old start, old end, new start, new end), as difflib's opcodes."""

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


_STEM_MIN = 3
# Name transliterations differ in vowels and doubled letters: "Mohammed"/"Mohammad",
# "Qaeda"/"Qaida", "Gadaffi"/"Gaddafi", "Tehran"/"Teheran". Names whose consonants leave
# fewer letters than this are too short to call one name ("Ali"/"Ola").
_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")
_NAME_KEY_MIN = 2


def word_key(token: str) -> str:
    """Return the form of a word that refinement compares: case and punctuation aside."""
    return "".join(ALNUM.findall(token.lower()))


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
    return [_value(match) for match in FIGURE.finditer(fold_for_matching(text))]


def _value(match: re.Match[str]) -> str:
    """Return the value of one figure as written: "10.5 million" -> "10500000", "three" -> "3"."""
    digits, word, scale, bare = match.groups()
    if bare:
        return bare.lower()
    number = digits.replace(",", "") if digits else NUMBER_WORD_VALUES[word.lower()]
    if not scale:
        return number
    try:
        value = Decimal(number) * SCALE[scale.lower()]
    except InvalidOperation:  # "6-3/16 million": keep the figure as written
        return f"{number} {scale.lower()}"
    return format(value.normalize(), "f")


def _has_content(text: str) -> bool:
    """Return True when text holds a word that is not a function word ("the", "on", "a")."""
    return any(w not in FUNCTION_WORDS for w in ALNUM.findall(text.lower()))


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
    words = [w for w in ALNUM.findall(text) if not w.isdigit()]
    return bool(words) and all(w[0].isupper() or w.lower() in ARTICLE_WORDS for w in words)


def _skeleton(text: str) -> str:
    """Return only the letters and digits of text, case kept."""
    return "".join(ALNUM.findall(unicodedata.normalize("NFC", text)))


def _unaccented(text: str) -> str:
    """Return the letters and digits of text, lower-cased and without accents."""
    return strip_accents(_skeleton(text).lower())


def _numeric(text: str) -> str:
    """Return the letters and digits of text folded: case, accents, house-style abbreviations, figures."""
    folded = FIGURE.sub(lambda m: " " + _value(m).replace(".", "p") + " ", fold_for_matching(text))
    return "".join(ABBREVIATIONS.get(w, w) for w in ALNUM.findall(folded))


def _spelling_key(text: str, names: bool) -> str:
    """Return text folded to what a respelling keeps: for names, only the consonants."""
    words: list[str] = []
    for token in strip_accents(text).split():
        plain = ARTICLE.sub("", fold_plain(token).removesuffix("'s"))
        # Each part of a hyphenated word is respelt on its own: "labour-intensive".
        for part in ALNUM.findall(plain):
            if part in ARTICLE_WORDS:
                continue
            respelt = part
            for pattern, american in BRITISH:
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
    a, b = ALNUM.findall(old.lower()), ALNUM.findall(new.lower())
    if len(a) != len(b):
        a = [w for w in a if w not in AUXILIARIES]
        b = [w for w in b if w not in AUXILIARIES]
    if not a or len(a) != len(b) or a == b:
        return False
    return all(_stems(x) & _stems(y) for x, y in zip(a, b, strict=True))


def _stems(word: str) -> set[str]:
    """Return the stems a word may have once an inflectional ending is taken off."""
    if word in IRREGULAR:
        return {IRREGULAR[word]}
    stems = {word}
    for ending in INFLECTIONS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= _STEM_MIN:
            stems |= {stem, stem + "e", _DOUBLED.sub(r"\1", stem)}
    return stems
