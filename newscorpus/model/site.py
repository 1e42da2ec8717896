"""What the link and render stages hand on: entity hubs, related articles, pages and the build's report."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Problem
from .articles import Article, EntityKind
from .variants import Substitution, VariantGroup


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
