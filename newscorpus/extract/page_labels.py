"""Label the blocks around a story once its span is known: inside or outside it, its credit lines, readers' comments."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..model import BlockLabel
from . import page_cues as cues
from .agency_names import AGENCY_ALTERNATION
from .authors import byline_names, writer_and_outlet
from .byline_cues import FOLLOW_AUTHOR, OUTLET_WORDS, ROLE_PART, SIGNED_HEADER, TRAILING_SIGNOFF
from .dateline import is_credit_block, is_dateline_block, looks_like_dateline
from .page_features import COPYRIGHT_MAX_WORDS, STAMP_MAX_WORDS, Features
from .page_notices import OUTLET_CALL, SITE_LINE
from .text import fold_name

# How far below the story's last paragraph its credit line can stand.
_CREDIT_REACH = 6
# A writer's name without a listed given name stands at most this many lines under the headline
# (right under it, or under its deck).
_WRITER_UNDER_HEADLINE = 2
# A byline between the story's paragraphs is at most this many words (a writer's line in a long read).
_INSIDE_BYLINE_WORDS = 12
# A writer's name over the headline stands at most this many lines above it, the story's stamp right
# over the headline and at most a section's label of this many words between them.
_WRITER_OVER_HEADLINE = 3
_LABEL_WORDS = 2
# A page's tool between a byline and the headline under it is at most this many words ("Email to a Friend").
_TOOL_WORDS = 4
# A credit line naming its source: "Source: The Associated Press" (a caption's cue, but a wire named alone).
_SOURCE_CREDIT = re.compile(r"^\W*(?:source|courtesy(?: of)?|via)\s*:", re.I)
# A credit line opening with a dash, as a wire signs off a story: "- AAP", "-- REUTERS".
_DASHED = re.compile(r"^\s*[-–—]")
# A film's credits under a review's headline: the name under "directed by" is the director's, no writer's.
_CREW_LABEL = re.compile(
    r"^\W*(?:directed|produced|screenplay|music|edited|photographed|starring|cast|director|producer)(?:\s+by)?\W*$",
    re.I,
)
# A print edition's line closing a paper's story online: "(China Daily 10/03/2017 page4)".
_PRINT_EDITION = re.compile(r"^\(\s*[A-Z][\w .&'’-]{1,40}?\s+\d{1,2}/\d{1,2}/\d{2,4}\s+page\s*\d{1,3}\s*\)\W*$", re.I)
# A list under the story whose items each print a title, a byline and a stamp: its bylines are the items'.
_ITEM_SPACING = 3


def dateline_above(features: Sequence[Features], start: int) -> int:
    """Return where the story opens when its dateline stands alone above its first paragraph.

    "NOUAKCHOTT, Mauritania --", or "BEVERLY HILLS, Calif., Jan. 8, 2008" then "(AP)", in blocks
    of their own; or opening a lede too terse to read as a paragraph.
    """
    if start > 1 and is_credit_block(features[start - 1].text) and is_dateline_block(features[start - 2].text):
        return start - 2
    if start > 0 and is_dateline_block(features[start - 1].text):
        return start - 1
    # A lede of few function words under its dateline ("ST. JOSEPH, Mich. (AP) — Michigan health
    # authorities are reporting a 6th fatality linked to …") reads as no paragraph, yet opens the story.
    above = features[start - 1] if start > 0 else None
    if above is not None and above.sentence and not above.flagged and looks_like_dateline(above.text):
        return start - 1
    return start


def label_credits(
    features: Sequence[Features],
    labels: list[BlockLabel],
    headline: int | None,
    start: int,
    end: int,
    *,
    places: Collection[str] = frozenset(),
) -> None:
    """Label the story's credit lines: its byline above it, its sign-off or credit line under it.

    places holds folded place names: a name-shaped line opening with one is an outlet's ("Norway Sun").
    """
    top = headline if headline is not None else start
    for i in range(max(0, top - 1), min(len(features), start + 2)):
        f = features[i]
        photo = i > 0 and bool(cues.PHOTO_BY.match(features[i - 1].text))  # "Photo by Mark Jones", then "AP"
        signed = headline is not None and headline < i < start and bool(SIGNED_HEADER.match(f.text))
        if labels[i] not in ("headline", "story", "supplemental") and (f.byline or f.credit or signed) and not photo:
            labels[i] = "byline"  # "By Jane Doe", "Article from: Agence France-Presse", "Written by Jane Roe on …"
        elif (labels[i] == "story" and f.byline and not f.prose) or _unsigned_writer(
            features, labels, i, (top, start, headline), places
        ):
            labels[i] = "byline"
    if headline is not None:
        _label_writer_over_headline(features, labels, headline)
    for i in range(1, start):
        if labels[i - 1] == "byline" and features[i].credit and labels[i] != "headline":
            labels[i] = "byline"  # "By Mike Corder" then "ASSOCIATED PRESS": the byline's agency
    for i in range(start, end + 1):
        f = features[i]
        if labels[i] == "furniture" and f.words < COPYRIGHT_MAX_WORDS and _agency_copyright(f):
            labels[i] = "byline"  # "© 2008 AFP" between the story and the agency's note under it
        elif labels[i] == "supplemental" and f.credit and _SOURCE_CREDIT.match(f.text):
            labels[i] = "byline"  # "Source: The Associated Press" over the site's own lines the story ran into
        elif labels[i] == "furniture" and f.credit and labels[i - 1] == "story" and _DASHED.match(f.text):
            labels[i] = "byline"  # "- AAP" under the last paragraph, though the site prints it on every page
    _label_credits_under(features, labels, end)


def _label_credits_under(features: Sequence[Features], labels: list[BlockLabel], end: int) -> None:
    """Label the credit lines under the story's last paragraph (end): a wire's sign-off, a post's signature."""
    for i in range(end + 1, min(len(features), end + 1 + _CREDIT_REACH)):
        f = features[i]
        if _list_item_byline(features, i):
            continue
        if i == end + 1 and labels[i] == "furniture" and f.sentence and TRAILING_SIGNOFF.search(f.text):
            labels[i] = "story"  # the last paragraph, the wire's sign-off keyed on: "… to deport him. — PTI"
        elif _credit_line(f):
            labels[i] = "byline"  # "- REUTERS", "Brought to you by AAP", "© 2008 The Associated Press"
        elif cues.BYLINE.match(_first_cell(f.text)) or (cues.SIGNATURE.match(f.text) and not _dashed_item(features, i)):
            labels[i] = "byline"  # a post signed at its foot: "By Carrie Meathrell in News | Link", "-- Aaron Gold"
        elif cues.POSTED_BY.match(f.text) and not any(n.comments_heading for n in features[end + 1 : i]):
            labels[i] = "byline"  # a blog post's footer: "Posted by Jane Roe at December 29, 2007 12:03 PM"
        elif i == end + 1 and writer_and_outlet(f.text) and not f.prose:
            labels[i] = "byline"  # the writer and the outlet signing the story off: "Jane Roe, Harbour.com"
        elif (follow := FOLLOW_AUTHOR.match(f.text)) and follow.group("role"):
            labels[i] = "byline"  # the writer's closing line: "Follow Harbour Gazette reporter Jane Roe on Twitter"


def _dashed_item(features: Sequence[Features], i: int) -> bool:
    """Return True for a line opening with a dash between lines opening alike: an item of a list under the story
    ("- Toronto Sun" over "- Calgary Sun", a chain's papers), no writer signing it off ("-- Aaron Gold")."""
    return any(0 <= j < len(features) and _DASHED.match(features[j].text) for j in (i - 1, i + 1))


def _list_item_byline(features: Sequence[Features], i: int) -> bool:
    """Return True for the byline of an item in a list under the story, each item a title, a byline and a stamp
    ("Russia: strikes on Syria wrong move", "By REUTERS", "11/20/2019 10:08 AM"), the next or last item alike."""
    return _byline_over_stamp(features, i) and any(
        _byline_over_stamp(features, j) for j in (i - _ITEM_SPACING, i + _ITEM_SPACING)
    )


def _byline_over_stamp(features: Sequence[Features], i: int) -> bool:
    """Return True when block i is a byline or credit line with a stamp right under it."""
    if not 0 <= i < len(features) - 1:
        return False
    return (features[i].byline or features[i].credit) and features[i + 1].stamp


def _unsigned_writer(
    features: Sequence[Features],
    labels: list[BlockLabel],
    i: int,
    span: tuple[int, int, int | None],
    places: Collection[str],
) -> bool:
    """Return True for a writer's line without "By" where a byline stands (span: the top of the story's
    head, its first paragraph, its headline if found).

    "Posted by Jane Roe" right under the headline (the post's writer, not a comment's); "Jeff Latzke" under
    the headline, over the stamp; "TAVITA OKONKWO" under the headline and deck, over "Special to The Harbour
    Gazette"; "Tanza Loudenback, Business Insider", "05/10/2018 - Posted by: Jane Roe". Not a name alone under
    "By Jane Roe": a photo's caption or tag ("Andy Murray"), no second writer; nor a name the first paragraph
    writes, the story's subject.
    """
    top, start, headline = span
    f = features[i]
    if labels[i] == "comments":
        return i == top + 1 < start and bool(cues.POSTED_BY_ALONE.match(f.text))
    if labels[i] != "furniture" or (i > 0 and labels[i - 1] == "byline" and cues.BYLINE.match(features[i - 1].text)):
        return False
    if i > 0 and _CREW_LABEL.match(features[i - 1].text):
        return False
    # A name the first paragraph writes as it stands is whom the story is about, a photo's caption ("Mark Ronson"
    # over "British music producer Mark Ronson has denied ..."): a writer's name opens no story of theirs.
    subject = start < len(features) and " ".join(f.text.split()) in features[start].text
    return (
        (f.person and not subject and _over_stamp(features, i, top, start))
        or _unlisted_writer(features, i, top, places)
        or (headline is not None and _writer_under_headline(f, i, headline))
    )


def _first_cell(text: str) -> str:
    """Return a line's text before its first bar: a post's footer names its writer first, then links
    ("By Jane Doe in News | Link | Comments (1) | Recommend this!")."""
    return text.split(" | ", 1)[0].strip()


def _over_stamp(features: Sequence[Features], i: int, top: int, start: int) -> bool:
    """Return True when a person's line stands where a byline does: under the headline, over the story or a stamp,
    or under a stamp under the headline ("Published Wed, Nov 20 2019", "Natasha Turak@NatashaTurak").

    The stamp may come a line further down, under the writer's role: "Tom Gillespie", "News reporter
    @TomGillespie1", "Wednesday 20 November 2019 11:42, UK".
    """
    if i in (top + 1, start - 1) or (0 < i <= top + 3 and features[i - 1].stamp):
        return True
    below = features[i + 1 : i + 3]
    return bool(below) and (below[0].stamp or (len(below) > 1 and below[1].stamp and below[0].words <= STAMP_MAX_WORDS))


def _writer_under_headline(f: Features, i: int, headline: int) -> bool:
    """Return True for a writer's line under the headline without "By": a name and outlet right under it
    ("Tanza Loudenback, Business Insider"), or a post line giving date and writer ("05/10/2018 - Posted
    by: Jane Roe - Filed in: Health") right under it or under its deck."""
    return (i == headline + 1 and writer_and_outlet(f.text)) or (headline < i <= headline + 2 and f.post_line)


def _label_writer_over_headline(features: Sequence[Features], labels: list[BlockLabel], headline: int) -> None:
    """Label a person's line over the story's stamp over the headline a byline ("Jane Roe", "Ideas",
    "11.14.2019 09:00 AM", then the headline)."""
    for i in range(max(0, headline - _WRITER_OVER_HEADLINE), headline):
        menu = i > 0 and not any(c.isalnum() for c in features[i - 1].text)  # "|", "Betting", "|", "Dave Kidd"
        if labels[i] == "furniture" and features[i].person and not menu and _over_headline_stamp(features, i, headline):
            labels[i] = "byline"
        elif labels[i] == "furniture" and _stamped_byline_over_headline(features, i, headline):
            labels[i] = "byline"  # "Posted at: 12/28/2007 06:23 PM", "By: Jane Roe", "Print Story", the headline


def _stamped_byline_over_headline(features: Sequence[Features], i: int, headline: int) -> bool:
    """Return True for a byline ("By: Jane Roe") under the story's stamp over its headline, the page's tools at most
    between ("Print Story", "Email to a Friend"), when no byline stands under the headline."""
    between = features[i + 1 : headline]
    if not (features[i].byline and i > 0 and features[i - 1].stamp):
        return False
    tools = all(b.words <= _TOOL_WORDS and not b.sentence for b in between)
    return tools and not any(f.byline for f in features[headline + 1 : headline + 3])


def _over_headline_stamp(features: Sequence[Features], i: int, headline: int) -> bool:
    """Return True when a person's line stands over the story's stamp set right over its headline, a
    section's label at most between ("Jane Roe", "Ideas", "11.14.2019 09:00 AM", the headline): a
    magazine's header over its headline. A name in a menu has no stamp under it, a topic's label is
    named in the headline."""
    between = features[i + 1 : headline]
    if not (between and between[-1].stamp and all(b.stamp or b.words <= _LABEL_WORDS for b in between)):
        return False
    # A topic's label names what the headline does ("Jane Roe" over "… amid Jane Roe feud"); a headline
    # with its own byline under it has its writer there.
    topic = features[i].text.lower() in features[headline].text.lower()
    return not topic and not any(f.byline for f in features[headline + 1 : headline + 3])


def _unlisted_writer(features: Sequence[Features], i: int, top: int, places: Collection[str]) -> bool:
    """Return True for a name whose given name no list holds, told by where it stands and what follows.

    A line shaped as a name alone ("TAVITA OKONKWO", "Amira Tlili"), no function word in it, right under the
    headline or under its deck, over the writer's role or outlet naming nobody ("Special to The Globe
    and Mail", "Staff Writer", "ASSOCIATED PRESS") or over a stamp: a section's label, the other line
    of this shape found there, stands over the headline, not between it and its stamp. A line opening
    with a place's name is the outlet's ("Norway Sun" over the stamp).
    """
    f = features[i]
    if not (top < i <= top + _WRITER_UNDER_HEADLINE and i + 1 < len(features)) or f.stop > 0 or f.repeated:
        return False
    if not cues.NAME_SHAPE.match(f.text) or ROLE_PART.search(f.text) or OUTLET_WORDS.search(f.text):
        return False
    if fold_name(f.text.split()[0]) in places:
        return False
    below = features[i + 1]
    role = below.byline and not byline_names(below.text)
    return role or below.credit or below.stamp


def story_end(features: Sequence[Features], first: int) -> int:
    """Return the last block of a clean story: credit and copyright lines closing it are not its text."""
    end = len(features) - 1
    while (
        end > first
        and len(features) - end <= _CREDIT_REACH
        and (_credit_line(features[end]) or _PRINT_EDITION.match(features[end].text))
    ):
        end -= 1
    return end


def _agency_copyright(f: Features) -> bool:
    """Return True for a copyright line naming a wire: "© 2008 AFP", "Copyright 2008 The Associated Press"."""
    return bool(cues.is_copyright(f.text) and cues.AGENCY_NAMED.search(f.text))


def _credit_line(f: Features) -> bool:
    """Return True for a line crediting the story: "- REUTERS", "© 2008 The Associated Press", "WASHINGTON (AFP)"."""
    if f.credit or _agency_copyright(f):
        return True
    return is_dateline_block(f.text) and "(" in f.text and bool(cues.AGENCY_NAMED.search(f.text))


def inside(f: Features) -> BlockLabel:
    """Return the label of a block between the story's first and last paragraphs."""
    if f.prose:
        return "story"
    if f.byline and f.words <= _INSIDE_BYLINE_WORDS:
        return "byline"
    label = outside(f)
    if label == "furniture" and not (f.furniture or f.repeated or f.stamp or f.credit):
        return "story"  # a subheading, a table row, a short line of the story
    return label


def outside(f: Features) -> BlockLabel:
    """Return the label a cue gives a block, furniture when none does."""
    if f.caption:
        return "supplemental"
    if f.related or f.teaser:
        return "related"
    if f.comments_heading or f.comment_signature:
        return "comments"
    return "furniture"


def label_comments(features: Sequence[Features], labels: list[BlockLabel], end: int) -> None:
    """Label readers' comments: everything after a comments heading below the story that is not furniture."""
    opened = False
    for i in range(end + 1, len(features)):
        f = features[i]
        if f.comments_heading:
            opened = True
        if opened and labels[i] == "furniture" and (f.prose or f.comment_signature or f.stamp):
            labels[i] = "comments"


# A heading of readers' comments left at the story's foot is at most this many words ("comments", "Comments (3)").
_COMMENTS_TAIL_WORDS = 3


def label_bare_ends(features: Sequence[Features], labels: list[BlockLabel], *, site_tail: bool = True) -> None:
    """Label the lines at either end of the story that hold none of its words: a rule ("___", "-----"), a
    template's name for a box ("more-in") over its first paragraph or under its last, a heading of readers'
    comments standing alone under the last ("comments"), a site's own line or a call to hear the outlet,
    and under it the story's trailer: links, each a label and an address ("More AP NBA: https://…"), the label over
    them ("Online:"), a call to follow someone at an address, the site's copyright, controls and stamp. Between two
    paragraphs a rule parts sections. A story its reader kept alone keeps its last lines (site_tail False)."""
    story = [i for i, label in enumerate(labels) if label == "story"]
    if not story:
        return
    first, last = story[0], story[-1]
    while first < last and labels[first] == "story" and cues.BARE_LINE.match(features[first].text):
        labels[first] = "furniture"
        first += 1
    trailer = False
    while last > first and labels[last] in ("story", "furniture"):  # past the site's lines labelled already
        f = features[last]
        if labels[last] == "furniture":
            pass
        elif f.comments_heading and f.words <= _COMMENTS_TAIL_WORDS and not f.sentence:
            labels[last] = "comments"
        elif any(c.match(f.text) for c in (cues.BARE_LINE, cues.FOLLOW_AT, OUTLET_CALL, SITE_LINE)) or (
            site_tail and _site_tail(f)
        ):
            labels[last] = "furniture"
        elif cues.TRAILER_LINK.match(f.text) or (trailer and cues.TRAILER_LABEL.match(f.text)):
            labels[last], trailer = "related", True
        else:
            break
        last -= 1


# A wire named in a line, which may then credit the story ("© 2008 The Associated Press").
_NAMES_AGENCY = re.compile(rf"\b(?:{AGENCY_ALTERNATION})\b", re.I)


def _site_tail(f: Features) -> bool:
    """Return True for a line under a story's last paragraph that is the site's: its copyright, a control, the
    page's stamp again ("Published 10:02 AM EST Nov 19, 2019", "© Copyright Gannett 2018"); not a line naming a
    wire, which credits the story."""
    return (f.controls or f.stamp) and not f.sentence and not _NAMES_AGENCY.search(f.text)
