"""A speaker described by a career rather than named, and sources that speak for no one they are close to.

Sports copy names a player or manager, then refers back to him by the sides he played for: "… taken by his
assistant Joe Jordan. “…,” the former Manchester United and Leeds striker said". The clubs do not speak: the
person does, the one named just before, of whom the description tells something new. "Sources close to EMI
hinted" are no spokespeople of EMI: the story names none of them; nor are "Aviation analysts", a field's word
opening a sentence that the entity finder took for a body's name.
"""

from __future__ import annotations

import re

from .quote_context import Found, MentionIndex, person_referent, role_holder
from .quote_cues import PERSON_BACK_REFERENCES
from .quote_spans import Span

# Most words of a role's back-reference the role rules read ("the Kansas Republican senator said"): a longer
# description is read here.
ROLE_WORDS = 5
# Most words of a career description ("the former Manchester United and FC Barcelona striker").
_CAREER_WORDS = 8
# Lower-case words a role may hold before the names that qualify it ("the former Manchester United striker").
_MODIFIERS = frozenset({"former", "ex", "onetime", "longtime", "veteran", "then", "and", "&"})
_OWNED = re.compile(r"['’]s\b")


def career_referent(who: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return the person "the former Manchester United and Leeds striker" stands for, or None for other phrases.

    The person the story named with that role, else the last person named before the words in their paragraph
    or the one before, else the person "he" stands for.
    """
    role = _career_role(who.split())
    if role is None:
        return None
    holder = role_holder(span.paragraph, span.open_at, mentions, role)
    if holder is not None:
        return holder, "person"
    nearest = _nearest_person(span, mentions)
    if nearest is not None:
        return nearest
    found = person_referent(span.paragraph, span.open_at, mentions)
    return found if found[0] is not None else None


def _career_role(words: list[str]) -> str | None:
    """Return the role of "the former Manchester United and Leeds striker", too long for a role's back-reference.

    Every word between "the" and the role is a capitalised name's or one of a few modifiers, one at least a
    name's; no possessive ("the club's former striker" is read otherwise).
    """
    lowered = [w.lower() for w in words]
    if not ROLE_WORDS < len(words) <= _CAREER_WORDS or lowered[0] != "the" or _OWNED.search(" ".join(words)):
        return None
    middle = words[1:-1]
    if lowered[-1] not in PERSON_BACK_REFERENCES or not any(w[:1].isupper() for w in middle):
        return None
    return lowered[-1] if all(w[:1].isupper() or w.lower() in _MODIFIERS for w in middle) else None


def _nearest_person(span: Span, mentions: MentionIndex) -> Found | None:
    """Return the last person named outside quotation marks before a quotation, in its paragraph or the one before."""
    for m in mentions.before(span.paragraph, span.open_at):
        if m.paragraph < span.paragraph - 1:
            break
        if m.kind == "person" and not mentions.is_quoted(m):
            return m.name, "person"
    return None


# Unnamed sources "close to" a person or body: "Sources close to EMI", "a person close to the talks".
_CLOSE_TO = re.compile(
    r"^(?:(?:a|an|one|some|two|three|several|many|other|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?:sources?|people|persons?|someone|insiders?|friends?|officials?|aides?)\s+close\s+to\b",
    re.IGNORECASE,
)


def close_source(who: str) -> Found | None:
    """Return unnamed sources close to someone ("Sources close to EMI hinted") as the phrase, of no kind: no one
    named speaks. None for other phrases."""
    phrase = " ".join(who.split())
    return (phrase, None) if _CLOSE_TO.match(phrase) else None


# Plural roles of people a field's word qualifies ("Aviation analysts", "Industry experts"): unnamed.
_FIELD_GROUPS = frozenset(
    {"analysts", "experts", "observers", "watchers", "commentators", "economists", "strategists", "specialists"}
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"”’]?\s+)$")


def field_group(who: str, paragraph: int, start: int, mentions: MentionIndex) -> Found | None:
    """Return "Aviation analysts called it …" as the phrase, of no kind, else None.

    Two words opening a sentence, a capitalised word the story writes nowhere else and a plural of people
    of a trade: the word is a field's, no body the story names ("Goldman Sachs analysts" is read otherwise).
    """
    words = who.split()
    if len(words) != 2 or words[1] not in _FIELD_GROUPS or not words[0].isalpha() or not mentions.texts:
        return None
    if not _SENTENCE_OPEN.search(mentions.texts[paragraph][:start]):
        return None
    written = re.compile(rf"\b{re.escape(words[0])}\b")
    if sum(len(written.findall(text)) for text in mentions.texts) != 1:
        return None
    return " ".join(words), None
