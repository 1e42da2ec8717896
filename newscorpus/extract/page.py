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
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import justext

from ..config import Config
from ..model import BlockLabel, PageBlock, Source
from . import page_cues as cues
from .dateline import is_credit_block, is_dateline_block, looks_like_dateline, split_dateline
from .gazetteer import load_gazetteer
from .headline import is_heading_line

# jusText's stop lists (function and very common words of 100 languages, from Wikipedia), for the
# share of a block's words that are function words: high in sentences, low in menus and headline lists.
_ENGLISH: frozenset[str] = frozenset(str(w) for w in justext.get_stoplist("English"))
# A page whose words are less than this share English function words is read with the stop list
# of the language it fits best; a page that fits none this well (Chinese, Japanese, Korean, whose
# words are not spaced or not listed) is read by length and sentence punctuation alone.
_LANGUAGE_MIN_SHARE = 0.15
# English is told from the page's first this many characters; other languages from all its words.
_LANGUAGE_SAMPLE_CHARS = 6000
_ANY_LANGUAGE_MIN_SHARE = 0.08


@functools.cache
def _all_stoplists() -> tuple[tuple[str, frozenset[str]], ...]:
    """Return every stop list jusText ships, by language name, loaded on first need."""
    names: list[str] = sorted(justext.get_stoplists())
    return tuple((name, frozenset(str(w) for w in justext.get_stoplist(name))) for name in names)


@functools.lru_cache(maxsize=1 << 16)
def _lists_holding(word: str) -> tuple[int, ...]:
    """Return the positions in `_all_stoplists` of the stop lists holding a word.

    Pages scored against every list (a hundred) share most of their words: each is looked up once.
    """
    return tuple(index for index, (_, stoplist) in enumerate(_all_stoplists()) if word in stoplist)


# A block of this many words or more with this share of function words, ending like a sentence,
# is prose (jusText's "good" paragraph, measured in words rather than characters).
_PROSE_MIN_WORDS = 10
_PROSE_MIN_STOP = 0.30
# A shorter sentence (a quotation, a one-line paragraph) is prose too when it ends like one.
_SHORT_PROSE_MIN_WORDS = 4
_SHORT_PROSE_MIN_STOP = 0.25
# A long block of few function words is a list (of links, tags, names), not prose.
_LIST_MAX_STOP = 0.15
# Headline shape: words, and no full stop at the end.
_HEADLINE_WORDS = (3, 30)
# How far above the story's first paragraph its headline can stand (a byline, a stamp, a share
# bar and a photo with its caption between them).
_HEADLINE_REACH = 25
# The least score a headline candidate needs (its share of words in the lede, with bonuses for
# standing right above the story, beside its byline or stamp, in title case, of headline length).
_HEADLINE_MIN_SCORE = 0.25
# The headline is compared with this many of the story's first blocks, word by word, words cut
# to this many letters.
_LEDE_BLOCKS = 5
_STEM_CHARS = 5
# A candidate at most this many blocks above the best one, scoring at most this much less, is the
# headline over a deck.
_DECK_REACH = 5
_DECK_MARGIN = 0.5
# A candidate this many blocks or fewer under a byline stands between byline and story.
_BYLINE_REACH = 3
# A deck of this many words reads as a sentence under its headline.
_DECK_SENTENCE_WORDS = 14
# A deck is at least this many words, or this many more than the headline above it.
_DECK_MIN_WORDS = 6
_DECK_LONGER_BY = 3
# A headline repeated on other pages shares at least this share of its words with the lede.
_REPEATED_HEADLINE_SHARE = 0.3
# A block in capitals of this many words or fewer is a label ("WASHINGTON POST"), not a headline.
_SHOUTED_LABEL_WORDS = 3
# A headline candidate with more than this share of words holding digits is a score line or a table row.
_HEADLINE_MAX_DIGITS = 0.3
# How far below the story's last paragraph its credit line can stand.
_CREDIT_REACH = 6
# A page with fewer blocks than this of the site's own furniture is a clean text: wire copy keys
# "MORE" or "Reuter" alone on a line, a web page prints dozens of controls, links and captions.
_FURNISHED_MIN_BLOCKS = 2
# A page with this many blocks repeated on other pages (words alone) has a site's furniture.
_REPEATED_MIN_BLOCKS = 3
# A page with at least this share of lines of figures is a table.
_TABLE_MIN_SHARE = 0.3
# A clean page's header (headline, byline, stamp lines above its story) is at most this many blocks.
_HEADER_MAX_BLOCKS = 8
# Captions and photo credits standing over a clean page's dateline ("Eastern Michigan quarterback Mike
# Glass III", "Al Goldis, Associated Press", then "Dekalb, Ill. — …"): at most this many blocks of at
# most this many words.
_CAPTIONS_OVER_DATELINE = 2
_CAPTION_MAX_WORDS = 60
# A run of this many blocks of at most this many words, without digits or sentences, is a menu.
_MENU_MIN_ENTRIES = 5
_MENU_ENTRY_WORDS = 4
# Controls, bylines, stamps, credit lines and comment signatures are at most this many words.
_SHORT_BLOCK_WORDS = 25
# A copyright line is at most this many words; a heading of related links or comments, this many.
_COPYRIGHT_MAX_WORDS = 25
_HEADING_MAX_WORDS = 8
# A stamp is at most this many words, and besides its date, time and filler at most this many.
_STAMP_MAX_WORDS = 16
_STAMP_OTHER_WORDS = 3
# A block with this many bars or bullets is a list of links, whatever its words.
_LIST_MIN_SEPARATORS = 3
# Quotes and brackets that may close a line after its real last character.
_CLOSERS = "\"'”’»)]"
# Three or more headline-and-sentence pairs, each at most this many words and this many blocks
# from the last, are teasers of other stories.
_TEASER_MAX_WORDS = 45
_TEASER_GAP = 3
_TEASER_MIN_PAIRS = 3
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
# What a short block that is neither prose nor furniture (a heading, a label, a line of a table)
# costs the story's run to take in, at least: enough that a few headings between teasers break it.
_GAP_PENALTY = 6.0
# A byline between the story's paragraphs is at most this many words (a writer's line in a long read).
_INSIDE_BYLINE_WORDS = 12
# Readers' signatures this many blocks after a comments heading show the comments have begun.
_COMMENT_REACH = 8
# Fewer words of prose than this above the comments are no story.
_STORY_MIN_WORDS = 40
# A block on at least this many pages of the corpus is the site's furniture ...
_REPEATED_MIN_PAGES = 3
# A paragraph of sentences this long is a story's even when other pages print it too.
_REPRINT_MIN_WORDS = 15
# ... unless the pages holding it share a paragraph this near it too: then it is a story they all
# reprint (its headline, byline and paragraphs), not the site's.
_SHARED_NEIGHBOURS = 2
_NEIGHBOUR_REACH = 1


@dataclass(frozen=True)
class _Features:
    """What one block looks like."""

    text: str
    words: int
    stop: float
    """Share of the block's words that are function words."""
    sentence: bool
    """Ends like a sentence."""
    furniture: bool
    """Reads as a control, prompt, copyright line, share bar or link list."""
    controls: bool
    """Reads as the site's own: a control, prompt, copyright line, share or menu bar (not a mere list)."""
    caption: bool
    related: bool
    comments_heading: bool
    comment_signature: bool
    byline: bool
    credit: bool
    stamp: bool
    """A date or time and little else."""
    repeated: bool
    """The same text stands on many pages of the corpus."""
    teaser: bool = False
    """One of a run of headlines each with a sentence under it: links to other stories."""
    person: bool = False
    """A person's name alone, or with a role or a stamp: a byline when it stands under a headline."""

    @property
    def prose(self) -> bool:
        """Return True for a paragraph of sentences."""
        if self.furniture or self.caption or self.repeated or self.byline or self.credit or self.teaser:
            return False
        if self.words >= _PROSE_MIN_WORDS and self.stop >= _PROSE_MIN_STOP:
            return self.sentence or self.words >= 2 * _PROSE_MIN_WORDS
        return self.sentence and self.words >= _SHORT_PROSE_MIN_WORDS and self.stop >= _SHORT_PROSE_MIN_STOP

    @property
    def furnished(self) -> bool:
        """Return True when the block shows the text is a page with furniture around a story.

        Only the site's own controls, prompts, captions, link lists and comments do: the story's
        credit lines (a byline, "Reuter" under it), a date, or a line repeated on other pages (wire
        copy repeats "Pay April 30" in every dividend notice) are no sign of a page around it.
        """
        return self.controls or self.caption or self.related or self.comments_heading or self.comment_signature

    @property
    def flagged(self) -> bool:
        """Return True when a cue says the block is not the story's."""
        return (
            self.furniture
            or self.caption
            or self.related
            or self.comments_heading
            or self.comment_signature
            or self.repeated
            or self.stamp
            or self.credit
            or self.teaser
        )


# --- splitting ------------------------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# Hard-wrapped lines are at most this long, and all but the last at least this share of the longest.
_WRAP_MAX_CHARS = 100
_WRAP_MIN_SHARE = 0.5


def split_blocks(text: str) -> tuple[str, ...]:
    """Return a text's blocks: paragraphs apart at blank lines, or lines when each line is a block.

    A scraper keeps one block per line ("Home", "Subscribe", a paragraph); a person writing a
    text file separates paragraphs by blank lines and may wrap them. A chunk between blank lines
    is one hard-wrapped paragraph when its lines are of one width and break inside sentences.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[str] = []
    for chunk in _BLANK_LINES.split(text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and not _wrapped(lines):
            blocks += [part for line in lines for part in _split_header(line)]
        elif lines:
            blocks += _split_header(" ".join(lines))
    return tuple(blocks)


# A headline and its stamp kept on one line: "Scores killed as truck rams crowd in France Updated:
# 2016-07-15 13:14 By Agencies(China Daily USA)". Two blocks: the headline, then the stamp line.
_STAMP_WORD = r"(?:last\s+)?(?:updated|published|posted)\b"
_HEADER_LINE = re.compile(rf"^(?P<title>[^\W\d].{{10,200}}?)\s+(?P<stamp>{_STAMP_WORD}\s*:\s*\d.{{0,100}})$", re.I)
_HEADER_LINE_MAX_WORDS = 45
# A stamp line under a headline says what it is first: "Updated: 2016-07-15 13:14 By Agencies".
_STAMP_OPENING = re.compile(rf"^{_STAMP_WORD}", re.I)


def _split_header(line: str) -> list[str]:
    """Return a line as its blocks: a headline and its stamp apart when a page runs them on, else the line."""
    match = _HEADER_LINE.match(line) if len(line.split()) <= _HEADER_LINE_MAX_WORDS else None
    if match is None:
        return [line]
    title = match.group("title")
    # A byline, a date or a bar before the stamp is a header line of its own, no headline.
    if cues.BYLINE.match(title) or cues.DATE_OR_TIME.search(title) or "|" in title or len(title.split()) < 3:
        return [line]
    return [title, match.group("stamp")]


def _wrapped(lines: Sequence[str]) -> bool:
    """Return True when lines are one paragraph hard-wrapped at a fixed width."""
    longest = max(len(line) for line in lines)
    if longest > _WRAP_MAX_CHARS or any(len(line) < _WRAP_MIN_SHARE * longest for line in lines[:-1]):
        return False
    # A wrap falls inside sentences: some line goes on in lower case, or stops without punctuation
    # mid-clause; a list of headlines or menu entries does neither.
    return any(line[:1].islower() for line in lines[1:]) or any(line[-1:] in ",;-–—" for line in lines[:-1])


def block_key(text: str) -> str:
    """Return the form under which one block's text is counted across pages (case and spacing aside)."""
    return " ".join(text.casefold().split())


def repeated_blocks(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """Return the keys of blocks that stand on many pages of the corpus and are not shared stories.

    A site prints its menus, prompts and footers on every page, beside different stories; a wire
    story reprinted by many sites brings its neighbouring paragraphs along. So a block counts as
    repeated furniture only when the pages holding it mostly do not share its neighbours too.
    """
    keyed = [[block_key(b) for b in page] for page in pages]
    pages_of: Counter[str] = Counter()
    for keys in keyed:
        pages_of.update(set(keys))
    common = {k for k, n in pages_of.items() if n >= _REPEATED_MIN_PAGES}
    if not common:
        return frozenset()
    # For each common block, count the pages where a paragraph near it is also common: a shared
    # story's headline and paragraphs are common together, a menu entry's neighbours are other
    # menu entries, so only long neighbours count.
    along: Counter[str] = Counter()
    for keys in keyed:
        for i, key in enumerate(keys):
            if key not in common:
                continue
            near = keys[max(0, i - _NEIGHBOUR_REACH) : i] + keys[i + 1 : i + 1 + _NEIGHBOUR_REACH]
            if any(n in common and len(n.split()) >= _PROSE_MIN_WORDS for n in near):
                along[key] += 1
    return frozenset(k for k in common if along[k] < _SHARED_NEIGHBOURS or pages_of[k] > 2 * along[k])


# --- labelling --------------------------------------------------------------------------------


def segment_pages(sources: Sequence[Source], config: Config) -> dict[str, tuple[PageBlock, ...]]:
    """Return every source's text as labelled blocks, by source id, furniture told across the whole corpus."""
    blocks = {s.id: split_blocks(s.text) for s in sources}
    repeated = repeated_blocks(blocks[s.id] for s in sources if not s.story_only)
    given = load_gazetteer(config.min_place_population).given_names
    return {s.id: label_page(blocks[s.id], config, repeated, given, story_only=s.story_only) for s in sources}


def label_page(
    blocks: Sequence[str],
    config: Config,
    repeated: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
    *,
    story_only: bool = False,
) -> tuple[PageBlock, ...]:
    """Return every block of a page with its label.

    repeated holds the keys of blocks that stand on many pages of the corpus (`repeated_blocks`);
    given_names, given names that tell a byline's name ("Erin Hitchcock, Burnaby Now"). A page
    whose reader kept only the story (story_only) is labelled as a clean page: all story, under
    its own headline and byline lines.
    """
    if not blocks:
        return ()
    # A page whose every paragraph stands on other pages is a copy of them (a re-sent story), not
    # a page of furniture: repetition tells furniture only beside text of the page's own.
    if repeated and not any(len(b.split()) >= _PROSE_MIN_WORDS and block_key(b) not in repeated for b in blocks):
        repeated = frozenset()
    stoplist = _stoplist(blocks)
    features = _mark_teasers([_features(b, stoplist, repeated, given_names) for b in blocks])
    if story_only or not _furnished(features):
        return _clean_page(features, config, story_only=story_only)
    start, end = _story_span(features)
    if start > end:
        return tuple(PageBlock(_outside(f), f.text) for f in features)
    start = _dateline_above(features, start)
    labels = [_outside(f) for f in features]
    for i in range(start, end + 1):
        labels[i] = _inside(features[i])
    for i in range(start, min(start + 2, end + 1)):
        if is_dateline_block(features[i].text) or is_credit_block(features[i].text):
            labels[i] = "story"
    headline = _find_headline(features, start)
    if headline is not None:
        labels[headline] = "headline"
    _label_credits(features, labels, headline, start, end)
    _label_comments(features, labels, end)
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _dateline_above(features: Sequence[_Features], start: int) -> int:
    """Return where the story opens when its dateline stands alone above its first paragraph.

    "NOUAKCHOTT, Mauritania --", or "BEVERLY HILLS, Calif., Jan. 8, 2008" then "(AP)", in blocks
    of their own.
    """
    if start > 1 and is_credit_block(features[start - 1].text) and is_dateline_block(features[start - 2].text):
        return start - 2
    if start > 0 and is_dateline_block(features[start - 1].text):
        return start - 1
    return start


def _label_credits(
    features: Sequence[_Features], labels: list[BlockLabel], headline: int | None, start: int, end: int
) -> None:
    """Label the story's credit lines: its byline above it, its sign-off or credit line under it."""
    top = headline if headline is not None else start
    for i in range(max(0, top - 1), min(len(features), start + 2)):
        f = features[i]
        if labels[i] not in ("headline", "story", "supplemental") and (f.byline or f.credit):
            labels[i] = "byline"  # "By Jane Doe", "Article from: Agence France-Presse", "The Associated Press"
        elif labels[i] == "story" and f.byline and not f.prose:
            labels[i] = "byline"
        elif labels[i] == "furniture" and f.person and _over_stamp(features, i, top, start):
            labels[i] = "byline"  # "Jeff Latzke" under the headline, over the stamp
    for i in range(1, start):
        if labels[i - 1] == "byline" and features[i].credit and labels[i] != "headline":
            labels[i] = "byline"  # "By Mike Corder" then "ASSOCIATED PRESS": the byline's agency
    for i in range(start, end + 1):
        f = features[i]
        if labels[i] == "furniture" and f.words < _COPYRIGHT_MAX_WORDS and _agency_copyright(f):
            labels[i] = "byline"  # "© 2008 AFP" between the story and the agency's note under it
    for i in range(end + 1, min(len(features), end + 1 + _CREDIT_REACH)):
        f = features[i]
        if _credit_line(f):
            labels[i] = "byline"  # "- REUTERS", "Brought to you by AAP", "© 2008 The Associated Press"
        elif cues.BYLINE.match(f.text) or cues.SIGNATURE.match(f.text):
            labels[i] = "byline"  # a post signed at its foot: "By Carrie Meathrell in News | Link", "-- Aaron Gold"


def _over_stamp(features: Sequence[_Features], i: int, top: int, start: int) -> bool:
    """Return True when a person's line stands where a byline does: under the headline, over the story or a stamp,
    or under a stamp under the headline ("Published Wed, Nov 20 2019", "Natasha Turak@NatashaTurak").

    The stamp may come a line further down, under the writer's role: "Tom Gillespie", "News reporter
    @TomGillespie1", "Wednesday 20 November 2019 11:42, UK".
    """
    if i in (top + 1, start - 1) or (0 < i <= top + 3 and features[i - 1].stamp):
        return True
    below = features[i + 1 : i + 3]
    return bool(below) and (
        below[0].stamp or (len(below) > 1 and below[1].stamp and below[0].words <= _STAMP_MAX_WORDS)
    )


def _stoplist(blocks: Sequence[str]) -> frozenset[str] | None:
    """Return the stop list of the page's language: English, else the best-fitting one, else None (none fits)."""
    sample = cues.WORD.findall(" ".join(blocks)[:_LANGUAGE_SAMPLE_CHARS].lower())
    if not sample or sum(1 for w in sample if w in _ENGLISH) >= _LANGUAGE_MIN_SHARE * len(sample):
        return _ENGLISH
    words = Counter(w.lower() for b in blocks for w in cues.WORD.findall(b))
    total = sum(words.values())
    counts = [0] * len(_all_stoplists())
    for word, n in words.items():
        for index in _lists_holding(word):
            counts[index] += n
    best, name = max(zip(counts, (name for name, _ in _all_stoplists()), strict=True))
    if best < _ANY_LANGUAGE_MIN_SHARE * total:
        return None
    return next(stoplist for listed, stoplist in _all_stoplists() if listed == name)


def _features(
    text: str, stoplist: frozenset[str] | None, repeated: frozenset[str], given_names: frozenset[str] = frozenset()
) -> _Features:
    """Return what one block looks like (stoplist None: a language with none, read as if all words were)."""
    tokens = cues.WORD.findall(text)
    words = len(tokens)
    if stoplist is None:
        # No stop list fits: sentences are told by their punctuation, so every word counts as one.
        stop = 1.0 if cues.SENTENCE_MARK.search(text) else 0.0
    else:
        stop = sum(1 for t in tokens if t.lower() in stoplist) / words if words else 0.0
    sentence = bool(cues.SENTENCE_END.search(text))
    separators = len(cues.SEPARATORS.findall(text))
    # A long line of few function words and no sentence is a link list, or a wire table's row.
    listing = words >= _PROSE_MIN_WORDS and stop < _LIST_MAX_STOP and not sentence
    short = words <= _SHORT_BLOCK_WORDS
    controls = bool(
        cues.PROMPT.match(text)
        or (separators >= 2 and stop < _PROSE_MIN_STOP)
        or separators >= _LIST_MIN_SEPARATORS
        # Controls, copyright lines and share bars are short: a paragraph is never one.
        or (short and (cues.CONTROL.match(text) or _control_bar(tokens)))
        or (words < _COPYRIGHT_MAX_WORDS and cues.COPYRIGHT.search(text))
        or bool(cues.COPYRIGHT_OPENING.match(text))
    )
    return _Features(
        text=text,
        words=words,
        stop=stop,
        sentence=sentence,
        furniture=controls or listing,
        controls=controls,
        caption=bool(cues.CAPTION.search(text)),
        related=bool(
            (words <= _HEADING_MAX_WORDS and cues.RELATED_HEADING.match(text)) or cues.RELATED_POINTER.match(text)
        ),
        comments_heading=short and bool(cues.COMMENTS_HEADING.match(text)),
        comment_signature=short and bool(cues.COMMENT_SIGNATURE.search(text)),
        byline=short
        and (
            (bool(cues.BYLINE.match(text)) and words <= 16) or _named_byline(text, given_names) or _stamped_byline(text)
        ),
        person=short and _person_line(text, given_names),
        credit=short and bool(cues.CREDIT_LINE.match(text) or cues.REPORTING_BY.match(text) or _stamped_credit(text)),
        stamp=short and _is_stamp(text, words),
        # A paragraph of sentences is never furniture for being on other pages too: outlets reprint
        # wire stories with edits in every paragraph, so its neighbours need not be shared with it.
        repeated=bool(repeated) and block_key(text) in repeated and not _long_prose(words, stop, text),
    )


def _named_byline(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a byline of a name and a desk: "Erin Hitchcock, Burnaby Now", "Kate Connolly in Berlin"."""
    match = cues.NAMED_BYLINE.match(text)
    return match is not None and match.group("given") in given_names


def _stamped_credit(text: str) -> bool:
    """Return True for a wire's name and a stamp: "Associated Press November 19, 2019, 9:02 AM"."""
    match = cues.AGENCY_OPENING.match(text)
    return match is not None and _is_stamp(text[match.end() :], len(cues.WORD.findall(text[match.end() :])))


def _stamped_byline(text: str) -> bool:
    """Return True for a stamp then a byline: "5:45 AM PST 11/19/2019 by Patrick Shanley"."""
    match = cues.STAMP_BYLINE.match(text)
    return match is not None and bool(cues.DATE_OR_TIME.search(text[: match.start("given")]))


def _person_line(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a person's name alone, or with a role or a stamp after it.

    "Jeff Latzke", "michelle shephard national security reporter", "Chris Davies - Nov 19, 2019,
    10:31 pm CST": bylines without "By", told by a given name opening them.
    """
    match = cues.PERSON_LINE.match(text)
    return match is not None and match.group("given").capitalize() in given_names


def _mark_teasers(features: list[_Features]) -> list[_Features]:
    """Return the features with runs of headline-and-sentence pairs marked as teasers of other stories.

    Index pages and sidebars list other stories as a headline and one sentence each ("B.C.
    Headlines" on a broadcaster's page); a story's subheadings are followed by paragraphs of
    its own, seldom three times in a row by one sentence each.
    """
    pairs = [
        i
        for i in range(len(features) - 1)
        if _heading_shaped(features[i])
        and not features[i].sentence
        and features[i + 1].prose
        and features[i + 1].words <= _TEASER_MAX_WORDS
    ]
    marked: set[int] = set()
    run: list[int] = []
    for i in [*pairs, len(features) + _TEASER_GAP + 2]:
        if run and i - run[-1] > _TEASER_GAP:
            if len(run) >= _TEASER_MIN_PAIRS:
                marked.update(range(run[0], run[-1] + 2))
            run = []
        run.append(i)
    return [replace(f, teaser=True) if i in marked else f for i, f in enumerate(features)]


def _long_prose(words: int, stop: float, text: str) -> bool:
    """Return True for a paragraph long and sentence-like enough to be a story's, wherever else it stands."""
    return words >= _REPRINT_MIN_WORDS and stop >= _PROSE_MIN_STOP and bool(cues.SENTENCE_END.search(text))


def _is_stamp(text: str, words: int) -> bool:
    """Return True for a date or time and little else ("Updated: Jan 5, 2008 @ 6:52 am", "Posted 03/03, 06:45am")."""
    if words > _STAMP_MAX_WORDS or not cues.DATE_OR_TIME.search(text) or looks_like_dateline(text):
        return False
    # A stamp says so, or prints a time, a weekday or a year: "Pay April 30" in a dividend notice is news.
    if not cues.STAMP_MARK.search(text):
        return False
    rest = cues.STAMP_FILLER.sub(" ", cues.DATE_OR_TIME.sub(" ", text))
    return len(cues.WORD.findall(rest)) <= _STAMP_OTHER_WORDS


def _control_bar(tokens: Sequence[str]) -> bool:
    """Return True for a run of share and menu controls ("FacebookEmail Twitter", "Print | Email")."""
    if not tokens or len(tokens) > 15:
        return False
    joined = "".join(tokens)
    rest = cues._CONTROL_TOKEN.sub("", joined)
    return len(rest) <= 0.2 * len(joined) and len(joined) >= 5


_DIGIT = re.compile(r"\d")


def _furnished(features: Sequence[_Features]) -> bool:
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


def _clean_page(features: Sequence[_Features], config: Config, *, story_only: bool = False) -> tuple[PageBlock, ...]:
    """Return a page with no furniture: its story, under its own headline and byline lines when it has them.

    A hosted page's header above the story is told apart, unless the reader already kept the story
    alone (story_only).
    """
    header = 0 if story_only else _page_header(features)
    if header:
        return _headed_page(features, header)
    labels: list[BlockLabel] = ["story"] * len(features)
    first = 0
    # A control or two over the story ("next", "prev", "Share"), a photo credit ("Image copyright
    # Getty Images"): too few to call the page furnished.
    while first < len(features) - 1 and features[first].words <= _HEADING_MAX_WORDS:
        if features[first].controls:
            labels[first] = "furniture"
        elif features[first].caption:
            labels[first] = "supplemental"
        else:
            break
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
            and features[first].words <= _STAMP_MAX_WORDS
            and _STAMP_OPENING.match(features[first].text)
            and cues.DATE_OR_TIME.search(features[first].text)
        ):
            labels[first] = "furniture"
            first += 1
    opening = _dateline_opening(features, first, config)
    for i in range(first, opening):
        labels[i] = "supplemental"
    # Credit lines closing the story ("(With inputs from Reuters)", "— AFP") are the story's credit.
    for i in range(_story_end(features, first) + 1, len(features)):
        labels[i] = "byline"
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _dateline_opening(features: Sequence[_Features], first: int, config: Config) -> int:
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


def _page_header(features: Sequence[_Features]) -> int:
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
        if not (_heading_shaped(f) or f.byline or f.stamp or f.credit or f.controls):
            return 0
    return 0


def _headed_page(features: Sequence[_Features], header: int) -> tuple[PageBlock, ...]:
    """Return a clean page with a header above its story: headline, byline and stamp lines apart, all else story."""
    story: list[BlockLabel] = ["story"] * (len(features) - header)
    labels: list[BlockLabel] = [*(_outside(f) for f in features[:header]), *story]
    captions = _captions_over_story(features, header)
    for i in range(header - captions, header):
        labels[i] = "supplemental"
    headline = _find_headline(features, header, captions)
    if headline is None:
        headline = next((i for i in range(header) if _headline_candidate(features[i])), None)
    if headline is not None:
        labels[headline] = "headline"
    _label_credits(features, labels, headline, header, _story_end(features, header))
    return tuple(PageBlock(label, f.text) for label, f in zip(labels, features, strict=True))


def _captions_over_story(features: Sequence[_Features], header: int) -> int:
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
    if any(f.words > _CAPTION_MAX_WORDS for f in tail) or not any(_headline_candidate(f) for f in features[:last]):
        return 0
    return len(tail)


def _story_end(features: Sequence[_Features], first: int) -> int:
    """Return the last block of a clean story: credit and copyright lines closing it are not its text."""
    end = len(features) - 1
    while end > first and len(features) - end <= _CREDIT_REACH and _credit_line(features[end]):
        end -= 1
    return end


def _agency_copyright(f: _Features) -> bool:
    """Return True for a copyright line naming a wire: "© 2008 AFP", "Copyright 2008 The Associated Press"."""
    return bool(cues.COPYRIGHT.search(f.text) and cues.AGENCY_NAMED.search(f.text))


def _credit_line(f: _Features) -> bool:
    """Return True for a line crediting the story: "- REUTERS", "© 2008 The Associated Press", "WASHINGTON (AFP)"."""
    if f.credit or _agency_copyright(f):
        return True
    return is_dateline_block(f.text) and "(" in f.text and bool(cues.AGENCY_NAMED.search(f.text))


def _heading_shaped(f: _Features, min_words: int = 1) -> bool:
    """Return True for a headline-shaped block: a few words, no full stop, opening in capitals ("iTunes" too)."""
    if not min_words <= f.words <= _HEADLINE_WORDS[1]:
        return False
    core = f.text.rstrip(_CLOSERS)
    if not core or core[-1] in ".:;,":
        return False
    head = f.text.lstrip("\"'“‘«([")[:2]
    return head[:1].isupper() or head[:1].isdigit() or (head[:1].islower() and head[1:2].isupper())


def _comments_start(features: Sequence[_Features]) -> int:
    """Return where readers' comments begin: a comments heading with signatures after it, or two signatures."""
    for i, f in enumerate(features):
        near = features[i + 1 : i + 1 + _COMMENT_REACH]
        # Readers sign and date what they post: signatures or stamps under the heading.
        if f.comments_heading and any(n.comment_signature or n.stamp for n in near):
            return i
        if f.comment_signature and sum(1 for n in near if n.comment_signature) >= 1:
            return i
    return len(features)


def _weight(f: _Features, opens: bool) -> float:
    """Return how much a block pulls the story's span over it: prose in, furniture out.

    opens is True for prose right under a headline and a byline or stamp, where stories start.
    """
    if f.comments_heading:
        return -1e9  # readers' comments begin: the story does not run on into them
    if f.prose:
        weight = float(f.words)
        if looks_like_dateline(f.text):
            weight += _OPENING_BONUS  # "CITY (AP) —" opens a story
        elif opens:
            weight += _OPENING_BONUS / 2
        return weight
    if f.flagged or (f.words >= _PROSE_MIN_WORDS and f.stop < _LIST_MAX_STOP):
        return -float(max(f.words, 3))
    return -max(_GAP_PENALTY, f.words / 2)


def _story_span(features: Sequence[_Features]) -> tuple[int, int]:
    """Return the first and last index of the run of blocks that holds the most prose (start > end: none)."""
    # The story stands above its readers' comments; only a page with no story there is read below.
    limit = _comments_start(features)
    if sum(f.words for f in features[:limit] if f.prose) < _STORY_MIN_WORDS:
        limit = len(features)
    best, best_span = 0.0, (1, 0)
    total, start = 0.0, 0
    for i, f in enumerate(features[:limit]):
        weight = _weight(f, f.prose and _under_credit(features, i))
        if total <= 0:
            total, start = weight, i
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, i)
    start, end = _trim(features, *best_span)
    if start > end:
        return start, end
    return _trim(features, _opening(features, start, end), _closing(features, start, end))


def _under_credit(features: Sequence[_Features], i: int) -> bool:
    """Return True when a byline or stamp stands a few blocks above block i, under a headline-shaped block."""
    above = features[max(0, i - _CREDIT_GAP) : i]
    credit = next((k for k in range(len(above) - 1, -1, -1) if above[k].byline or above[k].stamp), None)
    if credit is None:
        return False
    head = features[max(0, i - _CREDIT_GAP - 2) : max(0, i - _CREDIT_GAP) + credit]
    return any(_heading_shaped(h, _HEADLINE_WORDS[0]) and not h.flagged for h in head)


def _trim(features: Sequence[_Features], start: int, end: int) -> tuple[int, int]:
    """Return a span narrowed to start and end on prose: a heading or byline just above is the headline's."""
    while start <= end and not features[start].prose:
        start += 1
    while end >= start and not features[end].prose:
        end -= 1
    return start, end


def _prose_words(features: Sequence[_Features]) -> int:
    return sum(f.words for f in features if f.prose)


def _opening(features: Sequence[_Features], start: int, end: int) -> int:
    """Return where the story opens: after its byline or stamp, or at its dateline, when a little prose runs above.

    A site's blurb, a poll question or a weather bulletin above the headline is prose too, and the
    run of prose may take it in; the story itself opens under its byline or with its dateline.
    """
    for k in range(start + 1, min(end, start + _OPENING_REACH) + 1):
        if not features[k].prose:
            continue
        marked = looks_like_dateline(features[k].text) or _credited_above(features, k, start)
        if marked and _prose_words(features[start:k]) < _OPENING_SHARE * _prose_words(features[k : end + 1]):
            return k
    return start


def _credited_above(features: Sequence[_Features], k: int, start: int) -> bool:
    """Return True when a byline, stamp or credit line stands above block k with no prose between."""
    for f in reversed(features[max(start, k - _CREDIT_GAP) : k]):
        if f.prose:
            return False
        if f.byline or f.stamp or f.credit:
            return True
    return False


def _closing(features: Sequence[_Features], start: int, end: int) -> int:
    """Return where the story ends: before a heading of related links or comments with little prose after it."""
    for k in range(start + 1, end + 1):
        f = features[k]
        little_after = _prose_words(features[k : end + 1]) < _CLOSING_SHARE * _prose_words(features[start:k])
        if (f.related or f.comments_heading) and not f.prose and little_after:
            return k - 1
    return end


def _inside(f: _Features) -> BlockLabel:
    """Return the label of a block between the story's first and last paragraphs."""
    if f.prose:
        return "story"
    if f.byline and f.words <= _INSIDE_BYLINE_WORDS:
        return "byline"
    label = _outside(f)
    if label == "furniture" and not (f.furniture or f.repeated or f.stamp or f.credit):
        return "story"  # a subheading, a table row, a short line of the story
    return label


def _outside(f: _Features) -> BlockLabel:
    """Return the label a cue gives a block, furniture when none does."""
    if f.caption:
        return "supplemental"
    if f.related or f.teaser:
        return "related"
    if f.comments_heading or f.comment_signature:
        return "comments"
    return "furniture"


def _find_headline(features: Sequence[_Features], start: int, captions: int = 0) -> int | None:
    """Return the index of the story's headline: a headline-shaped block above it, sharing its words.

    Readers find a story's headline just above its byline, stamp or first paragraph, written in
    the words of the lede; a photo caption there reads as a sentence, a section label or a link
    shares no words with the story, and a related story's headline fewer than its own. The
    captions blocks just over the story are passed over.
    """
    lede = _stems(" ".join(f.text for f in features[start : start + _LEDE_BLOCKS]))
    scored: list[tuple[float, int, float]] = []
    for i in range(start - 1 - captions, max(-1, start - 1 - _HEADLINE_REACH), -1):
        found = _headline_score(features, i, start, lede)
        if found is not None:
            scored.append((found[0], i, found[1]))
    if not scored:
        return None
    best, index, _ = max(scored)
    if best < _HEADLINE_MIN_SCORE:
        return None
    return _over_deck(features, scored, best, index)


def _headline_score(features: Sequence[_Features], i: int, start: int, lede: set[str]) -> tuple[float, float] | None:
    """Return how well block i reads as the headline of the story at start, and its share of the lede's words."""
    f = features[i]
    # Directly over the byline is where a headline stands; a stamp or credit near it says so too.
    bylined = i + 1 < start and features[i + 1].byline
    near = [*features[max(0, i - 2) : i], *features[i + 1 : min(start, i + 4)]]
    credited = any(n.byline or n.stamp or n.credit for n in near)
    if not _headline_candidate(f):
        return None
    stems = _stems(f.text)
    shared = len(stems & lede)
    # One shared word ("Soccer" over a football story) is weak evidence; two or more are the story's.
    share = (shared / len(stems) if stems else 0.0) * (1.0 if shared >= 2 else 0.5)
    distance = start - i
    title = _title_case(f.text)
    if share == 0 and not ((credited and distance <= 4) or (title and distance <= 1 and f.words >= 4)):
        return None
    if f.repeated and share < _REPEATED_HEADLINE_SHARE:
        return None
    # Between the byline and the story stand decks, captions and tags, not the headline.
    under_byline = any(n.byline and not n.prose for n in features[max(0, i - _BYLINE_REACH) : i])
    score = (
        1.5 * share
        + (0.5 if bylined else 0.35 if credited else 0.0)
        - (0.3 if under_byline else 0.0)
        + (0.2 if title and f.words >= 4 else 0.0)
        + (0.15 if 4 <= f.words <= 16 else 0.0)
        + (0.15 if distance <= 2 else 0.0)
        - (0.3 if f.words > 18 else 0.0)
        - (0.6 if _digit_share(f.text) > _HEADLINE_MAX_DIGITS else 0.0)
        - 0.01 * distance
    )
    return score, share


def _over_deck(features: Sequence[_Features], scored: list[tuple[float, int, float]], score: float, index: int) -> int:
    """Return the headline over the best candidate when the best reads as its deck.

    A deck runs longer than its headline, often as a sentence ("Former attorney general Irwin
    Cotler among those asking …" under "Law professors, MPs sign brief to free Khadr"); a
    headline-shaped candidate just above it, sharing the story's words, is the headline. Two
    headlines of one length (a short one and the full one) keep the better.
    """
    best = features[index]
    if best.words < _DECK_MIN_WORDS and not best.sentence:
        return index
    # A deck written as a sentence ("The defence ministry said troops had killed …") gives way to any
    # shorter headline above it that shares the story's words; a shorter deck, to a close rival only.
    margin = _DECK_MARGIN * 3 if _deck_sentence(best) else _DECK_MARGIN
    for other_score, other, other_share in sorted(scored, key=lambda s: -s[1]):
        if not (index - _DECK_REACH <= other < index and other_share > 0 and other_score >= score - margin):
            continue
        if best.words < features[other].words + _DECK_LONGER_BY and not best.sentence:
            continue
        between = features[other + 1 : index]
        if all(_headline_candidate(b) or b.byline or b.stamp or b.caption or b.related or b.controls for b in between):
            return other
    return index


def _deck_sentence(f: _Features) -> bool:
    """Return True for a block that reads as a deck's sentence: long, or opening like a sentence."""
    return f.words >= _DECK_SENTENCE_WORDS or f.sentence or bool(cues.DECK_OPENING.match(f.text))


def _headline_candidate(f: _Features, min_words: int = _HEADLINE_WORDS[0]) -> bool:
    """Return True for a block that could be a story's headline."""
    # A headline reprinted with its story on other pages is repeated too; its words tell it from a menu's.
    return (
        # A long headline has few function words, as a list of links has: only the site's cues count.
        not replace(f, repeated=False, furniture=f.controls).flagged
        and not f.byline
        and _heading_shaped(f, min_words)
        and not f.text.rstrip(_CLOSERS).endswith(".")
        and not looks_like_dateline(f.text)
        and not cues.NOT_HEADLINE.search(f.text)
        and not (f.text.isupper() and f.words <= _SHOUTED_LABEL_WORDS)
    )


def _digit_share(text: str) -> float:
    """Return the share of a text's words that hold a digit (a score line, a table row)."""
    tokens = text.split()
    return sum(1 for t in tokens if any(c.isdigit() for c in t)) / len(tokens) if tokens else 0.0


def _stems(text: str) -> set[str]:
    """Return the rough stems of a text's content words: headline and lede word forms differ ("lauds", "lauded")."""
    return {w.lower()[:_STEM_CHARS] for w in cues.WORD.findall(text) if len(w) > 3 and not w.isdigit()}


def _title_case(text: str) -> bool:
    """Return True for text written in title case ("White Scores 22 Points In Loss")."""
    long = [w for w in cues.WORD.findall(text) if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 2 and sum(1 for w in long if w[:1].isupper()) >= 0.75 * len(long)


def _label_comments(features: Sequence[_Features], labels: list[BlockLabel], end: int) -> None:
    """Label readers' comments: everything after a comments heading below the story that is not furniture."""
    opened = False
    for i in range(end + 1, len(features)):
        f = features[i]
        if f.comments_heading:
            opened = True
        if opened and labels[i] == "furniture" and (f.prose or f.comment_signature or f.stamp):
            labels[i] = "comments"
