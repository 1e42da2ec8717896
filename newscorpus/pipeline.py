"""The build as a list of named steps: load, extract, screen, merge names (matching beside), link, render, write."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import NamedTuple

from .beside import Later, beside
from .cache import SEARCH_INDEX, WRITTEN
from .collector import kept_to_the_end
from .config import Config
from .errors import Problem
from .extract.run import extract_unmerged, kept_already, merge_unkept
from .file_status import KnownSum
from .hub_memo import Named, kept_hubs
from .index import index_site
from .link import link_articles
from .link_memo import Kept, kept_related, read_related
from .load import LoadMemo, load_corpus
from .match import match_articles
from .model import Article, BuildReport, EntityHub, Extracted, Matched, SiteLinks
from .progress import Progress
from .render import (
    DOCUMENTS,
    FOLDER,
    Known,
    MemoFiles,
    PageMemo,
    read_memo_files,
    render_search_documents,
    render_site,
)
from .screen import Screened, screen_articles
from .unlinked_memo import kept_unlinked
from .write import Staging

log = logging.getLogger(__name__)


def build_site(config: Config, progress: Progress | None = None) -> BuildReport:
    """Build the docs dir from the corpus and return what was done."""
    started = time.perf_counter()
    show = progress or Progress()
    show.stage("load")
    # The sources (and the load memo's records of the files) are kept to the end, too.
    with kept_to_the_end():
        loaded = load_corpus(config, LoadMemo(config.cache_dir_path, config))
    log.info("loaded %d files from %s", len(loaded.sources), config.corpus_dir)
    show.stage("extract")
    # The articles (from the cache, or the last build's merged ones) are kept to the end: the collector's
    # walk of them when extraction turns it back on would find nothing (a third of a rebuild's extraction).
    with kept_to_the_end():
        unmerged = extract_unmerged(loaded.sources, config, show)
    # The screen and matching read nothing the merge of names changes: on a second core, the
    # stories are matched while the names are merged and the hubs made.
    keys = unmerged.article_keys
    screened = screen_articles(unmerged.articles, config, keys, unmerged.verdicts)
    parallel = config.worker_count > 1 and len(screened.articles) >= config.parallel_min_articles
    work = partial(_match_kept, screened.articles, config, keys)
    with beside(work, enabled=parallel) as matching:
        show.stage("merge")
        with kept_to_the_end():  # the merged articles as well
            extracted, keep = merge_unkept(unmerged, config)
        del unmerged, work, keys
        screened = _as_merged(screened, extracted)
        ordered = sorted(screened.articles, key=lambda a: a.id)
        with kept_to_the_end():
            named: dict[str, Named] = {}
            hubs = kept_hubs(ordered, config, extracted.prints, named=named)
            # While matching finishes beside: what the later stages read that no story changes.
            ahead = _ahead(config, ordered, hubs[0], named)
        show.stage("match")
        matched = matching.result()
    # The merged corpus is kept for the next build on the second core while the stages after go on (linking
    # runs alone in this process): nothing in this build reads it back. Its process forks first: forking
    # hands the objects left out of collection back to it. No process when the last build's snapshot holds it.
    with beside(keep, enabled=parallel and keep is not kept_already) as kept, _corpus_left_out_of_collection():
        earlier = loaded.problems + extracted.problems
        return _build_later_stages(
            config,
            show,
            started,
            earlier=earlier,
            screened=screened,
            extracted=extracted,
            found=(ordered, matched, hubs),
            kept=kept,
            ahead=ahead,
        )


class _Ahead(NamedTuple):
    """What the stages after matching read that no story changes, made while matching finishes on the other core."""

    staging: Staging
    """The write of the docs dir, with the record of the files the last build wrote read."""
    related: tuple[Kept | None]
    """What the last build kept of the related articles (`link_memo.read_related`)."""
    unlinked: list[str]
    """data/entities.json's records of the entities without a hub (`render.unlinked_json`, unlinked_memo.py)."""
    memos: dict[str, MemoFiles]
    """The page memos' files (the search documents' and the pages'), by kind, read from the cache folder."""


def _ahead(config: Config, ordered: Sequence[Article], hubs: Sequence[EntityHub], named: Mapping[str, Named]) -> _Ahead:
    """Return what the stages after matching read of the last build and of the articles (in id order) and hubs;
    named as `hub_memo.kept_hubs` gives it."""
    record = None if config.cache_dir_path is None else config.cache_dir_path / WRITTEN
    hub_of: dict[tuple[str, str], str] = {(hub.kind, hub.name): hub.key for hub in hubs}  # as `link_articles`
    cache = config.cache_dir_path
    memos = {} if cache is None else {kind: read_memo_files(cache, config, kind) for kind in (DOCUMENTS, FOLDER)}
    unlinked = kept_unlinked(ordered, hub_of, config, named or None)
    return _Ahead(Staging(config.out_dir, record), (read_related(config),), unlinked, memos)


def _match_kept(articles: Sequence[Article], config: Config, keys: Mapping[str, str]) -> Matched:
    """Return the articles matched, what matching makes and reads back left out of the cycle collector's walks:
    the stories are kept to the end, and the rest is dropped with the process matching runs in, if another."""
    with kept_to_the_end():
        return match_articles(articles, config, keys=keys)


def _as_merged(screened: Screened, extracted: Extracted) -> Screened:
    """Return the screen's verdicts on the articles as merged: the same articles kept, in the same order."""
    kept = {a.id for a in screened.articles}
    return Screened(tuple(a for a in extracted.articles if a.id in kept), screened.problems)


def _build_later_stages(
    config: Config,
    show: Progress,
    started: float,
    *,
    earlier: tuple[Problem, ...],
    screened: Screened,
    extracted: Extracted,
    found: tuple[Sequence[Article], Matched, tuple[tuple[EntityHub, ...], tuple[bytes, ...]]],
    kept: Later[None],
    ahead: _Ahead,
) -> BuildReport:
    """Link, render, index and write the screened articles (found: in id order), matched and with their hubs,
    waiting for the merged corpus kept beside (kept), with what was made ahead; return what was done."""
    ordered, matched, (hubs, hub_prints) = found
    show.stage("link")
    with kept_to_the_end():
        links = link_articles(ordered, matched.groups, matched.substitutions, config, related=False, hubs=hubs)
    problems = earlier + screened.problems
    # The digests of what pages read, made once for both memos (and with the hubs and the related articles).
    known: Known = {("hubs", hub.key): (hub, printed) for hub, printed in zip(hubs, hub_prints, strict=False)}
    with kept_to_the_end():
        kept_documents = _page_memo(config, links, extracted, known=known, ahead=ahead, kind=DOCUMENTS)
    documents = render_search_documents(links, kept_documents)
    kept_documents.save()
    # Pagefind indexes in processes of its own (a shard a core) while related articles are found
    # and the pages render: the search documents read no related articles.
    with ThreadPoolExecutor(max_workers=1) as indexer:
        cache = config.cache_dir_path
        keep = None if cache is None else cache / SEARCH_INDEX
        index_sums: dict[str, KnownSum] = {}
        shard_size = config.search_shard_size
        index = indexer.submit(index_site, documents, keep, shard_size, config.worker_count, sums=index_sums)
        with kept_to_the_end():
            links, related = kept_related(links, config, extracted.prints, kept=ahead.related)
        known.update((("related", i), printed) for i, printed in related.items())
        show.stage("render")
        with kept_to_the_end():
            memo = _page_memo(config, links, extracted, known=known, ahead=ahead, kind=FOLDER, earlier=kept_documents)
            pages = render_site(links, problems, config, memo, unlinked=ahead.unlinked)  # kept to the end as well
        memo.save()
        # The pages are staged while Pagefind finishes: only the search index's files wait for it.
        show.stage("write")
        staging = ahead.staging
        staging.add(pages, memo.sums)
        show.stage("index")
        bundle = index.result()
    gc.freeze()  # the pages rendered, kept to the end as well (see `kept_to_the_end`)
    show.stage("write")
    staging.add(bundle, index_sums)
    written = staging.finish()
    kept.result()
    show.close()
    return BuildReport(
        articles=len(screened.articles),
        pages=written.pages,
        groups=len(matched.groups),
        problems=problems + written.problems,
        seconds=time.perf_counter() - started,
    )


def _page_memo(
    config: Config,
    links: SiteLinks,
    extracted: Extracted,
    *,
    known: Known,
    ahead: _Ahead,
    kind: str,
    earlier: PageMemo | None = None,
) -> PageMemo:
    """Return the page memo of kind (the pages' or the search documents'), with its files as read ahead."""
    return PageMemo(
        config.cache_dir_path,
        config,
        links,
        extracted.prints,
        kind=kind,
        known=known,
        earlier=earlier,
        files=ahead.memos.get(kind),
    )


@contextmanager
def _corpus_left_out_of_collection() -> Iterator[None]:
    """Leave every object made so far (the corpus's articles) out of the cycle collector's walks.

    The later stages keep the articles to the end and make many short-lived objects besides; each
    full collection would walk every article again, for cycles the articles never hold (a third
    of linking and rendering). The objects are handed back to the collector when the build ends.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
