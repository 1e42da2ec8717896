"""Quotations in single marks ('We won,' he said): read as quotations, like double marks, when matching."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.match.quotes import single_quotations
from newscorpus.match.text import story_words
from newscorpus.model import Article, Source, SourceMeta

CONFIG = Config()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coach said: 'We played well tonight.' The club's fans cheered.",
            "The coach said: “We played well tonight.” The club's fans cheered.",
        ),
        ("'It was a long day,' she said.", "“It was a long day,” she said."),
        # Curly marks, and an apostrophe inside a name after the quotation.
        ("It was a ‘bold’ plan, said O’Brien.", "It was a “bold” plan, said O’Brien."),
        # A quotation going on into the next paragraph is left open to the block's end.
        ("He added: 'We will be back next season", "He added: “We will be back next season"),
        # Apostrophes alone: contractions and a plural's possessive open nothing.
        ("The players' union said it didn't agree.", None),
        ("No marks at all.", None),
    ],
)
def test_single_quotations_become_double_marks(text: str, expected: str | None) -> None:
    assert single_quotations(text) == expected


def page(body: str, id: str, title: str = "Harbour plan approved", outlet: str = "example.co.uk") -> Article:
    source = Source(id=id, path=f"{id}.txt", text=body, meta=SourceMeta(title=title, date="2031-03-04", outlet=outlet))
    found = extract_article(source, CONFIG)
    assert found is not None
    return found


def test_words_in_single_marks_are_quoted() -> None:
    words = story_words(page("Mayor Ann Hale said: 'The harbour will reopen in May.' Work starts today.", "a"))
    quoted = [w for w, q in zip(words.words, words.quoted, strict=True) if q]
    assert quoted == ["the", "harbour", "will", "reopen", "in", "may"]


STATEMENT = (
    "'We have listened carefully to everyone who wrote to us about the harbour, and we believe this plan "
    "protects the fishing fleet, the lifeboat station and the families who have lived on the quay for "
    "generations while bringing new jobs to the town for the first time in twenty years,' the statement said."
)
FIRST = (
    "Councillors in Port Ellery voted by nine to four on Tuesday night to approve the redevelopment of the "
    "old harbour after a three-hour meeting.\n\n"
    f"{STATEMENT}\n\n"
    "Opponents vowed to take the decision to judicial review."
)
SECOND = (
    "A plan to rebuild the crumbling harbour wall at Port Ellery has been backed by the town council despite "
    "a petition signed by 3,000 residents.\n\n"
    f"{STATEMENT}\n\n"
    "Building work is due to begin in the autumn."
)


def test_two_write_ups_sharing_a_statement_in_single_marks_stay_apart() -> None:
    found = match_articles(
        [page(FIRST, "first", outlet="one.co.uk"), page(SECOND, "second", outlet="two.co.uk")], CONFIG
    )
    assert found.groups == ()


def test_a_reprint_with_single_marks_is_still_a_version() -> None:
    reprint = FIRST.replace("Opponents vowed", "Opponents of the plan vowed")
    found = match_articles(
        [page(FIRST, "first", outlet="one.co.uk"), page(reprint, "again", outlet="two.co.uk")], CONFIG
    )
    assert [sorted(m.id for m in g.members) for g in found.groups] == [["again", "first"]]
