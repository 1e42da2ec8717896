"""The twenty-seventh draw of alias pairs (select_alias_pairs.py --twentyseventh): a fresh development batch.

Every development draw before it had been tuned on (development recall 0.99, a fresh draw's 0.98) while the held-out
half stood at 0.938 / 0.769: the development pairs no longer told what recall misses. This draw takes its pairs from
a smaller corpus of development stories only: the first 4,000 Reuters stories (the size of the build whose hub lists
are read by eye) and the web pages of the development half (select_web.held_out), of the types a reader meets:

* ``spelling``, ``surname``, ``prominent-surname``, ``shared-surname``, ``short-form``, ``initials``, ``longer-name``,
  ``one-word-apart``: the twelfth draw's spelling-similar pairs, surnames and full names, abbreviations and their
  expansions, a name and a longer one or one a word apart;
* ``shared-word``: two hubs the merge leaves apart that share a distinctive word (select_wider.py), most of them
  different things: the hard negatives.

Whatever the merge decides (both joined and apart pairs of the twelfth draw's types are drawn). Development half of
the pairs only, none judged in an earlier file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.model import Article, Source
from quality.labels.select_web import held_out as page_held_out
from quality.labels.select_wider import hubs_of, shared_word_pairs

if TYPE_CHECKING:
    from quality.labels.select_alias_pairs import Drawn, Form, Forms

TWENTYSEVENTH_QUOTAS = {
    "reuters": {
        "spelling": 12,
        "surname": 6,
        "prominent-surname": 4,
        "shared-surname": 3,
        "short-form": 8,
        "initials": 10,
        "longer-name": 8,
        "one-word-apart": 8,
        "shared-word": 8,
    },
    "web": {
        "spelling": 6,
        "surname": 5,
        "prominent-surname": 2,
        "shared-surname": 2,
        "short-form": 4,
        "initials": 6,
        "longer-name": 4,
        "one-word-apart": 4,
        "shared-word": 5,
    },
}
# The Reuters stories drawn from: the first this many (a 4k build's).
REUTERS_STORIES = 4000


def development_sources(items: list[Source], corpus: str, draw: str = "twentyseventh") -> list[Source]:
    """Return the sources a draw reads: for this one, the first 4,000 Reuters stories or the web's development
    pages; for the draws before it, all of them."""
    if draw != "twentyseventh":
        return items
    if corpus == "reuters":
        return items[:REUTERS_STORIES]
    return [s for s in items if not page_held_out(s.id.split("-", 1)[1])]


def fresh_drawer(
    articles: list[Article],
    config: Config,
    shaped: Callable[[Forms], Iterator[Drawn]],
    make: Callable[[str, str, tuple[str, ...]], Form],
) -> Callable[[Forms], Iterator[Drawn]]:
    """Return the function yielding the twenty-seventh draw's candidates: the shaped types and hubs sharing a word
    that the merge leaves apart."""
    from quality.score_merge import merged  # noqa: PLC0415 - it imports the drawing script that imports this one

    build = merge_across_corpus(articles, config)
    by_id = {a.id: a for a in build}
    hubs = hubs_of(build, config)

    def drawer(forms: Forms) -> Iterator[Drawn]:
        yield from shaped(forms)
        for kind, a, b in shared_word_pairs(hubs, make):
            pair: dict[str, object] = {"kind": a.kind, "a": a.text, "b": b.text}
            pair |= {"a_articles": [*a.articles], "b_articles": [*b.articles]}
            if merged(by_id, pair) is False:
                yield kind, a, b

    return drawer
