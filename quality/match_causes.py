"""Say why the matcher gets development web pairs wrong: the check that decides each pair, grouped by cause.

    .venv/bin/python -m quality.match_causes DATA_DIR [--annotated-story] [--synthetic] [--reuters]

For every development pair of ``quality/labels/web_pairs.json`` (its development half) and of the
development draws (``web_pairs_dev*.json``; never the held-out half, never ``web_pairs_check3.json``)
that the matcher gets wrong, the cause is the step of `newscorpus.match.verify.compare` that stops
the pair, taken in its order:

* ``not a candidate``: the index never offered the pair (too few rare n-grams in common), named
  ``not a candidate: document-frequency cap`` when the n-grams they share would have offered it had
  none of them been over the corpus's cap (common n-grams count only in long runs);
* ``little copy``: under `min_shared_shingles` or `min_copy_containment` of the shorter text shared;
* ``narrative share``: copy shared, but neither a large share of narrative, nor long runs of it,
  nor a kept bulletin top, nor whole paragraphs of a large share (the shared words are quotations);
* ``conflict: …``: the template checks (figures, subjects, lede days, replaced figure, headlines,
  notices), each named;
* ``lede, coverage, topic``: a short share of the longer text without its lede, or what it adds
  names other things (a roundup);
* ``grouping``: verified as versions, but the groups were not joined (`min_group_linkage`, conflicts).

On scraped page text (without ``--annotated-story``) the corpus is matched a second time on the
stories the annotators marked, and a pair wrong on page text but right on the marked story is
``story-block selection``, with the step that decides it on page text: the story found on the page
is not the one marked (the run takes twice as long).

A different-story pair the matcher joins is ``linked`` (verified as versions itself) or ``joined
through others`` with the step that stopped it. ``--synthetic`` does the same for the synthetic web
families (``quality.synth_web``, no held-out page among them): each member left out of its family's
largest group, against the family's other members. The step is the one `verify.decide` reports beside
`compare`'s verdict; `tests/test_match_causes.py` holds them to each other.

``--reuters`` does the same for the labelled Reuters-21578 pairs of ``quality/labels/pairs.json`` (no held-out
half) in the corpus `quality.score_matching` scores them in (its distractors and synthetic versions, same seed):
the wire copy the Reuters floors are measured on, where a rule found on web pages must not cost a pair.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_articles, segment_pages
from newscorpus.match import _generic_title_words, _sides, match_articles
from newscorpus.match.index import Bar
from newscorpus.match.memo import MatchMemo
from newscorpus.match.short import is_alert
from newscorpus.match.side import Context, Side
from newscorpus.match.verify import decide
from newscorpus.model import Article, Source

from . import reuters, synth_web
from .adapters import as_source
from .score_matching import LABELS as REUTERS_LABELS
from .score_matching import ReutersPair, build_corpus
from .web_matching import WebPair, read_pairs, web_halves
from .webcorpus import web_sources

LABELS = Path(__file__).resolve().parent / "labels"
DEV_DRAWS = ("web_pairs_dev.json", *(f"web_pairs_dev{k}.json" for k in range(2, 7)))
VERSIONS = "versions"  # the step `verify.decide` names for versions


def cause(a: Side, b: Side, config: Config, context: Context) -> str:
    """Return the step of `verify.compare` that stops two articles, or "versions" when none does."""
    return decide(a, b, config, context, explain=True)[1]


class Matched:
    """A corpus matched as a build matches it, with every article as verification reads it."""

    def __init__(self, sources: Mapping[str, Source], config: Config) -> None:
        listed = [as_source(d, sources[d]) for d in sorted(sources)]
        articles = extract_articles(listed, config, segment_pages(listed, config)).articles
        self.where = {m.id: g.id for g in match_articles(articles, config).groups for m in g.members}
        ordered: list[Article] = sorted(articles, key=lambda a: a.id)
        self.index = {a.id: i for i, a in enumerate(ordered)}
        memo = MatchMemo(None, config, None)
        self.sides, shingles = _sides(ordered, config, memo)
        self.context = Context(len(ordered), shingles.word_df, _generic_title_words(self.sides, config))
        alerts = frozenset(i for i, side in enumerate(self.sides) if is_alert(side, config))
        bar = Bar(config.min_shared_shingles, config.candidate_min_share, alerts, config.min_alert_shingles)
        self.candidates = {(i, j) for i, j, _ in memo.index.candidates(shingles, bar, config.common_run_neighbours)}
        self.config = config
        self.bar = bar

    def together(self, a: str, b: str) -> bool:
        """Return True when the matcher put two documents in one group."""
        return a in self.where and self.where.get(a) == self.where.get(b)

    def why(self, a: str, b: str) -> str:
        """Return why two documents stand as they do: the deciding step, for a pair apart or joined."""
        if a not in self.index or b not in self.index:
            return "not extracted"
        i, j = sorted((self.index[a], self.index[b]))
        step = cause(self.sides[i], self.sides[j], self.config, self.context)
        if self.together(a, b):
            return "linked" if step == VERSIONS and (i, j) in self.candidates else f"joined through others ({step})"
        if (i, j) not in self.candidates:
            capped = ": document-frequency cap" if capped_apart(self.sides[i], self.sides[j], self.bar) else ""
            return f"not a candidate{capped} ({step})"
        return "grouping" if step == VERSIONS else step


def capped_apart(a: Side, b: Side, bar: Bar) -> bool:
    """Return True when the n-grams two articles share are too few to offer them as candidates counting the rare
    ones (and common ones in long runs), as the index does, and enough counting every one: the document-frequency
    cap kept them apart."""
    counted = len(a.distinct & b.distinct) + len(a.common & b.common)
    sizes = (len(a.distinct) + len(a.common), len(b.distinct) + len(b.common))
    every = len(a.gram_set & b.gram_set)
    return not _passes(bar, counted, sizes) and _passes(bar, every, (len(a.gram_set), len(b.gram_set)))


def _passes(bar: Bar, shared: int, sizes: tuple[int, int]) -> bool:
    """Return True when two articles of so many n-grams, sharing so many, pass the index's bar."""
    return shared >= bar.min_shared and shared >= bar.min_share * min(sizes)


def development_pairs() -> list[WebPair]:
    """Return the development web pairs: the first file's development half and the development draws."""
    pairs = web_halves(read_pairs(LABELS / "web_pairs.json"), "dev")["dev"]
    return [*pairs, *(p for name in DEV_DRAWS for p in read_pairs(LABELS / name))]


def reuters_pairs(labels: Sequence[ReutersPair]) -> list[WebPair]:
    """Return labelled Reuters pairs as pairs of the ids their stories have in the scored corpus ("r:NEWID")."""
    return [
        {"a": f"r:{p['a']}", "b": f"r:{p['b']}", "same_story": p["same_story"], "kind": p["kind"], "why": p["why"]}
        for p in labels
    ]


def reuters_causes(data_dir: Path, config: Config) -> dict[str, list[str]]:
    """Return the labelled Reuters pairs the matcher gets wrong by cause, in the corpus the Reuters floors score."""
    folder = data_dir / "reuters21578" if (data_dir / "reuters21578").is_dir() else data_dir
    defaults = {"limit": 0, "synthetic": 120, "distractors": 2000, "seed": 1987, "no_title": False}
    args = argparse.Namespace(pairs=str(REUTERS_LABELS), reuters_dir=str(folder), **defaults)
    docs, labels, _, _, _ = build_corpus(args, reuters.load_stories(folder))
    sources = {doc_id: as_source(doc_id, text) for doc_id, text in docs.items()}
    return wrong_pairs(Matched(sources, config), reuters_pairs(labels))


def wrong_pairs(matched: Matched, pairs: Sequence[WebPair], marked: Matched | None = None) -> dict[str, list[str]]:
    """Return the pairs the matcher gets wrong, each as a line, by "missed" or "merged" and cause; with the corpus
    matched on its marked stories too, a pair that one gets right is lost to the story found on the page."""
    causes: dict[str, list[str]] = defaultdict(list)
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        if matched.together(a, b) == pair["same_story"]:
            continue
        verdict = "missed" if pair["same_story"] else "merged"
        ambiguous = " (ambiguous)" if pair.get("ambiguous") else ""
        why = matched.why(a, b)
        if marked is not None and marked.together(a, b) == pair["same_story"]:
            why = f"story-block selection ({why})"
        causes[f"{verdict}: {why}"].append(f"{a} {b} {pair['kind']}{ambiguous}: {pair['why']}")
    return causes


def synthetic_strays(matched: Matched, family: Mapping[str, int]) -> dict[str, list[str]]:
    """Return each synthetic version left out of its family's largest group, by cause against the family."""
    members: dict[int, list[str]] = defaultdict(list)
    for doc, f in sorted(family.items()):
        members[f].append(doc)
    causes: dict[str, list[str]] = defaultdict(list)
    for docs in members.values():
        groups: dict[str, list[str]] = defaultdict(list)
        for doc in docs:
            groups[matched.where.get(doc, doc)].append(doc)
        largest = max(groups.values(), key=len)
        for doc in (d for found in groups.values() if found is not largest for d in found):
            for other in largest:
                causes[f"missed: {matched.why(doc, other)}"].append(f"{doc} {other}")
    return causes


def print_causes(title: str, causes: Mapping[str, list[str]]) -> None:
    """Print the causes, most pairs first, each with its pairs."""
    print(f"\n== {title}: {sum(map(len, causes.values()))} pairs")
    for name, lines in sorted(causes.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"\n{name}: {len(lines)}")
        for line in lines:
            print(f"  {line}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--annotated-story", action="store_true", help="L3S-GN1 pages as their annotated story")
    parser.add_argument("--synthetic", action="store_true", help="the synthetic web families too")
    parser.add_argument("--reuters", action="store_true", help="the labelled Reuters-21578 pairs instead of the web's")
    args = parser.parse_args(argv)
    config = Config()
    if args.reuters:
        print_causes("labelled Reuters pairs the matcher gets wrong", reuters_causes(args.data_dir, config))
        return
    matched = Matched(web_sources(args.data_dir, page_text=not args.annotated_story), config)
    marked = None if args.annotated_story else Matched(web_sources(args.data_dir, page_text=False), config)
    print_causes("development web pairs the matcher gets wrong", wrong_pairs(matched, development_pairs(), marked))
    if args.synthetic:
        synth = synth_web.generate(args.data_dir)
        print_causes(
            "synthetic web versions left out of their family",
            synthetic_strays(Matched(synth.docs, config), synth.family),
        )


if __name__ == "__main__":
    main()
