"""Shared fixtures: the shipped corpus, small fixture corpora, and a build helper."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newscorpus.cli import main
from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Quote, Source, SourceMeta

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Screenshots of the browser tests; git-ignored, uploaded by the site workflow.
ARTIFACTS = ROOT / "test-artifacts"

# The browser tests drive Debian's Chromium (apt-get install chromium), never a downloaded one.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# The hand-written folders of docs/ that the site needs beside the generated pages.
HAND_WRITTEN = ("stylesheets", "javascripts")


def copy_project(to: Path) -> Path:
    """Copy the project's site setup into a folder: mkdocs.yml, theme overrides, hand-written docs, the corpus."""
    shutil.copy(ROOT / "mkdocs.yml", to / "mkdocs.yml")
    shutil.copytree(ROOT / "corpus", to / "corpus")
    shutil.copytree(ROOT / "overrides", to / "overrides")
    for folder in HAND_WRITTEN:
        shutil.copytree(ROOT / "docs" / folder, to / "docs" / folder)
    return to


def stories_project(to: Path) -> Path:
    """Make a project in a new folder whose corpus holds the seed articles and the syndication fixture's stories."""
    to.mkdir()
    project = copy_project(to)
    for path in sorted((FIXTURES / "syndication").glob("*.txt")):
        shutil.copy(path, project / "corpus" / path.name)
    return project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a temp copy of the project's site setup: mkdocs.yml, hand-written docs, the default corpus."""
    return copy_project(tmp_path)


def run_tool(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a Python tool module (mkdocs) in a project folder and return what it did."""
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


def mkdocs_build(project: Path) -> Path:
    """Run `mkdocs build --strict` in a project folder, check it built with no warning, return the site dir."""
    result = run_tool(project, "mkdocs", "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def browser_or_skip() -> None:
    """Skip when there is no Chromium to drive, except in CI, where that is a failure."""
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401, PLC0415
    except ImportError:
        missing.append("the playwright package (pip install -r requirements-dev.txt)")
    if missing:
        message = "browser test needs " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 and yield its base address."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


BuildFn = Callable[..., int]


@pytest.fixture
def build(project: Path) -> BuildFn:
    """Return a function running build.py's main() on the temp project, extra args appended."""

    def run(*args: str) -> int:
        return main(["--corpus", str(project / "corpus"), "--out", str(project / "docs"), *args])

    return run


def read_tree(root: Path) -> dict[str, bytes]:
    """Return every file under root by relative path, for byte-for-byte comparisons."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


OPENING = "Opening line of the story goes here.\n\n"


def quote_of(text: str, start: str) -> Quote:
    """Return the quotation extraction finds starting with start, in a story of text after an opening line."""
    result = extract_article(Source(id="story", path="story.txt", text=OPENING + text, meta=SourceMeta()), Config())
    assert result is not None
    found: list[Quote] = [q for q in result.quotes if q.text.startswith(start)]
    assert found, f"no quotation starts {start!r}"
    return found[0]


def speaker_of(text: str, start: str) -> str | None:
    """Return the speaker extraction gives the quotation starting with start, in a story of text after an opening line."""
    return quote_of(text, start).speaker


def named(quote: Quote) -> str | None:
    """Return the speaker as scored: a phrase of no kind names no one."""
    return quote.speaker if quote.speaker_kind is not None else None
