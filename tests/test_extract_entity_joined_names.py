"""Names a rule used to break apart: a month that is a surname, a title word that opens a company's
name, connectors inside one name, apostrophes inside a firm's name."""

from __future__ import annotations

import pytest

from tests.test_extract_entity_kinds import found


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Dora May met the envoys on Tuesday.",
        "The singer Rosa March performed on Sunday night.",
    ],
)
def test_a_month_after_a_given_name_is_a_surname(text: str) -> None:
    people = found(text, "people")
    assert any(name.endswith((" May", " March")) for name in people), people


@pytest.mark.parametrize(
    "text",
    ["The talks opened on Friday May 5 in the capital.", "The board told Dana March 3 was the last day."],
)
def test_a_month_before_a_day_or_year_stays_a_date(text: str) -> None:
    assert not any(name.endswith((" May", " March")) for name in found(text, "people"))
