"""Names whose own form says they are a body's, however much they look like a person's.

Two capitalised words read like a given name and a surname, and the finder takes them for a person
when the words around say someone is meant ("Tourism Australia, who released a video"). Some forms
tell otherwise on their own:

* A country's name closing a name no given name opens: a body's branch or national body ("Cricket
  Australia", "Google China", "Lexus Philippines", "Business Insider Australia"). A person's name
  may end in a country's ("Lisa Monaco", "Tom Holland"), but then a given name opens it; a compass
  word or a nationality opens a place or a people ("Western Australia", "British Iraq").
* An elided article opening a name ("L'Osservatore Romano", "L’Equipe"): French and Italian bodies,
  papers and brands are named so, people are not (a place so named is in the gazetteer).
* A name and a social platform before the word for an account on it ("the official Acme Twitter
  account"): two names, the owner's and the platform's, not one person's; the owner is a body unless a
  given name opens its name.

Each rule is a split of `name_kinds.classify_part` (see `name_splits`): it returns the pieces of a
run it knows, or None when it does not apply.
"""

from __future__ import annotations

import re

from ..model import EntityKind
from .cues import GEO_FEATURES, STOPWORDS, TITLES
from .name_junk import is_demonym, single_junk
from .name_runs import Ctx, trim
from .name_splits import Piece
from .name_tokens import Tok
from .place_context import is_feature
from .place_lists import COMPASS
from .quote_cues import SOCIAL_PLATFORMS
from .text import fold_name

# Words opening a place's name before a country's, as a compass word does ("New England", "Latin America"),
# or describing the country's people or the country itself ("Black America", "Buddhist Thailand"), as no
# body's first word does; and "Good" of a breakfast show ("Good Morning Britain").
_PLACE_OPENERS = frozenset(
    {"new", "great", "latin", "old", "little", "mainland", "rural", "urban", "coastal", "atlantic", "pacific",
     "black", "white", "buddhist", "muslim", "christian", "catholic", "jewish", "hindu", "islamic", "evangelical",
     "team", "modern", "ancient", "colonial", "imperial", "free", "communist", "socialist", "good", "official",
     "middle", "mideast", "sub-saharan", "house", "senate", "commons"}
)  # fmt: skip
# Seas and oceans among the gazetteer's regions: a name they close is a company's or a railway's
# ("Union Pacific", "Nord Pacific") or a place's ("Middle Atlantic"), told by other rules.
_SEAS = frozenset({"gulf", "persian gulf", "pacific", "atlantic", "mediterranean", "caribbean", "third world"})
# The word for what a name keeps on a platform, right after the platform's name.
_ACCOUNT_AFTER = re.compile(r"\s+(?:account|accounts|feed|page|handle|profile|channel)\b")
# An elided article opening a word: "L'Osservatore", "L’Equipe".
_ELIDED = re.compile(r"^[Ll]['’][A-Z]")


def split_country_body(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return a body whose name a country's closes ("Cricket Australia"), or None."""
    words = [t.text for t in part]
    if len(words) < 2 or fold_name(" ".join(words)) in ctx.gaz.places or is_feature(words):
        return None  # "Mount Kenya": a mountain
    for size in (2, 1):
        head, country = words[:-size], " ".join(words[-size:])
        # Not a country's code in capitals ("Geek US"): a headline's words run on into it.
        folded = fold_name(country)
        if head and folded in ctx.gaz.countries and folded not in _SEAS and not _code(country):
            body = _body_head(head, initial, ctx) and not _shortened(words, ctx)
            return [Piece(tuple(part), "organization")] if body else None
    return None


def _shortened(words: list[str], ctx: Ctx) -> bool:
    """Return True for a short form of a longer name the story writes ("Royal Canada" of "Royal Bank of
    Canada"): the merge ties it to that body, no new one."""
    # More words between the first and the last ("Bank of"), not only before them ("But Cricket Australia").
    return any(
        longer[-1] == words[-1] and words[0] in longer[:-1] and len(longer) - longer.index(words[0]) > len(words)
        for run in ctx.runs
        for longer in [run.split()]
    )


def _code(country: str) -> bool:
    """Return True for a country's code ("US", "U.S."): a headline's or a region's words run on into it
    ("Geek US", "Southwestern U.S.")."""
    return len(country.replace(".", "")) <= 3


def _body_head(head: list[str], initial: bool, ctx: Ctx) -> bool:
    """Return True for the words before a country's name that open a body's: no given name, no place,
    compass word, nationality, title or function word opening them, no lower-case word among them."""
    first = fold_name(head[0])
    return (
        head[0] not in ctx.gaz.given_names
        and first not in ctx.gaz.places
        and first not in COMPASS
        and first not in _PLACE_OPENERS
        and not first.endswith("ern")  # "Northeastern", "Southwestern"
        and not any(fold_name(w) in GEO_FEATURES or "/" in w or re.match(r"^[A-Z]\.$", w) for w in head)
        and first not in TITLES
        and not any(fold_name(w) in STOPWORDS or not w[:1].isupper() or re.search(r"-[a-z]", w) for w in head)
        # Words in capitals are an acronym's ("ICRC Africa"), not a shouted headline's ("PILL PROBE UK").
        and sum(w.isupper() and len(w) > 1 for w in head) <= 1
        and not any(w.isupper() and len(w) > 4 for w in head)
        and not is_demonym(head[0])
        and not single_junk(head[0])
        and (not initial or head[0] in ctx.seen_inside)
        and len(head) <= 3
    )


def split_elided_article(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return a name an elided article opens ("L'Osservatore Romano") as a body's, or None; a place so
    named stays the place rules' ("L'Aquila")."""
    if not _ELIDED.match(part[0].text) or fold_name(" ".join(t.text for t in part)) in ctx.gaz.places:
        return None
    return [Piece(tuple(part), "organization")]


def split_platform_account(part: list[Tok], initial: bool, ctx: Ctx) -> list[Piece] | None:
    """Return the owner and the platform of "the Acme Twitter account" as two names, or None."""
    if len(part) < 2 or part[-1].text not in SOCIAL_PLATFORMS or not _ACCOUNT_AFTER.match(ctx.paragraph, part[-1].end):
        return None
    owner = trim(part[:-1])
    if not owner:
        return None
    # A body keeps an official account as a person does; a given name opens a person's ("the Kim Lee Instagram page").
    kind: EntityKind | None = None if owner[0].text in ctx.gaz.given_names else "organization"
    return [Piece(tuple(owner), kind, initial=initial), Piece((part[-1],), "organization")]


FORM_SPLITS = (split_elided_article, split_platform_account, split_country_body)
