"""Entries of the given-name lists (`name_genders`) that news writes far more often as other words."""

from __future__ import annotations

# Entries of the name lists that are far more often ordinary capitalised words in news.
NOT_GIVEN_NAMES = frozenset(
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
        # Russian and Greek names spelt in Latin letters that news writes as words, a program's or a place's name:
        # "modest gains", NASA's Artemis, Minas Gerais.
        "Modest",
        "Artemis",
        "Minas",
        # A city's region and a paper or a transit line's name far more often than a given name ("Metro Manila").
        "Metro",
        # A place, and a dateline or byline line's city ("Washington"), far more often than a given name.
        "Washington",
        # A control's verb: "Add SAEED SHAH to my e-mail alerts", "Add To" under a story.
        "Add",
    }
)

# Given names the lists lack: the common English transliterations of Russian names, which sports and
# world news write in full ("Dmitry Tursunov", "Yevgeny Primakov").
MORE_GIVEN_NAMES = frozenset(
    {"Dmitry", "Evgeny", "Yevgeny", "Evgeni", "Yevgeni", "Nikolay", "Alexey", "Anatoly", "Vyacheslav", "Gennady",
     "Ilya", "Kirill", "Arkady", "Vitaly", "Vasily", "Grigory", "Yekaterina", "Artem", "Artyom"}
)  # fmt: skip
