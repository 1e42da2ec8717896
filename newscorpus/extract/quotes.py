"""Direct quotations and their speakers, also when a quotation runs over several paragraphs."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import EntityKind, Quote
from .cues import PERSON_ROLES, SPEECH_VERBS, TITLES
from .entities import Resolved
from .text import sentence_spans

# Opening and closing marks: curly double quotes, and straight double quotes paired in order.
_OPEN, _CLOSE = "“", "”"
_MIN_WORDS = 2
"""Fewer words is a scare-quoted word or a title ("outrageous"), not someone's words."""

_VERBS = rf"(?:{SPEECH_VERBS}|according\s+to)"
# "…,” the army said" / "…,” she told AFP" / "…,” Heller said": the speaker right after the quotation.
# A speaker written after its verb: a few lower-case words (a role, "a spokesman for"), then a
# name of capitalised words and particles; or a short noun phrase ("the army"), or a pronoun.
_CAPITALISED = r"(?:[A-Z]\.\s?)*[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|al|el|de|van|von|bin|and))*"
# "said Hope Relief Agency director Grace Achieng", "said Lindqvist Air general counsel Ola
# Berg": a body, a role of up to three lower-case words, then the name.
_ROLE_WORDS = "|".join(sorted(PERSON_ROLES | TITLES, key=lambda w: (-len(w), w)))
_SPEAKER = (
    rf"(?:(?:[a-z’'-]+\s+){{0,4}}?{_CAPITALISED}(?:\s+(?:[a-z]+\s+){{0,2}}(?:{_ROLE_WORDS})\s+{_CAPITALISED})?"
    r"|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?|he|she|it|they)"
)
_WHO_THEN_VERB = re.compile(rf"^[\s,.!?…—–-]*(?P<who>(?:[^,.;:“”\"!?]|(?<=[A-Z])\.){{1,70}}?)\s+(?P<verb>{_VERBS})\b")
# "…,” said analyst Sam Heller, of …" / "…”, according to the Observatory": verb first.
_VERB_THEN_WHO = re.compile(rf"^[\s,.!?…—–-]*(?P<verb>{_VERBS})\s+(?P<who>{_SPEAKER})")
# "…,” Dauster, a delegate at the symposium, told journalists": a name, an aside, then the verb.
_WHO_ASIDE_VERB = re.compile(rf"^[\s,.!?…—–-]*(?P<who>[^,.;:“”\"!?]{{1,40}}),[^“”\"]{{1,100}}?,\s+(?P<verb>{_VERBS})\b")
# "…” and were fighting, said the Syrian Observatory." / "…”, the ministry said.": the attribution
# closes the sentence the quotation stands in.
_SENTENCE_END_WHO = re.compile(
    rf",\s+(?:(?P<verb>{_VERBS})\s+(?P<who>{_SPEAKER})[^,;“”\"]{{0,60}}"
    rf"|(?P<who2>(?:[^,.;:“”\"!?]|(?<=[A-Z])\.){{1,60}}?)\s+(?P<verb2>{_VERBS})\b[^,;“”\"]{{0,60}})\s*[.!?]?$"
)
# Nouns that refer back to an organisation named earlier ("the company said").
_BACK_REFERENCES = frozenset(
    {
        "company",
        "firm",
        "group",
        "bank",
        "corporation",
        "ministry",
        "agency",
        "union",
        "exchange",
        "committee",
        "department",
        "organisation",
        "organization",
        "council",
        "commission",
        "party",
        # Media, named by kind after their name was given: "The Nanfang Daily said …", "the newspaper said".
        "newspaper",
        "paper",
        "daily",
        "weekly",
        "magazine",
        "radio",
        "television",
        "broadcaster",
    }
)
# Role nouns that, after "the", refer back to the person last named: "the minister said". Roles
# that are mostly unnamed sources (spokesman, official, analyst) are left as phrases.
_PERSON_BACK_REFERENCES = frozenset(
    {"minister", "president", "senator", "chairman", "chairwoman", "secretary", "governor", "premier",
     "democrat", "republican", "congressman", "congresswoman", "ambassador", "mayor", "chancellor", "king",
     # Roles that, with "the", refer back to the person just named in that role ("Analyst Rita
     # Gomez …", "“…,” the analyst said"); an unnamed one ("an analyst said") is found first.
     "analyst", "economist", "lawyer", "prosecutor", "judge", "commander", "general"}
)  # fmt: skip
# Words that open a clause, not a speaker's name ("and then added").
_CLAUSE_WORDS = frozenset({"and", "then", "but", "also", "later", "further", "so"})
# A speech verb before the quotation: "Human Rights Watch warned the fighting “raises …", "X said: “…".
_VERB_WORD = re.compile(rf"\b(?:{_VERBS}|According\s+to)\b")
_PRONOUNS: dict[str, EntityKind | None] = {
    "he": "person",
    "she": "person",
    "it": "organization",
    "him": "person",
    "her": "person",
    "they": None,
    "we": None,
    "i": None,
}
# Words the speaker phrase must not be: the words of a clause, not of a name ("the fighting").
_MAX_WHO_WORDS = 12
# One to four capitalised words: a name, even one no entity was made of.
_NAME_PHRASE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")
_SPEAKS_AFTER = re.compile(rf"^\s+(?:[a-z]+\s+)?(?:{SPEECH_VERBS})\b")


class MentionIndex:
    """The resolved mentions of one article by paragraph, for quick look-ups per quotation."""

    def __init__(self, mentions: Sequence[Resolved], paragraphs: Sequence[str] = ()) -> None:
        self.texts = tuple(paragraphs)
        by_paragraph: dict[int, list[Resolved]] = defaultdict(list)
        for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
            by_paragraph[mention.paragraph].append(mention)
        self.by_paragraph = dict(by_paragraph)
        self.starts = {index: [m.start for m in found] for index, found in self.by_paragraph.items()}
        self.paragraphs = sorted(self.by_paragraph)
        self.org_names = sorted({m.name for m in mentions if m.kind == "organization"})

    def paragraph(self, index: int) -> list[Resolved]:
        """Return the mentions in one paragraph, in text order."""
        return self.by_paragraph.get(index, [])

    def overlapping(self, paragraph: int, start: int, end: int) -> list[Resolved]:
        """Return the mentions in a paragraph that overlap start..end (no name is longer than 100 characters)."""
        starts = self.starts.get(paragraph, [])
        low, high = bisect.bisect_left(starts, start - 100), bisect.bisect_left(starts, end)
        return [m for m in self.by_paragraph.get(paragraph, [])[low:high] if m.start < end and m.end > start]

    def before(self, paragraph: int, offset: int) -> Iterator[Resolved]:
        """Yield the mentions before a point of the text, nearest first."""
        for index in reversed(self.paragraphs[: bisect.bisect_right(self.paragraphs, paragraph)]):
            for mention in reversed(self.by_paragraph[index]):
                if index < paragraph or mention.start < offset:
                    yield mention


@dataclass(frozen=True)
class _Span:
    text: str
    paragraph: int
    open_at: int
    close_paragraph: int
    close_at: int
    """Offset just after the closing mark in close_paragraph; -1 when never closed."""


def find_quotes(paragraphs: Sequence[str], resolved: Sequence[Resolved]) -> tuple[Quote, ...]:
    """Return every direct quotation with its speaker resolved where the text says who."""
    mentions = MentionIndex(resolved, paragraphs)
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_close = (-9, 0)
    for span in _spans(paragraphs):
        if len(span.text.split()) < _MIN_WORDS:
            continue
        speaker, kind, cue = _attribute(span, paragraphs, mentions)
        if cue is None and previous is not None and previous.speaker and _continues(span, previous_close, paragraphs):
            # An unattributed quotation right after a speaker's words is more of the same speaker's words.
            speaker, kind = previous.speaker, previous.speaker_kind
        quote = Quote(span.text.rstrip(" ,"), speaker, kind, cue, span.paragraph)
        quotes.append(quote)
        previous = quote
        previous_close = (span.close_paragraph, span.close_at)
    return tuple(quotes)


def _continues(span: _Span, previous_close: tuple[int, int], paragraphs: Sequence[str]) -> bool:
    """Return True when a quotation follows the previous one in its paragraph or opens the next."""
    para, _ = previous_close
    if span.paragraph == para:
        return True
    return span.paragraph == para + 1 and span.open_at <= 1


def _spans(paragraphs: Sequence[str]) -> list[_Span]:
    """Return the quotations in order; an unclosed one goes on where the next paragraph reopens it."""
    spans: list[_Span] = []
    pending: tuple[int, int, list[str], str] | None = None
    for index, paragraph in enumerate(paragraphs):
        pos = 0
        if pending is not None:
            reopeners = (_OPEN_SINGLE,) if pending[3] == _OPEN_SINGLE else (_OPEN, '"')
            if paragraph[:1] in reopeners:
                pos = 1
            else:
                # The quotation was never closed and does not go on: keep what it held.
                spans.append(_Span(" ".join(pending[2]), pending[0], pending[1], index - 1, -1))
                pending = None
        while pos < len(paragraph):
            if pending is None:
                opened = _next_open(paragraph, pos)
                if opened < 0:
                    break
                pending = (index, opened, [], paragraph[opened])
                pos = opened + 1
            close = _next_close(paragraph, pos, pending[3])
            if close < 0:
                pending[2].append(paragraph[pos:].strip())
                break
            pending[2].append(paragraph[pos:close].strip())
            spans.append(_Span(" ".join(p for p in pending[2] if p), pending[0], pending[1], index, close + 1))
            pending = None
            pos = close + 1
    if pending is not None:
        spans.append(_Span(" ".join(pending[2]), pending[0], pending[1], len(paragraphs) - 1, -1))
    return spans


def _next_open(text: str, pos: int) -> int:
    """Return the offset of the next opening mark, or -1."""
    hits = [i for i in (text.find(_OPEN, pos), text.find('"', pos), _next_single_open(text, pos)) if i >= 0]
    return min(hits) if hits else -1


def _next_close(text: str, pos: int, opener: str) -> int:
    """Return the offset of the mark closing a quotation opened with opener, or -1."""
    if opener == _OPEN_SINGLE:
        return _next_single_close(text, pos)
    return text.find(_CLOSE if opener == _OPEN else '"', pos)


# British copy quotes with single curly marks (‘…’), whose closing mark is also the apostrophe
# ("don’t", "rebels’ gains", "’87"). An opening ‘ stands at a word's start before a letter; a
# closing ’ never stands between two letters. Straight single marks (') stay apostrophes: too
# ambiguous ("the farmers' union", 'no') to pair.
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"
_SINGLE_OPEN_AT = re.compile(r"(?:^|(?<=[\s(\[—–“-]))‘(?=[^\W\d_])")
# A strong close: punctuation just inside it ("…,’ said"), or punctuation or the paragraph's end
# just after it ("…’." / "…’"). A weak close: a letter inside, a space after ("‘a total success’
# on Monday"), which a plural possessive ("rebels’ successes") also looks like, so a weak close
# counts only when no strong one follows before the next opening mark.
_STRONG_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…—–-])’|’(?=[,.;:!?…)\]—–]|\s*$)")
_WEAK_SINGLE_CLOSE = re.compile(r"(?<=\w)’(?=\s)")


def _next_single_open(text: str, pos: int) -> int:
    """Return the offset of the next opening single mark, or -1."""
    match = _SINGLE_OPEN_AT.search(text, pos)
    return match.start() if match else -1


def _next_single_close(text: str, pos: int) -> int:
    """Return the offset of the mark closing a single-mark quotation opened before pos, or -1."""
    limit = _next_single_open(text, pos)
    limit = len(text) if limit < 0 else limit
    strong = _STRONG_SINGLE_CLOSE.search(text, pos, limit)
    if strong:
        weak = _WEAK_SINGLE_CLOSE.search(text, pos, strong.start())
        # "‘a total success’ on Monday, said Hale, ‘and more to come.’": the weak close stands
        # before words of attribution, so it is the close; a possessive is followed by a noun.
        if weak and _SPEAKS_AFTER_CLOSE.match(text, weak.end()):
            return weak.start()
        return strong.start()
    weak = _WEAK_SINGLE_CLOSE.search(text, pos, limit)
    return weak.start() if weak else -1


# Words after a closing mark that begin an attribution or the sentence's next clause.
_SPEAKS_AFTER_CLOSE = re.compile(rf"\s+(?:(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{SPEECH_VERBS})\b|(?:{SPEECH_VERBS})\b)")


def _attribute(
    span: _Span, paragraphs: Sequence[str], mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None]:
    """Return the speaker, its kind and the attribution as written, or Nones."""
    if span.close_at >= 0:
        para = paragraphs[span.close_paragraph]
        after = para[span.close_at : span.close_at + 200]
        for pattern in (_VERB_THEN_WHO, _WHO_THEN_VERB, _WHO_ASIDE_VERB):
            match = pattern.match(after)
            if match and _plausible(match.group("who")):
                who_start = span.close_at + match.start("who")
                found = _resolve(match.group("who"), span.close_paragraph, who_start, span, mentions)
                if found is not None:
                    return (*found, _cue(match.group("who"), match.group("verb"), pattern is _VERB_THEN_WHO))
        end = _sentence_end(para, span.close_at)
        match = _SENTENCE_END_WHO.search(para[span.close_at : end])
        if match:
            who, verb = match.group("who") or match.group("who2"), match.group("verb") or match.group("verb2")
            who_start = span.close_at + (match.start("who") if match.group("who") else match.start("who2"))
            found = _resolve(who, span.close_paragraph, who_start, span, mentions) if _plausible(who) else None
            if found is not None:
                return (*found, _cue(who, verb, bool(match.group("verb"))))
    if span.close_at < 0:
        # A quotation never closed ("…in the GATT, Lyng said."): the attribution ends its paragraph.
        para = paragraphs[span.close_paragraph]
        last = _sentence_start(para, len(para) - 1)
        match = _SENTENCE_END_WHO.search(para, last)
        if match:
            who, verb = match.group("who") or match.group("who2"), match.group("verb") or match.group("verb2")
            who_start = match.start("who") if match.group("who") else match.start("who2")
            found = _resolve(who, span.close_paragraph, who_start, span, mentions) if _plausible(who) else None
            if found is not None:
                return (*found, _cue(who, verb, bool(match.group("verb"))))
    para = paragraphs[span.paragraph]
    start = _sentence_start(para, span.open_at)
    before = para[start : span.open_at]
    found_before = _speaker_before(before, start, span, mentions)
    if found_before is not None:
        return found_before
    return _earlier_speaker(span, paragraphs, mentions)


def _speaker_before(
    before: str, offset: int, span: _Span, mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None] | None:
    """Return the speaker named before the quotation: the subject of the speech verb nearest to it."""
    verbs = list(_VERB_WORD.finditer(before))
    if not verbs or len(before) - verbs[-1].end() > _MAX_VERB_TO_QUOTE:
        return None
    verb = verbs[-1]
    head = before[: verb.start()]
    named_after = _speaker_after_verb(before, offset, verb, span, mentions)
    if named_after is not None:
        return named_after
    # "Nakasone, who has vowed to …, told reporters:": the name before the aside.
    aside = _ASIDE_END.search(head)
    if aside and _names_person(aside, offset, span, mentions):
        # "When the exchange announced it, Exchange President Ann Lee, said": no aside, a stray
        # comma; the capitalised phrase holding a person's name is the subject.
        head, aside = head[: aside.end("aside")], None
    who_start = aside.start("who") if aside else _clause_start(head, len(head))
    who = head[who_start:].strip() if not aside else aside.group("who").strip()
    if not who and verb.group() == "adding":
        return _adding_speaker(head, offset, span, mentions)
    if not who:
        return None
    who_start = offset + head.index(who, who_start)
    coordinated = who.split()[-1].lower() in ("and", "but", "then")
    found = _resolve(who, span.paragraph, who_start, span, mentions) if _plausible(who) and not coordinated else None
    if found is None and before.split()[:1] and before.split(maxsplit=1)[0].lower() in ("he", "she"):
        # "He said …, and added: “…”", "He said X was … and said “…”": the sentence's subject.
        found = _last_subject_before(span.paragraph, offset, mentions, "person")
    if found is None:
        found = _subject_before(span.paragraph, offset, who_start + len(who), mentions)
    if found is None or found[0] is None:
        return None
    return (*found, _cue(who, verb.group(), False))


def _names_person(aside: re.Match[str], offset: int, span: _Span, mentions: MentionIndex) -> bool:
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


_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,;“”\"]{1,80}?),?\s*$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;“”\"]{1,60}?)\s+as\s+$")


def _speaker_after_verb(
    before: str, offset: int, verb: re.Match[str], span: _Span, mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None] | None:
    """Return a speaker written after the verb before the quotation: "According to X, “…”", "quoted X as saying"."""
    head = before[: verb.start()]
    according = _ACCORDING_BEFORE.search(before)
    if according is not None:
        # "According to the Red Cross, “…”": the source follows the verb.
        who = according.group("who")
        found = _resolve(who, span.paragraph, offset + according.start("who"), span, mentions)
        if found is not None and found[0] is not None:
            return (*found, _cue(who, "according to", True))
    quoted = _QUOTED_AS.search(head) if verb.group() == "saying" else None
    if quoted is not None:
        # "The agency quoted him as saying …": the one quoted speaks, not the one quoting.
        who = quoted.group("who")
        found = _resolve(who, span.paragraph, offset + quoted.start("who"), span, mentions)
        if found is not None and found[0] is not None:
            return (*found, _cue(who, "quoted as saying", False))
    return None


# Farthest a speech verb may stand before the quotation it introduces, in characters.
_MAX_VERB_TO_QUOTE = 200
# The aside may be long ("Balladur, responding to remarks by … that …, said"); 160 characters.
_ASIDE_END = re.compile(r"(?P<who>[^,;“”\"]{1,80}),(?P<aside>[^,“”\"]{1,160}),\s*$")


def _clause_start(text: str, verb_at: int) -> int:
    """Return where the clause holding a verb starts: after the last comma or sentence stop before it."""
    cut = max(text.rfind(",", 0, verb_at), text.rfind(";", 0, verb_at))
    return cut + 1 if cut >= 0 else 0


def _cue(who: str, verb: str, verb_first: bool) -> str:
    """Return the attribution as written ("the army said", "said analyst Sam Heller")."""
    parts = (verb, who.rstrip(" .,;:")) if verb_first else (who, verb)
    return " ".join(" ".join(parts).split())


def _sentence_start(paragraph: str, offset: int) -> int:
    """Return where the sentence holding offset starts."""
    spans = sentence_spans(paragraph)
    at = bisect.bisect_right([start for start, _ in spans], offset) - 1
    return spans[at][0] if at >= 0 else 0


def _sentence_end(paragraph: str, offset: int) -> int:
    """Return where the sentence holding offset ends."""
    spans = sentence_spans(paragraph)
    ends = [end for _, end in spans]
    at = bisect.bisect_left(ends, offset)
    return ends[at] if at < len(ends) else len(paragraph)


def _adding_speaker(
    head: str, offset: int, span: _Span, mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None] | None:
    """Return who is "adding" the quotation: the speaker of the verb before it, else the sentence's subject.

    "The Royal Trust president said …, adding …" is the president's; "Coach Pia Lund praised the
    defence, adding: “…”" is the coach's.
    """
    earlier = _speaker_before(head, offset, span, mentions) if _VERB_WORD.search(head) else None
    if earlier is not None:
        return earlier
    first = _first_named(span.paragraph, offset, offset + len(head), mentions)
    return (*first, "adding") if first is not None else None


def _first_named(paragraph: int, start: int, end: int, mentions: MentionIndex) -> tuple[str, EntityKind] | None:
    """Return the first person (else organisation) named between start and end: a sentence's subject.

    A person first: "MITI director general Noboru Hatakeyama told reporters, adding: …" is his.
    """
    inside = [m for m in mentions.overlapping(paragraph, start, end) if start <= m.start and m.end <= end]
    people = [m for m in inside if m.kind == "person"]
    inside = people or [m for m in inside if m.kind != "place"]
    return (inside[0].name, inside[0].kind) if inside else None


def _subject_before(paragraph: int, start: int, end: int, mentions: MentionIndex) -> tuple[str, EntityKind] | None:
    """Return the last person or organisation named between start and end: the subject of a speech verb."""
    inside = [m for m in mentions.overlapping(paragraph, start, end) if start <= m.start and m.end <= end]
    inside = [m for m in inside if m.kind != "place"]
    if not inside:
        return None
    people = [m for m in inside if m.kind == "person"]
    chosen = (people or inside)[-1]
    return chosen.name, chosen.kind


def _earlier_speaker(
    span: _Span, paragraphs: Sequence[str], mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None]:
    """Return a speaker named with a speech verb earlier in the quotation's paragraph ("Lyng said … “…”")."""
    para = paragraphs[span.paragraph]
    candidates = [
        m
        for m in mentions.paragraph(span.paragraph)
        if m.end <= span.open_at and m.kind != "place" and _SPEAKS_AFTER.match(para[m.end :])
    ]
    if candidates:
        chosen = candidates[-1]
        return chosen.name, chosen.kind, None
    return _previous_paragraph_subject(span, paragraphs, mentions)


def _previous_paragraph_subject(
    span: _Span, paragraphs: Sequence[str], mentions: MentionIndex
) -> tuple[str | None, EntityKind | None, str | None]:
    """Return the person a quotation paragraph follows on from, as news writes it.

    "Employers' chairman Jacques Schoufour accused the union of intransigence." then a paragraph
    that is only a quotation: his words. Taken only when the paragraph before holds no quotation
    and names a person first.
    """
    if span.open_at > 1 or span.paragraph == 0:
        return None, None, None
    previous = paragraphs[span.paragraph - 1]
    if any(mark in previous for mark in ("“", "”", '"')):
        return None, None, None
    named = [m for m in mentions.paragraph(span.paragraph - 1) if m.kind != "place"]
    if not named or named[0].kind != "person":
        return None, None, None
    return named[0].name, "person", None


def _plausible(who: str) -> bool:
    """Return True for a phrase short enough to name a speaker."""
    words = who.split()
    return 0 < len(words) <= _MAX_WHO_WORDS


def _resolve(  # noqa: PLR0911, PLR0912
    who: str, paragraph: int, start: int, span: _Span, mentions: MentionIndex
) -> tuple[str | None, EntityKind | None] | None:
    """Return the entity a speaker phrase names, the phrase itself, or a pronoun's referent."""
    who = who.rstrip(" .,;:")  # "according to the Observatory." ends the sentence
    end = start + len(who)
    role = _role_referent(who, span, mentions)
    if role is not None:
        return role
    # Mentions overlapping the phrase: "a spokesman for Goldman Sachs and Co." ends inside a name.
    inside = [m for m in mentions.overlapping(paragraph, start, end) if m.kind != "place"]
    if inside:
        people = [m for m in inside if m.kind == "person"]
        chosen = (people or inside)[-1]
        return chosen.name, chosen.kind
    words = who.lower().split()
    while words and words[0] in _CLAUSE_WORDS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0] in _PRONOUNS:
        kind = _PRONOUNS[words[0]]
        if kind is None:
            return None, None
        if kind == "person":
            # "A senior aide said …" then "“…,” he said": the aide, not a person named before.
            unnamed = _unnamed_referent(span, mentions, None)
            if unnamed is not None:
                return unnamed
        return _last_subject_before(span.paragraph, span.open_at, mentions, kind)
    if (
        words[0] in ("the", "a", "an", "one", "another")
        and len(words) <= 5
        and all(w.replace("-", "").isalpha() or w.endswith("’s") for w in words)
    ):
        # "a Rabobank spokesman": the organisation the spokesman speaks for.
        org_named = _org_named_in(who, span, mentions)
        if org_named is not None:
            return org_named, "organization"
        # "a company spokesman", "a ministry official": the body of that kind named last before.
        kind_nouns = [w for w in words[1:-1] if w in _BACK_REFERENCES]
        if kind_nouns and _singular(words[-1]) in _UNNAMED_ROLES:
            org = _last_org_before(span.paragraph, span.open_at, mentions, kind_nouns[-1])
            if org is not None:
                return org, "organization"
        # "the company said": the organisation named last before it; "the army said": the phrase.
        if words[-1] in _BACK_REFERENCES:
            org = _last_org_before(span.paragraph, span.open_at, mentions, words[-1])
            if org is not None:
                return org, "organization"
        return " ".join(who.split()), None
    if _NAME_PHRASE.match(who.strip()):
        # A name the entity finder could not place ("Greenpeace warned"): the name as written.
        return " ".join(who.split()), None
    return None


def _role_referent(who: str, span: _Span, mentions: MentionIndex) -> tuple[str | None, EntityKind | None] | None:
    """Return whom "the spokesman" or "the minister" refers back to, or None to read the phrase otherwise."""
    lowered = who.lower().split()
    if len(lowered) == 2 and lowered[0] == "the" and lowered[1] in _STATEMENTS:
        # "X said in a statement …" then "“…,” the statement said": X's words.
        return _issuer_before(span, mentions, lowered[1])
    if lowered and lowered[0] == "the" and len(lowered) <= 3 and _singular(lowered[-1]) in _UNNAMED_ROLES:
        # "the spokesman said" after "A Brannock spokesman said …": the source introduced before.
        unnamed = _unnamed_referent(span, mentions, _singular(lowered[-1]))
        if unnamed is not None:
            return unnamed if unnamed[1] is not None else (" ".join(who.split()), None)
    if lowered and lowered[0] == "the" and len(lowered) <= 5 and lowered[-1] in _PERSON_BACK_REFERENCES:
        # "the minister said", "the Fed chairman said": the person last named as a subject.
        if lowered[-1] in _UNNAMED_ROLES:
            # "the analyst said": only a person named as a subject nearby; an analyst introduced
            # unnamed paragraphs ago is not the politician named since.
            return _recent_subject(span, mentions)
        person = _last_subject_before(span.paragraph, span.open_at, mentions, "person")
        if person[0] is not None:
            return person
    return None


def _recent_subject(span: _Span, mentions: MentionIndex) -> tuple[str | None, EntityKind | None] | None:
    """Return the last person named as a subject, or first in a sentence, in this paragraph or the one before."""
    for m in mentions.before(span.paragraph, span.open_at):
        if m.paragraph < span.paragraph - 1:
            break
        if m.kind == "person" and (m.subject or _opens_sentence(m, mentions)):
            return m.name, "person"
    return None


def _org_named_in(who: str, span: _Span, mentions: MentionIndex) -> str | None:
    """Return the organisation a capitalised word of a speaker phrase names ("a Rabobank spokesman")."""
    names = [w for w in who.split()[1:] if w[:1].isupper()]
    if not names:
        return None
    orgs = mentions.org_names
    for name in names:
        found = [org for org in orgs if name in org.split()]
        if len(found) == 1:
            return found[0]
    return None


def _last_org_before(paragraph: int, offset: int, mentions: MentionIndex, noun: str) -> str | None:
    """Return the organisation "the company" or "the ministry" refers back to."""
    nearest = company = None
    for m in mentions.before(paragraph, offset):
        if m.kind != "organization":
            continue
        if noun in m.name.lower():
            return m.name
        nearest = nearest or m.name
        if company is None and _COMPANY_NAME.search(m.name):
            company = m.name
    if noun in ("company", "firm", "group", "corporation"):
        return company or nearest
    if noun in _MEDIA_NOUNS:
        for m in mentions.before(paragraph, offset):
            if m.kind == "organization" and (
                m.name.split()[-1].lower() in _MEDIA_NAME_WORDS
                or (mentions.texts and noun in mentions.texts[m.paragraph][max(0, m.start - 25) : m.start].lower())
            ):
                return m.name
    if noun == "agency":
        # "the news agency IRNA reported …" then "the agency said": the body called an agency.
        for m in mentions.before(paragraph, offset):
            if (
                m.kind == "organization"
                and mentions.texts
                and "agency" in mentions.texts[m.paragraph][max(0, m.start - 20) : m.start].lower()
            ):
                return m.name
    return None


_MEDIA_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "radio", "television", "broadcaster"})
# Last words of newspapers' and broadcasters' names ("Nanfang Daily", "Washington Post").
_MEDIA_NAME_WORDS = frozenset(
    {"daily", "times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph", "guardian",
     "observer", "independent", "mail", "express", "standard", "star", "chronicle", "globe", "radio",
     "television", "tv", "weekly", "magazine", "review", "monitor", "zeitung", "spiegel", "monde", "figaro",
     "shimbun", "ore", "pravda", "izvestia"}
)  # fmt: skip
# Names that end as a company's do: "the company said" refers to one of these first.
_COMPANY_NAME = re.compile(r"\b(?:Corp|Corporation|Inc|Co|Company|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?$")


def _last_subject_before(
    paragraph: int, offset: int, mentions: MentionIndex, kind: EntityKind
) -> tuple[str | None, EntityKind | None]:
    """Return whom "he", "she" or "it" stands for: the last person (organisation) named as a subject, else named."""
    nearest = None
    for m in mentions.before(paragraph, offset):
        if m.kind != kind:
            continue
        if m.subject:
            return m.name, kind
        nearest = nearest or m.name
    return (nearest, kind) if nearest else (None, None)


# Roles of sources news copy leaves unnamed ("a senior official", "one trader", "a Texaco
# spokesman"). Introduced as the subject of a speech verb, such a source is what a later "he said"
# or "the spokesman said" refers to, until a named person speaks again.
_UNNAMED_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "diplomat", "trader", "dealer",
     "analyst", "banker", "economist", "witness", "resident", "officer", "executive", "lawyer", "negotiator"}
)  # fmt: skip
_UNNAMED_WHO = (
    r"(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?P<phrase>(?:(?!(?:the|and|but|who|said|says|told)\b)[\w’'().&/-]+\s+){0,6}?"
    rf"(?P<role>{'|'.join(sorted(_UNNAMED_ROLES))})s?)\b"
    r"(?P<tail>\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z&][\w’'.&-]*|of|and))*)?"
)
# The source as a clause's subject, opening it ("A Brannock spokesman said", "…, a senior official
# said"), not an object ("acquired an investment dealer, adding …"); or right after the verb
# ("said one analyst who …").
_UNNAMED_SOURCE = re.compile(
    rf"(?:^|[.,;:!?”\"]\s+|[.,;:!?]”\s+){_UNNAMED_WHO},?(?:\s+[^\s.;“”\"]+){{0,6}}?,?\s+(?:{SPEECH_VERBS})\b"
    rf"|\b(?:said|says|told|added)\s+{_UNNAMED_WHO.replace('?P<', '?P<v_')}"
)
# How many paragraphs back an unnamed source is still what "he said" refers to.
_UNNAMED_REACH = 2


def _singular(word: str) -> str:
    """Return a role noun without a plural s ("officials" -> "official")."""
    return word[:-1] if word.endswith("s") and word[:-1] in _UNNAMED_ROLES else word


def _unnamed_referent(
    span: _Span, mentions: MentionIndex, role: str | None
) -> tuple[str | None, EntityKind | None] | None:
    """Return what "he" or "the spokesman" stands for when it is an unnamed source introduced before.

    The organisation the source speaks for when its phrase names one ("a Kestrel Oil Co
    official", "a spokesman for Halvorsen"), else (None, None). None when no such source was
    introduced since the last named person spoke, or within reach.
    """
    if not mentions.texts:
        return None
    found: tuple[int, re.Match[str]] | None = None
    for index in range(span.paragraph, max(-1, span.paragraph - _UNNAMED_REACH - 1), -1):
        text = mentions.texts[index][: span.open_at] if index == span.paragraph else mentions.texts[index]
        hits = [m for m in _UNNAMED_SOURCE.finditer(text) if role is None or _singular(_group(m, "role")) == role]
        if hits:
            found = (index, hits[-1])
            break
    if found is None:
        return None
    index, match = found
    for m in mentions.before(span.paragraph, span.open_at):
        if (m.paragraph, m.start) < (index, match.end()):  # mentions after the source's attribution only
            break
        if m.kind == "person" and (m.subject or _opens_sentence(m, mentions)):
            return None  # a named person spoke since, or opened a sentence since ("Board member X also told …")
    # The phrase naming the source, without the verb or what follows it ("told Reuters").
    who_start = match.start("det") if match.group("det") else match.start("v_det")
    who_end = max(match.end(name) for name in ("role", "tail", "v_role", "v_tail") if match.group(name))
    named_in = [m for m in mentions.overlapping(index, who_start, who_end) if m.start >= who_start]
    orgs = [m for m in named_in if m.kind == "organization"]
    if orgs:
        return orgs[-1].name, "organization"
    if any(m.kind == "place" for m in named_in):
        return None, None  # "a New York trader", "a U.S. Customs spokesman": a place, not a body named
    named = _org_named_in("a " + _group(match, "phrase") + _group(match, "tail"), span, mentions)
    if named is None:
        # "a company spokesman told Reuters" then "the spokesman said": the company named before.
        kind_nouns = [w for w in _group(match, "phrase").lower().split() if w in _BACK_REFERENCES]
        if kind_nouns:
            named = _last_org_before(index, who_start, mentions, kind_nouns[-1])
    return (named, "organization") if named else (None, None)


def _group(match: re.Match[str], name: str) -> str:
    """Return a group of _UNNAMED_SOURCE from whichever of its two shapes matched, or ""."""
    return match.group(name) or match.group("v_" + name) or ""


# Documents that speak for whoever issued them: "the statement said".
_STATEMENTS = frozenset({"statement", "communique", "communiqué", "release"})


def _issuer_before(span: _Span, mentions: MentionIndex, noun: str) -> tuple[str | None, EntityKind | None] | None:
    """Return who issued "the statement": the last person or organisation named in a sentence mentioning one."""
    for m in mentions.before(span.paragraph, span.open_at):
        if m.kind == "place" or not mentions.texts:
            continue
        text = mentions.texts[m.paragraph]
        if noun in text[m.end : _sentence_end(text, m.end)].lower():
            return m.name, m.kind
    return None


def _opens_sentence(mention: Resolved, mentions: MentionIndex) -> bool:
    """Return True when a mention is the first name of its sentence, its subject as news writes it."""
    text = mentions.texts[mention.paragraph]
    start = _sentence_start(text, mention.start)
    return not any(
        start <= m.start < mention.start and m.kind != "place" for m in mentions.paragraph(mention.paragraph)
    )
