"""What a version changed against its story's reference, summed up in lines: counts by kind, examples first."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ChangeKind, Member, ParagraphStatus, VersionEdits, WordChange

# How each kind of word change is named on the pages, in the order they are listed: the kinds
# that say most about how an outlet handled the copy first, rewording (story-specific) last.
CHANGE_NAMES: dict[ChangeKind, str] = {
    "terminology": "terminology",
    "figure": "figures",
    "quotation": "quotations",
    "spelling": "spelling and transliteration",
    "grammar": "grammar and tense",
    "style": "punctuation and house style",
    "rewording": "rewording",
}
# Examples shown per kind in a version's summary; the full list is in data/variants.json.
_EXAMPLES = 6
_REWORDING_EXAMPLES = 3
_EDGE = ".,;:!?()"
STATUS_NAMES: dict[ParagraphStatus, str] = {
    "kept": "kept",
    "edited": "edited",
    "cut": "cut",
    "added": "added",
    "moved": "moved",
}


# A version that shares no words with the reference: a page whose saved text lost its story and
# kept its headline, or a version joined through another version of a story updated in steps.
# Counting every reference paragraph as cut would say the outlet dropped the story.
NOTHING_SHARED = (
    "No words in common with the reference: this version joins the story by its headline or through "
    "another version, not by its text."
)


def edit_summary(member: Member) -> list[str]:
    """Return the lines summing up what a version changed against the reference (none for the reference)."""
    if member.edits is None:
        return []
    if member.similarity == 0:
        return [NOTHING_SHARED]
    return describe_edits(member.edits)


def describe_edits(edits: VersionEdits) -> list[str]:
    """Return one plain-text line per kind of edit a version made, counts and telling examples first."""
    counts = [f"{edits.count(s)} {name}" for s, name in STATUS_NAMES.items() if edits.count(s)]
    split = len({p.reference_index for p in edits.paragraphs if p.split})
    merged = sum(1 for p in edits.paragraphs if p.merged)
    counts += [f"{split} split"] if split else []
    counts += [f"{merged} merged"] if merged else []
    lines = ["Paragraphs: " + ", ".join(counts)]
    for kind, name in CHANGE_NAMES.items():
        found = [c for c in edits.changes if c.kind == kind]
        if found:
            lines.append(f"{name.capitalize()} ({len(found)}): {_examples(kind, found)}")
    for old, new in edits.subheadings:
        if old is None:
            lines.append(f"Subheading added: “{new}”")
        elif new is None:
            lines.append(f"Subheading cut: “{old}”")
        else:
            lines.append(f"Subheading changed: “{new}” for “{old}”")
    for quote in edits.quotes:
        if quote.status == "dropped":
            lines.append(f"Quotation dropped: “{clip(quote.reference)}”")
        else:
            lines.append(f"Quotation altered: “{clip(quote.reference)}” became “{clip(quote.version or '')}”")
    if edits.headline:
        lines.append(f"Headline: “{edits.headline[1]}” for “{edits.headline[0]}”")
    if edits.dateline:
        old_place, new_place = edits.dateline
        lines.append(f"Dateline: {new_place or 'none'} for {old_place or 'none'}")
    return lines


def _common_edges_off(old: str, new: str) -> tuple[str, str]:
    """Return old and new without the punctuation both end (or start) with: "militants," for "rebels,".

    Punctuation only one side has is the change itself ("groups..." for "groups …") and stays.
    """
    while len(old) > 1 and len(new) > 1 and old[-1] == new[-1] and old[-1] in _EDGE:
        old, new = old[:-1], new[:-1]
    while len(old) > 1 and len(new) > 1 and old[0] == new[0] and old[0] in _EDGE:
        old, new = old[1:], new[1:]
    return old, new


def _examples(kind: ChangeKind, changes: Sequence[WordChange]) -> str:
    """Return the changes of one kind as “new” for “old”, the most repeated first, then in text order."""
    seen: dict[tuple[str, str], int] = {}
    for change in changes:
        key = _common_edges_off(change.old, change.new)
        seen[key] = seen.get(key, 0) + 1
    ordered = sorted(seen, key=lambda k: -seen[k])  # sorted() is stable: ties keep text order
    limit = _REWORDING_EXAMPLES if kind == "rewording" else _EXAMPLES
    shown = []
    for old, new in ordered[:limit]:
        times = f" ×{seen[(old, new)]}" if seen[(old, new)] > 1 else ""
        shown.append(f"“{clip(new, 60)}” for “{clip(old, 60)}”{times}")
    more = f" and {len(ordered) - limit} more" if len(ordered) > limit else ""
    return "; ".join(shown) + more


def clip(text: str, limit: int = 120) -> str:
    """Return text cut at a word boundary to about limit characters."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
