"""A country's embassy or consulate: one body in each country that hosts it, not one for them all."""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import country_of
from ..identity import compact_key
from ..shortforms import qualifier_country
from ..text import words as word_list
from .names import country_spelt_out
from .state import Corpus, Node, Ref, node_of

# The last word of a name for a country's mission in another: "U.S. Embassy" in Islamabad is not
# the one in New Delhi, though both stories write the same two words.
POST_WORDS = word_list("embassy embassies consulate legation")
# Capitalised words after "in" that may name the host: "U.S. Embassy in New Delhi".
_PLACE_AFTER = r"\s+in\s+((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2})"

Family = list[Ref]
"""Every ref of one post's name, in whatever letters it is written ("U.S. Embassy", "US Embassy")."""


def hosted_posts(corpus: Corpus) -> dict[str, dict[Ref, str | None]]:
    """Return each post's name (by its letters) written in two host countries or more -> every ref and
    its host, and leave those names out of the steps that join names whole (``Corpus.defer``)."""
    families: dict[str, Family] = defaultdict(list)
    for ref in corpus.refs:
        if ref[1] == "organization" and _is_post(ref[2]):
            families[compact_key(country_spelt_out(ref[2]))].append(ref)
    hosted: dict[str, dict[Ref, str | None]] = {}
    for key, refs in sorted(families.items()):
        hosts = {ref: host_of(corpus, ref) for ref in refs}
        if len({h for h in hosts.values() if h}) > 1:
            hosted[key] = hosts
    deferred: set[Node] = {node_of(r) for hosts in hosted.values() for r in hosts}
    corpus.defer(deferred)
    return hosted


def join_posts(corpus: Corpus, hosted: dict[str, dict[Ref, str | None]]) -> None:
    """Join a post's refs of one host country; a ref whose article says no host could be any of them."""
    for hosts in hosted.values():
        first: dict[str, Ref] = {}
        for ref, host in sorted(hosts.items()):
            if host is None:
                continue
            corpus.hosts[ref] = host
            if host in first:
                corpus.join(first[host], ref, "the same post, in the same host country")
            else:
                first[host] = ref
        for ref, host in hosts.items():
            if host is None:
                corpus.ambiguous[ref] = set(first.values())


def host_of(corpus: Corpus, ref: Ref) -> str | None:
    """Return the country hosting a post in its article: the place written after it ("U.S. Embassy in
    Islamabad"), else the dateline's country unless that is the post's own ("U.S. Embassy" in a story
    from Baghdad; not in one from Washington); None when the article does not say."""
    written = corpus.read(ref[0], _host_written, ref[2])
    if written:
        return written
    dateline = corpus.articles[ref[0]].dateline
    country = country_of(dateline) if dateline else None
    own = qualifier_country(ref[2].rsplit(maxsplit=1)[0]) if " " in ref[2] else None
    return country if country and country != own else None


def _host_written(text: str, post: str) -> str | None:
    """Return the country of the first place a text writes after "<post> in" that is one, or None."""
    for match in re.finditer(re.escape(post) + _PLACE_AFTER, text):
        words = match.group(1).rstrip(".").split()
        for size in range(len(words), 0, -1):
            country = country_of(" ".join(words[:size]))
            if country:
                return country
    return None


def _is_post(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower() in POST_WORDS
