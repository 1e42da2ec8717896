"""A kept entry's layout: header, checksum, pickle; a damaged one is never trusted, an older one still read."""

from __future__ import annotations

import hashlib
import pickle

import pytest

from newscorpus.cache import decode_entry, encode_entry


def test_an_entry_reads_back_what_was_kept() -> None:
    assert decode_entry(encode_entry({"a": (1, "two")})) == {"a": (1, "two")}


def test_a_damaged_or_truncated_entry_is_refused() -> None:
    entry = encode_entry(["some kept text"] * 3)
    damaged = entry.replace(b"kept", b"kapt", 1)
    for broken in (damaged, entry[:-5]):
        with pytest.raises(ValueError, match="damaged"):
            decode_entry(broken)


def test_an_entry_checked_by_the_older_hash_is_still_read() -> None:
    payload = pickle.dumps(("version", {"k": 1}), protocol=5)
    older = b"newscorpus-cache 1\n%s\n%s" % (hashlib.blake2b(payload, digest_size=16).hexdigest().encode(), payload)
    assert decode_entry(older) == ("version", {"k": 1})
    with pytest.raises(ValueError, match="damaged"):
        decode_entry(older[:-1])
