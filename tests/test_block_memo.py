"""Block keys kept between builds: a text the last build split is not split again, and every text's
keys are those splitting it now gives."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newscorpus.config import Config
from newscorpus.extract import block_memo
from newscorpus.extract.page_blocks import block_key, repeated_blocks, repeated_keys, split_blocks

TEXTS = ["Home\nSubscribe\nThe council met on Monday.", "Home\nSubscribe\nRain fell all week.", "One paragraph."]


def fresh(text: str) -> tuple[str, ...]:
    return tuple(map(block_key, split_blocks(text)))


@pytest.fixture
def splits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each text split."""
    seen: list[str] = []

    def split(text: str) -> tuple[str, ...]:
        seen.append(text)
        return split_blocks(text)

    monkeypatch.setattr(block_memo, "split_blocks", split)
    return seen


def test_a_rebuild_splits_only_the_texts_it_has_not_seen(tmp_path: Path, splits: list[str]) -> None:
    config = Config()
    assert block_memo.block_keys(TEXTS, tmp_path, config) == [fresh(t) for t in TEXTS]
    assert len(splits) == 3
    splits.clear()
    edited = [TEXTS[0], "Home\nSubscribe\nRain fell all month.", TEXTS[2], TEXTS[2]]
    assert block_memo.block_keys(edited, tmp_path, config) == [fresh(t) for t in edited]
    assert splits == [edited[1]]
    # Only this build's texts are kept: the edited text's old version is split again when it comes back.
    splits.clear()
    assert block_memo.block_keys(TEXTS, tmp_path, config) == [fresh(t) for t in TEXTS]
    assert splits == [TEXTS[1]]


def test_no_folder_keeps_nothing_and_another_config_splits_again(tmp_path: Path, splits: list[str]) -> None:
    assert block_memo.block_keys(TEXTS, None, Config()) == [fresh(t) for t in TEXTS]
    block_memo.block_keys(TEXTS, tmp_path, Config())
    splits.clear()
    block_memo.block_keys(TEXTS, tmp_path, Config(related_limit=1))
    assert len(splits) == 3


def test_a_damaged_file_of_kept_blocks_is_ignored_with_a_warning(
    tmp_path: Path, splits: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    logging.getLogger("newscorpus").propagate = True
    caplog.set_level(logging.INFO, logger="newscorpus")
    block_memo.block_keys(TEXTS, tmp_path, Config())
    for kept in (tmp_path / block_memo.FILE).iterdir():
        kept.write_bytes(b"not a cache entry")
    splits.clear()
    assert block_memo.block_keys(TEXTS, tmp_path, Config()) == [fresh(t) for t in TEXTS]
    assert len(splits) == 3
    assert any("ignoring the kept blocks" in m for m in caplog.messages)


def test_repeated_keys_are_the_repeated_blocks_of_the_same_pages() -> None:
    pages = [split_blocks(f"Home\nSubscribe\nStory number {n} is here.") for n in range(4)]
    assert repeated_keys([tuple(map(block_key, p)) for p in pages]) == repeated_blocks(pages) == {"home", "subscribe"}
