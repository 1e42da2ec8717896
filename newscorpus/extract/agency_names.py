"""Wire agencies' names as articles write them, and the patterns that find them in datelines, bylines and text.

Read by `agency` (who is credited) and `page_cues` (credit lines and photo credits on a page).
The list holds the wires credited in Reuters-21578 and on the web collections' pages.
"""

from __future__ import annotations

import re

from .alternation import alternation

# Each agency's house name and the ways articles write it. Order matters only for display.
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Reuter", "REUTER", "REUTERS"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Xinhua": ("Xinhua", "Xinhuanet"),  # Xinhuanet: its news site, credited in its datelines
    "Kyodo": ("Kyodo",),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg",),
    "PA": ("PA Media", "Press Association", "PA Sport"),  # PA Sport: its sports desk
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "Yonhap": ("Yonhap",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "TASS": ("TASS", "Tass"),
    "Interfax": ("Interfax",),
    "Bernama": ("Bernama",),
    # National and regional wires that reprinted pages credit as often as the big four.
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UNI": ("UNI", "United News of India"),
    "Sapa": ("Sapa", "SAPA", "South African Press Association"),
    "NZPA": ("NZPA", "New Zealand Press Association"),
    "CNA": ("Central News Agency",),
    "AFX": ("AFX News", "AFX"),
    "CanWest News Service": ("CanWest News Service", "Canwest News Service"),
    "McClatchy Newspapers": ("McClatchy Newspapers", "McClatchy-Tribune News Service", "McClatchy News Service"),
    # A publisher's and a sports wire's services, credited in bylines and datelines ("Paul Meller (IDG News
    # Service)", "By Sports Network", "Charlotte, NC (Sports Network) -").
    "IDG News Service": ("IDG News Service",),
    "The Sports Network": ("The Sports Network", "Sports Network"),
    # An entertainment wire, credited under the celebrity news it files ("Copyright World Entertainment News Network").
    "World Entertainment News Network": ("World Entertainment News Network", "WENN"),
    # Press-release wires: outlets reprint their releases word for word, as they do wire stories.
    "Business Wire": ("Business Wire", "BusinessWire"),
    "PR Newswire": ("PR Newswire", "PRNewswire"),
    "GlobeNewswire": ("GlobeNewswire", "Globe Newswire"),
    "Marketwire": ("Marketwire", "Marketwired"),
}
# A wire's initials that a byline writes alone ("By CP") but a story's text uses for others too (Canadian
# Pacific): read as the wire in a byline only.
BYLINE_INITIALS = {"CP": "CP"}
# Every written form of every agency, longest first, for alternations in other patterns.
_FORMS = sorted((f for forms in AGENCIES.values() for f in forms), key=lambda f: len(re.escape(f)), reverse=True)
AGENCY_ALTERNATION = "|".join(re.escape(f) for f in _FORMS)
# The same forms matched the same way, written for the engine to try quickly (`alternation`); in patterns
# searched through whole paragraphs. Not for a pattern ignoring case, whose forms differ only in case.
AGENCY_FORMS = alternation(_FORMS)
# The letters the forms open on: each pattern below looks at a place's first letter before anything else.
_FORM_OPENINGS = "".join(sorted({re.escape(f[0]) for f in _FORMS}))
# Body phrases that credit an agency's own reporting: "told AFP", "AFP reported", "an AFP correspondent".
BODY_CREDIT = re.compile(
    rf"(?=[{_FORM_OPENINGS}ast])(?:"
    # Not "according to the Associated Press": a wire's own copy never cites itself so, an outlet citing it does.
    rf"\b(?:told|telling|said\ to|spoke\ to|speaking\ to)\ (?:the\ )?(?P<a1>{AGENCY_FORMS})\b"
    rf"|\b(?:an?\ )?(?P<a2>{AGENCY_FORMS})\ (?:correspondent|reporter|journalist|photographer|team|tally"
    rf"|count)s?\b"
    rf"|\b(?P<a3>{AGENCY_FORMS})\ (?:learned|has\ learned|saw|witnessed|obtained"
    # The wire's own practice, in its own copy: "the Associated Press isn't identifying the Marine",
    # "AP does not name victims of sexual assault", "Reuters could not independently verify the video".
    rf"|(?:is|does|did|was|could|can|generally\ does)(?:\ not|n't|n’t)\ (?:independently\ |immediately\ )?"
    rf"(?:identify|identifying|name|naming|verify|confirm))\b)",
    re.X,
)
# An agency the story writes of as another's: "told Reuters news agency", "the AFP news agency", "Reuters
# reports, citing officials". Its own copy says "told Reuters", not "Reuters news agency": an outlet
# quoting a wire's reporting is not running its copy, so its "told Reuters" credits nothing.
CITED_AGENCY = re.compile(
    rf"(?=[{_FORM_OPENINGS}n])"
    rf"(?:\b(?P<a1>{AGENCY_FORMS})\ (?:news\ agency|wire\ service|reports|reported|quoted|cited)\b"
    rf"|\bnews\ agency\ (?P<a2>{AGENCY_FORMS})\b)",
    re.X,
)
# "Tass reported" is not there: agencies quoted as a source ("the state news agency Tass
# reported") are organisations the story cites, not the agency credited with it.
# An agency name closing a byline part without a comma: "LORNE COOK Associated Press".
AGENCY_SUFFIX = re.compile(rf"^(?P<name>.+?)\s+(?:the\s+)?(?P<agency>{AGENCY_ALTERNATION})$", re.I)
# The name of a wire not listed above, as a dateline credits it: a short word in capitals.
WIRE_CAPITALS = re.compile(r"^[A-Z]{2,6}$")
# Broadcasters crediting their own copy in a dateline's brackets ("West Palm Beach, Florida (CNN)"): no wire.
OUTLET_CREDITS = frozenset({"ABC", "BBC", "CBC", "CBS", "CNBC", "CNN", "ESPN", "NBC", "NPR"})
# An agency in a byline's role: "Associated Press Writer", "AP Sports Writer", "Reuters Correspondent".
AGENCY_ROLE = re.compile(
    rf"(?:^|\s)(?P<agency>{AGENCY_ALTERNATION})\s+(?:[A-Z][a-z]+\s+)?(?:Writer|Reporter|Correspondent|Editor|Staff)\b",
    re.I,
)
# An agency named in a credit line: any of its written forms as a word, short ones ("AP", "PA") in
# capitals only, so "pa" or "ap" inside other words never count.
_LONG_FORMS = sorted((re.escape(f) for v in AGENCIES.values() for f in v if len(f) > 3), key=len, reverse=True)
_SHORT_FORMS = sorted((re.escape(f) for v in AGENCIES.values() for f in v if len(f) <= 3), key=len, reverse=True)
AGENCY_MENTION = re.compile(rf"(?<![\w-])(?:(?i:{'|'.join(_LONG_FORMS)})|{'|'.join(_SHORT_FORMS)})(?![\w-])")
# Names in a byline: split at commas, "and", "&".
BYLINE_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*|\s*\|\s*")
BYLINE_LEAD = re.compile(r"^By:?\s+")
REPORTING_BY = re.compile(r"(?:Reporting|Writing|Additional reporting)\ by\ (?P<names>[^;()]+)")
