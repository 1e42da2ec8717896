"""What marks a photo's caption or credit on a scraped page: the patterns `page_cues.is_caption` reads.

Written, like `page_cues`, for what news sites print beside their photos, and checked on wire copy, which holds none.
"""

from __future__ import annotations

import re

from .agency_names import AGENCY_ALTERNATION

# Photo and video credits: "(AP Photo/Jane Roe)", "REUTERS/Jane Roe", "Photo: AFP", "Getty Images",
# "Image copyright", "FILE PHOTO", "Picture: …", and caption numbering ("1 of 12"): a block is a
# caption when `is_caption` finds one of these. They are six patterns rather than one, so that each
# is tried only where it can match: the block's opening; a bracket; a credit's words; an agency and a
# slash; a label and a colon (the last two only in a block holding that slash or colon); "pictured".
CAPTION_OPENING = re.compile(
    r"^\W*(?:photo|photograph|picture|image|pic|video|graphic|illustration|file photo|credit|caption|courtesy|map"
    r"|source)s?"
    r"\s*(?:credit)?\s*[:|-]"
    r"|^(?!(?-i:[A-Z][A-Z .,'’-]+(?:,[^()]*)?\())[^()]{1,60}\((?:AP|AFP|AAP|Reuters|EPA|Getty|Xinhua|PA)\)$"
    r"|^\W*(?:photo|image|slide|picture)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\b|^\d{1,3}\s+of\s+\d{1,3}\b"
    r"|^(?:this|a|an|in this|in an?) (?:undated |file |handout |aerial |video |screen |satellite )?"
    r"(?:photo|image|picture|photograph|frame grab|still)\b",
    re.I,
)
# A photographer and the outlet or agency, alone: "Vjeran Pavic/The Verge", "Amr Nabil/Associated Press". Menus
# print their entries the same way ("Emergency Services/Armed Forces", "International News/Analysis"): the name is
# a photographer's when it opens on a given name, or the credit is a wire's, a photo agency's or an outlet's
# under its article ("The Verge").
CAPTION_PHOTOGRAPHER = re.compile(
    r"^(?P<given>[A-Z][a-z][\w'’.-]*)(?:\s[A-Z][\w'’.-]+){1,2}\s?/\s?"
    r"(?P<credit>(?:The\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})$"
)
PHOTO_AGENCY = re.compile(
    rf"^(?:the\s)?(?:{AGENCY_ALTERNATION}|Getty(?:\sImages)?|EPA|European Pressphoto Agency|Shutterstock|Corbis"
    r"|Zuma(?:\sPress)?|Sipa(?:\sPress)?|Rex(?:\sFeatures)?|Alamy|NurPhoto|Pool)$",
    re.I,
)
# Every one of these opens on a bracket, which the search skips to (the space before one is looked at after it).
CAPTION_BRACKETED = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Xinhua|Getty)\s*(?:Photo|Images?)?\s*/[^)]*\)"
    # A caption closing on its photo agency in square brackets: "… killed at least 33 separatists [EPA]".
    r"|\[(?:AP|AFP|AAP|Reuters|EPA|Getty(?: Images)?|Xinhua|PA|Gallo/Getty)\]$"
    # A caption closing on its photographer (or source) and the agency after a slash: "… in Berlin. (Jane Roe/EPA)",
    # "… at the crash site (Costa Rica's Public Safety Ministry/AP)", "©Jane Roe (Pool/AFP)".
    r"|\([^()/]{2,60}(?:/[^()/]{2,40})*/(?:AP|AFP|AAP|PA|PA Wire|Reuters|EPA|Xinhua|Invision)\)$"
    r"|\((?:photo|picture|image)s?\s+(?:by|courtesy|credit)\b[^)]*\)"
    # Who stands where in the photo: "US professor Kevin King (left) and his colleague".
    r"|\((?<=\s\()(?:left|right|centre|center|pictured|far left|far right|l-r|from left|second left|second right)\)",
    re.I,
)
CAPTION_WORDS = re.compile(
    r"\b(?=[afgips])(?:getty images|shutterstock|image copyright|photo credit|file photo|associated press photo)\b",
    re.I,
)
CAPTION_AGENCY_SLASH = re.compile(
    r"\b(?:AP|AFP|EPA|Getty|REUTERS|Reuters|XINHUA)\s*(?:Photo|Images?)?\s*/\s*[A-Z][\w.'’-]+", re.I
)
# A caption closing on its photographer and agency after its last sentence, the two often glued by the page's
# text: "… speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file".
CAPTION_CREDIT_END = re.compile(
    r"[.!?][\"'”’)]?\s*(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]+\s?/\s?"
    rf"(?:{AGENCY_ALTERNATION}|Getty Images|Getty|EPA|Shutterstock|Pool)(?:\s(?:file|[Pp]hoto|Images))?$"
)
CAPTION_LABEL_COLON = re.compile(r"\b(?:photo(?:graph)?|picture|image|pic)\s*:\s*[A-Z]", re.I)
# Who or what the photo shows, opening a sentence or closing the block: "… for the first time. Pictured, the lens
# galaxy …", "PICTURED: The crash site", "… The Milky Way is pictured", "Ann Lee (left) and Sam Poe are pictured here".
CAPTION_PICTURED = re.compile(
    r"(?:^|[.!?][\"'”’)]?\s+)(?:Pictured|PICTURED)(?:\s*[,:]|\s+(?:above|below|left|right|here|top|inset)\b)"
    r"|\b(?:is|are) pictured(?:\s+(?:above|below|left|right|here|top|inset"
    r"|(?:at|in) (?:left|right|top|cent(?:re|er))))?\W*$"
)

# A caption closing on its credit: the photographer after "Photograph by" ("… in Port Elizabeth. Photograph by Jane
# Roe / AFP."), or a wire or photo agency alone after a spaced slash ("… at the festival in 2006 / AAP").
CAPTION_CREDIT_BY = re.compile(
    r"\b(?:Photo(?:graph)?|Picture|Image)s?\sby\s[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"
    r"(?:\s?/\s?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})?\.?$"
)
_CREDIT_NOUN = re.compile(r"Photo|Picture|Image")
CAPTION_AGENCY_CLOSE = re.compile(rf"\s/\s(?:{AGENCY_ALTERNATION}|Getty Images|Getty|EPA)\.?$")
# What a photo shows, in a caption's own grammar: the place and the day the photo was taken closing its first
# sentence ("… during the semi-final at Stamford Bridge in London, January 8.", "… at the Staples Center in Los
# Angeles Ca., January 13, 2008."). Not names and "being" with a participle ("Jane Roe being attended to …"): set
# apart, such a caption left a lede of few function words, under it, to the furniture.
CAPTION_DAY = re.compile(
    r",\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\.(?:\s|$)"
)
CAPTION_PLACE = re.compile(r"\sin\s[A-Z][^,]{1,40}$")
# A caption is short and reports nobody's words nor what is to come: a block of more characters than this, or one
# saying what someone said or what will happen, is a story's paragraph, whatever its grammar.
_SCENE_MAX_CHARS = 320
_REPORTED = re.compile(r"\b(?:said|says|will|would)\b")

# A fact box set beside the story: its question in capitals, run into the answer ("WHAT IS A SUPERMOON? A full moon
# at …", "WHO IS JANE ROE? - Born in 1990 …"). The question opens on a question's word, which no name or place does
# ("JANE ROE? coached …" is a name with its apostrophe lost).
FACT_BOX = re.compile(
    r"^(?:WHAT|WHO|WHY|HOW|WHEN|WHERE|WHICH|IS|ARE|CAN|DO|DOES|DID|WILL|SHOULD)(?:\s+[A-Z0-9][A-Z0-9'’,.&-]*){1,10}"
    r"\?\s+\S"
)


def is_caption(text: str, given_names: frozenset[str] = frozenset()) -> bool:
    """Return True for a block holding a photo or video credit, or a caption's marks (see `CAPTION_OPENING`), or a
    fact box (`FACT_BOX`); given_names, the given names that tell a photographer's name before a slash (see
    `CAPTION_PHOTOGRAPHER`)."""
    return bool(
        CAPTION_OPENING.match(text)
        or FACT_BOX.match(text)
        or ("/" in text and _photographer(text, given_names))
        or CAPTION_BRACKETED.search(text)
        or CAPTION_WORDS.search(text)
        or ("/" in text and (CAPTION_AGENCY_SLASH.search(text) or CAPTION_CREDIT_END.search(text)))
        or (":" in text and CAPTION_LABEL_COLON.search(text))
        or (("ictured" in text or "ICTURED" in text) and CAPTION_PICTURED.search(text))
        or (" by " in text and _CREDIT_NOUN.search(text) is not None and CAPTION_CREDIT_BY.search(text))
        or (" / " in text and CAPTION_AGENCY_CLOSE.search(text))
        or (len(text) <= _SCENE_MAX_CHARS and _scene(text))
    )


def _photographer(text: str, given_names: frozenset[str]) -> bool:
    """Return True for a photographer's name and the credit, alone: see `CAPTION_PHOTOGRAPHER`."""
    match = CAPTION_PHOTOGRAPHER.match(text)
    if match is None:
        return False
    credit = match["credit"]
    return match["given"] in given_names or credit.startswith("The ") or PHOTO_AGENCY.match(credit) is not None


def _scene(text: str) -> bool:
    """Return True for a short block in a caption's grammar that reports nobody's words: a place and a day closing a
    sentence (`CAPTION_DAY`, `CAPTION_PLACE`)."""
    day = CAPTION_DAY.search(text) if ", " in text else None
    return day is not None and bool(CAPTION_PLACE.search(text, 0, day.start())) and not _REPORTED.search(text)
