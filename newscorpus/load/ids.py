"""Article ids: stable, unique, URL-safe slugs made from corpus paths."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

# Slugs are kept short enough for every file system and readable in a URL.
_SLUG_MAX = 80
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of text, or "article" when nothing is left."""
    return _slug(text) or "article"


def _slug(text: str) -> str:
    """Return a lowercase ASCII slug of text, empty when no letter or digit folds to ASCII."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", folded.lower()).strip("-")[:_SLUG_MAX].rstrip("-")


def _digest(text: str) -> str:
    """Return a short, stable hash of text for telling apart paths that slug alike."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def split_path(path: str) -> tuple[str, str | None]:
    """Return a source path's file part and its record key: "dump.jsonl#3" -> ("dump.jsonl", "3")."""
    name = path.rsplit("/", 1)[-1]
    if "#" in name:
        file_part, _, key = path.rpartition("#")
        return file_part, key
    return path, None


def _stem(path: str) -> str:
    """Return the text an id is made from: the path without its ending, plus any record key."""
    file_part, key = split_path(path)
    name = file_part.rsplit("/", 1)[-1]
    stem = file_part.rsplit(".", 1)[0] if "." in name.lstrip(".") else file_part
    return f"{stem} {key}" if key is not None else stem


def assign_ids(paths: Iterable[str]) -> dict[str, str]:
    """Return a unique, stable id for each corpus path, derived from the path without its ending."""
    return assign_ids_and_collisions(paths)[0]


def assign_ids_and_collisions(paths: Iterable[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Return each path's id, and for each path whose slug it shares with others, those other paths."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        # A name with no letter that folds to ASCII ("Новости.txt") gets a hash instead of
        # the bare word "article", so such names do not all collide with each other.
        by_slug[_slug(_stem(path)) or f"article-{_digest(path)}"].append(path)
    ids: dict[str, str] = {}
    collisions: dict[str, tuple[str, ...]] = {}
    for slug, group in by_slug.items():
        for path in group:
            if len(group) == 1:
                ids[path] = slug
                continue
            # Colliding paths all get a suffix from their own path, so adding a file
            # never changes another file's id except when it collides with it.
            ids[path] = f"{slug}-{_digest(path)}"
            collisions[path] = tuple(sorted(p for p in group if p != path))
    return ids, collisions
