"""Give the corpus-wide merge's result again without running its steps, while nothing they read changed.

The steps read, of each article, its id, dateline and entities (their names, aliases and kinds,
never where the body writes them), answers to questions about the text of a few articles ("does it
write the name before a bracket?", "where does it first write this name?": `Corpus.read`, `Corpus.ask`),
and the answers of the corpus's word counts (`Vocabulary`) to questions such as "is this word
common?". How often an article names an entity is read once: to choose a group's canonical name
among names tied on everything else. A merge run through `merge_recorded` notes every question with
its answer and every such tie, and keeps its decisions: each entity's canonical name, the names an
ambiguous one could be, and why each joined.

When articles change, `remerge` gives their merged versions from those decisions, unless what the
steps read of them changed: their entities or dateline, the answer to a question a step asked of
them or to any question of the word counts (the corpus's counts are brought up to date by taking
the old text's words out and counting the new), or the name a tie chooses. A sentence added to a
story changes the counts of common words, rarely an answer, and a name written once more rarely
turns a tie. The steps are deterministic, so the same reads give the same decisions; renaming an article reads
only the article, the decisions and the word counts.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from ...config import Config
from ...model import Article
from ..identity import Vocabulary
from . import join_across_corpus
from .rename import decide_names, rename
from .state import Corpus, MentionTie, Ref, UnionFind
from .state import Question as TextQuestion

log = logging.getLogger(__name__)

Question = tuple[object, ...]
"""A question put to the vocabulary: the method's name and its arguments."""


@dataclass(frozen=True)
class MergeRecord:
    """What a merge read and decided, for giving changed articles their merged versions again."""

    digests: tuple[str, ...]
    """A hash of what the steps read of each article (`read_digest`), in the merge's order."""
    questions: dict[int, dict[TextQuestion, object]]
    """Article index -> every question a step asked of its text or spans -> the answer then."""
    vocabulary: Vocabulary
    """The corpus's word counts."""
    answers: dict[Question, object]
    """Every question the merge put to the vocabulary -> its answer then."""
    canonical: dict[Ref, str]
    candidates: dict[Ref, tuple[str, ...]]
    why: dict[Ref, str]
    ties: list[MentionTie]
    """The groups whose canonical name was chosen by their names' mentions: the one read of mentions."""


def read_digest(article: Article) -> str:
    """Return a hash of what the merge's steps read of an article: id, dateline, entities but their spans."""
    entities = [
        (e.kind, e.name, e.aliases, [(f.text, f.reason) for f in e.forms], e.candidates)
        for e in (*article.people, *article.organizations, *article.places)
    ]
    data = repr((article.id, article.dateline, entities)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def merge_recorded(articles: Sequence[Article], config: Config) -> tuple[tuple[Article, ...], MergeRecord]:
    """Return the articles merged across the corpus (as `merge_across_corpus`), and the merge's record."""
    corpus = Corpus.of(articles, config)
    vocabulary = corpus.vocabulary
    answers: dict[Question, object] = {}
    corpus.vocabulary = _NotedVocabulary(vocabulary, answers)
    join_across_corpus(corpus)
    canonical, candidates = decide_names(corpus)
    merged = tuple(rename(index, article, canonical, candidates, corpus) for index, article in enumerate(articles))
    record = MergeRecord(
        digests=tuple(read_digest(a) for a in articles),
        questions=corpus.questions,
        vocabulary=vocabulary,
        answers=answers,
        canonical=canonical,
        candidates=candidates,
        why=corpus.why,
        ties=corpus.ties,
    )
    return merged, record


def remerge(
    record: MergeRecord, changed: Mapping[int, tuple[Article, Article]], config: Config
) -> tuple[dict[int, Article], MergeRecord] | None:
    """Return changed articles merged, by index, and the record after them; None when the steps must run again.

    changed maps an article's index in the merge to its merged version from the last build and
    its new extraction. The record's word counts are brought up to date in place.
    """
    for index, (_, new) in changed.items():
        if read_digest(new) != record.digests[index]:
            log.debug("merge: %s: its entities or dateline changed, so names are merged again", new.id)
            return None
        if (question := _answered_otherwise(record.questions.get(index, {}), new)) is not None:
            log.debug("merge: %s: it answers %r otherwise now, so names are merged again", new.id, question)
            return None
    vocabulary = record.vocabulary
    vocabulary.add((b.text for old, _ in changed.values() for b in old.blocks), sign=-1)
    vocabulary.add(b.text for _, new in changed.values() for b in new.blocks)
    if (differs := _changed_answer(vocabulary, record.answers)) is not None:
        log.debug("merge: the word counts now answer %r otherwise, so names are merged again", differs)
        return None
    if (name := _changed_tie(record.ties, changed)) is not None:
        log.debug("merge: how often %r is named now chooses another name, so names are merged again", name)
        return None
    corpus = Corpus([], {}, UnionFind([]), config, vocabulary, record.why, {}, {}, Counter())
    merged = {i: rename(i, new, record.canonical, record.candidates, corpus) for i, (_, new) in changed.items()}
    return merged, record


def _answered_otherwise(asked: Mapping[TextQuestion, object], article: Article) -> TextQuestion | None:
    """Return the first question a step asked of an article that its new extraction answers otherwise,
    or None: the questions are functions of the article alone, so the same answers give the same merge."""
    for question, answer in asked.items():
        ask = cast(Callable[..., object], question[0])
        if ask(article, *question[1:]) != answer:
            return question
    return None


def _changed_tie(ties: list[MentionTie], changed: Mapping[int, tuple[Article, Article]]) -> str | None:
    """Return the canonical name of a group that the changed articles' mentions would name otherwise,
    or None; the ties are brought up to date in place (each member's mentions, from its new extraction)."""
    for n, (members, tied) in enumerate(ties):
        if not any(ref[0] in changed for ref, _ in members):
            continue
        now = {ref: _mentions_now(ref, changed, count) for ref, count in members}
        before, after = _winner(tied, dict(members)), _winner(tied, now)
        if before != after:
            return before
        ties[n] = (tuple(now.items()), tied)
    return None


def _mentions_now(ref: Ref, changed: Mapping[int, tuple[Article, Article]], count: int) -> int:
    """Return how often a member's article names it now: its new extraction's count when it changed."""
    if ref[0] not in changed:
        return count
    new = changed[ref[0]][1]
    named = (e.mentions for e in (*new.people, *new.organizations, *new.places) if (e.kind, e.name) == ref[1:])
    return next(named, count)


def _winner(tied: Sequence[tuple[str, int]], mentions: Mapping[Ref, int]) -> str:
    """Return the name `rename.canonical_name` chooses among names tied so far, given each member's mentions."""
    by_name: Counter[str] = Counter()
    for ref, count in mentions.items():
        by_name[ref[2]] += count
    return min(tied, key=lambda pair: (-pair[1], -by_name[pair[0]], pair[0]))[0]


class _NotedVocabulary(Vocabulary):
    """A vocabulary that notes every question put to it with its answer; its counts are not to be
    read but through those questions (the merge's steps that do would go unnoted)."""

    def __init__(self, vocabulary: Vocabulary, answers: dict[Question, object]) -> None:
        self._plain = vocabulary
        self._answers = answers

    @property
    def lower(self) -> Counter[str]:  # type: ignore[override]
        raise AttributeError("the merge reads word counts through the vocabulary's questions only")

    @property
    def capital(self) -> Counter[str]:  # type: ignore[override]
        raise AttributeError("the merge reads word counts through the vocabulary's questions only")

    def is_common(self, word: str, min_share: float, min_count: int) -> bool:
        return bool(self._noted("is_common", word, min_share, min_count))

    def capitalised_ranks(self, words: Sequence[str]) -> tuple[int, ...]:
        return cast(tuple[int, ...], self._noted("capitalised_ranks", tuple(words)))

    def rare(self, word: str, most: int) -> bool:
        return bool(self._noted("rare", word, most))

    def rarer(self, a: str, b: str) -> str:
        return str(self._noted("rarer", a, b))

    def mostly_capitalised(self, word: str) -> bool:
        return bool(self._noted("mostly_capitalised", word))

    def _noted(self, method: str, *args: object) -> object:
        answer: object = getattr(self._plain, method)(*args)
        self._answers[(method, *args)] = answer
        return answer


def _changed_answer(vocabulary: Vocabulary, answers: dict[Question, object]) -> Question | None:
    """Return the first question the vocabulary answers otherwise than noted, or None."""
    return next((q for q, answer in answers.items() if getattr(vocabulary, str(q[0]))(*q[1:]) != answer), None)
