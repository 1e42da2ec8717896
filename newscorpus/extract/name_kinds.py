"""What a run of capitalised words names: a person, an organisation, a place, or nothing.

A cascade of rules over one run at a time, each returning as soon as it decides; the order is
the precedence. Runs holding more than one name are cut by `name_splits` first.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .cues import (
    CONNECTORS,
    FACILITIES,
    INSTITUTIONS,
    KNOWN_ORG_NAMES,
    KNOWN_ORGS,
    NOT_ACRONYMS,
    NOT_ORG_PHRASES,
    ORG_CUES,
    PERSON_CUES_AFTER,
    PERSON_ROLES,
    PERSON_WORDS_BEFORE,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
)
from .gazetteer import Gazetteer, given_alone, listed_given_names
from .mentions import Mention, MentionKind
from .name_acronyms import acronym_of, spelled_in_lower_case
from .name_and import split_and
from .name_codes import short_form
from .name_context import (
    country_player,
    given_shaped,
    given_then_surname,
    initials_after,
    is_nationality,
    law_named,
    named_as_body,
    named_as_medium,
    named_at_words,
    named_by_noun,
    no_surname_last,
    opens_with_place,
    plural_agent,
    unlisted_given_name,
)
from .name_facilities import spokesperson_body, street, without_air
from .name_junk import before_title, is_demonym, lone_junk, single_junk, title_or_model
from .name_nationality import SPLITS
from .name_runs import (
    INITIALS,
    TICKER,
    TICKER_AFTER,
    Ctx,
    has_org_cue,
    is_title,
    name_shaped,
    opens_longer_run,
    split_calendar,
    trim,
)
from .name_shapes import inner_capital_firm, undotted_initials
from .name_splits import Piece
from .name_tokens import Run, Tok
from .name_words import CHAMBERS, HONORIFICS, ORG_OPENERS, RATE_WORDS, VENUE_ENDINGS, VENUES, WORDS_AND_NAMES
from .place_context import camp_of_place, named_as_place
from .place_kinds import is_place
from .text import fold_name

ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
# An age after a name, or a batsman's score still running ("Farhad Reza was on 11", "X was unbeaten on four").
_AGE_AFTER = re.compile(
    r"^,\s*(?:an?\s+)?\d{1,3}(?:-year-old|,)|^\s+was\s+(?:unbeaten\s+)?on\s+(?:\d{1,3}|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\b(?![-\d%]|\s+per)"
)
# An appositive naming a person's role: "Okoro, a delegate at the summit,", "Lee, the company's founder".
_ROLES = "|".join(sorted(PERSON_ROLES))
# Web news roles end "-ist" and "-ian" too ("a theoretical astrophysicist", "a historian"), as no
# company's description does; "CEO of Take-Two" is a person's.
_ROLE_AFTER = re.compile(
    # Not a clause a conjunction or a relative word opens ("Europa, which astrobiologists regard", "Europa,
    # as NASA's scientists have confirmed"): its role is someone else's.
    rf"^,\s+(?!(?:which|that|whose|where|when|while|as|and|but|if|because|since|though|although)\s)"
    rf"(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?|(?:[\w’'-]+\s+){{0,2}})"
    rf"(?:{_ROLES}|prosecutor|expert|CEO|[a-z]{{3,}}ists?|[a-z]{{3,}}ians?)\b"
    rf"(?!\s+of\s+the\s+company)"
    rf"(?!\s+(?:{SPEECH_VERBS})\b)"
)
# The end of a clause right after a word: "…, said Denman." / "said Denman, who …".
_CLAUSE_END = re.compile(r"^(?:[,.;]|\s+(?:in|on|at|during|after|when)\b|$)")
_SPEECH_AFTER = re.compile(rf"^\s*(?:{SPEECH_VERBS})\b")
_SUFFIX_DOT = re.compile(r"\b(Corp|Inc|Co|Ltd|Bros|Plc)\.$")
# Words after a surname that make it a person's, not a town's: "the Bush administration", "Reagan
# aides" (a government is a place's too: "the Ontario government").
_PERSON_AFTER = re.compile(r"\s+(?:administration|presidency|aides?|camp)\b")
# An indefinite article right before a name ("a House taxwriter").
_A_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
# A relative pronoun for people after a name: "said defensive end Auston English, who led the Big 12".
_WHO_AFTER = re.compile(r"^,\s+who\b")
_PARENACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)")


def classify(raw: Run, ctx: Ctx) -> list[Mention]:
    """Return the mentions one run of capitalised words holds."""
    run, initial = raw
    out: list[Mention] = []
    chunks = split_calendar(run, ctx.gaz, ctx.paragraph)
    pieces = [piece for chunk in chunks for piece in split_and(chunk, ctx.gaz, ctx.paragraph)]
    for part_number, piece in enumerate(pieces):
        part_initial = initial and part_number == 0 and piece[0] is run[0]
        # Leading function words are not names ("The United Nations", "Over the past …").
        part = piece
        while (
            part
            and fold_name(part[0].text) in STOPWORDS
            and not (part[0].text in WORDS_AND_NAMES and not part_initial)
            # An honorific stays for the title rule to mark the surname after it a person's.
            and not (len(part) > 1 and fold_name(part[0].text) in HONORIFICS)
        ):
            part = trim(part[1:])
            part_initial = False
        if part:
            out += classify_part(part, part_initial, ctx)
    return out


def classify_part(part: list[Tok], initial: bool, ctx: Ctx) -> list[Mention]:  # noqa: PLR0911
    """Return the mentions in a run of name words: titles split off, then org, place, person.

    A cascade of rules, each returning as soon as it decides; the order is the precedence.
    """
    paragraph, index, gaz = ctx.paragraph, ctx.index, ctx.gaz
    words = [t.text for t in part]
    for split in SPLITS:
        pieces = split(part, initial, ctx)
        if pieces is not None:
            return _from_pieces(pieces, ctx)
    text = paragraph[part[0].start : part[-1].end]
    folded = fold_name(text)
    # One word never a name alone, or a street ("Wall Street analysts"): no place, nor body unless it speaks; nor
    # a title's or a model's words ("Links We Like", "Delta IV Heavy"), unless a body's ("Mark IV Industries Inc").
    titled = title_or_model(words) and not has_org_cue(words)
    if (len(part) == 1 and (lone_junk(text) or TICKER.match(text))) or street(part, ctx) or titled:
        return []
    if text.startswith("<"):
        return [mention("organization", part, paragraph, index, strip_brackets=True)]
    short = _short_or_renamed(part, text, initial, ctx)
    if short is not None:
        return short
    last = fold_name(words[-1]).rstrip(".")
    surname = given_then_surname(words, folded, gaz)
    if len(words) > 1 and is_title(words[-1]) and fold_name(words[-2]) not in CONNECTORS and not surname:
        # "a Missouri Democrat", "the Bank of Japan Governor", "White House Press Secretary": the body or place.
        rest = trim(list(before_title(part)))
        return [m for m in classify_part(rest, initial, ctx) if m.kind in ("organization", "place")] if rest else []
    # "Ministry of Justice", "Council of Ministers": a title word after "of" is the body's own word.
    after_of = len(words) > 2 and fold_name(words[-2]) in ("of", "for") and is_title(words[-1])
    junk_end = single_junk(words[-1]) and last not in ORG_CUES and not after_of and not surname
    if law_named(words, folded, gaz) or folded.endswith(NOT_ORG_PHRASES) or (len(words) > 1 and junk_end):
        return []  # a law or agreement ("Farm Security Act"), or an adjective phrase ("Latin American")
    if folded in KNOWN_ORGS or folded in KNOWN_ORG_NAMES or inner_capital_firm(part, paragraph):
        return [mention("organization", part, paragraph, index)]  # "IRNA" before a village so named, "WeWork"
    after = paragraph[part[-1].end :]
    given_role = text in gaz.given_names and _ROLE_AFTER.match(after)
    # Not "Congressional aides", nor an acronym ("royal PR aides").
    surname_of = bool(given_shaped(text) and not text.isupper() and _PERSON_AFTER.match(after))
    surname_of = surname_of and not is_nationality(part, ctx) and not camp_of_place(text, after, gaz)
    if len(words) == 1 and folded not in gaz.countries and (surname_of or given_role):
        # "the Obama administration", "Her sister Serena, the defending champion,": a person, not the
        # small town of that name.
        return [mention(None, part, paragraph, index, cue=True)]
    if is_place(words, text, paragraph[: part[0].start], after, gaz):
        return [mention("place", part, paragraph, index)]
    # "University of Phoenix Stadium": a venue a body's name opens, no organisation.
    venue = len(words) > 1 and fold_name(words[-1]) in VENUE_ENDINGS
    if _chamber(part, initial, ctx) or (not venue and _is_org(words, folded, paragraph, part[-1].end)):
        return [mention("organization", part, paragraph, index)]
    if all(fold_name(w).rstrip(".") in TITLES for w in words):
        return []
    return _unplaced(part, initial, ctx)


def _short_or_renamed(part: list[Tok], text: str, initial: bool, ctx: Ctx) -> list[Mention] | None:
    """Return the run with a product's or a service's "Air" dropped ("MacBook Air"), a town's name
    a body speaks by ("A Delta spokesman"), what one word's code stands for, or None."""
    rest = without_air(part, ctx)
    if rest is not None:
        return classify_part(trim(rest), initial, ctx) if trim(rest) else []
    if spokesperson_body(part, ctx):
        return [mention("organization", part, ctx.paragraph, ctx.index)]
    return short_form(part, text, ctx) if len(part) == 1 else None


def _chamber(part: list[Tok], initial: bool, ctx: Ctx) -> bool:
    """Return True for a chamber named by one word inside a sentence ("lied to House committee staff"),
    not after "a" ("a House taxwriter": a member)."""
    return (
        len(part) == 1
        and fold_name(part[0].text) in CHAMBERS
        and not initial
        and not _A_BEFORE.search(ctx.paragraph, 0, part[0].start)
    )


def _unplaced(part: list[Tok], initial: bool, ctx: Ctx) -> list[Mention]:
    """Return a run no list or cue word places: a place the words around name, after a role, a medium
    named as one, a person, or unknown."""
    if named_as_place(part, ctx):
        return [mention("place", part, ctx.paragraph, ctx.index)]  # "the Swat valley", "Thorp, Wisconsin"
    if named_by_noun(part, ctx):
        return [mention("organization", part, ctx.paragraph, ctx.index)]
    role_led = _role_led(part, initial, ctx)
    if role_led is not None:
        return role_led
    if named_as_medium(part, ctx):
        # "told The Hill": a capital "The" inside a sentence is a one-word medium's own word ("The
        # Toronto Star" is the "Toronto Star").
        the = ctx.paragraph[max(0, part[0].start - 4) : part[0].start] == "The " and not initial and len(part) == 1
        named = [Tok(ctx.paragraph[part[0].start - 4 : part[0].end], part[0].start - 4, part[0].end), *part[1:]]
        return [mention("organization", named if the else part, ctx.paragraph, ctx.index)]
    return _person_or_unknown(part, initial, ctx)


def _role_led(part: list[Tok], initial: bool, ctx: Ctx) -> list[Mention] | None:
    """Return the names after a role or a nationality before a given name ("Singer Mia Laine posted",
    "beat Australian Robert Smeets"), or after a common word opening the sentence ("Financier Carl
    Lindner, who …", "Besides Vaskevitch, who …").
    """
    words = [t.text for t in part]
    first = words[0]
    # "Said Davis: “…”": the verb opening an inverted attribution ("Said" is a given name too).
    inverted = (
        initial and fold_name(first) in ("said", "says", "added", "asked") and ctx.paragraph[part[-1].end :][:1] in ":,"
    )
    common = first not in ctx.gaz.given_names and not given_shaped(first) and first not in ctx.seen_inside
    if inverted or (initial and common and not opens_with_place(words, ctx.gaz)):  # not "Los Angeles Lakers"
        rest = trim(part[1:])
        return classify_part(rest, False, ctx) if rest else []
    role = fold_name(words[0]) in PERSON_WORDS_BEFORE or is_demonym(words[0])
    nationality = is_demonym(first) and first not in ctx.gaz.given_names
    if len(words) >= 2 and nationality and words[1] not in ctx.gaz.given_names:
        # "American Meilen Tu", "Afghan Taliban": a nationality is no part of the name after it;
        # "the European WLTP cycle": nor is an acronym after it a body's.
        named = classify_part(part[1:], False, ctx)
        return [m for m in named if not (m.text.isupper() and fold_name(m.text) not in KNOWN_ORGS)]
    if len(words) < 3 or not role or words[1] not in ctx.gaz.given_names:
        return None
    named = classify_part(part[1:], False, ctx)
    return [dataclasses.replace(m, person_cue=True) if m.start == part[1].start else m for m in named]


def _person_or_unknown(part: list[Tok], initial: bool, ctx: Ctx) -> list[Mention]:
    """Return a run that names no known organisation or place: a person when the words say so, else unknown."""
    paragraph, index, gaz = ctx.paragraph, ctx.index, ctx.gaz
    words = [t.text for t in part]
    text = paragraph[part[0].start : part[-1].end]
    before_words = paragraph[: part[0].start].split()
    after = paragraph[part[-1].end :]
    # "the EC's executive Commission": a word that names bodies is none of a person's.
    cue = _person_cue(part, ctx, before_words, after) and not (len(part) == 1 and has_org_cue(words))
    speaks = bool(_SPEECH_AFTER.match(after))
    body = not cue and named_as_body(part, ctx)
    if len(part) == 1:
        if text.isupper() and len(text) > 1:
            return []
        single = mention(None, part, paragraph, index, cue=cue or (speaks and given_alone(gaz, text)))
        if body and not given_alone(gaz, text) and before_words[-1:] != ["the"]:
            # "WeWork's founder": a body, unless merging finds a person so named; "the Academy's
            # board" refers back to a body named in full.
            single = dataclasses.replace(single, otherwise=("organization", text))
        return [single]
    first = words[0]
    # "Virginia Giuffre, a victim …": a state's name opens a person's name the words around mark; "Will
    # Smith" mid-sentence is no verb; not a title whose words are a sentence's ("There Will Be Blood").
    given = (
        first in gaz.given_names
        or (first in WORDS_AND_NAMES and not initial and not any(fold_name(w) in STOPWORDS for w in words[1:]))
        or (initial and unlisted_given_name(words, ctx))
    ) and not (plural_agent(words, gaz) or no_surname_last(words))
    # "an analyst at Smith Barney", "London Interbank Offered Rates (LIBOR)": a body's name.
    body = body or initials_after(words, after)
    named_like = _named_like_a_country(words, before_words, ctx)
    if (
        name_shaped(words)
        and (fold_name(first) not in gaz.countries or cue or named_like)
        and not any(fold_name(w) in FACILITIES for w in words[1:])  # "Boston Museum of Art": no person
        and fold_name(words[-1]) not in RATE_WORDS  # "London Interbank Offered Rate", "H.K. Dlrs"
        and not has_org_cue(words)
        and (given or named_like or INITIALS.match(first) or cue or undotted_initials(words, gaz))
        and not body
    ):
        return [mention(None, part, paragraph, index, cue=True)]
    if (
        initial
        and first not in ctx.seen_inside
        and first not in gaz.given_names
        and not opens_longer_run(text, ctx)
        and not opens_with_place(words, gaz)
        and not speaks
    ):
        rest = trim(part[1:])
        return classify_part(rest, False, ctx) if rest else []
    # Unknown words: a short form of a body named elsewhere ("Texas Air"), else the place they open, else a
    # body when they speak ("Hiram Walker said"); products and programmes ("Buick Regal") name nothing.
    unknown = mention(None, part, paragraph, index)
    # Not a small town's name: "Golden Globes", "Kanye West", "Morton Plant Hospital"; nor a body's.
    place = fold_name(first) in gaz.places and fold_name(first) not in gaz.towns
    if place and fold_name(words[-1]) not in VENUES and not body:
        return [dataclasses.replace(unknown, otherwise=("place", _opening_place(words, gaz)))]
    return [dataclasses.replace(unknown, otherwise=("organization", unknown.text)) if speaks or body else unknown]


def _named_like_a_country(words: Sequence[str], before_words: Sequence[str], ctx: Ctx) -> bool:
    """Return True for a given name that is a country's or state's before a surname the article names alone too:
    "Jordan Farmar … Farmar scored", "Chad Johnson … Johnson said"; not "the Jordan Valley", nor "Georgia Power"
    unless the story has "Power" speak or stand alone; a name far more often a place's ("Paris Hilton") only
    before a surname that speaks ("Hilton said"; "the Test" is no one in "Sydney Test")."""
    return (
        len(words) == 2
        and (words[1] in ctx.speakers or (words[1] in ctx.alone and words[0] in ctx.gaz.given_names))
        and words[0] in listed_given_names()
        and fold_name(words[1]) not in ctx.gaz.places
        and fold_name(before_words[-1] if before_words else "") not in ("the", "a", "an")
    )


def _opening_place(words: Sequence[str], gaz: Gazetteer) -> str:
    """Return the longest place the words open with: "San Francisco" of "San Francisco Zoo", not "San"."""
    opening = (" ".join(words[:n]) for n in range(len(words) - 1, 1, -1))
    return next((o for o in opening if fold_name(o) in gaz.places), words[0])


def _person_cue(part: list[Tok], ctx: Ctx, before_words: Sequence[str], after: str) -> bool:
    """Return True when the words around a run mark it a person's name: a cue or role before it ("analyst"),
    an age, a role or "who" after it, or the words a person is named at."""
    after_word = after.split(None, 1)[0].lower().strip(",.;:") if after.strip() else ""
    return (
        bool(before_words and before_words[-1].lower().strip(",") in PERSON_WORDS_BEFORE)
        or bool(before_words and before_words[-1] in ("said", "says") and _CLAUSE_END.match(after))
        or bool(_AGE_AFTER.match(after))
        or bool(_ROLE_AFTER.match(after))
        # "the Nakasone government" is a person's; "the French government", "the West German government" a nation's.
        or (after_word in PERSON_CUES_AFTER and not is_nationality(part, ctx))
        or bool(_WHO_AFTER.match(after))
        or (len(part) > 1 and (named_at_words(part, ctx) or country_player(part, ctx, before_words)))
    )


def _from_pieces(pieces: Sequence[Piece], ctx: Ctx) -> list[Mention]:
    """Return the mentions of the pieces a split rule cut: as the rule says, else classified."""
    out: list[Mention] = []
    for piece in pieces:
        tokens = list(piece.tokens)
        if piece.kind is not None:
            out.append(mention(piece.kind, tokens, ctx.paragraph, ctx.index, cue=piece.cue))
        else:
            out += [m for m in classify_part(tokens, piece.initial, ctx) if m.kind in piece.keep]
    return out


def _is_org(words: Sequence[str], folded: str, paragraph: str, end: int) -> bool:
    """Return True for a run that names an organisation."""
    # "Newcastle United", "Manchester United": a club ("United States" is a place first).
    club = len(words) > 1 and words[-1] == "United"
    # An ampersand joins the names of one firm: "Rogers & Cowan", "Keefe Bruyette & Woods".
    firm = "&" in words[1:-1]
    if (
        has_org_cue(words[1:])
        or club
        or firm
        or (len(words) > 2 and fold_name(words[0]) in ORG_OPENERS and words[1] in ("of", "for"))
    ):
        return True
    if folded in KNOWN_ORG_NAMES or (len(words) == 1 and folded in KNOWN_ORGS):
        return True
    if TICKER_AFTER.match(paragraph, end):
        return True  # "Citicorp <CCI>", "Apple Inc (AAPL.O)": a stock ticker follows a company's name
    if len(words) == 1 and ACRONYM.match(words[0]) and words[0].lower() not in NOT_ACRONYMS:
        return not spelled_in_lower_case(words[0], paragraph[: end - len(words[0])])
    if len(words) == 1 and folded in INSTITUTIONS:
        return True
    # A name followed by its acronym is an organisation: "Hayat Tahrir al-Sham (HTS)".
    paren = _PARENACRONYM.match(paragraph[end:])
    return bool(paren and len(words) > 1 and acronym_of(words) == paren.group("acr").replace(".", "").upper())


def mention(
    kind: MentionKind, part: list[Tok], paragraph: str, index: int, *, cue: bool = False, strip_brackets: bool = False
) -> Mention:
    text = paragraph[part[0].start : part[-1].end]
    start, end = part[0].start, part[-1].end
    if strip_brackets:
        text = text.strip("<>").strip()
    # "Hanzo Bank Ltd." at a sentence end is "Hanzo Bank Ltd", as wires write it elsewhere.
    text = _SUFFIX_DOT.sub(r"\1", text)
    return Mention(kind=kind, text=" ".join(text.split()), paragraph=index, start=start, end=end, person_cue=cue)
