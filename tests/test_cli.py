"""build.py as a user runs it: messages, exit codes, determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newscorpus.cli import _load_settings, _render_settings, main, parser

from .conftest import ROOT, BuildFn, read_tree


def run_build(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_summary_line(project: Path) -> None:
    result = run_build(cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(r"Built 2 articles into \d+ pages: 1 variant group, 0 problems, \d+\.\d\d s", lines[0])


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        # No corpus folder at all.
        (
            lambda p: None,
            "error: {corpus}: corpus folder not found (Hint: create it and put articles in it, or pass --corpus DIR)",
        ),
        # A corpus folder with nothing in it.
        (
            lambda p: p.mkdir(),
            "error: {corpus}: corpus folder is empty (Hint: add .txt articles to it, or pass --corpus DIR)",
        ),
        # A file where the folder should be.
        (
            lambda p: p.write_text("x"),
            "error: {corpus}: not a folder (Hint: pass the folder holding the articles with --corpus DIR)",
        ),
    ],
)
def test_unusable_corpus_is_one_line_and_exit_2(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    setup(corpus)
    result = run_build("--corpus", str(corpus), "--out", str(tmp_path / "docs"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == message.format(corpus=corpus) + "\n"
    assert "Traceback" not in result.stderr


def test_problems_warn_and_strict_fails(project: Path, build: BuildFn, capsys: pytest.CaptureFixture[str]) -> None:
    # 0xe9 is not UTF-8; 0x81 is not Windows-1252 either, so the file cannot be read.
    (project / "corpus" / "broken.txt").write_bytes(b"caf\xe9 \x81")
    assert build() == 0
    err = capsys.readouterr().err
    assert (
        "broken.txt: not valid UTF-8 (byte 0xe9 at 3), nor Windows-1252 (byte 0x81 at 5) (Hint: save the file as UTF-8)"
        in err
    )
    assert "2 articles" in err and "1 problems" in err
    assert build("--strict") == 1
    assert "error: --strict: 1 input files were skipped or flagged" in capsys.readouterr().err


def test_quiet_prints_nothing_on_success(build: BuildFn, capsys: pytest.CaptureFixture[str]) -> None:
    assert build("-q") == 0
    assert capsys.readouterr().err == ""


def test_two_builds_are_byte_identical(project: Path, build: BuildFn, tmp_path: Path) -> None:
    assert build() == 0
    first = read_tree(project / "docs")
    assert build() == 0
    assert read_tree(project / "docs") == first
    # A fresh process has a different hash seed: the output must not depend on it.
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--corpus", "corpus", "--out", "docs"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert read_tree(project / "docs") == first


def test_help_lists_every_option() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0


def test_help_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--corpus DIR", "--out DIR", "--strict", "-v, --verbose", "-q, --quiet"):
        assert option in out


@pytest.mark.parametrize(
    ("args", "value"),
    [
        ([], 2),  # Config's default: a hub gathers at least two articles
        (["--hubs-from", "1"], 1),  # every named entity gets a hub
        (["--hubs-from", "5"], 5),
    ],
)
def test_hub_threshold_reaches_the_config(args: list[str], value: int) -> None:
    assert _render_settings(parser().parse_args(args))["hub_min_articles"] == value


def test_bad_hub_threshold_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--hubs-from", "-1"])
    assert exit_info.value.code == 2
    assert "'-1' is not a whole number (0 or more)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (["--outlet-from-folder"], "outlet_from_folder", True),
        (["--metadata-file", "meta.csv"], "metadata_file", "meta.csv"),
        (
            ["--record-field", "text=story", "--record-field", "title=hed"],
            "record_fields",
            (("text", "story"), ("title", "hed")),
        ),
        (["--record-id", "guid"], "record_id_field", "guid"),
        (["--fallback-encoding", "latin-1"], "fallback_encoding", "latin-1"),
        # "none" turns the fallback off: files that are not UTF-8 are reported.
        (["--fallback-encoding", "none"], "fallback_encoding", ""),
        (["--max-file-bytes", "1000"], "max_file_bytes", 1000),
        (["--list-share", "0.8"], "screen_list_share", 0.8),
    ],
)
def test_load_options_reach_the_config(args: list[str], field: str, value: object) -> None:
    assert _load_settings(parser().parse_args(args))[field] == value


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--record-field", "body"], "give FIELD=KEY with FIELD one of text, title"),
        (["--record-field", "colour=c"], "give FIELD=KEY"),
        (["--fallback-encoding", "klingon"], "'klingon' is not an encoding Python knows"),
        (["--max-file-bytes", "0"], "'0' is not a whole number above zero"),
        (["--list-share", "2"], "'2' is not a share between 0 and 1"),
    ],
)
def test_bad_load_options_exit_2_with_a_message(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_flagged_but_published_files_fail_strict(project: Path, build: BuildFn) -> None:
    (project / "corpus" / "story.md").write_text(
        "---\nurl: javascript:alert(1)\n---\nDock workers returned to work on Thursday after a deal.\n",
        encoding="utf-8",
    )
    assert build() == 0
    assert build("--strict") == 1
    problems = json.loads((project / "docs" / "data" / "problems.json").read_text(encoding="utf-8"))
    assert [p["skipped"] for p in problems if p["path"] == "story.md"] == [False]
