"""Sentence openings that say whose the words in marks are: a participle of naming ("Calling it a “sad day for
democracy”, Brown praised …" gives them to the subject of the clause after the participle's phrase, who names it so)
and an outlet's editorial or article ("An editorial in the Daily Star points out that … “…”": the outlet's)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution_after import Attribution, cue
from .quote_context import MentionIndex
from .quote_cues import MEDIA_NOUNS
from .quote_spans import Span, sentence_end, sentence_start
from .speaker_bodies import last_org_before
from .speakers import resolve

# A participle of naming or judging opening a sentence, maybe after an adverb: "Calling it", "Describing the
# attack as", "Angrily branding them".
_NAMING = re.compile(
    r"(?:[A-Z][a-z]+ly,?\s+)?(?:[Cc]alling|[Dd]escribing|[Dd]ubbing|[Tt]erming|[Bb]randing|[Ll]abell?ing|[Hh]ailing)\b"
)
# The subject after the comma closing the participle's phrase: a pronoun, or up to three words before the name.
_PRONOUN = re.compile(r"(?P<who>[Hh]e|[Ss]he|[Tt]hey)\b")
_NAME_LEAD = 40
_COMMA = re.compile(r",[”\"]?\s+")


def participle_speaker(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution | None:
    """Return the subject of the main clause when the quotation stands in a sentence-opening participle's phrase."""
    para = paragraphs[span.paragraph]
    start = sentence_start(para, span.open_at)
    if span.close_at < 0 or span.close_paragraph != span.paragraph or not _NAMING.match(para, start):
        return None
    end = sentence_end(para, span.close_at)
    # The comma closing the phrase, inside the closing mark or after it ('… democracy,” Brown', '… Pakistan”, Brown').
    for comma in _COMMA.finditer(para, max(0, span.close_at - 2), end):
        if comma.start() >= span.close_at and mentions.quoted_at(span.paragraph, comma.start()):
            continue  # a comma inside a later quotation of the phrase
        return _subject_at(para, comma.end(), span, mentions)
    return None


def _subject_at(para: str, at: int, span: Span, mentions: MentionIndex) -> Attribution | None:
    """Return the person or body opening the clause at an offset, or whom its pronoun stands for."""
    pronoun = _PRONOUN.match(para, at)
    if pronoun is not None:
        found = resolve(pronoun["who"].lower(), span.paragraph, at, span, mentions)
        return (*found, cue(pronoun["who"], "calling", False)) if found and found[0] is not None else None
    named = [
        m
        for m in mentions.overlapping(span.paragraph, at, at + _NAME_LEAD)
        if m.start >= at and m.kind != "place" and not para[at : m.start].strip(" ")[:1].islower()
    ]
    if not named or para[named[0].end : named[0].end + 2] in ("'s", "’s"):
        return None
    return named[0].name, named[0].kind, cue(named[0].name, "calling", False)


# A piece of an outlet opening the sentence: "An editorial in Lebanon's French-language daily, L'Orient le Jour,
# today notes that …", "The paper's editorial adds: …".
_PIECE = r"(?:editorial|leader|column|commentary|op-ed|article)"
_PIECE_IN = re.compile(rf"(?:[A-Z][a-z]+,?\s+)?(?:An?|The)\s+{_PIECE}\s+(?:in|of)\s+")
_PIECE_OF = re.compile(rf"(?:[A-Z][a-z]+,?\s+)?The\s+(?P<noun>{'|'.join(sorted(MEDIA_NOUNS))})['’]s\s+{_PIECE}\b")


def outlet_piece_speaker(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution | None:
    """Return the outlet whose editorial or article opens the quotation's sentence as its subject."""
    para = paragraphs[span.paragraph]
    start = sentence_start(para, span.open_at)
    opening = _PIECE_IN.match(para, start)
    if opening is not None:
        # The outlet named last before the words ("Lebanon's French-language daily, L'Orient le Jour"); none when
        # the piece names a person, whom it may quote.
        named = [
            m
            for m in mentions.overlapping(span.paragraph, opening.end(), span.open_at)
            if m.start >= opening.end() and m.kind != "place" and not mentions.is_quoted(m)
        ]
        if not named or any(m.kind == "person" for m in named):
            return None
        return named[-1].name, named[-1].kind, opening.group().strip() + " " + named[-1].name
    owned = _PIECE_OF.match(para, start)
    if owned is None:
        return None
    outlet = last_org_before(span.paragraph, start, mentions, owned["noun"])
    return (outlet, "organization", owned.group().strip()) if outlet else None
