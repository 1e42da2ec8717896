"""Who a speaker phrase names: the entity itself, or whom a pronoun, a role or "the company" refers back to."""

from __future__ import annotations

import re

from ..model import EntityKind
from .attribution_cues import AUXILIARY_END, COMPANY_NAME, INTRODUCED, NAME_PHRASE, ROLE_AS_SUBJECT
from .cues import STOPWORDS
from .mentions import Resolved
from .quote_context import Found, MentionIndex, last_subject_before, person_referent, role_holder, role_referent
from .quote_cues import (
    BACK_REFERENCES,
    CLAUSE_WORDS,
    INTRODUCED_ROLES,
    OWN_SPOKESPEOPLE,
    PERSON_BACK_REFERENCES,
    PRONOUNS,
    RELATIVES,
    SOCIAL_PLATFORMS,
    SPEECH_WORDS,
    STAFF,
    STATEMENTS,
    UNNAMED_ROLES,
)
from .quote_spans import Span, sentence_end, sentence_start
from .speaker_bodies import (
    body_written_after_role,
    last_org_before,
    only_body_holding,
    org_containing,
    org_named_in,
    org_of_trade,
    outlet_or_company,
    role_for_body,
)
from .speaker_careers import ROLE_WORDS, career_referent, close_source, field_group
from .speaker_documents import report_issuer
from .speaker_names import named_elsewhere
from .speaker_nationality import described_person, nationality_referent
from .speaker_sources import singular_role, unnamed_referent
from .speaker_surnames import namesake
from .speaker_unnamed import one_person_they, unnamed_person


def resolve(  # noqa: PLR0911
    who: str, paragraph: int, start: int, span: Span, mentions: MentionIndex
) -> Found | None:
    """Return the entity a speaker phrase names, the phrase itself, or a pronoun's referent."""
    who = who.rstrip(" .,;:")  # "according to the Observatory." ends the sentence
    who = AUXILIARY_END.sub("", who)  # "The church has responded": the auxiliary is the verb's
    end = start + len(who)
    text = mentions.texts[paragraph] if mentions.texts else ""
    # "said the regional manager for one of the major oil companies": a source introduced, not one named before.
    introduced = bool(text) and bool(INTRODUCED.match(text, end))
    role = (
        None
        if introduced
        else report_issuer(who, span, mentions)  # "the report stated" after "X said in a new report"
        or _role_referent(who, span, mentions)
        or career_referent(who, span, mentions)  # "the former Manchester United and Leeds striker said"
        or close_source(who)  # "Sources close to EMI hinted": unnamed, no spokespeople of the body
        or nationality_referent(who, text, end, span, mentions)
        or described_person(who, span, mentions)
    )
    if role is not None:
        return role
    apposed = _apposed_person(who, paragraph, start, mentions) or field_group(who, paragraph, start, mentions)
    if apposed is not None:
        return apposed
    inside = _named_inside(who, paragraph, start, end, mentions)
    if inside:
        people = [m for m in inside if m.kind == "person"]
        return _named_speaker(_first_joined(people or inside, text), who, text[:end], span, mentions)
    words = who.lower().split()
    while words and words[0] in CLAUSE_WORDS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0] in PRONOUNS:
        return _pronoun_referent(words[0], span, mentions)
    spoken_for = _spoken_for(who, words, span, mentions)
    if spoken_for is not None:
        return spoken_for
    places = [m for m in mentions.overlapping(paragraph, start, end) if m.kind == "place"]
    if len(places) == 1 and _THE.sub("", " ".join(who.split())) == text[places[0].start : places[0].end]:
        # "Japan warned its residents", "The UK has urged": a country speaking for its government.
        return places[0].name, "place"
    if (
        words[0] in ("the", "a", "an", "one", "another")
        and len(words) <= 5
        and all(w.replace("-", "").isalpha() or w.endswith(("’s", "'s")) for w in words)
        and not any(w in SPEECH_WORDS for w in words[1:])  # "The paper's editorial adds": a verb, no speaker
    ):
        return _body_phrase(who, words, span, mentions)
    if NAME_PHRASE.match(who.strip()) and not all(w.strip("’'") in STOPWORDS for w in words):
        # "Martin said" after "according to Sandy Martin": the full name written before. Else a
        # name the entity finder could not place ("Greenpeace warned"): the name as written; a capitalised
        # function word opening the sentence is none ("What says …").
        named = _full_name_before(who.strip(), span, mentions) or named_elsewhere(" ".join(who.split()), mentions)
        return named or (" ".join(who.split()), None)
    return None


# The plural noun after a social network's name that makes its unnamed users the speakers ("Facebook posts").
_USERS_OF = re.compile(r"\s+(?:posts|users|commenters|comments|followers|tweets|replies|messages)\b")


def _named_speaker(chosen: Resolved, who: str, head: str, span: Span, mentions: MentionIndex) -> Found:
    """Return the speaker a phrase naming someone gives: the person or body, or the phrase when it is theirs.

    ``head`` is the paragraph's text up to the phrase's end.
    """
    if chosen.kind == "person" and _relative_of(head[chosen.end :]):
        # "Reyes's daughter said": someone of the person's, unnamed, is no one named.
        return " ".join(who.split()), None
    if chosen.kind == "person":
        return namesake(chosen, span, mentions), "person"
    if chosen.name in SOCIAL_PLATFORMS and _USERS_OF.match(head, chosen.end):
        # "with Facebook posts saying", "Twitter users wrote": unnamed users; the service speaks for none of them.
        return " ".join(who.split()), None
    return chosen.name, chosen.kind


def _apposed_person(who: str, paragraph: int, start: int, mentions: MentionIndex) -> Found | None:
    """Return the person a role phrase stands in apposition to: "Sean Parker, the founding president of Facebook,
    took aim …, saying" is Parker's, not Facebook's."""
    words = who.split(maxsplit=1)  # none when the phrase was only punctuation: ". said “"
    if not mentions.texts or not words or words[0].lower() not in ("the", "a", "an"):
        return None
    comma = mentions.texts[paragraph][:start].rstrip()
    if not comma.endswith(","):
        return None
    end = len(comma) - 1
    people = [m for m in mentions.overlapping(paragraph, end - 1, end) if m.kind == "person" and m.end == end]
    return (people[0].name, "person") if people and not mentions.is_quoted(people[0]) else None


def _named_inside(who: str, paragraph: int, start: int, end: int, mentions: MentionIndex) -> list[Resolved]:
    """Return the people and bodies a speaker phrase names, in text order."""
    # Mentions overlapping the phrase: "a spokesman for Goldman Sachs and Co." ends inside a name.
    inside = [m for m in mentions.overlapping(paragraph, start, end) if m.kind != "place"]
    if not inside:
        # "Slidell police said": the body the story named with these words ("Slidell Police Department").
        inside = org_containing(who, mentions)
    if len(inside) > 1:
        # "The official United Twitter account responded": the account's owner, not the platform it is on.
        inside = [m for m in inside if m.name not in SOCIAL_PLATFORMS] or inside
    return inside


def _first_joined(named: list[Resolved], text: str) -> Resolved:
    """Return the last name of a speaker phrase, or the first of the names "and" joins to it: "the WGA and SAG
    said" gives the words of both to the first named."""
    at = len(named) - 1
    while at > 0 and " ".join(text[named[at - 1].end : named[at].start].split()) in ("and", "and the"):
        at -= 1
    return named[at]


def _relative_of(after: str) -> bool:
    """Return True for a relative's, friend's or staff member's word ending a speaker phrase after a person's
    name ("'s daughter", "’s longtime friend", " staffer"): someone of theirs, not their spokesperson."""
    found = re.fullmatch(r"(['’]s)?((?:\s+[a-z][\w-]*){1,3})", after.rstrip())
    if found is None:
        return False
    words = found.group(2).split()
    # "said the Spears staffer", "a Lee aide", "the Messi family said": the name qualifies the noun that speaks.
    return any(w in RELATIVES | STAFF for w in words) if found.group(1) else words[-1] in STAFF | {"family"}


def _spoken_for(who: str, words: list[str], span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom "his spokeswoman", "police" or "a spokesman for the firm" speak for, or None for other phrases."""
    if len(words) > 1 and words[0] in ("his", "her") and words[1] in OWN_SPOKESPEOPLE:
        # "his spokeswoman has said", "His representative released a statement saying": the person's.
        return person_referent(span.paragraph, span.open_at, mentions, "he" if words[0] == "his" else "she")
    if len(words) > 1 and words[0] in ("his", "her") and words[1].isalpha():
        # "his office in Geneva said", "her family said": someone of the person's, unnamed, is no one named.
        return " ".join(who.split()[-len(words) :]), None
    if words[-1] == "police" and len(words) <= 2 and words[0] in ("police", "the"):
        # "police said" after "the Slidell Police Department's …": the one police force the story names.
        force = only_body_holding("police", mentions)
        return (force, "organization") if force is not None else None
    # "a spokesman for the firm": the company named before; "a spokeswoman for the Cincinnati Zoo": the body named.
    body = role_for_body(words, span, mentions) or body_written_after_role(who)
    return (body, "organization") if body is not None else None


def _full_name_before(word: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return the one full name written before a quotation that a lone surname stands for.

    A person first; else a two- or three-word name of capitalised words the entity finder took
    for a body ("Sandy Martin"), but not one ending as a company's ("Lockheed Martin Corp").
    """
    if " " in word or not word.isalpha():
        return None
    named: dict[str, EntityKind | None] = {}
    for m in mentions.before(span.paragraph, span.open_at):
        words = m.name.split()
        if m.kind == "place" or mentions.is_quoted(m) or not 1 < len(words) <= 3 or words[-1] != word:
            continue
        if m.kind == "person" or not COMPANY_NAME.search(m.name):
            named.setdefault(m.name, m.kind)
    people = [name for name, kind in named.items() if kind == "person"]
    if len(people) == 1:
        return people[0], "person"
    return (next(iter(named)), "person") if len(named) == 1 and not people else None


def _pronoun_referent(pronoun: str, span: Span, mentions: MentionIndex) -> Found:
    """Return whom "he", "she" or "it" stands for before a quotation; (None, None) for "they" or "we"."""
    kind = PRONOUNS[pronoun]
    if pronoun == "they":
        body = _body_they(span, mentions)
        return body if body[0] is not None else one_person_they(span, mentions) or body
    if kind is None:
        return None, None
    if kind == "organization":
        return last_subject_before(span.paragraph, span.open_at, mentions, kind)
    # "A senior aide said …" then "“…,” he said": the aide, not a person named before.
    unnamed = unnamed_referent(span, mentions, None) or unnamed_person(pronoun, span, mentions)
    if unnamed is not None:
        return unnamed
    # "Despite the paucity of roles, the actress wasn't itching to do something else. “…,” she
    # said": the role the sentence before makes its subject, held by a person named earlier.
    role = _role_subject(span, mentions)
    if role is not None:
        found = role_referent(span.paragraph, span.open_at, mentions, role, pronoun)
        if found[0] is not None:
            return found
    return person_referent(span.paragraph, span.open_at, mentions, pronoun)


def _body_they(span: Span, mentions: MentionIndex) -> Found:
    """Return the body "they" stands for: the last name before the quotation, in its paragraph or the one
    before, when it is an organisation opening its sentence or set off by commas as its subject.

    "Big Machine have twice denied it. “…,” they said" (British copy makes a company plural); "The
    company that runs the show, Ray Dorsey Productions, denies it. “…,” they said". Not when a person
    or a place comes nearer ("Police met Ann Lee. “…,” they said": no one named).
    """
    if not mentions.texts:
        return None, None
    nearest = next((m for m in mentions.before(span.paragraph, span.open_at) if not mentions.is_quoted(m)), None)
    if nearest is None or nearest.kind != "organization" or nearest.paragraph < span.paragraph - 1:
        return None, None
    text = mentions.texts[nearest.paragraph]
    lead = text[sentence_start(text, nearest.start) : nearest.start].strip()
    apposed = lead.endswith(",") and text[nearest.end : nearest.end + 1] == ","
    return (nearest.name, "organization") if lead in ("", "The") or apposed else (None, None)


def _role_subject(span: Span, mentions: MentionIndex) -> str | None:
    """Return the role ("actress") that is the subject of the quotation's sentence or the one before it."""
    if not mentions.texts:
        return None
    text, end = mentions.texts[span.paragraph], span.open_at
    if not text[:end].strip() and span.paragraph > 0:
        # "But the prime minister insisted he had never …" closing the paragraph before words that open theirs.
        text = mentions.texts[span.paragraph - 1]
        end = len(text.rstrip())
        start = sentence_start(text, max(0, end - 1))
    else:
        start = sentence_start(text, max(0, sentence_start(text, span.open_at) - 2))
    found = list(ROLE_AS_SUBJECT.finditer(text, start, end))
    return found[-1].group("role") if found else None


def _body_phrase(who: str, words: list[str], span: Span, mentions: MentionIndex) -> Found:
    """Return the body a short phrase speaks for ("a Rabobank spokesman", "the company"), else the phrase."""
    # "a Rabobank spokesman": the organisation the spokesman speaks for.
    org_named = org_named_in(who, span, mentions)
    if org_named is not None:
        return org_named, "organization"
    # "the People’s Daily warned": an outlet's or a company's name with its article, though no entity was made of it.
    name = who.split()[len(who.split()) - len(words) + 1 :]  # clause words ("and the …") left off
    if words[0] == "the" and name and all(w[:1].isupper() for w in name) and outlet_or_company(" ".join(name)):
        return " ".join(name), "organization"
    # "the production company said": the body whose name holds the trade ("Dick Clark Productions").
    trade = org_of_trade(words, span, mentions)
    if trade is not None:
        return trade, "organization"
    # "a company spokesman", "a ministry official": the body of that kind named last before.
    kind_nouns = [w for w in words[1:-1] if w in BACK_REFERENCES]
    if kind_nouns and singular_role(words[-1]) in UNNAMED_ROLES:
        org = last_org_before(span.paragraph, span.open_at, mentions, kind_nouns[-1])
        if org is not None:
            return org, "organization"
    # "the company said": the body named last; "the army said": the phrase; "the company's statement said": the company.
    owner = words[-2].removesuffix("’s").removesuffix("'s") if len(words) > 2 and words[-1] in STATEMENTS else words[-1]
    if owner in BACK_REFERENCES:
        org = last_org_before(span.paragraph, span.open_at, mentions, owner)
        if org is not None:
            return org, "organization"
    return " ".join(who.split()), None


def _role_referent(who: str, span: Span, mentions: MentionIndex) -> Found | None:
    """Return whom "the spokesman" or "the minister" refers back to, or None to read the phrase otherwise."""
    lowered = who.lower().split()
    if 2 <= len(lowered) <= 3 and lowered[0] == "the" and lowered[-1] in STATEMENTS and not _OWNED.search(who):
        # "X said in a statement …" then "“…,” the statement said": X's words; "The council's final communique
        # said …" then "said the final declaration": the council's.
        return _issuer_before(span, mentions)
    if lowered and lowered[0] == "the" and len(lowered) <= 3 and singular_role(lowered[-1]) in INTRODUCED_ROLES:
        # "the spokesman said" after "A Brannock spokesman said …": the source introduced before.
        unnamed = unnamed_referent(span, mentions, singular_role(lowered[-1]))
        if unnamed is not None:
            return unnamed if unnamed[1] is not None else (" ".join(who.split()), None)
    if lowered and lowered[0] == "the" and len(lowered) <= ROLE_WORDS and lowered[-1] in PERSON_BACK_REFERENCES:
        # "the minister said", "the Fed chairman said": the person last named as a subject.
        if lowered[-1] in UNNAMED_ROLES:
            # "the analyst said": the person named with that role ("Analyst Rita Gomez"), else only
            # a person named as a subject nearby; an analyst introduced unnamed paragraphs ago is not
            # the politician named since.
            holder = role_holder(span.paragraph, span.open_at, mentions, lowered[-1])
            return (holder, "person") if holder else _recent_subject(span, mentions)
        person = role_referent(span.paragraph, span.open_at, mentions, lowered[-1])
        if person[0] is not None:
            return person
    role = _first_of_two_roles(who.split())
    if role is not None:
        # "The former England captain and Lions colossus confirmed": one person described twice, named before.
        person = role_referent(span.paragraph, span.open_at, mentions, role)
        if person[0] is not None:
            return person
    return None


# Most words of a person described by two roles ("the former England captain and Lions colossus").
_TWO_ROLES_WORDS = 8
# Most words of the second role, after "and".
_SECOND_ROLE_WORDS = 3


def _first_of_two_roles(words: list[str]) -> str | None:
    """Return the first role of "the ... captain and ... colossus", one person described by two roles, else None.

    Not two people ("the coach and the players", "the coach and Ian Ross"): the words after "and" are
    no more than three, open with no article or possessive, and end in a lower-case noun.
    """
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] != "the" or len(lowered) > _TWO_ROLES_WORDS or "and" not in lowered[2:]:
        return None
    at = lowered.index("and", 2)
    second = words[at + 1 :]
    if not 0 < len(second) <= _SECOND_ROLE_WORDS or lowered[at + 1] in _DETERMINERS or not second[-1].islower():
        return None
    return lowered[at - 1] if lowered[at - 1] in PERSON_BACK_REFERENCES else None


def _recent_subject(span: Span, mentions: MentionIndex) -> Found | None:
    """Return the last person named as a subject, or first in a sentence, in this paragraph or the one before."""
    for m in mentions.before(span.paragraph, span.open_at):
        if m.paragraph < span.paragraph - 1:
            break
        if m.kind == "person" and not mentions.is_quoted(m) and (m.subject or mentions.opens_sentence(m)):
            return m.name, "person"  # not a name the speaker's own words hold
    return None


# Words opening a second noun phrase after "and": a second person or body, not a second role ("and the players").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "other", "another"})
# A statement named before its issuer, who is the sentence's subject or the words' object: "In a
# statement, X said", "The statement by X appeared"; not the statement's own subject ("The
# statement noted the IMF expressed …").
_ISSUED_BEFORE = re.compile(
    r"\b(?:in|through|via) (?:a|an|the|its|his|her|their) (?:[\w-]+ )?(?:statement|communiqu[eé]|release)\b"
    r"|\b(?:statement|communiqu[eé]|release) (?:by|from|of) (?:the )?$"
)


def _issuer_before(span: Span, mentions: MentionIndex) -> Found | None:
    """Return who issued "the statement": the last person or organisation named in a sentence mentioning one.

    After the name ("X said in a statement"), or before it where the name is the sentence's
    subject ("In a statement, Backroads spokeswoman Liz Einbinder said their employee was …": not
    the employee).
    """
    for m in mentions.before(span.paragraph, span.open_at):
        if m.kind == "place" or not mentions.texts or mentions.is_quoted(m):
            continue  # "“As Taylor's partner …,” the statement read": a name of the statement's own words
        text = mentions.texts[m.paragraph]
        if _names_statement(text[m.end : sentence_end(text, m.end)]):
            return m.name, m.kind
        lead = text[sentence_start(text, m.start) : m.start].lower()
        if _ISSUED_BEFORE.search(lead) and _names_statement(lead) and mentions.is_subject(m):
            return m.name, m.kind
    return None


# An article before a country speaking for its government: "The UK has urged".
_THE = re.compile(r"^[Tt]he\s+")
# A possessive in a speaker phrase: "the company's statement" is the company's, read as a body phrase.
_OWNED = re.compile(r"['’]s\b")


def _names_statement(text: str) -> bool:
    """Return True when words name a statement of any kind ("final communique", "in a statement")."""
    return any(noun in text.lower() for noun in STATEMENTS)
