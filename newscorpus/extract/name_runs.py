"""Candidate names: the words of a paragraph, and the runs of capitalised words that may be names.

A run is cut at sentence stops, possessives, tickers, month and weekday names, and at an "and"
that joins two names ("Hezbollah and Russia") rather than sits inside one ("Securities and
Exchange Commission"). Which kind of name a run holds is `name_kinds`' question.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import AND_KEEPS, CALENDAR, CONNECTORS, ORG_CUES, STOPWORDS, TITLES
from .gazetteer import Gazetteer
from .name_acronyms import join_spelled_acronyms
from .name_junk import is_demonym
from .name_tokens import Run, Tok
from .name_words import CONTRACTION, HONORIFICS, KEEP_DOT, POSITION_CODES, WORD_ENDINGS
from .text import MONTHS, fold_name

# A word of a name: letters with inner hyphens, apostrophes, ampersands and dots (not an ellipsis nor a full
# stop run into a sentence: "home...New York"; "St.Louis" stays); a name in angle brackets (<Mutual Shares Corp>;
# tickers, <NEM>, are dropped later); an ampersand joining two names' words ("Rogers & Cowan"). A slash before
# a capital joins the parts of one name ("Audio/Video Inc"); places so joined ("Canada/U.S.") are split later.
_PART = r"(?:[\w’'&\-]|\.(?!\.|(?<=[a-z]{2}\.)[A-Z][a-z]))"
_TOKEN = re.compile(rf"<[^<>\n]{{1,60}}>|[^\W\d_]{_PART}*(?:/[A-Z][\w’'.&\-]*)*|(?<= )&(?= [A-Z])")
# A bracketed word inside a company's name, before its legal form: "LBI Finance (HK) Ltd".
_BRACKET_IN_NAME = re.compile(
    r"\([A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?\)\s(?:Ltd|Inc|Corp|Co|Plc|PLC|BV|NV|AG|SA|LLC|GmbH|Pty|Bhd|Pte|Limited)\b"
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ABBREV_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+$")
# "US-based", "Islamist-led", "Iranian-backed", "a Richard O'Brien-style makeover": the first part is the name.
# Web news adds "NASA-inspired", "GOP-dominated", "al-Qaida-linked", "San Diego-headquartered", "Hong Kong-flagged".
_COMPOUND_SUFFIX = re.compile(
    r"-(?:based|led|backed|born|owned|run|controlled|made|held|listed|style|like|era|area|inspired|dominated|"
    r"affiliated|linked|sponsored|funded|allied|aligned|leaning|headquartered|flagged|registered|bound|raised)$"
)
# A run longer than any name is a line set in capitals (a headline, a table): no names in it.
_MAX_RUN_WORDS = 16
# Marks after which a capitalised word opens its sentence as much as at the paragraph's start.
_OPENING_MARKS = ("“", '"', "‘", "(", "—", "-", ":")
# A wire ticker code in angle brackets (<NEM>, <CPC.N>); a mixed-case name in them (<Finnair>) is a name.
TICKER = re.compile(r"^<[A-Z0-9.\- ]+>$")
# A ticker keyed in other case, which a wire writes right after the name as it does one in capitals
# ("Marriott Corp <mhs>", "Reuters Holdings Plc <RtrSY>", "Nokia Oy <Neoy.He>"): lower case, a market's
# code after a dot, or a short code with a capital inside; not a name (<Skyways>) nor a legal form (<Ltd>).
CASED_TICKER = re.compile(r"^<(?:[a-z][a-z0-9]{0,5}|\w+(?:\.\w+)+\.?|(?=\w{2,6}>)[A-Z]+[a-z]*[A-Z]\w*)>$")
# A ticker after a name: "Citicorp <CCI>", "Apple Inc (AAPL.O)".
TICKER_AFTER = re.compile(r"\s*(?:<[A-Z][A-Z0-9.\-]{0,9}>|\([A-Z]{1,5}\.[A-Z]{1,2}\))")
# Initials that open a name ("W.A. Kistler", "C. Fred Bergsten").
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


@dataclass(frozen=True)
class Ctx:
    """The paragraph being read and what the finder knows while reading it."""

    paragraph: str
    index: int
    gaz: Gazetteer
    seen_inside: frozenset[str]
    runs: tuple[str, ...] = ()
    """Every run of capitalised words in the article, to tell a short form ("Nordwind Shipping")."""
    current: str = ""
    """The run being classified, which does not count as a longer run of its own start."""
    speakers: frozenset[str] = frozenset()
    """Single capitalised words a speech verb follows somewhere in the article ("Ramos said")."""
    alone: frozenset[str] = frozenset()
    """Single capitalised words the article writes as a name of their own somewhere ("Prince fell")."""


@functools.lru_cache(maxsize=1 << 16)
def _clean_word(raw: str) -> tuple[str, bool]:
    """Return a word without a final full stop, possessive or compound suffix, and whether a run ends after it."""
    if ("'" in raw or "’" in raw) and CONTRACTION.fullmatch(raw):  # asked of every word: the test first
        return "", True
    text, ends = raw, False
    if text[-1] in "'’" and text[-2:-1] == ".":  # a closing quotation mark after a full stop: "… Storrie.'"
        text = text[:-1]
    if text.endswith(".") and not _ABBREV_DOTTED.match(text) and text.lower() not in KEEP_DOT:
        text = text.rstrip(".")
        ends = True
    if _POSSESSIVE.search(text) and len(text) > 3:
        text = text[:-2] if text[-2] in "'’" else text[:-1]
        ends = True
    suffix = _COMPOUND_SUFFIX.search(text)
    if suffix:
        text = text[: suffix.start()]
        ends = True
    return (text if text == "&" else text.rstrip("-'’&")), ends


@functools.lru_cache(maxsize=1 << 16)
def is_cap(text: str) -> bool:
    """Return True for a word written with a capital, also after an "al-" particle."""
    if text.startswith("<"):
        return True
    head = text.split("-", 1)
    if len(head) == 2 and head[0].lower() in ("al", "el", "ad", "as") and head[1][:1].isupper():
        return True
    return text[:1].isupper()


def find_runs(paragraph: str, start: int, end: int) -> list[Run]:  # noqa: PLR0912
    """Return runs of capitalised words (with connectors inside) and whether each opens the sentence."""
    runs: list[Run] = []
    current: list[Tok] = []
    first_token = True
    current_initial = False
    bracketed = False
    last_end = -1
    # Words are read as (text, start, end) and made a `Tok` only when a run keeps them: most are not.
    for match in _TOKEN.finditer(paragraph, start, end):
        raw = match.group()
        text, ends = _clean_word(raw)
        if not current and raw[0].islower() and "-" not in raw:
            # A lower-case word outside a run (most words; its cleaned text keeps its first letter)
            # opens none: only where it ends counts. Told here before any other look at it.
            first_token, last_end = False, (-2 if ends else match.end())
            continue
        if not text:
            continue
        tok_start = match.start()
        tok_end = tok_start + len(text)
        if text[0] == "<" and (TICKER.match(text) or CASED_TICKER.match(text)):
            # A ticker code (<NEM>) is no part of a name and ends the one before it.
            if current:
                runs.append((current, current_initial))
            current, first_token, last_end = [], False, -2
            continue
        # `is_cap` asked only where its answer is not the first letter's case: a ticker, "al-Assad".
        cap = text[0].isupper() or ((text[0] == "<" or "-" in text) and is_cap(text))
        if not current and not cap:
            # A lower-case word outside a run opens none: only where it ends counts.
            first_token, last_end = False, (-2 if ends else match.end())
            continue
        gap = paragraph[last_end:tok_start] if last_end >= 0 else ""
        joined = last_end >= 0 and gap in (" ", "")
        if current and not joined and gap == " (" and _BRACKET_IN_NAME.match(paragraph, tok_start - 1):
            joined, bracketed = True, True
        elif current and bracketed and gap == ") ":
            joined, bracketed = True, False
        if current and joined and (cap or text.lower() in CONNECTORS):
            current.append(Tok(text, tok_start, tok_end))
        else:
            if current:
                runs.append((current, current_initial))
            current = [Tok(text, tok_start, tok_end)] if cap else []
            current_initial = first_token or paragraph[last_end:tok_start].strip() in _OPENING_MARKS
        first_token = False
        last_end = match.end() if not ends else tok_end
        if ends:
            if current:
                runs.append((current, current_initial))
            current = []
            last_end = -2  # nothing joins across a possessive or a sentence stop
    if current:
        runs.append((current, current_initial))
    trimmed = ((trim(run), run, initial) for run, initial in runs)
    kept = [(t, initial) for t, run, initial in trimmed if t and len(run) <= _MAX_RUN_WORDS and not _shouted(run)]
    return _join_comma_firms(join_spelled_acronyms(kept, paragraph), paragraph)


def _shouted(run: list[Tok]) -> bool:
    """Return True for a line set in capitals: five words or more, every one upper-case ("LAUREN ALAINA IS …")."""
    return len(run) >= _MIN_SHOUTED_WORDS and all(t.text.isupper() for t in run)


# Fewest words of a run set all in capitals that is a headline or a link, not a name.
_MIN_SHOUTED_WORDS = 5
# The legal forms that may close a partners' firm written with a comma ("Kidder, Peabody and Co Inc").
_FIRM_FORMS = frozenset({"inc", "ltd", "corp"})


def _join_comma_firms(runs: list[Run], paragraph: str) -> list[Run]:
    """Join "Goldman, Sachs and Co": a partners' firm written with a comma between the names.

    Only a single word (alone, or after "of" or "and" in its run: "John Weinberg of Goldman"), a comma, then one
    name "and Co" (or Sons, Partners), maybe its legal form, maybe "and" another name ("Kidder, Peabody and Co Inc
    and Goldman"): a list of companies ("Ford, Chrysler and General Motors Corp") has more before its suffix.
    """
    joined: list[Run] = []
    for run, initial in runs:
        words = [t.text for t in run]
        previous = joined[-1][0] if joined else []
        comma = bool(previous) and paragraph[previous[-1].end : run[0].start] == ", "
        head = _partner_and_co(words)
        if comma and head and (len(previous) == 1 or previous[-2].text in ("of", "and")):
            _, previous_initial = joined.pop()
            if len(previous) > 1:
                joined.append((trim(previous[:-1]), previous_initial))
            joined.append(([previous[-1], *run[:head]], previous_initial and len(previous) == 1))
            if rest := trim(run[head:]):
                joined.append((rest, False))
            continue
        if comma and _two_partners(previous, words):
            # "Smith Barney, Harris Upham and Co Inc": two names, a comma, two more "and Co".
            _, previous_initial = joined.pop()
            joined.append(([*previous, *run], previous_initial))
            continue
        joined.append((run, initial))
    return joined


def _partner_and_co(words: list[str]) -> int:
    """Return how many words of a run are one name "and Co", maybe legal forms, before its end or "and"; or 0."""
    if len(words) < 3 or words[1] != "and" or words[2].lower() not in AND_KEEPS:
        return 0
    size = 3
    while size < len(words) and fold_name(words[size]).rstrip(".") in _FIRM_FORMS:
        size += 1
    return size if size == len(words) or words[size] == "and" else 0


def _two_partners(previous: list[Tok], words: list[str]) -> bool:
    """Return True for two capitalised names before a comma and two more, "and Co" (maybe "Inc"), after it."""
    return (
        len(previous) == 2
        and all(t.text[:1].isupper() and t.text.lower() not in CONNECTORS for t in previous)
        and all(w[:1].isupper() for w in words[:2])
        and _partner_and_co(words[1:]) == len(words) - 1 >= 3
    )


def trim(run: list[Tok]) -> list[Tok]:
    """Return a run without connectors at either end."""
    while run and run[-1].text.lower() in CONNECTORS and not is_cap(run[-1].text):
        run = run[:-1]
    while run and run[0].text.lower() in CONNECTORS and not is_cap(run[0].text):
        run = run[1:]
    return run


def split_calendar(run: list[Tok], gaz: Gazetteer | None = None, paragraph: str = "") -> list[list[Tok]]:
    """Return a run cut at month and weekday names, which are never part of a name ("March OPEC"),
    except a month that is a surname after a given name and before no number ("Theresa May said")."""
    parts: list[list[Tok]] = [[]]
    for at, tok in enumerate(run):
        surname = (
            gaz is not None
            and at > 0
            and tok.text in MONTHS
            and run[at - 1].text in gaz.given_names
            and fold_name(run[at - 1].text) not in STOPWORDS  # "In March Ecuador said"
            and fold_name(run[at - 1].text) not in gaz.places  # "the London May price": a market's month
            and not _NUMBER_AFTER.match(paragraph, tok.end)
        )
        if tok.text.rstrip(".") in CALENDAR and not surname and not _given_abbreviation(run, at, gaz, paragraph):
            parts.append([])
        else:
            parts[-1].append(tok)
    return [trim(p) for p in parts if trim(p)]


# A day or a year after a month: "May 5", "March 2019", "June, 2020".
_NUMBER_AFTER = re.compile(r",?\s*\d")
# Letters of a month's short name ("Jan", "Jun").
_SHORT_NAME = 3
# Words after a month's short name in a table's heading, not a surname ("Jan Four weeks").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})


def _given_abbreviation(run: list[Tok], at: int, gaz: Gazetteer | None, paragraph: str) -> bool:
    """Return True for a month's short name that is a given name opening a person's name, undotted and before no
    number ("Jan Egeland", "Jan Vertonghen"; not "Jan 5", "Jan. 5", "Jan Four", "Jan Sales")."""
    tok = run[at]
    if gaz is None or at + 1 >= len(run) or tok.text not in gaz.given_names or len(tok.text) > _SHORT_NAME:
        return False  # not a weekday's or a month's whole name ("on Sunday Obama said")
    after = run[at + 1].text
    if after.rstrip(".") in CALENDAR or fold_name(after) in _NUMBER_WORDS or fold_name(after) in STOPWORDS:
        return False
    # A surname, not a plural, a verb or an adverb of a heading in title case ("Jan Sales Rose 5 Pct").
    shaped = after.istitle() and after.isalpha() and not after.endswith(WORD_ENDINGS)
    return shaped and not _NUMBER_AFTER.match(paragraph, tok.end)


def capitalised_inside(
    runs: Sequence[Sequence[Run]],
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return words written with a capital somewhere other than a sentence start, and every run's text."""
    seen: set[str] = set()
    texts: list[str] = []
    for paragraph_runs in runs:
        for run, initial in paragraph_runs:
            tokens = run[1:] if initial else run
            seen.update(t.text for t in tokens)
            texts.append(" ".join(t.text for t in run))
    return frozenset(seen), tuple(texts)


@functools.lru_cache(maxsize=1 << 16)
def is_title(word: str) -> bool:
    """Return True for a title word, also hyphenated ("Vice-President"), not capitals ("MS Dhoni"); a position: "QB"."""
    folded = fold_name(word).rstrip(".")
    honorific_in_capitals = word.isupper() and folded in HONORIFICS  # initials ("MS Dhoni") or a code ("DR Congo")
    parts = (folded, *(part.rstrip(".") for part in folded.split("-")))  # "Vice-President", "Gov.-elect"
    return word in POSITION_CODES or (not honorific_in_capitals and any(part in TITLES for part in parts if part))


def surname_word(word: str) -> bool:
    """Return True for a word after a given name that is its surname, not a title or a date ("Theresa May")."""
    return is_title(word) or is_demonym(word) or word in MONTHS


def has_org_cue(words: Sequence[str]) -> bool:
    """Return True when a word is one that names organisations ("Commission", "Corp")."""
    return any(map(_org_cue, words))


@functools.lru_cache(maxsize=1 << 16)
def _org_cue(word: str) -> bool:
    """Return True for one word that names organisations, cached (`has_org_cue`)."""
    return fold_name(word).rstrip(".") in ORG_CUES


def longer_runs(text: str, ctx: Ctx) -> list[str]:
    """Return the longer names in the article that text opens ("General Electric" … "Co")."""
    prefix = " ".join(text.split()) + " "
    return [run for run in ctx.runs if run.startswith(prefix) and run != ctx.current]


def opens_longer_run(text: str, ctx: Ctx) -> bool:
    """Return True when text is the start of a longer name in the article ("Nordwind Shipping" … "Corp")."""
    prefix = " ".join(text.split()) + " "
    # The runs opening with the prefix stand together in the sorted runs, from where it would go.
    runs = _sorted_runs(ctx.runs)
    at = bisect.bisect_left(runs, prefix)
    while at < len(runs) and runs[at].startswith(prefix):
        if runs[at] != ctx.current:
            return True
        at += 1
    return False


@functools.lru_cache(maxsize=4)
def _sorted_runs(runs: tuple[str, ...]) -> tuple[str, ...]:
    """Return an article's runs sorted, made once per article for `opens_longer_run`."""
    return tuple(sorted(runs))


_NAME_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")


def name_shaped(words: Sequence[str]) -> bool:
    """Return True for 2-4 words that could be a person's name (no digits, no all-capitals)."""
    core = [w for w in words if w.lower() not in CONNECTORS]
    return 1 <= len(core) <= 4 and all(
        _NAME_WORD.fullmatch(w) and (not (w.isupper() and len(w) > 2) or INITIALS.match(w)) for w in core
    )
