"""The quality floors: one table for every gate, read by the quality scripts and the gate tests.

A floor only goes up. Each quality script prints its figures, compares them with its rows here
through `failures` and exits non-zero when any figure is below its floor.
"""

from __future__ import annotations

from collections.abc import Mapping

FLOORS: dict[str, dict[str, float]] = {
    # quality/score_metadata.py on the 60 Reuters-21578 stories of labels/metadata.json (all stories).
    "reuters-metadata": {
        "people F1": 0.949,
        "organizations F1": 0.862,
        "places F1": 0.958,
        "dateline": 1.0,
        "agency": 1.0,
        "quotes found": 0.95,
        "speaker": 0.95,
    },
    # quality/score_web_entities.py on the 40 scraped web stories of labels/web_entities.json (all pages).
    "web-entities": {
        "people F1": 0.888,
        "organizations F1": 0.703,
        "places F1": 0.833,
        "quotes found": 0.966,
        "speaker": 0.833,
    },
    # The same script on the 30 further quotation stories of labels/metadata_extra.json.
    "reuters-metadata-extra": {
        "people F1": 1.0,
        "organizations F1": 0.892,
        "dateline": 1.0,
        "agency": 0.966,
        "quotes found": 0.95,
        "speaker": 0.95,
    },
}


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
