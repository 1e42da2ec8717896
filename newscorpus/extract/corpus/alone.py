"""A one-word person's name resolved within its own article: a given name alone, a monarch's name."""

from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from ..identity import exact_key
from ..text import family_names, fold_name, name_tokens
from .state import Corpus, Ref, compiled

# Titles a monarch or a pope is written with before the name of their own, never a surname: "King
# Faisal" in a Reuters story on Saudi state visits is not Prince Khaled al-Faisal, named elsewhere.
# Not "Sultan" or "Emir", given names too ("Prince Sultan ibn Abdulaziz").
_REGNAL_TITLE = re.compile(r"\b(?:King|Queen|Prince|Princess|Pope|Emperor|Empress)\s+$")


def lone_unnamed(corpus: Corpus, ref: Ref, lone: list[Ref]) -> None:
    """Keep a one-word name no full name of the corpus ends with: a given name alone ("his son
    William") is the person its article names in full by it, else no one's to send readers to, unless only a
    monarch's title is written before it ("Princess Diana"); a name no list holds written after a kin's word ("her
    father Bassem", "son Felipinho") is a relative's given name, no one's to send readers to."""
    name = corpus.entities[ref].name
    if corpus.read(ref[0], a_ships_name, name):
        corpus.ambiguous[ref] = {ref}  # "the Queen Victoria", a liner: no one
        return
    if name not in _given_names(corpus) and corpus.read(ref[0], after_kin, name):
        # A relative, whom the person named in full by the name ("his son Felipe", Felipe Massa) need not be.
        corpus.ambiguous[ref] = {ref}
        return
    if name not in _given_names(corpus) or corpus.read(ref[0], only_after_regnal_title, name):
        lone.append(ref)
        return
    here = named_in_full(corpus, ref)
    most = _most_named(corpus, ref, here) if len(here) > 1 else None
    if len(here) == 1 or most:
        why = _MOST_WHY if most else "given name of the person named in full in the same article"
        corpus.join(most or next(iter(here)), ref, why)
    else:
        corpus.ambiguous[ref] = here or {ref}


def _most_named(corpus: Corpus, ref: Ref, here: set[Ref]) -> Ref | None:
    """Return, of the people an article names in full by a given name, the one it names in full at least twice and
    twice as often as any other ("Bobby Jindal" three times, the chef "Bobby Flay" once: "Bobby says" is Jindal's);
    else None."""
    counts = sorted(((corpus.read(ref[0], _times, r[2]), r) for r in here), reverse=True)
    if counts[0][0] >= _MOST_NAMED * max(1, counts[1][0]):
        return counts[0][1]
    return None


_MOST_WHY = "given name of the person the same article names in full most often"
# How many times more often than anyone else of the name an article names the person a given name alone is.
_MOST_NAMED = 2


def _times(text: str, name: str) -> int:
    """Return how many times a text writes a name."""
    return len(compiled(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])").findall(text))


def _given_names(corpus: Corpus) -> frozenset[str]:
    return load_gazetteer(corpus.config.min_place_population).given_names


def named_in_full(corpus: Corpus, ref: Ref) -> set[Ref]:
    """Return the people of a surname's own article whose full name holds it: "Tan" and "Tan Soo Nan",
    "Dean" and "Dean Peterson"; a run-on ("Carlos Tevez the England") is no one's full name."""
    word = exact_key(ref[2])
    return {
        (ref[0], "person", p.name)
        for p in corpus.articles[ref[0]].people
        if len(name_tokens(p.name)) > 1 and word in name_tokens(p.name) and " the " not in p.name
    }


def only_after_regnal_title(text: str, name: str) -> bool:
    """Return True when a text writes a name only after a monarch's title: "King Faisal", "Pope Paul"; not
    with a number in figures after it, a ship's name ("Queen Mary 2", "Queen Elizabeth 2"), where a
    monarch's is in Roman numerals ("Elizabeth II"), nor after "the" or a ship's prefix before the title ("the Queen
    Victoria", "MS Queen Victoria", a liner), nor in a text naming such a ship ("Queen Mary 2 and Queen Victoria")."""
    if a_ships_name(text, name) or compiled(r"(?<![\w'’])" + re.escape(name) + r"\s+\d").search(text):
        return False
    return _only_after(text, name, _REGNAL_TITLE)


def a_ships_name(text: str, name: str) -> bool:
    """Return True when a text writes a name after a monarch's title as a ship's: after "the" or a ship's prefix
    ("the Queen Victoria", "MS Queen Victoria"), or beside a ship named with a number ("Queen Mary 2")."""
    if not compiled(_REGNAL_TITLE.pattern.removesuffix("$") + re.escape(name) + r"\b").search(text):
        return False
    return bool(compiled(_SHIP + re.escape(name) + r"\b").search(text) or re.search(_NUMBERED_SHIP, text))


# "the" or a ship's prefix before a monarch's title and a name: a ship's name ("the Queen Victoria", "MS Queen
# Victoria"); a monarch is written "Queen Victoria".
_SHIP = r"(?:\b[Tt]he|\b(?:MS|MV|RMS|HMS|SS|USS))\s+(?:King|Queen|Prince|Princess|Emperor|Empress)\s+"
# A monarch's title, a name and a number in figures: a ship's name ("Queen Mary 2"), and its story's others too.
_NUMBERED_SHIP = r"\b(?:King|Queen|Prince|Princess|Emperor|Empress)\s+[A-Z][a-z]+\s+\d"
# A kin's word before a name ("her father Bassem", "wife Anna", "son Felipinho"): a given name, whatever lists hold.
_KIN = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|brother|sister|grandson|granddaughter|grandfather|grandmother"
    r"|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter|fiance|fiancee|fiancé|fiancée)\s+$"
)


def after_kin(text: str, name: str) -> bool:
    """Return True when a text writes a name after a kin's word at least once: "her father Bassem"."""
    found = [m.start() for m in compiled(r"(?<![\w'’])" + re.escape(name) + r"(?![\w])").finditer(text)]
    return any(_KIN.search(text[max(0, i - 20) : i]) for i in found)


# Titles written before a person's given name, not their surname: "Sheikh Ali" of Sheikh Ali al-Khalifa
# al-Sabah, "Sir Geoffrey" of Sir Geoffrey Howe. Not "Mr" or "President", written before surnames ("Mr Li").
_GIVEN_NAME_TITLE = re.compile(r"\b(?:Sheikh|Shaikh|Sir|Dame|Emir|Prince|Princess)\s+$")


def only_after_given_name_title(text: str, name: str) -> bool:
    """Return True when a text writes a name only after a title written before given names: "Sheikh Ali"."""
    return _only_after(text, name, _GIVEN_NAME_TITLE)


def _only_after(text: str, name: str, title: re.Pattern[str]) -> bool:
    found = [m.start() for m in compiled(r"(?<![\w'’])" + re.escape(name) + r"(?![\w])").finditer(text)]
    return bool(found) and all(title.search(text[max(0, i - 20) : i]) for i in found)


def given_al(name: str, arabic: set[str]) -> bool:
    """Return True for "Al" and a census surname the corpus never writes after the Arabic article inside a
    longer name: "Al Jefferson" is a man named Al, where "Al Haddad" beside "Karim Al Haddad" is a surname."""
    words = name.split()
    return len(words) == 2 and words[0] == "Al" and fold_name(words[1]) in family_names() - arabic


def after_inner_article(corpus: Corpus) -> set[str]:
    """Return the words people's names write after the Arabic article inside them ("Karim Al Haddad": "haddad")."""
    return {fold_name(word) for ref in corpus.refs if ref[1] == "person" for word in _INNER_ARTICLE.findall(ref[2])}


_INNER_ARTICLE = re.compile(r"(?<=\S )[Aa]l[- ]([A-Z][\w'’-]+)")
