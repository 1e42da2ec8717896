"""What a version changed against its reference: paragraphs aligned, word changes classified.

Paragraphs are aligned by `align` (moved, split and merged paragraphs found, subheadings only
against subheadings); inside each aligned pair a word diff gives the replaced runs, which
`classify` refines into single edits and names.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

from ..config import Config
from ..model import (
    Article,
    Block,
    DiffKind,
    DiffSpan,
    ParagraphEdit,
    ParagraphStatus,
    QuoteChange,
    VersionEdits,
    WordChange,
)
from .align import Link, align_blocks, align_paragraphs, moved
from .classify import Op, classify_change, refine_replacement
from .edit_words import ALNUM
from .text import fold_for_matching

__all__ = ["align_paragraphs", "classify_change", "compare_quotes", "compare_versions", "diff_paragraph"]

# Curly and straight quotes and apostrophes are one character to the word diff.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
# A quotation: text between paired marks, at least three words (single scare-quoted words are
# not quotations).
_QUOTATION = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«([^»]+)»")
# Thresholds a caller does not pass are Config's defaults.
_DEFAULTS = Config()
# A quotation the version kept this share of words of (in order) is the same quotation, altered.
_QUOTE_ALTERED = 0.5


def compare_versions(
    reference: Article,
    version: Article,
    paragraph_match: float,
    part_match: float = _DEFAULTS.paragraph_part_match,
    gap_match: float = _DEFAULTS.paragraph_gap_match,
) -> VersionEdits:
    """Return everything the version changed against the reference (thresholds as in `Config`)."""
    ref_blocks, ver_blocks = reference.blocks, version.blocks
    links = align_blocks(ref_blocks, ver_blocks, paragraph_match, part_match, gap_match)
    edits_of: dict[int, ParagraphEdit] = {}
    changes: list[WordChange] = []
    subheadings: list[tuple[str | None, str | None]] = []
    out_of_order = moved([(link.reference[0], v) for link in links for v in link.version])
    for link in links:
        pieces = _diff_link(link, ref_blocks, ver_blocks)
        for v, (spans, edits) in zip(link.version, pieces, strict=True):
            same = all(s.kind == "same" for s in spans)
            status: ParagraphStatus = "moved" if v in out_of_order else ("kept" if same else "edited")
            edits_of[v] = ParagraphEdit(
                status,
                link.reference[0],
                v,
                spans,
                changed=status == "moved" and not same,
                subheading=link.subheading,
                merged=link.reference[1:],
                split=len(link.version) > 1,
            )
            # A subheading's word changes count like any other ("Rebel leader" -> "Militant
            # leader" is terminology); the subheading is also listed as changed.
            changes += edits
            if link.subheading and not same:
                subheadings.append((ref_blocks[link.reference[0]].text, ver_blocks[v].text))
    paragraphs = _in_version_order(links, edits_of, ref_blocks, ver_blocks)
    subheadings += [(None, p.spans[0].text) for p in paragraphs if p.subheading and p.status == "added"]
    subheadings += [(p.spans[0].text, None) for p in paragraphs if p.subheading and p.status == "cut"]
    return VersionEdits(
        paragraphs=tuple(paragraphs),
        changes=tuple(sorted(changes, key=lambda c: c.paragraph)),
        quotes=_aligned_quotes(links, ref_blocks, ver_blocks),
        headline=_headline_change(reference, version),
        dateline=(reference.dateline, version.dateline) if reference.dateline != version.dateline else None,
        subheadings=tuple(subheadings),
    )


def _body(blocks: Sequence[Block]) -> str:
    """Return the paragraphs of an article as one text, subheadings left out."""
    return " ".join(b.text for b in blocks if b.kind == "paragraph")


def _in_version_order(
    links: Sequence[Link],
    edits_of: dict[int, ParagraphEdit],
    ref_blocks: Sequence[Block],
    ver_blocks: Sequence[Block],
) -> list[ParagraphEdit]:
    """Return the version's paragraphs in order, each cut reference paragraph where it stood."""
    aligned = {r for link in links for r in link.reference}
    cut = [c for c in range(len(ref_blocks)) if c not in aligned]
    placed: set[int] = set()
    out: list[ParagraphEdit] = []
    for v, block in enumerate(ver_blocks):
        sub = block.kind == "subheading"
        edit = edits_of.get(v)
        if edit is None:
            out.append(ParagraphEdit("added", None, v, (DiffSpan("added", block.text),), subheading=sub))
            continue
        # Reference paragraphs cut just before this one's counterpart are shown where they stood.
        for c in cut:
            if c < (edit.reference_index or 0) and c not in placed:
                out.append(_cut(c, ref_blocks[c]))
                placed.add(c)
        out.append(edit)
    out += [_cut(c, ref_blocks[c]) for c in cut if c not in placed]
    return out


def _cut(index: int, block: Block) -> ParagraphEdit:
    """Return a reference paragraph the version left out."""
    return ParagraphEdit("cut", index, None, (DiffSpan("removed", block.text),), subheading=block.kind == "subheading")


def _diff_link(
    link: Link, ref_blocks: Sequence[Block], ver_blocks: Sequence[Block]
) -> list[tuple[tuple[DiffSpan, ...], list[WordChange]]]:
    """Return the word diff of each version paragraph of a link against its reference text."""
    a = [w for r in link.reference for w in ref_blocks[r].text.split()]
    bounds = []
    b: list[str] = []
    for v in link.version:
        words = ver_blocks[v].text.split()
        bounds.append((len(b), len(b) + len(words)))
        b += words
    ops = word_ops(a, b)
    quoted = _quoted_words(a)
    return [
        _render(_clip_ops(ops, start, end, last=i == len(bounds) - 1), a, b, quoted, v)
        for i, ((start, end), v) in enumerate(zip(bounds, link.version, strict=True))
    ]


def word_ops(a: Sequence[str], b: Sequence[str]) -> list[Op]:
    """Return the word diff of two texts, each replaced run refined into its single edits."""
    if a == b:
        # Most paragraphs of most versions are kept word for word: no diff to run.
        return [("equal", 0, len(a), 0, len(b))] if a else []
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in a], b=[_key(t) for t in b], autojunk=False)
    ops: list[Op] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "replace":
            refined = refine_replacement(a[a0:a1], b[b0:b1])
            ops += [(t, a0 + x0, a0 + x1, b0 + y0, b0 + y1) for t, x0, x1, y0, y1 in refined]
        else:
            ops.append((tag, a0, a1, b0, b1))
    return ops


def _clip_ops(ops: Sequence[Op], start: int, end: int, last: bool) -> list[Op]:
    """Return the part of a diff that falls in version words start..end.

    Words only the reference has go with the version paragraph they precede, or the last one.
    """
    out: list[Op] = []
    for tag, a0, a1, b0, b1 in ops:
        if tag == "delete":
            if start <= b0 < end or (b0 == end and last) or (b0 == start == end):
                out.append((tag, a0, a1, b0, b1))
            continue
        lo, hi = max(b0, start), min(b1, end)
        if lo >= hi:
            continue
        if tag == "equal":
            out.append((tag, a0 + lo - b0, a0 + hi - b0, lo, hi))
        elif tag == "insert" or lo != b0:
            out.append(("insert", a0, a0, lo, hi))
        else:
            out.append((tag, a0, a1, lo, hi))
    return out


def diff_paragraph(old: str, new: str, paragraph: int) -> tuple[tuple[DiffSpan, ...], list[WordChange]]:
    """Return a paragraph's word diff and its classified replacements."""
    a, b = old.split(), new.split()
    return _render(word_ops(a, b), a, b, _quoted_words(a), paragraph)


def _render(
    ops: Sequence[Op], a: Sequence[str], b: Sequence[str], quoted: Sequence[bool], paragraph: int
) -> tuple[tuple[DiffSpan, ...], list[WordChange]]:
    """Return the spans of a diff and the classified word changes it makes."""
    spans: list[DiffSpan] = []
    changes: list[WordChange] = []

    def emit(kind: DiffKind, words: Sequence[str]) -> None:
        if not words:
            return
        if spans and spans[-1].kind == kind:
            spans[-1] = DiffSpan(kind, spans[-1].text + " " + " ".join(words))
        else:
            spans.append(DiffSpan(kind, " ".join(words)))

    for tag, a0, a1, b0, b1 in ops:
        if tag == "equal":
            emit("same", b[b0:b1])
            continue
        emit("removed", a[a0:a1])
        emit("added", b[b0:b1])
        if tag == "replace":
            old_text, new_text = " ".join(a[a0:a1]), " ".join(b[b0:b1])
            # A change is inside a quotation when most of the words it replaced were quoted.
            in_quote = sum(quoted[a0:a1]) * 2 > a1 - a0
            changes.append(WordChange(classify_change(old_text, new_text, in_quote), old_text, new_text, paragraph))
    return tuple(spans), changes


def _key(token: str) -> str:
    """Return the form of a token the word diff compares: quote styles are one."""
    return token.translate(_QUOTES)


def _quoted_words(words: list[str]) -> list[bool]:
    """Return, for each whitespace word, whether it stands inside quotation marks."""
    out = []
    inside = False
    for word in words:
        w = word.translate(_QUOTES)
        opens = w.startswith('"')
        closes = w.rstrip(".,;:!?)").endswith('"') and not (opens and len(w) == 1)
        out.append(inside or opens)
        if opens and not (closes and w.count('"') >= 2):
            inside = True
        if closes:
            inside = False if not opens or w.count('"') >= 2 else inside
    return out


def compare_quotes(
    reference: str, version: str, candidates: Sequence[Sequence[str]] | None = None
) -> tuple[QuoteChange, ...]:
    """Return the reference's quotations the version altered or dropped, in reference order.

    A quotation whose words the version carries (anywhere) is kept. Otherwise it is compared
    with `candidates[i]`, the version's quotations where the i-th reference quotation's
    paragraph went (all of the version's quotations when no alignment is given): the closest
    one sharing enough words in order is the quotation altered, else it was dropped.
    """
    return _compare_quotes(_quotations(reference), version, candidates)


def _compare_quotes(
    ref_quotes: Sequence[str], version: str, candidates: Sequence[Sequence[str]] | None
) -> tuple[QuoteChange, ...]:
    """Return the quotations altered or dropped (see `compare_quotes`)."""
    ver_folded = _folded(version)
    out = []
    for i, quote in enumerate(ref_quotes):
        words = _folded(quote)
        if words and words in ver_folded:
            continue
        best, score = None, 0.0
        for candidate in _quotations(version) if candidates is None else candidates[i]:
            ratio = difflib.SequenceMatcher(a=words.split(), b=_folded(candidate).split(), autojunk=False).ratio()
            if ratio > score:
                best, score = candidate, ratio
        if best is not None and score >= _QUOTE_ALTERED:
            out.append(QuoteChange("altered", quote, best))
        else:
            out.append(QuoteChange("dropped", quote, None))
    return tuple(out)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """Return a text's folded words, one space apart (cached: a reference's quotations meet every version)."""
    return " ".join(ALNUM.findall(fold_for_matching(text)))


def _aligned_quotes(
    links: Sequence[Link], ref_blocks: Sequence[Block], ver_blocks: Sequence[Block]
) -> tuple[QuoteChange, ...]:
    """Return the quotations altered or dropped, each compared with the quotations of its own paragraph's version."""
    went_to: dict[int, list[int]] = {}
    for link in links:
        for r in link.reference:
            went_to.setdefault(r, []).extend(link.version)
    quotes: list[str] = []
    candidates: list[list[str]] = []
    for r, block in enumerate(ref_blocks):
        if block.kind != "paragraph":
            continue
        theirs = [q for v in went_to.get(r, []) for q in _quotations(ver_blocks[v].text)]
        own = _quotations(block.text)
        quotes += own
        candidates += [theirs] * len(own)
    return _compare_quotes(quotes, _body(ver_blocks), candidates)


def _quotations(text: str) -> list[str]:
    """Return the quotations of at least three words in text, in order."""
    found = []
    for match in _QUOTATION.finditer(text):
        quote = next(g for g in match.groups() if g is not None).strip()
        if len(quote.split()) >= 3:
            found.append(quote)
    return found


def _headline_change(reference: Article, version: Article) -> tuple[str, str] | None:
    """Return both headlines when each file gives one and they differ beyond quote style."""
    if reference.title_derived or version.title_derived:
        return None
    if _key(reference.title) == _key(version.title):
        return None
    return (reference.title, version.title)
