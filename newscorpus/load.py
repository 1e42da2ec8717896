"""Read the corpus folder into decoded sources: the only reader of corpus/."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from .config import Config
from .errors import CorpusError, Problem
from .model import Loaded, Source

log = logging.getLogger(__name__)

# Slugs are kept short enough for every file system and readable in a URL.
_SLUG_MAX = 80
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def load_corpus(config: Config) -> Loaded:
    """Return every readable article file in the corpus, with a problem for each other file."""
    root = config.corpus_dir
    if not root.exists():
        raise CorpusError(f"{root}: corpus folder not found", "create it and put articles in it, or pass --corpus DIR")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder", "pass the folder holding the articles with --corpus DIR")
    files = _walk(root)
    if not files:
        raise CorpusError(f"{root}: corpus folder is empty", "add .txt articles to it, or pass --corpus DIR")
    problems: list[Problem] = []
    found: list[tuple[str, str]] = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        text, problem = _read(path, rel, config)
        if problem:
            log.warning("%s", problem)
            problems.append(problem)
        elif text is not None:
            found.append((rel, text))
    ids = assign_ids([rel for rel, _ in found])
    sources = tuple(Source(id=ids[rel], path=rel, text=text) for rel, text in found)
    return Loaded(sources=sources, problems=tuple(problems))


def _walk(root: Path) -> list[Path]:
    """Return every non-hidden file under root, sorted by path for a stable order."""
    files = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts):
            continue
        if path.is_file():
            files.append(path)
    return files


def _read(path: Path, rel: str, config: Config) -> tuple[str | None, Problem | None]:
    """Return the decoded text of one file, or the problem that stops it being read."""
    if path.suffix.lower() not in config.extensions:
        supported = ", ".join(config.extensions)
        return None, Problem(
            rel, f"unsupported file type '{path.suffix or '(none)'}'", f"articles are read from {supported} files"
        )
    size = path.stat().st_size
    if size > config.max_file_bytes:
        return None, Problem(
            rel,
            f"file is {size:,} bytes, over the {config.max_file_bytes:,}-byte limit",
            "split it into one file per article",
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = data[err.start]
        return None, Problem(rel, f"not valid UTF-8 (byte 0x{byte:02x} at {err.start})", "save the file as UTF-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, Problem(rel, "file is empty", "remove it or add the article text")
    return text, None


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of text, or "article" when nothing is left."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")
    return slug[:_SLUG_MAX].rstrip("-") or "article"


def assign_ids(paths: list[str]) -> dict[str, str]:
    """Return a unique, stable id for each corpus path, derived from the path without its ending."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for rel in paths:
        stem = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
        by_slug[slugify(stem)].append(rel)
    ids: dict[str, str] = {}
    for slug, rels in by_slug.items():
        for rel in rels:
            # Colliding paths all get a suffix from their own path, so adding a file
            # never changes another file's id except when it collides with it.
            suffix = "-" + hashlib.sha1(rel.encode("utf-8")).hexdigest()[:8] if len(rels) > 1 else ""
            ids[rel] = slug + suffix
    return ids
