"""The names of one article as quotation attribution reads them: where each stands, whether it is a
clause's subject, whether it is quoted, whether it names a man or a woman; and whom a pronoun
("he said") or a role ("the coach said") stands for.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from ..model import EntityKind
from .cues import FEMALE_TITLES, MALE_TITLES, TITLES
from .mentions import Resolved
from .name_genders import census_shares, given_name_genders
from .quote_cues import (
    APPOSITIVE_LEAD,
    OBJECT_PREPOSITIONS,
    SPEECH_LAST,
    SPEECH_NEXT,
    SUBJECT_PRONOUNS,
    TITLE_BEFORE,
    VERB_AFTER,
)
from .quote_spans import Span, sentence_end, sentence_start
from .text import fold_name

Found = tuple[str | None, EntityKind | None]
"""A speaker's name and kind; (None, None) when the text names no one, a kind None for a phrase."""

# Lower-case words that may open a sentence before its subject ("But then", "However,").
_SUBJECT_LEAD_WORDS = 2
# How far around a name its role is written ("Senate Republican leader Robert Dole", "James Wright, a Texas Democrat").
_ROLE_CONTEXT = 40
# A comma or semicolon and a conjunction opening a clause of its own, whose subject the name after them is.
_CLAUSE_OPENS = re.compile(r"[,;]\s+(?:but|while|whereas|yet|though|although)\s+$")
# A person heard or watched speaking, the object of the sentence's verb but the one who speaks:
# "listened to Vice President X speak", "heard X say".
_HEARD_SPEAKING = re.compile(r"\s+(?:speak|speaking|say|saying)\b")
# One phrase set off by a comma at a sentence's opening, before its subject: "Earlier in the day, ",
# "On Tuesday, ".
_OPENING_PHRASE = re.compile(r"^\s*[A-Z][^,;:“”\"]{0,60},\s*$")
# A verb after the name, maybe after an aside set off by commas: ", the minister of information, denied".
_ASIDE_THEN_VERB = re.compile(r"(?:,[^,“”\"]{1,100},)?" + VERB_AFTER.pattern)
# How far back "he" or "she" looks for the person it stands for, in paragraphs.
_PRONOUN_REACH = 4


class MentionIndex:
    """The resolved mentions of one article by paragraph, for quick look-ups per quotation."""

    def __init__(
        self, mentions: Sequence[Resolved], paragraphs: Sequence[str] = (), spans: Sequence[Span] = ()
    ) -> None:
        self.texts = tuple(paragraphs)
        by_paragraph: dict[int, list[Resolved]] = defaultdict(list)
        for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
            by_paragraph[mention.paragraph].append(mention)
        self.by_paragraph = dict(by_paragraph)
        self.starts = {index: [m.start for m in found] for index, found in self.by_paragraph.items()}
        self.paragraphs = sorted(self.by_paragraph)
        self.org_names = sorted({m.name for m in mentions if m.kind == "organization"})
        self.quoted = _quoted_ranges(spans, self.texts)
        self._mentions = mentions

    @functools.cached_property
    def genders(self) -> dict[str, str]:
        """Return "m" or "f" for each person whose title or given name says which (read when a pronoun asks)."""
        return _genders(self._mentions, self.texts, self.quoted, self.is_subject)

    @functools.cached_property
    def stated_genders(self) -> dict[str, str]:
        """Return "m" or "f" for each person whose title or the story's own pronouns say which, not a given name."""
        return _genders(self._mentions, self.texts, self.quoted, self.is_subject, given_names=False)

    def paragraph(self, index: int) -> list[Resolved]:
        """Return the mentions in one paragraph, in text order."""
        return self.by_paragraph.get(index, [])

    def overlapping(self, paragraph: int, start: int, end: int) -> list[Resolved]:
        """Return the mentions in a paragraph that overlap start..end (no name is longer than 100 characters)."""
        starts = self.starts.get(paragraph, [])
        low, high = bisect.bisect_left(starts, start - 100), bisect.bisect_left(starts, end)
        return [m for m in self.by_paragraph.get(paragraph, [])[low:high] if m.start < end and m.end > start]

    def iter_all(self) -> Iterator[Resolved]:
        """Yield every mention of the article in text order."""
        for index in self.paragraphs:
            yield from self.by_paragraph[index]

    def before(self, paragraph: int, offset: int) -> Iterator[Resolved]:
        """Yield the mentions before a point of the text, nearest first."""
        for index in reversed(self.paragraphs[: bisect.bisect_right(self.paragraphs, paragraph)]):
            for mention in reversed(self.by_paragraph[index]):
                if index < paragraph or mention.start < offset:
                    yield mention

    def is_quoted(self, mention: Resolved) -> bool:
        """Return True for a name inside quotation marks: the speaker's words, not the story's."""
        return self.quoted_at(mention.paragraph, mention.start)

    def quoted_at(self, paragraph: int, offset: int) -> bool:
        """Return True for an offset of a paragraph inside quotation marks."""
        return any(start <= offset < end for start, end in self.quoted.get(paragraph, ()))

    def is_subject(self, mention: Resolved) -> bool:
        """Return True for a person who is a sentence's subject: a speech verb next to the name, or named first.

        "Clark said", "said Azusa Hayashi": the speaker. Otherwise not a possessor ("Bernier's
        spokesperson"), nor a name after a preposition ("a message to Mr Saakashvili"), after a
        subject pronoun ("He told reporters after meeting Suharto") or after another person
        ("Wright said Reagan should"): those stand in a clause of their own.
        """
        if not self.texts:
            return mention.subject
        text = self.texts[mention.paragraph]
        start = sentence_start(text, mention.start)
        lead = self._unquoted(mention.paragraph, start, mention.start)
        possessive = text[mention.end : mention.end + 2] in ("'s", "’s")
        if possessive or any(fold_name(w).strip(",.") in SUBJECT_PRONOUNS for w in lead.split()):
            return False
        # "But the head of the CFDT federation, Edmond Maire, meeting …, renewed": named in apposition.
        appositive = APPOSITIVE_LEAD.match(lead) and text[mention.end : mention.end + 1] == ","
        # "the girls listened to Vice President X speak": the one speaking.
        heard = _HEARD_SPEAKING.match(text, mention.end)
        if SPEECH_NEXT.match(text, mention.end) or SPEECH_LAST.search(lead) or appositive or heard:
            return True
        if _CLAUSE_OPENS.search(lead) and VERB_AFTER.match(text, mention.end):
            return True  # "X is poised to join them, but Dallaglio could beat him to it": a clause of its own
        if self._in_own_clause(mention, start, lead):
            return False
        # "However, Senate Republican leader Robert Dole, a key Reagan ally, told": only an opening
        # word or two, titles and capitalised words stand before the name; "Earlier in the day, X, the
        # minister of information, denied": one opening phrase, then the subject and its verb.
        lower = [w for w in lead.split() if w[:1].islower() and fold_name(w) not in TITLES]
        opening = bool(_OPENING_PHRASE.match(lead) and _ASIDE_THEN_VERB.match(text, mention.end))
        return (
            mention.subject or bool(VERB_AFTER.match(text, mention.end)) or len(lower) <= _SUBJECT_LEAD_WORDS or opening
        )

    def could_be_subject(self, mention: Resolved) -> bool:
        """Return True for a name that is no possessor and stands after no preposition."""
        text = self.texts[mention.paragraph]
        if text[mention.end : mention.end + 2] in ("'s", "’s"):
            return False
        before = [fold_name(w).strip(",.") for w in text[sentence_start(text, mention.start) : mention.start].split()]
        while before and before[-1] in TITLES:
            before.pop()
        return not (before and before[-1] in OBJECT_PREPOSITIONS)

    def _in_own_clause(self, mention: Resolved, start: int, lead: str) -> bool:
        """Return True for a name after another person of its sentence, or after a preposition."""
        if any(
            start <= m.start < mention.start and m.kind == "person" and not self.is_quoted(m)
            for m in self.paragraph(mention.paragraph)
        ):
            return True
        before = [fold_name(w).strip(",.") for w in lead.split()]
        while before and before[-1] in TITLES:
            before.pop()  # "with President Suharto": the title is part of the object
        return bool(before) and before[-1] in OBJECT_PREPOSITIONS

    def _unquoted(self, paragraph: int, start: int, end: int) -> str:
        """Return the text between two offsets of a paragraph with quoted words left out."""
        text = self.texts[paragraph][start:end]
        for q_start, q_end in sorted(self.quoted.get(paragraph, ()), reverse=True):
            if q_start < end and q_end > start:
                text = text[: max(0, q_start - start)] + " " + text[max(0, q_end - start) :]
        return text

    def opens_sentence(self, mention: Resolved) -> bool:
        """Return True when a mention is the first name of its sentence, its subject as news writes it."""
        text = self.texts[mention.paragraph]
        start = sentence_start(text, mention.start)
        return not any(
            start <= m.start < mention.start and m.kind != "place" for m in self.paragraph(mention.paragraph)
        )


def _quoted_ranges(spans: Sequence[Span], texts: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
    """Return, by paragraph, the offsets each quotation's words cover."""
    ranges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        for number, (index, _) in enumerate(span.parts):
            start = span.open_at if number == 0 else 0
            end = span.close_at if index == span.close_paragraph and span.close_at >= 0 else len(texts[index])
            ranges[index].append((start, end))
    return dict(ranges)


def _genders(
    mentions: Sequence[Resolved],
    texts: Sequence[str],
    quoted: dict[int, list[tuple[int, int]]] | None = None,
    is_subject: Callable[[Resolved], bool] | None = None,
    *,
    given_names: bool = True,
) -> dict[str, str]:
    """Return "m" or "f" for each person whose title, own sentence or given name says which.

    A title says it first ("Mrs Hale"); then the story's own pronouns: a sentence's subject,
    named before "she" or "her" ("Omar asked …, saying she did not think"), is a woman
    whatever her given name is elsewhere ("Ilhan" is a man's in Turkey); a given name says it last.
    """
    given = given_name_genders()
    by_title: dict[str, set[str]] = defaultdict(set)
    by_text: dict[str, set[str]] = defaultdict(set)
    by_given: dict[str, set[str]] = defaultdict(set)
    people = [m for m in mentions if m.kind == "person"]
    for m in people:
        title = TITLE_BEFORE.search(texts[m.paragraph][max(0, m.start - 12) : m.start]) if texts else None
        word = fold_name(title.group("title")) if title else ""
        if word in MALE_TITLES:
            by_title[m.name].add("m")
        elif word in FEMALE_TITLES:
            by_title[m.name].add("f")
        elif m.name.split()[0] in given:
            # A given name alone says it too ("Bobby says"): not a woman "she" refers to.
            by_given[m.name].add(given[m.name.split()[0]])
    # A surname two people share ("Jarrar" of Khalida and Ghassan Jarrar) may be tied to the wrong one; a
    # surname read as a person of its own beside a full name holding it is no given name ("Thurman says").
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in {m.name for m in people if " " in m.name}:
        surnames[name.split()[-1]].add(name)
    for name in surnames:
        by_given.pop(name, None)
    first = {name: next(iter(said)) for name, said in (by_given | by_title).items() if len(said) == 1}
    for m in people if texts else ():
        written = texts[m.paragraph][m.start : m.end].split()
        if not written or len(surnames[written[-1]]) > 1 or is_subject is None or not is_subject(m):
            continue
        pronoun = _pronoun_gender(m, people, texts[m.paragraph], (quoted or {}).get(m.paragraph, []), first)
        if pronoun:
            by_text[m.name].add(pronoun)
    genders = {}
    for name in {m.name for m in people}:
        for said in (by_title, by_text, by_given) if given_names else (by_title, by_text):
            if len(said.get(name, ())) == 1:
                genders[name] = next(iter(said[name]))
                break
    return genders


# Subject pronouns stand for a sentence's subject after it ("Omar asked …, saying she"); "him",
# "her" and "himself" stand for someone else as often ("Maria Jindal met him", "Rihanna posted a
# clip of her cousin filming himself").
_PRONOUNS = {"he": "m", "she": "f"}
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _pronoun_gender(
    mention: Resolved,
    people: Sequence[Resolved],
    text: str,
    quoted: Sequence[tuple[int, int]],
    known: dict[str, str],
) -> str | None:
    """Return "m" or "f" when the pronouns after a person in their sentence are of one kind and stand for them.

    Quoted words are the speaker's and may be of anyone. A second person in the sentence may be
    whom the pronoun stands for, unless a title or given name says that person is of the other
    kind ("Omar asked for compassion during Patrick Carlineo's sentencing, saying she …").
    """
    if any(q_start < mention.start < q_end for q_start, q_end in quoted):
        return None
    start, end = sentence_start(text, mention.start), sentence_end(text, mention.end)
    said = {
        _PRONOUNS[found.group().lower()]
        for found in _PRONOUN_WORD.finditer(text, mention.end, end)
        if not any(q_start <= found.start() < q_end for q_start, q_end in quoted)
    }
    if len(said) != 1:
        return None
    gender = next(iter(said))
    others = [
        m for m in people if m.name != mention.name and m.paragraph == mention.paragraph and start <= m.start < end
    ]
    return None if any(known.get(m.name, gender) == gender for m in others) else gender


def person_referent(paragraph: int, offset: int, mentions: MentionIndex, pronoun: str = "") -> Found:
    """Return whom "he" or "she" stands for: the last person named as a sentence's subject.

    Names inside quotation marks are the speaker's words and refer to no one here. A man's name
    is not what "she" stands for, nor a woman's "he", unless no one else is named: a given name
    is used for men and women in different countries. Beyond reach, the last person followed by a
    verb; else the last person named in reach.
    """
    gender = {"he": "m", "she": "f", "him": "m", "her": "f"}.get(pronoun.lower())
    found = _referent(paragraph, offset, mentions, gender)
    return found if found[0] is not None or gender is None else _referent(paragraph, offset, mentions, None)


def _referent(paragraph: int, offset: int, mentions: MentionIndex, gender: str | None) -> Found:
    nearest = None
    # The subject of the sentence just before, of a gender only a locale's name list contradicts:
    # whom the pronoun stands for unless a person of its gender is a subject nearby.
    just_before = None
    first = True
    for m in mentions.before(paragraph, offset):
        if m.kind != "person" or mentions.is_quoted(m):
            continue
        if first and _subject_just_before(m, paragraph, offset, mentions, gender):
            just_before = m.name
        first = False
        if not _agrees(mentions.genders.get(m.name), gender):
            continue
        if m.paragraph >= paragraph - _PRONOUN_REACH:
            if mentions.is_subject(m):
                return (just_before if just_before and m.paragraph < paragraph - 1 else m.name), "person"
            nearest = nearest or m.name
        elif m.subject:
            return just_before or m.name, "person"
    found = just_before or nearest
    return (found, "person") if found else (None, None)


def _subject_just_before(m: Resolved, paragraph: int, offset: int, mentions: MentionIndex, gender: str | None) -> bool:
    """Return True for the subject of the sentence before a pronoun's, in its paragraph, no one named between.

    "Cubs shortstop Addison Russell smiled. “…,” he said": Russell, though a locale's name list
    gives Addison to women; not when the Census lists tell the given name's gender surely, nor when a
    title or the story's own pronouns say otherwise.
    """
    given = m.name.split()[:1]
    if m.paragraph != paragraph or not mentions.texts or not given or given[0] in census_shares():
        return False
    if not mentions.is_subject(m):
        return False
    text = mentions.texts[paragraph]
    before = sentence_start(text, max(0, sentence_start(text, offset) - 2))
    return m.start >= before and _agrees(mentions.stated_genders.get(m.name), gender)


def _agrees(known: str | None, wanted: str | None) -> bool:
    """Return True when a person's gender, if known, is the one a pronoun asks for, if any."""
    return known is None or wanted is None or known == wanted


def role_referent(paragraph: int, offset: int, mentions: MentionIndex, role: str, pronoun: str = "") -> Found:
    """Return whom "the coach" or "the Kansas Republican" stands for: the person last named with that role.

    "Milan coach Carlo Ancelotti … added the coach", "Senate Republican leader Robert Dole … the
    Kansas Republican said"; else the person "he" (or "she", by the pronoun given) would stand for.
    """
    holder = role_holder(paragraph, offset, mentions, role)
    return (holder, "person") if holder else person_referent(paragraph, offset, mentions, pronoun)


def role_holder(paragraph: int, offset: int, mentions: MentionIndex, role: str) -> str | None:
    """Return the person last named with a role ("Commissioner Bud Selig"), however far back."""
    for m in mentions.before(paragraph, offset):
        is_person = m.kind == "person" and not mentions.is_quoted(m) and bool(mentions.texts)
        if is_person and re.search(rf"\b{re.escape(role)}\b", _role_words(m, mentions)):
            return m.name
    return None


def _role_words(mention: Resolved, mentions: MentionIndex) -> str:
    """Return the words naming a person's role: before the name back to another name, and an appositive after it."""
    text = mentions.texts[mention.paragraph]
    others = [m for m in mentions.paragraph(mention.paragraph) if m is not mention]
    start = max([m.end for m in others if m.end <= mention.start] + [mention.start - _ROLE_CONTEXT, 0])
    end = min([m.start for m in others if m.start >= mention.end] + [mention.end + _ROLE_CONTEXT])
    after = text[mention.end : end]
    after = after.split(",")[1] if after.startswith(",") and after.count(",") > 1 else ""
    return fold_name(text[start : mention.start] + " " + after)


def last_subject_before(paragraph: int, offset: int, mentions: MentionIndex, kind: EntityKind) -> Found:
    """Return whom "he", "she" or "it" stands for: the last person (organisation) named as a subject, else named.

    Names inside quotation marks are the speaker's words and refer to no one ("“… the Platform
    Terms of Service,” it said" is the company named before the quotation).
    """
    nearest = None
    for m in mentions.before(paragraph, offset):
        if m.kind != kind or mentions.is_quoted(m):
            continue
        if m.subject:
            return m.name, kind
        nearest = nearest or m.name
    return (nearest, kind) if nearest else (None, None)
