"""The per-article cache, pages written only when changed, and extraction across processes.

Every case compares a build that used the cache (or worker processes) with a build from scratch
of the same corpus: the docs dir must be the same, byte for byte.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus import cache, pipeline, screen
from newscorpus.config import Config
from newscorpus.extract import extract_articles, gazetteer, run, segment_pages, snapshot
from newscorpus.model import Article, RelatedArticle, SiteLinks, Source, SourceMeta
from newscorpus.pipeline import build_site
from newscorpus.render import Known, PageMemo

from .conftest import copy_project, read_tree, stories_project

# A fixed old time stamped on every file after the first build, to see which files a rebuild touched.
OLD = 1_000_000_000

# The article edited in the rebuild tests: a version of one wire story, so its story's pages change too.
EDITED = "herald_flood.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a project whose corpus holds the seed articles and the syndication fixture's stories."""
    return stories_project(tmp_path / "project")


def config_of(project: Path, **changes: object) -> Config:
    """Return the config of a build of project, its cache in the project's .cache folder."""
    return dataclasses.replace(Config(corpus_dir=project / "corpus", out_dir=project / "docs"), **changes)  # type: ignore[arg-type]


def from_scratch(project: Path, tmp_path: Path) -> dict[str, bytes]:
    """Return the docs dir a build with no cache and no previous docs makes of project's corpus."""
    (tmp_path / "fresh").mkdir()
    fresh = copy_project(tmp_path / "fresh")
    shutil.rmtree(fresh / "corpus")
    shutil.copytree(project / "corpus", fresh / "corpus")
    build_site(config_of(fresh, cache_dir=None, workers=1))
    return read_tree(fresh / "docs")


@pytest.fixture(autouse=True)
def logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Let caplog see the package's warnings, which a CLI run earlier in the session keeps to its own handler."""
    monkeypatch.setattr(logging.getLogger("newscorpus"), "propagate", True)
    caplog.set_level(logging.WARNING, logger="newscorpus")


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list of source paths extracted (not taken from the cache), filled as builds run."""
    done: list[str] = []
    real = run.extract_article

    def counted(source: Source, *args: object) -> Article | None:
        done.append(source.path)
        return real(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "extract_article", counted)
    return done


def stamp_old(docs: Path) -> None:
    """Give every file in docs the same old modification time."""
    for path in docs.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(OLD, OLD))


def test_warm_build_reads_the_cache_and_gives_the_same_docs(
    project: Path, tmp_path: Path, extractions: list[str]
) -> None:
    build_site(config_of(project))
    cold = read_tree(project / "docs")
    assert len(extractions) == len(list((project / "corpus").iterdir()))
    extractions.clear()
    stamp_old(project / "docs")
    build_site(config_of(project))
    # Nothing extracted again, nothing written again, and the same site as a build from scratch.
    assert extractions == []
    assert read_tree(project / "docs") == cold == from_scratch(project, tmp_path)
    assert all(p.stat().st_mtime_ns == OLD for p in (project / "docs").rglob("*") if p.is_file())


def test_editing_one_article_rewrites_only_the_pages_it_changes(
    project: Path, tmp_path: Path, extractions: list[str]
) -> None:
    build_site(config_of(project))
    before = read_tree(project / "docs")
    stamp_old(project / "docs")
    edited = project / "corpus" / EDITED
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n\n", " Rescue teams worked overnight.\n\n", 1))
    extractions.clear()
    build_site(config_of(project))
    after = read_tree(project / "docs")
    assert extractions == [EDITED]
    assert after == from_scratch(project, tmp_path)
    changed = {path for path in after if before.get(path) != after[path]}
    touched = {p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*") if p.is_file()}
    touched = {path for path in touched if (project / "docs" / path).stat().st_mtime_ns != OLD}
    # Exactly the files whose bytes changed were written: the edited article's page among them,
    # the other articles' pages and the hand-written files left alone.
    assert touched == changed
    assert "articles/herald-flood.md" in changed
    assert "articles/courier-mine.md" not in changed
    assert "stylesheets/extra.css" not in changed


def test_edits_additions_and_removals_rebuild_to_the_cold_build(project: Path, tmp_path: Path) -> None:
    # Every shortcut of a rebuild (articles from the cache, pages kept from the previous build)
    # must give the docs dir a build from scratch of the changed corpus gives.
    build_site(config_of(project))
    corpus = project / "corpus"
    edited = corpus / EDITED
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n\n", " Rescue teams worked overnight.\n\n", 1))
    # A new version of the flood story, so its story's pages and its hubs change too.
    wire = (corpus / "wire_flood.txt").read_text(encoding="utf-8")
    (corpus / "echo_flood.txt").write_text(wire.replace("\n\n", " Roads were closed.\n\n", 1), encoding="utf-8")
    (corpus / "courier_mine.txt").unlink()
    build_site(config_of(project))
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)
    # Back as it was: the first build's pages, kept or rendered again, are the same as well.
    (corpus / "echo_flood.txt").unlink()
    stamp_old(project / "docs")
    build_site(config_of(project))
    shutil.rmtree(tmp_path / "fresh")
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_a_damaged_file_of_kept_pages_is_rendered_again(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build_site(config_of(project))
    kept = sorted((project / ".cache" / "newscorpus" / "pages").iterdir())
    assert kept
    for path in kept:
        path.write_bytes(damage_flip(path.read_bytes()))
    build_site(config_of(project))
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)
    assert any("ignoring the kept pages (damaged: its checksum does not match)" in m for m in caplog.messages)


def test_a_removed_article_page_is_removed_and_the_rest_kept(project: Path, tmp_path: Path) -> None:
    build_site(config_of(project))
    (project / "corpus" / "courier_mine.txt").unlink()
    build_site(config_of(project))
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def damage_truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def damage_flip(data: bytes) -> bytes:
    return data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]


def damage_empty(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        # Cut short, as by a full disk or a killed write: the checksum no longer matches.
        (damage_truncate, "damaged: its checksum does not match"),
        # One byte changed inside the pickled article.
        (damage_flip, "damaged: its checksum does not match"),
        # Emptied: not an entry at all.
        (damage_empty, "not a cache entry of this version"),
    ],
)
def test_a_damaged_cache_entry_is_extracted_again_with_a_warning(
    project: Path,
    caplog: pytest.LogCaptureFixture,
    extractions: list[str],
    damage: Callable[[bytes], bytes],
    reason: str,
) -> None:
    build_site(config_of(project))
    cold = read_tree(project / "docs")
    entries = sorted((project / ".cache" / "newscorpus" / f"v{cache.FORMAT}").rglob("*"), key=lambda p: p.name)
    entry = next(p for p in entries if p.is_file() and b"herald_flood.txt" in p.read_bytes())
    entry.write_bytes(damage(entry.read_bytes()))
    # Without the last build's merged articles, the build reads every article's entry.
    shutil.rmtree(project / ".cache" / "newscorpus" / snapshot.FOLDER)
    extractions.clear()
    build_site(config_of(project))
    assert extractions == [EDITED]
    assert f"{EDITED}: ignoring its cache entry {entry} ({reason}); extracting the article again" in caplog.messages
    assert read_tree(project / "docs") == cold
    # The entry is written again, whole: the next build reads it without a warning.
    caplog.clear()
    extractions.clear()
    build_site(config_of(project))
    assert extractions == []
    assert not [m for m in caplog.messages if "cache entry" in m]


def test_an_unreadable_cache_folder_is_never_fatal(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The cache folder is a file: nothing can be kept, and the site is built all the same.
    (project / "cache").write_text("not a folder", encoding="utf-8")
    build_site(config_of(project, cache_dir=Path("cache")))
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)
    assert any("cannot write to the cache" in m for m in caplog.messages)


@pytest.mark.parametrize(
    ("change", "extracted_again"),
    [
        # Read by extraction (reading time): every article is extracted again.
        ({"words_per_minute": 20}, 10),
        # Read by extraction (the place gazetteer it loads).
        ({"min_place_population": 500_000}, 10),
        # Read only by later stages (related articles, pages, matching): the cache still holds.
        ({"related_limit": 2}, False),
        ({"min_containment": 0.9}, False),
        ({"workers": 2}, False),
    ],
)
def test_a_change_of_config_read_by_extraction_invalidates(
    project: Path, tmp_path: Path, extractions: list[str], change: dict[str, object], extracted_again: bool
) -> None:
    build_site(config_of(project))
    extractions.clear()
    build_site(config_of(project, **change))
    assert len(extractions) == (len(list((project / "corpus").iterdir())) if extracted_again else 0)
    (tmp_path / "fresh").mkdir()
    fresh = copy_project(tmp_path / "fresh")
    shutil.rmtree(fresh / "corpus")
    shutil.copytree(project / "corpus", fresh / "corpus")
    build_site(config_of(fresh, cache_dir=None, **change))
    assert read_tree(project / "docs") == read_tree(fresh / "docs")


def test_every_field_left_out_of_the_version_is_a_config_field() -> None:
    fields = {f.name for f in dataclasses.fields(Config)}
    assert fields >= cache._NOT_READ_BY_EXTRACTION


def test_the_code_version_follows_the_package_files(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "module.py").write_text("RULE = 1\n", encoding="utf-8")
    first = cache.files_version(package)
    assert cache.files_version(package) == first
    (package / "module.py").write_text("RULE = 2\n", encoding="utf-8")
    assert cache.files_version(package) != first


def test_the_code_version_is_read_once_and_every_memo_version_follows_it() -> None:
    cache.code_version()
    before = cache.code_version.cache_info()
    config = Config()
    kept = cache.memo_version(config)
    assert cache.memo_version(config) == kept
    assert cache.memo_version(dataclasses.replace(config, min_shared_shingles=99)) != kept
    assert cache.memo_version(config, ignore={"min_shared_shingles"}) == cache.memo_version(
        dataclasses.replace(config, min_shared_shingles=99), ignore={"min_shared_shingles"}
    )
    # Where the files are and how many processes build them make nothing else.
    assert cache.memo_version(dataclasses.replace(config, out_dir=Path("elsewhere"), workers=1)) == kept
    assert cache.code_version.cache_info().misses == before.misses


def test_no_cache_keeps_nothing(project: Path) -> None:
    build_site(config_of(project, cache_dir=None))
    assert not (project / ".cache").exists()


def test_workers_give_the_same_docs_as_one_process(project: Path, tmp_path: Path, extractions: list[str]) -> None:
    # Every article through the pool of two processes, however few: the pool's own path is tested.
    build_site(config_of(project, cache_dir=None, workers=2, parallel_min_articles=1))
    # Extracted in the workers, not in this process (whose counter they do not share).
    assert extractions == []
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_workers_keep_and_screen_what_they_extract(
    project: Path, tmp_path: Path, extractions: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker writes each article's cache entry and makes the screen's verdict on it: this process
    # makes no verdict, and the entries are those one process keeps.
    verdicts_here: list[str] = []
    real = screen.non_article_reason

    def noted(article: Article, config: Config) -> str | None:
        verdicts_here.append(article.id)
        return real(article, config)

    monkeypatch.setattr(screen, "non_article_reason", noted)
    build_site(config_of(project, cache_dir=tmp_path / "two", workers=2, parallel_min_articles=1))
    assert verdicts_here == []
    build_site(config_of(project, cache_dir=tmp_path / "one", workers=1))
    assert verdicts_here != []  # made in this process when it extracts alone
    assert extractions != []
    entries = {
        folder: {
            p.name: cache.decode_entry(p.read_bytes()) for p in (tmp_path / folder / "v1").rglob("*") if p.is_file()
        }
        for folder in ("one", "two")
    }
    assert entries["two"] == entries["one"]
    assert len(entries["two"]) > len(extractions)  # every article's, the gazetteer's tables besides


def test_stories_are_matched_in_a_second_process_while_names_are_merged(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Matching reads nothing the merge of names changes: it runs beside it, on the articles as
    # extracted, and finds the groups a build in one process finds (with and without a cache).
    matched_in: list[int] = []
    real = pipeline.match_articles

    def noted(*args: object, **kwargs: object) -> object:
        (tmp_path / "matched-in").write_text(str(os.getpid()))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "match_articles", noted)
    for cache_dir in (None, project / ".cache"):
        build_site(config_of(project, cache_dir=cache_dir, workers=2, parallel_min_articles=1))
        matched_in.append(int((tmp_path / "matched-in").read_text()))
        (tmp_path / str(len(matched_in))).mkdir()
        assert read_tree(project / "docs") == from_scratch(project, tmp_path / str(len(matched_in)))
    assert os.getpid() not in matched_in
    # One process: matched here, when asked for, with the same docs.
    build_site(config_of(project, cache_dir=None, workers=1))
    assert int((tmp_path / "matched-in").read_text()) == os.getpid()
    (tmp_path / "one").mkdir()
    assert read_tree(project / "docs") == from_scratch(project, tmp_path / "one")


def web_page(n: int, story: str) -> str:
    """Return a scraped page: the site's menu and footer around one story (invented text)."""
    menu = "Home\nWorld\nBusiness\nSport\nSubscribe to our newsletter"
    footer = "Copyright 2024 Harbour Press Ltd. All rights reserved.\nContact us | Privacy | Terms"
    return f"{menu}\nStory number {n} makes the news today\n{story}\n{footer}\n"


STORIES = [
    "The harbour authority said on Tuesday that cargo volumes rose by a tenth in the first half, "
    "helped by new routes to ports in the north. Officials expect the growth to continue this year.",
    "Farmers in the valley began the grape harvest a week early after a dry and warm summer, the "
    "growers' association said. Yields are expected to be lower but the quality high.",
    "The city council approved a plan to rebuild the old market hall, which was damaged by fire "
    "last spring. Work will start in March and take two years, the mayor said on Monday.",
    "A regional airline will add three daily flights between the two largest cities from next "
    "month, it said in a statement. Tickets go on sale on Friday, the company said.",
]


def test_extraction_is_that_of_the_corpus_wide_labelling(tmp_path: Path) -> None:
    # Pages of one site around their stories: extraction page by page, with the corpus's repeated
    # blocks handed to each page, cold, from the cache or with none, is what labelling the whole
    # corpus at once and then extracting gives.
    sources = [
        Source(id=f"page-{n}", path=f"page-{n}.txt", text=web_page(n, story)) for n, story in enumerate(STORIES * 2)
    ]
    config = Config(out_dir=tmp_path / "docs", workers=1)
    expected = extract_articles(sources, config, segment_pages(sources, config))
    assert expected.articles
    assert all("Subscribe" not in b.text for a in expected.articles for b in a.blocks)
    assert run.extract_corpus(sources, config) == expected  # cold: the cache filled
    assert run.extract_corpus(sources, config) == expected  # warm: every article from the cache
    assert run.extract_corpus(sources, dataclasses.replace(config, cache_dir=None)) == expected


def test_the_gazetteer_tables_are_kept_and_made_again_when_damaged(
    project: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    made: list[int] = []
    real = run.build_tables

    def counted(min_population: int) -> gazetteer.Tables:
        made.append(min_population)
        return real(min_population)

    monkeypatch.setattr(run, "build_tables", counted)
    config = config_of(project)
    build_site(config)
    cold = read_tree(project / "docs")
    assert made == [config.min_place_population]
    build_site(config)
    assert made == [config.min_place_population]
    assert gazetteer.load_gazetteer(config.min_place_population) == real(config.min_place_population).gazetteer
    entries = [p for p in (project / ".cache" / "newscorpus").rglob("*") if p.is_file()]
    (entry,) = [p for p in entries if b"newscorpus.extract.gazetteer" in p.read_bytes()]
    entry.write_bytes(damage_flip(entry.read_bytes()))
    build_site(config)
    assert len(made) == 2
    assert any("ignoring the cache entry of gazetteer" in m for m in caplog.messages)
    assert read_tree(project / "docs") == cold


def test_a_build_leaves_the_cycle_collector_as_it_found_it(project: Path) -> None:
    build_site(config_of(project, cache_dir=None))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_kept_page_is_rendered_again_when_what_it_read_changes(tmp_path: Path) -> None:
    links = SiteLinks(group_of={"a": "g"}, groups={}, articles={}, hub_of={("place", "Oslo"): "place/oslo"})
    config = Config()
    calls: list[str] = []

    def one(seen: SiteLinks) -> str:
        calls.append("one")
        return f"{seen.group_of.get('a')} {seen.hub_of.get(('place', 'Oslo'))} {seen.group_of.get('b')}"

    def every(seen: SiteLinks) -> str:
        calls.append("every")
        return ",".join(sorted(seen.group_of))

    def build(links: SiteLinks) -> tuple[str, str]:
        memo = PageMemo(tmp_path, config, links)
        made = memo.kept("one", one), memo.kept("every", every)
        memo.save()
        return made

    assert build(links) == ("g place/oslo None", "a")
    assert calls == ["one", "every"]
    calls.clear()
    # Nothing it read changed: kept. A page that walked a whole table is never kept.
    assert build(dataclasses.replace(links, hub_of={**links.hub_of, ("place", "Rome"): "place/rome"})) == (
        "g place/oslo None",
        "a",
    )
    assert calls == ["every"]
    calls.clear()
    # A key it looked up and did not find is now there: rendered again.
    assert build(dataclasses.replace(links, group_of={"a": "g", "b": "h"})) == ("g place/oslo h", "a,b")
    assert calls == ["one", "every"]


def test_every_field_of_an_articles_metadata_is_in_its_key(tmp_path: Path) -> None:
    kept = cache.ArticleCache(tmp_path, Config())
    source = Source(id="a", path="a.md", text="Text.")
    keys = {kept.key(source, ())}
    for field in dataclasses.fields(SourceMeta):
        value = ("tag",) if field.name == "tags" else "value"
        keys.add(kept.key(dataclasses.replace(source, meta=SourceMeta(**{field.name: value})), ()))
    assert len(keys) == len(dataclasses.fields(SourceMeta)) + 1


def test_a_digest_made_already_is_taken_only_for_the_very_value_it_was_made_of(tmp_path: Path) -> None:
    related = (RelatedArticle("b", 1.0, ("Oslo",)),)
    links = SiteLinks(group_of={}, groups={}, articles={}, hub_of={}, related={"a": related})
    calls: list[str] = []

    def page(seen: SiteLinks) -> str:
        calls.append("page")
        return repr(seen.related["a"])

    def build(links: SiteLinks, known: Known) -> str:
        memo = PageMemo(tmp_path, Config(), links, known=known)
        made = memo.kept("page", page)
        memo.save()
        return made

    # The digest given for the list itself is the one the page keeps, shared with the memos given the same.
    known: Known = {("related", "a"): (related, b"kept")}
    build(links, known)
    assert known[("related", "a")] == (related, b"kept")
    # Another list, equal or not, with the old digest given for another object: hashed, and rendered again.
    other = (RelatedArticle("c", 1.0, ("Oslo",)),)
    assert build(dataclasses.replace(links, related={"a": other}), known) == repr(other)
    assert calls == ["page", "page"]
    assert known[("related", "a")] == (other, cache.fingerprint(other))
