"""The records of names without a hub kept between builds: after any change to the articles, their hashes or the
hubs, the records a build from scratch makes, with only those the change can touch made again."""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from newscorpus.cache import fingerprint
from newscorpus.config import Config
from newscorpus.hub_memo import Named, kept_hubs
from newscorpus.model import Article
from newscorpus.pipeline import build_site
from newscorpus.render import unlinked_json
from newscorpus.unlinked_memo import FILE, kept_unlinked

from .test_hub_memo import story
from .test_rebuild_exact import CORPUS as TEXTS


def config_of(tmp_path: Path, **changes: object) -> Config:
    return dataclasses.replace(Config(cache_dir=tmp_path / "cache"), **changes)


def build(articles: Sequence[Article], config: Config, caplog: pytest.LogCaptureFixture) -> str:
    """Make the records with the kept ones, check them against a build from scratch; return what was made again
    ('' for nothing, 'all', or a count)."""
    caplog.clear()
    ordered = sorted(articles, key=lambda a: a.id)
    hashes = {a.id: (a, fingerprint(a)) for a in ordered}
    named: dict[str, Named] = {}
    hubs, _ = kept_hubs(ordered, config, hashes, named=named)
    hub_of = {(hub.kind, hub.name): hub.key for hub in hubs}
    with caplog.at_level(logging.INFO, logger="newscorpus.unlinked_memo"):
        assert kept_unlinked(ordered, hub_of, config, named) == unlinked_json(ordered, hub_of)
    said = [r.getMessage() for r in caplog.records if "without a hub made again" in r.getMessage()]
    return said[0].split()[1] if said else ""


CORPUS = [
    story("a", "Ines Okafor", "Tunde Bello", published="1987-03-02"),
    story("b", "Ines Okafor", published="1987-03-03"),
    story("c", "Tunde Bello", where="Abuja", published="1987-03-04"),
    story("d", "Ines Okafor", where="Abuja"),
    story("e", "Kemi Adeyemi", where="Kano"),
]


def test_an_unchanged_corpus_makes_no_record_again_and_writes_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path, hub_min_articles=3)
    assert build(CORPUS, config, caplog) == "all"
    written = (tmp_path / "cache" / FILE).stat().st_mtime_ns
    assert build(CORPUS, config, caplog) == ""
    assert (tmp_path / "cache" / FILE).stat().st_mtime_ns == written


def test_an_edit_makes_again_only_the_names_it_touches(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path, hub_min_articles=3)
    build(CORPUS, config, caplog)
    edited = [*CORPUS[:4], story("e", "Kemi Adeyemi", "Musa Danjuma", where="Kano")]
    assert build(edited, config, caplog) == "3"  # Kemi Adeyemi, Musa Danjuma and Kano


def test_names_getting_and_losing_a_hub_and_articles_added_and_removed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_of(tmp_path, hub_min_articles=2)
    build(CORPUS, config, caplog)
    # A second article naming Kemi Adeyemi and Kano gives them hubs; removing it takes them away again.
    build([*CORPUS, story("f", "Kemi Adeyemi", where="Kano")], config, caplog)
    build(CORPUS, config, caplog)
    build(CORPUS[1:], config, caplog)  # Tunde Bello loses his hub


def test_a_change_of_config_makes_every_record_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    build(CORPUS, config_of(tmp_path, hub_min_articles=2), caplog)
    assert build(CORPUS, config_of(tmp_path, hub_min_articles=3), caplog) == "all"


def test_a_damaged_file_makes_every_record_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = config_of(tmp_path, hub_min_articles=3)
    build(CORPUS, config, caplog)
    (tmp_path / "cache" / FILE).write_bytes(b"not a cache entry")
    assert build(CORPUS, config, caplog) == "all"


PEOPLE = ("Ines Okafor", "Tunde Bello", "Kemi Adeyemi", "Musa Danjuma", "Ada Eze")
PLACES = ("Lagos", "Abuja", "Kano")


def test_a_seeded_sequence_of_edits_gives_the_records_of_a_build_from_scratch_each_time(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    draw = random.Random(5)
    config = config_of(tmp_path, hub_min_articles=2)
    corpus = {a.id: a for a in CORPUS}
    for step in range(12):
        kind = draw.choice(("edit", "add", "remove") if len(corpus) > 2 else ("edit", "add"))
        if kind == "remove":
            del corpus[draw.choice(sorted(corpus))]
        else:
            key = draw.choice(sorted(corpus)) if kind == "edit" else f"n{step}"
            people = draw.sample(PEOPLE, draw.randint(1, 3))
            corpus[key] = story(key, *people, where=draw.choice(PLACES))
        build(list(corpus.values()), config, caplog)


def test_a_build_keeps_the_records_in_its_cache_folder(tmp_path: Path) -> None:
    # The cache's prune at the end of a build leaves the file, so the next build reads it back.
    (tmp_path / "corpus").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "corpus" / name).write_text(text, encoding="utf-8")
    build_site(Config(corpus_dir=tmp_path / "corpus", out_dir=tmp_path / "docs", cache_dir=tmp_path / "cache"))
    assert (tmp_path / "cache" / FILE).is_file()
