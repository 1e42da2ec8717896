"""Given names written in Cyrillic or Greek letters, spelt in Latin letters the ways English-language news spells them.

Faker lists Russian, Ukrainian, Macedonian and Greek given names in their own alphabets, so the Latin lists
lacked "Volodymyr", "Dimitar", "Kyriakos". News spells one name several ways ("Dmitry", "Dmitri";
"Yevgeny", "Evgeny"; "Giorgos", "Yiorgos"), so each name gives the few common spellings, each language by its own
table (Ukrainian "г" is "h", Russian "g"; Macedonian "ј" is "j").
"""

from __future__ import annotations

import itertools
import unicodedata

# Letters spelt one way in every language of the table: Russian's, then each language's own.
_CYRILLIC = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("yo", "e"),
    "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i"), "к": ("k",), "л": ("l",), "м": ("m",),
    "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",),
    "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",), "ш": ("sh",), "щ": ("shch",), "ъ": ("",), "ы": ("y",),
    "ь": ("",), "э": ("e",), "ю": ("yu",), "я": ("ya",),
}  # fmt: skip
_LANGUAGES = {
    "ru": {},
    "uk": {"г": ("h",), "ґ": ("g",), "е": ("e",), "є": ("ye",), "и": ("y",), "і": ("i",), "ї": ("yi", "i")},
    "mk": {"ѓ": ("gj",), "ќ": ("kj",), "ј": ("j",), "љ": ("lj",), "њ": ("nj",), "џ": ("dzh", "dž"), "ѕ": ("dz",)},
}
# Russian endings news spells several ways: "Arseniy", "Arseny", "Arseni"; "Sergei", "Sergey"; "Natalya", "Natalia".
_RUSSIAN_ENDINGS = {"ий": ("iy", "y", "i"), "ей": ("ei", "ey"), "ья": ("ya", "ia"), "ия": ("iya", "ia")}
# Ukrainian "ій" ends "Andriy", "Andrii"; "ія" "Yuliya", "Yulia".
_UKRAINIAN_ENDINGS = {"ій": ("iy", "ii"), "ія": ("iya", "ia")}
# A Russian "е" opening a name, or after a vowel, is "ye" as often as "e" ("Yevgeny", "Evgeny"; "Yelena", "Elena").
_VOWELS = "аеёиоуыэюяієї"

# Greek pairs of letters read as one sound, then single letters; "ς" is a final "σ".
_GREEK_PAIRS = {
    "ου": ("ou",), "αι": ("ai",), "ει": ("ei", "i"), "οι": ("oi", "i"), "αυ": ("av", "af"), "ευ": ("ev", "ef"),
    "μπ": ("mp", "b"), "ντ": ("nt", "d"), "γγ": ("ng",), "γκ": ("gk", "g"), "τσ": ("ts",), "τζ": ("tz",),
}  # fmt: skip
_GREEK = {
    "α": ("a",), "β": ("v",), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",), "η": ("i",), "θ": ("th",),
    "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",), "ξ": ("x",), "ο": ("o",), "π": ("p",),
    "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",), "υ": ("y",), "φ": ("f",), "χ": ("ch", "h"), "ψ": ("ps",),
    "ω": ("o",),
}  # fmt: skip
# "Γιώργος", "Γιάννης": an opening "γι" before a vowel is "Gi" or "Yi" ("Giorgos", "Yiorgos"; "Giannis", "Yiannis").
_GREEK_OPENING_GI = ("gi", "yi")

# Most spellings kept of one name: the product of a long name's choices is cut, first choices first.
MAX_SPELLINGS = 8


def cyrillic_spellings(name: str, language: str) -> tuple[str, ...]:
    """Return the Latin spellings of a Cyrillic given name ("Дмитрий" -> "Dmitriy", "Dmitry", "Dmitri"), else ()."""
    own = {**_CYRILLIC, **_LANGUAGES.get(language, {})}
    endings = _UKRAINIAN_ENDINGS if language == "uk" else _RUSSIAN_ENDINGS if language == "ru" else {}
    letters = name.lower()
    parts: list[tuple[str, ...]] = []
    at = 0
    while at < len(letters):
        ending = letters[at:]
        if ending in endings:
            parts.append(endings[ending])
            break
        letter = letters[at]
        if letter not in own:
            return ()
        if language == "ru" and letter == "е" and (at == 0 or letters[at - 1] in _VOWELS):
            parts.append(("ye", "e"))
        else:
            parts.append(own[letter])
        at += 1
    return _spellings(parts)


def greek_spellings(name: str) -> tuple[str, ...]:
    """Return the Latin spellings of a Greek given name ("Γιώργος" -> "Giorgos", "Yiorgos"), else ()."""
    letters = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    parts: list[tuple[str, ...]] = []
    at = 0
    if letters.startswith("γι") and len(letters) > 2 and letters[2] in "αεηιοωυ":
        parts.append(_GREEK_OPENING_GI)
        at = 2
    while at < len(letters):
        pair = letters[at : at + 2]
        if pair in _GREEK_PAIRS:
            # Inside a word "μπ" and "ντ" stay two letters' sounds ("Lampros"); opening one, a "b" or a "d".
            choices = _GREEK_PAIRS[pair]
            parts.append(choices[1:] if at == 0 and pair in ("μπ", "ντ") else choices)
            at += 2
            continue
        if letters[at] not in _GREEK:
            return ()
        parts.append(_GREEK[letters[at]])
        at += 1
    return _spellings(parts)


def _spellings(parts: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Return each way of joining one choice per part, capitalised, the first choices' first, at most MAX_SPELLINGS."""
    found: list[str] = []
    for choice in itertools.islice(itertools.product(*parts), MAX_SPELLINGS):
        spelt = "".join(choice)
        if spelt and spelt.capitalize() not in found:
            found.append(spelt.capitalize())
    return tuple(found)
