"""Kinds told by a name's shape or by the words right around it, once every mention is found.

* A newspaper's masthead: a town's name and a newspaper's word ("Concord Monitor", "Des Moines
  Register"), a body though no word of the sentence says so.
* A body that a member's role and name follow ("Calgary Flames right wing Jarome Iginla", "Acme
  Widgets spokesman John Reed"): the name before the role is the body the person belongs to.
* An event named like a person ("Presidential Debate", "Winter Festival"): no person.
* A credit in brackets before the dash opening a story ("New York, NY (Sports Network) -"): the
  wire that sent it, not a body of the story.
* No body: a body's word alone before a role ("Cabinet ministers", "a senior Cabinet ally"), an office's
  title; a leak's documents ("the Panama Papers"); an edition of an event an ordinal numbers ("the 95th
  Indian Science Congress"), but for units and courts ("the 82nd Airborne Division").
* Two people's names run on in one ("Steve Irwin Paul Watson", a caption's list): two people, where
  each half is a given name and a word no given name.
* A British party named alone ("Labour", "the Conservatives") where the sentence does not open on it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .cues import ORG_CUES, PERSON_ROLES
from .gazetteer import Gazetteer
from .mentions import Mention
from .text import fold_name, words

# A newspaper's word after a town's name: "Concord Monitor", "Hollywood Reporter", "Houston Chronicle".
MASTHEAD_WORDS = words("monitor register reporter chronicle observer examiner inquirer enquirer courier sentinel")
# Newspapers' words that are surnames too ("Justin Sun", "Ringo Starr"): a masthead only after a known
# place's name ("Toronto Sun", "Kansas City Star", "Boston Globe").
_PLACE_MASTHEAD_WORDS = words("sun star globe bulletin")
# A player's position or a member's role between a body's name and the person's.
_POSITIONS = words(
    """
    center centre forward winger wing defenseman defenceman goaltender goalie guard quarterback pitcher
    catcher shortstop outfielder infielder linebacker receiver striker midfielder defender goalkeeper
    coach captain boss rookie
    """
)
_ROLE = "|".join(sorted(PERSON_ROLES | _POSITIONS))
# The role words between a body and its member: "right wing", "chief executive", "spokesman"; not
# after a conjunction, which joins two people ("Jon Vale and linebacker Sam Ord").
_ROLE_BETWEEN = re.compile(rf"^\s+(?:(?!(?:and|or|nor|but|with|plus)\s)[a-z-]+\s+)?(?:{_ROLE})\s+$")
# The last word of an event's name, never of a person's.
EVENT_WORDS = words(
    """
    debate debates summit conference festival expo convention caucus caucuses tournament championship
    championships marathon rally games awards
    """
)
# A credit in brackets right after the opening place and before a dash.
_CREDIT = re.compile(r"\(([^()]{2,40})\)\s*(?:-|--|—|–)\s")
_CREDIT_ZONE = 60
# Words after a body's word alone that make it part of an office's title (not "Army spokesman":
# the army speaks).
_OFFICE_AFTER = re.compile(r"\s+(?:ministers?|secretary|ally|allies|colleagues?|posts?|rank|seat)\b")
# Documents leaked under one name.
_LEAKS = words("papers files leaks documents tapes cables")
# An ordinal before a name: an edition of an event ("the 95th"), unless the name is a unit's or a court's.
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")
_NUMBERED_BODIES = words(
    "division brigade regiment fleet army corps circuit battalion airborne infantry cavalry district squadron wing"
)
# Words of two people's names run on: given name and surname twice.
_RUN_ON_WORDS = 4
# British parties named alone as actors.
UK_PARTIES = frozenset({"Labour", "Conservatives", "Tories", "Lib Dems", "Liberal Democrats"})
# A party's name as a descriptor: "Labour spokesman", "Conservative leader" (the party, no actor).
_DESCRIPTOR = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{_ROLE}|party|parties|government|politicians?|candidates?|mps?|MPs?|rivals?|"
    rf"leaders|lawmakers|legislators|voters|nominees?|hopefuls?)\b"
    # Or a compound, or an office's title: "GOP-dominated", "Kentucky GOP Gov. Matt Bevin".
    r"|-[a-z]|\s+(?:Gov|Sen|Rep|Governor|Senator|Congressman|Congresswoman|Speaker)\b"
)
# Parties a name's form says are the party: the UK's named alone, and "GOP", which is one as a descriptor.
_DESCRIBED = frozenset({*UK_PARTIES, "GOP"})
# A sentence's opening just before a word: the paragraph's start or a full stop.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|[.!?][\"”’]\s+)$")


def kinds_by_evidence(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with mastheads, members' bodies and parties made organisations,
    events made no people and a story's opening credit dropped."""
    members = _members_named(mentions, paragraphs, gaz)
    out = []
    for i, m in enumerate(mentions):
        if m.paragraph >= 0 and (_credit(m, paragraphs[m.paragraph]) or _no_body(m, paragraphs[m.paragraph])):
            continue
        if m.kind != "organization" and (i in members or _masthead(m.text, gaz) or _party(m, paragraphs)):
            out.append(dataclasses.replace(m, kind="organization", person_cue=False, otherwise=None))
        elif m.kind in ("person", None) and fold_name(m.text.rsplit(maxsplit=1)[-1]) in EVENT_WORDS:
            out.append(dataclasses.replace(m, kind=None, person_cue=False, otherwise=None))
        else:
            out.append(m)
    return out


def split_run_on_people(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Return the mentions with four words that are two people's names run on split in two."""
    out: list[Mention] = []
    for m in mentions:
        parts = m.text.split()
        if m.paragraph < 0 or m.kind not in ("person", None) or len(parts) != _RUN_ON_WORDS:
            out.append(m)
            continue
        given = [p in gaz.given_names for p in parts]
        second = paragraphs[m.paragraph].find(parts[2], m.start + len(parts[0]) + len(parts[1]) + 1)
        plain = all(p[:1].isupper() and p.isalpha() and len(p) > 2 for p in parts)  # not "James P. Kennedy Jr."
        if given != [True, False, True, False] or second < 0 or not plain:
            out.append(m)
            continue
        first_end = m.start + len(" ".join(parts[:2]))
        out += [
            dataclasses.replace(m, text=" ".join(parts[:2]), end=first_end),
            dataclasses.replace(m, text=" ".join(parts[2:]), start=second),
        ]
    return out


def _masthead(text: str, gaz: Gazetteer) -> bool:
    """Return True for a town's name and a newspaper's word ("Des Moines Register", "Toronto Sun"), or
    one word that is no given name and a newspaper's word ("Concord Monitor", a town the gazetteer may lack)."""
    *town, last = text.split()
    if town and fold_name(last) in _PLACE_MASTHEAD_WORDS:
        return fold_name(" ".join(town)) in gaz.places
    if not town or fold_name(last) not in MASTHEAD_WORDS:
        return False
    if len(town) == 1:
        return town[0] not in gaz.given_names  # not "Anna Reporter", though a town is named Anna
    return fold_name(" ".join(town)) in gaz.places


def _members_named(mentions: Sequence[Mention], paragraphs: Sequence[str], gaz: Gazetteer) -> set[int]:
    """Return the indexes of names of several words, none a place, a person's own or opened by a given
    name, that a role and a person's name follow ("Calgary Flames right wing Jarome Iginla"); at a
    sentence's opening, only names a town's name opens."""
    people = {(m.paragraph, m.start) for m in mentions if m.kind == "person" or m.person_cue}
    found = set()
    for i, m in enumerate(mentions):
        parts = m.text.split()
        if m.paragraph < 0 or m.kind is not None or m.person_cue or len(parts) < 2 or parts[0] in gaz.given_names:
            continue
        paragraph = paragraphs[m.paragraph]
        # A sentence's first word has a capital whatever it is ("New club coach Ann Lee"): a town's name only.
        if _SENTENCE_OPENS.search(paragraph[: m.start]) and fold_name(parts[0]) not in gaz.places:
            continue
        after = next((p for p in mentions[i + 1 :] if p.paragraph == m.paragraph and p.start >= m.end), None)
        if after and (after.paragraph, after.start) in people and _ROLE_BETWEEN.match(paragraph[m.end : after.start]):
            found.add(i)
    return found


def _no_body(mention: Mention, paragraph: str) -> bool:
    """Return True for an organisation that is none: an office's body word, a party as a descriptor, a
    leak, an event's edition."""
    if mention.kind != "organization":
        return False
    parts = mention.text.split()
    last = fold_name(parts[-1])
    if len(parts) == 1 and last in ORG_CUES and _OFFICE_AFTER.match(paragraph, mention.end):
        return True  # "Cabinet ministers", "non-Cabinet ministers"
    if mention.text in _DESCRIBED and _DESCRIPTOR.match(paragraph, mention.end):
        return True  # "GOP presidential rival", "GOP-dominated", "Labour spokesman"
    if len(parts) > 1 and last in _LEAKS:
        return True
    return (
        bool(_ORDINAL_BEFORE.search(paragraph, max(0, mention.start - 8), mention.start))
        and last not in _NUMBERED_BODIES
    )


def _credit(mention: Mention, paragraph: str) -> bool:
    """Return True for a name in brackets before the dash that opens a story: its wire's credit."""
    return (
        mention.start < _CREDIT_ZONE
        and paragraph[mention.start - 1 : mention.start] == "("
        and bool(_CREDIT.match(paragraph, mention.start - 1))
    )


def _party(mention: Mention, paragraphs: Sequence[str]) -> bool:
    """Return True for a British party's name alone, not where a sentence opens on it ("Labour costs")
    nor as a descriptor before a role ("Labour spokesman", "a Labour party official")."""
    if mention.text not in UK_PARTIES or mention.paragraph < 0:
        return False
    paragraph = paragraphs[mention.paragraph]
    return not _SENTENCE_OPENS.search(paragraph[: mention.start]) and not _DESCRIPTOR.match(paragraph, mention.end)
