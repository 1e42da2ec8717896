"""Validate the hand-annotated metadata gold labels against the Reuters-21578 texts.

Usage: python -m quality.check_labels /path/to/reuters21578 [labels.json]

Checks, per story (text = Story.as_text(signoff=True)):
  * the newid exists and appears once; stories are sorted by newid;
  * the dateline occurs at the very start of the text;
  * every entity alias, and every canonical name not marked "normalised", occurs in the text
    as a whole word (case-insensitive); a normalised entity has at least one alias;
  * every quote "start" occurs in the text and its speaker is null or one of the story's
    people/organization canonical names;
  * every figure/date "text" occurs in the text; date strings match their granularity.
Stdlib only.  Exit status 1 if any problem is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from quality import reuters

HERE = Path(__file__).resolve().parent

DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
SIGNOFF = re.compile(r"\bReuters?\s*$", re.I)  # 'Reuter' or 'REUTER' closing the text
KINDS = ("people", "organizations", "places")


def occurs(needle: str, text: str) -> bool:
    pattern = r"(?<![A-Za-z0-9])" + re.escape(needle) + r"(?![A-Za-z0-9])"
    return re.search(pattern, text, re.I) is not None


def check(directory: str, labels_path: Path) -> tuple[list[str], dict[str, int]]:
    """Return every problem found in the label file against the stories' texts, and what it holds."""
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    stories = reuters.load_stories(directory)
    problems: list[str] = []
    counts = dict.fromkeys(["stories", *KINDS, "quotes", "figures", "dates"], 0)
    ids = [s["newid"] for s in data["stories"]]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problems.append("stories not sorted by newid or newid repeated")
    for label in data["stories"]:
        nid = label["newid"]
        counts["stories"] += 1
        if nid not in stories:
            problems.append(f"{nid}: no such story")
            continue
        text = stories[nid].as_text(signoff=True)
        found: list[str] = []
        _check_credits(label, text, stories[nid], found)
        speakers = _check_entities(label, text, counts, found)
        _check_quotes(label, text, speakers, counts, found)
        _check_figures_and_dates(label, text, counts, found)
        problems += [f"{nid}: {msg}" for msg in found]
    return problems, counts


def _check_credits(label: dict[str, Any], text: str, story: reuters.Story, say: list[str]) -> None:
    """Check the dateline and agency labels against the text."""
    dl = label.get("dateline")
    if dl is not None and not text.startswith(dl):
        say.append(f"dateline {dl!r} is not at the start of the text")
    if dl is None and story.dateline.strip():
        say.append("dateline is null but the story has one")
    if label.get("agency") == "Reuters" and not SIGNOFF.search(text):
        say.append("agency Reuters but no sign-off")


def _check_entities(label: dict[str, Any], text: str, counts: dict[str, int], say: list[str]) -> set[str]:
    """Check every labelled entity's name and aliases occur in the text; return the possible speakers."""
    problems, names = entity_problems(label, lambda needle: occurs(needle, text), "text")
    say += problems
    for kind in KINDS:
        counts[kind] += len(label.get(kind, []))
    return names["people"] | names["organizations"]


def entity_problems(
    label: Mapping[str, Any], written: Callable[[str], bool], where: str
) -> tuple[list[str], dict[str, set[str]]]:
    """Return what is wrong with a label's people, organisations and places, and their names by kind.

    A name is listed once; it is written in the text (`written`) unless marked "normalised", when
    an alias must be; every alias is written and is not the name again. `where` names the text.
    """
    problems: list[str] = []
    names: dict[str, set[str]] = {}
    for kind in KINDS:
        seen = names.setdefault(kind, set())
        for entity in label.get(kind, []):
            name = entity["name"]
            if name in seen:
                problems.append(f"{kind}: {name!r} listed twice")
            seen.add(name)
            if entity.get("normalised"):
                if not entity["aliases"]:
                    problems.append(f"{kind}: normalised {name!r} has no alias")
            elif not written(name):
                problems.append(f"{kind}: name {name!r} not in {where}")
            for alias in entity["aliases"]:
                if alias == name or not written(alias):
                    problems.append(f"{kind}: alias {alias!r} of {name!r} not in {where}")
    return problems, names


def _check_quotes(label: dict[str, Any], text: str, speakers: set[str], counts: dict[str, int], say: list[str]) -> None:
    """Check every labelled quotation opens after a quotation mark and its speaker is a labelled name."""
    for q in label.get("quotes", []):
        counts["quotes"] += 1
        if q["start"] not in text:
            say.append(f"quote start {q['start']!r} not in text")
        elif not re.search(r'"\s*' + re.escape(q["start"]), text):
            say.append(f"quote start {q['start']!r} does not follow a quotation mark")
        if len(q["start"].split()) > 6:
            say.append(f"quote start {q['start']!r} longer than six words")
        if q["speaker"] is not None and q["speaker"] not in speakers:
            say.append(f"quote speaker {q['speaker']!r} is not a labelled person/organization")


def _check_figures_and_dates(label: dict[str, Any], text: str, counts: dict[str, int], say: list[str]) -> None:
    """Check every labelled figure and date is in the text, with a number and a date of its granularity."""
    for f in label.get("figures", []):
        counts["figures"] += 1
        if f["text"] not in text:
            say.append(f"figure text {f['text']!r} not in text")
        if not isinstance(f["value"], (int, float)):
            say.append(f"figure value {f['value']!r} is not a number")
    for d in label.get("dates", []):
        counts["dates"] += 1
        if d["text"] not in text:
            say.append(f"date text {d['text']!r} not in text")
        form = DATE_FORMS.get(d["granularity"])
        if form is None or not form.match(d["date"]):
            say.append(f"date {d['date']!r} does not match granularity {d['granularity']!r}")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    labels = Path(argv[2]) if len(argv) > 2 else HERE / "labels" / "metadata.json"
    problems, counts = check(argv[1], labels)
    for p in problems:
        print("PROBLEM", p)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
