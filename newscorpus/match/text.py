"""An article's body as the words matching compares: folded, house-style-neutral, quote-aware."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.page_captions import is_caption
from ..extract.text import fold_plain, sentence_spans
from ..model import Article
from .date_words import dates_in_order

# Blocks that are page furniture, not story: outlets add them around wire copy, so two
# unrelated stories from one site share them word for word. Each pattern matches a whole block.
BOILERPLATE = tuple(
    re.compile(p, re.I)
    for p in (
        r"^(?:©|\(c\)|copyright\b).{0,200}$",  # "© 2024 AFP", "Copyright 2024 The Associated Press."
        r"^all rights reserved\.?$",
        r"^(?:photo|picture|image|file photo|video)\s*(?:credit)?\s*[:|/-].{0,200}$",  # captions and credits
        # "Related: …", "READ MORE: …", "See also - …": link lists, always with a separator.
        r"^(?:related(?: stories| articles| coverage| content| links)?|read more|see also|more on this|"
        r"also read|recommended|most read)\s*[:|»>–—-].{0,300}$",
        r"^(?:follow|like) us on\b.{0,200}$",
        r"^(?:click here|download (?:our|the) app)\b.{0,200}$",
        r"^(?:this (?:article|story) (?:was|has been) (?:first )?(?:published|updated|corrected)).{0,200}$",
        r"^\(?(?:with )?inputs? from\b.{0,80}$",
        r"^(?:advertisement|share this article|share on \w+|print this page)\.?$",
        # Reading prompts between a story's paragraphs: "Advertisement Continue reading the main story",
        # "Advertisement - Continue Reading Below", "Story continues below", "Scroll down for video".
        r"^(?:advertisement\W*)?(?:continue reading (?:the main story|below)|(?:the )?(?:story|article) continues "
        r"below(?: (?:this )?advertisement)?|scroll down (?:for (?:video|more)|to read more))\W*$",
        r"^(?:also read|watch|listen)\s*[:|].{0,300}$",
        r"^reut(?:er|ers)?\.?$",  # the wire sign-off on a line of its own
        r"^(?:\w+ )?\(?(?:reporting|writing|editing|additional reporting) by\b.{0,300}$",  # wire credits
        r"^image copyright\b.{0,300}$",  # "Image copyright Getty Images Image caption ..."
        r"^disclaimer\s*:.{0,400}$",  # "Disclaimer: This article is copyrighted by ...", "... not investment advice"
    )
)
# Patterns that can match anywhere in a block, each tried only when its words are there (they
# scan the whole block): (words, pattern).
_GATED = tuple(
    (words, re.compile(p, re.I))
    for words, p in (
        (("sign up", "subscribe"), r"^.{0,120}\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|alerts|inbox)\b"),
        # "Start receiving our news headlines per email", "Get breaking news alerts by e-mail".
        (
            ("mail",),
            r"^(?:start receiving|receive|get)\b.{0,80}\b(?:headlines|news|alerts)\b.{0,20}\b(?:per|by|via) e-?mail\b",
        ),
        # Syndication notes outlets put under agency copy ("published from a wire agency feed",
        # "auto-generated from a syndicated feed", "AP contributed to this report").
        (
            ("feed",),
            r"^\(?.{0,160}\b(?:published|generated|taken|sourced|reproduced) (?:from|via) (?:an? |the )?"
            r"(?:wire |news )?(?:agency|syndicated|wire|news) feed\b",
        ),
        (("contributed",), r"^.{0,80}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$"),
        # A broadcaster's transcript notice: "This is a rush transcript. This copy may not be in its
        # final form", "... transcripts are created on a rush deadline ... may not be in its final form".
        (("final form",), r"\bthis (?:text|copy|transcript) may not be in its final form\b"),
        # Photo captions scraped with the story, which reprints of one story carry differently
        # (News-Cluster's AP pages): "FILE - In this Dec. 13, 2016, file photo, ...", a caption
        # closing on its credit "(AP Photo/Richard Drew, File)" or "(... via AP)", and the credit
        # lines sites add: "| Photo Credit: Reuters".
        (("photo",), r"^(?:file\s*[-–—]\s*)?in this .{0,60}\bphoto\b"),
        (("ap photo", "via ap"), r"\((?:ap photo\b|[^()]{0,80}\bvia ap\b)[^()]{0,80}\)\.?$"),
        (("photo credit",), r"\|\s*photo credit\s*:.{0,80}$"),
    )
)

# A gallery slide's caption opens with its number and the gallery's total ("3/16 2003 A mother ...").
_SLIDE = re.compile(r"^\d{1,3}\s*/\s*(\d{1,3})\b")
# A stray line above a story: a link's words, a label or a headline, no figure in it and no stop or colon at its end.
_STRAY_LINE = re.compile(r"^[^\d]*[^\d\s.!?:;\"'\u201d\u2019)\]]\s*$")
_STRAY_MAX_WORDS = 19
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# Slides counting to one total that make a gallery: three, so a lone "9/11" or "24/7" is text.
_GALLERY_MIN_SLIDES = 3
# Any of the words the patterns above are tried for: one search rules them all out at once.
_GATE = re.compile("|".join(re.escape(word) for words, _ in _GATED for word in words))
# Every pattern above bounds its length: a longer block is never furniture ...
_BOILERPLATE_MAX = 500
# ... but a site's sign-up box, which says what each newsletter offers, as long as it runs:
# "Newsletter Sign Up Continue reading the main story Get the Morning Briefing by Email ...".
_SIGN_UP_BOX = re.compile(r"^newsletters?\W*sign[ -]?up\b", re.I)
_ANY_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE), re.I)

# House-style spellings of one word, folded before comparing so a copy desk's style is not
# taken for a different text: Reuters' "pct"/"mln"/"dlrs"/"qtly", British "per cent", "%" signs.
_EQUIVALENT = re.compile(r"\bper\s+cent\b|%|\bpct\b|\bmln\b|\bmn\b|\bbln\b|\bbn\b|\bdlrs?\b|\bus\$|\$|\bqtr?ly\b")
_EQUIVALENT_MARKERS = ("per", "%", "pct", "mn", "mln", "bn", "bln", "dlr", "$", "qtly", "qtrly")
_EQUIVALENT_WORD = {
    "p": " percent ",
    "%": " percent ",
    "m": " million ",
    "b": " billion ",
    "d": " dollars ",
    "q": " quarterly ",
}
# Full stops inside initialisms ("U.S.", "U.N.") and possessive endings ("Assad’s", its apostrophe
# made straight by `fold_plain`) go, so that "US" and "U.S.", "Assad" and "Assad’s" are one word.
_INITIAL_DOT = re.compile(r"\b([^\W\d_])\.([^\W\d_])\b\.?")
_POSSESSIVE = re.compile(r"'s\b")
_WORD_OR_QUOTE = re.compile(r"[“”\"«»]|[^\W_]+")
_WORD = re.compile(r"[^\W_]+")
_ANY_QUOTE = re.compile(r"[“”\"«»]")
# Headline markers of a corrected or repeated wire story, which may change figures.
CORRECTION = re.compile(r"\b(?:CORRECTED|CORRECTION|CORRECTS|REFILE|REPEAT|RPT)\b", re.I)
# Number words, figures as much as digits are ("two billion dlrs" one day, "2.5 billion" the
# next), with their values: a broadcast version writes "1 of the safest" where print has "one".
NUMBER_WORDS = {
    **{w: str(n) for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven"), start=1)},
    **{w: str(n) for n, w in enumerate(("eight", "nine", "ten", "eleven", "twelve"), start=8)},
    **{w: str(n * 10) for n, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty"), start=2)},
    **{"seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"},
}
# A calendar date as wire copy writes it: "April 7", "APRIL 7", "Apr. 7", "7 April".
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS}))\b", re.I)
# A name-like word: capitalised, initialisms with their dots ("U.S.").
_CAPITALISED = re.compile(r"\b[A-Z](?:[\w'’-]|\.(?=\w))*")
# Capitalised only because they open a sentence: never a name.
_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "the a an in on at for of to by from with as after before but and or it its he she they we i "
        "this that these those there his her their our some most many all no not when while if",
    )
)
# Days and months say when, not who: a lede's "Thursday" is no subject of a template item.
CALENDAR_NAMES = frozenset(
    re.findall(
        r"\w+",
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
    )
)
# A word written in lower case: the common word a capitalised opener ("Further details", "Analysts said") is.
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]*")
# A capitalised word alone at a sentence's opening, a word in lower case after it ("Analysts said", "New details
# emerged"), and a capitalised word inside a sentence, after a word in lower case or a comma ("said Chevron").
_LONE_OPENER = re.compile(r"(?:^|[.!?][\"”’]?\s+)[\"“‘]?([A-Z][a-z]+)(?=\s+[a-z])")
_MID_CAPITAL = re.compile(r"(?<=[a-z,;:])\s+([A-Z][a-z]+)")
# Words every sentence has, left out when telling which sentence of one text another's stands for.
_FUNCTION_WORDS = _OPENERS | frozenset(re.findall(r"\w+", "is are was were be been has have had said says will would"))
# An embedded social-media post scraped with the story: a statement, not the outlet's copy, even
# where the page leaves out the quotation marks (News-Cluster's pages around one tweet: "... pic.
# twitter.com/3kScEnIcOl — Flightradar24 (@flightradar24) December 31, 2017").
_EMBEDDED_POST = re.compile(r"pic\.twitter\.com/|\(@\w{1,15}\)\s+\w+\.? \d{1,2}, \d{4}\s*$|^a post shared by\b", re.I)
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")


def fold_for_matching(text: str) -> str:
    """Return text as matching compares it: `fold_plain`, then initialisms' dots, possessives, house spellings."""
    folded = fold_plain(text)
    if "." in folded:
        folded = _INITIAL_DOT.sub(r"\1\2", folded)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", folded)
    if any(marker in folded for marker in _EQUIVALENT_MARKERS):
        folded = _EQUIVALENT.sub(lambda m: _EQUIVALENT_WORD.get(m.group()[0], " dollars "), folded)
    return folded


def is_boilerplate(text: str) -> bool:
    """Return True when a block is page furniture (caption, copyright, newsletter prompt, links)."""
    clean = " ".join(text.split())
    if _SIGN_UP_BOX.match(clean):
        return True
    if len(clean) > _BOILERPLATE_MAX:
        return False
    if _ANY_BOILERPLATE.match(clean):
        return True
    lowered = clean.lower()
    if not _GATE.search(lowered):
        return False
    return any(any(w in lowered for w in words) and pattern.search(clean) for words, pattern in _GATED)


@dataclass(frozen=True)
class Words:
    """The words of an article's story blocks, with whether each stands inside a quotation."""

    words: tuple[str, ...]
    quoted: tuple[bool, ...]
    lede: int
    """How many of the first words belong to the first story paragraph."""
    blocks: tuple[tuple[int, int], ...] = ()
    """(index in the article's blocks, first word) of every block kept, in order."""


def story_words(article: Article) -> Words:
    """Return the comparable words of an article, boilerplate blocks left out."""
    words: list[str] = []
    quoted: list[bool] = []
    kept: list[tuple[int, int]] = []
    lede = 0
    slides = _slides(article)
    for index, block in enumerate(article.blocks):
        if index in slides or is_boilerplate(block.text):
            continue
        kept.append((index, len(words)))
        block_words, block_quoted = _words_of(block.text)
        if ("twitter" in block.text or "(@" in block.text or "post shared" in block.text) and _EMBEDDED_POST.search(
            block.text
        ):
            block_quoted = [True] * len(block_words)
        words += block_words
        quoted += block_quoted
        if not lede:
            lede = len(words)
    return Words(tuple(words), tuple(quoted), lede, tuple(kept))


def _slides(article: Article) -> set[int]:
    """Return the blocks that are the captions of a photo gallery printed in the story.

    A gallery numbers its slides ("1/16 2001 Afghans at the Killi Faizo refugee camp ...",
    "2/16 ..."): several blocks counting to the same total. A lone "9/11" opening a paragraph is
    no gallery. Two pages of a site that run one gallery beside different stories share hundreds
    of words that are neither story's.
    """
    counted: dict[str, list[int]] = {}
    for index, block in enumerate(article.blocks):
        match = _SLIDE.match(block.text)
        if match:
            counted.setdefault(match.group(1), []).append(index)
    return {index for found in counted.values() if len(found) >= _GALLERY_MIN_SLIDES for index in found}


def sentence_texts(text: str) -> list[str]:
    """Return the sentences of a paragraph, in order, blank spans left out."""
    return [text[start:end] for start, end in sentence_spans(text) if not text[start:end].isspace()]


def sentence_words(text: str) -> list[tuple[str, ...]]:
    """Return the comparable words of each sentence of a paragraph (`sentence_texts`), function words left out."""
    return [tuple(w for w in _plain_words(sentence) if w not in _FUNCTION_WORDS) for sentence in sentence_texts(text)]


def content_words(words: frozenset[str]) -> frozenset[str]:
    """Return the words that say something: function words ("the", "said", "was") left out."""
    return words - _FUNCTION_WORDS


def title_key(title: str) -> str:
    """Return a headline as comparable words, one space apart: the same headline however styled."""
    return " ".join(_plain_words(title))


def lede_dates(text: str) -> frozenset[str]:
    """Return the calendar dates a paragraph gives, as "apr 7": which day's item a daily table is."""
    return frozenset(_date_key(m) for m in _DATE.finditer(text))


def name_words(text: str) -> frozenset[str]:
    """Return the folded words of a text's capitalised names, sentence openings left out."""
    capitalised = " ".join(_CAPITALISED.findall(text))
    return frozenset(
        t
        for t in _WORD_OR_QUOTE.findall(fold_for_matching(capitalised))
        if t.isalpha() and len(t) > 1 and t not in _OPENERS
    )


def lede_block(texts: list[str], look: int = 2) -> int:
    """Return which of an article's first paragraphs is its lede: the first sentence, past stray lines.

    A scraped page can keep a link's words ("Go to Google News"), a label or headlines (its own,
    another page's) above the story: lines shorter than a sentence, no figure in them and no stop or
    colon at their end; or a photo's caption (`page_captions.is_caption`), whose names and date are
    the photo's. Up to `look` of them are passed over to a paragraph that reads as a sentence
    (a stop at its end, or a sentence's length); the first block stands when a table's row or a
    heading with figures, a notice's heading (a colon), or no sentence comes first.
    """
    for k, text in enumerate(texts[: look + 1]):
        if is_caption(text):
            continue
        if _SENTENCE_END.search(text) or len(text.split()) > _STRAY_MAX_WORDS:
            return k
        if not _STRAY_LINE.match(text):
            return 0
    return 0


def subject_words(lede: str, texts: list[str]) -> frozenset[str]:
    """Return the names a first paragraph gives as its subject: not days or months, nor a word the article
    writes in lower case elsewhere (a sentence's capitalised opener, "Further details", "Analysts said"), nor
    a capitalised word alone at a sentence's opening that no sentence of the article capitalises inside it.
    """
    names = name_words(lede) - CALENDAR_NAMES
    if not names:
        return names
    lower = frozenset(_LOWER_WORD.findall(fold_for_matching(" ".join(_LOWER_WORD.findall(" ".join(texts))))))
    openers = {fold_for_matching(w) for w in _LONE_OPENER.findall(lede)}
    if openers:
        # An opener never capitalised inside a sentence of the article is capitalised only because it opens one.
        inside = {fold_for_matching(w) for text in texts for w in _MID_CAPITAL.findall(text)}
        lower |= openers - inside
    return names - lower


def block_spans(words: Words) -> list[tuple[int, int, int]]:
    """Return (index in the article's blocks, first word, end) of every block kept, in order."""
    ends = [start for _, start in words.blocks[1:]] + [len(words.words)]
    return [(index, start, end) for (index, start), end in zip(words.blocks, ends, strict=True)]


def name_flags(article: Article, words: Words) -> bytearray:
    """Return a mark per compared word: 1 where the word is a name the block writes capitalised."""
    flags = bytearray(len(words.words))
    for index, start, end in block_spans(words):
        names = name_words(article.blocks[index].text)
        if names:
            for position in range(start, end):
                if words.words[position] in names:
                    flags[position] = 1
    return flags


def _date_key(match: re.Match[str]) -> str:
    """Return a date mention as "apr 7", whatever its order and spelling."""
    month = (match.group("m1") or match.group("m2"))[:3].lower()
    return f"{month} {int(match.group('d1') or match.group('d2'))}"


# The house-style spellings `fold_for_matching` rewrites, as whole words: mapped word by word (faster than
# rewriting the text) where only the words are wanted.
_EQUIVALENT_TOKENS = {
    "pct": "percent",
    "mln": "million",
    "mn": "million",
    "bln": "billion",
    "bn": "billion",
    "dlr": "dollars",
    "dlrs": "dollars",
    "qtly": "quarterly",
    "qtrly": "quarterly",
}
_PER_CENT = re.compile(r"\bper\s+cent\b")


def _plain_words(text: str) -> list[str]:
    """Return the words of a text without quotation marks, as `fold_for_matching` would spell them."""
    folded = fold_plain(text)
    ascii_only = folded.isascii()
    if "." in folded and (_ASCII_DOTTED if ascii_only else _DOTTED).search(folded):
        folded = _INITIAL_DOT.sub(r"\1\2", folded)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", folded)
    if "$" in folded:
        folded = folded.replace("us$", " dollars ").replace("$", " dollars ")
    if "%" in folded:
        folded = folded.replace("%", " percent ")
    if "cent" in folded:
        folded = _PER_CENT.sub(" percent ", folded)
    found = (_ASCII_WORD if ascii_only else _WORD).findall(folded)
    return dates_in_order(list(map(_EQUIVALENT_TOKENS.get, found, found)))


# The same words as _WORD and the same initial-dot test as _INITIAL_DOT, for ASCII text: faster.
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ASCII_DOTTED = re.compile(r"[a-z]\.[a-z]")
_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")


def _words_of(text: str) -> tuple[list[str], list[bool]]:
    """Return a block's folded words and, for each, whether it is inside quotation marks."""
    if not _ANY_QUOTE.search(text):
        found = _plain_words(text)
        return found, [False] * len(found)
    folded = fold_for_matching(text)
    words: list[str] = []
    quoted: list[bool] = []
    inside = False
    for token in _WORD_OR_QUOTE.findall(folded):
        if token in _OPENING:
            inside = True
        elif token in _CLOSING:
            inside = False
        elif token == '"':
            inside = not inside
        else:
            words.append(token)
            quoted.append(inside)
    return dates_in_order(words), quoted


def title_words(title: str) -> frozenset[str]:
    """Return the folded words of a headline, for comparing two headlines."""
    return frozenset(_plain_words(title))
