"""Screening: lists of headlines, links and photos are not articles; stories of any length are."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newscorpus import screen
from newscorpus.config import Config
from newscorpus.extract import extract_articles
from newscorpus.model import Article, Source
from newscorpus.screen import non_article_reason, screen_articles

CONFIG = Config()


def reason(text: str) -> str | None:
    """Return why a page is not published: a list found with no story in it, or a story screened out."""
    extracted = extract_articles([Source(id="x", path="x.txt", text=text)], CONFIG)
    if extracted.articles:
        return non_article_reason(extracted.articles[0], CONFIG)
    (problem,) = extracted.problems
    return problem.message.removeprefix("not an article: ").removesuffix("; not published")


HEADLINES = "\n\n".join(
    [
        "Latest news",
        "Minister resigns over port contract row",
        "Floods cut off villages in the north for a second week",
        "Central bank holds rates as inflation eases",
        "Striking nurses return to wards after pay offer",
        "Record crowd sees home side win the cup final",
        "Train fares to rise again in the new year",
    ]
)
LINKS = "\n\n".join(
    [
        "More on this topic",
        "Read more: the port strike explained https://news.example/strike-explained",
        "https://news.example/ports/rotterdam-deal",
        "Related: unions vote on the wage offer",
        "See also www.news.example/ports",
    ]
)
GALLERY = "\n\n".join(
    [
        "In pictures: the harbour at dawn",
        "Photo 1 of 4: Cranes stand idle at the container terminal. (Reuters/Jane Roe)",
        "Photo 2 of 4: Dock workers gather at the gates.",
        "Photo 3 of 4: A ship waits outside the harbour. Photo: AFP",
        "Photo 4 of 4: The first lorries leave the port. Getty Images",
    ]
)
STORY = (
    "Floods cut off villages\n\n"
    "Floodwater cut off a dozen villages in the north on Tuesday, and rescue teams used boats to reach "
    "families stranded on rooftops, officials said.\n\n"
    "The river rose two metres overnight after a week of heavy rain.\n\n"
    "Rescue crews expect more rain\n\n"
    "Forecasters said more rain was expected on Wednesday."
)
# A wire brief: one sentence, still a story.
BRIEF = "ACME Corp said it had named Jane Roe its chief executive, effective immediately."
# A results table: rows of figures, no sentences, but news all the same.
RESULTS = "\n\n".join(
    ["Shr 53 cts vs 22 cts", "Net profit 3.58 mln vs 1.47 mln", "Revs 144.6 mln vs 129.4 mln", "Avg shrs 17.1 mln"]
)

# A paywall saved in the story's place: every paragraph speaks to the reader about access.
ZIP_WALL = (
    "We are sorry, but your postal address is outside our delivery area for home subscriptions.\n\n"
    "Please enter a postcode in our area or choose digital access instead.\n\nStart your digital access"
)
SIGN_IN_WALL = "Subscribe to continue reading\n\nYou have used all of your free articles this month."
# Stories about subscriptions, however short, speak of subscribers in the third person.
SUBSCRIBERS = "The streaming service said it had added 5 million subscribers in the third quarter."
ACCESS_BRIEF = "Aid groups said they had been given full access to the camps on Tuesday for the first time."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paywall's prompt, whatever its wording: no story.
        (ZIP_WALL, "a paywall's prompt (3 of 3 paragraphs ask the reader to subscribe or sign in)"),
        (SIGN_IN_WALL, "a paywall's prompt (1 of 1 paragraphs ask the reader to subscribe or sign in)"),
        (SUBSCRIBERS, None),
        (ACCESS_BRIEF, None),
        # Headlines: short lines of words with no final stop, under a "Latest news" label (a control,
        # left out; the first line is read as the page's headline).
        (HEADLINES, "a list of headlines (5 of 5 paragraphs are headlines; 0 of 44 words in sentences)"),
        # Web addresses and "Read more"/"Related" pointers.
        (LINKS, "a list of links (4 of 5 paragraphs are links; 0 of 32 words in sentences)"),
        # Numbered captions and photo credits.
        (GALLERY, "a photo gallery (5 of 5 paragraphs are captions or photo credits)"),
        # Stories, however short, and tables of figures are kept.
        (STORY, None),
        (BRIEF, None),
        (RESULTS, None),
    ],
)
def test_non_article_reason(text: str, expected: str | None) -> None:
    assert reason(text) == expected


def test_screened_pages_are_reported_and_left_out() -> None:
    sources = [Source(id=name, path=f"{name}.txt", text=text) for name, text in [("list", HEADLINES), ("story", STORY)]]
    extracted = extract_articles(sources, CONFIG)
    screened = screen_articles(extracted.articles, CONFIG)
    assert [a.id for a in screened.articles] == ["story"]
    (problem,) = extracted.problems + screened.problems
    assert problem.path == "list.txt" and problem.skipped
    assert problem.message.startswith("not an article: a list of headlines") and problem.message.endswith(
        "not published"
    )


def test_each_screened_page_gets_the_hint_that_fits_its_reason() -> None:
    sources = [
        Source(id=name, path=f"{name}.txt", text=text) for name, text in [("list", HEADLINES), ("wall", ZIP_WALL)]
    ]
    hints = {p.path: p.hint for p in screen_articles(extract_articles(sources, CONFIG).articles, CONFIG).problems}
    assert hints["list.txt"] == "remove it, or raise --list-share if it is a story"
    assert "--list-share" not in hints["wall.txt"] and "prompt" in hints["wall.txt"]


def test_a_rebuild_screens_only_the_pages_whose_blocks_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The verdicts are kept by a hash of each page's blocks: unchanged pages are not read again,
    # and every page gets the verdict a build from scratch gives it.
    config = dataclasses.replace(CONFIG, cache_dir=tmp_path / "cache")
    sources = [Source(id=name, path=f"{name}.txt", text=text) for name, text in [("list", HEADLINES), ("story", STORY)]]
    articles = extract_articles(sources, CONFIG).articles
    first = screen_articles(articles, config)
    read: list[str] = []

    def noted(article: Article, config: Config) -> str | None:
        read.append(article.id)
        return non_article_reason(article, config)

    monkeypatch.setattr(screen, "non_article_reason", noted)
    assert screen_articles(articles, config) == first
    assert read == []
    edited = extract_articles([Source(id="story", path="story.txt", text=STORY + "\n\nMore rain fell.")], CONFIG)
    again = screen_articles((*articles[:-1], *edited.articles), config)
    assert read == ["story"]
    assert again == screen_articles((*articles[:-1], *edited.articles), CONFIG)


def test_given_extraction_keys_the_verdicts_are_kept_by_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A page whose extraction key is the last build's is the same page: its verdict is kept without
    # hashing its blocks; a page of a new key is screened again.
    config = dataclasses.replace(CONFIG, cache_dir=tmp_path / "cache")
    sources = [Source(id=name, path=f"{name}.txt", text=text) for name, text in [("list", HEADLINES), ("story", STORY)]]
    articles = extract_articles(sources, CONFIG).articles
    keys = {"list": "k1", "story": "k2"}
    first = screen_articles(articles, config, keys)
    read: list[str] = []

    def noted(article: Article, config: Config) -> str | None:
        read.append(article.id)
        return non_article_reason(article, config)

    monkeypatch.setattr(screen, "non_article_reason", noted)
    monkeypatch.setattr(screen, "_blocks_key", lambda article: pytest.fail(f"hashed the blocks of {article.id}"))
    assert screen_articles(articles, config, keys) == first
    assert read == []
    assert screen_articles(articles, config, {**keys, "story": "k3"}) == first
    assert read == ["story"]
