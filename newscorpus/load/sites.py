"""The outlet of an article, settled with the other articles of the corpus.

A scraper's dump gives some pages of a site its name ("BBC News", from the page's metadata) and others
only their address; it spells one outlet two ways ("PolitiFact", "Politifact"); it gives a wire's name to
some articles and only an address on one of its editions ("uk.reuters.com") to others. Read alone, each
would be an outlet of its own in the archives and the syndication tables. Read with the corpus:
- a name given in several spellings that differ only in case, spaces or punctuation is one name, the
  spelling most articles give (on a tie, the one keeping most word breaks and capitals, then the first in
  order);
- an article with an address and no name takes the name most articles of its site are given (on a tie,
  the first in order);
- else, the name of its address ("cnn" in "edition.cnn.com", "reuters" in "uk.reuters.com") when an
  article of the corpus gives that name in any spelling ("CNN", "Reuters");
- else, the site its address is part of when the corpus has articles of that site ("chinadaily.com.cn" for
  "africa.chinadaily.com.cn" beside pages of chinadaily.com.cn);
- else it keeps its address's name. An outlet written as an address is no name.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..markup import given_outlet, site_of
from ..model import Source

# Second-level words under a country's code ("bbc.co.uk", "smh.com.au"): the name is the label before them.
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "go", "gov", "ne", "net", "or", "org"})


def with_site_outlets(sources: Sequence[Source]) -> list[Source]:
    """Return the sources, each whose outlet the corpus names otherwise given that name (`site_outlet`)."""
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    names: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for source in sources:
        site, outlet = site_of(source.meta.url), given_outlet(source.meta.outlet)
        if outlet:
            spellings[fold(outlet)][outlet] += 1
        if site and outlet:
            names[site][outlet] += 1
    spelled = {key: min(counts.items(), key=_preferred)[0] for key, counts in spellings.items()}
    chosen = {site: spelled[fold(_most_given(counts))] for site, counts in names.items()}
    sites = {site for site in map(site_of, (source.meta.url for source in sources)) if site}
    return [_named(source, spelled, chosen, sites) for source in sources]


def fold(name: str) -> str:
    """Return the key under which spellings of one name agree: its letters and digits, lower case."""
    return "".join(c for c in name.casefold() if c.isalnum())


def address_name(site: str) -> str:
    """Return the name in a site's address: the label before its domain ending ("edition.cnn.com": "cnn",
    "news.bbc.co.uk": "bbc", "blog.google": "blog")."""
    return domain_of(site).split(".")[0]


def domain_of(site: str) -> str:
    """Return the domain a site is part of: its name and its domain ending ("edition.cnn.com": "cnn.com",
    "news.bbc.co.uk": "bbc.co.uk")."""
    labels = site.split(".")
    ending = 2 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 1
    return ".".join(labels[-ending - 1 :])


def _named(source: Source, spelled: dict[str, str], chosen: dict[str, str], sites: set[str]) -> Source:
    """Return the source with the outlet the corpus gives it, when that is not the one it gives itself."""
    site, outlet = site_of(source.meta.url), given_outlet(source.meta.outlet)
    if outlet:
        name, how = spelled[fold(outlet)], "spelling"
        if name == outlet:
            return source
    elif not site:
        return source
    elif site in chosen:
        name, how = chosen[site], "site"
    elif fold(address_name(site)) in spelled:
        name, how = spelled[fold(address_name(site))], "address"
    elif domain_of(site) != site and domain_of(site) in sites:
        name, how = domain_of(site), "domain"
    else:
        return source
    return dataclasses.replace(source, meta=dataclasses.replace(source.meta, site_outlet=name, site_outlet_by=how))


def _most_given(counts: Counter[str]) -> str:
    """Return the name given most often (on a tie, the first in order)."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _preferred(item: tuple[str, int]) -> tuple[int, int, int, str]:
    """Order a name's spellings: most given first, then most word breaks, then most capitals, then in order."""
    name, count = item
    return -count, -sum(not c.isalnum() for c in name), -sum(c.isupper() for c in name), name
