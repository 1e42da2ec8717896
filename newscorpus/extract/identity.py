"""Evidence that two forms of a name are one entity, or two: spelling, given names, legal forms, words.

The corpus-wide merge (corpus/) asks these questions of every pair of forms that look alike.
Letters alone are weak evidence: "Peru" and "Peoria", "Reagan" and "Regan", "Apollo Computer"
and "Apple Computer" are one or two edits apart and name different things. So a spelling
variant must be close relative to the length of the word it changes, must not be a common word,
and must leave given names and legal forms agreeing; the merge adds what the corpus says (how
many articles write each form, what else they name).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

from .entities import ACRONYM, acronym_of
from .legal_forms import LEGAL_FORMS
from .place_lists import PLACE_ALIASES, STATES_NAMED_AS_CITIES
from .surname_first import family_name_first
from .text import fold_name, name_tokens, skeleton

# A name that runs on into another through "and the" is two names the finder did not split
# ("USDA and the General Accounting Office", Reuters): never an entity's canonical name.
_RUN_ON = re.compile(r"\s(?:and|&)\s+the\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1 << 16)
def edit_distance(a: str, b: str) -> int:
    """Return the edits (insert, delete, substitute, swap two neighbours) turning a into b.

    Kept by its two words: the corpus merge asks of the same pairs again and again.
    """
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    before_a = ""
    for i, ca in enumerate(a, start=1):
        current = [i]
        left = i  # current[j - 1]
        before_b = ""
        for j, cb in enumerate(b, start=1):
            # The least of a substitution (or none), a deletion, an insertion and a swap; compared
            # one by one, as min() costs a call per letter pair.
            value = previous[j - 1] + (ca != cb)
            if previous[j] < value:
                value = previous[j] + 1
            if left < value:
                value = left + 1
            if ca == before_b and before_a == cb and i > 1 and j > 1 and previous2[j - 2] < value:
                value = previous2[j - 2] + 1
            current.append(value)
            left = value
            before_b = cb
        previous2, previous = previous, current
        before_a = ca
    return previous[-1]


def close_spelling(a: str, b: str, max_share: float) -> bool:
    """Return True when two different words are one spelling apart, relative to their length.

    "Securitites"/"Securities" (1 edit in 11), "Joulani"/"Jolani" (1 in 7) are; "Zhao"/"Zhou"
    (1 in 4), "Apollo"/"Apple" (3 in 6) and "Lange"/"Liang" (2 in 5) are not.
    """
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    allowed = int(max(len(a), len(b)) * max_share + 1e-9)
    return allowed > 0 and abs(len(a) - len(b)) <= allowed and edit_distance(a, b) <= allowed


# Words shorter than this keep their vowels: "Dale", "Daly" and "Deal" are three names.
_MIN_OUTLINE_LETTERS = 4
# Words this long may differ in two vowels or doubled letters ("Khaththab", "Khoththob"); shorter
# ones in one vowel written otherwise, never a letter added ("Cook", "Cooke" are two surnames).
_TWO_VOWEL_LETTERS = 6
# The umlauts written out after their vowel ("Schroeder" for Schröder, "Mueller" for Müller).
_UMLAUT = re.compile(r"(?<=[aou])e")
_VOWEL = frozenset("aeiou")


def same_outline(a: str, b: str) -> bool:
    """Return True for two spellings of one word that differ only in vowels and doubled letters.

    Transliterations and slips keep a word's consonants: "Omar" and "Omer" (Reuters writes a Sudanese
    minister both ways), "Dartell" and "Drattell" (one witness in one web story), "Khaththab" and
    "Khoththob". Not "Cook" and "Cooke" (a letter added), nor "Carey" and "Curry" (two vowels in five
    letters), nor "Mark" and "Mack" (a consonant changed), nor "Dale" and "Daly" (the last letter),
    nor "Redd" and "Reed".
    """
    # The first and last letters stay: "Dale" and "Daly", "Roman" and "Romania" are other names.
    if a == b or not a.isalpha() or not b.isalpha() or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if min(len(a), len(b)) < _MIN_OUTLINE_LETTERS or abs(len(a) - len(b)) > 1 or skeleton(a) != skeleton(b):
        return False
    if max(len(a), len(b)) < _TWO_VOWEL_LETTERS:
        # One vowel for another ("Omar", "Omer"), two letters swapped ("Yrok", "York") or a letter
        # doubled; a vowel for a consonant is another name ("Redd", a basketball player; "Reed", a
        # newspaper chief).
        if len(a) != len(b):  # a consonant doubled: "Glen", "Glenn"
            longer, shorter = (a, b) if len(a) > len(b) else (b, a)
            return any(
                longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer))
            )
        apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        swapped = len(apart) == 2 and apart[0] == apart[1][::-1]
        return swapped or (len(apart) == 1 and all(c in _VOWEL for c in apart[0]))
    return edit_distance(a, b) <= 2


def moved_letter(a: str, b: str) -> bool:
    """Return True for a long word that is the other with one letter moved ("Fieldcor" for Fidelcor):
    a slip of the keys, two edits apart though every letter is there. Not in short words ("Carol",
    "Coral"), and a word's first and last letters stay."""
    if a == b or len(a) != len(b) or len(a) < _MOVED_LETTER_LETTERS or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if sorted(a) != sorted(b):
        return False
    return any(a[:i] + a[i + 1 :] == b[:j] + b[j + 1 :] for i in range(len(a)) for j in range(len(b)) if a[i] == b[j])


# Words shorter than this are other words with a letter moved as often as slips ("Carol", "Coral").
_MOVED_LETTER_LETTERS = 7


def umlaut_written_out(a: str, b: str) -> bool:
    """Return True when one word is the other with an umlaut written out: "Schroeder" and "Schroder"
    (Schröder folded), "Mueller" and "Muller". Reuters writes the bank "Wertheim Schroder" both ways."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1 or len(longer) < _TWO_VOWEL_LETTERS or a[0] != b[0]:
        return False
    return any(longer[: m.start()] + longer[m.end() :] == shorter for m in _UMLAUT.finditer(longer))


def umlauts_read(name: str) -> tuple[str, ...]:
    """Return a name and, where it writes an umlaut out ("ue" for "ü"), the name with each written back as
    the vowel alone, as gazetteers fold it: "Muellheim" -> ("Muellheim", "Mullheim") for Müllheim."""
    folded = _UMLAUT.sub("", name)
    return (name, folded) if folded != name else (name,)


def variant_words(a: Sequence[str], b: Sequence[str], max_share: float) -> list[tuple[str, str]] | None:
    """Return the pairs of words two names spell differently, or None when they are not variants.

    The names must have as many words, each the same or a close spelling, at least one different.
    """
    if len(a) != len(b) or not a:
        return None
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not pairs or not all(close_spelling(x, y, max_share) for x, y in pairs):
        return None
    return pairs


def outline_words(main: str, variant: str, share: float, *, person: bool = False) -> list[tuple[str, str]] | None:
    """Return the words two names spell differently when each is a close spelling of the other, has
    its consonants ("Khaththab", "Khoththob"; see same_outline), its letters with one moved
    ("Fidelcor", "Fieldcor") or, in a person's name, is a syllable of a given name spelt close whole
    ("Dong-yub"), else None."""
    a, b = main.split(), variant.split()
    if len(a) != len(b):
        return None
    pairs = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if not pairs or not all(
        close_spelling(x, y, share) or same_outline(x, y) or moved_letter(x, y) or (person and _syllable_off(a, b, i))
        for i, x, y in pairs
    ):
        return None
    return [(x, y) for _, x, y in pairs]


def _syllable_off(a: list[str], b: list[str], i: int) -> bool:
    """Return True when the i-th words are the second syllables of a hyphenated given name that is a
    close spelling whole ("Dong-yub", "Dong-yup"): the key splits it, and a syllable alone is too
    short for any spelling to be allowed. Not the first word, nor its syllable."""
    return i > 1 and a[i - 1] == b[i - 1] and close_spelling(a[i - 1] + a[i], b[i - 1] + b[i], _SYLLABLE_SHARE)


# A whole given name of two syllables may be a letter off in seven letters ("dongyub", "dongyup").
_SYLLABLE_SHARE = 0.15


def is_acronym(form: str) -> bool:
    """Return True for initials written as such ("OPEC", "U.S."): spelling says nothing about them."""
    return bool(ACRONYM.match(form)) or (form.isupper() and len(form.replace(".", "")) <= 5)


def cased_initials(form: str) -> bool:
    """Return True for initials written with a small letter inside ("TfL", "DfE", "PwC"): the writer's own
    letters for one body, which "TFL" in capitals (a tackle for loss in a box score) need not be."""
    return bool(_CASED_INITIALS.fullmatch(form)) and not form.startswith(("Mc", "Mac"))


# Two to five letters, a small one or two between capitals, a capital first.
_CASED_INITIALS = re.compile(r"(?=[A-Za-z]{2,5}$)(?=.*[a-z])[A-Z][a-z]{0,2}[A-Z](?:[a-z]{0,2}[A-Z])*[a-z]?")


def is_run_on(form: str) -> bool:
    """Return True for two names run together by "and the" ("USDA and the General Accounting Office")."""
    return bool(_RUN_ON.search(form))


def given_names_agree(a: Sequence[str], b: Sequence[str], max_share: float) -> bool:
    """Return True when two people's first words agree: equal, one the other's initial ("J", "james"),
    or one spelling of the other ("Nouri", "Nuri"; "Manuel", "Manual"), but not "John" and "Johnna",
    nor "Ronald" and "Donald"."""
    x, y = a[0], b[0]
    initial = (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
    # Spellings of one given name keep its first letter: "Ronald" and "Donald" are two names.
    return x == y or initial or (x[0] == y[0] and close_spelling(x, y, max_share))


def compact_key(name: str) -> str:
    """Return a name's letters and digits only, folded: "Sao Paulo" and "Saopaulo", "U.N." and "UN" meet."""
    return "".join(c for c in fold_name(name) if c.isalnum())


def plural_of_last(a: Sequence[str], b: Sequence[str]) -> bool:
    """Return True when two names differ only by a plural last word: "Defense Departments" in
    "the State and Defense Departments" names two departments, not a misspelling of one."""
    return a[:-1] == b[:-1] and (a[-1] + "s" == b[-1] or b[-1] + "s" == a[-1])


def surnames(form: str) -> set[str]:
    """Return the words of a person's name that may stand alone for it: any after the first, and the
    first of a Chinese or Korean name, whose hyphenated given name comes after ("Chang Chi-cheng") or
    whose family name and given name's syllables say so ("Xi Jinping", "Kim Jong Un": surname_first)."""
    tokens = name_tokens(form)
    found = {t for t in tokens[1:] if len(t) > 1}
    words = form.split()
    if tokens and ((len(words) == 2 and _GIVEN_AFTER.match(words[1])) or family_name_first(words)):
        found.add(tokens[0])
    return found


# A hyphenated given name after the family name: "Chi-cheng", "Jong-un", "Teng-hui".
_GIVEN_AFTER = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def legal_form(tokens: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """Return a company name's words without its trailing legal form, and that form ("" if none)."""
    words = list(tokens)
    form = ""
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        form = form or LEGAL_FORMS[words[-1]]
        words.pop()
    return tuple(words), form


@functools.lru_cache(maxsize=1 << 17)
def exact_key(name: str) -> str:
    """Return the key under which forms differing only in case, accents, hyphens and particles meet."""
    return " ".join(name_tokens(name))


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Return jusText's English stoplist (its 500 commonest words: "new", "world", "national", "state")."""
    text = resources.files("justext").joinpath("stoplists/English.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


class Vocabulary:
    """How often the corpus writes each word in lower case and capitalised (first letter only)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        self.add(texts)

    def add(self, texts: Iterable[str], sign: int = 1) -> None:
        """Count the words of texts in (sign -1: take them out, as when an article changed)."""
        written: Counter[str] = Counter()
        for text in texts:
            written.update(_WORD.findall(text))
        for word, times in written.items():  # each spelling once, not each of the corpus's million words
            if word.islower():
                _count(self.lower, word, sign * times)
            elif word[0].isupper() and (len(word) == 1 or word[1:].islower()):
                _count(self.capital, word.lower(), sign * times)

    def is_common(self, word: str, min_share: float, min_count: int) -> bool:
        """Return True for a common word: on the stoplist, or one the corpus mostly writes in lower case
        ("Note", "Finance"); a typo written a time or two both ways ("goverment") is not."""
        key = fold_name(word)
        if not key.isalpha():
            return False
        if key in _stopwords():
            return True
        lower = self.lower[key]
        return lower >= min_count and lower >= min_share * self.capital[key]

    def capitalised_ranks(self, words: Sequence[str]) -> tuple[int, ...]:
        """Return where each (lower-case) word stands by how often the corpus writes it capitalised:
        0 for never, then 1 for the least often of the words, counts alike standing alike."""
        counts = [self.capital[w] for w in words]
        standing = {count: rank for rank, count in enumerate(sorted({0, *counts}))}
        return tuple(standing[c] for c in counts)

    def rare(self, word: str, most: int) -> bool:
        """Return True when the corpus writes a (lower-case) word capitalised at most `most` times."""
        return self.capital[word] <= most

    def rarer(self, a: str, b: str) -> str:
        """Return which of two words, as written, the corpus writes capitalised less often (the first in
        the alphabet when as often)."""
        return min((a, b), key=lambda w: (self.capital[fold_name(w)], w))

    def mostly_capitalised(self, word: str) -> bool:
        """Return True when the corpus writes a (lower-case) word capitalised at least ten times as often
        as in lower case: a name, not a word of the language."""
        return self.lower[word] * 10 <= self.capital[word]


def _count(counts: Counter[str], word: str, times: int) -> None:
    """Add times to a word's count, leaving out a word counted to nothing (as a count from scratch would)."""
    total = counts.get(word, 0) + times
    if total > 0:
        counts[word] = total
    else:
        counts.pop(word, None)


@functools.lru_cache(maxsize=1 << 16)
def relation(form: str, canonical: str, kind: str) -> str | None:  # noqa: PLR0911
    """Return why a form plainly names the same entity as the canonical name, else None (kept: each
    article's forms of a name are asked about again)."""
    if form == canonical:
        return ""
    if exact_key(form) == exact_key(canonical) or compact_key(form) == compact_key(canonical):
        return "the same name in other letters"
    if kind == "place" and canonical in (
        PLACE_ALIASES.get(form),
        STATES_NAMED_AS_CITIES.get(PLACE_ALIASES.get(form, "")),
    ):
        return "another name of the place"  # "N.Y." of New York, and of New York State
    words = re.split(r"[\s/]+", canonical)  # "Financial Times/Stock Exchange" is FTSE
    if form.replace(".", "") in {acronym_of(words), acronym_of(words, legal_suffix=False)} and len(words) > 1:
        return "initials"
    spelt = re.split(r"[\s/]+", form)
    if canonical.replace(".", "") in {acronym_of(spelt), acronym_of(spelt, legal_suffix=False)} and len(spelt) > 1:
        return "the name the initials stand for"
    mine, theirs = name_tokens(form), name_tokens(canonical)
    if kind == "organization" and legal_form(mine)[0] == legal_form(theirs)[0]:
        return "the name with another legal form"
    if kind == "person" and len(mine) > 1 and mine[0] == theirs[0] and mine[-1] == theirs[-1]:
        return "the name with another middle name or initial"
    if mine and len(mine) < len(theirs) and set(mine) <= set(theirs):
        if kind == "person":
            return "surname" if mine == theirs[-len(mine) :] else "part of the name"
        return "short form"
    return None
