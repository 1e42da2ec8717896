"""The names a lede gives as its subject, which tell two items of one template from two versions of a story."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import _sides
from newscorpus.match.checks import subjects_differ
from newscorpus.match.text import lede_block, subject_words
from newscorpus.match.verify import compare
from newscorpus.model import Article, Source

CONFIG = Config()


def article(text: str, id: str) -> Article:
    result = extract_article(Source(id=id, path=f"{id}.txt", text=text), CONFIG)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("lede", "rest", "expected"),
    [
        # A day or a month says when, not who.
        ("Harbor Marine won the Navy contract on Thursday in March.", [], {"harbor", "marine", "navy"}),
        # A capitalised opener the article writes in lower case elsewhere is that common word.
        (
            "Further talks with Osijek officials are planned, Analysts said.",
            ["No further talks were held.", "The analysts said so."],
            {"osijek"},
        ),
        # A capitalised word alone at a sentence's opening, never capitalised inside a sentence, opens it only.
        ("New details emerged on Tuesday involving Osijek officials.", ["Officials met."], {"osijek"}),
        ("Rescuers reached Osijek. Analysts expect more rain.", [], {"osijek"}),
        # The same word capitalised inside a sentence elsewhere is a name however it opens the lede.
        ("Chevron won the Navy contract.", ["The Navy said Chevron would start in May."], {"chevron", "navy"}),
        # A name is kept however often it opens a sentence.
        ("Pride Refining Co of Abilene is being awarded a contract.", ["Pride said it was pleased."], None),
    ],
)
def test_subject_words(lede: str, rest: list[str], expected: set[str] | None) -> None:
    found = subject_words(lede, [lede, *rest])
    assert found == (expected if expected is not None else {"pride", "refining", "co", "abilene"})


BODY = (
    "Rescue teams used boats to reach families stranded on rooftops, and the army sent trucks with "
    "drinking water to villages cut off by the flood, a spokesman for the regional government said.\n\n"
    "The river rose almost two metres overnight after three days of heavy rain over the mountains, "
    "breaking through an embankment built only last year to protect the low-lying farmland.\n\n"
    "Farmers said most of the wheat harvest in the valley had been lost and that the water would take "
    "weeks to drain from the fields, leaving many without an income until next spring."
)


def test_a_write_through_opening_with_common_words_and_a_day_names_no_other_subject() -> None:
    first = article(
        "Flood cuts off villages\n\nHeavy rain flooded the Danube port of Vukovar and the town of "
        "Osijek, police said.\n\n" + BODY,
        "first",
    )
    later = article(
        "Flood cuts off villages\n\nOfficials warned on Friday that Further rain was coming, "
        "Forecasters said, and further evacuations were likely, officials and forecasters said.\n\n" + BODY,
        "later",
    )
    a, b = _sides([first, later], CONFIG)[0]
    assert not subjects_differ(a, b, CONFIG.min_subject_conflict)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A link's words and the headline again above the story: the first sentence is the lede.
        (["Go to Harbor Weekly", "Quarry floods after storm", "Water filled the Osijek quarry on Monday."], 2),
        (["Heavy rain flooded the Osijek quarry on Monday.", "More follows."], 0),
        # A first paragraph cut before its full stop but as long as a sentence is the lede.
        ([" ".join(["Heavy rain flooded the Osijek quarry on Monday"] * 3), "More follows."], 0),
        # A table's first row has figures, a notice's heading ends in a colon: neither is a stray line.
        (["Shr 10 cts vs 12 cts", "Net 1,200 vs 1,100"], 0),
        (["Rainfall recorded:", "Osijek nil, Vukovar 12 mm."], 0),
        # Nothing reads as a sentence near the top: the first block stands.
        (["Photo", "Video", "Gallery", "The quarry flooded."], 0),
        # A photo's caption above the story names the photo's people and day, not the story's subject.
        (["A rescuer carries a child from the flooded quarry on Sunday. (AP Photo/Jane Roe)", "Heavy rain fell."], 1),
        # A quotation's closing mark after the full stop.
        (["Menu", '"We lost everything."'], 1),
    ],
)
def test_lede_block_passes_over_short_lines_above_the_story(texts: list[str], expected: int) -> None:
    assert lede_block(texts) == expected


def test_a_link_left_above_the_story_names_no_subject() -> None:
    # A page keeps a link's words and its headline over a write-through's body: the lede its
    # subjects are read from is the first sentence, not the link.
    first = article(
        "Flood cuts off villages\n\nHeavy rain flooded the Danube port of Vukovar, police said.\n\n" + BODY, "a"
    )
    later = article(
        "Flood cuts off villages\n\nGo to Harbor Weekly Network\n\nFlood cuts off villages\n\n"
        "Heavy rain flooded the Danube port of Vukovar on Friday, police said.\n\n" + BODY,
        "b",
    )
    a, b = _sides([first, later], CONFIG)[0]
    assert "harbor" not in b.lede_names and "vukovar" in b.lede_names
    assert not subjects_differ(a, b, CONFIG.min_subject_conflict)


def test_two_items_of_one_template_still_name_other_subjects() -> None:
    award = (
        "Contract award\n\n{company} is being awarded a 50.3 mln dlr Navy contract for fuel supplies to "
        "bases in the Pacific, the Defense Department said on Monday.\n\n" + BODY
    )
    a, b = _sides(
        [
            article(award.format(company="Harbor Fuel Corp's Harbor Marine Inc"), "one"),
            article(award.format(company="Pride Refining Co of Abilene, Texas,"), "two"),
        ],
        CONFIG,
    )[0]
    assert subjects_differ(a, b, CONFIG.min_subject_conflict)


NOTICE = "BOSTON, April 6 - Qtly div {rate} cts vs {rate} cts prior\n\nPay May 1\n\nRecord April 15\n\nNOTE: {fund}.\n\nReuter"


@pytest.mark.parametrize(
    ("first", "second", "one_story"),
    [
        # Two funds' notices: another rate and another fund's name in one template.
        (
            ("4.2", "Atlas High-Yield Insured Tax-Free Income Fund"),
            ("5.9", "Atlas Vermont Insured Tax-Free Income Fund"),
            False,
        ),
        # A re-send correcting the rate keeps the fund; one correcting the rate and a typo in its name too.
        (
            ("4.2", "Atlas Vermont Insured Tax-Free Income Fund"),
            ("4.3", "Atlas Vermont Insured Tax-Free Income Fund"),
            True,
        ),
        (
            ("4.2", "Atlas Vremont Insured Tax-Free Income Fund"),
            ("4.3", "Atlas Vermont Insured Tax-Free Income Fund"),
            True,
        ),
    ],
)
def test_short_notices_differing_in_a_figure_and_a_name_are_two_items(
    first: tuple[str, str], second: tuple[str, str], one_story: bool
) -> None:
    a, b = _sides(
        [
            article(NOTICE.format(rate=first[0], fund=first[1]), "one"),
            article(NOTICE.format(rate=second[0], fund=second[1]), "two"),
        ],
        CONFIG,
    )[0]
    assert compare(a, b, CONFIG).versions is one_story


def test_two_banks_moving_their_rates_alike_are_two_items_however_few_words_they_share() -> None:
    a, b = _sides(
        [
            article(
                "DENVER, May 4 - Front Range Federal Savings and Loan Association said it has raised its prime "
                "rate to 8-1/4 pct from 8 pct, effective yesterday, following moves by major banks.\n\nReuter",
                "one",
            ),
            article(
                "OMAHA, May 3 - Plains Trust Bancorp said its Plains National Bank raised the prime rate to "
                "8-1/4 pct from 8 pct, effective immediately.\n\nReuter",
                "two",
            ),
        ],
        CONFIG,
    )[0]
    assert not compare(a, b, CONFIG).versions


def test_a_refiled_table_with_other_row_labels_and_a_corrected_figure_is_one_story() -> None:
    table = (
        "TOLEDO, Ohio, May 2 - Shr 41 cts vs 33 cts\n\nNet 2,204,000 vs 1,770,000\n\n{label} {sales} mln vs 30.4 mln"
        "\n\n{period}\n\nShr 1.52 dlrs vs 1.21 dlrs\n\nNOTE: Results include Keystone Mold Inc from {month} 1, 1986."
        "\n\nReuter"
    )
    a, b = _sides(
        [
            article(table.format(label="Revs", sales="34.0", period="12 mths", month="September"), "one"),
            article(table.format(label="Sales", sales="33.9", period="Year", month="Sept."), "two"),
        ],
        CONFIG,
    )[0]
    assert compare(a, b, CONFIG).versions
