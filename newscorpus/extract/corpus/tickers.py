"""Step that joins a company's short name and the longer name opening with it, the same ticker after both."""

from __future__ import annotations

import re
from collections import defaultdict

from ..identity import is_acronym
from ..shortforms import legal_words
from .state import Corpus, Node, Ref, common_form

# A ticker in angle brackets: "<RD>", "<BP.L>".
_TICKER = re.compile(r"<([A-Z][A-Z0-9]*(?:\.[A-Z]+)?)>")
# Most characters of the words before a ticker read.
_BEFORE_MOST = 80
_POSSESSIVE = re.compile(r"(?:'s|’s)$")

TICKER_WHY = "the name opening the company's, the same ticker written after both"


def join_by_tickers(corpus: Corpus) -> None:
    """Join a company's name ("Royal Dutch <RD>") to the one longer name opening with it that its articles write
    with the same ticker ("Royal Dutch Petroleum <RD>"): the wire's code says one company, where the short name
    alone might be any name it opens ("Royal Dutch/Shell Group", "Royal Dutch Shell"). Only where every ticker
    written after the short name is written after the longer one too, and no other name opening with the short
    one is written with them: a short name written with its parent's ticker and a unit's stays apart."""
    nodes = corpus.nodes()
    longer = _longer_names(nodes)
    found: dict[int, tuple[tuple[str, str], ...]] = {}
    for node, refs in sorted(nodes.items()):
        if node not in longer or is_acronym(refs[0][2]) or common_form(corpus, refs[0][2]):
            continue
        mine = _tickers(corpus, refs, found)
        if not mine:
            continue
        sharing = [nodes[other] for other in longer[node] if mine <= _tickers(corpus, nodes[other], found)]
        owners = {corpus.groups.find(other[0]) for other in sharing}  # "Royal Dutch Petroleum" and its "Co": one
        if len(owners) == 1 and _unit_apart(corpus, refs, [r for other in sharing for r in other]):
            corpus.join(sharing[0][0], refs[0], TICKER_WHY, refs)


def _unit_apart(corpus: Corpus, refs: list[Ref], longer: list[Ref]) -> bool:
    """Return True when a short name is no company of its own: its group holds no name of it with a legal form
    ("Chrysler", with "Chrysler Corp": the parent, whose ticker the wire writes after its unit "Chrysler Motors"
    too), and it is written in no more articles than the longer name."""
    mine = corpus.groups.find(refs[0])
    if mine == corpus.groups.find(longer[0]) or len({r[0] for r in refs}) > len({r[0] for r in longer}):
        return False
    bare = legal_words(refs[0][2])[0]
    return not any(
        r[1] == "organization" and legal_words(r[2])[0] == bare and legal_words(r[2])[1]
        for r in corpus.groups.groups()[mine]
    )


def _longer_names(nodes: dict[Node, list[Ref]]) -> dict[Node, list[Node]]:
    """Return each company's name -> the longer names opening with its words ("royal dutch" -> "royal dutch
    petroleum"), the short name written bare and the longer one holding a word more than its legal forms ("Unilever
    Plc N.V." is the pair of parents, no longer name of "Unilever Plc": legal.py weighs legal forms)."""
    names = {node[1]: refs[0][2] for node, refs in nodes.items() if node[0] == "organization"}
    bare = {key for key, name in names.items() if not legal_words(name)[1]}
    out: dict[Node, list[Node]] = defaultdict(list)
    for key in sorted(names):
        words = legal_words(names[key])[0].split()
        for end in range(1, len(words)):
            head = " ".join(words[:end])
            if head in bare:
                out[("organization", head)].append(("organization", key))
    return out


def _tickers(corpus: Corpus, refs: list[Ref], found: dict[int, tuple[tuple[str, str], ...]]) -> frozenset[str]:
    """Return the tickers written right after a name (or its possessive) in its articles."""
    out = set()
    for ref in refs:
        if ref[0] not in found:
            found[ref[0]] = corpus.read(ref[0], tickers_written)
        for before, ticker in found[ref[0]]:
            if _POSSESSIVE.sub("", before).endswith(ref[2]) and _word_start(before, ref[2]):
                out.add(ticker)
    return frozenset(out)


def _word_start(before: str, name: str) -> bool:
    """Return True when the name opens a word where the text before the ticker ends with it."""
    head = _POSSESSIVE.sub("", before)[: -len(name)]
    return not head or not head[-1].isalnum()


def tickers_written(text: str) -> tuple[tuple[str, str], ...]:
    """Return every ticker in angle brackets a text writes, each with the words before it (what `Corpus.read` asks):
    back to the bracket or line before, at most 80 characters, spaces before the ticker left out ("... Royal Dutch
    <RD>", "Transco Energy Inc's <E>"); after another ticker, the one space between ("<RD> <SC>": " ").

    Found from each ticker back, not by a pattern trying every start of the text: a text is read in linear time."""
    found = []
    for m in _TICKER.finditer(text):
        end = len(text[: m.start()].rstrip())
        start = max(end - _BEFORE_MOST, _after_break(text, end))
        if start >= end:  # only spaces since the last bracket or line: the first of them
            start = _after_break(text, m.start())
            end = start + 1
        if end <= m.start():
            found.append((text[start:end], m.group(1)))
    return tuple(found)


def _after_break(text: str, end: int) -> int:
    """Return where the words before end start: after the last angle bracket or line break before it."""
    return max(text.rfind("<", 0, end), text.rfind(">", 0, end), text.rfind("\n", 0, end)) + 1
