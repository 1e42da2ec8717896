"""Attribution: the words around a quotation that say who spoke it ("…,” the army said", "X said: “…”")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution_after import Attribution, cue, plausible, speaker_after
from .attribution_cues import (
    ACCORDING_BEFORE,
    ASIDE_END,
    BODY_SUBJECT,
    CLAUSE_END_MARK,
    DASH_ASIDE,
    INTRODUCED_BY_VERB,
    LEADING_CLAUSE,
    MAX_VERB_TO_QUOTE,
    POSSESSIVE_PRONOUN,
    QUOTED_AS,
    REPORTING_VERB,
    ROLE_GAP,
    ROLE_OPENING,
    ROLE_SUBJECT,
    SPEAKS_AFTER,
    SPOKEN_FOR_AFTER,
    SUBJECT_PRONOUN,
    VERB_WORD,
)
from .attribution_lines import headline_line, named_inside, opens_line, title_case
from .attribution_nouns import noun_speaker
from .attribution_opinions import opinion_speaker
from .attribution_participles import outlet_piece_speaker, participle_speaker
from .mentions import Resolved
from .named_subjects import clause_subject, first_named, subject_before
from .quote_context import Found, MentionIndex, last_subject_before, person_referent, role_referent
from .quote_cues import CLAUSE_WORDS
from .quote_spans import Span, sentence_start
from .speaker_bodies import last_org_before
from .speakers import resolve


def attribute(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution:
    """Return the speaker, its kind and the attribution as written, or Nones."""
    para = paragraphs[span.paragraph]
    start = sentence_start(para, span.open_at)
    before = para[start : span.open_at]
    piece = outlet_piece_speaker(span, paragraphs, mentions)  # "An editorial in the Daily Star notes that “…”"
    if piece is not None:
        return piece
    if INTRODUCED_BY_VERB.search(before):
        # "he asked …, called Omar a “terrorist” and said, “…,” the prosecutor's office said": the
        # words are the speaker's the verb right before them names; the office only reports them.
        found_before = _speaker_before(before, start, span, mentions)
        if found_before is not None:
            return found_before
    found_after = (
        participle_speaker(span, paragraphs, mentions)
        or speaker_after(span, paragraphs, mentions)
        or noun_speaker(span, paragraphs, mentions)
    )
    if found_after is not None:
        return found_after
    found_before = _speaker_before(before, start, span, mentions) or opinion_speaker(span, paragraphs, mentions)
    if found_before is not None:
        return found_before
    return _earlier_speaker(span, paragraphs, mentions)


def _named_before_role(head: str, who_start: int, offset: int, paragraph: int, mentions: MentionIndex) -> Found | None:
    """Return the person named just before a role that has no closing comma: "Jo Ames, a director of Acme said:"."""
    if not ROLE_OPENING.match(head, who_start):
        return None
    comma = head[:who_start].rstrip()
    if not comma.endswith(","):
        return None
    end = offset + len(comma) - 1
    people = [m for m in mentions.overlapping(paragraph, end - 1, end) if m.kind == "person" and m.end == end]
    return (people[0].name, "person") if people else None


def _speaker_before(before: str, offset: int, span: Span, mentions: MentionIndex) -> Attribution | None:
    """Return the speaker named before the quotation: the subject of the speech verb nearest to it."""
    verbs = list(VERB_WORD.finditer(before))
    if not verbs or len(before) - verbs[-1].end() > MAX_VERB_TO_QUOTE:
        # "Bernier's spokesperson, Neil Hrab, repeated the lines in an email: “…”": a colon
        # introduces the words of the sentence's subject.
        if before.rstrip().endswith(":"):
            found = _sentence_subject(span.paragraph, offset, before, mentions)
        else:
            # "Warming to the theme, he expanded, “…”": a pronoun and its verb, alone in their clause, then the words.
            pronoun = _PRONOUN_THEN_VERB.search(before)
            found = (
                resolve(pronoun["who"].lower(), span.paragraph, offset + pronoun.start("who"), span, mentions)
                if pronoun
                else None
            )
        return (*found, None) if found is not None else None
    verb = verbs[-1]
    named_after = _speaker_after_verb(before, offset, verb, span, mentions)
    if named_after is not None:
        return named_after
    head = before[: verb.start()]
    # "Nakasone, who has vowed to …, told reporters:": the name before the aside.
    aside = ASIDE_END.search(head)
    if aside and _names_person(aside, offset, span, mentions):
        # "When the exchange announced it, Exchange President Ann Lee, said": no aside, a stray
        # comma; the capitalised phrase holding a person's name is the subject.
        head, aside = head[: aside.end("aside")], None
    who_start = aside.start("who") if aside else _clause_start(head, len(head))
    who = head[who_start:].strip() if not aside else aside.group("who").strip()
    dashed = DASH_ASIDE.match(who)
    who = dashed.group("who") if dashed else who
    if not who:
        if verb.group().endswith("ing"):
            return _adding_speaker(head, offset, span, mentions)
        return _stray_comma_subject(head, offset, span, mentions, verb.group())
    # "Jo Ames, a director of Acme said:": the name before a role whose closing comma is missing.
    found = None if aside else _named_before_role(head, who_start, offset, span.paragraph, mentions)
    found = found or _participle_subject(who, offset + head.index(who, who_start), verb.group(), span, mentions)
    found = found or _subject_of_verb(
        who, offset + head.index(who, who_start), before, offset, span=span, mentions=mentions
    )
    if found is None or found[0] is None:
        return None
    return (*found, cue(who, verb.group(), False))


def _participle_subject(who: str, who_start: int, verb: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom a pronoun opening the clause before a participle stands for, when every name after it is an
    object: "he wrote a letter to Dale Ferris saying “…”" is his, not Ferris's."""
    words = [w.lower() for w in who.split()[:3]]
    while words and words[0] in CLAUSE_WORDS:
        words = words[1:]  # "but he reportedly wrote …"
    if not verb.endswith("ing") or words[:1] not in (["he"], ["she"]) or not mentions.texts:
        return None
    named = mentions.overlapping(span.paragraph, who_start, who_start + len(who))
    if any(m.kind != "place" and mentions.could_be_subject(m) for m in named):
        return None
    found = resolve(words[0], span.paragraph, who_start, span, mentions)
    return found if found is not None and found[0] is not None else None


# A pronoun and a verb in the past opening the sentence or a clause after a comma, then a comma before the
# quotation: "Warming to the theme, he expanded, “…”"; not after "when" or "after" ("When he arrived, “…”").
_PRONOUN_THEN_VERB = re.compile(r"(?:^|,\s+)(?P<who>[Hh]e|[Ss]he)\s+[a-z]{3,}ed,\s*$")
# Most words of a pronoun's verb phrase before a speech verb ("she was later filmed").
_PASSIVE_WORDS = 4


def _stray_comma_subject(head: str, offset: int, span: Span, mentions: MentionIndex, verb: str) -> Attribution | None:
    """Return the person opening a sentence whose one comma stands before its verb, a stray one.

    "Parliament member Tal Ben of the party Yesh Atid, explained that …": his; not a clause set off
    before the subject ("After meeting Tal Ben, officials explained …").
    """
    if "," in head.rstrip().removesuffix(",") or LEADING_CLAUSE.match(head):
        return None
    found = first_named(span.paragraph, offset, offset + len(head), mentions)
    return (found[0], found[1], cue(found[0], verb, False)) if found and found[1] == "person" else None


def _subject_of_verb(
    who: str, who_start: int, before: str, offset: int, *, span: Span, mentions: MentionIndex
) -> Found | None:
    """Return whom the words before a speech verb name: a pronoun's referent, a name, or the sentence's subject."""
    reported = REPORTING_VERB.search(who)
    if (
        reported
        and reported.start() > 0
        and not _names_between(span.paragraph, who_start + reported.end(), who_start + len(who), mentions)
    ):
        # "he said the allies had agreed to “…”": the words are reported by the subject of "said".
        head = who[: reported.start()].rstrip()
        return _subject_of_verb(head, who_start, before, offset, span=span, mentions=mentions)
    last = who.rsplit(maxsplit=1)[-1].lower()
    antecedent = clause_subject(who, who_start, span.paragraph, mentions)
    if antecedent is not None:
        return antecedent
    if last in ("he", "she", "it"):
        # "The staff member recalled that he said, “…”": the pronoun right before the verb.
        return resolve(last, span.paragraph, who_start + who.lower().rindex(last), span, mentions)
    first = who.split(maxsplit=1)[0]
    if first in ("he", "she", "He", "She") and len(who.split()) <= _PASSIVE_WORDS and who[1:] == who[1:].lower():
        # "she was filmed telling the crowd, “…”": the pronoun is the subject of a verb phrase.
        return resolve(first.lower(), span.paragraph, who_start, span, mentions)
    if last in ("and", "but", "then"):
        # "During the call, he asked …, called Omar a “terrorist” and said, “…”": the sentence's subject.
        return _sentence_subject(span.paragraph, offset, before[: who_start - offset + len(who)], mentions)
    found = resolve(who, span.paragraph, who_start, span, mentions) if plausible(who) else None
    if found is None and before.split()[:1] and before.split(maxsplit=1)[0].lower() in ("he", "she"):
        # "He said …, and added: “…”", "He said X was … and said “…”": the sentence's subject.
        found = person_referent(span.paragraph, offset, mentions, before.split(maxsplit=1)[0])
    return found if found is not None else subject_before(span.paragraph, offset, who_start + len(who), mentions)


def _names_between(paragraph: int, start: int, end: int, mentions: MentionIndex) -> bool:
    """Return True when a person or body is named between two offsets of a paragraph."""
    return any(m.kind != "place" and m.start >= start for m in mentions.overlapping(paragraph, start, end))


def _sentence_subject(paragraph: int, offset: int, before: str, mentions: MentionIndex) -> Found | None:
    """Return the subject of the sentence before a quotation: its first pronoun or name, whichever comes first.

    A pronoun stands for whom it refers back to; a name counts only where it could be a subject,
    not a possessor or a preposition's object.
    """
    lead = LEADING_CLAUSE.match(before)
    start = offset + (lead.end() if lead else 0)
    body = BODY_SUBJECT.match(before, start - offset)
    org = last_org_before(paragraph, offset + body.start(), mentions, body.group("noun")) if body else None
    if org is not None:
        return org, "organization"  # "On Monday, the firm released a statement:": the firm named before
    pronoun = SUBJECT_PRONOUN.search(before, start - offset)
    end = offset + (pronoun.start() if pronoun else len(before))
    named = [
        m
        for m in mentions.overlapping(paragraph, start, end)
        if m.start >= start and m.kind != "place" and not mentions.is_quoted(m) and mentions.could_be_subject(m)
    ]
    if named:
        first, text = named[0], mentions.texts[paragraph]
        after = named[1] if len(named) > 1 else None
        if (
            first.kind == "organization"
            and after
            and after.kind == "person"
            and ROLE_GAP.match(text[first.end : after.start])
        ):
            return after.name, "person"  # "State Department spokeswoman Phyllis Oakley … told reporters “…”"
        return first.name, first.kind
    role = ROLE_SUBJECT.search(before, start - offset, end - offset)
    if role is not None:
        # "The 24-year-old singer came to her husband's support …": "her" says a woman is meant.
        possessive = POSSESSIVE_PRONOUN.search(before, role.end())
        gender = {"his": "he", "her": "she"}.get(possessive.group().lower(), "") if possessive else ""
        found = role_referent(paragraph, offset + role.start(), mentions, role.group("role"), gender)
        return found if found[0] is not None else None
    if pronoun is None:
        return None
    word = pronoun.group().lower()
    if word == "it":
        found = last_subject_before(paragraph, offset + pronoun.start(), mentions, "organization")
    else:
        found = person_referent(paragraph, offset + pronoun.start(), mentions, word)
    return found if found[0] is not None else None


def _names_person(aside: re.Match[str], offset: int, span: Span, mentions: MentionIndex) -> bool:
    """Return True when a comma-delimited phrase before the verb opens with a name and holds a person's.

    An aside opens in lower case ("who has vowed to …", "responding to …", "the minister");
    a phrase opening with a capital and naming a person is the speaker itself.
    """
    text = aside.group("aside").strip()
    if not text[:1].isupper():
        return False
    start = offset + aside.start("aside")
    found = mentions.overlapping(span.paragraph, start, offset + aside.end("aside"))
    return any(m.kind == "person" for m in found)


def _speaker_after_verb(
    before: str, offset: int, verb: re.Match[str], span: Span, mentions: MentionIndex
) -> Attribution | None:
    """Return a speaker written after the verb before the quotation: "According to X, “…”", "quoted X as saying"."""
    head = before[: verb.start()]
    according = ACCORDING_BEFORE.search(before)
    if according is not None:
        # "According to the Red Cross, “…”": the source follows the verb.
        who = according.group("who")
        found = resolve(who, span.paragraph, offset + according.start("who"), span, mentions)
        if found is not None and found[0] is not None:
            return (*found, cue(who, "according to", True))
    quoted = QUOTED_AS.search(head) if verb.group() == "saying" else None
    if quoted is not None:
        # "The agency quoted him as saying …": the one quoted speaks, not the one quoting.
        who = quoted.group("who")
        found = resolve(who, span.paragraph, offset + quoted.start("who"), span, mentions)
        if found is not None and found[0] is not None:
            return (*found, cue(who, "quoted as saying", False))
    return None


def _clause_start(text: str, verb_at: int) -> int:
    """Return where the clause holding a verb starts: after the last comma or sentence stop before it."""
    cut = max((m.start() for m in CLAUSE_END_MARK.finditer(text, 0, verb_at)), default=-1)
    return cut + 1


def _adding_speaker(head: str, offset: int, span: Span, mentions: MentionIndex) -> Attribution | None:
    """Return who is "adding" the quotation: the speaker of the verb before it, else the sentence's subject.

    "The Royal Trust president said …, adding …" is the president's; "Coach Pia Lund praised the
    defence, adding: “…”" is the coach's.
    """
    earlier = _speaker_before(head, offset, span, mentions) if VERB_WORD.search(head) else None
    if earlier is not None:
        return earlier
    first = first_named(span.paragraph, offset, offset + len(head), mentions)
    return (*first, "adding") if first is not None else None


def _earlier_speaker(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution:
    """Return a speaker named with a speech verb earlier in the quotation's paragraph ("Lyng said … “…”")."""
    para = paragraphs[span.paragraph]
    candidates = [
        m
        for m in mentions.paragraph(span.paragraph)
        if m.end <= span.open_at
        and m.kind != "place"
        and (SPEAKS_AFTER.match(para[m.end :]) or SPOKEN_FOR_AFTER.match(para[m.end :]))
    ]
    if candidates:
        chosen = candidates[-1]
        return chosen.name, chosen.kind, None
    return _previous_paragraph_subject(span, paragraphs, mentions)


def _previous_paragraph_subject(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution:
    """Return the person a quotation paragraph follows on from, as news writes it.

    "Employers' chairman Jacques Schoufour accused the union of intransigence." then a paragraph
    that is only a quotation: his words. Taken only when the paragraph before holds no quotation
    and names a person first.
    """
    if span.open_at > 1 or span.paragraph == 0:
        return _lead_subject(span, paragraphs, mentions) if span.open_at > 1 else (None, None, None)
    previous = paragraphs[span.paragraph - 1]
    if previous.rstrip().endswith(":"):
        # "The judge in the case, Daniel Perry, reluctantly agreed, with a warning:" then the
        # quotation: the words of that sentence's subject.
        start = sentence_start(previous, len(previous.rstrip()) - 1)
        found = _sentence_subject(span.paragraph - 1, start, previous[start:], mentions)
        if found is not None:
            return (*found, None)
    named = [m for m in mentions.paragraph(span.paragraph - 1) if m.kind != "place"]
    # "State video imagines Ann Marsh staring at …": a title names no speaker; a caption opening on its subject
    # ("Massa left Ferrari in 2014") may.
    title = headline_line(previous) and (not named or not opens_line(previous, named[0].start) or title_case(previous))
    if title or any(mark in previous for mark in ("“", "”", '"')):
        return None, None, None
    text = mentions.texts[span.paragraph - 1] if mentions.texts else previous
    if _club_then_person(named, text):
        named = named[1:]  # "Rams boss Paul Jewell remained confident …": the person, not the club
    if named and _opens_as_body(named[0], named, text):
        # "Sony has also changed its registration system." then "“Starting this beta, …”": a body
        # opening a paragraph that names no one speaks the words after it.
        return named[0].name, "organization", None
    if not named or named[0].kind != "person" or named_inside(named[0].name, span.text):
        # "This contradicts statements by Harper." then "“It was a shock when Harper said …”": not his words.
        return None, None, None
    return named[0].name, "person", None


def _lead_subject(span: Span, paragraphs: Sequence[str], mentions: MentionIndex) -> Attribution:
    """Return the person a paragraph opens on, when a quotation no one is said to speak opens a sentence after.

    "Director Ann Roy is looking forward to the release. “Although the film is …”": her words; not
    when a quotation stands before it in the paragraph, nor when the person is no subject.
    """
    before = paragraphs[span.paragraph][: span.open_at].rstrip()
    if not before.endswith((".", "!", "?")) or any(mark in before for mark in ("“", "”", '"')):
        return None, None, None
    named = [m for m in mentions.paragraph(span.paragraph) if m.kind != "place" and m.end <= span.open_at]
    first = named[0] if named else None
    if first is None or first.kind != "person" or not mentions.texts or first.start > _LEAD_AT:
        return None, None, None
    opens = mentions.is_subject(first) and mentions.opens_sentence(first)
    return (first.name, "person", None) if opens else (None, None, None)


def _club_then_person(named: Sequence[Resolved], text: str) -> bool:
    """Return True when a body, a role and a person open a paragraph as one noun phrase."""
    return (
        len(named) > 1
        and named[0].kind == "organization"
        and named[1].kind == "person"
        and bool(ROLE_GAP.match(text[named[0].end : named[1].start]))
    )


def _opens_as_body(first: Resolved, named: Sequence[Resolved], text: str) -> bool:
    """Return True for an organisation that is a paragraph's subject: first, no possessor, no person named."""
    return (
        first.kind == "organization"
        and first.start <= _PARAGRAPH_SUBJECT_AT
        and text[first.end : first.end + 2] not in ("'s", "’s")
        and not any(m.kind == "person" for m in named)
    )


# Farthest into a paragraph a person's name may start and still open it ("Director ", "Veteran actor ").
_LEAD_AT = 24
# Farthest into a paragraph a body's name may start and still open it ("The ", "But ").
_PARAGRAPH_SUBJECT_AT = 4
