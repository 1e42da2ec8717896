"""A CSV table of articles: one row each, read like a dump's records; the folder's metadata.csv stays a sidecar."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.cli import main
from newscorpus.config import Config
from newscorpus.load import load_corpus
from newscorpus.model import SourceMeta

STORY = (
    "Dock workers at the port returned to work on Thursday after unions and employers agreed a new "
    "wage deal, ending a three-day strike.\n\nThe agreement raises pay by five percent this year, "
    '"a fair deal," the union said in a statement.'
)


def quoted(text: str) -> str:
    """Return text as one CSV cell: in double quotes, its own quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def load(tmp_path: Path, table: str, name: str = "news.csv", **settings: object) -> tuple[dict, list[str]]:
    """Return the sources a table gives, by path as (id, text, meta), and the problems as printed."""
    (tmp_path / name).write_text(table, encoding="utf-8")
    loaded = load_corpus(Config(corpus_dir=tmp_path, **settings))  # type: ignore[arg-type]
    return {s.path: (s.id, s.text, s.meta) for s in loaded.sources}, [str(p) for p in loaded.problems]


def test_each_row_is_an_article_with_its_metadata(tmp_path: Path) -> None:
    # Column names as a news dataset or a spreadsheet heads them: any case, "publication" for the outlet.
    table = (
        "ID,Title,Date,Publication,Author,Content,URL\n"
        f"s-1,Port strike ends,2024-12-05,The Gazette,Jane Roe,{quoted(STORY)},https://gazette.example/strike\n"
        f"s-2,,,,,{quoted(STORY.upper())},\n"
    )
    sources, problems = load(tmp_path, table)
    assert problems == []
    assert sorted(sources) == ["news.csv#s-1", "news.csv#s-2"]
    id_, text, meta = sources["news.csv#s-1"]
    assert id_ == "news-s-1"
    # A cell keeps its paragraphs and its doubled quotes are read as one.
    assert text == STORY
    assert meta == SourceMeta(
        title="Port strike ends",
        date="2024-12-05",
        outlet="The Gazette",
        url="https://gazette.example/strike",
        byline="Jane Roe",
    )
    assert sources["news.csv#s-2"][2] == SourceMeta()


@pytest.mark.parametrize("separator", [";", "\t"])
def test_tables_saved_with_semicolons_or_tabs(tmp_path: Path, separator: str) -> None:
    table = separator.join(["title", "text"]) + "\n" + separator.join(["Port strike ends", quoted(STORY)]) + "\n"
    sources, problems = load(tmp_path, table)
    assert problems == []
    ((_, text, meta),) = sources.values()
    assert (text, meta.title) == (STORY, "Port strike ends")


def test_bad_rows_are_reported_and_the_others_kept(tmp_path: Path) -> None:
    table = (
        "title,text\n"
        f"First,{quoted(STORY)}\n"
        "\n"
        "No text,\n"
        f"Too many,{quoted(STORY)},an unquoted, comma\n"
        f"Last,{quoted(STORY)}\n"
    )
    sources, problems = load(tmp_path, table)
    # Blank rows are not counted: a row's number is its place among the table's records.
    assert sorted(sources) == ["news.csv#1", "news.csv#4"]
    assert problems == [
        "news.csv#2: record 2 has no article text under text, body, content, maintext, article (fields: title) "
        "(Hint: name the record field with --record-field, e.g. --record-field text=story)",
        "news.csv#3: row 3 has 4 cells under 2 columns (Hint: fix or remove the row; the other rows were read)",
    ]


def test_a_table_without_a_text_column_is_named_with_what_to_do(tmp_path: Path) -> None:
    sources, problems = load(tmp_path, "headline,summary\nPort strike ends,Workers return\n")
    assert sources == {}
    assert problems == [
        "news.csv: no article text column (columns: headline, summary) (Hint: head the article text's column "
        "text or body or content, or name it with --record-field text=COLUMN)"
    ]
    # A metadata table under another name: the hint says what name makes it one.
    _, problems = load(tmp_path, "file,date\nstory.txt,2024-12-05\n", name="meta.csv")
    (meta,) = [p for p in problems if p.startswith("meta.csv: ")]
    assert meta.endswith("(Hint: a table of metadata for the files beside it is read when it is named 'metadata.csv')")


def test_record_fields_and_ids_are_configurable(tmp_path: Path) -> None:
    table = f"key,story\nA-7,{quoted(STORY)}\n"
    sources, problems = load(tmp_path, table, record_fields=(("text", "story"),), record_id_field="key")
    assert problems == []
    assert list(sources) == ["news.csv#A-7"]


def test_metadata_csv_stays_a_sidecar_of_the_table_s_rows(tmp_path: Path) -> None:
    (tmp_path / "metadata.csv").write_text("file,outlet\nnews.csv#1,The Courier\n", encoding="utf-8")
    sources, problems = load(tmp_path, f"text\n{quoted(STORY)}\n")
    assert problems == []
    assert list(sources) == ["news.csv#1"]
    assert sources["news.csv#1"][2].outlet == "The Courier"


def test_a_table_builds_a_site_whose_text_stays_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = STORY + "\n\n<script>alert(1)</script>"
    (corpus / "news.csv").write_text(f"title,text\nPort strike ends,{quoted(hostile)}\n", encoding="utf-8")
    assert main(["--corpus", str(corpus), "--out", str(tmp_path / "docs"), "-q"]) == 0
    page = (tmp_path / "docs" / "articles" / "news-1.md").read_text(encoding="utf-8")
    assert "# Port strike ends" in page
    assert "<script>" not in page
