"""Which body a speaker phrase names: "the company" or "the group" named before, "a Rabobank spokesman"."""

from __future__ import annotations

import re

from .attribution_cues import COMPANY_NAME
from .mentions import Resolved
from .name_words import ORG_OPENERS
from .quote_context import MentionIndex
from .quote_cues import BACK_REFERENCES, MEDIA_NAME_WORDS, MEDIA_NOUNS, SPEECH_NEXT, UNNAMED_ROLES
from .quote_spans import Span
from .text import fold_name


def outlet_or_company(name: str) -> bool:
    """Return True for a name ending as a newspaper's or a company's does ("People’s Daily", "Acme Corp")."""
    return name.rsplit(maxsplit=1)[-1].lower() in MEDIA_NAME_WORDS or COMPANY_NAME.search(name) is not None


def org_containing(who: str, mentions: MentionIndex) -> list[Resolved]:
    """Return the one organisation whose name holds every word of a short phrase naming a body."""
    words = [w for w in fold_name(who).split() if w not in ("the", "a", "an")]
    if not 1 < len(words) <= 3 or not who.rsplit(maxsplit=1)[-1].islower():
        return []
    holders = {
        m.name: m for index in mentions.paragraphs for m in mentions.paragraph(index) if m.kind == "organization"
    }
    found = [m for name, m in holders.items() if all(w in fold_name(name).split() for w in words)]
    return found if len(found) == 1 else []


def only_body_holding(word: str, mentions: MentionIndex) -> str | None:
    """Return the one organisation of the story whose name holds a word ("Police"), else None."""
    found = sorted(
        {m.name for m in mentions.iter_all() if m.kind == "organization" and word in fold_name(m.name).split()}
    )
    return found[0] if len(found) == 1 else None


def org_named_in(who: str, span: Span, mentions: MentionIndex) -> str | None:
    """Return the organisation a capitalised word of a speaker phrase names ("a Rabobank spokesman")."""
    names = [w for w in who.split()[1:] if w[:1].isupper()]
    if not names:
        return None
    orgs = mentions.org_names
    # "a Transport for London spokesman" is not British Transport Police's: every capitalised word
    # of the phrase is in the organisation's name.
    whole = [org for org in orgs if all(name in org.split() for name in names)]
    if len(whole) == 1 or len(names) > 1:
        return whole[0] if len(whole) == 1 else None
    found = [org for org in orgs if names[0] in org.split()]
    return found[0] if len(found) == 1 else None


def org_of_trade(words: list[str], span: Span, mentions: MentionIndex) -> str | None:
    """Return the one body named before whose name holds the trade a back reference gives it, else None.

    "the production company said" after "Dick Clark Productions" and "Big Machine Label Group": the
    body whose name says it produces, not the company named last; "the record label", "the oil
    company" likewise. Names inside quotation marks are the speaker's words, not the story's.
    """
    if len(words) < _TRADE_PHRASE_WORDS or words[0] != "the" or words[-1] not in BACK_REFERENCES | _LABEL_NOUNS:
        return None
    trades = {w for w in words[1:-1] if w.isalpha() and w.islower()}
    if not trades:
        return None
    found = {
        m.name
        for m in mentions.before(span.paragraph, span.open_at)
        if m.kind == "organization"
        and not mentions.is_quoted(m)
        and trades & {w.removesuffix("s") for w in fold_name(m.name).split()}
    }
    return next(iter(found)) if len(found) == 1 else None


# Words of "the production company", "the record label": an article, a trade, the noun.
_TRADE_PHRASE_WORDS = 3
# Nouns of a body's kind a trade word may come before, beyond the back references ("the record label").
_LABEL_NOUNS = frozenset({"label", "studio", "network", "outlet"})


def last_org_before(paragraph: int, offset: int, mentions: MentionIndex, noun: str) -> str | None:
    """Return the organisation "the company" or "the ministry" refers back to."""
    nearest = company = None
    kind = _of_kind(paragraph, offset, mentions, noun)
    if kind is not None:
        return kind
    for m in mentions.before(paragraph, offset):
        if m.kind != "organization":
            continue
        nearest = nearest or m.name
        if company is None and COMPANY_NAME.search(m.name):
            company = m.name
    # "the airline said" after "In a statement, United did not apologize": a carrier is a company, named
    # by its brand ("United") as often as by a name that says what it is ("Delta Air Lines").
    if noun in ("company", "firm", "group", "corporation", "organization", "organisation", "airline", "carrier"):
        return company or nearest
    if noun in MEDIA_NOUNS:
        for m in mentions.before(paragraph, offset):
            if m.kind == "organization" and (
                m.name.split()[-1].lower() in MEDIA_NAME_WORDS
                or (mentions.texts and noun in mentions.texts[m.paragraph][max(0, m.start - 25) : m.start].lower())
            ):
                return m.name
    if noun == "agency":
        # "the news agency IRNA reported …" then "the agency said": the body called an agency.
        for m in mentions.before(paragraph, offset):
            if (
                m.kind == "organization"
                and mentions.texts
                and "agency" in mentions.texts[m.paragraph][max(0, m.start - 20) : m.start].lower()
            ):
                return m.name
    return None


def _of_kind(paragraph: int, offset: int, mentions: MentionIndex, noun: str) -> str | None:
    """Return the body of the noun's kind that "the airline" or "the ministry" refers back to, else None.

    A body whose name holds the noun or a word of its kind ("All-Nippon Airways" for "the airline"),
    or that the story calls by it. Of two such bodies, the one the story names more often before the
    words, the one it is about ("ANA … a passenger with a United Airlines ticket … the airline
    said": ANA); the nearer on a tie.
    """
    words = _KIND_WORDS.get(noun, (noun,))
    counts: dict[str, int] = {}
    for m in mentions.before(paragraph, offset):
        if m.kind == "organization" and (
            m.name in counts or _holds_kind(m.name, noun, words) or _called(m, noun, mentions)
        ):
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda name: counts[name])  # the nearest first among equals: dicts keep order


def _holds_kind(name: str, noun: str, words: tuple[str, ...]) -> bool:
    """Return True for a name holding the noun ("Harbor Research Group") or a word of its kind ("Airways")."""
    lowered = name.lower()
    return noun in lowered or any(word in lowered.split() for word in words)


# Words of a body's name that tell its kind as a noun of reference does: "the airline" of "Delta Air Lines".
_KIND_WORDS = {
    "airline": ("airline", "airlines", "airways"),
    "carrier": ("airline", "airlines", "airways", "carrier"),
}


def _called(mention: Resolved, noun: str, mentions: MentionIndex) -> bool:
    """Return True for a body the text calls by the noun in apposition ("the X Associations, an industry group",
    "The group, X,")."""
    if not mentions.texts:
        return False
    text = mentions.texts[mention.paragraph]
    after = text[mention.end : mention.end + _APPOSITION_REACH]
    called = re.match(rf",\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", after)
    # "… would go to Microsoft, the agency said": the noun is the subject of the words that follow, not the name's.
    if called and not SPEECH_NEXT.match(after, called.end()):
        return True
    # "The group, WeWorkers Coalition, formed …": the noun set off before the name, as the term the story
    # goes on with; not a descriptor run into the name ("the legal firm J.P. Damiani said").
    before = text[max(0, mention.start - _APPOSITION_REACH) : mention.start]
    closed = text[mention.end : mention.end + 1] == ","
    return closed and re.search(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{re.escape(noun)},\s+$", before) is not None


# How many characters after a body's name an apposition calling it by a noun may run.
_APPOSITION_REACH = 60


# A role for a body named by its kind: "a spokesman for the firm", "a spokesman for the online retailer".
_ROLE_FOR = re.compile(r"(?:the|a|an|another|one) (?P<role>[a-z]+) (?:for|of|at|with) the (?:[a-z]+ )?(?P<noun>[a-z]+)")
# Nouns that call a company by its trade, read as "the company" is ("the online retailer", "the drugmaker").
_TRADE_NOUNS = frozenset(
    {"retailer", "insurer", "lender", "manufacturer", "giant", "chain", "operator", "producer", "supplier",
     "developer", "publisher", "broadcaster", "brewer", "miner", "conglomerate"}
)  # fmt: skip


def role_for_body(words: list[str], span: Span, mentions: MentionIndex) -> str | None:
    """Return the body "a spokesman for the firm" speaks for: the company named before, or, of several, the one
    the quotation opens on ("“GSK does not believe …,” said a spokesman for the firm": a company speaks of itself
    by name). None for other phrases, or when no body of that kind was named."""
    found = _ROLE_FOR.fullmatch(" ".join(words))
    if found is None or found.group("role") not in UNNAMED_ROLES:
        return None
    noun = found.group("noun")
    company = noun in _TRADE_NOUNS or noun in _COMPANY_NOUNS or noun.endswith("maker")
    if noun in _TRADE_NOUNS or noun.endswith("maker"):
        noun = "company"
    elif noun not in BACK_REFERENCES:
        return None
    before = {m.name for m in mentions.before(span.paragraph, span.open_at) if m.kind == "organization"}
    opening = [
        m
        for m in mentions.paragraph(span.paragraph)
        if m.kind == "organization" and 0 < m.start - span.open_at <= _OPENING_REACH and m.name in before
    ]
    if opening and company:
        return opening[0].name
    return last_org_before(span.paragraph, span.open_at, mentions, noun)


# Back references that call a body a company: of several named, the quotation may say which.
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "group"})
# How far after a quotation's opening mark a body it opens on may be named.
_OPENING_REACH = 3


def body_written_after_role(who: str) -> str | None:
    """Return the body's name as written after "a spokeswoman for the", when no entity was made of it.

    "said a spokeswoman for the Cincinnati Zoo": the zoo, though the finder read its first word as a place
    and the whole as a venue. Only a name of two or more capitalised words ending with a body's noun ("Zoo",
    "Department", "Office"), so that "a spokesman for Governor Jim Reed" names no body.
    """
    found = _ROLE_FOR_NAME.fullmatch(" ".join(who.split()))
    if found is None or found.group("role") not in UNNAMED_ROLES:
        return None
    name = found.group("name")
    return name if name.split()[-1].lower() in _BODY_ENDINGS else None


# A role, a preposition and a capitalised name: "a spokeswoman for the Cincinnati Zoo".
_ROLE_FOR_NAME = re.compile(
    r"(?:the|a|an|another|one) (?:[a-z]+ )?(?P<role>[a-z]+) (?:for|of|at) (?:the )?"
    r"(?P<name>[A-Z][\w.’'-]*(?: (?:of|for|and|&|[A-Z][\w.’'-]*))*? [A-Z][\w’'-]*)"
)
# Last words of a body's name ("Cincinnati Zoo", "Lyon County Sheriff's Office"); a venue's are not among them.
_BODY_ENDINGS = ORG_OPENERS | BACK_REFERENCES | frozenset({"police", "office", "zoo", "aquarium", "service"})
