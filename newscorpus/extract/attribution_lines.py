"""Lines of a story that are no sentence: a linked video's or story's title, a caption left between paragraphs."""

from __future__ import annotations


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
