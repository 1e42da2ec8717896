"""People, organisations and places: find name mentions, then merge the forms of each name.

Finding is done by an `EntityBackend` (rules by default, see `backends.py`); merging the forms
("Bashar Al Assad", "Al Assad", "Assad") into one entity is the same whatever found them. The
rule-based finder reads a paragraph's runs of capitalised words (`name_runs`), cuts runs that hold
more than one name (`name_splits`) and says what each names (`name_kinds`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .box_scores import box_score_players
from .clubs import as_clubs, numbered_clubs
from .cues import KNOWN_ORGS, SPEECH_VERBS, STOPWORDS
from .gazetteer import Gazetteer
from .legal_forms import LEGAL_FORMS
from .mentions import Mention, MentionKind, Resolved
from .name_acronyms import acronym_of, spelled_in_lower_case
from .name_context import POLITIES
from .name_evidence import kinds_by_evidence, split_run_on_people
from .name_facilities import institutions_named_nothing
from .name_junk import is_nationality
from .name_kinds import ACRONYM, classify
from .name_lists import orgs_by_list, people_by_kin, people_by_list, people_by_opponent
from .name_possessive import join_possessive_firms, possessive_businesses
from .name_products import products_of_makers
from .name_runs import Ctx, capitalised_inside, find_runs
from .name_surnames import given_names_sharing_surname, people_by_surname
from .name_tickers import companies_by_ticker
from .name_words import PARAGRAPH_LABELS, SPEECH_AFTER
from .name_works import not_works
from .org_units import split_company_pairs
from .place_context import is_region
from .teams import as_teams
from .text import fold_name, sentence_spans
from .title_case import cut_runs, is_title_case

# Fewest letters of a word in capitals read as a shouted word, not an acronym ("CREDIT", not "AIDS"); and of
# one no known body is written as ("HUGE", not "CNN").
_SHOUTED_LETTERS = 5
_SHOUTED_SHORT = 3
__all__ = ["ACRONYM", "Mention", "MentionKind", "Resolved", "acronym_of", "find_rule_mentions"]

# One capitalised word a speech verb follows, after a lower-case word or punctuation: "Ramos said",
# not the second word of a name ("Bangor Hydro said").
_LONE_SPEAKER = re.compile(rf"(?:^|[,;:”\"’]\s+|\b[a-z][\w’'-]*\s+)([A-Z][a-z’'-]+)\s+(?:{SPEECH_VERBS})\b")
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z]{2,6})\)")
# An article right after a word in capitals: a shouted verb's object ("SPEND a day"), no acronym's verb.
_ARTICLE_AFTER = re.compile(r" (?:the|a|an|your|our|their|this|these) ")
# An article before a lone name: a thing's or a model's name ("the Volt", "the Genesis"), not a person's.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")


def find_rule_mentions(paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the name mentions in paragraphs, found by capitals, gazetteers and cue words."""
    runs = [[run for start, end in sentence_spans(p) for run in find_runs(p, start, end)] for p in paragraphs]
    runs = join_possessive_firms(runs, paragraphs, gazetteer)
    # Headline-style lines: capitals say nothing there, so only words the prose writes as names stay.
    inside = capitalised_inside(runs)
    titles = [is_title_case(p, inside[0], gazetteer) for p in paragraphs]
    if any(titles):
        prose, _ = capitalised_inside([r for r, title in zip(runs, titles, strict=True) if not title])
        runs = [cut_runs(r, prose, gazetteer) if title else r for r, title in zip(runs, titles, strict=True)]
        inside = capitalised_inside(runs)
    seen_inside, all_runs = inside
    speakers = frozenset(m.group(1) for p in paragraphs for m in _LONE_SPEAKER.finditer(p))
    alone = frozenset(
        run[0][0].text
        for index, paragraph in enumerate(paragraphs)
        for run in runs[index]
        if len(run[0]) == 1 and not _ARTICLE_BEFORE.search(paragraph, max(0, run[0][0].start - 4), run[0][0].start)
    )
    mentions: list[Mention] = []
    for index, paragraph in enumerate(paragraphs):
        for run in runs[index]:
            current = " ".join(t.text for t in run[0])
            ctx = Ctx(paragraph, index, gazetteer, seen_inside, all_runs, current, speakers, alone)
            mentions += classify(run, ctx)
    mentions = split_company_pairs(possessive_businesses(mentions, paragraphs), paragraphs)
    mentions = companies_by_ticker(mentions, paragraphs, gazetteer)
    # An acronym once spelled out in lower-case words ("deposit taking company (DTC)") names a
    # kind of thing everywhere in the article ("its DTC unit"), not an organisation.
    things = {
        m.group("acr")
        for paragraph in paragraphs
        for m in _BRACKETED_ACRONYM.finditer(paragraph)
        if spelled_in_lower_case(m.group("acr"), paragraph[: m.start() + 1])
    }
    things |= _shouted_words(mentions, paragraphs)
    mentions = [m for m in mentions if m.text not in things] if things else mentions
    # Nor a paragraph's label, nor a currency's country code ("US$20,000", "HK$5 million"), nor a nationality
    # after "the" ("the German said", "the Dutch coach"): someone of that country, no name.
    mentions = [
        m
        for m in mentions
        if not _paragraph_label(m, paragraphs) and not _currency(m, paragraphs) and not _nationality(m, paragraphs)
    ]
    mentions = box_score_players(numbered_clubs(mentions, paragraphs), paragraphs, gazetteer)
    mentions = _towns_in_context(_people_not_towns(mentions, gazetteer), paragraphs, gazetteer)
    mentions = institutions_named_nothing(_crafts_not_places(mentions, paragraphs, gazetteer), paragraphs)
    mentions = _firms_by_town_names(mentions, paragraphs, gazetteer)
    mentions = as_clubs(as_teams(mentions, paragraphs, gazetteer), paragraphs, gazetteer)
    mentions = kinds_by_evidence(split_run_on_people(mentions, paragraphs, gazetteer), paragraphs, gazetteer)
    mentions = people_by_list(orgs_by_list(mentions, paragraphs), paragraphs)
    mentions = people_by_kin(people_by_opponent(mentions, paragraphs), paragraphs, gazetteer.countries)
    mentions = given_names_sharing_surname(mentions, paragraphs, gazetteer)
    return products_of_makers(people_by_surname(not_works(mentions, paragraphs, gazetteer)), gazetteer)


def _shouted_words(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> set[str]:
    """Return the words in capitals the story also writes in lower case: an opening word a tabloid
    shouts ("CREDIT monitoring company Equifax ... credit card details"), no acronym of a body; and a
    verb in capitals opening a paragraph before an article, as listings open their items ("VISIT the
    National Horse Show", "SPEND a day"): a body's acronym there is followed by its verb, not by an
    article (mid-sentence it may be: "gave IBM a stake")."""
    lower = {w.strip(_WORD_MARKS) for w in " ".join(paragraphs).split()}
    return {
        m.text
        for m in mentions
        if m.text.isalpha()
        and m.text.isupper()
        and (
            (_shouted_length(m.text) and m.text.lower() in lower)
            or (m.paragraph >= 0 and m.start == 0 and _ARTICLE_AFTER.match(paragraphs[m.paragraph], m.end))
        )
    }


# Marks a word of prose is written between: "big.", "(huge)".
_WORD_MARKS = ".,;:!?\"'()“”‘’"


def _shouted_length(word: str) -> bool:
    """Return True for a word in capitals long enough to be a word of emphasis: five letters, or three
    ("a HUGE draw", "the BIG benefit") when no known body is written so ("WHO", "CNN")."""
    return len(word) >= _SHOUTED_LETTERS or (len(word) >= _SHOUTED_SHORT and fold_name(word) not in KNOWN_ORGS)


def _currency(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for letters written against a dollar sign: a currency's code, no place ("US$5")."""
    return paragraphs[mention.paragraph].startswith("$", mention.end)


def _nationality(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for one word of nationality the finder could not place, after "the": "the Spaniard"."""
    return (
        mention.kind is None
        and mention.paragraph >= 0
        and paragraphs[mention.paragraph][: mention.start].endswith(("the ", "The "))
        and is_nationality(mention.text)
    )


def _paragraph_label(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for a label opening a paragraph before a colon ("NOTE: Per shr calculated ...")."""
    paragraph = paragraphs[mention.paragraph]
    return (
        mention.text in PARAGRAPH_LABELS
        and not paragraph[: mention.start].strip()
        and paragraph[mention.end : mention.end + 1] == ":"
    )


def _people_not_towns(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a town's name made a person's where the story names a person so.

    "President Bush" names a person, so "Bush said" is him, not the town of that name; countries
    and states keep their names ("Jordan", "Georgia").
    """
    people = {m.text.split()[-1] for m in mentions if m.kind == "person" or (m.person_cue and " " in m.text)}
    # The same for a company known by a surname ("Keisuke Honda" … "Honda scored").
    return [
        dataclasses.replace(m, kind=None, person_cue=True)
        if m.kind in ("place", "organization")
        and m.text in people
        and fold_name(m.text) not in gazetteer.countries
        and m.paragraph >= 0
        and not m.text.isupper()
        else m
        for m in mentions
    ]


# A craft or a program named after a place: "the shuttle Atlantis", "the ship Esperanza", "Windows Vista",
# and after it "a Delta rocket", "Vista SP1", "the Atlas and Delta boosters".
_CRAFT_BEFORE = re.compile(
    r"\b(?:shuttle|orbiter|spacecraft|capsule|probe|lander|rover|ship|vessel|frigate|destroyer|submarine|tanker|"
    r"ferry|liner|yacht|freighter|cruiser|warship|Windows)\s+$"
)
_CRAFT_AFTER = re.compile(r"\s+(?:rockets?|boosters?|launch\s+vehicles?|operating\s+system|SP\d|Service\s+Pack)\b")


def _crafts_not_places(mentions: Sequence[Mention], paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a place's name left unplaced where the story names a craft or a program so
    and never says something is in it: "the shuttle Atlantis … Atlantis was grounded", "Windows Vista SP1 …
    users of Vista", "a Delta rocket"; "Gaza rockets" stay Gaza's where the story says "in Gaza" too."""
    names = {m.text for m in mentions if m.kind == "place" and m.paragraph >= 0}
    crafts = {fold_name(name) for name in names if _named_as_craft(name, paragraphs)} if names else set()
    if not crafts:
        return list(mentions)
    crafts -= {
        fold_name(m.text) for m in mentions if fold_name(m.text) in crafts and _located(m, paragraphs, gazetteer)
    }
    return [
        dataclasses.replace(m, kind=None) if m.kind == "place" and fold_name(m.text) in crafts else m for m in mentions
    ]


def _named_as_craft(name: str, paragraphs: Sequence[str]) -> bool:
    """Return True when the words beside a place's name make it a craft's or a program's somewhere in the story."""
    for text in paragraphs:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if _CRAFT_BEFORE.search(text, max(0, start - 20), start) or _CRAFT_AFTER.match(text, end):
                return True
            start = text.find(name, end)
    return False


def _firms_by_town_names(mentions: Sequence[Mention], paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a town's name that opens a body's name the story gives made that body's short name
    where the story has it speak ("Delta Air Lines Inc said … Delta said … the FAA reviewed Delta safety"), unless
    it says something is in the town; a country's or a state's name stays the place ("Texas Instruments … Texas
    said"). A firm named by the town and its legal form alone is meant by each bare use of the name that places
    nothing, spoken or not ("Brunswick Corp … Brunswick expects", "Acton Corp … Acton said" under ACTON's
    dateline)."""
    firms = [m.text.split() for m in mentions if m.kind == "organization" and " " in m.text]
    openers = {words[0] for words in firms}
    towns = {
        m.text
        for m in mentions
        if m.kind == "place"
        and m.text in openers
        and m.paragraph >= 0
        and fold_name(m.text) not in gazetteer.countries
        and SPEECH_AFTER.match(paragraphs[m.paragraph], m.end)  # a body's verb, seldom a town's
    }
    towns -= {m.text for m in mentions if m.text in towns and _located(m, paragraphs, gazetteer)}
    # shortforms.legal_words imports this module (through identity), so the one legal-form word is read here.
    bare = {" ".join(words[:-1]) for words in firms if fold_name(words[-1]).rstrip(".") in LEGAL_FORMS}
    bare = {name for name in bare if fold_name(name) not in gazetteer.countries}
    out = []
    for m in mentions:
        named = m
        if m.kind != "organization" and m.text in bare and _firm_not_town(m, paragraphs, gazetteer):
            named = dataclasses.replace(m, kind="organization")
        elif m.kind == "place" and m.text in towns:
            named = dataclasses.replace(m, kind=None, otherwise=("organization", m.text))
        out.append(named)
    return out


def _firm_not_town(mention: Mention, paragraphs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Return True for a town's name the story writes of the firm named after it: not a dateline, nothing placed in
    it ("in Brunswick"), or the firm's possession ("cash flow from Brunswick's boat operations")."""
    if mention.paragraph < 0:
        return False
    return paragraphs[mention.paragraph].startswith(("'s", "’s"), mention.end) or not _located(
        mention, paragraphs, gazetteer
    )


_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|inside|into|across|around|throughout)\s+(?:the\s+)?$")


def _located(mention: Mention, paragraphs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Return True for a place's name the words around make a place, not a thing: "in Gaza", "Delta, B.C."."""
    if mention.paragraph < 0:
        return True
    text = paragraphs[mention.paragraph]
    after = _WHERE_AFTER.match(text, mention.end)
    where = after is not None and (after.group("where") is None or is_region(after.group("where"), gazetteer))
    return where or bool(_LOCATIVE.search(text, max(0, mention.start - 20), mention.start))


# Words before a town's name that place something in it: "in Aleg", "from Sunan", "the suburb of Scarsdale"
# ("to" is left out: "a message to Kim", "spoke to David").
_AT_TOWN = re.compile(
    r"\b(?:in|at|near|from|of|outside|into|across|around|toward|towards|via|between|throughout)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)
# A state or country after a town's name ("Thorp, Wisconsin", "Belleair, Fla."), or a compound
# naming where something is ("Berkeley-based").
_WHERE_AFTER = re.compile(r",\s+(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|-(?:based|born|area)\b")


def _towns_in_context(mentions: Sequence[Mention], paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with small towns' names left unplaced where the story never places anything in them.

    "Kaka, Pato and Ronaldo", "the 54-year-old Morton", "Drs. Mitchell and Leslie Weiss": a name
    only a small town bears is a person's or a firm's unless the story says something is in it;
    merging then ties it to the person it names, if any. The dateline's place is placed.
    """
    towns = {
        fold_name(m.text)
        for m in mentions
        if m.kind == "place" and " " not in m.text and fold_name(m.text) in gazetteer.towns and m.paragraph >= 0
    }
    if not towns:
        return list(mentions)
    placed = {fold_name(m.text) for m in mentions if fold_name(m.text) in towns and _placed(m, paragraphs, gazetteer)}
    return [
        dataclasses.replace(m, kind=None)
        if m.kind == "place" and fold_name(m.text) in towns - placed and m.paragraph >= 0
        else m
        for m in mentions
    ]


def _placed(mention: Mention, paragraphs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Return True for a mention the words around make a place: a dateline, "in X", "X, State", "X-based"."""
    if mention.paragraph < 0:
        return True
    text = paragraphs[mention.paragraph]
    after = _WHERE_AFTER.match(text, mention.end)
    where = after and (after.group("where") is None or is_region(after.group("where"), gazetteer))
    if where or _listed_with_a_place(text, mention, gazetteer):
        return True
    found = _WORD_AFTER.match(text, mention.end)
    word = found.group(1) if found else ""
    if word[:1].isupper():
        return False  # "to the Golden Globes", "The Morton Plant Hospital": part of another name
    before = text[max(0, mention.start - 40) : mention.start]
    if word.islower() and word not in STOPWORDS and not _NOT_ATTRIBUTIVE.match(word):
        # "Slidell police said", "the Avignon festival": the town's own police, festival; not a party's or a
        # regime's word a town bears too ("Liberal leader Stephane Dion", "Federal agents"), nor a word inside
        # a phrase already going ("his second career Tour title", "quoted Mobil president Richard Tucker").
        if fold_name(mention.text) in POLITIES:
            return False
        if _OPENS_PHRASE.search(before):
            return True
    return bool(_AT_TOWN.search(before))


# A name listed beside a town's: before it ("Zurich, Basle", "Zurich and Basle") or after it ("Basle and Geneva").
_LISTED_BEFORE = re.compile(r"(?:^|[\s(])(?P<name>[A-Z][\w.'-]*)(?:,|\s+and|\s+or)\s+$")
_LISTED_AFTER = re.compile(r"(?:,|\s+and|\s+or)\s+(?P<name>[A-Z][\w.'-]*)")


def _listed_with_a_place(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Return True for a town's name listed beside a city's that needs no words around it: "the bourses in
    Zurich, Basle and Geneva". A neighbour that is itself only a town's name proves nothing ("Kaka, Pato")."""
    before = _LISTED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _LISTED_AFTER.match(text, mention.end)
    return any(
        found is not None
        and is_region(found.group("name"), gazetteer)
        and fold_name(found.group("name")) not in gazetteer.towns
        for found in (before, after)
    )


# What may stand before a town's name read as a noun's modifier: a sentence's, a clause's or a quotation's
# start or end, or a determiner ("The Avignon festival", "its Slidell office", "…,' Slidell police said").
_OPENS_PHRASE = re.compile(
    r"(?:^|[.!?;:,(\"“”‘’']\s*|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+)$"
)


_WORD_AFTER = re.compile(r" ([^\W\d_][\w’'-]*)")
# Lower-case words after a name that do not make it attributive: verbs and a person's words
# ("Morton said", "Suri was conceived", "the Obama administration").
_NOT_ATTRIBUTIVE = re.compile(
    rf"(?:{SPEECH_VERBS}|administration|government|aides?|camp|presidency|[a-z]+ed|[a-z]+ing|[a-z]+s)$"
)
