"""Read the web-news collections into scraped-page text, block by block, with their gold labels.

A scraper that keeps a page's text keeps it block by block: one paragraph, heading, menu entry,
caption or link list per block, in page order, with everything around the story left in. This
module turns saved pages into exactly that shape, so the extractor can be measured on what users
feed it:

* L3S-GN1 (``annotated/<uuid>.html``): every text span is labelled by hand (0 not content,
  1 headline, 2 full text, 3 supplemental, 4 related, 5 comments); a block takes the label
  holding most of its characters.
* The article extraction benchmark (``html/<id>.html.gz`` and ``ground-truth.json``): pages
  with the gold article body.
* News-Cluster (``data_raw/<id>.json``): news-please records, whose ``text`` is already one
  block per line.

The collections are read from the folder given at run time; nothing of them is stored in the
repository (their licences allow research use only, or leave the texts to their publishers).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html

# L3S-GN1's label classes, by the number in `x-nc-selN`.
L3S_LABELS = {0: "furniture", 1: "headline", 2: "story", 3: "supplemental", 4: "related", 5: "comments"}

# Elements that start a new block of text on the rendered page; inline ones (a, span, b, em,
# font, …) continue the block they are in.
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "br", "button", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "img", "input", "label", "legend"),
        *("li", "main", "nav", "ol", "option", "p", "pre", "section", "select", "table", "tbody", "td"),
        *("textarea", "tfoot", "th", "thead", "title", "tr", "ul"),
    )
)
# Elements whose text is never shown.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "head", "template", "object", "embed", "svg", "map"})
_SEL = re.compile(r"\bx-nc-sel(\d)\b")


@dataclass(frozen=True)
class WebPage:
    """One saved page as scraped text: its blocks, each with a gold label when the collection has one."""

    collection: str
    id: str
    url: str
    blocks: tuple[str, ...]
    labels: tuple[str, ...] = ()
    """Gold label of each block (L3S-GN1 only): headline, story, supplemental, related, comments, furniture."""
    gold_body: str = ""
    """The gold article body (the extraction benchmark only)."""
    meta: dict[str, str] | None = None
    """Record fields given beside the text (News-Cluster only): title, date, authors, outlet."""

    def text(self, separator: str = "\n\n") -> str:
        """Return the page as a scraper saves it: blocks in page order, one blank line apart."""
        return separator.join(self.blocks) + "\n"


def html_blocks(page: str) -> list[tuple[str, int | None]]:
    """Return the text blocks of an HTML page in order, each with its L3S label number (None if unlabelled)."""
    try:
        root = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return []
    body = root.find("body")
    if body is None:
        body = root
    blocks: list[tuple[str, int | None]] = []
    parts: list[tuple[str, int | None]] = []

    def flush() -> None:
        text = " ".join("".join(t for t, _ in parts).split())
        if text:
            weight: dict[int | None, int] = {}
            for t, label in parts:
                weight[label] = weight.get(label, 0) + len(t.strip())
            # The label holding most of the block's characters; content labels win ties.
            best = max(weight, key=lambda k: (weight[k], k is not None and k > 0, -(k or 0)))
            blocks.append((text, best))
        parts.clear()

    def walk(element: lxml.html.HtmlElement, label: int | None) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in _HIDDEN_TAGS or "x-nc-invisible" in (element.get("class") or ""):
            if element.tail:
                parts.append((element.tail, label))
            return
        own = label
        match = _SEL.search(element.get("class") or "") if tag else None
        if match:
            own = int(match.group(1))
        block = tag.lower() in _BLOCK_TAGS
        if block:
            flush()
        if tag and element.text:
            parts.append((element.text, own))
        for child in element:
            walk(child, own)
        if block:
            flush()
        if element.tail:
            parts.append((element.tail, label))

    walk(body, None)
    flush()
    return blocks


def read_l3s(folder: str | Path) -> list[WebPage]:
    """Return every L3S-GN1 page as scraped text with its hand-made block labels, sorted by id."""
    root = Path(folder)
    urls = {}
    for line in (root / "url-mapping.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        if "\t" in line:
            urn, url = line.split("\t", 1)
            urls[urn.strip("<>").removeprefix("urn:uuid:")] = url.strip()
    pages = []
    for path in sorted((root / "annotated").glob("*.html")):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        blocks = html_blocks(raw)
        pages.append(
            WebPage(
                collection="l3s",
                id=path.stem,
                url=urls.get(path.stem, ""),
                blocks=tuple(t for t, _ in blocks),
                labels=tuple(L3S_LABELS[label or 0] for _, label in blocks),
            )
        )
    return pages


def read_benchmark(folder: str | Path) -> list[WebPage]:
    """Return every page of the article extraction benchmark as scraped text with its gold body."""
    root = Path(folder)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        blocks = html_blocks(raw)
        pages.append(
            WebPage(
                collection="aeb",
                id=key[:16],
                url=truth[key].get("url", ""),
                blocks=tuple(t for t, _ in blocks),
                gold_body=truth[key].get("articleBody", ""),
            )
        )
    return pages


def benchmark_html(folder: str | Path, page_id: str) -> str:
    """Return the saved HTML of one benchmark page (by the 16-character id `read_benchmark` gives)."""
    root = Path(folder)
    (path,) = sorted((root / "html").glob(f"{page_id}*.html.gz"))
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def l3s_html(folder: str | Path, page_id: str, *, annotated: bool = False) -> str:
    """Return the saved HTML of one L3S-GN1 page, as crawled (or as annotated)."""
    path = Path(folder) / ("annotated" if annotated else "original") / f"{page_id}.html"
    return path.read_bytes().decode("utf-8", errors="replace")


def read_cluster(folder: str | Path) -> list[WebPage]:
    """Return every News-Cluster record with text, its text split at line breaks, and its fields."""
    pages = []
    for path in sorted((Path(folder) / "data_raw").glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue  # two records of the collection are empty files
        text = str(record.get("text") or "")
        if not text.strip():
            continue
        meta = {
            "title": str(record.get("title") or ""),
            "date": str(record.get("date_publish") or ""),
            "authors": str(record.get("authors") or ""),
            "outlet": str(record.get("source_domain") or ""),
            "event": str(record.get("newsCluster") or ""),
        }
        pages.append(
            WebPage(
                collection="cluster",
                id=path.stem[:16],
                url=str(record.get("url") or ""),
                blocks=tuple(line.strip() for line in text.split("\n") if line.strip()),
                meta=meta,
            )
        )
    return pages


def read_collection(data_dir: str | Path, name: str) -> list[WebPage]:
    """Return the pages of one collection under the data folder: "l3s", "aeb" or "cluster"."""
    return list(_read_collection(str(data_dir), name))


# Read once per process: each draw of labelled pages runs every earlier draw again to leave their pages out,
# and reading a collection parses every page's HTML.
@functools.cache
def _read_collection(data_dir: str, name: str) -> tuple[WebPage, ...]:
    return tuple(_read_uncached(data_dir, name))


def _read_uncached(data_dir: str, name: str) -> list[WebPage]:
    root = Path(data_dir)
    if name == "l3s":
        return read_l3s(root / "l3s-gn1")
    if name == "aeb":
        return read_benchmark(root / "article-extraction-benchmark")
    if name == "cluster":
        return read_cluster(root / "news-cluster")
    raise ValueError(f"unknown collection {name!r}: l3s, aeb or cluster")


def iter_pages(data_dir: str | Path, names: tuple[str, ...] = ("l3s", "aeb", "cluster")) -> Iterator[WebPage]:
    """Yield the pages of several collections in turn."""
    for name in names:
        yield from read_collection(data_dir, name)


def main(argv: list[str]) -> int:
    """Print one page block by block: `python -m quality.webpages DATA_DIR COLLECTION ID`."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("data_dir")
    parser.add_argument("collection", choices=("l3s", "aeb", "cluster"))
    parser.add_argument("id")
    args = parser.parse_args(argv)
    for page in read_collection(args.data_dir, args.collection):
        if page.id == args.id:
            print(f"# {page.collection} {page.id} {page.url}")
            if page.meta:
                print(f"# meta: {page.meta}")
            for i, block in enumerate(page.blocks):
                label = f"[{page.labels[i]}] " if page.labels else ""
                print(f"{i:3d} {label}{block}")
            return 0
    print(f"{args.id}: no such page in {args.collection}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
