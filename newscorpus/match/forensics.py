"""What a version changed against its reference: paragraphs aligned, word changes classified.

Paragraphs are aligned one to one by shared words wherever they stand, so a moved paragraph is
found and marked; inside each aligned pair a word diff gives the substitutions, and each
substitution is classified by the rules in `classify_change`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence

from ..model import Article, ChangeKind, DiffKind, DiffSpan, ParagraphEdit, QuoteChange, VersionEdits, WordChange
from .text import fold

# Curly and straight quotes and apostrophes are one character to the word diff.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_ALNUM = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A quotation: text between paired marks, at least three words (single scare-quoted words are
# not quotations).
_QUOTATION = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«([^»]+)»")
# Replacements of at most this many words a side are one edit (a term, a name, a figure);
# longer ones are rewording.
_SHORT_EDIT = 3
# A changed number within this many words a side is a changed figure; a longer passage that
# happens to hold a number is rewording.
_FIGURE_SPAN = 6
# Words that carry no term of their own: "the" -> "early Thursday" is rewording, not terminology.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "has",
        "have",
        "had",
        "will",
        "would",
    ]
)
# Spelling variants share most letters: "Qaeda"/"Qaida", "Gadaffi"/"Gaddafi", "labour"/"labor".
_SPELLING_RATIO = 0.75


def compare_versions(reference: Article, version: Article, paragraph_match: float) -> VersionEdits:
    """Return everything the version changed against the reference."""
    ref_blocks = [b.text for b in reference.blocks]
    ver_blocks = [b.text for b in version.blocks]
    pairs = align_paragraphs(ref_blocks, ver_blocks, paragraph_match)
    moved = _moved(pairs)
    paragraphs: list[ParagraphEdit] = []
    changes: list[WordChange] = []
    ref_of = {v: r for r, v in pairs}
    cut = sorted(set(range(len(ref_blocks))) - set(ref_of.values()))
    placed: set[int] = set()
    for v, text in enumerate(ver_blocks):
        r = ref_of.get(v)
        if r is None:
            paragraphs.append(ParagraphEdit("added", None, v, (DiffSpan("added", text),)))
            continue
        # Reference paragraphs cut just before this one's counterpart are shown where they stood.
        for c in cut:
            if c < r and c not in placed:
                paragraphs.append(ParagraphEdit("cut", c, None, (DiffSpan("removed", ref_blocks[c]),)))
                placed.add(c)
        spans, edits = diff_paragraph(ref_blocks[r], text, v)
        changes += edits
        same = all(s.kind == "same" for s in spans)
        if v in moved:
            paragraphs.append(ParagraphEdit("moved", r, v, spans, changed=not same))
        else:
            paragraphs.append(ParagraphEdit("kept" if same else "edited", r, v, spans))
    for c in cut:
        if c not in placed:
            paragraphs.append(ParagraphEdit("cut", c, None, (DiffSpan("removed", ref_blocks[c]),)))
    return VersionEdits(
        paragraphs=tuple(paragraphs),
        changes=tuple(changes),
        quotes=compare_quotes(" ".join(ref_blocks), " ".join(ver_blocks)),
        headline=_headline_change(reference, version),
        dateline=(reference.dateline, version.dateline) if reference.dateline != version.dateline else None,
    )


def align_paragraphs(reference: Sequence[str], version: Sequence[str], minimum: float) -> list[tuple[int, int]]:
    """Return (reference index, version index) pairs of paragraphs that are one paragraph, edited.

    Similarity is the share of the shorter paragraph's words found in the other (multiset), so
    a trimmed paragraph still aligns; pairs are taken best first, each paragraph at most once.
    """
    ref_words = [_bag(t) for t in reference]
    ver_words = [_bag(t) for t in version]
    scored = []
    for r, rw in enumerate(ref_words):
        for v, vw in enumerate(ver_words):
            if not rw or not vw:
                continue
            shared = sum(min(n, vw.get(w, 0)) for w, n in rw.items())
            score = shared / min(sum(rw.values()), sum(vw.values()))
            if score >= minimum:
                scored.append((-score, abs(r - v), r, v))
    scored.sort()
    used_r: set[int] = set()
    used_v: set[int] = set()
    pairs = []
    for _, _, r, v in scored:
        if r not in used_r and v not in used_v:
            used_r.add(r)
            used_v.add(v)
            pairs.append((r, v))
    return sorted(pairs)


def _bag(text: str) -> dict[str, int]:
    """Return the folded words of a paragraph with their counts."""
    bag: dict[str, int] = {}
    for word in _ALNUM.findall(fold(text)):
        bag[word] = bag.get(word, 0) + 1
    return bag


def _moved(pairs: list[tuple[int, int]]) -> set[int]:
    """Return the version indices of aligned paragraphs out of the reference's order.

    The longest run in order (longest increasing subsequence of reference positions, in version
    order) stays put; every other aligned paragraph was moved.
    """
    by_version = sorted(pairs, key=lambda p: p[1])
    refs = [r for r, _ in by_version]
    best: list[list[int]] = []
    for i, r in enumerate(refs):
        prev: list[int] = []
        for j in range(i):
            if refs[j] < r and len(best[j]) > len(prev):
                prev = best[j]
        best.append([*prev, i])
    longest: list[int] = []
    for run in best:
        if len(run) > len(longest):
            longest = run
    keep = set(longest)
    return {by_version[i][1] for i in range(len(refs)) if i not in keep}


def diff_paragraph(old: str, new: str, paragraph: int) -> tuple[tuple[DiffSpan, ...], list[WordChange]]:
    """Return a paragraph's word diff and its classified replacements."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in a], b=[_key(t) for t in b], autojunk=False)
    spans: list[DiffSpan] = []
    changes: list[WordChange] = []
    quoted = _quoted_words(a)

    def emit(kind: DiffKind, words: list[str]) -> None:
        if not words:
            return
        if spans and spans[-1].kind == kind:
            spans[-1] = DiffSpan(kind, spans[-1].text + " " + " ".join(words))
        else:
            spans.append(DiffSpan(kind, " ".join(words)))

    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
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


def classify_change(old: str, new: str, in_quote: bool = False) -> ChangeKind:
    """Return what kind of edit replacing old by new is.

    Rules, first match wins:
    1. a different number in a short replacement: figure ("12" -> "15", "three" -> "3");
    2. the same letters and digits, punctuation or spacing aside, or one house-style
       abbreviation for another: style ("…" -> "...", "50 per cent" -> "50-per-cent", "pct" -> "%");
    3. the same after folding case, accents and hyphens, or nearly the same letters: spelling
       ("al-Assad" -> "Al Assad", "Al-Qaeda" -> "Al Qaida", "Gadaffi" -> "Gaddafi");
    4. other words changed inside a quotation: quotation (a quote must not be edited);
    5. a short replacement: terminology ("rebels" -> "militants");
    6. anything longer: rewording.
    """
    short = len(old.split()) <= _FIGURE_SPAN and len(new.split()) <= _FIGURE_SPAN
    if short and _numbers(old) != _numbers(new) and (_DIGIT.search(old) or _DIGIT.search(new)):
        return "figure"
    alike = _same_words(old, new)
    if alike is not None:
        return alike
    if in_quote:
        return "quotation"
    short = len(old.split()) <= _SHORT_EDIT and len(new.split()) <= _SHORT_EDIT
    if short and _has_content(old) and _has_content(new):
        return "terminology"
    return "rewording"


def _has_content(text: str) -> bool:
    """Return True when text holds a word that is not a function word ("the", "on", "a")."""
    return any(w not in _FUNCTION_WORDS for w in _ALNUM.findall(text.lower()))


def _same_words(old: str, new: str) -> ChangeKind | None:
    """Return style or spelling when old and new are the same words written differently."""
    if _skeleton(old) == _skeleton(new):
        return "style"
    folded_old, folded_new = _folded(old), _folded(new)
    if folded_old == folded_new:
        # Equal only through the house-style table ("pct" -> "per cent"): style; through case,
        # accents or hyphens ("al-Assad" -> "Al Assad"): spelling.
        plain = _unaccented(old) == _unaccented(new)
        return "spelling" if plain else "style"
    if (
        len(old.split()) <= _SHORT_EDIT + 1
        and len(new.split()) <= _SHORT_EDIT + 1
        and min(len(folded_old), len(folded_new)) >= 4
        and difflib.SequenceMatcher(a=folded_old, b=folded_new, autojunk=False).ratio() >= _SPELLING_RATIO
    ):
        return "spelling"
    return None


def _numbers(text: str) -> list[str]:
    """Return the numbers in text, thousands separators dropped."""
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


def _skeleton(text: str) -> str:
    """Return only the letters and digits of text, case kept."""
    return "".join(_ALNUM.findall(unicodedata.normalize("NFC", text)))


def _unaccented(text: str) -> str:
    """Return the letters and digits of text, lower-cased and without accents."""
    decomposed = unicodedata.normalize("NFKD", _skeleton(text).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(text: str) -> str:
    """Return the letters and digits of text folded: case, accents, house-style abbreviations."""
    return "".join(_ALNUM.findall(fold(text)))


def compare_quotes(reference: str, version: str) -> tuple[QuoteChange, ...]:
    """Return the reference's quotations the version altered or dropped, in reference order."""
    ref_quotes = _quotations(reference)
    ver_quotes = _quotations(version)
    ver_folded = " ".join(_ALNUM.findall(fold(version)))
    out = []
    for quote in ref_quotes:
        words = " ".join(_ALNUM.findall(fold(quote)))
        if words and words in ver_folded:
            continue
        best, score = None, 0.0
        for candidate in ver_quotes:
            ratio = difflib.SequenceMatcher(
                a=words.split(), b=" ".join(_ALNUM.findall(fold(candidate))).split(), autojunk=False
            ).ratio()
            if ratio > score:
                best, score = candidate, ratio
        if best is not None and score >= 0.5:
            out.append(QuoteChange("altered", quote, best))
        else:
            out.append(QuoteChange("dropped", quote, None))
    return tuple(out)


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
