"""Extract a whole corpus: each article from the cache when unchanged, else across the machine's cores.

The steps of `segment_pages` and `extract_articles`, arranged so that unchanged articles cost
nothing: every source's blocks are split and the corpus's repeated blocks found (cheap, and the
only thing labelling needs from the rest of the corpus), then each source is looked up in the
cache under a key holding its text and which of its blocks are repeated; the others are labelled
and extracted, in worker processes when there are enough of them, and kept for the next build.
Then names are merged across the corpus, as they depend on all articles: a rebuild starts from
the last build's merged articles (snapshot.py), extracts only the sources whose key changed, and
runs the merge's steps again only when what they read of those changed (corpus/memo.py).

The two halves are apart (`extract_unmerged`, then `merge_extracted`) so that a build can go on
with what reads nothing the merge changes (the screen, matching) while the names are merged.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import cast

from ..cache import ArticleCache, Extraction, decode_entry, encode_entry
from ..collector import handed_back, kept_to_the_end
from ..config import Config
from ..model import Article, Extracted, Source
from ..progress import Progress
from ..screen import Verdicts, non_article_reason
from . import _collector_paused, _no_story, extract_article
from .backends import EntityBackend, select_backend
from .block_memo import block_keys
from .corpus.memo import MergeRecord, merge_recorded
from .gazetteer import Tables, build_tables, load_gazetteer, use_tables
from .name_genders import NameLists, read_name_lists, use_name_lists
from .page import label_page
from .page_blocks import repeated_keys, split_blocks
from .snapshot import Snapshot, apply_changes, fingerprints, load_snapshot, save_snapshot, snapshot_version

log = logging.getLogger(__name__)

# Articles handed to a worker at a time: enough to make the hand-over's cost small beside the
# extraction, few enough that the last chunks keep every core busy.
_CHUNK = 64

Task = tuple[Source, tuple[str, ...]]
"""A source to extract and the keys of its blocks that the corpus repeats."""

Kept = tuple[bytes, tuple[str | None, ...]]
"""What a worker gives back of a source: its extraction as a cache entry (`encode_entry`), and the screen's
verdict on it when it is an article (none for a problem)."""


def extract_corpus(sources: Sequence[Source], config: Config, progress: Progress | None = None) -> Extracted:
    """Return every source's article or problem, as `extract_articles` does, reusing the cache's."""
    # As a build keeps them (pipeline.py), the articles are left out of the collector's walks while it runs.
    with handed_back():
        with kept_to_the_end():
            unmerged = extract_unmerged(sources, config, progress)
        with kept_to_the_end():
            return merge_extracted(unmerged, config)


@dataclass(frozen=True)
class Unmerged:
    """The corpus extracted article by article, its names not yet merged across it (see `merge_extracted`)."""

    found: list[Extraction]
    """Each source's extraction, in order: the last build's merged one where its key is the same and the
    merge can be brought up to date (`changes` is set), else as extracted."""
    keys: list[str]
    cache: ArticleCache
    kept: Snapshot | None
    changes: tuple[list[Extraction], MergeRecord] | None
    """The last build's merged corpus brought up to date, when it could be; None when the merge runs whole."""
    verdicts: Verdicts
    """The screen's verdicts made by the extraction workers, by article id (`screen_articles` makes the others)."""

    @property
    def articles(self) -> tuple[Article, ...]:
        """Return the articles. What matching and the screen read of them the merge never changes."""
        return tuple(f for f in self.found if isinstance(f, Article))

    @property
    def article_keys(self) -> dict[str, str]:
        """Return each article's extraction key by id (none without a cache folder). What extraction made of
        an article, before names were merged, is known by its key: matching reads nothing the merge changes,
        so it keeps its own work by these keys (match/memo.py); the merged articles keep the same ids."""
        if self.cache.folder is None:
            return {}
        return {f.id: key for f, key in zip(self.found, self.keys, strict=True) if isinstance(f, Article)}


def extract_unmerged(sources: Sequence[Source], config: Config, progress: Progress | None = None) -> Unmerged:
    """Return every source extracted, the cache's where unchanged, before names are merged across the corpus."""
    # Reading the cache makes as many objects as extracting, and keeps them all: the collector
    # would walk the growing heap again and again (half the time of reading 5,000 entries).
    with _collector_paused():  # forked workers start with it paused too
        return _extract_unmerged(sources, config, progress or Progress())


def _extract_unmerged(sources: Sequence[Source], config: Config, show: Progress) -> Unmerged:
    """Return every source extracted (see `extract_unmerged`)."""
    cache = ArticleCache(config.cache_dir_path, config)
    blocks = block_keys([s.text for s in sources], cache.folder, config)
    repeated = repeated_keys(b for b, s in zip(blocks, sources, strict=True) if not s.story_only)
    tasks = [(s, _own_repeated(b, repeated)) for s, b in zip(sources, blocks, strict=True)]
    # The name lists and the gazetteer's tables (made from them), kept as built by this code: read from the
    # data packages they take seconds.
    use_name_lists(cache.kept("name-lists", NameLists, read_name_lists))
    tables = _gazetteer_tables(cache, config.min_place_population)
    keys = [cache.key(source, own) for source, own in tasks]
    kept = load_snapshot(cache.folder, snapshot_version(config))
    verdicts: Verdicts = {}
    found = _Found(cache, config, show, verdicts, tables)
    changes = _changes_to(kept, keys, tasks, found) if kept is not None else None
    extracted = found.extract(keys, tasks) if changes is None else changes[0]
    tables()  # made by now when anything was extracted
    return Unmerged(extracted, keys, cache, kept if changes is not None else None, changes, verdicts)


def _gazetteer_tables(cache: ArticleCache, population: int) -> Callable[[], None]:
    """Use the gazetteer's tables kept by an earlier build and return nothing to do; else make now only the
    gazetteer, which extraction reads, and return the work of making the rest and keeping them all, done once.

    The rest (the known places and the countries of places, 1.3 s) only the merge reads: this process makes
    them while the workers extract (`_Found`), not before it starts them.
    """
    name = f"gazetteer-{population}"
    tables = cache.kept_only(name, Tables)
    if tables is not None:
        use_tables(tables)
        return _nothing_to_do
    load_gazetteer(population)
    return functools.cache(partial(_make_tables, cache, name, population))


def _make_tables(cache: ArticleCache, name: str, population: int) -> None:
    """Make the gazetteer's tables, keep them under name and use them."""
    tables = build_tables(population)
    cache.put(cache.kept_key(name), tables)
    use_tables(tables)


def _nothing_to_do() -> None:
    """Do nothing: the gazetteer's tables were kept by an earlier build."""


def merge_extracted(unmerged: Unmerged, config: Config) -> Extracted:
    """Return the corpus with its names merged across it, kept for the next build, as `extract_corpus` does."""
    extracted, keep = merge_unkept(unmerged, config)
    keep()
    return extracted


def merge_unkept(unmerged: Unmerged, config: Config) -> tuple[Extracted, Callable[[], None]]:
    """Return the corpus with its names merged across it (as `merge_extracted`), and the work of keeping it for
    the next build: pickling 20,000 merged articles takes seconds, which a build can spend beside its later
    stages (the build goes on without reading what is kept)."""
    with _collector_paused():
        return _merge_extracted(unmerged, config)


def _merge_extracted(unmerged: Unmerged, config: Config) -> tuple[Extracted, Callable[[], None]]:
    """Return the corpus merged and the work of keeping it (see `merge_unkept`)."""
    cache, keys, kept, changes = unmerged.cache, unmerged.keys, unmerged.kept, unmerged.changes
    if changes is None:
        found = unmerged.found
        articles, record = merge_recorded([f for f in found if isinstance(f, Article)], config)
        merged = iter(articles)
        changes = [next(merged) if isinstance(f, Article) else f for f in found], record
    found, record = changes
    prints = fingerprints(found, keys, kept) if cache.folder is not None else ()
    keep = kept_already
    if kept is None or kept.keys != tuple(keys):  # the last snapshot's shards of unchanged sources stay
        snapshot = Snapshot(snapshot_version(config), tuple(keys), tuple(found), record, prints)
        keep = partial(save_snapshot, cache.folder, snapshot, kept)
    cache.prune()
    for problem in found:
        if not isinstance(problem, Article):
            log.warning("%s", problem)
    articles = tuple(f for f in found if isinstance(f, Article))
    problems = tuple(f for f in found if not isinstance(f, Article))
    # Each article's hash, for the pages to know it unchanged without hashing it again (render/memo.py).
    printed = {f.id: (f, p) for f, p in zip(found, prints, strict=False) if isinstance(f, Article)}
    return Extracted(articles=articles, problems=problems, keys=unmerged.article_keys, prints=printed), keep


def kept_already() -> None:
    """Keep nothing: the last build's snapshot holds the corpus as merged (`merge_unkept`'s work when so)."""


def _changes_to(
    kept: Snapshot, keys: list[str], tasks: list[Task], found: _Found
) -> tuple[list[Extraction], MergeRecord] | None:
    """Return the kept snapshot's merged articles and problems with the sources whose key changed
    extracted again, and the merge's record; None when the merge must run again."""
    if len(kept.keys) != len(keys):
        log.debug(
            "merge: the corpus has %d sources, the last build %d, so names are merged again", len(keys), len(kept.keys)
        )
        return None
    changed = [i for i, key in enumerate(keys) if key != kept.keys[i]]
    found.cache.used.update(keys)  # the per-article entries stay for a build that must merge again
    fresh = found.extract([keys[i] for i in changed], [tasks[i] for i in changed])
    log.info("extract: %d of %d articles unchanged since the last build", len(keys) - len(changed), len(keys))
    return apply_changes(kept, keys, dict(zip(changed, fresh, strict=True)), found.config)


@dataclass(frozen=True)
class _Found:
    """Extracts sources, the cache's where kept, else anew (and keeps them), noting the workers' verdicts."""

    cache: ArticleCache
    config: Config
    show: Progress
    verdicts: Verdicts
    meanwhile: Callable[[], None]
    """Work for this process while workers extract, or after it extracts (the gazetteer's tables)."""

    def extract(self, keys: Sequence[str], tasks: Sequence[Task]) -> list[Extraction]:
        """Return each task's extraction: the cache's, else extracted now and kept."""
        cache = self.cache
        found: list[Extraction | None] = [cache.get(key, source) for key, (source, _) in zip(keys, tasks, strict=True)]
        missing = [i for i, extraction in enumerate(found) if extraction is None]
        log.info("extract: %d of %d articles from the cache", len(tasks) - len(missing), len(tasks))
        fresh = self._extract_all([tasks[i] for i in missing], [keys[i] for i in missing])
        for i, new in zip(missing, fresh, strict=True):
            found[i] = new
        return [f for f in found if f is not None]

    def _extract_all(self, tasks: Sequence[Task], keys: Sequence[str]) -> list[Extraction]:
        """Return each task's extraction, in order, kept under its key: in this process, or in a pool when there
        are enough. A worker keeps what it extracts and screens it: this process only reads each back."""
        config, show = self.config, self.show
        workers = config.worker_count
        _prepare(config)
        if workers <= 1 or len(tasks) < config.parallel_min_articles:
            extracted = list(show.track((_extract_one(task) for task in tasks), "extract", len(tasks)))
            self.meanwhile()
            for key, extraction in zip(keys, extracted, strict=True):
                self.cache.put(key, extraction)
            return extracted
        methods = multiprocessing.get_all_start_methods()
        # Forked workers start at once with the gazetteer and backend already loaded by this process.
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        chunk = max(1, min(_CHUNK, len(tasks) // (workers * 4)))
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_prepare, initargs=(config,)) as pool:
            done = pool.map(_extract_kept, tasks, keys, chunksize=chunk)
            self.meanwhile()  # the workers forked and extracting
            extracted = [self._read_back(kept) for kept in show.track(done, "extract", len(tasks))]
        self.cache.used.update(keys)  # the workers kept them
        return extracted

    def _read_back(self, kept: Kept) -> Extraction:
        """Return what a worker extracted, noting its verdict on an article."""
        entry, verdict = kept
        extraction = cast(Extraction, decode_entry(entry))
        if isinstance(extraction, Article) and verdict:
            self.verdicts[extraction.id] = verdict[0]
        return extraction


def _own_repeated(keys: Iterable[str], repeated: frozenset[str]) -> tuple[str, ...]:
    """Return the keys of a page's blocks that the corpus repeats, sorted."""
    if not repeated:
        return ()
    return tuple(sorted({k for k in keys if k in repeated}))


@dataclass(frozen=True)
class _Setup:
    """What a process extracts with."""

    config: Config
    backend: EntityBackend
    given_names: frozenset[str]
    cache: ArticleCache


_setup: list[_Setup] = []
"""This process's setup, made once (a forked worker inherits its parent's)."""


def _prepare(config: Config) -> None:
    """Set up this process to extract with config."""
    if not _setup or _setup[0].config != config:
        given = load_gazetteer(config.min_place_population).given_names
        _setup[:] = [_Setup(config, select_backend(config), given, ArticleCache(config.cache_dir_path, config))]


def _extract_one(task: Task) -> Extraction:
    """Return the article in one source, or the problem saying why there is none."""
    source, own = task
    setup = _setup[0]
    page = label_page(
        split_blocks(source.text),
        setup.config,
        frozenset(own),
        setup.given_names,
        story_only=source.story_only,
        url=source.meta.url,
    )
    article = extract_article(source, setup.config, setup.backend, page)
    return article if article is not None else _no_story(source, page, setup.config)


def _extract_kept(task: Task, key: str) -> Kept:
    """Return a source's extraction as a cache entry, kept under key, and the screen's verdict on an article.

    Made in a worker: the article handed back pickled as its entry is, the build's process only reads it
    back (0.03 ms an article, against 0.36 ms to read it, pickle it again and write it), and the screen's
    verdicts are made on both cores, not after the extraction on one.
    """
    extraction = _extract_one(task)
    entry = encode_entry(extraction)
    setup = _setup[0]
    setup.cache.put_encoded(key, entry)
    verdict = (non_article_reason(extraction, setup.config),) if isinstance(extraction, Article) else ()
    return entry, verdict
