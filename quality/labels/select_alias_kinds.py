"""The fourth draw of alias pairs (select_alias_pairs.py --fourth): the kinds of merge the earlier draws
hold few of, each drawn on its own so that every kind is judged a dozen times or more.

* ``transliteration``: two people's names of as many words whose differing words have one consonant
  outline or are a letter or two apart ("Mohamed Salah", "Mohammed Salah"; "Zhao Sicong", "Zhao Zicong");
* ``initials``: a name in capitals and a longer organisation's name it is the initials of ("FDIC",
  "Federal Deposit Insurance Corp"; "ABC", "Abyssinian Baptist Church");
* ``legal-form``: a company's name with and without its legal form, or with two forms ("Texaco",
  "Texaco Inc"; "Chrysler Corp", "Chrysler Ltd");
* ``place-letter``: two places' names a letter apart ("Peru", "Piura"; "Dothan", "Bothan");
* ``shared-surname``: two full names with one surname, as in the first draw;
* ``short-given``: one surname, given names opening with the same three letters ("Rafa Benitez",
  "Rafael Benitez"; "Chris Evans", "Christine Evans").

Development half only, none of the pairs already labelled, as the second and third draws.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newscorpus.config import Config
from newscorpus.extract.identity import edit_distance, is_acronym, relation, same_outline
from newscorpus.extract.shortforms import initials_of, legal_words
from newscorpus.extract.text import name_tokens
from newscorpus.link import hub_keys, linkable
from newscorpus.model import Article, EntityKind

if TYPE_CHECKING:
    from quality.labels.select_alias_pairs import Form

FOURTH_QUOTAS = {
    "reuters": {
        "transliteration": 15,
        "initials": 15,
        "legal-form": 15,
        "place-letter": 12,
        "shared-surname": 12,
        "short-given": 15,
    },
    "web": {
        "transliteration": 12,
        "initials": 10,
        "legal-form": 8,
        "place-letter": 10,
        "shared-surname": 10,
        "short-given": 12,
    },
}
# Buckets holding more names than this are a shape shared by too many to compare all.
_MAX_BUCKET = 30


def fourth_candidates(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield (type, form, form) for every pair of the fourth draw's six types."""
    yield from _spellings(forms)
    yield from _initials(forms)
    yield from _legal_forms(forms)
    yield from _given_names(forms)


def _spellings(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield people's names a letter, two letters or a consonant outline apart word by word, and
    places' names a letter apart."""
    buckets: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in sorted(forms):
        if kind == "organization" or len(key) < 4:
            continue
        words = key.split()
        for i in range(len(words)):
            buckets[(kind, *words[:i], "*", *words[i + 1 :])].append((kind, key))
        if kind == "place":
            for i in range(len(key)):
                buckets[(kind, "-", key[:i] + key[i + 1 :])].append((kind, key))
    seen = set()
    for bucket in buckets.values():
        if len(bucket) > _MAX_BUCKET:
            continue
        for a in bucket:
            for b in bucket:
                if a < b and (a, b) not in seen:
                    seen.add((a, b))
                    drawn = _spelling_type(a, b)
                    if drawn:
                        yield drawn, forms[a], forms[b]


def _spelling_type(a: tuple[str, str], b: tuple[str, str]) -> str | None:
    if a[0] == "place":
        return "place-letter" if edit_distance(a[1], b[1]) == 1 else None
    ta, tb = a[1].split(), b[1].split()
    if len(ta) != len(tb) or len(ta) < 2:
        return None
    apart = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if apart and all(min(len(x), len(y)) > 2 and (edit_distance(x, y) <= 2 or same_outline(x, y)) for x, y in apart):
        return "transliteration"
    return None


def _initials(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    by_initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (kind, key), form in sorted(forms.items()):
        if kind == "organization" and len(key.split()) > 1:
            for letters in initials_of(tuple(form.text.split())):
                by_initials[letters].append((kind, key))
    for (kind, key), form in sorted(forms.items()):
        if kind == "organization" and is_acronym(form.text) and len(key) >= 2:
            bucket = sorted(set(by_initials.get(key.upper(), [])))
            if len(bucket) <= _MAX_BUCKET:
                for other in bucket:
                    yield "initials", form, forms[other]


def _legal_forms(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    by_bare: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (kind, key), form in sorted(forms.items()):
        if kind == "organization":
            bare, _ = legal_words(form.text)
            if bare:
                by_bare[bare].append((kind, key))
    for bucket in by_bare.values():
        if 1 < len(bucket) <= _MAX_BUCKET:
            for i, a in enumerate(bucket):
                for b in bucket[i + 1 :]:
                    if legal_words(forms[a].text)[1] != legal_words(forms[b].text)[1]:
                        yield "legal-form", forms[a], forms[b]


def _given_names(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    by_surname: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in sorted(forms):
        words = key.split()
        if kind == "person" and len(words) >= 2 and len(words[-1]) > 2:
            by_surname[tuple(words[1:])].append((kind, key))
    for bucket in by_surname.values():
        if len(bucket) > _MAX_BUCKET:
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                ga, gb = a[1].split()[0], b[1].split()[0]
                same_start = len(ga) >= 3 and len(gb) >= 3 and ga[:3] == gb[:3]
                yield ("short-given" if same_start else "shared-surname"), forms[a], forms[b]


# A hub's form and the articles writing it: (kind, text, article ids).
HubForm = tuple[str, str, tuple[str, ...]]


def merged_candidates(merged: Sequence[Article], config: Config) -> Iterator[tuple[HubForm, HubForm]]:
    """Yield (canonical, alias) for every hub of a merged build (named by enough articles for a hub) and each
    of its forms that is neither a part of its name, its initials, nor the same letters: the pairs the merge
    joins on evidence a reader cannot see in the names themselves (the thirteenth draw's "merged" type)."""
    writing: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[EntityKind, str], int] = defaultdict(int)
    for article in merged:
        for entity in linkable(article):
            counts[(entity.kind, entity.name)] += 1
            for text in {f.text for f in entity.forms} or {entity.name, *entity.aliases}:
                writing[(entity.kind, entity.name, text)].add(article.id)
    by_hub: dict[tuple[str, str], list[str]] = defaultdict(list)
    for kind, name, text in sorted(writing):
        by_hub[(kind, name)].append(text)
    for kind, name in hub_keys(counts, config):
        canonical = (kind, name, tuple(sorted(writing.get((kind, name, name), ()))))
        for text in by_hub[(kind, name)]:
            if canonical[2] and _merged_on_evidence(text, name, kind):
                yield canonical, (kind, text, tuple(sorted(writing[(kind, name, text)])))


def _merged_on_evidence(form: str, canonical: str, kind: str) -> bool:
    """Return True for a form of a hub that is not plainly of its name: not the name, not in other letters,
    not a part of it nor holding it whole, not its initials nor the name they stand for."""
    if relation(form, canonical, kind) in {"", "the same name in other letters", "initials"}:
        return False
    if relation(form, canonical, kind) == "the name the initials stand for":
        return False
    mine, theirs = set(name_tokens(form)), set(name_tokens(canonical))
    return bool(mine and theirs) and not (mine <= theirs or theirs <= mine)
