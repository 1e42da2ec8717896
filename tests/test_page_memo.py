"""The page memo's digests of what pages read: made in bulk where at hand, equal to those made one at a time."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newscorpus.cache import fingerprint
from newscorpus.config import Config
from newscorpus.model import SiteLinks
from newscorpus.render import PageMemo

from .test_list_memo import article


def test_digests_made_in_bulk_equal_those_made_one_at_a_time(tmp_path: Path) -> None:
    a, b, c = article("a"), article("b"), article("c")
    links = SiteLinks(
        group_of={"a": "g1"}, groups={}, articles={"a": a, "b": b, "c": c}, hub_of={("person", "Ann Lee"): "person/ann"}
    )
    # b's print is of another object (an article made again): its digest is not taken from it.
    prints = {"a": (a, fingerprint(a)), "b": (dataclasses.replace(b), b"stale"), "gone": (c, b"x")}
    memo = PageMemo(tmp_path, Config(), links, prints)
    bulk = dict(memo._digests)
    assert set(bulk) == {("group_of", "a"), ("hub_of", ("person", "Ann Lee")), ("articles", "a")}
    assert all(digest == memo._digest_of(read) for read, digest in bulk.items())
    assert memo._digests["articles", "b"] == fingerprint(b)  # made when first looked up


def test_a_page_reading_an_edited_article_is_rendered_again(tmp_path: Path) -> None:
    a = article("a")
    renders: list[str] = []

    def build(edited: object) -> str:
        links = SiteLinks(group_of={}, groups={}, articles={"a": edited}, hub_of={})  # type: ignore[dict-item]
        memo = PageMemo(tmp_path, Config(), links, {"a": (edited, fingerprint(edited))})  # type: ignore[dict-item]

        def make(seen: SiteLinks) -> str:
            renders.append(seen.articles["a"].title)
            return seen.articles["a"].title

        page = memo.kept("article/a", make)
        memo.save()
        return page

    assert build(a) == build(dataclasses.replace(a)) == "Headline a"  # an equal article: kept
    assert build(dataclasses.replace(a, title="New")) == "New"
    assert renders == ["Headline a", "New"]
