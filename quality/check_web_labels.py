"""Validate the hand-made web page labels (``labels/web_metadata.json``) against the scraped pages.

Usage: python -m quality.check_web_labels DATA_DIR [labels.json]

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``. The 80 further
development pages of ``labels/web_metadata_extra.json`` and the 70 fresh ones of each of
``labels/web_metadata_dev2.json`` and ``labels/web_metadata_dev3.json`` are labelled by the same rules
and checked the same way, against the pages their selection scripts choose. Checks:

* every page the label file's selection script chooses (``labels/select_web.py``, or
  ``labels/select_web_extra.py`` for ``web_metadata_extra.json``, ``labels/select_web_dev2.py`` for
  ``web_metadata_dev2.json``, ``labels/select_web_dev3.py`` for ``web_metadata_dev3.json``) is labelled
  exactly once, with its half, and no other page is; pages are sorted by collection, then id;
* every field is present, with the right type, and no other field;
* the headline occurs verbatim within one block of the page text; each author, ``published_text``
  and ``story_start`` occur in the text (whitespace collapsed, blocks joined by a space, since a
  page may print a date and its time in two adjacent blocks); ``story_start`` has at most six
  words; the dateline occurs at most ``DATELINE_GAP`` characters before ``story_start`` (room for
  a date and a credit: ``", Jan. 8, 2008 (AP) (AP) "``), which ties it to the story's opening;
* ``agency`` is the first of ``agencies``, or null when ``agencies`` is empty; no agency twice;
* ``published`` is ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` and a real date, null exactly when
  ``published_text`` is; its day of month (and minutes, when given) appear among the digits of
  ``published_text``, which catches most slips in copying a stamp.

Prints, per collection and half, how many pages carry each field, then every problem found, and
exits 1 when there is any. The pages are read from DATA_DIR at run time; no page text is stored in
the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quality.labels import (
    select_web,
    select_web_dev2,
    select_web_dev3,
    select_web_dev4,
    select_web_dev5,
    select_web_dev6,
    select_web_dev7,
    select_web_dev8,
    select_web_dev9,
    select_web_dev10,
    select_web_dev11,
    select_web_extra,
)
from quality.labels.select_web import HOW_MANY, held_out
from quality.webpages import WebPage

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "web_metadata.json"
# The script that chooses the pages of each label file, by the file's name: the 80 further pages and the
# two draws of 70 fresh ones are development pages chosen apart from the first 130. Any other file is
# checked against select_web.py.
SELECTIONS: dict[str, tuple[str, Callable[[str], list[WebPage]]]] = {
    "web_metadata.json": ("select_web.py", select_web.select),
    "web_metadata_extra.json": ("select_web_extra.py", select_web_extra.select),
    "web_metadata_dev2.json": ("select_web_dev2.py", select_web_dev2.select),
    "web_metadata_dev3.json": ("select_web_dev3.py", select_web_dev3.select),
    "web_metadata_dev4.json": ("select_web_dev4.py", select_web_dev4.select),
    "web_metadata_dev5.json": ("select_web_dev5.py", select_web_dev5.select),
    "web_metadata_dev6.json": ("select_web_dev6.py", select_web_dev6.select),
    "web_metadata_check6.json": ("select_web_dev6.py", select_web_dev6.select_check),
    "web_metadata_dev7.json": ("select_web_dev7.py", select_web_dev7.select),
    "web_metadata_check7.json": ("select_web_dev7.py", select_web_dev7.select_check),
    "web_metadata_dev8.json": ("select_web_dev8.py", select_web_dev8.select),
    "web_metadata_dev9.json": ("select_web_dev9.py", select_web_dev9.select),
    "web_metadata_dev10.json": ("select_web_dev10.py", select_web_dev10.select),
    "web_metadata_dev11.json": ("select_web_dev11.py", select_web_dev11.select),
}
# The fields of a page label, in the order the file writes them.
FIELDS = (
    *("collection", "id", "half", "headline", "dateline", "agency", "agencies", "authors"),
    *("published", "published_text", "story_start", "notes"),
)
NULLABLE_TEXT = ("headline", "dateline", "agency", "published", "published_text")
TEXT = ("collection", "id", "half", "story_start", "notes")
PUBLISHED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$")
# Longest run of text allowed between a dateline and the story's first words: the longest in the
# labels is a dated dateline set in its own blocks, then a credit block, then the credit again
# ('BEVERLY HILLS, Calif.' + ', Jan. 8, 2008 (AP) (AP) ', 25 characters), or a dated dateline in its own block
# with a page's tool links between it and the paragraph ('SEATTLE' + ' Jan 14, 2008 (AP) Font Size E-mail
# Print Share ', 48 characters).
DATELINE_GAP = 60
# Counted per collection: a field is "present" when it is not null and not empty.
COUNTED = ("headline", "dateline", "agency", "authors", "published")


def collapse(text: str) -> str:
    """Return text with every run of whitespace made one space."""
    return " ".join(text.split())


# What may follow a needle: nothing of a word (a whole word), a capital (a byline block that runs a
# name into the role or outlet after it: "Meg JamesStaff Writer", "Jonathan GarberFOXBusiness"), or
# anything (a story opening that stops inside a word of a language written without spaces).
WORD_END = {"word": r"(?!\w)", "name": r"(?![^\W_A-Z])", "start": ""}


def occurs(needle: str, text: str, end: str = "word") -> bool:
    """Return True when needle occurs in text, whitespace collapsed, starting a word and ending as WORD_END[end] allows.

    "Griffith" does not occur in "Peter Griffiths" as a word or a name.
    """
    return re.search(r"(?<!\w)" + re.escape(collapse(needle)) + WORD_END[end], collapse(text)) is not None


def check_types(label: dict[str, Any]) -> list[str]:
    """Return what is wrong with the fields of one label as such, without looking at the page."""
    problems = []
    if tuple(label) != FIELDS:
        problems.append(f"fields are {list(label)}, expected {list(FIELDS)}")
        return problems
    for key in TEXT:
        if not isinstance(label[key], str):
            problems.append(f"{key} is not a string")
    for key in NULLABLE_TEXT:
        if label[key] is not None and not (isinstance(label[key], str) and label[key].strip()):
            problems.append(f"{key} is neither null nor a non-empty string")
    for key in ("agencies", "authors"):
        value = label[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{key} is not a list of non-empty strings")
    if problems:
        return problems
    if label["half"] not in ("dev", "held-out"):
        problems.append(f"half is {label['half']!r}: dev or held-out")
    if not label["story_start"].strip():
        problems.append("story_start is empty")
    if len(label["story_start"].split()) > 6:
        problems.append(f"story_start has more than six words: {label['story_start']!r}")
    agencies = label["agencies"]
    if len(set(agencies)) != len(agencies):
        problems.append(f"an agency is listed twice: {agencies}")
    if label["agency"] != (agencies[0] if agencies else None):
        problems.append(f"agency {label['agency']!r} is not the first of agencies {agencies}")
    published, stamp = label["published"], label["published_text"]
    if (published is None) != (stamp is None):
        problems.append("published and published_text must be null together")
    if published is not None:
        match = PUBLISHED.match(published)
        if not match:
            problems.append(f"published {published!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        else:
            year, month, day, hour, minute = match.groups()
            try:
                dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
            except ValueError:
                problems.append(f"published {published!r} is not a real date and time")
            digits = re.findall(r"\d+", stamp or "")
            # The day as a number of its own ("Jan 9", "09/01/2008"), or inside a compact "20080109".
            if str(int(day)) not in [str(int(d)) for d in digits] and month + day not in "".join(digits):
                problems.append(f"published day {day} is not in published_text {stamp!r}")
            if minute is not None and minute not in "".join(digits):
                problems.append(f"published minutes {minute} are not in published_text {stamp!r}")
    return problems


def check_page(label: dict[str, Any], page: WebPage) -> list[str]:
    """Return what is wrong with one label against its page: types first, then the verbatim checks."""
    problems = check_types(label)
    if problems:
        return problems
    blocks = [collapse(block) for block in page.blocks]
    text = " ".join(blocks)
    if label["half"] != ("held-out" if held_out(page.id) else "dev"):
        problems.append(f"half {label['half']!r} is not the one select_web.py gives")
    headline = label["headline"]
    if headline is not None and not any(occurs(headline, block) for block in blocks):
        problems.append(f"headline {headline!r} is not within one block of the page")
    for name in label["authors"]:
        if not occurs(name, text, "name"):
            problems.append(f"author {name!r} is not in the page text")
    for key in ("published_text", "story_start"):
        if label[key] is not None and not occurs(label[key], text, "start" if key == "story_start" else "word"):
            problems.append(f"{key} {label[key]!r} is not in the page text")
    dateline = label["dateline"]
    if dateline is not None:
        opening = (
            r"(?<!\w)"
            + re.escape(collapse(dateline))
            + rf".{{0,{DATELINE_GAP}}}?"
            + re.escape(collapse(label["story_start"]))
        )
        if not re.search(opening, text, re.DOTALL):
            problems.append(f"dateline {dateline!r} is not just before story_start in the page text")
    return problems


def check(data_dir: str, labels_path: Path) -> tuple[list[str], dict[tuple[str, str], Counter[str]]]:
    """Return every problem of the label file, and the field counts per (collection, half)."""
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    if not isinstance(data.get("notes"), str) or not data["notes"].strip():
        problems.append(f"{labels_path.name}: notes (the labelling rules) are missing")
    labels = data.get("pages", [])
    keys = [(label.get("collection"), label.get("id")) for label in labels]
    if keys != sorted(keys, key=lambda k: (str(k[0]), str(k[1]))):
        problems.append(f"{labels_path.name}: pages are not sorted by collection, then id")
    for key, times in Counter(keys).items():
        if times > 1:
            problems.append(f"{key[0]} {key[1]}: labelled {times} times")
    script, select = SELECTIONS.get(labels_path.name, SELECTIONS["web_metadata.json"])
    chosen = {(page.collection, page.id): page for page in select(data_dir)}
    for key in sorted(set(chosen) - set(keys)):
        problems.append(f"{key[0]} {key[1]}: chosen by {script} but not labelled")
    counts: dict[tuple[str, str], Counter[str]] = {}
    for label in labels:
        key = (label.get("collection"), label.get("id"))
        page = chosen.get(key)
        if page is None:
            problems.append(f"{key[0]} {key[1]}: labelled but not chosen by {script}")
            continue
        problems += [f"{page.collection} {page.id}: {p}" for p in check_page(label, page)]
        tally = counts.setdefault((page.collection, str(label.get("half"))), Counter())
        tally["pages"] += 1
        for field in COUNTED:
            tally[field] += bool(label.get(field))
        tally["published with time"] += "T" in str(label.get("published") or "")
    return problems, counts


def report(counts: dict[tuple[str, str], Counter[str]]) -> list[str]:
    """Return the count table: one row per collection and half, then per collection, then all."""
    columns = ("pages", *COUNTED, "published with time")
    rows: list[tuple[str, Counter[str]]] = []
    for collection in HOW_MANY:
        total: Counter[str] = Counter()
        for half in ("dev", "held-out"):
            tally = counts.get((collection, half), Counter())
            rows.append((f"{collection} {half}", tally))
            total += tally
        rows.append((f"{collection} all", total))
    everything: Counter[str] = Counter()
    for tally in counts.values():
        everything += tally
    rows.append(("all", everything))
    lines = ["".join([f"{'':<18}", *(f"{c:>21}" for c in columns)])]
    for name, tally in rows:
        lines.append("".join([f"{name:<18}", *(f"{tally[c]:>21}" for c in columns)]))
    return lines


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_dir():
        print(
            "usage: python -m quality.check_web_labels DATA_DIR [labels.json]\n"
            "Hint: DATA_DIR is the folder holding l3s-gn1/, article-extraction-benchmark/ and news-cluster/.",
            file=sys.stderr,
        )
        return 2
    labels_path = Path(argv[1]) if len(argv) > 1 else LABELS
    problems, counts = check(argv[0], labels_path)
    print("\n".join(report(counts)))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {labels_path}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
