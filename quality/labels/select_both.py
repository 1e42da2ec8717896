"""The twenty-fourth draw of alias pairs (select_alias_pairs.py --twentyfourth): both sides of the merge's errors.

The held-out half's figures stood at precision 0.938 and recall 0.769 for several rounds while every development draw
reached its own once tuned on: the twenty-second and twenty-third draws held only pairs the merge leaves apart, so they
showed what recall misses but nothing of what precision loses. This draw takes both, under its own seed:

* the true variant candidates the merge leaves as two when drawn (select_unmerged.py: the twelfth draw's types, given
  names and their short forms under one surname, nicknames), where a missed variant of one entity is;
* the pairs the merge joins ("merged": a hub's canonical name and one of its forms that is neither a part of it nor its
  initials, one per hub, select_alias_kinds.merged_candidates), where a wrong merge of two things is.

Development half only, none judged in an earlier file, all of it one development file (``alias_pairs_dev21.json``,
scored as "Dev, fresh 20").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from newscorpus.config import Config
from newscorpus.model import Article
from quality.labels.select_unmerged import unmerged_drawer

if TYPE_CHECKING:
    from quality.labels.select_alias_pairs import Drawn, Forms

# The twenty-fourth draw's quotas: about a third pairs the merge joins, the rest pairs it leaves apart, weighted as the
# twenty-third to the types holding most variants (legal forms, longer names, nicknames, short given names).
TWENTYFOURTH_QUOTAS = {
    "reuters": {
        "merged": 12,
        "legal-form": 6,
        "longer-name": 5,
        "short-form": 2,
        "initials": 2,
        "spelling": 1,
        "transliteration": 1,
        "short-given": 2,
        "nickname": 3,
    },
    "web": {
        "merged": 8,
        "legal-form": 2,
        "longer-name": 3,
        "short-form": 2,
        "initials": 1,
        "spelling": 1,
        "transliteration": 1,
        "short-given": 2,
        "nickname": 4,
    },
}


# The twenty-fifth draw's quotas, drawn once the twenty-fourth had been tuned on (every development draw's precision at
# 1.000, recall near it): the twenty-fourth's mix, larger, since about half of a draw is dropped as naming nothing of
# its kind, and with more of the pairs the merge joins, where the held-out half's precision is lost (90 pairs drawn:
# the types' candidates run short, the web's hubs hold two undrawn development pairs only).
TWENTYFIFTH_QUOTAS = {
    corpus: {**quotas, **extra}
    for (corpus, quotas), extra in zip(
        TWENTYFOURTH_QUOTAS.items(),
        (
            {"merged": 45, "legal-form": 9, "longer-name": 7, "short-form": 3, "initials": 3, "short-given": 3},
            {"merged": 13, "legal-form": 3, "longer-name": 4, "short-form": 3, "initials": 2},
        ),
        strict=True,
    )
}


def both_drawer(
    articles: list[Article],
    config: Config,
    twelfth: Callable[[Forms], Iterator[Drawn]],
    joined: Callable[[list[Article], Config, str], Iterator[Drawn]],
    seed: str = "alias-twentyfourth",
) -> Callable[[Forms], Iterator[Drawn]]:
    """Return the function yielding the pairs the merge leaves apart and those it joins (joined: one per hub, in
    the order of the draw's seed)."""
    apart = unmerged_drawer(articles, config, twelfth)
    return lambda forms: chain(apart(forms), joined(articles, config, seed))
