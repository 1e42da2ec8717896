"""An article's body as the words matching compares: folded, house-style-neutral, quote-aware."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..model import Article

# Blocks that are page furniture, not story: outlets add them around wire copy, so two
# unrelated stories from one site share them word for word. Each pattern matches a whole block.
BOILERPLATE = tuple(
    re.compile(p, re.I)
    for p in (
        r"^(?:©|\(c\)|copyright\b).{0,200}$",  # "© 2024 AFP", "Copyright 2024 The Associated Press."
        r"^all rights reserved\.?$",
        r"^(?:photo|picture|image|file photo|video)\s*(?:credit)?\s*[:|/-].{0,200}$",  # captions and credits
        # "Related: …", "READ MORE: …", "See also - …": link lists, always with a separator.
        r"^(?:related(?: stories| articles| coverage| content| links)?|read more|see also|more on this|"
        r"also read|recommended|most read)\s*[:|»>–—-].{0,300}$",
        r"^.{0,120}\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|alerts|inbox)\b.{0,120}$",
        r"^(?:follow|like) us on\b.{0,200}$",
        r"^(?:click here|download (?:our|the) app)\b.{0,200}$",
        r"^(?:this (?:article|story) (?:was|has been) (?:first )?(?:published|updated|corrected)).{0,200}$",
        # Syndication notes outlets put under agency copy ("published from a wire agency feed",
        # "auto-generated from a syndicated feed", "with inputs from AFP", "AP contributed").
        r"^\(?.{0,160}\b(?:published|generated|taken|sourced|reproduced) (?:from|via) (?:an? |the )?"
        r"(?:wire |news )?(?:agency|syndicated|wire|news) feed\b.{0,200}$",
        r"^\(?(?:with )?inputs? from\b.{0,80}$",
        r"^.{0,80}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$",
        r"^(?:advertisement|share this article|share on \w+|print this page)\.?$",
        r"^(?:also read|watch|listen)\s*[:|].{0,300}$",
        r"^reut(?:er|ers)?\.?$",  # the wire sign-off on a line of its own
        r"^(?:\w+ )?\(?(?:reporting|writing|editing|additional reporting) by\b.{0,300}$",  # wire credits
    )
)

# Every pattern above bounds its length: a longer block is never furniture.
_BOILERPLATE_MAX = 420
_ANY_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE), re.I)

# House-style spellings of one word, folded before comparing so a copy desk's style is not
# taken for a different text: Reuters' "pct"/"mln"/"dlrs"/"qtly", British "per cent", "%" signs.
_EQUIVALENT = re.compile(r"\bper\s+cent\b|%|\bpct\b|\bmln\b|\bmn\b|\bbln\b|\bbn\b|\bdlrs?\b|\bus\$|\$|\bqtr?ly\b")
_EQUIVALENT_MARKERS = ("per", "%", "pct", "mn", "mln", "bn", "bln", "dlr", "$", "ly")
_EQUIVALENT_WORD = {
    "p": " percent ",
    "%": " percent ",
    "m": " million ",
    "b": " billion ",
    "d": " dollars ",
    "q": " quarterly ",
}
# Full stops inside initialisms ("U.S.", "U.N.") and possessive endings ("Assad’s") go, so that
# "US" and "U.S.", "Assad" and "Assad’s" are one word.
_INITIAL_DOT = re.compile(r"\b([^\W\d_])\.([^\W\d_])\b\.?")
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD_OR_QUOTE = re.compile(r"[“”\"«»]|[^\W_]+")
# A figure as written: "4,472,000", "1.5", "6-3/16" (a fraction is one figure), or a number word.
# Headline markers of a corrected or repeated wire story, which may change figures.
CORRECTION = re.compile(r"\b(?:CORRECTED|CORRECTION|CORRECTS|REFILE|REPEAT|RPT)\b", re.I)
_NUMBER = re.compile(
    r"\d+(?:[.,/-]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b",
    re.I,
)
# A calendar date as wire copy writes it: "April 7", "APRIL 7", "Apr. 7", "7 April".
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS}))\b", re.I)
# A name-like word: capitalised, initialisms with their dots ("U.S.").
_CAPITALISED = re.compile(r"\b[A-Z](?:[\w'’-]|\.(?=\w))*")
# Capitalised only because they open a sentence: never a name.
_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "the a an in on at for of to by from with as after before but and or it its he she they we i "
        "this that these those there his her their our some most many all no not when while if",
    )
)
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")


def fold(text: str) -> str:
    """Return text lower-cased with accents removed and house-style spellings made one."""
    folded = text.lower()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    if "." in folded:
        folded = _INITIAL_DOT.sub(r"\1\2", folded)
    if "'" in folded or "’" in folded:
        folded = _POSSESSIVE.sub("", folded)
    if any(marker in folded for marker in _EQUIVALENT_MARKERS):
        folded = _EQUIVALENT.sub(lambda m: _EQUIVALENT_WORD.get(m.group()[0], " dollars "), folded)
    return folded


def is_boilerplate(text: str) -> bool:
    """Return True when a block is page furniture (caption, copyright, newsletter prompt, links)."""
    clean = " ".join(text.split())
    return len(clean) <= _BOILERPLATE_MAX and _ANY_BOILERPLATE.match(clean) is not None


@dataclass(frozen=True)
class Words:
    """The words of an article's story blocks, with whether each stands inside a quotation."""

    words: tuple[str, ...]
    quoted: tuple[bool, ...]
    lede: int
    """How many of the first words belong to the first story paragraph."""
    numbers: frozenset[str]
    """The figures of the text as written, thousands separators dropped ("4,472,000" -> "4472000")."""
    lede_names: frozenset[str]
    """Folded capitalised words of the first paragraph, sentence openings left out: its subject."""
    lede_dates: frozenset[str] = frozenset()
    """Calendar dates in the first paragraph, as "apr 7": which day's item a daily table is."""


def story_words(article: Article) -> Words:
    """Return the comparable words of an article, boilerplate blocks left out."""
    words: list[str] = []
    quoted: list[bool] = []
    numbers: set[str] = set()
    names: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    lede = 0
    for block in article.blocks:
        if is_boilerplate(block.text):
            continue
        numbers.update(n.replace(",", "").lower() for n in _NUMBER.findall(block.text))
        block_words, block_quoted = _words_of(block.text)
        words += block_words
        quoted += block_quoted
        if not lede:
            lede = len(words)
            dates = frozenset(_date_key(m) for m in _DATE.finditer(block.text))
            capitalised = " ".join(_CAPITALISED.findall(block.text))
            names = frozenset(
                t for t in _WORD_OR_QUOTE.findall(fold(capitalised)) if t.isalpha() and len(t) > 1 and t not in _OPENERS
            )
    return Words(tuple(words), tuple(quoted), lede, frozenset(numbers), names if lede else frozenset(), dates)


def _date_key(match: re.Match[str]) -> str:
    """Return a date mention as "apr 7", whatever its order and spelling."""
    month = (match.group("m1") or match.group("m2"))[:3].lower()
    return f"{month} {int(match.group('d1') or match.group('d2'))}"


def _words_of(text: str) -> tuple[list[str], list[bool]]:
    """Return a block's folded words and, for each, whether it is inside quotation marks."""
    words: list[str] = []
    quoted: list[bool] = []
    inside = False
    for token in _WORD_OR_QUOTE.findall(fold(text)):
        if token in _OPENING:
            inside = True
        elif token in _CLOSING:
            inside = False
        elif token == '"':
            inside = not inside
        else:
            words.append(token)
            quoted.append(inside)
    return words, quoted


def title_words(title: str) -> frozenset[str]:
    """Return the folded words of a headline, for comparing two headlines."""
    return frozenset(t for t in _WORD_OR_QUOTE.findall(fold(title)) if t[0].isalnum())
