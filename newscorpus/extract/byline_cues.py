"""What a byline and a sign-off are written with: the words around the names, roles, desks, outlets, stamps.

Read by `byline` (credit lines taken out of the story) and `authors` (the people they name).
Written on Reuters' credit lines and the bylines of the web collections' pages.
"""

from __future__ import annotations

import re

# A byline line: "By Jane Doe", "By Reuters", "By The Associated Press", "By Jane Doe and John Roe, AFP".
# Names after "By" start upper case; "By early afternoon, …" opens a paragraph, not a byline.
# A full stop inside a word ends no sentence: the writer's address ("By Ann Lee annl@gazette.com").
BYLINE_LINE = re.compile(r"^By:?\s+[A-Z](?:[^.!?]|(?<=\w)\.(?=[a-z]{2,3}\b))*$")
# Wire sign-offs closing a story: Reuters' "Reuter"/"REUTER", "-- AFP", "(AP)", the Reuters credit line
# "(Reporting by …; Editing by …)", and editors' initials over the agencies used ("jm/dm (AFP, dpa)").
SIGNOFF = re.compile(
    r"^(?:[-–—]+\s*)?\(?(?:Reuters?|REUTERS?|AFP|AP|dpa|ANSA|EFE|Xinhua|Kyodo|UPI)\)?\.?$"
    r"|^\(?(?:Reporting|Writing|Additional reporting) by [^()]*\)?\.?$"
    # Editors' initials, then the agencies whose copy the story used: "jm/dm (AFP, dpa)", "cw (Reuters)".
    r"|^[a-z]{2,3}(?:/[a-z]{2,3})*\s*\((?P<agencies>[A-Za-z]{2,8}(?:\s*[,/]\s*[A-Za-z]{2,8})*)\)\.?$"
)
# The sign-off keyed on at the end of the last paragraph instead of a line of its own ("… in March. REUTER"),
# or Reuters' credit line in brackets run on to it ("… a big hit. (Reporting by Jane Roe; editing by Sam Poe)"),
# or a wire's name after a dash ("… to deport him. — PTI"; "?" where the page's encoding lost the dash), an Indian
# wire's without one ("… entering the US. PTI"; a photo's caption ends so on the wire's credit: "… in Nice. AFP").
TRAILING_SIGNOFF = re.compile(
    r"(?<=[.!?)”\"])\s+(?P<signoff>REUTERS?|Reuters?|\((?:Reporting|Writing) by [^()]*\)"
    r"|(?:[-–—?]|--)\s*(?:PTI|IANS|UNI|ANI|AAP|AFP|AP)|PTI|IANS|UNI|ANI)$"
)

# A writer signing a post off at the end of its last paragraph, a dash before the name: "… click the Comments
# link below. -- Jane Roe" (a sign-off line of its own, "-- Jane Roe", is a page's signature).
TRAILING_SIGNATURE = re.compile(
    r"(?<=[.!?)”\"])\s+(?P<signoff>(?:--|[–—])\s*[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})$"
)

# A columnist's line closing the column, naming its writer and how to write to them: "Jane Roe can be reached at
# jroe@gazette.com." (short: a sentence of the story says more).
TAGLINE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)"
    r"\s+at\s+\S+(?:\s+\S+){0,8}$"
)

# A writer's closing lines under a story: "Email the author." over "Follow Jane Roe on Twitter: @janeroe".
EMAIL_AUTHOR = re.compile(r"^E-?mail the (?:author|writer)\W*$", re.I)
# The outlet's role before the name says a writer follows with no "Email the author." over it: "Follow Harbour
# Gazette reporter Jane Roe on Twitter: @janeroe".
FOLLOW_AUTHOR = re.compile(
    r"^Follow\s+(?P<role>(?:[A-Z][\w.&'’-]*\s+){0,3}(?:reporter|writer|columnist|correspondent)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s+on\s+Twitter\b(?:\s*:\s*@\w+)?\W*$"
)

# What opens a byline before the names: "By", "by:", "Written by", "Article from:", a writer's label ("Author :").
NAMES_LEAD = re.compile(
    r"^\W*(?:(?:(?:written|posted|story|words|article|text)\s+)?(?:by|from)\b|(?:authors?|writer|reporter)\s*(?=:)"
    # Another language's "by" or writer's label: "Von", "Por", "Texto:", "Текст:".
    r"|(?:von|por|par|door)\s(?=\s*[A-ZÀ-ÞА-ЯЁ])|(?:texto|texte|testo|текст|автор|авторы)\s*(?=:))"
    r"\s*:?\s*",
    re.I,
)
# Where the names end: a stamp, a bar, a dash or a "?" standing for a lost dash ("By JOHN PYE ? 1 day
# ago", "Justine Coleman - 11/18/19 11:04 PM EST", "by Jeff Foust — November 18, 2019").
NAMES_END = re.compile(
    r"\s+(?:[|?•·]|--|[-–—])\s+|\s+[|•·]|\s*[|·]\s*|\s+(?:updated|published|posted)\b"
    r"|\s+(?:publiziert|veröffentlicht|publicado|publié)\b"
    # The writer's address ("By Ann Lee annl@gazette.com") or handle ("Catherine Shu @catherineshu",
    # "Natasha Turak@NatashaTurak").
    r"|\s+[\w.+-]+@[\w-]+\.|\s*@\w"
    # A bracket after the name: the writer's service or a link ("Paul Meller (IDG News Service)",
    # "By David Lassen ( Contact )").
    r"|\s*\("
    # A note of the files or reporting the story used: "CanWest News Service; with files from Reuters".
    r"|\s*;\s*with\s",
    re.I,
)
# Names in a byline: split at commas, "and", "&".
NAMES_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*|;\s*", re.I)
# A part of a byline that is a role, desk or place rather than a name: "Associated Press Writer",
# "Staff Reporter", "Special to The Globe and Mail", "in Beijing".
ROLE_PART = re.compile(
    r"\b(?:staff|correspondent|writer|reporter|editor|columnist|contributor|special to|photographer|bureau"
    r"|news service|wire service|agencies|chief|senior|desk"
    r"|admin|administrator|editorial|webmaster|newsroom|min read|author)\b",
    re.I,
)
# Words of an outlet's name, never of a person's: "Fox News", "The Globe and Mail", "Broadcasting & Cable".
# A club's name is no writer's either: "Adelaide United" under a club's news item.
OUTLET_WORDS = re.compile(
    r"\b(?:news|times|post|press|journal|herald|tribune|globe|mail|star|daily|gazette|telegraph|network|media"
    r"|magazine|tv|radio|online|today|weekly|chronicle|examiner|observer|review|wire|digital|group|broadcasting"
    r"|cable|business|sports|entertainment|united|club)\b",
    re.I,
)
# "in Baidoa", "for The Independent" after a name.
PLACE_SUFFIX = re.compile(r"\s+(?:in|at|for|from)\s+\S.*$")
# Name particles that are written in lower case ("Marcus de Guzman", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn"}
)
# A role after a name without a comma: "michelle shephard national security reporter", "Jane Doe Staff Writer".
ROLE_SUFFIX = re.compile(
    r"(?:\s+(?:staff|senior|chief|national|security|sports|business|political|foreign|diplomatic|economics|technology"
    r"|science|health|legal|entertainment|music|film|tech|special|local|city|metro|state|investigative|associated|press"
    r"|ap|afp|reuters|contributing|managing|deputy|news))*\s+(?:writer|reporter|correspondent|editor|columnist)s?$",
    re.I,
)
# Reuters' credit line: "(Reporting by Jane Roe and John Doe in London; Editing by Sam Poe)". Only
# the reporters are authors; "additional reporting", "with reporting", the desk's "Writing by" (who wrote the
# reporters' files up) and editors are not.
AUTHORS_REPORTING_BY = re.compile(r"(?<![Aa]dditional )(?<![Ww]ith )\b[Rr]eporting by (?P<names>[^;()]+)")
NOT_AUTHORS = re.compile(r"\b(?:additional reporting|with reporting|editing|compiled|graphics?|photos?) by\b.*$", re.I)
# The word a stamp opens with, left at the end of the names when the stamp is cut off: "By Kashmira
# Gander On 11/20/19 at 5:46 AM EST".
NAMES_STAMP_LEAD = re.compile(r"\s+(?:on|at)\s*$", re.I)
# A writer's degrees after the name, each after a comma: "Written by Jane Roe, MS, RD on …", "Jane Roe, PhD".
CREDENTIAL = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?\s?D\.?|M\.D\.|R\.N\.)$")
# A writer's line opening as readers sign comments ("Written by Jane Roe on …", "Posted by Jane Roe"): standing
# between a headline and its story it is the story's byline, as no reader's comment stands there.
SIGNED_HEADER = re.compile(r"^(?i:written|posted)\s+(?i:by)\s*:?\s+[A-Z]")
# A name's last word run on into an outlet's in capitals: "GarberFOXBusiness" (a name's own capitals
# inside it follow at most two lower-case letters: "McDonald", "DeShawn", "MacARTHUR").
GLUED_OUTLET = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{2})")
# Cities where agencies and papers keep their bureaus, which a byline prints after the writer's name
# with no "in" ("By Jane Roe Paris | Monday, 14 January, 2008").
BUREAU_CITIES = frozenset(
    {
        *("Amsterdam", "Ankara", "Athens", "Auckland", "Baghdad", "Bangkok", "Beijing", "Beirut", "Berlin"),
        *("Bogota", "Brussels", "Bucharest", "Budapest", "Cairo", "Caracas", "Chicago", "Copenhagen", "Delhi"),
        *("Dubai", "Dublin", "Frankfurt", "Geneva", "Hanoi", "Helsinki", "Islamabad", "Istanbul", "Jakarta"),
        *("Jerusalem", "Johannesburg", "Kabul", "Karachi", "Kiev", "Kyiv", "Lagos", "Lisbon", "London"),
        *("Madrid", "Manila", "Melbourne", "Montreal", "Moscow", "Mumbai", "Nairobi", "Oslo", "Ottawa", "Paris"),
        *("Prague", "Riyadh", "Rome", "Seoul", "Shanghai", "Singapore", "Stockholm", "Taipei", "Tehran"),
        *("Tokyo", "Toronto", "Vienna", "Warsaw", "Zurich"),
    }
)
# A brand's shape, capitals run on to lower case ("TMCnet", "CNNMoney"): an outlet, never a writer's name.
BRAND_WORD = re.compile(r"^[A-Z]{2,}[a-z]+$")
# Words a scraper's author field carries over from a headline or a teaser, set in title case as it sets
# every author ("Case Relates To Aluminium Imports", "What Is The Only Painting Worth"): never inside a
# writer's name, whose only small words are particles ("Michael J. De La Merced").
HEADLINE_WORDS = frozenset(
    {
        *("To", "The", "Of", "When", "He", "She", "It", "They", "What", "Who", "Will", "Says", "Said"),
        *("Have", "Has", "Are", "Be", "Can", "With", "From", "About", "After", "Over", "Than", "Against"),
        *("This", "That", "His", "Her", "Their", "Only", "Worth", "Why", "How"),
    }
)
# A bio, a bureau or the outlet written for, run on after the name in a scraper's author field: "Alex Horton
# Is A General Assignment Reporter", "Dell Cameron Is A Staff Reporter At Gizmodo", "Reuters In Berlin",
# "Mark Prigg For Dailymail.Com", "Jane Roe for The Guardian".
AUTHOR_RUN_ON = re.compile(r"\s+(?:Is|Was|In|At|[Ff]or)\s+(?=[A-Z])")
# A link's words before the writer's name, taken with it: "More Stories Peter Blumberg", "More Michael".
AUTHOR_LINK_LEAD = re.compile(r"^More(?:\s+Stories)?\s+(?=[A-Z])")
