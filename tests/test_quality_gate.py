"""The metadata quality gates on Reuters-21578 and on scraped web stories, run when their folders are given.

Set NEWSCORPUS_REUTERS_DIR to the folder holding reut2-*.sgm, and NEWSCORPUS_WEB_DIR to the one
holding l3s-gn1/, article-extraction-benchmark/ and news-cluster/, to run them; without them the
tests are skipped (the collections are research-use only and never part of the repository). The floors are
those of `quality/floors.py`; raise them as the extractor improves, never lower them.
"""

from __future__ import annotations

import os

import pytest

from quality import score_web_entities
from quality.floors import failures
from quality.score_metadata import LABELS, figures, gate_name, score

REUTERS = os.environ.get("NEWSCORPUS_REUTERS_DIR", "")
WEB = os.environ.get("NEWSCORPUS_WEB_DIR", "")


@pytest.mark.skipif(not REUTERS, reason="NEWSCORPUS_REUTERS_DIR is not set")
@pytest.mark.parametrize("labels", ["metadata.json", "metadata_extra.json"])
def test_metadata_floors(labels: str) -> None:
    path = LABELS.with_name(labels)
    tally, _ = score(REUTERS, path)["all"]
    assert failures(gate_name(path), figures(tally)) == []


@pytest.mark.skipif(not WEB, reason="NEWSCORPUS_WEB_DIR is not set")
@pytest.mark.skipif(not score_web_entities.LABELS.is_file(), reason="labels/web_entities.json is not in this clone")
def test_web_entity_floors() -> None:
    tally, _ = score_web_entities.score(WEB)["all"]
    assert failures(score_web_entities.GATE, score_web_entities.figures(tally)) == []
