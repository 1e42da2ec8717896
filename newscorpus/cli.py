"""Command line: options, logging and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import Config
from .errors import CorpusError
from .pipeline import build_site

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
    volume = p.add_mutually_exclusive_group()
    volume.add_argument("-v", "--verbose", action="store_true", help="say what each stage does")
    volume.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run a build from command-line arguments and return the exit code."""
    args = parser().parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    _setup_logging(level)
    config = Config(corpus_dir=args.corpus, out_dir=args.out, strict=args.strict)
    try:
        report = build_site(config)
    except CorpusError as err:
        log.error("error: %s", err)
        return EXIT_UNUSABLE
    if not args.quiet:
        print(report.summary(), file=sys.stderr)
    if config.strict and report.problems:
        log.error("error: --strict: %d input files were skipped or flagged (see above)", len(report.problems))
        return EXIT_PROBLEMS
    return EXIT_OK


def _setup_logging(level: int) -> None:
    """Send the package's log records to stderr, one plain line each."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False
