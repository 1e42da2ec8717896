"""The data passed between stages: frozen, sorted, the same on every run."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    story_only: bool = False
    """True when the reader already kept only the story (Markdown, a saved page through trafilatura):
    every block is the story's; else the text is a page whose blocks are labelled first."""


# --- extract: articles ----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A paragraph or a subheading of an article body."""

    kind: Literal["paragraph", "subheading"]
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

    meta: SourceMeta = SourceMeta()
    """What the input file said about the article (front matter, page metadata, sidecar), as loaded."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Return the text of the body paragraphs, subheadings left out."""
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def url(self) -> str:
        """Return the site path of the article's page."""
        return f"articles/{self.id}/"


# --- match: variant groups --------------------------------------------------------------

DiffKind = Literal["same", "removed", "added"]


@dataclass(frozen=True)
class DiffSpan:
    """A run of words in a word-level diff: kept, in the reference only, or in the version only."""

    kind: DiffKind
    text: str


ParagraphStatus = Literal["kept", "edited", "cut", "added", "moved"]


@dataclass(frozen=True)
class ParagraphEdit:
    """One paragraph of a version aligned with the reference, or a reference paragraph it cut."""

    status: ParagraphStatus
    """kept (same words), edited (changed words), cut (reference only), added (version only),
    moved (kept or edited, but out of the reference's order)."""
    reference_index: int | None
    """Position of the paragraph in the reference's blocks, None when added."""
    version_index: int | None
    """Position of the paragraph in the version's blocks, None when cut."""
    spans: tuple[DiffSpan, ...]
    """The paragraph as a word diff against its reference paragraph."""
    changed: bool = False
    """For a moved paragraph: True when its words were also edited."""
    subheading: bool = False
    """True for a subheading (aligned only with the reference's subheadings)."""
    merged: tuple[int, ...] = ()
    """Further reference paragraphs this version paragraph holds (two or more merged into one)."""
    split: bool = False
    """True when the reference paragraph is split over several version paragraphs, this among them."""


ChangeKind = Literal["terminology", "spelling", "style", "figure", "quotation", "grammar", "rewording"]


@dataclass(frozen=True)
class WordChange:
    """Words of the reference replaced in a version, and what kind of edit that is."""

    kind: ChangeKind
    """terminology ("rebels" -> "militants"), spelling (transliteration, case, typos), style
    (punctuation and house style: "..." for "…", "50-per-cent"), figure (a number changed),
    quotation (words inside a quotation changed), grammar (one word in another tense or number:
    "raged" -> "rages"), rewording (a longer passage rewritten)."""
    old: str
    new: str
    paragraph: int
    """Position of the version paragraph holding the change."""


QuoteStatus = Literal["kept", "altered", "dropped"]


@dataclass(frozen=True)
class QuoteChange:
    """A quotation of the reference, and whether the version kept, altered or dropped it."""

    status: QuoteStatus
    reference: str
    version: str | None


@dataclass(frozen=True)
class VersionEdits:
    """Everything a version changed against its group's reference version."""

    paragraphs: tuple[ParagraphEdit, ...]
    """The version's paragraphs in its own order, with cut reference paragraphs where they stood."""
    changes: tuple[WordChange, ...]
    quotes: tuple[QuoteChange, ...]
    """Reference quotations the version altered or dropped (kept ones are left out)."""
    headline: tuple[str, str] | None = None
    """(reference, version) headlines when both are given in the files and they differ."""
    dateline: tuple[str | None, str | None] | None = None
    """(reference, version) datelines when they differ."""
    subheadings: tuple[tuple[str | None, str | None], ...] = ()
    """(reference, version) subheadings the version added (None, text), cut (text, None) or changed."""

    def count(self, status: ParagraphStatus) -> int:
        """Return how many paragraphs have a status."""
        return sum(1 for p in self.paragraphs if p.status == status)


@dataclass(frozen=True)
class Member:
    """One version in a variant group, measured against the group's reference version."""

    id: str
    containment: float
    """Share of this version's words found in the reference (aligned word runs)."""
    coverage: float
    """Share of the reference's words found in this version."""
    similarity: float
    """Shared words over the words of both versions (Jaccard over aligned words); symmetric."""
    outlet: str | None = None
    """Outlet from the input's metadata, None when unknown."""
    date: str | None = None
    """Publication date from the input's metadata, None when unknown."""
    credit: str | None = None
    """Wire agency credited (metadata, dateline credit or sign-off), None when none."""
    edits: VersionEdits | None = None
    """What this version changed against the reference; None for the reference itself."""


@dataclass(frozen=True)
class VariantGroup:
    """Articles that are versions of one story."""

    id: str
    canonical: str
    """Id of the reference version the others are compared with."""
    members: tuple[Member, ...]
    """Every version, the reference first, then by id."""
    reason: str = ""
    """Why the reference was chosen, in words."""


@dataclass(frozen=True)
class Substitution:
    """A word change an outlet (or a file, when outlets are unknown) makes in several stories."""

    outlet: str
    kind: ChangeKind
    old: str
    new: str
    groups: tuple[str, ...]
    """Ids of the variant groups where the outlet's version made this change, sorted."""


@dataclass(frozen=True)
class Matched:
    """The match stage's output: variant groups and each outlet's habitual substitutions."""

    groups: tuple[VariantGroup, ...]
    substitutions: tuple[Substitution, ...] = ()


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


# --- link: entity hubs and related articles ---------------------------------------------


@dataclass(frozen=True)
class HubMention:
    """One article naming an entity, with the first sentence that names it."""

    article: str
    """Id of the article."""
    sentence: str
    """The first sentence of the article naming the entity by any form ("" when only the headline does)."""
    count: int
    """How many times the article names it."""


@dataclass(frozen=True)
class HubQuote:
    """A quotation the entity is said to have spoken, and where."""

    article: str
    text: str
    cue: str | None


@dataclass(frozen=True)
class HubForm:
    """One form of a hub's name: how many articles write it, and why it was merged."""

    text: str
    articles: int
    reason: str
    """Why this form names the entity ("" for the canonical name), as the merge decided it."""


@dataclass(frozen=True)
class EntityHub:
    """A person, organisation or place across the whole corpus: the page readers browse it on."""

    kind: EntityKind
    slug: str
    """Page name, unique among hubs of its kind; stable from build to build."""
    name: str
    """Canonical name, as the extract stage merged it across the corpus."""
    aliases: tuple[str, ...]
    """Every other form seen in any article, sorted."""
    mentions: tuple[HubMention, ...]
    """Every article naming it: newest first (undated last), then by id."""
    total: int
    """How many times the corpus names it, all articles together."""
    co_mentions: tuple[tuple[str, int], ...] = ()
    """(hub key, articles in common) for the entities most often named beside it, most first."""
    quotes: tuple[HubQuote, ...] = ()
    """Quotations attributed to it, in mention order."""
    forms: tuple[HubForm, ...] = ()
    """Every form of the name written in its articles, most-written first, with why it was merged."""

    @property
    def key(self) -> str:
        """Return the hub's key: its kind and slug, "person/abu-mohammed-al-jolani"."""
        return f"{self.kind}/{self.slug}"


@dataclass(frozen=True)
class RelatedArticle:
    """An article worth reading next to another, and why."""

    id: str
    score: float
    """Deterministic score: shared entities weighted by rarity, same story, nearby dates."""
    reasons: tuple[str, ...]
    """What the two share, in words ("same story", "Hama", "2 days apart")."""


@dataclass(frozen=True)
class SiteLinks:
    """Cross-links between articles and groups, computed once for every page."""

    group_of: dict[str, str]
    """Article id -> variant group id, for grouped articles only."""
    groups: dict[str, VariantGroup]
    """Group id -> group."""
    articles: dict[str, Article]
    """Article id -> article."""
    substitutions: tuple[Substitution, ...] = ()
    """Outlets' habitual word substitutions, from the match stage."""
    hubs: dict[str, EntityHub] = field(default_factory=dict)
    """Hub key ("person/slug") -> entity hub, for every entity with a hub page."""
    hub_of: dict[tuple[str, str], str] = field(default_factory=dict)
    """(kind, canonical name) -> hub key, to link an article's entities to their hubs."""
    related: dict[str, tuple[RelatedArticle, ...]] = field(default_factory=dict)
    """Article id -> related articles, best first, capped."""


@dataclass(frozen=True)
class Page:
    """One generated file, path relative to the docs dir, '/'-separated."""

    path: str
    content: str | bytes
    """Text for pages and data files (written as UTF-8), bytes for the search index's files."""


@dataclass(frozen=True)
class SearchDocument:
    """What the search index holds for one page of the site: its address and the HTML to index."""

    url: str
    """The page's address from the site root, as MkDocs makes it ("articles/x/")."""
    html: str
    """A small HTML document holding only what is searched, with Pagefind's weights and filters."""


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
