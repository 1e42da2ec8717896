"""Each outlet's habitual substitutions across the corpus ("militants" for "rebels" in N stories)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Article, ChangeKind, Substitution, VariantGroup

# Kinds of change that say something about an outlet's style or stance rather than one story:
# figures and rewording are story-specific, quotation edits are listed per story.
# Punctuation stuck to the words of a change, dropped when comparing changes across stories.
_EDGE = ".,;:!?\"'“”‘’()"
HABIT_KINDS: frozenset[ChangeKind] = frozenset({"terminology", "spelling", "style"})


def outlet_of(article: Article, outlet: str | None) -> str:
    """Return who published an article: the outlet when known, else its folder, else its file.

    A corpus without metadata is often sorted into one folder per outlet ("gazette/x.txt");
    when it is not, each file stands for itself.
    """
    if outlet:
        return outlet
    folder, _, _ = article.source.rpartition("/")
    return f"{folder}/" if folder else article.source


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
                    # "Rebels" at a sentence start and "rebels" inside one are one habit.
                    key = (outlet, change.kind, old.lower(), new.lower())
                    seen[key].add(group.id)
                    shown[key] = min(shown.get(key, (old, new)), (old, new))
    habits = [
        Substitution(key[0], key[1], *shown[key], tuple(sorted(ids)))
        for key, ids in seen.items()
        if len(ids) >= min_stories
    ]
    return tuple(sorted(habits, key=lambda h: (h.outlet, -len(h.groups), h.kind, h.old, h.new)))
