"""A photo's caption over a story's first paragraph, known by its credit or its grammar: not the story's lede."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.page import label_page
from newscorpus.extract.page_blocks import split_blocks
from newscorpus.extract.page_captions import is_caption

CONFIG = Config()
MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"]
HEADLINE = "Rovers hold on with ten men to take a lead into the second leg"
BYLINE = "By Jane Roe, Sports Writer"
STAMP = "First Published: Jan 09, 2008"
LEDE = "Rovers manager Sam Poe believes his side's spirit will carry them into a third cup final in four seasons."
# The rest of the story, written for these tests.
REST = [
    "Rovers snatched a 2-1 win over United in Tuesday's semi-final first leg despite being down to ten men.",
    "Lee Park had given Rovers the lead before the break, but United hit back with a header from a corner.",
    "A late goal from the substitute Tom Ash settled the tie, and the return leg is at United in two weeks.",
    "Poe said he was proud of how his players had kept their shape after the red card early in the match.",
]


def labels(blocks: list[str]) -> dict[str, str]:
    return {b.text: b.label for b in label_page(split_blocks("\n".join(blocks)), CONFIG)}


CAPTIONS = [
    # The place and the day the photo was taken closing its first sentence.
    "Rovers manager Sam Poe watches his team during the cup semi-final first leg against United at Park Lane in "
    "Leeds, January 8. Rovers won 2-1.",
    "Rovers' #7 Lee Park and United's #21 Tom Ash chase a ball in the second half at Park Lane in Leeds, Jan. 8, 2008.",
    # The photographer's credit closing the block.
    "Lee Park celebrates his goal during the first leg at Park Lane. Photograph by Jane Roe / AFP.",
    "Star turn ... Lee Park and Tom Ash at the club's awards night in 2006 / AAP",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_over_the_first_paragraph_is_no_lede(caption: str) -> None:
    page = labels([*MENU, HEADLINE, BYLINE, STAMP, caption, LEDE, *REST, *MENU])
    assert page[caption] == "supplemental"
    assert page[LEDE] == "story"
    assert [page[p] for p in REST] == ["story"] * len(REST)


@pytest.mark.parametrize(
    ("block", "caption"),
    [
        *((c, True) for c in CAPTIONS),
        # A story's paragraphs: a present tense, a date, "being", a photographer named in the story's own words.
        (LEDE, False),
        ("The club will list its shares on the exchange in London, March 3.", False),
        ("The deal closes in London, March 3. The club said the price was fair.", False),
        ("Sam Poe is being investigated by the league over his comments after the match.", False),
        ("Plans being weighed included selling the ground and moving to a new stadium in Leeds.", False),
        ("After being adjusted for the cup games, the club's gates look better, but not by much.", False),
        ("Photographs by Ansel Adams of the valley hang in the club's boardroom, the chairman told reporters.", False),
        ("Shares rose 5 pct to 120 pence in London, where the club is listed.", False),
    ],
)
def test_a_caption_is_known_by_its_credit_or_its_grammar(block: str, caption: bool) -> None:
    assert bool(is_caption(block)) is caption
