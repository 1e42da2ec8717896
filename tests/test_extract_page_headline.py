"""Examples of what marks a story's headline among the headline-shaped blocks over it (page_headline)."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.headline_shape import address_words, stems
from newscorpus.extract.page import label_page
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


_MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact"]
_PARAGRAPHS = [
    _STORY,
    "Engineers said the piers could be repaired within a year, but only if the county found the money for the work.",
    "Hauliers warned that the detour through the hills would add an hour to every journey between the two ports.",
]


def test_a_title_line_printed_twice_at_the_story_s_head_is_its_headline() -> None:
    title = "Is the river bridge in Eastbrook safe for lorries?"
    labels = [b.label for b in label_page([*_MENU, title, title, *_PARAGRAPHS], Config())]
    assert labels[len(_MENU) : len(_MENU) + 2] in (["headline", "furniture"], ["furniture", "headline"])
    assert labels[len(_MENU) + 2 :] == ["story"] * 3


def test_two_different_lines_at_the_story_s_head_stay_as_they_were() -> None:
    blocks = [
        *_MENU,
        "Is the river bridge in Eastbrook safe for lorries?",
        "Bridge shut to heavy lorries",
        *_PARAGRAPHS,
    ]
    # The span finder keeps both in the story's run, as it would any heading over it.
    assert [b.label for b in label_page(blocks, Config())][len(_MENU) :] == ["story"] * 5


_SHARE_PANEL = [f"Share this with {site}" for site in ("Email", "Facebook", "Messenger", "Twitter", "WhatsApp")] * 6


def test_a_headline_over_its_stamp_above_a_long_share_panel() -> None:
    assert _headline([_HEADLINE, "19 November 2019", *_SHARE_PANEL]) == _HEADLINE


def test_a_headline_over_its_stamp_past_a_share_panel_and_a_gallery() -> None:
    # Past 40 blocks of share buttons, photos and their credits, the headline over its stamp still heads the story.
    gallery = [f"Photo {n} of 12: the cracked pier. Photograph: Jane Roe/Harbour Gazette" for n in range(1, 13)]
    assert _headline([_HEADLINE, "19 November 2019", *_SHARE_PANEL, *gallery]) == _HEADLINE


def test_a_heading_far_above_the_story_past_a_menu_is_no_headline() -> None:
    # Past as many blocks as a share panel and a photo, a heading heads the menu, not the story.
    menu = [f"Section {n}" for n in range(45)]
    assert _headline(["Eastbrook bridge news and views", "19 November 2019", *menu]) is None


_GAME = (
    "Westfield beat Eastbrook State 71-64 in women's basketball on Thursday, though Jane Roe scored 22 for the "
    "visitors and Westfield trailed at half time."
)


@pytest.mark.parametrize(
    ("blocks", "headline"),
    [
        # A college site's result over the story's own title: the title, in the lede's words, is the headline.
        (["Basketball - W: Eastbrook State 64, Westfield 71", "Roe Scores 22 Points In Women's Basketball Loss"], 1),
        (["Westfield 71, Eastbrook State 64", "Roe Scores 22 Points In Women's Basketball Loss"], 1),
        # A wire's score line with its story right under it stays the headline.
        (["COL BKB: Eastbrook State 64, Westfield 71"], 0),
    ],
)
def test_a_score_line_over_the_story_s_title_is_no_headline(blocks: list[str], headline: int) -> None:
    assert find_headline(_features([*blocks, "Release: 01/10/2008", _GAME]), len(blocks) + 1) == headline


@pytest.mark.parametrize(("one", "other"), [("killing", "killed"), ("blaming", "blamed"), ("blame", "blamed")])
def test_a_headline_s_verb_matches_the_lede_s_in_another_form(one: str, other: str) -> None:
    assert stems(one) == stems(other)


def test_a_headline_over_its_byline_far_above_the_story_needs_none_of_its_words() -> None:
    # A feature's title says nothing the lede says; over its "By" line it is the headline all the same.
    title = "The Final Word?"
    tools = ["Talkback", "Blogs", "Podcasts", "Photos", "Advertisement"]
    assert _headline([*_MENU, title, "By Jane Roe -- Harbour Gazette, 1/21/2019", *tools]) == title


def test_a_headline_under_a_list_s_closing_link_is_in_no_list() -> None:
    # "More latest news" closes the list above; the title under it, right over its deck, is the headline.
    links = ["Latest News", "Ferry fares to rise in spring", "Harbour pilots vote on pay", "More latest news"]
    title = "Forget haste ... just wait!"
    deck = "Eastbrook council closes its old river bridge to lorries after engineers find cracked piers"
    assert _headline([*_MENU, *links, title, deck, "By Jane Roe", "Published: Friday, January 18, 2019"]) == title


def test_a_two_word_title_over_its_date_and_posted_by_line_is_the_headline() -> None:
    # A blog post's short title over its date and "Posted by" (a section's label over a date alone is no headline).
    assert _headline(["Home", "Blog", "Cracked bridge", "August 13, 2018", "Posted by Vortex"]) == "Cracked bridge"
    assert _headline(["Home", "Blog", "Cracked bridge", "August 13, 2018"]) is None


def _headline_at(blocks: list[str], url: str) -> str | None:
    features = _features([*blocks, _STORY])
    found = find_headline(features, len(blocks), address=address_words(url))
    return None if found is None else features[found].text


def test_the_address_naming_the_headline_tells_it_from_the_deck_over_the_byline() -> None:
    blocks = [_HEADLINE, "12 comments", _DECK, "By Jane Roe"]
    assert _headline_at(blocks, "https://news.example/2008/01/eastbrook-shuts-cracked-bridge.html") == _HEADLINE
    # Folders name the site's sections, not the story; an address of figures names nothing.
    assert _headline_at(blocks, "https://news.example/eastbrook/bridge/story.html") == _DECK
    assert _headline_at(blocks, "https://news.example/story/0,16368,1786_3011576,00.html") == _DECK


def test_address_words_are_those_of_its_last_step() -> None:
    assert address_words("https://a.example/news/uk/ferries-return-to-north-quay-$1189.htm") == stems(
        "ferries return to north quay"
    )
    assert address_words(None) == frozenset()
    assert address_words("https://a.example/") == frozenset()


def test_the_address_names_the_block_holding_most_of_its_words_only() -> None:
    # A link sharing two of the address's words is another story's; the headline holding four is this one's.
    link = "Eastbrook bridge closure: the council statement"
    url = "https://news.example/2008/01/eastbrook-shuts-cracked-bridge.html"
    assert _headline_at([_HEADLINE, _DECK, link], url) == _HEADLINE


@pytest.mark.parametrize("closing", ["7:30 p.m.", "in the U.S."])
def test_a_headline_ending_in_initials_ends_with_no_full_stop(closing: str) -> None:
    title = f"Eastbrook bridge shuts to lorries {closing}"
    assert _headline([*_MENU, title, *_PARAGRAPHS]) == title
    assert _headline([*_MENU, "Eastbrook bridge shuts to lorries tonight.", *_PARAGRAPHS]) is None


def test_the_headline_at_a_list_foot_over_its_stamp_stays_the_headline() -> None:
    # The next line is the headline's stamp, then the story: no link follows it.
    blocks = ["Top Stories", "Ferry fares rise again in the new year", _HEADLINE, "January 11, 2008"]
    assert _headline(blocks) == _HEADLINE


def test_a_topic_label_the_headline_under_it_writes_is_no_headline_over_a_deck() -> None:
    # The label stands word for word in the line under it: a topic's tag over the headline, not a headline over its
    # deck; a headline shortened from its deck's words is not written in it so.
    title = "Eastbrook council shuts the cracked Eastbrook bridge to lorries after engineers' report"
    assert _headline(["Eastbrook Bridge", "Published 2 hours ago", title, "By Jane Roe | Harbour Gazette"]) == title
    deck = "Eastbrook council, after engineers found cracks, shuts the old river bridge to all lorries and buses"
    assert _headline(["Eastbrook shuts river bridge", deck, "By Jane Roe"]) == "Eastbrook shuts river bridge"


def test_a_headline_over_its_byline_sharing_no_words_outranks_the_links_under_it() -> None:
    # Links sharing the lede's words stand under the byline, where no headline stands.
    title = "The Final Chapter?"
    links = [
        "Harbour pilots vote on new pay deal",
        "Eastbrook ferry fares rise again in the spring",
        "Eastbrook council votes to shut the old bridge",
        "Lorry drivers object to the long detour",
    ]
    blocks = [*_MENU, title, "By Jane Roe -- Harbour Gazette, 1/21/2008", "Talkback", "Blogs", *links, "More"]
    assert _headline(blocks) == title


def test_a_list_of_dated_links_over_the_story_holds_no_headline() -> None:
    # Each link a title over its date, a section's label between: the story's headline is printed once, above.
    entries = [
        ("Eastbrook bridge closure angers the hauliers", "January 11, 2008"),
        ("Engineers find cracks in the Eastbrook river bridge", "December 18, 2007"),
        ("Town council to vote on the old bridge", "November 16, 2007"),
    ]
    listed = [line for title, date in entries for line in ("NEWS", title, date)]
    assert _headline([_HEADLINE, "By Jane Roe", "More stories like this one", *listed]) == _HEADLINE
    assert _headline(["Home", "Sport", *listed]) is None
