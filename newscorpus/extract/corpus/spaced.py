"""A company's or body's name with its words spaced otherwise and a letter off: "William Pipe Line Co",
"Williams Pipeline Co"; too far apart for a spelling word by word, and not the same letters."""

from __future__ import annotations

from collections import defaultdict

from ..identity import compact_key, edit_distance, is_acronym
from .state import MAX_BUCKET, Corpus, Node, join_all

# Why a name spaced otherwise and a letter off joined the other.
SPACED = "another spelling, spaced otherwise and a letter off, in articles naming the same people and places"
# Names of fewer letters are other names a letter off as often as slips.
_MIN_LETTERS = 10


def join_spaced_spellings(corpus: Corpus) -> None:
    """Join two organisations' names of other numbers of words whose letters, spaces aside, are a letter
    apart, when no article writes both (there they are two bodies) and their articles name the same
    people and places: "William Pipe Line Co" and "Williams Pipeline Co", each written beside Williams
    Cos and Northwest Pipeline Corp. Initials are left alone ("ABC Ltd", "ABCD Ltd")."""
    nodes = corpus.nodes()
    letters: dict[Node, str] = {}
    index: dict[str, list[Node]] = defaultdict(list)
    for node, refs in sorted(nodes.items()):
        name = corpus.entities[refs[0]].name
        if node[0] != "organization" or len(name.split()) < 2 or any(is_acronym(w) for w in name.split()):
            continue
        spelt = letters[node] = compact_key(name)
        if len(spelt) >= _MIN_LETTERS:
            for i in range(len(spelt) + 1):  # the last: the letters whole
                index[spelt[:i] + spelt[i + 1 :]].append(node)
    pairs = {
        (a, b) for bucket in index.values() if 1 < len(bucket) <= MAX_BUCKET for a in bucket for b in bucket if a < b
    }
    for a, b in sorted(pairs):
        if len(a[1].split()) == len(b[1].split()) or edit_distance(letters[a], letters[b]) != 1:
            continue  # spaced alike: a spelling word by word, join_spellings's to judge
        mine, theirs = ({r[0] for r in nodes[n]} for n in (a, b))
        if mine & theirs or corpus.groups.find(nodes[a][0]) == corpus.groups.find(nodes[b][0]):
            continue
        common = corpus.context(mine, (a, b)) & corpus.context(theirs, (a, b))
        if len(common) >= corpus.config.variant_min_shared_names:
            main, variant = sorted((a, b), key=lambda n: (-len(nodes[n]), n))
            join_all(corpus, nodes[main][0], nodes[variant], SPACED)
            for ref in nodes[main]:
                corpus.why.setdefault(ref, SPACED)
