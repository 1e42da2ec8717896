"""A one-word person's name resolved within its own article: a given name alone, a monarch's name."""

from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from ..identity import exact_key
from ..text import name_tokens
from .state import Corpus, Ref

# Titles a monarch or a pope is written with before the name of their own, never a surname: "King
# Faisal" in a Reuters story on Saudi state visits is not Prince Khaled al-Faisal, named elsewhere.
# Not "Sultan" or "Emir", given names too ("Prince Sultan ibn Abdulaziz").
_REGNAL_TITLE = re.compile(r"\b(?:King|Queen|Prince|Princess|Pope|Emperor|Empress)\s+$")


def lone_unnamed(corpus: Corpus, ref: Ref, lone: list[Ref]) -> None:
    """Keep a one-word name no full name of the corpus ends with: a given name alone ("his son
    William") is the person its article names in full by it, else no one's to send readers to, unless
    only a monarch's title is written before it ("Princess Diana")."""
    name = corpus.entities[ref].name
    if name not in _given_names(corpus) or corpus.read(ref[0], only_after_regnal_title, name):
        lone.append(ref)
        return
    here = named_in_full(corpus, ref)
    if len(here) == 1:
        corpus.join(next(iter(here)), ref, "given name of the person named in full in the same article")
    else:
        corpus.ambiguous[ref] = here or {ref}


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
    monarch's is in Roman numerals ("Elizabeth II")."""
    if re.search(r"(?<![\w'’])" + re.escape(name) + r"\s+\d", text):
        return False
    return _only_after(text, name, _REGNAL_TITLE)


# Titles written before a person's given name, not their surname: "Sheikh Ali" of Sheikh Ali al-Khalifa
# al-Sabah, "Sir Geoffrey" of Sir Geoffrey Howe. Not "Mr" or "President", written before surnames ("Mr Li").
_GIVEN_NAME_TITLE = re.compile(r"\b(?:Sheikh|Shaikh|Sir|Dame|Emir|Prince|Princess)\s+$")


def only_after_given_name_title(text: str, name: str) -> bool:
    """Return True when a text writes a name only after a title written before given names: "Sheikh Ali"."""
    return _only_after(text, name, _GIVEN_NAME_TITLE)


def _only_after(text: str, name: str, title: re.Pattern[str]) -> bool:
    found = [m.start() for m in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"(?![\w])", text)]
    return bool(found) and all(title.search(text[max(0, i - 20) : i]) for i in found)
