"""Write generated pages into the docs dir: the only writer, and never of hand-written pages.

The new docs dir is assembled beside the old one and swapped in (in one atomic exchange on
Linux, else with two renames), so a build that is killed midway leaves the previous site
intact. A manifest of generated paths tells generated pages (replaced, or removed when their
article is gone) from hand-written ones (carried over untouched).
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import Problem
from .model import Page

log = logging.getLogger(__name__)

# renameat2(2): with RENAME_EXCHANGE two paths swap places in one atomic step.
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2

MANIFEST = ".newscorpus-generated.json"
"""Lists the generated files in the docs dir; MkDocs skips dot-files, so it is never published."""


@dataclass(frozen=True)
class Written:
    """What the write stage did."""

    pages: int
    """Pages and data files written; the search index's files are not counted."""
    problems: tuple[Problem, ...]


def write_site(pages: Sequence[Page], out_dir: Path) -> Written:
    """Replace the generated pages in out_dir with pages, keeping every hand-written file."""
    out_dir = out_dir.absolute()
    _recover(out_dir)
    previous = _read_manifest(out_dir)
    staging = out_dir.with_name(f".{out_dir.name}.staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    hand_written = _copy_hand_written(out_dir, staging, previous)
    problems = []
    written = []
    text_pages = 0
    for page in pages:
        target = _safe_target(staging, page.path)
        if page.path in hand_written:
            problem = Problem(
                f"{out_dir.name}/{page.path}",
                "a hand-written page is where a generated page goes; the generated page was not written",
                "rename or move the hand-written page",
                skipped=False,
            )
            log.warning("%s", problem)
            problems.append(problem)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(page.content, bytes):
            target.write_bytes(page.content)
        else:
            target.write_text(page.content, encoding="utf-8", newline="\n")
            text_pages += 1
        written.append(page.path)
    (staging / MANIFEST).write_text(json.dumps(sorted(written), indent=0) + "\n", encoding="utf-8")
    _swap(staging, out_dir)
    return Written(pages=text_pages, problems=tuple(problems))


def _safe_target(root: Path, rel: str) -> Path:
    """Return root/rel, refusing any path that would leave root."""
    parts = PurePosixPath(rel).parts
    if not parts or PurePosixPath(rel).is_absolute() or any(p in ("..", ".", "") for p in parts):
        raise ValueError(f"refusing to write outside the docs dir: {rel!r}")
    return root.joinpath(*parts)


def _read_manifest(out_dir: Path) -> frozenset[str]:
    """Return the paths the previous build generated, or none when there was no build."""
    try:
        return frozenset(json.loads((out_dir / MANIFEST).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return frozenset()


def _copy_hand_written(out_dir: Path, staging: Path, generated: frozenset[str]) -> frozenset[str]:
    """Copy every file the previous build did not generate into staging; return their paths."""
    kept = set()
    if not out_dir.exists():
        return frozenset()
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir).as_posix()
        if rel == MANIFEST or rel in generated:
            continue
        target = staging / rel
        if path.is_dir() and not path.is_symlink():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target, follow_symlinks=False)
            kept.add(rel)
    return frozenset(kept)


def _swap(staging: Path, out_dir: Path) -> None:
    """Put staging in place of out_dir, so no moment leaves a half-written or missing site."""
    old = out_dir.with_name(f".{out_dir.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists() and _exchange(staging, out_dir):
        # One atomic step: out_dir is now the new site and staging holds the previous one.
        shutil.rmtree(staging)
        return
    if out_dir.exists():
        out_dir.rename(old)
    staging.rename(out_dir)
    if old.exists():
        shutil.rmtree(old)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically where the system can (Linux renameat2); return whether it did."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    # Not every file system supports the exchange: on failure the two renames below do the job.
    return bool(renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0)


def _recover(out_dir: Path) -> None:
    """Put back the previous docs dir if a build was killed between the two renames."""
    old = out_dir.with_name(f".{out_dir.name}.old")
    if not out_dir.exists() and old.exists():
        log.warning("%s: restoring the docs dir left by an interrupted build", out_dir)
        old.rename(out_dir)
