"""The step `quality.match_causes` names for a pair is the one `verify.compare` stops at, on real pairs of examples."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.match import _sides
from newscorpus.match.side import Context
from newscorpus.match.verify import compare
from quality.match_causes import VERSIONS, cause

from .test_match_chains import BODY, MORE, QUOTED, _quoted_paragraph, article

CONFIG = Config()
KEPT = [_quoted_paragraph(name, quote) for name, quote in QUOTED]
TOP = (
    "The regional water board on Tuesday set out how it will pay for the Millbrook dam repairs, "
    "a day after the public hearings on the reservoir closed."
)
OWN = (
    "Treasurer Mark Ellison told reporters after the vote that the Millbrook works would be paid for "
    "from reserves the board had set aside over the past six years, with a loan from the state for the rest.\n\n"
    "He said households in the valley would see no rise in their water bills before the spring, and "
    "that the board would publish the terms of the loan once the state had signed it."
)
OPENINGS = ["Opening the last evening,", "Pressed by farmers,", "Asked about the report,", "Later,", "Finally,"]
AWARD = (
    "{name} has been awarded a contract worth 2.4 million dollars to supply the county road "
    "department with grit, salt and spare parts for its winter fleet, the department said.\n\n"
    "The contract runs for two years and may be extended for a third, and deliveries are to begin "
    "before the first frost of the season, according to the notice the department filed on Monday."
)
PAIRS = {
    "trim": ("\n\n".join(BODY), "\n\n".join(BODY[:4]), VERSIONS),
    "quoted version": ("\n\n".join([*BODY, *KEPT, *MORE]), "\n\n".join([TOP, *KEPT, OWN]), VERSIONS),
    "same quotations": (
        "\n\n".join([*BODY, *KEPT, *MORE]),
        "\n\n".join(f'{o} {n} promised "{q}".' for o, (n, q) in zip(OPENINGS, QUOTED, strict=True)),
        "narrative share",
    ),
    "other story": ("\n\n".join(BODY), "\n\n".join(MORE), "little copy"),
    "template items": (
        AWARD.format(name="Westbrook Quarry Products Ltd"),
        AWARD.format(name="Eastvale Farm Supply Inc"),
        "conflict: subjects",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_named_step_is_the_one_compare_stops_at(name: str) -> None:
    first, second, expected = PAIRS[name]
    sides, _ = _sides([article(first, "a"), article(second, "b")], CONFIG)
    found = cause(sides[0], sides[1], CONFIG, Context())
    assert found == expected
    verdict = compare(sides[0], sides[1], CONFIG, Context())
    assert verdict.versions == (found == VERSIONS)
    assert verdict.conflict == found.startswith("conflict")
