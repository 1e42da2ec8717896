"""The metadata quality gate on Reuters-21578, run when the collection's folder is given.

Set NEWSCORPUS_REUTERS_DIR to the folder holding reut2-*.sgm to run it; without it the test is
skipped (the collection is research-use only and never part of the repository). The floors are
those of `quality/floors.py`; raise them as the extractor improves, never lower them.
"""

from __future__ import annotations

import os

import pytest

from quality.floors import failures
from quality.score_metadata import LABELS, figures, gate_name, score

REUTERS = os.environ.get("NEWSCORPUS_REUTERS_DIR", "")


@pytest.mark.skipif(not REUTERS, reason="NEWSCORPUS_REUTERS_DIR is not set")
@pytest.mark.parametrize("labels", ["metadata.json", "metadata_extra.json"])
def test_metadata_floors(labels: str) -> None:
    path = LABELS.with_name(labels)
    tally, _ = score(REUTERS, path)["all"]
    assert failures(gate_name(path), figures(tally)) == []
