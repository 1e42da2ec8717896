"""The search index: what each page gives Pagefind, and the bundle build.py writes into docs/pagefind/."""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from newscorpus import index
from newscorpus.cache import decode_entry, write_entry
from newscorpus.file_status import KnownSum, sum_of
from newscorpus.index import BUNDLE_DIR, index_site
from newscorpus.link import link_articles
from newscorpus.model import Block, Member, SearchDocument, VariantGroup
from newscorpus.render import render_search_documents
from newscorpus.render.common import page_url

from .test_link import CORPUS

STORY = VariantGroup("story-a", "a", (Member("a", 1, 1, 1), Member("b", 0.5, 0.5, 0.5)))


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("articles/a.md", "articles/a/"),  # a page is served as a folder (MkDocs' directory URLs)
        ("people/ines-okafor.md", "people/ines-okafor/"),  # hubs too
        ("index.md", ""),  # the home page is the site root
        ("people/index.md", "people/"),  # an index page is its folder
        ("archive/dates/2024-03.md", "archive/dates/2024-03/"),  # a dot in the name stays
    ],
)
def test_page_urls_match_what_mkdocs_serves(path: str, url: str) -> None:
    assert page_url(path) == url


def documents() -> dict[str, BeautifulSoup]:
    found = render_search_documents(link_articles(CORPUS, (STORY,)))
    return {d.url: BeautifulSoup(d.html, "html.parser") for d in found}


def test_one_document_per_article_and_per_hub_and_nothing_else() -> None:
    # Lagos and Ines Okafor are named in two articles or more; Accra in one, so it has no hub.
    assert sorted(documents()) == [
        "articles/a/",
        "articles/b/",
        "articles/c/",
        "articles/d/",
        "people/ines-okafor/",
        "places/lagos/",
    ]


def test_a_hub_is_found_by_every_form_of_its_name_before_the_articles() -> None:
    hub = documents()["people/ines-okafor/"]
    heading = hub.select_one("h1")
    assert heading is not None and heading.get_text() == "Ines Okafor"
    assert heading["data-pagefind-weight"] == "10"  # Pagefind's highest weight: above any headline
    forms = hub.select_one("p[data-pagefind-weight='10']")
    assert forms is not None and {"Okafor", "Mayor Okafor"} <= set(forms.get_text().split(" · "))


def test_a_story_shows_its_reference_version_first_yet_each_version_is_findable() -> None:
    docs = documents()
    reference, version, alone = docs["articles/a/"], docs["articles/b/"], docs["articles/c/"]
    # The reference version and an article with no other version keep Pagefind's own weights.
    assert reference.select("[data-pagefind-weight]") == reference.select("p[data-pagefind-weight='2']")
    assert alone.select("[data-pagefind-weight]") == alone.select("p[data-pagefind-weight='2']")
    # The other version's headline and own text weigh less, and are still there.
    assert version.select_one("h1[data-pagefind-weight='3']") is not None
    assert "Okafor thanked the engineers." in version.get_text()
    assert version.select_one("p[data-pagefind-weight='0.3']") is not None


def test_a_version_leaves_the_paragraphs_it_copies_to_its_reference() -> None:
    reference, version = CORPUS[0], CORPUS[1]
    copied = Block("paragraph", "  the COUNCIL met on   Monday. Mayor Ines Okafor said the bridge would reopen.")
    version = dataclasses.replace(version, blocks=(copied, *version.blocks))
    found = render_search_documents(link_articles((reference, version, *CORPUS[2:]), (STORY,)))
    docs = {d.url: BeautifulSoup(d.html, "html.parser").get_text() for d in found}
    # The copy, with other case and spacing, is searched once, in the reference; its own sentence stays.
    assert "bridge would reopen" in docs["articles/a/"] and "bridge would reopen" not in docs["articles/b/"]
    assert "Okafor thanked the engineers." in docs["articles/b/"]
    # Nor are the names it shares listed again: a search for a name finds the story once.
    assert "Ines Okafor · Lagos" in docs["articles/a/"] and "Ines Okafor · Lagos" not in docs["articles/b/"]


def test_an_article_document_holds_outlet_date_text_and_names_escaped() -> None:
    hostile = dataclasses.replace(CORPUS[0], title="<b>Bridge</b> & co", outlet="Daily <Star>")
    (doc,) = [d for d in render_search_documents(link_articles((hostile,), ())) if d.url == "articles/a/"]
    page = BeautifulSoup(doc.html, "html.parser")
    assert page.select_one("b") is None  # article text is text, never markup
    assert page.select_one("h1[data-pagefind-meta='title']").get_text() == "<b>Bridge</b> & co"  # type: ignore[union-attr]
    assert page.select("p")[0].get_text() == "Daily <Star> · 2024-03-02"
    assert page.select("p")[-1].get_text() == "Ines Okafor · Lagos"


SMALL = (
    SearchDocument("articles/x/", '<html lang="en"><body><h1>Bridge reopens</h1><p>Lagos traffic.</p></body></html>'),
    SearchDocument("places/lagos/", '<html lang="en"><body><h1>Lagos</h1></body></html>'),
)


def test_the_index_is_pagefinds_bundle_under_docs_pagefind_and_repeats_byte_for_byte() -> None:
    first = index_site(SMALL)
    assert index_site(SMALL) == first
    files = {p.path: p.content for p in first}
    assert all(path.startswith(f"{BUNDLE_DIR}/") for path in files)
    assert {"pagefind/pagefind.js", "pagefind/pagefind-ui.js", "pagefind/pagefind-entry.json"} <= files.keys()
    # Only the default UI is published, not Pagefind's other two.
    assert not any("modular" in path or "component" in path for path in files)
    fragments = [c for path, c in files.items() if path.startswith("pagefind/fragment/")]
    assert len(fragments) == 2
    texts = [gzip.decompress(c).decode("utf-8", "replace") for c in fragments if isinstance(c, bytes)]
    assert any('"url":"/articles/x/"' in t and "Bridge reopens" in t for t in texts)


def test_an_empty_corpus_still_gets_a_working_index() -> None:
    files = {p.path for p in index_site(())}
    assert "pagefind/pagefind-entry.json" in files


def test_a_headline_every_version_repeats_is_searched_once() -> None:
    reference, version = CORPUS[0], dataclasses.replace(CORPUS[1], title=CORPUS[0].title)
    found = render_search_documents(link_articles((reference, version, *CORPUS[2:]), (STORY,)))
    docs = {d.url: BeautifulSoup(d.html, "html.parser") for d in found}
    # The version keeps the headline as its result's title, outside its searched text.
    assert docs["articles/b/"].select_one("h1") is None
    title = docs["articles/b/"].select_one("meta[data-pagefind-meta='title[content]']")
    assert title is not None and title["content"] == reference.title
    assert reference.title not in docs["articles/b/"].get_text()
    # Pagefind reads it so: the version's fragment has the title but not the headline's words in its text.
    files = {p.path: p.content for p in index_site(found)}
    fragments = [gzip.decompress(c).decode() for p, c in files.items() if p.startswith("pagefind/fragment/")]
    (fragment,) = [f for f in fragments if '"url":"/articles/b/"' in f]
    assert f'"title":"{reference.title}"' in fragment
    assert reference.title not in fragment.split('"content":"')[1].split('","')[0]
    # A version that retitles the story is still found by its own headline.
    retitled = render_search_documents(link_articles(CORPUS, (STORY,)))
    assert "Headline b" in next(d.html for d in retitled if d.url == "articles/b/")


def test_the_index_is_made_in_memory_when_there_is_room(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(index, "_MEMORY_FOLDERS", (tmp_path / "none", tmp_path))
    assert index._scratch_parent(SMALL) == str(tmp_path)
    # The same bundle wherever it is made.
    made_in_memory = index_site(SMALL)
    monkeypatch.setattr(index, "_MEMORY_FOLDERS", ())
    assert index._scratch_parent(SMALL) is None
    assert index_site(SMALL) == made_in_memory


def test_the_index_is_made_in_the_temporary_folder_without_room_or_when_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(index, "_MEMORY_FOLDERS", (tmp_path,))
    monkeypatch.setattr(index.shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
    assert index._scratch_parent(SMALL) is None
    monkeypatch.undo()
    monkeypatch.setattr(index, "_MEMORY_FOLDERS", (tmp_path,))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert index._scratch_parent(SMALL) is None


def test_a_kept_index_is_given_again_only_for_the_same_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made = []
    real = index._index

    def counted(documents: tuple[SearchDocument, ...]) -> tuple[object, ...]:
        made.append(len(documents))
        return real(documents)

    monkeypatch.setattr(index, "_index", counted)
    keep = tmp_path / "kept"
    first = index_site(SMALL, keep)
    assert index_site(SMALL, keep) == first == index_site(SMALL)
    assert made == [2, 2]
    # Another document, or the file damaged: Pagefind runs again.
    changed = (SMALL[0], SearchDocument("places/lagos/", '<html lang="en"><body><h1>Lagos, Nigeria</h1></body></html>'))
    assert index_site(changed, keep) != first
    (kept,) = keep.iterdir()
    kept.write_bytes(kept.read_bytes()[:-5])
    assert index_site(changed, keep) == index_site(changed)
    assert made == [2, 2, 2, 2, 2]


def test_an_index_kept_as_one_file_by_an_earlier_version_is_replaced(tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    keep.write_bytes(b"an earlier version's index")
    assert index_site(SMALL, keep) == index_site(SMALL)
    assert keep.is_dir()


def numbered_documents(count: int) -> tuple[SearchDocument, ...]:
    """Return count articles' search documents, each with a word of its own, sorted by address."""
    return tuple(
        SearchDocument(
            f"articles/a{n:03d}/", f'<html lang="en"><body><h1>Word{n:03d} story</h1><p>Text.</p></body></html>'
        )
        for n in range(count)
    )


# Shard counts by corpus size, for shards of 10 documents on average.
@pytest.mark.parametrize(
    ("count", "shards"),
    [
        (0, 1),  # an empty corpus: one index
        (10, 1),  # up to one shard's size: one index, as without shards
        (11, 2),  # past it: two shards...
        (40, 4),  # ... then powers of two, so that a shard splits in two as the corpus grows
        (41, 8),
        (1000, index.MAX_SHARDS),  # never more than a first search can fetch: the shards grow instead
    ],
)
def test_the_index_is_split_into_a_power_of_two_shards(count: int, shards: int) -> None:
    assert len(index.shard_documents(numbered_documents(count), 10)) == shards
    assert len(index.shard_documents(numbered_documents(count), 0)) == 1  # 0: never split


def test_a_document_s_shard_depends_on_its_address_alone() -> None:
    corpus = numbered_documents(40)
    split = index.shard_documents(corpus, 10)
    assert sorted(d.url for shard in split for d in shard) == [d.url for d in corpus]
    # Not on the order the documents come in, nor on the other documents.
    again = index.shard_documents(tuple(reversed(corpus)), 10)
    assert [sorted(d.url for d in shard) for shard in again] == [sorted(d.url for d in shard) for shard in split]
    edited = (dataclasses.replace(corpus[0], html=corpus[0].html.replace("Text", "Other text")), *corpus[1:])
    changed = [a != b for a, b in zip(split, index.shard_documents(edited, 10), strict=True)]
    assert changed.count(True) == 1


def test_a_small_corpus_keeps_one_bundle() -> None:
    files = {p.path: p.content for p in index_site(SMALL, shard_size=10)}
    assert files == {p.path: p.content for p in index_site(SMALL)}
    assert not any("shard" in path for path in files if path != index.SHARDS_SCRIPT)
    assert files[index.SHARDS_SCRIPT].endswith("window.newscorpusSearchShards = [];\n")  # type: ignore[union-attr]


def test_a_large_corpus_is_searched_in_shards_each_document_in_one() -> None:
    corpus = numbered_documents(40)
    files = {p.path: p.content for p in index_site(corpus, shard_size=10, workers=2)}
    # The same bytes whether the shards are indexed one by one or at once.
    assert {p.path: p.content for p in index_site(corpus, shard_size=10)} == files
    script = str(files[index.SHARDS_SCRIPT])
    folders = ["shard-01-of-04/", "shard-02-of-04/", "shard-03-of-04/"]
    assert script.endswith(f"window.newscorpusSearchShards = {json.dumps(folders)};\n")
    # The main bundle has Pagefind's program and UI; a shard has its own index and no program.
    for folder in ["", *folders]:
        assert f"pagefind/{folder}pagefind-entry.json" in files
        assert any(path.startswith(f"pagefind/{folder}pagefind.en_") for path in files)
    assert not any(path.startswith("pagefind/shard-") and path.endswith(".js") for path in files)
    fragments = [gzip.decompress(c).decode() for p, c in files.items() if "/fragment/" in p and isinstance(c, bytes)]
    urls = sorted(json.loads(f[f.index("{") :])["url"] for f in fragments)  # after Pagefind's header
    assert urls == sorted(f"/{d.url}" for d in corpus)


def test_a_rebuild_indexes_again_only_the_shard_of_the_document_that_changed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made = []
    real = index._index

    def counted(documents: tuple[SearchDocument, ...]) -> tuple[object, ...]:
        made.append(tuple(d.url for d in documents))
        return real(documents)

    monkeypatch.setattr(index, "_index", counted)
    corpus, keep = numbered_documents(40), tmp_path / "kept"
    index_site(corpus, keep, shard_size=10)
    assert len(made) == 4 and len(list(keep.iterdir())) == 4
    edited = (*corpus[:7], dataclasses.replace(corpus[7], html=corpus[7].html.replace("Text", "New text")), *corpus[8:])
    made.clear()
    rebuilt = index_site(edited, keep, shard_size=10)
    assert len(made) == 1 and corpus[7].url in made[0]
    assert rebuilt == index_site(edited, shard_size=10)
    # Fewer documents, fewer shards: the kept shards no longer made are removed.
    index_site(corpus[:20], keep, shard_size=10)
    assert len(list(keep.iterdir())) == 2


def test_the_index_gives_the_sum_of_each_file_made_or_kept(tmp_path: Path) -> None:
    corpus, keep = numbered_documents(30), tmp_path / "kept"
    for _ in range(2):  # made, then kept
        sums: dict[str, KnownSum] = {}
        files = index_site(corpus, keep, shard_size=10, sums=sums)
        data = [p.content if isinstance(p.content, bytes) else p.content.encode() for p in files]
        expected = {p.path: sum_of(d) for p, d in zip(files, data, strict=True)}
        assert {path: found for path, (_, found) in sums.items()} == {path: expected[path] for path in sums}
        assert all(sums[p.path][0] is p.content for p in files if p.path in sums)
        assert expected.keys() - sums.keys() == {index.SHARDS_SCRIPT}  # written by the index, not Pagefind


def test_a_shard_kept_without_sums_by_an_earlier_version_is_still_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    keep = tmp_path / "kept"
    first = index_site(SMALL, keep)
    entry = decode_entry((keep / "main").read_bytes())
    write_entry(keep / "main", entry[:2])  # digest and files, no sums
    monkeypatch.setattr(index, "_index", lambda documents: pytest.fail("indexed again"))
    sums: dict[str, KnownSum] = {}
    assert index_site(SMALL, keep, sums=sums) == first
    data = first[0].content
    assert sums[first[0].path][1] == sum_of(data if isinstance(data, bytes) else data.encode())
