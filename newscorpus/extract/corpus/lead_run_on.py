"""Steps that join a name the finder ran on from the word before it to the one the rest of it names: a person's
("Senators John Danforth", "Twitter Christian Estrosi") and a body's ("Enough European Community")."""

from __future__ import annotations

from ..name_genders import given_names
from ..shortforms import legal_words, qualifier_country
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


_BODY_WHY = "the body's name run on from a word of the language before it, a word opening no other name"
# The rest must be written in this many articles at least, and this many times as many as the run-on.
_MIN_BODY_REST_ARTICLES = 3
# Words saying whose continent a body is: no run-on, a qualifier (qualified.py).
_CONTINENTS = frozenset({"European", "Asian", "African"})
_BODY_REST_DOMINANCE = 2


def join_lead_run_on_bodies(corpus: Corpus) -> None:
    """Join an organisation's name whose first word is a word of the language opening no other name of the corpus
    ("Enough European Community", "Latest Federal Reserve", "Using the Congressional Budget Office": a sentence's
    first word the finder took for the name's) to the body its other words name, written widely apart from it. Not a
    company's name with its legal form ("Leader Development Corp" is no Development Corp), nor a rest written in as
    few articles as the run-on ("Dealer Network Services")."""
    nodes = corpus.nodes()
    opening: dict[str, int] = {}
    for _, key in nodes:
        opening[key.split()[0]] = opening.get(key.split()[0], 0) + 1
    for node, refs in sorted(nodes.items()):
        words = node[1].split()
        if node[0] != "organization" or len(words) < 3 or len(refs) > corpus.config.variant_max_articles:
            continue
        name = corpus.entities[refs[0]].name
        rest = nodes.get(("organization", " ".join(words[1:])))
        lead = name.split()[0]
        if rest is None or opening[words[0]] > 1 or legal_words(name)[1] or not corpus.is_common(lead):
            continue
        if qualifier_country(lead) or lead in _CONTINENTS or corpus.is_place(lead):
            continue  # a country's word ("Australian Kestrel Press"): a body of its own unless join_qualified says
        held, mine = {ref[0] for ref in rest}, {ref[0] for ref in refs}
        if len(held - mine) >= max(_MIN_BODY_REST_ARTICLES, _BODY_REST_DOMINANCE * len(mine)):
            corpus.join(rest[0], refs[0], _BODY_WHY, refs)
            corpus.slips |= {r[2] for r in refs}  # never the body's canonical name
