"""Names whose own form says what they are, though the words around read them as a person's: a body's
name a country's closes, a name an elided article opens, an owner's account on a platform, a maker's
product; a name speaking in a line no entity was found in is the one the story names so elsewhere."""

from __future__ import annotations

import pytest

from newscorpus.extract import extract_article
from newscorpus.model import Article, Source, SourceMeta

from .test_extract_entity_kinds import CONFIG, article


def names(entities: tuple) -> set[str]:
    return {name for e in entities for name in (e.name, *e.aliases)}


def speakers(found: Article) -> dict[str, str | None]:
    return {q.text: q.speaker for q in found.quotes}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A group of legends plan to complain to Rowing Norway about the coaches.", "Rowing Norway"),
        ("The video came from Tourism Chile, who released a fake trailer this week.", "Tourism Chile"),
        ("A Lisbon firm sued Globex Portugal earlier this year over the name.", "Globex Portugal"),
        ("The deal was cleared by Cycling New Zealand on Monday.", "Cycling New Zealand"),
    ],
)
def test_a_countrys_name_closing_a_name_no_given_name_opens_is_a_body(text: str, body: str) -> None:
    found = article(text)
    assert body in names(found.organizations)
    assert body not in names(found.people)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A given name opens a person's name, whatever closes it.
        ("Marta Jordan, a lawyer, said the trip was worth it.", "people", "Marta Jordan"),
        # A compass word or a place's opener opens a place.
        ("The group toured Western Australia last spring.", "places", "Western Australia"),
    ],
)
def test_a_given_name_or_a_compass_word_before_a_country_is_no_body(text: str, kind: str, name: str) -> None:
    found = article(text)
    assert name in names(getattr(found, kind))
    assert name not in names(found.organizations)


def test_a_short_form_of_a_longer_body_is_no_body_of_its_own() -> None:
    found = article("The Royal Bank of Norway trimmed its staff. Royal Norway has surrendered the licence of its unit.")
    assert "Royal Norway" not in {e.name for e in found.organizations}


def test_a_country_in_capitals_after_a_headlines_words_is_no_body() -> None:
    found = article("Readers of Geek US and Den of Geek UK voted for the show.")
    assert not {"Geek US", "Geek UK"} & names(found.organizations)


def test_a_name_an_elided_article_opens_is_a_body_and_speaks() -> None:
    text = (
        "An article in the city's daily paper, L'Echo Alpin, accused the mayor of waste.\n\n"
        'The paper claimed he had shown "a careless hand with public money".'
    )
    found = article(text)
    assert "L'Echo Alpin" in names(found.organizations)
    assert "L'Echo Alpin" not in names(found.people)
    assert speakers(found)["a careless hand with public money"] == "L'Echo Alpin"


def test_an_account_on_a_platform_speaks_for_its_owner() -> None:
    text = (
        'The official Brightair Twitter account responded that Brightair has "the right to refuse transport".\n\n'
        '"Our customers are welcome," the airline said.'
    )
    found = article(text)
    assert {"Brightair", "Twitter"} <= names(found.organizations)
    assert not names(found.people)
    assert speakers(found) == {"the right to refuse transport": "Brightair", "Our customers are welcome": "Brightair"}


def test_a_product_its_makers_name_opens_is_no_person() -> None:
    text = (
        "The carmaker Nordvik unveiled its new model on Monday. Nordvik said the Nordvik Stormer would reach "
        "buyers in May.\n\n"
        "The Nordvik Stormer, which its founder Ada Lindqvist drove on stage, costs 90,000 euros.\n\n"
        "An original Stormer sits in the company's museum.\n\n"
        '"It will change how people drive," the billionaire said.'
    )
    found = article(text)
    assert names(found.people) == {"Ada Lindqvist"}
    assert speakers(found)["It will change how people drive"] == "Ada Lindqvist"


def test_a_name_speaking_where_no_entity_was_found_is_the_one_the_story_names_so_elsewhere() -> None:
    source = Source(
        id="story",
        path="story.txt",
        text=(
            "Okafor said the club was sold at a ‘fair price’ to the new owners\n\n"
            "The club was sold on Monday. President Okafor and the board approved the sale.\n"
        ),
        meta=SourceMeta(),
    )
    found = extract_article(source, CONFIG)
    assert found is not None
    quote = next(q for q in found.quotes if q.text == "fair price")
    assert (quote.speaker, quote.speaker_kind) == ("Okafor", "person")
