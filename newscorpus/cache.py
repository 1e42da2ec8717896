"""Keep each article's extraction between builds, so a rebuild extracts only the articles that changed.

An entry is found by a key hashed from everything its extraction reads: the source (text,
metadata, path), which of its blocks the corpus repeats on other pages (the one thing labelling
takes from the rest of the corpus), and the version, a hash of this package's source files, the
installed packages and the Config values extraction reads. Any change to those gives new keys,
so an entry never outlives the code or settings that made it; entries the build did not use are
removed at its end, so the folder holds one corpus's worth.

Entries are pickles of the frozen model dataclasses, behind a header and a checksum. Pickle
round-trips those types exactly, with nothing to keep in step as the model grows, and the cache
folder is the user's own, written by this program only (treat it like the code: do not load a
cache folder from someone else). The checksum and the version in the header catch a truncated or
damaged entry; such an entry, or one that cannot be read at all, is warned about and extracted
again, never trusted and never fatal.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import json
import logging
import os
import pickle
import shutil
import sys
import sysconfig
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from .config import Config
from .errors import Problem
from .model import Article, Source, SourceMeta
from .thresholds import MATCH_THRESHOLDS, MERGE_THRESHOLDS

log = logging.getLogger(__name__)

FORMAT = 1
"""The entry layout's version: raise it when the header or what an entry holds changes."""

_MAGIC = b"newscorpus-cache"
_PACKAGE = Path(__file__).resolve().parent

# Config fields extraction never reads, left out of the version so changing them keeps the cache:
# where things are and how the build runs, and the later stages' settings (matching, linking,
# pages). Every other field (including any new one) is in the version: a field wrongly left in
# costs a re-extraction, one wrongly left out would serve stale articles.
_NOT_READ_BY_EXTRACTION = (
    frozenset(
        {
            "corpus_dir",  # an article's key holds its path inside the corpus, not where the corpus is
            "out_dir",
            "strict",
            "cache_dir",
            "workers",
            "parallel_min_articles",
            # Linking and pages.
            "index_page_size",
            "home_article_limit",
            "site_name",
            "hub_min_articles",
            "hub_page_size",
            "hub_co_mentions",
            "entity_index_page_size",
            "related_limit",
            "related_max_df",
            "related_days",
            "home_top_entities",
            "home_top_stories",
            "version_map_columns",
            "version_map_rows",
            "syndication_outlets",
            "feed_limit",
        }
    )
    # The corpus-wide merge runs after the cache, on every build; matching after it.
    | MERGE_THRESHOLDS
    | MATCH_THRESHOLDS
)

T = TypeVar("T")

_META_FIELDS = tuple(f.name for f in dataclasses.fields(SourceMeta))

Extraction = Article | Problem
"""What extracting one source gives: its article, or the problem saying why it holds none."""


@functools.cache
def code_version() -> str:
    """Return a hash of this package's files, the Python version and the installed packages.

    Computed once per process: it reads every file of the package, and the code a process runs is
    the code it imported at its start, so a file edited while it runs must not change its keys.
    """
    return files_version(_PACKAGE)


def files_version(package: Path) -> str:
    """Return a hash of the files under package, the Python version and the installed packages."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}\0{sys.version}\0".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    # An installed package's folder of metadata is named for its version ("lxml-6.1.3.dist-info"):
    # a new gazetteer or tokenizer release gives new keys.
    for folder in sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}):
        try:
            names = sorted(p.name for p in Path(folder).iterdir() if p.name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
        digest.update(f"{folder}\0{'|'.join(names)}\0".encode())
    return digest.hexdigest()


RUN_SETTINGS = frozenset({"corpus_dir", "out_dir", "cache_dir", "strict", "workers", "parallel_min_articles"})
"""Config fields saying where the build's files are and how it runs, never what it makes: a project
moved or copied to another folder, or built with other workers, keeps what its cache holds."""


def memo_version(config: Config, ignore: Iterable[str] = ()) -> str:
    """Return a hash of the code and of the Config's values but RUN_SETTINGS and those named in `ignore`.

    What a stage keeps between builds is read back only under the same version, so nothing kept
    outlives the code or the settings that made it.
    """
    skip = RUN_SETTINGS | frozenset(ignore)
    values = repr(sorted((f.name, getattr(config, f.name)) for f in dataclasses.fields(config) if f.name not in skip))
    return hashlib.blake2b(f"{code_version()}\0{values}".encode(), digest_size=16).hexdigest()


def fingerprint(value: object) -> bytes:
    """Return a hash of a value's pickle, made without pickle's memo: equal values give equal bytes
    whether or not they share objects (an article read from the cache shares strings a fresh one does not)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True  # no memo: the model's values hold no cycles
    pickler.dump(value)
    return hashlib.blake2b(out.getbuffer(), digest_size=16).digest()


def config_version(config: Config) -> str:
    """Return a hash of the Config values extraction reads."""
    values = {
        f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name not in _NOT_READ_BY_EXTRACTION
    }
    return hashlib.blake2b(repr(sorted(values.items())).encode(), digest_size=16).hexdigest()


class ArticleCache:
    """Extractions by key, in a folder; a folder of None keeps nothing."""

    def __init__(self, folder: Path | None, config: Config) -> None:
        self.folder = folder
        self.version = f"{code_version()}{config_version(config)}" if folder is not None else ""
        self.used: set[str] = set()

    def key(self, source: Source, repeated: Iterable[str]) -> str:
        """Return the key of a source's extraction, given which of its blocks the corpus repeats."""
        # The metadata's fields as astuple gives them (plain values and tuples of strings), without
        # its deep copy: a fifth of the time of a rebuild's keys.
        meta = [getattr(source.meta, name) for name in _META_FIELDS]
        # The text by its hash: encoding every text as JSON, escapes and all, was most of a rebuild's keys.
        text = hashlib.blake2b(source.text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
        fields = [source.id, source.path, text, meta, source.story_only]
        data = json.dumps([self.version, fields, sorted(repeated)], ensure_ascii=False)
        return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()

    def get(self, key: str, source: Source) -> Extraction | None:
        """Return the extraction kept under key, or None when there is none or it cannot be trusted."""
        if self.folder is None:
            return None
        self.used.add(key)
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            _warn(path, source, f"unreadable: {err.strerror}")
            return None
        try:
            found = decode_entry(data)
        except Exception as err:  # a damaged entry can fail in any way; it is never trusted
            _warn(path, source, str(err) or type(err).__name__)
            return None
        if not isinstance(found, Article | Problem) or (isinstance(found, Article) and found.id != source.id):
            _warn(path, source, "it holds another article")
            return None
        return found

    def kept(self, name: str, kind: type[T], make: Callable[[], T]) -> T:
        """Return what make() gives, kept under name for this version of the code and config.

        For tables that take seconds to build from the installed data packages (the gazetteer),
        which the package files and packages in the version stand for. An entry that cannot be
        read, or holds something else than a kind, is made again, as an article is extracted again.
        """
        found = self.kept_only(name, kind)
        if found is not None:
            return found
        made = make()
        self.put(self.kept_key(name), made)
        return made

    def kept_only(self, name: str, kind: type[T]) -> T | None:
        """Return what `kept` keeps under name when it is kept and can be read, else None."""
        if self.folder is None:
            return None
        key = self.kept_key(name)
        self.used.add(key)
        path = self._path(key)
        try:
            found = decode_entry(path.read_bytes())
            if isinstance(found, kind):
                return found
            log.warning("%s: ignoring the cache entry of %s (it holds something else)", path, name)
        except FileNotFoundError:
            pass
        except Exception as err:  # a damaged entry can fail in any way; it is never trusted
            log.warning("%s: ignoring the cache entry of %s (%s)", path, name, str(err) or type(err).__name__)
        return None

    def kept_key(self, name: str) -> str:
        """Return the key `kept` keeps name under."""
        return hashlib.blake2b(f"{self.version}\0{name}".encode(), digest_size=20).hexdigest()

    def put(self, key: str, extraction: object) -> None:
        """Keep an extraction under key; a cache that cannot be written is warned about, never fatal."""
        if self.folder is not None:
            self.put_encoded(key, encode_entry(extraction))

    def put_encoded(self, key: str, data: bytes) -> None:
        """Keep an entry already encoded (`encode_entry`) under key, as `put` does."""
        if self.folder is None:
            return
        self.used.add(key)
        write_encoded(self._path(key), data)

    def prune(self) -> None:
        """Remove the entries this build did not use, and the folders of other versions of the code."""
        if self.folder is None or not self.folder.is_dir():
            return
        for child in self.folder.iterdir():
            if child.name not in _KEPT_FOLDERS:
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        entries = self.folder / _LAYOUT
        if not entries.is_dir():
            return
        for shard in entries.iterdir():
            for entry in shard.iterdir() if shard.is_dir() else ():
                if entry.name not in self.used:
                    entry.unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / _LAYOUT / key[:2] / key


_LAYOUT = f"v{FORMAT}"
"""The folder of this entry layout inside the cache folder; a folder of another layout is removed."""

SEARCH_INDEX = "search-index"
"""The folder in the cache folder keeping the last search index made, a file per shard (index.py)."""

WRITTEN = "written-kept"
"""The folder in the cache folder recording the status and digest of each file the last build wrote (write.py)."""

_KEPT_FOLDERS = frozenset(
    {
        _LAYOUT,
        "loaded-kept",
        "blocks-kept",
        "pages",
        "documents",
        SEARCH_INDEX,
        "merged",
        "screened",
        "matched-kept",
        "matched-index",
        "matched-index-shards",
        "matched-groups",
        "related",
        "entity-hubs",
        "unlinked",
        WRITTEN,
    }
)
"""What prune leaves in the cache folder: what the corpus files gave (load/memo.py), their texts'
block keys (extract/block_memo.py), this layout's
entries, the rendered pages and search documents (render/memo.py), the search index, the last
build's merged articles (extract/snapshot.py), the screen's verdicts (screen.py), what matching
found of articles and pairs (match/memo.py), its n-grams and candidate pairs (match/reindex.py, the
n-grams in shards beside) and its variant groups (match/kept_groups.py),
the related articles (link_memo.py), the entity hubs (hub_memo.py), the records of the names without a hub
(unlinked_memo.py) and the record of the files written (write.py)."""


def write_entry(path: Path, value: object) -> None:
    """Write value to path as a cache entry, whole or not at all (a temporary file moved into place);
    a cache that cannot be written is warned about, never fatal."""
    write_encoded(path, encode_entry(value))


def write_encoded(path: Path, data: bytes) -> None:
    """Write an encoded entry (`encode_entry`) to path, whole or not at all; never fatal (see `write_entry`)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as err:
        log.warning("%s: cannot write to the cache (%s)", path, err.strerror)
        with contextlib.suppress(OSError):
            temporary.unlink()


def encode_entry(extraction: object) -> bytes:
    """Return an entry: header, checksum of the payload, payload."""
    payload = pickle.dumps(extraction, protocol=5)
    return b"%s %d\n%s\n%s" % (_MAGIC, FORMAT, _checksum(payload), payload)


_CRC = b"crc32:"
"""Marks a checksum made by CRC-32: it catches a truncated or damaged file as well as a hash does, at a
fifth of the cost (a rebuild checks half a gigabyte of kept entries). Entries written before it, with a
blake2b hash, are still read."""


def _checksum(payload: bytes) -> bytes:
    """Return the checksum line of an entry whose payload is given."""
    return b"%s%08x" % (_CRC, zlib.crc32(payload))


def _whole(checksum: bytes, payload: bytes) -> bool:
    """Return True when checksum (by CRC-32, or by blake2b as older entries have it) is the payload's."""
    if checksum.startswith(_CRC):
        return checksum == _checksum(payload)
    return hashlib.blake2b(payload, digest_size=16).hexdigest().encode() == checksum


def read_kept(path: Path | None, version: str, what: str, then: str = "") -> object | None:
    """Return what a file written as (version, value) by `write_entry` keeps under this version, else None.

    A missing file or another version keeps nothing; a damaged one is said, naming what is ignored
    (and then what the build does instead), and never trusted.
    """
    if path is None:
        return None
    stored = read_entry(path, what, then)
    kept: object = stored[1] if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version else None
    return kept


def read_entry(path: Path, what: str, then: str = "", *, logger: logging.Logger | None = None) -> object | None:
    """Return what a file written by `write_entry` holds, or None when it is missing or damaged (said on
    logger, naming what is ignored and then what the build does instead): a damaged file is never trusted."""
    try:
        return decode_entry(path.read_bytes())
    except FileNotFoundError:
        return None
    except Exception as err:  # a damaged file can fail in any way; it is never trusted
        (logger or log).warning(
            "%s: ignoring %s (%s)%s", path, what, str(err) or type(err).__name__, f"; {then}" if then else ""
        )
        return None


class NotWhole(ValueError):
    """A file is not a whole cache entry of this format: damaged, truncated, or something else."""


def decode_entry(data: bytes) -> object:
    """Return what an entry holds, or raise `NotWhole` when it is not whole.

    A whole entry that cannot be unpickled (another error) was written by another version of the
    program, whose classes this one no longer has.
    """
    header, _, rest = data.partition(b"\n")
    checksum, _, payload = rest.partition(b"\n")
    if header != b"%s %d" % (_MAGIC, FORMAT):
        raise NotWhole("not a cache entry of this version")
    if not _whole(checksum, payload):
        raise NotWhole("damaged: its checksum does not match")
    return pickle.loads(payload)  # the user's own cache, written by this program: see the module doc


def _warn(path: Path, source: Source, reason: str) -> None:
    """Say that an entry is ignored and the article extracted again."""
    log.warning("%s: ignoring its cache entry %s (%s); extracting the article again", source.path, path, reason)
