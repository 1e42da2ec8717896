"""The quality floors: one table for every gate (floors.toml), read by the quality scripts and the gate tests.

A floor only goes up. Each quality script prints its figures, compares them with its rows here
through `failures` and exits non-zero when any figure is below its floor. The table is TOML so
each row's history (which rules raised it) sits beside it as comments, however many gates there are.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

TABLE = Path(__file__).with_name("floors.toml")
"""The table: one section per gate, one figure per line, each a float."""


def load_table(path: Path) -> dict[str, dict[str, float]]:
    """Return the table's gates and floors, every floor a float (an int would be a typo for a share)."""
    with path.open("rb") as handle:
        table = tomllib.load(handle)
    for gate, rows in table.items():
        for name, floor in rows.items():
            if not isinstance(floor, float) or not 0.0 <= floor <= 1.0:
                raise ValueError(f"{path}: [{gate}] {name} = {floor!r} is not a share between 0.0 and 1.0")
    return table


FLOORS: dict[str, dict[str, float]] = load_table(TABLE)


def failures(gate: str, figures: Mapping[str, float]) -> list[str]:
    """Return a line for every figure of a gate below its floor (a missing figure fails too)."""
    lines = []
    for name, floor in FLOORS[gate].items():
        value = figures.get(name)
        if value is None:
            lines.append(f"{gate}: {name} was not measured (floor {floor:.3f})")
        elif value < floor - 1e-9:
            lines.append(f"{gate}: {name} {value:.3f} is below its floor {floor:.3f}")
    return lines


def report(gate: str, figures: Mapping[str, float]) -> int:
    """Print the gate's verdict and return the exit status: 0 when every floor is met, else 1."""
    lines = failures(gate, figures)
    for line in lines:
        print(f"BELOW FLOOR  {line}")
    if not lines:
        print(f"{gate}: every figure meets its floor ({len(FLOORS[gate])} floors)")
    return 1 if lines else 0
