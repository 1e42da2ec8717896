"""Plug the real matcher into `quality.score_matching` (its default, ``quality.adapters:newscorpus_match``).

The documents go through the same path as a build, minus reading files: each becomes a `Source`
(a text, headline on its first line, or a source with its metadata already), `extract_articles`
makes the articles (headline from the metadata or the first line, dateline split off), and
`match_articles` groups them with the default `Config`, reading outlet, date and wire credit from
extraction as a build does.
"""

from __future__ import annotations

from collections.abc import Mapping

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.match import match_articles
from newscorpus.model import Source


def as_source(doc_id: str, doc: str | Source) -> Source:
    """Return a document as a source: a text becomes one with no metadata."""
    return doc if isinstance(doc, Source) else Source(id=doc_id, path=f"{doc_id}.txt", text=doc)


def newscorpus_match(docs: Mapping[str, str | Source]) -> list[set[str]]:
    """Return groups of doc ids that the matcher finds to be versions of one story."""
    config = Config()
    sources = [as_source(doc_id, docs[doc_id]) for doc_id in sorted(docs)]
    # As a build does: every text labelled block by block, furniture told across the whole set.
    articles = extract_articles(sources, config, segment_pages(sources, config)).articles
    matched = match_articles(articles, config)
    return [{m.id for m in group.members} for group in matched.groups]
