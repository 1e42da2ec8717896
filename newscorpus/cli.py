"""Command line: options, logging and exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__
from .config import Config
from .errors import CorpusError
from .pipeline import build_site
from .progress import Progress
from .settings import GROUPS, INTERNAL, SETTINGS, Setting

log = logging.getLogger("newscorpus")

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""--strict and some input file was skipped or flagged."""
EXIT_UNUSABLE = 2
"""The corpus as a whole could not be read (missing, empty, not a folder), or bad options."""


def parser() -> argparse.ArgumentParser:
    """Return the argument parser, its options made from the settings table; its help is their reference."""
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Turn a folder of news articles into Markdown pages for MkDocs: one page per "
        "article, cross-links, and syndication pages showing which articles are versions of one story.",
        epilog="Then run 'mkdocs build' to make the site.",
        formatter_class=_Formatter,
    )
    defaults = Config()
    groups = {"": p} | {key: p.add_argument_group(title) for key, title in GROUPS.items()}
    for setting in SETTINGS:
        _add_setting(groups[setting.group], setting, getattr(defaults, setting.field))
    volume = p.add_mutually_exclusive_group()
    volume.add_argument("-v", "--verbose", action="store_true", help="say what each stage does")
    volume.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="print the version and exit")
    p.add_argument(
        "--markdown-options",
        action=_MarkdownOptions,
        help="print this list of options as the README's Markdown table and exit",
    )
    return p


def _add_setting(group: argparse._ActionsContainer, setting: Setting, default: Any) -> None:
    """Add the option that sets one Config field, with Config's default."""
    if isinstance(default, bool):
        # An on/off option turns the field away from its default.
        action = "store_false" if default else "store_true"
        group.add_argument(setting.flag, dest=setting.field, action=action, help=setting.help)
    elif setting.repeatable:
        group.add_argument(
            setting.flag,
            dest=setting.field,
            metavar=setting.metavar,
            action="append",
            type=setting.parse,
            default=list(default),
            help=setting.help,
        )
    else:
        group.add_argument(
            setting.flag,
            dest=setting.field,
            metavar=setting.metavar,
            type=setting.parse,
            choices=setting.choices or None,
            default=default,
            help=setting.help,
        )


def _shown_default(action: argparse.Action) -> str | None:
    """Return an option's default as --help and the README show it, or None when it has none."""
    if action.default == argparse.SUPPRESS:
        return None
    if action.nargs == 0:
        return "on" if action.default == action.const else "off"
    if isinstance(action.default, list):
        return ", ".join(map(str, action.default)) or "none"
    return str(action.default) or "none"


class _Formatter(argparse.HelpFormatter):
    """Help that ends each valued option's line with its default."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        shown = _shown_default(action)
        if shown is None or action.nargs == 0 or action.help is None:
            return action.help
        return f"{action.help} (default: {shown.replace('%', '%%')})"


def options_markdown(p: argparse.ArgumentParser) -> str:
    """Return the README's table of options: one row per option of the parser, in its order."""
    rows = ["| Option | Default | What it does |", "|---|---|---|"]
    for action in p._actions:
        if isinstance(action, argparse._HelpAction) or not action.help:
            continue
        value = f" {action.metavar}" if action.metavar else ""
        option = ", ".join(f"`{flag}{value}`" for flag in action.option_strings)
        shown = _shown_default(action)
        # On/off options say so in words; an empty default ("none") has no value to quote.
        default = "" if shown is None else shown if action.nargs == 0 or not action.default else f"`{shown}`"
        what = (action.help[0].upper() + action.help[1:] + ".").replace("|", r"\|")
        rows.append(f"| {option} | {default} | {what} |")
    return "\n".join(rows) + "\n"


class _MarkdownOptions(argparse.Action):
    """--markdown-options: print the option table and exit, as --version prints the version."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, p: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(options_markdown(p))
        p.exit()


def settings_from(args: argparse.Namespace, group: str | None = None) -> dict[str, Any]:
    """Return the Config fields the options set (those of one group of the table when given)."""
    return {
        s.field: tuple(getattr(args, s.field)) if s.repeatable else getattr(args, s.field)
        for s in SETTINGS
        if group is None or s.group == group
    }


def _load_settings(args: argparse.Namespace) -> dict[str, object]:
    """Return the Config fields the load options set."""
    return settings_from(args, "load")


def _render_settings(args: argparse.Namespace) -> dict[str, object]:
    """Return the Config fields the site options set."""
    return settings_from(args, "site")


def _parse(p: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Return the parsed options; an unknown one stops with a message, hinting when it names an internal field."""
    args, unknown = p.parse_known_args(argv)
    if unknown:
        message = f"unrecognized arguments: {' '.join(unknown)}"
        internal = [name for name in (_field_name(arg) for arg in unknown) if name in INTERNAL]
        if internal:
            message += (
                f" (Hint: {', '.join(internal)} is a tuning threshold measured by the quality gates, "
                "set in newscorpus/config.py, not a command-line option)"
            )
        p.error(message)
    return args


def _field_name(arg: str) -> str:
    """Return the Config field name an option such as --shingle-size=5 would spell."""
    return arg.removeprefix("--").partition("=")[0].replace("-", "_") if arg.startswith("--") else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Run a build from command-line arguments and return the exit code."""
    args = _parse(parser(), argv)
    level = logging.DEBUG if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    # A progress line on a terminal, unless -q asks for silence or -v already says each step.
    progress = Progress() if args.quiet or args.verbose else Progress.for_terminal(sys.stderr)
    _setup_logging(level, progress)
    config = dataclasses.replace(Config(), **settings_from(args))
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
