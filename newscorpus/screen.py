"""Screen out pages that are not articles: headline lists, link lists, photo galleries, paywall prompts.

A screened-out page is not published and not matched: it is listed in the build report with
the reason, so the person fixing the corpus can remove it or, if it is a story after all,
raise --list-share.

Each page's verdict is kept in the cache folder under a hash of its blocks, so a rebuild screens
only the pages whose blocks changed (a verdict reads nothing else but the code and the Config); or,
given it, under the key of the page's extraction (`Extracted.keys`), which stands for everything the
extraction read and so for the blocks it made, and spares hashing 20,000 pages' blocks a rebuild.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .cache import memo_version, read_kept, write_entry
from .config import Config
from .errors import Problem
from .model import Article

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A sentence of prose: at least this many words up to a full stop, question or exclamation mark.
# Headlines and menu entries have no final stop; captions are short.
_PROSE_MIN_WORDS = 5
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]+[\"'”’)\]]*(?=\s|$)")
# Photo galleries: blocks that number photos ("Photo 3 of 12", "1 of 12") or credit them
# ("Photo: AFP", "(Reuters/Jane Roe)", "Getty Images"). Bare "600/700" is a price table's row,
# so a slash counts only after a photo word.
_CAPTION = re.compile(
    r"^(?:photo|image|picture|slide)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\b"
    r"|^\d{1,3}\s+of\s+\d{1,3}\b"
    r"|\b(?:photo|photograph|image|picture)s?\s*(?:credit)?\s*:"
    r"|\bgetty images\b|\bshutterstock\b"
    r"|\((?:photo|pic)?\s*:?\s*(?:ap|afp|reuters|epa|getty)\s*/[^)]*\)\s*$",
    re.I,
)
# Link lists: blocks holding a web address, or a "Read more"/"Related" pointer to another page.
_LINK = re.compile(r"https?://\S+|www\.\S+|^(?:read more|related|see also|more from|watch|listen)\b", re.I)
# A headline: a line of several words with no final stop, mostly words rather than figures
# (a results table's "Shr 53 yen vs 22" rows are figures, and are news).
_HEADLINE_WORDS = (4, 25)
_HEADLINE_MAX_DIGIT_SHARE = 0.2
_FINAL = ".!?…:;\"'”’)"
# Fewer blocks than this are a short story, not a list of anything.
_LIST_MIN_BLOCKS = 3
# A paywall or a sign-in wall saved in the story's place: words addressed to the reader about access, never a
# story's ("Sorry, this zip code is not in our delivery area", "Subscribe to continue reading", "You have reached
# your limit of free articles", "Already a subscriber? Log in"). A story about subscriptions names subscribers
# in the third person ("the service added 5 million subscribers"), which none of these match.
_ACCESS_PROMPT = re.compile(
    r"\bsubscribe (?:now|today|to (?:continue|keep|read)|for (?:unlimited|full|digital|just|only))"
    r"|\b(?:digital|premium|subscriber) access\b|\b(?:deliverable|delivery) area\b"
    r"|\b(?:enter|re-enter) (?:your |a )?(?:zip ?code|postcode|postal code)\b|\bcontinue reading\b"
    r"|\b(?:your|of) (?:\d+ )?free (?:articles|stories)\b|\breached your (?:limit|maximum)\b|\balready a subscriber\b"
    r"|\b(?:for|to) subscribers only\b|\bsubscribers? only\b|\b(?:log|sign) in to (?:read|continue|view)\b",
    re.I,
)
_PAYWALL_REASON = "a paywall's prompt"
# A paywall's prompt is short: a page of more words than this is read as a story whatever it says.
_PAYWALL_MAX_WORDS = 80


@dataclass(frozen=True)
class Screened:
    """The articles kept, and a problem for each page screened out."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


Verdicts = dict[str, str | None]
"""The screen's verdicts by article id: why a page is not an article, or None when it is one."""

MEMO = "screened"
"""The file in the cache folder keeping each page's verdict, by a hash of its blocks."""


def screen_articles(
    articles: Iterable[Article],
    config: Config,
    keys: Mapping[str, str] | None = None,
    made: Mapping[str, str | None] | None = None,
) -> Screened:
    """Return the articles that read as stories, and a problem for each page that does not; keys gives an
    article's extraction key by id, the key of its verdict (else a hash of its blocks); made, the verdicts
    already made on some articles, by id (by the extraction workers, beside each other)."""
    kept: list[Article] = []
    problems: list[Problem] = []
    path = None if config.cache_dir_path is None else config.cache_dir_path / MEMO
    version = memo_version(config)
    last = _read_memo(path, version)
    verdicts: dict[str, str | None] = {}
    given = keys or {}
    earlier = made or {}
    for article in articles:
        key = given.get(article.id) or _blocks_key(article)
        reason = last[key] if key in last else _verdict(article, config, earlier)
        verdicts[key] = reason
        if reason is None:
            kept.append(article)
            continue
        problem = Problem(article.source, f"not an article: {reason}; not published", _hint(reason))
        log.warning("%s", problem)
        problems.append(problem)
    if path is not None and verdicts != last:
        write_entry(path, (version, verdicts))
    return Screened(articles=tuple(kept), problems=tuple(problems))


def _hint(reason: str) -> str:
    """Return what a user can do about a page screened out for this reason."""
    if reason.startswith(_PAYWALL_REASON):
        return "the scraper saved the site's sign-in or subscription prompt: fetch the story's own text again"
    return "remove it, or raise --list-share if it is a story"


def _verdict(article: Article, config: Config, made: Mapping[str, str | None]) -> str | None:
    """Return the verdict on an article: the one made already, else made now."""
    return made[article.id] if article.id in made else non_article_reason(article, config)


def _blocks_key(article: Article) -> str:
    """Return a hash of what the screen reads of a page: its blocks' texts, and which are paragraphs."""
    data = repr([(b.kind == "paragraph", b.text) for b in article.blocks]).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _read_memo(path: Path | None, version: str) -> dict[str, str | None]:
    """Return the verdicts kept in path for this version, or none when there are none to trust."""
    kept = read_kept(path, version, "the kept verdicts of the screen")
    return kept if isinstance(kept, dict) else {}


def non_article_reason(article: Article, config: Config) -> str | None:
    """Return why a page is not a news story, or None when it reads as one."""
    return blocks_reason(
        [b.text for b in article.blocks], [b.text for b in article.blocks if b.kind == "paragraph"], config
    )


def blocks_reason(blocks: Sequence[str], paragraphs: Sequence[str], config: Config) -> str | None:
    """Return why blocks of text are a list of headlines, links or photos, or a paywall's prompt, rather than a
    story, or None."""
    prompts = sum(1 for b in blocks if _ACCESS_PROMPT.search(b))
    words = sum(len(_WORD.findall(b)) for b in blocks)
    if blocks and prompts == len(blocks) and words <= _PAYWALL_MAX_WORDS:
        return f"{_PAYWALL_REASON} ({prompts} of {len(blocks)} paragraphs ask the reader to subscribe or sign in)"
    if len(blocks) < _LIST_MIN_BLOCKS:
        return None
    share = config.screen_list_share * len(blocks)
    # Captions are often full sentences, so a gallery is told by its captions alone.
    captions = sum(1 for b in blocks if _CAPTION.search(b))
    if captions >= share:
        return f"a photo gallery ({captions} of {len(blocks)} paragraphs are captions or photo credits)"
    # A story may quote a link or run a list of headlines beside its prose; a list has little prose.
    prose = prose_words(paragraphs)
    if prose >= config.screen_min_prose_share * words:
        return None
    for test, what, items in (
        (_LINK.search, "a list of links", "links"),
        (_is_headline, "a list of headlines", "headlines"),
    ):
        count = sum(1 for b in blocks if test(b))
        if count >= share:
            return f"{what} ({count} of {len(blocks)} paragraphs are {items}; {prose} of {words} words in sentences)"
    return None


def _is_headline(text: str) -> bool:
    """Return True when a block reads as a headline: several words, mostly letters, no final stop."""
    tokens = text.split()
    if not _HEADLINE_WORDS[0] <= len(tokens) <= _HEADLINE_WORDS[1] or text[-1] in _FINAL:
        return False
    digits = sum(1 for t in tokens if any(c.isdigit() for c in t))
    return digits <= _HEADLINE_MAX_DIGIT_SHARE * len(tokens)


def prose_words(paragraphs: Iterable[str]) -> int:
    """Return how many words of the paragraphs are in full sentences of prose."""
    total = 0
    for paragraph in paragraphs:
        for sentence in _SENTENCE.findall(paragraph):
            count = len(_WORD.findall(sentence))
            if count >= _PROSE_MIN_WORDS:
                total += count
    return total
