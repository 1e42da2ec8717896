"""A speaker described by a country's people's word: "said the Dutch coach", "the Spaniard said".

Sports and world news refer back to someone named before by nationality, alone or before a role. The
word names no body (it is neither a side nor a country speaking): the person is the one the story named
with that word or that role, else the person "he" would stand for.
"""

from __future__ import annotations

import re

from .cues import STOPWORDS
from .name_junk import is_nationality
from .quote_context import Found, MentionIndex, person_referent, role_holder
from .quote_cues import PERSON_BACK_REFERENCES, SPEECH_WORDS
from .quote_spans import Span
from .text import fold_name

# The lower-case word after a speaker phrase, a role it may leave out ("said the Dutch coach" reads "the Dutch").
_WORD_AFTER = re.compile(r"\s+(?P<role>[a-z][a-z-]*)\b")


def nationality_referent(who: str, text: str, end: int, span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom "the <nationality> [role]" refers back to, or None for any other phrase."""
    words = who.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not is_nationality(words[1]):
        return None
    after = _WORD_AFTER.match(text, end)
    role = words[2] if len(words) == 3 else after.group("role") if after else ""
    if role in SPEECH_WORDS or role in STOPWORDS:
        role = ""  # "the Spaniard said", "said the Spaniard after the match": no role after
    if role and role not in PERSON_BACK_REFERENCES:
        return None  # "the French government said", "said the Dutch side": a body, read otherwise
    for word in (role, fold_name(words[1])):
        holder = role_holder(span.paragraph, span.open_at, mentions, word) if word else None
        if holder is not None:
            return holder, "person"
    found = person_referent(span.paragraph, span.open_at, mentions)
    return found if found[0] is not None else None
