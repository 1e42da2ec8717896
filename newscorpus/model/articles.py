"""What the extract stage makes of a source: the article, its blocks, names, quotations, figures and dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..errors import Problem
from .sources import SourceMeta


@dataclass(frozen=True)
class Block:
    """A paragraph, a subheading or a table's row of an article body (a row, or a list's item, is shown as a line
    of text, and read neither for names nor for figures, as a subheading is not)."""

    kind: Literal["paragraph", "subheading", "table"]
    text: str


BlockLabel = Literal["headline", "byline", "story", "supplemental", "related", "comments", "furniture"]
"""What a block of a page is: the story's headline, its credit lines, its text, a photo caption or
credit, a link to other stories, a reader's comment, or the site's furniture (menus, widgets,
prompts, timestamps, share bars, copyright lines)."""


@dataclass(frozen=True)
class PageBlock:
    """One block of the input text, in page order, with what it was read as."""

    label: BlockLabel
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
class NameForm:
    """One form of an entity's name written in an article, and why it names that entity."""

    text: str
    reason: str
    """In words, for the hub page: "surname", "initials", "another spelling, in 1 article only", …;
    "" for the canonical name itself."""


@dataclass(frozen=True)
class NameSpan:
    """Where an article names an entity: a body paragraph and the characters of the name in it."""

    paragraph: int
    """Index of the body paragraph (among paragraphs, as `Quote.paragraph`)."""
    start: int
    end: int
    """Character offsets of the name in the paragraph's text."""


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
    forms: tuple[NameForm, ...] = ()
    """Every form the article writes, canonical name included, with why it is this entity; filled
    when names are merged across the corpus (empty for an article extracted alone)."""
    candidates: tuple[str, ...] = ()
    """For a surname alone that several people of the corpus share and the article cannot tell
    apart ("Baker": James Baker, Howard Baker): their canonical names. Such a name gets no hub."""
    spans: tuple[NameSpan, ...] = ()
    """Where the body names it, in text order: the hub page quotes the sentence of the first. A
    dateline's place has no span (the dateline is no body paragraph): spans may be fewer than mentions."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who the text says spoke it."""

    text: str
    """The words inside the quotation marks in one paragraph (a quotation running on gives one quote per paragraph)."""
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
    """Publication date (ISO 8601): the metadata's, else the page's stamp for the story, else a dated dateline."""
    published_from: Literal["metadata", "page", "dateline"] | None = None
    """Where the publication date was read; None when there is none."""
    published_evidence: str | None = None
    """The metadata value, stamp or dateline the publication date was read from, as written."""
    language: str | None = None
    """ISO 639-1 code: the metadata's, else guessed from function words; None when unsure."""
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()

    captions: tuple[str, ...] = ()
    """Photo and video captions and credits the page prints with the story."""
    page: tuple[PageBlock, ...] = ()
    """Every block of the input text in order, each with what it was read as (headline, story, caption, …)."""

    @property
    def agency(self) -> str | None:
        """Return the agency credited with the strongest evidence, or None."""
        return self.agencies[0].name if self.agencies else None

    meta: SourceMeta = SourceMeta()  # noqa: RUF009 - frozen, so one shared default is safe
    """What the input file said about the article (front matter, page metadata, sidecar), as loaded."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Return the text of the body paragraphs, subheadings left out."""
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def url(self) -> str:
        """Return the site path of the article's page."""
        return f"articles/{self.id}/"


@dataclass(frozen=True)
class Extracted:
    """The extract stage's output: articles, and the files that could not become one."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    keys: Mapping[str, str] = field(default_factory=dict, compare=False)
    """Each article's extraction key by its id (cache.py), when the articles came through the cache: bookkeeping,
    left out of comparisons (the same articles extracted with or without a cache are the same)."""
    prints: Mapping[str, tuple[Article, bytes]] = field(default_factory=dict, compare=False)
    """Each article, by its id, with its `cache.fingerprint`, when the articles came through the cache:
    bookkeeping too, for the pages kept between builds (render/memo.py)."""
