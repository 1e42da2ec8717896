"""Turn decoded sources into articles: structure, headline, dateline, credits, entities, quotes, figures, dates.

Each field has its own module; `extract_article` runs them over one source and
`extract_articles` runs it over the corpus, then merges entity names across articles.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable

from ..config import Config
from ..errors import Problem
from ..model import Article, Entity, EntityKind, Extracted, Source
from .agency import find_agencies, find_authors
from .backends import EntityBackend, select_backend
from .corpus import merge_across_corpus
from .dates import find_dates, parse_reference
from .entities import Mention
from .figures import find_figures
from .gazetteer import load_gazetteer
from .headline import derive_headline, first_sentence, is_heading_line, shorten
from .language import find_language
from .merge import merge_mentions
from .quotes import find_quotes
from .structure import count_words, split_body

__all__ = [
    "derive_headline",
    "extract_article",
    "extract_articles",
    "first_sentence",
    "is_heading_line",
    "shorten",
]

log = logging.getLogger(__name__)


def extract_articles(sources: Iterable[Source], config: Config) -> Extracted:
    """Return an article for every source that holds one, and a problem for every other."""
    backend = select_backend(config)
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in sources:
        article = extract_article(source, config, backend)
        if article is None:
            problem = Problem(source.path, "no article text found", "the file holds only blank lines or punctuation")
            log.warning("%s", problem)
            problems.append(problem)
        else:
            articles.append(article)
    return Extracted(articles=merge_across_corpus(articles, config), problems=tuple(problems))


def extract_article(source: Source, config: Config, backend: EntityBackend | None = None) -> Article | None:
    """Return the article in one source with every field extracted, or None when it holds no words."""
    body = split_body(source, config)
    if body is None:
        return None
    backend = backend or select_backend(config)
    meta = source.meta
    title = body.title
    if meta.title and meta.title.strip():
        title = " ".join(meta.title.split())
    derived = title is None
    if title is None:
        title = derive_headline(body.blocks, source, config)
    paragraphs = [b.text for b in body.blocks if b.kind == "paragraph"]
    words = count_words(body.blocks)
    mentions = backend.mentions(paragraphs)
    if body.dateline:
        # The dateline place is a place the story names ("BEIRUT" -> Beirut), read like a sentence-opening name.
        mentions = [*_dateline_places(body.dateline, backend), *mentions]
    entities, resolved = merge_mentions(mentions, load_gazetteer(config.min_place_population), paragraphs)
    kinds: dict[EntityKind, list[Entity]] = {"person": [], "organization": [], "place": []}
    for entity in entities:
        kinds[entity.kind].append(entity)
    reference = parse_reference(meta.date)
    return Article(
        id=source.id,
        source=source.path,
        title=title,
        title_derived=derived,
        dateline=body.dateline,
        blocks=body.blocks,
        word_count=words,
        reading_minutes=max(1, math.ceil(words / config.words_per_minute)),
        agencies=find_agencies(meta, body, paragraphs),
        authors=find_authors(meta, body.bylines, body.signoff),
        outlet=meta.outlet.strip() if meta.outlet and meta.outlet.strip() else None,
        published=meta.date.strip() if meta.date and meta.date.strip() else None,
        language=find_language(" ".join(paragraphs), meta.language, config),
        people=tuple(kinds["person"]),
        organizations=tuple(kinds["organization"]),
        places=tuple(kinds["place"]),
        quotes=find_quotes(paragraphs, resolved),
        figures=find_figures(paragraphs, config.max_figures),
        dates=find_dates([*([body.dateline_text] if body.dateline_text else []), *paragraphs], reference),
        meta=meta,
    )


def _dateline_places(dateline: str, backend: EntityBackend) -> list[Mention]:
    """Return the places written in a dateline ("TURNBERRY/GLASGOW, Scotland": three)."""
    parts = [p.strip() for chunk in dateline.split(",") for p in chunk.split("/") if p.strip()]
    return [Mention("place", part, -1, 0, 0) for part in parts if any(c.isalpha() for c in part)]
