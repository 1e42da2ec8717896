"""Write generated pages into the docs dir: the only writer, and never of hand-written pages.

Only pages whose bytes changed are written: an unchanged page keeps its file and its
modification time, so `mkdocs serve` and other watchers of the docs dir see only what changed.
The changed pages are first written beside the docs dir, into a staging folder, with a journal
of what moves where; the journal is the commit point. Then each page is moved into place and
the pages of removed articles are deleted. A build killed before the journal leaves the previous
site untouched; one killed after it has its move finished by the next build, before anything else.
A manifest of generated paths tells generated pages (replaced, or removed when their article is
gone) from hand-written ones (never touched).

Telling an unchanged page from a changed one means comparing its bytes with the file's. Given a
record of the files (`written`, kept in the cache folder), a file whose status is the one recorded
when the last build wrote it (size, modification and change times, inode) is known by the digest
recorded then, and is not read: a rebuild compares digests, not the site's half-gigabyte of files,
which need not be in memory any more. A file whose status differs (edited, touched, copied back) is
read and compared as with no record. A file changed in the last moments before the record was
made is not recorded (`file_status.settled`), so it is read by the next build.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import Problem
from .file_status import KnownSum, Status, Sum, settled, status_of, sum_of
from .kept_table import KeptTable
from .model import Page
from .render.bodies import is_text

log = logging.getLogger(__name__)

MANIFEST = ".newscorpus-generated.json"
"""Lists the generated files in the docs dir; MkDocs skips dot-files, so it is never published."""

JOURNAL = ".journal.json"
"""In the staging folder: the pages to move into the docs dir and the pages to delete from it."""

_RECORD_VERSION = "written-2"
"""The layout of the record of the files written: by path, (status, digest), in the shard files of a folder."""


@dataclass(frozen=True)
class Written:
    """What the write stage did."""

    pages: int
    """Pages and data files generated; the search index's files are not counted."""
    problems: tuple[Problem, ...]
    changed: int = 0
    """Files written or deleted because their content changed; the others were left as they were."""


def write_site(
    pages: Sequence[Page], out_dir: Path, written: Path | None = None, sums: Mapping[str, KnownSum] | None = None
) -> Written:
    """Make the generated pages in out_dir those of pages, writing only what changed, keeping hand-written files.

    With written (a file outside out_dir), the status and digest of every generated file are kept
    there, so the next build can tell its unchanged files without reading them. Sums, by path, are
    the size and digest of pages known already (a page kept by the page memo): a page whose content
    is the very object given with its sum is not encoded or hashed again.
    """
    staging = Staging(out_dir, written, sums)
    staging.add(pages)
    return staging.finish()


class Staging:
    """A write of the docs dir (see `write_site`) in steps: the record of the files read (while the build waits
    for something else), pages staged as they are given (the search index's after the site's, when Pagefind is
    done), then the generated pages made those given, all at once. The staging folder is made by the first page
    staged, or by `finish`."""

    def __init__(self, out_dir: Path, written: Path | None = None, sums: Mapping[str, KnownSum] | None = None) -> None:
        self.out_dir = out_dir.absolute()
        self.folder = self.out_dir.with_name(f".{self.out_dir.name}.staging")
        _recover(self.folder, self.out_dir)
        self.previous = _read_manifest(self.out_dir)
        self.sums = dict(sums or {})
        self.known = _Record.load(written, self.sums)
        self.made: set[str] = set()
        """The staging folder's folders made so far (the folder itself by the first page staged)."""
        self.problems: list[Problem] = []
        self.generated: list[str] = []
        self.moves: list[str] = []
        self.text_pages = 0

    def add(self, pages: Sequence[Page], sums: Mapping[str, KnownSum] | None = None) -> None:
        """Stage the pages whose files change; sums as `write_site`'s, for these pages."""
        self.sums.update(sums or {})  # the record reads this very table
        out_dir, known = self.out_dir, self.known
        # Strings, not Paths: a build looks at each of its 60,000 files' targets, and making a Path (or
        # joining with os.path) costs more than reading a small file; a checked path is plain parts.
        base = os.path.join(str(out_dir), "")  # noqa: PTH118  (see above)
        for page in pages:
            if not _plain(page.path):
                _check_path(page.path)  # refuses it, or gives it as parts
            target = base + page.path
            if page.path not in self.previous and os.path.lexists(target):
                problem = Problem(
                    f"{out_dir.name}/{page.path}",
                    "a hand-written page is where a generated page goes; the generated page was not written",
                    "rename or move the hand-written page",
                    skipped=False,
                )
                log.warning("%s", problem)
                self.problems.append(problem)
                continue
            self.generated.append(page.path)
            self.text_pages += is_text(page)
            if _stage(page, target, self.folder, known, self.made):
                self.moves.append(page.path)

    def finish(self) -> Written:
        """Make the generated pages in the docs dir those staged and given unchanged; return what was done."""
        out_dir, moves = self.out_dir, self.moves
        self.folder.mkdir(parents=True, exist_ok=True)  # made here when no page was staged
        manifest = Page(MANIFEST, _manifest_text(sorted(self.generated)))
        if _stage(manifest, str(out_dir / MANIFEST), self.folder, self.known, self.made):
            moves.append(MANIFEST)
        stale = sorted(self.previous - set(self.generated))
        _commit(self.folder, moves, stale)
        _apply(self.folder, out_dir)
        self.known.save(str(out_dir), moves)
        return Written(pages=self.text_pages, problems=tuple(self.problems), changed=len(moves) + len(stale))


def _manifest_text(paths: Sequence[str]) -> str:
    """Return the manifest listing paths: `json.dumps(paths, indent=0)` and a newline, made by the C encoder
    (an indent makes json use its Python one, a third of a second for a large site)."""
    if not paths:
        return "[]\n"
    return "[\n" + json.dumps(list(paths), separators=(",\n", ":"))[1:-1] + "\n]\n"


def _safe_target(root: Path, rel: str) -> Path:
    """Return root/rel, refusing any path that would leave root."""
    return root.joinpath(*_check_path(rel))


def _plain(rel: str) -> bool:
    """Return True for a path of plain words between single slashes (the parts `_check_path` looks at no closer)."""
    # One string searched three times: a build checks 60,000 paths, and splitting each costs twice this.
    between = f"/{rel}/"
    return "//" not in between and "/./" not in between and "/../" not in between


def _check_path(rel: str) -> tuple[str, ...]:
    """Return a generated path's parts, refusing any path that would leave the folder it is written in."""
    # Every generated path is plain words between single slashes: checked as a string, which
    # costs a third of parsing it.
    if not rel.startswith("/") and _UNSAFE_PARTS.isdisjoint(parts := rel.split("/")):
        return tuple(parts)
    pure = PurePosixPath(rel)
    if not pure.parts or pure.is_absolute() or any(p in ("..", ".", "") for p in pure.parts):
        raise ValueError(f"refusing to write outside the docs dir: {rel!r}")
    return pure.parts


_UNSAFE_PARTS = frozenset({"", ".", ".."})
"""Parts of a path that `_safe_target` looks at closer: leaving root, or not plain."""


def _stage(page: Page, target: str, staging: Path, known: _Record, made: set[str]) -> bool:
    """Write the page into the staging folder unless target already holds its bytes; return whether it did.
    made holds the staging folder's folders made so far (each made once, not asked for again page by page)."""
    if known.holds(page, target):
        return False
    staged = _safe_path(str(staging), page.path)  # a string, as in `Staging.add`
    _make_folder(os.path.dirname(staged), made)  # noqa: PTH120  (a string path)
    _write_file(staged, known.data(page))
    return True


def _write_file(path: str, data: bytes) -> None:
    """Write data into the file at path (a string, as in `Staging.add`)."""
    with open(path, "wb") as file:  # noqa: PTH123  (a string path)
        file.write(data)


def _safe_path(root: str, rel: str) -> str:
    """Return root/rel as a string (`_safe_target`'s path), refusing any path that would leave root."""
    return os.path.join(root, *_check_path(rel))  # noqa: PTH118  (a string path, see `Staging.add`)


def _make_folder(folder: str, made: set[str]) -> None:
    """Make folder and its parents unless made holds it (made by this write), and note it made."""
    if folder not in made:
        os.makedirs(folder, exist_ok=True)  # noqa: PTH103  (a string path)
        made.add(folder)


class _Record:
    """The status and digest of each generated file as the last build left it, and this build's digests."""

    def __init__(self, kept: KeptTable[str, tuple[Status, str]] | None, sums: Mapping[str, KnownSum]) -> None:
        self.kept = kept
        self.files = None if kept is None else kept.last
        """By generated path: status and digest, or None to keep no record."""
        self.sums = sums
        self.digests: dict[str, str] = {}
        """This build's digest of each page it compared, by path."""
        self.held: dict[str, tuple[Status, str]] = {}
        """The files found holding their page, by path: as the record keeps them."""
        self._encoded: tuple[Page | None, bytes] = (None, b"")
        """The last page whose bytes were made to be hashed or compared, and those bytes (`data`)."""

    @classmethod
    def load(cls, written: Path | None, sums: Mapping[str, KnownSum]) -> _Record:
        """Return the record kept at written (empty when there is none or it cannot be read), or none to keep."""
        if written is None:
            return cls(None, sums)
        # Cache entries (pickles behind a checksum), not JSON: tens of thousands of files, read each build, in
        # a tenth of the time; in shards by path, so a rebuild writes again only those of the files it changed.
        return cls(KeptTable(written, _RECORD_VERSION, "the record of the files written", "files are compared"), sums)

    def holds(self, page: Page, path: str) -> bool:
        """Return True when path is a regular file holding exactly the page's bytes; read it only when the
        record cannot tell."""
        rel = page.path
        try:
            status = os.lstat(path)  # one system call: a link is never regular
        except OSError:
            if self.files is not None:  # written new: kept with its digest, so the next build need not read it
                self.digests[rel] = self._sum(page)[1]
            return False
        if self.files is None:
            return _holds(path, status, self.data(page))
        size, digest = self._sum(page)
        now = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)  # `status_of`, inline
        kept = self.files.get(rel)
        # As the last build left it: the digest tells. Otherwise (edited, touched, copied back) the bytes do.
        if kept is not None and kept[0] == now and kept[1] == digest and stat.S_ISREG(status.st_mode):
            self.held[rel] = kept
            return True
        self.digests[rel] = digest
        if not stat.S_ISREG(status.st_mode) or status.st_size != size:
            return False
        same = kept[1] == digest if kept is not None and kept[0] == now else _holds(path, status, self.data(page))
        if same:
            self.held[rel] = (now, digest)
        return same

    def _sum(self, page: Page) -> Sum:
        """Return the size and digest of the page's bytes: as given with the very page (one the page memo kept,
        see render/bodies.py) or its very content, else worked out."""
        given = self.sums.get(page.path)
        if given is not None and (given[0] is page or given[0] is page.content):
            return given[1]
        return sum_of(self.data(page))

    def data(self, page: Page) -> bytes:
        """Return the bytes of the page's file, made once when the page is hashed, compared and written in turn
        (the data files are tens of megabytes, encoded anew each build)."""
        last, data = self._encoded
        if last is not page:
            data = _data(page)
            self._encoded = (page, data)
        return data

    def save(self, root: str, moved: Sequence[str]) -> None:
        """Keep the status and digest of the files found holding their page and of those moved into place
        under root; a record that cannot be written is not fatal."""
        looked = time.time_ns()
        files = {rel: kept for rel, kept in self.held.items() if settled(kept[0], looked)}
        for rel in moved:
            try:
                status = os.lstat(os.path.join(root, rel))  # noqa: PTH118  (a string path, see write_site)
            except OSError:
                continue
            now = status_of(status)
            if rel in self.digests and stat.S_ISREG(status.st_mode) and settled(now, looked):
                files[rel] = (now, self.digests[rel])
        if self.kept is not None:
            self.kept.save(files)


def _data(page: Page) -> bytes:
    """Return the bytes of the page's file."""
    return page.content if isinstance(page.content, bytes) else page.content.encode("utf-8")


def _holds(path: str, status: os.stat_result, data: bytes) -> bool:
    """Return True when path (whose status is given) is a regular file holding exactly data."""
    if not stat.S_ISREG(status.st_mode) or status.st_size != len(data):
        return False
    try:
        with open(path, "rb") as file:  # noqa: PTH123  (a string path, see write_site)
            return file.read() == data
    except OSError:
        return False


def _commit(staging: Path, moves: Sequence[str], stale: Sequence[str]) -> None:
    """Write the journal, atomically: from now on the update is finished even if this build is not."""
    temporary = staging / f"{JOURNAL}.tmp"
    temporary.write_text(json.dumps({"move": list(moves), "delete": list(stale)}) + "\n", encoding="utf-8")
    temporary.replace(staging / JOURNAL)


def _apply(staging: Path, out_dir: Path) -> None:
    """Move the journal's pages into out_dir, delete its stale pages, then remove the staging folder."""
    journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    made: set[str] = set()
    # Strings, not Paths, as in `Staging.add`: a cold build moves every page.
    for rel in journal["move"]:
        source = _safe_path(str(staging), rel)
        # A page already moved by an interrupted build is in place: moving is done once per page.
        if os.path.exists(source):  # noqa: PTH110  (a string path)
            placed = _safe_path(str(out_dir), rel)
            _make_folder(os.path.dirname(placed), made)  # noqa: PTH120  (a string path)
            os.replace(source, placed)  # noqa: PTH105  (a string path)
    for rel in journal["delete"]:
        target = _safe_target(out_dir, rel)
        target.unlink(missing_ok=True)
        _remove_empty_parents(target.parent, out_dir)
    shutil.rmtree(staging)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove folder and its parents up to root while they are empty, as a build from scratch has none."""
    while folder != root and folder.is_relative_to(root) and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _read_manifest(out_dir: Path) -> frozenset[str]:
    """Return the paths the previous build generated, or none when there was no build."""
    try:
        return frozenset(json.loads((out_dir / MANIFEST).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return frozenset()


def _recover(staging: Path, out_dir: Path) -> None:
    """Finish the update of a build killed after its journal; drop the staging folder of one killed before."""
    if (staging / JOURNAL).exists():
        log.warning("%s: finishing the update of the docs dir left by an interrupted build", out_dir)
        _apply(staging, out_dir)
    elif staging.exists():
        shutil.rmtree(staging)
