"""Find the story in a page's text: split it into blocks and label each one.

Scrapers keep a page's text block by block, with the page around the story left in: menus,
widgets, captions, prompts, related links, readers' comments. Every block gets one label:

- headline: the story's headline, just above its byline or its first paragraph;
- byline: the lines crediting the story, above it ("By Jane Doe, AP Writer") or under it ("- REUTERS");
- story: the story's paragraphs and subheadings;
- supplemental: photo captions and credits;
- related: link lists and pointers to other stories;
- comments: readers' comments and the forms around them;
- furniture: navigation, widgets, prompts, timestamps, share bars, copyright lines.

What marks a story on any site: sentences of function words, long blocks, a run of them
with little between, a dateline opening it, the headline just above. What marks furniture
across one corpus: the same block text on many pages. A text with no furniture at all (wire
copy, a clean article) passes through with every block kept as story.

The steps live beside this module: `page_blocks` splits the text and finds blocks repeated across
the corpus, `page_features` reads each block, `page_span` finds the story's run on a furnished page,
`page_headline` its headline, `page_labels` the credit lines and comments around it, `page_pulls` its pull quotes,
and `page_clean` labels a page with no furniture; the patterns they match are in `page_cues` and `page_notices`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import Config
from ..model import BlockLabel, PageBlock, Source
from .dateline import is_credit_block, is_dateline_block
from .gazetteer import load_gazetteer
from .headline_shape import address_words
from .page_blocks import PROSE_MIN_WORDS, block_key, repeated_blocks, split_blocks
from .page_clean import clean_page, label_pointed_links
from .page_features import Features, block_features, mark_teasers, page_stoplist
from .page_headline import find_headline, headline_candidate
from .page_labels import dateline_above, inside, label_bare_ends, label_comments, label_credits, outside
from .page_pulls import label_pull_quotes
from .page_span import story_span

# A page with fewer blocks than this of the site's own furniture is a clean text: wire copy keys
# "MORE" or "Reuter" alone on a line, a web page prints dozens of controls, links and captions.
_FURNISHED_MIN_BLOCKS = 2
# A page with this many blocks repeated on other pages (words alone) has a site's furniture.
_REPEATED_MIN_BLOCKS = 3
# A page with at least this share of lines of figures is a table.
_TABLE_MIN_SHARE = 0.3
# A run of this many blocks of at most this many words, without digits or sentences, is a menu.
_MENU_MIN_ENTRIES = 5
_MENU_ENTRY_WORDS = 4


def segment_pages(sources: Sequence[Source], config: Config) -> dict[str, tuple[PageBlock, ...]]:
    """Return every source's text as labelled blocks, by source id, furniture told across the whole corpus."""
    blocks = {s.id: split_blocks(s.text) for s in sources}
    repeated = repeated_blocks(blocks[s.id] for s in sources if not s.story_only)
    given = load_gazetteer(config.min_place_population).given_names
    return {
        s.id: label_page(blocks[s.id], config, repeated, given, story_only=s.story_only, url=s.meta.url)
        for s in sources
    }


def label_page(
    blocks: Sequence[str],
    config: Config,
    repeated: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
    *,
    story_only: bool = False,
    url: str | None = None,
) -> tuple[PageBlock, ...]:
    """Return every block of a page with its label.

    repeated holds the keys of blocks that stand on many pages of the corpus (`repeated_blocks`);
    given_names, given names that tell a byline's name ("Erin Hitchcock, Burnaby Now"). A page
    whose reader kept only the story (story_only) is labelled as a clean page: all story, under
    its own headline and byline lines. url is the page's address, whose words may name its headline.
    """
    if not blocks:
        return ()
    # A page whose every paragraph stands on other pages is a copy of them (a re-sent story), not
    # a page of furniture: repetition tells furniture only beside text of the page's own.
    if repeated and not any(len(b.split()) >= PROSE_MIN_WORDS and block_key(b) not in repeated for b in blocks):
        repeated = frozenset()
    stoplist = page_stoplist(blocks)
    features = mark_teasers([block_features(b, stoplist, repeated, given_names) for b in blocks])
    if story_only or not _furnished(features):
        return _with_pull_quotes(features, clean_page(features, config, story_only=story_only))
    start, end = story_span(features)
    if start > end:
        return tuple(PageBlock(outside(f), f.text) for f in features)
    start = _past_title_printed_twice(features, dateline_above(features, start), end)
    labels = [outside(f) for f in features]
    for i in range(start, end + 1):
        labels[i] = inside(features[i])
    for i in range(start, min(start + 2, end + 1)):
        if is_dateline_block(features[i].text) or is_credit_block(features[i].text):
            labels[i] = "story"
    headline = find_headline(features, start, address=address_words(url))
    if headline is not None:
        labels[headline] = "headline"
    label_credits(features, labels, headline, start, end, places=load_gazetteer(config.min_place_population).places)
    _label_deck_over_byline(features, labels, headline)
    label_comments(features, labels, end)
    _label_far_captions(features, labels, start if headline is None else min(headline, start), end)
    label_pointed_links(features, labels)
    label_bare_ends(features, labels)
    label_pull_quotes(features, labels)
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _with_pull_quotes(features: Sequence[Features], page: tuple[PageBlock, ...]) -> tuple[PageBlock, ...]:
    """Return a labelled page with its story's pull quotes labelled (`label_pull_quotes`)."""
    labels = [b.label for b in page]
    label_pull_quotes(features, labels)
    return tuple(PageBlock(label, b.text) for label, b in zip(labels, page, strict=True))


# A photo's caption or credit stands at most this many blocks from the story, its headline included: a block
# that reads as one further off is a sidebar's ("Video: …", "Source: …") or a menu's.
_CAPTION_REACH = 2


def _label_far_captions(features: Sequence[Features], labels: list[BlockLabel], first: int, end: int) -> None:
    """Label what reads as a caption, out of the reach of the story's blocks first to end: a pointer to another
    story (related) or the site's furniture. The article's captions are the page's captions of its story."""
    for i, label in enumerate(labels):
        if label == "supplemental" and not first - _CAPTION_REACH <= i <= end + _CAPTION_REACH:
            labels[i] = "related" if features[i].related or features[i].teaser else "furniture"


def _past_title_printed_twice(features: Sequence[Features], start: int, end: int) -> int:
    """Return where the story starts past its title line printed twice at its head: a page may print its
    headline twice, one line right under the other, and the story's run take both in with the paragraphs."""
    if start + 2 <= end and features[start].text == features[start + 1].text and headline_candidate(features[start]):
        return start + 2
    return start


_DIGIT = re.compile(r"\d")
# A deck under the headline is a sentence or two, at most this many words.
_DECK_MAX_WORDS = 60


def _label_deck_over_byline(features: Sequence[Features], labels: list[BlockLabel], headline: int | None) -> None:
    """Label the deck between the headline and the byline: the prose right under the headline, over the
    byline ("November 20, 2019 Jane Roe") with the story's paragraphs under both, is no paragraph of it."""
    if headline is None or headline + 2 >= len(labels):
        return
    deck = headline + 1
    if labels[deck] != "story" or labels[deck + 1] != "byline" or features[deck].words > _DECK_MAX_WORDS:
        return
    if any(label == "story" for label in labels[deck + 2 :]):
        labels[deck] = "supplemental"


def _furnished(features: Sequence[Features]) -> bool:
    """Return True for a page with the site's furniture around its story: controls, captions, link
    lists, comments, or a menu (a run of short entries of words alone, unlike a wire table's rows)."""
    if sum(1 for f in features if f.furnished) >= _FURNISHED_MIN_BLOCKS:
        return True
    # A site repeats its footers and sidebars as whole runs of lines; wire copy repeats a template
    # line or two ("Nine mths", "Terms were not disclosed.") among its own.
    # (A table of figures repeats its column headings in every day's report: no furniture there.)
    repeated = [f for f in features if f.repeated and not f.credit and not _DIGIT.search(f.text)]
    if len(repeated) >= _REPEATED_MIN_BLOCKS:
        figures = sum(1 for f in features if not f.sentence and _DIGIT.search(f.text))
        if figures < _TABLE_MIN_SHARE * len(features):
            return True
    run = 0
    for f in features:
        entry = f.words <= _MENU_ENTRY_WORDS and not f.sentence and not _DIGIT.search(f.text)
        run = run + 1 if entry else 0
        if run >= _MENU_MIN_ENTRIES:
            return True
    return False
