"""Shared fixtures: the shipped corpus, small fixture corpora, and a build helper."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a temp copy of the project's site setup: mkdocs.yml, hand-written docs, the default corpus."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "docs" / "stylesheets", tmp_path / "docs" / "stylesheets")
    return tmp_path


BuildFn = Callable[..., int]


@pytest.fixture
def build(project: Path) -> BuildFn:
    """Return a function running build.py's main() on the temp project, extra args appended."""

    def run(*args: str) -> int:
        return main(["--corpus", str(project / "corpus"), "--out", str(project / "docs"), *args])

    return run


def read_tree(root: Path) -> dict[str, bytes]:
    """Return every file under root by relative path, for byte-for-byte comparisons."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
