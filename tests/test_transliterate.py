"""Given names Faker lists in Cyrillic or Greek letters, spelt in Latin letters as English-language news spells them."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.name_genders import given_name_genders
from newscorpus.extract.transliterate import MAX_SPELLINGS, cyrillic_spellings, greek_spellings
from newscorpus.model import Source, SourceMeta

CONFIG = Config()


@pytest.mark.parametrize(
    ("name", "language", "spellings"),
    [
        # Russian: the endings news spells several ways, and an opening "е" as "Ye" or "E".
        ("Дмитрий", "ru", {"Dmitriy", "Dmitry", "Dmitri"}),
        ("Сергей", "ru", {"Sergei", "Sergey"}),
        ("Евгений", "ru", {"Yevgeny", "Evgeny", "Yevgeniy"}),
        ("Наталья", "ru", {"Natalya", "Natalia"}),
        ("Пётр", "ru", {"Pyotr", "Petr"}),
        # Ukrainian: "г" is "h", "и" is "y", "і" is "i".
        ("Володимир", "uk", {"Volodymyr"}),
        ("Олександр", "uk", {"Oleksandr"}),
        ("Андрій", "uk", {"Andriy", "Andrii"}),
        ("Юлія", "uk", {"Yuliya", "Yulia"}),
        ("Ганна", "uk", {"Hanna"}),
        # Macedonian letters of its own.
        ("Ѓорѓе", "mk", {"Gjorgje"}),
    ],
)
def test_cyrillic_spellings(name: str, language: str, spellings: set[str]) -> None:
    found = cyrillic_spellings(name, language)
    assert spellings <= set(found), found
    assert len(found) <= MAX_SPELLINGS


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Κυριάκος", {"Kyriakos"}),
        ("Στέφανος", {"Stefanos"}),
        ("Γιώργος", {"Giorgos", "Yiorgos"}),
        ("Δημήτρης", {"Dimitris"}),
        ("Χρήστος", {"Christos", "Hristos"}),
        ("Ευάγγελος", {"Evangelos"}),
        ("Ντίνος", {"Dinos"}),
    ],
)
def test_greek_spellings(name: str, spellings: set[str]) -> None:
    assert spellings <= set(greek_spellings(name))


def test_a_name_with_letters_of_no_table_gives_no_spelling() -> None:
    assert cyrillic_spellings("Анна1", "ru") == ()
    assert greek_spellings("Γιώργος-Λ") == ()


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Volodymyr", True),
        ("Kyriakos", True),
        ("Dimitar", True),
        ("Arseniy", True),
        # Spellings that are words, a program's or a place's name in news are left out.
        ("Modest", False),
        ("Minas", False),
        # Bulgaria's list, which holds words as names ("Правда"), is not read.
        ("Pravda", False),
    ],
)
def test_transliterated_names_are_given_names(name: str, given: bool) -> None:
    assert (name in load_gazetteer(CONFIG.min_place_population).given_names) is given


def test_a_transliterated_name_says_its_gender() -> None:
    genders = given_name_genders()
    assert genders.get("Volodymyr") == "m"
    assert genders.get("Yuliya") == "f"


def test_a_ukrainian_and_a_greek_name_make_people_and_say_who_she_is() -> None:
    text = (
        "Opening line of the story goes here.\n\n"
        "Yuliya Hrytsenko opened the talks. Kyriakos Lambrou then spoke against the plan.\n\n"
        "“We deserved better,” she said."
    )
    result = extract_article(Source(id="s", path="s.txt", text=text, meta=SourceMeta()), CONFIG)
    assert result is not None
    assert {"Yuliya Hrytsenko", "Kyriakos Lambrou"} <= {e.name for e in result.people}
    assert [q.speaker for q in result.quotes if q.text.startswith("We deserved")] == ["Yuliya Hrytsenko"]
