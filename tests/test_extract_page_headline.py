"""Examples of what marks a story's headline among the headline-shaped blocks over it (page_headline)."""

from __future__ import annotations

import pytest

from newscorpus.extract.page_features import Features, block_features
from newscorpus.extract.page_headline import find_headline

_STORY = (
    "The town council of Eastbrook voted on Tuesday to close the old river bridge to lorries after engineers "
    "found cracks in two of its piers, the mayor said in a statement to residents."
)
_HEADLINE = "Eastbrook shuts its cracked bridge to heavy traffic"
_DECK = "Town council votes to close the old river bridge to lorries"


def _features(blocks: list[str]) -> list[Features]:
    return [block_features(b, None, frozenset()) for b in blocks]


def _headline(blocks: list[str]) -> str | None:
    features = _features([*blocks, _STORY])
    found = find_headline(features, len(blocks))
    return None if found is None else features[found].text


@pytest.mark.parametrize(
    "blocks",
    [
        # The title line printed twice, then the deck over the byline.
        [_HEADLINE, _HEADLINE, _DECK, "By Jane Roe"],
        # The title line again at the end of a share bar, under the byline.
        [_HEADLINE, "12 comments", _DECK, "By Jane Roe", f"Share all sharing options for: {_HEADLINE}"],
    ],
)
def test_a_title_line_printed_twice_is_the_headline_over_its_deck(blocks: list[str]) -> None:
    assert _headline(blocks) == _HEADLINE


def test_a_deck_over_the_byline_stays_the_headline_when_nothing_is_printed_twice() -> None:
    # Nothing but its place tells the upper line for the headline: the block over the byline keeps it.
    assert _headline([_HEADLINE, "12 comments", _DECK, "By Jane Roe"]) == _DECK


def test_a_link_repeated_far_apart_earns_nothing() -> None:
    # A list of the most read stories repeats a link's title further up: no title line printed twice.
    link = "Eastbrook bridge closure angers the hauliers"
    lists = [link, "Ferry fares rise again", "Harbour pilots vote on pay", link, "Lorry drivers object to the ban"]
    assert _headline([*lists, _HEADLINE, "By Jane Roe"]) == _HEADLINE
