"""A body's name and its plural: the singular names one body, the plural several ("Citizens Banks")."""

from __future__ import annotations

from ..text import words as word_list

# Words naming one body that, in the plural, name several of them: "the Citizens Banks of two towns", "the
# Federal Home Loan Banks". Not words whose plural is itself a firm's name ("Brothers", "Holdings",
# "Industries", "Securities"): "Lehman Brother" beside "Lehman Brothers" is a slip.
_COUNTED = word_list(
    "bank association council exchange agency committee board union society institute fund trust "
    "foundation commission ministry department authority college university"
)


def plural_apart(words: list[tuple[str, str]]) -> bool:
    """Return True when two names' differing words are one body word and its plural ("bank", "banks"):
    written side by side in an article, the plural names the several bodies of that name, not a slip
    of the one."""
    return bool(words) and all(
        (a in _COUNTED and b in (f"{a}s", f"{a}es")) or (b in _COUNTED and a in (f"{b}s", f"{b}es")) for a, b in words
    )
