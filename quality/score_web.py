"""Score story detection and story metadata on scraped web pages, beside trafilatura and jusText.

    .venv/bin/python -m quality.score_web DATA_DIR [--show] [--no-baselines]

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. Every page is
fed to the real extractor as scrapers save it (``quality.webpages``: its text block by block, menus,
captions and comments left in, with its address), a collection at a time, so blocks repeated across pages count as
they would in a user's corpus. Printed, for the development half, the held-out half and all:

* story words (gated on the held-out half of both collections): F1 of the words of the blocks labelled
  story against the blocks L3S-GN1's assessors labelled full text (per page, averaged; and over all
  words), and against the article extraction benchmark's gold bodies; beside trafilatura's and
  jusText's F1 on the same pages' HTML, which have the markup and link density the text lacks
  (``--no-baselines`` skips them);
* headline block: share of L3S-GN1 pages with a labelled headline whose headline block is found;
* aeb headline: share of the benchmark's pages with a gold headline named by their markup
  (``quality.markup_headline``: og:title, ``<h1>`` and ``<title>``, two agreeing, printed in the text) whose
  extracted headline is that one, case, quotes, dashes and spacing aside (a kicker or the site's name kept is wrong);
* on the 130 hand-labelled pages (``labels/web_metadata.json``, half of them held out) and 80 more
  development pages (``labels/web_metadata_extra.json``): headline, dateline, wire credit, byline and
  publication date accuracy (a page printing no date must get none);
* the same accuracies on 70 fresh development pages (``labels/web_metadata_dev2.json``), in a row of
  their own ("dev, fresh") so the other rows stay comparable: labelled before the extractor was tuned
  on them, their first figures estimate how it does on unseen pages; and on a third draw of 70
  (``labels/web_metadata_dev3.json``, "dev, fresh 3"), labelled once the second had been tuned on, a
  fourth of 42 (``labels/web_metadata_dev4.json``, "dev, fresh 4"), labelled once the third had been, and a
  fifth of 45 (``labels/web_metadata_dev5.json``, "dev, fresh 5"), labelled once the fourth had been, and a
  sixth draw of 48 dealt in turn to a development file of 24 (``labels/web_metadata_dev6.json``, "dev, fresh
  6") and a check file of 24 (``labels/web_metadata_check6.json``, "check 6") whose misses are never shown,
  a seventh draw of 48 dealt alike (``labels/web_metadata_dev7.json``, "dev, fresh 7", and
  ``labels/web_metadata_check7.json``, "check 7"), an eighth of 24 with no check file
  (``labels/web_metadata_dev8.json``, "dev, fresh 8"), a ninth of 24, the last development pages no label
  file held (``labels/web_metadata_dev9.json``, "dev, fresh 9"), a tenth of 40 among development pages
  whose story metadata no file labels (``labels/web_metadata_dev10.json``, "dev, fresh 10"), and an eleventh of
  the 28 such pages it left (``labels/web_metadata_dev11.json``, "dev, fresh 11").

The script exits non-zero when a held-out or fresh figure is below its floor (``quality/floors.toml``). Halves
are those of ``quality.labels.select_web.held_out``; ``--show`` prints the misses of development
pages only, never those of the held-out half or of the check file. Nothing of the collections is stored in
the repository.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.model import Article, PageBlock, Source, SourceMeta
from quality.floors import report as floor_report
from quality.labels.select_web import held_out
from quality.markup_headline import gold_headline, same_headline
from quality.webpages import WebPage, benchmark_html, l3s_html, read_collection

LABELS = Path(__file__).resolve().parent / "labels" / "web_metadata.json"
# 80 further pages, all of the development half (labels/select_web_extra.py chose them).
EXTRA_LABELS = LABELS.with_name("web_metadata_extra.json")
# 70 fresh development pages (labels/select_web_dev2.py), scored in a row of their own.
FRESH_LABELS = LABELS.with_name("web_metadata_dev2.json")
FRESH = "dev, fresh"
# 70 more (labels/select_web_dev3.py), drawn and labelled after the fresh pages had been tuned on.
FRESH3_LABELS = LABELS.with_name("web_metadata_dev3.json")
FRESH3 = "dev, fresh 3"
# 42 more (labels/select_web_dev4.py), drawn and labelled after the third draw had been tuned on.
FRESH4_LABELS = LABELS.with_name("web_metadata_dev4.json")
FRESH4 = "dev, fresh 4"
# 45 more (labels/select_web_dev5.py), drawn and labelled after the fourth draw had been tuned on.
FRESH5_LABELS = LABELS.with_name("web_metadata_dev5.json")
FRESH5 = "dev, fresh 5"
# 24 more (labels/select_web_dev6.py), drawn once the fifth draw had been tuned on, and beside them 24 pages of
# the same draw whose misses are never shown: their figures say whether rules tuned on the others transfer.
FRESH6_LABELS = LABELS.with_name("web_metadata_dev6.json")
FRESH6 = "dev, fresh 6"
CHECK6_LABELS = LABELS.with_name("web_metadata_check6.json")
CHECK6 = "check 6"
# 24 + 24 more (labels/select_web_dev7.py), drawn and dealt the same way once the sixth draw had been tuned on.
FRESH7_LABELS = LABELS.with_name("web_metadata_dev7.json")
FRESH7 = "dev, fresh 7"
CHECK7_LABELS = LABELS.with_name("web_metadata_check7.json")
CHECK7 = "check 7"
# The label files scored in a row of their own, by file name, with the floors of each row; then, drawn each once
# the draw before had been tuned on, with no check file: 24 more (labels/select_web_dev8.py), 24 more
# (select_web_dev9.py), 40 whose story metadata no file labelled (select_web_dev10.py) and the 28 such pages the
# tenth left (select_web_dev11.py).
OWN_ROWS = {
    FRESH_LABELS.name: FRESH,
    FRESH3_LABELS.name: FRESH3,
    FRESH4_LABELS.name: FRESH4,
    FRESH5_LABELS.name: FRESH5,
    FRESH6_LABELS.name: FRESH6,
    CHECK6_LABELS.name: CHECK6,
    FRESH7_LABELS.name: FRESH7,
    CHECK7_LABELS.name: CHECK7,
    **{f"web_metadata_dev{n}.json": f"dev, fresh {n}" for n in range(8, 12)},
}
# Rows whose misses ``--show`` never prints.
UNSHOWN = frozenset({CHECK6, CHECK7})
# The floors of each row: "dev, fresh 3" is gated by the row web-stories-fresh3, "check 6" by web-stories-check6.
ROW_FLOORS = {row: "web-stories-" + row.removeprefix("dev, ").replace(" ", "") for row in OWN_ROWS.values()}
HALVES = ("dev", "held-out", "all", *ROW_FLOORS)
_WORD = re.compile(r"\w+")
FIELDS = ("headline", "dateline", "agency", "byline", "published")


@dataclass
class Rates:
    """Hits and trials of each measure, for one half."""

    hits: Counter[str] = field(default_factory=Counter)
    trials: Counter[str] = field(default_factory=Counter)
    f1: dict[str, list[float]] = field(default_factory=dict)
    words: dict[str, list[int]] = field(default_factory=dict)
    """tp, fp, fn word counts by measure, for the F1 over all words."""

    def add(self, name: str, ok: bool) -> None:
        self.trials[name] += 1
        self.hits[name] += int(ok)

    def rate(self, name: str) -> float:
        return self.hits[name] / self.trials[name] if self.trials[name] else 1.0

    def add_f1(self, name: str, predicted: Counter[str], gold: Counter[str]) -> None:
        tp = sum((predicted & gold).values())
        fp, fn = sum(predicted.values()) - tp, sum(gold.values()) - tp
        self.f1.setdefault(name, []).append(_f1(tp, fp, fn))
        counts = self.words.setdefault(name, [0, 0, 0])
        counts[0] += tp
        counts[1] += fp
        counts[2] += fn

    def mean_f1(self, name: str) -> float:
        scores = self.f1.get(name, [])
        return sum(scores) / len(scores) if scores else 0.0

    def word_f1(self, name: str) -> float:
        return _f1(*self.words.get(name, [0, 0, 0]))


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bag(texts: Iterable[str]) -> Counter[str]:
    """Return the words of texts, lower-cased, with their counts."""
    return Counter(w.lower() for t in texts for w in _WORD.findall(t))


def halves_of(page_id: str) -> tuple[str, str]:
    return ("held-out" if held_out(page_id) else "dev", "all")


def extract_collection(
    pages: Sequence[WebPage], config: Config
) -> tuple[dict[str, Article], dict[str, tuple[PageBlock, ...]]]:
    """Return the articles and labelled blocks of a collection's pages, fed as scraped text, by page id."""
    # A scraper keeps the page's address with its text; the extractor reads only the site's country from it.
    sources = [
        Source(id=p.id, path=f"{p.collection}/{p.id}.txt", text=p.text(), meta=SourceMeta(url=p.url or None))
        for p in pages
    ]
    labelled = segment_pages(sources, config)
    extracted = extract_articles(sources, config, labelled)
    return {a.id: a for a in extracted.articles}, labelled


def score_stories(data_dir: Path, config: Config, rates: dict[str, Rates], baselines: bool, show: list[str]) -> None:
    """Add story-word F1 and headline-block figures on L3S-GN1 and the extraction benchmark."""
    for name in ("l3s", "aeb"):
        pages = read_collection(data_dir, name)
        articles, labelled = extract_collection(pages, config)
        for page in pages:
            blocks = labelled[page.id]
            predicted = bag(b.text for b in blocks if b.label == "story")
            if name == "l3s":
                gold = bag(t for t, label in zip(page.blocks, page.labels, strict=True) if label == "story")
                headlines = {t for t, label in zip(page.blocks, page.labels, strict=True) if label == "headline"}
                found = next((b.text for b in blocks if b.label == "headline"), None)
            else:
                gold = bag([page.gold_body])
                _score_markup_headline(data_dir, page, articles.get(page.id), rates, show)
            for half in halves_of(page.id):
                rates[half].add_f1(f"{name} story", predicted, gold)
                if name == "l3s" and headlines:
                    rates[half].add("l3s headline block", found in headlines)
            if baselines:
                html = (
                    l3s_html(data_dir / "l3s-gn1", page.id)
                    if name == "l3s"
                    else benchmark_html(data_dir / "article-extraction-benchmark", page.id)
                )
                for tool, text in (("trafilatura", _trafilatura(html)), ("jusText", _justext(html))):
                    for half in halves_of(page.id):
                        rates[half].add_f1(f"{name} story {tool}", bag([text]), gold)
            if name == "l3s" and headlines and found not in headlines and not held_out(page.id):
                show.append(f"{name} {page.id}: headline {found!r}, want {sorted(headlines)[0]!r}")


def _score_markup_headline(
    data_dir: Path, page: WebPage, article: Article | None, rates: dict[str, Rates], show: list[str]
) -> None:
    """Add whether the headline found in a benchmark page's text is the one its markup names."""
    gold = gold_headline(benchmark_html(data_dir / "article-extraction-benchmark", page.id), page.blocks)
    found = article.title if article is not None and not article.title_derived else None
    ok = gold is not None and same_headline(found, gold)
    for half in halves_of(page.id):
        rates[half].add("aeb pages", True)
        if gold is not None:
            rates[half].add("aeb headline", ok)
    if gold is not None and not ok and not held_out(page.id):
        show.append(f"aeb {page.id}: headline {found!r}, want {gold!r}")


def _trafilatura(html: str) -> str:
    import trafilatura  # noqa: PLC0415 - only when the baselines are asked for

    return trafilatura.extract(html, include_comments=False, include_tables=False, deduplicate=False) or ""


def _justext(html: str) -> str:
    import justext  # noqa: PLC0415 - only when the baselines are asked for

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    except Exception:  # jusText fails on some malformed pages; it then finds nothing
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").split()).strip(" \"'“”‘’.").casefold()


def _place(dateline: str | None) -> str:
    return _norm((dateline or "").split(",")[0])


def score_metadata(
    data_dir: Path, config: Config, labels_paths: list[Path], rates: dict[str, Rates], show: list[str]
) -> None:
    """Add the accuracy of headline, dateline, credit, byline and date on the hand-labelled pages.

    The pages of a fresh label file (``OWN_ROWS``) count in their own row only.
    """
    labels = [
        (label, OWN_ROWS.get(path.name, ""))
        for path in labels_paths
        for label in json.loads(path.read_text(encoding="utf-8"))["pages"]
    ]
    for name in ("l3s", "aeb", "cluster"):
        wanted = sorted(((label["id"], row), label) for label, row in labels if label["collection"] == name)
        articles, _ = extract_collection(read_collection(data_dir, name), config)
        for (page_id, row), label in wanted:
            article = articles.get(page_id)
            outcomes = _outcomes(article, label)
            for half in (row,) if row else halves_of(page_id):
                for key, (ok, _got, _want) in outcomes.items():
                    rates[half].add(key, ok)
            if not held_out(page_id) and row not in UNSHOWN:
                show += [
                    f"{name} {page_id}: {key} got {got!r} want {want!r}"
                    for key, (ok, got, want) in outcomes.items()
                    if not ok
                ]


def _outcomes(article: Article | None, label: dict[str, object]) -> dict[str, tuple[bool, object, object]]:
    """Return, for each field, whether the article has it right, what it has and what it should."""
    if article is None:
        return {key: (False, None, label.get(key)) for key in FIELDS}
    want_title = label.get("headline")
    title_ok = article.title_derived if want_title is None else _norm(article.title) == _norm(str(want_title))
    want_place = label.get("dateline")
    authors = sorted(_norm(a) for a in article.authors)
    want_authors = sorted(_norm(str(a)) for a in label.get("authors") or [])  # type: ignore[attr-defined]
    want_date = label.get("published")
    got_date = article.published if article.published_from in ("page", "dateline") else None
    date_ok = got_date is None if want_date is None else got_date is not None and got_date[:10] == str(want_date)[:10]
    return {
        "headline": (title_ok, article.title if not article.title_derived else None, want_title),
        "dateline": (
            _place(article.dateline) == _place(str(want_place) if want_place else None),
            article.dateline,
            want_place,
        ),
        "agency": (article.agency == label.get("agency"), article.agency, label.get("agency")),
        "byline": (authors == want_authors, list(article.authors), label.get("authors")),
        "published": (date_ok, got_date, want_date),
    }


def report(rates: dict[str, Rates], baselines: bool) -> list[str]:
    lines = []
    for half in HALVES:
        r = rates[half]
        lines.append(f"{half}:")
        for name in ("l3s story", "aeb story"):
            if name not in r.f1:
                continue
            pages = len(r.f1[name])
            row = f"  {name:<22} F1 {r.mean_f1(name):.3f} per page, {r.word_f1(name):.3f} over words ({pages} pages)"
            if baselines:
                row += "".join(
                    f"; {tool} {r.mean_f1(f'{name} {tool}'):.3f} / {r.word_f1(f'{name} {tool}'):.3f}"
                    for tool in ("trafilatura", "jusText")
                )
            lines.append(row)
        if r.trials["l3s headline block"]:
            block = "l3s headline block"
            lines.append(f"  {block:<22} {r.rate(block):.3f} of {r.trials[block]} pages")
        if r.trials["aeb headline"]:
            name, pages = "aeb headline", r.trials["aeb pages"]
            lines.append(f"  {name:<22} {r.rate(name):.3f} of {r.trials[name]} pages with a gold headline (of {pages})")
        for key in FIELDS:
            if r.trials[key]:
                lines.append(f"  {key:<22} accuracy {r.rate(key):.3f} over {r.trials[key]} labelled pages")
    return lines


def figures(rates: dict[str, Rates]) -> dict[str, float]:
    """Return the gated figures: held-out story F1 and headline block, held-out metadata accuracies."""
    held = rates["held-out"]
    out = {"l3s story F1": held.mean_f1("l3s story"), "l3s headline block": held.rate("l3s headline block")}
    out["aeb story F1"] = held.mean_f1("aeb story")
    out["aeb headline"] = held.rate("aeb headline")
    out.update({key: held.rate(key) for key in FIELDS})
    return out


def fresh_figures(rates: dict[str, Rates], row: str = FRESH) -> dict[str, float]:
    """Return the metadata accuracies of the pages of a fresh row."""
    return {key: rates[row].rate(key) for key in FIELDS if rates[row].trials[key]}


def shown(misses: list[str], labels_paths: Iterable[Path]) -> list[str]:
    """Return the misses ``--show`` may print: none of a page of an ``UNSHOWN`` row's label file.

    Each miss reads ``"<collection> <id>: ..."``; a check file's pages are development pages, so the headline
    block misses of L3S-GN1 would list them too.
    """
    hidden = {
        f"{label['collection']} {label['id']}"
        for path in labels_paths
        if OWN_ROWS.get(path.name) in UNSHOWN
        for label in json.loads(path.read_text(encoding="utf-8"))["pages"]
    }
    return [miss for miss in misses if miss.split(":", 1)[0] not in hidden]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument(
        "--labels",
        type=Path,
        nargs="+",
        default=[LABELS, EXTRA_LABELS, *(LABELS.with_name(name) for name in OWN_ROWS)],
        help="label files (default: all twelve)",
    )
    parser.add_argument(
        "--show", action="store_true", help="print the misses of development pages (never of the check file's)"
    )
    parser.add_argument("--no-baselines", action="store_true", help="skip trafilatura and jusText")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # pages that are not articles are counted here, not reported
    config = Config()
    rates = {half: Rates() for half in HALVES}
    show: list[str] = []
    score_stories(args.data_dir, config, rates, not args.no_baselines, show)
    score_metadata(args.data_dir, config, args.labels, rates, show)
    if args.show:
        print("\n".join(shown(show, {*args.labels, CHECK6_LABELS, CHECK7_LABELS})))
        print()
    print("\n".join(report(rates, not args.no_baselines)))
    print()
    status = floor_report("web-stories", figures(rates))
    for row, gate in ROW_FLOORS.items():
        if rates[row].trials["headline"]:
            status |= floor_report(gate, fresh_figures(rates, row))
    return status


if __name__ == "__main__":
    sys.exit(main())
