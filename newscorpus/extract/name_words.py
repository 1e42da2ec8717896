"""Words around names: what opens or closes a company's, a body's, a venue's or a person's name, and what does not.

Read by the rules that find a name's run and tell its kind (`name_runs`, `name_kinds`,
`name_splits`, `merge`). Each list says which corpus case it was written for.
"""

from __future__ import annotations

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
