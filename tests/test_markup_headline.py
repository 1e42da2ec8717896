"""The gold headline a page's markup names: two of og:title, <h1> and <title> agreeing, printed in the text."""

from __future__ import annotations

from quality.markup_headline import gold_headline, norm, same_headline


def _page(og: str = "", title: str = "", h1s: tuple[str, ...] = ()) -> str:
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    heads = "".join(f"<h1>{h}</h1>" for h in h1s)
    return f"<html><head><title>{title}</title>{meta}</head><body>{heads}<p>Story.</p></body></html>"


def test_h1_agreeing_with_the_title_less_the_site_name_is_the_gold() -> None:
    page = _page(title="Mayor of Harbour quits | Harbour Gazette", h1s=("Harbour Gazette", "Mayor of Harbour quits"))
    assert gold_headline(page, ["Harbour Gazette", "Mayor of Harbour quits"]) == "Mayor of Harbour quits"


def test_og_title_and_title_with_several_trailing_parts_agree() -> None:
    page = _page(og="Ferry fares rise again", title="Ferry fares rise again - Opinion - Harbour Gazette")
    assert gold_headline(page, ["Ferry fares rise again"]) == "Ferry fares rise again"


def test_one_source_alone_gives_no_gold() -> None:
    page = _page(og="Ferry fares rise again", title="Harbour Gazette", h1s=("Harbour Gazette: news",))
    assert gold_headline(page, ["Ferry fares rise again"]) is None


def test_a_gold_the_text_never_prints_is_none() -> None:
    # The og:title and <title> one text for search engines, another headline printed over the story.
    page = _page(og="Ferry fares to rise", title="Ferry fares to rise", h1s=("Fares up by a tenth on the ferry",))
    assert gold_headline(page, ["Fares up by a tenth on the ferry", "Story."]) is None


def test_a_title_with_a_separator_equal_to_the_og_title_alone_gives_no_gold() -> None:
    # Whether " - Harbour Gazette" is the site's name or part of the headline, nothing else tells.
    page = _page(og="Fares rise - Harbour Gazette", title="Fares rise - Harbour Gazette")
    assert gold_headline(page, ["Fares rise - Harbour Gazette"]) is None


def test_headlines_compare_without_case_quotes_dashes_or_a_full_stop() -> None:
    assert norm("“Mayor’s  Last Stand” – Harbour.") == norm('"mayor\'s last stand" - harbour')
    assert same_headline("Mayor’s last stand.", "Mayor's Last Stand")


def test_a_kicker_or_the_site_name_kept_is_no_match() -> None:
    assert not same_headline("Mayor's last stand | Harbour Gazette", "Mayor's last stand")
    assert not same_headline("EXCLUSIVE: Mayor's last stand", "Mayor's last stand")
    assert not same_headline(None, "Mayor's last stand")
