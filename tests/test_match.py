"""Variant groups: which articles are versions of one story, and word diffs between them."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import Overlap, diff_words, match_articles, shingles
from newscorpus.model import Article, Source

from .conftest import FIXTURES

CONFIG = Config()


def load(name: str) -> Article:
    path = FIXTURES / "wire" / name
    result = extract_article(Source(id=Path(name).stem, path=name, text=path.read_text(encoding="utf-8")), CONFIG)
    assert result is not None
    return result


def test_copy_edited_trimmed_version_groups_with_the_wire() -> None:
    wire, outlet = load("reuters_port_strike.txt"), load("gazette_port_strike.txt")
    (group,) = match_articles([wire, outlet], CONFIG)
    assert {m.id for m in group.members} == {wire.id, outlet.id}
    # The fuller wire copy is the reference; the trimmed version is mostly contained in it.
    assert group.canonical == wire.id
    trimmed = next(m for m in group.members if m.id == outlet.id)
    assert trimmed.containment > trimmed.coverage


def test_shared_quotation_does_not_make_a_version() -> None:
    # Another outlet's own story on the same strike quotes the same union spokesman verbatim.
    assert match_articles([load("reuters_port_strike.txt"), load("herald_port_reaction.txt")], CONFIG) == ()


def test_groups_partition_the_articles() -> None:
    articles = [load(p.name) for p in sorted((FIXTURES / "wire").glob("*.txt"))]
    groups = match_articles(articles, CONFIG)
    members = [m.id for g in groups for m in g.members]
    assert len(members) == len(set(members))
    for group in groups:
        assert group.members[0].id == group.canonical


def test_diff_marks_substitutions() -> None:
    wire, outlet = load("reuters_port_strike.txt"), load("gazette_port_strike.txt")
    paragraphs = diff_words(wire, outlet)
    removed = {s.text for p in paragraphs for s in p if s.kind == "removed"}
    added = {s.text for p in paragraphs for s in p if s.kind == "added"}
    assert "ships" in removed and "vessels" in added
    assert "percent" in removed and "per cent" in added
    # Every word of the version is in the diff, in order.
    shown = " ".join(s.text for p in paragraphs for s in p if s.kind != "removed")
    assert shown.split() == " ".join(b.text for b in outlet.blocks).split()


words = st.lists(
    st.sampled_from(
        ["the", "port", "strike", "union", "said", "ships", "pay", "talks", "rose", "fell", "minister", "week"]
    ),
    min_size=0,
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(words, words)
def test_overlap_is_symmetric(a: list[str], b: list[str]) -> None:
    art = [
        extract_article(Source(id=str(i), path=f"{i}.txt", text=" ".join(w) + " end."), CONFIG)
        for i, w in enumerate((a, b))
    ]
    assert art[0] is not None and art[1] is not None
    sa, sb = shingles(art[0], 4), shingles(art[1], 4)
    one, two = Overlap(len(sa & sb), len(sa), len(sb)), Overlap(len(sb & sa), len(sb), len(sa))
    assert one.jaccard == two.jaccard and one.containment == two.containment
    assert 0.0 <= one.jaccard <= one.containment <= 1.0


def test_grouping_does_not_depend_on_input_order() -> None:
    articles = [load(p.name) for p in sorted((FIXTURES / "wire").glob("*.txt"))]
    results = {match_articles(list(order), CONFIG) for order in itertools.permutations(articles)}
    assert len(results) == 1
