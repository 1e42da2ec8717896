"""Build the search index: Pagefind's bundle for docs/pagefind/, as files in memory.

The build writes the index itself, so `python build.py && mkdocs build` gives a site that
searches at any size: MkDocs copies docs/pagefind/ into the site as it is. Pagefind runs
offline from the program shipped in the pagefind-bin wheel. Its files are named by a hash of
their content, and the same documents give the same bytes. A large index is made in shards, a
bundle each, so that a rebuild indexes again only the shards whose documents changed; the
search box merges them (javascripts/search.js).
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import cast

from pagefind.service import PagefindService, get_executable
from pagefind.service.types import InternalDecodedFile

from .cache import code_version, decode_entry, write_entry
from .file_status import KnownSum, Sum, sum_of
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


SHARDS_SCRIPT = f"{BUNDLE_DIR}/shards.js"
"""The script telling the search box (javascripts/search.js) which shards to merge with the main bundle."""

MAX_SHARDS = 16
"""The most shards an index is split into; past it, the shards grow. A first search fetches the
page list and an index chunk of every shard, 40 to 50 KiB: on 20,000 articles (28,000 pages
with their hubs) 16 shards of 2,000 keep it under 1 MB, which 32 would not."""

# A shard's bundle holds its documents' index only: the main bundle's program and UI search it.
_SHARD_FILES = ("pagefind-entry.json", ".pf_meta", "index/", "fragment/", "filter/")


def index_site(
    documents: Sequence[SearchDocument],
    keep: Path | None = None,
    shard_size: int = 0,
    workers: int = 1,
    *,
    sums: dict[str, KnownSum] | None = None,
) -> tuple[Page, ...]:
    """Return the files of the search index of documents, under BUNDLE_DIR, sorted by path.

    Past shard_size documents (0: never), the index is split into shards (shard_documents), each
    a bundle of its own: the first in BUNDLE_DIR with Pagefind's program and UI, the others in
    folders inside it, which the search box merges (SHARDS_SCRIPT lists them). Pagefind indexes
    up to workers shards at once. With keep (a folder in the cache folder), each shard's bundle is
    kept there with a hash of its documents and of the code and installed packages (Pagefind's
    version among them), and given again while they are the same: a rebuild runs Pagefind only on
    the shards holding a document that changed. Given sums, the size and digest of each file returned
    are put there by path (`write_site` takes them): kept with the bundles, a rebuild hashes none again.
    """
    split = shard_documents(documents, shard_size)
    # By name (the main bundle's is ""); Pagefind makes no index of nothing, so an empty shard has none.
    shards = {_shard_name(n, len(split)): shard for n, shard in enumerate(split) if n == 0 or shard}
    digests = {name: _digest(shard) for name, shard in shards.items()}
    bundles: dict[str, _Bundle] = {}
    if keep is not None:
        bundles = {name: found for name in shards if (found := _kept(keep, name, digests[name])) is not None}
    missing = [name for name in shards if name not in bundles]
    if missing:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(missing)))) as pool:
            made = pool.map(lambda name: _index(shards[name]), missing)
            bundles.update((name, (bundle, _sums(bundle))) for name, bundle in zip(missing, made, strict=True))
        if len(shards) > 1:
            log.info("search index: indexed %d of %d shards", len(missing), len(shards))
    if keep is not None:
        _keep(keep, {name: (digests[name], *bundles[name]) for name in missing}, set(shards))
    files = [page for name in shards for page in _placed(bundles[name], name, sums)]
    files.append(Page(SHARDS_SCRIPT, _shards_script([name for name in shards if name])))
    return tuple(sorted(files, key=lambda page: page.path))


def shard_documents(documents: Sequence[SearchDocument], shard_size: int) -> tuple[tuple[SearchDocument, ...], ...]:
    """Return documents split into shards by a hash of their address, each in the documents' order.

    One shard up to shard_size documents (or with shard_size 0); past it, the fewest shards, a
    power of two, holding shard_size documents each on average, and MAX_SHARDS at most. A
    document's shard depends on its address and the count alone, so an edit re-indexes one shard;
    the count changes only when the corpus doubles or halves, and then each shard splits in two
    (or two join).
    """
    count = 1
    while shard_size and len(documents) > count * shard_size and count < MAX_SHARDS:
        count *= 2
    shards: list[list[SearchDocument]] = [[] for _ in range(count)]
    for document in documents:
        shards[_shard_of(document.url, count)].append(document)
    return tuple(tuple(shard) for shard in shards)


def _shard_of(url: str, count: int) -> int:
    """Return the shard of the document at url, among count."""
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big") % count


def _shard_name(number: int, count: int) -> str:
    """Return a shard's folder inside BUNDLE_DIR ("" for the first, the main bundle)."""
    return "" if number == 0 else f"shard-{number:02d}-of-{count:02d}"


_Bundle = tuple[tuple[Page, ...], tuple[Sum, ...]]
"""A shard's bundle: its files, and the size and digest of each (`file_status.sum_of`)."""


def _sums(bundle: tuple[Page, ...]) -> tuple[Sum, ...]:
    """Return the size and digest of each file of a bundle."""
    return tuple(sum_of(page.content if isinstance(page.content, bytes) else page.content.encode()) for page in bundle)


def _placed(bundle: _Bundle, name: str, sums: dict[str, KnownSum] | None) -> list[Page]:
    """Return a shard's bundle as published: the main one whole, another's index files in its folder; put
    each file's size and digest in sums (when given)."""
    files, found = bundle
    placed = list(zip(files, found, strict=True))
    if name:
        inside = [(page.path.removeprefix(f"{BUNDLE_DIR}/"), page.content, one) for page, one in placed]
        placed = [(Page(f"{BUNDLE_DIR}/{name}/{path}", data), one) for path, data, one in inside if _shard_file(path)]
    if sums is not None:
        sums.update((page.path, (page.content, one)) for page, one in placed)
    return [page for page, _ in placed]


def _shard_file(path: str) -> bool:
    """Return True for a file of a shard's own index (not Pagefind's program or UI)."""
    return any(path.endswith(kind) if kind.startswith(".") else path.startswith(kind) for kind in _SHARD_FILES)


def _shards_script(names: Sequence[str]) -> str:
    """Return the script listing the shards besides the main bundle, as javascripts/search.js reads it."""
    return (
        "// The search index's shards besides the main bundle, which the search box merges with it.\n"
        f"window.newscorpusSearchShards = {json.dumps([f'{name}/' for name in names])};\n"
    )


def _kept(keep: Path, name: str, digest: str) -> _Bundle | None:
    """Return the bundle of a shard kept in the folder keep for the same digest, or None."""
    path = keep / (name or _MAIN)
    try:
        kept = decode_entry(path.read_bytes())
        if isinstance(kept, tuple) and len(kept) == 3 and kept[0] == digest:
            return cast(_Bundle, kept[1:])
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest:  # kept with no sums (earlier versions)
            return kept[1], _sums(kept[1])
    except (FileNotFoundError, NotADirectoryError):
        pass
    except Exception as err:  # a damaged file can fail in any way; it is never trusted
        log.warning("%s: ignoring the kept search index (%s)", path, str(err) or type(err).__name__)
    return None


def _keep(keep: Path, made: dict[str, tuple[str, tuple[Page, ...], tuple[Sum, ...]]], names: set[str]) -> None:
    """Keep the bundles made in the folder keep, and remove those of shards no longer made."""
    if keep.is_file():
        keep.unlink()  # one file for the whole index, as earlier versions kept it
    for name, entry in made.items():
        write_entry(keep / (name or _MAIN), entry)
    for old in keep.iterdir() if keep.is_dir() else ():
        if old.name not in {name or _MAIN for name in names}:
            old.unlink(missing_ok=True)


# The file keeping the main bundle, in the folder keeping the shards' bundles.
_MAIN = "main"


def _digest(documents: Sequence[SearchDocument]) -> str:
    """Return a hash of documents, of this code and of the installed packages (Pagefind among them)."""
    digest = hashlib.blake2b(code_version().encode(), digest_size=16)
    for document in documents:
        digest.update(f"{len(document.url)}:{document.url}{len(document.html)}:{document.html}".encode())
    return digest.hexdigest()


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


def _index(documents: Sequence[SearchDocument]) -> tuple[Page, ...]:
    """Return the files of the search index of documents, made by Pagefind."""
    if not documents:
        return _empty_index()
    with tempfile.TemporaryDirectory(prefix="newscorpus-index-", dir=_scratch_parent(documents)) as tmp:
        pages, bundle = Path(tmp) / "pages", Path(tmp) / "bundle"
        for document in documents:
            # Pagefind gives "articles/x/index.html" the address "/articles/x/", as MkDocs does.
            target = pages / document.url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document.html, encoding="utf-8")
        pages.mkdir(exist_ok=True)
        _run_pagefind(pages, bundle)
        files = sorted(p for p in bundle.rglob("*") if p.is_file() and p.name not in _UNUSED)
        found = tuple(Page(f"{BUNDLE_DIR}/{p.relative_to(bundle).as_posix()}", p.read_bytes()) for p in files)
    broken = [page.path for page in found if not _whole(page)]
    if broken:  # never published nor kept: the next build makes it again
        raise RuntimeError(f"Pagefind wrote an incomplete index: {', '.join(broken)}")
    log.info("indexed %d pages for search", len(documents))
    return found


def _run_pagefind(pages: Path, bundle: Path) -> None:
    """Index every HTML file under pages with Pagefind's program and write the bundle into bundle."""
    # The program itself, once per bundle: it exits once every file is written. (Its Python
    # service answered each request after a pause of a tenth of a second, and once stopped could
    # leave a file or two cut short.)
    command = [str(_pagefind_program()), "--site", str(pages), "--output-path", str(bundle)]
    done = subprocess.run(
        [*command, "--force-language", _LANGUAGE, "--silent"], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"Pagefind failed (exit status {done.returncode}): {(done.stderr or done.stdout).strip()}")


def _empty_index() -> tuple[Page, ...]:
    """Return the files of an index of no documents, from Pagefind's service (its program makes none)."""

    async def files() -> list[InternalDecodedFile]:
        async with PagefindService() as service:
            index = await service.create_index({"force_language": _LANGUAGE})
            return await index.get_files()

    # In a thread of its own: the caller may be running an event loop already (a notebook, a
    # browser driver), where asyncio.run() refuses to start another.
    with ThreadPoolExecutor(max_workers=1) as worker:
        made = worker.submit(asyncio.run, files()).result()
    found = [Page(f"{BUNDLE_DIR}/{file['path']}", file["content"]) for file in made if file["path"] not in _UNUSED]
    return tuple(sorted(found, key=lambda page: page.path))


def _pagefind_program() -> Path:
    """Return Pagefind's program, as the pagefind-bin wheel installs it."""
    program = get_executable()
    if program is None:
        raise RuntimeError("Pagefind's program is not installed: pip install -r requirements.txt")
    return program


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
