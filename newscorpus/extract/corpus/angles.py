"""Words written after a company's name that are not its name: the finder ran on past the angle bracket
closing it ("<Siemens AG> of West Germany"), or the story adds its home country ("Alitalia of Italy").

Wire copy brackets a company without a ticker ("<Siemens AG> of West Germany said"); when the finder
reads on past the closing bracket, the name it keeps is the company's with its home or a product run
on ("Siemens AG> of West Germany", "Airbus Industrie> A340"), or with the ticker after it ("Marriott
Corp <mhs>"). What stands before the bracket is the name: the form joins it, where the corpus writes
it as a name of its own, and never names the group.
"""

from __future__ import annotations

import re

from ..gazetteer import country_of
from ..identity import exact_key
from ..place_lists import PLACE_ALIASES
from ..shortforms import legal_words
from ..text import fold_name
from .bodies import ArticleCountries
from .state import Corpus

# Why a form joined the name before its bracket.
RAN_ON = "the name written before the angle bracket closing it, the finder's words run on after it"

# Lower-case words a company's name may hold ("Harcourt Brace and World", "Bank of Boston").
_NAME_JOINERS = frozenset({"and", "of", "&", "de", "du", "la"})
# The name before a closing bracket (or an opening one, a ticker after it), a possessive dropped.
_BEFORE_BRACKET = re.compile(r"^(?P<name>[^<>]*?\w[^<>]*?)(?:'s)?,?\s*(?:>|\s<)")


def bracket_cut(form: str) -> str | None:
    """Return the part of a form before the angle bracket the finder ran past, or None without one, or
    where another bracketed name follows ("Bangkok Bank Ltd,> <Citibank NA": two names run together), or
    where the parent's possessive is followed by a name of its own: "Hoechst AG's> Hoechst Celanese Corp"
    names the subsidiary, not Hoechst ("Zorvex AG's> U.S. unit" is Zorvex's)."""
    match = _BEFORE_BRACKET.match(form)
    if match is None or "<" in form[match.end() :]:
        return None
    name = match.group("name").strip()
    if form[len(match.group("name")) :].startswith("'s") and _name_of_its_own(form[match.end() :]):
        return None
    return name


def _name_of_its_own(rest: str) -> bool:
    """Return True for words run on after a possessive that are a name of their own: two capitalised words
    or more and no other, not a place ("Metromedia Long Distance"; not "U.S. unit", "West Germany")."""
    words = rest.split()
    capitalised = len(words) >= 2 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
    return capitalised and country_of(rest.strip()) is None and rest.strip() not in PLACE_ALIASES


def join_bracket_run_ons(corpus: Corpus) -> None:
    """Join each organisation's form run on past an angle bracket to the name written before it."""
    nodes = corpus.nodes()
    for node, refs in sorted(nodes.items()):
        if node[0] != "organization":
            continue
        name = corpus.entities[refs[0]].name
        cut = bracket_cut(name)
        owner = nodes.get(("organization", exact_key(cut))) if cut else None
        if owner is None or owner == refs:
            continue
        corpus.join(owner[0], refs[0], RAN_ON, refs)
        corpus.slips |= {r[2] for r in refs}


def join_home_countries(corpus: Corpus) -> None:
    """Join a company written with its home country after "of" ("Alitalia of Italy", "Ecolab Co of the
    United States") to its name alone, when that name is one word no dictionary holds or ends in a legal
    form, and every article writing it names that country: "Ford of Britain" is Ford's British arm where
    Ford's own stories are written from Detroit, and "First National Bank of Texas" no bank's short name."""
    nodes = corpus.nodes()
    countries = ArticleCountries(corpus)
    for node, refs in sorted(nodes.items()):
        match = _OF_COUNTRY.match(corpus.entities[refs[0]].name) if node[0] == "organization" else None
        if match is None:
            continue
        name, where = match.group("name"), match.group("country")
        country = country_of(where)
        owner = nodes.get(("organization", exact_key(name)))
        if owner is None or country is None or not _names_country(where, country):
            continue
        if not (legal_words(name)[1] or (len(name.split()) == 1 and not corpus.is_common(name))):
            continue
        if all(country in countries.of(r[0])[1] for r in owner):
            corpus.join(owner[0], refs[0], HOME, refs)
            corpus.slips |= {r[2] for r in refs}


# Why a company written with its country after "of" joined its name alone.
HOME = 'the company with its home country after "of", which every article writing its name names'

_OF_COUNTRY = re.compile(r"^(?P<name>.+?) of (?:the )?(?P<country>[A-Z][\w.]*(?: [A-Z][\w.]*)?)$")


def _names_country(where: str, country: str) -> bool:
    """Return True when the words after "of" name the country, not a state or town in it: "Italy",
    "U.S.", "Britain", "West Germany"; not "Texas" nor "Milan"."""
    folded, home = fold_name(where), fold_name(country)
    return folded == home or fold_name(PLACE_ALIASES.get(where, "")) == home or folded.split()[-1] == home.split()[-1]
