"""Given names and the gender each says, read from the Census lists of `names`, Faker's locales and gimei."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.kana import romanize
from newscorpus.extract.name_genders import (
    _census_gender,
    _is_latin_name,
    census_shares,
    faker_genders,
    given_name_genders,
    given_names,
    japanese_genders,
)
from newscorpus.model import Source, SourceMeta

CONFIG = Config()


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # US names the Census lists give one sex far more often than the other.
        ("Mary", "f"),
        ("James", "m"),
        ("Dorothy", "f"),
        # A European and a Japanese name the Census lists lack: Faker's German and Japanese lists say.
        ("Helmut", "m"),
        ("Yasuhiro", "m"),
        # A Nigerian woman's name, from Faker's Igbo list.
        ("Ngozi", "f"),
        # Japanese names neither the Census nor Faker holds: gimei's kana lists, spelt in Latin letters.
        ("Nobuo", "m"),
        ("Keisuke", "m"),
        # A Japanese name gimei lists for boys and for girls: says nothing.
        ("Hikaru", None),
        # Borne by men and women alike in the Census: says nothing.
        ("Kelly", None),
        ("Terry", None),
        # A man's name in Italy, a woman's in Germany and the US: says nothing.
        ("Andrea", None),
        # A surname, and a made-up word: no list holds them, so no gender.
        ("Gachechiladze", None),
        ("Zorbulon", None),
    ],
)
def test_given_name_genders(name: str, gender: str | None) -> None:
    assert given_name_genders().get(name) == gender


@pytest.mark.parametrize(
    ("name", "in_census", "given"),
    [
        # On the Census lists, and so a given name.
        ("Dorothy", True, True),
        # Not on the Census lists, but on Faker's: still a given name.
        ("Helmut", False, True),
        # On neither: not a given name.
        ("Gachechiladze", False, False),
        # On the lists, but far more often an ordinary word in news: left out of the gazetteer's given names.
        ("Will", True, False),
        # On Faker's lists, but a place and a byline's city: "By Jane Doe, Washington" names no Washington.
        ("Washington", False, False),
    ],
)
def test_given_names_of_the_gazetteer(name: str, in_census: bool, given: bool) -> None:
    assert (name in census_shares()) is in_census
    assert (name in load_gazetteer(CONFIG.min_place_population).given_names) is given
    assert name in given_names() or not given


@pytest.mark.parametrize(
    ("share", "gender"),
    [
        # "James": 3.318% of men, 0.010% of women (a recording error): a man's name.
        ({"m": 3.318, "f": 0.010}, "m"),
        # "Kelly": 0.063% of men, 0.283% of women: less than ten times apart, either.
        ({"m": 0.063, "f": 0.283}, "mf"),
        # On the women's list only.
        ({"f": 0.5}, "f"),
        # Exactly ten times as common among men: a man's name.
        ({"m": 1.0, "f": 0.1}, "m"),
    ],
)
def test_census_gender(share: dict[str, float], gender: str) -> None:
    assert _census_gender(share) == gender


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        # Latin letters with diacritics and a hyphen, as English news writes them.
        ("Łukasz", True),
        ("Jean-Luc", True),
        # Cyrillic and kana: English text transliterates them, so these forms never occur.
        ("Дмитрий", False),
        ("ひろし", False),
        # Not a capitalised word.
        ("JOHN", False),
        ("anna", False),
    ],
)
def test_latin_names(name: str, latin: bool) -> None:
    assert _is_latin_name(name) is latin


def test_every_listed_name_says_a_gender() -> None:
    for table in (faker_genders(), japanese_genders()):
        assert table
        assert all(genders and genders <= {"m", "f"} for genders in table.values())
    # Too short to tell from an English word once in Latin letters ("Go", "Yu").
    assert all(len(name) >= 3 for name in japanese_genders())


@pytest.mark.parametrize(
    ("hiragana", "latin"),
    [
        # One letter for each kana sign, consonant and vowel: the plain syllables.
        ("のぶお", "Nobuo"),
        # "し" is shi and "ち" chi, as news writes them.
        ("ちひろ", "Chihiro"),
        # Small "ゃ", "ゅ", "ょ" join the syllable before; after shi, chi and ji the "i" goes.
        ("きょうこ", "Kyoko"),
        ("しょうへい", "Shohei"),
        ("じゅん", "Jun"),
        # A long vowel is written short: "ou" and "uu" as one letter.
        ("ゆうすけ", "Yusuke"),
        ("こういち", "Koichi"),
        # Small "っ" doubles the consonant after it, "t" before ch.
        ("てっぺい", "Teppei"),
        ("まっちゃん", "Matchan"),
        # A sign outside the hiragana table: no spelling at all.
        ("ノブオ", None),
    ],
)
def test_romanize(hiragana: str, latin: str | None) -> None:
    assert romanize(hiragana) == latin


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "she said": a woman's name the Census lacks, not the man with a German name who spoke last.
        (
            "Ngozi Okafor opened the meeting. Helmut Brandt then spoke against the plan.\n\n“We deserved better,” she said.",
            "Ngozi Okafor",
        ),
        # "he said": a man's Japanese name, not the woman with a US name who spoke last.
        (
            "Yasuhiro Endo opened the meeting. Dorothy Keane then spoke against the plan.\n\n“We deserved better,” he said.",
            "Yasuhiro Endo",
        ),
    ],
)
def test_pronoun_speakers_by_given_name(text: str, speaker: str) -> None:
    source = Source(
        id="story", path="story.txt", text="Opening line of the story goes here.\n\n" + text, meta=SourceMeta()
    )
    result = extract_article(source, CONFIG)
    assert result is not None
    assert [q.speaker for q in result.quotes if q.text.startswith("We deserved")] == [speaker]


@pytest.mark.parametrize(
    ("name", "given"),
    [
        # Two given names the lists hold apart, joined by a hyphen: a French compound the lists lack whole.
        ("Jo-Wilfried", True),
        ("Pierre-Hugues", True),
        # Syllables of one Korean name, the second in small letters; a town and a firm's two words.
        ("Jae-in", False),
        ("Coca-Cola", False),
        ("Wilkes-Barre", False),
        # Three parts are no compound of two.
        ("Jean-Pierre-Hugues", False),
    ],
)
def test_a_hyphenated_pair_of_given_names_is_a_given_name(name: str, given: bool) -> None:
    assert (name in load_gazetteer(CONFIG.min_place_population).given_names) is given


def test_a_compound_given_name_opens_a_persons_name_but_alone_is_no_one() -> None:
    text = (
        "Jo-Wilfried Tsonga beat Yoshihito Nishioka, and Pierre-Hugues Herbert and Nicolas Mahut won the doubles.\n\n"
        "Ashton-Tate said it would sell shares, the software firm said."
    )
    result = extract_article(Source(id="s", path="s.txt", text=text, meta=SourceMeta()), CONFIG)
    assert result is not None
    people = {e.name for e in result.people}
    assert {"Jo-Wilfried Tsonga", "Pierre-Hugues Herbert", "Nicolas Mahut"} <= people
    assert "Ashton-Tate" not in people and "Herbert Mahut" not in people
