"""Whether a person's name or title says he or she: for "he said" and "she said" to find their referent."""

from __future__ import annotations

import functools
from importlib import resources

from .text import words

# Titles that say a man or a woman is meant ("Mr Gachechiladze", "Dame Mary").
MALE_TITLES = words("mr mr. sir lord king prince duke father brother sheikh emir sultan monsieur herr")
FEMALE_TITLES = words(
    "mrs mrs. ms ms. miss lady dame queen princess duchess mother sister madam madame mme mme. frau sheikha"
)


@functools.lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Return "m" or "f" for given names gender-guesser's dictionary gives one gender only.

    The dictionary (about 40,000 names from many countries) marks each name male, female, mostly
    one of them, or either; a name it lists for both or as mostly one ("Andrea", "Nino", "Rei")
    says nothing here.
    """
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes().decode("iso-8859-1")
    seen: dict[str, set[str]] = {}
    for line in data.splitlines():
        if line.startswith("#") or len(line) < 30 or line[0] == "=":
            continue
        name, code = line[3:29].strip(), line[:2].strip()
        if name and " " not in name and "+" not in name:
            # "M", "1M" (male as a first name): male; "?", "?M", "?F": used for either.
            seen.setdefault(name, set()).update(code[-1].lower() if code in ("M", "1M", "F", "1F") else "mf")
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}
