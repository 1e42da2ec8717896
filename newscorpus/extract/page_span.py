"""Find the story's span on a furnished page: the run of blocks with the most prose, opened and closed by cues."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dateline import looks_like_dateline, speaker_labels
from .page_blocks import PROSE_MIN_WORDS
from .page_cues import PROMPT, RELATED_POINTER
from .page_features import HEADLINE_WORDS, LIST_MAX_STOP, Features, heading_shaped

# What a dateline (or a headline with a byline or stamp) above a paragraph adds to its pull: stories
# start there, and a short story under its headline outweighs a longer blurb in the footer.
_OPENING_BONUS = 50.0
# The story opens at a dateline, or under a byline or stamp at most this many blocks above, within
# this many blocks of the run's start, when the prose above it is less than this share of the rest.
_CREDIT_GAP = 4
_OPENING_REACH = 40
_OPENING_SHARE = 0.5
# A heading of related links or comments inside the run ends the story when the prose after it
# is less than this share of the prose before it.
_CLOSING_SHARE = 0.3
# A pointer to one story carries its headline: at least this many words after "READ MORE:"; the story goes on
# after it when prose follows and no other link comes within this many blocks.
_POINTER_HEADLINE_WORDS = 3
_POINTER_REACH = 3
# What a short block that is neither prose nor furniture (a heading, a label, a line of a table)
# costs the story's run to take in, at least: enough that a few headings between teasers break it.
_GAP_PENALTY = 6.0
# A caption, a photo credit or a reader's prompt of at most this many words set between two paragraphs
# costs the run no more than a heading: the story goes on under it.
_ASIDE_MAX_WORDS = 120
# Captions, credits and prompts in a row, at most; as far above it, two paragraphs show the story has begun.
_ASIDE_RUN = 3
# A fact box's question in capitals run into its answer ("WHAT IS GRAVITATIONAL LENSING? Gravitational lensing
# occurs …") has a dateline's shape, a lost dash for its question mark; no place opens with a question's word.
_QUESTION_HEAD = re.compile(r"^(?:WHAT|WHO|WHY|HOW|WHEN|WHERE|WHICH|IS|ARE|CAN|DO|DOES|DID|WILL|SHOULD)\b[^?]*\?\s")
# Readers' signatures this many blocks after a comments heading show the comments have begun.
_COMMENT_REACH = 8
# Fewer words of prose than this above the comments are no story.
_STORY_MIN_WORDS = 40


def _comments_start(features: Sequence[Features]) -> int:
    """Return where readers' comments begin: a comments heading with signatures after it, or two signatures."""
    for i, f in enumerate(features):
        near = features[i + 1 : i + 1 + _COMMENT_REACH]
        # Readers sign and date what they post: signatures or stamps under the heading.
        if f.comments_heading and any(n.comment_signature or n.stamp for n in near):
            return i
        if f.comment_signature and sum(1 for n in near if n.comment_signature) >= 1:
            return i
    return len(features)


def _weight(f: Features, opens: bool, labels: frozenset[str] = frozenset()) -> float:
    """Return how much a block pulls the story's span over it: prose in, furniture out.

    opens is True for prose right under a headline and a byline or stamp, where stories start;
    labels are the page's speakers' labels, which open an interview's turns, not a story.
    """
    if f.comments_heading:
        return -1e9  # readers' comments begin: the story does not run on into them
    if f.prose:
        weight = float(f.words)
        if _dateline(f.text, labels):
            weight += _OPENING_BONUS  # "CITY (AP) —" opens a story
        elif opens:
            weight += _OPENING_BONUS / 2
        return weight
    if f.flagged or (f.words >= PROSE_MIN_WORDS and f.stop < LIST_MAX_STOP):
        return -float(max(f.words, 3))
    return -max(_GAP_PENALTY, f.words / 2)


def _dateline(text: str, labels: frozenset[str]) -> bool:
    """Return True for a block opening with a dateline, not a fact box's question in capitals."""
    return looks_like_dateline(text, labels) and _QUESTION_HEAD.match(text) is None


def story_span(features: Sequence[Features]) -> tuple[int, int]:
    """Return the first and last index of the run of blocks that holds the most prose (start > end: none)."""
    # The story stands above its readers' comments; only a page with no story there is read below.
    limit = _comments_start(features)
    if sum(f.words for f in features[:limit] if f.prose) < _STORY_MIN_WORDS:
        limit = len(features)
    labels = speaker_labels(f.text for f in features)
    echoes = _echoes(features)
    best, best_span = 0.0, (1, 0)
    total, start = 0.0, 0
    for i, f in enumerate(features[:limit]):
        # A copy of the page's own paragraphs adds no prose of its own.
        if i in echoes or _aside(features, i):
            weight = -_GAP_PENALTY
        else:
            weight = _weight(f, f.prose and _under_credit(features, i), labels)
        if total <= 0:
            total, start = weight, i
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, i)
    start, end = _trim(features, *best_span)
    if start > end:
        return start, end
    return _trim(features, _opening(features, start, end, labels), _closing(features, start, end))


# A block is a copy of others when this share of its runs of this many words stand in shorter blocks.
_ECHO_WORDS = 6
_ECHO_SHARE = 0.7


def _runs(text: str) -> list[tuple[str, ...]]:
    words = text.lower().split()
    return [tuple(words[j : j + _ECHO_WORDS]) for j in range(len(words) - _ECHO_WORDS + 1)]


def _echoes(features: Sequence[Features]) -> frozenset[int]:
    """Return the prose blocks the page prints again in shorter blocks: a copy of its own paragraphs.

    A page's summary or its whole text printed again in one block (a description, a body kept for search
    engines) adds nothing, and a run of such copies is no story. A paragraph whose words stand only in a
    longer block (the body printed again whole) is the story's own; so is each print of a story printed twice.
    """
    runs = {i: _runs(f.text) for i, f in enumerate(features) if f.prose}
    shortest: dict[tuple[str, ...], int] = {}
    for i, found in runs.items():
        size = len(features[i].text)
        for run in found:
            shortest[run] = min(shortest.get(run, size), size)
    echoes = set()
    for i, found in runs.items():
        size = len(features[i].text)
        if found and sum(shortest[run] < size for run in found) >= _ECHO_SHARE * len(found):
            echoes.add(i)
    return frozenset(echoes)


def _aside_shaped(f: Features) -> bool:
    """Return True for a short caption, photo credit or reader's prompt."""
    return not f.prose and f.words <= _ASIDE_MAX_WORDS and bool(f.caption or f.credit or PROMPT.match(f.text))


def _aside(features: Sequence[Features], i: int) -> bool:
    """Return True for a caption or prompt (or a few of them, a photo's credit with them) set between paragraphs:
    the story goes on under it."""
    f = features[i]
    if not _aside_shaped(f) or f.credit:
        return False
    above = next((k for k in range(i - 1, max(-1, i - 1 - _ASIDE_RUN), -1) if not _aside_shaped(features[k])), -1)
    below = next(
        (k for k in range(i + 1, min(len(features), i + 1 + _ASIDE_RUN)) if not _aside_shaped(features[k])), -1
    )
    if above < 0 or below < 0 or not (features[above].prose and features[below].prose):
        return False
    # A caption needs two paragraphs a few blocks above it: a photo between a deck and the story's first paragraph
    # (the deck, then "… Photograph: Jane Roe/Getty Images", then the story) is the page's lead photo, under the deck.
    return not f.caption or sum(g.prose for g in features[max(0, above - _ASIDE_RUN) : above + 1]) >= 2


def _under_credit(features: Sequence[Features], i: int) -> bool:
    """Return True when a byline or stamp stands a few blocks above block i, under a headline-shaped block."""
    above = features[max(0, i - _CREDIT_GAP) : i]
    credit = next((k for k in range(len(above) - 1, -1, -1) if above[k].byline or above[k].stamp), None)
    if credit is None:
        return False
    head = features[max(0, i - _CREDIT_GAP - 2) : max(0, i - _CREDIT_GAP) + credit]
    return any(heading_shaped(h, HEADLINE_WORDS[0]) and not h.flagged for h in head)


def _trim(features: Sequence[Features], start: int, end: int) -> tuple[int, int]:
    """Return a span narrowed to start and end on prose: a heading or byline just above is the headline's."""
    while start <= end and not features[start].prose:
        start += 1
    while end >= start and not features[end].prose:
        end -= 1
    return start, end


def _prose_words(features: Sequence[Features]) -> int:
    return sum(f.words for f in features if f.prose)


def _opening(features: Sequence[Features], start: int, end: int, labels: frozenset[str] = frozenset()) -> int:
    """Return where the story opens: after its byline or stamp, or at its dateline, when a little prose runs above.

    A site's blurb, a poll question or a weather bulletin above the headline is prose too, and the
    run of prose may take it in; the story itself opens under its byline or with its dateline.
    """
    for k in range(start + 1, min(end, start + _OPENING_REACH) + 1):
        if not features[k].prose:
            continue
        marked = _dateline(features[k].text, labels) or _credited_above(features, k, start) or _after_ad(features, k)
        if marked and _prose_words(features[start:k]) < _OPENING_SHARE * _prose_words(features[k : end + 1]):
            return k
    return start


# A site's address alone, as an advertisement's link closes it: "www.irtsurveys.co.uk", "PDA.ClickCompare.info".
_BARE_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:com|net|org|info|biz|[a-z]{2})(?:/\S*)?", re.I)
# The same address run into the next block's first words by the scraper: "www.guardianenergy.co.uk The stereotype …"
# (a name opening a sentence, "Amazon.com said …", is no address).
_GLUED_ADDRESS = re.compile(r"(?:https?://|www\.)\S+\s+[A-Z]", re.I)


def _after_ad(features: Sequence[Features], k: int) -> bool:
    """Return True when block k follows an advertisement's address, or opens with it glued on by the scraper: a box
    of sponsored links (a title, a line of blurb and the advertiser's address, each) over the story ends there."""
    above = features[k - 1].text.strip()
    return bool(_BARE_ADDRESS.fullmatch(above) or _GLUED_ADDRESS.match(features[k].text.strip()))


def _credited_above(features: Sequence[Features], k: int, start: int) -> bool:
    """Return True when a byline, stamp or credit line stands above block k with no prose between."""
    for j in range(k - 1, max(start, k - _CREDIT_GAP) - 1, -1):
        f = features[j]
        if f.prose:
            return False
        # A photo's credit under its caption between two paragraphs is the photo's, not the story's.
        if (
            f.byline
            or f.stamp
            or (f.credit and not (j > start and (_aside(features, j - 1) or _photo_credit(features, j))))
        ):
            return True
    return False


def _photo_credit(features: Sequence[Features], j: int) -> bool:
    """Return True for a credit line under a caption with two paragraphs a few blocks above it: the photo's credit,
    whatever the page sets under it (its tools: "Email to a friend", "Printer friendly")."""
    if not features[j - 1].caption:
        return False
    return sum(g.prose for g in features[max(0, j - 2 - _ASIDE_RUN) : j - 1]) >= 2


def _closing(features: Sequence[Features], start: int, end: int) -> int:
    """Return where the story ends: before a heading of related links or comments with little prose after it."""
    for k in range(start + 1, end + 1):
        f = features[k]
        little_after = _prose_words(features[k : end + 1]) < _CLOSING_SHARE * _prose_words(features[start:k])
        if (f.related or f.comments_heading) and not f.prose and little_after and not _inline_link(features, k, end):
            return k - 1
    return end


def _inline_link(features: Sequence[Features], k: int, end: int) -> bool:
    """Return True for a link to one other story set between paragraphs of this one ("READ MORE: Second
    schoolgirl found by army", then the story goes on): not a heading over a list of links."""
    f = features[k]
    pointer = RELATED_POINTER.match(f.text)
    if pointer is None or len(f.text[pointer.end() :].split()) < _POINTER_HEADLINE_WORDS:
        return False
    after = features[k + 1 : end + 1]
    return bool(after) and after[0].prose and not any(n.related for n in after[:_POINTER_REACH])
