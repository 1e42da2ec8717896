"""The twenty-sixth draw of alias pairs (select_alias_pairs.py --twentysixth): candidates found more widely.

The twenty-fifth draw found few candidates of the earlier types left in the development half (every development
draw's precision at 1.000 once tuned, recall near it), while the held-out half stood at 0.938 / 0.769. This draw
finds its candidates from the merged build's hubs rather than from the names' shapes, on both sides of the merge:

* ``shared-word``: two hubs of one kind the merge leaves apart that share a distinctive word (a person's surname, a
  word of an organisation's or place's name that few hubs' names hold): "Baker" and "James Baker" across articles,
  "Continental" and "Continental Illinois Corp", "Gencorp" and "GenCorp Inc";
* ``merged-part``: a hub's canonical name and one of its forms that is a part of it (one per hub), the pairs the
  merge joins because one name holds the other, where a wrong merge of two things looks plainest ("Continental"
  of the airline in the tyre maker's hub).

Only pairs the merge leaves as two are drawn as shared-word pairs (as select_unmerged.py). Development half only,
none judged in an earlier file.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.shortforms import legal_words
from newscorpus.extract.text import name_tokens
from newscorpus.link import hub_keys, linkable
from newscorpus.model import Article, EntityKind

if TYPE_CHECKING:
    from quality.labels.select_alias_pairs import Drawn, Form, Forms

TWENTYSIXTH_QUOTAS = {
    "reuters": {"shared-word": 32, "merged-part": 18},
    "web": {"shared-word": 18, "merged-part": 12},
}
# A word held by more hubs' names than this is a common word ("Bank", "National", "John"): no candidate.
_MAX_SHARING = 6
# Words too short to tell a name by ("de", "al", initials).
_MIN_WORD = 3

# A hub as drawn: (kind, canonical name, the articles writing each of its forms).
Hub = tuple[str, str, dict[str, tuple[str, ...]]]


def hubs_of(merged: Sequence[Article], config: Config) -> list[Hub]:
    """Return the merged build's hubs, each with the articles writing each of its forms, in name order."""
    writing: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    counts: dict[tuple[EntityKind, str], int] = defaultdict(int)
    for article in merged:
        for entity in linkable(article):
            counts[(entity.kind, entity.name)] += 1
            for text in {f.text for f in entity.forms} or {entity.name, *entity.aliases}:
                writing[(entity.kind, entity.name)][text].add(article.id)
    return [
        (kind, name, {text: tuple(sorted(ids)) for text, ids in sorted(writing[(kind, name)].items())})
        for kind, name in hub_keys(counts, config)
    ]


def _words(kind: str, name: str) -> set[str]:
    """Return the words of a name that may tell it: a person's surname, an organisation's words without its
    legal form, a place's words."""
    if kind == "organization":
        name = legal_words(name)[0]
    words = [w for w in name_tokens(name) if len(w) >= _MIN_WORD]
    return set(words[-1:]) if kind == "person" else set(words)


def shared_word_pairs(hubs: list[Hub], make: Callable[[str, str, tuple[str, ...]], Form]) -> Iterator[Drawn]:
    """Yield every two hubs of one kind sharing a word few hubs' names hold."""
    by_word: dict[tuple[str, str], list[Hub]] = defaultdict(list)
    for hub in hubs:
        for word in _words(hub[0], hub[1]):
            by_word[(hub[0], word)].append(hub)
    seen: set[tuple[str, str, str]] = set()
    for (kind, _), sharing in sorted(by_word.items()):
        if len(sharing) > _MAX_SHARING:
            continue
        for n, (_, first, first_forms) in enumerate(sharing):
            for _, second, second_forms in sharing[n + 1 :]:
                if (kind, first, second) not in seen and first_forms.get(first) and second_forms.get(second):
                    seen.add((kind, first, second))
                    a, b = make(kind, first, first_forms[first]), make(kind, second, second_forms[second])
                    yield "shared-word", a, b


def merged_part_pairs(
    hubs: list[Hub], make: Callable[[str, str, tuple[str, ...]], Form], seed: str, held_out: Callable[..., bool]
) -> Iterator[Drawn]:
    """Yield one pair per hub: its canonical name and a form that is a part of it, first in sha1 order."""
    for kind, name, forms in hubs:
        whole = set(name_tokens(name))
        parts = [
            text
            for text in forms
            if text != name and forms.get(name) and set(name_tokens(text)) < whole and not held_out(kind, name, text)
        ]
        if parts:
            text = min(parts, key=lambda t: hashlib.sha1(f"{seed}-hub-{name}-{t}".encode()).hexdigest())
            yield "merged-part", make(kind, name, forms[name]), make(kind, text, forms[text])


def wider_drawer(
    articles: list[Article],
    config: Config,
    make: Callable[[str, str, tuple[str, ...]], Form],
    held_out: Callable[..., bool],
) -> Callable[[Forms], Iterator[Drawn]]:
    """Return the function yielding the twenty-sixth draw's candidates (the corpus's forms are not asked)."""
    from quality.score_merge import merged  # noqa: PLC0415 - it imports the drawing script that imports this one

    build = merge_across_corpus(articles, config)
    by_id = {a.id: a for a in build}
    hubs = hubs_of(build, config)

    def drawer(_: Forms) -> Iterator[Drawn]:
        for kind, a, b in shared_word_pairs(hubs, make):
            pair: dict[str, object] = {"kind": a.kind, "a": a.text, "b": b.text}
            pair |= {"a_articles": [*a.articles], "b_articles": [*b.articles]}
            if merged(by_id, pair) is False:
                yield kind, a, b
        yield from merged_part_pairs(hubs, make, "alias-twentysixth", held_out)

    return drawer
