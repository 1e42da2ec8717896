"""Words around names: what opens or closes a company's, a body's, a venue's or a person's name, and what does not.

Read by the rules that find a name's run and tell its kind (`name_runs`, `name_kinds`,
`name_splits`, `merge`). Each list says which corpus case it was written for.
"""

from __future__ import annotations

from .text import words

KEEP_DOT = frozenset(
    {
        "corp.",
        "inc.",
        "co.",
        "ltd.",
        "jr.",
        "sr.",
        "st.",
        "mr.",
        "mrs.",
        "dr.",
        "ms.",
        "gen.",
        "sen.",
        "rep.",
        "gov.",
        "lt.",
        "col.",
        "bros.",
    }
)
# Names that end like nationality adjectives.
NAMES_LIKE_DEMONYMS = frozenset(
    {
        "brian",
        "adrian",
        "julian",
        "christian",
        "vivian",
        "damian",
        "fabian",
        "dean",
        "sean",
        "duncan",
        "logan",
        "morgan",
        "jordan",
        "regan",
        "reagan",
        "egan",
        "keegan",
        "callaghan",
        "buchanan",
        "vatican",
        "ian",
        "sloan",
        "jean",
        "ewan",
        "gillian",
        "lillian",
        "marian",
        "florian",
        "killian",
        "kilian",
        "cian",
        "moran",
        "ryan",
    }
)


# Last words of venues named after a place ("Stamford Bridge", "White Hart Lane", "Goodison Park"):
# their first word is no place the story names.
VENUES = frozenset({"bridge", "park", "lane", "road", "arena", "stadium", "hall", "garden", "gardens", "field"})
# Given names the name list leaves out for being words ("Will", "Grant"), names when they stand
# capitalised inside a sentence before a surname ("people like Will Smith").
WORDS_AND_NAMES = frozenset({"Will", "Grant", "Chase", "Guy", "Rich"})
# Organisation words that open a name when "of" follows ("Bank of Japan", "Ministry of Finance").
ORG_OPENERS = frozenset(
    {"bank", "ministry", "department", "university", "council", "bureau", "office", "board", "court", "church",
     "institute", "federation", "union", "league", "association", "society", "chamber", "commission",
     "committee", "organisation", "organization", "house", "party", "school", "college", "academy",
     # Web news bodies named so ("Government of Canada", "Center for Environmental Politics",
    # "Transport for London").
     "government", "center", "centre", "embassy", "consulate", "agency", "authority", "foundation", "transport"}
)  # fmt: skip


# Plural common nouns that open a sentence before "of" and a company ("Shares of Temple Inland
# Inc"); other words may open a name ("Fruit of the Loom Inc").
PART_OF_WORDS = frozenset(
    {"shares", "stock", "stocks", "officials", "members", "holders", "shareholders", "stockholders", "units",
     "sales", "profits", "earnings", "executives", "directors", "employees", "workers", "subsidiaries",
     "creditors", "lawyers", "analysts", "investors", "traders", "talks", "sources", "spokesmen"}
)  # fmt: skip
# Words that join an office's words ("Minister of State for Foreign Affairs"), never a name's.
OFFICE_JOINERS = frozenset({"of", "for", "and", "&", "the"})


# Places and bodies written before an organisation's own name ("U.N. Food and Agriculture
# Organisation" is FAO, "U.S. Interstate Commerce Commission" is ICC).
OWNER_PREFIXES = frozenset({"U.N.", "UN", "U.S.", "US", "EC", "EU", "U.K.", "UK"})


# Bodies whose agencies are written with their initials before the agency's own name ("U.N. Food
# and Agriculture Organisation", "UN General Assembly", "EC Commission" is not one: see below).
PARENT_QUALIFIERS: dict[str, str] = {"U.N.": "United Nations", "UN": "United Nations"}
# One-word government bodies a country's name may stand before ("U.S. Congress", "Thai Cabinet",
# "Nigerian Senate"); other one-word names after a nationality are companies' ("British Petroleum").
GOVERNMENT_BODIES = words(
    """congress senate parliament cabinet government treasury army navy police assembly diet house
    legislature bundestag bundesrat knesset"""
)
# Head words of a company's name: a nationality before them is part of the name ("American Airlines",
# "Japan Air Lines", "British Steel"), never a country qualifying a body of its own.
COMMERCIAL_HEADS = words(
    """group holdings holding bancorp trust fund funds partners associates securities brothers bros
    industries enterprises ventures capital investments financial insurance airlines
    airways motors petroleum oil energy resources mining mines steel chemical chemicals
    pharmaceuticals laboratories systems technologies electronics communications telecommunications
    railroad railway railways stores markets foods products manufacturing express times post journal
    news press herald tribune gazette telegraph television radio broadcasting review magazine channel
    network exchange exchanges"""
)
# Connecting words inside a name, read as connectors (not initials) when a short form is matched to it.
INITIALS_SKIPPED = frozenset(
    {"of", "for", "and", "&", "de", "del", "des", "du", "the", "la", "le", "y", "e", "on", "in"}
)
