"""What one block of a page looks like: its words, function words, sentence shape and the cues it matches.

Every block of a page is read once into `Features`; the labelling rules (`page.py`) and the story's
span, headline and header (`page_span.py`, `page_headline.py`, `page_clean.py`) read only these.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import justext

from . import page_cues as cues
from .byline_cues import TRAILING_SIGNOFF
from .date_patterns import DATE_OR_TIME, STAMP_FILLER, STAMP_MARK, unglued
from .dateline import looks_like_dateline
from .page_blocks import PROSE_MIN_WORDS, block_key
from .page_bylines import foreign_byline, labelled_byline, named_byline, stamped_byline
from .page_captions import is_caption
from .page_glued import glued_dateline
from .page_notices import COMMENTS_POLICY, PLAYER_NOTICE, SITE_LINE, control_bar
from .post_lines import post_line_writer
from .text import unmangled_spaces

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


# A block of PROSE_MIN_WORDS words or more with this share of function words, ending like a sentence,
# is prose (jusText's "good" paragraph, measured in words rather than characters).
PROSE_MIN_STOP = 0.30
# A shorter sentence (a quotation, a one-line paragraph) is prose too when it ends like one.
_SHORT_PROSE_MIN_WORDS = 4
_SHORT_PROSE_MIN_STOP = 0.25
# A long block of few function words is a list (of links, tags, names), not prose.
LIST_MAX_STOP = 0.15
# Headline shape: words, and no full stop at the end.
HEADLINE_WORDS = (3, 30)
# Controls, bylines, stamps, credit lines and comment signatures are at most this many words.
_SHORT_BLOCK_WORDS = 25
# A byline is at most this many words, unless every word in it is a name or a joiner between names.
_BYLINE_WORDS = 16
_BYLINE_JOINERS = frozenset({"and", "in", "&"})
# A copyright line is at most this many words; a heading of related links or comments, this many.
COPYRIGHT_MAX_WORDS = 25
HEADING_MAX_WORDS = 8
# A stamp is at most this many words, and besides its date, time and filler at most this many.
STAMP_MAX_WORDS = 16
_STAMP_OTHER_WORDS = 3
# A block with this many bars or bullets is a list of links, whatever its words.
_LIST_MIN_SEPARATORS = 3
# A plug-in's notice or a note on the site's comments is a sentence or two: at most this many words.
_NOTICE_MAX_WORDS = 45
# Quotes and brackets that may close a line after its real last character.
CLOSERS = "\"'”’»)]"
# A line's last word written as initials, each letter with its point ("U.S.", "7:30 p.m."): no full stop.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
# Three or more headline-and-sentence pairs, each at most this many words and this many blocks
# from the last, are teasers of other stories.
_TEASER_MAX_WORDS = 45
_TEASER_GAP = 3
_TEASER_MIN_PAIRS = 3
# A paragraph of sentences this long is a story's even when other pages print it too.
_REPRINT_MIN_WORDS = 15


# Characters of scripts written without spaces between words (kana, CJK ideographs), and how many of
# them a word has on average.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_CHARS_PER_WORD = 2


@dataclass(frozen=True)
class Features:
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
    post_line: bool = False
    """A post's date and writer in one line ("05/10/2018 - Posted by: Jane Roe - Filed in: Health"): a
    byline when it stands right under the headline."""

    @property
    def prose(self) -> bool:
        """Return True for a paragraph of sentences."""
        if self.furniture or self.caption or self.repeated or self.byline or self.credit or self.teaser:
            return False
        if self.words >= PROSE_MIN_WORDS and self.stop >= PROSE_MIN_STOP:
            return self.sentence or self.words >= 2 * PROSE_MIN_WORDS
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


def page_stoplist(blocks: Sequence[str]) -> frozenset[str] | None:
    """Return the stop list of the page's language: English, else the best-fitting one, else None (none fits)."""
    sample = cues.WORD.findall(" ".join(blocks)[:_LANGUAGE_SAMPLE_CHARS].lower())
    if not sample or sum(map(_ENGLISH.__contains__, sample)) >= _LANGUAGE_MIN_SHARE * len(sample):
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


def block_features(
    text: str, stoplist: frozenset[str] | None, repeated: frozenset[str], given_names: frozenset[str] = frozenset()
) -> Features:
    """Return what one block looks like (stoplist None: a language with none, read as if all words were)."""
    tokens = cues.WORD.findall(text)
    words = sum(_token_words(t) for t in tokens) if _UNSPACED.search(text) else len(tokens)
    if stoplist is None:
        # No stop list fits: sentences are told by their punctuation, so every word counts as one.
        stop = 1.0 if cues.SENTENCE_MARK.search(text) else 0.0
    else:
        stop = sum(map(stoplist.__contains__, map(str.lower, tokens))) / words if words else 0.0
    # A paragraph with a wire's sign-off keyed on after its last sentence ends like one: "… deport him. — PTI".
    sentence = bool(cues.SENTENCE_END.search(text) or TRAILING_SIGNOFF.search(text))
    separators = len(cues.SEPARATORS.findall(text)) if cues.SEPARATOR_MARK.search(text) else 0
    # A long line of few function words and no sentence is a link list, or a wire table's row.
    listing = words >= PROSE_MIN_WORDS and stop < LIST_MAX_STOP and not sentence
    short = words <= _SHORT_BLOCK_WORDS
    # A player's control or a plug-in's notice is the site's, and no writer's name ("Skip Ad").
    player = words <= _NOTICE_MAX_WORDS and bool(PLAYER_NOTICE.search(text))
    controls = player or _controls(text, tokens, words, stop, separators)
    return Features(
        text=text,
        words=words,
        stop=stop,
        sentence=sentence,
        furniture=controls or listing or (short and bool(SITE_LINE.match(text))),
        controls=controls,
        caption=is_caption(text, given_names),
        related=bool(
            (words <= HEADING_MAX_WORDS and cues.RELATED_HEADING.match(text)) or cues.RELATED_POINTER.match(text)
        ),
        comments_heading=(short and bool(cues.COMMENTS_HEADING.match(text)))
        or (words <= _NOTICE_MAX_WORDS and bool(COMMENTS_POLICY.search(text))),
        comment_signature=short and cues.is_comment_signature(text),
        byline=short
        and not player
        and (
            (bool(cues.BYLINE.match(text)) and (words <= _BYLINE_WORDS or _names_only(text)))
            or named_byline(text, given_names)
            or stamped_byline(text)
            or labelled_byline(text, given_names)
            or foreign_byline(text)
        ),
        person=short and not player and _person_line(text, given_names),
        post_line=short and post_line_writer(text, given_names) is not None,
        credit=short and bool(cues.CREDIT_LINE.match(text) or cues.REPORTING_BY.match(text) or _stamped_credit(text)),
        stamp=short and _is_stamp(text, words),
        # A paragraph of sentences is never furniture for being on other pages too: outlets reprint
        # wire stories with edits in every paragraph, so its neighbours need not be shared with it.
        repeated=bool(repeated) and block_key(text) in repeated and not _long_prose(words, stop, text),
    )


def _controls(text: str, tokens: Sequence[str], words: int, stop: float, separators: int) -> bool:
    """Return True for a block of the site's own: a control, prompt, copyright line, share or menu bar."""
    short = words <= _SHORT_BLOCK_WORDS
    return bool(
        cues.PROMPT.match(text)
        or (separators >= 2 and stop < PROSE_MIN_STOP)
        or separators >= _LIST_MIN_SEPARATORS
        # Controls, copyright lines and share bars are short: a paragraph is never one.
        or (short and (cues.CONTROL.match(text) or control_bar(tokens)))
        or (words < COPYRIGHT_MAX_WORDS and cues.is_copyright(text))
        or bool(cues.COPYRIGHT_OPENING.match(text))
    )


def _token_words(token: str) -> int:
    """Return how many words a token stands for: one, or about one for every two characters of a
    script written without spaces (Chinese, Japanese), where a whole clause is one token."""
    unspaced = len(_UNSPACED.findall(token))
    return max(1, unspaced // _UNSPACED_CHARS_PER_WORD) if unspaced else 1


def _names_only(text: str) -> bool:
    """Return True for a byline of several writers, every word a name or a joiner: "BY JANE DOE in Paris
    and JOHN ROE, SAM POE and ANN LEE in New York" (a longer "By ..." line is a sentence's start)."""
    return all(w[:1].isupper() or w in _BYLINE_JOINERS for w in cues.WORD.findall(text))


def _stamped_credit(text: str) -> bool:
    """Return True for a wire's name and a stamp: "Associated Press November 19, 2019, 9:02 AM"."""
    match = cues.AGENCY_OPENING.match(text)
    return match is not None and _is_stamp(text[match.end() :], len(cues.WORD.findall(text[match.end() :])))


def _person_line(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a person's name alone, or with a role or a stamp after it.

    "Jeff Latzke", "michelle shephard national security reporter", "Chris Davies - Nov 19, 2019,
    10:31 pm CST", "Tom Davies Associated Press", "Jane Roe and Sam Poe Harbour Gazette": bylines
    without "By", told by a given name opening them, or by a wire's name after a comma.
    """
    pair = cues.WRITERS_LINE.match(unmangled_spaces(text))
    if pair is not None:
        given = pair.group("given") or pair.group("given_caps").capitalize()
        other = pair.group("other") or pair.group("other_caps").capitalize()
        return given in given_names and other in given_names
    match = cues.PERSON_LINE.match(text) or cues.NAME_AND_AGENCY.match(text)
    if match is None:
        return False
    # A name, a comma and a wire's name is a writer's or photographer's whatever the given name: "Derrik J. Lang,
    # THE ASSOCIATED PRESS".
    return match.group("given").capitalize() in given_names or (match.re is cues.NAME_AND_AGENCY and "," in text)


# A headline run into a teaser's sentence: at least this share of the headline's words capitalised,
# and at least this many words after it.
_GLUED_TITLE_SHARE = 0.6
_GLUED_SENTENCE_WORDS = 8
# Two such blocks together are a list of teasers: a story's paragraphs are not written so.
_GLUED_MIN_RUN = 2


def mark_teasers(features: list[Features]) -> list[Features]:
    """Return the features with runs of headline-and-sentence pairs marked as teasers of other stories.

    Index pages and sidebars list other stories as a headline and one sentence each ("B.C.
    Headlines" on a broadcaster's page); a story's subheadings are followed by paragraphs of
    its own, seldom three times in a row by one sentence each.
    """
    pairs = [
        i
        for i in range(len(features) - 1)
        if heading_shaped(features[i])
        and not features[i].sentence
        and features[i + 1].prose
        and features[i + 1].words <= _TEASER_MAX_WORDS
    ]
    marked: set[int] = set()

    # A story with links to other stories set between its paragraphs has more than one paragraph
    # between two links' headlines; a list of teasers, none (a date or a byline at most).
    def joined(a: int, b: int) -> bool:
        return not any(f.prose for f in features[a + 2 : b])

    for run in _runs(pairs, joined=joined):
        marked.update(range(run[0], run[-1] + 2))
    # A scraper that drops the break between a teaser's headline and its sentence leaves one block
    # of both ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled ...").
    for run in _runs([i for i, f in enumerate(features) if _glued_teaser(f)], _GLUED_MIN_RUN):
        marked.update(run)
    return [replace(f, teaser=True) if i in marked else f for i, f in enumerate(features)]


def _runs(
    indices: Sequence[int], least: int = _TEASER_MIN_PAIRS, joined: Callable[[int, int], bool] = lambda a, b: True
) -> list[list[int]]:
    """Return the runs of at least least indices, each at most _TEASER_GAP from the last and joined to it."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in [*indices, 1 << 30]:
        if run and (i - run[-1] > _TEASER_GAP or not joined(run[-1], i)):
            if len(run) >= least:
                runs.append(run)
            run = []
        run.append(i)
    return runs


def _glued_teaser(f: Features) -> bool:
    """Return True for a headline in title case run into a sentence: "… Deals In DetroitIn the market to …", or any
    headline run into its lede's dateline ("… return home from US NEW DELHI: Their American dream …")."""
    if glued_dateline(f.text):
        return True
    match = cues.GLUED_HEADLINE.match(f.text)
    if match is None:
        return False
    head = match.group("head").split()
    capitalised = sum(1 for w in head if w[:1].isupper() or w[:1].isdigit())
    rest = f.text[match.end("head") :].split()
    return capitalised >= _GLUED_TITLE_SHARE * len(head) and len(rest) >= _GLUED_SENTENCE_WORDS


def _long_prose(words: int, stop: float, text: str) -> bool:
    """Return True for a paragraph long and sentence-like enough to be a story's, wherever else it stands."""
    return words >= _REPRINT_MIN_WORDS and stop >= PROSE_MIN_STOP and bool(cues.SENTENCE_END.search(text))


def _is_stamp(text: str, words: int) -> bool:
    """Return True for a date or time and little else ("Updated: Jan 5, 2008 @ 6:52 am", "Posted 03/03, 06:45am")."""
    if words > STAMP_MAX_WORDS:
        return False
    text = unglued(text)
    # A stamp says so, or prints a time, a weekday or a year: "Pay April 30" in a dividend notice is news.
    # (Asked first: the cheapest of the three searches, and it turns away as many lines.)
    if not STAMP_MARK.search(text):
        return False
    if not DATE_OR_TIME.search(text) or looks_like_dateline(text):
        return False
    rest = STAMP_FILLER.sub(" ", DATE_OR_TIME.sub(" ", text))
    return len(cues.WORD.findall(rest)) <= _STAMP_OTHER_WORDS


def heading_shaped(f: Features, min_words: int = 1) -> bool:
    """Return True for a headline-shaped block: a few words, no full stop, opening in capitals ("iTunes" too)."""
    if not min_words <= f.words <= HEADLINE_WORDS[1]:
        return False
    core = f.text.rstrip(CLOSERS)
    if not core or (core[-1] in ":;," or full_stop(core)):
        return False
    # A quotation mark opening it may have become "?" in a page saved in the wrong encoding.
    head = f.text.lstrip("\"'“‘«([?")[:2]
    # A script with no capitals (Chinese, Japanese, Arabic) opens a headline with any letter.
    caseless = head[:1].isalpha() and not head[:1].isupper() and not head[:1].islower()
    return head[:1].isupper() or head[:1].isdigit() or (head[:1].islower() and head[1:2].isupper()) or caseless


def full_stop(text: str) -> bool:
    """Return True when text ends with a full stop, not the point of its last word's initials ("… 7:30 P.m.")."""
    core = text.rstrip(CLOSERS)
    return core.endswith(".") and not _INITIALS_END.search(core)
