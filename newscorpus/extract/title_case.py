"""Lines set in title case, where every word has a capital: headlines, menus, link lists.

"Smith Predicts Jones Will Win" is no person "Smith Predicts Jones". In such a line a capital says
nothing, so a run of capitalised words is cut at each word the rest of the article never writes
with a capital mid-sentence and no name list holds; the words left are names the story uses.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .cues import CONNECTORS, KNOWN_ORG_NAMES, KNOWN_ORGS, TITLES
from .gazetteer import Gazetteer
from .name_runs import trim
from .name_tokens import Run, Tok
from .text import fold_name

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Share of a line's longer words written with a capital for it to be set in title case.
_MIN_CAPITALISED_SHARE = 0.85
# Fewest longer words for a line to be judged: "New York" alone is no headline.
_MIN_WORDS = 3
# Longest headline-style line, in words.
_MAX_WORDS = 25
# Longest headline-style line in characters, a quick bound on _MAX_WORDS.
_MAX_CHARS = 400
# Fewest capitalised words no name is made of for a line to be a headline, not a list of names.
_MIN_COMMON_WORDS = 2
# Words of at least this many letters are judged; "of", "the", "in" stay lower case in titles.
_LONG_WORD = 4


def is_title_case(paragraph: str, names: Collection[str], gaz: Gazetteer) -> bool:
    """Return True for a headline-style line: short, no closing full stop, nearly every longer word
    capitalised, and at least two of them words no name is made of ("Predicts", "Will").

    A list of names ("Bangkok Bank Ltd, Citibank NA, …") is capitalised throughout too, but every
    word of it is a name's.
    """
    text = paragraph.strip()
    if text.endswith(".") or len(text) > _MAX_CHARS:
        return False  # prose: asked first, as most paragraphs are
    all_words = _WORD.findall(text)
    long_words = [w for w in all_words if len(w) >= _LONG_WORD]
    if len(long_words) < _MIN_WORDS or len(all_words) > _MAX_WORDS or text.endswith("."):
        return False
    capitalised = [w for w in long_words if w[:1].isupper()]
    if len(capitalised) / len(long_words) < _MIN_CAPITALISED_SHARE:
        return False
    return sum(1 for w in capitalised if not _name_word(w, names, gaz)) >= _MIN_COMMON_WORDS


def cut_runs(runs: Sequence[Run], names: Collection[str], gaz: Gazetteer) -> list[Run]:
    """Return the runs of a title-case line cut at every word that is no name's."""
    out: list[Run] = []
    for run, initial in runs:
        pieces: list[list[Tok]] = [[]]
        for tok in run:
            if _name_word(tok.text, names, gaz) or (pieces[-1] and fold_name(tok.text) in CONNECTORS):
                pieces[-1].append(tok)
            else:
                pieces.append([])
        out += [(trim(piece), initial and piece[0] is run[0]) for piece in pieces if trim(piece)]
    return out


def _name_word(word: str, names: Collection[str], gaz: Gazetteer) -> bool:
    """Return True for a word the story writes as a name elsewhere, or a name list holds."""
    folded = fold_name(word).rstrip(".")
    return (
        word in names
        or word in gaz.given_names
        or folded in gaz.places
        or folded in KNOWN_ORGS
        or any(folded in name.split() for name in KNOWN_ORG_NAMES)
        or folded in TITLES
        or (word.isupper() and len(word) > 1)
    )
