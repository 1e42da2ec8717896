"""The default corpus's site in a real headless Chromium: what a reader does, with no console errors.

Both search paths are driven: Material's own search box (small corpora) and the Pagefind search
page (a site built above a lowered --pagefind-from, indexed with `python -m pagefind`).
Screenshots go to test-artifacts/ (uploaded by the site workflow).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newscorpus.cli import main

from .conftest import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    browser_or_skip,
    copy_project,
    mkdocs_build,
    run_tool,
    serve,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

SEEDS = ("000-bf33a608a129df56", "001-4a2f7d61227ca627")
STORY = "syndication/story-001-4a2f7d61227ca627/"
JOLANI = "people/abu-mohammed-al-jolani/"


def built_site(folder: Path, *build_args: str, pagefind: bool = False) -> Path:
    """Build the default corpus into folder/site with the README's commands (and Pagefind when asked)."""
    project = copy_project(folder)
    assert main(["--corpus", str(project / "corpus"), "--out", str(project / "docs"), "-q", *build_args]) == 0
    mkdocs_build(project)
    if pagefind:
        shutil.copy(ROOT / "pagefind.yml", project / "pagefind.yml")
        result = run_tool(project, "pagefind", "--site", "site")
        assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    browser_or_skip()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Visit:
    """A browser tab on a served site that records console errors and takes screenshots."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.base = base
        self.errors: list[str] = []
        self.page: Page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on(
            "console", lambda m: self.errors.append(f"{self.page.url}: {m.text}") if m.type == "error" else None
        )
        self.page.on("pageerror", lambda e: self.errors.append(f"{self.page.url}: {e}"))
        # Nothing but the local server may be asked for anything: the site works offline.
        self.page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())

    def open(self, path: str) -> Page:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.ok, path
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(built_site(tmp_path_factory.mktemp("small"))) as base:
        yield base


@pytest.fixture
def visit(browser: Browser, small_site: str) -> Iterator[Visit]:
    tab = Visit(browser, small_site)
    yield tab
    tab.page.close()
    assert tab.errors == []


def result_links(page: Page, selector: str) -> set[str]:
    """Return the article ids the search results link to."""
    hrefs = page.eval_on_selector_all(selector, "els => els.map(a => a.href)")
    return {seed for seed in SEEDS for href in hrefs if f"/articles/{seed}/" in href}


def test_home_page_opens_with_counts_and_links(visit: Visit) -> None:
    page = visit.open("")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "News corpus"
    assert page.get_by_role("link", name="People", exact=True).first.is_visible()
    visit.shot("home")


def test_search_box_finds_both_versions_of_the_hama_story(visit: Visit) -> None:
    page = visit.open("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # Typed key by key, as a reader does: the theme searches on key events, not on a pasted value.
    page.locator("input.md-search__input").press_sequentially("Hama", delay=50)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.wait_for_function(
        "ids => ids.every(id => [...document.querySelectorAll('.md-search-result__item a')]"
        ".some(a => a.href.includes('/articles/' + id + '/')))",
        arg=list(SEEDS),
        timeout=15_000,
    )
    assert result_links(page, ".md-search-result__item a") == set(SEEDS)
    visit.shot("search-hama")


def test_search_box_puts_the_entity_hub_first(visit: Visit) -> None:
    page = visit.open("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Jolani", delay=50)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    first = page.eval_on_selector(".md-search-result__item a", "a => a.href")
    assert first.split("?")[0].endswith(JOLANI), first  # boosted above the articles that name him


def test_story_page_highlights_militants_against_rebels(visit: Visit) -> None:
    page = visit.open(STORY)
    pairs = page.evaluate(
        """() => [...document.querySelectorAll('ins.nc-substituted')].map(ins => {
            const del = ins.previousElementSibling;
            return [del && del.tagName === 'DEL' ? del.textContent : null, ins.textContent,
                    getComputedStyle(ins).backgroundColor, getComputedStyle(del || ins).textDecorationLine];
        })"""
    )
    hits = [p for p in pairs if p[0] and "rebels" in p[0] and "militants" in p[1]]
    assert hits, pairs
    _, _, background, struck = hits[0]
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted, not plain text
    assert struck == "line-through"
    page.locator("ins.nc-substituted", has_text="militants").first.scroll_into_view_if_needed()
    visit.shot("story-diff")


def test_entity_link_leads_from_an_article_to_its_hub(visit: Visit) -> None:
    page = visit.open(f"articles/{SEEDS[0]}/")
    page.locator("article a", has_text="Jolani").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(JOLANI)
    assert "Jolani" in page.locator("h1").first.inner_text()
    # The hub lists both articles and his quotations.
    assert result_links(page, "article a") == set(SEEDS)
    assert "Quotations" in page.locator("article").inner_text()
    visit.shot("jolani-hub")


def test_every_kind_of_page_opens_without_console_errors(visit: Visit) -> None:
    for path in ("people/", "places/hama/", "archive/dates/", "archive/outlets/", "archive/agencies/", "find/"):
        visit.open(path)
    assert visit.page.locator("h1").first.inner_text().rstrip("¶") == "Search"


def test_pagefind_search_page_finds_hama(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> None:
    site = built_site(tmp_path_factory.mktemp("big"), "--pagefind-from", "1", pagefind=True)
    # Article pages are out of Material's one-file index, which now holds hubs and index pages.
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert f"articles/{SEEDS[0]}/" not in index and JOLANI in index
    with serve(site) as base:
        tab = Visit(browser, base)
        page = tab.open("find/")
        page.locator(".pagefind-ui__search-input").fill("Hama")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
        page.wait_for_function(
            "n => document.querySelectorAll('.pagefind-ui__result-link').length >= n", arg=2, timeout=15_000
        )
        assert result_links(page, ".pagefind-ui__result-link") == set(SEEDS)
        tab.shot("pagefind-hama")
        page.close()
    assert tab.errors == []


def test_story_version_map_shows_the_cut_closing_quote_and_leads_to_its_diff(visit: Visit) -> None:
    page = visit.open(STORY)
    page.evaluate("document.getElementById('version-map').scrollIntoView()")
    # Two columns: the reference and the other outlet's version, in the page's order.
    heads = page.eval_on_selector_all("svg.nc-versionmap-svg a.nc-map-head title", "ts => ts.map(t => t.textContent)")
    assert [h.split(".")[0] for h in heads] == ["1", "2"] and heads[0].endswith("(reference)")
    # The closing quotation's row: drawn as the reference in one column and cut in the other.
    row = page.eval_on_selector_all(
        "svg.nc-versionmap-svg a.nc-map-cell",
        """cells => cells.filter(a => a.querySelector('title').textContent.includes('(““At that point'))
                        .map(a => [a.getAttribute('class'), a.getAttribute('href')])""",
    )
    assert [cls for cls, _ in row] == ["nc-map-cell nc-map-reference", "nc-map-cell nc-map-cut"], row
    visit.shot("story-version-map")
    cut_href = row[1][1]
    page.locator(f'svg.nc-versionmap-svg a[href="{cut_href}"]').click()
    page.wait_for_function("h => location.hash === h", arg=cut_href)
    # The cut paragraph of the second version's diff is now on screen.
    target = page.locator(cut_href)
    assert "nc-cut" in (target.get_attribute("class") or "")
    assert "At that point" in target.inner_text()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # type: ignore[index]
    visit.shot("story-version-map-click")


def test_story_version_map_needs_no_script_to_show(browser: Browser, small_site: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(small_site) else r.abort())
        page.goto(small_site + STORY, wait_until="load")
        svg = page.locator("figure.nc-versionmap svg.nc-versionmap-svg")
        box = svg.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 200
        # Both versions' cells for the headline row and the reference's 27 blocks, and the two
        # paragraphs the second version added.
        assert page.locator("svg.nc-versionmap-svg a.nc-map-cell").count() == 2 * 28 + 2
    finally:
        context.close()
