"""Synthetic versions of real Reuters stories with known edits, for scoring the story matcher.

Nothing here is stored: every text is derived at run time from the Reuters-21578 directory
given on the command line (research licence: never copy the collection into the repository).

``generate(directory, seed=..., n_stories=...)`` returns a :class:`SynthSet` with

* ``docs``      -- list of ``(doc_id, text)``; ids look like ``syn:<newid>:<edit>``;
* ``groups``    -- list of sets of doc ids that are versions of one story (original + variants);
* ``pairs``     -- ground-truth pairs ``(id_a, id_b, same_story, kind)`` (original vs each variant,
  plus the shared-quote hard negatives);
* ``digests``   -- ``(digest_id, group_index_a, group_index_b)``: the digest concatenates parts of
  two unrelated stories; it is a version of neither as a whole, and the two source groups must
  never end up in one predicted group together (chaining through the digest).

Edits are deterministic for a given seed.  Kinds of variant: ``trim``, ``reorder``, ``retop``,
``substitute``, ``quote-trim``, ``add-paragraphs``, ``house-style``, ``combo`` (two edits),
``dense-substitute`` (everyday synonyms swapped nearly everywhere, a change every few words) and
``paraphrase-lede`` (the lede recast with its attribution moved, the body lightly substituted) and
``heavy`` (all at once: recast lede, dense synonyms, a third cut, body shuffled, typos).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import reuters
from .synth_words import (
    ADDED_PARAGRAPHS,
    DAYS,
    DENSE_SYNONYMS,
    PARAPHRASE_TEMPLATES,
    RETOP_TEMPLATES,
    SUBSTITUTIONS,
)

_NAME = re.compile(r"\b([A-Z][a-z]{2,}(?:\s+(?:[A-Z][a-z]+|of|and|de))*\s+[A-Z][a-z]{2,})\b")
_QUOTE = re.compile(r'"([^"]{20,400})"')
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class SynthSet:
    docs: list[tuple[str, str]] = field(default_factory=list)
    groups: list[set[str]] = field(default_factory=list)
    pairs: list[tuple[str, str, bool, str]] = field(default_factory=list)
    digests: list[tuple[str, int, int]] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)  # doc id -> Reuters newid it came from


def _names(story: reuters.Story) -> list[str]:
    counts = Counter(_NAME.findall(" ".join(story.paragraphs())))
    names = [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if not names:
        words = [w.capitalize() for w in re.findall(r"[A-Za-z]{3,}", story.title)]
        names = [" ".join(words[:2]) or "The company"]
    if len(names) < 2:
        names.append("officials")
    return names


def _compose(title: str, dateline: str, paras: list[str]) -> str:
    paras = [p for p in paras if p]
    if paras and dateline:
        paras = [f"{dateline} {paras[0]}", *paras[1:]]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def _sub_words(text: str, rng: random.Random, share: float) -> str:
    chosen = [pair for pair in SUBSTITUTIONS if rng.random() < share]
    for old, new in chosen:
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w])", new, text)
    return text


def _quote_trim(paras: list[str]) -> tuple[list[str], int]:
    count = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal count
        words = m.group(1).split()
        if len(words) < 8:
            return m.group(0)
        count += 1
        return '"' + " ".join(words[: max(4, int(len(words) * 0.55))]) + ' ..."'

    out = [_QUOTE.sub(cut, p) for p in paras]
    return out, count


def _house_style(text: str, rng: random.Random) -> str:
    text = text.replace(" - ", " -- ").replace("  ", " ")
    text = re.sub(r"\bpct\b", "%", text)
    words = text.split(" ")
    for _ in range(max(1, len(words) // 60)):  # a typo every ~60 words
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _variant(kind: str, story: reuters.Story, rng: random.Random) -> tuple[str, str]:
    """Return (title, body text without title) of one edited version."""
    paras = story.paragraphs()
    dateline = " ".join(story.dateline.split())
    title = story.title
    n1, n2 = _names(story)[:2]
    day = rng.choice(DAYS)
    if kind == "trim":
        drop = rng.uniform(0.3, 0.7)
        keep = max(1, round(len(paras) * (1 - drop)))
        paras = paras[:keep]
    elif kind == "reorder":
        body = paras[1:]
        for _ in range(20):
            rng.shuffle(body)
            if body != paras[1:] or len(body) < 2:
                break
        paras = paras[:1] + body
    elif kind == "retop":
        lede = rng.choice(RETOP_TEMPLATES).format(n1=n1, n2=n2, day=day)
        paras = [lede, *paras]
        title = "UPDATE 1-" + title
    elif kind == "substitute":
        text = _sub_words("\n\n".join(paras), rng, 0.8)
        paras = text.split("\n\n")
        title = _sub_words(title, rng, 1.0)
    elif kind == "quote-trim":
        paras, _ = _quote_trim(paras)
    elif kind == "add-paragraphs":
        extra = rng.sample(ADDED_PARAGRAPHS, 2)
        for e in extra:
            paras.insert(rng.randrange(1, len(paras) + 1), e.format(n1=n1, n2=n2))
    elif kind == "house-style":
        paras = [_house_style(p, rng) for p in paras]
        title = title.title()
        dateline = ""
    elif kind == "dense-substitute":
        paras = [_dense(p, rng) for p in paras]
        title = _dense(title.lower(), rng).upper()
    elif kind == "paraphrase-lede":
        paras = [_paraphrase(paras[0], n1, day)] + [_dense(p, rng, 0.5) for p in paras[1:]]
        title = _dense(title.lower(), rng).upper() if rng.random() < 0.5 else title
    elif kind == "heavy":
        # Everything a desk does at once: lede recast, synonyms nearly everywhere, a third cut,
        # body paragraphs shuffled, typos and house style.
        body = [_house_style(_dense(p, rng, 1.0), rng) for p in paras[1:]]
        rng.shuffle(body)
        keep = max(1, round(len(body) * 0.7))
        paras = [_paraphrase(paras[0], n1, day), *body[:keep]]
        title = _dense(title.lower(), rng).title()
    elif kind == "combo":
        t1, b1 = _variant("trim", story, rng)
        text = _sub_words(b1, rng, 0.6)
        return _sub_words(t1, rng, 1.0), text
    return title, _compose("", dateline, paras).lstrip("\n")


def _dense(text: str, rng: random.Random, share: float = 0.9) -> str:
    """Return text with most occurrences of the everyday synonyms swapped, case kept roughly."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = _DENSE.get(word.lower())
        if new is None or rng.random() >= share:
            return word
        return new.capitalize() if word[0].isupper() else new

    return _DENSE_WORD.sub(swap, text)


_DENSE = dict(DENSE_SYNONYMS)
_DENSE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in _DENSE), key=len, reverse=True)) + r")\b", re.I
)
_ATTRIBUTION = re.compile(r",? (?P<who>(?:the )?[A-Z][\w.&' -]{1,60}?) said(?: (?:on |in )?\w+day)?(?: that)?,?\s*")


def _paraphrase(lede: str, n1: str, day: str) -> str:
    """Return the lede recast: attribution moved, clauses reordered, everyday words swapped."""
    match = _ATTRIBUTION.search(lede)
    if match:
        who = match.group("who")
        rest = (lede[: match.start()] + " " + lede[match.end() :]).strip()
    else:
        who, rest = n1, lede
    rest = rest[0].lower() + rest[1:] if rest[:2].istitle() and not rest[:2].isupper() else rest
    template = PARAPHRASE_TEMPLATES[len(lede) % len(PARAPHRASE_TEMPLATES)]
    rest_cap = rest[0].upper() + rest[1:]
    return _dense(template.format(who=who, rest=rest, rest_cap=rest_cap, day=day), random.Random(lede), 1.0)


VARIANT_KINDS = [
    "trim",
    "reorder",
    "retop",
    "substitute",
    "quote-trim",
    "add-paragraphs",
    "house-style",
    "combo",
    "dense-substitute",
    "paraphrase-lede",
    "heavy",
]


def _eligible(story: reuters.Story) -> bool:
    paras = story.paragraphs()
    words = sum(len(p.split()) for p in paras)
    return len(paras) >= 5 and words >= 150


def _quote_sentences(stories: list[reuters.Story]) -> list[str]:
    out = []
    for s in stories:
        for p in s.paragraphs():
            if p.count('"') == 2 and 12 <= len(p.split()) <= 40:
                out.append(p)
    return out


def generate(
    directory: Path | str,
    *,
    seed: int = 1987,
    n_stories: int = 120,
    n_digests: int = 20,
    n_shared_quote: int = 20,
    exclude: set[int] | None = None,
    stories: dict[int, reuters.Story] | None = None,
) -> SynthSet:
    """Build the synthetic set from ``n_stories`` real stories (not in ``exclude``)."""
    stories = stories if stories is not None else reuters.load_stories(directory)
    exclude = exclude or set()
    rng = random.Random(seed)
    pool = sorted(k for k, s in stories.items() if k not in exclude and _eligible(s))
    pool = _drop_near_duplicates(pool, stories)
    rng.shuffle(pool)
    need = n_stories + 2 * n_digests + 2 * n_shared_quote + 40
    if len(pool) < need:
        raise ValueError("not enough eligible stories")
    base, pool = pool[:n_stories], pool[n_stories:]
    out = SynthSet()
    index_of = _add_versions(out, base, stories, rng, seed)
    _add_digests(out, base, stories, index_of, rng, n_digests)
    _add_shared_quotes(out, pool, stories, rng, n_shared_quote)
    return out


def _add_versions(
    out: SynthSet, base: list[int], stories: dict[int, reuters.Story], rng: random.Random, seed: int
) -> dict[int, int]:
    """Add each base story and two to four edited versions of it as one group; return each story's group."""
    index_of: dict[int, int] = {}
    for newid in base:
        story = stories[newid]
        orig_id = f"syn:{newid}:orig"
        out.docs.append((orig_id, _compose(story.title, " ".join(story.dateline.split()), story.paragraphs())))
        out.sources[orig_id] = newid
        group = {orig_id}
        kinds = rng.sample(VARIANT_KINDS, rng.randint(2, 4))
        vrng = random.Random(f"{seed}:{newid}")
        for kind in sorted(kinds, key=VARIANT_KINDS.index):
            title, body = _variant(kind, story, vrng)
            vid = f"syn:{newid}:{kind}"
            out.docs.append((vid, title + "\n\n" + body))
            out.sources[vid] = newid
            group.add(vid)
            out.pairs.append((orig_id, vid, True, f"synthetic-{kind}"))
        index_of[newid] = len(out.groups)
        out.groups.append(group)
    return index_of


def _add_digests(
    out: SynthSet,
    base: list[int],
    stories: dict[int, reuters.Story],
    index_of: dict[int, int],
    rng: random.Random,
    n_digests: int,
) -> None:
    """Add digests: the lede paragraphs of two unrelated base stories glued into one article."""
    topics = {k: set(stories[k].topics) | set(stories[k].places) for k in base}
    digest_n = 0
    tries = 0
    while digest_n < n_digests and tries < 1000:
        tries += 1
        a, b = rng.sample(base, 2)
        if topics[a] & topics[b]:
            continue
        pa, pb = stories[a].paragraphs(), stories[b].paragraphs()
        ka, kb = rng.randint(2, 3), rng.randint(2, 3)
        text = "NEWS DIGEST\n\n" + "\n\n".join(pa[:ka] + pb[:kb]) + "\n"
        did = f"syn:digest:{digest_n:03d}"
        out.docs.append((did, text))
        out.digests.append((did, index_of[a], index_of[b]))
        digest_n += 1


def _add_shared_quotes(
    out: SynthSet, pool: list[int], stories: dict[int, reuters.Story], rng: random.Random, n_shared_quote: int
) -> None:
    """Add hard negatives: two different real stories with one shared quoted paragraph inserted."""
    quotes = _quote_sentences([stories[k] for k in pool[2 * n_shared_quote :]])
    rng.shuffle(quotes)
    for i in range(min(n_shared_quote, len(quotes))):
        a, b = pool[2 * i], pool[2 * i + 1]
        quote = quotes[i]
        ids = []
        for k in (a, b):
            paras = stories[k].paragraphs()
            pos = rng.randrange(1, len(paras) + 1)
            paras = [*paras[:pos], quote, *paras[pos:]]
            did = f"syn:{k}:sharedquote"
            out.docs.append((did, _compose(stories[k].title, " ".join(stories[k].dateline.split()), paras)))
            out.sources[did] = k
            out.groups.append({did})
            ids.append(did)
        out.pairs.append((ids[0], ids[1], False, "synthetic-shared-quote"))


def _shingles(story: reuters.Story, n: int = 8) -> set[int]:
    words = _WORD.findall(" ".join(story.paragraphs()).lower())
    return {hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1)}


def _drop_near_duplicates(pool: list[int], stories: dict[int, reuters.Story]) -> list[int]:
    """Keep only stories sharing no 8-gram run with any other story (no real re-sends)."""
    seen: dict[int, int] = {}
    clash: set[int] = set()
    for k in sorted(stories):
        for h in _shingles(stories[k]):
            other = seen.setdefault(h, k)
            if other != k:
                clash.add(k)
                clash.add(other)
    return [k for k in pool if k not in clash]
