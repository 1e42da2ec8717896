"""The extractor's shortcuts: checks that turn text away before a costly pattern or loop, and values
kept between calls, each giving what the long way gives."""

from __future__ import annotations

import datetime as dt

from newscorpus.extract.dates import find_dates
from newscorpus.extract.identity import edit_distance
from newscorpus.extract.name_junk import is_demonym
from newscorpus.extract.name_runs import Ctx, opens_longer_run
from newscorpus.extract.page_blocks import split_blocks
from newscorpus.extract.post_lines import post_line_writer


def test_edit_distance_counts_a_swap_as_one_and_gives_the_same_when_asked_again() -> None:
    assert edit_distance("Harbour", "Hrabour") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("Roe", "Roe") == 0


def test_a_sentence_without_date_words_gives_no_date_and_one_with_them_does() -> None:
    assert find_dates(["The harbour board met and agreed to the plan."], dt.date(2020, 3, 4)) == ()
    found = find_dates(["The harbour board met on Monday."], dt.date(2020, 3, 4))
    assert [d.text for d in found] == ["on Monday"]


def test_a_post_line_needs_two_figures_in_a_row_for_its_year() -> None:
    assert post_line_writer("Posted by: Jane Roe - Filed in: Health") is None
    assert post_line_writer("05/10/2018 - Posted by: Jane Roe - Filed in: Health") == "Jane Roe"


def test_a_headline_without_a_colon_stays_whole_and_one_with_its_stamp_is_split() -> None:
    assert split_blocks("Harbour board opens its new ferry terminal Updated 5:02 PM") == (
        "Harbour board opens its new ferry terminal Updated 5:02 PM",
    )
    assert split_blocks("Harbour board opens its new ferry terminal Updated: 5:02 PM") == (
        "Harbour board opens its new ferry terminal",
        "Updated: 5:02 PM",
    )


def test_opens_longer_run_finds_a_longer_run_of_the_same_start_but_not_the_run_itself() -> None:
    runs = ("Harbour Gazette", "Nordwind Shipping Corp", "Nordwind Shipping", "Nordwinds")
    assert opens_longer_run("Nordwind Shipping", Ctx("", 0, None, frozenset(), runs, "Nordwind Shipping"))  # type: ignore[arg-type]
    alone = ("Nordwind Shipping", "Nordwinds", "Harbour Gazette")
    assert not opens_longer_run("Nordwind Shipping", Ctx("", 0, None, frozenset(), alone, "Nordwind Shipping"))  # type: ignore[arg-type]
    assert not opens_longer_run("Gazette", Ctx("", 0, None, frozenset(), alone, "Gazette"))  # type: ignore[arg-type]


def test_is_demonym_reads_nationalities_and_not_names_shaped_like_them() -> None:
    assert is_demonym("Syrian")
    assert is_demonym("Syrians")
    assert not is_demonym("Brian")
    assert not is_demonym("Ocean")
