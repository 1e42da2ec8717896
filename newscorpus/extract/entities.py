"""People, organisations and places: find name mentions, then merge the forms of each name.

Finding is done by an `EntityBackend` (rules by default, see `backends.py`); merging the forms
("Bashar Al Assad", "Al Assad", "Assad") into one entity is the same whatever found them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import EntityKind
from .cues import (
    AND_KEEPS,
    CONNECTORS,
    DEMONYM_ENDINGS,
    DEMONYMS_IN_I,
    FACILITIES,
    GEO_FEATURES,
    INSTITUTIONS,
    KNOWN_ORG_NAMES,
    KNOWN_ORGS,
    NOT_ACRONYMS,
    NOT_ENTITIES,
    NOT_ORG_ENDINGS,
    ORG_CUES,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_ROLES,
    PORTFOLIOS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
)
from .gazetteer import CALENDAR, PLACE_ALIASES, Gazetteer
from .text import fold, sentence_spans

MentionKind = EntityKind | None


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in a paragraph; kind None when only merging can tell."""

    kind: MentionKind
    text: str
    paragraph: int
    start: int
    end: int
    person_cue: bool = False
    """The words around it say a person is meant ("analyst X", "X, 22,", "X said")."""
    otherwise: tuple[EntityKind, str] | None = None
    """Kind and name to use when the mention joins no entity named more surely elsewhere."""


@dataclass(frozen=True)
class Resolved:
    """A mention tied to the entity it names, for quote speakers and pronouns."""

    kind: EntityKind
    name: str
    paragraph: int
    start: int
    end: int
    subject: bool = False
    """Followed by a verb, as the subject of its clause: what "he said" later refers back to."""


# A word of a name: letters with inner hyphens, apostrophes, dots and ampersands; or a name in
# angle brackets as wires write them (<Mutual Shares Corp>); tickers (<NEM>) are dropped later.
# A slash before a capital joins the parts of one name ("Audio/Video Affiliates Inc"); places
# joined so ("Chimbote/Kaohsiung", "Canada/U.S.") are split again when classified.
_TOKEN = re.compile(r"<[^<>\n]{1,60}>|[^\W\d_][\w’'.&\-]*(?:/[A-Z][\w’'.&\-]*)*")
# A bracketed word inside a company's name, before its legal form: "LBI Finance (HK) Ltd".
_BRACKET_IN_NAME = re.compile(
    r"\([A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?\)\s(?:Ltd|Inc|Corp|Co|Plc|PLC|BV|NV|AG|SA|LLC|GmbH|Pty|Bhd|Pte|Limited)\b"
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ABBREV_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+$")
_KEEP_DOT = frozenset(
    {
        "corp.",
        "inc.",
        "co.",
        "ltd.",
        "jr.",
        "sr.",
        "st.",
        "mr.",
        "mrs.",
        "dr.",
        "ms.",
        "gen.",
        "sen.",
        "rep.",
        "gov.",
        "lt.",
        "col.",
        "bros.",
    }
)
# Initials that open a name ("W.A. Kistler", "C. Fred Bergsten").
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
# "US-based", "Islamist-led", "Iranian-backed": the first part is the name.
_COMPOUND_SUFFIX = re.compile(r"-(?:based|led|backed|born|owned|run|controlled|made|held|listed)$")
_AGE_AFTER = re.compile(r"^,\s*(?:an?\s+)?\d{1,3}(?:-year-old|,)")
# An appositive naming a person's role: "Okoro, a delegate at the summit,", "Lee, the company's founder".
_ROLES = "|".join(sorted(PERSON_ROLES))
_ROLE_AFTER = re.compile(
    rf"^,\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?|(?:[\w’'-]+\s+){{0,2}})(?:{_ROLES})\b(?!\s+of\s+the\s+company)"
)
# The end of a clause right after a word: "…, said Denman." / "said Denman, who …".
_CLAUSE_END = re.compile(r"^(?:[,.;]|\s+(?:in|on|at|during|after|when)\b|$)")
_SPEECH_AFTER = re.compile(rf"^\s*(?:{SPEECH_VERBS})\b")
_MAX_RUN_WORDS = 16
# A wire ticker code in angle brackets (<NEM>, <CPC.N>); a mixed-case name in them (<Finnair>) is a name.
_TICKER = re.compile(r"^<[A-Z0-9.\- ]+>$")
_SUFFIX_DOT = re.compile(r"\b(Corp|Inc|Co|Ltd|Bros|Plc)\.$")
_TICKER_AFTER = re.compile(r"\s*(?:<[A-Z][A-Z0-9.\-]{0,9}>|\([A-Z]{1,5}\.[A-Z]{1,2}\))")
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z]{2,6})\)")
_PARENACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)")


def find_rule_mentions(paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the name mentions in paragraphs, found by capitals, gazetteers and cue words."""
    runs = [[run for start, end in sentence_spans(p) for run in _runs(p, start, end)] for p in paragraphs]
    seen_inside, all_runs = _capitalised_inside(runs)
    mentions: list[Mention] = []
    for index, paragraph in enumerate(paragraphs):
        for run in runs[index]:
            current = " ".join(t.text for t in run[0])
            mentions += _classify(run, _Ctx(paragraph, index, gazetteer, seen_inside, all_runs, current))
    # An acronym once spelled out in lower-case words ("deposit taking company (DTC)") names a
    # kind of thing everywhere in the article ("its DTC unit"), not an organisation.
    things = {
        m.group("acr")
        for paragraph in paragraphs
        for m in _BRACKETED_ACRONYM.finditer(paragraph)
        if _spelled_in_lower_case(m.group("acr"), paragraph[: m.start() + 1])
    }
    return [m for m in mentions if m.text not in things] if things else mentions


@dataclass(frozen=True)
class _Ctx:
    """The paragraph being read and what the finder knows while reading it."""

    paragraph: str
    index: int
    gaz: Gazetteer
    seen_inside: frozenset[str]
    runs: tuple[str, ...] = ()
    """Every run of capitalised words in the article, to tell a short form ("Nordwind Shipping")."""
    current: str = ""
    """The run being classified, which does not count as a longer run of its own start."""


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int


def _clean_token(raw: str, start: int) -> tuple[_Tok, bool] | None:
    """Return a token with a final full stop and possessive removed, and whether the run ends after it."""
    text = raw
    ends = False
    if text.endswith(".") and not _ABBREV_DOTTED.match(text) and text.lower() not in _KEEP_DOT:
        text = text.rstrip(".")
        ends = True
    if _POSSESSIVE.search(text) and len(text) > 3:
        text = text[:-2] if text[-2] in "'’" else text[:-1]
        ends = True
    suffix = _COMPOUND_SUFFIX.search(text)
    if suffix:
        text = text[: suffix.start()]
        ends = True
    text = text.rstrip("-'’&")
    if not text:
        return None
    return _Tok(text, start, start + len(text)), ends


def _is_cap(text: str) -> bool:
    """Return True for a word written with a capital, also after an "al-" particle."""
    if text.startswith("<"):
        return True
    head = text.split("-", 1)
    if len(head) == 2 and head[0].lower() in ("al", "el", "ad", "as") and head[1][:1].isupper():
        return True
    return text[:1].isupper()


def _runs(paragraph: str, start: int, end: int) -> list[tuple[list[_Tok], bool]]:
    """Return runs of capitalised words (with connectors inside) and whether each opens the sentence."""
    runs: list[tuple[list[_Tok], bool]] = []
    current: list[_Tok] = []
    first_token = True
    current_initial = False
    bracketed = False
    last_end = -1
    for match in _TOKEN.finditer(paragraph, start, end):
        cleaned = _clean_token(match.group(), match.start())
        if cleaned is None:
            continue
        tok, ends = cleaned
        if _TICKER.match(tok.text):
            # A ticker code (<NEM>) is no part of a name and ends the one before it.
            if current:
                runs.append((current, current_initial))
            current, first_token, last_end = [], False, -2
            continue
        gap = paragraph[last_end : tok.start] if last_end >= 0 else ""
        joined = last_end >= 0 and gap in (" ", "")
        if current and not joined and gap == " (" and _BRACKET_IN_NAME.match(paragraph, tok.start - 1):
            joined, bracketed = True, True
        elif current and bracketed and gap == ") ":
            joined, bracketed = True, False
        cap = _is_cap(tok.text)
        connector = tok.text.lower() in CONNECTORS and not cap
        if current and joined and (cap or connector):
            current.append(tok)
        else:
            if current:
                runs.append((current, current_initial))
            current = [tok] if cap else []
            current_initial = first_token or paragraph[last_end : tok.start].strip() in (
                "“",
                '"',
                "‘",
                "(",
                "—",
                "-",
                ":",
            )
        first_token = False
        last_end = match.end() if not ends else tok.end
        if ends:
            if current:
                runs.append((current, current_initial))
            current = []
            last_end = -2  # nothing joins across a possessive or a sentence stop
    if current:
        runs.append((current, current_initial))
    # A run longer than any name is a line set in capitals (a headline, a table): no names in it.
    kept = [(_trim(run), initial) for run, initial in runs if _trim(run) and len(run) <= _MAX_RUN_WORDS]
    return _join_comma_firms(kept, paragraph)


def _join_comma_firms(runs: list[tuple[list[_Tok], bool]], paragraph: str) -> list[tuple[list[_Tok], bool]]:
    """Join "Goldman, Sachs and Co": a partners' firm written with a comma between the names.

    Only a single word (alone, or after "of" or "and" in its run: "John Weinberg of Goldman"),
    a comma, then one name "and Co" (or Sons, Partners): a list of companies ("Ford, Chrysler and
    General Motors Corp") has more than a name before its suffix.
    """
    joined: list[tuple[list[_Tok], bool]] = []
    for run, initial in runs:
        words = [t.text for t in run]
        previous = joined[-1][0] if joined else []
        if (
            len(words) == 3
            and words[1] == "and"
            and words[2].lower() in AND_KEEPS
            and previous
            and (len(previous) == 1 or previous[-2].text in ("of", "and"))
            and paragraph[previous[-1].end : run[0].start] == ", "
        ):
            _, previous_initial = joined.pop()
            if len(previous) > 1:
                joined.append((_trim(previous[:-1]), previous_initial))
            joined.append(([previous[-1], *run], previous_initial and len(previous) == 1))
            continue
        joined.append((run, initial))
    return joined


def _trim(run: list[_Tok]) -> list[_Tok]:
    """Return a run without connectors at either end."""
    while run and run[-1].text.lower() in CONNECTORS and not _is_cap(run[-1].text):
        run = run[:-1]
    while run and run[0].text.lower() in CONNECTORS and not _is_cap(run[0].text):
        run = run[1:]
    return run


def _split_and(run: list[_Tok], gaz: Gazetteer) -> list[list[_Tok]]:
    """Return a run cut at "and" unless it joins one name ("Securities and Exchange Commission").

    "Hezbollah and Russia" is two names: the left part is a name on its own. "House Ways and
    Means Committee" is one: its left part is not, and the run holds an organisation word.
    """
    parts: list[list[_Tok]] = [[]]
    has_cue = _has_org_cue([t.text for t in run])
    for i, tok in enumerate(run):
        if tok.text.lower() in ("and", "&") and 0 < i < len(run) - 1:
            keep = run[i + 1].text.lower() in AND_KEEPS or (has_cue and not _complete(parts[-1], gaz))
            if not keep:
                parts.append([])
                continue
        parts[-1].append(tok)
    return [_trim(p) for p in parts if _trim(p)]


def _complete(part: list[_Tok], gaz: Gazetteer) -> bool:
    """Return True when words name something on their own: an organisation, a place or a known name."""
    words = [t.text for t in part]
    while words and fold(words[0]) in STOPWORDS:
        words = words[1:]
    folded = fold(" ".join(words))
    if not words:
        return False
    if words[0].startswith("<") or folded in gaz.places or folded in KNOWN_ORGS or folded in KNOWN_ORG_NAMES:
        return True
    # A titled person ("Treasury Secretary James Baker and …") or a given name and surname.
    titled = any(_is_title(w) and _is_cap(words[i + 1]) for i, w in enumerate(words[:-1]) if i > 0 or len(words) == 2)
    if titled or (len(words) in (2, 3) and words[0] in gaz.given_names):
        return True
    return len(words) > 1 and fold(words[-1]).rstrip(".") in ORG_CUES


def _split_calendar(run: list[_Tok]) -> list[list[_Tok]]:
    """Return a run cut at month and weekday names, which are never part of a name ("March OPEC")."""
    parts: list[list[_Tok]] = [[]]
    for tok in run:
        if tok.text.rstrip(".") in CALENDAR:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [_trim(p) for p in parts if _trim(p)]


def _capitalised_inside(
    runs: Sequence[Sequence[tuple[list[_Tok], bool]]],
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


def _longer_runs(text: str, ctx: _Ctx) -> list[str]:
    """Return the longer names in the article that text opens ("General Electric" … "Co")."""
    prefix = " ".join(text.split()) + " "
    return [run for run in ctx.runs if run.startswith(prefix) and run != ctx.current]


def _opens_longer_run(text: str, ctx: _Ctx) -> bool:
    """Return True when text is the start of a longer name in the article ("Nordwind Shipping" … "Corp")."""
    prefix = " ".join(text.split()) + " "
    return any(run.startswith(prefix) and run != ctx.current for run in ctx.runs)


def _classify(raw: tuple[list[_Tok], bool], ctx: _Ctx) -> list[Mention]:
    """Return the mentions one run of capitalised words holds."""
    run, initial = raw
    out: list[Mention] = []
    pieces = [piece for chunk in _split_calendar(run) for piece in _split_and(chunk, ctx.gaz)]
    for part_number, piece in enumerate(pieces):
        part_initial = initial and part_number == 0 and piece[0] is run[0]
        # Leading function words are not names ("The United Nations", "Over the past …").
        part = piece
        while part and fold(part[0].text) in STOPWORDS:
            part = _trim(part[1:])
            part_initial = False
        if part:
            out += _classify_part(part, part_initial, ctx)
    return out


def _classify_part(part: list[_Tok], initial: bool, ctx: _Ctx) -> list[Mention]:  # noqa: PLR0911, PLR0912
    """Return the mentions in a run of name words: titles split off, then org, place, person.

    A cascade of rules, each returning as soon as it decides; the order is the precedence.
    """
    paragraph, index, gaz, seen_inside = ctx.paragraph, ctx.index, ctx.gaz, ctx.seen_inside
    words = [t.text for t in part]
    company_of = _split_company_of(part, initial, ctx)
    if company_of is not None:
        return company_of
    of_split = _split_of_place(part, gaz)
    if of_split is not None:
        person, where = of_split
        where_text = paragraph[where[0].start : where[-1].end]
        kind: EntityKind = "place" if fold(where_text) in gaz.places else "organization"
        return [
            *_classify_part(person, initial, ctx),
            _mention(kind, where, paragraph, index),
        ]
    named = _split_trailing_person(part, ctx)
    if named is not None:
        return named
    office_of = _after_office_of(part)
    if office_of is not None:
        return _classify_part(office_of, False, ctx)
    titled = _split_title(part, initial, ctx)
    if titled is not None:
        return titled
    text = paragraph[part[0].start : part[-1].end]
    folded = fold(text)
    slashed = _split_slashed(part, ctx) if "/" in text and not _has_org_cue(words) else None
    if slashed is not None:
        return [m for piece in slashed for m in _classify_part(piece, False, ctx)]
    if len(part) == 1 and (_single_junk(text) or _TICKER.match(text)):
        return []
    if text.startswith("<"):
        return [_mention("organization", part, paragraph, index, strip_brackets=True)]
    last = fold(words[-1]).rstrip(".")
    if len(words) > 1 and _is_title(words[-1]):
        # "a Missouri Democrat", "the Bank of Japan Governor": the body or place before the title.
        return [m for m in _classify_part(_trim(part[:-1]), initial, ctx) if m.kind in ("organization", "place")]
    if last in NOT_ORG_ENDINGS or (len(words) > 1 and _single_junk(words[-1]) and last not in ORG_CUES):
        return []  # a law or agreement ("Farm Security Act"), or an adjective phrase ("Latin American")
    if folded in KNOWN_ORGS or folded in KNOWN_ORG_NAMES:
        return [_mention("organization", part, paragraph, index)]  # "IRNA" before a village of that name
    if _is_place(words, text, paragraph[part[-1].end :], gaz):
        return [_mention("place", part, paragraph, index)]
    if _is_org(words, folded, paragraph, part[-1].end):
        return [_mention("organization", part, paragraph, index)]
    if all(fold(w).rstrip(".") in TITLES for w in words):
        return []
    before_words = paragraph[: part[0].start].split()
    after = paragraph[part[-1].end :]
    after_word = after.split(None, 1)[0].lower().strip(",.;:") if after.strip() else ""
    cue = (
        bool(before_words and before_words[-1].lower().strip(",") in PERSON_CUES_BEFORE | PERSON_ROLES)
        or bool(before_words and before_words[-1] in ("said", "says") and _CLAUSE_END.match(after))
        or bool(_AGE_AFTER.match(after))
        or bool(_ROLE_AFTER.match(after))
        or after_word in PERSON_CUES_AFTER
    )
    speaks = bool(_SPEECH_AFTER.match(after))
    if len(part) == 1:
        if text.isupper() and len(text) > 1:
            return []
        return [_mention(None, part, paragraph, index, cue=cue or (speaks and text in gaz.given_names))]
    first = words[0]
    if (
        _name_shaped(words)
        and fold(first) not in gaz.countries
        and fold(words[-1]) not in FACILITIES
        and not _has_org_cue(words)
        and (first in gaz.given_names or _INITIALS.match(first) or cue)
    ):
        return [_mention(None, part, paragraph, index, cue=True)]
    if (
        initial
        and first not in seen_inside
        and first not in gaz.given_names
        and not _opens_longer_run(text, ctx)
        and not speaks
    ):
        rest = _trim(part[1:])
        return _classify_part(rest, False, ctx) if rest else []
    # Unknown capitalised words: a short form of an organisation named elsewhere ("Texas Air" for
    # "Texas Air Corp"), else the place they open ("U.S. Agriculture"), else an organisation when
    # it speaks ("Hiram Walker said"). Unknown words that do not speak are products, programmes
    # and headline-style phrases ("Buick Regal", "Strategic Defense Initiative") more often than
    # organisations on the Reuters development stories, so they make no entity of their own.
    unknown = _mention(None, part, paragraph, index)
    if fold(first) in gaz.places:
        return [dataclasses.replace(unknown, otherwise=("place", first))]
    return [dataclasses.replace(unknown, otherwise=("organization", unknown.text)) if speaks else unknown]


# Legal forms after which "of" a place says where the company is, not its name: "Suzuki Motor Co
# Ltd of Japan", "Kabivitrum Inc of Alameda". "Corp of America" and "Co of New Mexico" are
# names ("Financial Corp of America", "Public Service Co of New Mexico").
_SUFFIX_THEN_WHERE = frozenset({"inc", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "spa", "llc"})
# Plural common nouns that open a sentence before "of" and a company ("Shares of Temple Inland
# Inc"); other words may open a name ("Fruit of the Loom Inc").
_PART_OF_WORDS = frozenset(
    {"shares", "stock", "stocks", "officials", "members", "holders", "shareholders", "stockholders", "units",
     "sales", "profits", "earnings", "executives", "directors", "employees", "workers", "subsidiaries",
     "creditors", "lawyers", "analysts", "investors", "traders", "talks", "sources", "spokesmen"}
)  # fmt: skip


def _split_company_of(part: list[_Tok], initial: bool, ctx: _Ctx) -> list[Mention] | None:
    """Return the company in "Suzuki Motor Co Ltd of Japan" (and the place) or "Shares of Temple Inland Inc".

    A legal form closes a company's name, so "of" a place after it is where the company is from.
    A sentence that opens with a common noun and "of" ("Shares of", "Members of") has the name
    after "of", when that carries an organisation word; a body named by its opening word ("Bank
    of", "Ministry of") or a word also capitalised mid-sentence keeps it.
    """
    words = [t.text for t in part]
    if "of" not in words[1:-1]:
        return None
    at = len(words) - 1 - words[::-1].index("of")
    head, where = part[:at], part[at + 1 :]
    if (
        fold(words[at - 1]).rstrip(".") in _SUFFIX_THEN_WHERE
        and fold(" ".join(t.text for t in where)) in ctx.gaz.places
    ):
        return [
            _mention("organization", head, ctx.paragraph, ctx.index),
            _mention("place", where, ctx.paragraph, ctx.index),
        ]
    if (
        initial
        and words[1] == "of"
        and fold(words[0]) in _PART_OF_WORDS
        and words[0] not in ctx.seen_inside
        and (_has_org_cue(words[2:]) or _TICKER_AFTER.match(ctx.paragraph, part[-1].end))
    ):
        rest = _trim(part[2:])
        return _classify_part(rest, False, ctx) if rest else []
    return None


def _split_slashed(part: list[_Tok], ctx: _Ctx) -> list[list[_Tok]] | None:
    """Return the names a slash joins when one of them is a place ("New York/Montreal",
    "Middle East/Africa", "Canada/U.S."), else None: "Audio/Video" stays one name.
    """
    pieces: list[list[_Tok]] = [[]]
    for tok in part:
        bits = tok.text.split("/")
        start = tok.start
        for n, bit in enumerate(bits):
            end = start + len(bit)
            if bit not in PLACE_ALIASES and bit + "." in PLACE_ALIASES and ctx.paragraph[end : end + 1] == ".":
                end += 1  # "U.S" then the dot the token left out
            if n:
                pieces.append([])
            pieces[-1].append(_Tok(ctx.paragraph[start:end], start, end))
            start += len(bit) + 1
    pieces = [_trim(p) for p in pieces if _trim(p)]
    if len(pieces) < 2 or not any(_is_place_word(" ".join(t.text for t in p), ctx.gaz) for p in pieces):
        return None
    return pieces


def _is_place_word(word: str, gaz: Gazetteer) -> bool:
    """Return True for a place's name, a short form of one ("U.S", "Kaohsiung") or a feature ("Red Sea")."""
    return (
        fold(word.rstrip(".")) in gaz.places
        or word in PLACE_ALIASES
        or word + "." in PLACE_ALIASES
        or (len(word.split()) > 1 and fold(word.rsplit(maxsplit=1)[-1]) in GEO_FEATURES)
    )


def _split_title(part: list[_Tok], initial: bool, ctx: _Ctx) -> list[Mention] | None:
    """Return a titled person and the office before the title, or None when the run has no title.

    "Chancellor of the Exchequer Nigel Lawson": Nigel Lawson. "Bank of Japan Governor Satoshi
    Sumita": Bank of Japan and Satoshi Sumita. "U.S. Agriculture Secretary Richard Lyng": the
    United States and Richard Lyng.
    """
    paragraph, index, gaz = ctx.paragraph, ctx.index, ctx.gaz
    words = [t.text for t in part]
    title_at = max((i for i, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    if title_at < 0:
        return None
    if title_at == 0 and (
        any(_has_org_cue(run.split()) for run in _longer_runs(" ".join(words), ctx))
        or _TICKER_AFTER.match(paragraph, part[-1].end)
    ):
        return None  # "General Electric" of "General Electric Co", "General Electric <GE>": a company, no title
    # "Minister Arturo Hernandez of Venezuela": the titled name, then the place it is of.
    if "of" in words[title_at + 2 :]:
        of_at = len(words) - 1 - words[::-1].index("of")
        where = part[of_at + 1 :]
        if where and fold(" ".join(t.text for t in where)) in gaz.places:
            person = _split_title(part[:of_at], initial, ctx)
            if person is not None:
                return [*person, _mention("place", where, paragraph, index)]
    tail_start = len(part)
    while tail_start > title_at + 1 and _in_name(words, tail_start - 1):
        tail_start -= 1
    tail = part[tail_start:]
    # "Undersecretary of State for Economic Affairs Allen Wallis": after "of" or "for" the office
    # goes on, and the name starts at its given name; right after a title the name is all of it.
    given = next((i for i, t in enumerate(tail) if t.text in gaz.given_names and i < len(tail) - 1), 0)
    if len(tail) > 2 and given and fold(words[tail_start - 1]) in CONNECTORS:
        tail_start += given
        tail = tail[given:]
    if not tail or _has_org_cue([t.text for t in tail]) or len(tail) > 4 or _single_junk(tail[0].text):
        return None
    if fold(tail[-1].text) in NOT_ORG_ENDINGS:
        return None
    office = [t for t in part[:tail_start] if not _is_title(t.text)]
    # "Finance Ministry State Secretary", "West German Finance Minister": the portfolio is not the body.
    while office and fold(office[-1].text) in PORTFOLIOS:
        office = office[:-1]
    found = []
    if office and tail_start == title_at + 1:
        # Only the organisation or place an office names, never a person ("Energy Secretary"),
        # nor a guess from unknown words.
        office = _trim(office)
        found = (
            [m for m in _classify_part(office, initial, ctx) if m.kind in ("organization", "place")] if office else []
        )
    found.append(_mention("person", tail, paragraph, index, cue=True))
    return found


def _split_trailing_person(part: list[_Tok], ctx: _Ctx) -> list[Mention] | None:
    """Return an office and the person closing it: "Office of Management and Budget James Miller"."""
    words = [t.text for t in part]
    if len(words) < 4 or words[-2] not in ctx.gaz.given_names or fold(words[-2]) in CONNECTORS:
        return None
    if fold(words[-3]) in CONNECTORS or words[-3] in ctx.gaz.given_names or any(_is_title(w) for w in words):
        return None  # "… of Bashir Al Nouri" is a longer name; titled names are the title rule's
    head, person = part[:-2], part[-2:]
    head_words = [t.text for t in head]
    if not _has_org_cue(head_words) or _has_org_cue(words[-2:]) or not _is_cap(words[-1]):
        return None
    found = [m for m in _classify_part(_after_office_of(head) or head, False, ctx) if m.kind == "organization"]
    return [*found, _mention("person", person, ctx.paragraph, ctx.index, cue=True)]


def _after_office_of(part: list[_Tok]) -> list[_Tok] | None:
    """Return what follows "Deputy General Manager of" or "Governor of the": the body the office is of."""
    at = 0
    while at < len(part) and _is_title(part[at].text):
        at += 1
    if at == 0 or at >= len(part) - 1 or part[at].text not in ("of", "for"):
        return None
    rest = _trim(part[at + 1 :])
    # Only for an organisation ("… of Sumitomo Bank Ltd"); "Chancellor of the Exchequer Nigel
    # Lawson" is an office and a person, which the title rule reads.
    words = [t.text for t in rest]
    if not rest or not _has_org_cue(words) or any(_is_title(w) for w in words):
        return None
    return rest


def _is_title(word: str) -> bool:
    """Return True for a title word, also hyphenated ("Under-Secretary", "Vice-President")."""
    folded = fold(word).rstrip(".")
    return folded in TITLES or any(part in TITLES for part in folded.split("-") if part)


def _in_name(words: Sequence[str], at: int) -> bool:
    """Return True when words[at] can be inside a person's name: a capitalised word, or a particle before one."""
    word = fold(words[at]).rstrip(".")
    if _is_title(words[at]) or word in _OFFICE_JOINERS:
        return False
    return _is_cap(words[at]) or (word in CONNECTORS and at + 1 < len(words) and _is_cap(words[at + 1]))


# Words that join an office's words ("Minister of State for Foreign Affairs"), never a name's.
_OFFICE_JOINERS = frozenset({"of", "for", "and", "&", "the"})
# Organisation words that open a name when "of" follows ("Bank of Japan", "Ministry of Finance").
_ORG_OPENERS = frozenset(
    {"bank", "ministry", "department", "university", "council", "bureau", "office", "board", "court", "church",
     "institute", "federation", "union", "league", "association", "society", "chamber", "commission",
     "committee", "organisation", "organization", "house", "party", "school", "college", "academy"}
)  # fmt: skip


def _split_of_place(part: list[_Tok], gaz: Gazetteer) -> tuple[list[_Tok], list[_Tok]] | None:
    """Return (person, where) for "Rep. Pat Roberts of Kansas" or "John Weinberg of Goldman".

    None for "Bank of Japan" or "Strait of Hormuz": the words before "of" must be a name that
    starts with a given name, titles aside.
    """
    words = [t.text for t in part]
    if "of" not in words:
        return None
    at = words.index("of")
    head, where = part[:at], part[at + 1 :]
    names = [t.text for t in head if fold(t.text).rstrip(".") not in TITLES]
    if not where or len(names) < 2 or _has_org_cue(names) or not _name_shaped(names):
        return None
    where_text = fold(" ".join(t.text for t in where))
    if fold(names[0]) in gaz.countries:
        return None
    # A given name, or a name "of" a country ("Manaspas Xuto of Thailand"): bodies "of" a country
    # carry an organisation word ("Central Bank of Brazil") and are kept whole above.
    if names[0] not in gaz.given_names and not (where_text in gaz.countries and len(names) <= 3):
        return None
    return head, where


def _single_junk(text: str) -> bool:
    """Return True for one capitalised word that is never an entity alone."""
    folded = fold(text)
    if text in CALENDAR or text.capitalize() in CALENDAR or folded in NOT_ENTITIES or folded in STOPWORDS:
        return True
    if folded.rstrip(".") in TITLES:
        return True
    if len(text) < 2 or text.lower() in NOT_ACRONYMS:
        return True
    # Nationality adjectives: "Syrian", "Japanese", "Israeli"; plural forms too ("Syrians").
    base = folded[:-1] if folded.endswith("s") else folded
    return (
        text[:1].isupper()
        and not text.isupper()
        and base.endswith(DEMONYM_ENDINGS)
        and len(base) > 4
        and _demonym_like(base)
    )


def _demonym_like(base: str) -> bool:
    """Return True for words shaped like nationality adjectives, not like names ("Syrian", not "Brian")."""
    if base in DEMONYMS_IN_I:
        return True
    return base.endswith(("ian", "ese", "ish", "can", "ean")) and base not in _NAMES_LIKE_DEMONYMS


# Names that end like nationality adjectives.
_NAMES_LIKE_DEMONYMS = frozenset(
    {
        "brian",
        "adrian",
        "julian",
        "christian",
        "vivian",
        "damian",
        "fabian",
        "dean",
        "sean",
        "duncan",
        "logan",
        "morgan",
        "jordan",
        "regan",
        "reagan",
        "egan",
        "keegan",
        "callaghan",
        "buchanan",
        "vatican",
        "ian",
        "sloan",
        "jean",
        "ewan",
        "gillian",
        "lillian",
        "marian",
        "florian",
        "killian",
        "kilian",
        "cian",
        "moran",
        "ryan",
    }
)


def _has_org_cue(words: Sequence[str]) -> bool:
    """Return True when a word is one that names organisations ("Commission", "Corp")."""
    return any(fold(w).rstrip(".") in ORG_CUES for w in words)


def _is_place(words: Sequence[str], text: str, after: str, gaz: Gazetteer) -> bool:
    """Return True for a run that names a place.

    Countries win over organisation words ("Soviet Union"); an all-capitals word is a place only
    when long or written as a dateline ("ROME -"), since short ones are mostly acronyms ("SANA");
    a compass word before a place keeps it a place ("North Atlantic").
    """
    folded = fold(text)
    if folded in gaz.countries and not text.isupper():
        return True
    if len(words) > 1 and fold(words[-1]) in GEO_FEATURES and not _has_org_cue(words):
        return True  # "South China Sea", "Bass Strait", "Persian Gulf"
    if folded not in gaz.places:
        head = fold(words[0])
        return len(words) > 1 and head in _COMPASS and fold(" ".join(words[1:])) in gaz.places
    if _has_org_cue(words[1:]):
        return False
    if text.isupper() and text not in PLACE_ALIASES and len(words) == 1:
        return len(text) >= 5 or after.startswith((" -", " —", ", ", " ("))
    return True


# Words before a place name that keep it a place ("North Atlantic", "Southern Lebanon").
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "greater", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
     "southwest"}
)  # fmt: skip


def _is_org(words: Sequence[str], folded: str, paragraph: str, end: int) -> bool:
    """Return True for a run that names an organisation."""
    if _has_org_cue(words[1:]) or (len(words) > 2 and fold(words[0]) in _ORG_OPENERS and words[1] in ("of", "for")):
        return True
    if folded in KNOWN_ORG_NAMES or (len(words) == 1 and folded in KNOWN_ORGS):
        return True
    if _TICKER_AFTER.match(paragraph, end):
        return True  # "Citicorp <CCI>", "Apple Inc (AAPL.O)": a stock ticker follows a company's name
    if len(words) == 1 and ACRONYM.match(words[0]) and words[0].lower() not in NOT_ACRONYMS:
        return not _spelled_in_lower_case(words[0], paragraph[: end - len(words[0])])
    if len(words) == 1 and folded in INSTITUTIONS:
        return True
    # A name followed by its acronym is an organisation: "Hayat Tahrir al-Sham (HTS)".
    paren = _PARENACRONYM.match(paragraph[end:])
    return bool(paren and len(words) > 1 and acronym_of(words) == paren.group("acr").replace(".", "").upper())


def _spelled_in_lower_case(acronym: str, before: str) -> bool:
    """Return True for an acronym bracketed after the lower-case words it stands for.

    "deposit taking company (DTC)" names a kind of thing, not an organisation; a body spells
    its acronym in capitals ("Hayat Tahrir al-Sham (HTS)").
    """
    if not before.endswith("("):
        return False
    letters = acronym.replace(".", "").lower()
    spelled = [w for w in before[:-1].split() if w not in CONNECTORS][-len(letters) :]
    return (
        len(spelled) == len(letters)
        and all(w[:1].islower() for w in spelled)
        and "".join(w[0] for w in spelled) == letters
    )


def acronym_of(words: Sequence[str], *, legal_suffix: bool = True) -> str:
    """Return the initials of a name's words, connectors left out; without legal_suffix, "Corp" too ("GM")."""
    out = []
    for word in words:
        for piece in re.split(r"[\s\-]+", word):
            keep = legal_suffix or fold(piece).rstrip(".") not in _LEGAL_SUFFIXES
            if piece and piece.lower() not in CONNECTORS and piece[:1].isupper() and keep:
                out.append(piece[0])
    return "".join(out).upper()


# Company-form words left out of acronyms: "General Motors Corp" is "GM".
_LEGAL_SUFFIXES = frozenset(
    {"corp", "corporation", "inc", "co", "company", "ltd", "plc", "llc", "ag", "sa", "nv", "group"}
)


def _name_shaped(words: Sequence[str]) -> bool:
    """Return True for 2-4 words that could be a person's name (no digits, no all-capitals)."""
    core = [w for w in words if w.lower() not in CONNECTORS]
    return 1 <= len(core) <= 4 and all(
        re.fullmatch(r"[^\W\d_][\w’'\-.]*", w) and (not (w.isupper() and len(w) > 2) or _INITIALS.match(w))
        for w in core
    )


def _mention(
    kind: MentionKind, part: list[_Tok], paragraph: str, index: int, *, cue: bool = False, strip_brackets: bool = False
) -> Mention:
    text = paragraph[part[0].start : part[-1].end]
    start, end = part[0].start, part[-1].end
    if strip_brackets:
        text = text.strip("<>").strip()
    # "Hanzo Bank Ltd." at a sentence end is "Hanzo Bank Ltd", as wires write it elsewhere.
    text = _SUFFIX_DOT.sub(r"\1", text)
    return Mention(kind=kind, text=" ".join(text.split()), paragraph=index, start=start, end=end, person_cue=cue)
