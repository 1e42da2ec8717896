"""What the load stage reads: each input file's text and the metadata beside it."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem


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
    site_outlet: str | None = None
    """The outlet the corpus gives this article when it is not the one the article gives itself; set when the
    corpus is loaded, never read from input: the spelling most articles give its name ("PolitiFact" for
    "Politifact"), or for an article with an address and no outlet, the name other articles of its site are
    given ("BBC News" for a page of bbc.com) or the name of its address that other articles give ("CNN" for a
    page of edition.cnn.com)."""
    site_outlet_by: str | None = None
    """How `site_outlet` was settled: "spelling", "site", "address" or "domain" (the site its address is part of,
    "chinadaily.com.cn" for a page of africa.chinadaily.com.cn)."""


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


@dataclass(frozen=True)
class Loaded:
    """The load stage's output: decoded sources and the files that were skipped."""

    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]
