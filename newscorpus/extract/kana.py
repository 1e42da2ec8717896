"""Japanese names written in hiragana, spelt in Latin letters as English-language news spells them."""

from __future__ import annotations

import re

# Modified Hepburn, row by row of the kana table: each syllable's spelling ("し" shi, "つ" tsu, "ふ" fu).
_ROWS = (
    ("あいうえお", "a i u e o"),
    ("ぁぃぅぇぉ", "a i u e o"),
    ("かきくけこ", "ka ki ku ke ko"),
    ("がぎぐげご", "ga gi gu ge go"),
    ("さしすせそ", "sa shi su se so"),
    ("ざじずぜぞ", "za ji zu ze zo"),
    ("たちつてと", "ta chi tsu te to"),
    ("だぢづでど", "da ji zu de do"),
    ("なにぬねの", "na ni nu ne no"),
    ("はひふへほ", "ha hi fu he ho"),
    ("ばびぶべぼ", "ba bi bu be bo"),
    ("ぱぴぷぺぽ", "pa pi pu pe po"),
    ("まみむめも", "ma mi mu me mo"),
    ("やゆよ", "ya yu yo"),
    ("らりるれろ", "ra ri ru re ro"),
    ("わをん", "wa o n"),
)
_SYLLABLES = {kana: spelling for row, spellings in _ROWS for kana, spelling in zip(row, spellings.split(), strict=True)}
# Small "ya", "yu", "yo" join the syllable before: "き"+"ょ" kyo, "し"+"ょ" sho, "じ"+"ゅ" ju.
_GLIDES = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_PALATAL = ("shi", "chi", "ji")
# News writes long vowels short, with no macron: "Yusuke" (ゆうすけ), "Koichi" (こういち), "Ono" (おおの).
_LONG_VOWELS = re.compile(r"(?<=o)[ou]|(?<=u)u")


def romanize(hiragana: str) -> str | None:
    """Return a hiragana name in Latin letters, capitalised ("のぶお" -> "Nobuo"); None if it holds other signs."""
    syllables: list[str] = []
    double_next = False
    for kana in hiragana:
        if kana in _GLIDES and syllables and syllables[-1].endswith("i") and len(syllables[-1]) > 1:
            last = syllables.pop()[:-1]
            syllables.append(last + ("" if (last + "i").endswith(_PALATAL) else "y") + _GLIDES[kana])
        elif kana == "っ":
            double_next = True
        elif kana in _SYLLABLES:
            syllable = _SYLLABLES[kana]
            if double_next and syllable[0] not in "aeiou":
                syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double_next = False
            syllables.append(syllable)
        else:
            return None
    return _LONG_VOWELS.sub("", "".join(syllables)).capitalize() or None
