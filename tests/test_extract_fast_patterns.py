"""Patterns written for speed match exactly what the plain patterns they stand for match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.extract.alternation import alternation
from newscorpus.extract.page_captions import is_caption
from newscorpus.extract.page_cues import is_comment_signature, is_copyright
from newscorpus.extract.published import parse_stamp

_LETTERS = "abAB -.üÜ"


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(_LETTERS, max_size=4), min_size=1, max_size=7),
    text=st.text(_LETTERS, max_size=10),
    after=st.sampled_from(["", r"\b", "b", "$", "a?b"]),
    ignore_case=st.booleans(),
)
def test_an_alternation_matches_what_the_plain_one_matches(
    words: list[str], text: str, after: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = "(?:" + "|".join(map(re.escape, words)) + ")" + after
    fast = "(?:" + alternation(words, ignore_case=ignore_case) + ")" + after
    assert _spans(fast, text, flags) == _spans(plain, text, flags)


def test_an_alternation_takes_shared_openings_out() -> None:
    assert alternation(["June", "July", "Jan"]) == "J(?:u(?:ne|ly)|an)"


def test_words_opening_one_another_keep_their_order() -> None:
    # "Sept." is read whole though "Sep" comes before it, as in "Sep|September|Sept".
    pattern = re.compile(r"(?:" + alternation(["September", "Sep", "Sept"]) + r")\.? \d")
    assert pattern.search("on Sept. 5").group() == "Sept. 5"  # type: ignore[union-attr]
    assert alternation(["Sep", "September"]) == "Sep(?:|tember)"


def test_an_empty_word_keeps_its_place() -> None:
    assert alternation(["ab", "", "ac"]) == "ab||ac"


def test_ignoring_case_joins_openings_that_differ_only_in_case() -> None:
    assert alternation(["Reuters", "REUTER"], ignore_case=True) == "Reuter(?:s|)"
    assert alternation(["Reuters", "REUTER"]) == "R(?:euters|EUTER)"


def test_ignoring_case_refuses_letters_the_engine_takes_for_one_another() -> None:
    assert alternation(["Zürich", "zurich"], ignore_case=True) == "Z(?:ürich|urich)"
    with pytest.raises(ValueError, match="one letter ignoring case"):
        alternation(["sa", "\u017fb"], ignore_case=True)  # "s" and the long "ſ"


@pytest.mark.parametrize(
    "block",
    [
        "Photo: Harbour Gazette",  # a label opening the block
        "Dock workers leave the port on Monday (AP Photo/Jane Roe)",  # a bracketed credit
        "Cranes at the harbour. Getty Images",  # a credit's words
        "The harbour at dawn. REUTERS/Sam Poe",  # an agency and a slash
        "Harbour workers (left) at the gate",  # who stands where
        "The quay at night, picture: Harbour Gazette",  # a label and a colon
    ],
)
def test_a_caption_is_found_by_any_of_its_marks(block: str) -> None:
    assert is_caption(block)


@pytest.mark.parametrize(
    "block",
    [
        "The harbour strike ended on Monday after dock workers accepted a new wage deal, the union said.",
        "Shares rose 5/8 to 20 dlrs: the union said its picture of the deal was clear.",
    ],
)
def test_a_paragraph_is_no_caption(block: str) -> None:
    assert not is_caption(block)


def test_a_line_without_a_figure_is_no_stamp() -> None:
    assert parse_stamp("Posted yesterday by Jane Roe in Harbour Town") is None


def test_a_line_with_a_figure_is_read_as_a_stamp() -> None:
    assert parse_stamp("Updated: March 3, 2008") == "2008-03-03"


@pytest.mark.parametrize("line", ["© 2008 Harbour Gazette", "Harbour Gazette. All rights reserved."])
def test_a_copyright_line_is_found_by_its_mark_or_its_words(line: str) -> None:
    assert is_copyright(line)


@pytest.mark.parametrize("line", ["Posted by harbourfan on 3 March", "12 replies | Report abuse"])
def test_a_comment_signature_is_found_by_its_shape_or_its_controls(line: str) -> None:
    assert is_comment_signature(line)


def test_a_story_s_sentence_is_no_copyright_and_no_signature() -> None:
    line = "The union said the rights of dock workers were reserved in the old deal, and reported no abuse."
    assert not is_copyright(line)
    assert not is_comment_signature(line)
