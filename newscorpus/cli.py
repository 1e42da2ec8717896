"""Command line: options, logging and exit codes."""

from __future__ import annotations

import argparse
import codecs
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import Config
from .errors import CorpusError
from .pipeline import build_site
from .progress import Progress

log = logging.getLogger("newscorpus")

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""--strict and some input file was skipped or flagged."""
EXIT_UNUSABLE = 2
"""The corpus as a whole could not be read (missing, empty, not a folder), or bad options."""


def parser() -> argparse.ArgumentParser:
    """Return the argument parser; its help text is the reference for every option."""
    defaults = Config()
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Turn a folder of news articles into Markdown pages for MkDocs: one page per "
        "article, cross-links, and syndication pages showing which articles are versions of one story.",
        epilog="Then run 'mkdocs build' to make the site.",
    )
    p.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        default=defaults.corpus_dir,
        help=f"folder of articles to read (default: {defaults.corpus_dir})",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        default=defaults.out_dir,
        help=f"MkDocs docs dir to write generated pages into (default: {defaults.out_dir})",
    )
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input file is skipped or flagged")
    _add_load_options(p, defaults)
    _add_render_options(p, defaults)
    volume = p.add_mutually_exclusive_group()
    volume.add_argument("-v", "--verbose", action="store_true", help="say what each stage does")
    volume.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


# --- load ---
_RECORD_FIELDS = ("text", "title", "date", "outlet", "url", "byline", "agency", "language", "tags")


def _add_load_options(p: argparse.ArgumentParser, defaults: Config) -> None:
    """Add the options that say how corpus files are read."""
    load = p.add_argument_group("reading the corpus")
    load.add_argument(
        "--outlet-from-folder",
        action="store_true",
        help="read each top-level subfolder's name as the outlet of the articles in it",
    )
    load.add_argument(
        "--metadata-file",
        metavar="NAME",
        default=defaults.metadata_file,
        help=f"name of the CSV tables giving metadata to the files in their folder (default: {defaults.metadata_file})",
    )
    load.add_argument(
        "--record-field",
        metavar="FIELD=KEY",
        action="append",
        type=_record_field,
        default=[],
        help=f"read FIELD ({', '.join(_RECORD_FIELDS)}) from KEY in .jsonl/.json records; repeatable",
    )
    load.add_argument(
        "--record-id",
        metavar="KEY",
        default=defaults.record_id_field,
        help=f"record key holding each record's id, used in page addresses (default: {defaults.record_id_field})",
    )
    load.add_argument(
        "--fallback-encoding",
        metavar="NAME",
        type=_encoding,
        default=defaults.fallback_encoding,
        help="encoding tried for files that are not UTF-8; 'none' reports them instead "
        f"(default: {defaults.fallback_encoding})",
    )
    load.add_argument(
        "--max-file-bytes",
        metavar="N",
        type=_positive_int,
        default=defaults.max_file_bytes,
        help=f"skip article files larger than this (default: {defaults.max_file_bytes})",
    )
    load.add_argument(
        "--list-share",
        metavar="SHARE",
        type=_share,
        default=defaults.screen_list_share,
        help="screen out pages whose paragraphs are at least this share headlines, links or photo captions "
        f"(default: {defaults.screen_list_share})",
    )


def _record_field(value: str) -> tuple[str, str]:
    """Return a --record-field value as a (field, key) pair."""
    field, sep, key = value.partition("=")
    if not sep or field not in _RECORD_FIELDS or not key:
        raise argparse.ArgumentTypeError(f"'{value}': give FIELD=KEY with FIELD one of {', '.join(_RECORD_FIELDS)}")
    return field, key


def _encoding(value: str) -> str:
    """Return an encoding name Python knows, or "" for none."""
    if value.lower() == "none":
        return ""
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"'{value}' is not an encoding Python knows (try cp1252 or latin-1)") from None
    return value


def _positive_int(value: str) -> int:
    """Return a whole number above zero."""
    if not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number above zero")
    return int(value)


def _share(value: str) -> float:
    """Return a share between 0 and 1."""
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 < share <= 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a share between 0 and 1, such as 0.6")
    return share


def _load_settings(args: argparse.Namespace) -> dict[str, object]:
    """Return the Config fields the load options set."""
    return {
        "outlet_from_folder": args.outlet_from_folder,
        "metadata_file": args.metadata_file,
        "record_fields": tuple(args.record_field),
        "record_id_field": args.record_id,
        "fallback_encoding": args.fallback_encoding,
        "max_file_bytes": args.max_file_bytes,
        "screen_list_share": args.list_share,
    }


# --- render ---


def _add_render_options(p: argparse.ArgumentParser, defaults: Config) -> None:
    """Add the options that shape the published site."""
    render = p.add_argument_group("the site")
    render.add_argument(
        "--hubs-from",
        metavar="N",
        type=_whole_number,
        default=defaults.hub_min_articles,
        help="give a person, organisation or place its own page (and search result) when at least N "
        "articles name it; others are shown unlinked on article pages and kept in data/entities.json "
        f"(default: {defaults.hub_min_articles})",
    )


def _whole_number(value: str) -> int:
    """Return a whole number, zero or more."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number (0 or more)")
    return int(value)


def _render_settings(args: argparse.Namespace) -> dict[str, object]:
    """Return the Config fields the site options set."""
    return {"hub_min_articles": args.hubs_from}


def main(argv: Sequence[str] | None = None) -> int:
    """Run a build from command-line arguments and return the exit code."""
    args = parser().parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    # A progress line on a terminal, unless -q asks for silence or -v already says each step.
    progress = Progress() if args.quiet or args.verbose else Progress.for_terminal(sys.stderr)
    _setup_logging(level, progress)
    settings = {**_load_settings(args), **_render_settings(args)}
    config = Config(corpus_dir=args.corpus, out_dir=args.out, strict=args.strict, **settings)  # type: ignore[arg-type]
    try:
        report = build_site(config, progress)
    except CorpusError as err:
        progress.close()
        log.error("error: %s", err)
        return EXIT_UNUSABLE
    if not args.quiet:
        print(report.summary(), file=sys.stderr)
    if config.strict and report.problems:
        log.error("error: --strict: %d input files were skipped or flagged (see above)", len(report.problems))
        return EXIT_PROBLEMS
    return EXIT_OK


class _LineHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stderr handler that clears the progress line before each message, so neither garbles the other."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(sys.stderr)
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        self.progress.close()
        super().emit(record)


def _setup_logging(level: int, progress: Progress) -> None:
    """Send the package's log records to stderr, one plain line each."""
    handler = _LineHandler(progress)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False
