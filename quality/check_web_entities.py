"""Validate the hand labels of people, organisations, places and quotation speakers on web news pages.

Usage: python -m quality.check_web_entities DATA_DIR [labels.json]

DATA_DIR holds ``l3s-gn1/``, ``article-extraction-benchmark/`` and ``news-cluster/``; the labels
default to ``quality/labels/web_entities.json``. Each labelled page is read with
``quality.webpages`` and its story text rebuilt exactly as it was annotated (`story_text`). Checks:

* the page is one that ``quality.labels.select_web`` chooses (for ``web_entities_dev2.json``,
  ``web_entities_dev3.json`` and ``web_entities_dev4.json``, ``quality.labels.select_web_entities_dev2``,
  ``_dev3`` and ``_dev4``; for ``web_entities_dev5.json`` and ``web_entities_check5.json``, the
  ``select_dev`` and ``select_check`` of ``quality.labels.select_web_entities_dev5``; for
  ``web_entities_dev6.json`` and ``web_entities_check6.json``, ``_dev6``; for the seventh draw's
  two files, ``_dev7``, for the eighth draw's, ``_dev8``, for the ninth draw's, ``_dev9``, and for
  ``web_entities_dev10.json``, ``_dev10``, for ``web_entities_dev11.json``, ``_dev11``, for
  ``web_entities_dev12.json``, ``_dev12``, for ``web_entities_dev13.json``, ``_dev13``, for
  ``web_entities_dev14.json``, ``_dev14``, for ``web_entities_dev15.json``, ``_dev15``, for
  ``web_entities_dev16.json``, ``_dev16``, for ``web_entities_dev17.json``, ``_dev17``, for
  ``web_entities_dev18.json``, ``_dev18``, and for ``web_entities_dev19.json``, ``_dev19``), appears
  once, in that order, and its half (dev / held-out) is the one select_web gives it;
* every entity alias, and every canonical name not marked "normalised", occurs in the story text
  as a whole word (case-insensitive); a normalised entity has an alias; no name is listed twice;
* every quote ``start`` is at most six words, follows an opening quotation mark in the story
  text and reproduces the words after that mark (a start shorter than six words is the whole
  quotation, so a closing mark or, in a quotation running over paragraphs, the paragraph's end
  follows it); its speaker is null or a canonical name of the page
  (on a page that labels no people, a name written in its story);
* excluded blocks exist and are part of the story they are taken out of.

Prints the problems, then pages, people, organisations, places, quotes and quotes with a speaker
per collection and half. Exit status 1 if any problem is found. Prints counts, never page text.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from quality.check_labels import KINDS, entity_problems
from quality.labels.select_web import held_out, select
from quality.webpages import WebPage

LABELS = Path(__file__).resolve().parent / "labels" / "web_entities.json"
# The module whose `select` (or the function named after a colon) draws each label file's pages,
# when it is not select_web.
SELECTIONS = {
    "web_entities_dev2.json": "quality.labels.select_web_entities_dev2",
    "web_entities_dev3.json": "quality.labels.select_web_entities_dev3",
    "web_entities_dev4.json": "quality.labels.select_web_entities_dev4",
    "web_entities_dev5.json": "quality.labels.select_web_entities_dev5:select_dev",
    "web_entities_check5.json": "quality.labels.select_web_entities_dev5:select_check",
    "web_entities_dev6.json": "quality.labels.select_web_entities_dev6",
    "web_entities_check6.json": "quality.labels.select_web_entities_dev6",
    "web_entities_dev7.json": "quality.labels.select_web_entities_dev7",
    "web_entities_check7.json": "quality.labels.select_web_entities_dev7",
    "web_entities_dev8.json": "quality.labels.select_web_entities_dev8",
    "web_entities_check8.json": "quality.labels.select_web_entities_dev8",
    "web_entities_dev9.json": "quality.labels.select_web_entities_dev9",
    "web_entities_check9.json": "quality.labels.select_web_entities_dev9",
    "web_entities_dev10.json": "quality.labels.select_web_entities_dev10",
    "web_entities_dev11.json": "quality.labels.select_web_entities_dev11",
    "web_entities_dev12.json": "quality.labels.select_web_entities_dev12",
    "web_entities_dev13.json": "quality.labels.select_web_entities_dev13",
    "web_entities_dev14.json": "quality.labels.select_web_entities_dev14",
    "web_entities_dev15.json": "quality.labels.select_web_entities_dev15",
    "web_entities_dev16.json": "quality.labels.select_web_entities_dev16",
    "web_entities_dev17.json": "quality.labels.select_web_entities_dev17",
    "web_entities_dev18.json": "quality.labels.select_web_entities_dev18",
    "web_entities_dev19.json": "quality.labels.select_web_entities_dev19",
}
COUNTS = ("pages", *KINDS, "quotes", "with speaker")

# Marks that open a quotation on web pages: straight and curly double quotes, the German low
# mark, guillemets, single quotes for outlets that quote with them (British tabloids, Indian
# wires), the doubled backquote of old wire feeds (``like this'') and the "?" that pages saved
# in a lost encoding carry for every curly mark (?Welcome to Hollywood.? on L3S-GN1 pages).
OPENING = "\"“”„«‘'`?"
# Marks that close one: the same, plus the reversed curly forms.
CLOSING = "\"”“»’'?"
# Punctuation that may end the last word of a quotation before its closing mark; it is dropped
# from a quote's start.
TRAILING = ".,;:!?…"


def story_text(page: WebPage, label: Mapping[str, Any]) -> str:
    """Return the text that was annotated: the story blocks of the page, one blank line apart.

    L3S-GN1: the blocks its annotators labelled full text; the extraction benchmark: the gold
    article body; News-Cluster: the record's lines. Blocks listed in ``excluded_blocks`` (page
    furniture inside the story, a reader's comment labelled as story) are left out.
    """
    excluded = set(label.get("excluded_blocks", []))
    if page.collection == "aeb":
        return page.gold_body
    blocks = [
        block
        for i, block in enumerate(page.blocks)
        if i not in excluded and (page.collection != "l3s" or page.labels[i] == "story")
    ]
    return "\n\n".join(blocks)


def occurs(needle: str, text: str) -> bool:
    """Return True when `needle` is in `text` as a whole word or phrase, ignoring case."""
    pattern = r"(?<![^\W_])" + re.escape(needle) + r"(?![^\W_])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def quote_start_problem(start: str, text: str) -> str | None:
    """Return why `start` is not the opening of a quotation in `text`, or None when it is."""
    words = start.split()
    if not 1 <= len(words) <= 6:
        return f"quote start {start!r} is not one to six words"
    if words[-1][-1] in TRAILING:
        return f"quote start {start!r} keeps the trailing punctuation of its last word"
    flat = " ".join(text.split())
    for found in re.finditer(f"[{re.escape(OPENING)}] ?" + re.escape(" ".join(words)), flat):
        rest = flat[found.end() :]
        if rest[:1].isalnum():
            continue  # the last word goes on: 'I want' is not the start of 'I wanted'
        # A sixth word of punctuation alone ('...') is dropped with the punctuation.
        dropped = len(words) == 5 and re.match(f" [{re.escape(TRAILING)}]+ ", rest)
        if len(words) == 6 or dropped or re.match(f"[{re.escape(TRAILING)}]*[{re.escape(CLOSING)}]", rest):
            return None
    # A paragraph of a quotation running on into the next one ends with no closing mark.
    if re.search(
        f"[{re.escape(OPENING)}] ?" + r"\s+".join(map(re.escape, words)) + f"[{re.escape(TRAILING)}]*\n", text
    ):
        return None
    if re.search(re.escape(" ".join(words)), flat):
        return f"quote start {start!r} is not the opening of a quotation (after a mark, six words or all of it)"
    return f"quote start {start!r} not in the story text"


def check_page(page: WebPage, label: Mapping[str, Any]) -> list[str]:
    """Return the problems of one page's labels, each prefixed with the page."""
    where = f"{page.collection} {page.id}"
    problems: list[str] = []
    for block in label.get("excluded_blocks", []):
        if page.collection == "aeb" or not 0 <= block < len(page.blocks):
            problems.append(f"{where}: excluded block {block} is not a block of the page")
        elif page.collection == "l3s" and page.labels[block] != "story":
            problems.append(f"{where}: excluded block {block} is not part of the story")
    text = story_text(page, label)
    found, by_kind = entity_problems(label, lambda needle: occurs(needle, text), "the story text")
    problems += [f"{where}: {problem}" for problem in found]
    names = set().union(*by_kind.values())
    for quote in label.get("quotes", []):
        problem = quote_start_problem(quote["start"], text)
        if problem:
            problems.append(f"{where}: {problem}")
        speaker = quote["speaker"]
        if speaker is not None and "people" not in label and speaker not in names and occurs(speaker, text):
            continue  # a page labelling organisations and quotes only: a person named in the story
        if speaker is not None and speaker not in names:
            problems.append(f"{where}: quote speaker {quote['speaker']!r} is not a labelled name of the page")
    return problems


def check(
    data_dir: str, labels: Sequence[Mapping[str, Any]], selection: Callable[[str], list[WebPage]] = select
) -> tuple[list[str], dict[tuple[str, str], list[int]]]:
    """Return the problems of all pages and the counts per (collection, half), pages drawn by `selection`."""
    chosen = selection(data_dir)
    order = {(p.collection, p.id): i for i, p in enumerate(chosen)}
    pages = {(p.collection, p.id): p for p in chosen}
    problems: list[str] = []
    counts: dict[tuple[str, str], list[int]] = {}
    keys = [(label["collection"], label["id"]) for label in labels]
    if len(set(keys)) != len(keys):
        problems.append("a page is labelled twice")
    if [order.get(k, -1) for k in keys] != sorted(order.get(k, -1) for k in keys):
        problems.append("pages are not in the order their selection prints them")
    for label in labels:
        key = (label["collection"], label["id"])
        page = pages.get(key)
        if page is None:
            problems.append(f"{key[0]} {key[1]}: not a page of the selection")
            continue
        half = "held-out" if held_out(page.id) else "dev"
        if label["half"] != half:
            problems.append(f"{key[0]} {key[1]}: half is {half}, not {label['half']}")
        problems += check_page(page, label)
        row = counts.setdefault((page.collection, half), [0] * len(COUNTS))
        quotes = label.get("quotes", [])
        figures = [1, *(len(label.get(kind, ())) for kind in KINDS), len(quotes)]
        figures.append(sum(q["speaker"] is not None for q in quotes))
        for i, n in enumerate(figures):
            row[i] += n
    return problems, counts


def table(counts: Mapping[tuple[str, str], Sequence[int]]) -> list[str]:
    """Return the counts as aligned lines: each collection by half, then both halves and the total."""
    rows = {key: list(row) for key, row in sorted(counts.items())}
    for half in ("dev", "held-out", "all"):
        rows[("all", half)] = [
            sum(column) for column in zip(*(row for (_, h), row in counts.items() if half in (h, "all")), strict=True)
        ] or [0] * len(COUNTS)
    lines = [f"{'collection':<10} {'half':<8} " + " ".join(f"{c:>13}" for c in COUNTS)]
    for (collection, half), row in rows.items():
        lines.append(f"{collection:<10} {half:<8} " + " ".join(f"{n:>13}" for n in row))
    return lines


def main(argv: list[str]) -> int:
    """Check the labels against the collections and print the counts; return 1 on any problem."""
    if not argv:
        print(__doc__)
        return 2
    path = Path(argv[1]) if len(argv) > 1 else LABELS
    labels = json.loads(path.read_text(encoding="utf-8"))["pages"]
    # Imported here: that selection reads stories with this module's story_text.
    if path.name in SELECTIONS:
        module, _, function = SELECTIONS[path.name].partition(":")
        selection = getattr(importlib.import_module(module), function or "select")
    else:
        selection = select
    problems, counts = check(argv[0], labels, selection)
    for problem in problems:
        print("PROBLEM", problem)
    for line in table(counts):
        print(line)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
