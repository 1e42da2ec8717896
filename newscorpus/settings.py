"""The one table of user-facing settings: each a Config field, its option, its help; the rest internal.

The CLI's options and the README's option table are both generated from SETTINGS, and a test checks
that every Config field is either here or in INTERNAL, so a new field cannot go undocumented.
"""

from __future__ import annotations

import argparse
import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .thresholds import MATCH_THRESHOLDS, MERGE_THRESHOLDS


@dataclass(frozen=True)
class Setting:
    """One Config field a user sets from the command line."""

    field: str
    """The Config field the option sets; its default is Config's."""
    flag: str
    """The long option, such as "--hubs-from"."""
    help: str
    """One line saying what it does, in the words of --help (the README capitalises it)."""
    metavar: str = ""
    """Name of the option's value in --help; "" for an on/off option (a bool field)."""
    parse: Callable[[str], Any] = str
    """Turns the value as typed into the field's type, or raises argparse.ArgumentTypeError."""
    group: str = ""
    """Key of the GROUPS heading the option is listed under; "" for the general options."""
    choices: tuple[str, ...] = ()
    """The only values allowed, when there is such a list."""
    repeatable: bool = False
    """The option may be given again; the field is the tuple of every value given."""


GROUPS = {
    "load": "reading the corpus",
    "extract": "reading each article",
    "site": "the site",
    "pages": "page sizes and lists",
}
"""Headings of --help's option groups, in order."""

RECORD_FIELDS = ("text", "title", "date", "outlet", "url", "byline", "agency", "language", "tags")
"""Article fields a --record-field may map to a dump record's key."""


def record_field(value: str) -> tuple[str, str]:
    """Return a --record-field value as a (field, key) pair."""
    field, sep, key = value.partition("=")
    if not sep or field not in RECORD_FIELDS or not key:
        raise argparse.ArgumentTypeError(f"'{value}': give FIELD=KEY with FIELD one of {', '.join(RECORD_FIELDS)}")
    return field, key


def encoding(value: str) -> str:
    """Return an encoding name Python knows, or "" for none."""
    if value.lower() == "none":
        return ""
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"'{value}' is not an encoding Python knows (try cp1252 or latin-1)") from None
    return value


def positive_int(value: str) -> int:
    """Return a whole number above zero."""
    if not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number above zero")
    return int(value)


def whole_number(value: str) -> int:
    """Return a whole number, zero or more."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number (0 or more)")
    return int(value)


def cache_folder(value: str) -> Path | None:
    """Return a cache folder, or None for "none"."""
    return None if value.lower() == "none" else Path(value)


def share(value: str) -> float:
    """Return a share between 0 and 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a share between 0 and 1, such as 0.6")
    return number


SETTINGS = (
    Setting("corpus_dir", "--corpus", "folder of articles to read", "DIR", Path),
    Setting("out_dir", "--out", "MkDocs docs dir to write generated pages into", "DIR", Path),
    Setting("strict", "--strict", "exit with status 1 when any input file is skipped or flagged"),
    Setting(
        "cache_dir",
        "--cache",
        "folder keeping each article's extraction for the next build, relative to the folder holding the "
        "docs dir; 'none' keeps no cache",
        "DIR",
        cache_folder,
    ),
    Setting(
        "workers",
        "--workers",
        "processes extracting articles at once; 0 starts one per core, 1 extracts in this process",
        "N",
        whole_number,
    ),
    # --- load ---
    Setting(
        "outlet_from_folder",
        "--outlet-from-folder",
        "read each top-level subfolder's name as the outlet of the articles in it",
        group="load",
    ),
    Setting(
        "metadata_file",
        "--metadata-file",
        "name of the CSV tables giving metadata to the files in their folder",
        "NAME",
        group="load",
    ),
    Setting(
        "record_fields",
        "--record-field",
        f"read FIELD ({', '.join(RECORD_FIELDS)}) from KEY in .jsonl/.json records and .csv columns; repeatable",
        "FIELD=KEY",
        record_field,
        group="load",
        repeatable=True,
    ),
    Setting(
        "record_id_field",
        "--record-id",
        "record key holding each record's id, used in page addresses",
        "KEY",
        group="load",
    ),
    Setting(
        "fallback_encoding",
        "--fallback-encoding",
        "encoding tried for files that are not UTF-8; 'none' reports them instead",
        "NAME",
        encoding,
        group="load",
    ),
    Setting(
        "repair_mojibake",
        "--keep-mojibake",
        "leave text that was decoded with the wrong encoding upstream as it is, instead of repairing it",
        group="load",
    ),
    Setting("max_file_bytes", "--max-file-bytes", "skip article files larger than this", "N", positive_int, "load"),
    Setting(
        "max_dump_bytes",
        "--max-dump-bytes",
        "skip .jsonl/.json/.csv dumps (many articles each) larger than this",
        "N",
        positive_int,
        "load",
    ),
    Setting(
        "screen_list_share",
        "--list-share",
        "screen out pages whose paragraphs are at least this share headlines, links or photo captions",
        "SHARE",
        share,
        "load",
    ),
    # --- extract ---
    Setting(
        "entity_backend",
        "--entity-backend",
        "how people, organisations and places are found: rules, spacy (needs spaCy and --spacy-model "
        "installed), or auto (spacy when installed, else rules)",
        "NAME",
        group="extract",
        choices=("rules", "spacy", "auto"),
    ),
    Setting(
        "spacy_model",
        "--spacy-model",
        "installed spaCy pipeline package used by the spacy and auto entity backends",
        "NAME",
        group="extract",
    ),
    Setting(
        "words_per_minute",
        "--words-per-minute",
        "reading speed used for the reading time shown on article pages",
        "N",
        positive_int,
        "extract",
    ),
    Setting(
        "max_figures", "--max-figures", "key figures kept per article, in text order", "N", positive_int, "extract"
    ),
    # --- site ---
    Setting(
        "hub_min_articles",
        "--hubs-from",
        "give a person, organisation or place its own page (and search result) when at least N articles name "
        "it; others are shown unlinked on article pages and kept in data/entities.json; 1 gives every name a page",
        "N",
        whole_number,
        "site",
    ),
    Setting(
        "search_shard_size", "--search-shard-size", "pages per search index shard (0: one)", "N", whole_number, "site"
    ),
    # --- pages ---
    Setting("site_name", "--site-name", "title of the home page and the Atom feed", "TEXT", group="pages"),
    Setting(
        "home_article_limit", "--home-articles", "latest articles listed on the home page", "N", positive_int, "pages"
    ),
    Setting(
        "home_top_entities",
        "--home-entities",
        "most-named entities of each kind shown on the home page",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "home_top_stories",
        "--home-stories",
        "largest stories (most versions) shown on the home page",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "index_page_size",
        "--index-page-size",
        "articles listed per page of the article index",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "hub_page_size", "--hub-page-size", "articles listed per page of an entity hub", "N", positive_int, "pages"
    ),
    Setting(
        "hub_co_mentions",
        "--hub-co-mentions",
        "entities named beside a hub's entity listed on its page",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "entity_index_page_size",
        "--entity-index-page-size",
        "entities listed per page of the people, organisations and places indexes",
        "N",
        positive_int,
        "pages",
    ),
    Setting("related_limit", "--related", "related articles listed on an article page", "N", positive_int, "pages"),
    Setting(
        "syndication_outlets",
        "--syndication-outlets",
        "outlets in the syndication page's table of how each edits wire copy, most versions first",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "version_map_columns",
        "--version-map-columns",
        "versions drawn one column each on a story's version map; beyond this, versions that did the same "
        "share a column",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "version_map_rows",
        "--version-map-rows",
        "rows of a story's version map drawn one by one; the rest are summed up in one last row",
        "N",
        positive_int,
        "pages",
    ),
    Setting(
        "feed_limit", "--feed-size", "newest dated articles in the Atom feed (feed.xml)", "N", positive_int, "pages"
    ),
)
"""Every Config field a user may set, in the order --help and the README list them."""

INTERNAL = (
    frozenset(
        {
            # The loaders exist for exactly these endings: another ending would need a reader of its own.
            "extensions",
            # Extraction, screening and merging thresholds, tuned on the development halves of Reuters
            # and the web collections and held to floors by the quality gates: a change is a code
            # change, measured again, not a per-build choice.
            "screen_min_prose_share",
            "headline_max_chars",
            "subheading_max_words",
            "language_min_words",
            "language_min_share",
            "min_place_population",
            # Below this many articles to extract, worker processes cost more than they save
            # (benchmarks/build_scale.py).
            "parallel_min_articles",
            # Related-article scoring: the cap keeps pairing affordable at scale (benchmarks/build_scale.py).
            "related_max_df",
            "related_days",
        }
    )
    | MERGE_THRESHOLDS
    | MATCH_THRESHOLDS
)
"""Config fields deliberately not offered on the command line: set them in code, where they are measured."""
