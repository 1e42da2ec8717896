"""The merge's groups of names and its candidate spellings, as its steps ask for them again and again."""

from __future__ import annotations

import random

from newscorpus.config import Config
from newscorpus.extract.corpus.candidates import spelling_candidates
from newscorpus.extract.corpus.state import MAX_BUCKET, Corpus, Node, Ref, UnionFind
from newscorpus.model import Article, Block


def test_groups_asked_again_after_a_join_hold_the_join() -> None:
    # The groups are made once until a join changes them: a join between two asks must show.
    refs: list[Ref] = [(0, "person", "A"), (1, "person", "B"), (2, "person", "C")]
    groups = UnionFind(refs)
    assert groups.groups() == {refs[0]: [refs[0]], refs[1]: [refs[1]], refs[2]: [refs[2]]}
    groups.union(refs[2], refs[1])
    assert groups.groups() == {refs[0]: [refs[0]], refs[1]: [refs[1], refs[2]]}
    groups.union(refs[1], refs[0])  # a chain: C points at B, B at A
    assert groups.groups() == {refs[0]: refs}


def test_a_step_writing_into_its_groups_leaves_the_next_steps_alone() -> None:
    # Each step gets a dict of its own: a look-up of a missing lead (a defaultdict) adds nothing for the next.
    refs: list[Ref] = [(0, "person", "A"), (1, "person", "B")]
    groups = UnionFind(refs)
    mine = groups.groups()
    assert mine[(9, "person", "Z")] == []
    assert (9, "person", "Z") not in groups.groups()


def _walked(refs: list[Ref], joins: list[tuple[Ref, Ref]]) -> dict[Ref, list[Ref]]:
    """Return the groups the joins make, by walking every ref to its group afresh."""
    fresh = UnionFind(refs)
    for a, b in joins:
        fresh.union(a, b)
    out: dict[Ref, list[Ref]] = {}
    for ref in sorted(refs):
        out.setdefault(fresh.find(ref), []).append(ref)
    return out


def test_groups_kept_up_to_date_join_by_join_are_the_groups_walked_afresh() -> None:
    # Joins in a shuffled order, the groups asked for every few joins: each time the same groups, leads
    # and order as walking all refs again, and the groups given out before never change.
    rng = random.Random(7)
    refs: list[Ref] = [(i % 40, rng.choice(("person", "place")), f"N{i}") for i in range(300)]
    joins = [(rng.choice(refs), rng.choice(refs)) for _ in range(400)]
    groups = UnionFind(refs)
    given: list[tuple[dict[Ref, list[Ref]], dict[Ref, list[Ref]]]] = []
    for n, (a, b) in enumerate(joins):
        if n % 37 == 5:
            now = groups.groups()
            assert now == _walked(refs, joins[:n])
            assert list(now) == sorted(now)
            given.append((now, {lead: list(members) for lead, members in now.items()}))
        groups.union(a, b)
    assert groups.groups() == _walked(refs, joins)
    for now, then in given:
        assert now == then


def _corpus() -> Corpus:
    article = Article("a", "a.txt", "Talks", False, None, (Block("paragraph", "Talks began."),), 2, 1)
    return Corpus.of([article], Config())


# Sixty banks a town's name apart: past MAX_BUCKET in their shared shortening ("first national bank of *"),
# so that shortening pairs none of them; forty do not pass it.
_CROWD: list[Node] = [("organization", f"first national bank of town{i:02d}x") for i in range(60)]
_PAIR: list[Node] = [("person", "mikhail gorbachev"), ("person", "mikhail gorbachov")]


def test_names_asked_about_again_pair_as_when_asked_alone() -> None:
    # The second step asks about fewer names than the first (some wait for their country): its pairs are
    # those its own names give, a crowded shortening counted among its names only.
    fewer = [*_CROWD[: MAX_BUCKET - 10], *_PAIR]
    alone = spelling_candidates(_corpus(), fewer)
    corpus = _corpus()
    crowded = spelling_candidates(corpus, [*_CROWD, *_PAIR])
    assert spelling_candidates(corpus, fewer) == alone
    assert (_CROWD[0], _CROWD[39]) in alone
    assert (_CROWD[0], _CROWD[39]) not in crowded
    assert tuple(_PAIR) in alone and tuple(_PAIR) in crowded


def test_a_name_twice_in_one_shortening_pairs_with_no_one() -> None:
    # "hallsey" shortened at either "l" gives "halsey" twice: no pair with itself.
    corpus = _corpus()
    names: list[Node] = [("person", "hallsey"), ("person", "halsey")]
    assert spelling_candidates(corpus, names) == {(("person", "hallsey"), ("person", "halsey"))}
    assert spelling_candidates(corpus, names[:1]) == set()
