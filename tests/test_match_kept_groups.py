"""Variant groups kept between builds: a rebuild's groups are those a build from scratch finds, after any edits."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import random
import shutil
from pathlib import Path

import pytest

from newscorpus.cache import ArticleCache
from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import Facts, match_articles
from newscorpus.match.kept_groups import FILE, group_key
from newscorpus.model import Article, Source
from newscorpus.pipeline import build_site

from .conftest import copy_project, read_tree

STORIES = (
    (
        "Harbour crane collapses at Tellmark port",
        "TELLMARK (Wirecast) - A container crane collapsed at the port of Tellmark on Monday, injuring two dock "
        "workers and halting traffic at the busiest terminal, the harbour authority said.",
        "The crane toppled onto a moored cargo ship shortly after dawn, harbour master Edda Kvale told reporters, "
        "adding that the cause was not yet known.",
        "Both injured workers were taken to the city hospital with broken bones, a hospital spokeswoman said.",
        "The terminal handles about 40 percent of the port's containers and was expected to stay shut for a week.",
        "Inspectors from the transport ministry arrived in the afternoon to question the crane's operators.",
    ),
    (
        "Orvane growers warn of poor apple harvest",
        "ORVANE (Wirecast) - Apple growers in the Orvane valley expect their smallest harvest in a decade after "
        "a late frost in April killed most of the blossom, their association said on Tuesday.",
        "Association chairman Piet Lorrant said the crop could fall by half to about 60,000 tonnes, forcing "
        "cider makers to buy fruit from abroad.",
        "Growers have asked the regional council for emergency loans to pay seasonal pickers, Lorrant added.",
        "Prices for dessert apples at the valley's wholesale market have already risen by a quarter since May.",
        "The association will meet the agriculture minister in the capital next week to press for aid.",
    ),
    (
        "Velstra airline adds three routes to the south",
        "VELSTRA (Wirecast) - Budget airline Skyfen will fly from Velstra to three southern cities from June, "
        "the carrier said on Wednesday, as it expands beyond its home airport.",
        "Chief executive Mara Denholm said the new routes would need two more aircraft, which the airline will "
        "lease for five years.",
        "Tickets go on sale next Monday, with fares starting at 39 crowns for a one-way seat.",
        "The airport expects the routes to bring about 200,000 extra passengers a year to its new terminal.",
        "Rival carrier Nordair said it had no plans to match the fares on its own southern flights.",
    ),
)
EXTRA = (
    "The company gave no further details.",
    "Officials declined to comment on the figures.",
    "A decision is expected by the end of the month.",
)


def version(story: int, outlet: str, rng: random.Random) -> str:
    """Return an outlet's version of a made-up story: its own headline, maybe a paragraph cut or added."""
    headline, *paragraphs = STORIES[story]
    kept = list(paragraphs)
    if rng.random() < 0.5:
        kept.pop(rng.randrange(2, len(kept)))
    if rng.random() < 0.5:
        kept.append(rng.choice(EXTRA))
    return f"{headline} ({outlet})\n\n" + "\n\n".join(kept) + "\n"


def corpus(rng: random.Random) -> dict[str, str]:
    """Return a made-up corpus: three versions of each story."""
    return {
        f"{outlet}_{story}.txt": version(story, outlet, rng)
        for story in range(len(STORIES))
        for outlet in ("wire", "herald", "courier")
    }


def step(texts: dict[str, str], rng: random.Random, number: int) -> None:
    """Change the corpus as an editor might: a sentence added or changed, an article removed or added."""
    name = rng.choice(sorted(texts))
    kind = rng.choice(("add", "change", "remove", "new"))
    if kind == "add":
        head, _, rest = texts[name].partition("\n\n")
        texts[name] = f"{head}\n\n{rng.choice(EXTRA)} {rest}"
    elif kind == "change":
        texts[name] = texts[name].replace(" said", " stated", 1)
    elif kind == "remove" and len(texts) > 4:
        del texts[name]
    else:
        texts[f"post{number}_{rng.randrange(len(STORIES))}.txt"] = version(rng.randrange(len(STORIES)), "post", rng)


def articles_of(texts: dict[str, str]) -> tuple[list[Article], dict[str, str]]:
    """Return the articles of a corpus and keys standing for their extractions' (their texts' hashes)."""
    articles, keys = [], {}
    for name in sorted(texts):
        found = extract_article(Source(id=Path(name).stem, path=name, text=texts[name]), Config())
        assert found is not None
        articles.append(found)
        keys[found.id] = hashlib.blake2b(texts[name].encode(), digest_size=20).hexdigest()
    return articles, keys


def taken(caplog: pytest.LogCaptureFixture) -> str:
    return next(m for m in reversed(caplog.messages) if "variant groups taken from the last build" in m)


@pytest.fixture(autouse=True)
def logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Let caplog see the package's messages, which a CLI run earlier in the session keeps to its own handler."""
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.INFO, logger="newscorpus")


# A cap of two articles: an n-gram of a third version is common, so edits move n-grams between rare and common.
SMALL_CAP = Config(shingle_df_cap=2, shingle_df_share=0.0)


@pytest.mark.parametrize("config", [Config(), SMALL_CAP], ids=["default", "small-cap"])
def test_every_step_of_random_edits_finds_the_groups_a_build_from_scratch_finds(tmp_path: Path, config: Config) -> None:
    rng = random.Random(7)
    texts = corpus(rng)
    kept = dataclasses.replace(config, cache_dir=tmp_path)
    grouped = 0
    for number in range(12):
        articles, keys = articles_of(texts)
        scratch = match_articles(articles, dataclasses.replace(config, cache_dir=None))
        assert match_articles(articles, kept, keys=keys) == scratch
        grouped += len(scratch.groups)
        step(texts, rng, number)
    assert grouped >= 12


def test_a_second_match_takes_every_group_as_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    articles, keys = articles_of(corpus(random.Random(1)))
    config = Config(cache_dir=tmp_path)
    first = match_articles(articles, config, keys=keys)
    assert len(first.groups) == len(STORIES)
    assert match_articles(articles, config, keys=keys) == first
    assert taken(caplog) == f"match: {len(STORIES)} variant groups taken from the last build, 0 made"


def test_an_edited_member_makes_its_group_again_and_no_other(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    texts = corpus(random.Random(1))
    config = Config(cache_dir=tmp_path)
    first, first_keys = articles_of(texts)
    match_articles(first, config, keys=first_keys)
    texts["herald_1.txt"] = texts["herald_1.txt"].replace("said on Tuesday", "said on Tuesday evening")
    articles, keys = articles_of(texts)
    assert match_articles(articles, config, keys=keys) == match_articles(articles, Config(cache_dir=None))
    assert taken(caplog) == f"match: {len(STORIES) - 1} variant groups taken from the last build, 1 made"


def test_other_facts_make_the_group_again(tmp_path: Path) -> None:
    articles, keys = articles_of(corpus(random.Random(1)))
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    facts = {"courier_2": Facts(outlet="Courier Weekly", date="2024-05-01")}
    found = match_articles(articles, config, facts=facts, keys=keys)
    assert found == match_articles(articles, Config(cache_dir=None), facts=facts)
    assert "Courier Weekly" in {m.outlet for g in found.groups for m in g.members}


def test_a_damaged_file_is_ignored_with_a_warning_and_every_group_made_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    articles, keys = articles_of(corpus(random.Random(1)))
    config = Config(cache_dir=tmp_path)
    match_articles(articles, config, keys=keys)
    (tmp_path / FILE).write_bytes((tmp_path / FILE).read_bytes()[:-20])
    assert match_articles(articles, config, keys=keys) == match_articles(articles, Config(cache_dir=None))
    assert any("ignoring the kept variant groups" in m for m in caplog.messages)
    assert taken(caplog) == f"match: 0 variant groups taken from the last build, {len(STORIES)} made"


def test_groups_kept_under_another_configuration_are_not_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    articles, keys = articles_of(corpus(random.Random(1)))
    match_articles(articles, Config(cache_dir=tmp_path), keys=keys)
    other = dataclasses.replace(Config(cache_dir=tmp_path), paragraph_match=Config().paragraph_match + 0.01)
    found = match_articles(articles, other, keys=keys)
    assert found == match_articles(articles, dataclasses.replace(other, cache_dir=None))
    assert taken(caplog) == f"match: 0 variant groups taken from the last build, {len(STORIES)} made"


def test_a_rebuild_after_each_random_edit_writes_the_docs_of_a_build_from_scratch(tmp_path: Path) -> None:
    rng = random.Random(3)
    project = copy_project(_folder(tmp_path / "project"))
    texts = corpus(rng)
    for number in range(4):
        shutil.rmtree(project / "corpus")
        (project / "corpus").mkdir()
        for name, text in texts.items():
            (project / "corpus" / name).write_text(text, encoding="utf-8")
        build_site(_config(project, project / ".cache"))
        fresh = copy_project(_folder(tmp_path / f"fresh{number}"))
        shutil.rmtree(fresh / "corpus")
        shutil.copytree(project / "corpus", fresh / "corpus")
        build_site(_config(fresh, None))
        assert read_tree(project / "docs") == read_tree(fresh / "docs")
        step(texts, rng, number)


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _config(project: Path, cache: Path | None) -> Config:
    return Config(corpus_dir=project / "corpus", out_dir=project / "docs", cache_dir=cache)


def test_pruning_the_cache_keeps_the_groups(tmp_path: Path) -> None:
    articles, keys = articles_of(corpus(random.Random(1)))
    match_articles(articles, Config(cache_dir=tmp_path), keys=keys)
    ArticleCache(tmp_path, Config(cache_dir=tmp_path)).prune()
    assert (tmp_path / FILE).is_file()


def test_a_shared_paragraph_made_common_elsewhere_makes_the_group_again(tmp_path: Path) -> None:
    headline, *paragraphs = STORIES[0]
    texts = {
        "wire_0.txt": f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n",
        "herald_0.txt": f"{headline} (Herald)\n\n" + "\n\n".join(paragraphs[:4]) + "\n",
    }
    config = dataclasses.replace(SMALL_CAP, cache_dir=tmp_path)
    first, first_keys = articles_of(texts)
    match_articles(first, config, keys=first_keys)
    # A third article printing one of the story's paragraphs makes its n-grams common (in more articles
    # than the cap): the two versions share them only as common copy now.
    other_headline, *other = STORIES[1]
    texts["digest.txt"] = f"{other_headline}\n\n" + "\n\n".join([*other[:2], paragraphs[1]]) + "\n"
    articles, keys = articles_of(texts)
    scratch = match_articles(articles, dataclasses.replace(SMALL_CAP, cache_dir=None))
    assert match_articles(articles, config, keys=keys) == scratch
    assert [m.id for g in scratch.groups for m in g.members] == ["wire_0", "herald_0"]


def test_a_groups_key_reads_its_members_marks_and_pairs() -> None:
    member = ("a", "key-a", b"marks", "Herald", "2024-05-01", None)
    pair = ("a", "b", 0.9)
    key = group_key([member], [pair])
    assert key == group_key([member], [pair])
    assert key != group_key([(*member[:2], b"other", *member[3:])], [pair])
    assert key != group_key([member], [("a", "b", 0.8)])
    assert key != group_key([member], [])
