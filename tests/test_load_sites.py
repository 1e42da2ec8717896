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


def test_spellings_of_one_name_are_one_outlet() -> None:
    sources = [
        source("a", "https://www.factcheck.example/a", "FactCheck"),
        source("b", "https://www.factcheck.example/b", "Factcheck"),
        # A tie goes to the spelling that keeps word breaks, then capitals.
        source("c", None, "Design Weekly"),
        source("d", None, "Designweekly"),
        # Names that differ in more than case, spaces and punctuation stay apart.
        source("e", None, "Harbour Gazette"),
        source("f", None, "Harbour Times"),
    ]
    named = {s.id: (s.meta.site_outlet, s.meta.site_outlet_by) for s in with_site_outlets(sources)}
    assert named == {
        "a": (None, None),
        "b": ("FactCheck", "spelling"),
        "c": (None, None),
        "d": ("Design Weekly", "spelling"),
        "e": (None, None),
        "f": (None, None),
    }


def test_an_address_takes_the_name_it_spells_when_another_article_gives_it() -> None:
    sources = [
        source("a", None, "Wire News"),
        source("b", "https://uk.wirenews.example/b"),
        source("c", "https://edition.wire.co.uk/c"),
        source("d", None, "WIRE"),
        # Only the name before the domain's ending counts: "news" here is a subdomain, not a name.
        source("e", None, "News"),
        source("f", "https://news.harbour.example/f"),
    ]
    named = {s.id: (s.meta.site_outlet, s.meta.site_outlet_by) for s in with_site_outlets(sources)}
    assert named["b"] == ("Wire News", "address")
    assert named["c"] == ("WIRE", "address")
    assert named["f"] == (None, None)


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


def test_the_page_says_how_the_corpus_named_its_outlet(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {"id": "one", "text": STORY, "publisher": "Harbour Gazette"},
        {"id": "two", "text": STORY.replace("Thursday", "Friday"), "publisher": "Harbour Gazette"},
        {"id": "three", "text": STORY.replace("Thursday", "Monday"), "publisher": "harbour gazette"},
        {"id": "four", "text": STORY.replace("Thursday", "Sunday"), "url": "https://news.harbourgazette.example/4"},
    ]
    (corpus / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = tmp_path / "docs"
    assert main(["--corpus", str(corpus), "--out", str(docs), "-q"]) == 0
    three = (docs / "articles" / "dump-three.md").read_text(encoding="utf-8")
    assert "<dt>Outlet<dd>Harbour Gazette, as other articles spell the name it gives (“harbour gazette”)\n" in three
    four = (docs / "articles" / "dump-four.md").read_text(encoding="utf-8")
    assert (
        "<dt>Outlet<dd>Harbour Gazette, a name other articles give, in its address (news.harbourgazette.example)\n"
        in four
    )
    outlets = sorted(p.name for p in (docs / "archive" / "outlets").glob("*.md"))
    assert outlets == ["harbour-gazette.md", "index.md"]


def test_a_copyright_line_given_as_the_site_s_name_is_no_outlet() -> None:
    sources = [
        source("a", "https://www.harbour.example/a", "Copyright 2014"),
        source("b", "https://www.harbour.example/b", "© Harbour Media"),
        source("c", "https://www.harbour.example/c", "Harbour Herald"),
    ]
    named = {s.id: s.meta.site_outlet for s in with_site_outlets(sources)}
    assert named == {"a": "Harbour Herald", "b": "Harbour Herald", "c": None}


def test_a_page_of_a_subdomain_goes_under_its_site_when_the_corpus_has_that_site() -> None:
    sources = [
        source("a", "https://www.harbourdaily.com.au/a"),
        source("b", "https://africa.harbourdaily.com.au/b"),
        source("c", "https://news.gazette.co.uk/c"),
        source("d", "https://gazette.co.uk/d"),
        # No page of the site itself: the subdomain stays an outlet of its own.
        source("e", "https://sports.herald.example/e"),
    ]
    named = {s.id: (s.meta.site_outlet, s.meta.site_outlet_by) for s in with_site_outlets(sources)}
    assert named == {
        "a": (None, None),
        "b": ("harbourdaily.com.au", "domain"),
        "c": ("gazette.co.uk", "domain"),
        "d": (None, None),
        "e": (None, None),
    }
