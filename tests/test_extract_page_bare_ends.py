"""Lines holding none of the story's words at either end of it: a rule, a template's name for a box, a lone
heading of readers' comments. Every page here is made up for these tests."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.page import label_page
from newscorpus.extract.page_blocks import split_blocks

CONFIG = Config()
MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"]
HEADLINE = "Harbour strike ends as dock workers accept new wage deal"
STORY = [
    "The harbour strike ended on Monday after dock workers accepted a new wage deal, the union said.",
    "Cranes were working again by noon and the first ships were unloaded in the afternoon, the port said.",
    "The union had asked for a rise of six percent over two years and settled for five, its leader said.",
]


def labels(blocks: list[str], *, story_only: bool = False) -> list[tuple[str, str]]:
    return [(b.label, b.text) for b in label_page(split_blocks("\n\n".join(blocks)), CONFIG, story_only=story_only)]


@pytest.mark.parametrize("furnished", [True, False])
@pytest.mark.parametrize(
    ("tail", "label"), [("___", "furniture"), ("- - - - -", "furniture"), ("comments", "comments")]
)
def test_a_rule_or_a_lone_comments_heading_under_the_last_paragraph_is_no_story(
    furnished: bool, tail: str, label: str
) -> None:
    page = [*MENU, HEADLINE, *STORY, tail, *MENU] if furnished else [*STORY, tail]
    assert (label, tail) in labels(page)
    assert all(("story", p) in labels(page) for p in STORY)


@pytest.mark.parametrize("furnished", [True, False])
@pytest.mark.parametrize("name", ["more-in", "article_body"])
def test_a_template_s_name_for_a_box_over_the_first_paragraph_is_no_story(furnished: bool, name: str) -> None:
    page = [*MENU, HEADLINE, name, *STORY, *MENU] if furnished else [name, *STORY]
    assert ("story", name) not in labels(page)
    assert labels([name, *STORY], story_only=True)[0] == ("furniture", name)


def test_a_rule_between_two_paragraphs_parts_the_story_s_sections() -> None:
    assert ("story", "___") in labels([STORY[0], "___", *STORY[1:]])


def test_a_last_paragraph_of_words_stays_the_story_s() -> None:
    assert labels([*STORY, "Comments are what keep us going, the leader said."])[-1][0] == "story"


TRAILER = [
    "___",
    "More Harbour Wire sport: https://wire.example/sport and https://social.example/wire_sport",
    "Online:",
    "Port authority: https://port.example",
    "https://union.example/wages",
    "Follow Jane Roe on Social at https://social.example/janeroe",
]


@pytest.mark.parametrize("story_only", [True, False])
def test_a_trailer_of_links_under_a_rule_at_the_story_s_end_is_no_story(story_only: bool) -> None:
    found = labels([*STORY, *TRAILER], story_only=story_only)
    assert all(("story", p) in found for p in STORY)
    assert not any(label == "story" for label, text in found if text in TRAILER)


def test_a_paragraph_naming_an_address_stays_the_story_s() -> None:
    last = "Details of the deal are posted at https://union.example/wages, the union said."
    assert labels([*STORY, last], story_only=True)[-1] == ("story", last)
    # A label over no link is a paragraph's opening.
    assert labels([*STORY, "Online:", last], story_only=True)[-2][0] == "story"


def test_a_writer_s_follow_line_with_a_handle_stays_for_the_byline() -> None:
    # "Email the author." over "Follow Jane Roe on Twitter: @janeroe" signs the story off: the sign-off reads it.
    found = labels([*STORY, "Email the author.", "Follow Jane Roe on Twitter: @janeroe"], story_only=True)
    assert found[-1] == ("story", "Follow Jane Roe on Twitter: @janeroe")
