"""A table kept in shard files: read back whole, each shard written only when its entries changed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newscorpus.kept_table import SHARDS, KeptTable, shard_of


def shard_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Return the inode and modification time of each shard file, by name: a shard written is a new file."""
    return {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in folder.iterdir()}


def test_a_table_is_read_back_whole_and_an_entry_changed_rewrites_its_shard_alone(tmp_path: Path) -> None:
    table = {f"articles/{n}.md": n for n in range(200)}
    KeptTable[str, int](tmp_path, "v1", "the table", "").save(table)
    assert len(shard_files(tmp_path)) == SHARDS  # 200 keys fill every shard
    before = shard_files(tmp_path)
    kept = KeptTable[str, int](tmp_path, "v1", "the table", "")
    assert kept.last == table
    kept.save({**table, "articles/7.md": -7})
    after = shard_files(tmp_path)
    assert [name for name in before if after[name] != before[name]] == [f"{shard_of('articles/7.md'):02x}"]
    assert KeptTable[str, int](tmp_path, "v1", "the table", "").last == {**table, "articles/7.md": -7}


def test_another_version_keeps_nothing_and_a_damaged_shard_only_its_own_entries(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    table = {b"a": 1, b"b": 2, b"c": 3}
    KeptTable[bytes, int](tmp_path, "v1", "the table", "reading them again").save(table)
    assert KeptTable[bytes, int](tmp_path, "v2", "the table", "").last == {}
    damaged = tmp_path / f"{shard_of(b'a'):02x}"
    damaged.write_bytes(b"not a cache entry")
    with caplog.at_level(logging.WARNING, logger="newscorpus"):
        kept = KeptTable[bytes, int](tmp_path, "v1", "the table", "reading them again")
    assert kept.last == {k: v for k, v in table.items() if shard_of(k) != shard_of(b"a")}
    assert f"{damaged}: ignoring the table" in caplog.text and "reading them again" in caplog.text
    kept.save(table)  # the damaged shard is written again whole
    assert KeptTable[bytes, int](tmp_path, "v1", "the table", "").last == table


def test_no_folder_keeps_nothing(tmp_path: Path) -> None:
    kept = KeptTable[str, int](None, "v1", "the table", "")
    kept.save({"a": 1})
    assert kept.last == {} and not any(tmp_path.iterdir())
