"""Keep rendered pages between builds with what each read of the site's links, to render again only what changed.

A page (or an article's data record) is rendered through `PageMemo.kept`, given the site's
links wrapped so that every entry it looks up is noted: which article, group, hub, hub key or
related list, by key, or that it walked a whole table. The next build renders the same page
only if one of those entries now differs (compared by a hash of its pickle), the code or the
Config changed, or the page walked a whole table (such pages are never kept). Every other input
of a page renderer is one of these entries, so a kept page is the page a build from scratch
renders, byte for byte. An article's hash is made once, when the article is made, and kept with
it between builds (extract/snapshot.py): a rebuild hashes only the articles it extracted again.

Entries live in the cache folder, spread over a fixed number of files by a hash of their key:
a rebuild after one edit rewrites the few files holding the pages that changed, not all of
them; what each entry read is kept once for all, in a table of reads (reads.py). Files are written as
the cache's entries are (header, checksum, pickle) and are trusted as little: one that cannot be read
is ignored, its pages rendered again. An entry is kept as plain tuples, a page or search document as
its fields (`_stored`): a rebuild reads back a hundred thousand entries, and a dataclass costs pickle
several times a tuple's to make again. A page's content is kept in a body file beside its shard's,
read only when wanted (bodies.py): most never are.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

from ..cache import encode_entry, fingerprint, memo_version, write_encoded
from ..config import Config
from ..file_status import KnownSum, Sum, sum_of
from ..model import Article, EntityHub, Page, SearchDocument, SiteLinks
from .bodies import Content, KeptPage, read_body, write_body
from .memo_files import SHARDS, MemoFiles, ShardFile, read_memo_files, shard_path
from .noted import WHOLE as _WHOLE
from .noted import Noted as _Noted
from .noted import NotedTuple as _NotedTuple
from .noted import Read
from .reads import checksum_line

log = logging.getLogger(__name__)

T = TypeVar("T")

FOLDER = "pages"
"""The memo's folder inside the cache folder."""

DOCUMENTS = "documents"
"""The folder of the search index's documents, kept the same way (render/search.py)."""

_SHARDS = SHARDS

# The tables of SiteLinks a page may look entries up in, and the one it may read whole.
_TABLES = ("group_of", "groups", "articles", "hubs", "hub_of", "related")

Printed = tuple[Article, bytes]
"""An article and its `cache.fingerprint`, taken as that article's hash when it is the very object a page reads."""

_MISSING = b"\0missing"


Known = dict[Read, tuple[object, bytes]]
"""Digests made already, by read: the value hashed and its digest, taken for the read's entry when the
entry is that very value. Shared by the memos of one build (and given the related articles' by link_memo.py),
so each value is hashed once a build, or never when it was kept with its digest."""


_Entry = tuple[tuple[int, ...], object, tuple[Sum, ...], int]
"""A kept value: the reads its making looked up, as places in the memo's table of reads (reads.py; none for a
value made this build until it is saved: `PageMemo._fresh`); the value as stored (`_stored`); the size and
digest of each page's file, when the value is pages (`_pages`), in their order; and the kind of the value
stored (an index of `_KINDS`). A value is kept when none of its reads' digests changed since the table was
written: a rebuild compares the table's digests once, not every value's reads."""

_KINDS: tuple[type[Any] | None, ...] = (None, Page, SearchDocument)
"""The classes whose values are stored as the tuple of their fields; other values (None) are stored as they are."""

_BODY = len(_KINDS)
"""The kind of a page stored as its path and whether its content is text, the content in the body file."""


class _Digests(dict[Read, bytes]):
    """This build's digest of each entry read, made when first looked up."""

    def __init__(self, make: Callable[[Read], bytes]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, read: Read) -> bytes:
        found = self[read] = self._make(read)
        return found


class PageMemo:
    """Rendered pages kept by key with what they read; a folder of None keeps nothing."""

    def __init__(
        self,
        folder: Path | None,
        config: Config,
        links: SiteLinks,
        prints: Mapping[str, Printed] | None = None,
        *,
        kind: str = FOLDER,
        known: Known | None = None,
        earlier: PageMemo | None = None,
        files: MemoFiles | None = None,
    ) -> None:
        """files: the memo's files read ahead (`read_memo_files`), else they are read now."""
        self.folder = folder
        self.kind = kind
        self.links = links
        self.prints = prints or {}
        self.rendered = 0
        self.reused = 0
        self.known: Known = {} if known is None else known
        self.sums: dict[str, KnownSum] = {}
        """The size and digest of each page's file, by path, for the pages kept (given to the write stage)."""
        self._digests = _Digests(self._digest_of)
        if folder is not None and earlier is not None and _same_but_related(earlier.links, links):
            # The digests an earlier memo of this build made (the search documents'), but of related articles.
            self._digests.update({read: found for read, found in earlier._digests.items() if read[0] != "related"})
            self._digests.update(self._known_digests(("related",)))
        elif folder is not None:
            self._digests.update(self._known_digests())
        self._shards: list[dict[str, _Entry]] = [{} for _ in range(_SHARDS)]
        self._entries: dict[str, _Entry] = {}
        """Every shard's entries in one table, looked up by key without working out the key's shard."""
        self._dirty: set[int] = set()
        self._used: set[str] = set()
        self._stamps: list[bytes] = [b""] * _SHARDS
        """The stamp of each shard's body file (bodies.py), as its shard file keeps it."""
        self._bodies: dict[int, dict[str, Content]] = {}
        """The body files read, by shard."""
        self._given: dict[str, Page] = {}
        """The pages whose content is kept in a body file given this build, by key: to write the bodies again."""
        self._fresh: dict[str, tuple[Read, ...]] = {}
        """The reads of each value made this build, by key."""
        self._valid: set[str] = set()
        """The keys of the values none of whose reads changed (or made this build)."""
        self.version = ""
        self._changed: set[int] = set()  # the places in the table of the reads whose digests changed since
        if folder is None:
            return
        if files is None or files.folder != folder / kind or files.version != memo_version(config):
            files = read_memo_files(folder, config, kind)
        self.version = files.version
        self._table = files.table
        self._changed = self._table.changed(self._digests)
        for shard, found in enumerate(files.shards):
            self._shards[shard] = self._take(shard, found)
            self._entries.update(self._shards[shard])

    def kept(self, key: str, make: Callable[[SiteLinks], T]) -> T:
        """Return make(links), from the previous build when nothing it read has changed."""
        if self.folder is None:
            return make(self.links)
        self._used.add(key)
        # A rebuild asks for every page, a hundred thousand: a kept one costs a lookup (see `_load`).
        if key in self._valid:
            entry = self._entries[key]
            self.reused += 1
            kind = entry[3]
            if kind == _BODY:  # the page's file in the docs dir is told by its digest: its content is not read
                path, text = cast(tuple[str, bool], entry[1])
                page = self._given[key] = KeptPage(path, text, partial(self._content, key, make))
                self.sums[path] = (page, entry[2][0])
                return page  # type: ignore[return-value]
            kept = _KINDS[kind](*entry[1]) if kind else entry[1]  # type: ignore[misc]
            if entry[2]:
                self._note(kept, entry[2])
            return kept  # type: ignore[return-value]
        reads: list[Read] = []
        walked: list[str] = []
        value = make(self.noting(reads, walked))
        self.rendered += 1
        shard = _shard(key)
        if walked:
            if self._shards[shard].pop(key, None) is not None:
                del self._entries[key]
                self._dirty.add(shard)
            return value
        unique = self._fresh[key] = tuple(dict.fromkeys(reads))
        for read in unique:  # each digest made now, kept with the shard's table
            self._digests[read]
        # The bytes of each page's file.
        sums = tuple(sum_of(p.content if isinstance(p.content, bytes) else p.content.encode()) for p in _pages(value))
        stored, kind = _stored(value)
        self._shards[shard][key] = self._entries[key] = ((), stored, sums, kind)
        self._valid.add(key)
        self._dirty.add(shard)
        if kind == _BODY:
            self._given[key] = value  # type: ignore[assignment]
        self._note(value, sums)
        return value

    def save(self) -> None:
        """Write the files whose entries changed, each holding only the entries this build used."""
        if self.folder is None:
            return
        log.info("%s: %d rendered, %d kept from the previous build", self.kind, self.rendered, self.reused)
        for key in sorted(self._entries.keys() - self._used):
            shard = _shard(key)
            del self._shards[shard][key]
            self._dirty.add(shard)
        table = self._table
        for key, reads in self._fresh.items():  # the values made this build: their reads placed in the table
            if (entry := self._entries.get(key)) is not None:
                self._shards[_shard(key)][key] = self._entries[key] = (table.place(reads), *entry[1:])
        if self._dirty and table.compact(self._shards):  # made again, and every shard written with it
            self._entries = {key: entry for entries in self._shards for key, entry in entries.items()}
            self._dirty.update(range(_SHARDS))
        if self._dirty:
            table.save(self._digests, {shard: self._write(shard, self._shards[shard]) for shard in sorted(self._dirty)})

    def holds(self, key: str) -> bool:
        """Return True when `kept` gives the previous build's value for key, not one made now."""
        return key in self._valid

    def _content(self, key: str, make: Callable[[SiteLinks], Any]) -> Content:
        """Return the content of the kept page key, from its body file, or rendered again when it cannot be read."""
        shard = _shard(key)
        bodies = self._bodies.get(shard)
        if bodies is None:
            bodies = self._bodies[shard] = read_body(self._path(shard), self.version, self._stamps[shard])
        found = bodies.get(key)
        return cast(Page, make(self.links)).content if found is None else found

    def _note(self, value: object, sums: tuple[Sum, ...]) -> None:
        """Note the sums of a kept value's pages, for the write stage."""
        if type(value) is Page:  # most entries: one page
            self.sums[value.path] = (value.content, sums[0])
            return
        for page, found in zip(_pages(value), sums, strict=True):
            self.sums[page.path] = (page.content, found)

    def noting(self, reads: list[Read], walked: list[str]) -> SiteLinks:
        """Return the links, each table noting what is read of it into reads and walked."""
        tables = {name: _Noted(name, getattr(self.links, name), reads, walked) for name in _TABLES}
        substitutions = _NotedTuple(self.links.substitutions)
        substitutions._reads = reads
        return dataclasses.replace(self.links, substitutions=substitutions, **tables)  # type: ignore[arg-type]

    def _known_digests(self, only: tuple[str, ...] = _TABLES) -> Iterator[tuple[Read, bytes]]:
        """Yield the digest `_digest_of` gives each entry of the tables only whose digest is at hand, made in
        bulk: the strings the links map to, the articles hashed when made, the values given known. A rebuild
        looks up the digests of a hundred thousand entries, a function call each when made one at a time."""
        for name in ("group_of", "hub_of") if "group_of" in only else ():
            table: Mapping[Any, object] = getattr(self.links, name)
            yield from (
                ((name, key), value.encode("utf-8", "surrogatepass"))
                for key, value in table.items()
                if isinstance(value, str)
            )
        articles, prints = self.links.articles, self.prints if "articles" in only else {}
        yield from (
            (("articles", key), printed[1])
            for key, printed in prints.items()
            if articles.get(key, _MISSING) is printed[0] and ("articles", key) not in self.known
        )
        for read, (value, digest) in self.known.items():
            name, key = read
            if name in only and getattr(self.links, name).get(key, _MISSING) is value:
                yield read, digest

    def _digest_of(self, read: Read) -> bytes:
        """Return a hash of the entry read names, as it is in this build's links."""
        name, key = read
        if name == _WHOLE:
            value: object = tuple(self.links.substitutions)
        else:
            value = getattr(self.links, name).get(key, _MISSING)
        if value is _MISSING:
            return _MISSING
        if isinstance(value, str):
            return value.encode("utf-8", "surrogatepass")
        known = self.known.get(read)
        if known is not None and known[0] is value:
            return known[1]
        if name == "articles" and (printed := self.prints.get(str(key))) is not None and printed[0] is value:
            found = printed[1]  # hashed when the article was made (extract/snapshot.py), kept with it
        else:
            found = fingerprint(value)
        self.known[read] = (value, found)
        return found

    def _path(self, shard: int) -> Path:
        assert self.folder is not None
        return shard_path(self.folder / self.kind, shard)

    def _take(self, shard: int, found: ShardFile) -> dict[str, _Entry]:
        """Return the entries of a shard file as read (`read_shard`), when written by this version with the table."""
        if found is None:
            return {}
        if isinstance(found, bool):  # damaged, or of another version of the program
            self._dirty.add(shard)
            return {}
        version, (stamp, entries), line = found
        if version != self.version or line != self._table.sums[shard]:
            # Of another version, or not written with the table of reads: its values may have read what changed.
            log.debug("%s: not kept with this build's table of reads", self._path(shard))
            self._dirty.add(shard)
            return {}
        self._stamps[shard] = stamp
        changed = self._changed
        if not changed:  # no read changed: every value kept
            self._valid.update(entries)
        else:
            self._valid.update(key for key, entry in entries.items() if changed.isdisjoint(entry[0]))
        return cast(dict[str, _Entry], entries)

    def _write(self, shard: int, entries: dict[str, _Entry]) -> bytes:
        """Write the shard's body file (the contents read first: the file written may be the one they are in),
        then its shard file, with the body's stamp; return the shard file's checksum line."""
        contents = {key: self._given[key].content for key, entry in entries.items() if entry[3] == _BODY}
        stamp = write_body(self._path(shard), self.version, contents) if contents else b""
        data = encode_entry((self.version, (stamp, entries)))
        write_encoded(self._path(shard), data)
        return checksum_line(data)


def _same_but_related(earlier: SiteLinks, links: SiteLinks) -> bool:
    """Return True when links are earlier's very tables, but for the related articles."""
    same = [getattr(earlier, name) is getattr(links, name) for name in (*_TABLES, _WHOLE) if name != "related"]
    return all(same)


def kept_list(
    memo: PageMemo | None,
    path: str,
    inputs: tuple[object, ...],
    part: Sequence[Article],
    make: Callable[[Sequence[Article]], T],
) -> T:
    """Return make(part) for a page listing part, from the previous build when it lists the same articles,
    each unchanged, and its other inputs (strings and numbers: its heading, count, pager) are equal.

    The page is kept under a key naming its path, inputs and the ids listed, so a page that lists other
    articles, or the same in another order, is another entry; each listed article is read through the
    memo's links, so an edited one renders the page again.
    """
    if memo is None:
        return make(part)
    ids = tuple(article.id for article in part)
    return memo.kept(_list_key("list", path, inputs, ids), lambda seen: make([seen.articles[i] for i in ids]))


def kept_hub_list(
    memo: PageMemo | None,
    path: str,
    inputs: tuple[object, ...],
    part: Sequence[EntityHub],
    make: Callable[[Sequence[EntityHub]], T],
) -> T:
    """Return make(part) for a page listing the hubs of part, as `kept_list` does for articles."""
    if memo is None:
        return make(part)
    keys = tuple(hub.key for hub in part)
    return memo.kept(_list_key("hub-list", path, inputs, keys), lambda seen: make([seen.hubs[k] for k in keys]))


def _list_key(kind: str, path: str, inputs: tuple[object, ...], listed: tuple[str, ...]) -> str:
    """Return the memo's key of a list page: its path, inputs and what it lists, in order."""
    named = repr((inputs, listed)).encode("utf-8", "surrogatepass")
    return f"{kind}/{path}/{hashlib.blake2b(named, digest_size=16).hexdigest()}"


def _stored(value: object) -> tuple[object, int]:
    """Return how a value is kept in the memo's files, and its kind (see `_KINDS`, `_BODY`)."""
    if type(value) is Page:
        return (value.path, isinstance(value.content, str)), _BODY
    kind = _KINDS.index(type(value)) if type(value) in _KINDS else 0
    if kind:
        return tuple(getattr(value, field.name) for field in dataclasses.fields(value)), kind  # type: ignore[arg-type]
    return value, 0


def _pages(value: object) -> tuple[Page, ...]:
    """Return the pages a kept value is: itself, or the pages of a list of them; none for other values."""
    if isinstance(value, Page):
        return (value,)
    if isinstance(value, list | tuple) and value and all(isinstance(page, Page) for page in value):
        return tuple(value)
    return ()


def _shard(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % _SHARDS
