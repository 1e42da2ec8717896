"""The shape of a headline's words: their stems, their case, their figures, a game's score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from . import page_cues as cues
from .page_features import Features

# Headline and lede are compared word by word, words cut to this many letters.
_STEM_CHARS = 5
# Endings taken off a word before it is cut, leaving at least this many letters: "killing" and "killed" are one.
_ENDINGS = ("ing", "ed", "e")
_STEM_MIN_CHARS = 3
# A game's result: two sides, each with its points, a comma between ("San Jose State 64, Hawai'i 65",
# "Stanford 66, Oregon St. 46").
_SCORE_LINE = re.compile(
    r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+\d{1,3},\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+\d{1,3}\b"
)
# A headline under a score line has at least this many words.
_TITLE_UNDER_SCORE_WORDS = 4


def digit_share(text: str) -> float:
    """Return the share of a text's words that hold a digit (a score line, a table row)."""
    tokens = text.split()
    return sum(1 for t in tokens if any(c.isdigit() for c in t)) / len(tokens) if tokens else 0.0


def stems(text: str) -> set[str]:
    """Return the rough stems of a text's content words: headline and lede word forms differ ("lauds", "lauded",
    "killing", "killed")."""
    return {_stem(w) for w in cues.WORD.findall(text) if len(w) > 3 and not w.isdigit()}


def _stem(word: str) -> str:
    """Return a word's rough stem: a verb's ending taken off ("killing" and "killed" both "kill"), then cut to
    its first letters."""
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN_CHARS:
            word = word[: -len(ending)]
            break
    return word[:_STEM_CHARS]


def address_words(url: str | None) -> frozenset[str]:
    """Return the stems of the words of a page's address's last step, where many sites write the story's
    headline ("/news/2008/01/ferries-return-to-north-quay.html"); its folders name sections, not the story."""
    steps = [step for step in urlsplit(url or "").path.split("/") if step]
    # Not the file's kind: ".html", ".htm", ".php".
    last = re.sub(r"\.[A-Za-z]{2,5}$", "", steps[-1]) if steps else ""
    return frozenset(stems(re.sub(r"[^A-Za-z]+", " ", last)))


def title_case(text: str) -> bool:
    """Return True for text written in title case ("White Scores 22 Points In Loss")."""
    long = [w for w in cues.WORD.findall(text) if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 2 and sum(1 for w in long if w[:1].isupper()) >= 0.75 * len(long)


def score_line(text: str) -> bool:
    """Return True for a line holding a game's result ("Basketball - M: San Jose State 64, Hawai'i 65")."""
    return bool(_SCORE_LINE.search(text))


def under_score_line(features: Sequence[Features], scored: Sequence[tuple[float, int, float]], index: int) -> int:
    """Return the headline right under the best candidate when that is a game's score line.

    A college or club site sets the result over the story's own title ("Basketball - M: San Jose State 64,
    Hawai'i 65", then "White Scores 22 Points In Women's Basketball Loss"): the title, in the lede's words,
    is the headline. A score line with no such title under it (a wire's "COL BKB: Stanford 66, Oregon St.
    46" over its story) stays the headline.
    """
    if not score_line(features[index].text):
        return index
    below = next((share for _, i, share in scored if i == index + 1), 0.0)
    lower = features[index + 1] if index + 1 < len(features) else None
    if lower is None or below <= 0 or score_line(lower.text) or lower.words < _TITLE_UNDER_SCORE_WORDS:
        return index
    return index + 1 if title_case(lower.text) else index
