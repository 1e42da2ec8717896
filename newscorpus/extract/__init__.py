"""Turn decoded sources into articles: structure, headline, dateline, credits, entities, quotes, figures, dates.

Each field has its own module; `extract_article` runs them over one source and
`extract_articles` runs it over the corpus, then merges entity names across articles.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from ..config import Config
from ..errors import Problem
from ..markup import given_outlet, site_of
from ..model import Article, Entity, EntityKind, Extracted, PageBlock, Source, SourceMeta
from ..screen import blocks_reason
from .agency import find_agencies
from .authors import find_authors
from .backends import EntityBackend, select_backend
from .corpus import merge_across_corpus
from .cues import KNOWN_ORG_NAMES
from .dates import find_dates, parse_reference
from .entities import Mention
from .figures import find_figures
from .gazetteer import Gazetteer, load_gazetteer
from .headline import derive_headline, is_heading_line, shorten
from .language import find_language
from .merge import merge_mentions
from .page import label_page, segment_pages
from .page_blocks import split_blocks
from .published import find_published
from .quotes import find_quotes
from .structure import Body, count_words, split_body
from .text import first_sentence, fold_name
from .title_case import is_title_case

__all__ = [
    "derive_headline",
    "extract_article",
    "extract_articles",
    "first_sentence",
    "is_heading_line",
    "segment_pages",
    "shorten",
]

log = logging.getLogger(__name__)

# What to do about a page that reads as a list of headlines, links or photos (as the screen says).
_SCREEN_HINT = "remove it, or raise --list-share if it is a story"
# A word written with a capital: the words a story's prose writes so, which a heading's capitals are judged by.
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


def extract_articles(
    sources: Iterable[Source], config: Config, pages: Mapping[str, tuple[PageBlock, ...]] | None = None
) -> Extracted:
    """Return an article for every source that holds one, and a problem for every other.

    pages gives each source's labelled blocks (`segment_pages`, which tells furniture across the
    corpus); a source missing from it is labelled on its own.
    """
    backend = select_backend(config)
    articles: list[Article] = []
    problems: list[Problem] = []
    with _collector_paused():
        for source in sources:
            page = (pages or {}).get(source.id) or label_page(
                split_blocks(source.text), config, story_only=source.story_only, url=source.meta.url
            )
            article = extract_article(source, config, backend, page)
            if article is None:
                problem = _no_story(source, page, config)
                log.warning("%s", problem)
                problems.append(problem)
            else:
                articles.append(article)
        merged = merge_across_corpus(articles, config)
    return Extracted(articles=merged, problems=tuple(problems))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while articles are extracted.

    Extraction makes millions of small objects (tuples, frozen dataclasses, match objects) and keeps
    every article it makes, so the collector, woken every few hundred allocations, walks the same
    growing heap again and again for cycles that extraction does not make: a fifth of the extract
    time on Reuters. Reference counting frees everything as before; what was paused is restored.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _no_story(source: Source, page: tuple[PageBlock, ...], config: Config) -> Problem:
    """Return the problem of a source where no story was found, saying what the page holds instead."""
    blocks = [b.text for b in page]
    if not any(c.isalnum() for c in source.text):
        return Problem(source.path, "no article text found", "the file holds only blank lines or punctuation")
    reason = blocks_reason(blocks, blocks, config)
    if reason is not None:
        return Problem(source.path, f"not an article: {reason}; not published", _SCREEN_HINT)
    counts = Counter(b.label for b in page)
    held = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
    return Problem(
        source.path,
        f"not an article: no story found among its {len(blocks)} blocks ({held}); not published",
        "a story is a run of paragraphs of sentences; keep pages of single articles, or save the story's text alone",
    )


def extract_article(
    source: Source,
    config: Config,
    backend: EntityBackend | None = None,
    page: tuple[PageBlock, ...] | None = None,
) -> Article | None:
    """Return the article in one source with every field extracted, or None when it holds no story."""
    if page is None:
        page = label_page(split_blocks(source.text), config, story_only=source.story_only, url=source.meta.url)
    body = split_body(page, config)
    if body is None:
        return None
    backend = backend or select_backend(config)
    meta = source.meta
    title, derived = _title(body, source, config)
    paragraphs = [b.text for b in body.blocks if b.kind == "paragraph"]
    words = count_words(body.blocks)
    gazetteer = load_gazetteer(config.min_place_population)
    mentions, heading_people = _story_mentions(paragraphs, body, backend, gazetteer)
    if body.dateline:
        # The dateline place is a place the story names ("BEIRUT" -> Beirut), read like a sentence-opening name.
        mentions = [*_dateline_places(body.dateline, backend), *mentions]
    signoffs = [*([body.signoff] if body.signoff else []), *body.credit_lines]
    authors = find_authors(meta, body.bylines, signoffs, gazetteer.given_names)
    # The writers the text's own credit lines name are people it names ("By Jane Roe, Associated Press");
    # not those of the input's metadata, which the text does not print.
    written = find_authors(SourceMeta(), body.bylines, signoffs, gazetteer.given_names)
    mentions = [*(Mention("person", name, -1, 0, 0) for name in written), *heading_people, *mentions]
    entities, resolved = merge_mentions(mentions, gazetteer, paragraphs)
    kinds: dict[EntityKind, list[Entity]] = {"person": [], "organization": [], "place": []}
    for entity in entities:
        kinds[entity.kind].append(entity)
    published = find_published(meta.date, page, body.dateline_text, body.dateline_date, meta.url)
    reference = parse_reference(published.date if published else None)
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
        authors=authors,
        outlet=_outlet(meta),
        published=published.date if published else None,
        published_from=published.source if published else None,
        published_evidence=published.evidence if published else None,
        language=find_language(" ".join(paragraphs), meta.language, config),
        people=tuple(kinds["person"]),
        organizations=tuple(kinds["organization"]),
        places=tuple(kinds["place"]),
        quotes=find_quotes(paragraphs, resolved, "" if derived else title),
        figures=find_figures(paragraphs, config.max_figures),
        dates=find_dates([*([body.dateline_text] if body.dateline_text else []), *paragraphs], reference),
        captions=tuple(b.text for b in page if b.label == "supplemental"),
        page=page,
        meta=meta,
    )


def _title(body: Body, source: Source, config: Config) -> tuple[str, bool]:
    """Return the article's headline (the metadata's, else the page's, else one derived from the text) and
    whether it was derived."""
    title = body.title
    if source.meta.title and source.meta.title.strip():
        title = " ".join(source.meta.title.split())
    if title is None:
        return derive_headline(body.blocks, source, config), True
    return title, False


def _story_mentions(
    paragraphs: list[str], body: Body, backend: EntityBackend, gazetteer: Gazetteer
) -> tuple[list[Mention], list[Mention]]:
    """Return the names in the story's paragraphs, and the people its subheadings name in full whom the paragraphs
    name by surname ("Steven Tyler for KIA" above "Tyler is a teenager again", which read alone is a town). A
    heading is no sentence to tell kinds by: only a person named surely (a listed given name opening it) counts,
    none from a heading in title case ("How To Adopt A Leader Success Mindset"), where a capital says nothing, and
    none the paragraphs never write (a link to another story, read as a heading)."""
    mentions = backend.mentions(paragraphs)
    headings = [b.text for b in body.blocks if b.kind == "subheading"]
    if not headings:
        return mentions, []
    prose = {word for paragraph in paragraphs for word in _CAPITALISED.findall(paragraph)}
    prose |= {word[:-2] for word in prose if word.endswith(("'s", "’s"))}  # "Tyler's a teenager"
    named = [
        m.text
        for m in backend.mentions(headings)
        if m.kind == "person"
        and len(m.text.split()) > 1
        and m.text.split()[0] in gazetteer.given_names
        and m.text.split()[-1] in prose
        and not is_title_case(headings[m.paragraph], prose, gazetteer)
    ]
    return mentions, [Mention("person", name, -1, 0, 0) for name in named]


def _dateline_places(dateline: str, backend: EntityBackend) -> list[Mention]:
    """Return the places written in a dateline ("TURNBERRY/GLASGOW, Scotland": three); a body's seat written as
    the place ("UNITED NATIONS") is that body."""
    parts = [p.strip() for chunk in dateline.split(",") for p in chunk.split("/") if p.strip()]
    return [
        Mention("organization" if fold_name(part) in KNOWN_ORG_NAMES else "place", part, -1, 0, 0)
        for part in parts
        if any(c.isalpha() for c in part)
    ]


def _outlet(meta: SourceMeta) -> str | None:
    """Return the outlet as the corpus names it (`load.sites`), else as the input names it, else the site of the
    article's address ("nytimes.com")."""
    return meta.site_outlet or given_outlet(meta.outlet) or site_of(meta.url)
