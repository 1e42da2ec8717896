"""The page memo's digests of what pages read: made in bulk where at hand, equal to those made one at a time."""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus import render
from newscorpus.cache import encode_entry, fingerprint
from newscorpus.config import Config
from newscorpus.model import Article, EntityHub, HubMention, Page, SearchDocument, SiteLinks
from newscorpus.render import PageMemo
from newscorpus.render.bodies import KeptPage
from newscorpus.render.entities import render_hub_indexes
from newscorpus.render.memo import _shard
from newscorpus.render.reads import TABLE, ReadTable

from .test_list_memo import article


def test_digests_made_in_bulk_equal_those_made_one_at_a_time(tmp_path: Path) -> None:
    a, b, c = article("a"), article("b"), article("c")
    links = SiteLinks(
        group_of={"a": "g1"}, groups={}, articles={"a": a, "b": b, "c": c}, hub_of={("person", "Ann Lee"): "person/ann"}
    )
    # b's print is of another object (an article made again): its digest is not taken from it.
    prints = {"a": (a, fingerprint(a)), "b": (dataclasses.replace(b), b"stale"), "gone": (c, b"x")}
    memo = PageMemo(tmp_path, Config(), links, prints)
    bulk = dict(memo._digests)
    assert set(bulk) == {("group_of", "a"), ("hub_of", ("person", "Ann Lee")), ("articles", "a")}
    assert all(digest == memo._digest_of(read) for read, digest in bulk.items())
    assert memo._digests["articles", "b"] == fingerprint(b)  # made when first looked up


def test_a_page_reading_an_edited_article_is_rendered_again(tmp_path: Path) -> None:
    a = article("a")
    renders: list[str] = []

    def build(edited: object) -> str:
        links = SiteLinks(group_of={}, groups={}, articles={"a": edited}, hub_of={})  # type: ignore[dict-item]
        memo = PageMemo(tmp_path, Config(), links, {"a": (edited, fingerprint(edited))})  # type: ignore[dict-item]

        def make(seen: SiteLinks) -> str:
            renders.append(seen.articles["a"].title)
            return seen.articles["a"].title

        page = memo.kept("article/a", make)
        memo.save()
        return page

    assert build(a) == build(dataclasses.replace(a)) == "Headline a"  # an equal article: kept
    assert build(dataclasses.replace(a, title="New")) == "New"
    assert renders == ["Headline a", "New"]


def _hub(slug: str, name: str, total: int) -> EntityHub:
    return EntityHub(kind="person", slug=slug, name=name, aliases=(name,), mentions=(), total=total)


def test_a_hub_index_page_is_kept_while_its_hubs_are_the_same(tmp_path: Path) -> None:
    config = Config(entity_index_page_size=1)
    made: list[str] = []

    def build(*hubs: EntityHub) -> list[Page]:
        links = SiteLinks(group_of={}, groups={}, articles={}, hub_of={}, hubs={h.key: h for h in hubs})
        memo = PageMemo(tmp_path, config, links)
        pages = render_hub_indexes(links, config, memo)
        memo.save()
        made.append(f"{memo.rendered} rendered")
        assert pages == render_hub_indexes(links, config)  # as a build from scratch renders them
        return pages

    ann, bo = _hub("ann", "Ann Lee", 3), _hub("bo", "Bo Park", 2)
    build(ann, bo)
    build(ann, bo)
    renamed = build(ann, dataclasses.replace(bo, name="Bo Parks"))
    assert "Bo Parks" in renamed[1].content
    # Two pages of people (one hub a page) and the empty indexes of the other kinds; then all kept; then
    # only the renamed hub's page made again.
    assert made == ["4 rendered", "0 rendered", "1 rendered"]


def test_a_memo_taking_an_earlier_memos_digests_has_those_it_would_make_but_of_related_articles(
    tmp_path: Path,
) -> None:
    a, b = article("a"), article("b")
    links = SiteLinks(group_of={"a": "g1"}, groups={}, articles={"a": a, "b": b}, hub_of={("person", "Ann"): "p/ann"})
    prints = {"a": (a, fingerprint(a))}
    documents = PageMemo(tmp_path, Config(), links, prints, kind="documents")
    documents._digests["related", "a"]  # looked up before the related articles were found: stale later
    documents._digests["articles", "b"]
    related = dataclasses.replace(links, related={"a": ("b",)})
    pages = PageMemo(tmp_path, Config(), related, prints, earlier=documents)
    alone = PageMemo(tmp_path, Config(), related, prints)
    assert ("related", "a") not in pages._digests
    assert pages._digests["related", "a"] == alone._digest_of(("related", "a"))
    assert dict(pages._digests).items() >= dict(alone._digests).items()
    assert all(found == alone._digest_of(read) for read, found in pages._digests.items())
    # Links whose other tables are not the earlier memo's very tables take none of its digests.
    other = dataclasses.replace(related, articles=dict(related.articles))
    assert ("articles", "b") not in PageMemo(tmp_path, Config(), other, prints, earlier=documents)._digests


def test_an_edited_article_renders_again_only_the_hub_pages_listing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config(hub_page_size=1)
    made: list[int] = []
    real = render.hub_page_of

    def counted(hub: EntityHub, links: SiteLinks, config: Config, number: int) -> Page:
        made.append(number)
        return real(hub, links, config, number)

    monkeypatch.setattr(render, "hub_page_of", counted)
    mentions = tuple(HubMention(i, f"Ann Lee spoke in {i}.", 1) for i in "abc")
    hub = EntityHub(kind="person", slug="ann", name="Ann Lee", aliases=("Ann Lee",), mentions=mentions, total=3)

    def build(*articles: Article) -> tuple[Page, ...]:
        links = SiteLinks(group_of={}, groups={}, articles={a.id: a for a in articles}, hub_of={}, hubs={hub.key: hub})
        memo = PageMemo(tmp_path, config, links, {a.id: (a, fingerprint(a)) for a in articles})
        pages = render.render_site(links, (), config, memo)
        memo.save()
        assert pages == render.render_site(links, (), config)  # as a build from scratch renders them
        return pages

    a, b, c = article("a"), article("b"), article("c")
    build(a, b, c)
    made.clear()
    pages = build(a, b, dataclasses.replace(c, title="Ferries sail"))
    assert made == [3, 1, 2, 3]  # the third page in the memo's build; all three in the one from scratch
    assert "Ferries sail" in next(p.content for p in pages if p.path == "people/ann/page-3.md")


def test_kept_pages_and_search_documents_come_back_equal_and_of_their_class(tmp_path: Path) -> None:
    links = SiteLinks(group_of={}, groups={}, articles={"a": article("a")}, hub_of={})
    values: list[object] = [Page("a.md", "# A\n"), SearchDocument("a/", "<p>A</p>"), "text", [Page("b.md", b"B")]]
    for number, value in enumerate(values):
        PageMemo(tmp_path, Config(), links).kept(f"k{number}", lambda _seen, value=value: value)
    first = PageMemo(tmp_path, Config(), links)
    for number, value in enumerate(values):
        first.kept(f"k{number}", lambda _seen, value=value: value)
    first.save()
    again = PageMemo(tmp_path, Config(), links)
    kept = [again.kept(f"k{number}", lambda _seen: pytest.fail("rendered again")) for number in range(len(values))]
    assert kept == values
    assert [type(value) for value in kept[1:]] == [SearchDocument, str, list]
    assert isinstance(kept[0], KeptPage)  # a Page whose content is read when asked for
    assert again.sums["a.md"][0] is kept[0]  # the kept page's sum, given to the write stage with the page


class _Gone:
    """A class of another version of the program."""


def test_a_whole_file_of_another_versions_classes_is_rendered_again_without_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)  # whatever a CLI run set up before
    links = SiteLinks(group_of={}, groups={}, articles={}, hub_of={})
    memo = PageMemo(tmp_path, Config(), links)
    memo.kept("k", lambda _seen: Page("k.md", "old"))
    memo.save()
    (shard,) = (path for path in (tmp_path / "pages").iterdir() if path.suffix != ".body" and path.name != TABLE)
    # A whole entry holding a class the program no longer has (pickled by name).
    shard.write_bytes(encode_entry(("version", {"k": _Gone()})))
    monkeypatch.delattr(sys.modules[__name__], "_Gone")
    with caplog.at_level(logging.DEBUG, logger="newscorpus.render"):
        again = PageMemo(tmp_path, Config(), links)
    assert again.kept("k", lambda _seen: Page("k.md", "new")) == Page("k.md", "new")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("kept by another version" in m for m in caplog.messages)


def test_an_edit_renders_again_only_the_values_reading_it_in_the_shard_they_share(tmp_path: Path) -> None:
    first = "page/0"
    second = next(f"page/{n}" for n in range(1, 10_000) if _shard(f"page/{n}") == _shard(first))
    renders: list[str] = []

    def build(b_title: str) -> tuple[str, str]:
        a, b = article("a"), dataclasses.replace(article("b"), title=b_title)
        links = SiteLinks(group_of={}, groups={}, articles={"a": a, "b": b}, hub_of={})
        memo = PageMemo(tmp_path, Config(), links, {"a": (a, fingerprint(a)), "b": (b, fingerprint(b))})

        def make(name: str) -> Callable[[SiteLinks], str]:
            def title(seen: SiteLinks) -> str:
                renders.append(name)
                return seen.articles[name].title

            return title

        made = memo.kept(first, make("a")), memo.kept(second, make("b"))
        memo.save()
        return made

    assert build("B") == ("Headline a", "B")
    assert build("B 2") == ("Headline a", "B 2")  # the shard's other value kept
    assert build("B 2") == ("Headline a", "B 2")
    assert renders == ["a", "b", "b"]


def _titles(folder: Path, titles: dict[str, str], renders: list[str]) -> dict[str, str]:
    """Build pages of the articles named, each reading its article's title; return the pages by article."""
    articles = {i: dataclasses.replace(article(i), title=title) for i, title in titles.items()}
    links = SiteLinks(group_of={}, groups={}, articles=articles, hub_of={})  # type: ignore[arg-type]
    memo = PageMemo(folder, Config(), links, {i: (a, fingerprint(a)) for i, a in articles.items()})

    def make(i: str) -> Callable[[SiteLinks], str]:
        def title(seen: SiteLinks) -> str:
            renders.append(i)
            return seen.articles[i].title

        return title

    made = {i: memo.kept(f"page/{i}", make(i)) for i in titles}
    memo.save()
    return made


def test_a_shard_file_not_written_with_the_table_of_reads_is_not_trusted(tmp_path: Path) -> None:
    renders: list[str] = []
    _titles(tmp_path, {"a": "A"}, renders)
    (shard,) = (path for path in (tmp_path / "pages").iterdir() if path.suffix != ".body" and path.name != TABLE)
    first = shard.read_bytes()
    assert _titles(tmp_path, {"a": "A 2"}, renders) == {"a": "A 2"}
    # The second write of the shard lost (the table, written after it, holds the edited title's digest):
    # the first build's page, of the old title, must not be taken for the edited article's.
    shard.write_bytes(first)
    assert _titles(tmp_path, {"a": "A 2"}, renders) == {"a": "A 2"}
    assert renders == ["a", "a", "a"]


def test_the_table_of_reads_keeps_only_what_values_read_once_most_of_it_is_read_by_none(tmp_path: Path) -> None:
    renders: list[str] = []
    kept = {"a7": "Title 7", "a9": "Title 9"}

    def table() -> list[object]:
        version = PageMemo(tmp_path, Config(), SiteLinks(group_of={}, groups={}, articles={}, hub_of={})).version
        return list(ReadTable(tmp_path / "pages" / TABLE, version, 256).reads)

    def others(name: str) -> dict[str, str]:
        return {f"{name}{n}": name for n in range(200)}

    _titles(tmp_path, {f"a{n}": f"Title {n}" for n in range(100)}, renders)  # 100 reads, all named
    _titles(tmp_path, kept, renders)
    assert len(table()) == 100  # read by none but two: counted again only once the table has doubled
    _titles(tmp_path, kept | others("b"), renders)  # 300 reads, 202 named
    _titles(tmp_path, kept, renders)
    assert len(table()) == 300
    _titles(tmp_path, kept | others("c"), renders)  # 500 reads, 202 named: made again
    assert table() == [("articles", "a7"), ("articles", "a9"), *(("articles", f"c{n}") for n in range(200))]
    assert _titles(tmp_path, kept | {"a9": "Title 9 edited"}, renders)["a9"] == "Title 9 edited"
    # The pages of a7 and a9 kept through the table's making again, until a9 was edited.
    assert renders == [*(f"a{n}" for n in range(100)), *others("b"), *others("c"), "a9"]


def test_a_damaged_table_of_reads_is_said_and_every_page_rendered_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    renders: list[str] = []
    _titles(tmp_path, {"a": "A", "b": "B"}, renders)
    table = tmp_path / "pages" / TABLE
    table.write_bytes(table.read_bytes()[:-5])
    with caplog.at_level(logging.WARNING, logger="newscorpus.render.reads"):
        assert _titles(tmp_path, {"a": "A", "b": "B"}, renders) == {"a": "A", "b": "B"}
    assert renders == ["a", "b", "a", "b"]
    assert any(f"{table}: ignoring the kept pages (damaged" in m for m in caplog.messages)
    assert _titles(tmp_path, {"a": "A", "b": "B"}, renders) == {"a": "A", "b": "B"}
    assert renders == ["a", "b", "a", "b"]  # kept again with the table written anew


def test_a_memo_given_its_files_read_ahead_keeps_what_it_would_read_itself(tmp_path: Path) -> None:
    a = article("a")
    renders: list[str] = []

    def build(edited: Article, files: Callable[[], render.MemoFiles | None]) -> str:
        links = SiteLinks(group_of={}, groups={}, articles={"a": edited, "b": article("b")}, hub_of={})
        memo = PageMemo(tmp_path, Config(), links, files=files())

        def make(article_id: str) -> Callable[[SiteLinks], str]:
            def made(seen: SiteLinks) -> str:
                renders.append(seen.articles[article_id].title)
                return seen.articles[article_id].title

            return made

        pages = [memo.kept(f"article/{i}", make(i)) for i in ("a", "b")]
        memo.save()
        return " ".join(pages)

    def ahead(kind: str = render.FOLDER, config: Config | None = None) -> render.MemoFiles:
        return render.read_memo_files(tmp_path, config or Config(), kind)

    assert build(a, lambda: None) == "Headline a Headline b"
    assert build(a, ahead) == "Headline a Headline b"  # read ahead: every page kept
    assert build(dataclasses.replace(a, title="New"), ahead) == "New Headline b"  # the edited article's page only
    assert renders == ["Headline a", "Headline b", "New"]
    # Files of another memo, or read for another Config, are not taken: the memo reads its own.
    assert build(dataclasses.replace(a, title="New"), lambda: ahead(render.DOCUMENTS)) == "New Headline b"
    other = ahead(config=Config(hub_min_articles=5))
    assert other.version != ahead().version
    assert build(dataclasses.replace(a, title="New"), lambda: other) == "New Headline b"
    assert renders == ["Headline a", "Headline b", "New"]
