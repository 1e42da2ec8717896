"""Month names of other languages, as the stamps of pages in them print dates ("02 Ago 2017", "22 de janeiro de 2018").

Scraped pages are not all English: a site in Italian, Portuguese, Spanish, French, German, Dutch,
Indonesian or Russian prints its story's date with its own month names and abbreviations. Many of those are
words of English or of their own language too ("set", "out", "mai", "ago" as in "3 hours ago"), so
`date_patterns` reads them as months only in a full date: a day before and a year after ("02 Ago
2017", "12. März 2019"), or a day and year after ("Maret 30, 2015").
"""

from __future__ import annotations

from .alternation import alternation

# Each month's names and abbreviations in those languages, where they differ from English's.
_NAMES = (
    # January
    "ene enero gen genn gennaio janv janvier janeiro januar jänner jän januari января январь",
    # February
    "febr febrero febbraio fev fevereiro fév févr février fevr fevrier februar februari февраля февраль",
    # March
    "marzo março marco mars mär märz maart maret марта март",
    # April
    "abr abril aprile avr avril апреля апрель",
    # May
    "mayo mag maggio mai maio mei мая май",
    # June
    "junio giu giugno juin junho juni июня июнь",
    # July
    "julio lug luglio juil juillet julho juli июля июль",
    # August
    "ago agosto août aout augustus agustus августа август",
    # September
    "set setiembre septiembre settembre setembro septembre сентября сентябрь",
    # October
    "octubre ott ottobre out outubro octobre okt oktober октября октябрь",
    # November
    "noviembre novembre novembro ноября ноябрь",
    # December
    "dic diciembre dicembre dez dezembro déc décembre dezember desember декабря декабрь",
)
FOREIGN_MONTH_NUMBERS = {name: number for number, names in enumerate(_NAMES, start=1) for name in names.split()}
# The names as a regular expression alternation, the longest first so a name is not cut to its abbreviation;
# for patterns ignoring case (written by `alternation`, which the engine tries quickly).
FOREIGN_MONTH_ALTERNATION = alternation(sorted(FOREIGN_MONTH_NUMBERS, key=lambda n: (-len(n), n)), ignore_case=True)
