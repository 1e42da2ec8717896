"""Direct quotations and their speakers, also when a quotation runs over several paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import EntityKind, Quote
from .attribution import attribute
from .interviews import find_interview
from .mentions import Resolved
from .quote_context import MentionIndex
from .quote_spans import Span, find_spans, plain_marks, sentence_start
from .speaker_names import fuller_names, name_parts_as_people
from .speaker_surnames import lone_people, other_bearers, surnames_alone

_MIN_WORDS = 2
# Words between two quotations of a paragraph that name the second one's own source.
_ANOTHER_SOURCE = re.compile(r"\baccording to\b", re.IGNORECASE)
"""Fewer words is a scare-quoted word or a title ("outrageous"), not someone's words."""


def find_quotes(paragraphs: Sequence[str], resolved: Sequence[Resolved], headline: str = "") -> tuple[Quote, ...]:
    """Return every direct quotation with its speaker resolved where the text says who.

    A quotation running over several paragraphs gives one quote per paragraph, all the speaker's;
    the attribution as written goes with the first.
    """
    marked = plain_marks(paragraphs)
    spans = find_spans(paragraphs, marked)
    if not spans:
        return ()
    mentions = MentionIndex(
        other_bearers(surnames_alone(lone_people(name_parts_as_people(resolved, marked), marked), marked), marked),
        marked,
        spans,
    )
    interview = find_interview(marked, mentions)
    said: list[tuple[Span, str | None, EntityKind | None, str | None]] = []
    previous_close = (-9, 0)
    last: tuple[str | None, EntityKind | None] = (None, None)
    for span in spans:
        if len(span.text.split()) < _MIN_WORDS:
            # No quotation, but '“Today,” he said. “It's a second life …”': the words after are the same speaker's.
            one = attribute(span, marked, mentions) if _opens_before_another(span, spans) else (None, None, None)
            if one[1] is not None and one[2] is not None:
                last, previous_close = (one[0], one[1]), (span.close_paragraph, span.close_at)
            continue
        speaker, kind, cue = attribute(span, marked, mentions)
        if cue is None and _label_words(span.text):
            # 'assailed Williams as part of the “Never Trumpers”': a nickname, no one's words.
            said.append((span, None, None, None))
            continue
        if cue is None and interview is not None and span.paragraph in interview.answers:
            # A quoted answer to a question of an interview: the guest's words.
            speaker, kind = interview.guest, "person"
        elif cue is None and last[0] and _continues(span, previous_close, marked):
            # An unattributed quotation right after a speaker's words is more of the same speaker's words.
            speaker, kind = last
        elif said and _pronoun_goes_on(cue, said[-1], span, mentions):
            # '“…,” campaigner Sakyo Noda said.' then '“…,” he said.': no one else named between.
            speaker, kind = said[-1][1], said[-1][2]
        said.append((span, speaker, kind, cue))
        last, previous_close = (speaker, kind), (span.close_paragraph, span.close_at)
    # "said Ashish Arora" where the entity finder kept "Arora": the name as the story writes it in full.
    # A surname the body never completes, the full name in the headline: "Karl Osterby quits" over "Osterby said".
    names = fuller_names([(speaker, kind, cue) for _, speaker, kind, cue in said], mentions, headline)
    said = [(span, *name, cue) for (span, _, _, cue), name in zip(said, names, strict=True)]
    quotes: list[Quote] = []
    for number, (span, speaker, kind, cue) in enumerate(said):
        following = said[number + 1] if number + 1 < len(said) else None
        who, what = speaker, kind
        if speaker is None and following is not None and _reopened(span, following[0]):
            # '"We've had success with Dell, EMC's Treide said, "and we plan to go on."': the words
            # before a mark that closes one quotation and opens the next are the next one's speaker's.
            who, what = following[1], following[2]
        quotes += [
            Quote(words.rstrip(" ,"), who, what, None if part else cue, paragraph)
            for part, (paragraph, words) in enumerate(span.parts)
        ]
    return tuple(quotes)


# A pronoun's attribution ("he said", "said she", "she added"), or a role that adds to what was
# said ("added the four-times champion", "the veteran added").
_PRONOUN_CUE = re.compile(
    r"^(?:(?P<a>[Hh]e|[Ss]he) \w+|\w+ (?P<b>he|she)"
    r"|add(?:ed|s) the (?:[\w-]+ ){0,2}(?P<role>[\w-]+)|the (?:[\w-]+ ){0,2}(?P<role2>[\w-]+) add(?:ed|s))$"
)
_GENDER = {"he": "m", "she": "f", None: None}


def _pronoun_goes_on(
    cue: str | None,
    previous: tuple[Span, str | None, EntityKind | None, str | None],
    span: Span,
    mentions: MentionIndex,
) -> bool:
    """Return True when "he said" or "added the coach" follows the previous speaker, no one else named between.

    The previous quotation stands in the same paragraph or the one before and its own attribution
    names its speaker (not a continuation); a person known to be of the other sex does not qualify.
    """
    match = _PRONOUN_CUE.match(cue or "")
    before, name, kind, before_cue = previous
    # '“… over.” He said it sped up': a capital opens a new sentence after the words, of someone else maybe.
    capital = bool(cue) and str(cue)[:1].isupper() and not _opens_own_sentence(str(cue), span, mentions)
    if match is None or name is None or before_cue is None or kind == "place" or capital:
        return False
    # "a spokesman for Acme said" then "the spokesman added": the role the quotation before named, Acme's.
    role = match.group("role") or match.group("role2")
    named_role = bool(role) and re.search(rf"\b{re.escape(str(role))}\b", before_cue) is not None
    if kind != "person" and not (named_role or re.search(rf"\b[a-z]+ {re.escape(name)}\b", before_cue)):
        # "“…,” Acme said.": a body is no "he"; "campaigner Sakyo Noda said" names someone in a role.
        return False
    if span.paragraph - before.close_paragraph > 1 or before.close_at < 0:
        return False
    pronoun = match.group("a") or match.group("b")
    gender = _GENDER[pronoun.lower() if pronoun else None]
    if gender is not None and mentions.genders.get(name, gender) != gender:
        return False
    for m in mentions.before(span.paragraph, span.open_at):
        if (m.paragraph, m.start) < (before.close_paragraph, before.close_at):
            break
        if m.kind == "person" and m.name != name and not mentions.is_quoted(m):
            return False
    return True


def _opens_own_sentence(cue: str, span: Span, mentions: MentionIndex) -> bool:
    """Return True when the attribution opens the quotation's own sentence ("He said the crews had …, “…”")."""
    if not mentions.texts:
        return False
    text = mentions.texts[span.paragraph]
    return text[sentence_start(text, span.open_at) : span.open_at].startswith(cue)


# Small words a name in capitals may hold ("Curse of the Bambino").
_NAME_PARTICLES = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "de"})
# Most words of a nickname or label in quotation marks.
_LABEL_WORDS = 3


def _label_words(text: str) -> bool:
    """Return True for two or three capitalised words and no stop ("Never Trumpers"): a nickname, not a saying."""
    words = text.strip().split()
    return (
        2 <= len(words) <= _LABEL_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
        and not any(mark in text for mark in ".!?,;:")
    )


def _opens_before_another(span: Span, spans: Sequence[Span]) -> bool:
    """Return True when another quotation opens in the paragraph of a quotation's close, after it."""
    return any(o.paragraph == span.close_paragraph and o.open_at >= span.close_at for o in spans)


def _reopened(span: Span, following: Span) -> bool:
    """Return True when one mark closes a quotation and opens the next."""
    return following.paragraph == span.close_paragraph and following.open_at == span.close_at - 1


def _continues(span: Span, previous_close: tuple[int, int], paragraphs: Sequence[str]) -> bool:
    """Return True when a quotation follows the previous one in its paragraph or opens the next."""
    para, close_at = previous_close
    if span.paragraph == para:
        # "… dismissed it as “nothing concrete.” According to their report, “…”": another source.
        return not _ANOTHER_SOURCE.search(paragraphs[para][close_at : span.open_at])
    return span.paragraph == para + 1 and span.open_at <= 1
