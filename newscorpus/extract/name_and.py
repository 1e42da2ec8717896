"""Where an "and" inside a run of capitalised words parts two names ("Hezbollah and Russia", "the Bank of Japan and
Bank of England") and where it sits inside one ("Securities and Exchange Commission", "England and Wales Cricket
Board")."""

from __future__ import annotations

import itertools

from .cues import AND_KEEPS, KNOWN_ORG_NAMES, KNOWN_ORGS, ORG_CUES, STOPWORDS
from .gazetteer import Gazetteer
from .legal_forms import LEGAL_FORMS
from .name_acronyms import BRACKETED_ACRONYM, initials, is_lone_acronym
from .name_runs import has_org_cue, is_cap, is_title, trim
from .name_tokens import Tok
from .place_lists import PLACE_ALIASES
from .text import fold_name


def split_and(run: list[Tok], gaz: Gazetteer, paragraph: str = "") -> list[list[Tok]]:
    """Return a run cut at "and" unless it joins one name ("Securities and Exchange Commission").

    "Hezbollah and Russia" is two names: the left part is a name on its own. "House Ways and
    Means Committee" is one: its left part is not, and the run holds an organisation word. So is
    a run whose bracketed acronym after it spells words on both sides of the "and" ("Council for
    Trade and Cooperation (CTC)").
    """
    parts: list[list[Tok]] = [[]]
    has_cue = has_org_cue([t.text for t in run])
    after = BRACKETED_ACRONYM.match(paragraph, run[-1].end) if paragraph and run else None
    letters = after.group("acr").replace(".", "").replace("&", "") if after else ""
    spelled = bool(letters) and initials(run).endswith(letters)
    for i, tok in enumerate(run):
        if tok.text.lower() in ("and", "&") and 0 < i < len(run) - 1:
            # "the International Court of Justice and the UN Security Council": "and the" joins two
            # names; an ampersand joins the names of one firm ("Rogers & Cowan", "Keefe Bruyette & Woods").
            keep = (
                tok.text == "&"
                or run[i + 1].text.lower() in AND_KEEPS
                or (
                    has_cue
                    and not _complete(parts[-1], gaz)
                    and run[i + 1].text != "the"
                    and not _bodies_of_places(parts[-1], run[i + 1 :], gaz)
                )
                or (spelled and len(letters) > len(initials(run[i + 1 :])))
                or _places_firm(parts[-1], run[i + 1 :], gaz)
            )
            if not keep:
                parts.append([])
                continue
        parts[-1].append(tok)
    return [trim(p) for p in parts if trim(p)]


def _places_firm(left: list[Tok], right: list[Tok], gaz: Gazetteer) -> bool:
    """Return True for a firm or body of two countries ("Australia and New Zealand Banking Group Ltd", "England
    and Wales Cricket Board"), not a country and a firm named by a town ("Japan and Osaka Gas Co")."""
    words = [t.text for t in right]
    at = next((n for n in (3, 2, 1) if fold_name(" ".join(words[:n])) in gaz.countries), 0)
    named = " ".join(itertools.dropwhile(lambda w: fold_name(w) in STOPWORDS, (t.text for t in left)))  # "The …"
    last = fold_name(words[-1]).rstrip(".")
    body = (len(words) >= at + 3 and last in LEGAL_FORMS) or (len(words) >= at + 2 and last in ORG_CUES)
    return fold_name(named) in gaz.countries and at > 0 and body


def _complete(part: list[Tok], gaz: Gazetteer) -> bool:
    """Return True when words name something on their own: an organisation, a place or a known name."""
    words = [t.text for t in part]
    while words and fold_name(words[0]) in STOPWORDS:
        words = words[1:]
    folded = fold_name(" ".join(words))
    # A known place or body, or a body's acronym ("the U.N. and European Union" is two bodies).
    known = folded in gaz.places or folded in KNOWN_ORGS or folded in KNOWN_ORG_NAMES or is_lone_acronym(words)
    if not words or words[0].startswith("<") or known:
        return bool(words)
    # A titled person ("Treasury Secretary James Baker and …") or a given name and surname.
    titled = any(is_title(w) and is_cap(words[i + 1]) for i, w in enumerate(words[:-1]) if i > 0 or len(words) == 2)
    if titled or (len(words) in (2, 3) and words[0] in gaz.given_names):
        return True
    # "Bank Leu and …" is a body; "U.S. Securities and Exchange Commission" is one name, whose
    # left part is a place and a plural.
    owned = len(words) == 2 and (words[0] in PLACE_ALIASES or fold_name(words[0]) in gaz.places)
    return len(words) > 1 and fold_name(words[-1]).rstrip(".") in ORG_CUES and not owned


def _bodies_of_places(left: list[Tok], right: list[Tok], gaz: Gazetteer) -> bool:
    """Return True for a body named by its word and the place it is of, before a second body's name: "the Bank of
    Japan and Bank of England", "the University of Pennsylvania and Johns Hopkins University". Not before a place
    ("Law Society of England and Wales") nor a word no body's name ends in ("Ministry of Agriculture and
    Fisheries", whose left part is of no place)."""
    words = [t.text for t in left]
    if "of" not in words[1:-1]:
        return False
    at = words.index("of")
    place = fold_name(" ".join(words[at + 1 :]))
    named = [t.text for t in right]
    body = has_org_cue(named) or fold_name(" ".join(named)) in KNOWN_ORG_NAMES  # "… and Deutsche Bundesbank"
    return has_org_cue(words[:at]) and place in gaz.places and body
