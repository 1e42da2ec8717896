"""The paragraph before a quotation that names its speaker by context: lines of a story that are no sentence (a
linked video's or story's title, a caption left between paragraphs), and names the quotation itself speaks of."""

from __future__ import annotations

import re


def headline_line(text: str) -> bool:
    """Return True for a line that is no sentence: a linked video's or story's title, a caption between paragraphs.

    "North Korea propaganda video imagines Donald Trump staring at cemetery" stops on no mark: the
    quotation after it goes on from the story, not from the person the title names.
    """
    line = text.strip()
    return bool(line) and not line.endswith(_SENTENCE_ENDS) and len(line.split()) <= _HEADLINE_WORDS


def title_case(text: str) -> bool:
    """Return True for a line most of whose words open with a capital ("Trump Slams Rivals At Rally")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) > 2 and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3


# What ends a sentence of a story's paragraph (a closing bracket or mark after its stop too).
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ")", "…", "’", "'", "”", '"')
# Most words of a title line.
_HEADLINE_WORDS = 25


def named_inside(name: str, quotation: str) -> bool:
    """Return True when a quotation names a person by surname: someone the speaker speaks of, not the speaker.

    Not the attribution of a quotation whose closing marks were read as apostrophes ("…,'' said Austin").
    """
    surname = re.escape(name.rsplit(maxsplit=1)[-1])
    text = _ATTRIBUTION_INSIDE.sub(" ", quotation)
    return re.search(rf"\b{surname}\b", text) is not None


# A closing mark read as apostrophes, then the attribution it ends on: ",'' said Austin, who …".
_ATTRIBUTION_INSIDE = re.compile(r"[,.!?]['’]{1,2}\s+said\s+\S+")


def opens_line(text: str, start: int) -> bool:
    """Return True when a name opens a line, after capitalised words only ("Former Captain Ann Lee left …")."""
    return all(word[:1].isupper() for word in text[:start].split())
