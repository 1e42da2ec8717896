"""Score the headline read from saved HTML pages (``.html`` files of a corpus), on two collections' markup.

    python -m quality.score_html DATA_DIR [--show]

DATA_DIR holds ``l3s-gn1/`` and ``article-extraction-benchmark/``. Each page's HTML goes through the
loader a corpus's ``.html`` file goes through (``newscorpus.load.html.read_html``), and the headline it
gives is compared, case, quotes, dashes and spacing aside, with:

* L3S-GN1: the block its annotators labelled headline (pages with one), on the original page; their annotated copy
  lost every character beyond ASCII to a "?", so a headline read so from the original matches too;
* the extraction benchmark: the headline two of the page's og:title, ``<h1>`` and ``<title>`` agree on and
  its text prints (``quality.markup_headline``; pages where they agree).

Pages are split into development and held-out halves as in ``quality.score_web``; ``--show`` lists the
development pages whose headline is wrong. A page the loader reads as no article counts as wrong. Exits
non-zero when a held-out figure is below its floor (quality/floors.toml, row "html-headline").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newscorpus.config import Config
from newscorpus.load.common import Unreadable
from newscorpus.load.html import read_html
from quality.floors import report
from quality.labels.select_web import held_out
from quality.markup_headline import gold_headline, same_headline
from quality.webpages import WebPage, benchmark_html, l3s_html, read_benchmark, read_l3s


def _gold(data_dir: Path, name: str, page: WebPage) -> tuple[str, str | None]:
    """Return a page's HTML and its gold headline (None when it has none)."""
    if name == "l3s":
        html = l3s_html(data_dir / "l3s-gn1", page.id)
        return html, next((b for b, label in zip(page.blocks, page.labels, strict=True) if label == "headline"), None)
    html = benchmark_html(data_dir / "article-extraction-benchmark", page.id)
    return html, gold_headline(html, page.blocks)


def _same(name: str, found: str | None, gold: str) -> bool:
    """Return True when the headline found is the gold, or, on L3S-GN1, the gold as its annotated copy writes it."""
    return same_headline(found, gold) or (name == "l3s" and "?" in gold and same_headline(_as_annotated(found), gold))


def _as_annotated(text: str | None) -> str | None:
    """Return text as L3S-GN1's annotated copy of a page writes it: every character beyond ASCII a "?" (its gold
    reads "each other?s" where the page prints "each other’s")."""
    return None if text is None else "".join(c if c.isascii() else "?" for c in text)


def _headline(html: str, config: Config) -> str | None:
    """Return the headline the HTML loader reads from a page, or None when it reads no article."""
    try:
        return read_html(html, config).entries[0].meta.title
    except Unreadable:
        return None


def score(data_dir: Path, show: bool = False) -> dict[str, float]:
    """Print each collection's share of right headlines, per half, and return the held-out figures."""
    config, right, pages = Config(), Counter[tuple[str, str]](), Counter[tuple[str, str]]()
    benchmark = read_benchmark(data_dir / "article-extraction-benchmark")
    collections = (("l3s", read_l3s(data_dir / "l3s-gn1")), ("aeb", benchmark))
    for name, collection in collections:
        for page in collection:
            html, gold = _gold(data_dir, name, page)
            if gold is None:
                continue
            half = "held-out" if held_out(page.id) else "dev"
            found = _headline(html, config)
            pages[name, half] += 1
            ok = _same(name, found, gold)
            right[name, half] += ok
            if show and half == "dev" and not ok:
                print(f"{name} {page.id}: headline {found!r}, want {gold!r}")
    figures = {}
    for name, label in (("l3s", "l3s headline"), ("aeb", "aeb headline")):
        for half in ("dev", "held-out"):
            share = right[name, half] / pages[name, half] if pages[name, half] else 0.0
            print(f"{label:<14} {half:<9} {share:.3f} of {pages[name, half]} pages")
            if half == "held-out":
                figures[label] = share
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder holding l3s-gn1/ and article-extraction-benchmark/")
    parser.add_argument("--show", action="store_true", help="list the development pages whose headline is wrong")
    args = parser.parse_args(argv)
    return report("html-headline", score(args.data_dir, args.show))


if __name__ == "__main__":
    sys.exit(main())
