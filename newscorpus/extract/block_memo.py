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

from ..cache import memo_version
from ..config import Config
from ..kept_table import KeptTable
from .page_blocks import block_key, split_blocks

FILE = "blocks-kept"
"""The folder in the cache folder keeping each text's block keys, in shards by the text's hash
(kept_table.py: a rebuild writes again only the shards of the texts it split)."""

Keys = tuple[str, ...]


def block_keys(texts: Sequence[str], folder: Path | None, config: Config) -> list[Keys]:
    """Return each text's block keys (`page_blocks.block_key` of each of `split_blocks`), in order."""
    if folder is None:
        return [_keys_of(text) for text in texts]
    table: KeptTable[bytes, Keys] = KeptTable(folder / FILE, memo_version(config), "the kept blocks", "")
    last = table.last
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
        table.save(kept)
    return out


def _keys_of(text: str) -> Keys:
    return tuple(map(block_key, split_blocks(text)))
