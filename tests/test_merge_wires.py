"""A wire agency's initials and its name in full, joined where the articles credit the wire."""

from __future__ import annotations

import dataclasses

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.model import AgencyCredit, Article
from tests.test_merge import CONFIG, article, org


def credited(story: Article, house: str) -> Article:
    """Return the article crediting a wire agency in its text ("told UPI")."""
    return dataclasses.replace(story, agencies=(AgencyCredit(house, "body", f"told {house}"),))


def test_a_wire_s_initials_join_its_name_in_full_where_most_articles_writing_them_credit_it() -> None:
    corpus = (
        # The wire's initials in stories crediting it ("he told UPI"), and once uncredited.
        *(credited(article(f"u{i}", "He told UPI so.", org("UPI")), "UPI") for i in range(2)),
        article("n", "She told UPI so.", org("UPI")),
        article("f", "United Press International said so.", org("United Press International")),
        # The same letters in stories crediting no wire: another body, however the wire is named.
        *(article(f"p{i}", "The PTI said so.", org("PTI")) for i in range(2)),
        article("t", "Press Trust of India said so.", org("Press Trust of India")),
    )
    found = {a.id: {e.name for e in a.organizations} for a in merge_across_corpus(corpus, CONFIG)}
    assert found["u0"] == found["n"] == found["f"] == {"United Press International"}
    assert found["p0"] == {"PTI"} and found["t"] == {"Press Trust of India"}
