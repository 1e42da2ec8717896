"""Quotations set in single quotation marks, as British outlets set them ('We won,' he said).

Matching counts words inside quotation marks apart (`text.story_words`): two write-ups quoting one
statement share the quotation, not their copy. Double marks are read as they stand; single marks
are also apostrophes ("don't", "the players' union"), so a block is read for them only when it has
no double mark: a single mark opening at a word's start and the next one closing at a word's end
(after its punctuation) enclose a quotation, and become double marks for the word reader. A
quotation left open runs to the block's end, as a paragraph of a quotation going on does.
"""

from __future__ import annotations

import re

# A mark opening a quotation: at the block's start or after a space, bracket or dash, before a letter or digit.
_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[^\W_])")
# A mark that may close one: after a letter, a digit or a sentence's punctuation, before a space,
# punctuation or the end (an apostrophe inside a word, "don't", is followed by a letter).
_CLOSES = re.compile(r"(?<=[\w.,!?;:])['’]")
_AFTER_CLOSE = re.compile(r"[\s)\]—–.,;:!?]|$")


def single_quotations(text: str) -> str | None:
    """Return a block with its single-mark quotations in double marks, or None when it has none to read."""
    if "'" not in text and "‘" not in text:
        return None
    out: list[str] = []
    at = 0
    while True:
        start = _OPENS.search(text, at)
        if start is None:
            break
        end = _close_after(text, start.end())
        out += [text[at : start.start()], "“"]
        if end is None:
            out.append(text[start.end() :])
            at = len(text)
            break
        out += [text[start.end() : end], "”"]
        at = end + 1
    if not out:
        return None
    out.append(text[at:])
    return "".join(out)


def _close_after(text: str, at: int) -> int | None:
    """Return where the first closing mark after at stands, None when the quotation runs on."""
    for found in _CLOSES.finditer(text, at):
        if _AFTER_CLOSE.match(text, found.end()):
            return found.start()
    return None
