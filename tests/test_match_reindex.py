"""A rebuild's n-grams and candidate pairs, worked out from the last build's, are those a build from scratch finds."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import random
from pathlib import Path

import pytest

from newscorpus.config import Config
from newscorpus.match.index import Bar, Shingles
from newscorpus.match.reindex import FILE, KeptIndex, pack, unpack
from newscorpus.match.shards import SHARDS, folder_of, shard_of
from newscorpus.match.text import Words

# A small cap (an n-gram in more than 3 articles is common) and short runs, so that a few made-up
# articles have rare, common and unique n-grams, and edits push n-grams over and under the cap.
CONFIG = dataclasses.replace(
    Config(), shingle_df_cap=3, shingle_df_share=0.0, shingle_df_ceiling=3, common_run_words=6, min_shared_shingles=3
)
BAR = Bar(CONFIG.min_shared_shingles, CONFIG.candidate_min_share, frozenset(), CONFIG.min_alert_shingles)
# Made-up words: few enough that articles drawn from them share many n-grams.
VOCABULARY = [
    "ferry",
    "harbour",
    "council",
    "toll",
    "bridge",
    "river",
    "night",
    "crew",
    "storm",
    "pier",
    "lamp",
    "market",
    "vote",
    "plan",
]
Corpus = dict[str, tuple[str, ...]]


def made_up(seed: int, articles: int) -> Corpus:
    """Return articles of phrases drawn from a few stock phrases and a few words, deterministically."""
    draw = random.Random(seed)
    phrases = [tuple(draw.choices(VOCABULARY, k=8)) for _ in range(6)]
    corpus = {}
    for n in range(articles):
        words: list[str] = []
        while len(words) < 30:
            words.extend(draw.choice(phrases) if draw.random() < 0.5 else draw.choices(VOCABULARY, k=3))
        corpus[f"a{n:03d}"] = tuple(words)
    return corpus


def key(id: str, words: tuple[str, ...]) -> str:
    return hashlib.blake2b(f"{id}\0{' '.join(words)}".encode(), digest_size=16).hexdigest()


def build(index: KeptIndex, corpus: Corpus, config: Config = CONFIG) -> tuple[Shingles, list[tuple[int, int, int]]]:
    ids = sorted(corpus)
    words = [Words(corpus[i], (False,) * len(corpus[i]), len(corpus[i])) for i in ids]
    shingles = index.shingle(ids, [key(i, corpus[i]) for i in ids], words, config)
    return shingles, index.candidates(shingles, BAR, config.common_run_neighbours)


def view(shingles: Shingles) -> tuple[object, ...]:
    """Return what the shingles say, whatever numbers the words got: which n-grams are rare or common where."""
    rare = [bytes(g in d for g in grams) for grams, d in zip(shingles.grams, shingles.distinct, strict=True)]
    runs = [bytes(g in c for g in grams) for grams, c in zip(shingles.grams, shingles.common, strict=True)]
    common = [bytes(g in shingles.frequent for g in grams) for grams in shingles.grams]
    equal = [[grams.index(g) for g in grams] for grams in shingles.grams]
    return rare, runs, common, equal, shingles.cap, dict(sorted(shingles.word_df.items()))


def rebuild(tmp_path: Path, before: Corpus, after: Corpus, config: Config = CONFIG) -> KeptIndex:
    """Build before keeping its index, then after from it; assert after is what a build from scratch finds."""
    first = KeptIndex(tmp_path / FILE, "v", lambda k: None)
    build(first, before, config)
    first.save()
    old_words = {key(i, w): w for i, w in before.items()}
    second = KeptIndex(tmp_path / FILE, "v", old_words.get)
    shingles, candidates = build(second, after, config)
    scratch, expected = build(KeptIndex(None, "v", old_words.get), after, config)
    assert candidates == expected
    assert view(shingles) == view(scratch)
    second.save()
    return second


@pytest.mark.parametrize("seed", range(12))
def test_edits_additions_and_removals_give_the_candidates_of_a_build_from_scratch(tmp_path: Path, seed: int) -> None:
    before = made_up(seed, 40)
    draw = random.Random(seed)
    after = dict(before)
    for edited in draw.sample(sorted(before), 2):
        after[edited] = (*draw.choices(VOCABULARY, k=6), *before[edited][10:])
    del after[draw.choice(sorted(after))]
    after.update({f"b{n}": made_up(seed + 100, 2)[f"a{n:03d}"] for n in range(2)})
    second = rebuild(tmp_path, before, after)
    assert second.change is not None  # worked out from the last build, not whole


def test_an_edit_pushing_ngrams_over_and_under_the_cap_moves_their_other_holders(tmp_path: Path) -> None:
    shared = ("storm", "lamp", "pier", "vote", "night", "crew", "ferry", "toll")
    before = {f"a{n}": (*shared, *VOCABULARY[n : n + 4], "harbour") for n in range(3)}
    before |= {"x": ("market", "river", "plan", "bridge", "council", "ferry", "harbour", "toll")}
    # Over: a fourth article takes the phrase (in more than 3 articles now: common). Under: the
    # edit takes it away again, and the other three hold it rare once more.
    over = before | {"x": (*shared, "market")}
    moved = rebuild(tmp_path, before, over)
    assert moved.change is not None and moved.change.moved == (0, 1, 2)
    assert rebuild(tmp_path / "back", over, before).change is not None


def test_an_ngram_found_once_more_becomes_rare_in_its_one_other_article(tmp_path: Path) -> None:
    before = {
        "a": ("storm", "lamp", "pier", "vote", "night", "crew"),
        "b": ("ferry", "toll", "market", "plan"),
    }
    after = before | {"c": ("river", "storm", "lamp", "pier", "vote")}
    second = rebuild(tmp_path, before, after)
    assert second.change is not None and second.change.moved == (0,)


def test_the_band_of_a_common_run_is_counted_again_when_an_article_joins_it(tmp_path: Path) -> None:
    run = ("storm", "lamp", "pier", "vote", "night", "crew", "ferry", "toll", "market", "plan")
    before = {f"a{n:02d}": (*run, VOCABULARY[n % 14], "bridge") for n in range(0, 20, 2)}
    # Joining between two holders puts it in their neighbours' band, pushing out others.
    after = before | {"a05": (*run, "council")}
    second = rebuild(tmp_path, before, after)
    assert second.shingles is not None and any(second.shingles.common)


def test_a_corpus_size_moving_the_cap_works_everything_out_whole(tmp_path: Path) -> None:
    config = dataclasses.replace(CONFIG, shingle_df_cap=2, shingle_df_share=0.1, shingle_df_ceiling=10)
    before = made_up(3, 30)
    after = before | made_up(4, 5)  # ids a000-a004 edited: 30 articles still
    after |= {f"z{n}": w for n, w in made_up(5, 10).items()}  # 40 articles: the cap goes from 3 to 4
    assert rebuild(tmp_path, before, after, config).change is None


def test_nothing_kept_or_another_version_works_everything_out_whole(tmp_path: Path) -> None:
    corpus = made_up(1, 10)
    index = KeptIndex(tmp_path / FILE, "v", lambda k: None)
    build(index, corpus)
    assert index.change is None
    index.save()
    other = KeptIndex(tmp_path / FILE, "w", lambda k: None)
    build(other, corpus)
    assert other.change is None
    (tmp_path / FILE).write_bytes(b"damaged")
    assert KeptIndex(tmp_path / FILE, "v", lambda k: None).last is None


def test_an_unchanged_corpus_is_not_written_again(tmp_path: Path) -> None:
    corpus = made_up(2, 10)
    rebuild(tmp_path, corpus, corpus)
    written = (tmp_path / FILE).stat().st_mtime_ns
    again = KeptIndex(tmp_path / FILE, "v", lambda k: None)
    build(again, corpus)
    again.save()
    assert again.change is not None and (tmp_path / FILE).stat().st_mtime_ns == written


def test_ngrams_pack_into_bytes_and_back() -> None:
    assert tuple(unpack(pack((0, 5, 2**64 - 1)))) == (0, 5, 2**64 - 1)
    assert tuple(unpack(pack(()))) == ()


def shard_files(tmp_path: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder_of(tmp_path / FILE).iterdir())}


def test_a_sequence_of_edits_reads_back_the_shards_the_last_wrote(tmp_path: Path) -> None:
    corpus = made_up(5, 60)
    draw = random.Random(5)
    rebuild(tmp_path, corpus, corpus)
    for _ in range(4):
        before = dict(corpus)
        edited = draw.choice(sorted(corpus))
        corpus[edited] = (*draw.choices(VOCABULARY, k=4), *corpus[edited][6:])
        files = shard_files(tmp_path)
        second = rebuild(tmp_path, before, corpus)  # as a build from scratch finds, each time
        rewritten = [name for name, mtime in shard_files(tmp_path).items() if files[name] != mtime]
        if second.change is not None:
            assert len(rewritten) <= len({*second.change.added, *second.change.moved}) + 1 < SHARDS


@pytest.fixture
def logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Let caplog see the package's messages, which a CLI run earlier in the session keeps to its own handler
    at its own level."""
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.DEBUG, logger="newscorpus")
    return caplog


def test_a_damaged_shard_works_the_n_grams_out_whole_with_a_warning(
    tmp_path: Path, logged: pytest.LogCaptureFixture
) -> None:
    corpus = made_up(6, 20)
    rebuild(tmp_path, corpus, corpus)
    shard = folder_of(tmp_path / FILE) / "07"
    shard.write_bytes(shard.read_bytes()[:-3])
    index = KeptIndex(tmp_path / FILE, "v", lambda k: None)
    assert index.last is None
    assert any("ignoring the kept n-grams" in m for m in logged.messages)
    _, candidates = build(index, corpus)
    assert candidates == build(KeptIndex(None, "v", lambda k: None), corpus)[1]


def test_a_shard_of_another_write_is_not_read(tmp_path: Path, logged: pytest.LogCaptureFixture) -> None:
    corpus = made_up(7, 20)
    rebuild(tmp_path, corpus, corpus)
    shard = folder_of(tmp_path / FILE) / f"{shard_of(key('a000', corpus['a000'])):02x}"
    kept = shard.read_bytes()
    rebuild(tmp_path, made_up(8, 20), made_up(8, 20))
    shard.write_bytes(kept)  # whole, but left by the write before
    assert KeptIndex(tmp_path / FILE, "v", lambda k: None).last is None
    assert not [r for r in logged.records if r.levelno >= logging.WARNING]
    assert any("is not of the head's write" in m for m in logged.messages)
