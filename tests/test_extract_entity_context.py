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


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # A noun saying what a body is, right before its name.
        ("The study appeared in the journal Stellar Notes on Monday.", {"Stellar Notes"}),
        ("Said Tom Ruiz, an analyst with the research firm Quandle, in a note.", {"Quandle"}),
        # ... or before it and a comma, the name closed by a comma.
        ("The files came from a corporate law firm, Harwick Dunmore, which sets up trusts.", {"Harwick Dunmore"}),
        ("The group that owns her records, Tall Pine, says she may play them.", {"Tall Pine"}),
        # A medium named by the noun after it, even opening the sentence.
        ("Bintang online newspaper said the talks had ended.", {"Bintang"}),
        ("Norland's Vesk security agency declined to comment.", {"Vesk"}),
        # A place compound right before a name places a body.
        ("The trip was run by Berkeley, California-based Trailways.", {"Trailways"}),
        # Company and body words web news names them by ("Productions", "Coalition", "Consortium").
        ("The company that runs the show, Ray Dorsey Productions, denied it.", {"Ray Dorsey Productions"}),
        ("The workers' group, the Tallow Staff Coalition, wrote a letter.", {"Tallow Staff Coalition"}),
    ],
)
def test_bodies_named_by_a_noun(text: str, orgs: set[str]) -> None:
    assert orgs <= found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A nationality or a faith before the noun is no body's name.
        ("A German newspaper, the Tagesblatt, ran the story. A Sunni news agency agreed.", {"German", "Sunni"}),
        # A person after a comma: a given name opens the name, or no comma closes it.
        ("A spokesman for the company, John Reed, said the plant would close.", {"John Reed"}),
        ("It was the end of the band, John Lennon said in 1970.", {"John Lennon"}),
        # A person placed so has a role between; a body's word alone is no body's name.
        ("New York-based designer Ann Lee agreed.", {"Ann Lee"}),
        ("The Delhi-based Council said so.", {"Council"}),
    ],
)
def test_nouns_before_names_that_are_no_bodies(text: str, absent: set[str]) -> None:
    assert not absent & found(text, "organizations")


@pytest.mark.parametrize(
    ("text", "kind", "present", "absent"),
    [
        # A venue a body's name opens is no organisation.
        ("They play Ridgeway University Stadium, then the Farmers Union Music Park.", "organizations", set(),
         {"Ridgeway University Stadium", "Farmers Union Music Park"}),
        # ... while a person surnamed so stays a person.
        ("“We are ready,” said Grace Park, the team's captain.", "people", {"Grace Park"}, set()),
        # Market indexes are neither bodies nor people, nor their codes in brackets; a rate is no person.
        ("The Norland Composite Index (NCI) rose as the Dow Jones Industrial Average fell.", "organizations",
         set(), {"Norland Composite Index", "NCI"}),
        ("The Dow Jones Industrial Average fell and the London Interbank Offered Rate rose.", "people", set(),
         {"Dow Jones Industrial Average", "London Interbank Offered Rate"}),
        # Nor is a currency after a place's initials.
        ("The market shut after a 200 mln H.K. Dlr certificate of deposit issue.", "people", set(), {"H.K. Dlr"}),
        ("Lenders priced the loan over LIBOR. The band's new EP is out.", "organizations", set(), {"LIBOR", "EP"}),
        # Banks and brokers named after their founders are bodies, not people.
        ("Analysts at Merrill Lynch and Morgan Stanley disagreed.", "organizations",
         {"Merrill Lynch", "Morgan Stanley"}, set()),
        ("Analysts at Merrill Lynch and Morgan Stanley disagreed.", "people", set(),
         {"Merrill Lynch", "Morgan Stanley"}),
    ],
)  # fmt: skip
def test_venues_indexes_and_firms_named_like_people(text: str, kind: str, present: set[str], absent: set[str]) -> None:
    names = found(text, kind)
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A chamber named by one word inside a sentence is the legislature.
        ("He misled House committee staff. In the Commons, members objected.", {"House", "Commons"}, set()),
        # ... not opening a sentence, where the word is as often a common noun, nor after "a".
        ("House prices rose again. A House taxwriter objected.", set(), {"House"}),
        # A medium told something "in a statement" or on a day, its capital "The" kept.
        ("Her lawyer told The Ledger in a statement that she would appeal.", {"The Ledger"}, set()),
        ("The mayor told the Valley Courier Monday that he would run.", {"Valley Courier"}, set()),
        # ... but a person told something is no medium.
        ("He told Jane Ross in an interview that it was fine.", set(), {"Jane Ross"}),
        # A medium after "the" shaped like one (a place opening it), told that something happened.
        ("A neighbour told the Denver Sun-Courier that she had been drinking.", {"Denver Sun-Courier"}, set()),
        ("A neighbour told Jane Ross that she had been drinking.", set(), {"Jane Ross"}),
    ],
)
def test_chambers_and_media_told(text: str, present: set[str], absent: set[str]) -> None:
    orgs = found(text, "organizations")
    assert present <= orgs
    assert not absent & orgs
