"""A rebuild after one edit gives the docs dir a build from scratch gives, whichever way it merges names.

The last build's merged articles are kept with a record of what the corpus-wide merge read and
decided (extract/snapshot.py, extract/corpus/memo.py): an edit that leaves those reads alone
is merged from the record, any other runs the merge again. Either way the site is the cold build's.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus import cache
from newscorpus.config import Config
from newscorpus.extract import snapshot
from newscorpus.extract.corpus import memo
from newscorpus.extract.corpus.state import holds, read_text
from newscorpus.extract.identity import Vocabulary
from newscorpus.extract.run import extract_unmerged, merge_unkept
from newscorpus.load import LoadMemo, load_corpus
from newscorpus.model import Article, Block, Entity, SiteLinks
from newscorpus.pipeline import build_site
from newscorpus.render import memo as page_memo
from newscorpus.render import search

from .conftest import FIXTURES, copy_project, read_tree, stories_project

EDITED = "herald_flood.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a project whose corpus holds the seed articles and the syndication fixture's stories."""
    return stories_project(tmp_path / "project")


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Return a list that grows by one each time the merge's steps run."""
    ran: list[int] = []
    real = memo.join_across_corpus

    def counted(corpus: memo.Corpus) -> None:
        ran.append(len(corpus.articles))
        real(corpus)

    monkeypatch.setattr(memo, "join_across_corpus", counted)
    return ran


def config_of(project: Path, **changes: object) -> Config:
    return dataclasses.replace(Config(corpus_dir=project / "corpus", out_dir=project / "docs"), **changes)  # type: ignore[arg-type]


def from_scratch(project: Path, tmp_path: Path) -> dict[str, bytes]:
    """Return the docs dir a build with no cache makes of project's corpus."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir()
    copy_project(fresh)
    shutil.rmtree(fresh / "corpus")
    shutil.copytree(project / "corpus", fresh / "corpus")
    build_site(config_of(fresh, cache_dir=None, workers=1))
    return read_tree(fresh / "docs")


def _summit(_: str) -> str:
    """Return the summit story's first paragraphs: the flood article becomes a version of another story."""
    wire = (FIXTURES / "syndication" / "wire_summit.txt").read_text(encoding="utf-8")
    return "\n\n".join(wire.split("\n\n")[:5]) + "\n"


EDITS: list[tuple[Callable[[str], str], bool]] = [
    # Body text only, no name: what the merge read is unchanged, so it is given from its record.
    (lambda text: text.replace("\n\n", " Water was still rising late on Monday.\n\n", 1), False),
    # A name the article writes already, written again: only how often it is named changed, which
    # the merge reads only to choose between names tied for a canonical one, so it is given from its record.
    # (Named more often than another of its kind, it would come first among them, which the merge reads.)
    (lambda text: text.replace("\n\n", " Dorin Recean spoke again.\n\n", 2), False),
    # A name added: the article's entities changed, so the merge runs again.
    (lambda text: text.replace("\n\n", " Prime Minister Vlad Filat flew to Costesti.\n\n", 1), True),
    # A name's word written in lower case again and again: whether it is a common word may change.
    (lambda text: text.replace("\n\n", " " + "The prut rose. " * 12 + "\n\n", 1), None),
    # Another story's text: the article leaves its story's group for another.
    (_summit, True),
]


@pytest.mark.parametrize(("edit", "merged_again"), EDITS)
def test_a_rebuild_after_one_edit_is_the_cold_build(
    project: Path, tmp_path: Path, merges: list[int], edit: Callable[[str], str], merged_again: bool | None
) -> None:
    build_site(config_of(project))
    assert len(merges) == 1
    path = project / "corpus" / EDITED
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    build_site(config_of(project))
    if merged_again is not None:
        assert len(merges) == (2 if merged_again else 1)
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)
    # And back: the record kept after the edit gives the first corpus's site.
    path.write_text((FIXTURES / "syndication" / EDITED).read_text(encoding="utf-8"), encoding="utf-8")
    build_site(config_of(project))
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def _article(text: str, *, bank: bool = False) -> Article:
    """Return an article naming the river Prut, or with bank the initials BIL, in one paragraph of text."""
    article = Article("a", "a.txt", "Flood", False, None, (Block("paragraph", text),), 3, 1)
    if bank:
        return dataclasses.replace(article, organizations=(Entity("organization", "BIL", (), 1),))
    return dataclasses.replace(article, places=(Entity("place", "Prut", (), 1),))


def test_the_merge_runs_again_when_a_word_count_answer_changes() -> None:
    # "Prut" is a name while the corpus writes it capitalised; written in lower case often enough,
    # it is a common word, and the merge's decisions may differ.
    old = _article("The Prut rose.")
    merged, record = memo.merge_recorded([old], Config())
    assert memo.remerge(record, {0: (merged[0], _article("The Prut rose. It rose again."))}, Config()) is not None
    _, record = memo.merge_recorded([old], Config())
    record.answers[("is_common", "Prut", 0.5, 3)] = False
    common = _article("The Prut rose. " + "The prut rose. " * 12)
    assert Vocabulary(["The prut rose. " * 12]).is_common("Prut", 0.5, 3)
    assert memo.remerge(record, {0: (merged[0], common)}, Config()) is None


def test_an_edit_to_a_text_the_merge_read_keeps_the_merge_while_each_answer_it_read_stands() -> None:
    # Initials are looked up in brackets in their article's text: the step asks whether the text writes
    # "(BIL)", and only that answer is kept, so a sentence added elsewhere keeps the merge; dropping the
    # bracket changes the answer, and the merge runs again.
    old = _article("Banque Internationale a Luxembourg SA (BIL) said it would grow.", bank=True)
    merged, record = memo.merge_recorded([old], Config())
    assert record.questions[0][(read_text, holds, "(BIL)")] is True
    added = _article("Banque Internationale a Luxembourg SA (BIL) said it would grow. Shares rose.", bank=True)
    assert memo.remerge(record, {0: (merged[0], added)}, Config()) is not None
    dropped = _article("Banque Internationale a Luxembourg SA said BIL would grow.", bank=True)
    assert memo.remerge(record, {0: (merged[0], dropped)}, Config()) is None


def test_the_merge_reads_word_counts_only_through_questions() -> None:
    # A count read directly would go unnoted, and a rebuild could keep a decision it no longer makes.
    noted = memo._NotedVocabulary(Vocabulary(["Prut"]), {})
    with pytest.raises(AttributeError):
        noted.capital["prut"]
    assert noted.capitalised_ranks(("prut", "flood")) == (1, 0)


def test_a_word_written_once_more_keeps_the_merge_when_no_word_changes_its_standing() -> None:
    # A tie between two names is broken by their rarest words, asked as standings: "The" written
    # once more counts "the" one higher, and "the" stays the commoner of the two words asked.
    old = _article("The Prut rose. The flood.")
    merged, record = memo.merge_recorded([old], Config())
    record.answers[("capitalised_ranks", ("prut", "the"))] = (1, 2)
    edited = _article("The Prut rose. The flood. The water fell.")
    assert memo.remerge(record, {0: (merged[0], edited)}, Config()) is not None


def test_a_damaged_file_of_merged_articles_is_ignored(project: Path, tmp_path: Path, merges: list[int]) -> None:
    # A shard cut short: the snapshot is not trusted, the articles' entries are read and merged again.
    build_site(config_of(project))
    shard = project / ".cache" / "newscorpus" / snapshot.FOLDER / "000"
    shard.write_bytes(shard.read_bytes()[:-20])
    build_site(config_of(project))
    assert len(merges) == 2
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_the_merged_articles_kept_by_a_second_process_give_the_rebuild(
    project: Path, tmp_path: Path, merges: list[int]
) -> None:
    # On two cores the merged corpus is kept beside the later stages, in a forked process: the next build
    # reads it back, so an edit to body text only is merged from the record, and the site is the cold build's.
    parallel = {"workers": 2, "parallel_min_articles": 1}
    build_site(config_of(project, **parallel))
    path = project / "corpus" / EDITED
    path.write_text(EDITS[0][0](path.read_text(encoding="utf-8")), encoding="utf-8")
    build_site(config_of(project, **parallel))
    assert len(merges) == 1
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_the_merge_keeps_its_articles_only_when_its_keeping_runs(project: Path) -> None:
    # The merge hands back the work of keeping what it made; until that runs, nothing is kept.
    config = config_of(project)
    unmerged = extract_unmerged(load_corpus(config, LoadMemo(config.cache_dir_path, config)).sources, config)
    extracted, keep = merge_unkept(unmerged, config)
    version = snapshot.snapshot_version(config)
    assert snapshot.load_snapshot(config.cache_dir_path, version) is None
    keep()
    kept = snapshot.load_snapshot(config.cache_dir_path, version)
    assert kept is not None
    assert tuple(f for f in kept.found if isinstance(f, Article)) == extracted.articles


def test_the_debug_log_says_why_the_merge_runs_again(caplog: pytest.LogCaptureFixture) -> None:
    # Whoever wonders why a rebuild was slow reads which of the merge's reads changed (-v).
    old = _article("The Prut rose.")
    merged, record = memo.merge_recorded([old], Config())
    renamed = dataclasses.replace(old, places=(Entity("place", "Pruth", (), 1),))
    caplog.set_level("DEBUG", logger="newscorpus.extract.corpus.memo")
    assert memo.remerge(record, {0: (merged[0], renamed)}, Config()) is None
    assert caplog.messages == ["merge: a: its entities or dateline changed, so names are merged again"]
    caplog.clear()
    _, record = memo.merge_recorded([old], Config())
    record.answers[("is_common", "Prut", 0.5, 3)] = True
    assert memo.remerge(record, {0: (merged[0], old)}, Config()) is None
    assert caplog.messages == [
        "merge: the word counts now answer ('is_common', 'Prut', 0.5, 3) otherwise, so names are merged again"
    ]


def test_a_rebuild_hashes_only_the_articles_it_extracted_again(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pages kept between builds compare each article they read by its hash: an unchanged article's
    # is kept with it, so a rebuild after one edit hashes that article alone, and the site is the cold build's.
    hashed: list[str] = []

    def counted(value: object) -> bytes:
        if isinstance(value, Article):
            hashed.append(value.id)
        return cache.fingerprint(value)

    monkeypatch.setattr(snapshot, "fingerprint", counted)
    monkeypatch.setattr(page_memo, "fingerprint", counted)
    build_site(config_of(project))
    articles = len(hashed)
    assert articles >= 5 and len(set(hashed)) == articles  # the cold build: each article once
    hashed.clear()
    build_site(config_of(project))
    assert hashed == []
    path = project / "corpus" / EDITED
    path.write_text(EDITS[0][0](path.read_text(encoding="utf-8")), encoding="utf-8")
    build_site(config_of(project))
    assert hashed == ["herald-flood"]  # the edited file's article id
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_a_kept_hash_stands_only_for_the_very_article_it_was_made_of() -> None:
    article = _article("The Prut rose.")
    same_text = _article("The Prut rose.")
    links = SiteLinks({}, {}, {"a": article})
    stale = b"\x00" * 16
    assert page_memo.PageMemo(None, Config(), links, {"a": (article, stale)})._digest_of(("articles", "a")) == stale
    # An equal but other object (made elsewhere than the extract stage): hashed, never trusted.
    other = page_memo.PageMemo(None, Config(), links, {"a": (same_text, stale)})
    assert other._digest_of(("articles", "a")) == cache.fingerprint(article)


def test_a_rebuild_writes_again_only_the_search_documents_an_edit_touches(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each article's search document is kept with what it read (its article, its story, the story's
    # reference): an edit makes again the edited article's, and those of versions reading it as reference.
    made: list[str] = []
    real = search._article_document

    def counted(article: Article, links: SiteLinks) -> object:
        made.append(article.id)
        return real(article, links)

    monkeypatch.setattr(search, "_article_document", counted)
    build_site(config_of(project))
    everything = sorted(made)
    made.clear()
    path = project / "corpus" / EDITED
    path.write_text(EDITS[0][0](path.read_text(encoding="utf-8")), encoding="utf-8")
    build_site(config_of(project))
    assert "herald-flood" in made and len(made) < len(everything)
    assert read_tree(project / "docs") == from_scratch(project, tmp_path)


def test_a_mention_more_that_would_choose_another_canonical_name_merges_again() -> None:
    # Two spellings of one group, tied on every other count: the one named more often is the
    # canonical name. Mentions of the other in a changed article can turn the choice over.
    members = (((0, "person", "Dorin Recean"), 3), ((1, "person", "Dorin Reccean"), 2))
    tied = (("Dorin Reccean", 0), ("Dorin Recean", 0))
    ties: list[memo.MentionTie] = [(members, tied)]
    named = Entity("person", "Dorin Reccean", (), 2)
    old = _article("Dorin Reccean spoke.")
    with_mentions = lambda n: dataclasses.replace(old, people=(dataclasses.replace(named, mentions=n),))  # noqa: E731
    assert memo._changed_tie(ties, {1: (old, with_mentions(2))}) is None  # the same mentions: the same name
    assert memo._changed_tie(ties, {1: (old, with_mentions(4))}) == "Dorin Recean"  # now Reccean's
    assert memo._changed_tie(ties, {0: (old, old)}) is None  # its other member's article, its name unchanged
    assert memo._changed_tie(ties, {1: (old, with_mentions(1))}) is None  # Recean all the more
    assert ties[0][0][1] == ((1, "person", "Dorin Reccean"), 1)  # kept up to date for the next rebuild
