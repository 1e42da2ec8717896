"""Pages with too little text of their own to compare by word runs: wire alerts, pages that lost their story.

A wire alert is one sentence under its own words as headline ("Goldman Sachs, citing recent tax
overhaul in US, expects to take a $5 billion hit to profits this quarter"); the story it grows
into opens with the same news, mostly in the same words, with a run of them word for word. An
alert is a version of a story from the same agency that opens with most of its words and shares
a run of them, filed the same day or the next, every figure of it in the story. A one-line
bulletin is no version of another outlet's own story under the same headline (the agency
differs, or none is credited), nor is a later one-line item giving a new figure ("bond raised to
150 mln") a version of the story it follows. A one-paragraph page whose headline says nothing of
its text (a link beside the story, read as its headline) is judged as an alert, by its text alone.

A page whose scraped text kept the headline and lost the story (a subscription notice or a
site's banner where the story stood, not one word of the headline in it) is a version of the
story printed under that very headline, when every page printing it tells one story.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..config import Config
from .checks import days_apart, days_differ
from .reference import Facts
from .side import Side
from .text import content_words, title_key


def is_alert(side: Side, config: Config) -> bool:
    """Return True for a one-paragraph article of a few words that says its headline again, or
    none of it: a headline sharing no word with the text was read from elsewhere on the page."""
    if not side.title_given or len(side.words.blocks) != 1 or len(side.words.words) > config.alert_max_words:
        return False
    headline = content_words(side.title)
    said = headline & frozenset(side.words.words)
    return bool(headline) and (len(said) >= config.alert_headline_share * len(headline) or not said)


def alert_of(alert: Side, story: Side, known: Mapping[int, Facts], pair: tuple[int, int], config: Config) -> bool:
    """Return True when an alert is the first version of a story: same agency, same news in its opening."""
    ours, theirs = known[pair[0]], known[pair[1]]
    if not ours.credit or ours.credit != theirs.credit or not _same_days(alert, story, ours, theirs):
        return False
    said = content_words(frozenset(alert.words.words))
    opening = frozenset(story.words.words[: story.words.lede])
    # A later item with a figure of its own is news of its own ("bond raised to 150 mln").
    return bool(said) and len(said & opening) >= config.alert_lede_share * len(said) and alert.figures <= story.figures


def is_storyless(side: Side, config: Config) -> bool:
    """Return True for a page whose text says nothing of its headline: the story was lost in scraping."""
    if not side.title_given or len(side.words.words) > config.alert_max_words:
        return False
    headline = content_words(side.title)
    return len(headline) >= config.storyless_min_headline_words and not headline & frozenset(side.words.words)


def headline_links(
    sides: Sequence[Side], storyless: Sequence[int], together: Callable[[int, int], bool], known: Mapping[int, Facts]
) -> list[tuple[int, int]]:
    """Return (page, story) pairs: each storyless page with the pages printing its very headline.

    together(y, z) says whether two pages are already one story; a headline printed over
    different stories (an agency's bulletin and a league site's own report) links nothing.
    """
    by_headline: dict[str, list[int]] = {}
    for index, side in enumerate(sides):
        if side.article is not None and side.title_given:
            by_headline.setdefault(title_key(side.article.title), []).append(index)
    lost = set(storyless)
    pairs = []
    for page in storyless:
        article = sides[page].article
        if article is None:
            continue
        stories = [
            y
            for y in by_headline.get(title_key(article.title), [])
            if y not in lost and _same_days(sides[page], sides[y], known[page], known[y])
        ]
        if stories and all(together(stories[0], y) for y in stories[1:]):
            pairs += [(min(page, y), max(page, y)) for y in stories]
    return sorted(set(pairs))


def _same_days(a: Side, b: Side, facts_a: Facts, facts_b: Facts) -> bool:
    """Return True unless two articles are dated for different days: published two or more days
    apart, or their ledes and datelines naming different days (a daily table under one headline)."""
    return days_apart(facts_a.date, facts_b.date) <= 1 and not days_differ(a.dated, b.dated)
