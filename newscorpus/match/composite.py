"""Files of timed entries ("The Latest"): one page built from several stories of one event.

An agency's running file on an event stacks short entries under bare times of day ("4:15 p.m.",
"Noon"), each entry the top of one of its stories: the bowling-alley shooting and, hours later,
the owner saying the gunman had been banned. The file is a version of the stories it carries, but
two stories of one event name the same people and places, so the rule that keeps a write-through
chain whole (a page whose neighbours hold different parts of it joins them all when they name the
same things) would join two independent write-ups through it. Such a file joins only the story
holding most of it.
"""

from __future__ import annotations

import re

from ..model import Article

# A paragraph that is a time of day and nothing else, as the entries of a running file are headed:
# "4:15 p.m.", "11 a.m.", "10:30 p.m. EDT", "Noon". A time inside a sentence is no entry head.
_TIME_HEAD = re.compile(
    r"^\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)|noon|midnight)(?:\s+[A-Z]{2,4})?\s*\.?\s*$",
    re.IGNORECASE,
)


def is_timed_file(article: Article, min_entries: int) -> bool:
    """Return True for a page of at least min_entries entries headed by a bare time of day."""
    heads = sum(1 for block in article.blocks if _TIME_HEAD.match(block.text))
    return heads >= min_entries
