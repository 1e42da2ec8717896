"""The step `quality.match_causes` names for a pair is the one `verify.compare` stops at, on real pairs of examples."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import pytest

from newscorpus.config import Config
from newscorpus.match import _sides
from newscorpus.match.index import Bar
from newscorpus.match.side import Context
from newscorpus.match.verify import compare
from quality.match_causes import VERSIONS, Matched, capped_apart, cause, reuters_pairs, wrong_pairs
from quality.score_matching import ReutersPair
from quality.web_matching import WebPair

from .test_match_chains import BODY, MORE, QUOTED, _quoted_paragraph, article

CONFIG = Config()
KEPT = [_quoted_paragraph(name, quote) for name, quote in QUOTED]
TOP = (
    "The regional water board on Tuesday set out how it will pay for the Millbrook dam repairs, "
    "a day after the public hearings on the reservoir closed."
)
OWN = (
    "Treasurer Mark Ellison told reporters after the vote that the Millbrook works would be paid for "
    "from reserves the board had set aside over the past six years, with a loan from the state for the rest.\n\n"
    "He said households in the valley would see no rise in their water bills before the spring, and "
    "that the board would publish the terms of the loan once the state had signed it."
)
OPENINGS = ["Opening the last evening,", "Pressed by farmers,", "Asked about the report,", "Later,", "Finally,"]
AWARD = (
    "{name} has been awarded a contract worth 2.4 million dollars to supply the county road "
    "department with grit, salt and spare parts for its winter fleet, the department said.\n\n"
    "The contract runs for two years and may be extended for a third, and deliveries are to begin "
    "before the first frost of the season, according to the notice the department filed on Monday."
)
PAIRS = {
    "trim": ("\n\n".join(BODY), "\n\n".join(BODY[:4]), VERSIONS),
    "quoted version": ("\n\n".join([*BODY, *KEPT, *MORE]), "\n\n".join([TOP, *KEPT, OWN]), VERSIONS),
    "same quotations": (
        "\n\n".join([*BODY, *KEPT, *MORE]),
        "\n\n".join(f'{o} {n} promised "{q}".' for o, (n, q) in zip(OPENINGS, QUOTED, strict=True)),
        "narrative share",
    ),
    "other story": ("\n\n".join(BODY), "\n\n".join(MORE), "little copy"),
    "template items": (
        AWARD.format(name="Westbrook Quarry Products Ltd"),
        AWARD.format(name="Eastvale Farm Supply Inc"),
        "conflict: subjects",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_named_step_is_the_one_compare_stops_at(name: str) -> None:
    first, second, expected = PAIRS[name]
    sides, _ = _sides([article(first, "a"), article(second, "b")], CONFIG)
    found = cause(sides[0], sides[1], CONFIG, Context())
    assert found == expected
    verdict = compare(sides[0], sides[1], CONFIG, Context())
    assert verdict.versions == (found == VERSIONS)
    assert verdict.conflict == found.startswith("conflict")


def test_a_reprint_whose_n_grams_are_all_over_the_cap_is_kept_apart_by_the_cap() -> None:
    # A wire story every outlet reprinted: its n-grams are in more pages than the corpus's cap, so the
    # index counts none of them as rare; counted however common, they would have offered the pair.
    bar = Bar(CONFIG.min_shared_shingles, CONFIG.candidate_min_share)
    sides, _ = _sides([article("\n\n".join(BODY), "a"), article("\n\n".join(BODY[:4]), "b")], CONFIG)
    assert not capped_apart(sides[0], sides[1], bar)  # rare n-grams alone would offer it: not the cap
    capped = [replace(side, distinct=frozenset(), common=frozenset()) for side in sides]
    assert capped_apart(capped[0], capped[1], bar)
    other, _ = _sides([article("\n\n".join(MORE), "c")], CONFIG)
    assert not capped_apart(capped[0], other[0], bar)  # another story shares too little, common or not


class _Grouped:
    """A matched corpus reduced to its groups, as `wrong_pairs` reads it."""

    def __init__(self, groups: list[set[str]], why: str) -> None:
        self.where = {doc: str(k) for k, group in enumerate(groups) for doc in group}
        self.reason = why

    def together(self, a: str, b: str) -> bool:
        return a in self.where and self.where.get(a) == self.where.get(b)

    def why(self, a: str, b: str) -> str:
        return self.reason


def test_a_pair_found_on_the_marked_story_but_missed_on_the_page_is_lost_to_story_block_selection() -> None:
    # A reprint whose page's story block was the related links' (nothing shared) is found on the story
    # the annotators marked; a rewrite missed both ways keeps its own step.
    pairs: list[WebPair] = [
        {"a": "l3s:page", "b": "cluster:wire", "same_story": True, "kind": "reprint", "why": "the AP story reprinted"},
        {"a": "cluster:agency", "b": "cluster:paper", "same_story": True, "kind": "rewrite", "why": "reworked"},
    ]
    page = _Grouped([], "little copy")
    marked = _Grouped([{"l3s:page", "cluster:wire"}], "versions")
    causes = wrong_pairs(cast(Matched, page), pairs, cast(Matched, marked))
    assert sorted(causes) == ["missed: little copy", "missed: story-block selection (little copy)"]
    assert causes["missed: story-block selection (little copy)"] == [
        "l3s:page cluster:wire reprint: the AP story reprinted"
    ]
    assert sorted(wrong_pairs(cast(Matched, page), pairs)) == ["missed: little copy"]


def test_a_labelled_reuters_pair_is_named_by_its_stories_ids_in_the_scored_corpus() -> None:
    # The dividend notice re-keyed under a new headline ("SETS PAYOUT", then "SETS DIVIDEND"): its two
    # stories are "r:5662" and "r:5729" in the corpus the Reuters floors score, and a pair left apart is missed.
    labels: list[ReutersPair] = [
        {"a": 5662, "b": 5729, "same_story": True, "kind": "resend", "why": "the same dividend re-keyed"},
        {"a": 11960, "b": 12147, "same_story": False, "kind": "negative-roundup", "why": "a prime-rate roundup"},
    ]
    pairs = reuters_pairs(labels)
    assert [(p["a"], p["b"]) for p in pairs] == [("r:5662", "r:5729"), ("r:11960", "r:12147")]
    apart = _Grouped([{"r:11960"}, {"r:12147"}], "not a candidate (versions)")
    assert wrong_pairs(cast(Matched, apart), pairs) == {
        "missed: not a candidate (versions)": ["r:5662 r:5729 resend: the same dividend re-keyed"]
    }
