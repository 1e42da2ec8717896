"""The shipped corpus: two outlets' versions of one wire story, extracted as a researcher would want."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.load import load_corpus
from newscorpus.model import Article, Entity, Quote

from .conftest import ROOT


@pytest.fixture(scope="module")
def seeds() -> tuple[Article, Article]:
    loaded = load_corpus(Config(corpus_dir=ROOT / "corpus"))
    articles = extract_articles(loaded.sources, Config()).articles
    assert len(articles) == 2
    return articles[0], articles[1]


def forms(entity: Entity) -> set[str]:
    return {entity.name, *entity.aliases}


def entity(entities: tuple[Entity, ...], form: str) -> Entity:
    return next(e for e in entities if form in forms(e))


def test_seed_merges(seeds: tuple[Article, Article]) -> None:
    first, second = seeds
    assert forms(entity(first.people, "Assad")) >= {"Bashar Al Assad", "Al Assad", "Assad"}
    assert forms(entity(second.people, "Assad")) >= {"Bashar al-Assad", "Assad"}
    assert forms(entity(second.people, "Jolani")) >= {"Abu Mohammed al-Jolani", "Jolani"}
    assert entity(first.people, "Al Jolani").name == entity(second.people, "Jolani").name
    assert forms(entity(first.organizations, "HTS")) >= {"Hayat Tahrir Al Sham"} or forms(
        entity(first.organizations, "HTS")
    ) >= {"Hayat Tahrir al-Sham"}
    assert entity(first.organizations, "Al Qaida").name == entity(second.organizations, "Al-Qaeda").name


def test_no_junk_entities(seeds: tuple[Article, Article]) -> None:
    junk = {
        "Over",
        "Thursday",
        "Wednesday",
        "November",
        "Militant",
        "Rebel",
        "Key",
        "Both",
        "Until",
        "Spearheading",
        "Syrian",
    }
    for article in seeds:
        found = {f for e in (*article.people, *article.organizations, *article.places) for f in forms(e)}
        assert not found & junk, found & junk
        assert not any(word in f.split() for f in found for word in ("Thursday", "Wednesday", "November", "citadel"))


def test_quote_speakers(seeds: tuple[Article, Article]) -> None:
    for article in seeds:

        def speaker(start: str, quotes: tuple[Quote, ...] = article.quotes) -> str | None:
            return next(q.speaker for q in quotes if q.text.startswith(start))

        assert speaker("Over the past few hours") == "the army"
        assert speaker("We have been hearing") == "Maya"
        # Her second quotation is its own paragraph in one version and follows in the same one in the other.
        assert speaker("We don’t know") == "Maya"
        assert speaker("HTS has had") == "Sam Heller"
        assert speaker("Opposition forces") == "Sam Heller"
        # "according to the Observatory": the organisation named in full before.
        assert speaker("large military convoys") == "Syrian Observatory for Human Rights"


def test_figures(seeds: tuple[Article, Article]) -> None:
    for article in seeds:
        by_value = {f.value: f for f in article.figures}
        assert by_value[727].counts == "people killed"
        assert by_value[111].counts == "civilians killed"
        assert by_value[115000].counts == "people displaced"
        assert by_value[50].unit == "pct"


def test_agency_is_afp_from_the_body(seeds: tuple[Article, Article]) -> None:
    for article in seeds:
        assert article.agency == "AFP"
        assert article.agencies[0].evidence == "told AFP"
