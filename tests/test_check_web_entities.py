"""The checker of the web-news entity labels, on small invented pages (no data folder needed)."""

from __future__ import annotations

from typing import Any

import pytest

from quality.check_web_entities import check_page, occurs, quote_start_problem, story_text, table
from quality.webpages import WebPage

L3S = WebPage(
    collection="l3s",
    id="page-1",
    url="",
    blocks=(
        "Home | News | Sport",
        "Mayor Ann Lopez opens bridge",
        'OAKVILLE - Mayor Ann Lopez opened the bridge on Monday. "It took us ten years to get here," Lopez said.',
        "Photo: the bridge at dusk",
        '"We will keep going," she said, and thanked the Oakville Transit Authority.',
        "Great news! Well done, Gary Hill.",
    ),
    labels=("furniture", "headline", "story", "supplemental", "story", "story"),
)


def label(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"people": [], "organizations": [], "places": [], "quotes": []}
    return base | fields


def test_story_text_keeps_the_story_blocks_without_the_excluded_ones() -> None:
    text = story_text(L3S, label(excluded_blocks=[5]))
    assert text.startswith("OAKVILLE - Mayor")
    assert text.endswith("Oakville Transit Authority.")
    assert "Photo" not in text and "Great news" not in text and "Home |" not in text


def test_story_text_of_the_benchmark_is_its_gold_body() -> None:
    page = WebPage(collection="aeb", id="abc", url="", blocks=("Menu", "Body"), gold_body="Body only.")
    assert story_text(page, label()) == "Body only."


@pytest.mark.parametrize(
    ("needle", "found"),
    [
        ("Lopez", True),  # a surname inside a sentence
        ("lopez", True),  # case does not matter
        ("Lope", False),  # a whole word, not part of one
        ("Oakville", True),  # found inside "Oakville Transit Authority" as a whole word
        ("Ann Lopez", True),  # a phrase
    ],
)
def test_occurs_matches_whole_words(needle: str, found: bool) -> None:
    assert occurs(needle, story_text(L3S, label())) is found


TEXT = (
    "She said: \"We will build it, and we will pay for it.\" Then 'not yet' came a reply. "
    "``Old wire copy quotes like this,'' he said. Fans called it \"the bridge to nowhere\".\n\n"
    'They wrote that "even in the best case ... nothing works."\n\n'
    '"Short words run on.\n\n"And more words follow here."'
)


@pytest.mark.parametrize(
    ("start", "problem"),
    [
        ("We will build it, and we", None),  # six words after the opening mark
        ("not yet", None),  # a short quote, whole, in single marks
        ("Old wire copy quotes like this", None),  # opened by a doubled backquote
        ("the bridge to nowhere", None),  # the whole quote, closed after its last word
        ("even in the best case", None),  # a sixth word of punctuation alone is dropped
        ("Short words run on", None),  # a paragraph of a quotation running on into the next one
        ("Short words", "is not the opening of a quotation"),  # cut before the paragraph's end
        ("We will build it", "is not the opening of a quotation"),  # short of six words but not the whole quote
        ("will build it, and we will", "is not the opening of a quotation"),  # does not start at the mark
        ("We will build it, and", "is not the opening of a quotation"),  # five words, cut mid-quote
        ("not yet.", "keeps the trailing punctuation"),  # punctuation of the last word is dropped
        ("We will build it, and we will pay", "is not one to six words"),  # seven words
        ("They will never build it", "not in the story text"),  # not there at all
    ],
)
def test_quote_start_problem(start: str, problem: str | None) -> None:
    found = quote_start_problem(start, TEXT)
    assert found is None if problem is None else (found is not None and problem in found)


def test_check_page_accepts_good_labels() -> None:
    good = label(
        people=[{"name": "Ann Lopez", "aliases": ["Lopez"]}],
        organizations=[{"name": "Oakville Transit Authority", "aliases": []}],
        places=[{"name": "Oakville", "aliases": ["OAKVILLE"]}],
        quotes=[
            {"start": "It took us ten years to", "speaker": "Ann Lopez"},
            {"start": "We will keep going", "speaker": "Ann Lopez"},
        ],
        excluded_blocks=[5],
    )
    assert check_page(L3S, good) == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"people": [{"name": "Ann Lopez", "aliases": ["Annie"]}]}, "alias 'Annie' of 'Ann Lopez' not in the story"),
        ({"people": [{"name": "Bob Lopez", "aliases": []}]}, "name 'Bob Lopez' not in the story"),
        # a normalised name need not be written, but then an alias must be
        ({"places": [{"name": "Oakville County", "aliases": [], "normalised": True}]}, "has no alias"),
        ({"places": [{"name": "Oakville", "aliases": []}] * 2}, "listed twice"),
        # the speaker must be one of the page's names
        ({"quotes": [{"start": "We will keep going", "speaker": "Bob"}]}, "is not a labelled name"),
        # block 3 is a caption: it was never part of the story
        ({"excluded_blocks": [3]}, "excluded block 3 is not part of the story"),
        ({"excluded_blocks": [9]}, "excluded block 9 is not a block of the page"),
        # a name written only in an excluded block is not in the labelled text
        ({"excluded_blocks": [5], "people": [{"name": "Gary Hill", "aliases": []}]}, "name 'Gary Hill' not in"),
    ],
)
def test_check_page_finds_problems(fields: dict[str, Any], problem: str) -> None:
    problems = check_page(L3S, label(**fields))
    assert any(problem in p for p in problems), problems


def test_a_page_labelling_no_people_names_its_speakers_as_the_story_writes_them() -> None:
    # Organisations and quotes only: a speaker is a name of the story, not a labelled person.
    partial = {
        "organizations": [{"name": "Oakville Transit Authority", "aliases": []}],
        "quotes": [{"start": "We will keep going", "speaker": "Ann Lopez"}],
    }
    assert check_page(L3S, partial) == []
    wrong = {**partial, "quotes": [{"start": "We will keep going", "speaker": "Bob Lopez"}]}
    assert any("is not a labelled name" in p for p in check_page(L3S, wrong))


def test_table_adds_up_halves_and_collections() -> None:
    lines = table({("aeb", "dev"): [1, 2, 3, 4, 5, 4], ("l3s", "held-out"): [2, 1, 1, 1, 6, 6]})
    rows = {tuple(line.split()[:2]): [int(n) for n in line.split()[2:]] for line in lines[1:]}
    assert rows[("all", "dev")] == [1, 2, 3, 4, 5, 4]
    assert rows[("all", "held-out")] == [2, 1, 1, 1, 6, 6]
    assert rows[("all", "all")] == [3, 3, 4, 5, 11, 10]
