"""End to end: build the default corpus, run a real `mkdocs build --strict`, check the HTML."""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from .conftest import BuildFn, mkdocs_build

SEEDS = ("000-bf33a608a129df56", "001-4a2f7d61227ca627")


@pytest.fixture
def site(project: Path, build: BuildFn) -> Path:
    """Return the built site dir of the default corpus."""
    assert build() == 0
    return mkdocs_build(project)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def test_article_pages(site: Path) -> None:
    page = soup(site / "articles" / SEEDS[0] / "index.html")
    assert page.select_one("article h1").get_text(strip=True).startswith("Islamist-led militant forces entered")
    panel = page.select_one(".admonition.abstract").get_text(" ", strip=True)
    assert "Dateline BEIRUT" in panel and "Source file 000_bf33a608a129df56.txt" in panel
    subheadings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h2")]
    assert subheadings[:2] == ["Militant leader tours citadel", "‘Scorched-earth counteroffensive’"]
    assert subheadings[-1] == "Versions of this story"
    # The dateline is metadata, not body text.
    first_paragraph = page.select_one("article .admonition ~ p").get_text()
    assert first_paragraph.startswith("Islamist-led")
    versions = page.select_one("#versions-of-this-story").find_next("ul")
    assert versions.select_one("a")["href"] == f"../{SEEDS[1]}/"

    other = soup(site / "articles" / SEEDS[1] / "index.html")
    assert other.select_one("article h1").get_text(strip=True).startswith("Syrian rebel forces on Thursday captured")


def test_syndication_page_groups_both_versions(site: Path) -> None:
    index = soup(site / "syndication" / "index.html")
    links = index.select("article table a")
    assert len(links) == 1
    story = soup(site / "syndication" / links[0]["href"].strip("/") / "index.html")
    # The figures table (the version map's own table links to paragraphs on the page).
    linked = {a["href"].rstrip("/").rsplit("/", 1)[-1] for a in story.select("article > table a")}
    assert linked == set(SEEDS)
    removed = {d.get_text() for d in story.select(".nc-diff del")}
    added = {i.get_text() for i in story.select(".nc-diff ins")}
    assert any("rebels" in r for r in removed) and any("militants" in a for a in added)


def test_home_page_counts_and_links(site: Path) -> None:
    home = soup(site / "index.html")
    cells = {
        row.select("td")[0].get_text(strip=True): row.select("td")[1].get_text(strip=True)
        for row in home.select("article table tr")
        if row.select("td")
    }
    assert cells["Articles"] == "2"
    assert cells["Stories published in several versions"] == "1"
    hrefs = {a["href"] for a in home.select("article a")}
    assert {"syndication/", "articles/", f"articles/{SEEDS[0]}/", f"articles/{SEEDS[1]}/"} <= hrefs


def test_every_page_searches_the_index_build_py_wrote(site: Path) -> None:
    # One index, Pagefind's, copied from docs/pagefind/; the theme's one-file index is not made.
    assert not (site / "search" / "search_index.json").exists()
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    entities = json.loads((site / "data" / "entities.json").read_text(encoding="utf-8"))
    hubs = sum(e["url"] is not None for e in entities)
    assert entry["languages"]["en"]["page_count"] == len(SEEDS) + hubs
    for path in ("index.html", f"articles/{SEEDS[0]}/index.html", "find/index.html"):
        page = soup(site / path)
        assert page.select_one("header.md-header .nc-search #nc-search-box") is not None, path
        scripts = [str(s["src"]) for s in page.select("script[src]")]
        assert any(src.endswith("pagefind/pagefind-ui.js") for src in scripts), path
        assert any(src.endswith("javascripts/search.js") for src in scripts), path


def test_data_exports_are_served(site: Path) -> None:
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in articles] == list(SEEDS)
    for record in articles:
        assert {"id", "source", "title", "url", "dateline", "word_count", "reading_minutes"} <= record.keys()
        assert (site / record["url"] / "index.html").exists()
    assert articles[0]["source"] == "000_bf33a608a129df56.txt"
    variants = json.loads((site / "data" / "variants.json").read_text(encoding="utf-8"))
    assert len(variants) == 1
    group = variants[0]
    assert group["canonical"] in SEEDS
    assert {m["id"] for m in group["members"]} == set(SEEDS)
    for member in group["members"]:
        assert 0 < member["similarity"] <= member["containment"] <= 1


def test_articles_are_not_in_the_nav(site: Path) -> None:
    home = soup(site / "index.html")
    nav_links = {a["href"] for a in home.select("nav.md-nav--primary a")}
    assert not any(SEEDS[0] in href for href in nav_links)


def test_nav_numbers_its_items_and_sections_as_material_does(site: Path) -> None:
    # Each item's toggle id is its place in the nav: "__nav_9" for the ninth, "__nav_9_2" for its second child.
    page = soup(site / "articles" / SEEDS[0] / "index.html")
    nav = page.select_one("nav.md-nav--primary")
    top = nav.select_one("ul").find_all("li", recursive=False)
    assert [li.get_text(strip=True) for li in top][:3] == ["Home", "Articles", "Syndication"]
    (section,) = [li for li in top if "md-nav__item--nested" in li["class"]]
    number = top.index(section) + 1
    assert section.select_one("input")["id"] == f"__nav_{number}"
    assert section.select_one("nav")["data-md-level"] == "1"
    assert section.select_one("nav")["aria-labelledby"] == f"__nav_{number}_label"
    children = section.nav.select(":scope > ul > li > a")
    assert [a.get_text(strip=True) for a in children] == ["By date", "By outlet", "By wire agency"]
    assert children[0]["href"] == "../../archive/dates/"
    # An article is not in the nav: no item of it is active, and its contents are not in the nav.
    assert not nav.select(".md-nav__item--active") and not nav.select("#__toc")


def test_contents_list_nests_each_heading_under_the_one_before(site: Path) -> None:
    page = soup(site / "articles" / SEEDS[0] / "index.html")
    toc = page.select_one("nav.md-nav--secondary > ul")
    entries = toc.find_all("li", recursive=False)
    assert [li.a["href"] for li in entries][-1] == "#versions-of-this-story"
    facts = next(li for li in entries if li.a["href"] == "#in-this-article")
    nested = [a.get_text(strip=True) for a in facts.nav.select(":scope > ul > li > a")]
    assert nested[:3] == ["People", "Organisations", "Places"]
    assert facts.select_one("nav")["aria-label"] == "In this article"
    # A page in the nav has its contents list in the nav too, beside its active item.
    home = soup(site / "index.html").select_one("nav.md-nav--primary")
    assert home.select_one(".md-nav__item--active > #__toc") is not None


def test_config_script_written_out_is_materials_own(site: Path) -> None:
    # overrides/main.html writes the JSON Material's base.html builds from translation lookups on every page.
    theme = Path(str(importlib.resources.files("material"))) / "templates"
    override = (Path(__file__).parent.parent / "overrides" / "main.html").read_text(encoding="utf-8")
    worker = re.search(r"assets/javascripts/workers/search\.\w+\.min\.js", override)
    assert worker and worker[0] in (theme / "base.html").read_text(encoding="utf-8")
    english = dict(re.findall(r'"([\w.]+)": "([^"]*)"', (theme / "partials" / "languages" / "en.html").read_text()))
    page = soup(site / "index.html").select_one("script#__config")
    assert page is not None
    config = json.loads(page.get_text())
    assert config["translations"] == {key: english[key] for key in config["translations"]}
    assert len(config["translations"]) == 10 and config["search"].endswith(worker[0])


def test_every_link_between_pages_of_the_site_resolves(site: Path) -> None:
    # Links written as raw HTML (lists, tables, panels) are not checked by mkdocs: each must lead to a page
    # or file of the built site, and a link to a place on a page to an element of that page with its id.
    broken, checked = [], 0
    for page in sorted(site.rglob("*.html")):
        html = soup(page)
        for a in html.select("a[href]"):
            href = str(a["href"])
            if re.match(r"[a-z]+:|//", href):
                continue
            path, _, fragment = href.partition("#")
            checked += 1
            # The 404 page links from the site's root, as it is served at any address.
            folder = site if path.startswith("/") else page.parent
            target = (folder / unquote(path).lstrip("/")).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            found = target.is_file() and (
                not fragment or target.suffix != ".html" or soup(target).find(id=unquote(fragment)) is not None
            )
            if not found:
                broken.append(f"{page.relative_to(site)} -> {href}")
    assert not broken and checked > 500
