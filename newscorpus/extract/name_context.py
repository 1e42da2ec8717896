"""Words around a name that say what it names when no list does: a person named at the words they
spoke, a word shaped like a given name, a newspaper named as one.
"""

from __future__ import annotations

import re

from .cues import KNOWN_ORGS, SPEECH_VERBS
from .name_runs import Ctx, Tok, has_org_cue, is_demonym, name_shaped
from .text import fold_name

# A quotation closing right before a speech verb and a name ("“…,” added X").
_QUOTE_THEN_VERB = re.compile(rf"[,.!?…][”\"’]\s*(?:{SPEECH_VERBS})\s+(?:[a-z]+\s+){{0,3}}$")
# What ends an attribution after the speaker's name: a comma, a stop, the paragraph's end or the verb.
_ATTRIBUTION_END = re.compile(rf"\s*(?:[,.;]|$|\s(?:{SPEECH_VERBS})\b)")


def named_at_words(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a full name written as web news names people at their words.

    "“…,” added Jean-Michel Priest"; or a full name whose surname the story then uses alone
    ("Juande Ramos has asked …", "Ramos said"). Companies are quoted too ("“…,” Bangor Hydro
    said"), so a name before the verb needs a role to be a person ("Priyamvada Natarajan, a
    theoretical astrophysicist, told").
    """
    words = [t.text for t in part]
    if not name_shaped(words) or has_org_cue(words):
        return False
    if _QUOTE_THEN_VERB.search(ctx.paragraph, 0, part[0].start) and _ATTRIBUTION_END.match(ctx.paragraph, part[-1].end):
        return True  # not "said Societe Generale economist Alain Marais": a body before a role
    if _CREDITED.search(ctx.paragraph, max(0, part[0].start - 30), part[0].start):
        return True  # "(Reporting by Will Dunham; Editing by Tom Brown)", "By Tom Ashby"
    surname = words[-1]
    # "Ashwell Prince perished for 10 … Prince fell": the surname the story then writes alone, as
    # it writes no word of a firm's or a club's name ("Goldman Sachs" … "Goldman", "Inter Milan").
    alone = surname in ctx.speakers or (
        surname in ctx.alone and fold_name(surname) not in ctx.gaz.places and words[0] not in ctx.alone
    )
    return (
        len(words) == 2
        and alone
        and given_shaped(words[0])
        and not is_demonym(words[0])
        and fold_name(words[0]) not in _COMPASS
        and fold_name(surname) not in ctx.gaz.countries  # "Ramos said" is a person; "Washington said", a country
        and not is_demonym(surname)
        and fold_name(surname) not in KNOWN_ORGS
        and not ctx.paragraph[: part[0].start].endswith(("the ", "The "))
    )


# Compass words open places' names, not people's ("South Waziristan").
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
# Credit lines naming the story's writers and editors: "(Reporting by X; Editing by Y)", "By X".
_CREDITED = re.compile(r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ee]dited|[Ww]ritten)\s+by|^By)\s+$")


def given_shaped(word: str) -> bool:
    """Return True for a word the given-name list lacks that is still shaped like one ("Juande").

    Not a plural or a verb ("Seasons", "Besides"), an adverb ("Previously"), a participle
    ("Adding"), a role ("Financier", "Investor"), an adjective ("Economic", "National") or a
    compound ("Third-ranked").
    """
    return not word.endswith(_WORD_ENDINGS) and not re.search(r"-[a-z]", word)


# Endings of English words, rare at the end of given names the name list does not hold.
_WORD_ENDINGS = ("s", "ly", "ing", "ed", "er", "or", "ist", "ian", "ic", "al", "ive", "ous")


def named_as_medium(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a newspaper or broadcaster the story names as one: "told France Info.",
    "according to the Times Picayune", "Nice-Matin, a local newspaper".

    Not a person: a given name opens none of these ("told John Smith").
    """
    if part[0].text in ctx.gaz.given_names and fold_name(part[0].text) not in ctx.gaz.places:
        return False  # "told John Smith"; "France" is a given name too
    name = " ".join(t.text for t in part)
    if any(f" {name} " in f" {run} " for run in ctx.runs if run.removeprefix("The ") != name):
        return False  # "according to the Observatory": a short form of a name the story gives in full
    before, after = ctx.paragraph[: part[0].start], ctx.paragraph[part[-1].end :]
    if _MEDIUM_AFTER.match(after):
        return True
    told = _TOLD_BEFORE.search(before)
    if told is None or not _ATTRIBUTION_END.match(after):
        return False
    # "told the Star"; or a name shaped like a medium's: a place or acronym and more ("France Info",
    # "CTV Toronto"), a medium's word at its end ("Nanfang Daily"), not a person's ("Eishiro Saito").
    first, last = fold_name(part[0].text), fold_name(part[-1].text)
    shaped = len(part) > 1 and (first in ctx.gaz.places or part[0].text.isupper() or last in _MEDIUM_WORDS)
    return bool(told.group("the")) or shaped


# Where a story names a medium: after "told" or "according to", with "the" or in several words,
# closing the clause; or before an appositive calling it one, which closes there too (not ", the
# news agency APS said": the next clause's subject).
_TOLD_BEFORE = re.compile(r"\b(?:told|according\s+to)\s+(?P<the>the\s+)?$", re.IGNORECASE)
# Last words of media's names ("Washington Post", "France Info", "Fox News").
_MEDIUM_WORDS = frozenset(
    {"daily", "times", "post", "journal", "news", "herald", "tribune", "gazette", "info", "radio", "tv"}
)
_MEDIUM_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:newspaper|daily|weekly|broadcaster|radio|television|"
    r"magazine|tabloid|website|news\s+agency|news\s+site|channel)(?=\s*[,.;]|\s*$)"
)


def named_as_body(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a name the words around make a company's or another body's, as no person's.

    "Wells Fargo, which has been dogged by scandals", "Rogers & Cowan, the publicity firm that
    represents Cruise", "WeWork's founder", "an analyst at Gartner", "shares of MarketAxess".
    """
    after = ctx.paragraph[part[-1].end : part[-1].end + 80]
    if _BODY_AFTER.match(after):
        return True
    return bool(_BODY_BEFORE.search(ctx.paragraph, max(0, part[0].start - 40), part[0].start))


# Nouns of a company or body in apposition or as a predicate ("X, the publicity firm", "X is an
# umbrella organisation"), from the extraction-benchmark, L3S-GN1 and News-Cluster pages.
_BODY_NOUNS = (
    r"company|firm|maker|manufacturer|automaker|carmaker|carrier|airline|retailer|chain|provider|startup|"
    r"start-up|band|network|publisher|broadcaster|organi[sz]ation|charity|bank|insurer|lender|brokerage|"
    r"conglomerate|studio|label|supplier|operator|developer|utility|club|party|union|group"
)
# What only a body has: shares, earnings, a board, a founder ("WeWork's founder", "Goldman's charge"
# aside); a person's aides, staff and spokesmen are left out.
_BODY_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:shares|stock|chief\s+executive|ceo|cfo|board|founder|co-founder|"
    rf"profits?|revenues?|earnings|quarterly|subsidiary|subsidiaries|parent|headquarters|shareholders|"
    rf"stores|plants?|factory|factories)\b"
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS})\b(?!\s+of\b)"
    rf"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS})\b(?!\s+of\b))"
)
# Someone working at the body, or its shares: "an automotive analyst for Gartner", "shares of X".
_BODY_BEFORE = re.compile(
    r"\b(?:analyst|executive|employee|engineer|researcher|economist|partner|fellow|chairman|founder|"
    r"shareholders?|investors?)s?\s+(?:at|for|of|with|in)\s+(?:the\s+)?$|\b(?:shares|stock)\s+(?:of|in)\s+$"
)
