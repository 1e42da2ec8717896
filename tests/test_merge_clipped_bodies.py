"""A clipped word written beside a body's name and beside that name a body's word longer: one body, three forms."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from tests.test_merge import CONFIG, article, names, org


def _stories(prefix: str, text: str, name: str, count: int = 3) -> tuple:
    return tuple(article(f"{prefix}{n}", text, org(name), org("Fed")) for n in range(count))


def test_the_fed_joins_the_reserve_written_with_and_without_its_board() -> None:
    # A corpus of a few thousand stories: "the Fed" beside "Federal Reserve" in some, beside "Federal Reserve Board"
    # in others, each too seldom written as the other's short form for the names alone to join.
    corpus = (
        *_stories("r", "The Federal Reserve added reserves. The Fed's move was expected.", "Federal Reserve", 4),
        *_stories("b", "The Federal Reserve Board said the Fed would act.", "Federal Reserve Board"),
        article("f1", "Dealers expect the Fed to ease.", org("Fed")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["r0"] == found["b0"] == found["f1"] == {"Federal Reserve Board"}


def test_a_clipped_word_beside_a_body_and_a_longer_body_of_its_own_joins_neither() -> None:
    # The New York bank is no word longer than the Reserve: a body of its own, beside "Fed" as often.
    corpus = (
        *_stories("r", "The Federal Reserve added reserves. The Fed's move was expected.", "Federal Reserve"),
        *_stories(
            "n", "The Federal Reserve Bank of New York said the Fed bought bills.", "Federal Reserve Bank of New York"
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["r0"] != found["n0"]
