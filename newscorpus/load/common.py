"""What every reader of one corpus file returns: the articles in it, or why there are none."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import SourceMeta


class Unreadable(Exception):
    """A file, or one record of it, that cannot become an article; the reason is worded for the reader."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Entry:
    """One article found in a file: the whole file, or one record of a dump."""

    key: str | None
    """The record's key in a dump ("3", or the record's id); None for a file holding one article."""
    text: str
    meta: SourceMeta
    story_only: bool = False
    """True when the reader already kept only the story (a saved page through trafilatura, Markdown)."""


@dataclass(frozen=True)
class Note:
    """Something wrong with part of a file that was still read: a bad record, an ignored value."""

    key: str | None
    """The record the note is about, None for the file as a whole."""
    message: str
    hint: str = ""
    skipped: bool = False
    """True when the note's record was left out; False when the article is published anyway."""


@dataclass(frozen=True)
class FileRead:
    """What one file gave: its articles, and notes about the parts that were wrong."""

    entries: tuple[Entry, ...]
    notes: tuple[Note, ...] = ()
