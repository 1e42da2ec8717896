"""Find a story's headline on its page: a headline-shaped block above the story, in the words of its lede."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import page_cues as cues
from .dateline import looks_like_dateline
from .headline_shape import digit_share, score_line, stems, title_case, under_score_line
from .page_features import CLOSERS, HEADLINE_WORDS, Features, full_stop, heading_shaped
from .page_headline_address import far_named
from .page_lists import dated_entry, list_above, menu_above

# How far above the story's first paragraph its headline can stand (a byline, a stamp, a share
# bar listing every network twice, a ticker's table and a photo with its caption between them).
_HEADLINE_REACH = 40
# Past that, as far as this, when no menu stands between them (page_lists.menu_above): a photo gallery's captions and
# credits, a share panel and a box of other stories' links may stand between a headline and its story, a menu not.
_FAR_HEADLINE_REACH = 90
# The least score a headline candidate needs (its share of words in the lede, with bonuses for
# standing right above the story, beside its byline or stamp, in title case, of headline length).
_HEADLINE_MIN_SCORE = 0.25
# The headline is compared with this many of the story's first blocks, word by word.
_LEDE_BLOCKS = 5
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
# A topic, a colon or a dash, and at least four words of a title: "CES: iSleep to iDream with iPod-ready
# bed", "MOVIE REVIEW - Murder and morals collide in Allen's 'Dream'", a wire's sport code over a score
# line ("COL BKB: Stanford 66, Oregon St. 46").
_TOPIC_HEADLINE = re.compile(
    r"^[A-Z][\w&.'’-]{1,15}(?:(?:\s[A-Z][A-Z&.'’-]{1,15}){0,2}:|(?:\s[A-Z][\w&.'’-]{1,15}){0,2}\s[-–—]{1,2})"
    r"\s+\S+(?:\s+\S+){3,}$"
)
# A blog's name over a post's title: "The Harbour Blog", "Jane Roe's Blog". No headline over a deck.
_BLOG_NAME = re.compile(r"^(?:The\s+)?(?:[A-Z][\w.'’&-]*\s+){1,3}Blog$")
# How far above the story a headline over lists of links is still looked for.
_FAR_REACH = 60
# A headline over a list of links stands by its stamp or byline and shares at least this many of the lede's words.
_OVER_LIST_SHARED_WORDS = 3
# An entry of a list of links sharing at least this share of its words with the lede may be the headline
# at the list's foot; another entry before it has at least this many words.
_LIST_ENTRY_SHARE = 0.5
_LIST_ENTRY_WORDS = 4
# A headline over its byline may be two parts of at least this many words each, a bar between them.
_BARRED_PARTS = 2
_BARRED_PART_WORDS = 3
# What standing under another candidate's byline or stamp costs a headline candidate.
_UNDER_HEADER = 0.5
# Three or more candidates there are a list of links ("Ludeke: Jones put out feelers", "Bulls chasing
# Eddie Jones", "White backs Coetzee as coach"), and cost more.
_LINK_LIST_MIN = 3
_UNDER_HEADER_LIST = 1.0
# A headline over its byline may be as short as this.
_SHORT_HEADLINE_WORDS = 2
# A block in capitals of this many words or fewer is a label ("WASHINGTON POST"), not a headline.
_SHOUTED_LABEL_WORDS = 3
# A headline candidate with more than this share of words holding digits is a score line or a table row.
_HEADLINE_MAX_DIGITS = 0.3
# How a candidate's score is made: its share of the lede's words, times this; what standing over its byline or
# stamp earns, or having one near; what standing under a byline costs (a deck's place); what title case earns on
# a candidate of a headline's length (in words), and that length alone; what standing at most this many blocks
# above the story earns; what running longer than this many words costs, and holding a score line's digits; and
# what each block between it and the story costs.
_LEDE_SHARE = 1.5
_BYLINED = 0.5
_CREDITED = 0.35
_UNDER_BYLINE = 0.3
_TITLE_CASE = 0.2
_TITLE_WORDS = (4, 16)
_HEADLINE_LENGTH = 0.15
_NEAR = 0.15
_NEAR_BLOCKS = 2
_LONG = 0.3
_LONG_WORDS = 18
_DIGITS = 0.6
_DISTANCE = 0.01
# What a candidate of at least this many words printed twice over the story earns, as much as standing over
# its byline: a page prints its title line twice (again right under it, or at the end of a breadcrumb or a
# share bar's "Share this: <headline>"), never its deck.
_PRINTED_TWICE = 0.5
_PRINTED_TWICE_WORDS = 4
# What a candidate sharing at least this many words with the page's address earns, by the share of its words
# there: many sites write the headline into the address ("…/longer-legs-more-attractive-$1189667.htm").
_ADDRESS = 0.75
_ADDRESS_WORDS = 2


def find_headline(
    features: Sequence[Features], start: int, captions: int = 0, address: frozenset[str] = frozenset()
) -> int | None:
    """Return the index of the story's headline: a headline-shaped block above it, sharing its words.

    Readers find a story's headline just above its byline, stamp or first paragraph, written in
    the words of the lede; a photo caption there reads as a sentence, a section label or a link
    shares no words with the story, and a related story's headline fewer than its own; many sites
    write it into the page's address too (address: the stems of its words). The captions blocks just
    over the story are passed over.
    """
    printed = _over_printed_deck(features, start)
    if printed is not None:
        return printed
    lede = stems(" ".join(f.text for f in features[start : start + _LEDE_BLOCKS]))
    scored: list[tuple[float, int, float]] = []
    # Candidates over their own byline or stamp.
    headers: set[int] = set()
    listed = False
    reach = range(start - 1 - captions, max(-1, start - 1 - _FAR_HEADLINE_REACH), -1)
    named = _named_by_address(features, reach, address)
    menu: int | None = None
    for i in reach:
        found = _headline_score(features, i, start, lede, named.get(i, 0.0))
        far = found is not None and start - i > _HEADLINE_REACH
        if far and i < (menu := menu_above(features, start) if menu is None else menu):
            continue
        if found is not None and (_list_entry(features, i, start, found[1]) or _dated_entry(features, i, start)):
            listed = True
            continue
        if found is not None:
            score, share, bylined = found
            scored.append((score, i, share))
            # Right over its byline a headline may share none of the lede's words ("The Final Chapter?" over "By
            # Jane Roe -- Broadcasting & Cable, 1/21/2008"); over a stamp alone, a link of a dated list.
            if bylined and (share > 0 or features[i + 1].byline):
                headers.add(i)
    if not scored or max(scored)[0] < _HEADLINE_MIN_SCORE:
        over = _over_list(features, start, lede) if listed else None
        near = max(-1, start - 1 - _HEADLINE_REACH)
        return over if over is not None else far_named(features, near, lede, address, headline_candidate)
    scored = _under_header(scored, headers)
    best, index, _ = max(scored)
    if best < _HEADLINE_MIN_SCORE:
        return None
    return _over_deck(features, scored, best, under_score_line(features, scored, index))


def _headline_score(
    features: Sequence[Features], i: int, start: int, lede: set[str], named: float = 0.0
) -> tuple[float, float, bool] | None:
    """Return how well block i reads as the headline of the story at start, its share of the lede's
    words, and whether it stands over its byline or stamp."""
    f = features[i]
    # Directly over the byline is where a headline stands, or over a run of byline, stamp and
    # credit lines ("Dave Berry", then "Thursday, December 27 2007, 07:00 GMT", then "By Nick
    # Levine"); a stamp or credit near it says so too.
    bylined = _over_header_lines(features, i, start)
    near = [*features[max(0, i - 2) : i], *features[i + 1 : min(start, i + 4)]]
    credited = any(n.byline or n.stamp or n.credit for n in near)
    # Over its byline a headline may be two words ("Dave Berry", an interview's); elsewhere two
    # words are a section's or a link's.
    if not headline_candidate(f, _SHORT_HEADLINE_WORDS if bylined else HEADLINE_WORDS[0]) and not (
        bylined and _barred_headline(f)
    ):
        return None
    words = stems(f.text)
    shared = len(words & lede)
    # One shared word ("Soccer" over a football story) is weak evidence; two or more are the story's.
    share = (shared / len(words) if words else 0.0) * (1.0 if shared >= 2 else 0.5)
    distance = start - i
    title = title_case(f.text)
    if share == 0 and not ((credited and distance <= 4) or bylined or (title and distance <= 1 and f.words >= 4)):
        return None
    if f.repeated and share < _REPEATED_HEADLINE_SHARE:
        return None
    if f.person and not stems(" ".join(f.text.split()[:2])) & lede:
        return None  # a writer's name, the story's lede naming nobody of it: "Jane Roe and Sam Poe Harbour Gazette"
    # Between the byline and the story stand decks, captions and tags, not the headline.
    under_byline = any(n.byline and not n.prose for n in features[max(0, i - _BYLINE_REACH) : i])
    score = (
        _LEDE_SHARE * share
        + (_BYLINED if bylined else _CREDITED if credited else 0.0)
        - (_UNDER_BYLINE if under_byline else 0.0)
        + (_TITLE_CASE if title and f.words >= _TITLE_WORDS[0] else 0.0)
        + (_HEADLINE_LENGTH if _TITLE_WORDS[0] <= f.words <= _TITLE_WORDS[1] else 0.0)
        + (_NEAR if distance <= _NEAR_BLOCKS else 0.0)
        - (_LONG if f.words > _LONG_WORDS else 0.0)
        - (_DIGITS if digit_share(f.text) > _HEADLINE_MAX_DIGITS else 0.0)
        + (_PRINTED_TWICE if share > 0 and _printed_twice(features, i, start) else 0.0)
        + _ADDRESS * named
        - _DISTANCE * distance
    )
    return score, share, bylined


def _named_by_address(features: Sequence[Features], reach: range, address: frozenset[str]) -> dict[int, float]:
    """Return the share of its words the page's address holds, for the block of reach whose words it holds most
    of (at least two): the address names one story, a link sharing a word or two of it is another's."""
    if not address:
        return {}
    held = {i: (len(address & words), len(words)) for i in reach if (words := stems(features[i].text))}
    most = max((n for n, _ in held.values()), default=0)
    if most < _ADDRESS_WORDS:
        return {}
    return {i: n / size for i, (n, size) in held.items() if n == most}


def _printed_twice(features: Sequence[Features], i: int, start: int) -> bool:
    """Return True when block i is printed twice over the story: right over or under itself, or as the end
    of a share bar's or breadcrumb's line ("Share this story: <headline>", "Home > News > <headline>"). A
    page prints its title line so; a list of the most read stories repeats a link's title further away."""
    text = " ".join(features[i].text.split()).casefold()
    if features[i].words < _PRINTED_TWICE_WORDS:
        return False
    for k in range(max(0, i - _HEADLINE_REACH), start):
        other = " ".join(features[k].text.split()).casefold()
        if (abs(k - i) == 1 and other == text) or other.endswith(tuple(f"{mark} {text}" for mark in ":>»")):
            return True
    return False


def _over_printed_deck(features: Sequence[Features], start: int) -> int | None:
    """Return the headline over the story's deck when the page prints the deck twice: under the
    headline, and again as the story's first paragraph under the byline and photo. The headline,
    however few of the lede's words it shares, stands right over the first print."""
    first = features[start]
    if first.words < _DECK_MIN_WORDS:
        return None
    for i in range(start - 1, max(0, start - _HEADLINE_REACH), -1):
        if features[i].text == first.text:
            return i - 1 if headline_candidate(features[i - 1]) else None
    return None


def _list_entry(features: Sequence[Features], i: int, start: int, share: float) -> bool:
    """Return True for block i as an entry of a list of links or of the story's summary lines: no headline.

    Every line under "Story Highlights" sums the story up. A sidebar's list of links may end right over
    the headline ("Top Stories", two links, then the headline over its stamp): after another entry, a
    link shares few of the lede's words, the headline many. A block right over a byline heads it.
    """
    if i + 1 < start and features[i + 1].byline:
        return False
    found = list_above(features, i)
    if found is None:
        return False
    if found.kind == "summary":
        return True
    return share < _LIST_ENTRY_SHARE and any(headline_candidate(features[k], _LIST_ENTRY_WORDS) for k in found.between)


def _dated_entry(features: Sequence[Features], i: int, start: int) -> bool:
    """Return True for block i as an entry of a list of dated links over the story (page_lists.dated_entry)."""
    return dated_entry(features, i, start, headline_candidate)


def _over_list(features: Sequence[Features], start: int, lede: set[str]) -> int | None:
    """Return a headline by its stamp or byline above the lists of links set between it and the story.

    A page may print its headline and stamp, then its tools and lists of the most read stories, then the
    story: no entry of those lists is the headline, the nearest headline above them standing by its
    stamp or byline and written in the lede's words is. A paragraph between them says it heads other text.
    """
    for i in range(start - 1, max(-1, start - 1 - _FAR_REACH), -1):
        f = features[i]
        if f.prose:
            return None
        beside = [*features[max(0, i - 1) : i], *features[i + 1 : i + 2]]
        if not any(b.stamp or b.byline for b in beside) or list_above(features, i) or _dated_entry(features, i, start):
            continue
        if headline_candidate(f) and len(stems(f.text) & lede) >= _OVER_LIST_SHARED_WORDS:
            return i
    return None


def _barred_headline(f: Features) -> bool:
    """Return True for a headline of a series' name, a bar and the title ("Design Week 2018 | A light
    installation for the showroom"), which only standing over its byline tells from a link or a
    page's title with its site's name after the bar."""
    parts = f.text.split(" | ")
    if len(parts) != _BARRED_PARTS or min(len(p.split()) for p in parts) < _BARRED_PART_WORDS:
        return False
    return headline_candidate(replace(f, text=" - ".join(parts)))


def _under_header(scored: list[tuple[float, int, float]], headers: set[int]) -> list[tuple[float, int, float]]:
    """Return the scores with candidates under a headline's byline or stamp (headers) marked down.

    A headline stands over its byline or stamp; headline-shaped blocks between those and the
    story are a score line, a deck, a link to a related story or a sponsor's ("Derby County (0) 0
    Wigan Athletic (0) 1" under "Derby County stung by late sucker punch again" and "By Martin Smith").
    """
    if not headers:
        return scored
    top = min(headers)
    under = [i for _, i, _ in scored if i > top and i not in headers]
    # Several of them are a list of links to other stories, however many of the story's words they share.
    cost = _UNDER_HEADER_LIST if len(under) >= _LINK_LIST_MIN else _UNDER_HEADER
    return [(score - (cost if i in under else 0.0), i, share) for score, i, share in scored]


def _over_header_lines(features: Sequence[Features], i: int, start: int) -> bool:
    """Return True when block i stands over its byline or stamp, or a run of such lines (two words
    over a stamp alone are a section's label: "Premier League", "Friday, Jan 11, 2008").

    A list of dated links ("Everest conqueror Edmund Hillary dies", "January 11, 2008", then the
    next link and its date) is no header: a heading and a stamp after the run say so.
    """
    k = i + 1
    while k < start and (features[k].byline or features[k].stamp or features[k].credit):
        k += 1
    # "Posted by Jane Roe" names the post's writer, as a byline does.
    if not any(
        f.byline or bool(cues.POSTED_BY_ALONE.match(f.text)) or (f.stamp and features[i].words > _SHORT_HEADLINE_WORDS)
        for f in features[i + 1 : k]
    ):
        return False
    return not (k + 1 < start and heading_shaped(features[k]) and features[k + 1].stamp)


def _over_deck(features: Sequence[Features], scored: list[tuple[float, int, float]], score: float, index: int) -> int:
    """Return the headline over the best candidate when the best reads as its deck.

    A deck runs longer than its headline, often as a sentence ("Former attorney general Irwin
    Cotler among those asking …" under "Law professors, MPs sign brief to free Khadr"); a
    headline-shaped candidate just above it, sharing the story's words, is the headline. Two
    headlines of one length (a short one and the full one) keep the better. A topic's label the headline under it
    writes word for word ("Dancing With the Stars" over "Van Der Beek eliminated from 'Dancing with the Stars' …")
    is no headline over a deck.
    """
    best = features[index]
    if best.words < _DECK_MIN_WORDS and not best.sentence:
        return index
    # A deck written as a sentence ("The defence ministry said troops had killed …") gives way to any
    # shorter headline above it that shares the story's words; a shorter deck, to a close rival only.
    margin = _DECK_MARGIN * 3 if _deck_sentence(best) else _DECK_MARGIN
    for other_score, other, other_share in sorted(scored, key=lambda s: -s[1]):
        # The headline right over its deck over the byline may share none of the lede's words ("Forget shoot to kill
        # ... just shoot!", then the deck, then "Jane Roe, The Province").
        shares = other_share > 0 or (other == index - 1 and index + 1 < len(features) and features[index + 1].byline)
        if not (index - _DECK_REACH <= other < index and shares and other_score >= score - margin):
            continue
        if (
            _kicker(features[other], best)
            or _label_inside(features[other], best)
            or _BLOG_NAME.match(features[other].text)
            or score_line(features[other].text)  # a game's result over the story's title, no deck under it
        ):
            continue
        if best.words < features[other].words + _DECK_LONGER_BY and not best.sentence:
            continue
        between = features[other + 1 : index]
        if all(headline_candidate(b) or b.byline or b.stamp or b.caption or b.related or b.controls for b in between):
            return other
    return index


def _kicker(upper: Features, lower: Features) -> bool:
    """Return True for a kicker in capitals over a headline in title case ("GROWING AN ONLINE BUSINESS" over
    "Business Focus: It's Why Some People Triumph Online"): a deck under its headline is written as a
    sentence is, not in title case."""
    return upper.text.isupper() and not lower.text.isupper() and title_case(lower.text)


def _label_inside(upper: Features, lower: Features) -> bool:
    """Return True for a topic's label the line under it writes word for word ("Dancing With the Stars" over "Van Der
    Beek eliminated from 'Dancing with the Stars' …"); a headline shortened from its deck writes other words."""
    words = " ".join(cues.WORD.findall(upper.text)).casefold()
    return bool(words) and f" {words} " in f" {' '.join(cues.WORD.findall(lower.text)).casefold()} "


def _deck_sentence(f: Features) -> bool:
    """Return True for a block that reads as a deck's sentence: long, or opening like a sentence."""
    return f.words >= _DECK_SENTENCE_WORDS or f.sentence or bool(cues.DECK_OPENING.match(f.text))


def headline_candidate(f: Features, min_words: int = HEADLINE_WORDS[0]) -> bool:
    """Return True for a block that could be a story's headline."""
    # A headline reprinted with its story on other pages is repeated too; its words tell it from a menu's.
    return (
        # A long headline has few function words, as a list of links has: only the site's cues count.
        not replace(f, repeated=False, furniture=f.controls).flagged
        and not f.byline
        and heading_shaped(f, min_words)
        and not full_stop(f.text)
        and not (looks_like_dateline(f.text) and not _topic_headline(f))
        and not cues.NOT_HEADLINE.search(f.text)
        and not cues.NAME_AND_AGENCY.match(f.text)
        and not (f.text.isupper() and f.words <= _SHOUTED_LABEL_WORDS)
    )


def _topic_headline(f: Features) -> bool:
    """Return True for a headline opening with its topic and a colon ("CES: iSleep to iDream with
    iPod-ready bed"), which opens like a dateline ("KOLLAM: RSP national secretary said …") but
    runs on for words of a title and ends as no sentence does, or as a question ("MOVIE REVIEW -
    Is this the year's best film?"): a lede under a dateline states, it does not ask."""
    question = f.text.rstrip(CLOSERS).endswith("?")
    return (not f.sentence or question) and bool(_TOPIC_HEADLINE.match(f.text))
