"""Question-and-answer interviews: the quoted answers after each question are the interviewee's.

Web pages run interviews as an introduction naming the guest, then questions set as plain
paragraphs ending with a question mark, each answered by a paragraph in quotation marks with no
attribution ("What exactly are you up to?" / "“We take a look at …”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .quote_context import MentionIndex

# Fewest question-and-answer pairs that make a page an interview.
_MIN_PAIRS = 2
# Longest question, in words: a paragraph of prose that ends with a question is not one.
_MAX_QUESTION_WORDS = 40
_MARKS = "“”\"‘'`"
# Double marks: a question holding none is the interviewer's (apostrophes aside: "That's got to be").
_DOUBLE_MARKS = '“”"`'
# An appositive naming the guest's role after the name: "Dave Berry, the host of …".
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s")


@dataclass(frozen=True)
class Interview:
    """Who answers, and the paragraphs that answer a question."""

    guest: str
    answers: frozenset[int]


def find_interview(paragraphs: Sequence[str], mentions: MentionIndex) -> Interview | None:
    """Return the interview a page runs, or None when it is not one."""
    answers = [i + 1 for i in range(len(paragraphs) - 1) if _question(paragraphs[i]) and _answer(paragraphs[i + 1])]
    if len(answers) < _MIN_PAIRS:
        return None
    guest = _guest(answers[0] - 1, answers, mentions)
    return Interview(guest, frozenset(answers)) if guest else None


def _question(paragraph: str) -> bool:
    text = paragraph.strip()
    plain = not any(mark in text for mark in _DOUBLE_MARKS)
    return text.endswith("?") and plain and len(text.split()) <= _MAX_QUESTION_WORDS


def _answer(paragraph: str) -> bool:
    return paragraph[:1] in _MARKS


def _guest(first_question: int, answers: Sequence[int], mentions: MentionIndex) -> str | None:
    """Return the person the introduction names who is not talked about in the answers.

    The guest speaks in the first person, so the answers name everyone but them; among several,
    one introduced with a role ("Dave Berry, the host of …"), else the last named.
    """
    named_in_answers = {m.name for i in answers for m in mentions.paragraph(i)}
    intro = [
        m
        for i in range(first_question)
        for m in mentions.paragraph(i)
        if m.kind == "person" and m.name not in named_in_answers
    ]
    if not intro:
        return None
    with_role = [m for m in intro if _APPOSITIVE.match(mentions.texts[m.paragraph], m.end)]
    return (with_role or intro)[-1].name
