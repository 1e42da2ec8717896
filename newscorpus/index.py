"""Build the search index: Pagefind's bundle for docs/pagefind/, as files in memory.

The build writes the index itself, so `python build.py && mkdocs build` gives a site that
searches at any size: MkDocs copies docs/pagefind/ into the site as it is. Pagefind runs
offline from the program shipped in the pagefind-bin wheel. Its files are named by a hash of
their content, and the same documents give the same bytes.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

from .model import Page, SearchDocument

log = logging.getLogger(__name__)

BUNDLE_DIR = "pagefind"
"""Where the index goes in the docs dir (and so in the site)."""

# Pagefind writes three user interfaces; the site uses the default one (pagefind-ui.*) in the
# header and on the search page, so the others and their helper are not published.
_UNUSED = frozenset(
    {
        "pagefind-component-ui.css",
        "pagefind-component-ui.js",
        "pagefind-highlight.js",
        "pagefind-modular-ui.css",
        "pagefind-modular-ui.js",
    }
)

# One index in English for every page: the site's pages all say lang="en", and the search box
# loads the index of its page's language, so an index per article language would never be read.
_LANGUAGE = "en"


def index_site(documents: Sequence[SearchDocument]) -> tuple[Page, ...]:
    """Return the files of the search index of documents, under BUNDLE_DIR, sorted by path."""
    with tempfile.TemporaryDirectory(prefix="newscorpus-index-") as tmp:
        pages, bundle = Path(tmp) / "pages", Path(tmp) / "bundle"
        for document in documents:
            # Pagefind gives "articles/x/index.html" the address "/articles/x/", as MkDocs does.
            target = pages / document.url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document.html, encoding="utf-8")
        pages.mkdir(exist_ok=True)
        # In a thread of its own: the caller may be running an event loop already (a notebook,
        # a browser driver), where asyncio.run() refuses to start another.
        with ThreadPoolExecutor(max_workers=1) as worker:
            count = worker.submit(asyncio.run, _run_pagefind(pages, bundle)).result()
        log.info("indexed %d pages for search", count)
        files = sorted(p for p in bundle.rglob("*") if p.is_file() and p.name not in _UNUSED)
        return tuple(Page(f"{BUNDLE_DIR}/{p.relative_to(bundle).as_posix()}", p.read_bytes()) for p in files)


async def _run_pagefind(pages: Path, bundle: Path) -> int:
    """Index every HTML file under pages with Pagefind, write the bundle, return the page count."""
    # One request for the folder, not one per document: Pagefind's Python service answers
    # requests one at a time with a pause between them (a tenth of a second each).
    # Leaving the block writes the bundle to output_path.
    config: IndexConfig = {"force_language": _LANGUAGE, "output_path": str(bundle.absolute())}
    async with PagefindIndex(config=config) as index:
        added = await index.add_directory(str(pages.absolute()))
    return added["page_count"]
