"""Attribution by a verb of opinion: "Lewis Ward, an analyst at the firm, sees the lineup as its “Achilles heel”",
"Matt Baylis in the Daily Express felt the show was “impossible to watch”".

No speech verb says who spoke, but the sentence's subject judges something and the quotation is the judgement,
a few words after the verb. The subject must be named where the sentence opens: a pronoun ("He felt …") is left
to the rules that follow pronouns, and an unnamed subject ("Critics see it as “lame”") names no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution_after import Attribution, cue
from .quote_context import MentionIndex
from .quote_spans import Span, sentence_start

_OPINION_VERB = re.compile(
    r"\b(?:sees|saw|felt|feels|finds|found|considers|considered|deems|deemed|thinks|thought|believes|believed)\b"
)
# Most words between the verb and the quotation ("sees Stadia's lineup as its"), and before the subject's name
# in its sentence ("Critic Matt Baylis").
_OBJECT_WORDS = 6
_WORDS_BEFORE_NAME = 2


def opinion_speaker(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution | None:
    """Return the person or body named as the subject of an opinion verb just before the quotation, or None."""
    para = paragraphs[span.paragraph]
    start = sentence_start(para, span.open_at)
    verbs = list(_OPINION_VERB.finditer(para, start, span.open_at))
    if not verbs or len(para[verbs[-1].end() : span.open_at].split()) > _OBJECT_WORDS:
        return None
    verb = verbs[-1]
    named = [
        m
        for m in mentions.overlapping(span.paragraph, start, verb.start())
        if start <= m.start and m.end <= verb.start() and m.kind != "place"
    ]
    if not named:
        return None
    subject = named[0]
    opening = para[start : subject.start]
    if len(opening.split()) > _WORDS_BEFORE_NAME or any(mark in opening for mark in ',;:“”"'):
        return None
    return subject.name, subject.kind, cue(para[subject.start : subject.end], verb.group(0), False)
