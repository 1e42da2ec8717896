"""An article with an address and no outlet takes the name other articles of its site are given."""

from __future__ import annotations

import json
from pathlib import Path

from newscorpus.cli import main
from newscorpus.load.sites import with_site_outlets
from newscorpus.model import Source, SourceMeta

STORY = (
    "Dock workers at the port returned to work on Thursday after unions and employers agreed a new "
    "wage deal, ending a three-day strike.\n\nThe agreement raises pay by five percent this year, "
    "the union said in a statement."
)


def source(name: str, url: str | None, outlet: str | None = None) -> Source:
    return Source(id=name, path=f"{name}.txt", text=STORY, meta=SourceMeta(url=url, outlet=outlet))


def test_the_site_s_most_given_name_goes_to_its_pages_that_give_none() -> None:
    sources = [
        source("a", "https://www.bbc.com/news/a", "BBC News"),
        source("b", "https://bbc.com/news/b", "BBC News"),
        source("c", "https://www.bbc.com/news/c", "BBC"),
        source("d", "https://www.bbc.com/news/d"),
        # An outlet written as an address names nothing: the page takes its site's name.
        source("e", "https://www.bbc.com/news/e", "https://www.bbc.com"),
        # A site no article names keeps its address; an article with no address is left alone.
        source("f", "https://herald.example/f"),
        source("g", None),
    ]
    named = {s.id: s.meta.site_outlet for s in with_site_outlets(sources)}
    assert named == {"a": None, "b": None, "c": None, "d": "BBC News", "e": "BBC News", "f": None, "g": None}


def test_a_tie_between_names_is_settled_the_same_way_every_build() -> None:
    sources = [source("a", "https://x.example/a", "Zeta"), source("b", "https://x.example/b", "Alpha")]
    sources.append(source("c", "https://x.example/c"))
    assert with_site_outlets(sources)[-1].meta.site_outlet == "Alpha"
    assert with_site_outlets(list(reversed(sources)))[0].meta.site_outlet == "Alpha"


def test_one_site_is_one_outlet_on_the_site(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {"id": "one", "text": STORY, "url": "https://www.gazette.example/one", "publisher": "The Gazette"},
        {"id": "two", "text": STORY.replace("Thursday", "Friday"), "url": "https://gazette.example/two"},
    ]
    (corpus / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = tmp_path / "docs"
    assert main(["--corpus", str(corpus), "--out", str(docs), "-q"]) == 0
    page = (docs / "articles" / "dump-two.md").read_text(encoding="utf-8")
    assert "<dt>Outlet<dd>The Gazette, as other articles of gazette.example name it\n" in page
    assert "<dt>Outlet<dd>The Gazette\n" in (docs / "articles" / "dump-one.md").read_text(encoding="utf-8")
    outlets = sorted(p.name for p in (docs / "archive" / "outlets").glob("*.md"))
    assert outlets == ["index.md", "the-gazette.md"]
    archive = (docs / "archive" / "outlets" / "the-gazette.md").read_text(encoding="utf-8")
    assert "<p>2 articles, newest first." in archive
