"""A hostile corpus, built by the test: nothing in it becomes markup, script or a file outside docs/.

The corpus mixes injection payloads in article text, titles, front matter, HTML pages and JSON
records with awkward file names. The site is built with the real `mkdocs build --strict`, then
checked by parsing every page, and in a real headless Chromium: no script runs, no dialog opens.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from newscorpus.cli import main

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, browser_or_skip, mkdocs_build, serve

# Payloads that would run script, open a dialog or become markup if written unescaped. Each
# sets window.__pwned as well as calling alert, so the browser check sees either.
PAYLOADS = [
    "<script>window.__pwned=1;alert('script')</script>",
    "<img src=x onerror=\"window.__pwned=1;alert('img')\">",
    "<iframe src=\"javascript:window.__pwned=1;alert('iframe')\"></iframe>",
    '<svg onload="window.__pwned=1"><a href="javascript:alert(\'svg\')">x</a></svg>',
    "[click me](javascript:window.__pwned=1)",
    "<a href='javascript:alert(1)'>raw link</a>",
    "{{ config.site_name }} {% include 'base.html' %}",
    "<!-- material/tags -->",
    "**bold** _em_ `code` # heading",
]
BODY = (
    "Dock workers at the port returned to work on Thursday after unions and employers agreed a new wage "
    "deal, ending a three-day strike that had left ships queueing outside the harbour."
)


def hostile_text(n: int) -> str:
    """Return an article whose headline, paragraphs and a '---' line carry payloads."""
    payload = PAYLOADS[n % len(PAYLOADS)]
    return f"{payload}\n\n{BODY} {payload}\n\n---\n\n{PAYLOADS[(n + 1) % len(PAYLOADS)]} said the union.\n"


def front_matter_article(title: str, url: str, extra: str = "") -> str:
    """Return a Markdown article with hostile values in its front matter, JSON-quoted for YAML."""
    return (
        f"---\ntitle: {json.dumps(title)}\noutlet: {json.dumps(PAYLOADS[1])}\nbyline: {json.dumps(PAYLOADS[6])}\n"
        f"agency: {json.dumps(PAYLOADS[0])}\nurl: {json.dumps(url)}\ntags: {json.dumps(PAYLOADS[7:])}\n{extra}---\n\n"
        f"{BODY}\n\n<script>window.__pwned=1</script> and {PAYLOADS[4]}\n"
    )


HTML_PAGE = f"""<html><head><title>{PAYLOADS[6]}</title>
<meta property="og:title" content="&lt;script&gt;window.__pwned=1&lt;/script&gt; headline">
<meta property="og:site_name" content="&lt;img src=x onerror=alert(1)&gt;">
<link rel="canonical" href="javascript:alert(1)"></head>
<body><article><p>{BODY}</p><p>The union said &lt;script&gt;alert(1)&lt;/script&gt; was typed by a reader,
and {{{{ config }}}} too, before the vote on Thursday evening went ahead.</p>
<p><a href="javascript:alert(1)">A link in the story</a> that ends the paragraph with a sentence.</p>
<script>window.__pwned=1</script></article></body></html>"""


def make_corpus(corpus: Path) -> None:
    """Write the hostile corpus: payload articles under awkward names, in every format."""
    names = [
        "inject.txt",
        "my story with spaces.txt",
        "café ü.txt",
        "Новости.txt",
        "a..b.txt",
        "{{ name }}.txt",
        "<script>.txt",
        f"{'x' * 150}/{'y' * 146}.txt",  # a 300-character path
    ]
    for n, name in enumerate(names):
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(hostile_text(n), encoding="utf-8")
    (corpus / "front.md").write_text(front_matter_article(PAYLOADS[0], "javascript:alert(1)"), encoding="utf-8")
    (corpus / "quoted-url.md").write_text(
        front_matter_article(PAYLOADS[2], 'https://example.com/"><script>window.__pwned=1</script>'), encoding="utf-8"
    )
    (corpus / "good-url.md").write_text(
        front_matter_article("A plain title", "https://example.com/story?a=1&b=<2>"), encoding="utf-8"
    )
    (corpus / "fine-url.md").write_text(
        front_matter_article("Another plain title", "https://example.com/story?a=1&b=2"), encoding="utf-8"
    )
    (corpus / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    records = [{"id": f"r{n}", "title": p, "text": hostile_text(n), "url": p} for n, p in enumerate(PAYLOADS)]
    records.append({"id": "../../evil", "text": hostile_text(3)})
    (corpus / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


@pytest.fixture(scope="module", params=[(), ("--hubs-from", "1")], ids=["default", "every-hub"])
def build_args(request: pytest.FixtureRequest) -> tuple[str, ...]:
    """Return extra build options: with a hub for every name, hostile names reach hub pages and links too."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, build_args: tuple[str, ...]) -> Path:
    """Return a project dir whose hostile corpus has been built into docs/ and site/."""
    project = tmp_path_factory.mktemp("hostile")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "stylesheets", project / "docs" / "stylesheets")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    make_corpus(project / "corpus")
    assert main(["--corpus", str(project / "corpus"), "--out", str(project / "docs"), "-q", *build_args]) == 0
    mkdocs_build(project)
    return project


def article_pages(project: Path) -> list[Path]:
    return sorted((project / "site" / "articles").glob("*/index.html"))


def test_nothing_is_written_outside_docs(hostile: Path) -> None:
    # Beside docs/, only the per-article cache (.cache) and mkdocs' site/.
    assert sorted(p.name for p in hostile.iterdir()) == [".cache", "corpus", "docs", "mkdocs.yml", "overrides", "site"]
    for page in (hostile / "docs").rglob("*"):
        assert page.resolve().is_relative_to((hostile / "docs").resolve())
        assert len(page.name) <= 100


def test_every_input_is_published_or_listed(hostile: Path) -> None:
    articles = json.loads((hostile / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    problems = json.loads((hostile / "docs" / "data" / "problems.json").read_text(encoding="utf-8"))
    accounted = {a["source"].split("#")[0] for a in articles} | {p["path"].split("#")[0] for p in problems}
    inputs = {p.relative_to(hostile / "corpus").as_posix() for p in (hostile / "corpus").rglob("*") if p.is_file()}
    assert inputs == accounted
    # Every record of the dump is an article; the one with a path-like id is addressed by its line.
    assert {a["id"] for a in articles if a["source"].startswith("dump.jsonl")} == {
        *(f"dump-r{n}" for n in range(len(PAYLOADS))),
        f"dump-{len(PAYLOADS) + 1}",
    }
    assert len({a["id"] for a in articles}) == len(articles)


def test_unsafe_urls_are_reported(hostile: Path) -> None:
    problems = json.loads((hostile / "docs" / "data" / "problems.json").read_text(encoding="utf-8"))
    messages = {(p["path"], p["message"]) for p in problems}
    assert ("front.md", "front matter: url 'javascript:alert(1)' is not an http or https address; ignored") in messages
    assert any(path == "quoted-url.md" and "url" in message for path, message in messages)


def test_payloads_show_literally_in_the_built_html(hostile: Path) -> None:
    pages = article_pages(hostile)
    assert len(pages) >= 20
    seen_text = ""
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        content = soup.select_one("article.md-content__inner")
        assert content is not None, page
        # The one script an article page carries is its JSON-LD: data, with "<" ">" "&" written
        # as \u escapes so no article text can close it; it is checked, then set aside.
        (ld,) = content.select('script[type="application/ld+json"]')
        raw = ld.string or ""
        assert not set("<>&") & set(raw), page
        assert json.loads(raw)["@type"] == "NewsArticle"
        ld.decompose()
        assert not content.select("script, iframe, svg, img, object, embed, style"), page
        for tag in content.find_all(True):
            assert not any(attr.lower().startswith("on") for attr in tag.attrs), (page, tag)
            href = str(tag.get("href", ""))
            assert not href.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), (page, tag)
        # No template or tag directive was interpreted anywhere on the page.
        scripts = soup.select('script:not([type="application/ld+json"])')
        assert "window.__pwned" not in "".join(s.get_text() for s in scripts), page
        seen_text += content.get_text(" ") + "\n" + (soup.title.get_text() if soup.title else "")
    for payload in PAYLOADS:
        assert payload in seen_text, payload
    assert "---" in seen_text


def test_lists_written_as_raw_html_show_payloads_as_text_and_link_to_built_pages(hostile: Path) -> None:
    # The lists and tables of article, hub, story, index and archive pages are raw HTML (they carry
    # hostile headlines and names); mkdocs --strict does not check links there, so this does.
    listed = ""
    links = 0
    kinds = ("articles", "people", "organizations", "places", "syndication", "archive")
    pages = [page for kind in kinds for page in sorted((hostile / "site" / kind).rglob("index.html"))]
    assert {page.relative_to(hostile / "site").parts[0] for page in pages} >= {"articles", "syndication", "archive"}
    for page in pages:
        content = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("article.md-content__inner")
        assert content is not None, page
        listed += " ".join(item.get_text(" ") for item in content.select("li, td")) + "\n"
        for anchor in content.select("li a[href], td a[href], p a[href]"):
            href = str(anchor["href"])
            if href.startswith(("https:", "#")):  # an outside address, or a place on the page (version maps)
                continue
            assert href.endswith("/") and (page.parent / unquote(href) / "index.html").resolve().is_file(), (page, href)
            links += 1
    assert links
    for payload in PAYLOADS[:6]:
        assert payload in listed, payload


def test_story_pages_draw_their_version_maps_with_article_text_as_text(hostile: Path) -> None:
    pages = sorted((hostile / "site" / "syndication").glob("story-*/index.html"))
    assert pages
    seen_text = ""
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        content = soup.select_one("article.md-content__inner")
        assert content is not None, page
        figure = content.select_one("figure.nc-versionmap")
        assert figure is not None, page
        # The only SVG is the map and its legend's swatches; nothing in them can run or load.
        assert {" ".join(svg.get("class") or []) for svg in content.select("svg")} <= {"nc-versionmap-svg", "nc-swatch"}
        assert not content.select("script, iframe, img, object, embed, style, foreignObject"), page
        for tag in content.find_all(True):
            assert not any(attr.lower().startswith("on") for attr in tag.attrs), (page, tag)
            href = str(tag.get("href", ""))
            assert not href.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), (page, tag)
        for tag in figure.select("[href]"):
            assert str(tag["href"]).startswith("#"), (page, tag)
        seen_text += " ".join(t.get_text() for t in figure.select("title"))
    # Headlines and paragraphs carrying payloads are in the map's titles, as the words they are.
    assert PAYLOADS[0] in seen_text and PAYLOADS[1] in seen_text


def test_only_web_addresses_become_links(hostile: Path) -> None:
    links = {}
    for page in article_pages(hostile):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        panel = soup.select_one(".admonition.abstract")
        links[page.parent.name] = [a["href"] for a in panel.select("a")] if panel else []
    assert links["fine-url"] == ["https://example.com/story?a=1&b=2"]
    assert links["good-url"] == []  # "<" and ">" in an address: kept as text only
    assert links["front"] == [] and links["quoted-url"] == []


def test_rebuild_is_byte_identical(hostile: Path, build_args: tuple[str, ...]) -> None:
    before = {p: p.read_bytes() for p in sorted((hostile / "docs").rglob("*")) if p.is_file()}
    assert main(["--corpus", str(hostile / "corpus"), "--out", str(hostile / "docs"), "-q", *build_args]) == 0
    after = {p: p.read_bytes() for p in sorted((hostile / "docs").rglob("*")) if p.is_file()}
    assert after == before
    # Another process, another hash seed: the same bytes.
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--corpus", "corpus", "--out", "docs", "-q", *build_args],
        cwd=hostile,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "987"},
    )
    assert result.returncode == 0, result.stderr
    assert {p: p.read_bytes() for p in sorted((hostile / "docs").rglob("*")) if p.is_file()} == before


# --- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(hostile: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 and return its base address."""
    with serve(hostile / "site") as base:
        yield base


def test_no_script_runs_and_no_dialog_opens_in_chromium(hostile: Path, served: str) -> None:
    browser_or_skip()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    paths = ["", "report/", "articles/", *(f"articles/{p.parent.name}/" for p in article_pages(hostile))]
    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
            # Nothing but the local server may be asked for anything.
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(served) else r.abort())
            for path in paths:
                response = page.goto(served + path, wait_until="load")
                assert response is not None and response.ok, path
                page.wait_for_timeout(50)
                assert page.evaluate("() => window.__pwned === undefined"), path
                found = page.evaluate(
                    """() => {
                        const content = document.querySelector('article');
                        const bad = content.querySelectorAll(
                            'script:not([type="application/ld+json"]), iframe, svg, img, object, embed');
                        const handlers = [...content.querySelectorAll('*')].filter(
                            el => [...el.attributes].some(a => a.name.startsWith('on')));
                        const links = [...document.querySelectorAll('a[href]')].filter(
                            a => !['http:', 'https:'].includes(new URL(a.href, location.href).protocol));
                        return [bad.length, handlers.length, links.length];
                    }"""
                )
                assert found == [0, 0, 0], (path, found)
            # The payload text is on the page as text a reader sees.
            page.goto(served + "articles/inject/", wait_until="load")
            assert PAYLOADS[0] in page.inner_text("article")
        finally:
            browser.close()
    assert dialogs == []
