"""Place names the gazetteer's data packages do not hold, or hold wrongly for news: aliases, regions, words.

Read by `gazetteer` when it builds its tables, and by the finder's rules that need a place's
other spellings ("U.S.", "Ill.").
"""

from __future__ import annotations

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
    # The Emirates by their initials, as web copy writes them ("ahead of the UAE race").
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
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
    # The Democratic Republic's short name, whose capitals are no initials of a person ("DR Congo").
    "DR Congo": "Democratic Republic of the Congo",
    # Countries' former or other English names, which the country list gives under today's.
    "Czech Republic": "Czech Republic",
    "Burma": "Burma",
    "East Timor": "East Timor",
    "Swaziland": "Swaziland",
    "Cape Verde": "Cape Verde",
    "S. Korea": "South Korea",
    "Holland": "Netherlands",
    "the Netherlands": "Netherlands",
    "Ivory Coast": "Ivory Coast",
    "Gaza": "Gaza",
    "West Bank": "West Bank",
    "Hong Kong": "Hong Kong",
    "Taiwan": "Taiwan",
    "Palestine": "Palestine",
    # A city's initials with their full stops, as web news writes them ("left a clinic in L.A.").
    "L.A.": "Los Angeles",
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
# US states' two-letter postal codes, read as states only after a town and a comma ("Raleigh, NC",
# "Mountain View, CA"), as concert and event listings write them; elsewhere they are too often
# something else ("CO", "OK", "IN").
US_STATE_CODES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
# States named as a city is: a state's abbreviation written alone ("Buffalo, N.Y.", "Seattle, Wash.") names the
# state, under this name, where the name alone mostly means the city ("New York", "Washington").
STATES_NAMED_AS_CITIES = {"New York": "New York State", "Washington": "Washington State"}
# The United Kingdom's nations, countries of their own in news and sport, which no country list holds.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Regions and features news writes as proper nouns that no country or city list holds.
# First-level divisions of countries much in the news, which the data packages do not hold (they
# hold US states only): provinces, states, regions and main islands, in English, one country a line.
PROVINCES = (
    "Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, Nunavut, Yukon",
    "Prince Edward Island, Northwest Territories",
    "New South Wales, Queensland, Tasmania, South Australia, Western Australia, Northern Territory",
    "Andhra Pradesh, Arunachal Pradesh, Assam, Bihar, Chhattisgarh, Gujarat, Haryana, Himachal Pradesh",
    "Jharkhand, Karnataka, Kerala, Madhya Pradesh, Maharashtra, Manipur, Meghalaya, Mizoram, Nagaland",
    "Odisha, Orissa, Punjab, Rajasthan, Sikkim, Tamil Nadu, Telangana, Tripura, Uttar Pradesh, Uttarakhand",
    "West Bengal, Jammu, Kashmir",
    "Guangdong, Sichuan, Yunnan, Hubei, Hunan, Henan, Hebei, Shandong, Jiangsu, Zhejiang, Fujian, Guangxi",
    "Xinjiang, Tibet, Inner Mongolia, Heilongjiang, Jilin, Liaoning, Shaanxi, Shanxi, Gansu, Qinghai",
    "Ningxia, Anhui, Jiangxi, Guizhou, Hainan",
    "Hokkaido, Honshu, Kyushu, Shikoku, Tohoku",
    "Bavaria, Saxony, Hesse, Thuringia, Lower Saxony, North Rhine-Westphalia, Baden-Wuerttemberg",
    "Baden-Württemberg, Schleswig-Holstein, Rhineland-Palatinate, Saarland",
    "Catalonia, Andalusia, Basque Country, Lombardy, Tuscany, Sicily, Sardinia, Piedmont, Calabria",
    "Sindh, Balochistan, Khyber Pakhtunkhwa",
    # The United Kingdom's nations: the country lists hold only the kingdom.
    ", ".join(UK_NATIONS),
)
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
    *(line for block in PROVINCES for line in block.split(", ")),
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
        "Metro",  # a town's name, and a paper's, a transit line's or a city region's word ("Metro Manila")
        "Olympic",  # a town's name, and the Games' adjective in news ("the sales of Olympic land")
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
        "Brits",  # a town in South Africa, and what British news calls the British
        "Thai",  # nationality adjectives that the gazetteer holds as towns' names
        "Uzbek",
        "Kazakh",
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
# Countries of 1987 wire copy under the name the country list gives them today: a "West German"
# ministry is in the country Bonn is in.
COUNTRY_TODAY = {
    "West Germany": "Germany",
    "East Germany": "Germany",
    "Soviet Union": "Russia",
    "Holland": "Netherlands",
}


# Words before a place name that keep it a place ("North Atlantic", "Southern Lebanon"), and that open
# places' names, not people's ("South Waziristan").
COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "greater", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
     "southwest"}
)  # fmt: skip


# Nationality words whose country their first letters do not spell ("Dutch", "Swiss"), and those
# written of two countries' bodies in 1987 wire copy ("West German").
DEMONYM_COUNTRIES: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "English": "United Kingdom",
    "Scottish": "United Kingdom",
    "Welsh": "United Kingdom",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "French": "France",
    "Danish": "Denmark",
    "Irish": "Ireland",
    "Greek": "Greece",
    "Philippine": "Philippines",
    "Filipino": "Philippines",
    "Argentine": "Argentina",
    "Cypriot": "Cyprus",
    "Flemish": "Belgium",
    "Soviet": "Russia",
    "West German": "Germany",
    "East German": "Germany",
    "German": "Germany",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "South African": "South Africa",
    "New Zealand": "New Zealand",
    "Saudi": "Saudi Arabia",
}


# Upper-case words that open a paragraph with a colon but are labels, not places.
NOT_DATELINES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "ANALYSIS",
        "CORRECTION",
        "CORRECTED",
        "REFILE",
        "WATCH",
        "NOTE",
        "EDITORS",
        "URGENT",
        "FLASH",
        "LIVE",
        "OPINION",
        "VIDEO",
        "PHOTO",
    }
)
