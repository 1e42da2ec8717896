"""Extract a whole corpus: each article from the cache when unchanged, else across the machine's cores.

The steps of `segment_pages` and `extract_articles`, arranged so that unchanged articles cost
nothing: every source's blocks are split and the corpus's repeated blocks found (cheap, and the
only thing labelling needs from the rest of the corpus), then each source is looked up in the
cache under a key holding its text and which of its blocks are repeated; the others are labelled
and extracted, in worker processes when there are enough of them, and kept for the next build.
Then names are merged across the corpus, on every build, as they depend on all articles.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial

from ..cache import ArticleCache, Extraction
from ..config import Config
from ..errors import Problem
from ..model import Article, Extracted, Source
from ..progress import Progress
from . import _collector_paused, _no_story, extract_article
from .backends import EntityBackend, select_backend
from .corpus import merge_across_corpus
from .gazetteer import Tables, build_tables, load_gazetteer, use_tables
from .page import label_page
from .page_blocks import block_key, repeated_blocks, split_blocks

log = logging.getLogger(__name__)

# Articles handed to a worker at a time: enough to make the hand-over's cost small beside the
# extraction, few enough that the last chunks keep every core busy.
_CHUNK = 64

Task = tuple[Source, tuple[str, ...]]
"""A source to extract and the keys of its blocks that the corpus repeats."""


def extract_corpus(sources: Sequence[Source], config: Config, progress: Progress | None = None) -> Extracted:
    """Return every source's article or problem, as `extract_articles` does, reusing the cache's."""
    # Reading the cache makes as many objects as extracting, and keeps them all: the collector
    # would walk the growing heap again and again (half the time of reading 5,000 entries).
    with _collector_paused():  # forked workers start with it paused too
        return _extract_corpus(sources, config, progress or Progress())


def _extract_corpus(sources: Sequence[Source], config: Config, show: Progress) -> Extracted:
    """Return every source's article or problem (see `extract_corpus`)."""
    cache = ArticleCache(config.cache_dir_path, config)
    blocks = [split_blocks(s.text) for s in sources]
    repeated = repeated_blocks(b for b, s in zip(blocks, sources, strict=True) if not s.story_only)
    tasks = [(s, _own_repeated(b, repeated)) for s, b in zip(sources, blocks, strict=True)]
    # The gazetteer's tables, kept as built by this code: read from the data packages they take seconds.
    population = config.min_place_population
    use_tables(cache.kept(f"gazetteer-{population}", Tables, partial(build_tables, population)))
    keys = [cache.key(source, own) for source, own in tasks]
    found: list[Extraction | None] = [cache.get(key, source) for key, (source, _) in zip(keys, tasks, strict=True)]
    missing = [i for i, extraction in enumerate(found) if extraction is None]
    log.info("extract: %d of %d articles from the cache", len(sources) - len(missing), len(sources))
    fresh = _extract_all([tasks[i] for i in missing], config, show)
    for i, new in zip(missing, fresh, strict=True):
        found[i] = new
        cache.put(keys[i], new)
    cache.prune()
    articles: list[Article] = []
    problems: list[Problem] = []
    for extraction in found:
        if isinstance(extraction, Article):
            articles.append(extraction)
        elif extraction is not None:
            log.warning("%s", extraction)
            problems.append(extraction)
    merged = merge_across_corpus(articles, config)
    return Extracted(articles=merged, problems=tuple(problems))


def _own_repeated(blocks: Iterable[str], repeated: frozenset[str]) -> tuple[str, ...]:
    """Return the keys of a page's blocks that the corpus repeats, sorted."""
    if not repeated:
        return ()
    return tuple(sorted({k for k in map(block_key, blocks) if k in repeated}))


def _extract_all(tasks: Sequence[Task], config: Config, show: Progress) -> list[Extraction]:
    """Return each task's extraction, in order: in this process, or in a pool when there are enough."""
    workers = config.worker_count
    _prepare(config)
    if workers <= 1 or len(tasks) < config.parallel_min_articles:
        return list(show.track((_extract_one(task) for task in tasks), "extract", len(tasks)))
    methods = multiprocessing.get_all_start_methods()
    # Forked workers start at once with the gazetteer and backend already loaded by this process.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(_CHUNK, len(tasks) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_prepare, initargs=(config,)) as pool:
        return list(show.track(pool.map(_extract_one, tasks, chunksize=chunk), "extract", len(tasks)))


@dataclass(frozen=True)
class _Setup:
    """What a process extracts with."""

    config: Config
    backend: EntityBackend
    given_names: frozenset[str]


_setup: list[_Setup] = []
"""This process's setup, made once (a forked worker inherits its parent's)."""


def _prepare(config: Config) -> None:
    """Set up this process to extract with config."""
    if not _setup or _setup[0].config != config:
        given = load_gazetteer(config.min_place_population).given_names
        _setup[:] = [_Setup(config, select_backend(config), given)]


def _extract_one(task: Task) -> Extraction:
    """Return the article in one source, or the problem saying why there is none."""
    source, own = task
    setup = _setup[0]
    page = label_page(
        split_blocks(source.text), setup.config, frozenset(own), setup.given_names, story_only=source.story_only
    )
    article = extract_article(source, setup.config, setup.backend, page)
    return article if article is not None else _no_story(source, page, setup.config)
