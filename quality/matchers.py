"""What a matcher is to the quality scripts, how one is named on their command line, and pairwise figures."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping

from newscorpus.model import Source

Matcher = Callable[[Mapping[str, str | Source]], Iterable[Iterable[str]]]


def load_matcher(spec: str) -> Matcher:
    """Return the matcher named "module:function" ("module" alone means its `match`)."""
    module, _, func = spec.partition(":")
    matcher: Matcher = getattr(importlib.import_module(module), func or "match")
    return matcher


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 of the counts (1.0 for a figure with nothing to count)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
