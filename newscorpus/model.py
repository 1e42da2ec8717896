"""The data passed between stages: frozen, sorted, the same on every run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .errors import Problem

# --- load: sources ------------------------------------------------------------------


@dataclass(frozen=True)
class SourceMeta:
    """Metadata the input carries beside the text: front matter, HTML meta, record fields, sidecars."""

    title: str | None = None
    date: str | None = None
    """Publication date or date-time as ISO 8601 text ("2024-12-05", "2024-12-05T14:02:00+00:00")."""
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    agency: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """One article as read from the corpus, decoded but not interpreted."""

    id: str
    """Stable slug from the file's path; unique in the corpus."""
    path: str
    """Path relative to the corpus dir, '/'-separated."""
    text: str
    """The decoded text, newlines normalised to '\\n'."""
    meta: SourceMeta = SourceMeta()
    """What the input says about the article besides its text; empty for plain .txt files."""


# --- extract: articles ----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A paragraph or a subheading of an article body."""

    kind: Literal["paragraph", "subheading"]
    text: str


EntityKind = Literal["person", "organization", "place"]
Granularity = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class AgencyCredit:
    """A wire agency credited by the article, with the words that credit it."""

    name: str
    """Short house name: "AFP", "AP", "Reuters", …"""
    how: Literal["metadata", "dateline", "byline", "signoff", "body"]
    evidence: str
    """The snippet of text (or metadata value) that credits the agency."""


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every form of its name seen."""

    kind: EntityKind
    name: str
    """Canonical name: the fullest form seen, titles dropped."""
    aliases: tuple[str, ...]
    """Other forms seen, sorted; never the canonical name itself."""
    mentions: int
    """How many times any form occurs in the article."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who the text says spoke it."""

    text: str
    """The words inside the quotation marks (paragraphs of one quotation joined by a space)."""
    speaker: str | None
    """Canonical name of the speaking entity, else the phrase naming the speaker ("the army")."""
    speaker_kind: EntityKind | None
    """Kind of the speaking entity, None when the speaker is only a phrase or unknown."""
    cue: str | None
    """The attribution as written ("the army said", "she told AFP"), None when inferred."""
    paragraph: int
    """Index of the body paragraph (among paragraphs) where the quotation opens."""


@dataclass(frozen=True)
class Figure:
    """A number that carries a fact, with what it counts."""

    text: str
    """The number and its unit as written ("115,000", "50 per cent", "250 mln dlrs")."""
    value: float
    """Normalised value: "5.93 mln" is 5930000, "3.5 pct" is 3.5."""
    unit: str | None
    """"pct" for percentages, a currency word, else None."""
    counts: str | None
    """What the number counts, from the words around it ("people killed", "civilians", "rise")."""
    sentence: str


@dataclass(frozen=True)
class DateMention:
    """A date expression and the calendar date it stands for."""

    text: str
    """As written ("on Thursday", "last week", "November 27", "2011")."""
    date: str | None
    """YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by granularity; None when no reference date is known."""
    granularity: Granularity
    relative: bool
    """True for expressions that need the publication date ("on Thursday", "last week")."""


@dataclass(frozen=True)
class Article:
    """An article with the metadata extracted from its text."""

    id: str
    source: str
    """Path of the input file relative to the corpus dir."""
    title: str
    title_derived: bool
    """True when the file had no headline and one was made from the lede."""
    dateline: str | None
    """The dateline place as written ("BEIRUT"), kept out of the body."""
    blocks: tuple[Block, ...]
    word_count: int
    reading_minutes: int
    agencies: tuple[AgencyCredit, ...] = ()
    """Wire agencies credited, strongest evidence first (dateline credit, byline, sign-off, body)."""
    authors: tuple[str, ...] = ()
    """Byline authors, as written, in byline order."""
    outlet: str | None = None
    """Publishing outlet, from the input's metadata only."""
    published: str | None = None
    """Publication date (ISO 8601) from the input's metadata only."""
    language: str | None = None
    """ISO 639-1 code: the metadata's, else guessed from function words; None when unsure."""
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def agency(self) -> str | None:
        """Return the agency credited with the strongest evidence, or None."""
        return self.agencies[0].name if self.agencies else None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Return the text of the body paragraphs, subheadings left out."""
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def url(self) -> str:
        """Return the site path of the article's page."""
        return f"articles/{self.id}/"


# --- match: variant groups --------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One version in a variant group, measured against the group's reference version."""

    id: str
    containment: float
    """Share of this version's n-grams found in the reference."""
    coverage: float
    """Share of the reference's n-grams found in this version."""
    similarity: float
    """Jaccard similarity of the two n-gram sets."""


@dataclass(frozen=True)
class VariantGroup:
    """Articles that are versions of one story."""

    id: str
    canonical: str
    """Id of the reference version the others are compared with."""
    members: tuple[Member, ...]
    """Every version, the reference first, then by id."""


# --- stage results and the build -------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """The extract stage's output: articles, and the files that could not become one."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Loaded:
    """The load stage's output: decoded sources and the files that were skipped."""

    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class SiteLinks:
    """Cross-links between articles and groups, computed once for every page."""

    group_of: dict[str, str]
    """Article id -> variant group id, for grouped articles only."""
    groups: dict[str, VariantGroup]
    """Group id -> group."""
    articles: dict[str, Article]
    """Article id -> article."""


@dataclass(frozen=True)
class Page:
    """One generated file, path relative to the docs dir, '/'-separated."""

    path: str
    content: str


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary line and the exit code."""

    articles: int
    pages: int
    groups: int
    problems: tuple[Problem, ...]
    seconds: float

    def summary(self) -> str:
        """Return the one-line summary printed at the end of a build."""
        plural = "" if self.groups == 1 else "s"
        return (
            f"Built {self.articles} articles into {self.pages} pages: "
            f"{self.groups} variant group{plural}, {len(self.problems)} problems, "
            f"{self.seconds:.2f} s"
        )
