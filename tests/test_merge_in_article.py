"""The merge of one article's names (extract/merge.py): which longer name a shorter one is a form of."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Source

CONFIG = Config()


def organizations(text: str) -> dict[str, set[str]]:
    """Return each organisation an article names, with its other forms."""
    article = extract_article(Source(id="story", path="story.txt", text=text), CONFIG)
    assert article is not None
    return {e.name: set(e.aliases) for e in article.organizations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's name is not the short form of the system it runs, its name ending in "System".
        (
            "Shares of Hillcrest traded on the Karachi Stock Exchange Dealing and Quotation System. "
            "The Karachi Stock Exchange said volume rose.",
            {"Karachi Stock Exchange": set(), "Karachi Stock Exchange Dealing and Quotation System": set()},
        ),
        # ... its initials in brackets staying with the body, not going to the system.
        (
            "The Stock Exchange of Singapore (SES) said trading rose. "
            "The Stock Exchange of Singapore Dealing and Quotation System opened.",
            {"Stock Exchange of Singapore": {"SES"}, "Stock Exchange of Singapore Dealing and Quotation System": set()},
        ),
        # One word more is the body itself ("Federal Reserve" of the "Federal Reserve System").
        (
            "Rates held, the Federal Reserve System said. The Federal Reserve said it would act.",
            {"Federal Reserve System": {"Federal Reserve"}},
        ),
        # A name with no body's word in it is the system's name cut short.
        (
            "Bonds of the Tarrant Public Power Supply System fell, the Tarrant Public Power Supply System said. "
            "Tarrant Public Power said demand rose.",
            {"Tarrant Public Power Supply System": {"Tarrant Public Power"}},
        ),
        # A company named for its system, with its legal form, keeps its short form.
        (
            "Tarrant Pipeline System Inc said profits rose. Tarrant Pipeline expects more.",
            {"Tarrant Pipeline System Inc": {"Tarrant Pipeline"}},
        ),
    ],
)
def test_a_body_is_not_the_short_form_of_its_system(text: str, expected: dict[str, set[str]]) -> None:
    assert organizations(text) == expected


def places(text: str) -> dict[str, set[str]]:
    """Return each place an article names, with its other forms."""
    article = extract_article(Source(id="story", path="story.txt", text=text), CONFIG)
    assert article is not None
    return {e.name: set(e.aliases) for e in article.places}


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        # A state's abbreviation alone names the state, where the state's name alone mostly means a city.
        ("Harlan Voss, a plumber from Utica, N.Y., said the pipes froze in January.", "New York State", {"N.Y."}),
        ("Tilda Marsh of Spokane, Wash., said the orchard would reopen next spring.", "Washington State", {"Wash."}),
        # The name written beside it: the article's one place, under its own name.
        (
            "Harlan Voss of Utica, N.Y., said New York had frozen, and New York would thaw in March.",
            "New York",
            {"N.Y."},
        ),
        # A state whose name no city shares keeps it.
        ("Tilda Marsh of Tulsa, Okla., said the orchard would reopen next spring.", "Oklahoma", {"Okla."}),
    ],
)
def test_a_state_written_only_by_its_abbreviation_is_the_state(text: str, name: str, forms: set[str]) -> None:
    assert places(text)[name] == forms


def people(text: str) -> dict[str, set[str]]:
    """Return each person an article names, with its other forms."""
    article = extract_article(Source(id="story", path="story.txt", text=text), CONFIG)
    assert article is not None
    return {e.name: set(e.aliases) for e in article.people}


def test_al_before_a_listed_surname_is_a_man_named_al_unless_a_fuller_name_writes_the_article() -> None:
    # Two players of one surname: "Al Pemberton" is no form of "Derek Pemberton".
    found = people("Derek Pemberton scored 20 points and Al Pemberton added 12 for the Hawks. Pemberton said so.")
    assert found["Derek Pemberton"] == {"Pemberton"} and found["Al Pemberton"] == set()
    # "Al Quraishi" beside "Karim Al Quraishi" is his surname with its article.
    found = people("Forces loyal to Karim Al Quraishi retreated. Al Quraishi blamed the rain. Quraishi left.")
    assert found == {"Karim Al Quraishi": {"Al Quraishi", "Quraishi"}}


def test_a_name_the_story_writes_as_a_body_takes_its_bare_and_cued_mentions() -> None:
    # "a Boko Haram camp" reads like "the Clinton camp", a person's; the story writes the name as a body's once.
    text = (
        "The girls were released by Boko Haram on Saturday.\n\n"
        "Vigilantes came across her as they prepared to ambush a Boko Haram camp.\n\n"
        "Most are thought to be held by a faction controlled by the Boko Haram leader Abubakar Shekau."
    )
    article = extract_article(Source(id="story", path="story.txt", text=text), CONFIG)
    assert article is not None
    assert "Boko Haram" in {e.name for e in article.organizations}
    assert "Boko Haram" not in {e.name for e in article.people}
