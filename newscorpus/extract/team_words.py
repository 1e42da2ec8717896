"""Words of sports copy and the patterns that tell a team's name from a town's or a person's.

Read by `teams`. Written on L3S-GN1's football, cricket, tennis and American football pages.
"""

from __future__ import annotations

import re

from .alternation import alternation
from .text import words

# Words of sports copy: a story holding several is about sport (L3S-GN1 football, cricket, tennis
# and American football pages).
SPORT_WORDS = words(
    """
    goal goals scored scorer striker midfielder defender goalkeeper quarterback touchdown touchdowns
    innings wicket wickets batsman bowler semi-final quarter-final playoff playoffs tournament
    championship fixture fixtures squad stadium coach linebacker rebounds penalty penalties
    equaliser equalizer free-kick hat-trick baseball soccer cricket rugby rushing bowled
    scoresheet tap-in
    squads strikers midfielders defenders goalkeepers quarterbacks batsmen bowlers semi-finals quarter-finals
    tournaments coaches first-leg second-leg silverware
    semifinal semifinals quarterfinal quarterfinals
    """
)
# The plurals, and the legs of a cup tie and the silverware a club wins, are as much sport's (the L3S-GN1
# football pages: "the squads of several qualifiers", "the semi-final first-leg", "landing some silverware"), and
# the rounds of a draw as American copy spells them ("semifinals"). Sports' names are left out: a life story names
# them too ("a basketball coach"), and a tennis player's country is his nationality ("China's Li Na"), no team.
# Words left out because business and politics use them too: season, points, win, draw, club
# ("the Paris Club"), manager, team, game, cup, match, seed, pitch.
# Their first letters looked at first: most words of a story open on none of them and are turned away at once.
_SPORT_OPENING = "".join(sorted({re.escape(w[0].lower()) for w in SPORT_WORDS}))
SPORT_WORD = re.compile(
    rf"\b(?=[{_SPORT_OPENING}])(?:{alternation(sorted(SPORT_WORDS), ignore_case=True)})\b", re.IGNORECASE
)
# A team's words after its name: "Tottenham chairman", "the Portsmouth boss", "Reading took the
# lead", "South Africa have included", "Oklahoma (11-2)", "Middlesex head coach", a result
# ("Croatia secured its spot", "Finland clinched").
TEAM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:head\s+)?(?:chairman|boss|manager|coach)|striker|midfielder|defender|goalkeeper|captain|"
    r"player|players|fans|supporters|squad|side|team|match|game|international|tour|dressing|defence|defense|have|v|"
    r"were|beat|won|lost|drew|edged|refused|hit|took|led|trail|trailed|scored|clinched|qualified|secured)\b"
    r"|\s*\(\d{1,2}-\d{1,2}\)"
)
# A possessive's ending, also where a scraped page lost the curly apostrophe to a "?" ("San Diego?s
# defense"), as no question mark stands right before an "s" and a space.
POSSESSIVE = re.compile(r"['’?]s\s+")
# A season's record after a team's name: "the Minnesota Vikings (8-7)", "Boston (10-4-2)".
RECORD_AFTER = re.compile(r"\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")
# A team's words before its name: "against Reading", "a 2-1 win over Everton", "No. 3 Oklahoma",
# "the clash with Wigan", "they lost to South Africa", "a 6-1 rout of Toronto", "Turkey drew Iceland",
# "drawing with Northern Ireland", "first-place New Jersey", a fixture as British copy writes it ("Chelsea v
# Everton"; also a team's word after its name).
TEAM_BEFORE = re.compile(
    r"(?:\bagainst|\bbeat|\bbeating|\bdefeated|\bover|\bversus|\bvs?\.?|No\.\s*\d{1,3}|\bclash\s+with"
    r"|\b(?:lost|loss|losing|fell)\s+to|\brout\s+of|\bdrew|\b(?:draw|drawing|drawn)\s+with|\b[a-z]+-place)\s+$"
)
# An article before a club's name, as before no person's: "traded to the Houston Astros", "a Baltimore
# Orioles teammate", "The Minnesota Vikings (8-7) can clinch" (not "David Wyss", whose first name is a
# town's too).
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
# A sentence's opening, where a club's name goes without its article ("Tampa Bay Lightning beat …"):
# a paragraph's start, after a full stop, or after a dateline's dash ("DENVER (Reuters) - Las Vegas Raiders …").
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][”\"]?\s+|\s[-–—]\s+)$")
# "the" right before a name, as before a team's nickname ("the Broncos") and no person's.
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Clubs' nicknames that are no plural: "the Tampa Bay Lightning", "the Minnesota Wild", "the Miami Heat"
# (not "Sun", "Union" or "Power": newspapers, unions and utilities are named so after towns too).
SINGULAR_NICKNAMES = words(
    "Lightning Wild Avalanche Heat Magic Jazz Thunder Kraken Galaxy Dynamo Revolution Impact Crew Fire Sky"
    " Fever Storm Dream Mercury Lynx Sox"
)
# First words of clubs' nicknames of two words: "Detroit Red Wings", "Chicago White Sox", "Toronto Maple Leafs".
NICKNAME_OPENERS = words("Red White Blue Black Golden Maple Trail Sky Fighting Crimson Scarlet Mighty")
# Plurals after a town's name that name events held there, not clubs.
EVENT_PLURALS = frozenset({"Games", "Olympics", "Championships", "Talks", "Accords", "Awards", "Open", "Finals"})
# Words before a name that place something in the town: "the News in Portsmouth".
IN_TOWN = re.compile(r"\b(?:in|at|near|outside)\s+$")
# What joins the names of one list: "Croatia, Germany and Austria", "Bulgaria/Israel/Hungary".
LIST_JOIN = re.compile(r"\s*(?:,|/|,?\s+and|,?\s+or)\s*")
# A national side's roles after a country's name, in any story: "former England manager", "the Brazil
# captain", "a Denmark international" (not "boss" or "side": "the Russia boss of a bank", "the Texas
# side of the river").
NATIONAL_ROLE = re.compile(
    r"(?:['’]s)?\s+(?:manager|coach|captain|skipper|squad|striker|midfielder|defender|goalkeeper|international)\b"
)
# A club's roles between a town's name and a person's, in any story: "Portsmouth manager Harry Redknapp",
# "former Tottenham boss Martin Jol". A person named right after the role holds it at the club; a town's
# officials are written otherwise ("Portsmouth mayor"). Not a chairman, owner or captain: bodies of every kind
# have those, and a town names more of them than its club.
CLUB_ROLE = re.compile(
    r"(?:['’]s)?\s+(?:(?:head|assistant|caretaker|interim)\s+)?"
    r"(?:manager|boss|coach|striker|midfielder|defender|goalkeeper|winger)\s+"
)
# A plural verb right after a town's name opening a sentence: a club, as British copy writes it
# ("Chelsea have paid", "Portsmouth are a bigger club", "Sevilla were reduced to 10 men"); a town takes
# the singular ("London has", "Madrid is"), so in any story.
PLURAL_VERB = re.compile(r"\s+(?:have|are|were|hope)\b")
