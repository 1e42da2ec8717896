"""Reports that speak for whoever issued them: "X said in a new report …" then "“…,” the report stated"."""

from __future__ import annotations

import re

from .cues import SPEECH_VERBS
from .quote_context import Found, MentionIndex
from .quote_spans import Span, sentence_end

# Nouns of a document a person or a body issues and the story goes on to quote.
REPORTS = frozenset({"report", "study", "review"})
# Words before the noun in a phrase that refers back to such a document: "the report", "the 20-page
# report", "The prior report", "his previous report"; not a report named for its first time ("a report").
_BACK_TO_REPORT = re.compile(
    r"(?:the|its|his|her|their)(?:\s+(?:[\w-]+))?\s+(?P<noun>report|study|review)", re.IGNORECASE
)
# What follows the issuer's name in the sentence that brings the document in: "said in a new report",
# "wrote in its annual review" (an aside between: "Ban Ki-moon, the UN chief, said in a report").
_ISSUED_IN = re.compile(
    rf"^(?:,[^,“”\"]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS})\s+(?:on\s+\w+\s+)?in\s+(?:a|an|the|its|his|her|their)"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>report|study|review)\b"
)


def report_issuer(who: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return who issued the report a speaker phrase refers back to ("the report stated"), else None.

    The last person or body the story says spoke "in a … report" before the quotation, outside any
    quotation's words: "Secretary-General Ban Ki-moon said in a new report …" then "the 20-page
    report noted that “…”" and "The prior report also asked …" are his words. A report the story
    names no issuer for ("according to reports received by …") gives None, as does a phrase naming
    a report for the first time ("a report said").
    """
    found = _BACK_TO_REPORT.fullmatch(" ".join(who.split()))
    if found is None or not mentions.texts:
        return None
    for m in mentions.before(span.paragraph, span.open_at):
        if m.kind == "place" or mentions.is_quoted(m):
            continue
        text = mentions.texts[m.paragraph]
        issued = _ISSUED_IN.match(text[m.end : sentence_end(text, m.end)])
        if issued is not None and issued.group("noun") == found.group("noun").lower():
            return m.name, m.kind
    return None
