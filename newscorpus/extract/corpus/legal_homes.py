"""Step that joins a company's legal forms on where its stories place it and how distinctive its name is.

* A coined or uncommon name ("Enserch", "Utilicorp United", "Black and Decker") written only with American legal
  forms ("Co", "Corp", "Inc") and bare, every form but the most written in a story or two, no story writing two of
  them, and no two stories placing it in two countries or writing two tickers after it: one company whose form a
  reporter wrote otherwise. A name of common words only ("First Capital", "Continental") may be two companies, and so
  may a place's and a trade's words where a story names one of them another company's unit ("Texas Petroleum Co, a
  subsidiary of Texaco Inc", not the "Texas Petroleum Corp" of Dallas stories naming no Texaco); a
  bank's "Co" and "Corp" are the bank and its holding company; a partnership's "and Co" is not its parent's Corp.
* A name written with one country's legal form ("Swedish Match AB") and with an American form in a story or two that
  places it in that country ("Swedish Match Co of Stockholm"): the company, its form written the American way. Not a
  unit its stories place elsewhere or nowhere ("Ciba-Geigy Corp", the Swiss group's U.S. subsidiary).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import country_of
from ..identity import cased_initials
from ..shortforms import is_body_word, legal_words
from .bodies import countries_after, countries_before
from .legal import FORM_COUNTRIES, INTERCHANGED, and_co, bank_or_country, tickers_of
from .state import Corpus, Ref, compiled, node_of, writes

# A town of each of FORM_COUNTRIES' countries, for the gazetteer to name the country as it names others.
_TOWNS = {
    **{"gb": "London", "ie": "Dublin", "nl": "Amsterdam", "be": "Brussels", "de": "Berlin", "ch": "Zurich"},
    **{"at": "Vienna", "it": "Rome", "fr": "Paris", "es": "Madrid", "lu": "Luxembourg", "pt": "Lisbon"},
    **{"gr": "Athens", "br": "Brasilia", "ar": "Buenos Aires", "mx": "Mexico City", "jp": "Tokyo", "se": "Stockholm"},
    **{"no": "Oslo", "fi": "Helsinki", "my": "Kuala Lumpur", "au": "Sydney", "za": "Johannesburg"},
}
_DISTINCT = "an American legal form of a distinctive name, in a story or two placing it nowhere else"
_NATIONAL = "an American legal form written for the company's own, in a story or two placing it in its country"


def join_by_homes(corpus: Corpus) -> None:
    """Join a company's legal forms where its name and the places its stories give agree (see the module)."""
    by_name: dict[str, list[tuple[frozenset[str], Ref]]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name
        if node[0] == "organization" and not cased_initials(name):
            bare, forms = legal_words(name)
            if bare and not bank_or_country(corpus, name):
                by_name[bare].append((forms, refs[0]))
    for bare, members in sorted(by_name.items()):
        formed = [(forms, ref) for forms, ref in members if forms]
        partnership = {and_co(corpus.entities[r].name) for _, r in formed}
        if len({_stem(forms) for forms, _ in formed}) < 2 or len(partnership) > 1:
            continue
        if all(forms <= INTERCHANGED for forms, _ in members):
            _join_distinct(corpus, bare, members)
        else:
            _join_national(corpus, members)


def _stem(forms: frozenset[str]) -> frozenset[str]:
    return forms - {"inc"} if "co" in forms else forms


def _articles(corpus: Corpus, ref: Ref) -> set[int]:
    return {r[0] for r in corpus.nodes()[node_of(ref)]}


def _join_distinct(corpus: Corpus, bare: str, members: list[tuple[frozenset[str], Ref]]) -> None:
    """Join a distinctive name's American forms and the name bare, on the module's evidence."""
    words = bare.split()
    plain = [corpus.is_common(w) or corpus.is_place(w) or country_of(w) or len(w) < 3 for w in words]
    if all(plain) or corpus.is_place(bare):
        return
    if len(words) == 1 and words[0].upper() == corpus.entities[members[0][1]].name.split()[0]:  # "IBM", initials
        return
    if all(p or is_body_word(w) for p, w in zip(plain, words, strict=True)) and _units_apart(corpus, members):
        return
    each = [(_articles(corpus, ref), forms, ref) for forms, ref in members]
    if sum(len(a) for a, _, _ in each) != len(set().union(*(a for a, _, _ in each))):
        return  # a story writing two of them names two companies (a parent and its unit)
    formed = sorted((e for e in each if e[1]), key=lambda e: -len(e[0]))
    if any(len(a) > corpus.config.variant_max_articles for a, _, _ in formed[1:]):
        return
    homes = set().union(*(_placed(corpus, ref) for _, _, ref in each))
    tickers = set().union(*(tickers_of(corpus, node_of(ref)) for _, _, ref in each))
    if len(homes) > 1 or len(tickers) > 1:  # two countries, or two tickers: two companies
        return
    lead = formed[0][2]
    for _, _, ref in each:
        if ref != lead and corpus.groups.find(ref) != corpus.groups.find(lead):
            corpus.join(lead, ref, _DISTINCT)


def _units_apart(corpus: Corpus, members: list[tuple[frozenset[str], Ref]]) -> bool:
    """Return True when the stories of one form of a name name it another company's unit ("Texas Petroleum Co, a
    subsidiary of Texaco Inc") and those of another form name no parent and write none of those parents' names (a
    Dallas "Texas Petroleum Corp" writing no Texaco; not a "Marathon Petroleum Corp" in a story of USX's)."""
    refs = [corpus.nodes()[node_of(ref)] for _, ref in members]
    stories = [[i for i, _, _ in written] for written in refs]
    parents = [set().union(*(corpus.read(i, parents_of, f) for i, _, f in written)) for written in refs]
    named = set().union(*parents)
    if not named:
        return False
    heads = rf"\b(?:{'|'.join(re.escape(' '.join(p.split()[:-1]) or p) for p in sorted(named))})\b"
    return any(
        not mine and not any(corpus.read(i, writes, heads) for i in indexes)
        for mine, indexes in zip(parents, stories, strict=True)
    )


def parents_of(text: str, name: str) -> set[str]:
    """Return the companies a text names a company's parent: "Texas Petroleum Co, a subsidiary of Texaco Inc",
    "Texaco Inc's Texas Petroleum Co unit"."""
    parent = r"<?([A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|and))*)>?"
    unit = r"(?:[\w-]+ ){0,3}(?:subsidiary|unit|affiliate|division)"
    after = re.escape(name) + r">?,? (?:a|an|the) " + unit + " of " + parent
    before = (
        parent + r"(?:'s|’s) (?:" + unit + r",? <?" + re.escape(name) + r"\b|<?" + re.escape(name) + ">? " + unit + ")"
    )
    return {m.group(1) for pattern in (after, before) for m in compiled(pattern).finditer(text)}


def _join_national(corpus: Corpus, members: list[tuple[frozenset[str], Ref]]) -> None:
    """Join an American form written in a story or two to the one country's form its stories place it in."""
    national = [(forms, ref) for forms, ref in members if any(f in FORM_COUNTRIES for f in forms)]
    if len(national) != 1:
        return
    forms, lead = national[0]
    codes = set().union(*(FORM_COUNTRIES[f] for f in forms if f in FORM_COUNTRIES))
    countries = {country_of(_TOWNS[code]) for code in codes}
    mine = _articles(corpus, lead)
    for other, ref in members:
        theirs = _articles(corpus, ref)
        if (
            other
            and other <= INTERCHANGED
            and len(theirs) <= corpus.config.variant_max_articles
            and not mine & theirs
            and (placed := _placed(corpus, ref))
            and placed <= countries
        ):
            corpus.join(lead, ref, _NATIONAL)


def _placed(corpus: Corpus, ref: Ref) -> set[str]:
    """Return the countries a form's stories write just before or after its name ("Japan's ...", "... in Tokyo",
    "... of Stockholm")."""
    out: set[str] = set()
    for index, _, form in corpus.nodes()[node_of(ref)]:
        out |= corpus.read(index, countries_before, form) | corpus.read(index, countries_after, form)
        out |= corpus.read(index, towns_of, form)
    return out


def towns_of(text: str, name: str) -> set[str]:
    """Return the countries of the towns a text writes a company's name "of": "<Swedish Match Co> of Stockholm"."""
    pattern = re.escape(name) + r">?,? of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
    return {c for m in compiled(pattern).finditer(text) if (c := country_of(m.group(1)))}
