"""Keep the page memo's page contents in files of their own, read only when a kept page's bytes are wanted.

A rebuild after one edit keeps tens of thousands of pages whose files in the docs dir already hold
their bytes: the write stage tells so by the digest the memo kept with each page, without the page's
content. So the memo (memo.py) keeps a page's path and digest in its shard file, and the page's
content in a body file beside it; a kept page is given as a `KeptPage`, whose content is read from
its body file when first asked for (by the write stage, when the file differs, or when the shard is
written again). Most body files are never read.

A body file is a cache entry (header, checksum, pickle); the shard file keeps the checksum line of the
body written with it (`stamp`), and is written after it. A body file that is missing, damaged, or not
of the shard's write is ignored with a warning, and a page whose content is wanted from it is rendered
again: it read nothing that changed, so it renders the same page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..cache import decode_entry, encode_entry, write_encoded
from ..model import Page

log = logging.getLogger(__name__)

Content = str | bytes


def body_path(head: Path) -> Path:
    """Return the body file of the shard file head."""
    return head.with_name(f"{head.name}.body")


def stamp_of(data: bytes) -> bytes:
    """Return the stamp of an encoded body: its checksum line."""
    return data.split(b"\n", 2)[1]


def write_body(head: Path, version: str, contents: Mapping[str, Content]) -> bytes:
    """Write the contents by key as the body file of the shard file head; return its stamp."""
    data = encode_entry((version, dict(contents)))
    write_encoded(body_path(head), data)
    return stamp_of(data)


def read_body(head: Path, version: str, stamp: bytes) -> dict[str, Content]:
    """Return the contents kept in the body file of the shard file head, written with the stamp under version;
    none (said) when it is missing, damaged or of another write."""
    path = body_path(head)
    try:
        data = path.read_bytes()
        if stamp_of(data) != stamp:
            raise ValueError("not of its shard's write")
        kept = decode_entry(data)
    except Exception as err:  # a damaged file can fail in any way; it is never trusted
        log.warning("%s: ignoring the kept pages' contents (%s); rendering them again", path, err)
        return {}
    if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == version and isinstance(kept[1], dict)):
        log.warning("%s: ignoring the kept pages' contents (of another version); rendering them again", path)
        return {}
    return kept[1]


class KeptPage(Page):
    """A page kept by the memo: its path at hand, its content read when first asked for.

    Equal to (and hashed as) the `Page` of the same path and content, and pickled as one.
    """

    text: bool
    """Whether the content is text (str), known without reading it."""
    _read: Callable[[], Content] | None
    _content: Content | None

    def __init__(self, path: str, text: bool, content: Callable[[], Content]) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_read", content)
        object.__setattr__(self, "_content", None)

    @property
    def content(self) -> Content:
        """The page's content, read (once) when first asked for."""
        found: Content | None = self._content
        if found is None:
            assert self._read is not None
            found = self._read()
            object.__setattr__(self, "_content", found)
            object.__setattr__(self, "_read", None)
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Page):
            return NotImplemented
        return (self.path, self.content) == (other.path, other.content)

    def __hash__(self) -> int:
        return hash((self.path, self.content))

    def __repr__(self) -> str:
        return f"KeptPage(path={self.path!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Page, (self.path, self.content))


def is_text(page: Page) -> bool:
    """Return whether a page's content is text, without reading a kept page's content."""
    return page.text if isinstance(page, KeptPage) else isinstance(page.content, str)
