"""Extraction from plain text: body structure, headline, dateline, counts."""

from __future__ import annotations

import gc

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article, extract_articles, first_sentence, shorten
from newscorpus.model import Source

CONFIG = Config()


def article(text: str, path: str = "story.txt"):  # type: ignore[no-untyped-def]
    result = extract_article(Source(id="story", path=path, text=text), CONFIG)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("text", "place", "body_start"),
    [
        # A bare place and colon, as in outlets that strip the agency credit.
        ("BEIRUT: Rebels entered the city on Thursday.", "BEIRUT", "Rebels entered"),
        # AP style: credit in brackets and an em dash.
        ("HELSINKI (AP) — Finland closed its border on Monday.", "HELSINKI", "Finland closed"),
        # Two places and a region after a comma.
        ("TURNBERRY/GLASGOW, Scotland (AP) — Leaders met on Monday.", "TURNBERRY/GLASGOW, Scotland", "Leaders met"),
        # Reuters wire style with a date and a hyphen.
        ("NEW YORK, March 3 - Standard Oil Co said it would sell a unit.", "NEW YORK", "Standard Oil"),
        ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON", "The Senate"),
        ("SAO PAULO, Feb 26 - Coffee exports rose 12 pct in February.", "SAO PAULO", "Coffee exports"),
        # A title-case place is a dateline only with a date after it.
        ("New York, March 31 - Prices rose in early trade.", "New York", "Prices rose"),
        ("New York prices rose in early trade.", None, "New York prices"),
        # A state abbreviation after the place is its region.
        ("CHAMPAIGN, Ill., March 17 - The university said it would expand.", "CHAMPAIGN, Ill.", "The university"),
        # Labels that look like datelines are not places.
        ("BREAKING: The minister has resigned.", None, "BREAKING: The"),
        ("UPDATE: Talks resumed in the evening.", None, "UPDATE: Talks"),
        # An acronym opening a sentence with a dash, lower case after it: no dateline.
        ("NATO - the alliance said it would meet.", None, "NATO - the"),
        # A sentence starting with an abbreviation is not a dateline.
        ("U.S. officials said on Monday the plan was off.", None, "U.S. officials"),
    ],
)
def test_dateline(text: str, place: str | None, body_start: str) -> None:
    result = article(text)
    assert result.dateline == place
    assert result.blocks[0].text.startswith(body_start)


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        # Cut at the clause break when the first sentence is too long.
        (
            "Islamist-led forces entered the central city of Hama on Thursday, days after capturing Aleppo in a lightning offensive.",
            "Islamist-led forces entered the central city of Hama on Thursday",
        ),
        # A short first sentence is the headline as it stands, final stop dropped.
        (
            "The central bank raised rates by half a point. Markets fell.",
            "The central bank raised rates by half a point",
        ),
        # Abbreviations do not end the first sentence.
        (
            "The U.S. Senate passed the bill on Tuesday. It now goes to the House.",
            "The U.S. Senate passed the bill on Tuesday",
        ),
        # No clause break in reach: cut before the last conjunction that fits, else at a word with "…".
        (
            "The Senate voted on Tuesday to pass a bill that would fund the government through December and avert a shutdown.",
            "The Senate voted on Tuesday to pass a bill that would fund the government through December",
        ),
        (
            "Thousands of farmers drove tractors into the capital on Monday to protest against cuts to diesel subsidies that they say threaten their livelihoods.",
            "Thousands of farmers drove tractors into the capital on Monday to protest against cuts…",
        ),
    ],
)
def test_derived_headline(lede: str, headline: str) -> None:
    result = article(lede + "\n\nSecond paragraph of the story follows here.")
    assert result.title == headline
    assert result.title_derived


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        # A broadcaster's own credit or a wire's in brackets opens the lede: who sent it, not its first words.
        (
            "(CNN) Rescue crews reached the flooded village on Sunday.",
            "Rescue crews reached the flooded village on Sunday",
        ),
        ("(Reuters) - Shares of the miner fell on Friday.", "Shares of the miner fell on Friday"),
        # Any other bracket stays: an editor's note is no credit.
        ("(Updated) Rescue crews reached the village.", "(Updated) Rescue crews reached the village"),
    ],
)
def test_derived_headline_leaves_out_an_opening_credit(lede: str, headline: str) -> None:
    assert article(lede + "\n\nSecond paragraph of the story follows here.").title == headline


def test_derived_headline_never_cuts_a_word() -> None:
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
        "kilo",
        "lima",
        "mike",
        "november",
        "oscar",
        "papa",
        "quebec",
    ]
    text = " ".join(words * 3)
    cut = shorten(text, 90)
    assert len(cut) <= 90
    assert cut.endswith("…")
    assert all(word in words for word in cut.rstrip("…").split())


def test_given_headline_is_the_short_first_line() -> None:
    result = article("Dockers strike over robots\n\nDock workers walked off the job on Tuesday.\n\nTalks broke down.")
    assert result.title == "Dockers strike over robots"
    assert not result.title_derived
    assert result.blocks[0].text.startswith("Dock workers")


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Militant leader tours citadel", "subheading"),
        # A quoted subheading: the closing quote is not final punctuation.
        ("‘Scorched-earth counteroffensive’", "subheading"),
        # A one-line quotation ending in a full stop inside the quotes is prose.
        ("“We don’t know what’s going on outside.”", "paragraph"),
        ("Talks broke down.", "paragraph"),
        # Too long to be a subheading even without punctuation.
        ("This line is far too long to be a subheading because it runs on and on without end here", "paragraph"),
        # Lower-case start: a fragment, not a heading.
        ("and then some", "paragraph"),
        # A section break drawn with one letter heads nothing.
        ("X X X", "paragraph"),
        # A heading of one-letter words that differ is still one.
        ("A B C of the budget", "subheading"),
    ],
)
def test_subheadings(block: str, kind: str) -> None:
    result = article(f"The story opens here with a full sentence.\n\n{block}\n\nIt goes on after it.")
    assert result.blocks[1].kind == kind


def test_a_story_of_short_lines_alone_is_paragraphs_not_headings() -> None:
    # A dividend notice: its lines head nothing, so none is shown as a heading.
    result = article("Qtly div 7.5 cts vs 7.5 cts prior\n\nPay May 19\n\nRecord April 24\n\nReuter")
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("paragraph", "Pay May 19"),
        ("paragraph", "Record April 24"),
    ]


def test_a_table_under_a_lede_is_rows_not_headings() -> None:
    # A price table: its head row and its rows of figures are a table's rows, read for no names; a
    # heading over prose ("Outlook") stays a heading.
    result = article(
        "Dealers quoted these prices for grains on Friday, in dollars a bushel.\n\nCrop Bid Ask Last"
        "\n\nOats 1.24 0.99 1.65 --\n\nRye n.a. 1.56 2.55\n\nOutlook\n\nDealers said trade was quiet."
    )
    assert [b.kind for b in result.blocks] == ["paragraph", "table", "table", "table", "subheading", "paragraph"]
    assert not result.people and not result.organizations


def test_three_heading_like_lines_in_a_row_are_a_lists_items_not_headings() -> None:
    # A tour's dates under a lede: each line alone reads as a heading, but headings head prose; three in a row are
    # a list, shown as lines and kept out of the page's table of contents. Two in a row stay headings.
    result = article(
        "The band announced its tour dates:\n\nJune 24 -- Jiffy Lube Live, Bristow, VA\n\n"
        "June 26 -- PPL Center, Allentown, PA\n\nJune 27 -- BB&T Pavilion, Camden, NJ\n\n"
        "Tickets go on sale Friday.\n\nWhat fans say\n\nThe reviews\n\nFans welcomed the news."
    )
    kinds = [b.kind for b in result.blocks]
    assert kinds == ["paragraph", "table", "table", "table", "paragraph", "subheading", "subheading", "paragraph"]


def test_a_story_opening_on_a_table_is_headed_by_its_first_row_of_figures() -> None:
    # An earnings report over its note: the note is no headline.
    result = article(
        "TOLEDO, Ohio, May 2 - Oper shr 18 cts vs 51 cts\n\nOper net 1,048,000 vs 1,822,000\n\n"
        "Revs 72.2 mln vs 73.5 mln\n\nNOTE: Results exclude one-time gains of 223,000 dlrs from the sale of a plant."
    )
    assert result.title_derived
    assert result.title == "Oper shr 18 cts vs 51 cts"


def test_paragraphs_split_on_blank_lines_and_wrapped_lines_join() -> None:
    result = article("First line of a\nwrapped paragraph.\n\n  \nSecond paragraph.\r\n\r\nThird.")
    assert [b.text for b in result.blocks] == ["First line of a wrapped paragraph.", "Second paragraph.", "Third."]


def test_counts() -> None:
    result = article("One two three four five.\n\nSix seven-eight nine’s ten.")
    assert result.word_count == 9
    assert result.reading_minutes == 1


def test_no_words_gives_no_article() -> None:
    assert extract_article(Source(id="x", path="x.txt", text="...\n\n---\n"), CONFIG) is None


def test_headline_falls_back_on_file_name_never_untitled() -> None:
    result = article("* * *\n\n42", path="desk/late_night-brief.txt")
    assert result.title not in ("", "Untitled")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A closing quotation mark stays with its sentence.
        ("“We will win,” he said. Then he left.", "“We will win,” he said."),
        # Initials, titles and months end no sentence ("U.S.", "Maj.", "Jan. 8").
        ("The U.S. Army said Maj. Lee left on Jan. 8. He returned.", "The U.S. Army said Maj. Lee left on Jan. 8."),
        # A state after a town ends none either: the headline splitter reads as the others do.
        (
            "Varian Associates of Palo Alto, Calif. said it would grow. Shares rose.",
            "Varian Associates of Palo Alto, Calif. said it would grow.",
        ),
        # No sentence end: the whole text.
        ("  Shares fell  ", "Shares fell"),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_signoff_and_byline_are_not_body_text() -> None:
    # "Reuter" closing a wire story and a "By …" line are credits, not paragraphs; they do not count as words.
    result = article("By Jane Roe\n\nLONDON, March 3 - Shares fell.\n\nTraders were calm.\n\nReuter")
    assert [b.text for b in result.blocks] == ["Shares fell.", "Traders were calm."]
    assert result.word_count == 5
    assert result.authors == ("Jane Roe",)
    assert result.agency == "Reuters"


def test_signoff_keyed_on_the_last_paragraph() -> None:
    # Some wire stories carry the sign-off on the last line of text: it is still no body text.
    result = article("LONDON, March 3 - Shares fell. Traders were calm. REUTER")
    assert [b.text for b in result.blocks] == ["Shares fell. Traders were calm."]
    assert result.agency == "Reuters"


def test_extraction_leaves_the_cycle_collector_as_it_found_it() -> None:
    # The collector is paused while articles are made, then restored, whatever it was.
    sources = [Source(id="a", path="a.txt", text="Shares fell.\n\nTraders were calm.")]
    assert gc.isenabled()
    assert len(extract_articles(sources, CONFIG).articles) == 1
    assert gc.isenabled()
    gc.disable()
    try:
        extract_articles(sources, CONFIG)
        assert not gc.isenabled()
    finally:
        gc.enable()
