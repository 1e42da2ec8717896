"""A national bank's and a Gulf company's legal form, and a union's local: the fresh development draw's (alias_pairs_dev24.json) causes."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.shortforms import legal_words
from tests.test_merge import CONFIG, article, names, org


def test_a_gulf_shareholding_companys_form_is_its_legal_form() -> None:
    # Bahrain's, Kuwait's and Qatar's shareholding companies end their names in B.S.C., K.S.C., Q.S.C.
    assert legal_words("Gulf International Bank BSC") == ("gulf international bank", frozenset({"bsc"}))
    assert legal_words("Gulf Bank KSC") == ("gulf bank", frozenset({"ksc"}))
    assert legal_words("Doha Bank Ltd QSC") == ("doha bank", frozenset({"ltd", "qsc"}))
    assert legal_words("Arab Banking Corp B.S.C.") == ("arab banking", frozenset({"corp", "bsc"}))
    assert legal_words("BSC") == ("bsc", frozenset())  # initials alone are a name


def test_an_american_national_banks_form_is_its_legal_form() -> None:
    # "National Association": Citibank NA is the bank Citibank (Citicorp, its holding company, another name).
    assert legal_words("Citibank NA") == ("citibank", frozenset({"na"}))
    assert legal_words("Mellon Bank N.A.") == ("mellon bank", frozenset({"na"}))


def test_a_bank_written_with_and_without_its_bahraini_form_is_one() -> None:
    corpus = (
        article(
            "bsc",
            "Gulf money markets have grown reasonably well during the past decade, <Gulf International Bank BSC> "
            "(GIB) said.",
            org("Gulf International Bank BSC"),
            dateline="BAHRAIN",
        ),
        article(
            "bare",
            "The only other major eurocredit, a 500 mln dlr deal under the agency of Gulf International Bank, was "
            "signed in October, 1985.",
            org("Gulf International Bank"),
            dateline="BAHRAIN",
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["bsc"] == found["bare"]


def test_a_unions_local_is_not_the_union() -> None:
    # "Local 222" of the union, its number cut off by the finder: one branch, not the union a word longer.
    union = "United Food and Commercial Workers Union"
    corpus = (
        *(
            article(
                f"u{i}",
                f"About 800 members of the {union}, UFCWU, struck John Morrell's Sioux City, Iowa, plant.",
                org(union),
                dateline="CHICAGO",
            )
            for i in range(3)
        ),
        article(
            "local",
            f"{union} Local 222 rejected a new contract proposal from Iowa Beef Processors Inc.",
            org(f"{union} Local"),
            dateline="DAKOTA CITY, Neb.",
        ),
        # And a lodge of the police's order, a chapter of a society: branches of their own.
        *(
            article(
                f"f{i}", "The Fraternal Order of Police said.", org("Fraternal Order of Police"), dateline="CHICAGO"
            )
            for i in range(3)
        ),
        article(
            "lodge",
            "Fraternal Order of Police Lodge 7 said it backed the mayor.",
            org("Fraternal Order of Police Lodge"),
            dateline="CHICAGO",
        ),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["local"] == {f"{union} Local"} and found["u0"] == {union}
    assert found["lodge"] == {"Fraternal Order of Police Lodge"}
