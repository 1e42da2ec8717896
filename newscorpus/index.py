"""Build the search index: Pagefind's bundle for docs/pagefind/, as files in memory.

The build writes the index itself, so `python build.py && mkdocs build` gives a site that
searches at any size: MkDocs copies docs/pagefind/ into the site as it is. Pagefind runs
offline from the program shipped in the pagefind-bin wheel. Its files are named by a hash of
their content, and the same documents give the same bytes.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import cast

from pagefind.index import IndexConfig
from pagefind.service import PagefindService

from .cache import code_version, decode_entry, write_entry
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


def index_site(documents: Sequence[SearchDocument], keep: Path | None = None) -> tuple[Page, ...]:
    """Return the files of the search index of documents, under BUNDLE_DIR, sorted by path.

    With keep (a file in the cache folder), the last index made is kept there with a hash of its
    documents and of the code and installed packages (Pagefind's version among them), and given
    again while they are the same: a rebuild that changes nothing searched does not run Pagefind.
    """
    if keep is None:
        return _index(documents)
    digest = hashlib.blake2b(code_version().encode(), digest_size=16)
    for document in documents:
        digest.update(f"{len(document.url)}:{document.url}{len(document.html)}:{document.html}".encode())
    try:
        kept = decode_entry(keep.read_bytes())
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest.hexdigest():
            return cast(tuple[Page, ...], kept[1])
    except FileNotFoundError:
        pass
    except Exception as err:  # a damaged file can fail in any way; it is never trusted
        log.warning("%s: ignoring the kept search index (%s)", keep, str(err) or type(err).__name__)
    made = _index(documents)
    write_entry(keep, (digest.hexdigest(), made))
    return made


def _index(documents: Sequence[SearchDocument]) -> tuple[Page, ...]:
    """Return the files of the search index of documents, made by Pagefind."""
    with tempfile.TemporaryDirectory(prefix="newscorpus-index-", dir=_scratch_parent(documents)) as tmp:
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


# Pagefind reads the documents from files, one folder each, and writes the bundle as files: some
# tens of thousands of small files made, read and removed on every build. On a busy disk that was
# most of the stage (55 s of 68 s for 5,000 articles), so they go to a folder in memory when the
# system has one with room for them, unless TMPDIR names the folder for such files.
# Pagefind numbers the pages in the order the file system lists them, and so writes other (as
# good) index pieces on another kind of file system: a tmpfs lists files by the order they were
# made, which is the documents' order on every machine, where an ext4 disk lists them by a hash
# seeded per disk. One corpus gives the same bytes build after build while the folder in memory
# has room; a build that falls back to the disk gives the disk's.
_MEMORY_FOLDERS = (Path("/dev/shm"),)
# The room they take: the documents, a bundle of about their size, and a block or two a file.
_FILE_BLOCKS = 16 * 1024


def _scratch_parent(documents: Sequence[SearchDocument]) -> str | None:
    """Return the folder in memory to index in, or None for the system's temporary folder."""
    if os.environ.get("TMPDIR"):
        return None
    needed = 2 * sum(len(d.html.encode("utf-8")) for d in documents) + 2 * _FILE_BLOCKS * (len(documents) + 1)
    for folder in _MEMORY_FOLDERS:
        try:
            if folder.is_dir() and os.access(folder, os.W_OK) and shutil.disk_usage(folder).free > needed:
                return str(folder)
        except OSError:
            continue
    return None


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
    config: IndexConfig = {"force_language": _LANGUAGE, "output_path": str(bundle.absolute())}
    async with PagefindService() as service:
        index = await service.create_index(config)
        added = await index.add_directory(str(pages.absolute()))
        await index.write_files()
        # Leaving the block stops Pagefind: first let its last writes land.
        await _settled(bundle)
    return added["page_count"]


# How often, and how long at most, the bundle is looked at for files still being written.
_SETTLE_POLL = 0.05
_SETTLE_SECONDS = 10.0


async def _settled(bundle: Path) -> None:
    """Return once the bundle's entry file is whole and no file in it has changed size since the last look."""
    seen: dict[str, int] = {}
    for _ in range(int(_SETTLE_SECONDS / _SETTLE_POLL)):
        now = _sizes(bundle)
        entry = bundle / "pagefind-entry.json"
        if now and now == seen and entry.name in now and _whole(Page(entry.name, entry.read_bytes())):
            return
        seen = now
        await asyncio.sleep(_SETTLE_POLL)


def _sizes(folder: Path) -> dict[str, int]:
    """Return the size of every file under folder, by path inside it (os.scandir: tens of thousands of files)."""
    sizes = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                sizes.update({f"{entry.name}/{name}": size for name, size in _sizes(Path(entry.path)).items()})
            else:
                sizes[entry.name] = entry.stat(follow_symlinks=False).st_size
    return sizes
