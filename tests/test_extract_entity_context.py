"""Names told by the words around them: state codes after towns, bodies named by what they are."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Article, Source, SourceMeta

CONFIG = Config()


def article(text: str) -> Article:
    source = Source(id="story", path="story.txt", text="Opening line of the story.\n\n" + text, meta=SourceMeta())
    result = extract_article(source, CONFIG)
    assert result is not None
    return result


def found(text: str, kind: str) -> set[str]:
    return {name for e in getattr(article(text), kind) for name in (e.name, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "places", "not_orgs"),
    [
        # A postal code after a town and a comma is the town's state, as tour listings write it.
        (
            "The dates: June 19, Oakfield, VA; June 20, Dunmore, NC @ Harbour Lights.",
            {"Virginia", "North Carolina"},
            {"NC", "VA"},
        ),
        ("The tour stops in Lakeview, CA for a hometown show on Sept. 12.", {"California"}, {"CA"}),
        ("It opens in Palm Grove, FL, the first of 30 stops.", {"Florida"}, {"FL"}),
        # "Washington, D.C." is one city's name: the letters after the comma are no body.
        ("She teaches at a college in Washington, D.C., and writes.", {"Washington"}, {"D.C."}),
    ],
)
def test_state_codes_after_towns(text: str, places: set[str], not_orgs: set[str]) -> None:
    assert places <= found(text, "places")
    assert not not_orgs & found(text, "organizations")


@pytest.mark.parametrize(
    "text",
    [
        # Two capitals with no town before them keep the reading they had: a body's initials.
        "The deal was approved by CA shareholders and NC regulators on Monday.",
    ],
)
def test_state_codes_need_a_town(text: str) -> None:
    assert not {"California", "North Carolina"} & found(text, "places")
