"""Whether a person's name or title says he or she: for "he said" and "she said" to find their referent.

Given names, and the gender each says, come from two MIT-licensed packages, read where they are installed:
`names` ships the US Census Bureau's 1990 first-name lists (public domain) with how common each name is
among men and among women; Faker's person providers list men's and women's first names for some eighty
locales, the European, Asian and African names the Census lists lack ("Helmut", "Yasuhiro", "Ngozi");
gimei lists some 3,000 Japanese men's and women's given names in kana, spelt here as news spells them
("Nobuo", "Keisuke").
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .kana import romanize
from .transliterate import cyrillic_spellings, greek_spellings

# The Census lists, one a sex: "JAMES  3.318  3.318  1" (name, percent of that sex's people, cumulative, rank).
_CENSUS_PACKAGE = "names"
_CENSUS_FILES = {"m": "dist.male.first", "f": "dist.female.first"}

# A name on both Census lists says one gender when that gender's share is this many times the other's:
# "James" (3.318% of men, 0.010% of women) is a man's name, "Kelly" (0.063%, 0.283%) and "Terry"
# (0.311%, 0.080%) are either. The women's list holds most common men's names at a few hundredths of
# a percent, recording errors that must not make "John" say nothing.
_CENSUS_SHARE_RATIO = 10.0

# Faker's locales, each a module of this package with a `Provider` class.
_FAKER_LOCALES = "faker.providers.person"

# The attributes of a locale's Provider that list given names, and the gender each says. Lists of no
# gender say none: `first_names_nonbinary` (en_US, de_LU) is every man's and woman's name together,
# which would make "James" say nothing.
_FAKER_LISTS = {
    "first_names_male": "m",
    "first_romanized_names_male": "m",
    "first_names_female": "f",
    "first_romanized_names_female": "f",
}


# Faker's locales whose given names are written in Cyrillic or Greek letters, by the language that spells them.
# Not Bulgaria's: its list of 1,600 holds words as rare names ("Правда", "Панда", "Латин", "Аерозол").
_TRANSLITERATED = {"ru_RU": "ru", "uk_UA": "uk", "mk_MK": "mk", "el_GR": "el"}
# Shorter names spelt in Latin letters are English words or another name's short form ("Lev", "Mir", "Ana").
_TRANSLITERATED_MIN_LETTERS = 4

# gimei's list, "first_name:" then "  male:" and "  female:", then "    - ['信夫', 'のぶお', 'ノブオ']"
# (kanji, hiragana, katakana) for each way of writing a name; "last_name:" follows.
_GIMEI_PACKAGE = "gimei"
_GIMEI_FILE = "data/names.yml"
_GIMEI_HEADING = re.compile(r"^(?:(\w+)|  (\w+)):\s*$")
_GIMEI_ENTRY = re.compile(r"^\s+- \['[^']*', '([^']+)', '[^']*'\]\s*$")
_GIMEI_GENDERS = {"male": "m", "female": "f"}

# Japanese names shorter than this spell English words in Latin letters ("Go", "Yu", "Ai").
_GIMEI_MIN_LETTERS = 3


@dataclass(frozen=True)
class NameLists:
    """The lists as read from the packages, to keep between builds: reading Faker's takes seconds."""

    census: dict[str, dict[str, float]]
    faker: dict[str, frozenset[str]]
    faker_given: frozenset[str]
    faker_surnames: frozenset[str]
    japanese: dict[str, frozenset[str]]


def read_name_lists() -> NameLists:
    """Return the lists, read from the installed packages (or the ones `use_name_lists` gave)."""
    return NameLists(census_shares(), faker_genders(), faker_given_names(), faker_surnames(), japanese_genders())


_given: list[NameLists] = []
"""Lists kept by an earlier build, set by `use_name_lists`: answered from before reading the packages."""


def use_name_lists(lists: NameLists) -> None:
    """Answer from lists, made by `read_name_lists` of this same code, in this process and those it forks."""
    if _given and _given[0] == lists:  # the same lists again: the tables made from them stand
        return
    for function in _LISTS:
        function.cache_clear()
    _given[:] = [lists]


@functools.lru_cache(maxsize=1)
def census_shares() -> dict[str, dict[str, float]]:
    """Return, for each given name on the Census lists, the percent of men and of women who bear it."""
    if _given:
        return _given[0].census
    shares: dict[str, dict[str, float]] = {}
    for gender, file in _CENSUS_FILES.items():
        text = resources.files(_CENSUS_PACKAGE).joinpath(file).read_text(encoding="ascii")
        for line in text.splitlines():
            fields = line.split()
            if len(fields) == 4:
                shares.setdefault(fields[0].capitalize(), {})[gender] = float(fields[1])
    return shares


# A locale with no list by gender lists its given names here: Pakistan's ("Bashar", "Hamza"),
# Lithuania's and Thailand's in Latin letters. Elsewhere it is both gender's lists together.
_FAKER_UNGENDERED = "first_names"


@functools.lru_cache(maxsize=1)
def faker_given_names() -> frozenset[str]:
    """Return the given names in Latin letters of Faker's locales, with a gender or without."""
    if _given:
        return _given[0].faker_given
    names = set(faker_genders())
    for provider in _faker_providers().values():
        if not any(attribute in vars(provider) for attribute in _FAKER_LISTS):
            names.update(name for name in _listed(provider, _FAKER_UNGENDERED) if _is_latin_name(name))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def faker_surnames() -> frozenset[str]:
    """Return the surnames in Latin letters Faker's locales list ("Hayes", "Matthews", "Rivers")."""
    if _given:
        return _given[0].faker_surnames
    return frozenset(
        name
        for provider in _faker_providers().values()
        for name in _listed(provider, "last_names")
        if _is_latin_name(name)
    )


def _faker_providers() -> dict[str, type]:
    """Return the person Provider of each Faker locale by the locale's name ("bg_BG", "cs_CZ", …), in their order."""
    package = importlib.import_module(_FAKER_LOCALES)
    locales = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
    return {locale: importlib.import_module(f"{_FAKER_LOCALES}.{locale}").Provider for locale in locales}


def _listed(provider: type, attribute: str) -> list[str]:
    """Return the names a Provider's own list holds: inherited lists are another locale's, read there."""
    listed = vars(provider).get(attribute, ())
    return [str(name) for name in listed] if isinstance(listed, tuple | list | dict) else []


@functools.lru_cache(maxsize=1)
def faker_genders() -> dict[str, frozenset[str]]:
    """Return, for each given name in Latin letters Faker lists, the genders of the lists that hold it.

    A name listed for men in one country and for women in another ("Andrea": Italy, Germany) gets both.
    """
    if _given:
        return _given[0].faker
    genders: dict[str, set[str]] = {}
    for locale, provider in _faker_providers().items():
        for attribute, said in _FAKER_LISTS.items():
            for name in _listed(provider, attribute):
                for spelt in _in_latin(name, locale):
                    genders.setdefault(spelt, set()).update(said)
    return {name: frozenset(said) for name, said in sorted(genders.items())}


def _in_latin(name: str, locale: str) -> tuple[str, ...]:
    """Return a listed name as news in English writes it: itself in Latin letters, else its usual spellings in
    Latin letters when its locale writes Cyrillic or Greek ("Володимир" -> "Volodymyr"), else nothing."""
    if _is_latin_name(name):
        return (name,)
    language = _TRANSLITERATED.get(locale)
    if language is None:
        return ()
    spelt = greek_spellings(name) if language == "el" else cyrillic_spellings(name, language)
    return tuple(s for s in spelt if len(s) >= _TRANSLITERATED_MIN_LETTERS and _is_latin_name(s))


@functools.lru_cache(maxsize=1)
def japanese_genders() -> dict[str, frozenset[str]]:
    """Return, for each Japanese given name gimei lists, spelt in Latin letters, the genders of its lists."""
    if _given:
        return _given[0].japanese
    text = _gimei_list().read_text(encoding="utf-8")
    genders: dict[str, set[str]] = {}
    section, gender = "", ""
    # Read line by line, not as YAML: the file is this one plain shape, and a YAML parser takes seconds on it.
    for line in text.splitlines():
        if heading := _GIMEI_HEADING.match(line):
            if heading.group(1):
                section = heading.group(1)
            else:
                gender = _GIMEI_GENDERS.get(heading.group(2), "")
        elif (entry := _GIMEI_ENTRY.match(line)) and section == "first_name" and gender:
            name = romanize(entry.group(1))
            if name and len(name) >= _GIMEI_MIN_LETTERS:
                genders.setdefault(name, set()).add(gender)
    return {name: frozenset(said) for name, said in sorted(genders.items())}


def _gimei_list() -> Path:
    """Return where gimei's list is installed, without importing gimei: its import parses the list as YAML (2 s)."""
    spec = importlib.util.find_spec(_GIMEI_PACKAGE)
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise ModuleNotFoundError(f"the {_GIMEI_PACKAGE} package is not installed", name=_GIMEI_PACKAGE)
    return Path(next(iter(folders))) / _GIMEI_FILE


def _is_latin_name(name: str) -> bool:
    """Return True for one capitalised word in Latin letters ("José", "Łukasz"), as news in English writes names."""
    letters = name.replace("-", "").replace("'", "")
    return (
        letters.isalpha()
        and name[0].isupper()
        and name[1:] != name[1:].upper()
        and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    )


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return every given name the lists hold, whichever gender it says (made once: the merge asks often)."""
    return frozenset(census_shares()) | faker_given_names() | frozenset(japanese_genders())


@functools.lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Return "m" or "f" for the given names every list says is a man's or every list a woman's.

    A name the Census finds borne by men and women alike, or that one list gives men and another
    women ("Andrea", "Nikita"), says nothing.
    """
    said: dict[str, set[str]] = {name: set(genders) for name, genders in faker_genders().items()}
    for name, genders in japanese_genders().items():
        said.setdefault(name, set()).update(genders)
    for name, share in census_shares().items():
        said.setdefault(name, set()).update(_census_gender(share))
    return {name: next(iter(genders)) for name, genders in sorted(said.items()) if len(genders) == 1}


def _census_gender(share: dict[str, float]) -> str:
    """Return "m" or "f" when one sex bears a name far more often than the other, else "mf"."""
    men, women = share.get("m", 0.0), share.get("f", 0.0)
    if men >= _CENSUS_SHARE_RATIO * women:
        return "m"
    if women >= _CENSUS_SHARE_RATIO * men:
        return "f"
    return "mf"


# Every table made from the lists, made again from lists that `use_name_lists` gives.
_LISTS = (
    census_shares,
    faker_genders,
    faker_given_names,
    faker_surnames,
    japanese_genders,
    given_names,
    given_name_genders,
)
