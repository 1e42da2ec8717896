"""The article's language: the metadata's, else a guess from the commonest function words."""

from __future__ import annotations

import re
from collections import Counter

from ..config import Config
from .text import words

# The most frequent short function words of each language, chosen to overlap little: a text
# whose words are mostly one list's is in that language. Enough for news text of 20+ words.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": words("the of and to in is that for on with was as by at from his her it said has have are were this"),
    "fr": words("le la les des et est une du dans que pour sur au aux pas qui par ont été cette avec"),
    "de": words("der die das und ist nicht ein eine mit den dem des auf für sich von zu im wurde auch"),
    "es": words("el los las del y es una por con para que como más pero sus fue han según este al"),
    "it": words("il gli della delle di che è per una con sono dei nel alla non ha anche come questo"),
    "pt": words("o os as da do das dos e é um uma com para que não em no na foi pelo pela"),
    "nl": words("de het een en van is dat op te voor met zijn niet aan er ook werd door"),
}
_WORD = re.compile(r"[^\W\d_]+")


def find_language(text: str, declared: str | None, config: Config) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None when too short or unclear."""
    if declared and declared.strip():
        return declared.strip().lower().replace("_", "-").split("-")[0]
    words = list(map(str.lower, _WORD.findall(text)))
    if len(words) < config.language_min_words:
        return None
    counts = Counter(words)
    scores = {lang: sum(map(counts.__getitem__, vocab)) for lang, vocab in FUNCTION_WORDS.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    if scores[best] / len(words) < config.language_min_share:
        return None
    return best
