"""A body's name written over lower-case words ("Organisation for Security and Cooperation in Europe"),
told by the bracketed acronym after it, which spells the words on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import CONNECTORS
from .legal_forms import LEGAL_FORMS
from .name_tokens import Run, Tok
from .text import fold_name

# Lower-case words that may stand inside a body's name between its capitalised parts ("… Co-operation
# in Europe", "… Cruelty to Children"); a run is cut at them, and joined again only where the name's
# acronym follows and spells the words on both sides.
_INNER_WORDS = frozenset(
    {"in", "to", "on", "at", "against", "among", "between", "with", "from", "by", "into", "the", "a"}
)
# Most lower-case words a body's name holds in one place: "in the", "against the".
_MAX_INNER_WORDS = 2
BRACKETED_ACRONYM = re.compile(r"\s?\((?P<acr>[A-Z][A-Z.&]{1,11})\)")


def initials(run: Sequence[Tok]) -> str:
    """Return the capital initials of a run's words and of their hyphenated parts ("Co-operation": C).

    Connectors are left out, capitalised too: "The" opening a sentence is no letter of "NSPCC".
    """
    return "".join(p[0] for t in run for p in t.text.split("-") if p[:1].isupper() and p.lower() not in CONNECTORS)


def join_spelled_acronyms(runs: list[Run], paragraph: str) -> list[Run]:
    """Join two runs over the lower-case words between them where the acronym after spells both.

    "the Organisation for Security and Cooperation in Europe (OSCE)": "OSCE" holds the E of
    "Europe", so "in Europe" is the body's own, not the place it sits in. Without the bracketed
    acronym, or where it spells the first run alone ("the Ministry of Justice (MJ) in Paris"), the
    runs stay apart.
    """
    joined: list[Run] = []
    for run, initial in runs:
        previous = joined[-1][0] if joined else []
        if previous:
            gap = paragraph[previous[-1].end : run[0].start]
            inner = gap.split()
            after = BRACKETED_ACRONYM.match(paragraph, run[-1].end)
            if (
                after
                and 0 < len(inner) <= _MAX_INNER_WORDS
                and gap == " " + " ".join(inner) + " "
                and all(w in _INNER_WORDS for w in inner)
            ):
                letters = after.group("acr").replace(".", "").replace("&", "")
                # The run before may open with a word of the sentence ("Observers of the …").
                spelled = initials([*previous, *run]).endswith(letters) and len(letters) > len(initials(run))
                if spelled and not initials(previous).endswith(letters):
                    words: list[Tok] = []
                    at = previous[-1].end + 1
                    for w in inner:
                        words.append(Tok(w, at, at + len(w)))
                        at += len(w) + 1
                    joined[-1] = ([*previous, *words, *run], joined[-1][1])
                    continue
        joined.append((run, initial))
    return joined


def spelled_in_lower_case(acronym: str, before: str) -> bool:
    """Return True for an acronym bracketed after the lower-case words it stands for.

    "deposit taking company (DTC)" names a kind of thing, not an organisation; a body spells
    its acronym in capitals ("Hayat Tahrir al-Sham (HTS)").
    """
    if not before.endswith("("):
        return False
    letters = acronym.replace(".", "").lower()
    spelled = [w for w in before[:-1].split() if w not in CONNECTORS][-len(letters) :]
    return (
        len(spelled) == len(letters)
        and all(w[:1].islower() for w in spelled)
        and "".join(w[0] for w in spelled) == letters
    )


def acronym_of(words: Sequence[str], *, legal_suffix: bool = True) -> str:
    """Return the initials of a name's words, connectors left out; without legal_suffix, "Corp" too ("GM")."""
    out = []
    for word in words:
        for piece in re.split(r"[\s\-]+", word):
            keep = legal_suffix or fold_name(piece).rstrip(".") not in _LEGAL_SUFFIXES
            if piece and piece.lower() not in CONNECTORS and piece[:1].isupper() and keep:
                out.append(piece[0])
    return "".join(out).upper()


# Company-form words left out of acronyms: "General Motors Corp" is "GM"; "Group" too ("BHP Group").
_LEGAL_SUFFIXES = frozenset(LEGAL_FORMS) | {"group"}

# A body's acronym written as one word, with or without dots: "U.N.", "NATO", "EU".
_ACRONYM_WORD = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")


def is_lone_acronym(words: Sequence[str]) -> bool:
    """Return True for one word in capitals that spells a body's initials ("U.N.", "NATO")."""
    return len(words) == 1 and _ACRONYM_WORD.fullmatch(words[0]) is not None
