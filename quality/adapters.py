"""Plug the real matcher into `quality.score_matching` (its default, ``quality.adapters:newscorpus_match``).

The documents go through the same path as a build, minus reading files: each becomes a `Source`
(a text, headline on its first line, or a source with its metadata already), `extract_article`
makes the article (headline from the metadata or the first line, dateline split off), and
`match_articles` groups them with the default `Config` and the facts a build passes
(`facts_from_sources`: metadata, and the wire credit of a dateline).
"""

from __future__ import annotations

from collections.abc import Mapping

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import facts_from_sources, match_articles
from newscorpus.model import Article, Source


def as_source(doc_id: str, doc: str | Source) -> Source:
    """Return a document as a source: a text becomes one with no metadata."""
    return doc if isinstance(doc, Source) else Source(id=doc_id, path=f"{doc_id}.txt", text=doc)


def newscorpus_match(docs: Mapping[str, str | Source]) -> list[set[str]]:
    """Return groups of doc ids that the matcher finds to be versions of one story."""
    config = Config()
    sources = [as_source(doc_id, docs[doc_id]) for doc_id in sorted(docs)]
    articles: list[Article] = []
    for source in sources:
        article = extract_article(source, config)
        if article is not None:
            articles.append(article)
    matched = match_articles(articles, config, facts_from_sources(sources))
    return [{m.id for m in group.members} for group in matched.groups]
