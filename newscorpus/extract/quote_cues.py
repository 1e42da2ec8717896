"""Word lists for quotation attribution, kept apart from the rules that read them."""

from __future__ import annotations

import re

from ..model import EntityKind
from .cues import SPEECH_VERBS

# Nouns that refer back to an organisation named earlier ("the company said").
BACK_REFERENCES = frozenset(
    {
        "company",
        "firm",
        "group",
        "bank",
        "corporation",
        "ministry",
        "agency",
        "union",
        "exchange",
        "committee",
        "department",
        "organisation",
        "organization",
        "council",
        "commission",
        "party",
        # Churches and clubs speak too: "the church has responded", "the club said".
        "church",
        "club",
        # Media, named by kind after their name was given: "The Nanfang Daily said …", "the newspaper said".
        "newspaper",
        "paper",
        "daily",
        "weekly",
        "magazine",
        "radio",
        "television",
        "broadcaster",
        # Carriers speak as their company: "the airline said".
        "airline",
        "carrier",
        # Institutions speak by their kind once named: "the zoo said" after "the Cincinnati Zoo & Botanical
        # Garden"; only a body whose name holds the noun is taken ("the hospital said" names no other body).
        "zoo",
        "museum",
        "university",
        "hospital",
        "school",
        "college",
        "institute",
        "foundation",
        "charity",
    }
)
# Role nouns that, after "the", refer back to the person last named: "the minister said". Roles
# that are mostly unnamed sources (spokesman, official, analyst) are left as phrases.
PERSON_BACK_REFERENCES = frozenset(
    {"minister", "president", "senator", "chairman", "chairwoman", "secretary", "governor", "premier",
     "democrat", "republican", "congressman", "congresswoman", "ambassador", "mayor", "chancellor", "king",
     # Roles that, with "the", refer back to the person just named in that role ("Analyst Rita
     # Gomez …", "“…,” the analyst said"); an unnamed one ("an analyst said") is found first.
     "analyst", "economist", "lawyer", "prosecutor", "judge", "commander", "general",
     # Roles web news refers back with ("Milan coach Carlo Ancelotti … added the coach", "said the
     # actor", "the singer whispered"), from the L3S-GN1 and extraction-benchmark development pages.
     "coach", "manager", "boss", "actor", "actress", "singer", "star", "striker", "midfielder", "defender",
     "goalkeeper", "quarterback", "player", "captain", "host", "rapper", "musician", "comedian", "director",
     "professor", "scientist", "researcher", "author", "writer", "detective", "sheriff", "superintendent",
     "founder", "owner", "lawmaker", "representative", "candidate", "nominee", "prince",
     "princess", "queen", "duke", "duchess", "pope", "activist", "teenager", "veteran", "expert", "commissioner",
     # A band's players ("the singer and guitarist told the audience").
     "guitarist", "drummer", "bassist", "pianist", "keyboardist", "frontman", "songwriter",
     # Campaigners and public figures web news refers back to ("the gun control advocate wrote").
     "advocate", "campaigner", "critic", "investor", "entrepreneur", "billionaire", "designer", "photographer",
     "pitcher", "golfer", "driver", "champion",
     # Players named by their place in a side, as sports copy refers back to them ("The no-nonsense back rower
     # added", "the skipper said"), from the L3S-GN1 development pages.
     "rower", "back-rower", "batsman", "bowler", "all-rounder", "wicketkeeper", "winger", "forward", "fly-half",
     "scrum-half", "full-back", "skipper", "playmaker", "youngster"}
)  # fmt: skip
# Words that open a clause, not a speaker's name ("and then added").
CLAUSE_WORDS = frozenset({"and", "then", "but", "also", "later", "further", "so"})
PRONOUNS: dict[str, EntityKind | None] = {
    "he": "person",
    "she": "person",
    "it": "organization",
    "him": "person",
    "her": "person",
    "they": None,
    "we": None,
    "i": None,
}
MEDIA_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "radio", "television", "broadcaster"})
# Last words of newspapers' and broadcasters' names ("Nanfang Daily", "Washington Post").
MEDIA_NAME_WORDS = frozenset(
    {"daily", "times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph", "guardian",
     "observer", "independent", "mail", "express", "standard", "star", "chronicle", "globe", "radio",
     "television", "tv", "weekly", "magazine", "review", "monitor", "zeitung", "spiegel", "monde", "figaro",
     "shimbun", "ore", "pravda", "izvestia"}
)  # fmt: skip
# Roles of sources news copy leaves unnamed ("a senior official", "one trader", "a Texaco
# spokesman"). Introduced as the subject of a speech verb, such a source is what a later "he said"
# or "the spokesman said" refers to, until a named person speaks again.
UNNAMED_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "diplomat", "trader", "dealer",
     "analyst", "banker", "economist", "witness", "resident", "officer", "executive", "lawyer", "negotiator",
     # A newsroom's unnamed staff speak for it ("A journalist for Agence France-Presse said …").
     "journalist", "reporter", "correspondent"}
)  # fmt: skip
# Roles that are unnamed sources when the story introduces one so ("said one legal expert", then "the
# expert warned"), and otherwise refer back to the person last spoken of like PERSON_BACK_REFERENCES.
INTRODUCED_ROLES = UNNAMED_ROLES | {"expert"}
# Who speaks for a person named before, after "his" or "her" ("his spokeswoman has said …"): the person.
OWN_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "rep", "representative", "publicist"})
# A person's relatives and friends, who speak for themselves: "Reyes's daughter said" names no one.
RELATIVES = frozenset(
    {"daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "stepmother", "stepfather",
     "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "widow", "widower", "friend",
     "girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "fiance", "neighbour", "neighbor", "family"}
)  # fmt: skip
# A person's staff and confidants, who speak for themselves: "said the Spears staffer" names no one.
STAFF = frozenset(
    {"staffer", "staffers", "aide", "aides", "insider", "insiders", "confidant", "confidante", "bodyguard",
     "assistant", "housekeeper", "nanny", "driver", "employee", "friend", "friends", "source", "sources",
     "adviser", "advisers", "advisor", "advisors"}
)  # fmt: skip
# The speech verbs as words, which no speaker phrase holds ("The paper's editorial adds").
SPEECH_WORDS = frozenset(SPEECH_VERBS.split("|"))
# Newsroom roles, who are the audience after "told" ("told a reporter that …").
NEWSROOM_ROLES = frozenset({"journalist", "reporter", "correspondent"})
# Documents that speak for whoever issued them: "the statement said".
STATEMENTS = frozenset({"statement", "communique", "communiqué", "release", "declaration"})
# Verbs that introduce a quotation after them but never attribute one before them: "called it an
# “extremely adverse development”", "warning of “dangerous consequences”", "wrote in an email new
# lines must “claw back …”" (the L3S-GN1 and extraction-benchmark development pages).
PRE_QUOTE_VERBS = (
    "called|calling|described|describing|dubbed|branded|labelled|labeled|termed|warning|writing|tweeting|"
    "posting|insisting|noting|arguing|claiming|declaring|stating|urging|explaining|stressing|vowing|"
    "announcing|repeating|repeated|emailed|texted|messaged|describe|call|dub|brand|label|telling|"
    # "was visibly unsettled, dubbing the launch an “…”", "prompted the president to warn of “…”".
    "dubbing|branding|labelling|labeling|terming|warn|"
    # "the Kremlin dismissed the report as “nothing concrete”": the dismissing body's words.
    "dismissed|dismissing|"
    # "turned to his coach and wondered, “Are you sure …?”": a question put in the asker's words.
    "wondered|wondering|"
    # Present tenses of web copy before the words ("X contends it is the “next step”", "the official insists"),
    # and "would say" ("As Randy Jackson would say, “…”"); not "claims" nor "say" alone, nouns and plurals too
    # often ("denied Swift’s claims", "after passengers say").
    "contends|insists|maintains|argues|asserts|asserted|alleges|admits|concedes|(?<=would )say|"
    # Charges and reproaches in the accuser's words ("accused the mayor of running “a secret fund”", "goes on to
    # accuse", "objected to the chair's “willy nilly” decision", "reminded the witness that “…”").
    "accused|accusing|accuse|accuses|objected|objecting|reminded|reminding|"
    # A report's words in its reporter's mouth: "The New York Times reported that of 34 reviews, “10 had …”".
    r"reported(?=\s+that\b)"
)
# Left out: participles more often adjectives before a noun ("promising new areas", "asking price").


# A finite verb after a name makes it its clause's subject: "Redknapp remains", "McCoy said",
# "Djokovic later assured"; an adverb may stand between.
VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|still\s+|never\s+|later\s+)?"
    r"(?:is|was|has|had|will|would|can|could|did|does|may|might|must|should|[a-z]{2,}(?:ed|s))\b"
)
# Prepositions that make the name after them an object: "a message to Mr Saakashvili".
OBJECT_PREPOSITIONS = frozenset(
    {"to", "with", "of", "by", "for", "from", "against", "over", "about", "on", "at", "in", "into", "beat", "and"}
)
# A speech verb right after a name ("Clark said"), or right before it after a quotation ("“…,”
# said Azusa Hayashi"), not after another name ("Bellmon said Empie held").
SPEECH_NEXT = re.compile(rf"\s*(?:,[^,]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS})\b")
# "…, according to leading lawyer Athar Minallah": a source named so is a speaker too.
SPEECH_LAST = re.compile(rf"(?:^|[,;:”\"])\s*(?:{SPEECH_VERBS}|according\s+to)\s+(?:[a-z]+\s+){{0,3}}$")
# A sentence opening with a role, then the name in apposition: "But the head of the union, X, …";
# or with someone's role, after an opening phrase or not: "Outside court, Mr Berg's solicitor, X,
# said": the role's holder is the subject, not the possessor.
APPOSITIVE_LEAD = re.compile(
    r"^\s*(?:[A-Z][a-z]*\s+)?(?:the|a|an)\s[^,“”\"]{1,100},\s*$"
    r"|^\s*(?:[^,“”\"]{1,40},\s*)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s)(?:\s[a-z][\w-]*){1,3},\s*$"
)
# Pronouns that, as a sentence's subject, carry on the person named before.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
TITLE_BEFORE = re.compile(r"(?:^|\s)(?P<title>[A-Za-z]+\.?)\s+$")

# Social platforms a name keeps an account on ("the official Acme Twitter account"): where words were
# posted, not who posted them.
SOCIAL_PLATFORMS = frozenset({"Twitter", "Facebook", "Instagram", "YouTube", "Snapchat", "TikTok", "LinkedIn", "Weibo"})
