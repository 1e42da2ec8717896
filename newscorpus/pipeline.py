"""The build as a list of named steps: load, extract, screen, match, link, render, write."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor

from .config import Config
from .extract.run import extract_corpus
from .index import index_site
from .link import link_articles
from .load import load_corpus
from .match import match_articles
from .model import BuildReport
from .progress import Progress
from .render import render_search_documents, render_site
from .screen import screen_articles
from .write import write_site

log = logging.getLogger(__name__)


def build_site(config: Config, progress: Progress | None = None) -> BuildReport:
    """Build the docs dir from the corpus and return what was done."""
    started = time.perf_counter()
    show = progress or Progress()
    show.stage("load")
    loaded = load_corpus(config)
    log.info("loaded %d files from %s", len(loaded.sources), config.corpus_dir)
    show.stage("extract")
    extracted = extract_corpus(loaded.sources, config, show)
    screened = screen_articles(extracted.articles, config)
    show.stage("match")
    matched = match_articles(screened.articles, config)
    show.stage("link")
    links = link_articles(screened.articles, matched.groups, matched.substitutions, config)
    problems = loaded.problems + extracted.problems + screened.problems
    documents = render_search_documents(links)
    # Pagefind indexes in a process of its own, on another core while the pages render.
    with ThreadPoolExecutor(max_workers=1) as indexer:
        index = indexer.submit(index_site, documents)
        show.stage("render")
        pages = render_site(links, problems, config)
        show.stage("index")
        bundle = index.result()
    show.stage("write")
    written = write_site(pages + bundle, config.out_dir)
    show.close()
    return BuildReport(
        articles=len(screened.articles),
        pages=written.pages,
        groups=len(matched.groups),
        problems=problems + written.problems,
        seconds=time.perf_counter() - started,
    )
