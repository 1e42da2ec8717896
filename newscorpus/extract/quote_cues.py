"""Word lists for quotation attribution, kept apart from the rules that read them."""

from __future__ import annotations

from ..model import EntityKind

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
     "princess", "queen", "duke", "duchess", "pope", "activist", "teenager", "veteran", "expert", "commissioner"}
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
     "analyst", "banker", "economist", "witness", "resident", "officer", "executive", "lawyer", "negotiator"}
)  # fmt: skip
# Documents that speak for whoever issued them: "the statement said".
STATEMENTS = frozenset({"statement", "communique", "communiqué", "release"})
# Verbs that introduce a quotation after them but never attribute one before them: "called it an
# “extremely adverse development”", "warning of “dangerous consequences”", "wrote in an email new
# lines must “claw back …”" (the L3S-GN1 and extraction-benchmark development pages).
PRE_QUOTE_VERBS = (
    "called|calling|described|describing|dubbed|branded|labelled|labeled|termed|warning|writing|tweeting|"
    "posting|insisting|noting|arguing|claiming|declaring|stating|urging|explaining|stressing|vowing|"
    "announcing|repeating|repeated|emailed|texted|messaged|describe|call|dub|brand|label|telling"
)
# Left out: participles more often adjectives before a noun ("promising new areas", "asking price").
