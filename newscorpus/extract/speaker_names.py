"""A speaker's name in the fullest form the story writes it, and no longer.

The entity finder may keep only part of a name it does not know ("said Ashish Arora" gives "Arora";
"Thane Maynard said" gives the town of Thane): a quotation's speaker is then the one longer name
the story writes around that part, a given name before a surname or a surname after a given name.
Two names it runs together ("Steve Irwin Paul Watson") give the second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import EntityKind
from .attribution_cues import COMPANY_NAME
from .cues import STOPWORDS, TITLES
from .identity import edit_distance
from .mentions import Resolved
from .name_genders import faker_given_names
from .quote_context import MentionIndex
from .speaker_surnames import other_sex
from .text import MONTHS, WEEKDAYS

# One word of a personal name: "Ashish", "O'Neill", "Jean-Pierre", "McAveety", an initial "J.".
_NAME_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\.)"
_RUN = re.compile(rf"(?<![\w’'.-]){_NAME_WORD}(?:\s{_NAME_WORD})*(?![\w’'-])")
# Capitalised words joined to a lower-case word that open a run: a description ("Fifth-seeded", "Oscar-winning").
_DESCRIBING = re.compile(r"^(?:[A-Z][a-z]+-[a-z][\w-]*\s+)+")
# A full name holds at most three words ("Shuly Rubin Schwartz"); a longer run joins two names.
_LONGEST = 3
_RUN_ON = 4
# A paragraph this share of whose words are capitalised is a headline, whose words join no name.
_HEADLINE_SHARE = 0.6
NOT_NAME_WORDS = STOPWORDS | TITLES | {word.lower() for word in (*MONTHS, *WEEKDAYS)}


def fuller_names(
    speakers: Sequence[tuple[str | None, EntityKind | None, str | None]],
    mentions: MentionIndex,
    headline: str = "",
) -> list[tuple[str | None, EntityKind | None]]:
    """Return each (speaker, kind, cue) with a person's name in the fullest form the story writes.

    A one-word person (or name of no kind) becomes the one longer name written around it outside
    quotations; a place becomes a person only where its own attribution writes the longer name
    ("Thane Maynard said"). Bodies, and names two longer forms could complete, are left as they are.
    """
    fuller: list[tuple[str | None, EntityKind | None]] = []
    runs_by_name: dict[str, list[str]] = {}  # one look over the story per name, however often it speaks
    for name, kind, cue in speakers:
        if kind == "person" and name is not None and run_on(name):
            fuller.append((" ".join(name.split()[-2:]), kind))
            continue
        if name is None or " " in name or kind not in ("person", "place", None) or other_sex(name, kind, mentions):
            fuller.append((name, kind))
            continue
        if name not in runs_by_name:
            runs_by_name[name] = _name_runs(mentions, name)
        runs = runs_by_name[name]
        written = [run for run in _runs_of(cue or "") if run in runs] if kind == "place" else runs
        longer = longer_form(name, written)
        if longer is None and kind == "person":
            longer = misspelt_surname(name, mentions)
        if longer is None and kind in ("person", None):
            longer = headline_name(name, headline)
        fuller.append((longer, "person") if longer else (name, kind))
    return fuller


def headline_name(name: str, headline: str) -> str | None:
    """Return the one full name a headline writes for a lone surname the story's body never completes.

    "Karl Osterby quits as Rovers manager" over "“…,” Osterby said": the manager. Only a run of two or
    three words opening on a listed given name, so a headline's capitals join no other words to a name
    ("Osterby Predicts Rovers Win", "Smith Predicts Jones").
    """
    found = {
        run
        for run in _runs_of(headline)
        if 1 < len(run.split()) <= _LONGEST and run.split()[-1] == name and run.split()[0] in faker_given_names()
    }
    return found.pop() if len(found) == 1 else None


# The shortest surname whose one-letter slip is read as the name ("Schacham" for "Shacham").
_SLIP_LENGTH = 5


def misspelt_surname(name: str, mentions: MentionIndex) -> str | None:
    """Return the one person named in full whose surname a lone surname misspells by one letter.

    "Ofer Shacham, the chip's engineering manager … “…,” says Schacham": a letter added, dropped or
    changed, the first letter the same; not when no full name or two full names come that close, nor
    when the story writes the surname after a title ("President Reagan" beside "Donald Regan").
    """
    if len(name) < _SLIP_LENGTH or not name.isalpha():
        return None
    full = {
        m.name
        for index in mentions.paragraphs
        for m in mentions.paragraph(index)
        if m.kind == "person" and len(m.name.split()) > 1
    }
    close = [n for n in sorted(full) if n.split()[-1] != name and _one_slip(n.split()[-1], name)]
    if len(close) != 1 or any(n.split()[-1] == name for n in full) or _titled(name, mentions.texts):
        return None
    return close[0]


def _titled(name: str, texts: Sequence[str]) -> bool:
    """Return True when the story writes a surname after a title ("President Reagan", "Mrs Reagan"): a
    person in their own right whom the story names so, not a slip in another person's name ("Regan")."""
    before = re.compile(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b")
    return any(match.group(1).lower() in TITLES for text in texts for match in before.finditer(text))


def _one_slip(a: str, b: str) -> bool:
    """Return True when two words of five letters or more, the first letter the same, are one edit apart
    (a letter added, dropped or changed, or two neighbours swapped), as the corpus merge reads a slip."""
    return min(len(a), len(b)) >= _SLIP_LENGTH and a[0] == b[0] and edit_distance(a, b) == 1


def run_on(name: str) -> bool:
    """Return True for two names the entity finder ran together: four words, the first and third given names.

    "Steve Irwin Paul Watson" (a ship, then its captain) is Paul Watson; "Luiz Carlos Bresser
    Pereira" and "James Van Der Beek" are one name each.
    """
    words = name.split()
    given = faker_given_names()
    return (
        len(words) == _RUN_ON
        and all(re.fullmatch(_NAME_WORD, word) and not word.endswith(".") for word in words)
        and words[0] in given
        and words[2] in given
    )


def _name_runs(mentions: MentionIndex, name: str) -> list[str]:
    """Return the capitalised runs around `name` outside quotations and headlines, titles dropped.

    A run that holds another place or body ("Ukraine Kurt Volker", "Soviet Union Lyng") or opens a
    sentence with a word before the name ("Bystander Franck Sidoli") joins no name.
    """
    runs: list[str] = []
    for index, text in enumerate(mentions.texts):
        words = text.split()
        if name not in text or sum(w[:1].isupper() for w in words) >= _HEADLINE_SHARE * len(words):
            continue
        inside = mentions.quoted.get(index, ())
        for match in _RUN.finditer(text):
            start, end = match.span()
            run = _DESCRIBING.sub("", match.group())  # "Fifth-seeded Shahar Peer": a description, no name word
            start += len(match.group()) - len(run)
            if f" {name} " not in f" {run} " or any(a <= start < b for a, b in inside):
                continue
            others = [m for m in mentions.overlapping(index, start, end) if m.kind != "person" and m.name != name]
            opens = not text[:start].strip() or text[:start].rstrip()[-1:] in '.!?"”:'
            if not others and not (opens and not run.startswith(name)):
                runs.append(run)
    return runs


def _runs_of(text: str) -> list[str]:
    return [match.group() for match in _RUN.finditer(text)]


def longer_form(name: str, runs: Sequence[str]) -> str | None:
    """Return the one name of two or three words that holds `name`'s words and more, if one."""
    words = name.split()
    if len(words) >= _LONGEST:
        return None
    found: set[str] = set()
    for run in runs:
        parts = run.split()
        while parts and parts[0].lower().rstrip(".") in NOT_NAME_WORDS:
            parts = parts[1:]  # "But Arora", "Vice President Arora": no part of the name
        if not len(words) < len(parts) <= _LONGEST or COMPANY_NAME.search(" ".join(parts)):
            continue
        at = next((i for i in range(len(parts) - len(words) + 1) if parts[i : i + len(words)] == words), None)
        extra = [] if at is None else parts[:at] + parts[at + len(words) :]
        if at is not None and not any(w.lower().rstrip(".") in NOT_NAME_WORDS for w in extra):
            found.add(" ".join(parts))
    return found.pop() if len(found) == 1 else None


def name_parts_as_people(resolved: Sequence[Resolved], texts: Sequence[str]) -> list[Resolved]:
    """Return the mentions with a one-word place that is part of a person's name read as that person.

    "North Korean leader Kim Jong Un …. Kim said": the gazetteer's Kim is the leader named before,
    the one person of the story whose name opens or ends with that word ("Jackson said" after
    "Janet Jackson"). A word two people's names hold is left a place. A place or body run on into a
    surname ("the Soviet Union Lyng said") is the person the surname names.
    """
    resolved = [part for m in resolved for part in person_of_body(m, texts)]
    holders: dict[str, set[str]] = {}
    for m in resolved:
        words = m.name.split()
        if m.kind == "person" and len(words) > 1:
            for word in {words[0], words[-1]}:
                holders.setdefault(word, set()).add(m.name)
    other_names = {m.name for m in resolved if m.kind != "person"}
    found: list[Resolved] = []
    for m in resolved:
        written = texts[m.paragraph][m.start : m.end] if m.paragraph < len(texts) else ""
        people = holders.get(written, set()) if m.kind == "place" and written == m.name else set()
        one = next(iter(people)) if len(people) == 1 else None
        found.append(
            Resolved("person", one, m.paragraph, m.start, m.end, m.subject)
            if one
            else _run_on_surname(m, written, holders, other_names)
        )
    return found


# A person's name, then "of" and a body the entity finder took with it: "Katya Malofeeva of Renaissance Capital".
_PERSON_OF = re.compile(rf"(?P<person>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}) of (?:the )?[A-Z]")


def person_of_body(m: Resolved, texts: Sequence[str]) -> list[Resolved]:
    """Return a body's name that opens on a person's name and "of" as that person, else the mention as it is.

    "Katya Malofeeva of Renaissance Capital said" names the analyst of the bank, who speaks: its first word
    a given name, or its last word before "of" the subject of a speech verb elsewhere ("Malofeeva said"); not
    a body's name of other words ("Diplomatic Academy of Vietnam", "Times Union of Albany").
    """
    written = texts[m.paragraph][m.start : m.end] if m.kind == "organization" and m.paragraph < len(texts) else ""
    found = _PERSON_OF.match(written)
    if found is None:
        return [m]
    person = found.group("person")
    if any(word.lower().rstrip(".") in NOT_NAME_WORDS for word in person.split()):
        return [m]
    if person.split()[0] not in faker_given_names() and not _written_alone(person.split()[-1], texts):
        return [m]
    return [Resolved("person", person, m.paragraph, m.start, m.start + len(person), m.subject)]


def _written_alone(surname: str, texts: Sequence[str]) -> bool:
    """Return True when the story writes a surname alone as a speech verb's subject ("Malofeeva said")."""
    alone = re.compile(rf"(?<![\w’'-])(?<!the ){re.escape(surname)}\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added)\b")
    return any(alone.search(text) for text in texts)


def _run_on_surname(m: Resolved, written: str, holders: dict[str, set[str]], names: set[str]) -> Resolved:
    """Return a body's or place's name run on into a surname as the person it ends with.

    "… to the Soviet Union Lyng said" (wire copy without its comma): the words before the surname
    are a place or body the story names apart, the surname that of one person named in full.
    """
    words = written.split()
    if m.kind == "person" or len(words) < 2 or " ".join(words[:-1]) not in names:
        return m
    people = holders.get(words[-1], set())
    if len(people) != 1 or next(iter(people)).split()[-1] != words[-1]:
        return m
    return Resolved("person", next(iter(people)), m.paragraph, m.end - len(words[-1]), m.end, m.subject)


def named_elsewhere(phrase: str, mentions: MentionIndex) -> tuple[str, EntityKind] | None:
    """Return the one person or body the story writes elsewhere in the very words of a speaker phrase no
    entity was found in ("Trump said …" in a headline, "President Trump" in the story), else None."""
    found = {
        (m.name, m.kind)
        for m in mentions.iter_all()
        if m.kind in ("person", "organization")
        and (m.name == phrase or mentions.texts[m.paragraph][m.start : m.end] == phrase)
    }
    return found.pop() if len(found) == 1 else None
