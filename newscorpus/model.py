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
