"""Work run beside the build: in a forked process when enabled, with the same result either way."""

from __future__ import annotations

import os

import pytest

from newscorpus.beside import beside


def test_work_beside_runs_in_a_second_process_and_gives_its_result() -> None:
    with beside(os.getpid, enabled=True) as later:
        assert later.result() != os.getpid()


def test_work_not_beside_runs_in_this_process_when_asked_for() -> None:
    with beside(os.getpid, enabled=False) as later:
        assert later.result() == os.getpid()


def test_the_work_is_inherited_not_handed_over() -> None:
    # A lambda cannot be pickled: the forked process runs the parent's own, and only the result comes back.
    held = ["forty", "two"]
    with beside(lambda: " ".join(held), enabled=True) as later:
        assert later.result() == "forty two"


def test_an_error_in_the_second_process_reaches_the_build() -> None:
    def fail() -> None:
        raise ValueError("no hubs")

    with beside(fail, enabled=True) as later, pytest.raises(ValueError, match="no hubs"):
        later.result()
