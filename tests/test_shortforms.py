"""How an organisation's name is written short or long: its country, "of", legal forms, initials, run-ons."""

from __future__ import annotations

import pytest

from newscorpus.extract.gazetteer import country_of
from newscorpus.extract.shortforms import (
    initials_of,
    legal_words,
    qualifier_country,
    reordered_key,
    run_on_tail,
    split_qualifier,
)


@pytest.mark.parametrize(
    ("place", "country"),
    [
        # A Reuters dateline is a city in capitals.
        ("WASHINGTON", "United States"),
        ("SEOUL", "South Korea"),
        # A dateline with its state: the state says the country.
        ("CHAMPAIGN, Ill.", "United States"),
        # A large city's other name.
        ("PEKING", "China"),
        # A country of 1987 under today's name.
        ("West Germany", "Germany"),
        # The wires' abbreviation of a country.
        ("U.K.", "United Kingdom"),
        # No place at all.
        ("Tuesday", None),
    ],
)
def test_country_of_a_place(place: str, country: str | None) -> None:
    assert country_of(place) == country


@pytest.mark.parametrize(
    ("words", "country"),
    [
        # Initials of a country, dotted or not.
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        # A nationality word whose country its first letters spell: Nigeria, not Niger.
        ("Nigerian", "Nigeria"),
        ("Chinese", "China"),
        # ... and one they do not.
        ("Dutch", "Netherlands"),
        # Two words of one country.
        ("West German", "Germany"),
        # A country's own name.
        ("Japan", "Japan"),
        # The parent body of the United Nations' agencies.
        ("U.N.", "United Nations"),
        # A US state qualifies the state's own bodies, never the country's ("Texas Senate").
        ("Texas", None),
        # A company's name ending like a nationality word.
        ("Coradian", None),
    ],
)
def test_qualifier_country(words: str, country: str | None) -> None:
    assert qualifier_country(words) == country


@pytest.mark.parametrize(
    ("name", "split"),
    [
        # A government body after its country.
        ("U.S. Agriculture Department", ("U.S.", "Agriculture Department")),
        ("Chinese Foreign Ministry", ("Chinese", "Foreign Ministry")),
        # One body word alone after the country.
        ("U.S. Congress", ("U.S.", "Congress")),
        # A body of the United Nations.
        ("U.N. Economic Commission for Africa", ("U.N.", "Economic Commission for Africa")),
        # The body's word before "of".
        ("U.S. Federal Reserve Bank of New York", ("U.S.", "Federal Reserve Bank of New York")),
        # Companies: the nationality is part of the name.
        ("British Petroleum", None),
        ("American Express", None),
        ("American Honda Motor Co", None),
        ("American Stock Exchange", None),
    ],
)
def test_split_qualifier(name: str, split: tuple[str, str] | None) -> None:
    assert split_qualifier(name) == split


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Department of the Treasury", "treasury department"),
        ("Strait of Hormuz", "hormuz strait"),
        ("Federal Reserve Bank of St. Louis", "st louis federal reserve bank"),
        # The country stays first.
        ("U.S. Department of Agriculture", "u s agriculture department"),
        # Nothing to turn about.
        ("Treasury Department", None),
        ("Bank of England and Bank of Japan", None),
    ],
)
def test_reordered_key(name: str, key: str | None) -> None:
    assert reordered_key(name) == key


@pytest.mark.parametrize(
    ("short", "long", "tail"),
    [
        ("Associated Press", "Associated Press Writer", "Writer"),
        ("Sanwa Bank", "Sanwa Bank Ltd's", "Ltd's"),
        # Words the key leaves out ("the") do not stop the match.
        ("the Democratic Progressive", "Democratic Progressive Party", "Party"),
        # Not a longer name of it.
        ("White House", "White Horse Inn", None),
        ("White House", "White House", None),
    ],
)
def test_run_on_tail(short: str, long: str, tail: str | None) -> None:
    assert run_on_tail(short, long) == tail


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        # Dotted initials count whole.
        ("U.S. Steel", "USS"),
        ("U.S. Department of Agriculture", "USDA"),
        # With the legal form.
        ("Federal Deposit Insurance Corporation", "FDIC"),
        # With a dotted legal form, without the connector.
        ("Fuerzas Electricas de Cataluna S.A.", "FECSA"),
        # Without the legal form.
        ("International Business Machines Corp", "IBM"),
        # With the connector.
        ("Chicago Board of Trade", "CBOT"),
    ],
)
def test_initials_of(name: str, letters: str) -> None:
    assert letters in initials_of(name.split())


@pytest.mark.parametrize(
    ("name", "bare", "forms"),
    [
        ("Merck and Co Inc", "merck", {"co", "inc"}),
        ("British Petroleum Co Plc", "british petroleum", {"co", "plc"}),
        # A partnership's and a thrift's forms.
        ("NRM Energy Co LP", "nrm energy", {"co", "lp"}),
        ("Northeast Savings F.A.", "northeast savings", {"fa"}),
        # A possessive after the form.
        ("Sanwa Bank Ltd's", "sanwa bank", {"ltd"}),
        # "Times" ends in s: not a possessive.
        ("New York Times", "new york times", set()),
    ],
)
def test_legal_words(name: str, bare: str, forms: set[str]) -> None:
    assert legal_words(name) == (bare, frozenset(forms))
