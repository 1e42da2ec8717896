"""Hubs kept between builds: after any change to the articles, the hubs and hashes of a build from scratch,
with only the hubs the change can touch made again."""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from newscorpus.cache import fingerprint
from newscorpus.config import Config
from newscorpus.hub_memo import FOLDER, kept_hubs
from newscorpus.link import printed_hubs
from newscorpus.model import Article, Entity, Quote

from .test_link import article, named, person, place

TEXT = "Ines Okafor visited Lagos on Monday. Tunde Bello met her there.\n\nOkafor said talks went well."


def story(id: str, *people: str, where: str = "Lagos", published: str | None = None) -> Article:
    entities = tuple(person(name, spans=named(TEXT, name) if name in TEXT else ()) for name in people)
    return article(id, TEXT, people=entities, places=(place(where),), published=published)


def config_of(tmp_path: Path, **changes: object) -> Config:
    return dataclasses.replace(Config(cache_dir=tmp_path / "cache"), **changes)


def build(articles: Sequence[Article], config: Config, caplog: pytest.LogCaptureFixture) -> int:
    """Make the hubs with the kept ones, check them against a build from scratch, return how many were made."""
    caplog.clear()
    ordered = sorted(articles, key=lambda a: a.id)
    hashes = {a.id: (a, fingerprint(a)) for a in ordered}
    with caplog.at_level(logging.INFO, logger="newscorpus.hub_memo"):
        assert kept_hubs(ordered, config, hashes) == printed_hubs(ordered, config)
    message = next(r.getMessage() for r in caplog.records if "hubs made again" in r.getMessage())
    return int(message.split()[1])


CORPUS = [
    story("a", "Ines Okafor", "Tunde Bello", published="1987-03-02"),
    story("b", "Ines Okafor", published="1987-03-03"),
    story("c", "Tunde Bello", where="Abuja", published="1987-03-04"),
    story("d", "Ines Okafor", where="Abuja"),
]


def test_an_unchanged_corpus_makes_no_hub_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path)
    assert build(CORPUS, config, caplog) == 4
    written = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache" / FOLDER).iterdir()}
    assert build(CORPUS, config, caplog) == 0
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "cache" / FOLDER).iterdir()} == written


def test_an_edit_makes_again_only_the_hubs_of_what_the_article_names(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    redated = [*CORPUS[:3], dataclasses.replace(CORPUS[3], published="1987-03-01")]
    # Ines Okafor and Abuja; not Lagos nor Tunde Bello, which d does not name.
    assert build(redated, config, caplog) == 2


def test_a_hub_losing_its_only_other_mention_goes_and_its_neighbours_count_it_no_more(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    # Tunde Bello and Abuja lose their hubs; the two left counted them beside them.
    assert build([a for a in CORPUS if a.id != "c"], config, caplog) == 2


def test_an_entity_getting_a_hub_makes_again_the_hubs_named_beside_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path)
    corpus = [*CORPUS, story("e", "Ines Okafor", where="Kano")]
    build(corpus, config, caplog)
    # Kano gets a hub (Ada Eze none), and the hub of Ines Okafor, whom f does not name, counts it beside her.
    assert build([*corpus, story("f", "Ada Eze", where="Kano")], config, caplog) == 2


def test_a_slug_taken_by_another_name_makes_again_the_hubs_naming_both(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # "José Díaz" and "Jose Diaz" make one slug: the second in sorted order is numbered.
    config = config_of(tmp_path)
    corpus = [*CORPUS, story("e", "Jose Diaz", "José Díaz", where="Kano"), story("f", "José Díaz", where="Kano")]
    build(corpus, config, caplog)
    corpus.append(story("g", "Jose Diaz", where="Abuja"))
    build(corpus, config, caplog)
    # Jose Diaz's hub goes: José Díaz's slug loses its number, and Kano's co-mention with it changes.
    assert build([a for a in corpus if a.id != "g"], config, caplog) == 3


def test_a_renamed_entity_in_an_unedited_article_gets_its_new_name(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    renamed = [
        dataclasses.replace(a, people=tuple(Entity("person", "Ines Ada Okafor", e.aliases, 1) for e in a.people))
        if "Ines Okafor" in {e.name for e in a.people}
        else a
        for a in CORPUS
    ]
    build(renamed, config, caplog)


def test_quotes_and_dates_of_an_edited_article_reach_its_hubs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    said = Quote("Talks went well.", "Ines Okafor", "person", "Okafor said", 1)
    edited = [dataclasses.replace(CORPUS[1], quotes=(said,), published="1987-04-01"), *CORPUS[:1], *CORPUS[2:]]
    assert build(edited, config, caplog) == 2


def test_another_config_makes_every_hub_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    build(CORPUS, config_of(tmp_path), caplog)
    assert build(CORPUS, config_of(tmp_path, hub_co_mentions=1), caplog) == 4


def test_an_article_of_no_hash_is_never_taken_as_unchanged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    ordered = sorted(CORPUS, key=lambda a: a.id)
    hashes = {a.id: (a, fingerprint(a)) for a in ordered[1:]}
    assert kept_hubs(ordered, config, hashes) == printed_hubs(ordered, config)


def test_without_a_cache_folder_the_hubs_are_made_unhashed() -> None:
    ordered = sorted(CORPUS, key=lambda a: a.id)
    config = Config(cache_dir=None)
    assert kept_hubs(ordered, config, {}) == printed_hubs(ordered, config, printed=False)


def test_an_article_naming_an_entity_twice_keeps_both_mentions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path)
    twice = dataclasses.replace(CORPUS[1], people=(*CORPUS[1].people, person("Ines Okafor", "Okafor", mentions=3)))
    corpus = [CORPUS[0], twice, *CORPUS[2:]]
    build(corpus, config, caplog)
    assert build([*corpus[:3], dataclasses.replace(CORPUS[3], published="1987-05-05")], config, caplog) == 2


NAMES = ["Ines Okafor", "Tunde Bello", "Ada Eze", "Jose Diaz", "José Díaz", "Emeka Obi"]
PLACES = ["Lagos", "Abuja", "Kano"]


def test_any_run_of_edits_gives_the_hubs_of_a_build_from_scratch(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Articles added, removed, renamed and redated at random (a fixed seed), the hubs checked after each.
    draw = random.Random(7)
    config = config_of(tmp_path)

    def drawn(id: str) -> Article:
        people = draw.sample(NAMES, draw.randint(0, 3))
        day = draw.choice([None, "1987-03-02", "1987-03-09"])
        return story(id, *people, where=draw.choice(PLACES), published=day)

    corpus = {f"s{n}": drawn(f"s{n}") for n in range(8)}
    for step in range(25):
        build(list(corpus.values()), config, caplog)
        target = draw.choice(sorted(corpus))
        if step % 5 == 4 and len(corpus) > 3:
            del corpus[target]
        else:
            corpus[target if step % 3 else f"t{step}"] = drawn(target if step % 3 else f"t{step}")
    build(list(corpus.values()), config, caplog)


def test_a_shard_the_head_does_not_name_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A build cut short after writing a shard, before its head: the next build trusts none of them.
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    head = tmp_path / "cache" / FOLDER / "head"
    first = head.read_bytes()
    edited = [*CORPUS[:3], dataclasses.replace(CORPUS[3], published="1987-03-01")]
    build(edited, config, caplog)
    head.write_bytes(first)
    assert build(edited, config, caplog) == 4


def test_a_damaged_shard_makes_every_hub_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path)
    build(CORPUS, config, caplog)
    shard = sorted(p for p in (tmp_path / "cache" / FOLDER).iterdir() if p.name != "head")[0]
    shard.write_bytes(shard.read_bytes()[:-3])
    assert build(CORPUS, config, caplog) == 4
    assert any("ignoring the kept hubs" in m for m in caplog.messages)
