"""Steps that join one name's forms: other letters, words turned about "of", spellings, middle names."""

from __future__ import annotations

import re
from collections import defaultdict

from ...model import EntityKind
from ..cues import CONNECTORS
from ..gazetteer import known_places, load_gazetteer
from ..identity import (
    cased_initials,
    close_spelling,
    compact_key,
    edit_distance,
    exact_key,
    given_names_agree,
    is_acronym,
    outline_words,
    plural_of_last,
    same_outline,
    umlaut_written_out,
    umlauts_read,
)
from ..legal_forms import LEGAL_FORMS
from ..name_words import PARENT_QUALIFIERS
from ..place_lists import PLACE_ALIASES
from ..shortforms import legal_words, split_qualifier
from ..text import fold_name, name_tokens
from .bodies import countries_apart, in_country, placed_elsewhere
from .candidates import TWO_EDIT_LETTERS, spelling_candidates
from .misspelt import WORD_MISSPELT, misspelt_of, one_word_off, short_word_slip, word_as_given, word_misspelt
from .plural import plural_apart
from .state import Corpus, Node, Ref, gazetteer_name, node_of, norm, writes

# Two companies' names of one word shorter than this, each written widely with its legal form, are
# two companies however alike ("Intel Corp", "Itel Corp"): a slip is not repeated story after story.
_MIN_WIDE_COMPANY_LETTERS = 6
# A body's name opening with one of these is no one country's: each country's writers spell it their way.
_WORLDWIDE = frozenset({"international", "world", "global"})


def join_same_names(corpus: Corpus) -> None:
    """Join forms of one name in other letters, and places the gazetteer gives one name."""
    gazetteer = load_gazetteer(corpus.config.min_place_population).places
    for refs in corpus.nodes().values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)
    _join_same_letters(corpus)
    by_place: dict[str, dict[str, Ref]] = defaultdict(dict)
    for ref, entity in ((r, corpus.entities[r]) for r in corpus.refs):
        standard = gazetteer_name(gazetteer, entity.name) if entity.kind == "place" else None
        if standard is not None:
            by_place[standard].setdefault(exact_key(entity.name), ref)
    known = known_places()
    for standard, names in by_place.items():
        # Only into the gazetteer's own name, written somewhere ("Peking" joins "Beijing"): two
        # alternates of one city ("Antioch", "Antioquia" of Antakya) are often two places.
        anchor = names.get(exact_key(standard))
        if anchor is None:
            continue
        for ref in names.values():
            name = corpus.entities[ref].name
            # Alternate names are not all the city's: "Garden City" (Singapore), "Frankfort"
            # (Frankfurt) are places of their own name too.
            if ref == anchor or fold_name(name) in known or corpus.is_common(name):
                continue
            # And only when their articles name the same people and places: "Romo" (a player) is
            # an alternate name of Rome, "Dandy" (a dog) of Dundee.
            pair: list[Node] = [node_of((0, "place", n)) for n in (name, standard)]
            mine, theirs = ({r[0] for r in corpus.nodes().get(n, [])} for n in pair)
            # Both written in one article are two places ("Bahia", the state; Salvador, its capital),
            # unless one is a spelling or a part of the other ("Basle", "Basel"; "Vegas"); and a name that opens a
            # company's in every article writing it is the company's ("Motown Industries").
            spelt = _spelt_or_part(name, standard, corpus.config.variant_max_edit_share)
            if (mine & theirs and not spelt) or all(_opens_an_organization(corpus, i, name) for i in mine):
                continue
            if corpus.context(mine, pair) & corpus.context(theirs, pair) or in_country(corpus, name, standard, mine):
                corpus.groups.union(anchor, ref)
                for same in corpus.nodes().get(pair[0], [ref]):
                    corpus.why.setdefault(same, f"the gazetteer's other name for {standard}")


def _spelt_or_part(name: str, standard: str, share: float) -> bool:
    """Return True for a place's other name that is a spelling of its own, a part of it, or its
    abbreviation ("Pa." of Pennsylvania)."""
    a, b = compact_key(name), compact_key(standard)
    part = set(name_tokens(name)) <= set(name_tokens(standard))
    return a == b or close_spelling(a, b, share) or part or name.endswith(".")


def _opens_an_organization(corpus: Corpus, index: int, name: str) -> bool:
    """Return True when an article names an organisation whose name opens with the name."""
    return any(o.name.startswith(name + " ") for o in corpus.articles[index].organizations)


def _join_same_letters(corpus: Corpus) -> None:
    """Join names spelt with the same letters, spaced or dotted otherwise ("U.N. Security Council",
    "UN Security Council"; "Sao Paulo", "Saopaulo"; "U.S. Steel", "United States Steel"; "Hambrecht & Quist",
    "Hambrecht and Quist"), but never
    two known places ("Newcastle", "New Castle")."""
    by_letters: dict[tuple[EntityKind, str], list[Node]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        name = corpus.entities[refs[0]].name if node[0] == "organization" else node[1]
        # Initials with a small letter inside keep it ("TfL" is not "TFL"): their letters as written.
        # An ampersand between words is their "and" ("Hambrecht & Quist"); inside initials it is kept ("AT&T").
        spelt = re.sub(r"\s+&\s+", " and ", name)
        letters = name if node[0] == "organization" and cased_initials(name) else compact_key(country_spelt_out(spelt))
        by_letters[(node[0], letters)].append(node)
    known = known_places()
    for (kind, _), nodes in sorted(by_letters.items()):
        names = {n: corpus.entities[corpus.nodes()[n][0]].name for n in nodes}
        if len(nodes) < 2 or (kind == "place" and sum(fold_name(names[n]) in known for n in nodes) > 1):
            continue
        for node in nodes[1:]:
            corpus.groups.union(corpus.nodes()[nodes[0]][0], corpus.nodes()[node][0])
        for node in nodes:
            for ref in corpus.nodes()[node]:
                corpus.why.setdefault(ref, "the same letters, spaced or dotted otherwise")


def country_spelt_out(name: str) -> str:
    """Return a body's name with the initials of its country or parent body spelt out: "U.S. Steel" is
    "United States Steel", "UK Treasury" the "United Kingdom Treasury", "U.N. Security Council" the
    "United Nations Security Council"."""
    first, _, rest = name.partition(" ")
    initials = first.replace(".", "").isupper()
    country = (PLACE_ALIASES.get(first) or PARENT_QUALIFIERS.get(first)) if initials else None
    return f"{country} {rest}" if country and rest else name


def join_reordered(corpus: Corpus) -> None:
    """Join a body's name written with its words either side of "of" ("Department of the Treasury",
    "Treasury Department"; "Strait of Hormuz", "Hormuz Strait"), when both are written with one
    country first ("U.S. Bureau of the Census", "U.S. Census Bureau"), side by side in an article, or
    in articles naming the same people and places: "Council of State" (Finland's) is not China's
    "State Council"."""
    by_norm: dict[tuple[EntityKind, str], list[Node]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        if node[0] != "person" and " of " in corpus.entities[refs[0]].name:
            by_norm[(node[0], norm(corpus.entities[refs[0]].name))].append(node)
    for (kind, key), nodes in sorted(by_norm.items()):
        other = corpus.nodes().get((kind, key))
        if other is None:
            continue
        mine = {r[0] for r in other}
        qualified = split_qualifier(corpus.entities[other[0]].name) is not None
        for node in nodes:
            refs = corpus.nodes()[node]
            theirs = {r[0] for r in refs}
            agree = corpus.context(mine, [node, (kind, key)]) & corpus.context(theirs, [node, (kind, key)])
            # A name of three words or more is one body whichever way round ("Federal Reserve Bank of
            # St. Louis"); two ("Council of State") may be two countries' bodies.
            specific = len(key.split()) >= 3
            if not (qualified or specific) and mine & theirs and _of_a_place(corpus, corpus.entities[refs[0]].name):
                # Of a place, both written in one article are two: "University of Washington" and
                # "Washington University in St. Louis", side by side in a story on immunology.
                continue
            if qualified or specific or mine & theirs or agree:
                corpus.join(other[0], refs[0], 'the same words turned about "of"', refs)


def _of_a_place(corpus: Corpus, name: str) -> bool:
    """Return True for a name of a known place turned about "of": "University of Washington"."""
    after = name.split(" of ", 1)[-1].removeprefix("the ")
    return corpus.is_place(after)


def join_spellings(corpus: Corpus) -> None:
    """Join spelling variants of one name when the evidence agrees (see same_by_spelling)."""
    nodes = corpus.nodes()
    articles = {node: {r[0] for r in refs} for node, refs in nodes.items()}
    candidates = spelling_candidates(corpus, nodes)
    corpus.shortened.clear()  # the last step to ask
    corpus.shortened_from.clear()
    for a, b in sorted(candidates):
        main, variant = sorted((a, b), key=lambda n: (-len(articles[n]), n))
        reason = same_by_spelling(corpus, main, variant, nodes, articles) or short_word_slip(
            corpus, (main, variant), nodes, articles
        )
        if reason:
            corpus.groups.union(nodes[main][0], nodes[variant][0])
            for ref in nodes[variant] + nodes[main]:  # whichever becomes the canonical name
                corpus.why.setdefault(ref, reason)
            if reason == WORD_MISSPELT:
                corpus.slips |= {r[2] for r in nodes[misspelt_of(corpus, main, variant)]}


# Why a misspelt place joins the known place it is one slip from.
_PLACE_SLIP = "another spelling of a known place, written in only a few articles"


def same_by_spelling(  # noqa: PLR0911  (a cascade of evidence, surest first)
    corpus: Corpus,
    main: Node,
    variant: Node,
    nodes: dict[Node, list[Ref]],
    articles: dict[Node, set[int]],
) -> str | None:
    """Return why two spellings name one entity, or None when the evidence does not agree."""
    forms = {n: corpus.entities[nodes[n][0]].name for n in (main, variant)}
    words = _spelling_apart(corpus, (main, variant), forms, articles)
    if words is None:
        return None
    seen = len(articles[variant])
    shared = articles[main] & articles[variant]
    common = corpus.context(articles[main], (main, variant)) & corpus.context(articles[variant], (main, variant))
    sole = len([w for w in main[1].split() if w not in LEGAL_FORMS and w not in CONNECTORS]) == 1
    if seen > corpus.config.variant_max_articles:
        # Two spellings each written widely: one entity only if never side by side in an article
        # (there they tell two apart) and their articles name the same people and places; and not
        # two companies, each with its legal form, whose one short word is the name ("Intel Corp",
        # "Itel Corp", each with its own ticker).
        companies = all(legal_words(f)[1] for f in forms.values())
        short = companies and sole and min(len(w) for pair in words for w in pair) < _MIN_WIDE_COMPANY_LETTERS
        if not shared and not short and len(common) >= corpus.config.variant_min_shared_names:
            return "another spelling; the articles of both name the same people and places"
        return WORD_MISSPELT if word_misspelt(corpus, main, words) else None
    if not all(close_spelling(m, v, corpus.config.variant_max_edit_share) for m, v in words):
        return _same_by_outline(main, words, shared=bool(shared), common=bool(common))
    if shared:
        return None if _listed_apart(main, words) else "another spelling, beside this one in the same article"
    given = (main[1].split()[0], variant[1].split()[0])
    if main[0] == "person" and given[0] != given[1]:
        # Given names a letter apart are as often two names as one spelt twice: "Andre Miller" (a
        # basketball player) and "Andrew Miller" (a pitcher). One of them must be a slip: no given
        # name at all ("Manual" Valls) or one the corpus writes nowhere else ("Arland", "Frederico").
        names = load_gazetteer(corpus.config.min_place_population).given_names
        slip = any(g.capitalize() not in names or word_as_given(corpus, g) for g in given) or (
            any(corpus.vocabulary.rare(g, corpus.config.typo_max_occurrences) for g in given)
        )
        if (slip or same_outline(*given)) and common:
            # Or one given name written two ways ("Mohamed", "Mohammed"; "Glen", "Glenn"): not "Andre" and
            # "Andrew", whose last letters differ.
            return "another spelling, written in only a few articles naming the same people and places"
        return None
    if main[0] == "place" and corpus.is_place(forms[main]):
        return None if placed_elsewhere(corpus, forms[variant], forms[main], articles[variant]) else _PLACE_SLIP
    if all(umlaut_written_out(m, v) for m, v in words):
        return "another spelling, an umlaut written out, in only a few articles"
    if all(_typo(corpus, m, v, person=main[0] == "person", sole=sole) for m, v in words):
        off = "two letters" if any(edit_distance(m, v) > 1 for m, v in words) else "one letter"
        return f"another spelling, {off} off in a long word, written in only a few articles"
    # Two spellings of a word of the language ("Center", "Centre") are no slip: each country's writers
    # spell their bodies so (China's "Center for Disease Control" is not the U.S. "Centre"): the
    # articles must agree, unless the name says whose (see _says_whose).
    regional = all(corpus.is_common(m) and corpus.is_common(v) for m, v in words) and not _says_whose(main, forms)
    if main[0] == "organization" and not regional and one_word_off(corpus, main[1], words):
        return "another spelling of a word of the name, its other words the same, in only a few articles"
    if common:
        return "another spelling, written in only a few articles naming the same people and places"
    return None


def _listed_apart(main: Node, words: list[tuple[str, str]]) -> bool:
    """Return True for two spellings one article writes of two things: a body word and its plural
    ("Citizens Bank", "Citizens Banks"), or places a first letter apart that a story lists ("Kabul", "Zabul")."""
    return plural_apart(words) or (main[0] == "place" and any(m[0] != v[0] for m, v in words))


def _says_whose(main: Node, forms: dict[Node, str]) -> bool:
    """Return True for a body's name that says whose it is: its country before it ("U.S. Defence
    Department"), no country's ("International Primary Aluminium Institute"), or a company's registered
    name, a legal form in both spellings ("International Thomson Organisation Ltd", "Organization Ltd")."""
    worldwide = main[1].split()[0] in _WORLDWIDE
    return worldwide or split_qualifier(forms[main]) is not None or all(legal_words(f)[1] for f in forms.values())


def _same_by_outline(main: Node, words: list[tuple[str, str]], *, shared: bool, common: bool) -> str | None:
    """Return why two names whose words differ in vowels or doubled letters beyond a close spelling are
    one ("Eric Dartell", "Eric Drattell"; "Beshir Omar", "Beshir Omer"), or None.

    Letters alone do not tell a slip from another name this far apart: the variant must be written
    beside the other in an article, or in articles naming the same people and places; and the name
    must keep a word as it is, its given name for a person.
    """
    if len(main[1].split()) < 2 or (main[0] == "person" and words[0][0] == main[1].split()[0]):
        return None
    if shared:
        return "another spelling (vowels or doubled letters), beside this one in the same article"
    if common:
        return "another spelling (vowels or doubled letters), in articles naming the same people and places"
    return None


def _spelling_apart(  # noqa: PLR0911  (one veto per return)
    corpus: Corpus, pair: tuple[Node, Node], forms: dict[Node, str], articles: dict[Node, set[int]]
) -> list[tuple[str, str]] | None:
    """Return the words two names spell differently when one may be a spelling of the other, else None."""
    main, variant = pair
    if any(is_acronym(f) for f in forms.values()):
        return None  # "OPEC" and "OAPEC": initials differing by a letter are two bodies
    share = corpus.config.variant_max_edit_share
    person = main[0] == "person"
    # The words a close spelling apart (`variant_words`), else in outline: outline_words allows what
    # variant_words does and more, giving the same pairs, so it alone is asked (65,000 pairs in 20,000 articles).
    words = outline_words(main[1], variant[1], share, person=person)
    if words is None or any(len(n[1].split()) == 1 and corpus.is_common(n[1]) for n in (main, variant)):
        return None  # a common word is never a misspelling of a name ("Note", "World")
    if any(corpus.is_common(m) and corpus.is_common(v) and edit_distance(m, v) > 1 for m, v in words):
        return None  # two words, not one misspelt: "Carrier" and "Courier", "Mines" and "Mills"
    plural = main[0] != "person" and plural_of_last(main[1].split(), variant[1].split())
    if plural and (_two_in_one(corpus, forms) or _plural_body(corpus, pair, articles)):
        return None
    if main[0] == "person" and not given_names_agree(main[1].split(), variant[1].split(), share):
        return None
    if main[0] == "organization" and countries_apart(corpus, pair):
        return None  # "Chinese Center for Disease Control", the "Centre for Disease Control (CDC) in the US"
    if main[0] == "place" and any(corpus.is_place(f) for f in umlauts_read(forms[variant])):
        return None  # two known places ("Peru", "Piura"; "Muelheim", "Muellheim" of Müllheim) are two places
    one_off = all(edit_distance(*w) == 1 for w in words)
    place_typo = main[0] == "place" and corpus.is_place(forms[main]) and one_off
    # A transliteration of a Chinese given name written after the surname ("Zhao Sicong", "Zhao
    # Zicong"): the first word the same, a later one a letter off in six letters or more.
    later = main[0] == "person" and one_off and all(m != main[1].split()[0] and len(m) >= 6 for m, _ in words)
    if any(m[0] != v[0] for m, v in words) and not place_typo and not later:
        # A slip keeps a word's first letter: "Amtech" and "MTech", "Intel" and "Mitel" are two
        # companies; only a place no gazetteer knows may be a known one's typo, a letter off
        # ("Bothan", Dothan, Ala.; not "Ellenville", a village, for Belleville).
        return None
    return words


def _two_in_one(corpus: Corpus, forms: dict[Node, str]) -> bool:
    """Return True when a plural name is two names sharing their last word in its articles: "Defense
    Departments" of "the State and Defense Departments", not "South African Police Services"."""
    plural = max(forms.values(), key=len)
    pattern = r"\b(?:and|&|or)\s+(?:the\s+)?" + re.escape(plural) + r"\b"
    refs = corpus.nodes().get(next(n for n, f in forms.items() if f == plural), [])
    return any(corpus.read(ref[0], writes, pattern) for ref in refs)


def _plural_body(corpus: Corpus, pair: tuple[Node, Node], articles: dict[Node, set[int]]) -> bool:
    """Return True for a body named in the plural in two articles or more beside its name in the singular,
    their articles never one and naming none of the same people and places: the plural is a group of
    bodies or another body ("Federal Home Loan Banks", the lenders; the "Federal Home Loan Bank" board),
    no slip. A plural written once may be one ("South African Police Services")."""
    plural = max(pair, key=lambda n: len(n[1]))
    if plural[0] != "organization" or len(articles[plural]) < 2 or articles[pair[0]] & articles[pair[1]]:
        return False
    return not corpus.context(articles[pair[0]], pair) & corpus.context(articles[pair[1]], pair)


def _typo(corpus: Corpus, main: str, variant: str, *, person: bool, sole: bool = False) -> bool:
    """Return True for a word that can only be a slip of the other.

    A long word one edit off (two in ten letters) that the corpus writes nowhere else ("Goverment",
    "Chemcial", "Westinghouns"); a word the corpus knows as a name of its own ("Solomon" beside
    "Salomon", "Johnston" beside "Johnson") is not. Inside an organisation's name, a word with an
    "s" more or less ("Posts and Telecommunications Ministry"), unless it is the company's only word
    and written widely both ways ("Reuter Inc", "Reuters"); in a person's, "Woods" and "Wood" are
    two surnames.
    """
    slip = corpus.vocabulary.rarer(main, variant)
    rare = corpus.vocabulary.rare(fold_name(slip), corpus.config.typo_max_occurrences)
    if not person and main in (variant + "s", variant[:-1]):
        # A letter more at the end of a word beside the name's own ("Isuzu Motors Ltd"), of a common
        # word or of a slip; not of a name that is the company's only word, both written widely:
        # "Reuter Inc", a spindle maker, "is not connected with Reuters".
        return not sole or rare or corpus.is_common(min(main, variant, key=len))
    # Two slips in a word of ten letters or more ("Westinghouns" for Westinghouse, written once).
    edits = 2 if len(slip) >= TWO_EDIT_LETTERS else 1
    return rare and len(slip) >= corpus.config.typo_min_letters and edit_distance(main, variant) <= edits


def join_middle_names(corpus: Corpus) -> None:
    """Join "John Smith" to "John A. Smith" when no other middle name is written with that name."""
    by_ends: dict[tuple[str, str], list[tuple[int, Ref]]] = defaultdict(list)
    for (kind, key), refs in corpus.nodes().items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            by_ends[(words[0], words[-1])].append((len(words), refs[0]))
    for members in by_ends.values():
        short = [ref for size, ref in members if size == 2]
        longer = {corpus.groups.find(ref) for size, ref in members if size > 2}
        if short and len(longer) == 1:
            for ref in short:
                corpus.groups.union(next(iter(longer)), ref)
