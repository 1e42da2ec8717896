"""A list of words as one regular expression alternative that the regex engine tries quickly.

`"|".join(words)` makes the engine try every word in turn at every place it looks, even words that
open on another letter than the text's. `alternation` writes the same words with shared openings
taken out ("J(?:u(?:ne|ly)|an)" for "June|July|Jan"), so the engine turns most places away after one letter.

The matches are the same as the plain alternation's, word for word: two words can both match at one
place only when one opens the other ("Sep", "September"), and such words keep their order (the
first that lets the whole pattern match wins, as before); words of different openings cannot both
match, so their order does not matter. An empty word (matching anywhere) keeps its place among all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """Return words (literal text, not patterns) as one alternation, matching as `"|".join(map(re.escape, words))`.

    ignore_case: for a pattern compiled with re.IGNORECASE, where openings differing only in case
    are the same (the words must then be ASCII, whose case the engine folds as `str.lower` does).
    """
    listed = list(words)
    if ignore_case and not all(w.isascii() for w in listed):
        raise ValueError("alternation: ignore_case takes ASCII words only")
    key: Callable[[str], str] = str.lower if ignore_case else str
    return "|".join(_branches(listed, key))


def _branches(words: list[str], key: Callable[[str], str]) -> list[str]:
    """Return the alternatives for words: those opening alike together, an empty word where it stands."""
    out: list[str] = []
    opening: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):  # a word twice matches nothing the first did not
        if word:
            opening.setdefault(key(word[0]), []).append(word)
            continue
        out += [_branch(group, key) for group in opening.values()]  # the empty word matches before all after it
        opening = {}
        out.append("")
    return out + [_branch(group, key) for group in opening.values()]


def _branch(group: list[str], key: Callable[[str], str]) -> str:
    """Return one alternative for words sharing their first letter: the letters all share, then the rests."""
    if len(group) == 1:
        return re.escape(group[0])
    shared = 1
    while all(len(w) > shared for w in group) and len({key(w[shared]) for w in group}) == 1:
        shared += 1
    rests = _branches([w[shared:] for w in group], key)
    return re.escape(group[0][:shared]) + "(?:" + "|".join(rests) + ")"
