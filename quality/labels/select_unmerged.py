"""The twenty-second draw of alias pairs (select_alias_pairs.py --twentysecond): true variant candidates the merge
leaves apart, to find what recall misses.

Its types are the twelfth draw's (short forms, longer names, initials, legal forms, spellings, transliterations; no
pairs the merge joins), a given name and its short form or other spelling under one surname ("short-given"), and a
new one:

* ``nickname``: an organisation's one-word name and a longer organisation's name ending in it ("Rays", "Tampa Bay
  Rays"; "Ministry", "Foreign Ministry"), a team by its nickname or a body by its last word.

Only pairs the current merge leaves as two (the two forms' entities, in each form's first article of a merged build,
carry two names, or one of them no hub) are drawn: the pairs a recall figure counts as missed when they are one
entity. Development half only, none judged in an earlier file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.shortforms import legal_words
from newscorpus.model import Article
from quality.labels.select_alias_kinds import fourth_candidates

if TYPE_CHECKING:
    from quality.labels.select_alias_pairs import Drawn, Forms

# The twenty-second draw's quotas per corpus and type: the types holding most true variants first.
TWENTYSECOND_QUOTAS = {
    "reuters": {
        "legal-form": 8,
        "longer-name": 6,
        "short-form": 4,
        "initials": 4,
        "spelling": 2,
        "transliteration": 2,
        "short-given": 3,
        "nickname": 3,
    },
    "web": {
        "legal-form": 2,
        "longer-name": 4,
        "short-form": 3,
        "initials": 2,
        "spelling": 1,
        "transliteration": 2,
        "short-given": 2,
        "nickname": 4,
    },
}
# The twenty-third draw's quotas (drawn once the twenty-second had been tuned on): weighted to the types whose pairs
# the twenty-second found true variants among (legal forms, longer names, nicknames, short given names).
TWENTYTHIRD_QUOTAS = {
    "reuters": {
        "legal-form": 14,
        "longer-name": 8,
        "short-form": 4,
        "initials": 3,
        "spelling": 2,
        "transliteration": 2,
        "short-given": 4,
        "nickname": 4,
    },
    "web": {
        "legal-form": 3,
        "longer-name": 5,
        "short-form": 3,
        "initials": 2,
        "spelling": 2,
        "transliteration": 2,
        "short-given": 3,
        "nickname": 6,
    },
}
# A one-word name ending more longer names than this is a common word ("Group", "Bank"): not drawn.
_MAX_ENDING = 12


def unmerged_drawer(
    articles: list[Article], config: Config, twelfth: Callable[[Forms], Iterator[Drawn]]
) -> Callable[[Forms], Iterator[Drawn]]:
    """Return the function yielding the draw's candidate pairs the merge leaves as two."""
    from quality.score_merge import merged  # noqa: PLC0415 - it imports the drawing script that imports this one

    by_id = {a.id: a for a in merge_across_corpus(articles, config)}

    def drawer(forms: Forms) -> Iterator[Drawn]:
        given = ((t, a, b) for t, a, b in fourth_candidates(forms) if t == "short-given")
        for kind, a, b in (*twelfth(forms), *given, *nicknames(forms)):
            pair: dict[str, object] = {"kind": a.kind, "a": a.text, "b": b.text}
            pair |= {"a_articles": [*a.articles], "b_articles": [*b.articles]}
            if merged(by_id, pair) is False:
                yield kind, a, b

    return drawer


def nicknames(forms: Forms) -> Iterator[Drawn]:
    """Yield an organisation's one-word name and each longer organisation's name ending in it."""
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, key in sorted(forms):
        words = key.split()
        if kind == "organization" and len(words) > 1 and not legal_words(forms[(kind, key)].text)[1]:
            by_last[words[-1]].append((kind, key))
    for (kind, key), form in sorted(forms.items()):
        longer = by_last.get(key, []) if kind == "organization" and len(key.split()) == 1 else []
        if len(longer) <= _MAX_ENDING:
            for other in longer:
                yield "nickname", form, forms[other]
