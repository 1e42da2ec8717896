"""A rebuild after each kind of edit gives the docs dir a build from scratch gives, byte for byte, and
writes only the files whose bytes changed: an entity's hub losing its only other mention, an article
joining or leaving a story, a hub's name changing, an article added or removed or moving to another
archive month."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from newscorpus.config import Config
from newscorpus.pipeline import build_site

from .conftest import copy_project, read_tree

# A fixed old time stamped on every file after a build, to see which files the next build touched.
OLD = 1_000_000_000

FERRY = (
    "Ferry operator Nordvik orders two electric ships\n\n"
    "OSLO (Reuters) - Nordvik Shipping ordered two battery-powered ferries on Monday, its chief executive "
    "Ingrid Solberg said, in a deal worth about 900 million crowns.\n\n"
    "Solberg said the ships would serve the fjord routes from 2027 and cut the company's fuel bill by half.\n\n"
    "The order went to a yard in Bergen, which beat bids from Poland and Turkey.\n"
)
STRIKE = (
    "Dock workers strike at Bergen port\n\n"
    "BERGEN, Norway (Reuters) - Dock workers walked out at the port of Bergen on Tuesday, union leader "
    "Tomas Berg said, halting container traffic for a day.\n\n"
    "Ingrid Solberg of Nordvik Shipping said her ferries would keep sailing.\n\n"
    "Berg said the union wanted a wage rise of 6 percent.\n"
)
TALKS = (
    "Union and employers meet in Oslo\n\n"
    "OSLO (Reuters) - Union leader Tomas Berg met employers in Oslo on Wednesday to end a dock strike, "
    "both sides said.\n\n"
    "Berg told reporters the talks had gone well and would resume on Friday.\n"
)
SALMON = (
    "Salmon prices climb on strong demand\n\n"
    "TROMSO, Norway (Reuters) - Salmon export prices rose for a third week, the seafood council said on "
    "Thursday, as demand from Asia stayed strong.\n\n"
    "Exporters sold 20,000 tonnes last week, up 8 percent from a year earlier.\n"
)
CORPUS = {
    "ferry_wire.txt": FERRY,
    "ferry_herald.txt": FERRY.replace("Turkey.", "Turkey. Shares rose 3 percent."),
    "port_strike.txt": STRIKE,
    "union_talks.txt": TALKS,
    "salmon_prices.txt": SALMON,
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a project whose corpus is the made-up stories above, built once with a cache."""
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "corpus")
    (project / "corpus").mkdir()
    for name, text in CORPUS.items():
        (project / "corpus" / name).write_text(text, encoding="utf-8")
    build_site(config_of(project))
    return project


def config_of(project: Path, cache: bool = True, **changes: Any) -> Config:
    cache_dir = project / ".cache" if cache else None
    return Config(corpus_dir=project / "corpus", out_dir=project / "docs", cache_dir=cache_dir, **changes)


def rebuild(
    project: Path, tmp_path: Path, edits: dict[str, str | None], **changes: Any
) -> tuple[dict[str, bytes], set[str]]:
    """Apply edits (new text, or None to remove), rebuild with the cache, check the docs dir is a build from
    scratch's, and return it with the files the rebuild wrote or removed."""
    docs = project / "docs"
    before = read_tree(docs)
    for path in docs.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(OLD, OLD))
    for name, text in edits.items():
        if text is None:
            (project / "corpus" / name).unlink()
        else:
            (project / "corpus" / name).write_text(text, encoding="utf-8")
    build_site(config_of(project, **changes))
    after = read_tree(docs)
    fresh = tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}"
    fresh.mkdir()
    copy_project(fresh)
    shutil.rmtree(fresh / "corpus")
    shutil.copytree(project / "corpus", fresh / "corpus")
    build_site(config_of(fresh, cache=False))
    assert after == read_tree(fresh / "docs")
    touched = {path for path in after if (docs / path).stat().st_mtime_ns != OLD}
    changed = {path for path in set(after) | set(before) if before.get(path) != after.get(path)}
    # Only the files whose bytes changed were written (or removed); every other keeps its time.
    assert touched == {path for path in changed if path in after}
    return after, changed


def test_an_edit_to_an_unrelated_article_rewrites_its_own_pages_only(project: Path, tmp_path: Path) -> None:
    _, changed = rebuild(project, tmp_path, {"salmon_prices.txt": SALMON.replace("strong.", "strong. Ships wait.")})
    assert "articles/salmon-prices.md" in changed
    assert "articles/ferry-wire.md" not in changed
    assert "people/ingrid-solberg.md" not in changed


def test_removing_a_hubs_only_other_mention_removes_the_hub(project: Path, tmp_path: Path) -> None:
    docs, changed = rebuild(project, tmp_path, {"union_talks.txt": None})
    assert "people/tomas-berg.md" in changed
    assert "people/tomas-berg.md" not in docs
    assert "articles/port-strike.md" in changed


def test_an_article_joining_and_leaving_a_story(project: Path, tmp_path: Path) -> None:
    # A second version of the strike story joins it to a story of its own.
    docs, _ = rebuild(project, tmp_path, {"port_strike_gazette.txt": STRIKE.replace("a day.", "a day and a night.")})
    stories = {path for path in docs if path.startswith("syndication/story-")}
    assert len(stories) == 2
    # The ferry story's second version becomes another story: the ferry story is gone.
    docs, _ = rebuild(project, tmp_path, {"ferry_herald.txt": SALMON.replace("Salmon", "Cod")})
    assert len({path for path in docs if path.startswith("syndication/story-")}) == 1


def test_a_hubs_name_changing_in_every_article_naming_it(project: Path, tmp_path: Path) -> None:
    renamed = {name: CORPUS[name].replace("Ingrid Solberg", "Ingrid Kari Solberg") for name in CORPUS}
    docs, changed = rebuild(project, tmp_path, renamed)
    assert "people/ingrid-solberg.md" in changed
    assert "people/ingrid-kari-solberg.md" in docs
    assert "articles/salmon-prices.md" not in changed


def test_a_rebuild_with_nothing_changed_writes_nothing(project: Path, tmp_path: Path) -> None:
    _, changed = rebuild(project, tmp_path, {})
    assert changed == set()


def test_stories_matched_in_a_second_process_give_the_same_rebuild(project: Path, tmp_path: Path) -> None:
    # The groups come back from a process matching while the names are merged and the hubs made
    # with their hashes (pipeline.py, beside.py).
    docs, changed = rebuild(project, tmp_path, {"union_talks.txt": None}, workers=2, parallel_min_articles=1)
    assert "people/tomas-berg.md" not in docs
    assert "articles/salmon-prices.md" not in changed


def test_an_article_moving_to_another_archive_month(project: Path, tmp_path: Path) -> None:
    docs, _ = rebuild(project, tmp_path, {"salmon_prices.yml": "date: 2024-03-05\n"})
    march = {path for path in docs if path.startswith("archive/dates/") and "2024-03" in path}
    assert march
    docs, changed = rebuild(project, tmp_path, {"salmon_prices.yml": "date: 2024-04-02\n"})
    assert march <= changed  # the March list is gone, an April one made
    assert any(path.startswith("archive/dates/") and "2024-04" in path for path in docs)
    assert "articles/ferry-wire.md" not in changed


def test_an_edit_renaming_an_entity_that_unedited_articles_name(project: Path, tmp_path: Path) -> None:
    # The fuller name in one article becomes the name the merge gives Berg in the strike story, not edited.
    docs, changed = rebuild(project, tmp_path, {"union_talks.txt": TALKS.replace("Tomas Berg", "Tomas Olav Berg")})
    assert "people/tomas-olav-berg.md" in docs
    assert "people/tomas-berg.md" not in docs
    assert "articles/port-strike.md" in changed
    assert "articles/salmon-prices.md" not in changed


# Sentences a seeded sequence of edits adds; names shared with the corpus above join or leave hubs and stories.
SENTENCES = (
    "Ingrid Solberg declined to comment.",
    "Tomas Berg said talks would go on.",
    "Prices fell 2 percent in Bergen.",
    "Nordvik Shipping shares were unchanged.",
    "The council in Tromso gave no figures.",
)


def test_a_seeded_sequence_of_edits_adds_and_removals_gives_a_build_from_scratch_each_time(
    project: Path, tmp_path: Path
) -> None:
    draw = random.Random(11)
    texts = dict(CORPUS)
    for step in range(6):
        kind = draw.choice(("edit", "edit", "add", "remove") if len(texts) > 3 else ("edit", "add"))
        name = draw.choice(sorted(texts))
        if kind == "remove":
            del texts[name]
            edits: dict[str, str | None] = {name: None}
        else:
            head, _, body = texts[name].partition("\n\n")
            paragraphs = body.rstrip("\n").split("\n\n")
            at = draw.randrange(len(paragraphs))
            paragraphs[at] += " " + draw.choice(SENTENCES)
            text = f"{head}\n\n" + "\n\n".join(paragraphs) + "\n"
            if kind == "add":
                name = f"added_{step}.txt"
            texts[name] = text
            edits = {name: text}
        rebuild(project, tmp_path, edits)  # checked against a build from scratch


def test_a_project_moved_elsewhere_and_built_with_other_workers_keeps_its_cache(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    moved = tmp_path / "moved"
    shutil.copytree(project, moved)
    shutil.rmtree(project)
    caplog.set_level("INFO", logger="newscorpus")
    build_site(config_of(moved, workers=1))
    said = caplog.text
    # Nothing the site is made of changed, so every stage takes what the cache holds.
    assert "pages: 0 rendered" in said
    assert "link: 0 of" in said
    assert ", 0 made" in said  # variant groups
    assert read_tree(moved / "docs") == _from_scratch(moved, tmp_path)


def test_a_setting_of_what_the_site_holds_makes_its_pages_again(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="newscorpus")
    build_site(config_of(project, site_name="Another name"))
    assert "pages: 0 rendered" not in caplog.text


def _from_scratch(project: Path, tmp_path: Path) -> dict[str, bytes]:
    fresh = tmp_path / "scratch"
    fresh.mkdir()
    copy_project(fresh)
    shutil.rmtree(fresh / "corpus")
    shutil.copytree(project / "corpus", fresh / "corpus")
    build_site(config_of(fresh, cache=False))
    return read_tree(fresh / "docs")


def test_a_page_whose_kept_content_is_damaged_and_whose_file_is_gone_is_rendered_again(
    project: Path, tmp_path: Path
) -> None:
    bodies = sorted((project / ".cache" / "pages").glob("*.body"))
    assert bodies
    for body in bodies:  # the kept pages' contents, truncated
        body.write_bytes(body.read_bytes()[:-5])
    page = sorted((project / "docs" / "articles").glob("*.md"))[0]
    page.unlink()  # read from its kept content, which cannot be: rendered again
    _, changed = rebuild(project, tmp_path, {})
    assert changed == {page.relative_to(project / "docs").as_posix()}
