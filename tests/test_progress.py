"""The progress line: shown on a terminal, never in pipes, logs or CI output."""

from __future__ import annotations

import io
from pathlib import Path

from newscorpus.config import Config
from newscorpus.pipeline import build_site
from newscorpus.progress import Progress


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress.for_terminal(stream)
    progress.stage("load")
    assert list(progress.track(range(3), "extract")) == [0, 1, 2]
    progress.close()
    assert stream.getvalue() == ""


def test_terminal_shows_stages_and_counts_then_clears_the_line() -> None:
    stream = Terminal()
    progress = Progress.for_terminal(stream)
    progress.stage("load")
    assert list(progress.track(["a", "b"], "extract")) == ["a", "b"]
    progress.close()
    shown = stream.getvalue()
    assert "\rload…" in shown
    assert "extract 1/2" in shown  # the first item is drawn; later ones within 0.2 s are not
    assert shown.endswith("\r")


def test_a_build_on_a_terminal_ends_with_a_clean_line(project: Path) -> None:
    stream = Terminal()
    config = Config(corpus_dir=project / "corpus", out_dir=project / "docs")
    report = build_site(config, Progress.for_terminal(stream))
    assert report.articles == 2
    last = stream.getvalue().rsplit("\r", 2)
    assert last[-1] == "" and last[-2].strip() == ""


def test_warnings_start_on_a_cleared_line(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newscorpus.cli import main  # noqa: PLC0415 - after stderr is replaced

    stream = Terminal()
    monkeypatch.setattr("sys.stderr", stream)
    (project / "corpus" / "broken.txt").write_bytes(b"caf\xe9 \x00\x01\x02")
    assert main(["--corpus", str(project / "corpus"), "--out", str(project / "docs")]) == 0
    shown = stream.getvalue()
    warning = shown.index("broken.txt:")
    # The progress line was wiped (spaces, then a carriage return) right before the warning.
    assert shown[:warning].endswith("\r") and not shown[:warning].rstrip("\r").endswith("…")
    assert shown.rstrip("\n").rsplit("\r", 1)[-1].startswith("Built 2 articles")
