"""A headline the page's address names, set far above the story: over a menu, a box of links or a gallery."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .headline_shape import stems
from .page_features import Features

# The least words of a far block the address holds, and the least share of the block's words they are: the address
# names one story in full ("…/all-new-2020-sentra-is-what-we-really-want-from-nissan-ph"), a link shares a word or two.
_FAR_ADDRESS_WORDS = 3
_FAR_ADDRESS_SHARE = 0.75
# The least words of the lede a far block shares with it: it heads this story.
_FAR_LEDE_WORDS = 2


def far_named(
    features: Sequence[Features],
    top: int,
    lede: set[str],
    address: frozenset[str],
    candidate: Callable[[Features], bool],
) -> int | None:
    """Return the block above top (the nearest reach of the headline) the page's address names, when one does alone.

    A page may print its headline, its writer and stamp, then a long menu or a box of other stories' links, then
    the story: the headline stands out of a headline's reach, but the address names it, word for word, as it names
    no other block; and it is written in the lede's words. None when two blocks are named alike (a headline printed
    twice: the nearer is taken) or none is.
    """
    if not address:
        return None
    best: tuple[int, int] | None = None
    for i in range(top, -1, -1):
        words = stems(features[i].text)
        held = len(address & words)
        if held < _FAR_ADDRESS_WORDS or held < _FAR_ADDRESS_SHARE * len(words):
            continue
        if best is None or held > best[0]:
            best = (held, i)
    if best is None:
        return None
    f = features[best[1]]
    if not candidate(f) or len(stems(f.text) & lede) < _FAR_LEDE_WORDS:
        return None
    return best[1]
