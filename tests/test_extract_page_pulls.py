"""A pull quote: a line of the story's own words printed again between its paragraphs, its speaker's name under it."""

from __future__ import annotations

# The page, its story and the labeller as the page-notice tests build them.
from .test_extract_page_notices import HEADLINE, MENU, STORY, labels

PULL = "It will be the end of the line for a lot of us"


def test_a_pull_quote_and_its_speakers_name_are_set_apart() -> None:
    page = labels([*MENU, HEADLINE, *STORY[:3], PULL, "Tom Quill", *STORY[3:], "Share this article"])
    assert [page[PULL], page["Tom Quill"]] == ["supplemental", "supplemental"]
    assert [page[p] for p in STORY] == ["story"] * len(STORY)


def test_a_short_quotation_over_a_section_stays_its_heading() -> None:
    # A heading quoting the text under it ("'No choice'") is shorter than a pull quote.
    heading = "'We had no choice'"
    page = labels([*MENU, HEADLINE, STORY[0], heading, *STORY[1:], "Share this article"])
    assert page[heading] == "story"


def test_a_sentence_printed_twice_is_no_pull_quote() -> None:
    # A sentence standing in a longer paragraph (a summary's line) ends as a sentence: it stays.
    summary = "Engineers said repairs would cost more than a new pier."
    page = labels([*MENU, HEADLINE, STORY[0], summary, *STORY[1:], "Share this article"])
    assert page[summary] == "story"


def test_a_pull_quote_on_a_clean_page_is_set_apart_too() -> None:
    # A page with no furniture (a scraper's text of the story alone) keeps the pull quote among the paragraphs.
    page = labels([HEADLINE, *STORY[:3], PULL, *STORY[3:]])
    assert page[PULL] == "supplemental"
    assert [page[p] for p in STORY] == ["story"] * len(STORY)


def test_a_row_of_figures_printed_again_is_no_pull_quote() -> None:
    # Wire copy's table rows hold few function words: a row standing in a longer one stays.
    row = "Shr 1.20 dlrs vs 1.10 dlrs Net 12.4 mln vs 10.1 mln"
    page = labels(["ACME CORP 4TH QTR NET", row, row + " Revs 400.1 mln vs 380.2 mln", "Reuter"])
    assert page[row] == "story"
