"""The words and sentences the synthetic versions are edited with (see `synth`): a copy desk's
substitutions and synonyms, lede paraphrases, re-tops and added paragraphs, all written for the
generator (none is taken from the collection).
"""

from __future__ import annotations

# Word/phrase substitutions a copy desk or a syndicating outlet makes.  Applied whole-word.
SUBSTITUTIONS: list[tuple[str, str]] = [
    ("said", "stated"),
    ("company", "firm"),
    ("pct", "per cent"),
    ("mln", "million"),
    ("dlrs", "dollars"),
    ("dlr", "dollar"),
    ("U.S.", "US"),
    ("U.K.", "UK"),
    ("rebels", "militants"),
    ("shares", "stock"),
    ("officials", "authorities"),
    ("told", "informed"),
    ("Peking", "Beijing"),
    ("Moslem", "Muslim"),
    ("Gadaffi", "Gaddafi"),
    ("Kampuchea", "Cambodia"),
    ("centre", "center"),
    ("programme", "program"),
    ("organisation", "organization"),
    ("favour", "favor"),
    ("labour", "labor"),
    ("defence", "defense"),
    ("stabilise", "stabilize"),
]

# A copy desk's everyday synonyms, applied densely (most occurrences, every story) by the
# "dense-substitute" edit: with a change every few words, only short runs of the original survive.
DENSE_SYNONYMS: list[tuple[str, str]] = [
    ("said", "stated"),
    ("says", "states"),
    ("company", "firm"),
    ("will", "would"),
    ("would", "will"),
    ("expected", "forecast"),
    ("announced", "unveiled"),
    ("agreed", "consented"),
    ("plans", "intends"),
    ("government", "administration"),
    ("about", "around"),
    ("because", "as"),
    ("increase", "rise"),
    ("rose", "climbed"),
    ("fell", "dropped"),
    ("shares", "stock"),
    ("year", "twelve months"),
    ("also", "additionally"),
    ("new", "fresh"),
    ("told", "informed"),
    ("officials", "authorities"),
    ("sources", "people"),
    ("major", "big"),
    ("total", "sum"),
    ("week", "seven days"),
    ("month", "four weeks"),
    ("including", "among them"),
    ("pct", "percent"),
    ("mln", "million"),
    ("dlrs", "dollars"),
]
# Lede paraphrases: the attribution moved to the front, or the lede recast around its first clause.
PARAPHRASE_TEMPLATES = [
    "According to {who}, {rest}",
    "{rest_cap} That is what {who} announced on {day}.",
    "In news reported on {day}, {rest}",
]

# A re-top: a new lede over the old body.  {n1}/{n2} are names taken from the story.
RETOP_TEMPLATES = [
    "{n1} was at the centre of fresh developments on {day}, according to people familiar with the matter, "
    "in a story first reported earlier.",
    "New details emerged on {day} involving {n1} and {n2}, adding to the account reported below.",
    "{n1} remained in focus on {day} as officials and analysts weighed the news, details of which follow.",
    "Attention turned to {n1} on {day} after the announcement reported here, with {n2} also named.",
]
ADDED_PARAGRAPHS = [
    "{n1} could not immediately be reached for further comment.",
    "Analysts said they would be watching {n1} closely in the coming weeks.",
    "The news had been widely expected, market sources said, and {n2} was not expected to respond before next week.",
    "Further details were not immediately available.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
