"""Errors and problems, worded for the person fixing the corpus."""

from __future__ import annotations

from dataclasses import dataclass


class CorpusError(Exception):
    """The build cannot start: the corpus as a whole is unusable."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (Hint: {self.hint})" if self.hint else self.message


@dataclass(frozen=True)
class Problem:
    """One file that was skipped or flagged; the rest of the corpus is still published."""

    path: str
    """The file's path relative to the corpus, '/'-separated."""
    message: str
    """What is wrong, e.g. "not valid UTF-8 (byte 0x92 at 113)"."""
    hint: str = ""
    """What to try."""
    skipped: bool = True
    """True when the file was left out of the site, False when it was published with a warning."""

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}"
        return f"{text} (Hint: {self.hint})" if self.hint else text
