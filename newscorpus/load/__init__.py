"""Read the corpus folder into decoded sources: the only reader of corpus/.

Every file is accounted for: it becomes one or more sources, is read as metadata for other
files (a sidecar), or is reported as a problem with its path and the reason.
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path

from ..config import Config
from ..errors import CorpusError, Problem
from ..model import Loaded, Source, SourceMeta
from .common import Entry, FileRead, Unreadable
from .csv_records import read_csv
from .decode import decode, encoding_name
from .html import read_html
from .ids import assign_ids, assign_ids_and_collisions, slugify
from .markdown import read_markdown
from .memo import LoadMemo
from .meta import merge_meta
from .records import read_json, read_jsonl
from .sidecar import read_sidecars
from .sites import with_site_outlets

__all__ = ["LoadMemo", "assign_ids", "load_corpus", "slugify"]

log = logging.getLogger(__name__)

_DUMPS = (".jsonl", ".json", ".csv")
_DUMP_READERS = {".jsonl": read_jsonl, ".json": read_json, ".csv": read_csv}
_HTML = (".html", ".htm")
_MARKDOWN = (".md", ".markdown")


def load_corpus(config: Config, memo: LoadMemo | None = None) -> Loaded:
    """Return every article in the corpus, with a problem for each file or record that is not one.

    With a memo, a file unchanged since the build that memo kept is not read again.
    """
    root = config.corpus_dir
    if not root.exists():
        raise CorpusError(f"{root}: corpus folder not found", "create it and put articles in it, or pass --corpus DIR")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder", "pass the folder holding the articles with --corpus DIR")
    files, problems = _walk(root, skip=config.out_dir)
    if not files and not problems:
        raise CorpusError(f"{root}: corpus folder is empty", "add .txt articles to it, or pass --corpus DIR")
    sidecars = read_sidecars(root, files, config)
    problems += sidecars.problems
    found: list[tuple[str, Entry]] = []
    memo = memo or LoadMemo(None, config)
    # Strings, not Paths: a rebuild stats tens of thousands of files it does not read, and making
    # a Path costs more than the stat; one is made only for a file read again.
    base = os.path.join(str(root), "")  # noqa: PTH118  (see above)
    for rel in files:
        if rel in sidecars.consumed:
            continue
        try:
            read = memo.read(base + rel, rel, partial(_read_at, base + rel, config))
        except Unreadable as err:
            problems.append(Problem(rel, err.message, err.hint))
            continue
        found += [(rel if e.key is None else f"{rel}#{e.key}", e) for e in read.entries]
        problems += [
            Problem(rel if n.key is None else f"{rel}#{n.key}", n.message, n.hint, n.skipped) for n in read.notes
        ]
    ids, collisions = assign_ids_and_collisions([path for path, _ in found])
    sources = []
    for path, entry in found:
        outlet = SourceMeta(outlet=_folder_outlet(path)) if config.outlet_from_folder else SourceMeta()
        # A record's own row or .yml first, then the metadata given to its whole dump file.
        file_meta = sidecars.meta.get(path.split("#", 1)[0], SourceMeta())
        meta = merge_meta(sidecars.meta.get(path, SourceMeta()), file_meta, entry.meta, outlet)
        sources.append(Source(id=ids[path], path=path, text=entry.text, meta=meta, story_only=entry.story_only))
        if path in collisions:
            others = ", ".join(collisions[path])
            problems.append(
                Problem(
                    path,
                    f"maps to the same page as {others}; published as articles/{ids[path]}/",
                    "rename one of the files so each has its own page address",
                    skipped=False,
                )
            )
    memo.save()
    sources = with_site_outlets(sources)
    problems.sort(key=lambda p: (p.path, p.message))
    for problem in problems:
        log.warning("%s", problem)
    return Loaded(sources=tuple(sources), problems=tuple(problems))


def _walk(root: Path, skip: Path) -> tuple[list[str], list[Problem]]:
    """Return every non-hidden regular file under root, sorted, and a problem for each link or device."""
    files: list[str] = []
    problems: list[Problem] = []
    # A docs dir inside the corpus holds this program's own output: never read it back as articles.
    _scan(str(root), "", skip.resolve(), files, problems)
    return sorted(files), problems


def _scan(folder: str, base: str, skip: Path, files: list[str], problems: list[Problem]) -> None:
    """Add the files of folder and of the folders under it (base is its path under the corpus) to files.

    Each entry's kind is read from the folder's listing, not asked of the file system again: a
    rebuild walks tens of thousands of files.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    # Hidden files and folders (".git", ".DS_Store") are the tools', not the corpus's.
    dirs = [e for e in entries if _is_dir(e) and not e.name.startswith(".") and Path(e.path).resolve() != skip]
    # A link to a folder is reported, never followed; every other folder is walked below.
    linked = {e.name for e in dirs if e.is_symlink()}
    for entry in entries:
        if entry.name.startswith(".") or (_is_dir(entry) and entry.name not in linked):
            continue
        rel = f"{base}{entry.name}"
        if entry.is_symlink():
            problems.append(Problem(rel, "symbolic link, not followed", "copy the file into the corpus instead"))
        elif entry.is_file():
            files.append(rel)
        else:
            problems.append(Problem(rel, "not a regular file", "remove it from the corpus"))
    for entry in dirs:
        if not entry.is_symlink():
            _scan(entry.path, f"{base}{entry.name}/", skip, files, problems)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Return True when entry is a folder or a link to one (as os.walk sorts them)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _read_at(path: str, config: Config) -> tuple[FileRead, tuple[str, ...]]:
    """Return what `_read` gives for the file at path."""
    return _read(Path(path), config)


def _read(path: Path, config: Config) -> tuple[FileRead, tuple[str, ...]]:
    """Return the articles in one corpus file and notes on how it was read (its encoding, a repair),
    or raise Unreadable saying why it holds none."""
    suffix = path.suffix.lower()
    if suffix not in config.extensions:
        supported = ", ".join(config.extensions)
        raise Unreadable(
            f"unsupported file type '{path.suffix or '(none)'}'", f"articles are read from {supported} files"
        )
    limit = config.max_dump_bytes if suffix in _DUMPS else config.max_file_bytes
    size = path.stat().st_size
    if size > limit:
        raise Unreadable(f"file is {size:,} bytes, over the {limit:,}-byte limit", "split it into one file per article")
    if size == 0:
        raise Unreadable("file is empty", "remove it or add the article text")
    # Dumps are repaired record by record, once, after JSON has unescaped their text.
    repair = config.repair_mojibake and suffix not in _DUMPS
    decoded = decode(path.read_bytes(), config.fallback_encoding or None, html=suffix in _HTML, repair=repair)
    notes = []
    if decoded.encoding != "utf-8" and not decoded.encoding.startswith("utf-"):
        notes.append(f"not UTF-8; read as {encoding_name(decoded.encoding)}")
    if decoded.repaired:
        notes.append("repaired mis-decoded characters (mojibake)")
    if not decoded.text.strip():
        raise Unreadable("file is empty", "remove it or add the article text")
    if suffix in _DUMPS:
        read = _DUMP_READERS[suffix](decoded.text, config)
    elif suffix in _HTML:
        read = read_html(decoded.text, config)
    elif suffix in _MARKDOWN:
        read = read_markdown(decoded.text)
    else:
        read = FileRead((Entry(None, decoded.text, SourceMeta()),))
    return read, tuple(notes)


def _folder_outlet(path: str) -> str | None:
    """Return the name of the top-level folder an article is in, as an outlet name."""
    head = path.split("/", 1)[0]
    return " ".join(head.replace("_", " ").split()) if "/" in path.split("#", 1)[0] else None
