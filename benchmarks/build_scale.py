"""Build a site from N Reuters stories and print what it costs: time by stage, memory, a rebuild, sizes.

Usage: python -m benchmarks.build_scale REUTERS_DIR [N] [--mkdocs] [--hubs-from N] [--workers N] [--ratio]
       [--keep DIR]

The stories are written as .txt files (a "REUTERS_DIR"-derived copy in a temporary folder, never
in the repository); when the collection holds fewer than N stories, it is padded with trimmed
re-sends (a story again without its last paragraph, as a wire re-sends a shortened take), so a
build of N articles has versions to match. `build.py`'s pipeline then runs on them in a fresh
process, three times over:

1. cold, with an empty cache: seconds per stage, in all, and the peak memory of the build
   (its own process, and its largest child: an extraction worker or Pagefind; a forked worker's
   figure counts the pages it shares with the build's process);
2. again after one article is edited (a sentence added to a paragraph): seconds per stage and in
   all, and how many files in the docs dir were rewritten;
3. with --mkdocs, a real `mkdocs build` on the result: its time, the site's size and its largest page.

Figures printed besides: pages written, the largest generated file and page (data/ left out), and
the search index (its files, size, and the most a first search can fetch). --ratio also builds the
first half of the corpus cold, first, and prints the full build's time over the half's (the
build's growth with size). --keep DIR keeps the corpus, docs dir and cache in DIR for profiling.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newscorpus.config import Config
from newscorpus.pipeline import build_site
from newscorpus.progress import Progress
from quality import reuters

ROOT = Path(__file__).resolve().parent.parent

# A re-send keeps a story with at least this many paragraphs, less its last: shorter stories
# would lose most of themselves and read as another item.
_RESEND_MIN_PARAGRAPHS = 3

# The sentence added to one article to time a rebuild after an edit.
_EDIT = " The figures were revised later in the day."


def main() -> None:
    """Run the benchmark and print its figures."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("reuters_dir", type=Path)
    args.add_argument("n", type=int, nargs="?", default=20_000)
    args.add_argument("--mkdocs", action="store_true", help="also run a real mkdocs build on the result")
    args.add_argument("--hubs-from", type=int, default=Config().hub_min_articles)
    args.add_argument("--workers", type=int, default=Config().workers, help="extraction processes")
    args.add_argument("--ratio", action="store_true", help="also build the first half cold and print the ratio")
    args.add_argument("--keep", type=Path, help="work in this folder and keep it, instead of a temporary one")
    opts = args.parse_args()
    stories = list(reuters.iter_stories(opts.reuters_dir))
    if opts.keep:
        opts.keep.mkdir(parents=True, exist_ok=True)
        _run(opts, stories, opts.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        _run(opts, stories, Path(tmp))


def _run(opts: argparse.Namespace, stories: list[reuters.Story], work: Path) -> None:
    """Write the corpus into work, build it cold and after an edit, and print the figures."""
    half_seconds = 0.0
    if opts.ratio:
        half = _prepare(work / "half", stories, opts.n // 2)
        figures = _build(half, opts)
        half_seconds = float(figures["seconds"])
        _print_build(f"cold build of {opts.n // 2:,} articles", figures)
    corpus = _prepare(work, stories, opts.n)
    figures = _build(corpus, opts)
    _print_build(f"cold build of {opts.n:,} articles", figures)
    if opts.ratio:
        print(f"time ratio {opts.n:,}/{opts.n // 2:,}: {float(figures['seconds']) / half_seconds:.2f}")
    docs = work / "docs"
    _print_sizes(docs)
    before = _mtimes(docs)
    edited = _edit_one(work / "corpus")
    figures = _build(corpus, opts)
    after = _mtimes(docs)
    changed = sum(1 for path, mtime in after.items() if before.get(path) != mtime)
    removed = len(before.keys() - after.keys())
    _print_build(f"rebuild after editing {edited}", figures)
    print(f"files rewritten: {changed:,} of {len(after):,}, removed: {removed:,}")
    if opts.mkdocs:
        result, seconds = _timed_tool(work, "mkdocs", "build", "-q")
        print(f"mkdocs build: {seconds:.1f} s, exit {result.returncode}")
        if result.returncode:
            print(result.stderr[-2000:])
        site = [p for p in (work / "site").rglob("*") if p.is_file()]
        print(
            f"site: {len(site):,} files, {sum(p.stat().st_size for p in site) / 1e6:,.1f} MB, "
            f"{sum(p.suffix == '.html' for p in site):,} HTML pages"
        )
        html = max((work / "site").rglob("*.html"), key=lambda p: p.stat().st_size)
        print(f"largest HTML page: {html.relative_to(work / 'site')} ({html.stat().st_size / 1024:,.0f} KiB)")


def corpus_texts(stories: list[reuters.Story], n: int) -> dict[str, str]:
    """Return n articles by file name: the stories, then trimmed re-sends of them when there are too few."""
    texts = {f"{s.newid:05d}.txt": s.as_text(signoff=True) for s in stories[:n]}
    long = [s for s in stories if len(s.paragraphs()) >= _RESEND_MIN_PARAGRAPHS]
    # Spread the re-sends over the whole collection, in a fixed order, so every run pads alike.
    step = max(1, len(long) // max(1, n - len(texts)))
    for story in long[::step]:
        if len(texts) >= n:
            break
        paragraphs = story.paragraphs()[:-1]
        dateline = " ".join(story.dateline.split())
        if dateline:
            paragraphs[0] = f"{dateline} {paragraphs[0]}"
        texts[f"{story.newid:05d}-resend.txt"] = "\n\n".join(paragraphs) + "\n"
    return texts


def _prepare(work: Path, stories: list[reuters.Story], n: int) -> Path:
    """Write a corpus of n articles and the site's own files into work; return the corpus folder."""
    for folder in ("corpus", "docs", "site", "cache"):
        shutil.rmtree(work / folder, ignore_errors=True)
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    for name, text in corpus_texts(stories, n).items():
        (corpus / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.rmtree(work / "overrides", ignore_errors=True)
    shutil.copytree(ROOT / "overrides", work / "overrides")
    for folder in ("stylesheets", "javascripts"):
        shutil.copytree(ROOT / "docs" / folder, work / "docs" / folder)
    return corpus


def _edit_one(corpus: Path) -> str:
    """Add a sentence to the first paragraph of the middle article; return its name."""
    files = sorted(corpus.glob("*.txt"))
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8")
    first, sep, rest = text.partition("\n\n")
    path.write_text(first + _EDIT + sep + rest, encoding="utf-8")
    return path.name


def _build(corpus: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """Run the pipeline on corpus in a fresh process, as build.py does; return its figures."""
    work = corpus.parent
    command = [sys.executable, "-m", "benchmarks.build_scale", "--one-build", str(work), str(opts.hubs_from)]
    result = subprocess.run(
        [*command, str(opts.workers)], cwd=ROOT, capture_output=True, text=True, check=False, env=os.environ
    )
    if result.returncode:
        sys.exit(f"the build failed:\n{result.stderr[-4000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return figures


class _StageClock(Progress):
    """A silent progress display that keeps the seconds each stage took."""

    def __init__(self) -> None:
        super().__init__()
        self.stages: dict[str, float] = {}
        self._current = ""
        self._since = time.perf_counter()

    def stage(self, name: str) -> None:
        self._lap()
        self._current = name

    def close(self) -> None:
        self._lap()

    def _lap(self) -> None:
        now = time.perf_counter()
        if self._current:
            self.stages[self._current] = self.stages.get(self._current, 0.0) + now - self._since
        self._current = ""
        self._since = now


def _one_build(work: Path, hubs_from: int, workers: int) -> None:
    """Build work/corpus into work/docs with its cache in work/cache; print the figures as one JSON line."""
    started = time.perf_counter()
    config = Config(
        corpus_dir=work / "corpus",
        out_dir=work / "docs",
        cache_dir=work / "cache",
        hub_min_articles=hubs_from,
        workers=workers,
    )
    clock = _StageClock()
    report = build_site(config, clock)
    figures = {
        "seconds": time.perf_counter() - started,
        "stages": clock.stages,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "articles": report.articles,
        "groups": report.groups,
        "problems": len(report.problems),
        "pages": report.pages,
    }
    print(json.dumps(figures))


def _print_build(what: str, figures: dict[str, Any]) -> None:
    """Print one build's time, by stage, and its memory."""
    stages: dict[str, float] = figures["stages"]
    print(
        f"{what}: {figures['seconds']:.1f} s, peak RSS {figures['peak_mb']:,.0f} MB "
        f"(largest child process, an extraction worker or Pagefind: {figures['worker_peak_mb']:,.0f} MB); "
        f"{figures['articles']:,} articles, "
        f"{figures['groups']:,} groups, {figures['problems']:,} problems, {figures['pages']:,} pages"
    )
    print("  " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in stages.items()))


def _print_sizes(docs: Path) -> None:
    """Print the largest generated file and page and the search index's size."""
    pages = [p for p in docs.rglob("*") if p.is_file() and "pagefind" not in p.parts]
    largest = max(pages, key=lambda p: p.stat().st_size)
    largest_page = max((p for p in pages if p.suffix == ".md"), key=lambda p: p.stat().st_size)
    print(f"largest generated file: {largest.relative_to(docs)} ({largest.stat().st_size / 1024:,.0f} KiB)")
    print(f"largest generated page: {largest_page.relative_to(docs)} ({largest_page.stat().st_size / 1024:,.0f} KiB)")
    _print_search_index(docs / "pagefind")


def _mtimes(docs: Path) -> dict[str, int]:
    """Return every file's modification time in the docs dir, by path."""
    return {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


# What the header's search box fetches for its first one-word search, at most: the UI, Pagefind's
# script, worker and WebAssembly, the list of shards; of every shard (the main bundle and each
# folder of shards.js), its entry and page list, one index chunk and the filters; and the
# fragments of the first results it shows (javascripts/search.js asks for 8).
_FIRST_SEARCH_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind.js",
    "pagefind-worker.js",
    "wasm.en.pagefind",
    "shards.js",
)
_FIRST_RESULTS = 8


def _print_search_index(bundle: Path) -> None:
    """Print the search index's size and the most its first search can fetch."""
    files = [p for p in bundle.rglob("*") if p.is_file()]
    size = {p: p.stat().st_size for p in files}
    shards = [bundle, *sorted(p.parent for p in bundle.glob("*/pagefind-entry.json"))]
    fixed = sum(size.get(bundle / name, 0) for name in _FIRST_SEARCH_FILES)
    each = 0
    for shard in shards:
        each += size[shard / "pagefind-entry.json"] + sum(size[p] for p in shard.glob("*.pf_meta"))
        each += max((size[p] for p in shard.glob("index/*")), default=0)
        each += max((size[p] for p in shard.glob("filter/*")), default=0)
    fragments = sorted((size[p] for p in bundle.glob("**/fragment/*")), reverse=True)[:_FIRST_RESULTS]
    print(
        f"search index: {len(files):,} files in {len(shards)} shard{'s' if len(shards) > 1 else ''}, "
        f"{sum(size.values()) / 1e6:,.1f} MB in all, largest {max(size.values()) / 1024:,.0f} KiB; "
        f"a first search fetches at most {(fixed + each + sum(fragments)) / 1024:,.0f} KiB"
    )


def _timed_tool(work: Path, *command: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run a Python tool module (mkdocs) in the work folder; return what it did and its seconds."""
    started = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    return result, time.perf_counter() - started


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one-build"]:
        _one_build(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
