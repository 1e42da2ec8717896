"""The README's promises, CI's script, and the quality gate on the code itself."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


# Licences a runtime dependency may have under the project's MIT licence: permissive ones, and MPL's
# file-level copyleft for packages used unmodified. A GPL-only package would bind the whole program.
COMPATIBLE_LICENCE = re.compile(r"(MIT|BSD-[23]-Clause|Apache-2\.0|PSF-2\.0|MPL-[12]\.[01])\b")


def licence_table() -> dict[str, tuple[str, str]]:
    section = README[README.index("## Licence") :]
    rows = re.findall(r"^\| (\S+) \| (\S+) \| (.+) \|$", section, re.MULTILINE)
    return {name: (version, licence) for name, version, licence in rows if name not in ("package", "---")}


def test_project_is_mit_licensed() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 The newscorpus authors\n")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_readme_licence_table_lists_every_runtime_requirement() -> None:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pinned = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    assert {name: version for name, (version, _) in licence_table().items()} == pinned


def test_every_runtime_dependency_has_a_compatible_licence() -> None:
    for name, (_, licence) in licence_table().items():
        assert COMPATIBLE_LICENCE.match(licence), f"{name}: {licence} is not known to be compatible with MIT"


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


def test_mypy_checks_the_quality_gates_and_benchmarks() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert {"newscorpus", "build.py", "quality", "benchmarks"} <= set(config["tool"]["mypy"]["files"])


def import_path_patches(source: str) -> list[int]:
    """Return the lines that change where imports are looked up, instead of running the code as a module."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "sys":
            if node.attr in ("path", "meta_path", "path_hooks"):
                lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "sys":
            if any(alias.name in ("path", "meta_path", "path_hooks") for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Attribute) and node.attr == "addsitedir":
            lines.append(node.lineno)
    return sorted(lines)


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        # The repository root put first, as scripts run by path once did.
        ("import sys\nsys.path.insert(0, '..')\n", [2]),
        # Appending is the same patch.
        ("import sys\n\nsys.path.append(str(HERE))\n", [3]),
        # Imported by name, the list is still the import path.
        ("from sys import path\npath.insert(0, '.')\n", [1]),
        # A site directory added at run time.
        ("import site\nsite.addsitedir('lib')\n", [2]),
        # The words in a string or a comment are no patch.
        ("x = 'sys.path'  # sys.path\n", []),
        # Other attributes of sys are fine.
        ("import sys\nsys.exit(main(sys.argv))\n", []),
    ],
)
def test_import_path_patches_are_found(source: str, lines: list[int]) -> None:
    assert import_path_patches(source) == lines


def python_files() -> list[Path]:
    """Return the repository's Python files, leaving out hidden folders (.venv, .git, caches)."""
    return sorted(
        path for path in ROOT.rglob("*.py") if not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
    )


def test_no_python_file_patches_the_import_path() -> None:
    # Scripts run as modules from the repository root (python -m quality.score_metadata DIR), so
    # imports resolve one way everywhere: in tests, in CI and for mypy.
    files = python_files()
    assert ROOT / "quality" / "score_metadata.py" in files
    patched = {str(path.relative_to(ROOT)): import_path_patches(path.read_text(encoding="utf-8")) for path in files}
    assert {name: lines for name, lines in patched.items() if lines} == {}
