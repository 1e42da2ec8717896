"""Label a page with no furniture around its story: wire copy, a clean article, or a hosted page's header over it.

A clean text is all story, under its own headline and byline lines when it has them; a hosted
wire page keeps a few header lines (headline, byline, stamp, a photo's caption) above the story.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..config import Config
from ..model import BlockLabel, PageBlock
from . import page_cues as cues
from .date_patterns import DATE_OR_TIME
from .dateline import is_dateline_block, looks_like_dateline, split_dateline
from .gazetteer import load_gazetteer
from .headline import is_heading_line
from .page_features import HEADING_MAX_WORDS, STAMP_MAX_WORDS, Features, heading_shaped
from .page_headline import find_headline, headline_candidate
from .page_labels import label_bare_ends, label_credits, outside, story_end
from .page_notices import BREADCRUMB, SITE_LINE

# A clean page's header (headline, byline, stamp lines above its story) is at most this many blocks.
_HEADER_MAX_BLOCKS = 8
# Captions and photo credits standing over a clean page's dateline ("Eastern Michigan quarterback Mike
# Glass III", "Al Goldis, Associated Press", then "Dekalb, Ill. — …"): at most this many blocks of at
# most this many words.
_CAPTIONS_OVER_DATELINE = 2
_CAPTION_MAX_WORDS = 60
# The link under a prompt standing alone ("Leggi anche") is another story's headline: at most this many words.
_POINTED_LINK_WORDS = 20


def clean_page(features: Sequence[Features], config: Config, *, story_only: bool = False) -> tuple[PageBlock, ...]:
    """Return a page with no furniture: its story, under its own headline and byline lines when it has them.

    A hosted page's header above the story is told apart, unless the reader already kept the story
    alone (story_only).
    """
    header = 0 if story_only else _page_header(features)
    if header:
        return _headed_page(features, header, load_gazetteer(config.min_place_population).places)
    labels: list[BlockLabel] = ["story"] * len(features)
    first = 0
    while first < len(features) - 1 and (over := _over_story(features[first])) is not None:
        labels[first] = over
        first += 1
    while first < len(features) - 1 and features[first].byline and cues.BYLINE.match(features[first].text):
        labels[first] = "byline"
        first += 1
    if (
        first < len(features) - 1
        and is_heading_line(features[first].text, config)
        and not looks_like_dateline(features[first].text)
        and not cues.NOT_HEADLINE.search(features[first].text)
        and not features[first].controls
        and not features[first].caption  # "Image copyright Getty Images" over the story
    ):
        labels[first] = "headline"
        first += 1
        while first < len(features) - 1 and (
            (features[first].byline and cues.BYLINE.match(features[first].text))
            # A writer's name alone under the headline: "Catherine Shu @catherineshu / 2 days".
            or (features[first].person and features[first + 1].prose)
        ):
            labels[first] = "byline"
            first += 1
        # The headline's stamp: "Updated: 2016-07-15 13:14 By Agencies(China Daily USA)".
        if (
            first < len(features) - 1
            and features[first].words <= STAMP_MAX_WORDS
            and cues.STAMP_OPENING.match(features[first].text)
            and DATE_OR_TIME.search(features[first].text)
        ):
            labels[first] = "furniture"
            first += 1
    opening = _dateline_opening(features, first, config)
    for i in range(first, opening):
        labels[i] = "supplemental"
    # Credit lines closing the story ("(With inputs from Reuters)", "— AFP") are the story's credit.
    end = story_end(features, first)
    for i in range(end + 1, len(features)):
        labels[i] = "byline"
    _label_controls_inside(features, labels, opening, end)
    label_pointed_links(features, labels)
    label_bare_ends(features, labels, site_tail=not story_only)
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _label_controls_inside(features: Sequence[Features], labels: list[BlockLabel], first: int, end: int) -> None:
    """Label a site's control left between a clean story's paragraphs ("Advertisement Continue reading the main
    story") as furniture when the same block stands on many pages of the corpus, and a heading of related links
    as related: no paragraph of the story, though one such block is too few to call the page furnished.

    A reader's prompt ("Scroll down for video", "We pay for your stories! …"), a link to another story ("Read
    more: …", "… Read more") and a photo's caption are no paragraph either, between the paragraphs or after the last.
    """
    for i in range(first, end + 1):
        f = features[i]
        # A site's own line ("Hosted by" over a portal's logo under the wire copy it hosts) is none of the story.
        if (f.controls and f.repeated and i < end) or SITE_LINE.match(f.text):
            labels[i] = "furniture"
        # A heading over links the reader's text dropped, the story going on under it: "More from The New York
        # Times:" between two paragraphs.
        elif f.related and not f.prose and f.words <= HEADING_MAX_WORDS and f.text.rstrip().endswith(":") and i < end:
            labels[i] = "related"
        elif i > first and not f.prose and any(g.prose for g in features[first:i]):
            labels[i] = _aside_label(f, labels[i])


def _over_story(f: Features) -> BlockLabel | None:
    """Return the label of a line over a clean story that is none of it, None for any other: a control or two
    ("next", "prev", "Share"), a photo credit ("Image copyright Getty Images"), too few to call the page
    furnished, a breadcrumb, or the page's stamp ("Published By - Harbour News - 2017.12.30. 18:26")."""
    if f.words <= HEADING_MAX_WORDS and (f.controls or f.caption):
        return "furniture" if f.controls else "supplemental"
    # A breadcrumb over the story ("Telegraph > News > World"): the site's path to the page, no headline.
    if f.words <= HEADING_MAX_WORDS and BREADCRUMB.match(f.text):
        return "furniture"
    if f.words <= STAMP_MAX_WORDS and cues.PAGE_STAMP.search(f.text) and DATE_OR_TIME.search(f.text):
        return "furniture"
    return None


def label_pointed_links(features: Sequence[Features], labels: list[BlockLabel]) -> None:
    """Label the link under a prompt standing alone between a story's paragraphs ("Leggi anche", then "Il comune
    chiude la piscina") as related: a short line, no sentence, read as one of the story's subheadings."""
    for i in range(len(features) - 1):
        g = features[i + 1]
        if (
            labels[i] == "related"
            and labels[i + 1] == "story"
            and not g.prose
            and g.words <= _POINTED_LINK_WORDS
            and cues.PROMPT_ALONE.match(features[i].text)
        ):
            labels[i + 1] = "related"


def _aside_label(f: Features, label: BlockLabel) -> BlockLabel:
    """Return the label of a block under a clean story's first paragraph: a prompt's, a link's or a caption's."""
    if f.controls and cues.PROMPT.match(f.text):
        return "furniture"
    if f.related and cues.RELATED_POINTER.match(f.text):
        return "related"
    return "supplemental" if f.caption else label


def _dateline_opening(features: Sequence[Features], first: int, config: Config) -> int:
    """Return where a clean page's story opens: at its dateline when captions stand over it, else first."""
    places = load_gazetteer(config.min_place_population).places
    if first >= len(features) or split_dateline([features[first].text], places)[0] is not None:
        return first
    for i in range(first + 1, min(len(features) - 1, first + _CAPTIONS_OVER_DATELINE + 1)):
        if features[i - 1].words > _CAPTION_MAX_WORDS:
            return first
        if split_dateline([features[i].text], places)[0] is not None:
            return i
    return first


def _page_header(features: Sequence[Features]) -> int:
    """Return how many blocks open a clean page as a web page's header, 0 when it has none.

    A hosted wire page ("Go to Google News", the headline, "By JOHN PYE ? 1 day ago") keeps a few
    lines above the story: headline-shaped lines, bylines, stamps, credit lines, with at least one
    byline, stamp or control among them. Wire copy opens with its headline and the story, or a
    table whose rows are headline-shaped too: no byline or stamp, so no header.
    """
    for i, f in enumerate(features[: _HEADER_MAX_BLOCKS + 1]):
        if f.prose or looks_like_dateline(f.text) or is_dateline_block(f.text):
            marked = any(h.byline or h.stamp or h.controls for h in features[:i])
            return i if marked and i < len(features) else 0
        if not (heading_shaped(f) or f.byline or f.stamp or f.credit or f.controls):
            return 0
    return 0


def _headed_page(features: Sequence[Features], header: int, places: Collection[str]) -> tuple[PageBlock, ...]:
    """Return a clean page with a header above its story: headline, byline and stamp lines apart, all else story."""
    story: list[BlockLabel] = ["story"] * (len(features) - header)
    labels: list[BlockLabel] = [*(outside(f) for f in features[:header]), *story]
    captions = _captions_over_story(features, header)
    for i in range(header - captions, header):
        labels[i] = "supplemental"
    headline = find_headline(features, header, captions)
    if headline is None:
        headline = next((i for i in range(header) if headline_candidate(features[i])), None)
    if headline is not None:
        labels[headline] = "headline"
    label_credits(features, labels, headline, header, story_end(features, header), places=places)
    label_bare_ends(features, labels)
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _captions_over_story(features: Sequence[Features], header: int) -> int:
    """Return how many blocks just over a headed page's story are a photo's caption and credit.

    A hosted page sets the headline, byline and stamp, then the photo ("Eastern Michigan quarterback
    Mike Glass III", "Al Goldis, Associated Press"), then the story: blocks after the last stamp line
    (else byline line), when a headline candidate stands above that line, are captions.
    """
    # The stamp first: a photo's credit ("Al Goldis, Associated Press") reads as a byline too.
    marks = [i for i in range(header) if features[i].stamp] or [i for i in range(header) if features[i].byline]
    if not marks or header - marks[-1] - 1 > _CAPTIONS_OVER_DATELINE:
        return 0
    last = marks[-1]
    tail = features[last + 1 : header]
    if any(f.words > _CAPTION_MAX_WORDS for f in tail) or not any(headline_candidate(f) for f in features[:last]):
        return 0
    return len(tail)
