"""Story metadata on scraped pages: a stamp's byline with its outlet, a writer's closing line, an information credit,
a caption naming the story's subject, an underscore for a dateline's dash.

Every page here is made up for these tests: a menu, a headline, the lines under test, a story.
"""

from __future__ import annotations

import pytest

from newscorpus.extract.dateline_patterns import DATELINE
from newscorpus.extract.page_bylines import stamped_byline

from .test_extract_page_credits import STORY, extracted


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # The date, then "by", the writer and the paper, under the headline.
        ("Mar 3 2009 by Jane Roe, Harbour Gazette", ("Jane Roe",)),
        ("Mar 3 2009 by Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_stamp_then_a_byline_with_the_writer_s_outlet_names_the_writer(line: str, authors: tuple[str, ...]) -> None:
    assert extracted([line, *STORY]).authors == authors


def test_a_sentence_with_a_date_and_by_is_no_stamped_byline() -> None:
    assert not stamped_byline("On March 3 the bill was signed by Jane Roe, The Mayor")
    assert stamped_byline("Mar 3 2009 by Jane Roe, Harbour Gazette")


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # The writer's role before the name says whom the line follows, with no "Email the author." over it.
        (["Follow Harbour Gazette reporter Jane Roe on Twitter: @janeroe."], ("Jane Roe",)),
        # Links to other stories between the story and the line.
        (
            ["More: Port fees rise for the second year", "Follow Harbour Gazette reporter Jane Roe on Twitter."],
            ("Jane Roe",),
        ),
        # Without a role, a prompt to follow someone names no writer.
        (["Follow Jane Roe on Twitter: @janeroe."], ()),
    ],
)
def test_a_closing_line_following_the_outlet_s_reporter_names_the_writer(
    closing: list[str], authors: tuple[str, ...]
) -> None:
    assert extracted([*STORY, *closing, "Read or Share this story: https://example.com/x"]).authors == authors


def test_a_note_that_wires_provided_information_for_the_report_credits_them() -> None:
    article = extracted([*STORY, "Some information for this report was provided by AFP and AP.", "Related Stories"])
    assert (article.agency, [c.name for c in article.agencies]) == ("AFP", ["AFP", "AP"])


@pytest.mark.parametrize(
    ("first", "authors"),
    [
        # A name under the headline that the first paragraph writes is whom the story is about: a caption.
        ("Singer Jane Roe has denied reports that she will leave the harbour choir after ten years, she said.", ()),
        # The same name over a story that does not write it is the writer's.
        (STORY[0], ("Jane Roe",)),
    ],
)
def test_a_name_under_the_headline_that_the_first_paragraph_writes_is_no_byline(
    first: str, authors: tuple[str, ...]
) -> None:
    assert extracted(["Jane Roe", first, *STORY[1:]]).authors == authors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SEOUL _ The harbour strike ended on Monday.", "SEOUL"),
        ("SEOUL, Jan. 3 (Yonhap) _ The harbour strike ended on Monday.", "SEOUL"),
        # An underscore inside a word is no dash.
        ("SEOUL_HARBOUR The strike ended.", None),
    ],
)
def test_an_underscore_set_off_by_spaces_is_a_dateline_s_dash(text: str, place: str | None) -> None:
    match = DATELINE.match(text)
    assert (match.group("place") if match else None) == place


def test_a_link_to_discuss_the_story_over_it_is_no_paragraph_of_it() -> None:
    discuss = "» Discuss this story on the Harbour League message board ..."
    article = extracted([discuss, "Dover, KT - " + STORY[0], *STORY[1:], discuss])
    assert article.dateline == "Dover, KT"


@pytest.mark.parametrize("signoff", ["? PTI", "— PTI", "PTI", "- IANS"])
def test_a_wire_s_sign_off_keyed_on_after_the_last_sentence_credits_it(signoff: str) -> None:
    tools = ["Printer friendly page", "Send this article to Friends by E-Mail"]
    article = extracted([*STORY, f"Work at the harbour is to resume on Tuesday morning. {signoff}", *tools])
    assert article.agency == signoff.rsplit(maxsplit=1)[-1]
    assert not any(signoff in block.text for block in article.blocks)
