"""Attribution written after a quotation: "…,” the army said", "…,” said the spokeswoman, Hua Chunying"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import EntityKind
from .attribution_cues import (
    APPOSED,
    PERSONAL_NAME,
    POSSESSED_ROLE,
    PREPOSITION_LED,
    QUOTED_AS,
    ROLE_THEN_NAME,
    SENTENCE_END_WHO,
    VERB_THEN_WHO,
    WHO_ASIDE_VERB,
    WHO_ROLE_VERB,
    WHO_THEN_VERB,
)
from .cues import STOPWORDS
from .quote_context import Found, MentionIndex
from .quote_cues import UNNAMED_ROLES
from .quote_spans import Span, sentence_end, sentence_start
from .speaker_names import NOT_NAME_WORDS
from .speaker_sources import singular_role
from .speakers import resolve

# A comma before "as saying", read as a space (the same length, so offsets hold).
_COMMA_AS_SAYING = re.compile(r",(\s+as\s+saying\b)")
# A colon and an opening mark after a speech verb: the words it brings in come after it.
_INTRODUCES_NEXT = re.compile(r"(?:\s+[a-z]+){0,3}\s*:\s*[“\"]")
# Words the speaker phrase must not be: the words of a clause, not of a name ("the fighting").
_MAX_WHO_WORDS = 12

Attribution = tuple[str | None, EntityKind | None, str | None]
"""The speaker's name, its kind and the attribution as written ("the army said"), or Nones."""


def speaker_after(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution | None:
    """Return the speaker an attribution after the quotation names ("…,” the army said"), or None."""
    para = paragraphs[span.close_paragraph]
    if span.close_at >= 0 and _ends_sentence_begun_before(span, paragraphs):
        return None
    if span.close_at >= 0:
        # "…,” the Daily Snack quoted a spokesman for the retailer, as saying": the comma set off no aside.
        after = _COMMA_AS_SAYING.sub(r" \1", para[span.close_at : span.close_at + 200])
        for pattern in (VERB_THEN_WHO, WHO_THEN_VERB, WHO_ASIDE_VERB, WHO_ROLE_VERB):
            match = pattern.match(after)
            if match and pattern is VERB_THEN_WHO and match.group("verb").endswith("ing"):
                # "called the indictment a “political trial” saying Israel dug up …": a participle
                # goes with the sentence's subject; the name after it is what it says.
                continue
            if match and _INTRODUCES_NEXT.match(after, match.end("verb")):
                # '“… the death.” He said: “It's not …”': the verb brings in the next quotation, not this one.
                continue
            if match and plausible(match.group("who")) and not PREPOSITION_LED.match(match.group("who")):
                who_start = span.close_at + match.start("who")
                found = (
                    _quoted_as_after(match, who_start, span, mentions)
                    or _named_in_aside(match, span.close_at, span.close_paragraph, mentions)
                    or resolve(match.group("who"), span.close_paragraph, who_start, span, mentions)
                    or _unmade_name(match.group("who"), span.close_paragraph, who_start, mentions)
                    or _unnamed(match)
                )
                if found is not None and (found[1] is None or match.group("who")[:1].islower()):
                    # "“…,” said the friend, Ilona Herman.", "said the spokeswoman, Hua Chunying": the
                    # name in apposition to the role, rather than the body the role was named for; not
                    # one after the verb ("“…,” he told Cook": the listener).
                    verb_at = None if pattern is VERB_THEN_WHO else span.close_at + match.start("verb")
                    found = (
                        _named_after(span.close_paragraph, span.close_at + match.end("who"), mentions, verb_at) or found
                    )
                if found is not None:
                    return (*found, cue(match.group("who"), match.group("verb"), pattern is VERB_THEN_WHO))
        offset = span.close_at
        match = SENTENCE_END_WHO.search(para[offset : sentence_end(para, offset)])
    else:
        # A quotation never closed ("…in the GATT, Lyng said."): the attribution ends its paragraph.
        offset = 0
        match = SENTENCE_END_WHO.search(para, sentence_start(para, len(para) - 1))
    if match is None:
        return None
    who, verb = match.group("who") or match.group("who2"), match.group("verb") or match.group("verb2")
    who_start = offset + (match.start("who") if match.group("who") else match.start("who2"))
    found = resolve(who, span.close_paragraph, who_start, span, mentions) if plausible(who) else None
    if (found is None or found[1] is None) and match.group("apposition") and who[:1].islower():
        start, end = offset + match.start("apposition"), offset + match.end("apposition")
        people = [m for m in mentions.overlapping(span.close_paragraph, start, end) if m.kind == "person"]
        found = (people[0].name, "person") if people else found
    return (*found, cue(who, verb, bool(match.group("verb")))) if found is not None else None


def _ends_sentence_begun_before(span: Span, paragraphs: Sequence[str]) -> bool:
    """Return True for words opened inside a sentence and closing it: what follows is a sentence of its own.

    "The statement claimed the two had “come to terms on a licensing agreement.” The agreement
    maintained …": the words are the statement's; the next sentence's subject did not speak them.
    """
    opening = paragraphs[span.paragraph]
    lead = opening[sentence_start(opening, span.open_at) : span.open_at]
    if not any(c.isalpha() for c in lead):
        return False  # "“We won.” Smith said.": the words are a sentence, the one after may attribute them
    words = span.parts[-1][1].rstrip() if span.parts else ""
    after = paragraphs[span.close_paragraph][span.close_at :]
    return words.endswith((".", "!", "?")) or after.startswith(".")


def _quoted_as_after(match: re.Match[str], who_start: int, span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom the words after a quotation quote: "“…”, it cited him as saying" is his, not the agency's."""
    quoted = QUOTED_AS.search(match.group("who") + " ") if match.group("verb") == "saying" else None
    if quoted is None:
        return None
    found = resolve(quoted.group("who"), span.close_paragraph, who_start + quoted.start("who"), span, mentions)
    return found if found is not None and found[0] is not None else None


def _named_after(paragraph: int, at: int, mentions: MentionIndex, verb_at: int | None = None) -> Found | None:
    """Return the person named in apposition right after a speaker phrase: ", Ilona Herman"; before the verb
    at verb_at when the verb comes after the phrase."""
    text = mentions.texts[paragraph] if mentions.texts else ""
    comma = APPOSED.match(text, at)
    if comma is None or (verb_at is not None and comma.end() > verb_at):
        return None
    people = [m for m in mentions.overlapping(paragraph, comma.end(), comma.end() + 1) if m.kind == "person"]
    if people and people[0].start == comma.end():
        return people[0].name, "person"
    # "said the Alpes-Maritimes sub-prefect, Sbastien Humbert.": a name the entity finder did not make.
    name = PERSONAL_NAME.match(text, comma.end())
    if name is None or mentions.overlapping(paragraph, name.start(), name.end()) or not _name_words(name.group()):
        return None
    return name.group(), "person"


def _unmade_name(who: str, paragraph: int, who_start: int, mentions: MentionIndex) -> Found | None:
    """Return the name after role words that no entity was made of: "said planetary geologist Rosaly Lopes"."""
    found = ROLE_THEN_NAME.match(" ".join(who.split()))
    if found is None or not _name_words(found.group("name")):
        return None
    if mentions.overlapping(paragraph, who_start, who_start + len(who)):
        return None  # a name the entity finder read otherwise ("said industry regulator Ofcom Board")
    return found.group("name"), "person"


def _unnamed(match: re.Match[str]) -> Found | None:
    """Return a lower-case speaker phrase right by the quotation that names no one ("…,” residents said").

    It is an attribution all the same: the words are not the previous speaker's going on.
    """
    who = " ".join(match.group("who").split())
    words = who.split()
    if match.re not in (VERB_THEN_WHO, WHO_THEN_VERB) or not words:
        return None
    # "one resident who lost her home told", "residents said", "a man who gave only his first name".
    plural = len(words) == 1 and words[0].isalpha() and words[0].endswith("s") and words[0] not in STOPWORDS
    unnamed = words[0] in _UNNAMED_OPENINGS or plural
    if unnamed and who.islower():
        return who, None
    # "a Number 10 spokesman said", "Downing Street's spokesman said": someone unnamed of a body no entity was
    # made of speaks; not a person named earlier in the story, whose words the quotation does not go on with.
    return (who, None) if singular_role(words[-1].lower()) in UNNAMED_ROLES else None


# Words opening a phrase for people the story leaves unnamed.
_UNNAMED_OPENINGS = frozenset({"a", "an", "one", "another", "some", "several", "many", "two", "three", "other"})


def _name_words(name: str) -> bool:
    """Return True when no word of a capitalised run is a title, a month or a function word ("Monday Morning")."""
    return not any(word.lower().rstrip(".") in NOT_NAME_WORDS for word in name.split())


def _named_in_aside(match: re.Match[str], offset: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return the person an aside names after a role: "“…,” a local member of parliament, Eric Ciotti, told"."""
    who = match.group("who").strip()
    # "Bruce Steinberg’s sister, Tamara Steinberg Jacobson, wrote": a role, even after a possessive.
    if match.re is not WHO_ASIDE_VERB or (who[:1].isupper() and not POSSESSED_ROLE.search(who)):
        return None
    start, end = offset + match.end("who"), offset + match.start("verb")
    people = [m for m in mentions.overlapping(paragraph, start, end) if m.kind == "person" and m.start >= start]
    return (people[0].name, "person") if people else None


def cue(who: str, verb: str, verb_first: bool) -> str:
    """Return the attribution as written ("the army said", "said analyst Sam Heller")."""
    parts = (verb, who.rstrip(" .,;:")) if verb_first else (who, verb)
    return " ".join(" ".join(parts).split())


def plausible(who: str) -> bool:
    """Return True for a phrase short enough to name a speaker."""
    words = who.split()
    return 0 < len(words) <= _MAX_WHO_WORDS
