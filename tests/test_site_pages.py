"""The pages readers browse: hubs, archives, home page, feed, JSON-LD, entities.json."""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils import get_relative_url

from newscorpus.config import Config
from newscorpus.link import link_articles
from newscorpus.model import Member, VariantGroup
from newscorpus.render import render_site
from newscorpus.render.common import link, page_url, url_link
from newscorpus.render.feeds import json_ld

from .conftest import BuildFn
from .test_link import CORPUS, article, place

SEEDS = ("000-bf33a608a129df56", "001-4a2f7d61227ca627")
ATOM = "{http://www.w3.org/2005/Atom}"


def pages(config: Config | None = None, corpus: tuple = CORPUS) -> dict[str, str]:  # type: ignore[type-arg]
    config = config or Config()
    links = link_articles(corpus, (), config=config)
    return {p.path: p.content for p in render_site(links, (), config)}


def front(page: str) -> dict[str, object]:
    return yaml.safe_load(page.split("---\n")[1])  # type: ignore[no-any-return]


def test_hub_pages_are_paginated() -> None:
    crowd = tuple(
        article(f"n{i:02d}", f"Story {i} from Lagos.", places=(place("Lagos"),), published=f"2024-01-{i + 1:02d}")
        for i in range(25)
    )
    out = pages(Config(hub_page_size=10), crowd)
    assert [p for p in out if p.startswith("places/lagos")] == [
        "places/lagos.md",
        "places/lagos/page-2.md",
        "places/lagos/page-3.md",
    ]
    # Newest first, each article with the sentence naming the place.
    assert out["places/lagos.md"].index("articles/n24/") < out["places/lagos.md"].index("articles/n23/")
    assert "<blockquote><p>Story 24 from Lagos.</blockquote>" in out["places/lagos.md"]
    pager = '<p>Pages: <strong>1</strong> · <a href="../lagos/page-2/">2</a> · <a href="../lagos/page-3/">3</a></p>'
    assert pager in out["places/lagos.md"]


def test_entity_indexes_sort_by_articles_with_counts() -> None:
    index = pages(Config(hub_min_articles=1))["places/index.md"]
    right = '<td style="text-align: right;">'
    lagos = f'<td><a href="lagos/">Lagos</a>{right}3{right}3\n'
    assert index.index(lagos) < index.index(f'<td><a href="accra/">Accra</a>{right}1{right}1\n')


def test_an_entity_without_a_hub_is_unlinked_yet_kept_in_entities_json() -> None:
    out = pages()
    # Accra is named in one article: no hub by default, its name shown in bold, not linked.
    assert "places/accra.md" not in out
    assert "<li><strong>Accra</strong>\n" in out["articles/d.md"] and "accra/" not in out["articles/d.md"]
    entities = {e["name"]: e for e in json.loads(out["data/entities.json"])}
    assert entities["Accra"]["url"] is None and entities["Accra"]["articles"] == ["d"]
    assert entities["Lagos"]["url"] == "places/lagos/"
    assert "places/accra.md" in pages(Config(hub_min_articles=1))


def test_archives_by_month_with_undated_last_and_by_outlet_and_agency() -> None:
    out = pages()
    dates = out["archive/dates/index.md"]
    right = '<td style="text-align: right;">'
    march = f'<a href="2024-03/">2024-03</a>{right}3\n'
    assert dates.index(march) < dates.index(f'<a href="undated/">Date not known</a>{right}1\n')
    assert '<li>2024-03-05 · <a href="../../../articles/b/">Headline b</a>' in out["archive/dates/2024-03.md"]
    assert f'<a href="not-known/">Outlet not known</a>{right}4\n' in out["archive/outlets/index.md"]
    assert f'<a href="not-known/">No agency credited</a>{right}4\n' in out["archive/agencies/index.md"]
    # A count of one reads in the singular.
    assert "<p>3 articles, newest first." in out["archive/dates/2024-03.md"]
    assert "<p>1 article, newest first." in out["archive/dates/undated.md"]


def test_home_page_has_a_timeline_only_when_dates_are_known() -> None:
    home = pages()["index.md"]
    assert '<svg class="newscorpus-timeline"' in home and "<title>2024-03: 3 articles</title>" in home
    assert home.index("## Latest articles") < home.index(">Headline b</a>") < home.index(">Headline a</a>")
    undated = pages(corpus=(CORPUS[2],))["index.md"]
    assert "<svg" not in undated and "## Articles" in undated


def test_feed_is_atom_dated_by_the_newest_article() -> None:
    feed = ET.fromstring(pages()["feed.xml"])
    assert feed.findtext(f"{ATOM}updated") == "2024-03-05T00:00:00Z"
    entries = [e.findtext(f"{ATOM}id") for e in feed.findall(f"{ATOM}entry")]
    assert entries == ["urn:newscorpus:article:b", "urn:newscorpus:article:d", "urn:newscorpus:article:a"]


@pytest.mark.parametrize(
    "title",
    [
        "</script><script>alert(1)</script>",  # closing the script element
        "<!-- <script>",  # switching the parser into script-data-escaped state
        "a & b \u2028 c",  # entity and line separator
    ],
)
def test_json_ld_cannot_be_closed_by_article_text(title: str) -> None:
    hostile = article("h", "Text.", published="2024-03-02")
    hostile = hostile.__class__(**{**hostile.__dict__, "title": title})
    links = link_articles((hostile,), ())
    tag = json_ld(hostile, links)
    inner = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not set("<>&\u2028") & set(inner)
    assert json.loads(inner)["headline"] == title


def test_json_ld_points_at_the_reference_version() -> None:
    group = VariantGroup("story-a", "a", (Member("a", 1, 1, 1), Member("b", 0.5, 0.5, 0.5)))
    links = link_articles(CORPUS, (group,))
    ld = json.loads(json_ld(CORPUS[1], links).split(">", 1)[1].rsplit("<", 1)[0])
    assert ld["isBasedOn"] == {"@type": "NewsArticle", "headline": "Headline a", "url": "../a/"}
    assert ld["datePublished"] == "2024-03-05T00:00:00Z"
    assert "isBasedOn" not in json_ld(CORPUS[0], links)


def test_seed_site_links_entities_to_hubs(project: Path, build: BuildFn) -> None:
    assert build("-q") == 0
    docs = project / "docs"
    article_page = (docs / "articles" / f"{SEEDS[1]}.md").read_text(encoding="utf-8")
    assert '<li><a href="../../people/abu-mohammed-al-jolani/">Abu Mohammed al-Jolani</a>' in article_page
    assert "## Related articles" in article_page
    entities = json.loads((docs / "data" / "entities.json").read_text(encoding="utf-8"))
    jolani = next(e for e in entities if e["name"] == "Abu Mohammed al-Jolani")
    assert jolani["kind"] == "person" and "Jolani" in jolani["aliases"]
    assert sorted(jolani["articles"]) == list(SEEDS)
    assert len(jolani["quotes"]) >= 2
    hub = BeautifulSoup((docs / "people" / "abu-mohammed-al-jolani.md").read_text(encoding="utf-8"), "lxml")
    assert "Al Jolani" in hub.get_text()


# Relative docs paths of one to four parts, with the odd ones: "." and ".." parts, empty parts,
# a trailing "/", names that are folders elsewhere.
_PATHS = (
    st.lists(st.sampled_from(["a", "people", "index.md", "x.md", ".", "..", "", "a..b"]), min_size=1, max_size=4)
    .map("/".join)
    .filter(bool)
)


@pytest.mark.parametrize(
    ("from_page", "to_page", "expected"),
    [
        ("articles/a.md", "articles/b.md", "b.md"),  # same folder
        ("articles/a.md", "people/x.md", "../people/x.md"),  # sibling folder
        ("index.md", "archive/dates/index.md", "archive/dates/index.md"),  # from the top
        ("people/x/page-2.md", "index.md", "../../index.md"),  # up two folders
        ("archive/dates/2024-01.md", "archive/outlets/x.md", "../outlets/x.md"),  # common parent
        ("people/x/page-2.md", "people/x", "."),  # to the folder holding the page, as posixpath says
    ],
)
def test_links_between_pages_are_relative(from_page: str, to_page: str, expected: str) -> None:
    assert link(from_page, to_page) == expected


@settings(max_examples=500, deadline=None)
@given(_PATHS, _PATHS)
def test_links_are_what_posixpath_relpath_gives(from_page: str, to_page: str) -> None:
    # link() works folder to folder with a cache; on any path it gives what relpath would.
    assert link(from_page, to_page) == posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


# Pages as the renderers name them, and a few odd names (a space, "..", letters outside ASCII).
_PAGES = st.builds(
    lambda folders, name: "/".join([*folders, name]),
    st.lists(st.sampled_from(["articles", "people", "x", "a..b", "café"]), max_size=3),
    st.sampled_from(["index.md", "a.md", "page-2.md", "x y.md", "é.md"]),
)


@settings(max_examples=500, deadline=None)
@given(_PAGES, _PAGES)
def test_links_in_raw_html_are_the_addresses_mkdocs_gives(from_page: str, to_page: str) -> None:
    # The lists of article pages are raw HTML, whose links MkDocs leaves as written: url_link gives
    # the address MkDocs gives a Markdown link between the same pages (directory URLs, quoted).
    expected = get_relative_url(quote(page_url(to_page)) or "./", quote(page_url(from_page)) or "./")
    got = url_link(from_page, to_page)
    assert posixpath.normpath(posixpath.join("site", page_url(from_page), got)) == posixpath.normpath(
        posixpath.join("site", page_url(from_page), expected)
    )
    assert got.endswith("/")


@pytest.mark.parametrize(
    ("from_page", "to_page", "expected"),
    [
        ("articles/a.md", "people/x.md", "../../people/x/"),
        ("articles/a.md", "articles/b.md", "../b/"),
        ("articles/a.md", "syndication/index.md", "../../syndication/"),
        ("index.md", "articles/a.md", "articles/a/"),
        ("archive/dates/index.md", "archive/dates/2024-01.md", "2024-01/"),
        ("articles/a.md", "articles/a.md", "./"),
    ],
)
def test_raw_html_links_are_directory_urls(from_page: str, to_page: str, expected: str) -> None:
    assert url_link(from_page, to_page) == expected
