"""The outlet of an article that names none, from the other articles of the corpus on the same site.

A scraper's dump gives some pages of a site its name ("BBC News", from the page's metadata) and others
only their address. Read alone, the second would be published as "bbc.com" and the site's pages split
between two outlets in the archives and the syndication tables; read with the corpus, they are all BBC
News. The name is the one most articles of the site are given (on a tie, the first in order); a site
whose articles give none keeps its address's name. An outlet written as an address is no name.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..markup import given_outlet, site_of
from ..model import Source


def with_site_outlets(sources: Sequence[Source]) -> list[Source]:
    """Return the sources, those with an address and no outlet given the name their site's other articles have."""
    names: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for source in sources:
        site, outlet = site_of(source.meta.url), given_outlet(source.meta.outlet)
        if site and outlet:
            names[site][outlet] += 1
    if not names:
        return list(sources)
    chosen = {site: min(counts.items(), key=lambda item: (-item[1], item[0]))[0] for site, counts in names.items()}
    return [_named(source, chosen) for source in sources]


def _named(source: Source, chosen: dict[str, str]) -> Source:
    """Return the source with its site's outlet, when it has an address and names no outlet of its own."""
    site = site_of(source.meta.url)
    if site not in chosen or given_outlet(source.meta.outlet):
        return source
    return dataclasses.replace(source, meta=dataclasses.replace(source.meta, site_outlet=chosen[site]))
