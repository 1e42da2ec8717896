"""Plug the real matcher into `quality.score_matching` (``--matcher quality.adapters:newscorpus_match``).

The documents go through the same path as a build, minus reading files: each text becomes a
`Source`, `extract_article` makes the article (headline from the first line, dateline split
off), and `match_articles` groups them with the default `Config` and the facts a build passes
(outlet, date and wire credit, all from extraction).
"""

from __future__ import annotations

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.model import Article, Source


def newscorpus_match(docs: dict[str, str]) -> list[set[str]]:
    """Return groups of doc ids that the matcher finds to be versions of one story."""
    config = Config()
    sources = [Source(id=doc_id, path=f"{doc_id}.txt", text=docs[doc_id]) for doc_id in sorted(docs)]
    articles: list[Article] = []
    for source in sources:
        article = extract_article(source, config)
        if article is not None:
            articles.append(article)
    matched = match_articles(articles, config)
    return [{m.id for m in group.members} for group in matched.groups]
