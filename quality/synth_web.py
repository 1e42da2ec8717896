"""Synthetic versions of real web stories inside other pages' furniture, for scoring the matcher on web news.

Nothing here is stored: every text is derived at run time from the L3S-GN1 folder given on the
command line. A base story is an L3S-GN1 page whose hand-labelled story runs at least 12 paragraphs
of 8 words or more (350 words in all), none of them in a held-out pair of ``labels/web_pairs.json``,
and no two bases sharing text. Every document is scraped-page text: the base's headline and
paragraphs set inside the blocks another page has around its own story (menus, widgets, captions,
related links), as a scraper keeps them. Each base gives one family of versions:

* ``orig`` and ``reprint``: the whole story in two sites' furniture (a reprint's furniture is the
  next base's own, so two different stories stand in the same furniture);
* ``retop``: two new paragraphs over the whole story; ``trim``: its first half;
* ``chain0``…``chain3``: a write-through, version k a new top over paragraphs k to k+7, so each
  shares most of its text with the next and the first and the last share less.

Besides, ``digest`` pages (the first five paragraphs of two bases, one after the other) must not
join the two bases' stories, and one base is reprinted ``big`` times (a paragraph dropped or the
end cut here and there), more widely than the document-frequency cap, and must stay one story.
The ground truth is complete: two documents are versions exactly when they are of one family.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from urllib.parse import urlparse

from newscorpus.model import Source, SourceMeta

from .labels.select_web_pairs import held_out
from .synth_words import ADDED_PARAGRAPHS, DAYS, RETOP_TEMPLATES
from .webpages import WebPage, read_l3s

_NAME = re.compile(r"\b([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*\s+[A-Z][a-z]{2,})\b")
_WORD = re.compile(r"[a-z0-9]+")
_LABELS = Path(__file__).resolve().parent / "labels" / "web_pairs.json"


@dataclass
class SynthWeb:
    """The synthetic web documents and their ground truth."""

    docs: dict[str, Source] = field(default_factory=dict)
    family: dict[str, int] = field(default_factory=dict)
    """The base story each document is a version of (digests are in none)."""
    kind: dict[str, str] = field(default_factory=dict)
    digests: list[tuple[str, int, int]] = field(default_factory=list)
    """(digest id, base a, base b): the digest must not join the two bases' stories."""


@dataclass(frozen=True)
class _Base:
    page: WebPage
    headline: str
    story: list[str]


def generate(data_dir: str | Path, *, bases: int = 40, big: int = 130, seed: int = 7) -> SynthWeb:
    """Return the synthetic documents: a family of versions per base story, digests and a big story."""
    rng = random.Random(seed)
    pages = read_l3s(Path(data_dir) / "l3s-gn1")
    chosen = _bases(pages, bases, rng)
    furniture = [_furniture(p) for p in pages]
    out = SynthWeb()

    def add(doc_id: str, family: int, kind: str, headline: str, body: list[str], around: int) -> None:
        before, after, site = furniture[around % len(furniture)]
        blocks = [*before[-rng.randint(3, 12) :], headline, *body, *after[: rng.randint(3, 12)]]
        out.docs[doc_id] = Source(
            id=doc_id,
            path=f"{doc_id}.txt",
            text="\n\n".join(blocks) + "\n",
            meta=SourceMeta(url=f"https://{site}/{doc_id}"),
        )
        if family >= 0:
            out.family[doc_id], out.kind[doc_id] = family, kind

    index_of = {p.id: k for k, p in enumerate(pages)}
    for b, base in enumerate(chosen):
        story, head = base.story, base.headline
        neighbour = index_of[chosen[(b + 1) % len(chosen)].page.id]
        add(f"b{b}:orig", b, "orig", head, story, index_of[base.page.id])
        add(f"b{b}:reprint", b, "reprint", head, story, neighbour)
        add(f"b{b}:retop", b, "retop", head, [_top(story, 1), _top(story, 2), *story], rng.randrange(10**6))
        add(f"b{b}:trim", b, "trim", head, story[: max(4, len(story) // 2)], rng.randrange(10**6))
        for k in range(4):
            body = ([_top(story, k)] if k else []) + story[k : k + 8]
            add(f"b{b}:chain{k}", b, f"chain{k}", head, body, rng.randrange(10**6))
    for b in range(0, min(len(chosen) - 1, 12), 2):
        add(
            f"digest{b}",
            -1,
            "digest",
            "News digest",
            chosen[b].story[:5] + chosen[b + 1].story[:5],
            rng.randrange(10**6),
        )
        out.digests.append((f"digest{b}", b, b + 1))
    widest = len(chosen) - 1
    story, head = chosen[-1].story, chosen[-1].headline
    for k in range(big):
        body = list(story)
        if k % 3 == 1:
            del body[rng.randrange(len(body))]
        elif k % 3 == 2:
            body = body[: len(body) - rng.randint(1, 4)]
        add(f"big{k:03d}", widest, "big", head, body, rng.randrange(10**6))
    return out


def _bases(pages: list[WebPage], wanted: int, rng: random.Random) -> list[_Base]:
    """Return up to `wanted` base stories in a seeded order, no two sharing text, none in a held-out pair."""
    pairs = json.loads(_LABELS.read_text(encoding="utf-8"))["pairs"]
    held = {p[key] for p in pairs if held_out(p["a"], p["b"]) for key in ("a", "b")}
    eligible = []
    for page in sorted(pages, key=lambda p: hashlib.sha1(f"synth-web-{p.id}".encode()).hexdigest()):
        story = [
            b for b, label in zip(page.blocks, page.labels, strict=True) if label == "story" and len(b.split()) >= 8
        ]
        heads = [b for b, label in zip(page.blocks, page.labels, strict=True) if label == "headline"]
        if f"l3s:{page.id}" not in held and heads and len(story) >= 12 and sum(len(b.split()) for b in story) >= 350:
            eligible.append(_Base(page, heads[0], story))
    rng.shuffle(eligible)
    chosen: list[_Base] = []
    seen: list[set[tuple[str, ...]]] = []
    for base in eligible:
        grams = _grams(" ".join(base.story))
        if all(len(grams & other) < 0.05 * min(len(grams), len(other)) for other in seen):
            chosen.append(base)
            seen.append(grams)
        if len(chosen) == wanted:
            break
    return chosen


def _furniture(page: WebPage) -> tuple[list[str], list[str], str]:
    """Return the blocks a page has before and after its story, and its site."""
    inside = [k for k, label in enumerate(page.labels) if label in ("story", "headline")]
    first, last = (inside[0], inside[-1]) if inside else (len(page.blocks), len(page.blocks))
    return list(page.blocks[:first]), list(page.blocks[last + 1 :]), urlparse(page.url).netloc or page.id


def _top(story: list[str], k: int) -> str:
    """Return a new paragraph of a write-through over the story, naming its people."""
    names = _NAME.findall(" ".join(story)) or ["The company", "officials"]
    line = RETOP_TEMPLATES[k % len(RETOP_TEMPLATES)].format(
        n1=names[0], n2=names[min(1, len(names) - 1)], day=DAYS[k % len(DAYS)]
    )
    return f"{line} {ADDED_PARAGRAPHS[k % len(ADDED_PARAGRAPHS)].format(n1=names[0], n2=names[-1])}"


def _grams(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def score(synth: SynthWeb, together: Callable[[str, str], bool]) -> dict[str, float]:
    """Return pair precision and recall over the families, the digests kept apart and the big story held whole."""
    ids = sorted(synth.family)
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        same, joined = synth.family[a] == synth.family[b], together(a, b)
        tp += same and joined
        fp += joined and not same
        fn += same and not joined
    apart = sum(not together(f"b{x}:orig", f"b{y}:orig") for _, x, y in synth.digests)
    big = [d for d in ids if synth.kind[d] == "big"]
    joined_big = sum(together(big[0], d) for d in big[1:]) + 1 if big else 0
    return {
        "P": tp / (tp + fp) if tp + fp else 1.0,
        "R": tp / (tp + fn) if tp + fn else 1.0,
        "digests kept apart": apart / len(synth.digests) if synth.digests else 1.0,
        "big story in one group": joined_big / len(big) if big else 1.0,
    }


def recall_by_kind(synth: SynthWeb, together: Callable[[str, str], bool]) -> dict[str, tuple[int, int]]:
    """Return, for each kind of version, how many of its pairs with the family's original were joined."""
    big = [d for d, k in sorted(synth.kind.items()) if k == "big"]
    out: dict[str, tuple[int, int]] = {}
    for doc, kind in sorted(synth.kind.items()):
        if kind == "orig":
            continue
        anchor = big[0] if kind == "big" else f"b{synth.family[doc]}:orig"
        if doc == anchor:
            continue
        merged, total = out.get(kind, (0, 0))
        out[kind] = (merged + together(anchor, doc), total + 1)
    return out
