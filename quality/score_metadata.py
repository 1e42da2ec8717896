"""Score the metadata extractor against the hand-made labels on Reuters-21578.

    .venv/bin/python -m quality.score_metadata REUTERS_DIR [--labels FILE] [--show]

Runs the real extractor (``newscorpus.extract.extract_articles``) on ``Story.as_text(signoff=True)``
of every labelled story, with the story's date as the publication date so relative dates resolve,
and prints per field, for the development stories (odd newid), the held-out ones (even newid) and
all of them:

* people, organizations, places: precision / recall / F1; an extracted entity matches a labelled
  one when any of its forms (canonical name or alias) equals any of the label's, ignoring case;
* dateline and agency: accuracy (the dateline's place part, before any comma, as written);
* quotes: share of labelled quotes found (by their first words), and speaker accuracy over the
  quotes found (a labelled null speaker is matched by no entity);
* figures and dates: recall only, since the labels hold the key ones, not all.

A field a label does not have (``metadata_extra.json`` labels no places) is not scored.
``--show`` prints every miss and false hit of the development stories, ``--show-all`` those of
every story, for a label file used wholly for development (``metadata_extra.json``). The texts
are read from REUTERS_DIR at run time; nothing from the collection is stored in the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NotRequired, TypedDict, cast

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.model import Article, Entity, Source, SourceMeta
from quality import reuters
from quality.floors import report as floor_report

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "metadata.json"
KINDS = (("people", "people"), ("organizations", "organizations"), ("places", "places"))
TARGETS = {"people": 0.85, "organizations": 0.75, "places": 0.75, "dateline": 0.95, "agency": 0.95, "speaker": 0.85}


def story_date(story: reuters.Story) -> str:
    """Return a Reuters date ("26-FEB-1987 15:01:24.45") as ISO 8601 ("1987-02-26")."""
    return dt.datetime.strptime(story.date.split()[0], "%d-%b-%Y").date().isoformat()


def forms(names: Iterable[str]) -> set[str]:
    """Return the forms a name is matched by: its words lower-cased, and without an article opening it, so that
    "The New York Times" labelled is the "New York Times" found (and "The Hill" found is "The Hill" labelled)."""
    written = {" ".join(n.split()).lower() for n in names}
    return written | {form.removeprefix("the ") for form in written}


class Tally:
    """Counts for one subset of stories."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])

    def add(self, field: str, tp: int, fp: int, fn: int) -> None:
        c = self.counts[field]
        c[0] += tp
        c[1] += fp
        c[2] += fn

    def prf(self, field: str) -> tuple[float, float, float]:
        tp, fp, fn = self.counts[field]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def rate(self, field: str) -> tuple[float, int]:
        hit, miss, _ = self.counts[field]
        return (hit / (hit + miss) if hit + miss else 1.0), hit + miss


class EntityLabel(TypedDict):
    """A labelled person, organisation or place: its canonical name and the other forms written."""

    name: str
    aliases: list[str]
    normalised: NotRequired[bool]


class QuoteLabel(TypedDict):
    """A labelled quotation: its first six words and who said it (None: an unnamed source)."""

    start: str
    speaker: str | None


class FigureLabel(TypedDict):
    """A labelled key figure: the span as written and its value."""

    text: str
    value: float


class DateLabel(TypedDict):
    """A labelled date expression: the span as written and the date it resolves to."""

    text: str
    date: str
    granularity: str


def entity_labels(label: Mapping[str, object], field: str) -> list[EntityLabel]:
    """Return a label's entities of one kind (people, organizations, places); none when unlabelled."""
    return cast("list[EntityLabel]", label.get(field, []))


def quote_labels(label: Mapping[str, object]) -> list[QuoteLabel]:
    """Return a label's quotations; none when unlabelled."""
    return cast("list[QuoteLabel]", label.get("quotes", []))


def figure_labels(label: Mapping[str, object]) -> list[FigureLabel]:
    """Return a label's key figures; none when unlabelled."""
    return cast("list[FigureLabel]", label.get("figures", []))


def date_labels(label: Mapping[str, object]) -> list[DateLabel]:
    """Return a label's dates; none when unlabelled."""
    return cast("list[DateLabel]", label.get("dates", []))


def match_entities(predicted: tuple[Entity, ...], gold: list[EntityLabel]) -> tuple[int, list[str], list[str]]:
    """Return true positives, false hits and misses; each label matched at most once."""
    used: set[int] = set()
    tp = 0
    false_hits = []
    for entity in predicted:
        mine = forms([entity.name, *entity.aliases])
        hit = next(
            (i for i, g in enumerate(gold) if i not in used and mine & forms([str(g["name"]), *g["aliases"]])),
            None,
        )
        if hit is None:
            false_hits.append(entity.name)
        else:
            used.add(hit)
            tp += 1
    misses = [str(g["name"]) for i, g in enumerate(gold) if i not in used]
    return tp, false_hits, misses


def score_story(article: Article, label: dict[str, object], tally: Tally, show: list[str]) -> None:
    """Add one story's counts to a tally, and its errors to show."""
    for field, attr in KINDS:
        if field not in label:
            continue  # a label file may leave a field unlabelled (metadata_extra.json has no places)
        gold = entity_labels(label, field)
        tp, false_hits, misses = match_entities(getattr(article, attr), gold)
        tally.add(field, tp, len(false_hits), len(misses))
        if false_hits or misses:
            show.append(f"  {field}: false {false_hits} missed {misses}")
    score_single_values(article, label, tally, show)
    score_quotes(article, label, tally, show)
    score_partial(article, label, tally, show)


def score_single_values(article: Article, label: dict[str, object], tally: Tally, show: list[str]) -> None:
    """Add the dateline and agency outcomes."""
    place = article.dateline.split(",")[0].strip() if article.dateline else None
    ok = place == label.get("dateline")
    tally.add("dateline", int(ok), int(not ok), 0)
    if not ok:
        show.append(f"  dateline: got {article.dateline!r} want {label.get('dateline')!r}")
    ok = article.agency == label.get("agency")
    tally.add("agency", int(ok), int(not ok), 0)
    if not ok:
        show.append(f"  agency: got {article.agency!r} want {label.get('agency')!r}")


def score_quotes(article: Article, label: dict[str, object], tally: Tally, show: list[str]) -> None:
    """Add whether each labelled quote was found, and whether its speaker is right."""
    entity_forms = {
        str(g["name"]).lower(): forms([str(g["name"]), *g["aliases"]])
        for kind in ("people", "organizations")
        for g in entity_labels(label, kind)
    }
    for q in quote_labels(label):
        start = " ".join(str(q["start"]).split()).lower()
        found = next((x for x in article.quotes if " ".join(x.text.split()).lower().startswith(start)), None)
        tally.add("quotes found", int(found is not None), int(found is None), 0)
        if found is None:
            show.append(f"  quote not found: {q['start']!r}")
            continue
        want = q["speaker"]
        got = found.speaker if found.speaker_kind is not None else None
        if want is None:
            ok = got is None
        else:
            ok = got is not None and got.lower() in entity_forms.get(str(want).lower(), {str(want).lower()})
        tally.add("speaker", int(ok), int(not ok), 0)
        if not ok:
            show.append(f"  speaker of {q['start']!r}: got {found.speaker!r} ({found.cue!r}) want {want!r}")


def score_partial(article: Article, label: dict[str, object], tally: Tally, show: list[str]) -> None:
    """Add recall of the labelled figures (by value) and dates (by text and date)."""
    values = [f.value for f in article.figures]
    for figure in figure_labels(label):
        ok = any(abs(v - float(figure["value"])) <= 1e-6 * max(1.0, abs(v)) for v in values)
        tally.add("figures", int(ok), 0, int(not ok))
        if not ok:
            show.append(f"  figure missed: {figure['text']!r} = {figure['value']}")
    for date in date_labels(label):
        ok = any(date["text"] in d.text and d.date == date["date"] for d in article.dates)
        tally.add("dates", int(ok), 0, int(not ok))
        if not ok:
            got_dates = [(d.text, d.date) for d in article.dates if date["text"] in d.text]
            show.append(f"  date missed: {date['text']!r} = {date['date']} (got {got_dates})")


def report(
    name: str, tally: Tally, stories: int, targets: Mapping[str, float] = TARGETS, unit: str = "stories"
) -> list[str]:
    """Return the report lines of one subset; a field no label of the subset has is left out."""
    lines = [f"{name} ({stories} {unit})"]
    for field in ("people", "organizations", "places"):
        if not any(tally.counts.get(field, ())):
            continue
        p, r, f = tally.prf(field)
        tp, fp, fn = tally.counts[field]
        counts = f"(tp {tp}, fp {fp}, fn {fn})"
        lines.append(f"  {field:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   {counts}  target F1 >= {targets[field]}")
    for field in ("dateline", "agency", "quotes found", "speaker"):
        if field in ("dateline", "agency") and not any(tally.counts.get(field, ())):
            continue
        rate, n = tally.rate(field)
        target = f"  target >= {targets[field]}" if field in targets else ""
        lines.append(f"  {field:<14} accuracy {rate:.3f} over {n}{target}")
    for field in ("figures", "dates"):
        if not any(tally.counts.get(field, ())):
            continue
        _, r, _ = tally.prf(field)
        tp, _, fn = tally.counts[field]
        lines.append(f"  {field:<14} recall {r:.3f} ({tp} of {tp + fn} labelled; partial labels, informational)")
    return lines


def score(
    reuters_dir: str, labels_path: Path = LABELS, shown: list[str] | None = None, *, show_all: bool = False
) -> dict[str, tuple[Tally, int]]:
    """Return the tallies and story counts for the dev (odd newid), held-out (even) and all stories.

    The misses of development stories are appended to shown when given; held-out misses only with
    show_all, for a label file that is development data throughout (metadata_extra.json).
    """
    labels = json.loads(Path(labels_path).read_text(encoding="utf-8"))["stories"]
    stories = reuters.load_stories(reuters_dir)
    sources = [
        Source(
            id=f"r{label['newid']}",
            path=f"reuters/{label['newid']}.txt",
            text=stories[label["newid"]].as_text(signoff=True),
            meta=SourceMeta(date=story_date(stories[label["newid"]])),
        )
        for label in labels
    ]
    by_id = {a.id: a for a in extract_articles(sources, Config()).articles}
    tallies = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    sizes = dict.fromkeys(tallies, 0)
    for label in labels:
        article = by_id[f"r{label['newid']}"]
        show: list[str] = []
        subset = "dev" if label["newid"] % 2 else "held-out"
        for name in (subset, "all"):
            score_story(article, label, tallies[name], show if name == "all" else [])
            sizes[name] += 1
        if shown is not None and show and (subset == "dev" or show_all):
            shown += [f"{label['newid']}:", *show]
    return {name: (tallies[name], sizes[name]) for name in tallies}


def figures(tally: Tally) -> dict[str, float]:
    """Return the gated figures of a tally: entity F1 by kind, accuracies of the single values and quotes."""
    out = {f"{field} F1": tally.prf(field)[2] for field, _ in KINDS if any(tally.counts[field])}
    out.update({field: tally.rate(field)[0] for field in ("dateline", "agency", "quotes found", "speaker")})
    return out


def gate_name(labels_path: Path) -> str:
    """Return the floors' row for a label file."""
    return "reuters-metadata-extra" if Path(labels_path).name == "metadata_extra.json" else "reuters-metadata"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reuters_dir")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--show", action="store_true", help="print every miss and false hit of development stories")
    parser.add_argument(
        "--show-all",
        action="store_true",
        help="print misses of every story (for a label file used only for development)",
    )
    args = parser.parse_args(argv)
    shown: list[str] = []
    results = score(
        args.reuters_dir, Path(args.labels), shown if args.show or args.show_all else None, show_all=args.show_all
    )
    if shown:
        print("\n".join(shown))
    print()
    for name, title in (("dev", "Development: odd newid"), ("held-out", "Held out: even newid"), ("all", "All")):
        tally, size = results[name]
        print("\n".join(report(title, tally, size)))
    print()
    return floor_report(gate_name(Path(args.labels)), figures(results["all"][0]))


if __name__ == "__main__":
    sys.exit(main())
