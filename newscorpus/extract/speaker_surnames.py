"""Whom a lone surname names when more than one person of the story may bear it.

Merging ties a lone surname to one name; a speaker's surname is the person last written in full with it
("Laurie Daley … Troy Cassar-Daley … Daley says"), the one of two bearers the story does not call by given
name ("Supriya Jindal and her husband, Bobby Jindal … Bobby says … Jindal says": Supriya Jindal), else the
bearer named nearer; and a relative named by given name alone after the bearer ("Venus Williams … Her sister
Serena … Williams said") bears it too.
"""

from __future__ import annotations

import re

from .cues import STOPWORDS, TITLES
from .mentions import Resolved
from .name_genders import faker_given_names, given_name_genders
from .quote_context import MentionIndex, person_referent
from .quote_spans import Span, sentence_end, sentence_start
from .text import MONTHS, WEEKDAYS


def namesake(mention: Resolved, span: Span, mentions: MentionIndex) -> str:
    """Return whom a lone surname names when merging tied it to a name ending otherwise, or two people share it.

    "Laurie Daley … Troy Cassar-Daley … “…,” Daley says": Laurie Daley, the person last written in
    full with that surname, not the name "Daley" was merged into; "Venus Williams … Serena Williams …
    Williams said": Serena, the one named nearer, and so "Venus Williams … her sister Serena". A name
    written in full, a name merged into one ending with the surname as written that no one else bears,
    or a surname no full name ends with, is the mention's own.
    """
    text = mentions.texts[mention.paragraph] if mentions.texts else ""
    written = text[mention.start : mention.end]
    if not written.isalpha():
        return mention.name
    if other_sex(mention.name, "person", mentions):
        return mention.name  # "Thurman says she …" beside "her father, Robert Thurman": someone else
    kin = kin_nearer(written, mention.name, (mention.paragraph, mention.start), mentions)
    if kin is not None:
        return kin
    bearers = _bearers(written, mentions) if mention.name.split()[-1:] == [written] else []
    if len(bearers) == 1:
        return bearers[0]
    if mention.name.split()[-1:] == [written] and not bearers:
        return mention.name
    return _nearest(written, span, mentions) or mention.name


def _nearest(written: str, span: Span, mentions: MentionIndex) -> str | None:
    """Return the person last written in full with a surname before the quotation."""
    for m in mentions.before(span.paragraph, span.open_at):
        full = mentions.texts[m.paragraph][m.start : m.end].split()
        if m.kind == "person" and len(full) > 1 and full[-1] == written and not mentions.is_quoted(m):
            return m.name
    return None


def _bearers(surname: str, mentions: MentionIndex) -> list[str]:
    """Return the people named in full with a surname whom the story does not call by given name alone.

    "Supriya Jindal and her husband, Bobby Jindal … Bobby says … Jindal says": Supriya Jindal, as news
    calls the other by his given name; both, or none, when it calls each the same way.
    """
    people = {
        m.name
        for m in mentions.iter_all()
        if m.kind == "person" and m.name.split()[1:][-1:] == [surname] and not _doubtful(m.name, mentions)
    }
    if len(people) < 2 or not mentions.texts:
        return sorted(people)
    alone = {mentions.texts[m.paragraph][m.start : m.end] for m in mentions.iter_all() if m.kind == "person"}
    uncalled = {name for name in people if name.split()[0] not in alone}
    return sorted(uncalled or people)


def _doubtful(name: str, mentions: MentionIndex) -> bool:
    """Return True for a name whose first word no list gives anyone and that only ever opens a sentence:
    "Call Brown and Duggins the Super Sophomores?" names Brown, not a person "Call Brown"."""
    if name.split(maxsplit=1)[0] in faker_given_names() or not mentions.texts:
        return False
    for m in mentions.iter_all():
        text = mentions.texts[m.paragraph]
        if m.name == name and " " in text[m.start : m.end] and text[sentence_start(text, m.start) : m.start].strip():
            return False
    return True


# Kin who mostly share a person's surname, named by given name alone after the word ("her sister Serena").
_SURNAME_KIN = frozenset({"sister", "brother", "son", "daughter", "father", "mother", "twin", "wife", "husband"})
_KIN_BEFORE = re.compile(r"\b(?P<own>[Hh]is|[Hh]er)\s+(?P<kin>[a-z]+),?\s+$")


def kin_nearer(written: str, holder: str, at: tuple[int, int], mentions: MentionIndex) -> str | None:
    """Return the relative named by given name alone who shares a lone surname and was named nearer the words.

    "Venus Williams … Her sister Serena … “…,” Williams said": Serena, named after Venus and nearer, whom
    "her" stands for; None when the person holding the surname in full (holder) was named since, or no such
    relative was.
    """
    if not mentions.texts:
        return None
    for m in mentions.before(*at):
        if m.kind != "person" or mentions.is_quoted(m) or (m.paragraph, m.start) == at:
            continue
        if m.name == holder:
            return None  # the holder named since the relative
        text = mentions.texts[m.paragraph]
        found = _KIN_BEFORE.search(text, max(0, m.start - 20), m.start)
        if " " in m.name or m.name == written or not found or found.group("kin") not in _SURNAME_KIN:
            continue
        own = person_referent(m.paragraph, m.start - len(found.group()), mentions, found.group("own").lower())
        return m.name if own[0] == holder and not _called_alone_before(written, holder, m, mentions) else None
    return None


def _called_alone_before(surname: str, holder: str, relative: Resolved, mentions: MentionIndex) -> bool:
    """Return True when the story calls the holder by the surname alone before it names the relative.

    "“…,” Arians said" twice, then "his wife, Chris, …", then "“…,” Arians said": the coach the story
    has called so all along, not his wife; "Venus Williams … Her sister Serena … Williams said" names
    the sister, the surname written alone only after her.
    """
    given = holder.removesuffix(surname).rstrip()
    alone = re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])")
    for index, text in enumerate(mentions.texts[: relative.paragraph + 1]):
        end = relative.start if index == relative.paragraph else len(text)
        if any(not text[: found.start()].rstrip().endswith(given) for found in alone.finditer(text, 0, end)):
            return True
    return False


# A subject pronoun after a name in its sentence: the name's sex as the story writes it.
_SUBJECT_PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Ss]he)\b")
_SEX = {"he": "m", "she": "f"}
# Fewest sentences whose pronouns must give a lone surname the other sex.
_SENTENCES_SAYING = 2


def other_bearers(resolved: list[Resolved], texts: list[str]) -> list[Resolved]:
    """Return the mentions with a lone surname the story writes as the other sex's than its full name's given
    name says read as a person of its own, named by the surname.

    "her father, Robert Thurman, …" then "Thurman says she …" throughout: the woman the story is about,
    whom it names in full only in its headline, not her father; merging tied the surname to the one name
    the body writes in full. Only when every sentence naming the lone surname alone with a subject pronoun
    after it says so, two sentences at least ("Gumert found …, the likelihood that she …" is one).
    """
    genders = given_name_genders()
    said: dict[str, list[str]] = {}
    for m in resolved:
        words = m.name.split()
        written = texts[m.paragraph][m.start : m.end] if m.paragraph < len(texts) else ""
        if m.kind != "person" or len(words) < 2 or written != words[-1] or words[0] not in genders:
            continue
        sex = _sentence_sex(m, resolved, texts[m.paragraph])
        if sex is not None:
            said.setdefault(m.name, []).append(sex)
    other = {
        name
        for name, sexes in said.items()
        if len(sexes) >= _SENTENCES_SAYING and set(sexes) == {"m", "f"} - {genders[name.split()[0]]}
    }
    return [
        Resolved("person", m.name.split()[-1], m.paragraph, m.start, m.end, m.subject)
        if m.name in other and texts[m.paragraph][m.start : m.end] == m.name.split()[-1]
        else m
        for m in resolved
    ]


def _sentence_sex(m: Resolved, resolved: list[Resolved], text: str) -> str | None:
    """Return the sex the subject pronouns after a name in its sentence give, when no one else is named there."""
    start, end = sentence_start(text, m.start), sentence_end(text, m.end)
    if any(
        o is not m and o.kind == "person" and o.paragraph == m.paragraph and start <= o.start < end for o in resolved
    ):
        return None
    found = {_SEX[w.group("word").lower()] for w in _SUBJECT_PRONOUN.finditer(text, m.end, end)}
    return found.pop() if len(found) == 1 else None


def other_sex(name: str, kind: str | None, mentions: MentionIndex) -> bool:
    """Return True for a surname read as a person of its own beside a full name of the other sex that holds it
    ("Thurman says she …" beside "her father, Robert Thurman"): not that name written short."""
    if kind != "person" or " " in name or name not in mentions.genders:
        return False
    genders = given_name_genders()
    return any(
        m.kind == "person"
        and m.name.split()[-1] == name
        and genders.get(m.name.split()[0], mentions.genders[name]) != mentions.genders[name]
        for m in mentions.iter_all()
    )


# A capitalised word alone, then a verb and a personal pronoun's possessive: "Mowbray defended his decision".
_LONE_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
_OPENS_WITH_OWN = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<word>{_LONE_WORD})\s+[a-z]+(?:ed|s)\s+(?:his|her)\b")
_SPEAKS = re.compile(
    rf"\b(?P<word>{_LONE_WORD})\s+(?:said|says|added|told)\b|\b(?:said|added)\s+(?P<after>{_LONE_WORD})\b"
)


def lone_people(resolved: list[Resolved], texts: list[str]) -> list[Resolved]:
    """Return the mentions with a surname the entity finder made nothing of added as a person wherever written.

    "Mowbray said: “…”" and "Mowbray defended his decision to …": a word written alone that speaks and
    opens a sentence as the owner of "his" or "her" is someone, not a body ("its"); only a word no mention
    covers anywhere, capitalised, and no name list's function word, title or month.
    """
    covered = {texts[m.paragraph][m.start : m.end] for m in resolved if m.paragraph < len(texts)}
    covered |= {word for m in resolved for word in m.name.split()}
    speaking = {found["word"] or found["after"] for text in texts for found in _SPEAKS.finditer(text)}
    owners = {found["word"] for text in texts for found in _OPENS_WITH_OWN.finditer(text)}
    words = {w for w in speaking & owners if w not in covered and w.lower() not in _NOT_NAME_WORDS}
    if not words:
        return resolved
    added = [
        Resolved("person", found.group(), index, found.start(), found.end(), bool(_VERB_NEXT.match(text, found.end())))
        for index, text in enumerate(texts)
        for found in re.finditer(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(words)))})(?![\w’'-])", text)
    ]
    return sorted([*resolved, *added], key=lambda m: (m.paragraph, m.start))


def surnames_alone(resolved: list[Resolved], texts: list[str]) -> list[Resolved]:
    """Return the mentions with the surname of one person named in full added where the story writes it alone.

    "Cardinals coach Bruce Arians …" then "Arians plans on …" and "“…,” he said": the entity finder
    took the lone word for a people's name ("Arians" as "Syrians"), so "he" found the son named
    since; the surname written alone, capitalised and inside no other mention, is the coach. Not a
    surname two people of the story share, nor a function word, title or month.
    """
    holders: dict[str, set[str]] = {}
    for m in resolved:
        words = m.name.split()
        if m.kind == "person" and len(words) > 1 and words[-1][:1].isupper():
            holders.setdefault(words[-1], set()).add(m.name)
    surnames = {w: next(iter(names)) for w, names in holders.items() if len(names) == 1}
    surnames = {w: name for w, name in surnames.items() if w.lower() not in _NOT_NAME_WORDS}
    if not surnames:
        return resolved
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in resolved:
        spans.setdefault(m.paragraph, []).append((m.start, m.end))
    pattern = re.compile(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(surnames)))})(?![\w-])")
    added = [
        Resolved(
            "person",
            surnames[found.group()],
            index,
            found.start(),
            found.end(),
            bool(_VERB_NEXT.match(text, found.end())),
        )
        for index, text in enumerate(texts)
        for found in pattern.finditer(text)
        if not any(start < found.end() and found.start() < end for start, end in spans.get(index, ()))
    ]
    return sorted([*resolved, *added], key=lambda m: (m.paragraph, m.start)) if added else resolved


_NOT_NAME_WORDS = STOPWORDS | TITLES | {word.lower() for word in (*MONTHS, *WEEKDAYS)}
# A lower-case word after a name: a verb it is the subject of ("Mowbray admitted").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
