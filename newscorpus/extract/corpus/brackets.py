"""Step for initials written in brackets after a name in their own article: "... SA (BIL)"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..identity import is_acronym, is_run_on
from ..shortforms import initials_of, legal_words
from ..text import fold_name
from .state import Corpus, Node, Ref, holds, join_all, writes

# Words before a bracket read back for the name its initials spell: "Banque Internationale a
# Luxembourg SA (BIL)" has five.
_MAX_SPELT_WORDS = 8
# Lower-case words this short may stand inside a name its initials skip ("a", "de", "of", "for").
_MAX_INNER_LETTERS = 3


def join_bracketed_initials(corpus: Corpus) -> None:
    """Join initials written alone in an article to the name they are written in brackets after there
    ("Banque Internationale a Luxembourg SA (BIL)", "Soo Line Railroad Co (SOO)"), where the letters are
    not the name's initials the finder matches: the writer says which body they stand for, whatever
    other body the corpus spells them out as. Only where the articles that bracket them agree on one
    name and are at least half of those writing them alone. Where the name they are bracketed after is
    no body the article holds (the finder cut it short), the name is kept: the initials go to no other
    body (see spelt_as)."""
    for node, refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if node[0] != "organization" or len(name.split()) != 1 or not is_acronym(name):
            continue
        after = {ref: _bracketed_after(corpus, ref) for ref in refs}
        owners = {corpus.groups.find(owner) for owner in after.values() if owner is not None}
        if len(owners) == 1 and 2 * sum(owner is not None for owner in after.values()) >= len(refs):
            owner = next(o for o in after.values() if o is not None)
            join_all(corpus, owner, refs, "written in brackets after the name in its article")
            continue
        spelt = [corpus.read(ref[0], _spelt_before, name) for ref in refs if after[ref] is None]
        if 2 * sum(bool(s) for s in spelt) >= len(refs):
            corpus.spelt[node] = {" ".join(w for w in legal_words(s)[0].split() if len(w) > 1) for s in spelt if s}


def spelt_as(corpus: Corpus, node: Node, names: Iterable[str]) -> bool:
    """Return False when initials are spelt out in brackets in their articles as a name none of the
    names shares half its words with ("Banque Internationale a Luxembourg SA (BIL)": not Brierley
    Investments Ltd, whose initials they are too; "Multi-Fibre Agreement (MFA)" may be the
    Multi-Fibre Arrangement); True otherwise."""
    spelt = corpus.spelt.get(node)
    if spelt is None:
        return True
    words = [{w for w in legal_words(n)[0].split() if len(w) > 1} for n in names]
    return any(2 * len(mine & set(theirs.split())) >= len(theirs.split()) for mine in words for theirs in spelt)


def _spelt_before(text: str, initials: str) -> str | None:
    """Return the words before initials in brackets that they are the initials of, read back from the
    bracket to the first capitalised word that spells them all ("lead manager Banque Internationale a
    Luxembourg SA (BIL)": "Banque Internationale a Luxembourg SA"), else None."""
    letters = initials.replace(".", "").upper()
    for found in re.finditer(re.escape("(" + initials + ")"), text):
        words = text[: found.start()].split()[-_MAX_SPELT_WORDS:]
        for start in range(len(words) - 1, -1, -1):
            word = words[start]
            if not word[:1].isupper():
                if len(word) > _MAX_INNER_LETTERS or not word.isalpha():
                    break
                continue
            if letters in initials_of(tuple(words[start:])):
                return " ".join(words[start:])
    return None


def _bracketed_after(corpus: Corpus, ref: Ref) -> Ref | None:
    """Return the organisation of a ref's article that the ref's name is written in brackets after."""
    bracketed = "(" + ref[2] + ")"
    if not corpus.read(ref[0], holds, bracketed):
        return None
    found: list[Ref] = [
        (ref[0], body.kind, body.name)
        for body in corpus.articles[ref[0]].organizations
        if len(body.name.split()) > 1
        # Initials or a ticker open with the name's first letter: "Reuter and International Energy Agency
        # (IEA)" is two names run on, the bracket the second's.
        and fold_name(body.name)[:1] == fold_name(ref[2])[:1]
        and not is_run_on(body.name)
        and any(
            corpus.read(ref[0], writes, re.escape(form) + r"\s*" + re.escape(bracketed))
            for form in (body.name, *body.aliases)
        )
    ]
    return found[0] if len(found) == 1 else None
