"""The headline of a saved page: the heading it prints that its titles name, never the site's name."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from newscorpus.config import Config
from newscorpus.load.html import read_html
from newscorpus.load.html_title import page_headline as headline_of_tree

STORY = "<p>" + " ".join(["The harbour board voted on Tuesday to reopen the north quay to ferries."] * 4) + "</p>"


def page_headline(html: str, title: str | None, site: str | None) -> str | None:
    """The headline of a page's text, parsed as the loader parses it."""
    return headline_of_tree(load_html(html), title, site)


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}{STORY}</body></html>"


@pytest.mark.parametrize(
    ("head", "body", "title", "want"),
    [
        # The window title carries the site's name after a bar; the printed heading is the headline.
        (
            "<title>Quay reopens to ferries | Harbour Gazette</title>",
            "<h1>Quay reopens to ferries</h1>",
            None,
            "Quay reopens to ferries",
        ),
        # A section before a bar, the printed heading's own quotes kept.
        ("<title>Opinion | ‘Quay’ must reopen</title>", "<h1>‘Quay’ must reopen</h1>", None, "‘Quay’ must reopen"),
        # An underscore run of site parts.
        (
            "<title>Quay reopens to ferries_English_Wire</title>",
            "<h1>Quay reopens to ferries</h1>",
            None,
            "Quay reopens to ferries",
        ),
        # A logo's heading the titles do not name is no headline.
        (
            '<title>Quay reopens</title><meta property="og:title" content="Quay reopens">',
            "<h1>Harbour Gazette</h1>",
            "Quay reopens",
            "Quay reopens",
        ),
        # The og:title when the window title is it and the site's name.
        (
            '<meta property="og:title" content="Ferry fares frozen"><title>Ferry fares frozen - Gazette</title>',
            "",
            None,
            "Ferry fares frozen",
        ),
    ],
)
def test_headline_is_the_printed_heading_the_titles_name(head: str, body: str, title: str | None, want: str) -> None:
    assert page_headline(page(head, body), title, None) == want


def test_a_window_title_that_is_the_site_name_gives_way_to_a_marked_headline() -> None:
    html = page("<title>Harbour Gazette</title>", '<td class="storyHeadline">Quay reopens to ferries</td>')
    assert page_headline(html, "Harbour Gazette", "Harbour Gazette") == "Quay reopens to ferries"


def test_marked_boxes_of_links_lists_and_decks_are_not_headlines() -> None:
    links = '<div class="headline-links"><a href="/a">Other story about the port</a></div>'
    box = '<div class="articleHeader"><h2>Quay reopens</h2><p>Ferries return after a year away</p></div>'
    related = '<span class="latest-headline">Council tax rises again this year</span>'
    html = page("<title>Quay reopens to ferries</title>", links + box + related)
    assert page_headline(html, "Quay reopens to ferries", None) == "Quay reopens to ferries"


def test_a_page_with_an_og_title_ignores_marked_boxes() -> None:
    head = '<meta property="og:title" content="Quay reopens to ferries"><title>Quay reopens to ferries</title>'
    html = page(head, '<p class="story-title">Most read this week on the site</p>')
    assert page_headline(html, "Quay reopens to ferries", None) == "Quay reopens to ferries"


def test_the_site_part_is_cut_only_when_it_is_the_site_name() -> None:
    html = page("<title>x</title>")
    assert page_headline(html, "Quay reopens - Harbour Gazette", "Harbour Gazette") == "Quay reopens"
    assert page_headline(html, "Harbour Gazette: Quay reopens", "Harbour Gazette") == "Quay reopens"
    # A dash inside a headline that names no site stays ("Not for sale - Hughes").
    assert page_headline(html, "Not for sale - Hughes", "Harbour Gazette") == "Not for sale - Hughes"


def test_the_site_name_alone_is_no_headline() -> None:
    assert page_headline(page("<title>Harbour Gazette</title>"), "Harbour Gazette", "Harbour Gazette") is None


def test_the_loader_reads_the_printed_headline_and_keeps_it_out_of_the_body() -> None:
    html = page(
        "<title>Quay reopens to ferries | Harbour Gazette</title>",
        "<article><h1>Quay reopens to ferries</h1></article>",
    )
    (entry,) = read_html(html, Config()).entries
    assert entry.meta.title == "Quay reopens to ferries"
    assert not entry.text.startswith("Quay reopens to ferries")


def test_a_page_with_an_xml_declaration_is_read_as_decoded_text() -> None:
    html = '<?xml version="1.0" encoding="iso-8859-1"?>' + page(
        "<title>Café reopens | Gazette</title>", "<h1>Café reopens</h1>"
    )
    assert page_headline(html, None, None) == "Café reopens"


# A story of several paragraphs under a byline, as an older page prints it, with a menu above.
MENU = "".join(
    f"<div><a href='/{w}'>{w}</a></div>" for w in ("Home", "News", "Sport", "Weather", "Business", "Opinion")
)
PARAGRAPHS = (
    "The harbour board voted on Tuesday to reopen the north quay to ferries after a year of repairs.",
    "Ferry operators said the first crossings would run next month, weather allowing, from the old terminal.",
    "The quay was closed last winter when a storm undermined its foundations and cracked the deck.",
    "Repairs cost the board more than it had planned, its chairman told reporters at the quay on Tuesday.",
)


def old_page(title: str, heading: str) -> str:
    """A page with no <h1> and no og:title: the headline printed in a table cell over the byline and story."""
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"{MENU}<table><tr><td><b>{heading}</b></td></tr></table><div>By Jane Roe, Staff Writer</div>{story}"
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_page_titled_with_the_site_name_alone_has_the_headline_it_prints_over_the_story() -> None:
    (entry,) = read_html(old_page("Harbour Gazette", "Ferries to return to north quay"), Config()).entries
    assert entry.meta.title == "Ferries to return to north quay"


def test_the_printed_block_the_window_title_names_with_its_site_part_cut_off_is_the_headline() -> None:
    html = old_page("North quay reopens - Local News - Harbour Gazette", "North quay reopens")
    (entry,) = read_html(html, Config()).entries
    assert entry.meta.title == "North quay reopens"


def test_an_h1_the_window_title_names_comes_before_a_logo_h1() -> None:
    head = "<title>Quay reopens to ferries - Harbour Gazette</title>"
    html = page(head, "<h1>Harbour Gazette Video</h1><h1>Quay reopens to ferries</h1>")
    assert page_headline(html, "Harbour Gazette Video", None) == "Quay reopens to ferries"


def test_a_title_cut_keeps_the_dash_it_prints_between_two_parts_of_the_headline() -> None:
    head = "<title>Quay review - ferries back at last - Harbour Gazette</title>"
    html = page(head, "<h1>Quay review – ferries back at last</h1>")
    assert page_headline(html, None, None) == "Quay review – ferries back at last"


def test_a_window_title_that_is_a_headline_comes_before_a_notice_printed_over_the_story() -> None:
    # A consent notice or a banner over the story is no headline where the window title is one itself.
    html = old_page("Ferries to return to north quay - Harbour Gazette", "Welcome to our European edition")
    (entry,) = read_html(html, Config()).entries
    assert entry.meta.title == "Ferries to return to north quay"


def test_a_section_s_heading_the_window_title_names_gives_way_to_the_headline_over_the_story() -> None:
    # "Sports Wire" is named by the window title ("harbourgazette.com - Sports Wire") and shares none of the story's
    # words; the block over the byline, in the lede's words, is the headline.
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"{MENU}<h1>Sports Wire</h1><div>North quay to reopen to ferries</div><div>By Jane Roe</div>{story}"
    html = f"<html><head><title>harbourgazette.com - Sports Wire</title></head><body>{body}</body></html>"
    (entry,) = read_html(html, Config()).entries
    assert entry.meta.title == "North quay to reopen to ferries"
    # An <h1> sharing the story's words stays the headline.
    html = html.replace("<h1>Sports Wire</h1>", "<h1>Ferries back at the quay</h1>").replace(
        "- Sports Wire", "- Ferries back at the quay"
    )
    assert read_html(html, Config()).entries[0].meta.title == "Ferries back at the quay"


def test_an_element_marked_headline_that_the_title_names_comes_before_an_unnamed_block() -> None:
    # No og:title, no <h1>: the element the markup calls the headline, named by the window title, is the headline,
    # not a line of the page's tools the text extractor would take over the story.
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"{MENU}<div class='storyheadline'>Quay open again</div><div>(From the last 12 hours)</div>{story}"
    html = f"<html><head><title>Harbour Gazette - Quay open again</title></head><body>{body}</body></html>"
    assert read_html(html, Config()).entries[0].meta.title == "Quay open again"


def test_of_two_h1_the_one_without_a_section_s_part_is_the_headline() -> None:
    head = "<title>Harbour Gazette - Quay reopens to ferries - Local News</title>"
    html = page(head, "<h1>Quay reopens to ferries - Local News</h1><h1>Quay reopens to ferries</h1>")
    assert page_headline(html, None, None) == "Quay reopens to ferries"


def test_a_site_s_name_in_brackets_after_the_title_is_cut_off() -> None:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"{MENU}<div class='storyheadline'>Quay open again</div><div>Have your say</div>{story}"
    html = f"<html><head><title>Quay Open Again (from Harbour Gazette)</title></head><body>{body}</body></html>"
    assert read_html(html, Config()).entries[0].meta.title == "Quay open again"


def test_a_section_s_h1_the_title_names_beside_the_headline_gives_way_to_the_headline_over_the_story() -> None:
    # "Harbour News" shares a word of the story; the block over the byline, also named by the title, shares more.
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"{MENU}<h1>Harbour News</h1><div>North quay to reopen to ferries</div><div>By Jane Roe</div>{story}"
    title = "North quay to reopen to ferries - Harbour News - Gazette"
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    assert read_html(html, Config()).entries[0].meta.title == "North quay to reopen to ferries"
