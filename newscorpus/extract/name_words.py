"""Words around names: what opens or closes a company's, a body's, a venue's or a person's name, and what does not.

Read by the rules that find a name's run and tell its kind (`name_runs`, `name_kinds`,
`name_splits`, `merge`). Each list says which corpus case it was written for.
"""

from __future__ import annotations

import re

from .cues import SPEECH_VERBS
from .place_lists import NOT_DATELINES
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
# Last words of venues that a body's name may open ("University of Phoenix Stadium", "Coastal Credit
# Union Music Park"): the venue, no organisation, as web news lists concerts and games.
VENUE_ENDINGS = frozenset(
    {"stadium", "arena", "park", "amphitheatre", "amphitheater", "pavilion", "ballpark", "speedway", "coliseum"}
)
# Given names the name list leaves out for being words ("Will", "Grant"), names when they stand
# capitalised inside a sentence before a surname ("people like Will Smith").
WORDS_AND_NAMES = frozenset({"Will", "Grant", "Chase", "Guy", "Rich"})
# Legislative chambers web news names by one word inside a sentence ("lied to House committee staff",
# "In the Commons, it was claimed"); opening a sentence the word is as often a common noun ("House
# prices rose").
CHAMBERS = frozenset({"house", "commons"})
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


# A quotation closing right before a speech verb and a name ("“…,” added X").
QUOTE_THEN_VERB = re.compile(rf"[,.!?…][”\"’]\s*(?:{SPEECH_VERBS})\s+(?:[a-z]+\s+){{0,3}}$")
# What ends an attribution after the speaker's name: a comma, a stop, the paragraph's end or the verb.
ATTRIBUTION_END = re.compile(rf"\s*(?:[,.;]|$|\s(?:{SPEECH_VERBS})\b)")
# What may close the clause after a medium's name besides: a day or the way it was told ("told the
# Argus Leader Monday afternoon", "told The Hill in a statement", "told Gizmodo by email").
TOLD_CLAUSE_END = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"in\s+an?\s+(?:statement|interview|e-?mail|(?:phone|telephone)\s+interview)|by\s+(?:e-?mail|phone|telephone))\b"
)
# Endings of English words, rare at the end of given names the name list does not hold.
WORD_ENDINGS = ("s", "ly", "ing", "ed", "er", "or", "ist", "ian", "ic", "al", "ive", "ous")
# Where a story names a medium: after "told" or "according to", with "the" or in several words,
# closing the clause; or before an appositive calling it one, which closes there too (not ", the
# news agency APS said": the next clause's subject).
TOLD_BEFORE = re.compile(r"\b(?:told|according\s+to)\s+(?P<the>the\s+)?$", re.IGNORECASE)
# Where a story names a medium as the source of a report: "according to reports from The Wrap",
# "a report by Harbour News," before it; "Deadline reports that", "The Wrap's report" after it.
REPORT_BY = re.compile(
    r"\b(?:reports?|story|article)\s+(?:from|by|in)\s+(?:[Tt]he\s+)?$|\breported\s+by\s+(?:[Tt]he\s+)?$"
)
# Where a story names a body as the one that did a reporter's or a pollster's work, before it: "investors
# contacted by Bloomberg", "analysts surveyed by Refinitiv", "documents obtained by the Star", "the poll,
# conducted by Ipsos", "a book published by Penguin". A person is rarely the agent of these verbs in news
# copy; a name a given name opens, or the surname of a person the story names in full, still reads as one.
DONE_BY = re.compile(
    r"\b(?:contacted|surveyed|polled|obtained|compiled|published|commissioned|conducted)\s+by\s+(?:[Tt]he\s+)?$"
)
# Also a medium closing the clause that reports ("…, TMZ.com reported.") and one quoting someone
# ("China Daily quoted officials as saying").
REPORT_AFTER = re.compile(
    r"(?:['’]s\s+(?:report|story|article)|\s+report(?:s|ed)\s+that)\b|\s+reported(?=\s*[.,;])"
    r"|\s+quoted\s+(?:[\w'’-]+\s+){1,6}?as\s+saying\b"
)
# Last words of media's names ("Washington Post", "France Info", "Fox News").
MEDIUM_WORDS = frozenset(
    {"daily", "times", "post", "journal", "news", "herald", "tribune", "gazette", "info", "radio", "tv"}
)
MEDIUM_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:newspaper|daily|weekly|broadcaster|radio|television|"
    r"magazine|tabloid|website|news\s+agency|news\s+site|channel)(?=\s*[,.;]|\s*$)"
)
# Nouns of a company or body in apposition or as a predicate ("X, the publicity firm", "X is an
# umbrella organisation"), from the extraction-benchmark, L3S-GN1 and News-Cluster pages.
_BODY_NOUNS = (
    r"company|firm|maker|manufacturer|automaker|carmaker|carrier|airline|retailer|chain|provider|startup|"
    r"start-up|band|network|publisher|broadcaster|organi[sz]ation|charity|bank|insurer|lender|brokerage|"
    r"conglomerate|studio|label|supplier|operator|developer|utility|club|party|union|group"
)
# What only a body has: shares, earnings, a board, a founder ("WeWork's founder", "Goldman's charge"
# aside); a person's aides, staff and spokesmen are left out.
BODY_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:shares|stock|chief\s+executive|ceo|cfo|board|founder|co-founder|"
    rf"profits?|revenues?|earnings|quarterly|subsidiary|subsidiaries|parent|headquarters|shareholders|"
    rf"stores|plants?|factory|factories)\b"
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS})\b(?!\s+of\b)"
    rf"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS})\b(?!\s+of\b)"
    # Its analysts, named by it as by a title: "Smith Barney livestock analyst Tom O'Hare".
    rf"|\s+(?:[a-z]+\s+)?(?:analyst|economist|strategist)s?\b"
    # Its trade, written after it as one noun: "whose Terra Firma private equity house bought EMI".
    rf"|\s+(?:private\s+equity|hedge|investment|venture\s+capital|law|consulting|accounting|advertising|"
    rf"public\s+relations|record)\s+(?:firm|house|fund|group|company|label|bank)\b)"
)
# Someone working at the body, or its shares: "an automotive analyst for Gartner", "shares of X".
BODY_BEFORE = re.compile(
    r"\b(?:analyst|executive|employee|engineer|researcher|economist|partner|fellow|chairman|founder|"
    r"shareholders?|investors?)s?\s+(?:at|for|of|with|in)\s+(?:the\s+)?$|\b(?:shares|stock)\s+(?:of|in)\s+$"
)

# What a body is, written right before its name ("the journal Nature Astronomy", "the research firm
# Oanda", "the satirical weekly …") or before it and a comma ("a corporate law firm, Mossack Fonseca,",
# "The group that owns most of her music, Big Machine,"), from the extraction-benchmark and News-Cluster
# pages; no person is introduced so. A newspaper, a daily or a broadcaster right before a name is left
# to the comma's form: on the Reuters stories the paper so named took quotations from the people it
# reports ("the newspaper X reported that the minister said").
_WHAT_A_BODY_IS = (
    r"company|firm|group|band|label|network|journal|weekly|agency|coalition|consortium|charity|startup|"
    r"start-up|retailer|publisher|studio|think\s+tank"
)
_MEDIA = r"newspaper|magazine|daily|tabloid|broadcaster|website"
# A place compound before a name says where a body is ("a tour organised by Berkeley, California-based
# Backroads"); a person so placed has a role between ("New York-based designer Ann Lee").
NOUN_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WHAT_A_BODY_IS})|[A-Za-z]-based)\s+$")
# The same nouns written bare, with no article, before a company's name: "Credit report company Equifax",
# "according to ad company Amobee", "rival chipmaker Qualcomm", "oil giant Shell" (News-Cluster's business
# pages). The name must open with no given name: "company founder" and "rival" before a person's name are
# lower case, but a person is introduced so now and then ("tech giant Steve Jobs").
BARE_NOUN_BEFORE = re.compile(
    r"\b(?:company|firm|chipmaker|automaker|carmaker|drugmaker|planemaker|retailer|insurer|lender|airline|giant)"
    r"\s+$"
)
NOUN_COMMA_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WHAT_A_BODY_IS}|{_MEDIA})"
    rf"(?:,|\s+(?:that|which)\s+[^,.;:“”\"]{{1,60}},)\s+$"
)
# A medium or agency named by the noun after it: "Kompas online newspaper", "Israel's Shin Bet
# security agency", "the Fox network" (a group is left out: "a Sunni group", "an Islamist group").
NOUN_AFTER = re.compile(
    r"^\s+(?:(?:online|news|security|intelligence|investigative|satirical|business|financial|music|state|"
    r"television|tv|radio|wire|press)\s+)?(?:newspaper|magazine|tabloid|network|agency|broadcaster|"
    r"daily|weekly|website)\b"
)
# One-word names that a noun naming a body follows as an adjective, not a name: "a Sunni news agency",
# "an Islamist website", "the Sunday newspaper", "a Web magazine".
NOT_BODY_WORDS = frozenset(
    {"sunni", "shia", "shiite", "muslim", "islamic", "islamist", "jihadist", "christian", "catholic", "jewish",
     "protestant", "orthodox", "evangelical", "communist", "conservative", "liberal", "web", "internet", "online",
     "state", "government", "opposition", "national", "local", "regional", "international", "independent"}
)  # fmt: skip

# A paragraph's label, in capitals before a colon, never a name: "NOTE: Per shr calculated after
# payment of preferred dividends" (Reuters' earnings reports: a 20,000-story build made "NOTE" an
# organisation named in over a thousand articles), "CORRECTION:", "UPDATE:" and the other words a
# dateline's place never is.
PARAGRAPH_LABELS = NOT_DATELINES | frozenset({"NOTES", "CLARIFICATION", "ADVISORY", "SOURCE", "SOURCES"})

# Honorifics written without a full stop, as British and Commonwealth papers do ("Mr Gachechiladze", "Dr
# Patel"). The same letters in capitals are a person's initials ("MS Dhoni") or part of a code ("DR Congo").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})

# A player's position in capitals before his name is his title in sports copy: "Steelers QB Mason Rudolph",
# "Browns DL Sheldon Richardson". Only codes nothing else is written with: "DE" is Delaware, "TE" TE
# Connectivity, "OT" overtime, "LB" a pound in price tables ("CENTS PER LB CHANGE").
POSITION_CODES = frozenset({"QB", "RB", "WR", "DL", "CB", "DT", "OL", "OG", "GK", "LHP", "RHP"})

# A contraction opening a sentence is no name: "I'd", "We'll", "They're", "Don't", "Let's" ("O'Neill" and
# "D'Angelo" are names: a capital follows their apostrophe).
CONTRACTION = re.compile(
    r"[A-Za-z]+['’](?:d|ll|m|ve|re)|[A-Za-z]+n['’]t|(?:Let|It|That|What|Here|There|He|She|Who|Where|How)['’]s"
)

# Words that close a rate's or a currency's name, never a person's: "London Interbank Offered Rate", "200 mln H.K. Dlr".
RATE_WORDS = frozenset({"rate", "rates", "dlr", "dlrs", "dollar", "dollars"})

# A speech verb right where a name ends (matched from there): "Downing Street said", "Delta said".
SPEECH_AFTER = re.compile(rf"\s*(?:{SPEECH_VERBS})\b")
