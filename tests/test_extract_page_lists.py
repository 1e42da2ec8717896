"""Examples of the lists a headline-shaped block above a story may stand in (page_lists), and what the
headline finder makes of them (page_headline)."""

from __future__ import annotations

import pytest

from newscorpus.extract.page_features import Features, block_features
from newscorpus.extract.page_headline import find_headline
from newscorpus.extract.page_lists import list_above

_STORY = (
    "The town council of Eastbrook voted on Tuesday to close the old river bridge to lorries after engineers "
    "found cracks in two of its piers, the mayor said in a statement to residents."
)


def _features(blocks: list[str]) -> list[Features]:
    return [block_features(b, None, frozenset()) for b in blocks]


@pytest.mark.parametrize(
    ("blocks", "kind"),
    [
        # Entries under a list's heading, with their dates: a list of links.
        (["Most Popular", "Farmers cheer early spring rain", "March 3, 2008", "Zoo welcomes twin otters"], "links"),
        # The lines under "Story Highlights" sum the story up.
        (["Story Highlights", "Council closes old river bridge to lorries"], "summary"),
        # "Also by this author" opens the writer's other stories.
        (["ALSO BY THIS AUTHOR...", "Harbour fees rise again", "Ferry timetable changes"], "links"),
        # An advertiser's links under "Sponsored Links" or "Ads by Google".
        (["Sponsored Links", "Energy Savings - Home Heat Calculator", "www.example.com"], "links"),
        (["Ads by Google", "Cheap Ferry Tickets To The Islands"], "links"),
    ],
)
def test_list_above_finds_the_heading(blocks: list[str], kind: str) -> None:
    found = list_above(_features(blocks), len(blocks) - 1)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "blocks",
    [
        # A paragraph between the heading and the block: the list ended before it.
        ["Most Popular", "Farmers cheer early spring rain", "The river rose two metres overnight.", "Bridge shut"],
        # A menu's run of one-word items is no list's labels.
        ["Top Stories", "News", "Sport", "Business", "Weather", "Council closes old bridge to lorries"],
        # A sponsor's credit is no heading of an advertiser's links.
        ["Sponsored by the Harbour Trust", "Council closes old river bridge to lorries"],
        # "In brief" heads a ticker of other stories as often as a summary: no heading of either.
        ["In brief", "Council closes old river bridge to lorries"],
    ],
)
def test_list_above_finds_none(blocks: list[str]) -> None:
    assert list_above(_features(blocks), len(blocks) - 1) is None


def test_headline_is_no_summary_line() -> None:
    """Story highlights under the headline share the lede's words, but the headline above them is the story's."""
    blocks = [
        "Eastbrook closes river bridge to lorries",
        "Story Highlights",
        "Engineers found cracks in two piers of the old river bridge",
        "Town council voted on Tuesday to close the bridge to lorries",
        _STORY,
    ]
    assert find_headline(_features(blocks), 4) == 0


def test_headline_is_no_link_of_a_list_over_the_story() -> None:
    """The last link of a list of other stories stands right over the story; the headline stands above the list."""
    blocks = [
        "Published: Mar 04, 2008 10:15 AM",
        "Eastbrook council closes river bridge to lorries",
        "Most Popular",
        "Farmers cheer early spring rain",
        "Zoo welcomes twin otters",
        "Library opens on Sundays",
        "Harbour fees rise again",
        _STORY,
    ]
    assert find_headline(_features(blocks), 7) == 1


def test_headline_at_the_foot_of_a_sidebar_list() -> None:
    """A sidebar's list may end right over the headline: it shares the lede's words, the links do not."""
    blocks = [
        "Top Stories",
        "Farmers cheer early spring rain",
        "Zoo welcomes twin otters",
        "Eastbrook council closes old river bridge to lorries",
        "March 4, 2008",
        _STORY,
    ]
    assert find_headline(_features(blocks), 5) == 3
