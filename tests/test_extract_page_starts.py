"""Examples of where a story starts on a page, and of a headline far above that start (page_span, page_headline)."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.headline_shape import address_words
from newscorpus.extract.page import label_page
from newscorpus.extract.page_features import block_features, mark_teasers
from newscorpus.extract.page_glued import glued_dateline
from newscorpus.extract.page_headline import find_headline

_STORY = [
    "The town council of Eastbrook voted on Tuesday to close the old river bridge to lorries after engineers "
    "found cracks in two of its piers, the mayor said in a statement to residents.",
    "Lorries will be sent over the ring road from Monday, and buses will run a shorter route while the piers "
    "are repaired, which the council expects to take most of the summer.",
    "Shopkeepers on the quay said they feared losing trade, but the mayor said the town could not wait for "
    "a second inspection before acting on what the engineers had found.",
]


@pytest.mark.parametrize(
    "line",
    [
        "With shattered dreams, deportees return home from US NEW DELHI: Their American dream shattered and huge "
        "savings wasted, nearly 150 Indians returned home broke on Wednesday",
        "Eastbrook shuts its cracked bridge to lorries EASTBROOK (AP) — The town council voted on Tuesday to close "
        "the old river bridge",
    ],
)
def test_a_headline_run_into_a_lede_s_dateline_is_glued(line: str) -> None:
    assert glued_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        # A dateline opening the paragraph is the story's own.
        "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned home broke",
        # Capitals closed by a dash inside a paragraph, and a label in capitals, are no dateline after a headline.
        "FRN dealers said paper of U.S. -- and also of Canadian -- banks was seeing some pressure as a result of "
        "recent press reports",
        "DRIVER OF THE DAY: Max Verstappen stole the show with an amazing drive from the back of the grid.",
        # A sentence's end before the capitals: a new sentence, not a dateline after a headline.
        "The council met on Tuesday. EASTBROOK officials said the bridge would close to lorries from Monday on.",
    ],
)
def test_a_paragraph_is_no_glued_teaser(line: str) -> None:
    assert not glued_dateline(line)


def test_a_ticker_of_headlines_run_into_their_datelines_is_a_list_of_teasers() -> None:
    ticker = [
        "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty "
        "to theft, embezzlement and misapplication of bank funds, prosecutors said.",
        "With shattered dreams, deportees return home from US NEW DELHI: Their American dream shattered and huge "
        "savings wasted, nearly 150 Indians returned home broke on Wednesday.",
    ]
    features = mark_teasers([block_features(b, None, frozenset()) for b in [*ticker, *_STORY]])
    assert [f.teaser for f in features] == [True, True, False, False, False]


_AD_BOX = [
    "Sponsored Links",
    "Energy Efficiency - CO2 Calculator",
    "Surveys can identify energy loss from your home and calculate the associated emissions and every saving "
    "you could make on your bills this winter.",
    "www.surveys-example.co.uk",
    "Professional Energy Consultants",
    "Professional energy consultants with twenty years of experience in the trade offering a full range of "
    "services to homes and to businesses.",
]


def test_the_story_starts_under_a_box_of_sponsored_links() -> None:
    # Each advertisement a title, a line of blurb and its address: the story opens under the last one's address,
    # which the scraper ran into its first paragraph.
    page = [
        "Home",
        "Printer friendly version",
        "Email this story",
        "Eastbrook shuts its cracked bridge to lorries",
        "Friday, 18 Jan 2008 13:47",
        *_AD_BOX,
        f"www.energy-example.co.uk {_STORY[0]}",
        *_STORY[1:],
    ]
    labels = [b.label for b in label_page(page, Config())]
    assert labels[3] == "headline"
    assert labels[5:11] == ["related"] + ["furniture"] * 5
    assert labels[11:] == ["story"] * 3


_MENU = [f"Section {n}" for n in range(70)]
_URL = "https://news.example/2008/01/eastbrook-shuts-its-cracked-bridge-to-lorries.html"


def _headline(blocks: list[str], url: str | None) -> str | None:
    features = [block_features(b, None, frozenset()) for b in [*blocks, *_STORY]]
    found = find_headline(features, len(blocks), address=address_words(url))
    return None if found is None else features[found].text


def test_a_headline_the_address_names_stands_over_a_long_menu() -> None:
    blocks = ["Eastbrook shuts its cracked bridge to lorries", "Jane Roe", "19 November 2019", *_MENU]
    assert _headline(blocks, _URL) == blocks[0]
    # Without the address nothing tells it from the menu's headings so far from the story.
    assert _headline(blocks, None) is None


def test_a_far_block_the_address_names_must_share_the_lede_s_words() -> None:
    # The address names a page's other heading only in part ("Eastbrook bridge"): a section's, not this headline.
    blocks = ["Eastbrook bridge", "19 November 2019", *_MENU]
    assert _headline(blocks, _URL) is None


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("E-mail this page Print this page Most E-mailed / Most printed", True),
        ("Most Read Stories", False),  # a list's heading
        ("Printed circuit boards lift Eastbrook exports", False),
    ],
)
def test_a_share_bar_of_page_tools_is_the_site_s_controls(line: str, bar: bool) -> None:
    assert block_features(line, None, frozenset()).controls is bar
