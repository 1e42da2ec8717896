"""Teams written by their town or their nickname, bodies written in the plural, and given names after a title."""

from __future__ import annotations

from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.corpus.plural import plural_apart
from tests.test_merge import CONFIG, article, names, org, person, place


def _reason(articles: tuple, article_id: str, form: str) -> str:
    found = next(a for a in articles if a.id == article_id)
    return next(f.reason for e in (*found.people, *found.organizations) for f in e.forms if f.text == form)


def test_a_town_written_as_an_organisation_joins_the_one_club_of_that_town() -> None:
    corpus = (
        article("a", "Bolton Wanderers won at home.", org("Bolton Wanderers")),
        article("b", "Bolton beat the visitors 2-0.", org("Bolton")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["b"] == {"Bolton Wanderers"}


def test_a_town_with_two_clubs_stays_apart_from_both() -> None:
    corpus = (
        article("a", "Kendal United won.", org("Kendal United")),
        article("b", "Kendal Athletic lost.", org("Kendal Athletic")),
        article("c", "Kendal beat the visitors.", org("Kendal")),
    )
    assert names(merge_across_corpus(corpus, CONFIG))["c"] == {"Kendal"}


def _hockey(id: str, text: str, team: str) -> object:
    return article(id, text, org(team), person("Jarno Quelkinen"), person("Ossi Varbrandt"))


def test_a_nickname_joins_the_one_team_of_a_town_and_that_word_where_the_articles_agree() -> None:
    corpus = (
        _hockey("a", "The Vancouver Canucks signed Jarno Quelkinen and Ossi Varbrandt.", "Vancouver Canucks"),
        _hockey("b", "The Canucks said Jarno Quelkinen and Ossi Varbrandt would play.", "Canucks"),
    )
    assert names(merge_across_corpus(corpus, CONFIG))["b"] >= {"Vancouver Canucks"}


def test_a_nickname_whose_article_names_nothing_of_the_team_stays_apart() -> None:
    corpus = (
        _hockey("a", "The Vancouver Canucks signed Jarno Quelkinen and Ossi Varbrandt.", "Vancouver Canucks"),
        _hockey("b", "The Canucks said Jarno Quelkinen and Ossi Varbrandt would play.", "Canucks"),
        article("c", "The Canucks of the school league won.", org("Canucks")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert "Vancouver Canucks" not in found["c"]


def test_a_body_word_and_its_plural_are_apart_but_other_words_a_slip() -> None:
    assert plural_apart([("bank", "banks")])
    assert plural_apart([("associations", "association")])
    assert not plural_apart([("brother", "brothers")])  # "Lehman Brothers": the plural is the firm's name
    assert not plural_apart([("bank", "bonk")])


def test_a_bank_and_the_banks_of_its_name_in_one_article_are_two() -> None:
    text = "Zentrovian Citizens Bank said the Zentrovian Citizens Banks of two towns would merge."
    corpus = (
        article("a", text, org("Zentrovian Citizens Bank"), org("Zentrovian Citizens Banks")),
        article("b", "Zentrovian Citizens Bank said.", org("Zentrovian Citizens Bank")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["a"] == {"Zentrovian Citizens Bank", "Zentrovian Citizens Banks"}


def test_a_given_name_after_sheikh_is_the_given_name_of_the_person_named_in_full() -> None:
    text = "Sheikh Ali Qadouri al-Zentawi, the minister, spoke. Sheikh Ali said output would rise."
    corpus = (
        article("a", text, person("Ali Qadouri al-Zentawi"), person("Ali")),
        article("b", "Hassan Ali said.", person("Hassan Ali")),  # a surname "Ali" elsewhere in the corpus
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert names(merged)["a"] == {"Ali Qadouri al-Zentawi"}
    assert _reason(merged, "a", "Ali") == "given name of the person named in full in the same article"


def test_a_first_name_written_alone_after_mr_is_still_called_a_surname() -> None:
    text = "Ali Qadouri al-Zentawi, the minister, spoke. Mr Ali said output would rise."
    corpus = (
        article("a", text, person("Ali Qadouri al-Zentawi"), person("Ali")),
        article("b", "Hassan Ali said.", person("Hassan Ali")),  # a surname "Ali" elsewhere in the corpus
    )
    merged = merge_across_corpus(corpus, CONFIG)
    assert _reason(merged, "a", "Ali") == "surname of the person named in full in the same article"


def test_a_broadcaster_s_one_word_name_takes_the_only_other_name_opening_with_it_and_television() -> None:
    corpus = (
        *(article(f"z{i}", "ZBK reported the quake.", org("ZBK")) for i in range(3)),
        article("t", "ZBK Television reported the quake.", org("ZBK Television")),
        # A word opening two other names may be either's: it stays apart.
        *(article(f"q{i}", "Quorvex reported.", org("Quorvex")) for i in range(3)),
        article("v", "Quorvex Television reported.", org("Quorvex Television")),
        article("h", "Quorvex Holdings said.", org("Quorvex Holdings")),
    )
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["t"] == found["z0"]
    assert found["q0"] == {"Quorvex"} and found["v"] == {"Quorvex Television"}


def _league(id: str, text: str, *teams: str) -> object:
    return article(id, text, *(org(t) for t in teams))


def test_a_nickname_joins_its_team_through_the_rivals_its_articles_name_in_sports_copy() -> None:
    # Two match reports years after the team's round-up name none of its players, only rivals: one by the rivals'
    # nicknames the round-up writes in full, the other by rivals the first report names.
    corpus = (
        _league("a", "The Tacoma Otters beat the Fresno Herons in the playoff; the Eugene Lynx coach watched the goal.",
                "Tacoma Otters", "Fresno Herons", "Eugene Lynx"),
        _league("b", "Otters 4, Herons 1: two goals in the playoff, and the Lynx and Ravens lost; the coach smiled.",
                "Otters", "Herons", "Lynx", "Ravens", "Pacific Division"),
        _league("c", "The Otters coach said the goal against the Ravens lifted them in the Pacific Division playoff.",
                "Otters", "Ravens", "Pacific Division"),
    )  # fmt: skip
    found = names(merge_across_corpus(corpus, CONFIG))
    assert found["b"] >= {"Tacoma Otters"} and found["c"] >= {"Tacoma Otters"}


def test_a_nickname_whose_sports_copy_shares_one_name_with_the_team_stays_apart() -> None:
    # Another league's Otters: a round-up naming one place the team's story names, and a report naming its rivals.
    corpus = (
        article("a", "The Tacoma Otters beat the Fresno Herons in Fresno in the playoff; the coach hailed the goal.",
                org("Tacoma Otters"), org("Fresno Herons"), place("Fresno")),
        article("b", "Otters 3, Marlins 2 in Fresno: a late goal in the playoff, the coach said; the Bisons won.",
                org("Otters"), org("Marlins"), org("Bisons"), place("Fresno")),
        article("c", "The Otters coach said the Marlins and the Bisons were beaten in the playoff by a goal.",
                org("Otters"), org("Marlins"), org("Bisons")),
    )  # fmt: skip
    found = names(merge_across_corpus(corpus, CONFIG))
    assert "Tacoma Otters" not in found["b"] | found["c"]


def test_a_bodys_name_run_on_from_a_word_of_the_language_joins_the_body() -> None:
    # "Instead" opens the sentence and no other name; the council is written widely without it.
    corpus = (
        article("a", "Instead Nordic Grain Council members voted to wait.", org("Instead Nordic Grain Council")),
        *(article(f"b{n}", "The Nordic Grain Council met; prices fell instead.", org("Nordic Grain Council"))
          for n in range(4)),
    )  # fmt: skip
    assert names(merge_across_corpus(corpus, CONFIG))["a"] == {"Nordic Grain Council"}


def test_a_company_whose_first_word_is_a_word_of_the_language_is_no_run_on() -> None:
    # "Beacon Freight Lines Corp" is a company of its own, written with its legal form, not Freight Lines Corp's slip.
    corpus = (
        article("a", "Beacon Freight Lines Corp said it lit a beacon.", org("Beacon Freight Lines Corp")),
        *(article(f"b{n}", "Freight Lines Corp said a beacon and a beacon failed.", org("Freight Lines Corp"))
          for n in range(4)),
    )  # fmt: skip
    assert names(merge_across_corpus(corpus, CONFIG))["a"] == {"Beacon Freight Lines Corp"}
