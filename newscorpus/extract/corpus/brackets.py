"""Step for initials written in brackets after a name in their own article: "... SA (BIL)"."""

from __future__ import annotations

import re

from ..identity import is_acronym, is_run_on
from ..text import fold_name
from .state import Corpus, Ref, join_all


def join_bracketed_initials(corpus: Corpus) -> None:
    """Join initials written alone in an article to the name they are written in brackets after there
    ("Banque Internationale a Luxembourg SA (BIL)", "Soo Line Railroad Co (SOO)"), where the letters are
    not the name's initials the finder matches: the writer says which body they stand for, whatever
    other body the corpus spells them out as. Only where the articles that bracket them agree on one
    name and are at least half of those writing them alone."""
    for (kind, _), refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if kind != "organization" or len(name.split()) != 1 or not is_acronym(name):
            continue
        after = {ref: _bracketed_after(corpus, ref) for ref in refs}
        owners = {corpus.groups.find(owner) for owner in after.values() if owner is not None}
        if len(owners) == 1 and 2 * sum(owner is not None for owner in after.values()) >= len(refs):
            owner = next(o for o in after.values() if o is not None)
            join_all(corpus, owner, refs, "written in brackets after the name in its article")


def _bracketed_after(corpus: Corpus, ref: Ref) -> Ref | None:
    """Return the organisation of a ref's article that the ref's name is written in brackets after."""
    text = corpus.text(ref[0])
    bracketed = "(" + ref[2] + ")"
    if bracketed not in text:
        return None
    found: list[Ref] = [
        (ref[0], body.kind, body.name)
        for body in corpus.articles[ref[0]].organizations
        if len(body.name.split()) > 1
        # Initials or a ticker open with the name's first letter: "Reuter and International Energy Agency
        # (IEA)" is two names run on, the bracket the second's.
        and fold_name(body.name)[:1] == fold_name(ref[2])[:1]
        and not is_run_on(body.name)
        and any(re.search(re.escape(form) + r"\s*" + re.escape(bracketed), text) for form in (body.name, *body.aliases))
    ]
    return found[0] if len(found) == 1 else None
