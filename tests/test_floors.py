"""The floors table: every gate's floors in one TOML file, each a share between 0 and 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from quality.floors import FLOORS, TABLE, failures, load_table


def test_every_gate_has_floors_and_every_floor_is_a_share() -> None:
    assert load_table(TABLE) == FLOORS
    assert FLOORS["alias-merge"]["dev precision"] > 0.9
    assert all(rows and all(0.0 <= f <= 1.0 for f in rows.values()) for rows in FLOORS.values())


def test_a_figure_below_its_floor_or_missing_fails() -> None:
    gate = "version-map-web"
    assert failures(gate, dict.fromkeys(FLOORS[gate], 1.0)) == []
    assert len(failures(gate, {"links resolve": 0.5})) == 2


@pytest.mark.parametrize("row", ['"speaker" = 1', '"speaker" = 1.5', '"speaker" = "0.9"'])
def test_a_floor_that_is_no_share_is_refused_naming_the_table(tmp_path: Path, row: str) -> None:
    table = tmp_path / "floors.toml"
    table.write_text(f'# a gate\n["some-gate"]\n{row}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"floors\.toml: \[some-gate\] speaker"):
        load_table(table)
