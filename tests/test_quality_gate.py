"""The quality gates, run when the collections' folders are given.

Set NEWSCORPUS_REUTERS_DIR to the folder holding reut2-*.sgm for the metadata gate, and
NEWSCORPUS_DATA_DIR to the folder holding reuters21578/, news-cluster/, l3s-gn1/ and
article-extraction-benchmark/ for the matching and web-stories gates; without them the tests are
skipped (the collections are research-use only and never part of the repository). The floors are
those of `quality/floors.toml`; raise them as the extractor and matcher improve, never lower them.
"""

from __future__ import annotations

import json
import os
from types import ModuleType

import pytest

from quality import score_figures, score_web_entities
from quality.floors import failures
from quality.labels import (
    select_web,
    select_web_entities_dev6,
    select_web_entities_dev9,
    select_web_entities_dev10,
    select_web_entities_dev11,
    select_web_entities_dev12,
    select_web_entities_dev13,
    select_web_entities_dev14,
    select_web_entities_dev15,
    select_web_entities_dev16,
    select_web_entities_dev17,
    select_web_entities_dev18,
    select_web_entities_dev19,
    select_web_pairs_dev3,
)
from quality.labels.select_web_entities_dev5 import earlier_ids, even_split
from quality.labels.select_web_pairs import held_out
from quality.labels.select_web_pairs_dev import chains
from quality.labels.select_web_pairs_dev4 import headline_words
from quality.labels.select_web_pairs_dev5 import labelled as labelled_pairs
from quality.labels.select_web_pairs_dev5 import stratum as dev5_stratum
from quality.labels.select_web_pairs_dev6 import labelled as dev6_labelled
from quality.labels.select_web_pairs_dev6 import stratum as dev6_stratum
from quality.labels.select_web_pairs_fresh import rare_counts, stratum
from quality.score_matching import main as score_matching
from quality.score_metadata import LABELS, figures, forms, gate_name, score
from quality.web_matching import print_rows, read_pairs, web_counts

REUTERS = os.environ.get("NEWSCORPUS_REUTERS_DIR", "")
DATA = os.environ.get("NEWSCORPUS_DATA_DIR", "")


@pytest.mark.skipif(not REUTERS, reason="NEWSCORPUS_REUTERS_DIR is not set")
@pytest.mark.parametrize("labels", ["metadata.json", "metadata_extra.json"])
def test_metadata_floors(labels: str) -> None:
    path = LABELS.with_name(labels)
    tally, _ = score(REUTERS, path)["all"]
    assert failures(gate_name(path), figures(tally)) == []


@pytest.mark.skipif(not DATA, reason="NEWSCORPUS_DATA_DIR is not set")
def test_figure_floors() -> None:
    assert score_figures.main([DATA]) == 0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2,246,000 dlrs", "2,246,000"),
        ("$4.5-million", "4.5"),
        ("10-7/8 pct", "10-7/8"),
        ("7/8 pct", "7/8"),
        ("nine pct", "nine"),
        ("US$5 mln", "5"),
    ],
)
def test_a_figure_is_known_by_its_number_as_written(text: str, key: str) -> None:
    assert score_figures.figure_key(text) == key


@pytest.mark.parametrize(
    ("found", "labelled", "same"),
    [
        ("New York Times", "The New York Times", True),
        ("The Hill", "The Hill", True),
        ("the  guardian", "The Guardian", True),
        ("New York Post", "The New York Times", False),
    ],
)
def test_a_name_is_matched_with_or_without_the_article_opening_it(found: str, labelled: str, same: bool) -> None:
    assert bool(forms([found]) & forms([labelled])) is same


@pytest.mark.skipif(not DATA, reason="NEWSCORPUS_DATA_DIR is not set")
def test_matching_floors() -> None:
    # Both domains: the folder holds reuters21578/, news-cluster/ and l3s-gn1/.
    assert score_matching([DATA]) == 0


def test_web_scores_count_ambiguous_pairs_only_among_all_pairs() -> None:
    pairs = [
        {"a": "x", "b": "y", "same_story": True},
        {"a": "x", "b": "z", "same_story": True, "ambiguous": True},
        {"a": "y", "b": "z", "same_story": False},
    ]
    together = {("x", "y"), ("y", "z")}
    counts = web_counts(pairs, lambda a, b: (a, b) in together)
    assert dict(counts["unambiguous"]) == {"tp": 1, "fp": 1}
    assert dict(counts["all"]) == {"tp": 1, "fn": 1, "fp": 1}


def test_a_row_of_negatives_alone_is_measured_by_the_share_kept_apart() -> None:
    # P and R have nothing to count on a draw without versions: the share kept apart does.
    pairs = [{"a": "x", "b": "y", "same_story": False}, {"a": "x", "b": "z", "same_story": False}]
    figures = print_rows({"dev, fresh": pairs}, lambda a, b: (a, b) == ("x", "y"))
    assert figures["dev, fresh"]["unambiguous kept apart"] == 0.5
    assert figures["dev, fresh"]["unambiguous P"] == 0.0


@pytest.mark.skipif(not DATA, reason="NEWSCORPUS_DATA_DIR is not set")
@pytest.mark.parametrize(
    "labels",
    [
        "web_entities.json",
        "web_entities_dev.json",
        "web_entities_dev2.json",
        "web_entities_dev3.json",
        "web_entities_dev4.json",
        "web_entities_dev5.json",
        "web_entities_check5.json",
        "web_entities_dev6.json",
        "web_entities_check6.json",
    ],
)
def test_web_entity_floors(labels: str) -> None:
    path = score_web_entities.LABELS.with_name(labels)
    tally, _ = score_web_entities.score(DATA, path)["all"]
    assert failures(score_web_entities.gate_name(path), score_web_entities.figures(tally)) == []


def test_the_fresh_web_entity_stories_are_development_stories_not_labelled_before() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = {
        (page["collection"], page["id"])
        for name in ("web_entities.json", "web_entities_dev.json")
        for page in json.loads((labels / name).read_text(encoding="utf-8"))["pages"]
    }
    fresh = json.loads((labels / "web_entities_dev2.json").read_text(encoding="utf-8"))["pages"]
    assert len(fresh) == 30
    assert not earlier & {(page["collection"], page["id"]) for page in fresh}
    assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in fresh)
    # Organisations and quotations only: the scorer leaves the kinds a page does not label.
    assert all("organizations" in page and "quotes" in page and "people" not in page for page in fresh)


def test_the_third_web_entity_draw_holds_development_stories_no_earlier_file_labelled() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = {
        (page["collection"], page["id"])
        for name in ("web_entities.json", "web_entities_dev.json", "web_entities_dev2.json")
        for page in json.loads((labels / name).read_text(encoding="utf-8"))["pages"]
    }
    fresh = json.loads((labels / "web_entities_dev3.json").read_text(encoding="utf-8"))["pages"]
    assert len(fresh) == 30
    assert not earlier & {(page["collection"], page["id"]) for page in fresh}
    assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in fresh)
    # People, organisations and places only: no quotations, so no speakers are scored there.
    assert all("people" in page and "places" in page and "quotes" not in page for page in fresh)


def test_the_quotation_draw_holds_development_stories_no_earlier_label_file_names() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = {
        page["id"]
        for name in ("web_entities.json", "web_entities_dev.json", "web_entities_dev2.json", "web_metadata.json")
        for page in json.loads((labels / name).read_text(encoding="utf-8"))["pages"]
    }
    fresh = json.loads((labels / "web_entities_dev4.json").read_text(encoding="utf-8"))["pages"]
    assert len(fresh) == 30
    assert not earlier & {page["id"] for page in fresh}
    assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in fresh)
    # Quotations only: the scorer leaves the kinds a page does not label.
    assert all(set(page) <= {"collection", "id", "half", "excluded_blocks", "quotes"} for page in fresh)


def test_the_fifth_draw_and_its_check_twin_hold_even_development_stories_no_earlier_file_names() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = earlier_ids()
    dev = json.loads((labels / "web_entities_dev5.json").read_text(encoding="utf-8"))["pages"]
    check = json.loads((labels / "web_entities_check5.json").read_text(encoding="utf-8"))["pages"]
    ids = [page["id"] for page in (*dev, *check)]
    assert len(set(ids)) == len(ids) == 17
    assert not earlier & set(ids)
    assert all(not select_web.held_out(i) and even_split(i) for i in ids)
    assert all("people" in page and "places" in page and "quotes" not in page for page in (*dev, *check))


def test_the_sixth_quotation_draw_splits_odd_development_stories_no_entity_file_names() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = {
        str(page["id"])
        for name in select_web_entities_dev6.EARLIER
        for page in json.loads((labels / name).read_text(encoding="utf-8")).get("pages", ())
    }
    halves = [
        json.loads((labels / name).read_text(encoding="utf-8"))["pages"] for name in select_web_entities_dev6.FILES
    ]
    ids = [{page["id"] for page in half} for half in halves]
    assert [len(half) for half in halves] == [15, 15]
    assert not ids[0] & ids[1] and not earlier & (ids[0] | ids[1])
    for half in halves:
        assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in half)
        # The even side of the split is left to the draws of entity stories.
        assert all(select_web_entities_dev6.odd_draw(page["id"]) for page in half)
        assert all(set(page) <= {"collection", "id", "half", "excluded_blocks", "quotes"} for page in half)


def test_the_ninth_draw_deals_development_stories_no_entity_alias_or_metadata_file_names() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = select_web_entities_dev9.labelled_ids()
    halves = [
        json.loads((labels / name).read_text(encoding="utf-8"))["pages"] for name in select_web_entities_dev9.FILES
    ]
    ids = [{page["id"] for page in half} for half in halves]
    assert [len(half) for half in halves] == [15, 15]
    assert not ids[0] & ids[1] and not earlier & (ids[0] | ids[1])
    for half in halves:
        assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in half)
        # All four kinds are labelled on every page, so each is scored on both halves.
        assert all({"people", "organizations", "places", "quotes"} <= set(page) for page in half)


# Each later draw's file is made after the draw before it, so that draw cannot have left it out.
@pytest.mark.parametrize(
    ("draw", "later"),
    [
        (
            select_web_entities_dev10,
            {
                select_web_entities_dev11.FILE,
                select_web_entities_dev12.FILE,
                select_web_entities_dev13.FILE,
                select_web_entities_dev14.FILE,
                select_web_entities_dev15.FILE,
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev11,
            {
                select_web_entities_dev12.FILE,
                select_web_entities_dev13.FILE,
                select_web_entities_dev14.FILE,
                select_web_entities_dev15.FILE,
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev12,
            {
                select_web_entities_dev13.FILE,
                select_web_entities_dev14.FILE,
                select_web_entities_dev15.FILE,
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev13,
            {
                select_web_entities_dev14.FILE,
                select_web_entities_dev15.FILE,
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev14,
            {
                select_web_entities_dev15.FILE,
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev15,
            {
                select_web_entities_dev16.FILE,
                select_web_entities_dev17.FILE,
                select_web_entities_dev18.FILE,
                select_web_entities_dev19.FILE,
            },
        ),
        (
            select_web_entities_dev16,
            {select_web_entities_dev17.FILE, select_web_entities_dev18.FILE, select_web_entities_dev19.FILE},
        ),
        (select_web_entities_dev17, {select_web_entities_dev18.FILE, select_web_entities_dev19.FILE}),
        (select_web_entities_dev18, {select_web_entities_dev19.FILE}),
        (select_web_entities_dev19, set()),
    ],
)
def test_the_tenth_and_later_draws_deal_development_stories_no_entity_or_check_file_names(
    draw: ModuleType, later: set[str]
) -> None:
    labels = score_web_entities.LABELS.parent
    earlier = draw.labelled_ids()
    pages = json.loads((labels / draw.FILE).read_text(encoding="utf-8"))["pages"]
    ids = {page["id"] for page in pages}
    assert len(pages) == len(ids) == draw.TOTAL and not earlier & ids
    # Every entity file and every check file is left out of the draw.
    assert {
        path.name
        for path in labels.iterdir()
        if path.suffix == ".json" and ("entities" in path.name or "check" in path.name)
    } - later <= set(draw.EARLIER) | {draw.FILE}
    assert all(page["half"] == "dev" and not select_web.held_out(page["id"]) for page in pages)
    assert all({"people", "organizations", "places", "quotes"} <= set(page) for page in pages)


def test_the_further_web_pairs_are_development_pairs_not_judged_before() -> None:
    labels = score_web_entities.LABELS.parent
    first = {(p["a"], p["b"]) for p in read_pairs(labels / "web_pairs.json")}
    more = read_pairs(labels / "web_pairs_dev.json")
    assert len(more) >= 150
    keys = [(p["a"], p["b"]) for p in more]
    assert keys == sorted(set(keys)) and all(a < b for a, b in keys)
    assert not any(held_out(a, b) for a, b in keys)
    assert not first & set(keys)
    assert all(p["why"].strip() and p["kind"] for p in more)


def test_the_fresh_web_pairs_are_development_pairs_not_judged_before() -> None:
    labels = score_web_entities.LABELS.parent
    earlier = {(p["a"], p["b"]) for name in ("web_pairs.json", "web_pairs_dev.json") for p in read_pairs(labels / name)}
    fresh = read_pairs(labels / "web_pairs_dev2.json")
    assert len(fresh) >= 140
    keys = [(p["a"], p["b"]) for p in fresh]
    assert keys == sorted(set(keys)) and all(a < b for a, b in keys)
    assert not any(held_out(a, b) for a, b in keys)
    assert not earlier & set(keys)
    assert all(p["why"].strip() and p["kind"] for p in fresh)


def test_the_third_draw_and_its_check_are_development_pairs_not_judged_before() -> None:
    labels = score_web_entities.LABELS.parent
    names = ("web_pairs.json", "web_pairs_dev.json", "web_pairs_dev2.json")
    earlier = {(p["a"], p["b"]) for name in names for p in read_pairs(labels / name)}
    drawn = {name: read_pairs(labels / name) for name in ("web_pairs_dev3.json", "web_pairs_check3.json")}
    for name, pairs in drawn.items():
        keys = [(p["a"], p["b"]) for p in pairs]
        assert len(keys) >= 60, name
        assert keys == sorted(set(keys)) and all(a < b for a, b in keys), name
        assert not any(held_out(a, b) for a, b in keys), name
        assert not earlier & set(keys), name
        assert all(p["why"].strip() and p["kind"] and p["stratum"] for p in pairs), name
    dev, check = ({(p["a"], p["b"]) for p in pairs} for pairs in drawn.values())
    assert not dev & check
    # Each pair went to the file the parity of its hash names.
    assert all(select_web_pairs_dev3.dealt_to(a, b) == "dev3" for a, b in dev)
    assert all(select_web_pairs_dev3.dealt_to(a, b) == "check3" for a, b in check)


def test_the_fifth_draw_is_development_pairs_not_judged_before() -> None:
    labels = score_web_entities.LABELS.parent
    names = (
        "web_pairs.json",
        "web_pairs_dev.json",
        "web_pairs_dev2.json",
        "web_pairs_dev3.json",
        "web_pairs_check3.json",
    )
    earlier = {(p["a"], p["b"]) for name in names for p in read_pairs(labels / name)}
    drawn = read_pairs(labels / "web_pairs_dev4.json")
    keys = [(p["a"], p["b"]) for p in drawn]
    assert len(keys) >= 60
    assert keys == sorted(set(keys)) and all(a < b for a, b in keys)
    assert not any(held_out(a, b) for a, b in keys)
    assert not earlier & set(keys)
    assert all(p["why"].strip() and p["kind"] and p["stratum"] for p in drawn)


def test_the_sixth_draw_is_development_pairs_no_other_label_file_holds() -> None:
    labels = score_web_entities.LABELS.parent
    drawn = read_pairs(labels / "web_pairs_dev5.json")
    keys = [(p["a"], p["b"]) for p in drawn]
    earlier = {
        (p["a"], p["b"])
        for f in sorted(labels.glob("web_pairs*.json"))
        if f.name not in ("web_pairs_dev5.json", "web_pairs_dev6.json")
        for p in read_pairs(f)
    }
    assert len(keys) >= 60
    assert keys == sorted(set(keys)) and all(a < b for a, b in keys)
    assert not any(held_out(a, b) for a, b in keys)
    assert not earlier & set(keys)
    assert earlier == labelled_pairs(labels)
    assert all(p["why"].strip() and p["kind"] and p["stratum"] for p in drawn)


@pytest.mark.parametrize(
    ("c", "together", "same_event", "shared", "expected"),
    [
        (0.05, True, False, 0, "together-low"),
        (0.4, False, True, 3, "apart-high"),
        (0.4, True, False, 0, "near"),
        (0.1, False, False, 0, "near"),
        (0.0, False, True, 2, "event-headline"),
        (0.0, False, True, 1, None),
        (0.0, False, False, 4, None),
        (0.8, True, True, 5, None),
    ],
)
def test_the_sixth_draw_strata(c: float, together: bool, same_event: bool, shared: int, expected: str | None) -> None:
    assert dev5_stratum(c, together, same_event, shared) == expected


def test_the_seventh_draw_is_development_pairs_no_other_label_file_holds() -> None:
    labels = score_web_entities.LABELS.parent
    drawn = read_pairs(labels / "web_pairs_dev6.json")
    keys = [(p["a"], p["b"]) for p in drawn]
    earlier = {
        (p["a"], p["b"])
        for f in sorted(labels.glob("web_pairs*.json"))
        if f.name != "web_pairs_dev6.json"
        for p in read_pairs(f)
    }
    assert len(keys) >= 40
    assert keys == sorted(set(keys)) and all(a < b for a, b in keys)
    assert not any(held_out(a, b) for a, b in keys)
    assert not earlier & set(keys)
    assert earlier == dev6_labelled(labels)
    assert all(p["why"].strip() and p["kind"] and p["stratum"] for p in drawn)


@pytest.mark.parametrize(
    ("c", "together", "expected"),
    [
        (0.05, True, "together-low"),
        (0.2, True, None),
        (0.15, False, "apart-high"),
        (0.6, False, "apart-high"),
        (0.02, False, "rest"),
        (0.149, False, "rest"),
        (0.019, False, None),
    ],
)
def test_the_seventh_draw_strata(c: float, together: bool, expected: str | None) -> None:
    assert dev6_stratum(c, together) == expected


def test_headline_words_are_the_first_lines_long_words() -> None:
    text = "Floods Close the Old Bridge at Dawn\n\nThe river rose overnight and the bridge was shut."
    assert headline_words(text) == {"floods", "close", "bridge", "dawn"}
    assert headline_words("") == set()


@pytest.mark.parametrize(
    ("a", "b", "c", "expected"),
    [
        # One event: only the pairs the first draw left (under 0.02) are drawn.
        ("c1", "c2", 0.01, "event-low"),
        ("c1", "c2", 0.3, None),
        # Two events, by band of containment.
        ("c1", "c3", 0.25, "cross-high"),
        ("c1", "c3", 0.05, "cross-mid"),
        ("c1", "c3", 0.03, "cross-low"),
        ("c1", "c3", 0.001, "cross-none"),
        # A record and an L3S page; two L3S pages were all drawn before.
        ("c1", "l1", 0.02, "mixed-high"),
        ("c1", "l1", 0.01, "mixed-low"),
        ("l1", "l2", 0.5, None),
    ],
)
def test_fresh_strata_by_containment_and_collection(a: str, b: str, c: float, expected: str | None) -> None:
    events = {"c1": "7", "c2": "7", "c3": "9"}
    assert stratum(a, b, events, c) == expected


def test_rare_counts_ignore_words_many_pages_hold() -> None:
    common, rare = ("the", "ap", "copyright", "line", "here"), ("only", "two", "pages", "hold", "this")
    shingles = {k: {common} for k in ("a", "b", "c", "d", "e")}
    shingles["a"].add(rare)
    shingles["b"].add(rare)
    assert rare_counts(shingles) == {("a", "b"): 1}


def test_chain_pairs_are_the_ends_a_middle_page_joins() -> None:
    def grams(words: str) -> set[tuple[str, ...]]:
        w = words.split()
        return {tuple(w[i : i + 5]) for i in range(len(w) - 4)}

    first = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    second = "lambda mu nu xi omicron pi rho sigma tau upsilon"
    shingles = {
        "v1": grams(first),
        "v2": grams(f"{first} {second}"),
        "v3": grams(second),
        "other": grams("one two three four five six seven eight"),
    }
    assert chains(shingles, shingles) == [("v1", "v3")]
