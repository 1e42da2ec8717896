"""Each outlet's habitual substitutions across the corpus ("militants" for "rebels" in N stories)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Article, ChangeKind, Substitution, VariantGroup

# Kinds of change that say something about an outlet's style or stance rather than one story:
# figures and rewording are story-specific, quotation edits are listed per story.
# Punctuation stuck to the words of a change, dropped when comparing changes across stories.
_EDGE = ".,;:!?\"'“”‘’()"
HABIT_KINDS: frozenset[ChangeKind] = frozenset({"terminology", "spelling", "style"})
_WORD = re.compile(r"[^\W_]+")


def outlet_of(article: Article, outlet: str | None) -> str:
    """Return who published an article: the outlet when known (named by the input or the site of its
    address), else its file, which stands for itself.

    A folder is no outlet unless the user says so (--outlet-from-folder, which names the outlet): a
    scraper's folder holds many sites' pages, and their edits are no one outlet's habits.
    """
    return outlet or article.source


def habitual_substitutions(
    groups: Sequence[VariantGroup], articles: Mapping[str, Article], min_stories: int
) -> tuple[Substitution, ...]:
    """Return the substitutions each outlet made in at least min_stories groups, most frequent first."""
    seen: dict[tuple[str, ChangeKind, str, str], set[str]] = defaultdict(set)
    shown: dict[tuple[str, ChangeKind, str, str], tuple[str, str]] = {}
    for group in groups:
        for member in group.members:
            if member.edits is None:
                continue
            outlet = outlet_of(articles[member.id], member.outlet)
            for change in member.edits.changes:
                if change.kind in HABIT_KINDS:
                    old, new = change.old.strip(_EDGE), change.new.strip(_EDGE)
                    # "Rebels" at a sentence start and "rebels" inside one are one habit; "The" for "the"
                    # or "town. Residents" for "town, residents" is only where a sentence starts or stops.
                    key = (outlet, change.kind, old.lower(), new.lower())
                    if (words := change_words(old)) and words == change_words(new):
                        continue
                    seen[key].add(group.id)
                    shown[key] = min(shown.get(key, (old, new)), (old, new))
    habits = [
        Substitution(key[0], key[1], *shown[key], tuple(sorted(ids)))
        for key, ids in seen.items()
        if len(ids) >= min_stories
    ]
    return tuple(sorted(habits, key=lambda h: (h.outlet, -len(h.groups), h.kind, h.old, h.new)))


def change_words(text: str) -> list[str]:
    """Return the words of a change, folded: "The" and "the", "Africa.The" and "Africa. The" are alike; a change
    of punctuation alone ("-" for "—") has none."""
    return _WORD.findall(text.casefold())
