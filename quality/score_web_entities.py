"""Score people, organisations, places and quote speakers on hand-labelled scraped web stories.

    .venv/bin/python -m quality.score_web_entities DATA_DIR [--labels FILE] [--show] [--page-text]
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev2.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev3.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev4.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev5.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_check5.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev6.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_check6.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev7.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_check7.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev8.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_check8.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev9.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_check9.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev10.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev11.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev12.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev13.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev14.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev15.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev16.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev17.json
    .venv/bin/python -m quality.score_web_entities DATA_DIR --labels quality/labels/web_entities_dev18.json

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. Every page
of the label file (``labels/web_entities.json``: the facts of metadata.json under ``pages``, each
page named by ``collection`` and ``id`` and put in a ``half``, "dev" or "held-out") is read with
``quality/webpages.py`` and its story text goes through the real extractor
(``newscorpus.extract.extract_articles``):

* L3S-GN1: the blocks labelled headline or story, the headline first;
* the extraction benchmark: the gold body;
* News-Cluster: the record's title, then its text;

leaving out the blocks a label lists in ``excluded_blocks`` (furniture inside the story).

``--page-text`` feeds the whole scraped page instead (every block in page order, furniture and
all), to measure extraction once it finds the story on the page by itself; it only reports, the
floors being for the story text.

``labels/web_entities_dev.json`` holds 43 further development pages, labelled by the same rules and
scored against their own floors; ``labels/web_entities_dev2.json`` 30 fresh development pages,
labelled for organisations and quotation speakers only (a kind a page does not label is not scored);
``labels/web_entities_dev3.json`` 30 more fresh development pages, labelled for people,
organisations and places only, ``labels/web_entities_dev4.json`` 30 more, labelled for quotation
speakers only, ``labels/web_entities_dev5.json`` 9 more with their check twin
``labels/web_entities_check5.json`` 8, labelled for people, organisations and places only, and
``labels/web_entities_dev6.json`` and ``labels/web_entities_check6.json`` 15 each, drawn together
and labelled for quotation speakers only, as are ``labels/web_entities_dev7.json`` and
``labels/web_entities_check7.json``, 12 stories rich in quotations each, and
``labels/web_entities_dev8.json`` and ``labels/web_entities_check8.json``, 12 stories each labelled
for people, organisations and places only, and ``labels/web_entities_dev9.json`` and
``labels/web_entities_check9.json``, 15 stories each labelled for all four: a check file's misses are
never shown while tuning (do not pass ``--show`` with it), only its figures, to test whether rules
tuned on the development files transfer.

Prints, for the development half, the held-out half and all pages, the same figures as
``score_metadata.py`` (entity precision / recall / F1, quotes found, speaker accuracy) and exits
non-zero when a figure of all pages is below its floor in ``quality/floors.toml``. ``--show``
prints the misses and false hits of development pages only: the held-out half is never read
while tuning. The texts are read from DATA_DIR at run time; nothing of them is stored in the
repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.model import Article, Source, SourceMeta
from quality.floors import report as floor_report
from quality.score_metadata import KINDS, Tally, match_entities, report, score_quotes
from quality.webpages import WebPage, read_collection

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "web_entities.json"
GATE = "web-entities"
# The floors' row of each label file: the 40 stories with their held-out half, the further
# development stories of web_entities_dev.json and the fresh draws of web_entities_dev2.json,
# web_entities_dev3.json (people, organisations, places), web_entities_dev4.json (speakers),
# web_entities_dev5.json with its check twin web_entities_check5.json (people, organisations, places),
# the sixth and seventh draws' development and check halves (speakers), the eighth draw's
# development and check halves (people, organisations, places) and the ninth's (all four).
GATES = {
    "web_entities.json": GATE,
    "web_entities_dev.json": "web-entities-dev",
    "web_entities_dev2.json": "web-entities-dev2",
    "web_entities_dev3.json": "web-entities-dev3",
    "web_entities_dev4.json": "web-entities-dev4",
    "web_entities_dev5.json": "web-entities-dev5",
    "web_entities_check5.json": "web-entities-check5",
    "web_entities_dev6.json": "web-entities-dev6",
    "web_entities_check6.json": "web-entities-check6",
    "web_entities_dev7.json": "web-entities-dev7",
    "web_entities_check7.json": "web-entities-check7",
    "web_entities_dev8.json": "web-entities-dev8",
    "web_entities_check8.json": "web-entities-check8",
    "web_entities_dev9.json": "web-entities-dev9",
    "web_entities_check9.json": "web-entities-check9",
    "web_entities_dev10.json": "web-entities-dev10",
    "web_entities_dev11.json": "web-entities-dev11",
    "web_entities_dev12.json": "web-entities-dev12",
    "web_entities_dev13.json": "web-entities-dev13",
    "web_entities_dev14.json": "web-entities-dev14",
    "web_entities_dev15.json": "web-entities-dev15",
    "web_entities_dev16.json": "web-entities-dev16",
    "web_entities_dev17.json": "web-entities-dev17",
    "web_entities_dev18.json": "web-entities-dev18",
    "web_entities_dev19.json": "web-entities-dev19",
}
# What the entity finder and speaker resolution aim for on web stories.
TARGETS = {"people": 0.9, "organizations": 0.8, "places": 0.9, "speaker": 0.9}
# Story blocks of an L3S-GN1 page, by their hand-made label.
_STORY_LABELS = ("headline", "story")


def story_text(page: WebPage, excluded: Collection[int] = ()) -> str:
    """Return a page's story as the extractor would get it once the story is found: headline first."""
    kept = [(b, page.labels[i] if page.labels else "story") for i, b in enumerate(page.blocks) if i not in excluded]
    if page.collection == "l3s":
        heads = [b for b, label in kept if label == "headline"]
        blocks = heads[:1] + [b for b, label in kept if label == "story"]
    elif page.collection == "aeb":
        blocks = page.gold_body.split("\n")
    else:
        blocks = [(page.meta or {}).get("title", ""), *(b for b, _ in kept)]
    return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip()) + "\n"


def page_source(page: WebPage, excluded: Collection[int] = (), *, whole_page: bool = False) -> Source:
    """Return one labelled page as a source: its story text, or the whole scraped page."""
    text = page.text() if whole_page else story_text(page, excluded)
    date = (page.meta or {}).get("date", "")[:10] or None
    return Source(
        id=f"{page.collection}-{page.id}",
        path=f"{page.collection}/{page.id}.txt",
        text=text,
        meta=SourceMeta(date=date, url=page.url or None),
    )


def load_pages(data_dir: str, labels: list[dict[str, object]]) -> dict[tuple[str, str], WebPage]:
    """Return the labelled pages, read from their collections, by (collection, id)."""
    wanted = {(str(label["collection"]), str(label["id"])) for label in labels}
    pages = {}
    for collection in sorted({c for c, _ in wanted}):
        for page in read_collection(data_dir, collection):
            if (collection, page.id) in wanted:
                pages[(collection, page.id)] = page
    missing = sorted(wanted - set(pages))
    if missing:
        raise SystemExit(f"{data_dir}: labelled pages not found: {missing}\nHint: DATA_DIR holds the three collections")
    return pages


def score_page(article: Article, label: dict[str, object], tally: Tally, show: list[str]) -> None:
    """Add one page's entity and quote counts to a tally, and its errors to show."""
    for field, attr in KINDS:
        if field not in label:
            continue
        tp, false_hits, misses = match_entities(getattr(article, attr), label[field])  # type: ignore[arg-type]
        tally.add(field, tp, len(false_hits), len(misses))
        if false_hits or misses:
            show.append(f"  {field}: false {false_hits} missed {misses}")
    score_quotes(article, label, tally, show)


def score(
    data_dir: str, labels_path: Path = LABELS, shown: list[str] | None = None, *, whole_page: bool = False
) -> dict[str, tuple[Tally, int]]:
    """Return the tallies and page counts for the dev half, the held-out half and all pages."""
    if not Path(labels_path).is_file():
        raise SystemExit(f"{labels_path}: no such label file\nHint: pass --labels FILE (the format of metadata.json)")
    labels = json.loads(Path(labels_path).read_text(encoding="utf-8"))["pages"]
    pages = load_pages(data_dir, labels)
    sources = [
        page_source(pages[(str(lb["collection"]), str(lb["id"]))], lb.get("excluded_blocks", ()), whole_page=whole_page)
        for lb in labels
    ]
    articles = extract_articles(sources, Config()).articles
    by_id = {a.id: a for a in articles}
    tallies = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    sizes = dict.fromkeys(tallies, 0)
    for label in labels:
        article = by_id[f"{label['collection']}-{label['id']}"]
        subset = "dev" if label["half"] == "dev" else "held-out"
        show: list[str] = []
        for name in (subset, "all"):
            score_page(article, label, tallies[name], show if name == "all" else [])
            sizes[name] += 1
        if shown is not None and show and subset == "dev":
            shown += [f"{label['collection']} {label['id']}:", *show]
    return {name: (tallies[name], sizes[name]) for name in tallies}


def figures(tally: Tally) -> dict[str, float]:
    """Return the gated figures of a tally: entity F1 by kind, quotes found and speaker accuracy."""
    out = {f"{field} F1": tally.prf(field)[2] for field, _ in KINDS if any(tally.counts[field])}
    out.update({field: tally.rate(field)[0] for field in ("quotes found", "speaker")})
    return out


def gate_name(labels_path: Path) -> str:
    """Return the floors' row for a label file."""
    return GATES.get(labels_path.name, GATE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--show", action="store_true", help="print every miss and false hit of development pages")
    parser.add_argument("--page-text", action="store_true", help="feed the whole scraped page, not the story text")
    args = parser.parse_args(argv)
    shown: list[str] = []
    results = score(args.data_dir, Path(args.labels), shown if args.show else None, whole_page=args.page_text)
    if shown:
        print("\n".join(shown))
    print()
    for name, title in (("dev", "Development half"), ("held-out", "Held-out half"), ("all", "All")):
        tally, size = results[name]
        print("\n".join(report(title, tally, size, TARGETS, unit="pages")))
    print()
    if args.page_text:
        print(f"{gate_name(Path(args.labels))}: floors are for the story text; --page-text only reports")
        return 0
    return floor_report(gate_name(Path(args.labels)), figures(results["all"][0]))


if __name__ == "__main__":
    sys.exit(main())
