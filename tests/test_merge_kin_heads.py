"""Initials tied to a name by a body of its kind their article names, a company's first two words alone, and the
reason a surname after a title shows on its hub."""

from __future__ import annotations

from newscorpus.extract.corpus import join_across_corpus, merge_across_corpus
from newscorpus.extract.corpus.state import Corpus
from tests.test_merge import CONFIG, article, org, person, place


def _spelt_league() -> list:
    return [
        article("a", "The Quarnish Curling League opened its season.", org("Quarnish Curling League")),
        article("b", "The Norvale Curling League signed a deal.", org("Norvale Curling League")),
        article("n", "NCL officials met the Norvale Curling League board.", org("Norvale Curling League"), org("NCL")),
    ]


def test_initials_join_the_name_they_spell_where_their_article_names_a_body_of_its_kind_sharing_its_word() -> None:
    # "QCL" in a sentence writing none of the league's words, in a story naming the Norvale Curling League (a
    # league, and curling's): the Quarnish Curling League.
    story = article(
        "c",
        "Tobin was sent down to the QCL's Harbour club.\n\nThe Norvale Curling League fined him.",
        org("QCL"),
        org("Norvale Curling League"),
    )
    merged = merge_across_corpus((*_spelt_league(), story), CONFIG)
    assert "Quarnish Curling League" in {e.name for e in merged[-1].organizations}


def test_initials_stay_apart_where_the_body_named_beside_them_is_of_another_kind() -> None:
    # The Norvale Curling Authority shares "curling" but is no league: "QCL" says nothing of which body.
    story = article(
        "c",
        "Tobin was sent down to the QCL's Harbour club.\n\nThe Norvale Curling Authority fined him.",
        org("QCL"),
        org("Norvale Curling Authority"),
    )
    merged = merge_across_corpus((*_spelt_league()[:1], story), CONFIG)
    assert "QCL" in {e.name for e in merged[-1].organizations}


def test_a_companys_first_two_words_alone_join_the_one_company_they_open() -> None:
    firm = [
        article(
            f"p{n}",
            f"Zorvath Bellamy Quade Inc advised Quinlo Corp in {town}.",
            org("Zorvath Bellamy Quade Inc"),
            org("Quinlo Corp"),
            place(town),
        )
        for n, town in enumerate(("Leeds", "Hull", "York", "Bath", "Ely", "Wells"))
    ]
    # Written alone in more articles than a name cut short in a story or two: the first two words, no slip.
    alone = [
        article(
            f"c{n}",
            f"Zorvath Bellamy advised Quinlo Corp in {town}.",
            org("Zorvath Bellamy"),
            org("Quinlo Corp"),
            place(town),
        )
        for n, town in enumerate(("Leeds", "Hull", "York"))
    ]
    merged = merge_across_corpus((*firm, *alone), CONFIG)
    assert "Zorvath Bellamy Quade Inc" in {e.name for e in merged[-1].organizations}


def test_a_surname_after_a_title_shows_the_titles_reason() -> None:
    corpus = Corpus.of(
        (
            article("a", "Chairman Quorvath Lindqvist spoke.", person("Quorvath Lindqvist")),
            article("b", "Dr Tamsin Lindqvist spoke.", person("Tamsin Lindqvist")),
            article("c", "Chairman Lindqvist spoke again.", person("Lindqvist")),
        ),
        CONFIG,
    )
    join_across_corpus(corpus)
    why = corpus.why.get((2, "person", "Lindqvist"), "")
    assert corpus.groups.find((2, "person", "Lindqvist")) == corpus.groups.find((0, "person", "Quorvath Lindqvist"))
    assert why.startswith("surname after a title")
