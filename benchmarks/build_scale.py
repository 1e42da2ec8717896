"""Build a site from N Reuters stories and print what it costs: time, memory, page and index sizes.

Usage: python -m benchmarks.build_scale REUTERS_DIR [N] [--mkdocs] [--hubs-from N]

The stories are written as .txt files (a "REUTERS_DIR"-derived copy in a temporary folder, never
in the repository), `build.py`'s pipeline runs on them in this process, and with --mkdocs a real
`mkdocs build` runs on the result. Figures printed: seconds and peak memory of the build, pages
written, the largest generated file and the largest page (data/ left out), the search index
(its files, size, and the most a first search can fetch), and with --mkdocs the site build time,
the site's size and its largest HTML page. --hubs-from sets how many articles must name an
entity for it to get a hub (the build's default unless given).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newscorpus.config import Config
from newscorpus.pipeline import build_site
from quality import reuters

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Run the benchmark and print its figures."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("reuters_dir", type=Path)
    args.add_argument("n", type=int, nargs="?", default=20_000)
    args.add_argument("--mkdocs", action="store_true", help="also run a real mkdocs build on the result")
    args.add_argument("--hubs-from", type=int, default=Config().hub_min_articles)
    opts = args.parse_args()
    stories = list(reuters.iter_stories(opts.reuters_dir))[: opts.n]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir()
        for story in stories:
            (corpus / f"{story.newid:05d}.txt").write_text(story.as_text(signoff=True), encoding="utf-8")
        shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
        shutil.copytree(ROOT / "overrides", work / "overrides")
        for folder in ("stylesheets", "javascripts"):
            shutil.copytree(ROOT / "docs" / folder, work / "docs" / folder)
        started = time.perf_counter()
        config = Config(corpus_dir=corpus, out_dir=work / "docs", hub_min_articles=opts.hubs_from)
        report = build_site(config)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pages = [p for p in (work / "docs").rglob("*") if p.is_file() and "pagefind" not in p.parts]
        largest = max(pages, key=lambda p: p.stat().st_size)
        largest_page = max((p for p in pages if p.suffix == ".md"), key=lambda p: p.stat().st_size)
        print(
            f"stories: {len(stories):,}  articles: {report.articles:,}  "
            f"groups: {report.groups:,}  problems: {len(report.problems):,}"
        )
        print(f"build.py pipeline: {seconds:.1f} s, peak RSS {peak_mb:,.0f} MB, {report.pages:,} pages written")
        print(
            f"largest generated file: {largest.relative_to(work / 'docs')} ({largest.stat().st_size / 1024:,.0f} KiB)"
        )
        print(
            f"largest generated page: {largest_page.relative_to(work / 'docs')} "
            f"({largest_page.stat().st_size / 1024:,.0f} KiB)"
        )
        _print_search_index(work / "docs" / "pagefind")
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


# What the header's search box fetches for its first one-word search, at most: the UI, Pagefind's
# script, worker and WebAssembly, its entry and page list, one index chunk, the filters, and the
# fragments of the first results it shows (javascripts/search.js asks for 8).
_FIRST_SEARCH_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-worker.js", "wasm.en.pagefind")
_FIRST_RESULTS = 8


def _print_search_index(bundle: Path) -> None:
    """Print the search index's size and the most its first search can fetch."""
    files = [p for p in bundle.rglob("*") if p.is_file()]
    size = {p: p.stat().st_size for p in files}
    fixed = sum(size[bundle / name] for name in _FIRST_SEARCH_FILES) + size[bundle / "pagefind-entry.json"]
    fixed += sum(size[p] for p in bundle.glob("*.pf_meta"))
    chunk = max((size[p] for p in bundle.glob("index/*")), default=0)
    filters = max((size[p] for p in bundle.glob("filter/*")), default=0)
    fragments = sorted((size[p] for p in bundle.glob("fragment/*")), reverse=True)[:_FIRST_RESULTS]
    print(
        f"search index: {len(files):,} files, {sum(size.values()) / 1e6:,.1f} MB in all, "
        f"largest {max(size.values()) / 1024:,.0f} KiB; a first search fetches at most "
        f"{(fixed + chunk + filters + sum(fragments)) / 1024:,.0f} KiB"
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
    main()
