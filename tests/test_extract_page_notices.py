"""What a page prints around and inside a story that is none of it: a player's controls, a plug-in's notice, the
site's note on its comments, a breadcrumb, a note of the wires used."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.extract.page import label_page, segment_pages
from newscorpus.extract.page_blocks import split_blocks
from newscorpus.extract.page_cues import NOT_HEADLINE
from newscorpus.extract.page_notices import OUTLET_CALL
from newscorpus.model import Article, Source, SourceMeta

CONFIG = Config()
MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"]
HEADLINE = "Harbour council votes to close the old ferry pier"
# A story written for these tests.
STORY = [
    "The Harbour Town council voted on Tuesday to close the old ferry pier after engineers found its timber piles "
    "had rotted through in several places.",
    '"We had no choice but to act before somebody got hurt on it," the mayor, Tom Quill, said after the vote.',
    "Engineers said repairs would cost more than a new pier, and the council will now ask for bids on a replacement.",
    '"It will be the end of the line for a lot of us, but the pier is simply not safe," said Mr Quill.',
    "The ferry company said it would move its boats to the fishing harbour, and that its timetables would not change.",
]


def labels(blocks: list[str]) -> dict[str, str]:
    return {b.text: b.label for b in label_page(split_blocks("\n\n".join(blocks)), CONFIG)}


def article(blocks: list[str]) -> Article:
    source = Source(id="a", path="a.txt", text="\n\n".join(blocks) + "\n", meta=SourceMeta())
    return extract_articles([source], CONFIG, segment_pages([source], CONFIG)).articles[0]


def test_a_players_skip_control_under_the_headline_is_no_byline() -> None:
    # "Skip" is a given name: a video's control under the headline read as a writer, then as a person.
    page = [*MENU, HEADLINE, "Skip Ad", *STORY, "Share this article"]
    assert labels(page)["Skip Ad"] == "furniture"
    found = article(page)
    assert found.authors == ()
    assert "Skip Ad" not in [e.name for e in found.people]


def test_a_writer_named_skip_is_still_a_byline() -> None:
    page = [*MENU, HEADLINE, "By Skip Marlow", *STORY, "Share this article"]
    assert labels(page)["By Skip Marlow"] == "byline"


NOTICES = [
    "Flash required",
    "We detected you need to update your Flash Player to version 8 or greater .",
    "This content requires the latest Adobe Flash Player and a browser with JavaScript enabled.",
    "This slideshow requires JavaScript.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_plug_ins_notice_between_paragraphs_is_furniture(notice: str) -> None:
    page = labels([*MENU, HEADLINE, *STORY[:2], notice, *STORY[2:], "Share this article"])
    assert page[notice] == "furniture"
    assert [page[p] for p in STORY] == ["story"] * len(STORY)


def test_a_story_on_the_plug_in_keeps_its_sentences() -> None:
    sentence = "Adobe said users need to update Flash Player at once to fix the flaw, which lets attackers run code."
    page = labels([*MENU, HEADLINE, *STORY[:2], sentence, *STORY[2:], "Share this article"])
    assert page[sentence] == "story"


POLICY = [
    "The following are comments from the readers. In no way do they represent the views of the Harbour Gazette.",
    "Comment entries are limited to 100 words.",
    "Comments are subject to our community guidelines, which can be viewed here.",
    "Opinions expressed in the Gazette's story comments represent the individual's own views.",
]


def test_the_sites_note_on_its_comments_opens_them() -> None:
    comment = (
        "I have fished off that pier for thirty years and it was never safe, the council should have acted sooner."
    )
    page = labels([*MENU, HEADLINE, *STORY, *POLICY, comment, "Flash required"])
    assert [page[p] for p in STORY] == ["story"] * len(STORY)
    assert [page[p] for p in POLICY] == ["comments"] * len(POLICY)
    assert page[comment] == "comments"


def test_a_story_quoting_comments_keeps_them() -> None:
    sentence = (
        "The mayor said comments from residents would be read before the vote, and he declined to comment further."
    )
    page = labels([*MENU, HEADLINE, *STORY[:2], sentence, *STORY[2:], "Share this article"])
    assert page[sentence] == "story"


@pytest.mark.parametrize("note", ["With Post wires", "With wire reports", "Staff and wire reports"])
def test_a_note_of_the_wires_used_closes_the_story_as_its_credit(note: str) -> None:
    page = [HEADLINE, *STORY, note]
    assert labels(page)[note] == "byline"
    found = article(page)
    assert all(note not in b.text for b in found.blocks)
    assert found.authors == ()
    assert found.agency is None


def test_wires_in_a_heading_of_the_story_are_no_credit() -> None:
    page = labels([HEADLINE, *STORY[:2], "Live wires", *STORY[2:]])
    assert page["Live wires"] == "story"


@pytest.mark.parametrize("crumb", ["You are here: Gazette > News >", "Gazette > News > Harbour", "Home » News"])
def test_a_breadcrumb_over_a_clean_story_is_no_headline(crumb: str) -> None:
    page = labels([crumb, HEADLINE, *STORY])
    assert page[crumb] == "furniture"
    assert page[HEADLINE] == "headline"


SITE_LINES = ["Hosted by", "Advert", "Featured Video", "View all (23)", "Translate Page", "Wordcount: 717", "No thanks"]


@pytest.mark.parametrize("line", SITE_LINES)
def test_a_sites_own_line_between_paragraphs_is_no_subheading(line: str) -> None:
    page = labels([*MENU, HEADLINE, *STORY[:3], line, *STORY[3:], "Share this article"])
    assert page[line] == "furniture"
    assert [page[p] for p in STORY] == ["story"] * len(STORY)


@pytest.mark.parametrize("line", ["Hosted by the harbour master", "Advert boards"])
def test_words_of_a_story_are_not_taken_for_the_sites_lines(line: str) -> None:
    # A subheading that merely holds one of those words stays the story's.
    page = labels([*MENU, HEADLINE, *STORY[:3], line, *STORY[3:], "Share this article"])
    assert page[line] == "story"


def test_a_hosts_label_under_clean_wire_copy_is_furniture() -> None:
    # A portal hosting agency copy prints its label over its logo, then the wire's copyright line: a clean page still.
    copyright_line = "Copyright © 2008 AFP. All rights reserved."
    page = labels([HEADLINE, *STORY, "Hosted by", copyright_line])
    assert page["Hosted by"] == "furniture"
    assert [page[p] for p in STORY] == ["story"] * len(STORY)
    assert page[copyright_line] == "byline"


def test_a_call_to_hear_the_outlet_closes_no_story() -> None:
    listen = "Listen to Harbour Radio live at 12:45 and 17:45 weekdays - or listen back here."
    page = labels([*MENU, HEADLINE, *STORY, listen, "Share this article"])
    assert page[listen] == "furniture"


def test_a_story_sentence_on_listening_stays() -> None:
    sentence = "Listen to the ferry horns at dusk, the mayor said, and you will know why the pier matters to the town."
    assert OUTLET_CALL.match(sentence) is None
    page = labels([*MENU, HEADLINE, *STORY, sentence, "Share this article"])
    assert page[sentence] == "story"


# Lines a site leaves where an advert, a shop's button or a newsletter form stood, between a story's paragraphs.
CUT_SHOP_AND_FORM_LINES = [
    "Article continues",
    "story continues below",
    "Continue Reading Below",
    "Also on Reuters",
    "Get it on Amazon for $39.99",
    "Get it at Walmart for $238.99",
    "Also at Walmart",
    "Stay up to date with the Harbour Gazette.",
    "Stay up to date with the Harbour Gazette. Subscribe to our newsletter.",
    "Please, fill the form to subscribe to our newsletter",
    "You have succesfully subscribed. Thank you!",
    "Thanks for signing up!",
    "An email with an activation link has just been sent to your email address. Please activate your subscription.",
]


@pytest.mark.parametrize("line", CUT_SHOP_AND_FORM_LINES)
def test_a_sites_line_between_paragraphs_is_none_of_the_story(line: str) -> None:
    page = [*MENU, HEADLINE, *STORY[:2], line, *STORY[2:], "Share this article"]
    assert labels(page)[line] in ("furniture", "related")  # "Also on Reuters" heads links
    assert line not in [b.text for b in article(page).blocks]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Also on Monday, the council said it would keep the fishing harbour open through the winter.",
        "Residents who want to stay informed about the work can read the council's notices at the library.",
        "Get it right this time, the mayor told the engineers, or the council will look elsewhere for the work.",
    ],
)
def test_a_paragraph_opening_like_a_sites_line_is_still_story(paragraph: str) -> None:
    page = [*MENU, HEADLINE, *STORY[:2], paragraph, *STORY[2:], "Share this article"]
    assert labels(page)[paragraph] == "story"


def test_the_sites_stamp_terms_and_copyright_under_a_clean_story_are_furniture() -> None:
    # A page saved without its menus: under the last paragraph the site prints its stamp again, its terms and
    # its copyright.
    tail = [
        "Published 10:02 AM EST Nov 19, 2019",
        "Terms of Service Privacy Notice",
        "© Copyright Harbour Gazette 2018",
    ]
    page = [HEADLINE, *STORY, *tail]
    found = labels(page)
    assert [found[line] for line in tail] == ["furniture"] * 3
    assert [b.text for b in article(page).blocks][-1] == STORY[-1]


def test_a_wires_copyright_under_a_clean_story_still_credits_it() -> None:
    page = [HEADLINE, *STORY, "© 2008 The Associated Press. All rights reserved."]
    assert labels(page)[page[-1]] != "furniture"
    assert article(page).agency == "AP"


@pytest.mark.parametrize("line", ["Sign In to E-Mail or Save This", "Sign up for our newsletter"])
def test_a_toolbox_line_to_sign_in_is_no_headline(line: str) -> None:
    # A newspaper's toolbox under the photo, picked as the headline over "Gore Urges Bold Moves in Nobel Speech".
    assert NOT_HEADLINE.search(line)
    assert not NOT_HEADLINE.search(HEADLINE)
