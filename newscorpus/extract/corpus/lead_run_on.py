"""Step that joins a person's name the finder ran on from the word before it ("Senators John Danforth",
"Twitter Christian Estrosi") to the person the rest of it names."""

from __future__ import annotations

from ..name_genders import given_names
from .state import Corpus

_WHY = "the name run on from the word before it, written in only a few articles"
# The rest of the name, a given name and a surname at least.
_MIN_REST_WORDS = 2
# Articles writing the rest on its own that make it a person known apart from the run-on.
_MIN_REST_ARTICLES = 2


def join_lead_run_ons(corpus: Corpus) -> None:
    """Join a person's name whose first word is no given name but a word of the language or an
    organisation's name, and whose other words, opening with a given name, name a person the corpus
    writes, when the longer form is written in only a few articles: the finder took the word before the
    name for part of it."""
    nodes = corpus.nodes()
    listed = given_names()
    organizations = {key for kind, key in nodes if kind == "organization"}
    for node, refs in sorted(nodes.items()):
        words = node[1].split()
        if node[0] != "person" or len(words) <= _MIN_REST_WORDS or len(refs) > corpus.config.variant_max_articles:
            continue
        lead = corpus.entities[refs[0]].name.split()[0]
        rest = nodes.get(("person", " ".join(words[1:])))
        if rest is None or lead.capitalize() in listed or words[1].capitalize() not in listed:
            continue
        # The person the rest names must be known apart from the run-on: written in articles of its own,
        # or beside it in its article. Two names each written once elsewhere ("Like the Boston Red Sox",
        # "Boston Red Sox" typed a person) are the finder's two slips, not one person.
        held = {ref[0] for ref in rest}
        if len(held) < _MIN_REST_ARTICLES and not {ref[0] for ref in refs} <= held:
            continue
        if corpus.is_common(lead) or words[0] in organizations:
            corpus.join(rest[0], refs[0], _WHY, refs)
            corpus.slips |= {r[2] for r in refs}  # never the person's canonical name
