"""Build the search index: Pagefind's bundle for docs/pagefind/, as files in memory.

The build writes the index itself, so `python build.py && mkdocs build` gives a site that
searches at any size: MkDocs copies docs/pagefind/ into the site as it is. Pagefind runs
offline from the program shipped in the pagefind-bin wheel. Its files are named by a hash of
their content, and the same documents give the same bytes.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import shutil
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
        for _ in range(_ATTEMPTS):
            shutil.rmtree(bundle, ignore_errors=True)
            # In a thread of its own: the caller may be running an event loop already (a notebook,
            # a browser driver), where asyncio.run() refuses to start another.
            with ThreadPoolExecutor(max_workers=1) as worker:
                count = worker.submit(asyncio.run, _run_pagefind(pages, bundle)).result()
            files = sorted(p for p in bundle.rglob("*") if p.is_file() and p.name not in _UNUSED)
            found = tuple(Page(f"{BUNDLE_DIR}/{p.relative_to(bundle).as_posix()}", p.read_bytes()) for p in files)
            broken = [page.path for page in found if not _whole(page)]
            if not broken:
                log.info("indexed %d pages for search", count)
                return found
            log.info("search index: %s written short; indexing again", ", ".join(broken))
        raise RuntimeError(f"Pagefind wrote an incomplete index {_ATTEMPTS} times: {', '.join(broken)}")


# Pagefind answers that it wrote the bundle before every file is on disk, and is stopped right
# after: on a busy machine a file or two is left empty or cut short. Each file is checked (JSON
# parsed, gzip read to its end) and the index made again when one is not whole.
_ATTEMPTS = 3


def _whole(page: Page) -> bool:
    """Return True when a file of the bundle is complete: not empty, its JSON or gzip readable to the end."""
    data = page.content if isinstance(page.content, bytes) else page.content.encode("utf-8")
    if not data:
        return False
    try:
        if data[:2] == b"\x1f\x8b":
            gzip.decompress(data)
        elif page.path.endswith(".json"):
            json.loads(data)
    except (OSError, EOFError, ValueError):
        return False
    return True


async def _run_pagefind(pages: Path, bundle: Path) -> int:
    """Index every HTML file under pages with Pagefind, write the bundle, return the page count."""
    # One request for the folder, not one per document: Pagefind's Python service answers
    # requests one at a time with a pause between them (a tenth of a second each).
    # Leaving the block writes the bundle to output_path.
    config: IndexConfig = {"force_language": _LANGUAGE, "output_path": str(bundle.absolute())}
    async with PagefindIndex(config=config) as index:
        added = await index.add_directory(str(pages.absolute()))
    return added["page_count"]
