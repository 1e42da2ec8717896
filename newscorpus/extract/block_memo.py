"""Keep each text's block keys between builds, so finding the corpus's repeated blocks reads only new texts.

Which blocks stand on many pages (`page_blocks.repeated_blocks`) depends on every text of the corpus,
so each build splits every text into blocks again, a second of a rebuild of 20,000 articles. A
text's blocks depend on the text alone: they are kept under a hash of it, and a text the last build
split is not split again. What is kept is read back only under the same code and Config, and only
the texts of this build are kept for the next.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from ..cache import memo_version, read_kept, write_entry
from ..config import Config
from .page_blocks import block_key, split_blocks

FILE = "blocks"
"""The file in the cache folder keeping each text's block keys."""

Keys = tuple[str, ...]


def block_keys(texts: Sequence[str], folder: Path | None, config: Config) -> list[Keys]:
    """Return each text's block keys (`page_blocks.block_key` of each of `split_blocks`), in order."""
    if folder is None:
        return [_keys_of(text) for text in texts]
    path = folder / FILE
    version = memo_version(config)
    last = _load(path, version)
    kept: dict[bytes, Keys] = {}
    out = []
    for text in texts:
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        keys = kept.get(digest)
        if keys is None:
            keys = last.get(digest)
            kept[digest] = keys = _keys_of(text) if keys is None else keys
        out.append(keys)
    if kept != last:
        write_entry(path, (version, kept))
    return out


def _keys_of(text: str) -> Keys:
    return tuple(map(block_key, split_blocks(text)))


def _load(path: Path, version: str) -> dict[bytes, Keys]:
    """Return the block keys kept in path under this version, else none."""
    kept = read_kept(path, version, "the kept blocks")
    return kept if isinstance(kept, dict) else {}
