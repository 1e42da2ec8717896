"""Check and measure the story pages' version maps on Reuters re-sends and on the web collections.

    .venv/bin/python -m quality.version_map DATA_DIR [--half dev|held-out|all] [--reuters N]
        [--columns N] [--rows N]

DATA_DIR holds ``reuters21578/`` and the web collections (``l3s-gn1/``,
``article-extraction-benchmark/``, ``news-cluster/``); nothing of them is stored here. Each
domain is written as a corpus in a temporary folder (News-Cluster records with their outlet and
date as front matter, the other pages as scraped text), run through load, extract, screen and
match as a build does, and every story page is rendered. A story is in the held-out half when
its reference is (Reuters: an even NEWID; web: `select_web.held_out` of the page id).

Checked on every map (figures that must be 100%, floors in quality/floors.toml):

* *links resolve*: every cell and heading of the map links to an id that is on the page;
* *cells agree*: one cell per version for every reference block, as many cut and added cells as
  the version's edits have cut and added paragraphs, and no more columns or rows than the
  settings allow.

Measured: versions and rows per map, maps folded or grouped, the map's bytes and render time,
the share of cells in each state, and how edited paragraphs spread over the three shades (the
shade cut-offs in newscorpus/render/versionmap_cells.py were set on the dev half: tertiles of the
share of words changed). ``--columns`` and ``--rows`` lower the map's limits, to see grouping
and folding on real stories (few have more than 60 versions or 80 paragraphs).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.load import load_corpus
from newscorpus.match import match_articles
from newscorpus.model import Article, SiteLinks, VariantGroup
from newscorpus.render.syndication import render_group, version_anchor
from newscorpus.render.versionmap_cells import REFERENCE_ID, MapColumn, shade
from newscorpus.render.versionmap_grid import build_grid
from newscorpus.screen import screen_articles

from . import reuters
from .floors import report
from .labels.select_web import held_out
from .webpages import read_collection

_HREF = re.compile(r'href="#([^"]+)"')
# Ids on a generated page: raw HTML ids, and headings' attribute lists ("## 2. Title {#nc-v2}").
_ID = re.compile(r'\bid="([^"]+)"|\{#([^}\s]+)\}')
_MAP = re.compile(r'<figure class="nc-versionmap".*?</figure>', re.S)


@dataclass
class Tally:
    """Figures over the maps of one domain and half."""

    maps: int = 0
    versions: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    folded: int = 0
    grouped: int = 0
    bytes: list[int] = field(default_factory=list)
    seconds: float = 0.0
    links: int = 0
    broken: int = 0
    checks: int = 0
    disagree: int = 0
    states: Counter[str] = field(default_factory=Counter)
    changes: list[float] = field(default_factory=list)


def write_reuters(data: Path, corpus: Path, limit: int) -> None:
    """Write Reuters stories as plain-text files, the wire sign-off kept."""
    for n, story in enumerate(reuters.iter_stories(data / "reuters21578")):
        if n >= limit:
            break
        (corpus / f"{story.newid:05d}.txt").write_text(story.as_text(signoff=True), encoding="utf-8")


def write_web(data: Path, corpus: Path) -> None:
    """Write the web collections: News-Cluster records as Markdown with their outlet, the rest as scraped text."""
    for name in ("l3s", "aeb", "cluster"):
        for page in read_collection(data, name):
            if page.meta:
                front = {"title": page.meta["title"], "outlet": page.meta["outlet"], "date": page.meta["date"][:10]}
                head = "".join(f"{key}: {json.dumps(value)}\n" for key, value in front.items() if value)
                (corpus / f"{name}-{page.id}.md").write_text(f"---\n{head}---\n\n{page.text()}", encoding="utf-8")
            else:
                (corpus / f"{name}-{page.id}.txt").write_text(page.text(), encoding="utf-8")


def reuters_held_out(article_id: str) -> bool:
    """Return True when a Reuters story (id "00042") is in the held-out half: an even NEWID."""
    return int(article_id) % 2 == 0


def web_held_out(article_id: str) -> bool:
    """Return True when a web page (id "cluster-<page id>") is in the held-out half."""
    return held_out(article_id.split("-", 1)[1])


def measure(corpus: Path, is_held_out: Callable[[str], bool], half: str, config: Config) -> Tally:
    """Return the figures of every story map whose reference is in the half asked for."""
    config = Config(corpus_dir=corpus, out_dir=corpus.parent / "docs", **_settings(config))
    loaded = load_corpus(config)
    # As a build does: furniture told across the whole corpus, credits read from each story.
    pages = segment_pages(loaded.sources, config)
    articles = screen_articles(extract_articles(loaded.sources, config, pages).articles, config).articles
    groups = match_articles(articles, config).groups
    by_id = {a.id: a for a in articles}
    links = SiteLinks(group_of={}, groups={g.id: g for g in groups}, articles=by_id)
    tally = Tally()
    for group in groups:
        if half != "all" and is_held_out(group.canonical) != (half == "held-out"):
            continue
        started = time.perf_counter()
        page = render_group(group, links, config).content
        tally.seconds += time.perf_counter() - started
        assert isinstance(page, str), "a story page is Markdown text"
        _check_page(page, config, tally)
        _check_grid(group, by_id, tally)
    return tally


class MapSettings(TypedDict):
    """The version map's settings of a config."""

    version_map_columns: int
    version_map_rows: int


def _settings(config: Config) -> MapSettings:
    """Return the map settings of a config, to carry them into a config for another corpus."""
    return {"version_map_columns": config.version_map_columns, "version_map_rows": config.version_map_rows}


def _check_page(page: str, config: Config, tally: Tally) -> None:
    """Count the map's links that resolve on the page, check its columns and rows fit the settings, note its size."""
    found = _MAP.search(page)
    if found is None:
        tally.broken += 1
        tally.links += 1
        return
    ids = {a or b for a, b in _ID.findall(page)}
    targets = _HREF.findall(found.group(0))
    tally.links += len(targets)
    tally.broken += sum(1 for t in targets if t not in ids)
    tally.bytes.append(len(found.group(0).encode()))
    tally.maps += 1
    tally.folded += "summed up in the last row" in found.group(0)
    tally.grouped += "share a column" in found.group(0)
    columns = found.group(0).count('class="nc-map-head"')
    rows = len(re.findall(r'class="nc-map-row nc-map-(?:reference|added)"', found.group(0)))
    tally.checks += 1
    tally.disagree += not (0 < columns <= config.version_map_columns and rows <= config.version_map_rows)


def _check_grid(group: VariantGroup, articles: dict[str, Article], tally: Tally) -> None:
    """Check the map's cells against each version's edits, and tally states and shares of words changed."""
    reference = articles[group.canonical]
    columns = [
        MapColumn(n, articles[m.id].title, REFERENCE_ID if m.edits is None else version_anchor(n), m)
        for n, m in enumerate(group.members, start=1)
    ]
    grid = build_grid(columns, reference, articles)
    tally.versions.append(len(columns))
    tally.rows.append(len(grid.rows) - 1)
    body = [r for r, row in enumerate(grid.rows) if row.kind == "reference"]
    for c, column in enumerate(columns):
        edits = column.member.edits
        cells = [grid.cells[r][c] for r in range(1, len(grid.rows))]
        if edits is None:
            continue
        tally.checks += 1
        ok = all(grid.cells[r][c] is not None for r in body)
        ok &= sum(1 for cell in cells if cell and cell.state == "cut") == edits.count("cut")
        ok &= sum(1 for cell in cells if cell and cell.state == "added") == edits.count("added")
        tally.disagree += not ok
        for cell in cells:
            if cell is not None:
                tally.states[cell.state] += 1
                if cell.state == "edited":
                    tally.changes.append(cell.change)


def print_tally(name: str, tally: Tally) -> dict[str, float]:
    """Print one domain's figures and return those with floors."""
    resolve = 1 - tally.broken / tally.links if tally.links else 1.0
    agree = 1 - tally.disagree / tally.checks if tally.checks else 1.0
    print(f"== {name}: {tally.maps} story maps")
    if not tally.maps:
        return {"links resolve": resolve, "cells agree": agree}
    print(
        f"versions per map: mean {statistics.mean(tally.versions):.1f}, max {max(tally.versions)};  "
        f"rows per map: mean {statistics.mean(tally.rows):.1f}, max {max(tally.rows)};  "
        f"folded {tally.folded}, grouped {tally.grouped}"
    )
    print(
        f"map size: mean {statistics.mean(tally.bytes) / 1024:.1f} KiB, max {max(tally.bytes) / 1024:.1f} KiB;  "
        f"story pages rendered in {tally.seconds:.2f} s ({1000 * tally.seconds / tally.maps:.1f} ms each)"
    )
    cells = sum(tally.states.values())
    print("cells: " + ", ".join(f"{s} {n / cells:.1%}" for s, n in tally.states.most_common()))
    if tally.changes:
        q = statistics.quantiles(tally.changes, n=3) if len(tally.changes) > 1 else [tally.changes[0]] * 2
        shades = Counter(shade(c) for c in tally.changes)
        spread = ", ".join(f"{shades[i] / len(tally.changes):.0%}" for i in range(3))
        print(
            f"edited paragraphs: {len(tally.changes)}; tertiles of words changed {q[0]:.3f} / {q[1]:.3f}; "
            f"share in each shade (light, middle, dark): {spread}"
        )
    print(f"links resolve: {resolve:.3f} ({tally.links:,} links);  cells agree: {agree:.3f} ({tally.checks:,} checks)")
    return {"links resolve": resolve, "cells agree": agree}


def main(argv: list[str]) -> int:
    """Measure both domains and return non-zero when a figure is below its floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--half", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--reuters", type=int, default=21_578, help="Reuters stories to read (all by default)")
    parser.add_argument("--columns", type=int, default=Config().version_map_columns, help="version_map_columns")
    parser.add_argument("--rows", type=int, default=Config().version_map_rows, help="version_map_rows")
    args = parser.parse_args(argv)
    config = Config(version_map_columns=args.columns, version_map_rows=args.rows)
    logging.basicConfig(level=logging.ERROR)  # files screened out are a build's business, not this report's
    status = 0
    domains: list[tuple[str, Callable[[Path, Path], None], Callable[[str], bool]]] = [
        ("reuters", lambda data, corpus: write_reuters(data, corpus, args.reuters), reuters_held_out),
        ("web", write_web, web_held_out),
    ]
    for name, write, is_held_out in domains:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            write(args.data_dir, corpus)
            figures = print_tally(f"{name} ({args.half})", measure(corpus, is_held_out, args.half, config))
        status |= report(f"version-map-{name}", figures)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
