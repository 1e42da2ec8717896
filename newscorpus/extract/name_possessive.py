"""Bodies' names that hold a possessive: "Moody's Investors Service Inc", "People's Liberation Army",
"McDonald's".

Runs of capitalised words are cut at a possessive, which is right for "Japan's Sony Corp",
"PepsiCo's Taco Bell Corp" or "Icahn's ACF Industries Inc" (an owner, then the company), but
cuts a name that is written with its possessive, a founder's surname: "Moody's Investors Service
Inc" became a company "Investors Service Inc" and a word "Moody". So a possessive straight before
a name that ends in a legal form opens that name when the owner is a family name (the US Census
list), one word, and written nowhere in the article without its possessive ("Icahn said"); never
when the owner is a place, a company of its own ("Unocal Corp's Union Oil Co") or an acronym.

A founder's family name written only with its possessive and no noun after it ("at McDonald's.",
"McDonald's and Wendy's", "McDonald's said") is a business so named, not a person's belonging.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .cues import SPEECH_VERBS
from .gazetteer import Gazetteer
from .legal_forms import END_LEGAL_FORMS, LEGAL_FORMS
from .mentions import Mention
from .name_tokens import Run, Tok
from .place_lists import PLACE_ALIASES
from .text import family_names, fold_name

_POSSESSIVE_GAP = ("'s ", "’s ")
_PLURAL_GAP = ("' ", "’ ")
# Plural common nouns written possessive inside bodies' names ("Pakistan People's Party",
# "People’s Daily", "Workers' Party", "Save the Children's Fund"): a capitalised one is never an
# owner, so its possessive joins the words after it.
_COMMON_POSSESSORS = frozenset(
    {"people", "peoples", "workers", "children", "women", "men", "citizens", "farmers", "veterans", "voters", "nurses"}
)
# Last words of bodies whose names hold a plural possessive ("Professional Footballers' Association",
# "Screen Actors' Guild", "Teachers' Union"): after a plural's possessive they end the body's name.
_PLURAL_OWNED = frozenset(
    {"association", "guild", "union", "league", "federation", "fund", "party", "society", "council", "alliance"}
)
# Officers whose possessive names the office they head ("U.S. Attorney's Office for the Western
# District", "Sheriff's Office", "the Governor's Office"): before "Office" it opens the body's name.
_OFFICERS = frozenset(
    {"attorney", "sheriff", "prosecutor", "governor", "mayor", "comptroller", "auditor", "coroner", "treasurer"}
)
_FORMS = frozenset(LEGAL_FORMS) | END_LEGAL_FORMS


def join_possessive_firms(
    runs: Sequence[Sequence[Run]], paragraphs: Sequence[str], gazetteer: Gazetteer
) -> list[list[Run]]:
    """Return each paragraph's runs with an owner's possessive joined to the company name after it
    where the article never writes the owner's last word without it."""
    text = "\n".join(paragraphs)
    joined_runs: list[list[Run]] = []
    for paragraph, paragraph_runs in zip(paragraphs, runs, strict=True):
        out: list[Run] = []
        for run, initial in paragraph_runs:
            previous = out[-1][0] if out else None
            if previous is not None and _joins(previous, run, paragraph, text, gazetteer):
                _, previous_initial = out.pop()
                out.append(([*previous, *run], previous_initial))
            else:
                out.append((run, initial))
        joined_runs.append(out)
    return joined_runs


def _joins(owner: Sequence[Tok], name: Sequence[Tok], paragraph: str, text: str, gazetteer: Gazetteer) -> bool:
    """Return True when owner's possessive opens the company name that follows it."""
    gap = paragraph[owner[-1].end : name[0].start]
    if fold_name(owner[-1].text) in _COMMON_POSSESSORS and gap in (*_POSSESSIVE_GAP, *_PLURAL_GAP):
        return True  # "People's Liberation Army", "Workers' Party": a plural noun owns nothing
    if gap in _PLURAL_GAP and owner[-1].text.endswith("s") and fold_name(name[-1].text) in _PLURAL_OWNED:
        return True  # "Professional Footballers' Association": a plural's possessive before a body's word
    if gap in _POSSESSIVE_GAP and fold_name(owner[-1].text) in _OFFICERS and name[0].text == "Office":
        return True  # "U.S. Attorney's Office": an officer's possessive before the office
    return (
        gap in _POSSESSIVE_GAP
        and fold_name(name[-1].text).rstrip(".") in _FORMS
        # "Heidi's Frozen Yogurt Shoppes of Florida Inc": the owner, then a name of its own.
        and not any(fold_name(t.text) in ("of", "and", "&") for t in name)
        and _founder(owner, text, gazetteer)
    )


def _founder(owner: Sequence[Tok], text: str, gazetteer: Gazetteer) -> bool:
    """Return True for an owner that is a founder's family name the article writes only with its possessive."""
    words = [t.text for t in owner]
    last = words[-1]
    # "Standard and Poor's Corp": the name is read from the owner's last word.
    if len(words) > 1 and not (len(words) == 3 and words[1] in ("and", "&")):
        return False
    if last.isupper() or last.startswith("<") or fold_name(last).rstrip(".>") in _FORMS:
        return False  # "IBM's Rolm Corp", "Unocal Corp's Union Oil Co": a company of its own
    whole = " ".join(words)
    if whole in PLACE_ALIASES or fold_name(whole) in gazetteer.places or fold_name(whole) in gazetteer.countries:
        return False  # "Japan's Sony Corp"
    if fold_name(last.rsplit("-", 1)[-1]) not in family_names():
        return False  # "PepsiCo's Taco Bell Corp": a company's own name, not a founder's
    return not re.search(rf"(?<![\w'’-]){re.escape(last)}(?!['’]s\b|\w)", text)


# A possessive no noun follows: punctuation, a conjunction (not before another possessive: "Keys's and
# Daughtry's albums"), a speech verb or the paragraph's end.
_BARE_POSSESSIVE = re.compile(
    rf"['’]s(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\s+(?![A-Z][\w'’-]*['’]s\b)|\s+(?:{SPEECH_VERBS})\b)"
)
_POSSESSIVE = re.compile(r"['’]s\b")
# A form of "to be" before it: the possessive stands for a thing named before ("the best album was Kerr's");
# or a name and "and": the possessive ends a longer name ("Standard and Poor's").
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been)\s+$|[A-Z][\w.’'-]*\s+(?:and|&)\s+$")
# Conditions named by a physician's possessive ("diseases such as Parkinson's").
_CONDITIONS = frozenset({"parkinson", "alzheimer", "huntington", "crohn", "hodgkin", "asperger", "tourette"})


def possessive_businesses(mentions: Sequence[Mention], paragraphs: Sequence[str]) -> list[Mention]:
    """Return the mentions with a founder's family name written only with its possessive, and once with
    no noun after it, made the business named so wherever its possessive is written ("McDonald's"); a
    person's possessive owns a noun, and a person named in full is no business."""
    text = "\n".join(paragraphs)
    surnames = {m.text.rsplit(maxsplit=1)[-1] for m in mentions if " " in m.text}
    businesses = {
        m.text
        for m in mentions
        if _bare_possessive(m, paragraphs)
        and m.text not in surnames
        and fold_name(m.text) in family_names()
        and fold_name(m.text) not in _CONDITIONS
        and not re.search(rf"(?<![\w'’-]){re.escape(m.text)}(?!['’]s\b|\w)", text)
    }
    out = []
    for m in mentions:
        found = _POSSESSIVE.match(paragraphs[m.paragraph], m.end) if m.text in businesses else None
        if found is None:
            out.append(m)
            continue
        named = m.text + found.group()
        out.append(dataclasses.replace(m, kind="organization", text=named, end=found.end(), otherwise=None))
    return out


def _bare_possessive(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for one word of unknown kind written in the possessive with no noun after it."""
    if mention.paragraph < 0 or mention.kind is not None or mention.person_cue or " " in mention.text:
        return False
    paragraph = paragraphs[mention.paragraph]
    return bool(_BARE_POSSESSIVE.match(paragraph, mention.end)) and not _BE_BEFORE.search(
        paragraph, max(0, mention.start - 30), mention.start
    )
