"""The quotas of each draw of alias pairs (select_alias_pairs.py), and the dealing of the tenth draw into a
development file and a check file (and of the eleventh to the fifteenth alike; the sixteenth into a development
file only, and the seventeenth to the twenty-fourth alike)."""

from __future__ import annotations

from quality.labels.select_alias_kinds import FOURTH_QUOTAS
from quality.labels.select_both import TWENTYFIFTH_QUOTAS, TWENTYFOURTH_QUOTAS
from quality.labels.select_fresh import TWENTYSEVENTH_QUOTAS
from quality.labels.select_unmerged import TWENTYSECOND_QUOTAS, TWENTYTHIRD_QUOTAS
from quality.labels.select_wider import TWENTYSIXTH_QUOTAS

QUOTAS = {
    "reuters": {"spelling": 110, "surname": 45, "shared-surname": 30, "short-form": 45, "one-word-apart": 30},
    "web": {"spelling": 55, "surname": 40, "shared-surname": 20, "short-form": 30, "one-word-apart": 15},
}
# A second draw (--more), for the development half only: the same types drawn further, and two
# more that the first draw under-sampled: the person a surname alone most often stands for, and
# organisation names one of which is the other with words around it.
MORE_QUOTAS = {
    "reuters": {"spelling": 60, "surname": 30, "prominent-surname": 50, "short-form": 40, "longer-name": 70},
    "web": {"spelling": 40, "surname": 25, "prominent-surname": 40, "short-form": 30, "longer-name": 40},
}
# A third draw (--third), for the development half only: the first draw's five types again, the
# types whose wrong merges the development half had too few of to show (held-out precision 0.93
# against 1.00 on the development half).
THIRD_QUOTAS = {
    "reuters": {"spelling": 15, "surname": 10, "shared-surname": 10, "short-form": 10, "one-word-apart": 10},
    "web": {"spelling": 10, "surname": 8, "shared-surname": 6, "short-form": 8, "one-word-apart": 6},
}
# A fifth draw (--fifth), for the development half only: the first draw's five types in its own mix
# (about three in ten of its quotas), none judged in any label file, to estimate the merge afresh on
# pairs no rule was tuned on.
FIFTH_QUOTAS = {
    "reuters": {"spelling": 40, "surname": 16, "shared-surname": 11, "short-form": 16, "one-word-apart": 11},
    "web": {"spelling": 20, "surname": 15, "shared-surname": 7, "short-form": 11, "one-word-apart": 6},
}
# A sixth draw (--sixth), for the development half only: about the fifth draw's mix again (a few more of
# the types whose forms seldom name nothing of their kind), none judged in any label file, for a fresh
# estimate once the fifth draw had been tuned on.
SIXTH_QUOTAS = {
    "reuters": {"spelling": 50, "surname": 17, "shared-surname": 15, "short-form": 17, "one-word-apart": 15},
    "web": {"spelling": 25, "surname": 16, "shared-surname": 10, "short-form": 12, "one-word-apart": 8},
}
# A seventh draw (--seventh), development half only: about the sixth draw's mix at two thirds of it, own
# seed, none judged in any label file: a fresh estimate once the sixth draw had been tuned on.
SEVENTH_QUOTAS = {
    "reuters": {"spelling": 32, "surname": 12, "shared-surname": 10, "short-form": 12, "one-word-apart": 10},
    "web": {"spelling": 17, "surname": 11, "shared-surname": 7, "short-form": 9, "one-word-apart": 5},
}
# An eighth draw (--eighth), development half only: the seventh draw's mix a fifth larger (near half the
# drawn pairs name nothing of their kind), own seed, none judged before: fresh once the seventh was tuned on.
EIGHTH_QUOTAS = {
    "reuters": {"spelling": 42, "surname": 16, "shared-surname": 13, "short-form": 16, "one-word-apart": 13},
    "web": {"spelling": 22, "surname": 14, "shared-surname": 10, "short-form": 12, "one-word-apart": 7},
}
# A ninth draw (--ninth), development half only: the eighth's mix a tenth smaller, fresh once it was tuned on.
NINTH_QUOTAS = {
    "reuters": {"spelling": 38, "surname": 14, "shared-surname": 12, "short-form": 14, "one-word-apart": 12},
    "web": {"spelling": 20, "surname": 12, "shared-surname": 9, "short-form": 11, "one-word-apart": 6},
}
# A tenth draw (--tenth), development half only, own seed, none judged before: the first draw's types with the
# fourth draw's transliterations, initials and places a letter apart, split pair by pair in draw order into a
# development file and a check file (whose misses are never read: the honest test of rules tuned on the other).
TENTH_QUOTAS = {
    "reuters": {
        "spelling": 34,
        "surname": 8,
        "shared-surname": 10,
        "short-form": 8,
        "one-word-apart": 10,
        "transliteration": 10,
        "initials": 8,
        "place-letter": 6,
    },
    "web": {
        "spelling": 12,
        "surname": 8,
        "shared-surname": 10,
        "short-form": 6,
        "one-word-apart": 8,
        "transliteration": 8,
        "initials": 6,
        "place-letter": 6,
    },
}
# An eleventh draw (--eleventh), development half only, own seed, none judged before: the tenth draw's types at
# about four thirds of its quotas (near half the drawn pairs name nothing of their kind), dealt alike into a
# development file and a check file once the tenth draw had been tuned on.
ELEVENTH_QUOTAS = {
    corpus: {kind: quota * 4 // 3 for kind, quota in quotas.items()} for corpus, quotas in TENTH_QUOTAS.items()
}
# A twelfth draw (--twelfth), development half only, own seed, none judged before: the tenth draw's types with the
# second draw's prominent surnames and longer names, weighted to the types that held most true variants in the
# earlier draws (short forms, longer names, initials, spellings and transliterations: about one pair in four; a
# surname alone, a shared surname, a word apart or a place a letter apart about one in twenty), so that each of its
# two files holds more pairs of one entity (the eleventh held 14 and 16); dealt alike into a development file and a
# check file once the eleventh draw had been tuned on.
TWELFTH_QUOTAS = {
    "reuters": {
        "spelling": 24,
        "surname": 2,
        "shared-surname": 2,
        "short-form": 34,
        "one-word-apart": 2,
        "transliteration": 24,
        "initials": 16,
        "place-letter": 2,
        "prominent-surname": 8,
        "longer-name": 34,
    },
    "web": {
        "spelling": 8,
        "surname": 2,
        "shared-surname": 2,
        "short-form": 22,
        "one-word-apart": 2,
        "transliteration": 12,
        "initials": 10,
        "place-letter": 2,
        "prominent-surname": 6,
        "longer-name": 22,
    },
}
# A thirteenth draw (--thirteenth), development half only, own seed, none judged before, weighted to measure
# precision: about half of it pairs the merge joins ("merged": a hub's canonical name and one of its forms that is
# neither a part of it nor its initials, one per hub, over the hubs of a merged build of each corpus), the rest the
# twelfth draw's types at about a fifth of its quotas; dealt alike into a development file and a check file once
# the twelfth draw had been tuned on.
THIRTEENTH_QUOTAS = {
    "reuters": {
        "merged": 46,
        "spelling": 6,
        "surname": 2,
        "shared-surname": 2,
        "short-form": 7,
        "one-word-apart": 2,
        "transliteration": 5,
        "initials": 4,
        "place-letter": 2,
        "prominent-surname": 2,
        "longer-name": 7,
    },
    "web": {
        "merged": 40,
        "spelling": 2,
        "surname": 1,
        "shared-surname": 2,
        "short-form": 5,
        "one-word-apart": 1,
        "transliteration": 3,
        "initials": 3,
        "place-letter": 1,
        "prominent-surname": 2,
        "longer-name": 5,
    },
}
# A fourteenth draw (--fourteenth), development half only, own seed, none judged before, weighted to measure recall:
# about two thirds of it the types holding true variants whether or not the merge joins them (short forms and longer
# names, initials, legal forms, spellings and transliterations), the rest pairs the merge joins ("merged", as in the
# thirteenth draw, one per hub under the fourteenth's own order); dealt alike into a development file and a check
# file once the thirteenth draw had been tuned on.
FOURTEENTH_QUOTAS = {
    "reuters": {
        "merged": 30,
        "short-form": 12,
        "longer-name": 16,
        "initials": 10,
        "legal-form": 16,
        "transliteration": 6,
        "spelling": 6,
    },
    "web": {
        "merged": 12,
        "short-form": 7,
        "longer-name": 7,
        "initials": 4,
        "legal-form": 6,
        "transliteration": 3,
        "spelling": 3,
    },
}
# A fifteenth draw (--fifteenth), development half only, own seed, none judged before: the fourteenth draw's mix at
# about three quarters of its quotas (recall on pairs nobody tuned on was the weakest figure: check 7 0.625, check 8
# 0.588), dealt alike into a development file and a check file once the fourteenth draw had been tuned on.
FIFTEENTH_QUOTAS = {
    corpus: {kind: quota * 3 // 4 for kind, quota in quotas.items()} for corpus, quotas in FOURTEENTH_QUOTAS.items()
}
# A sixteenth draw (--sixteenth), development half only, own seed, none judged before: the fourteenth draw's mix at
# about three eighths of its quotas (half the fifteenth), all of it one development file, no check file: recall on
# pairs nobody tuned on was still the weakest figure (held-out 0.769), the check files kept as they are.
SIXTEENTH_QUOTAS = {
    corpus: {kind: quota * 3 // 8 for kind, quota in quotas.items()} for corpus, quotas in FOURTEENTH_QUOTAS.items()
}
# A seventeenth draw (--seventeenth), development half only, own seed, none judged before, weighted to true variant
# candidates: the fourteenth draw's types at about three eighths of its quotas, but the pairs the merge joins
# ("merged") at a sixteenth, all of it one development file, no check file: recall on pairs nobody tuned on was still
# the weakest figure (held-out 0.769), so the draw holds mostly pairs whatever the merge decides.
SEVENTEENTH_QUOTAS = {
    corpus: {kind: quota * (1 if kind == "merged" else 6) // 16 for kind, quota in quotas.items()}
    for corpus, quotas in FOURTEENTH_QUOTAS.items()
}
# An eighteenth draw (--eighteenth), development half only, own seed, none judged before: spelling-similar pairs and
# hard negatives, the fourteenth draw's types at half its quotas and the pairs the merge joins ("merged", a hub's name
# and a form not plainly of it) at a quarter, all of it one development file, no check file: recall on pairs nobody
# tuned on was still the weaker side (fresh 13 0.625, check 8 0.588).
EIGHTEENTH_QUOTAS = {
    corpus: {kind: quota * (2 if kind == "merged" else 4) // 8 for kind, quota in quotas.items()}
    for corpus, quotas in FOURTEENTH_QUOTAS.items()
}
# A nineteenth draw (--nineteenth), development half only, own seed, none judged before: the eighteenth draw's mix
# (spelling-similar pairs, legal forms and short forms, hard negatives, pairs the merge joins at a quarter), all of it
# one development file, no check file: recall on pairs nobody tuned on was still the weaker side (held-out 0.769).
NINETEENTH_QUOTAS = EIGHTEENTH_QUOTAS
# A twentieth draw (--twentieth), development half only, own seed, none judged before, weighted to true variant
# candidates: the fourteenth draw's types at half its quotas, the pairs the merge joins ("merged") at a sixteenth, all
# of it one development file, no check file: recall on pairs nobody tuned on was still the gap (held-out 0.769).
TWENTIETH_QUOTAS = {
    corpus: {kind: quota * (1 if kind == "merged" else 8) // 16 for kind, quota in quotas.items()}
    for corpus, quotas in FOURTEENTH_QUOTAS.items()
}
# A twenty-first draw (--twentyfirst), development half only, own seed, none judged before, weighted to true variant
# candidates: the twentieth draw's mix with a given name and its short form or other spelling under one surname
# ("short-given", true variants about five times in six in the earlier draws) beside it, all of it one development
# file, no check file: recall on pairs nobody tuned on was still the gap (held-out 0.769).
TWENTYFIRST_QUOTAS = {
    corpus: {**quotas, "short-given": {"reuters": 6, "web": 4}[corpus]} for corpus, quotas in TWENTIETH_QUOTAS.items()
}
DRAWS = {
    "first": (QUOTAS, "alias"),
    "more": (MORE_QUOTAS, "alias-more"),
    "third": (THIRD_QUOTAS, "alias-third"),
    "fourth": (FOURTH_QUOTAS, "alias-fourth"),
    "fifth": (FIFTH_QUOTAS, "alias-fifth"),
    "sixth": (SIXTH_QUOTAS, "alias-sixth"),
    "seventh": (SEVENTH_QUOTAS, "alias-seventh"),
    "eighth": (EIGHTH_QUOTAS, "alias-eighth"),
    "ninth": (NINTH_QUOTAS, "alias-ninth"),
    "tenth": (TENTH_QUOTAS, "alias-tenth"),
    "eleventh": (ELEVENTH_QUOTAS, "alias-eleventh"),
    "twelfth": (TWELFTH_QUOTAS, "alias-twelfth"),
    "thirteenth": (THIRTEENTH_QUOTAS, "alias-thirteenth"),
    "fourteenth": (FOURTEENTH_QUOTAS, "alias-fourteenth"),
    "fifteenth": (FIFTEENTH_QUOTAS, "alias-fifteenth"),
    "sixteenth": (SIXTEENTH_QUOTAS, "alias-sixteenth"),
    "seventeenth": (SEVENTEENTH_QUOTAS, "alias-seventeenth"),
    "eighteenth": (EIGHTEENTH_QUOTAS, "alias-eighteenth"),
    "nineteenth": (NINETEENTH_QUOTAS, "alias-nineteenth"),
    "twentieth": (TWENTIETH_QUOTAS, "alias-twentieth"),
    "twentyfirst": (TWENTYFIRST_QUOTAS, "alias-twentyfirst"),
    "twentysecond": (TWENTYSECOND_QUOTAS, "alias-twentysecond"),
    "twentythird": (TWENTYTHIRD_QUOTAS, "alias-twentythird"),
    "twentyfourth": (TWENTYFOURTH_QUOTAS, "alias-twentyfourth"),
    "twentyfifth": (TWENTYFIFTH_QUOTAS, "alias-twentyfifth"),
    "twentysixth": (TWENTYSIXTH_QUOTAS, "alias-twentysixth"),
    "twentyseventh": (TWENTYSEVENTH_QUOTAS, "alias-twentyseventh"),
}

# The tenth draw's two files, dealt a pair each in turn: the first tuned on, the second only scored.
TENTH_FILES = ("alias_pairs_dev7.json", "alias_pairs_check7.json")
# The eleventh draw's two files, dealt the same way.
ELEVENTH_FILES = ("alias_pairs_dev8.json", "alias_pairs_check8.json")
# The twelfth draw's two files, dealt the same way.
TWELFTH_FILES = ("alias_pairs_dev9.json", "alias_pairs_check9.json")
# The thirteenth draw's two files, dealt the same way.
THIRTEENTH_FILES = ("alias_pairs_dev10.json", "alias_pairs_check10.json")
# The fourteenth draw's two files, dealt the same way.
FOURTEENTH_FILES = ("alias_pairs_dev11.json", "alias_pairs_check11.json")
# The fifteenth draw's two files, dealt the same way.
FIFTEENTH_FILES = ("alias_pairs_dev12.json", "alias_pairs_check12.json")
# The sixteenth draw's one file: dealt as the others (each pair once), both turns to the development file.
SIXTEENTH_FILES = ("alias_pairs_dev13.json", "alias_pairs_dev13.json")
# The seventeenth draw's one file, dealt the same way.
SEVENTEENTH_FILES = ("alias_pairs_dev14.json", "alias_pairs_dev14.json")
# The eighteenth draw's one file, dealt the same way.
EIGHTEENTH_FILES = ("alias_pairs_dev15.json", "alias_pairs_dev15.json")
# The nineteenth draw's one file, dealt the same way.
NINETEENTH_FILES = ("alias_pairs_dev16.json", "alias_pairs_dev16.json")
# The twentieth draw's one file, dealt the same way.
TWENTIETH_FILES = ("alias_pairs_dev17.json", "alias_pairs_dev17.json")
# The twenty-first draw's one file, dealt the same way.
TWENTYFIRST_FILES = ("alias_pairs_dev18.json", "alias_pairs_dev18.json")
# The twenty-second draw's one file (pairs the merge leaves apart, select_unmerged.py), dealt the same way.
TWENTYSECOND_FILES = ("alias_pairs_dev19.json", "alias_pairs_dev19.json")
# The twenty-third draw's one file (pairs the merge leaves apart, weighted to the types holding most variants).
TWENTYTHIRD_FILES = ("alias_pairs_dev20.json", "alias_pairs_dev20.json")
# The twenty-fourth draw's one file (pairs the merge leaves apart and pairs it joins, select_both.py).
TWENTYFOURTH_FILES = ("alias_pairs_dev21.json", "alias_pairs_dev21.json")
# The twenty-fifth draw's one file (the twenty-fourth's mix, larger, once it had been tuned on).
TWENTYFIFTH_FILES = ("alias_pairs_dev22.json", "alias_pairs_dev22.json")
# The twenty-sixth draw's one file (candidates found from the merged build's hubs, select_wider.py).
TWENTYSIXTH_FILES = ("alias_pairs_dev23.json", "alias_pairs_dev23.json")
# The twenty-seventh draw's one file (a fresh batch from development stories only, select_fresh.py).
TWENTYSEVENTH_FILES = ("alias_pairs_dev24.json", "alias_pairs_dev24.json")
# The files each dealt draw goes to.
DEALT = {
    "tenth": TENTH_FILES,
    "eleventh": ELEVENTH_FILES,
    "twelfth": TWELFTH_FILES,
    "thirteenth": THIRTEENTH_FILES,
    "fourteenth": FOURTEENTH_FILES,
    "fifteenth": FIFTEENTH_FILES,
    "sixteenth": SIXTEENTH_FILES,
    "seventeenth": SEVENTEENTH_FILES,
    "eighteenth": EIGHTEENTH_FILES,
    "nineteenth": NINETEENTH_FILES,
    "twentieth": TWENTIETH_FILES,
    "twentyfirst": TWENTYFIRST_FILES,
    "twentysecond": TWENTYSECOND_FILES,
    "twentythird": TWENTYTHIRD_FILES,
    "twentyfourth": TWENTYFOURTH_FILES,
    "twentyfifth": TWENTYFIFTH_FILES,
    "twentysixth": TWENTYSIXTH_FILES,
    "twentyseventh": TWENTYSEVENTH_FILES,
}


def deal(chosen: list[dict[str, object]], files: tuple[str, str] = TENTH_FILES) -> list[dict[str, object]]:
    """Return the pairs once each (a pair drawn under two types where first drawn), each marked with the
    file it goes to, the files taking turns in draw order."""
    seen: set[tuple[object, ...]] = set()
    dealt: list[dict[str, object]] = []
    for pair in chosen:
        item = (pair["kind"], pair["a"], pair["b"])
        if item not in seen:
            seen.add(item)
            dealt.append({**pair, "file": files[len(dealt) % 2]})
    return dealt
