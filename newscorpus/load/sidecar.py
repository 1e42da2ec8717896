"""Metadata kept beside the articles: a CSV table for a folder, or a .yml file beside one article."""

from __future__ import annotations

import csv
import io
import posixpath
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..config import Config
from ..errors import Problem
from ..model import SourceMeta
from .common import Unreadable
from .decode import decode
from .meta import meta_from_mapping

SIDECAR_ENDINGS = (".yml", ".yaml")
"""A file "story.yml" gives the metadata of "story.txt" (or .md, .html) beside it."""
# The column of a metadata table that names the article file, relative to the table's folder.
FILE_COLUMNS = ("file", "path", "filename")


@dataclass(frozen=True)
class Sidecars:
    """Metadata for sources from sidecar files, the files read as sidecars, and their problems."""

    meta: dict[str, SourceMeta]
    """Source path ("a.txt", "dump.jsonl#3") -> its metadata from a sidecar."""
    consumed: frozenset[str]
    """Corpus files that are sidecars, not articles."""
    problems: tuple[Problem, ...]


def read_sidecars(root: Path, files: list[str], config: Config) -> Sidecars:
    """Return the metadata every sidecar file in files gives, by the source path it is for."""
    # Once a file, by its whole path's ending (the endings hold no slash: the name's ending): a corpus has
    # tens of thousands of files, most often no sidecar at all.
    table = config.metadata_file
    sidecars = [rel for rel in files if rel.lower().endswith(SIDECAR_ENDINGS) or _named(rel, table)]
    if not sidecars:
        return Sidecars(meta={}, consumed=frozenset(), problems=())
    consumed = frozenset(sidecars)
    articles = [rel for rel in files if rel not in consumed]
    by_stem: dict[str, list[str]] = defaultdict(list)
    for rel in articles:
        by_stem[rel.rsplit(".", 1)[0]].append(rel)
    meta: dict[str, SourceMeta] = {}
    problems: list[Problem] = []
    # Tables first, then .yml files, so a file's own .yml wins over its folder's table.
    for rel in sorted(sidecars, key=lambda r: (not r.endswith(config.metadata_file), r)):
        try:
            if posixpath.basename(rel) == config.metadata_file:
                found, notes = _read_table(root, rel, set(articles), config)
            else:
                found, notes = _read_yaml(root, rel, by_stem, config)
        except Unreadable as err:
            problems.append(Problem(rel, err.message, err.hint))
            continue
        meta.update(found)
        problems += notes
    return Sidecars(meta=meta, consumed=consumed, problems=tuple(problems))


def _named(rel: str, name: str) -> bool:
    """Return True when the file at rel is named name (in any folder)."""
    return "/" not in name and (rel == name or rel.endswith(f"/{name}"))


def _text(root: Path, rel: str, config: Config) -> str:
    """Return a sidecar's decoded text, within the size limit."""
    path = root / rel
    size = path.stat().st_size
    if size > config.max_file_bytes:
        raise Unreadable(f"file is {size:,} bytes, over the {config.max_file_bytes:,}-byte limit", "split it up")
    return decode(path.read_bytes(), config.fallback_encoding or None, repair=config.repair_mojibake).text


def _read_yaml(
    root: Path, rel: str, by_stem: dict[str, list[str]], config: Config
) -> tuple[dict[str, SourceMeta], list[Problem]]:
    """Return the metadata a .yml file gives the article files of the same name beside it."""
    targets = by_stem.get(rel.rsplit(".", 1)[0], [])
    if not targets:
        raise Unreadable(
            "metadata file with no article beside it",
            f"name it after its article: '{posixpath.basename(rel)}' gives "
            f"the metadata of '{posixpath.basename(rel).rsplit('.', 1)[0]}.txt'",
        )
    try:
        values = yaml.safe_load(_text(root, rel, config))
    except RecursionError:
        raise Unreadable("nested too deeply to be read", "write one 'field: value' a line") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise Unreadable(
            f"not valid YAML{where}: {getattr(err, 'problem', None) or 'cannot be read'}",
            "fix it; the article was published without it",
        ) from None
    if not isinstance(values, dict):
        raise Unreadable(f"holds a {type(values).__name__}, not 'key: value' lines", "write one 'field: value' a line")
    meta, warnings = meta_from_mapping({str(k): v for k, v in values.items()})
    problems = [Problem(rel, w, "correct the value", skipped=False) for w in warnings]
    return dict.fromkeys(targets, meta), problems


def _read_table(
    root: Path, rel: str, articles: set[str], config: Config
) -> tuple[dict[str, SourceMeta], list[Problem]]:
    """Return the metadata each row of a CSV table gives the file it names."""
    folder = posixpath.dirname(rel)
    text = _text(root, rel, config)
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text))
    columns = [c.strip() for c in reader.fieldnames or []]
    file_column = next((c for c in reader.fieldnames or [] if c.strip().lower() in FILE_COLUMNS), None)
    if file_column is None:
        raise Unreadable(
            f"no 'file' column (columns: {', '.join(columns) or 'none'})",
            "name each article's file in a column headed 'file', relative to this table's folder",
        )
    meta: dict[str, SourceMeta] = {}
    problems: list[Problem] = []
    hint = "correct the row; the article was published without the value"
    for row_number, row in enumerate(reader, start=2):
        target = (row.get(file_column) or "").strip()
        source = posixpath.normpath(posixpath.join(folder, target)) if target else ""
        file_part = source.split("#", 1)[0]
        if not target or file_part not in articles or source.startswith("../"):
            problems.append(
                Problem(
                    rel,
                    f"row {row_number} names '{target}', which is not an article in the corpus",
                    "correct or remove the row",
                    skipped=False,
                )
            )
            continue
        values = {
            k.strip(): v.strip()
            for k, v in row.items()
            if isinstance(k, str) and isinstance(v, str) and k != file_column
        }
        found, warnings = meta_from_mapping(values)
        meta[source] = found
        problems += [Problem(rel, f"row {row_number}: {w}", hint, skipped=False) for w in warnings]
    return meta, problems


def _dialect(text: str) -> type[csv.Dialect]:
    """Return the CSV dialect of a table: spreadsheets in many locales save with ';' or tabs."""
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel
