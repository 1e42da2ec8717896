"""Bytes to text: byte order marks, UTF-8, a fallback encoding, binary files and mojibake."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

import ftfy

from .common import Unreadable

log = logging.getLogger(__name__)


# Byte order marks, longest first: UTF-32's LE mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Signatures of file types people drop into a corpus by mistake, named so the message says what it is.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (Word, Excel and EPUB files are ZIP archives)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)
_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "iso8859-1": "Latin-1", "utf-8": "UTF-8"}
# Control characters that no article text holds; tab, newline and carriage return are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A text with more control characters than this share is not text, whatever decoded it.
_MAX_CONTROL_SHARE = 0.01
# A few stray control characters (a form feed, mojibake of a quote) are dropped, not fatal.
_MIN_CONTROLS = 8
# HTML pages declare their encoding in a meta tag within the first kilobytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read."""

    text: str
    encoding: str
    """The encoding that decoded it, as Python names it."""
    repaired: bool
    """True when mojibake ("Itâ€™s") was repaired ("It’s")."""


def encoding_name(encoding: str) -> str:
    """Return the name people know an encoding by: "cp1252" is "Windows-1252"."""
    norm = codecs.lookup(encoding).name
    return _NAMES.get(norm, norm)


def decode(data: bytes, fallback: str | None, *, html: bool = False, repair: bool = True) -> Decoded:
    """Return data decoded: a BOM's encoding, else UTF-8, else a page's declared charset, else fallback."""
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding, name)
            return _finish(text, encoding, repair)
    _refuse_binary(data)
    try:
        return _finish(data.decode("utf-8"), "utf-8", repair)
    except UnicodeDecodeError as err:
        first = f"not valid UTF-8 (byte 0x{data[err.start]:02x} at {err.start})"
    tried: list[str] = []
    declared = _declared(data) if html else None
    for candidate in (declared, fallback):
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        try:
            return _finish(data.decode(candidate), candidate, repair)
        except UnicodeDecodeError as err:
            first += f", nor {encoding_name(candidate)} (byte 0x{data[err.start]:02x} at {err.start})"
    raise Unreadable(first, "save the file as UTF-8")


def _strict(data: bytes, encoding: str, name: str) -> str:
    """Return data decoded as the encoding its byte order mark names, or say where it breaks."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise Unreadable(
            f"starts with a {name} byte order mark but is not valid {name} "
            f"(byte 0x{data[err.start]:02x} at {err.start})",
            "save the file again as UTF-8",
        ) from None


def _declared(data: bytes) -> str | None:
    """Return the encoding an HTML page declares in a meta tag, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _refuse_binary(data: bytes) -> None:
    """Raise Unreadable for data that is plainly not text: a known file signature, or NUL bytes."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise Unreadable(f"binary file: {what}, not text", "save the article as plain text and remove this file")
    # Text in any 8-bit encoding or UTF-8 never holds a NUL byte; UTF-16 without a BOM is rare.
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file: holds NUL bytes, not text", "save the article as UTF-8 text")


def _finish(text: str, encoding: str, repair: bool) -> Decoded:
    """Return decoded text with newlines normalised, stray control characters dropped, mojibake repaired."""
    controls = len(_CONTROL.findall(text))
    if controls > _MIN_CONTROLS and controls > _MAX_CONTROL_SHARE * len(text):
        raise Unreadable(
            f"binary file: {controls:,} control characters in {len(text):,}, not text",
            "save the article as UTF-8 text",
        )
    cleaned = clean_text(text, repair)
    return Decoded(text=cleaned, encoding=codecs.lookup(encoding).name, repaired=_repaired(text, cleaned))


def clean_text(text: str, repair: bool) -> str:
    """Return text with newlines normalised, control characters dropped and, if asked, mojibake repaired."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if repair:
        # fix_encoding only undoes mis-decoding ("â€™" -> "’"); it keeps curly quotes, dashes,
        # entities and ligatures exactly as written, unlike ftfy.fix_text's other fixes.
        # It runs before control characters go: mojibake of "”" holds the control U+009D.
        text = ftfy.fix_encoding(text)
    return _CONTROL.sub("", text)


def _repaired(raw: str, cleaned: str) -> bool:
    """Return True when cleaning changed more than line ends and control characters."""
    return _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")) != cleaned
