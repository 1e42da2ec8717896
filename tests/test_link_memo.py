"""Related articles kept between builds: a rebuild finds again only those an edit can change, and
every article's are those a build from scratch finds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus import link_memo
from newscorpus.cache import fingerprint
from newscorpus.config import Config
from newscorpus.link import link_articles
from newscorpus.model import Article, Block, Entity, Member, SiteLinks, VariantGroup


def article(id: str, *places: str, published: str = "2024-03-01") -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        title=f"Headline {id}",
        title_derived=False,
        dateline=None,
        blocks=(Block("paragraph", "Text."),),
        word_count=1,
        reading_minutes=1,
        places=tuple(Entity("place", p, (), 1) for p in places),
        published=published,
    )


# Six articles naming places in overlapping pairs, two of them versions of one story.
CORPUS = (
    article("a", "Lagos", "Accra"),
    article("b", "Lagos", "Abuja"),
    article("c", "Accra", "Abuja", published="2024-03-02"),
    article("d", "Kano"),
    article("e", "Kano", "Lagos"),
    article("f", "Accra", published="2024-03-09"),
)
STORY = VariantGroup("story-a", "a", (Member("a", 1, 1, 1), Member("b", 0.5, 0.5, 0.5)))
OTHER = VariantGroup("story-d", "d", (Member("d", 1, 1, 1), Member("f", 0.5, 0.5, 0.5)))


def _replace(id: str, new: Article) -> Callable[[tuple[Article, ...]], tuple[Article, ...]]:
    return lambda articles: tuple(new if a.id == id else a for a in articles)


EDITS = [
    # Nothing changed: every article's related articles are the last build's.
    (lambda articles: articles, (STORY,), 0),
    # A place added: articles naming it, or any place of the edited article, may score otherwise.
    (_replace("d", article("d", "Kano", "Abuja")), (STORY,), 4),
    # A place dropped, so "Kano" is named by one article only and weighs nothing.
    (_replace("e", article("e", "Lagos")), (STORY,), 4),
    # Another day: those that scored the edited article for a shared place or story.
    (_replace("f", article("f", "Accra", published="2024-03-01")), (STORY,), 3),
    # Two articles joined in a story: those naming their places, and the story's members.
    (lambda articles: articles, (STORY, OTHER), 5),
]


@pytest.mark.parametrize(("edit", "groups", "found_again"), EDITS)
def test_a_rebuild_finds_the_related_articles_a_build_from_scratch_finds(
    tmp_path: Path,
    edit: Callable[[tuple[Article, ...]], tuple[Article, ...]],
    groups: tuple[VariantGroup, ...],
    found_again: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = Config(cache_dir=tmp_path / "cache", related_limit=3)
    first = link_articles(CORPUS, (STORY,), config=config, related=False)
    assert link_memo.with_kept_related(first, config) == link_articles(CORPUS, (STORY,), config=config)
    edited = edit(CORPUS)
    links = link_articles(edited, groups, config=config, related=False)
    caplog.set_level("INFO", logger="newscorpus.link_memo")
    assert link_memo.with_kept_related(links, config) == link_articles(edited, groups, config=config)
    assert caplog.messages == [f"link: related articles of {found_again} of 6 articles found again"]


def test_another_setting_finds_every_related_article_again(tmp_path: Path) -> None:
    config = Config(cache_dir=tmp_path / "cache")
    link_memo.with_kept_related(link_articles(CORPUS, (), config=config, related=False), config)
    fewer = dataclasses.replace(config, related_limit=1)
    links = link_articles(CORPUS, (), config=fewer, related=False)
    assert link_memo.with_kept_related(links, fewer) == link_articles(CORPUS, (), config=fewer)


@pytest.mark.parametrize(("edit", "groups", "found_again"), EDITS)
def test_each_related_list_comes_with_its_fingerprint_kept_or_made_again(
    tmp_path: Path,
    edit: Callable[[tuple[Article, ...]], tuple[Article, ...]],
    groups: tuple[VariantGroup, ...],
    found_again: int,
) -> None:
    config = Config(cache_dir=tmp_path / "cache", related_limit=3)
    link_memo.kept_related(link_articles(CORPUS, (STORY,), config=config, related=False), config)
    links, printed = link_memo.kept_related(link_articles(edit(CORPUS), groups, config=config, related=False), config)
    assert list(printed) == list(links.related)
    assert all(value is links.related[i] and print_ == fingerprint(value) for i, (value, print_) in printed.items())


def test_no_cache_folder_keeps_no_fingerprints(tmp_path: Path) -> None:
    config = Config(cache_dir=None)
    links, printed = link_memo.kept_related(link_articles(CORPUS, (STORY,), config=config, related=False), config)
    assert printed == {}
    assert links == link_articles(CORPUS, (STORY,), config=config)


def test_what_is_read_of_an_article_whose_hash_is_kept_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config(cache_dir=tmp_path / "cache", related_limit=3)

    def hashed(links: SiteLinks) -> dict[str, tuple[Article, bytes]]:
        return {a.id: (a, fingerprint(a)) for a in links.articles.values()}

    first = link_articles(CORPUS, (STORY,), config=config, related=False)
    link_memo.kept_related(first, config, hashed(first))
    read: list[str] = []
    real = link_memo._read_of
    monkeypatch.setattr(link_memo, "_read_of", lambda a, group_of: read.append(a.id) or real(a, group_of))
    # d edited and joined to f in a story: d is read again, f's group is taken as it is now.
    edited = _replace("d", article("d", "Kano", "Abuja"))(CORPUS)
    links = link_articles(edited, (STORY, OTHER), config=config, related=False)
    found, _ = link_memo.kept_related(links, config, hashed(links))
    assert read == ["d"]
    assert found == link_articles(edited, (STORY, OTHER), config=config)
    # A hash given for another object than the article linked is not trusted: every article is read.
    read.clear()
    others = {i: (dataclasses.replace(a), h) for i, (a, h) in hashed(links).items()}
    assert link_memo.kept_related(links, config, others)[0] == found
    assert read == sorted(links.articles)
