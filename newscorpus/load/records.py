"""Dumps of many articles: JSON Lines (one record a line) and JSON (a list of records, or one); CSV tables
are read into the same records (csv_records.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from ..config import Config
from .common import Entry, FileRead, Note, Unreadable
from .decode import clean_text
from .ids import _slug
from .meta import FIELD_NAMES, meta_from_mapping

# The names the article text is found under in dumps from common tools, first match wins:
# scrapers write "text" or "content", news APIs "body", Common Crawl news sets "maintext".
TEXT_NAMES = ("text", "body", "content", "maintext", "article")
# Python's JSON reader recurses once per level: a hostile file nested thousands deep exhausts it.
_TOO_DEEP = "JSON nested too deeply to be an article"
_FIELD_HINT = "name the record field with --record-field, e.g. --record-field text=story"


def record_names(config: Config) -> dict[str, tuple[str, ...]]:
    """Return the record keys read for each field: the defaults, with --record-field overrides."""
    names = {"text": TEXT_NAMES, **FIELD_NAMES}
    for field, key in config.record_fields:
        names[field] = (key,)
    return names


def read_jsonl(text: str, config: Config) -> FileRead:
    """Return an article for each JSON line; a line that is not a JSON record is noted and skipped."""
    return read_records(_jsonl_records(text), config)


def read_json(text: str, config: Config) -> FileRead:
    """Return an article for each record of a JSON list, or the one record a JSON object is."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise Unreadable(_TOO_DEEP, "give each article as a flat JSON object") from None
    except json.JSONDecodeError as err:
        raise Unreadable(
            f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})", "check the file with a JSON validator"
        ) from None
    values = value if isinstance(value, list) else [value]
    return read_records(((str(n), v, None) for n, v in enumerate(values, start=1)), config)


def _jsonl_records(text: str) -> Iterator[tuple[str, object, str | None]]:
    """Yield each non-blank line's number, its value, and why it could not be read."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield str(number), json.loads(line), None
        except RecursionError:
            yield str(number), None, f"line {number}: {_TOO_DEEP}"
        except json.JSONDecodeError as err:
            yield str(number), None, f"line {number} is not JSON (column {err.colno}: {err.msg})"


def read_records(records: Iterator[tuple[str, object, str | None]], config: Config, unit: str = "line") -> FileRead:
    """Return the entries of a dump's records (position, value, why it could not be read), keyed by record id
    or position, with notes."""
    names = record_names(config)
    entries: list[Entry] = []
    notes: list[Note] = []
    seen: set[str] = set()
    for position, value, error in records:
        if error is not None:
            notes.append(Note(position, error, f"fix or remove the {unit}; the other {unit}s were read", skipped=True))
            continue
        if not isinstance(value, Mapping):
            notes.append(
                Note(
                    position,
                    f"record {position} is not a JSON object",
                    'give each article as {"text": ...}',
                    skipped=True,
                )
            )
            continue
        key = _record_key(value, config.record_id_field, position, seen)
        seen.add(key)
        try:
            entry, warnings = _entry(key, value, names, config)
        except Unreadable as err:
            notes.append(Note(key, err.message, err.hint, skipped=True))
            continue
        entries.append(entry)
        notes += [Note(key, f"record {key}: {w}", "the article was published without it") for w in warnings]
    if not entries and not notes:
        raise Unreadable("holds no records", "put one JSON object per article in it, or remove it")
    return FileRead(tuple(entries), tuple(notes))


def _record_key(record: Mapping[str, object], id_field: str, position: str, seen: set[str]) -> str:
    """Return the record's own id when it has a usable, unused one, else its position in the file."""
    value = record.get(id_field)
    if isinstance(value, str | int) and not isinstance(value, bool):
        key = " ".join(str(value).split())
        # The key ends up in a page address and a file name: ids that slug to nothing are not used.
        if key and _slug(key) and "#" not in key and "/" not in key and key not in seen:
            return key
    # An earlier record may have taken this line's number as its id: count on until one is free.
    key, n = position, 1
    while key in seen:
        n += 1
        key = f"{position}-{n}"
    return key


def _entry(
    key: str, record: Mapping[str, object], names: Mapping[str, tuple[str, ...]], config: Config
) -> tuple[Entry, list[str]]:
    """Return one record as an entry with warnings on its metadata, or raise Unreadable when it has no text."""
    text_key = next((k for k in names["text"] if isinstance(record.get(k), str) and str(record[k]).strip()), None)
    if text_key is None:
        keys = ", ".join(sorted(str(k) for k in record)[:12]) or "none"
        raise Unreadable(
            f"record {key} has no article text under {', '.join(names['text'])} (fields: {keys})", _FIELD_HINT
        )
    meta, warnings = meta_from_mapping(record, {k: v for k, v in names.items() if k != "text"})
    return Entry(key, clean_text(str(record[text_key]), config.repair_mojibake), meta), warnings
