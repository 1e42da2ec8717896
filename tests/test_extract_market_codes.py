"""A headline naming a company by its market code in brackets is no dateline with a wire's credit."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.dateline import looks_like_dateline, split_dateline
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.model import Source

CONFIG = Config()
PLACES = load_gazetteer(CONFIG.min_place_population).places
LEDE = (
    "MONTREAL, March 3 - Nordal Metals Ltd said it would close its smelter in the north of the country "
    "by the end of the year, citing the cost of power and weak prices for the metal."
)
MORE = "The company said about 400 workers would be offered jobs at its other plants or early retirement."


@pytest.mark.parametrize(
    "headline",
    [
        "NORDAL METALS (NDL) TO CLOSE SMELTER",
        "KESTREL CORP (KST.TO) YEAR NET",
        "GROUP TO BOOST NORDAL METALS (NDL) STAKE",
    ],
)
def test_a_headline_with_a_market_code_is_the_headline_and_the_dateline_follows(headline: str) -> None:
    article = extract_article(Source(id="a", path="a.txt", text=f"{headline}\n\n{LEDE}\n\n{MORE}\n"), CONFIG)
    assert article is not None
    assert (article.title, article.title_derived, article.dateline) == (headline, False, "MONTREAL")


@pytest.mark.parametrize(
    ("line", "place", "credit"),
    [
        # A wire's credit, with or without its dash, and a known place's local credit without one.
        ("LONDON (AP) — Police said on Monday that the bridge would close.", "LONDON", "AP"),
        ("LONDON (Reuters) Police said on Monday that the bridge would close.", "LONDON", "Reuters"),
        ("HOUSTON (KHOU) Police said on Monday that the bridge would close.", "HOUSTON", "KHOU"),
        # Any credit with its dash.
        ("NORDAL (NDL) - Police said on Monday that the bridge would close.", "NORDAL", "NDL"),
    ],
)
def test_datelines_with_a_credit_in_brackets_are_kept(line: str, place: str, credit: str) -> None:
    match, _ = split_dateline([line], PLACES)
    assert match is not None
    assert (match.group("place"), match.group("credit")) == (place, credit)


def test_a_line_opening_with_a_code_in_brackets_does_not_look_like_a_dateline() -> None:
    assert not looks_like_dateline("NORDAL METALS (NDL) TO CLOSE SMELTER")
    assert looks_like_dateline("LONDON (AP) — Police said")


@pytest.mark.parametrize(
    "headline",
    ["CORRECTED - NORDAL METALS TO CLOSE SMELTER", "CORRECTION - NORDAL METALS TO CLOSE SMELTER"],
)
def test_a_headline_under_a_correction_label_is_the_headline_and_the_dateline_follows(headline: str) -> None:
    # Reuters keys a corrected story's headline "CORRECTED - GM SEES RISE IN EUROPEAN SALES": the label is no place,
    # and the matcher reads the correction from the headline.
    article = extract_article(Source(id="a", path="a.txt", text=f"{headline}\n\n{LEDE}\n\n{MORE}\n"), CONFIG)
    assert article is not None
    assert (article.title, article.title_derived, article.dateline) == (headline, False, "MONTREAL")
    assert not looks_like_dateline(headline)
