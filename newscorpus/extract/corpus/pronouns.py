"""What a surname's own article calls its person, he or she: namesakes of the other sex are not meant."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..name_genders import given_name_genders
from .state import Corpus, Ref

# The pronoun a writer refers back to a surname with: the subject opening the next sentence ("...
# the second straight outing for Robinson, who had 20 points on Dec. 30. She was 10-for-16"), or the
# one right after its "said" ("Robinson said he"). A pronoun further on is as often another person's.
# A stop before a small letter, a digit or a comma ends no sentence: "on Dec. 30", "U.S. officials".
_NEXT_SUBJECT = re.compile(r"^(?:[^.!?]|[.!?](?=\s*[a-z0-9,]))*?[.!?][\"”’]?\s+(He|She)\b")
_SAID = re.compile(r"^(?:,[^,]{1,80},)?\s+(?:said|says|added|told)\s+(?:\w+\s+)??(he|she)\b")
_SEX = {"he": "m", "she": "f"}


def pronoun_sex(text: str, surname: str) -> str | None:
    """Return "m" or "f" when the pronouns a text refers back to a surname with (see _NEXT_SUBJECT) say
    only he or only she; None when they say both, or neither."""
    said = set()
    for found in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])", text):
        after = text[found.end() :]
        for pattern in (_SAID, _NEXT_SUBJECT):
            pronoun = pattern.match(after)
            if pronoun:
                said.add(_SEX[pronoun.group(1).lower()])
                break
    return next(iter(said)) if len(said) == 1 else None


def same_sex(corpus: Corpus, ref: Ref, people: Iterable[Ref]) -> set[Ref]:
    """Return the people (by a member) a surname alone may name, leaving out those whose given name the
    name lists give the other sex from the one its article's pronouns say: "Robinson, who had 20
    points ... She was 10-for-16" is not Nate Robinson."""
    people = set(people)
    sex = corpus.read(ref[0], pronoun_sex, ref[2])
    if sex is None:
        return people
    genders = given_name_genders()
    return {p for p in people if genders.get(p[2].split()[0].capitalize(), sex) == sex}
