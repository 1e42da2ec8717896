"""How a dateline is written: wire capitals ("WASHINGTON (Reuters) -"), a place alone in its block, title case.

Read by `dateline`. Seen on Reuters-21578 and the AP, AFP and hosted wire pages of the web collections.
"""

from __future__ import annotations

import re

# The date in a dateline, as wires key it: "March 3", "FEB 26", "FEb 26", "2 March", "Narch 2"
# (a typo: any short word before the day), optionally with the year.
_DATE = r"(?:[A-Za-z]{3,9}\.?\ \d{1,2}|\d{1,2}\ [A-Za-z]{3,9})(?:,\ \d{4})?"
# The dash after a dateline: a colon, hyphens or dashes; in text whose dashes were lost to a
# wrong encoding, a "?" standing alone between spaces ("DENVER (AP) ? Police said"); an underscore standing
# alone, as some Asian wires key the dash ("HONOLULU _ South Korean golfer …").
_DASH = r"(?:[:\-–—]+|[?_](?=\s))"
# A dash set with no spaces between the dateline and the lede, as AP's web copy prints it, or the "?" its
# lost encoding left after a region in title case: "VANCOUVER, British Columbia—Keith Yandle scored",
# "… Columbia?Keith …", "… Afghanistan?A roadside …". After a place in capitals the "?" is a lost dash only
# when a sentence runs on from it in lower case ("LONDON?The engines failed"): "WHAT?Really, …" is a question.
_GLUED_DASH = r"(?:[–—]|--|(?<=[a-z.])\?|(?<=[A-Z]{3})\?(?=[A-Z][a-z]*\ [a-z]+\ ))(?=[A-Z][a-z]|[AI]\ )"
# A leading dateline: an upper-case place, optional region ("TURNBERRY/GLASGOW, Scotland"),
# optional date ("NEW YORK, March 3"), optional agency credit ("(AP)"), then a colon or dash.
# Seen as "BEIRUT:", "HELSINKI (AP) —", "NEW YORK, March 3 -", "WASHINGTON (Reuters) -".
DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*
          (?:\ ?,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)       # region after a comma
        (?:\ ?,?\ (?P<date>{_DATE}),?)?
        (?:\s*(?:,?\s*\((?P<credit>[^()]{{1,40}})\)\s*{_DASH}?|{_DASH})\s+|{_GLUED_DASH})""",
    re.X,
)
# A wire's dateline whose dash the host dropped, the lede run on after its date: "CORVALLIS, Ore., Jan. 11
# Lawrence Hill led …". Taken only with a region and a date, whose day then ends the dateline.
DASHLESS_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*)*, (?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,})(?: [A-Z][a-z]+\.?)*),"
    r" (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2})(?P<credit>(?!))? (?=[A-Z][a-z]+ )"
)
# A press release's dateline, its dashes closed up round the wire: "LAS VEGAS--(BUSINESS WIRE)--Magellan …",
# read as "LAS VEGAS (BUSINESS WIRE) — Magellan …".
PRESS_RELEASE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .,'’]*?[A-Za-z.])\s*-{1,2}\s*\((?P<credit>[^()]{1,40})\)\s*-{1,2}\s*(?=\S)"
)
# A press release's wire between slashes after the place and date: "SAN FRANCISCO, Jan. 9 /PRNewswire/ --
# Coverity …", "TORONTO, Jan. 6 /CNW/ - Today …", read as "SAN FRANCISCO, Jan. 9 (PRNewswire) — …".
SLASHED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ /-]*[A-Z.](?:,\s[A-Za-z0-9., ]{1,30}?)?)\s*/(?P<credit>[A-Za-z][\w .&-]{0,30}[\w])/"
    r"\s*[-–—]{1,2}\s*(?=\S)"
)
# The same dateline after the release's summary, run into one paragraph with it: "Variety of players
# available to Canadians in Spring 2008 TORONTO, Jan. 6 /CNW/ - Today …". Its place in capitals, a
# date and the wire between slashes say where the lede begins.
GLUED_SLASHED_DATELINE = re.compile(
    r"(?<=[\w.!?)”\"'’]) (?=[A-Z][A-Z.'’ -]*[A-Z.],\s(?:[A-Z][A-Za-z.]*,?\s){0,3}[A-Z][a-z]{2,8}\.?\s\d{1,2}"
    r"(?:,\s\d{4})?\s*/[A-Za-z][\w .&-]{0,30}[\w]/\s*[-–—]{1,2}\s*\S)"
)
# A dateline standing alone in its block, over the story's first paragraph: "NOUAKCHOTT,
# Mauritania --", "QUEENSTOWN, New Zealand (AFP)", "BEVERLY HILLS, Calif., Jan. 8, 2008".
DATELINE_BLOCK = re.compile(
    rf"""^[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*(?:\ ?,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?
        (?:\ ?,?\ (?P<date>{_DATE}),?)?(?:\s*(?:[\-–—]+\s*)?\([^()]{{1,40}}\))?\s*(?:[:\-–—]+|\?)?$""",
    re.X,
)
# An agency credit alone in its block, under a dateline block: "(AP)".
CREDIT_BLOCK = re.compile(r"^\((?P<credit>[A-Za-z][\w .&-]{0,38})\)\s*(?:[:\-–—]+)?$")
# A dateline whose place is written in title case ("New York, March 31 -"): only taken with a
# date after it, since a title-case word and a dash is otherwise just the start of a sentence.
TITLE_CASE_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][a-z]+(?:\ [A-Za-z][a-z]+){{0,2}}(?:,\ [A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*)?)
        \ ?,\ (?P<date>{_DATE}),?
        \s*(?:\((?P<credit>[^()]{{1,40}})\))?
        \s*{_DASH}\s+""",
    re.X,
)
# A dateline in title case without a date ("Indianapolis – Several thousand teachers …", "Dekalb, Ill.
# — Mike Glass threw …", "Kolkata: West Bengal's chief minister …"), as some hosts rewrite the wire's
# capitals: a dash or a colon stands for a dateline's dash here, a hyphen only set off by spaces right after
# the place, as some hosts key the dash ("Johannesburg - The Bulls' talks …"), and the place must be a known
# one or carry a state's abbreviation. A credit in brackets may stand for the dash, the lede run on after it
# as the outlet prints its own: "Hong Kong (CNN Business)A muddled view …", "West Palm Beach, Florida (CNN)
# President Donald Trump said …". After a credit a hyphen is left alone: "New York, NY (Sports Network) -
# Tampa Bay Lightning …" would open its story on a team's name, which the name finder reads as "Bay Lightning".
PLAIN_DATELINE = re.compile(
    r"""^(?P<place>(?P<city>(?:St\.\ )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})
        (?:,\ (?P<region>[A-Z][A-Za-z.]*(?:\ [A-Z][A-Za-z.]*)*))?)
        (?P<date>(?!))?
        (?:\s*\((?P<credit>[^()]{1,40})\)(?:(?:\s+(?:[–—]|--)|:)\s+|\s*)|(?:\s+(?:[–—]|--?)|:)\s+)
        (?=[A-Z0-9"“‘'])""",
    re.X,
)
