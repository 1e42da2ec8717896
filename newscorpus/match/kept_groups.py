"""Keep each variant group between builds, to make again only the groups an edit can change.

A group (`VariantGroup`: its reference, every member's figures, edits and `via`) is made from its
members alone, and of each member from what a key names exactly:

- the member's id and extraction key (its words, headline, dates and credits: everything read of it);
- what is known of it besides its text (outlet, date, wire credit: `Facts`, which a caller may give);
- which of its n-grams the corpus holds too often to count on their own (the hash of a mark per
  n-gram, as a kept verdict reads it): with its words, that fixes which n-grams two members share
  as rare and as common copy, all the figures read. The n-grams' numbers are never read, only
  whether two are equal, and equal words give equal n-grams in any one build;
- the verified pairs among the members, with their scores (`via` reads them).

A group whose key is one the last build kept is taken as it was kept; every other group is made
again. The groups themselves (which articles are versions of one story) are worked out again on
every build. The file is written when the groups kept changed; it is not read under another version
of the code or the Config, and a damaged one is ignored with a warning.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

from ..cache import read_kept, write_entry
from ..model import VariantGroup

log = logging.getLogger(__name__)

FILE = "matched-groups"
"""The file in the cache folder keeping the last build's variant groups by key."""

Member = tuple[str, str, bytes, str | None, str | None, str | None]
"""What a group reads of one member: id, extraction key, common n-gram marks' hash, outlet, date, credit."""
Pair = tuple[str, str, float]
"""A verified pair among the members: the two ids, in order, and the pair's score."""


def group_key(members: Iterable[Member], pairs: Iterable[Pair]) -> bytes:
    """Return the key of a group made of these members (in id order) and verified pairs (sorted)."""
    # repr: strings, bytes, floats and None written exactly, the same in every process.
    return hashlib.blake2b(repr((tuple(members), tuple(pairs))).encode(), digest_size=16).digest()


class KeptGroups:
    """The last build's groups read from folder (none when None), and this build's to keep there."""

    def __init__(self, folder: Path | None, version: str) -> None:
        self.path = None if folder is None else folder / FILE
        self.version = version
        kept = read_kept(self.path, version, "the kept variant groups", then="making every group again")
        self.last: dict[bytes, bytes] = kept if isinstance(kept, dict) else {}
        self.now: dict[bytes, bytes] = {}
        self.made = 0

    def group(self, key: bytes | None, make: Callable[[], VariantGroup]) -> tuple[VariantGroup, bool]:
        """Return the group of this key as the last build kept it, else made (a key of None keeps nothing),
        and whether it was kept."""
        if key is None or self.path is None:
            return make(), False
        packed = self.last.get(key)
        if packed is not None:
            self.now[key] = packed
            return cast(VariantGroup, pickle.loads(packed)), True  # the user's own cache, written by this program
        found = make()
        self.now[key] = pickle.dumps(found, protocol=5)
        self.made += 1
        return found, False

    def save(self) -> None:
        """Keep this build's groups for the next, when they are not the last build's."""
        if self.path is None:
            return
        log.info("match: %d variant groups taken from the last build, %d made", len(self.now) - self.made, self.made)
        if not self.made and len(self.now) == len(self.last):
            return
        write_entry(self.path, (self.version, self.now))
