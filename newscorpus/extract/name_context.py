"""Words around a name that say what it names when no list does: a person named at the words they
spoke, a word shaped like a given name, a newspaper named as one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .cues import (
    HOLIDAYS,
    KNOWN_ORGS,
    NOT_ORG_ENDINGS,
    PERSON_ROLES,
    PERSON_WORDS_BEFORE,
    STOPWORDS,
    SURNAME_ENDINGS,
)
from .gazetteer import Gazetteer
from .name_genders import census_shares, faker_surnames
from .name_junk import is_demonym
from .name_runs import Ctx, has_org_cue, is_title, name_shaped, surname_word
from .name_tokens import Tok
from .name_words import (
    ATTRIBUTION_END,
    BARE_NOUN_BEFORE,
    BODY_AFTER,
    BODY_BEFORE,
    DONE_BY,
    MEDIUM_AFTER,
    MEDIUM_WORDS,
    NOT_BODY_WORDS,
    NOUN_AFTER,
    NOUN_BEFORE,
    NOUN_COMMA_BEFORE,
    QUOTE_THEN_VERB,
    REPORT_AFTER,
    REPORT_BY,
    TOLD_BEFORE,
    TOLD_CLAUSE_END,
    WORD_ENDINGS,
)
from .place_lists import COMPASS, DEMONYM_COUNTRIES, PLACE_ALIASES
from .text import family_names, fold_name


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
    if QUOTE_THEN_VERB.search(ctx.paragraph, 0, part[0].start) and ATTRIBUTION_END.match(ctx.paragraph, part[-1].end):
        return True  # not "said Societe Generale economist Alain Marais": a body before a role
    if _CREDITED.search(ctx.paragraph, max(0, part[0].start - 30), part[0].start):
        return True  # "(Reporting by Will Dunham; Editing by Tom Brown)", "By Tom Ashby"
    if ctx.paragraph.startswith(",", part[-1].end) and _ROLE_THEN_COMMA.search(
        ctx.paragraph, max(0, part[0].start - 60), part[0].start
    ):
        return True  # "former vice president of growth, Chamath Palihapitiya, also accused": set off after a role
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
        and fold_name(words[0]) not in COMPASS
        and fold_name(surname) not in ctx.gaz.countries  # "Ramos said" is a person; "Washington said", a country
        and not is_demonym(surname)
        and fold_name(surname) not in KNOWN_ORGS
        and not ctx.paragraph[: part[0].start].endswith(("the ", "The "))
    )


# A role, maybe of something, closing before a comma: "former vice president of growth, ", "the director, ".
_ROLE_THEN_COMMA = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSON_ROLES))})(?:\s+(?:of|for|at)\s+[a-z][a-z\s-]{{0,30}}?)?,\s+$"
)
# Credit lines naming the story's writers and editors: "(Reporting by X; Editing by Y)", "By X".
_CREDITED = re.compile(r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ee]dited|[Ww]ritten)\s+by|^By)\s+$")


def given_then_surname(words: Sequence[str], folded: str, gaz: Gazetteer) -> bool:
    """Return True for a given name, then a title, a demonym, a month or a law's or an event's last word as
    surname: "Vania King", "Glenn English", "Theresa May", "Jason Day", "Jude Law"; not "Victoria Day"."""
    return (
        len(words) in (2, 3)
        and words[0] in gaz.given_names
        and (surname_word(words[-1]) or (words[-1] in SURNAME_ENDINGS and folded not in HOLIDAYS))
    )


def law_named(words: Sequence[str], folded: str, gaz: Gazetteer) -> bool:
    """Return True for a run ending as a law's, an agreement's or an event's name ("Farm Security Act",
    "Bastille Day"), but not a person's whose surname is such a word ("Jason Day", "Jude Law")."""
    last = fold_name(words[-1]).rstrip(".")
    return last in NOT_ORG_ENDINGS and not (words[-1] in SURNAME_ENDINGS and given_then_surname(words, folded, gaz))


# The fewest letters of a "-vic" family name ("Djokovic"); "Civic" is a car's word.
_SLAVIC_MIN_LENGTH = 6


def given_shaped(word: str) -> bool:
    """Return True for a word the given-name list lacks that is still shaped like one ("Juande").

    Not a plural or a verb ("Seasons", "Besides"), an adverb ("Previously"), a participle
    ("Adding"), a role ("Financier", "Investor"), an adjective ("Economic", "National") or a
    compound ("Third-ranked"). A South Slavic family name ending "-vic" is one ("Djokovic", "Jovanovic"), though
    "-ic" ends adjectives; not "Civic".
    """
    slavic = word.endswith("vic") and len(word) >= _SLAVIC_MIN_LENGTH
    return (slavic or not word.endswith(WORD_ENDINGS)) and not re.search(r"-[a-z]", word)


@functools.lru_cache(maxsize=4)
def _medium_runs(runs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return an article's runs as `named_as_medium` compares a name with them, and each with a space
    either side: a weekday after it cut, "The " before it dropped, cut at "and" ("The Wrap and
    Deadline" names two). Made once per article, not once per name asked about."""
    cut = (_WEEKDAY_END.sub("", one).removeprefix("The ") for run in runs for one in run.split(" and "))
    return tuple((run, f" {run} ") for run in cut)


def named_as_medium(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a newspaper or broadcaster the story names as one: "told France Info.",
    "according to the Times Picayune", "Nice-Matin, a local newspaper", "according to reports from
    The Wrap and", "Deadline reports that".

    Not a person: a given name opens none of these ("told John Smith"), unless "the" comes before it
    ("told The Hill in a statement").
    """
    the = ctx.paragraph[: part[0].start].endswith(("the ", "The "))
    if part[0].text in ctx.gaz.given_names and fold_name(part[0].text) not in ctx.gaz.places and not the:
        return False  # "told John Smith"; "France" is a given name too; "told The Hill" is no person
    name = " ".join(t.text for t in part)
    # "the Valley Courier Monday"; "The Wrap and Deadline" names two.
    spaced_name = f" {name} "
    if any(spaced_name in spaced for run, spaced in _medium_runs(ctx.runs) if run != name):
        return False  # "according to the Observatory": a short form of a name the story gives in full
    before, after = ctx.paragraph[: part[0].start], ctx.paragraph[part[-1].end :]
    if MEDIUM_AFTER.match(after) or REPORT_AFTER.match(after):
        return True
    if REPORT_BY.search(before) and (ATTRIBUTION_END.match(after) or _AND_NAME.match(after)):
        return True  # "according to reports from The Wrap and Deadline", "a report by Harbour News,"
    if DONE_BY.search(before[-40:]):
        return _done_by_body(part, ctx, after, the=the)
    return _told_medium(part, ctx, before, after)


def _told_medium(part: list[Tok], ctx: Ctx, before: str, after: str) -> bool:
    """Return True for a medium told something or cited, closing the clause: "told the Star", or a name
    shaped like a medium's: a place or acronym and more ("France Info", "CTV Toronto"), a medium's word
    at its end ("Nanfang Daily"), not a person's ("Eishiro Saito")."""
    told = TOLD_BEFORE.search(before)
    if told is None:
        return False
    first, last = fold_name(part[0].text), fold_name(part[-1].text)
    shaped = len(part) > 1 and (first in ctx.gaz.places or part[0].text.isupper() or last in MEDIUM_WORDS)
    # "told the Chicago Sun-Times that …": a medium's name after "the", no person's ("told Smith that").
    that = told.group("the") is not None and shaped and _THAT_AFTER.match(after) is not None
    if not (ATTRIBUTION_END.match(after) or TOLD_CLAUSE_END.match(after) or that):
        return False
    return bool(told.group("the")) or shaped


def _done_by_body(part: list[Tok], ctx: Ctx, after: str, *, the: bool) -> bool:
    """Return True for the agent of a reporter's or pollster's verb that is no person: several words,
    "the" before it ("obtained by the Star"), or one word ending no longer name of the story ("contacted
    by Bloomberg", not "Michael Bloomberg … contacted by Bloomberg": the surname of a person named in full).
    Not a name cut at its possessive ("published by St. Martin's Press").
    """
    if _POSSESSIVE_NAME.match(after):
        return False
    word = part[0].text
    return len(part) > 1 or the or not any(run.endswith(f" {word}") for run in ctx.runs)


_POSSESSIVE_NAME = re.compile(r"['’]s?\s+[A-Z]")
_THAT_AFTER = re.compile(r"\s+that\b")
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")
_WEEKDAY_END = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def named_as_body(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a name the words around make a company's or another body's, as no person's.

    "Wells Fargo, which has been dogged by scandals", "Rogers & Cowan, the publicity firm that
    represents Cruise", "WeWork's founder", "an analyst at Gartner", "shares of MarketAxess".
    """
    after = ctx.paragraph[part[-1].end : part[-1].end + 80]
    if BODY_AFTER.match(after) or _source_word(part, ctx, after):
        return True
    return bool(BODY_BEFORE.search(ctx.paragraph, max(0, part[0].start - 40), part[0].start))


# "according to" or "told" right before a name.
_CITED_BEFORE = re.compile(r"\b(?:according\s+to|told)\s+$", re.IGNORECASE)


def _source_word(part: list[Tok], ctx: Ctx, after: str) -> bool:
    """Return True for one word a story cites as its source that is no person's name: no given name and no family
    name ("according to Coinbase.", not "according to Smith."); or has someone speak to ("Portnow told Variety,",
    "told Newsweek:"), then also no word the story has speak ("told Putin" where "Putin said"), no last word of a
    longer name it gives ("told Bloomberg" after "Michael Bloomberg") and no plural of initials ("told MPs.")."""
    cited = _CITED_BEFORE.search(ctx.paragraph, max(0, part[0].start - 20), part[0].start)
    if len(part) != 1 or cited is None:
        return False
    word = part[0].text
    folded = fold_name(word)
    person = word in ctx.gaz.given_names or folded in family_names()
    if cited.group().lower().startswith("told"):
        plural = word[:-1].isupper() and word.endswith("s")
        person = person or plural or word in ctx.speakers or any(run.endswith(f" {word}") for run in ctx.runs)
    closing = ATTRIBUTION_END.match(after) or TOLD_CLAUSE_END.match(after) or after.startswith(":")
    return not person and folded not in ctx.gaz.places and bool(closing)


def named_by_noun(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a name a noun says is a body's: "the journal Nature Astronomy", "a corporate law
    firm, Mossack Fonseca,", "Kompas online newspaper said".

    Not a nationality or a faith before such a noun ("a German newspaper", "an Islamist website"), and
    a name after a comma only when a comma or a stop closes it ("the band, John Lennon said") and no
    given name opens it ("a spokesman for the company, John Reed, said").
    """
    text = ctx.paragraph[part[0].start : part[-1].end]
    if is_nationality(part, ctx) or fold_name(text) in NOT_BODY_WORDS or fold_name(text) in ctx.gaz.countries:
        return False
    if len(part) == 1 and has_org_cue([text]):
        return False  # "Delhi-based Council on Energy, …": a body's word, its name cut at a comma
    after = ctx.paragraph[part[-1].end :]
    if NOUN_AFTER.match(after):
        return True
    start = max(0, part[0].start - 100)
    if NOUN_BEFORE.search(ctx.paragraph, start, part[0].start):
        return True
    if BARE_NOUN_BEFORE.search(ctx.paragraph, start, part[0].start) and part[0].text not in ctx.gaz.given_names:
        return True
    apposed = NOUN_COMMA_BEFORE.search(ctx.paragraph, start, part[0].start)
    return apposed is not None and after[:1] in (",", ".", ";") and part[0].text not in ctx.gaz.given_names


def initials_after(words: list[str], after: str) -> bool:
    """Return True for a name of three words or more followed by its initials in brackets, as bodies and
    terms are introduced and people are not: "London Interbank Offered Rates (LIBOR)", "Gulf Cooperation
    Council (GCC)". The initials hold each word's first letter in order, and may hold more of a word."""
    found = _BRACKETED.match(after)
    if len(words) < 3 or found is None:
        return False
    letters = found.group(1).replace(".", "").upper()
    initials = [w[0] for w in words if w[:1].isupper()]
    at = 0
    for initial in initials:
        at = letters.find(initial, at) + 1
        if at == 0:
            return False
    return letters[0] == initials[0] and len(letters) <= 2 * len(initials)


_BRACKETED = re.compile(r"^\s*\(([A-Z][A-Za-z.]{1,9})\)")  # "(LIBOR)", "(Libor)"


def is_nationality(part: list[Tok], ctx: Ctx) -> bool:
    """Return True for a run that is a nationality or a party's or regime's adjective ("French",
    "West German", "Conservative", "Sandinista"): what a government is, never whose."""
    text = ctx.paragraph[part[0].start : part[-1].end]
    # "Progressive Conservative", "Social Democratic": a party's adjective of words of parties.
    polity = len(part) <= _POLITY_WORDS and all(fold_name(t.text) in POLITIES for t in part)
    return text in DEMONYM_COUNTRIES or polity or (len(part) == 1 and is_demonym(text))


# Most words of a party's adjective ("Christian Social Democratic").
_POLITY_WORDS = 3


# Words for a party or a kind of regime written with a capital before "government" ("the Labour government").
POLITIES = frozenset(
    {"conservative", "labour", "labor", "liberal", "socialist", "communist", "democratic", "republican",
     "nationalist", "military", "coalition", "federal", "provincial", "interim", "transitional", "caretaker",
     "national", "civilian", "colonial", "imperial", "royal", "regional", "state", "central", "unity",
     "progressive", "social", "christian", "sandinista", "peronist", "gaullist", "baathist", "islamist", "maoist",
     "marxist", "fascist", "zionist"}
)  # fmt: skip


# Most words of a place that opens a longer name ("Tampa Bay Lightning", "Salt Lake City Stars").
_MAX_PLACE_WORDS = 3


def opens_with_place(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for a run that a place opens before more words: a team's or a firm's name ("Tampa Bay
    Lightning", "New Jersey Devils"), whose first word is no sentence's capital to drop. One word must
    be a place that is no small town's (a town may be named by a common word: "Bay", "Golden")."""
    for n in range(min(len(words) - 1, _MAX_PLACE_WORDS), 0, -1):
        opening = " ".join(words[:n])
        folded = fold_name(opening)
        if opening in PLACE_ALIASES or (folded in gaz.places and (n > 1 or folded not in gaz.towns)):
            return True
    return False


def unlisted_given_name(words: Sequence[str], ctx: Ctx) -> bool:
    """Return True for a given name no list holds before a surname one does ("Aftab Ahmed", "Tamim
    Iqbal"): a word shaped like a given name, not a role, title or function word ("Rookie Hasan",
    "Coach Iqbal"), nor one the paragraph writes in lower case ("Veteran Iqbal … a veteran"). A surname no list
    holds counts when the story writes it after a listed given name too ("Supriya Jindal and her husband, Bobby
    Jindal")."""
    if len(words) != 2 or not given_shaped(words[0]):
        return False
    if words[1] not in faker_surnames() and not _shared_surname(words, ctx):
        return False
    folded = fold_name(words[0])
    role = folded in PERSON_WORDS_BEFORE or folded in STOPWORDS or is_title(words[0]) or is_demonym(words[0])
    lower = re.search(rf"\b{re.escape(words[0].lower())}\b", ctx.paragraph) is not None
    return not role and not lower and folded not in ctx.gaz.places


def _shared_surname(words: Sequence[str], ctx: Ctx) -> bool:
    """Return True when another run of the story is a listed given name and the same last word ("Bobby Jindal")."""
    for run in ctx.runs:
        other = run.split()
        if len(other) == 2 and other[1] == words[1] and other[0] != words[0] and other[0] in ctx.gaz.given_names:
            return True
    return False


def plural_agent(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Return True for two words ending in a plural of doers no surname or given name list holds, after
    a word the Census lists give no one: a show's, a band's or a group's ("Baby Borrowers", "Ghost
    Hunters"), not a family's ("Kate Rogers") nor a surname the lists lack after a given name ("Robert
    Withers")."""
    last = words[-1]
    return (
        len(words) == 2
        and words[0] not in census_shares()
        and last.endswith(("ers", "ors"))
        and last.isalpha()
        and last not in faker_surnames()
        and last not in gaz.given_names
    )


# Endings of English adverbs, which end no surname the lists lack: "Actually", "Seriously", "Fortunately".
_ADVERB_ENDINGS = ("ually", "ically", "ously", "ively", "ently", "antly", "fully", "lessly", "ingly", "ately")
# Words of the land and water closing a place's or a plant's name ("Hope Creek", "Cedar Canyon"), besides the
# features the place rules read.
_LAND_WORDS = frozenset({"creek", "canyon", "glacier", "reef", "springs", "gorge", "lagoon", "fjord", "crater"})


def no_surname_last(words: Sequence[str]) -> bool:
    """Return True for words whose last no surname list holds and is shaped like an adverb or names land or
    water: a title's ("Love Actually", "Drive Carefully") or a place's ("Hope Creek"), not a person's ("Tom
    Daly", "Mary Connolly", "Michael Bay")."""
    last = words[-1]
    if len(words) < 2 or not last.isalpha() or last in faker_surnames():
        return False
    return last.endswith(_ADVERB_ENDINGS) or last.lower() in _LAND_WORDS


def country_player(part: list[Tok], ctx: Ctx, before_words: Sequence[str]) -> bool:
    """Return True for two words shaped like a person's name after a country's possessive: a player or a
    citizen ("China's Zi Yan", "Belarus's Victoria Azarenka"); not a body, whose last word is no name's
    ("Japan's Fast Retailing", "Germany's Deutsche Bank"), nor a longer name ("Deutsche Presse Agentur")."""
    owner = before_words[-1] if before_words else ""
    if not owner.endswith(("'s", "’s")) or fold_name(owner[:-2]) not in ctx.gaz.countries or len(part) != 2:
        return False
    words = [t.text for t in part]
    return all(given_shaped(w) and w[:1].isupper() and not w.isupper() for w in words) and not has_org_cue(words)
