"""Which lines read as a story's byline by their shape: a name and a desk, a writer's label and a name, a stamp
then a byline, a byline in another language. The block features (``page_features``) mark them."""

from __future__ import annotations

from . import page_cues as cues
from .byline_cues import OUTLET_WORDS, ROLE_PART
from .date_patterns import DATE_OR_TIME


def named_byline(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a byline of a name and a desk: "Erin Hitchcock, Burnaby Now", "Kate Connolly in Berlin"."""
    match = cues.NAMED_BYLINE.match(text)
    return match is not None and match.group("given") in given_names


def labelled_byline(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a writer's label and a name in one block: "Author : Jane Roe", "Author : Fakir Balaji".

    The label says a writer follows: a name whose given name no list holds is one still, unless its words are
    a desk's or an outlet's ("Author : Sports News Editor", "Writer: Harbour Gazette").
    """
    match = cues.LABELLED_BYLINE.match(text)
    if match is None:
        return False
    name = text[match.start("given") :]
    return match.group("given") in given_names or not (ROLE_PART.search(name) or OUTLET_WORDS.search(name))


def foreign_byline(text: str) -> bool:
    """Return True for a byline in another language, the name alone or with a stamp after it ("Von Jana Roe
    publiziert am 30. Juli 2018"); a sentence opening "Von Montag an ..." names no one and has no stamp."""
    match = cues.FOREIGN_BYLINE.match(text)
    return match is not None and (not match.group("rest") or bool(DATE_OR_TIME.search(match.group("rest"))))


# Words of the stamp before a byline with an outlet after it ("Jan 14 2008 by Jane Roe, Harbour Gazette"): more is
# a sentence's opening ("On March 3 the bill was signed by ...").
_STAMP_MAX_WORDS = 5


def stamped_byline(text: str) -> bool:
    """Return True for a stamp then a byline: "5:45 AM PST 11/19/2019 by Patrick Shanley", "Jan 14 2008 by Jane
    Roe, Harbour Gazette"."""
    match = cues.STAMP_BYLINE.match(text)
    if match is None:
        return False
    stamp = text[: match.start("given")]
    if match.group("outlet") and len(stamp.split()) > _STAMP_MAX_WORDS:
        return False
    return bool(DATE_OR_TIME.search(stamp))
