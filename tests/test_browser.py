"""The default corpus's site in a real headless Chromium: what a reader does, with no console errors.

Search is driven as a reader uses it: the header's box on any page and the search page, both on
the Pagefind index build.py writes (whole, and split into shards), and on a generated corpus of
600 articles indexed in four shards, where the bytes a first search fetches are counted.
Screenshots go to test-artifacts/ (uploaded by the site workflow).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newscorpus.cli import main

from .conftest import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    browser_or_skip,
    copy_project,
    mkdocs_build,
    serve,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

SEEDS = ("000-bf33a608a129df56", "001-4a2f7d61227ca627")
STORY = "syndication/story-001-4a2f7d61227ca627/"
JOLANI = "people/abu-mohammed-al-jolani/"


def built_site(folder: Path, *build_args: str) -> Path:
    """Build the project's corpus into folder/site with the README's two commands."""
    assert main(["--corpus", str(folder / "corpus"), "--out", str(folder / "docs"), "-q", *build_args]) == 0
    return mkdocs_build(folder)


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
        # Every address fetched, by the page or by Pagefind's worker (which the page's own
        # performance entries leave out).
        self.fetched: list[str] = []
        self.page.on("requestfinished", lambda r: self.fetched.append(r.url.split("?")[0]))
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
    with serve(built_site(copy_project(tmp_path_factory.mktemp("small")))) as base:
        yield base


@pytest.fixture
def visit(browser: Browser, small_site: str) -> Iterator[Visit]:
    tab = Visit(browser, small_site)
    yield tab
    tab.page.close()
    assert tab.errors == []


# Shards of three pages: the default corpus's two versions and its hubs fall in several shards.
SMALL_SHARDS = 3


@pytest.fixture(scope="module")
def sharded_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = built_site(copy_project(tmp_path_factory.mktemp("sharded")), "--search-shard-size", str(SMALL_SHARDS))
    assert len(list((site / "pagefind").glob("shard-*/pagefind-entry.json"))) > 1
    with serve(site) as base:
        yield base


@pytest.fixture
def sharded_visit(browser: Browser, sharded_site: str) -> Iterator[Visit]:
    tab = Visit(browser, sharded_site)
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


HEADER_INPUT = ".nc-search .pagefind-ui__search-input"
HEADER_RESULT = ".nc-search .pagefind-ui__result-link"


def header_search(page: Page, query: str) -> None:
    """Type a query into the header's search box, key by key as a reader does, and wait for results."""
    page.locator(HEADER_INPUT).press_sequentially(query, delay=50)
    page.wait_for_selector(HEADER_RESULT, timeout=15_000)


def wait_for_seeds(page: Page, selector: str) -> None:
    """Wait until results link to both seed articles (Pagefind shows its results as each loads)."""
    page.wait_for_function(
        "arg => arg.ids.every(id => [...document.querySelectorAll(arg.sel)]"
        ".some(a => a.href.includes('/articles/' + id + '/')))",
        arg={"ids": list(SEEDS), "sel": selector},
        timeout=15_000,
    )


def test_search_box_finds_both_versions_of_the_hama_story(visit: Visit) -> None:
    page = visit.open("")
    header_search(page, "Hama")
    wait_for_seeds(page, HEADER_RESULT)
    assert result_links(page, HEADER_RESULT) == set(SEEDS)
    visit.shot("search-hama")


def test_search_box_puts_the_entity_hub_first(visit: Visit) -> None:
    page = visit.open(f"articles/{SEEDS[0]}/")  # from a page two folders down: links resolve from the root
    header_search(page, "Jolani")
    first = page.eval_on_selector(HEADER_RESULT, "a => a.href")
    assert first.split("?")[0] == visit.base + JOLANI, first  # weighed above the articles that name him


def test_a_sharded_index_is_searched_whole_as_one(sharded_visit: Visit) -> None:
    page = sharded_visit.open(f"articles/{SEEDS[0]}/")
    header_search(page, "Hama")
    wait_for_seeds(page, HEADER_RESULT)  # the two versions, whichever shards hold them
    page.locator(HEADER_INPUT).fill("Jolani")
    page.wait_for_function(
        "url => { const a = document.querySelector('.nc-search .pagefind-ui__result-link');"
        " return a !== null && a.href.split('?')[0] === url; }",
        arg=sharded_visit.base + JOLANI,
        timeout=15_000,
    )  # the hub still ranks first, above articles from other shards
    shards = {url.split("/pagefind/")[1].split("/")[0] for url in sharded_visit.fetched if "/pagefind/shard-" in url}
    assert len(shards) > 1
    sharded_visit.shot("search-sharded-jolani")


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


@pytest.mark.parametrize(
    "query",
    [
        "Assad",  # the text has "Assad’s": a word with a curly apostrophe is found by its stem
        "Islamist",  # the text has "Islamist-led": a hyphenated compound is found by its first part
        "led militant",  # ... and by its second part
    ],
)
def test_search_box_splits_news_text(visit: Visit, query: str) -> None:
    page = visit.open("")
    header_search(page, query)
    page.wait_for_function(
        "id => [...document.querySelectorAll('.nc-search .pagefind-ui__result-link')]"
        ".some(a => a.href.includes('/articles/' + id + '/'))",
        arg=SEEDS[0],
        timeout=15_000,
    )


def test_search_page_finds_hama(visit: Visit) -> None:
    page = visit.open("find/")
    page.locator("#nc-search-page .pagefind-ui__search-input").fill("Hama")
    wait_for_seeds(page, "#nc-search-page .pagefind-ui__result-link")
    assert set(SEEDS) <= result_links(page, "#nc-search-page .pagefind-ui__result-link")
    visit.shot("search-page-hama")


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


# The generated corpus: articles of made-up words, each headline holding a word no other article
# has, so a search for it has one right answer among many pages.
_SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "ven", "sol", "dar", "pel", "nor", "bri", "zan", "fel", "mor")
GENERATED_ARTICLES = 600
# Shards of 200 pages: the generated corpus's index is four shards, each fetched on a first search.
GENERATED_SHARDS = 200


def generated_corpus(folder: Path, count: int) -> list[str]:
    """Write count articles into folder; return each one's headline word, by file order."""
    rng = random.Random(11)
    words = sorted({"".join(rng.choice(_SYLLABLES) for _ in range(3)) for _ in range(4000)})
    rng.shuffle(words)
    body_words, head_words = words[:1500], words[1500 : 1500 + count]
    towns = [w.capitalize() for w in body_words[:30]]
    folder.mkdir(parents=True)
    for number, head in enumerate(head_words):
        town = rng.choice(towns)
        paragraphs = [
            " ".join(
                " ".join(rng.choice(body_words) for _ in range(rng.randint(8, 16))).capitalize() + "."
                for _ in range(rng.randint(2, 4))
            )
            for _ in range(rng.randint(4, 8))
        ]
        text = f"{town} council weighs the {head} plan\n\n{town.upper()} (Reuters) - " + "\n\n".join(paragraphs)
        (folder / f"gen-{number:04d}.txt").write_text(text + "\n", encoding="utf-8")
    return head_words


# What the first search may cost a reader on a corpus of any size: Pagefind's UI and program,
# the entry files, one index chunk and the fragments of the results shown.
FIRST_SEARCH_MAX_BYTES = 1_000_000


def test_first_search_on_a_generated_corpus_is_small_and_finds_the_article(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    project = copy_project(tmp_path_factory.mktemp("generated"))
    for seed in (project / "corpus").iterdir():
        seed.unlink()
    (project / "corpus").rmdir()
    heads = generated_corpus(project / "corpus", GENERATED_ARTICLES)
    site = built_site(project, "--search-shard-size", str(GENERATED_SHARDS))
    # Only the Pagefind index: Material's one-file index is not built at all.
    assert not (site / "search" / "search_index.json").exists()
    assert len(list((site / "pagefind").glob("shard-*/pagefind-entry.json"))) == 3  # and the main bundle
    wanted = GENERATED_ARTICLES // 2
    with serve(site) as base:
        tab = Visit(browser, base)
        page = tab.open("archive/dates/")
        started = time.perf_counter()
        page.locator(HEADER_INPUT).fill(heads[wanted])
        page.wait_for_selector(HEADER_RESULT, timeout=15_000)
        seconds = time.perf_counter() - started
        first = page.eval_on_selector(HEADER_RESULT, "a => a.href")
        assert first.split("?")[0] == f"{base}articles/gen-{wanted:04d}/", first
        # The bytes of every file of pagefind/ fetched, by the page or by Pagefind's worker (as the
        # test's server sends them: Pagefind's index files are gzipped, its scripts are not).
        index_files = sorted({url.removeprefix(base) for url in tab.fetched if "/pagefind/" in url})
        fetched = sum((site / path).stat().st_size for path in index_files)
        shards = [path for path in index_files if path.endswith(".pf_meta")]
        print(
            f"first search: {fetched / 1024:,.0f} KiB from pagefind/ ({len(shards)} shards), results in {seconds:.2f} s"
        )
        assert len(shards) == 4  # every shard searched
        assert 0 < fetched <= FIRST_SEARCH_MAX_BYTES
        tab.shot("generated-search")
        page.close()
    assert tab.errors == []
