"""Matching kept between builds: a rebuild finds the groups a build from scratch finds, doing again only what changed."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from pathlib import Path

import pytest

from newscorpus.cache import ArticleCache
from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.match.memo import FILE, MatchMemo
from newscorpus.match.reindex import FILE as INDEX_FILE
from newscorpus.model import Article, Source

from .conftest import FIXTURES


@pytest.fixture(autouse=True)
def logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Let caplog see the package's messages, which a CLI run earlier in the session keeps to its own handler
    at its own level."""
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.INFO, logger="newscorpus")


def extracted(name: str, text: str) -> tuple[Article, str]:
    """Return an article and a key standing for its extraction's (its text's hash)."""
    found = extract_article(Source(id=Path(name).stem, path=name, text=text), Config())
    assert found is not None
    return found, hashlib.blake2b(text.encode(), digest_size=20).hexdigest()


def stories(edits: dict[str, str] | None = None) -> tuple[list[Article], dict[str, str]]:
    """Return the syndication fixtures' articles and keys, with some texts replaced."""
    articles, keys = [], {}
    for path in sorted((FIXTURES / "syndication").glob("*.txt")):
        text = (edits or {}).get(path.name, path.read_text(encoding="utf-8"))
        article, key = extracted(path.name, text)
        articles.append(article)
        keys[article.id] = key
    return articles, keys


def shard_times(folder: Path) -> dict[str, tuple[int, int]]:
    """Return the inode and modification time of each shard file of the kept matching, by name: a shard
    written again is a new file moved into place."""
    return {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in (folder / FILE).iterdir()}


def kept_counts(caplog: pytest.LogCaptureFixture) -> str:
    return next(r.getMessage() for r in caplog.records if r.getMessage().startswith("match: kept"))


def test_a_second_match_keeps_every_article_and_verdict_and_finds_the_same_groups(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    scratch = match_articles(articles, Config(cache_dir=None))
    assert scratch.groups
    with caplog.at_level(logging.INFO, logger="newscorpus.match.memo"):
        assert match_articles(articles, config, keys=keys) == scratch
        assert kept_counts(caplog).startswith("match: kept words of 0 articles, 0 verdicts")
        assert (tmp_path / FILE).is_dir()
        written = shard_times(tmp_path)
        caplog.clear()
        assert match_articles(articles, config, keys=keys) == scratch
    versions = sum(len(g.members) - 1 for g in scratch.groups)
    assert kept_counts(caplog).startswith(f"match: kept words of {len(articles)} articles")
    assert kept_counts(caplog).endswith(f"and {versions} versions' edits from the last build")
    # Nothing new was found, so no shard is written again.
    assert shard_times(tmp_path) == written


def test_an_edited_article_is_matched_as_a_build_from_scratch_matches_it(tmp_path: Path) -> None:
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    before = shard_times(tmp_path)
    # One flood version loses its shared copy: it leaves its story, the others' verdicts are kept.
    edited, edited_keys = stories(
        {"herald_flood.txt": "Local council meets on parking fees.\n\nThe meeting is on Monday.\n"}
    )
    assert edited_keys["herald_flood"] != keys["herald_flood"]
    scratch = match_articles(edited, Config(cache_dir=None))
    assert match_articles(edited, config, keys=edited_keys) == scratch
    assert all("herald_flood" not in {m.id for m in g.members} for g in scratch.groups)
    # The shards holding the edited article's words, verdicts and edits, old and new, are written again, no other.
    after = shard_times(tmp_path)
    assert 0 < sum(after[name] != then for name, then in before.items()) < len(before)

    # And back: the first build's groups again.
    assert match_articles(articles, config, keys=keys) == match_articles(articles, Config(cache_dir=None))


def test_a_corpus_with_an_article_fewer_weighs_names_again(tmp_path: Path) -> None:
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    fewer = [a for a in articles if a.id != "daily_summit"]
    assert match_articles(fewer, config, keys=keys) == match_articles(fewer, Config(cache_dir=None))


def test_a_damaged_file_is_ignored_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    for shard in (tmp_path / FILE).iterdir():
        shard.write_bytes(b"newscorpus-cache 1\nnot a checksum\n\x00")
    with caplog.at_level(logging.WARNING):
        assert match_articles(articles, config, keys=keys) == match_articles(articles, Config(cache_dir=None))
    damaged = [r.getMessage() for r in caplog.records if "ignoring the kept matching" in r.getMessage()]
    assert damaged and all(m.startswith(str(tmp_path / FILE)) for m in damaged)
    # Each damaged shard was written again whole: the next build reads every one without a warning.
    caplog.clear()
    match_articles(articles, config, keys=keys)
    assert not any("ignoring" in r.getMessage() for r in caplog.records)


def test_nothing_is_kept_without_keys_or_a_cache_folder(tmp_path: Path) -> None:
    articles, keys = stories()
    match_articles(articles, Config(cache_dir=tmp_path))
    match_articles(articles, Config(cache_dir=None), keys=keys)
    assert not (tmp_path / FILE).exists()


def test_another_configuration_does_not_read_what_this_one_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    articles, keys = stories()
    match_articles(articles, Config(cache_dir=tmp_path), keys=keys)
    other = dataclasses.replace(Config(cache_dir=tmp_path), min_containment=Config().min_containment + 0.01)
    with caplog.at_level(logging.INFO, logger="newscorpus.match.memo"):
        assert match_articles(articles, other, keys=keys) == match_articles(
            articles, dataclasses.replace(other, cache_dir=None)
        )
    assert kept_counts(caplog).startswith("match: kept words of 0 articles, 0 verdicts")


def test_an_added_article_is_matched_as_a_build_from_scratch_matches_it_working_out_its_ngrams_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    match_articles([a for a in articles if a.id != "herald_flood"], config, keys=keys)
    caplog.clear()
    assert match_articles(articles, config, keys=keys) == match_articles(articles, Config(cache_dir=None))
    assert any(m.startswith("match: n-grams worked out again for 1 article,") for m in caplog.messages)


def test_pruning_the_cache_keeps_the_matched_ngrams(tmp_path: Path) -> None:
    articles, keys = stories()
    match_articles(articles, Config(cache_dir=tmp_path), keys=keys)
    ArticleCache(tmp_path, Config(cache_dir=tmp_path)).prune()
    assert (tmp_path / FILE).is_dir() and (tmp_path / INDEX_FILE).is_file()


def test_a_word_kept_many_times_is_read_back_as_one_string(tmp_path: Path) -> None:
    # marshal writes a string it wrote before as a reference: each word of a shard is spelt, and read, once.
    articles, keys = stories()
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    kept = MatchMemo(tmp_path, config, keys).last[0]
    assert len(kept) == len(articles)
    for read in kept.values():
        words = read[0]
        often = max(set(words), key=words.count)
        assert words.count(often) > 1
        assert len({id(w) for w in words if w == often}) == 1
