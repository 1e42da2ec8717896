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

from .cues import SPEECH_VERBS
from .gazetteer import Gazetteer
from .mentions import Mention, MentionKind, Resolved
from .name_kinds import ACRONYM, acronym_of, classify, spelled_in_lower_case
from .name_lists import orgs_by_list
from .name_runs import Ctx, capitalised_inside, find_runs
from .teams import as_teams
from .text import fold, sentence_spans
from .title_case import cut_runs, is_title_case

__all__ = ["ACRONYM", "Mention", "MentionKind", "Resolved", "acronym_of", "find_rule_mentions"]

# One capitalised word a speech verb follows, after a lower-case word or punctuation: "Ramos said",
# not the second word of a name ("Bangor Hydro said").
_LONE_SPEAKER = re.compile(rf"(?:^|[,;:”\"’]\s+|\b[a-z][\w’'-]*\s+)([A-Z][a-z’'-]+)\s+(?:{SPEECH_VERBS})\b")
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z]{2,6})\)")


def find_rule_mentions(paragraphs: Sequence[str], gazetteer: Gazetteer) -> list[Mention]:
    """Return the name mentions in paragraphs, found by capitals, gazetteers and cue words."""
    runs = [[run for start, end in sentence_spans(p) for run in find_runs(p, start, end)] for p in paragraphs]
    # Headline-style lines: capitals say nothing there, so only words the prose writes as names stay.
    prose, _ = capitalised_inside(runs)
    titles = [is_title_case(p, prose, gazetteer) for p in paragraphs]
    if any(titles):
        prose, _ = capitalised_inside([r for r, title in zip(runs, titles, strict=True) if not title])
        runs = [cut_runs(r, prose, gazetteer) if title else r for r, title in zip(runs, titles, strict=True)]
    seen_inside, all_runs = capitalised_inside(runs)
    speakers = frozenset(m.group(1) for p in paragraphs for m in _LONE_SPEAKER.finditer(p))
    mentions: list[Mention] = []
    for index, paragraph in enumerate(paragraphs):
        for run in runs[index]:
            current = " ".join(t.text for t in run[0])
            ctx = Ctx(paragraph, index, gazetteer, seen_inside, all_runs, current, speakers)
            mentions += classify(run, ctx)
    # An acronym once spelled out in lower-case words ("deposit taking company (DTC)") names a
    # kind of thing everywhere in the article ("its DTC unit"), not an organisation.
    things = {
        m.group("acr")
        for paragraph in paragraphs
        for m in _BRACKETED_ACRONYM.finditer(paragraph)
        if spelled_in_lower_case(m.group("acr"), paragraph[: m.start() + 1])
    }
    mentions = [m for m in mentions if m.text not in things] if things else mentions
    return orgs_by_list(as_teams(_people_not_towns(mentions, gazetteer), paragraphs, gazetteer), paragraphs)


def _people_not_towns(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions with a town's name made a person's where the story names a person so.

    "President Bush" names a person, so "Bush said" is him, not the town of that name; countries
    and states keep their names ("Jordan", "Georgia").
    """
    people = {m.text.split()[-1] for m in mentions if m.kind == "person" or (m.person_cue and " " in m.text)}
    return [
        dataclasses.replace(m, kind=None, person_cue=True)
        if m.kind == "place" and m.text in people and fold(m.text) not in gazetteer.countries and m.paragraph >= 0
        else m
        for m in mentions
    ]
