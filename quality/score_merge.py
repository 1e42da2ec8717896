"""Score the corpus-wide name merge: labelled alias pairs, and every hub of a whole Reuters build.

    .venv/bin/python -m quality.score_merge DATA_DIR [--show]

DATA_DIR holds ``reuters21578/``, ``l3s-gn1/``, ``article-extraction-benchmark/`` and
``news-cluster/``. Both corpora (quality/merge_corpora.py) are extracted and merged across the
corpus exactly as a build does, then:

* alias pairs (labels/alias_pairs.json): a pair is merged when the entity writing form a in
  its first listed article and the one writing form b in its own carry one canonical name and
  both have a hub (a surname left ambiguous has none). Merge precision (merged pairs that are
  one entity) and recall (pairs that are one entity and were merged) are printed for the
  development half, the held-out half and all; ``--show`` lists the development half's errors.
  The development-only pairs of labels/alias_pairs_dev.json (drawn for the kinds of merge the
  first file holds few of: transliterations, initials, legal forms, short given names) are
  scored apart, as "Dev, more", so that the first file's figures stay comparable; those of
  labels/alias_pairs_dev2.json (a fresh draw of the first file's five types in its mix, judged
  after the rules were written) as "Dev, fresh": the estimate of how the merge does on pairs
  no rule was tuned on; those of labels/alias_pairs_dev3.json (a further fresh draw, judged once
  the second had been tuned on) as "Dev, fresh 2"; those of labels/alias_pairs_dev4.json (drawn and
  judged once the third had been tuned on) as "Dev, fresh 3"; those of labels/alias_pairs_dev5.json (drawn
  and judged once the fourth had been tuned on) as "Dev, fresh 4"; those of labels/alias_pairs_dev6.json
  (drawn and judged once the fifth had been tuned on) as "Dev, fresh 5"; those of labels/alias_pairs_dev7.json
  and labels/alias_pairs_check7.json (one draw dealt pair by pair into two files once the sixth had been tuned
  on) as "Dev, fresh 6" and "Check 6": the first is tuned on, the second only scored (``--show`` never lists
  its pairs), the test of whether rules tuned on the first carry to pairs nobody tuned on; those of
  labels/alias_pairs_dev8.json and labels/alias_pairs_check8.json (an eleventh draw dealt alike once the tenth
  had been tuned on) as "Dev, fresh 7" and "Check 7"; those of labels/alias_pairs_dev9.json and
  labels/alias_pairs_check9.json (a twelfth draw dealt alike once the eleventh had been tuned on, weighted to the
  types holding more true variants) as "Dev, fresh 8" and "Check 8"; those of labels/alias_pairs_dev10.json and
  labels/alias_pairs_check10.json (a thirteenth draw dealt alike once the twelfth had been tuned on, about half of it
  pairs the merge joins) as "Dev, fresh 9" and "Check 9"; those of labels/alias_pairs_dev11.json and
  labels/alias_pairs_check11.json (a fourteenth draw dealt alike once the thirteenth had been tuned on, weighted to
  pairs of true variant candidates) as "Dev, fresh 10" and "Check 10"; those of labels/alias_pairs_dev12.json and
  labels/alias_pairs_check12.json (a fifteenth draw dealt alike once the fourteenth had been tuned on, in its mix) as
  "Dev, fresh 11" and "Check 11"; those of labels/alias_pairs_dev13.json (a sixteenth draw in the fourteenth's mix,
  once the fifteenth had been tuned on, all of it development pairs) as "Dev, fresh 12"; those of
  labels/alias_pairs_dev14.json (a seventeenth draw weighted to true variant candidates, once the sixteenth had been
  tuned on, all of it development pairs) as "Dev, fresh 13"; those of labels/alias_pairs_dev15.json (an eighteenth
  draw of spelling-similar pairs and hard negatives, once the seventeenth had been tuned on) as "Dev, fresh 14"; those
  of labels/alias_pairs_dev16.json (a nineteenth draw in the eighteenth's mix, once it had been tuned on) as "Dev,
  fresh 15"; those of labels/alias_pairs_dev17.json (a twentieth draw weighted to true variant candidates, once the
  nineteenth had been tuned on) as "Dev, fresh 16"; those of labels/alias_pairs_dev18.json (a twenty-first draw in
  its mix with short given names, once it had been tuned on) as "Dev, fresh 17"; those of labels/alias_pairs_dev19.json
  (a twenty-second draw of true variant candidates the merge left apart, once it had been tuned on) as "Dev, fresh 18";
  those of labels/alias_pairs_dev20.json (a twenty-third draw of them, once it had been tuned on) as "Dev, fresh 19";
  those of labels/alias_pairs_dev21.json (a twenty-fourth draw of pairs the merge left apart and pairs it joined, once
  the twenty-third had been tuned on) as "Dev, fresh 20"; those of labels/alias_pairs_dev22.json (a twenty-fifth draw
  in its mix, larger, once it had been tuned on) as "Dev, fresh 21"; those of labels/alias_pairs_dev23.json (a
  twenty-sixth draw of candidates found from the merged build's hubs, select_wider.py) as "Dev, fresh 22"; those of
  labels/alias_pairs_dev24.json (a twenty-seventh draw from development stories only, select_fresh.py) as "Dev, fresh
  23".
* whole-build hubs: for every hub of the Reuters build (about 19,000 stories, the scale corpus)
  and of the web build named by at least three articles, the share of its articles whose text
  writes its canonical name or a form plainly of it (a part of the name, its initials, the same
  letters in other case, the place's other name). A hub whose articles mostly write none of
  them was made by merging different things ("Neti Technologies Inc" holding every NATO story).

Exits non-zero when a figure is below its floor (quality/floors.toml, row "alias-merge").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.identity import exact_key, relation, variant_words
from newscorpus.link import entities_of, entity_hubs
from newscorpus.model import Article, Entity, EntityHub
from quality.floors import report as floor_report
from quality.labels.select_alias_pairs import held_out
from quality.merge_corpora import CORPORA, extract_each, sources

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "alias_pairs.json"
DEV_LABELS = HERE / "labels" / "alias_pairs_dev.json"
FRESH_LABELS = HERE / "labels" / "alias_pairs_dev2.json"
FRESH2_LABELS = HERE / "labels" / "alias_pairs_dev3.json"
FRESH3_LABELS = HERE / "labels" / "alias_pairs_dev4.json"
FRESH4_LABELS = HERE / "labels" / "alias_pairs_dev5.json"
FRESH5_LABELS = HERE / "labels" / "alias_pairs_dev6.json"
FRESH6_LABELS = HERE / "labels" / "alias_pairs_dev7.json"
CHECK6_LABELS = HERE / "labels" / "alias_pairs_check7.json"
FRESH7_LABELS = HERE / "labels" / "alias_pairs_dev8.json"
CHECK7_LABELS = HERE / "labels" / "alias_pairs_check8.json"
FRESH8_LABELS = HERE / "labels" / "alias_pairs_dev9.json"
CHECK8_LABELS = HERE / "labels" / "alias_pairs_check9.json"
FRESH9_LABELS = HERE / "labels" / "alias_pairs_dev10.json"
CHECK9_LABELS = HERE / "labels" / "alias_pairs_check10.json"
FRESH10_LABELS = HERE / "labels" / "alias_pairs_dev11.json"
CHECK10_LABELS = HERE / "labels" / "alias_pairs_check11.json"
FRESH11_LABELS = HERE / "labels" / "alias_pairs_dev12.json"
CHECK11_LABELS = HERE / "labels" / "alias_pairs_check12.json"
FRESH12_LABELS = HERE / "labels" / "alias_pairs_dev13.json"
FRESH13_LABELS = HERE / "labels" / "alias_pairs_dev14.json"
FRESH14_LABELS = HERE / "labels" / "alias_pairs_dev15.json"
FRESH15_LABELS = HERE / "labels" / "alias_pairs_dev16.json"
FRESH16_LABELS = HERE / "labels" / "alias_pairs_dev17.json"
FRESH17_LABELS = HERE / "labels" / "alias_pairs_dev18.json"
FRESH18_LABELS = HERE / "labels" / "alias_pairs_dev19.json"
FRESH19_LABELS = HERE / "labels" / "alias_pairs_dev20.json"
FRESH20_LABELS = HERE / "labels" / "alias_pairs_dev21.json"
FRESH21_LABELS = HERE / "labels" / "alias_pairs_dev22.json"
FRESH22_LABELS = HERE / "labels" / "alias_pairs_dev23.json"
FRESH23_LABELS = HERE / "labels" / "alias_pairs_dev24.json"
# The rows of the check files: scored, never shown.
CHECK_ROW = "check 6"
CHECK7_ROW = "check 7"
CHECK8_ROW = "check 8"
CHECK9_ROW = "check 9"
CHECK10_ROW = "check 10"
CHECK11_ROW = "check 11"
CHECK_ROWS = (CHECK_ROW, CHECK7_ROW, CHECK8_ROW, CHECK9_ROW, CHECK10_ROW, CHECK11_ROW)
# Hubs named by fewer articles say little about a share; a wrong merge shows in the big ones.
MIN_HUB_ARTICLES = 3
# A hub is flagged when fewer than this share of its articles write any of its own forms.
MIN_NAMED_SHARE = 0.5


def find(article: Article, form: str, kind: str) -> Entity | None:
    """Return the entity of an article that writes a form, exactly or in other letters."""
    candidates = [e for e in entities_of(article) if e.kind == kind]
    for match in (lambda f: f == form, lambda f: exact_key(f) == exact_key(form)):
        for entity in candidates:
            written = [f.text for f in entity.forms] or [entity.name, *entity.aliases]
            if any(match(f) for f in written):
                return entity
    return None


def merged(articles: dict[str, Article], pair: dict[str, object]) -> bool | None:
    """Return True when the build gives both forms of a pair one hub, None when it writes a form no more.

    A form the entity finder no longer writes ("Associated Press Massa", a photo credit run into
    the caption under it, now read as the wire and the person) leaves a pair with nothing to merge:
    it is counted apart, neither merged nor missed.
    """
    kind = str(pair["kind"])
    ends = []
    for side in ("a", "b"):
        ids = pair[f"{side}_articles"]
        assert isinstance(ids, list)
        article = articles.get(str(ids[0]))
        entity = find(article, str(pair[side]), kind) if article else None
        if entity is None:
            return None
        if entity.candidates:
            return False
        ends.append(entity.name)
    return ends[0] == ends[1]


class Tally:
    """Merge decisions against the labels for one half."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = self.gone = 0

    def add(self, same: bool, predicted: bool | None) -> None:
        if predicted is None:
            self.gone += 1
        elif predicted:
            self.tp, self.fp = self.tp + same, self.fp + (not same)
        else:
            self.fn, self.tn = self.fn + same, self.tn + (not same)

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self, title: str) -> str:
        return (
            f"{title:<10} precision {self.precision():.3f}  recall {self.recall():.3f}   "
            f"(merged {self.tp} right, {self.fp} wrong; missed {self.fn}; kept apart {self.tn};"
            f" a form no longer written {self.gone})"
        )


def unnamed_hubs(articles: Sequence[Article]) -> tuple[int, list[tuple[EntityHub, float]]]:
    """Return how many hubs were checked and those whose articles mostly write none of their own forms."""
    texts = {a.id: "\n".join([a.title, a.dateline or "", *(b.text for b in a.blocks)]) for a in articles}
    checked, flagged = 0, []
    for hub in entity_hubs(sorted(articles, key=lambda a: a.id), Config()):
        if len(hub.mentions) < MIN_HUB_ARTICLES:
            continue
        checked += 1
        own = [f.text for f in hub.forms if _plainly_of(f.text, hub)] or [hub.name]
        # Letters, not word characters, bound a name: "3Com Corp", "500GB" write "Com Corp", "GB".
        pattern = re.compile(
            r"(?<![^\W\d_])(?:" + "|".join(re.escape(f) for f in sorted(own, key=len, reverse=True)) + r")(?![^\W\d_])",
            re.IGNORECASE,
        )
        share = sum(bool(pattern.search(texts[m.article])) for m in hub.mentions) / len(hub.mentions)
        if share < MIN_NAMED_SHARE:
            flagged.append((hub, share))
    return checked, flagged


def _plainly_of(form: str, hub: EntityHub) -> bool:
    """Return True for a form any reader sees is the hub's name: a part of it, its initials, the same
    letters, or a spelling a letter or two off in each word ("al-Qaeda" of "al-Qaida"); not "NATO" of
    "Neti Technologies Inc", whatever the merge's reasons were."""
    if relation(form, hub.name, hub.kind) is not None:
        return True
    return variant_words(exact_key(form).split(), exact_key(hub.name).split(), 0.34) is not None


# The rows printed: the first file's halves, the development-only files apart, and all of the first file.
_ROWS = (
    ("dev", "Dev"),
    ("dev, more", "Dev, more"),
    ("dev, fresh", "Dev, fresh"),
    ("dev, fresh 2", "Dev, fresh 2"),
    ("dev, fresh 3", "Dev, fresh 3"),
    ("dev, fresh 4", "Dev, fresh 4"),
    ("dev, fresh 5", "Dev, fresh 5"),
    ("dev, fresh 6", "Dev, fresh 6"),
    (CHECK_ROW, "Check 6"),
    ("dev, fresh 7", "Dev, fresh 7"),
    (CHECK7_ROW, "Check 7"),
    ("dev, fresh 8", "Dev, fresh 8"),
    (CHECK8_ROW, "Check 8"),
    ("dev, fresh 9", "Dev, fresh 9"),
    (CHECK9_ROW, "Check 9"),
    ("dev, fresh 10", "Dev, fresh 10"),
    (CHECK10_ROW, "Check 10"),
    ("dev, fresh 11", "Dev, fresh 11"),
    (CHECK11_ROW, "Check 11"),
    ("dev, fresh 12", "Dev, fresh 12"),
    ("dev, fresh 13", "Dev, fresh 13"),
    ("dev, fresh 14", "Dev, fresh 14"),
    ("dev, fresh 15", "Dev, fresh 15"),
    ("dev, fresh 16", "Dev, fresh 16"),
    ("dev, fresh 17", "Dev, fresh 17"),
    ("dev, fresh 18", "Dev, fresh 18"),
    ("dev, fresh 19", "Dev, fresh 19"),
    ("dev, fresh 20", "Dev, fresh 20"),
    ("dev, fresh 21", "Dev, fresh 21"),
    ("dev, fresh 22", "Dev, fresh 22"),
    ("dev, fresh 23", "Dev, fresh 23"),
    ("held-out", "Held out"),
    ("all", "All"),
)

# The fresh draws' rows of figures: (floor name's prefix, row).
_FRESH_FIGURES = tuple((f"fresh {n} dev", f"dev, fresh {n}") for n in range(2, 24))


def _apart(path: Path, row: str) -> list[dict[str, object]]:
    """Return a development-only label file's pairs, each marked with the row it is scored in apart."""
    pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"] if path.exists() else []
    return [{**p, "apart": row} for p in pairs]


def _labelled(args: argparse.Namespace) -> list[Any]:
    """Return the first file's pairs and every development-only file's, each marked with its row."""
    pairs = json.loads(args.labels.read_text(encoding="utf-8"))["pairs"]
    pairs = [*pairs, *_apart(args.dev_labels, "dev, more"), *_apart(args.fresh_labels, "dev, fresh")]
    pairs += _apart(args.fresh2_labels, "dev, fresh 2") + _apart(args.fresh3_labels, "dev, fresh 3")
    pairs += _apart(args.fresh4_labels, "dev, fresh 4") + _apart(args.fresh5_labels, "dev, fresh 5")
    pairs += _apart(args.fresh6_labels, "dev, fresh 6") + _apart(args.check6_labels, CHECK_ROW)
    pairs += _apart(args.fresh7_labels, "dev, fresh 7") + _apart(args.check7_labels, CHECK7_ROW)
    pairs += _apart(args.fresh8_labels, "dev, fresh 8") + _apart(args.check8_labels, CHECK8_ROW)
    pairs += _apart(args.fresh9_labels, "dev, fresh 9") + _apart(args.check9_labels, CHECK9_ROW)
    pairs += _apart(args.fresh10_labels, "dev, fresh 10") + _apart(args.check10_labels, CHECK10_ROW)
    pairs += _apart(args.fresh11_labels, "dev, fresh 11") + _apart(args.check11_labels, CHECK11_ROW)
    pairs += _apart(args.fresh12_labels, "dev, fresh 12") + _apart(args.fresh13_labels, "dev, fresh 13")
    pairs += _apart(args.fresh14_labels, "dev, fresh 14") + _apart(args.fresh15_labels, "dev, fresh 15")
    pairs += _apart(args.fresh16_labels, "dev, fresh 16") + _apart(args.fresh17_labels, "dev, fresh 17")
    pairs += _apart(args.fresh18_labels, "dev, fresh 18") + _apart(args.fresh19_labels, "dev, fresh 19")
    pairs += _apart(args.fresh20_labels, "dev, fresh 20") + _apart(args.fresh21_labels, "dev, fresh 21")
    return pairs + _apart(args.fresh22_labels, "dev, fresh 22") + _apart(args.fresh23_labels, "dev, fresh 23")


def _parser() -> argparse.ArgumentParser:
    """Return the command line: the collections' folder, the label files, and what to print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--dev-labels", type=Path, default=DEV_LABELS, help="development-only pairs, scored apart")
    parser.add_argument("--fresh-labels", type=Path, default=FRESH_LABELS, help="a fresh draw of development pairs")
    parser.add_argument("--fresh2-labels", type=Path, default=FRESH2_LABELS, help="a further fresh draw")
    parser.add_argument("--fresh3-labels", type=Path, default=FRESH3_LABELS, help="a fourth fresh draw")
    parser.add_argument("--fresh4-labels", type=Path, default=FRESH4_LABELS, help="a fifth fresh draw")
    parser.add_argument("--fresh5-labels", type=Path, default=FRESH5_LABELS, help="a sixth fresh draw")
    parser.add_argument("--fresh6-labels", type=Path, default=FRESH6_LABELS, help="a seventh fresh draw")
    parser.add_argument("--check6-labels", type=Path, default=CHECK6_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh7-labels", type=Path, default=FRESH7_LABELS, help="an eighth fresh draw")
    parser.add_argument("--check7-labels", type=Path, default=CHECK7_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh8-labels", type=Path, default=FRESH8_LABELS, help="a ninth fresh draw")
    parser.add_argument("--check8-labels", type=Path, default=CHECK8_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh9-labels", type=Path, default=FRESH9_LABELS, help="a tenth fresh draw")
    parser.add_argument("--check9-labels", type=Path, default=CHECK9_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh10-labels", type=Path, default=FRESH10_LABELS, help="an eleventh fresh draw")
    parser.add_argument("--check10-labels", type=Path, default=CHECK10_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh11-labels", type=Path, default=FRESH11_LABELS, help="a twelfth fresh draw")
    parser.add_argument("--check11-labels", type=Path, default=CHECK11_LABELS, help="its check half, never shown")
    parser.add_argument("--fresh12-labels", type=Path, default=FRESH12_LABELS, help="a thirteenth fresh draw")
    parser.add_argument("--fresh13-labels", type=Path, default=FRESH13_LABELS, help="a fourteenth fresh draw")
    parser.add_argument("--fresh14-labels", type=Path, default=FRESH14_LABELS, help="a fifteenth fresh draw")
    parser.add_argument("--fresh15-labels", type=Path, default=FRESH15_LABELS, help="a sixteenth fresh draw")
    parser.add_argument("--fresh16-labels", type=Path, default=FRESH16_LABELS, help="a seventeenth fresh draw")
    parser.add_argument("--fresh17-labels", type=Path, default=FRESH17_LABELS, help="an eighteenth fresh draw")
    parser.add_argument("--fresh18-labels", type=Path, default=FRESH18_LABELS, help="a nineteenth fresh draw")
    parser.add_argument("--fresh19-labels", type=Path, default=FRESH19_LABELS, help="a twentieth fresh draw")
    parser.add_argument("--fresh20-labels", type=Path, default=FRESH20_LABELS, help="a twenty-first fresh draw")
    parser.add_argument("--fresh21-labels", type=Path, default=FRESH21_LABELS, help="a twenty-second fresh draw")
    parser.add_argument("--fresh22-labels", type=Path, default=FRESH22_LABELS, help="a twenty-third fresh draw")
    parser.add_argument("--fresh23-labels", type=Path, default=FRESH23_LABELS, help="a twenty-fourth fresh draw")
    parser.add_argument("--show", action="store_true", help="list the development half's wrong merges and misses")
    parser.add_argument("--dev", action="store_true", help="print the development half only (while tuning)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    pairs = _labelled(args)
    config = Config()
    tallies = {name: Tally() for name, _ in _ROWS}
    figures: dict[str, float] = {}
    for corpus in CORPORA:
        articles = merge_across_corpus(extract_each(sources(args.data_dir, corpus), config), config)
        by_id = {a.id: a for a in articles}
        for pair in (p for p in pairs if p["corpus"] == corpus):
            predicted, same = merged(by_id, pair), bool(pair["same"])
            half = "held-out" if held_out(pair["kind"], pair["a"], pair["b"]) else "dev"
            half = "check" if pair.get("apart") in CHECK_ROWS else half
            for name in (pair["apart"],) if pair.get("apart") else (half, "all"):
                tallies[name].add(same, predicted)
            if args.show and half == "dev" and predicted is None:
                print(f"  a form no longer written: {pair['kind']} {pair['a']!r} ~ {pair['b']!r} ({corpus})")
            elif args.show and half == "dev" and predicted != same:
                row = pair.get("apart", "dev")
                wrong = "merged, but different" if predicted else "kept apart, but one"
                print(f"  {wrong}: {pair['kind']} {pair['a']!r} ~ {pair['b']!r} ({pair['type']}, {corpus}, {row})")
        checked, flagged = unnamed_hubs(articles)
        print(f"{corpus}: {checked:,} hubs of {MIN_HUB_ARTICLES}+ articles; {len(flagged)} mostly unnamed in them")
        for hub, share in sorted(flagged, key=lambda hs: -len(hs[0].mentions))[:20]:
            print(f"    {hub.kind} {hub.name!r}: {len(hub.mentions)} articles, {share:.0%} write its name")
        figures[f"{corpus} hubs named in their articles"] = 1 - len(flagged) / max(1, checked)
    print()
    for name, title in _ROWS:
        if not args.dev or name.startswith(("dev", "check")):
            print(tallies[name].line(title))
    if args.dev:
        return 0
    figures["held-out precision"] = tallies["held-out"].precision()
    figures["held-out recall"] = tallies["held-out"].recall()
    figures["dev precision"] = tallies["dev"].precision()
    figures["dev recall"] = tallies["dev"].recall()
    for prefix, row in (
        ("more dev", "dev, more"),
        ("fresh dev", "dev, fresh"),
        *_FRESH_FIGURES,
        ("check 6", CHECK_ROW),
        ("check 7", CHECK7_ROW),
        ("check 8", CHECK8_ROW),
        ("check 9", CHECK9_ROW),
        ("check 10", CHECK10_ROW),
        ("check 11", CHECK11_ROW),
    ):
        figures[f"{prefix} precision"] = tallies[row].precision()
        figures[f"{prefix} recall"] = tallies[row].recall()
    print()
    return floor_report("alias-merge", figures)


if __name__ == "__main__":
    sys.exit(main())
