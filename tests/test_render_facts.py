"""The extracted facts on article pages and in data/articles.json: shown, escaped, complete."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.link import link_articles
from newscorpus.model import Source, SourceMeta
from newscorpus.render.articles import article_record, render_article

from .conftest import BuildFn, mkdocs_build

HOSTILE = (
    "PARIS (AFP) — Minister Anne <script>alert(1)</script> Roux spoke on Monday.\n\n"
    "“We will *never* [sign](http://x) this <b>deal</b>,” said Minister Anne Roux.\n\n"
    "Some 1,200 workers | were laid off in 2023."
)


def extracted(text: str, date: str | None = "2024-12-05"):  # type: ignore[no-untyped-def]
    sources = [Source(id="story", path="story.txt", text=text, meta=SourceMeta(date=date))]
    articles = extract_articles(sources, Config()).articles
    return articles[0], link_articles(articles, [])


def test_article_text_in_facts_never_becomes_markup() -> None:
    article, links = extracted(HOSTILE)
    page = render_article(article, links).content
    facts = page[page.index("## In this article") : page.index('<script type="application/ld+json">')]
    # Every quotation, figure and sentence is escaped in the raw HTML: no tags of the article's own.
    assert "<script>" not in facts and "<b>" not in facts
    assert "&lt;b&gt;deal&lt;/b&gt;" in facts and " *never* [sign](http://x) " in facts
    # Markdown leaves raw HTML as it is, so the text shows as written, never as a link or emphasis.
    html = BeautifulSoup(markdown.markdown(facts, extensions=["tables", "toc"]), "lxml")
    assert not html.select("em, b, script") and not html.select('a[href^="http"]')
    assert "“We will *never* [sign](http://x) this <b>deal</b>” — Anne Roux" in html.get_text()
    # A "|" in a sentence is no table's column: the figure's item holds it whole.
    items = [li.get_text().strip() for li in html.select("#key-figures + ul > li")]
    assert items == ["1,200 (workers) — Some 1,200 workers | were laid off in 2023."]


def test_a_figure_shows_its_value_only_where_normalising_changed_the_number() -> None:
    article, links = extracted("Dock workers ended their strike.\n\nThey moved 600 tons and earned 5.93 mln dlrs.")
    page = render_article(article, links).content
    html = BeautifulSoup(markdown.markdown(page[page.index("## In this article") :], extensions=["toc"]), "lxml")
    items = [li.get_text().strip() for li in html.select("#key-figures + ul > li")]
    # "600 tons" is 600 tonnes as written: its unit's other name adds nothing; "5.93 mln" is a number again.
    assert items == ["600 tons; 5.93 mln dlrs = 5,930,000 dlrs — They moved 600 tons and earned 5.93 mln dlrs."]


def test_metadata_card_shows_agency_with_its_evidence() -> None:
    article, links = extracted(HOSTILE)
    page = render_article(article, links).content
    card = page[: page.index("## In this article")]
    assert "<dt>Agency<dd>AFP (dateline: “PARIS (AFP) —”)\n" in card
    assert "<dt>Published<dd>2024-12-05\n" in card


@pytest.mark.parametrize(
    ("meta", "outlet", "shown"),
    [
        # A scraper's record with an address and no outlet: the site is who published it.
        (
            SourceMeta(url="https://www.harbour-gazette.example/news/strike"),
            "harbour-gazette.example",
            "harbour-gazette.example, the site of its address",
        ),
        # An outlet the input names wins over the address.
        (
            SourceMeta(outlet="The Harbour Gazette", url="https://www.harbour-gazette.example/news/strike"),
            "The Harbour Gazette",
            "The Harbour Gazette",
        ),
        (SourceMeta(), None, "not given"),
    ],
)
def test_outlet_is_the_site_of_the_address_when_none_is_given(meta: SourceMeta, outlet: str | None, shown: str) -> None:
    source = Source(id="story", path="story.txt", text="Dock workers ended their strike on Monday.", meta=meta)
    article = extract_articles([source], Config()).articles[0]
    assert article.outlet == outlet
    page = render_article(article, link_articles([article], [])).content
    assert f"<dt>Outlet<dd>{shown}\n" in page


def test_metadata_card_names_the_wires_one_line_credits_together() -> None:
    article, links = extracted("Dock workers ended their strike on Monday, the union said.\n\nAFP/Reuters")
    page = render_article(article, links).content
    assert "<dt>Agency<dd>AFP, Reuters (sign-off: “AFP/Reuters”)\n" in page


def test_record_keeps_old_fields_and_adds_the_facts() -> None:
    article, links = extracted(HOSTILE)
    record = article_record(article, links)
    old = {"id", "source", "title", "title_derived", "url", "dateline", "word_count", "reading_minutes"}
    new = {"agency", "agencies", "authors", "outlet", "published", "language", "people", "organizations"}
    assert old | new | {"variant_group", "subheadings", "places", "quotes", "figures", "dates"} <= record.keys()
    assert record["agency"] == "AFP"
    assert {"name": "Anne Roux", "aliases": [], "mentions": 1} in record["people"] or any(
        p["name"] == "Anne Roux"
        for p in record["people"]  # type: ignore[union-attr]
    )
    assert record["dates"] == [
        {"text": "on Monday", "date": "2024-12-02", "granularity": "day", "relative": True},
        {"text": "2023", "date": "2023", "granularity": "year", "relative": False},
    ]
    json.dumps(record)  # plain JSON types only


def test_seed_pages_show_every_section(project: Path, build: BuildFn) -> None:
    assert build() == 0
    site = mkdocs_build(project)
    page = BeautifulSoup((site / "articles" / "000-bf33a608a129df56" / "index.html").read_text(), "lxml")
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h3")]
    assert headings[:6] == ["People", "Organisations", "Places", "Quotations", "Key figures", "Dates"]
    people = page.select_one("#people").find_next("ul").get_text(" ", strip=True)
    assert "Assad" in people and "Sam Heller" in people
    quotes = page.select_one("#quotations").find_next("ul").get_text(" ", strip=True)
    assert "— the army (the army said)" in quotes
    figures = page.select_one("#key-figures").find_next("ul").get_text(" ", strip=True)
    assert "115,000" in figures and "people displaced" in figures
    panel = page.select_one(".admonition.abstract").get_text(" ", strip=True)
    assert "Agency AFP" in panel
    records = json.loads((project / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert all(r["agency"] == "AFP" for r in records)


def test_article_page_leaves_out_the_end_tags_a_browser_infers() -> None:
    # MkDocs and Python-Markdown each parse every tag of a page's raw HTML: items, cells and fields end
    # where the next begins, and the metadata panel is a list of fields, two tags each, not a table.
    article, links = extracted(HOSTILE)
    page = render_article(article, links).content
    assert not [tag for tag in ("li", "td", "th", "tr", "dt", "dd") if f"</{tag}>" in page]
    panel = page[: page.index("## In this article")]
    assert "<table>" not in panel and panel.count("<dt>") == panel.count("<dd>") >= 10
    # The lists themselves still end, as each ends its raw block.
    assert page.count("<ul") == page.count("</ul>")


def test_kinds_with_nothing_found_share_one_line_without_headings() -> None:
    # Each empty kind took a heading, a line of "none" and an entry in the contents beside the page.
    article, links = extracted("Prices of wheat rose sharply as the harvest was poor.", date=None)
    page = render_article(article, links).content
    facts = page[page.index("## In this article") : page.index("## Related articles")]
    assert "No people, organisations, places, quotations, key figures or dates found." in facts
    assert "### " not in facts


def test_a_kind_with_something_found_keeps_its_heading_and_is_not_named_as_empty() -> None:
    article, links = extracted(HOSTILE)
    page = render_article(article, links).content
    facts = page[page.index("## In this article") : page.index("## Related articles")]
    assert "### Quotations" in facts and "### Key figures" in facts and "### Dates" in facts
    empty_line = next((line for line in facts.splitlines() if line.startswith("No ")), "")
    assert "quotations" not in empty_line and "key figures" not in empty_line and "dates" not in empty_line


def test_linked_names_are_bold_by_their_list_class_not_a_strong_element() -> None:
    article, links = extracted(HOSTILE)
    links.hub_of[("person", "Anne Roux")] = "person/anne-roux"
    page = render_article(article, links).content
    people = page[page.index("### People") :]
    assert people.startswith('### People\n\n<ul class="nc-names">\n<li><a href="../../people/anne-roux/">Anne Roux</a>')
    css = (Path(__file__).parent.parent / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert ".md-typeset ul.nc-names > li > a {\n  font-weight: bolder;" in css


def test_a_name_without_a_hub_is_still_in_a_strong_element() -> None:
    article, links = extracted(HOSTILE)
    page = render_article(article, links).content
    assert '<ul class="nc-names">\n<li><strong>Anne Roux</strong>' in page


def test_key_figures_and_dates_are_list_items_one_a_sentence_or_date() -> None:
    # A table of figure, value, counts and sentence took five tags a row and repeated a sentence
    # for each of its figures: a figure's item names its value only when normalising changed it.
    text = (
        "NEW YORK - Acme Corp said net profit rose 3.5 pct to 5.93 mln dlrs in 1986.\n\n"
        "It hired 1,200 workers on Monday."
    )
    article, links = extracted(text)
    page = render_article(article, links).content
    facts = page[page.index("### Key figures") : page.index("## Related articles")]
    assert "<table>" not in facts
    assert (
        "<li>3.5 pct; 5.93 mln dlrs = 5,930,000 dlrs — "
        "Acme Corp said net profit rose 3.5 pct to 5.93 mln dlrs in 1986.\n"
        "<li>1,200 (workers) — It hired 1,200 workers on Monday.\n"
    ) in facts
    assert "<li>1986: 1986 (year)\n<li>on Monday: 2024-12-02 (day, relative)\n</ul>" in facts
