"""One article as verification sees it (`Side`), what it knows of the corpus (`Context`), and an overlap's measure."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress

from ..model import Article
from .figure_values import Figure, compound_modifiers, figure_runs, figure_values, is_value_word
from .text import NUMBER_WORDS, Words, lede_block, lede_dates, name_flags, sentence_texts, sentence_words, subject_words


@dataclass(frozen=True)
class Overlap:
    """How much of two articles is shared copy, measured on each side."""

    covered_a: int
    covered_b: int
    size_a: int
    size_b: int

    @property
    def containment_a(self) -> float:
        """Return the share of a's words found in b."""
        return self.covered_a / max(1, self.size_a)

    @property
    def containment_b(self) -> float:
        """Return the share of b's words found in a."""
        return self.covered_b / max(1, self.size_b)

    @property
    def similarity(self) -> float:
        """Return shared words over the words of both (Jaccard); never above either containment."""
        shared = min(self.covered_a, self.covered_b)
        return shared / max(1, self.size_a + self.size_b - shared)


@dataclass(frozen=True)
class Side:
    """One article as verification sees it: words, n-grams by position, rare and common n-gram sets."""

    words: Words
    grams: tuple[int, ...]
    distinct: frozenset[int]
    title: frozenset[str]
    title_given: bool
    correction: bool
    """The headline marks a correction or re-send, which may change figures."""
    common: frozenset[int] = frozenset()
    """Its common n-grams standing in runs long enough to be copy (see `index.shingle`)."""
    article: Article | None = field(default=None, compare=False, repr=False)
    """The article itself, read only to find which words are names."""

    @cached_property
    def names(self) -> bytearray:
        """Return a mark per word: 1 where it is a name (capitalised in its block)."""
        if self.article is None:
            return bytearray(len(self.words.words))
        return name_flags(self.article, self.words)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Return every word of the text and its headline (read by few comparisons: made when first asked)."""
        return frozenset(self.words.words) | self.title

    @cached_property
    def gram_set(self) -> frozenset[int]:
        """Return every n-gram of the article, however common."""
        return frozenset(self.grams)

    @cached_property
    def figures(self) -> frozenset[str]:
        """Return every figure of the text: a run of digit words joined ("1.5", "6.1.4" for 6-1/4)."""
        return frozenset(figure_runs(self.words.words))

    @cached_property
    def quoted_grams(self) -> frozenset[int]:
        """Return the n-grams of the article holding a quoted word, wherever one stands."""
        grams, quoted = self.grams, bytes(self.words.quoted)
        if not grams or 1 not in quoted:
            return frozenset()
        size = len(quoted) - len(grams) + 1
        flags = 0
        for k in range(size):
            flags |= int.from_bytes(quoted[k : k + len(grams)], "big")
        return frozenset(compress(grams, flags.to_bytes(len(grams), "big")))

    @cached_property
    def figure_spans(self) -> tuple[tuple[int, int, tuple[tuple[int, int, str], ...]], ...]:
        """Return each block as (first word, end, its figures as (first word, end, figure)).

        A figure is a run of digit words joined by dots ("6-1/4" is "6.1.4"), number words as digits.
        """
        words = self.words.words
        ends = [start for _, start in self.words.blocks[1:]] + [len(words)]
        spans = []
        for (_, start), end in zip(self.words.blocks, ends, strict=True):
            runs = []
            first = -1
            for position in range(start, end + 1):
                word = words[position] if position < end else ""
                if word[:1].isdigit() or word in NUMBER_WORDS:
                    first = position if first < 0 else first
                    continue
                if first >= 0:
                    figure = ".".join(NUMBER_WORDS.get(w, w) for w in words[first:position])
                    runs.append((first, position, figure))
                    first = -1
            spans.append((start, end, tuple(runs)))
        return tuple(spans)

    @cached_property
    def sentences(self) -> tuple[tuple[tuple[Figure, ...], frozenset[str]], ...]:
        """Return each sentence of the kept blocks as (its figures' values in order, its other words)."""
        if self.article is None:
            return ()
        out = []
        for index, _ in self.words.blocks:
            for words in sentence_words(self.article.blocks[index].text):
                out.append((figure_values(words), frozenset(w for w in words if not is_value_word(w))))
        return tuple(out)

    @cached_property
    def sentence_compounds(self) -> tuple[tuple[str, ...], ...]:
        """Return each sentence's compound modifiers ("13-nation", "3-month"), in the order of `sentences` (the
        same `sentence_texts`)."""
        if self.article is None:
            return ()
        blocks = self.article.blocks
        return tuple(
            compound_modifiers(sentence)
            for index, _ in self.words.blocks
            for sentence in sentence_texts(blocks[index].text)
        )

    @cached_property
    def compounds(self) -> frozenset[str]:
        """Return the compound modifiers the article's sentences write."""
        return frozenset(c for compounds in self.sentence_compounds for c in compounds)

    @cached_property
    def lede_names(self) -> frozenset[str]:
        """Return the names the first paragraph gives: its subject (`subject_words`)."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        blocks = self.article.blocks
        return subject_words(self._lede_text, [blocks[i].text for i, _ in self.words.blocks])

    @cached_property
    def _lede_text(self) -> str:
        """Return the first paragraph that reads as one (`text.lede_block`): a link's words or a repeated
        headline the page left above the story name no subject."""
        assert self.article is not None
        texts = [self.article.blocks[i].text for i, _ in self.words.blocks]
        return texts[lede_block(texts)]

    @property
    def published(self) -> str | None:
        """Return the article's publication date, None when unknown."""
        return self.article.published if self.article is not None else None

    @cached_property
    def lede_dates(self) -> frozenset[str]:
        """Return the calendar dates the first paragraph gives, as "apr 7"."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        return lede_dates(self._lede_text)

    @cached_property
    def dated(self) -> frozenset[str]:
        """Return the calendar dates the first paragraph and its dateline give: the day it is filed for."""
        if self.article is None or not self.words.blocks:
            return frozenset()
        lede = self._lede_text
        return self.lede_dates | lede_dates(_dateline_of(self.article, lede))

    @cached_property
    def name_set(self) -> frozenset[str]:
        """Return every name word of the article."""
        return frozenset(w for w, flag in zip(self.words.words, self.names, strict=True) if flag)


@dataclass(frozen=True)
class Context:
    """What verification knows of the whole corpus."""

    articles: int = 2
    word_df: Mapping[str, int] = field(default_factory=dict)
    """In how many articles each word occurs."""
    generic: frozenset[str] = frozenset()
    """Headline words common across the corpus ("sets", "dividend", "raises"): no story's subject."""
    reads: set[str] | None = field(default=None, compare=False, repr=False)
    """When a set, every word weighed is added to it: what a verdict read of the corpus (memo.py)."""

    def weight(self, word: str) -> float:
        """Return how much a word says about a story's subject: rarer words say more."""
        if self.reads is not None:
            self.reads.add(word)
        return math.log(1 + self.articles / max(1, self.word_df.get(word, 1)))


def _dateline_of(article: Article, lede: str) -> str:
    """Return what the page prints before the lede in its block: the dateline ("SAO PAULO, APRIL 7 -")."""
    for block in article.page:
        if block.label == "story" and lede and block.text.endswith(lede):
            return block.text[: len(block.text) - len(lede)]
    return ""
