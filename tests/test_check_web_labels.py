"""The web label checker (quality/check_web_labels.py) on a page and labels written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quality.check_web_labels import FIELDS, SELECTIONS, check_page, check_types, occurs
from quality.labels.select_web import held_out
from quality.webpages import WebPage

# The label files as stored, read without the pages they label (a fresh clone has no data folder).
LABELS_DIR = Path(__file__).resolve().parent.parent / "quality" / "labels"
LABEL_FILES = {name: json.loads((LABELS_DIR / name).read_text(encoding="utf-8")) for name in SELECTIONS}

# A scraped page as the readers give it: furniture, headline, byline, stamp, a dateline that opens
# the story, a sign-off. "riverton-3" falls in the development half (sha1 of "split-riverton-3" is odd).
PAGE = WebPage(
    collection="aeb",
    id="riverton-3",
    url="",
    blocks=(
        "Home | News | Sports",
        "Council approves new bridge",
        "By Ann Lee and Bo ChenStaff Writers",
        "Posted: March 3, 2008",
        "6:45 AM",
        "RIVERTON, Ore. (AP) — The city council voted on Tuesday to build a second bridge.",
        "Copyright 2008 The Associated Press.",
    ),
)
LABEL: dict[str, Any] = {
    "collection": "aeb",
    "id": "riverton-3",
    "half": "dev",
    "headline": "Council approves new bridge",
    "dateline": "RIVERTON, Ore.",
    "agency": "AP",
    "agencies": ["AP"],
    "authors": ["Ann Lee", "Bo Chen"],
    "published": "2008-03-03T06:45",
    "published_text": "Posted: March 3, 2008 6:45 AM",
    "story_start": "The city council voted on Tuesday",
    "notes": "",
}


def test_a_faithful_label_passes() -> None:
    assert tuple(LABEL) == FIELDS
    assert check_page(LABEL, PAGE) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        # Every field must be there, in the file's order.
        ({"notes": None}, "notes is not a string"),
        # The half comes from select_web.py's hash, not from the labeller.
        ({"half": "held-out"}, "is not the one select_web.py gives"),
        # A headline must be printed in one block of the page, not pieced together.
        ({"headline": "Council approves new bridge By Ann Lee"}, "not within one block"),
        # A misspelt author is caught even when it is a prefix of the printed name.
        ({"authors": ["Ann Le", "Bo Chen"]}, "author 'Ann Le' is not in the page text"),
        # The dateline must open the story: just before its first words, credit between.
        ({"dateline": "Home"}, "is not just before story_start"),
        ({"story_start": "The city council voted on Tuesday to build"}, "more than six words"),
        # The primary agency is the first credited one, and nothing is credited twice.
        ({"agency": "Reuters"}, "is not the first of agencies"),
        ({"agencies": ["AP", "AP"]}, "listed twice"),
        # A date must be a real one in the agreed form, copied from its stamp.
        ({"published": "2008-02-30"}, "not a real date"),
        ({"published": "March 3, 2008"}, "is not YYYY-MM-DD"),
        ({"published": "2008-03-13"}, "day 13 is not in published_text"),
        ({"published": "2008-03-03T06:54"}, "minutes 54 are not in published_text"),
        ({"published_text": None}, "null together"),
    ],
)
def test_a_slip_is_reported(change: dict[str, Any], problem: str) -> None:
    problems = check_page({**LABEL, **change}, PAGE)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("needle", "text", "end", "found"),
    [
        # A name is not found inside a longer one.
        ("Peter Griffith", "By Peter Griffiths", "name", False),
        # A byline block may run a name into the role after it, which starts with a capital.
        ("Meg James", "By Meg JamesStaff Writer", "name", True),
        ("Meg James", "By Meg Jameson", "name", False),
        # A headline or stamp is matched as whole words, whitespace collapsed.
        ("Posted: March 3", "Posted:  March 3, 2008", "word", True),
        ("March 3", "March 31, 2008", "word", False),
        # A story opening may stop inside a word of a language written without spaces.
        ("先日、不正に", "先日、不正に改造した", "start", True),
    ],
)
def test_occurs(needle: str, text: str, end: str, found: bool) -> None:
    assert occurs(needle, text, end) is found


@pytest.mark.parametrize("name", sorted(LABEL_FILES))
def test_every_stored_label_is_well_formed(name: str) -> None:
    # The label files themselves, without the pages: fields, types, agency first of agencies, real dates.
    problems = [
        f"{label['collection']} {label['id']}: {p}" for label in LABEL_FILES[name]["pages"] for p in check_types(label)
    ]
    assert problems == []


def test_the_further_pages_are_development_pages_not_labelled_before() -> None:
    # The 80 further pages only add to the development half: none is held out, none is among the first 130.
    first = {(p["collection"], p["id"]) for p in LABEL_FILES["web_metadata.json"]["pages"]}
    extra = LABEL_FILES["web_metadata_extra.json"]["pages"]
    assert len(extra) == 80
    assert [p["id"] for p in extra if p["half"] != "dev" or held_out(p["id"])] == []
    assert [p["id"] for p in extra if (p["collection"], p["id"]) in first] == []
