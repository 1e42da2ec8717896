"""A CSV table of articles, one row each (a spreadsheet export, a scraper's or a news dataset's dump).

The header names the columns; a row is read as a dump's record is (records.py): its text from a
`text`, `body`, `content`, `maintext` or `article` column, its metadata from the columns named as
in front matter and dumps. Column names are matched whatever their case ("Title", "CONTENT").
The folder's metadata table (`metadata.csv`) is a sidecar, never read here.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping

from ..config import Config
from .common import FileRead, Unreadable
from .records import read_records, record_names
from .sidecar import FILE_COLUMNS

# What may separate a table's columns: spreadsheets in many locales save with ';' or tabs.
_DELIMITERS = (",", ";", "\t")


def read_csv(text: str, config: Config) -> FileRead:
    """Return an article for each row of a CSV table under its header; a malformed row is noted and skipped."""
    header = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header.count)
    # A story is longer than the csv module's default field limit (128 KiB of text would be cut short).
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = next(reader)
    except (StopIteration, csv.Error):
        raise Unreadable("not a CSV table with a header row", "put the column names in the first row") from None
    names = _column_names(columns, config)
    if not any(n in _text_names(config) for n in names.values()):
        raise Unreadable(
            f"no article text column (columns: {', '.join(c.strip() for c in columns[:12]) or 'none'})",
            _hint(columns, config),
        )
    return read_records(_rows(reader, columns, names), config, unit="row")


def _rows(
    reader: Iterator[list[str]], columns: list[str], names: Mapping[str, str]
) -> Iterator[tuple[str, object, str | None]]:
    """Yield each non-blank row's number (the header not counted), its record, and why it could not be read."""
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            number += 1
            yield str(number), None, f"row {number} cannot be read as CSV ({err})"
            continue
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if len(row) > len(columns):
            # A text with an unquoted separator in it: its cells would be read under the wrong columns.
            yield str(number), None, f"row {number} has {len(row)} cells under {len(columns)} columns"
            continue
        yield str(number), {names[c]: cell for c, cell in zip(columns, row, strict=False) if cell.strip()}, None


def _column_names(columns: list[str], config: Config) -> dict[str, str]:
    """Return each column's name as records are read: a known name whatever its case, else as written."""
    known = {n.lower(): n for keys in record_names(config).values() for n in keys}
    known[config.record_id_field.lower()] = config.record_id_field
    return {c: known.get(c.strip().lower(), c.strip()) for c in columns}


def _text_names(config: Config) -> tuple[str, ...]:
    """Return the columns an article's text is read from."""
    return record_names(config)["text"]


def _hint(columns: list[str], config: Config) -> str:
    """Return what to do with a table that has no text column: name it, or, for a metadata table, name the file."""
    if any(c.strip().lower() in FILE_COLUMNS for c in columns):
        return f"a table of metadata for the files beside it is read when it is named '{config.metadata_file}'"
    heads = " or ".join(_text_names(config)[:3])
    return f"head the article text's column {heads}, or name it with --record-field text=COLUMN"
