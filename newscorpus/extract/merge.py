"""Merge the forms of each name in an article into one entity: "Bashar Al Assad", "Al Assad", "Assad"."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Entity, EntityKind, NameSpan
from .cues import CONNECTORS, ORG_CUES, PERSON_CUES_AFTER, SPEECH_VERBS
from .entities import ACRONYM, Mention, Resolved, acronym_of
from .gazetteer import Gazetteer
from .identity import is_run_on, surnames
from .legal_forms import LEGAL_FORMS
from .name_junk import is_demonym
from .name_words import OWNER_PREFIXES
from .place_lists import DEMONYM_COUNTRIES, PLACE_ALIASES, STATES_NAMED_AS_CITIES, US_STATE_CODES
from .team_words import SINGULAR_NICKNAMES
from .text import family_names, fold_name, name_tokens


@dataclass
class _Cluster:
    kind: EntityKind
    forms: Counter[str]
    canonical: str | None = None
    spans: set[NameSpan] = dataclasses.field(default_factory=set)

    def best(self) -> str:
        """Return the fullest form: most name words, then most often written, then alphabetical."""
        if self.canonical:
            return self.canonical
        return sorted(
            self.forms, key=lambda f: (is_run_on(f), -len(name_tokens(f)), -_proper(f), -self.forms[f], -len(f), f)
        )[0]


def _proper(form: str) -> int:
    """Return 1 for a form not written all in capitals ("New York" before "NEW YORK")."""
    return 0 if form.isupper() and len(form) > 3 else 1


# A name followed by a verb, maybe after an aside: "Lyng said", "Exley, chairman, told", "Lyng declined".
_VERB_AFTER = re.compile(
    # "the Technology Agency (BECTA) said": the initials the story goes on with, in brackets before the verb.
    r"^(?:\s+\([A-Z][A-Za-z&.-]{1,12}\))?"
    rf"(?:,[^,“”\"]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS}|declined|would|will|has|had|is|was|did)\b"
)


def merge_mentions(
    mentions: Sequence[Mention], gaz: Gazetteer, paragraphs: Sequence[str] = ()
) -> tuple[tuple[Entity, ...], tuple[Resolved, ...]]:
    """Return one entity per name, every form merged into it, and each mention tied to its entity."""
    clusters: list[_Cluster] = []
    owner: dict[int, _Cluster] = {}
    # Longer names first; of one length, the mentions whose kind is told before those only merging can place, so
    # that a name the story writes as a body once ("the Boko Haram leader") takes its bare mentions, a cue's too
    # ("to ambush a Boko Haram camp", a person's camp elsewhere), and no person is made of the same words.
    ordered = sorted(
        range(len(mentions)), key=lambda i: (-len(name_tokens(mentions[i].text)), mentions[i].kind is None, i)
    )
    for i in ordered:
        mention = mentions[i]
        cluster = _surname_cluster(mention, clusters) or _find_cluster(mention, clusters, gaz)
        if cluster is None and mention.otherwise is not None:
            mention = dataclasses.replace(mention, kind=mention.otherwise[0], text=mention.otherwise[1], otherwise=None)
            cluster = _find_cluster(mention, clusters, gaz)
        if cluster is None:
            kind = mention.kind or ("person" if mention.person_cue else None)
            if kind is None:
                continue
            cluster = _Cluster(kind, Counter(), _place_canonical(mention.text, gaz) if kind == "place" else None)
            clusters.append(cluster)
        cluster.forms[mention.text] += 1
        if mention.paragraph >= 0:  # the dateline's places stand outside the body
            cluster.spans.add(NameSpan(mention.paragraph, mention.start, mention.end))
        owner[i] = cluster
    entities = []
    for cluster in clusters:
        name = _state_named(cluster) or cluster.best()
        aliases = tuple(sorted(f for f in cluster.forms if f != name))
        spans = tuple(sorted(cluster.spans, key=lambda s: (s.paragraph, s.start, s.end)))
        entities.append(Entity(cluster.kind, name, aliases, sum(cluster.forms.values()), spans=spans))
    resolved = tuple(
        Resolved(owner[i].kind, owner[i].best(), m.paragraph, m.start, m.end, _is_subject(m, paragraphs))
        for i, m in enumerate(mentions)
        if i in owner
    )
    return tuple(sorted(entities, key=lambda e: (e.kind, -e.mentions, e.name))), resolved


def _is_subject(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True when a verb follows the mention."""
    if not 0 <= mention.paragraph < len(paragraphs):
        return False
    return bool(_VERB_AFTER.match(paragraphs[mention.paragraph][mention.end :]))


def _state_named(cluster: _Cluster) -> str | None:
    """Return the state's own name for a place written only by a state's abbreviation, where the state's name
    alone mostly means a city: "Buffalo, N.Y." names New York State, not the city; else None."""
    name = cluster.best()
    state = STATES_NAMED_AS_CITIES.get(name) if cluster.kind == "place" else None
    if state is None:
        return None
    abbreviated = (
        PLACE_ALIASES.get(f) or PLACE_ALIASES.get(f.capitalize()) or US_STATE_CODES.get(f) for f in cluster.forms
    )
    return state if all(a == name for a in abbreviated) else None


def _place_canonical(text: str, gaz: Gazetteer) -> str:
    """Return a place's canonical name: the standard form for aliases ("U.S."), else as written, title-cased."""
    if text in PLACE_ALIASES:
        return PLACE_ALIASES[text]
    # A state's abbreviation in a dateline's capitals or without its full stop: "ROCKFORD, ILL.",
    # "TROY, Mich": Illinois, Michigan (two letters without a stop are too often something else).
    for form in (text.capitalize(), text.capitalize() + "." if len(text) > 2 and text.isalpha() else ""):
        if form in PLACE_ALIASES:
            return PLACE_ALIASES[form]
    if text.isupper() and len(text) > 3:
        return " ".join(w if w.lower() in CONNECTORS else w.capitalize() for w in text.lower().split())
    return text


def _find_cluster(mention: Mention, clusters: list[_Cluster], gaz: Gazetteer) -> _Cluster | None:  # noqa: PLR0911, PLR0912
    """Return the cluster a mention joins, or None for a new one."""
    # Words compare exactly: "Regan" is not "Reagan", whatever their consonants (Reuters names both).
    tokens = list(name_tokens(mention.text))
    if not tokens:
        return None
    suffixed = _suffixed_cluster(mention, tokens, clusters)
    if suffixed is not None:
        return suffixed
    # The mention's initials, when it is written as such, asked once of every form of every cluster.
    initials = mention.text.replace(".", "") if ACRONYM.match(mention.text) else None
    for cluster in clusters:
        if mention.kind not in (None, cluster.kind) and not (mention.kind == "person" and cluster.kind == "person"):
            continue
        if cluster.kind == "place":
            if mention.kind in (None, "place") and _place_key(mention.text) == _place_key(cluster.best()):
                return cluster
            continue
        for form in cluster.forms:
            other = list(name_tokens(form))
            if other == tokens:
                return cluster
            if (
                cluster.kind == "person"
                and mention.kind in (None, "person")
                and len(tokens) < len(other)
                and other[-len(tokens) :] == tokens
                and not named_al(mention.text, form)
            ):
                return cluster
            if cluster.kind == "organization" and mention.kind in (None, "organization"):
                if initials is not None and _initials_of(initials, form):
                    return cluster
                if len(tokens) > 1 and len(tokens) < len(other) and other[-len(tokens) :] == tokens:
                    return cluster  # "Ways and Means Committee" of "House Ways and Means Committee"
                if _club_nickname(tokens, other, gaz):
                    return cluster  # "Vikings" of "Minnesota Vikings"
                if (
                    len(tokens) < len(other)
                    and other[: len(tokens)] == tokens
                    and not all(t in ORG_CUES for t in name_tokens(mention.text))
                    # "USDA and the General Accounting Office" is two names run together, not USDA's.
                    and not is_run_on(form)
                    # An acronym opening a longer name is the body that name belongs to, not its short
                    # form: "UN" of "UN Security Council", "NFL" of "NFL Network" (its legal form aside:
                    # "IBM" of "IBM Corp" is found above).
                    and initials is None
                    # "Swiss" of "Swiss National Bank" is the nation's word; "Reagan" of "Reagan
                    # Administration" the president, not the body.
                    and not (len(tokens) == 1 and (mention.text in DEMONYM_COUNTRIES or is_demonym(mention.text)))
                    and not set(other[len(tokens) :]) <= PERSON_CUES_AFTER
                    and not _sub_body(other[len(tokens) :])
                    and not _system_of(tokens, other[len(tokens) :])
                ):
                    return cluster
    return _opened_company(mention, clusters)


def _initials_of(initials: str, form: str) -> bool:
    """Return True when initials (their dots dropped) are a form's, with or without its legal form, or, after
    an owner's place, those of the rest ("FAO" for "U.N. Food and Agriculture Organisation"); each way asked
    only when the one before does not spell them."""
    words = form.split()
    return (
        initials == acronym_of(words)
        or initials == acronym_of(words, legal_suffix=False)
        or (words[0] in OWNER_PREFIXES and initials == acronym_of(words[1:]))
    )


def _opened_company(mention: Mention, clusters: list[_Cluster]) -> _Cluster | None:
    """Return the one company whose name the initials open, named in full before them, when they name
    no other body: "IMS International Inc ... IMS", "ANA Airlines ... ANA". The rest of its name is a
    legal form or a generic company word: "NFL Network" and "UN Security Council" are bodies of their
    own, and "GM Hughes Electronics Corp" a unit named for its parent."""
    if not ACRONYM.match(mention.text) or mention.kind not in (None, "organization") or mention.paragraph < 0:
        return None
    where = (mention.paragraph, mention.start)
    found = [
        cluster
        for cluster in clusters
        if cluster.kind == "organization"
        and any(_opens_company(mention.text, form) for form in cluster.forms)
        and _first_span(cluster) < where
    ]
    return found[0] if len(found) == 1 else None


def _opens_company(initials: str, form: str) -> bool:
    """Return True for a company's name that is the initials and generic company words ("ANA Airlines",
    "IMS International Inc"), a legal form or such a word at least."""
    words = form.split()
    if len(words) < 2 or words[0] != initials:
        return False
    rest = [fold_name(w).replace(".", "").strip(",") for w in words[1:]]
    return all(w in _COMPANY_WORDS or w in _LEGAL_SUFFIXES for w in rest)


# Words of a company's name after its initials that make no body of their own ("IMS International Inc").
_COMPANY_WORDS = frozenset(
    {"industries", "group", "holding", "holdings", "enterprises", "airlines", "airways", "international", "bank"}
)


def _club_nickname(tokens: Sequence[str], other: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a club's nickname alone, the rest of its name a place (or a place and its bay):
    "Vikings" of "Minnesota Vikings", "Lightning" of "Tampa Bay Lightning"; not a firm's word ("Systems")."""
    town = other[:-2] if other[-2:-1] == ["bay"] else other[:-1]
    return (
        len(tokens) == 1
        and len(other) > 1
        and other[-1] == tokens[0]
        and (tokens[0].endswith("s") or tokens[0].title() in SINGULAR_NICKNAMES)
        and tokens[0] not in ORG_CUES
        and " ".join(town) in gaz.places
    )


def _sub_body(rest: Sequence[str]) -> bool:
    """Return True for the words after a body's name that name a body of their own inside it: "United
    Nations" is not short for the "United Nations Security Council", nor "U.S. Senate" for the "U.S. Senate
    Agriculture Committee"; "Federal Reserve" is for the "Federal Reserve Board". The body's word may stand
    before a word the finder ran on ("United Nations Security Council Resolution"): it counts anywhere
    after the first of the words."""
    return len(rest) >= 2 and any(word in _SUB_BODIES for word in rest[1:])


def _system_of(tokens: Sequence[str], rest: Sequence[str]) -> bool:
    """Return True for a body's name (a body's word in it: "Exchange", "Association") before the words of a
    system it runs: the "National Association of Securities Dealers" is not its "Automated Quotation System"
    (Nasdaq), nor the "Stock Exchange of Singapore" its "Dealing and Quotation System". A name with no body's
    word is the system's cut short ("Washington Public Power" of its "Supply System"), a company's name after
    it ends in its legal form ("Allegheny Power System Inc"), and one word more ("Federal Reserve System") is
    the body itself."""
    return len(rest) >= 2 and rest[-1] in _SYSTEM_WORDS and any(t in ORG_CUES for t in tokens)


# Last words of the bodies inside a body ("Security Council", "Agriculture Committee"); a company's
# longer name ("Shearson Lehman Brothers Inc", "Esselte Business Systems Inc") opens with its short one.
_SUB_BODIES = frozenset({"council", "committee", "subcommittee", "commission", "office", "court", "tribunal", "panel"})
# The last word of a system a body runs, a thing of its own: Reuters names three exchanges' quotation systems
# ("Stock Exchange Automated Quotation System", SEAQ) after the exchange, each read as the exchange's full name.
_SYSTEM_WORDS = frozenset({"system"})


def _suffixed_cluster(mention: Mention, tokens: Sequence[str], clusters: list[_Cluster]) -> _Cluster | None:
    """Return the company a short form names with only its legal suffix left out.

    "Texaco" is "Texaco Inc" before it is "Texaco Petroleum Maatschaapij", wherever each stands.
    """
    if mention.kind not in (None, "organization"):
        return None
    for cluster in clusters:
        if cluster.kind == "organization" and any(_suffixed_form(tokens, form) for form in cluster.forms):
            return cluster
    return None


def _suffixed_form(tokens: Sequence[str], form: str) -> bool:
    """Return True when form is the name the tokens spell plus only legal suffixes ("Texaco" + "Inc")."""
    other = name_tokens(form)
    return (
        len(other) > len(tokens)
        and list(other[: len(tokens)]) == list(tokens)
        and all(t in _LEGAL_SUFFIXES for t in other[len(tokens) :])
    )


# Company-form words a short form leaves out ("Texaco" for "Texaco Inc").
_LEGAL_SUFFIXES = frozenset(LEGAL_FORMS)


def _surname_cluster(mention: Mention, clusters: list[_Cluster]) -> _Cluster | None:
    """Return the person a lone word names by surname ("Goto" after "Noboru Goto"), before any place of that name."""
    tokens = name_tokens(mention.text)
    if len(tokens) != 1 or mention.kind == "organization" or mention.paragraph < 0:
        return None
    key = tokens[0]
    # The surname is the last word, or a later one in double surnames ("Javier Nogales Iturri").
    found = [
        cluster
        for cluster in clusters
        if cluster.kind == "person"
        and any(len(name_tokens(f)) > 1 and key in surnames(f) and not named_al(mention.text, f) for f in cluster.forms)
    ]
    # Two people of one surname ("Benazir Bhutto" … "her father, Zulfikar Ali Bhutto"): the surname
    # alone is the one the story names first, the person it is about.
    return min(found, key=_first_span, default=None)


def named_al(name: str, form: str) -> bool:
    """Return True for "Al" and a census surname that a fuller form does not write after the Arabic article:
    "Al Jefferson" beside "Richard Jefferson" is another man, named Al; "Al Haddad" is "Karim Al Haddad"."""
    words = name.split()
    if len(words) != 2 or words[0] != "Al" or fold_name(words[1]) not in family_names():
        return False
    return re.search(rf"\b[Aa]l[- ]{re.escape(words[1])}\b", form) is None


def _first_span(cluster: _Cluster) -> tuple[int, int]:
    """Return where the story first names a cluster, (paragraph, start); unplaced names last."""
    return min(((s.paragraph, s.start) for s in cluster.spans), default=(1 << 30, 0))


def _place_key(text: str) -> str:
    """Return the key places meet under: "U.S." and "United States" are one."""
    return fold_name(PLACE_ALIASES.get(text, text))
