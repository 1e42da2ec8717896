"""Draw further development pages from the scraped web collections, shared by the later selectors.

Each selector (``select_web_extra.py``, ``select_web_dev2.py``, ``select_web_dev3.py``) draws pages
no earlier selector chose, of the development half only (``select_web.held_out``), so the held-out
half is never read; L3S-GN1 pages with no block labelled full text are not eligible. From each
collection, pages are ordered by sha1('<salt>-<id>') and taken in turn, a share of them among pages
that pass the selector's test (they credit a wire agency, or open a block with a dateline), the rest
among the others.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Mapping

from quality.labels.select_web import _WIRE, held_out
from quality.webpages import WebPage, read_collection

# A block opening with a place in capitals (and its region), then a dash, colon or credit.
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{2,30}(?:, [A-Z][A-Za-z. ]{1,20})?\s*(?:\(\w+\)\s*)?(?:--|—|–|-|:)\s")


def names_wire(page: WebPage) -> bool:
    """Return True when the page's text names a wire agency (select_web's test)."""
    return bool(_WIRE.search(page.text()))


def credited(page: WebPage) -> bool:
    """Return True when the page names a wire agency or opens a block with a dateline."""
    text = page.text()
    return bool(_WIRE.search(text) or _DATELINE.search(text))


def draw(
    data_dir: str,
    salt: str,
    how_many: Mapping[str, int],
    taken: Iterable[WebPage],
    test: Callable[[WebPage], bool],
    share: tuple[int, int],
    also: Collection[tuple[str, str]] = (),
) -> list[WebPage]:
    """Return the drawn pages, collection by collection, each collection in its sha1 order.

    ``share`` is the fraction (numerator, denominator) of each collection's count taken among the
    pages passing ``test``; ``taken`` are the pages earlier selectors chose, ``also`` the (collection, id) of
    further pages left out.
    """
    taken_ids = {(page.collection, page.id) for page in taken} | set(also)

    def key(page: WebPage) -> str:
        return hashlib.sha1(f"{salt}-{page.id}".encode()).hexdigest()

    chosen: list[WebPage] = []
    for name, count in how_many.items():
        pages = [
            p
            for p in sorted(read_collection(data_dir, name), key=key)
            if (name, p.id) not in taken_ids and not held_out(p.id) and (name != "l3s" or "story" in p.labels)
        ]
        passing = [p for p in pages if test(p)][: count * share[0] // share[1]]
        other = [p for p in pages if not test(p)][: count - len(passing)]
        chosen += sorted(passing + other, key=key)
    return chosen


def print_pages(select: Callable[[str], list[WebPage]], argv: list[str]) -> int:
    """Print collection and id of each page ``select`` chooses from the folder argv[0]; never page text."""
    for page in select(argv[0]):
        print(page.collection, page.id)
    return 0
