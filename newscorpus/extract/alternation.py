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

import itertools
import re
from collections.abc import Callable, Iterable


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """Return words (literal text, not patterns) as one alternation, matching as `"|".join(map(re.escape, words))`.

    ignore_case: for a pattern compiled with re.IGNORECASE, where openings differing only in case
    are the same. Letters the engine takes for one another beyond their case ("s" and the long "ſ")
    would need other groups than `str.lower` makes: words holding such a pair are refused.
    """
    key: Callable[[str], str] = str.lower if ignore_case else str
    return "|".join(_branches(list(words), key))


def _branches(words: list[str], key: Callable[[str], str]) -> list[str]:
    """Return the alternatives for words: those opening alike together, an empty word where it stands."""
    out: list[str] = []
    opening: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):  # a word twice matches nothing the first did not
        if word:
            opening.setdefault(key(word[0]), []).append(word)
            continue
        out += [_branch(group, key) for group in _checked(opening, key).values()]  # the empty word matches first
        opening = {}
        out.append("")
    return out + [_branch(group, key) for group in _checked(opening, key).values()]


def _checked(opening: dict[str, list[str]], key: Callable[[str], str]) -> dict[str, list[str]]:
    """Return the groups, having made sure that no two of their openings match one another ignoring case."""
    if key is str.lower:
        for first, second in itertools.combinations([group[0][0] for group in opening.values()], 2):
            if re.fullmatch(re.escape(first), second, re.IGNORECASE):
                raise ValueError(f"alternation: {first!r} and {second!r} are one letter ignoring case")
    return opening


def _branch(group: list[str], key: Callable[[str], str]) -> str:
    """Return one alternative for words sharing their first letter: the letters all share, then the rests."""
    if len(group) == 1:
        return re.escape(group[0])
    shared = 1
    while all(len(w) > shared for w in group) and len({key(w[shared]) for w in group}) == 1:
        shared += 1
    rests = _branches([w[shared:] for w in group], key)
    return re.escape(group[0][:shared]) + "(?:" + "|".join(rests) + ")"
