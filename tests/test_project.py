"""The README's promises, CI's script, and the quality gate on the code itself."""

from __future__ import annotations

import re
import subprocess
import sys

from newscorpus.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_readme_has_two_commands_and_ci_runs_them_verbatim() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci.splitlines()
    assert "pytest" in commands[1]


def test_ci_installs_chromium_before_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = ci.find("apt-get install -y")
    assert install != -1 and "chromium" in ci[install : ci.find("\n", install)]
    assert "DEBIAN_FRONTEND=noninteractive" in ci
    assert install < ci.find(readme_commands()[0])
    assert "playwright install" not in ci


def test_readme_documents_every_option() -> None:
    for action in parser()._actions:
        for option in action.option_strings:
            if option in ("-h", "--help"):
                continue
            assert f"`{option}" in README, f"{option} is not in the README's option table"


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "newscorpus", "tests", "build.py", "quality", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
