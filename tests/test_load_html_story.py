"""Saved pages whose story trafilatura cannot read: the text extractor's story among the blocks the page prints."""

from __future__ import annotations

import pytest
import trafilatura

from newscorpus.config import Config
from newscorpus.load.common import Unreadable
from newscorpus.load.html import read_html

MENU = "".join(f'<a href="/s/{w}">{w}</a><br>' for w in ("Home", "World", "Business", "Sport", "Weather", "Travel"))
STORY = (
    "<b>Ferries return to the north quay</b><br>By Jane Roe<br>"
    "<p>HARBOUR TOWN - Ferries will sail from the north quay again on Monday after the harbour board voted to "
    "reopen it, the board said on Friday.</p>"
    "<p>The quay was closed in March when a storm damaged its piers, and the crossings have since left from the "
    "south quay, an hour's walk from the town.</p>"
    "<p>Repairs cost the board more than it had planned, its chairman told reporters, but the ferry company had "
    "agreed to share the bill over five years.</p>"
)
PAGE = (
    "<html><head><title>Harbour Gazette</title></head>"
    f"<body><table><tr><td>{MENU}</td><td>{STORY}</td></tr></table></body></html>"
)


def test_a_story_trafilatura_misses_is_the_one_the_page_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    # An older page setting its story in tables among menus: trafilatura finds no text there.
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    (entry,) = read_html(PAGE, Config()).entries
    assert entry.meta.title == "Ferries return to the north quay"
    assert entry.text.startswith("HARBOUR TOWN - Ferries will sail")
    assert "Weather" not in entry.text


def test_a_page_of_links_alone_stays_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    with pytest.raises(Unreadable):
        read_html(PAGE.replace(STORY, ""), Config())


def test_a_title_left_open_does_not_hide_the_page() -> None:
    # The saved page lost its "</title>": the title runs on over the whole page, no body left.
    damaged = PAGE.replace("Harbour Gazette</title>", "Harbour Gazette\n<script>var ads = 1;</script>")
    (entry,) = read_html(damaged, Config()).entries
    assert entry.meta.title == "Ferries return to the north quay"
    assert entry.text.startswith("HARBOUR TOWN - Ferries will sail")


def test_trafilatura_reads_the_undamaged_page() -> None:
    assert trafilatura.extract(PAGE) is not None
