"""Variant groups: which articles are versions of one story, the reference, and what each changed."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.text import fold_name
from newscorpus.match import Facts, _sides, match_articles
from newscorpus.match.composite import is_timed_file
from newscorpus.match.forensics import (
    align_paragraphs,
    classify_change,
    compare_quotes,
    compare_versions,
    diff_paragraph,
)
from newscorpus.match.group import APART, CONFLICT, LINKED, REFUSED, Link, group_versions
from newscorpus.match.outlets import outlet_of
from newscorpus.match.reference import wire_credit
from newscorpus.match.shared import covered, overlap
from newscorpus.match.side import Side
from newscorpus.match.text import Words, fold_for_matching, is_boilerplate, sentence_words
from newscorpus.model import Article, Source, SourceMeta

from .conftest import FIXTURES

CONFIG = Config()


def load(folder: str, name: str) -> Article:
    path = FIXTURES / folder / name
    result = extract_article(Source(id=Path(name).stem, path=name, text=path.read_text(encoding="utf-8")), CONFIG)
    assert result is not None
    return result


def corpus(folder: str) -> list[Article]:
    return [load(folder, p.name) for p in sorted((FIXTURES / folder).glob("*.txt"))]


def article(text: str, id: str = "a") -> Article:
    result = extract_article(Source(id=id, path=f"{id}.txt", text=text), CONFIG)
    assert result is not None
    return result


def pairs_of(groups: list[set[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}  # type: ignore[misc]


# --- detection ---------------------------------------------------------------------


def test_syndication_fixtures_score_at_the_floor() -> None:
    # Three invented wire stories with outlet versions (house style, trims, a re-topped version,
    # boilerplate added), a digest of two of them and an independent story sharing a quotation.
    expected = json.loads((FIXTURES / "syndication" / "expected.json").read_text(encoding="utf-8"))
    matched = match_articles(corpus("syndication"), CONFIG)
    found = pairs_of([{m.id for m in g.members} for g in matched.groups])
    truth = pairs_of([set(g) for g in expected["groups"]])
    precision = len(found & truth) / max(1, len(found))
    recall = len(found & truth) / len(truth)
    assert precision >= 1.0 and recall >= 1.0, (sorted(found - truth), sorted(truth - found))
    group_of = {m.id: g.id for g in matched.groups for m in g.members}
    for a, b, why in expected["apart"]:
        assert group_of.get(a) != group_of.get(b) or group_of.get(a) is None, why


def test_copy_edited_trimmed_version_groups_with_the_wire() -> None:
    wire, outlet = load("wire", "reuters_port_strike.txt"), load("wire", "gazette_port_strike.txt")
    (group,) = match_articles([wire, outlet], CONFIG).groups
    assert {m.id for m in group.members} == {wire.id, outlet.id}
    # The wire copy credits Reuters in its dateline: it is the reference.
    assert group.canonical == wire.id
    trimmed = next(m for m in group.members if m.id == outlet.id)
    assert trimmed.containment > trimmed.coverage


def test_shared_quotation_does_not_make_a_version() -> None:
    # Another outlet's own story on the same strike quotes the same union spokesman verbatim.
    found = match_articles([load("wire", "reuters_port_strike.txt"), load("wire", "herald_port_reaction.txt")], CONFIG)
    assert found.groups == ()


STORY = (
    "Officials in Lakeside County said on Friday that the new bridge over the Morrow river would open in "
    "June, two years late and 40 million dollars over budget.\n\n"
    "The contractor blamed shortages of steel and a flood in 2029 that destroyed temporary supports, "
    "according to a report presented to the county board.\n\n"
    "Residents have crossed the river by ferry since the old bridge was closed for safety reasons, "
    "adding up to an hour to the daily commute for thousands of workers.\n\n"
    "Board chairwoman Alice Grant said the county would seek damages from the contractor once the "
    "bridge was open, and promised an independent review of how the project was managed."
)


def page(title: str, body: str, id: str, date: str = "2031-06-02", outlet: str = "example.com") -> Article:
    """An article as a scraped page gives it: headline and date from the page's metadata."""
    source = Source(id=id, path=f"{id}.txt", text=body, meta=SourceMeta(title=title, date=date, outlet=outlet))
    result = extract_article(source, CONFIG)
    assert result is not None
    return result


BRIDGE_HEADLINE = "Lakeside bridge to open in June two years late, 40 million dollars over budget"
BRIDGE_ALERT = "LAKESIDE (AP) — Lakeside bridge to open in June, two years late and 40 million dollars over budget, officials said."
BRIDGE_STORY = "LAKESIDE (AP) — " + STORY
FERRY_LINK = "Ferry fares to rise in autumn as council cuts subsidies"


@pytest.mark.parametrize(
    ("case", "short", "expected"),
    [
        # The agency's one-sentence alert, its headline said again: the first version of its story.
        ("alert", page(BRIDGE_ALERT.split("— ")[1], BRIDGE_ALERT, "alert"), 2),
        # The same sentence from a site crediting no agency: another outlet's bulletin, not a version.
        ("other outlet", page(BRIDGE_ALERT.split("— ")[1], BRIDGE_ALERT.split("— ")[1], "bulletin"), 0),
        # A later one-line item with a figure of its own is news of its own.
        (
            "new figure",
            page(
                "Lakeside bridge cost rises to 55 million dollars",
                "LAKESIDE (AP) — Lakeside bridge to open in June, two years late, its cost rising to 55 million "
                "dollars, officials said.",
                "later",
            ),
            0,
        ),
        # An alert filed days before the story is not its first version.
        ("days apart", page(BRIDGE_ALERT.split("— ")[1], BRIDGE_ALERT, "old", date="2031-05-20"), 0),
        # The alert under a headline saying nothing of it (a link beside it read as its headline):
        # judged by its text alone, it is still the story's first version ...
        ("link headline", page(FERRY_LINK, BRIDGE_ALERT, "linked"), 2),
        # ... but not when it comes from a site crediting no agency, nor when its text is a notice.
        ("link headline, other outlet", page(FERRY_LINK, BRIDGE_ALERT.split("— ")[1], "linked"), 0),
        ("link headline, notice", page(FERRY_LINK, "LAKESIDE (AP) — Subscribe to read the full story.", "n"), 0),
    ],
)
def test_wire_alert_joins_the_story_it_grew_into(case: str, short: Article, expected: int) -> None:
    story = page(BRIDGE_HEADLINE, BRIDGE_STORY, "story")
    groups = match_articles([story, short], CONFIG).groups
    assert sum(len(g.members) for g in groups) == expected, case


MORE = (
    "The bridge, designed to carry 30,000 vehicles a day, was meant to replace a crossing built in 1931 "
    "that had been patched repeatedly since a barge struck one of its supports.\n\n"
    "State inspectors rated the old bridge structurally deficient three years in a row before it was "
    "closed, and the county spent heavily on ferry subsidies while the new span was built.\n\n"
    "Local businesses on the east bank say trade has fallen by a third, and several shops on Harbour "
    "Street have closed since the ferry became the only way across the river."
)
NEW_TOP = (
    "Lakeside County will sue the builder of the Morrow river bridge, board chairwoman Alice Grant said on "
    "Monday, after engineers found cracks in two of its piers during a final inspection.\n\n"
    "The engineers' report, seen by the board, said the piers would have to be rebuilt before the bridge "
    "could carry traffic, which could delay its opening by another year.\n\n"
    "Grant said the county had hired outside lawyers and would ask the court to freeze payments to the "
    "contractor, which has declined to comment on the findings.\n\n"
    "Board members said they were furious and demanded that the state transport agency take over the "
    "work, while residents who rely on the ferry said they had given up hope of a quick fix.\n\n"
)


@pytest.mark.parametrize(
    ("case", "date", "expected"),
    [
        # A write-through: a long new top over paragraphs of the story, filed the next day.
        ("write-through", "2031-06-03", 1),
        # A new story a week later keeping the same paragraphs as background.
        ("follow-up", "2031-06-09", 0),
    ],
)
def test_paragraphs_kept_days_later_are_background(case: str, date: str, expected: int) -> None:
    first = page(BRIDGE_HEADLINE, STORY + "\n\n" + MORE, "first")
    kept = "\n\n".join(STORY.split("\n\n")[1:])
    later = page("Lakeside to sue bridge builder over cracked piers", NEW_TOP + kept, "later", date=date)
    assert len(match_articles([first, later], CONFIG).groups) == expected, case


FERRY_BULLETIN = (
    "PORT ELLIS (AP) — A ferry carrying 40 tourists and six crew members ran aground on a reef off Port Ellis "
    "on Saturday, injuring at least nine people, the coast guard said.\n\n"
    "Coast guard boats took the injured to a clinic on the island and towed the ferry back to its berth late in "
    "the afternoon.\n\n"
    "The harbour master said the weather was calm and the sea flat when the ferry left port shortly after ten "
    "in the morning on its usual run to the northern islands.\n\n"
    "Officials did not release the names of the injured or say how badly they were hurt, and would not say "
    "which countries the tourists came from.\n\n"
    "This is a developing story; check back for updates."
)
FERRY_UPDATE = (
    "A ferry carrying 40 foreign tourists and six crew members ran aground on a reef off Port Ellis on Saturday, "
    "injuring at least nine people, the coast guard said.\n\n"
    "Coast guard boats took the injured to a clinic on the island and towed the ferry back to its berth late in "
    "the afternoon.\n\n"
    "By the evening, two of the injured had been flown to the mainland with head wounds, a doctor at the clinic "
    "said, and the others were being kept overnight for observation.\n\n"
    "The ferry's owner, Bluewater Lines, said its captain had twenty years of experience on the route and that "
    "the vessel had passed a safety inspection in the spring.\n\n"
    "Passengers told local radio that the ferry shuddered and tilted as it struck the reef, throwing people and "
    "luggage across the lower deck, and that crew members handed out life jackets within minutes.\n\n"
    "The maritime authority said it had opened an inquiry and would question the crew on Sunday. The route has "
    "been suspended until the inquiry reports.\n\n"
    "Tourism officials said the island's other ferries would run as usual and that stranded visitors would be "
    "offered places on the next sailing at no cost."
)
# The same statement written up by another desk: its lede and a sentence, the next paragraph in other words.
FERRY_REWRITE = (
    "A ferry carrying 40 tourists and six crew members ran aground on a reef off Port Ellis on Saturday, "
    "injuring at least nine people, officials said.\n\n"
    "The injured were taken by boat to the island's clinic, while tugs pulled the ferry off the reef and back to "
    "its berth in the afternoon.\n\n"
    "Officials did not release the names of the injured or say how badly they were hurt.\n\n"
    + FERRY_UPDATE.split("\n\n", 2)[2]
)


@pytest.mark.parametrize(
    ("case", "later", "expected"),
    [
        # The write-through keeps the bulletin's lede and next paragraph under a longer story: too few
        # shared words for a long run, too small a share of a bulletin for a trim, one story all the same.
        ("write-through", FERRY_UPDATE, 1),
        # Another desk's write-up of the same statement: a lede and a sentence alike, the top rewritten.
        ("rewrite", FERRY_REWRITE, 0),
    ],
)
def test_first_bulletin_joins_the_write_through_that_kept_its_top(case: str, later: str, expected: int) -> None:
    bulletin = page("Ferry runs aground off Port Ellis, nine hurt", FERRY_BULLETIN, "bulletin")
    update = page("Two flown to mainland after ferry hits reef off Port Ellis", later, "update", outlet="other.org")
    assert len(match_articles([bulletin, update], CONFIG).groups) == expected, case


GALLERY = "\n\n".join(
    f"{k}/6 {year} {caption}"
    for k, (year, caption) in enumerate(
        [
            ("2001", "Families at a refugee camp near the border reach for sacks of rice handed out by aid workers."),
            ("2003", "A mother and her two children look out from the cave where they have lived since the war."),
            ("2007", "Students recite prayers in an outdoor classroom in a mountain valley far from any road."),
            ("2009", "An elderly man holds his granddaughter in their tent after the family fled their village."),
            ("2010", "Soldiers help wounded comrades from a helicopter after a rescue mission in the south."),
            ("2014", "Young women cheer at a rally for a presidential candidate in the capital before the vote."),
        ],
        start=1,
    )
)


def test_stories_running_one_photo_gallery_are_not_versions() -> None:
    # One site prints its gallery of numbered slides inside two different stories on one country.
    attack = "A truck bomb exploded outside the consulate in the northern city on Thursday night, police said."
    vote = "Election officials began counting ballots on Sunday after a vote marred by attacks on polling stations."
    one = page("Consulate attacked", attack + "\n\n" + GALLERY + "\n\nThe wounded were taken to two hospitals.", "one")
    two = page("Votes counted", vote + "\n\n" + GALLERY + "\n\nResults are expected within two weeks.", "two")
    assert match_articles([one, two], CONFIG).groups == ()


LOST = "Sorry, this zip code is not in our delivery area.\n\nSign up for digital access."


def test_page_that_lost_its_story_joins_the_story_under_its_headline() -> None:
    # The scraped page kept the headline and a subscription notice: it prints the agency's story.
    story, reprint = page(BRIDGE_HEADLINE, BRIDGE_STORY, "story"), page(BRIDGE_HEADLINE, BRIDGE_STORY, "reprint")
    lost = page(BRIDGE_HEADLINE, LOST, "lost")
    (group,) = match_articles([story, reprint, lost], CONFIG).groups
    assert {m.id for m in group.members} == {"story", "reprint", "lost"}


def test_page_that_lost_its_story_joins_nothing_when_its_headline_tops_two_stories() -> None:
    # The headline is over two different stories (the agency's and a site's own): which one the
    # page printed cannot be told.
    story = page(BRIDGE_HEADLINE, BRIDGE_STORY, "story")
    own = page(
        BRIDGE_HEADLINE,
        "The Lakeside bridge, first promised for 2029, will open in June with four lanes, two years late.\n\n"
        "The county board voted on Thursday to spend another 40 million dollars to finish it.",
        "own",
    )
    lost = page(BRIDGE_HEADLINE, LOST, "lost")
    assert match_articles([story, own, lost], CONFIG).groups == ()


@pytest.mark.parametrize(
    ("edit", "version"),
    [
        # A trimmed reprint: the first two paragraphs only.
        ("trim", "\n\n".join(STORY.split("\n\n")[:2])),
        # Paragraphs moved around below the lede.
        ("moved", "\n\n".join([STORY.split("\n\n")[i] for i in (0, 3, 1, 2)])),
        # A new lede over the old body (write-through).
        (
            "re-top",
            "The Morrow river bridge will finally open in June, county officials said, ending a two-year wait "
            "for commuters.\n\n" + STORY,
        ),
        # Dense house-style edits: spelling, figures written out, terms swapped.
        (
            "house style",
            STORY.replace("40 million dollars", "$40m")
            .replace("said", "stated")
            .replace("Residents", "Locals")
            .replace("contractor", "builder"),
        ),
    ],
)
def test_edited_versions_are_found(edit: str, version: str) -> None:
    matched = match_articles([article(STORY, "wire"), article(version, "outlet")], CONFIG)
    assert len(matched.groups) == 1, edit


@pytest.mark.parametrize(
    ("case", "other"),
    [
        # Same template, different subject and figures: a different bank's rate move.
        (
            "template",
            STORY.replace("Lakeside County", "Harbor City")
            .replace("Morrow", "Slate")
            .replace("Alice Grant", "Tom Reyes")
            .replace("40 million", "75 million")
            .replace("June", "March")
            .replace("2029", "2027")
            .replace("two years", "three years"),
        ),
        # Only the quotation-like sentence in common.
        (
            "shared names",
            "Alice Grant, the board chairwoman of Lakeside County, will stand for election in November, "
            "her office said on Friday, after months of speculation about her plans.\n\n"
            "Grant, a former teacher, has led the board since 2026 and has campaigned on housing costs.",
        ),
    ],
)
def test_independent_stories_are_kept_apart(case: str, other: str) -> None:
    assert match_articles([article(STORY, "wire"), article(other, "other")], CONFIG).groups == (), case


def test_digest_does_not_chain_two_stories() -> None:
    # Digest linked to both stories, each of which has two versions.
    matched = match_articles(corpus("syndication"), CONFIG)
    group_of = {m.id: g.id for g in matched.groups for m in g.members}
    assert group_of["wire_mine"] != group_of["wire_summit"]


def _links(pairs: dict[tuple[int, int], tuple[str, str]]) -> dict[tuple[int, int], Link]:
    """Links whose shared parts are given as 0/1 marks over each page's words; the more shared, the stronger."""
    return {
        key: Link(
            min(a.count("1") / len(a), b.count("1") / len(b)),
            bytearray(int(c) for c in a),
            bytearray(int(c) for c in b),
        )
        for key, (a, b) in pairs.items()
    }


def _states(linked: set[tuple[int, int]], others: dict[tuple[int, int], int] | None = None):  # type: ignore[no-untyped-def]
    table = dict.fromkeys(linked, LINKED) | (others or {})
    return lambda y, z: table.get((min(y, z), max(y, z)), APART)


@pytest.mark.parametrize(
    ("case", "links", "others", "subjects", "expected"),
    [
        # A write-through chain: each version shares its text with the next, the two ends share
        # nothing (apart, which counts neither way): one story.
        (
            "chain",
            {(0, 1): ("1111100000", "1111100000"), (1, 2): ("0011111000", "1111100000")},
            {},
            set(),
            [[0, 1, 2]],
        ),
        # A digest (1) holds one part shared with story 0 and another with story 2, which name
        # different things: it joins neither, the stories stay apart.
        (
            "digest",
            {(0, 1): ("1111100000", "1111000000"), (1, 2): ("0000011110", "1111000000")},
            {},
            set(),
            [],
        ),
        # The same shape where the two ends name the same things: a chain whose later version
        # dropped everything the first said.
        (
            "chain with disjoint parts",
            {(0, 1): ("1111100000", "1111000000"), (1, 2): ("0000011110", "1111000000")},
            {},
            {(0, 2)},
            [[0, 1, 2]],
        ),
        # Items of one template (0 and 2 differ in their figures) are never joined through a third.
        (
            "template",
            {(0, 1): ("1111111110", "1111111110"), (1, 2): ("1111111110", "1111111110")},
            {(0, 2): CONFLICT},
            set(),
            [[0, 1]],
        ),
        # Alike articles refused as versions count against a merge: linkage below half.
        (
            "refused",
            {
                (0, 1): ("1111111110", "1111111110"),
                (1, 2): ("1111111000", "1111111000"),
                (2, 3): ("1111111110", "1111111110"),
            },
            {(0, 2): REFUSED, (0, 3): REFUSED, (1, 3): REFUSED},
            set(),
            [[0, 1], [2, 3]],
        ),
    ],
)
def test_grouping_keeps_chains_and_stops_digests(
    case: str,
    links: dict[tuple[int, int], tuple[str, str]],
    others: dict[tuple[int, int], int],
    subjects: set[tuple[int, int]],
    expected: list[list[int]],
) -> None:
    found = _links(links)
    states = _states(set(found), others)
    same = lambda y, z: (min(y, z), max(y, z)) in subjects  # noqa: E731
    grouped = group_versions(
        4, found, state=states, same_subject=same, min_linkage=0.5, min_part_overlap=0.5, min_digest_share=0.8
    )
    assert grouped == expected, case


def test_a_file_of_timed_entries_joins_only_the_story_holding_most_of_it() -> None:
    # Page 1 holds a part shared with story 0 and a larger one shared with story 2, which name the
    # same things: a chain's middle version would join both, a running file joins story 2 alone.
    found = _links({(0, 1): ("1111100000", "1110000000"), (1, 2): ("0000011111", "1111000000")})
    same = lambda y, z: True  # noqa: E731
    kwargs = {"state": _states(set(found)), "same_subject": same, "min_linkage": 0.5, "min_part_overlap": 0.5}
    assert group_versions(3, found, min_digest_share=0.8, **kwargs) == [[0, 1, 2]]  # type: ignore[arg-type]
    assert group_versions(3, found, min_digest_share=0.8, composites=frozenset({1}), **kwargs) == [[1, 2]]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        # Entries headed by bare times of day, as an agency's running file is.
        (["4:15 p.m.", "1:30 p.m."], True),
        (["11 a.m.", "Noon", "9:05 a.m. EDT"], True),
        # One time is a story's own timeline at most.
        (["4:15 p.m."], False),
        # Times inside sentences head no entry.
        (["At 10:08 p.m., an officer sounds the alarm.", "At 10:12 p.m., the manhunt begins."], False),
    ],
)
def test_timed_file_is_told_by_paragraphs_that_are_a_time_and_nothing_else(heads: list[str], expected: bool) -> None:
    body = "\n\n".join(f"{head}\n\nPolice said the road would stay closed through the evening rush." for head in heads)
    text = f"Road closed after crash\n\nThe latest on a crash on the coast highway (all times local):\n\n{body}\n"
    assert is_timed_file(article(text), CONFIG.min_timed_entries) is expected


SHOOTING = [
    "KELSO, Wash. (AP) — A gunman opened fire at a crowded bowling alley in Kelso on Saturday night, killing three "
    "people and wounding five before police shot him in the parking lot, officials said.",
    "Police Chief Dana Whitcomb said officers arrived within four minutes of the first call and found the man "
    "reloading a rifle beside his pickup truck.",
    "The wounded were taken to hospitals in Longview and Portland, where two were listed in critical condition "
    "Sunday morning.",
    "Witnesses described league players diving behind the ball returns as shots echoed through the building.",
]
BANNED = [
    "KELSO, Wash. (AP) — The man who killed three people at a Kelso bowling alley had been barred from the business "
    "last month after a fight with an employee, the owner said Sunday.",
    "Owner Marty Haskins said the man, a regular for years, was escorted out by police in February and told not to "
    "come back.",
    "Court records show the man had a protection order filed against him by a former girlfriend in 2016.",
    "Chief Dana Whitcomb said the department would review its response but praised officers in Kelso.",
]


def test_running_file_does_not_join_two_stories_of_its_event() -> None:
    # "The Latest" carries the tops of two independent stories of one shooting, which name the same
    # town and chief: it is a version of one of them, and the two stay apart.
    latest = [
        "KELSO, Wash. (AP) — The latest on a shooting at a Washington state bowling alley (all times local):",
        "4:15 p.m.",
        *(p.split("— ")[-1] for p in BANNED[:3]),
        "1:30 p.m.",
        "The Cowlitz County coroner says autopsies on the three victims will be done Monday.",
        "9:05 a.m.",
        *(p.split("— ")[-1] for p in SHOOTING[:3]),
    ]
    articles = [
        page("Gunman kills 3 at Kelso bowling alley", "\n\n".join(SHOOTING), "shooting", outlet="one.com"),
        page("Police: Gunman kills 3 at bowling alley", "\n\n".join(SHOOTING[:3]), "trim", outlet="two.com"),
        page("Bowling alley gunman had been banned, owner says", "\n\n".join(BANNED), "banned", outlet="three.com"),
        page("The Latest: 3 killed at bowling alley", "\n\n".join(latest), "latest", outlet="four.com"),
    ]
    groups = [{m.id for m in g.members} for g in match_articles(articles, CONFIG).groups]
    assert {"shooting", "trim"} in [g - {"latest"} for g in groups]
    assert not any({"shooting", "banned"} <= g for g in groups)
    assert any("latest" in g for g in groups)


def test_story_reprinted_more_widely_than_the_cap_is_one_group() -> None:
    # Every n-gram of a story printed by more outlets than the document-frequency cap is common;
    # its versions still form one group (common n-grams count in long runs), and an independent
    # story sharing a stock phrase with it stays out.
    paragraphs = STORY.split("\n\n")
    versions = [
        article("\n\n".join(paragraphs[: 2 + k % 3]) + f"\n\nOutlet {k} adds a line of its own here.", f"v{k:02d}")
        for k in range(30)
    ]
    other = article("Officials in another county said on Friday that the school would close.", "other")
    config = Config(shingle_df_cap=5, shingle_df_ceiling=5)
    matched = match_articles([*versions, other], config)
    assert [sorted(m.id for m in g.members) for g in matched.groups] == [sorted(v.id for v in versions)]


def test_reference_of_a_widely_reprinted_story_is_its_fullest_version() -> None:
    # Forty outlets print cuts of one story, one prints it whole: the whole one holds most of
    # every other version, so it is the reference, however many versions there are.
    paragraphs = STORY.split("\n\n")
    cuts = [article("\n\n".join(paragraphs[: 2 + k % 2]), f"cut{k:02d}") for k in range(40)]
    whole = article(STORY, "whole")
    (group,) = match_articles([*cuts, whole], CONFIG).groups
    assert group.canonical == "whole" and len(group.members) == 41


# --- reference -------------------------------------------------------------------------


def test_reference_prefers_wire_credit_then_date() -> None:
    a, b = article(STORY, "copy-a"), article(STORY, "copy-b")
    matched = match_articles([a, b], CONFIG, {"copy-b": Facts(credit="AFP")})
    assert matched.groups[0].canonical == "copy-b"
    matched = match_articles([a, b], CONFIG, {"copy-a": Facts(date="2031-05-02"), "copy-b": Facts(date="2031-05-01")})
    assert matched.groups[0].canonical == "copy-b"
    assert "the earliest, dated 2031-05-01." in matched.groups[0].reason
    stamped = {"copy-a": Facts(date="2031-05-01T09:30:00"), "copy-b": Facts(date="2031-05-01T00:00:00")}
    matched = match_articles([a, b], CONFIG, stamped)
    assert "the earliest, dated 2031-05-01." in matched.groups[0].reason  # a date given without its time


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("HELSINKI (AP) — The Finnish parliament voted on Tuesday.\n\nMore.", "AP"),  # dateline credit
        ("PARIS (Agence France-Presse) - Strikes spread on Monday.\n\nMore.", "AFP"),  # long agency name
        ("LONDON, March 3 (Reuters) - Sterling fell on Monday.\n\nMore.", "Reuters"),  # dated dateline
        ("Headline here\n\nKYIV (dpa) - Talks resumed.", "dpa"),  # under a headline
        ("Sterling fell on Monday, dealers said.\n\nMore text.\n\nReuter", "Reuters"),  # the sign-off
        ("Sterling fell on Monday, dealers said.\n\nMore text.\n\n— AFP", "AFP"),
        ("Sterling fell on Monday.\n\nMore text.\n\n(With inputs from Reuters)", "Reuters"),  # outlet's note
        ("Sterling fell on Monday.\n\nMore text.\n\nThe Associated Press contributed to this report.", "AP"),
        # Telling an agency is its own reporting (a body credit, the weakest kind).
        ("Sterling fell on Monday, dealers told AFP.\n\nMore text.", "AFP"),
        ("The AP style guide changed (slightly) - editors said.\n\nMore.", None),  # not a dateline
    ],
)
def test_wire_credit_in_text(text: str, credit: str | None) -> None:
    # Matching reads the credit extraction found, from the dateline, the sign-off or a credit line.
    assert wire_credit(article(text, "x"), Facts()) == credit


def test_wire_credit_prefers_metadata_then_sign_off() -> None:
    signed = article("Sterling fell on Monday.\n\nMore text.\n\nAFP", "x")
    assert wire_credit(signed, Facts(credit="Reuters")) == "Reuters"
    assert wire_credit(signed, Facts()) == "AFP"


# --- forensics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "in_quote", "kind"),
    [
        # Terminology: one word or term for another.
        ("rebels", "militants", False, "terminology"),
        ("Peking", "Beijing", False, "terminology"),
        ("officials", "authorities", False, "terminology"),
        ("the strike", "the walkout", False, "terminology"),
        # Spelling and transliteration: case, hyphens, accents, near-identical letters.
        ("Al-Qaeda", "Al Qaida", False, "spelling"),
        ("al-Assad", "Al Assad", False, "spelling"),
        ("Gadaffi", "Gaddafi", False, "spelling"),
        ("labour", "labor", False, "spelling"),
        ("Costeşti,", "Costesti,", False, "spelling"),
        ("Tehran", "Teheran", False, "spelling"),
        # Punctuation and house style: same letters and digits, or one abbreviation for another.
        ("groups…", "groups...", False, "style"),
        ("50 per cent", "50-per-cent", False, "style"),
        ("7 pct", "7%", False, "style"),
        ("percent", "per cent", False, "style"),
        ("“water”", '"water"', False, "style"),
        # Figures: a number changed, whatever else changed with it.
        ("12 people", "15 people", False, "figure"),
        ("2.6 million", "2.7 million", False, "figure"),
        ("killed three", "killed 3", False, "style"),
        # Quotations: words changed inside quotation marks.
        ("took the children", "saved the kids", True, "quotation"),
        # Rewording: a longer passage rewritten.
        ("said in a statement on its website", "announced late on Monday", False, "rewording"),
    ],
)
def test_classify_change(old: str, new: str, in_quote: bool, kind: str) -> None:
    assert classify_change(old, new, in_quote) == kind


def test_paragraphs_are_aligned_kept_edited_cut_added_moved() -> None:
    paras = STORY.split("\n\n")
    edited = paras[2].replace("Residents", "Locals")
    version = "\n\n".join(
        [paras[0], "A new paragraph written by the outlet about something else entirely.", paras[3], edited]
    )
    edits = compare_versions(article(STORY, "ref"), article(version, "ver"), CONFIG.paragraph_match)
    statuses = [(p.status, p.reference_index, p.version_index) for p in edits.paragraphs]
    assert ("kept", 0, 0) in statuses
    assert ("added", None, 1) in statuses
    assert ("cut", 1, None) in statuses
    # Paragraph 3 now stands before paragraph 2: one of the two is out of order.
    assert {s for s, r, _ in statuses if r in (2, 3)} in ({"moved", "edited"}, {"kept", "moved"})
    assert edits.count("added") == 1 and edits.count("cut") == 1
    assert any(c.old == "Residents" and c.new == "Locals" and c.kind == "terminology" for c in edits.changes)


def test_align_paragraphs_pairs_each_paragraph_once() -> None:
    assert align_paragraphs(["a b c d", "e f g h"], ["e f g h", "a b c x"], 0.5) == [(0, 1), (1, 0)]


def test_align_paragraphs_pairs_a_kept_paragraph_with_its_nearest_copy() -> None:
    # A paragraph printed twice in the version is paired with the copy nearer its place; the
    # other copy is left as added, and a trimmed paragraph still finds its counterpart.
    reference = ["a b c d", "e f g h", "i j k l"]
    version = ["a b c d", "e f g h", "i j k", "a b c d"]
    assert align_paragraphs(reference, version, 0.5) == [(0, 0), (1, 1), (2, 2)]


@pytest.mark.parametrize(
    ("version", "status"),
    [
        ('He said: "We had time only to take the children."', None),  # kept word for word
        ('He said: "We had time only to take the kids."', "altered"),
        ("He said they had little time.", "dropped"),
    ],
)
def test_quotations_kept_altered_dropped(version: str, status: str | None) -> None:
    found = compare_quotes('He said: "We had time only to take the children."', version)
    assert [q.status for q in found] == ([status] if status else [])


def test_headline_and_dateline_changes() -> None:
    ref = article("BRIDGE TO OPEN IN JUNE\n\nLAKESIDE: " + STORY, "ref")
    ver = article("Morrow bridge opening set for June\n\n" + STORY, "ver")
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    assert edits.headline == ("BRIDGE TO OPEN IN JUNE", "Morrow bridge opening set for June")
    assert edits.dateline == ("LAKESIDE", None)


@pytest.mark.parametrize(
    ("block", "furniture"),
    [
        ("© 2031 AFP", True),
        ("Copyright 2031 The Associated Press. All rights reserved.", True),
        ("Sign up for our morning newsletter to get the day's top stories in your inbox.", True),
        ("Related: Herring stocks at record low, scientists say", True),
        ("Photo: Rescuers at the pithead in Katowice on Saturday.", True),
        ("Reporting by Anna Koper; Editing by Tom Hogue", True),
        ("(This story has not been edited by our staff and is published from a syndicated feed.)", True),
        ("This story has been published from a wire agency feed without modifications to the text.", True),
        ("With inputs from AFP", True),
        ("Reuters contributed to this report.", True),
        ("Advertisement", True),
        # Reading prompts between paragraphs, a sign-up box however long, notices under the story.
        ("Advertisement Continue reading the main story", True),
        ("Story continues below advertisement", True),
        ("Scroll down for video", True),
        (
            "Newsletter Sign Up Continue reading the main story " + "The Harbour Briefing lands in your inbox. " * 20,
            True,
        ),
        ("Start receiving Harbourside Daily news headlines per email.", True),
        ("Disclaimer: This article is copyrighted by the Harbour Press Agency and reprinted with permission.", True),
        ("This is a rush transcript. This copy may not be in its final form and may be updated.", True),
        ("The treaty may not be in its final form until the summit, the minister said.", False),
        ("Readers can continue reading the main story on page 4, the editor said.", False),  # prose
        ("Scroll down for video of the flood, which cut the valley off for a week, officials said.", False),
        ("Newsletter readers signed up in record numbers last year, the publisher said.", False),
        ("Officials cited an agency feed from the border that reported 30 deaths on Tuesday.", False),  # prose
        ("Related talks will resume next week, the ministry said.", False),  # prose starting alike
        ("The photo agency said it would appeal.", False),
    ],
)
def test_boilerplate_blocks(block: str, furniture: bool) -> None:
    assert is_boilerplate(block) == furniture


def test_outlet_habits_across_stories() -> None:
    second = STORY.replace("Lakeside County", "Hill County").replace("Morrow", "Ash").replace("Alice Grant", "Ben Ode")
    versions = [s.replace("Residents", "Locals") for s in (STORY, second)]
    arts = [article(STORY, "w1"), article(second, "w2"), article(versions[0], "o1"), article(versions[1], "o2")]
    facts = {
        "w1": Facts(credit="AP"),
        "w2": Facts(credit="AP"),
        "o1": Facts(outlet="Gazette"),
        "o2": Facts(outlet="Gazette"),
    }
    matched = match_articles(arts, CONFIG, facts)
    assert len(matched.groups) == 2
    habits = [(h.outlet, h.old, h.new, len(h.groups)) for h in matched.substitutions]
    assert ("Gazette", "Residents", "Locals", 2) in habits


@pytest.mark.parametrize(
    ("source", "outlet", "expected"),
    [
        ("gazette/2031/bridge.txt", "The Gazette", "The Gazette"),  # metadata wins
        ("scraped/bridge.txt", None, "scraped/bridge.txt"),  # a folder is no outlet unless the input says so
        ("bridge.txt", None, "bridge.txt"),  # no folder: the file stands for itself
    ],
)
def test_outlet_of(source: str, outlet: str | None, expected: str) -> None:
    art = extract_article(Source(id="x", path=source, text=STORY), CONFIG)
    assert art is not None
    assert outlet_of(art, outlet) == expected


# --- invariants ------------------------------------------------------------------------

WORDS = ["the", "port", "strike", "union", "said", "ships", "pay", "talks", "rose", "fell", "minister", "week", "Hama"]
paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
text = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(text, min_size=1, max_size=6))
def test_groups_partition_the_articles(texts: list[str]) -> None:
    arts = [article(t, f"d{i}") for i, t in enumerate(texts)]
    matched = match_articles(arts, CONFIG)
    members = [m.id for g in matched.groups for m in g.members]
    assert len(members) == len(set(members))
    for group in matched.groups:
        assert len(group.members) >= 2 and group.members[0].id == group.canonical
        for m in group.members:
            assert 0.0 <= m.similarity <= min(m.containment, m.coverage) + 1e-9 <= 1.0 + 1e-9


@settings(max_examples=40, deadline=None)
@given(text, text)
def test_similarity_is_symmetric(a: str, b: str) -> None:
    (sa, sb), _ = _sides([article(a, "a"), article(b, "b")], CONFIG)
    one, two = overlap(sa, sb, CONFIG.shingle_size)[0], overlap(sb, sa, CONFIG.shingle_size)[0]
    assert one.similarity == two.similarity
    assert one.containment_a == two.containment_b


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 12), max_size=40),
    st.frozensets(st.integers(0, 12)),
    st.frozensets(st.integers(0, 12)),
    st.integers(1, 5),
    st.integers(1, 8),
)
def test_covered_marks_the_words_of_shared_n_grams(
    grams: list[int], shared: frozenset[int], common: frozenset[int], size: int, min_run: int
) -> None:
    # Word by word, the definition `covered` computes with byte operations: a word is shared
    # when a shared n-gram holds it, or a run of min_run or more shared-or-common n-grams with a
    # common one among them.
    common = common - shared
    words = len(grams) + size - 1 if grams else 0
    side = Side(Words(("w",) * words, (False,) * words, 0), tuple(grams), frozenset(), frozenset(), True, False)
    expected = bytearray(words)
    runs = itertools.groupby(enumerate(grams), key=lambda item: item[1] in shared or item[1] in common)
    for inside, run in runs:
        found = list(run)
        if not inside:
            continue
        whole = len(found) >= min_run and any(key in common for _, key in found)
        for position, key in found:
            if whole or key in shared:
                expected[position : position + size] = b"\x01" * size
    assert covered(side, shared, common, size, min_run) == expected


@settings(max_examples=15, deadline=None)
@given(st.permutations(range(len(list((FIXTURES / "syndication").glob("*.txt"))))))
def test_grouping_does_not_depend_on_input_order(order: list[int]) -> None:
    arts = corpus("syndication")
    expected = match_articles(arts, CONFIG)
    assert match_articles([arts[i] for i in order], CONFIG) == expected


def test_write_through_revising_a_figure_is_still_a_version() -> None:
    # A long update revises the toll (12 -> 15) and adds a figure; the rest of its figures agree.
    body = (
        "At least 12 people were killed when a bus fell into a ravine in the Andes on Sunday, police said.\n\n"
        "The bus was carrying 48 passengers from Cusco to Arequipa when it left the road at a bend 3,500 "
        "metres above sea level, a police spokesman said.\n\n"
        "Rescuers worked through the night to reach the wreck, 200 metres below the road, and took 30 "
        "injured passengers to hospitals in Juliaca and Puno.\n\n"
        "The transport ministry said the company's licence had been suspended twice since 2028 for safety breaches."
    )
    update = body.replace("At least 12", "At least 15").replace(
        "said.\n\nThe bus", "said, raising an earlier toll.\n\nThe bus"
    )
    update += "\n\nThree of the injured were in a critical condition on Monday, doctors said."
    assert len(match_articles([article(body, "first"), article(update, "update")], CONFIG).groups) == 1


TABLE = (
    "The following rainfall was recorded in the growing areas over the past 24 hours, ending {day}.\n\n"
    "Parana state: Umuarama nil, Paranavai nil, Londrina nil, Maringa nil, Cascavel nil, Toledo nil.\n\n"
    "Sao Paulo state: Presidente Prudente nil, Votuporanga nil, Franca nil, Catanduva nil, Sao Carlos nil.\n\n"
    "Minas Gerais state: Guaxupe nil, Tres Pontas nil, Varginha nil, Pocos de Caldas nil, Lavras nil."
)
AWARD = (
    "{company} is being awarded a {amount} mln dlr Navy contract for fuel supplies to bases in the "
    "Pacific, the Defense Department said.\n\n"
    "It said work on the contract, which was awarded as part of a multi-contract procurement programme, "
    "is expected to be completed by September 2032, and that eleven bids were solicited."
)
NOTICE = "{title}\n\nMthly div 7.1 cts vs 7.1 cts prior\n\nPay April 30\n\nRecord April 15"
RAINFALL = (
    "SAO PAULO, April {day} - The following rainfall was recorded in the coffee areas over the past 24 hours.\n\n"
    "Parana state: Umuarama nil, Paranavai nil, Londrina {londrina}, Maringa nil, Cascavel nil.\n\n"
    "Minas Gerais state: Guaxupe nil, Tres Pontas nil, Varginha nil, Lavras nil, Franca nil."
)
EARNINGS = (
    "PORTLAND, Maine, March {day} - Peoples Heritage Bank said first quarter net income rose to {net} "
    "from 2,499,000 dlrs a year earlier, or {share} a share, helped by securities gains.\n\n"
    "The gains were 663,000 dlrs against 1,173,000 dlrs, the bank said, adding that it went public in "
    "December and had not given quarterly results before."
)
RESERVES = (
    "NEW YORK, March {day} - The Federal Reserve entered the government securities market to arrange "
    "two billion dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
    "Dealers said Federal funds were trading at {rate} pct when the Fed began its temporary and "
    "indirect supply of reserves to the banking system."
)

# A minister's interview written up one day and keyed again the next: the second cuts the ceiling's figure and
# moves "13-nation" from the organisation's sentence into the traders' one.
OPEC_FIRST = (
    "KUWAIT, March 1 - Kuwait's oil minister, in remarks published today, said there were no plans for an "
    "emergency OPEC meeting to review oil policies after recent weakness in world oil prices.\n\n"
    "He denied Kuwait was pumping above its quota of 948,000 barrels of crude daily set under the self-imposed "
    "production limits of the 13-nation organisation.\n\n"
    "Traders and analysts in international oil markets estimate OPEC is producing up to one mln bpd above a "
    "ceiling of 15.8 mln bpd agreed in Geneva last December.\n\n"
    "They named Kuwait and the United Arab Emirates, along with the much smaller producer Ecuador, among "
    "those producing above quota, and said Kuwait was pumping 1.2 mln bpd."
)
OPEC_NEXT = (
    "KUWAIT, March 2 - Kuwait's oil minister, in remarks published today, said there were no plans for an "
    "emergency OPEC meeting to review oil policies after recent weakness in world oil prices.\n\n"
    "He denied Kuwait was pumping above its quota of 948,000 barrels of crude daily set under the self-imposed "
    "production limits.\n\n"
    "Traders and analysts in international oil markets estimate the 13-nation OPEC is producing up to one "
    "million bpd above its ceiling.\n\n"
    "They named Kuwait and the United Arab Emirates, along with the much smaller producer Ecuador, among "
    "those producing above quota, and said Kuwait was pumping 1.2 mln bpd."
)
AUCTION = (
    "WASHINGTON, March {day} - The Treasury said it will sell 9.25 billion dlrs of {term} notes at its "
    "regular auction next week to refund maturing issues and raise new cash.\n\n"
    "The notes will be issued in minimum denominations of 5,000 dlrs, the Treasury said, and tenders "
    "will be received at Federal Reserve banks and branches until 1 p.m. EST on the day of the sale."
)


@pytest.mark.parametrize(
    ("rule", "first", "second"),
    [
        # Dated for other days, a compound modifier replaced by another the first never writes: two auctions.
        (
            "dated days, term replaced",
            AUCTION.format(day="2", term="two-year"),
            AUCTION.format(day="9", term="five-year"),
        ),
        # Days differ: the same daily table for two dates.
        ("days", TABLE.format(day="April 7"), TABLE.format(day="April 9")),
        # Subjects differ: one template, two companies named in the lede.
        (
            "subjects",
            AWARD.format(company="Harbor Fuel Corp's Harbor Marine Inc", amount="50.3"),
            AWARD.format(company="Pride Refining Co of Abilene, Texas,", amount="50.3"),
        ),
        # Headlines differ on a short notice whose body is word for word another's.
        (
            "headlines",
            NOTICE.format(title="WESTFUND INSURED SETS PAYOUT"),
            NOTICE.format(title="EASTLAKE GROWTH SETS PAYOUT"),
        ),
        # Dated for other days, a figure replaced: the day's table ("12.0 millimetres", then "nil")
        # and the day's money market operation, filed under their datelines.
        (
            "dated days, figure replaced",
            RAINFALL.format(day="7", londrina="12.0 millimetres"),
            RAINFALL.format(day="9", londrina="nil"),
        ),
        (
            "dated days, rate replaced",
            RESERVES.format(day="11", rate="6-5/16"),
            RESERVES.format(day="26", rate="6-3/4"),
        ),
        # Figures differ: the same item on another day, new prices.
        (
            "figures",
            "Magma Copper Co said it is raising its copper cathode price by 0.50 cent to 66.00 cents a lb, "
            "effective immediately, citing firmer demand from wire and cable makers.",
            "Magma Copper Co said it is raising its copper cathode price by 0.25 cent to 65.75 cents a lb, "
            "effective immediately, citing firmer demand from wire and cable makers.",
        ),
    ],
)
def test_template_items_are_not_versions(rule: str, first: str, second: str) -> None:
    assert match_articles([article(first, "one"), article(second, "two")], CONFIG).groups == (), rule


def test_compound_modifiers_are_read_sentence_by_sentence() -> None:
    # "13-nation" and "three-month" describe; "1,000-tonne", "2-for-1" and "seventy-five" are no such modifier.
    text = (
        "KUWAIT, March 2 - Analysts estimated the 13-nation OPEC was pumping up to one million bpd.\n\n"
        "Prices hit a three-month high of 19 dlrs, a seventy-five cent rise. A 2-for-1 split of 1,000-tonne lots."
    )
    side = _sides([article(text, "a")], CONFIG)[0][0]
    assert side.sentence_compounds == (("13-nation",), ("3-month",), ())
    assert len(side.sentence_compounds) == len(side.sentences)
    assert side.compounds == {"13-nation", "3-month"}


@pytest.mark.parametrize(
    ("case", "first", "second"),
    [
        # A re-send filed the next day re-dates its dateline and keeps every figure.
        ("re-sent", RESERVES.format(day="11", rate="6-5/16"), RESERVES.format(day="12", rate="6-5/16")),
        # Keyed again the next day, a clause cut and "13-nation" moved to another sentence: no figure replaced.
        ("moved", OPEC_FIRST, OPEC_NEXT),
        # Re-keyed on another day with a figure rounded: "4,661,000 dlrs" is "4.7 mln dlrs".
        (
            "rounded",
            EARNINGS.format(day="11", net="4,661,000 dlrs", share="51 cts"),
            EARNINGS.format(day="12", net="4.7 mln dlrs", share="51 cts"),
        ),
        # Cut on another day: a clause goes with its figure; what is left is as it was.
        (
            "cut",
            RESERVES.format(day="11", rate="6-5/16"),
            RESERVES.format(day="12", rate="6-5/16").replace(" at 6-5/16 pct", ""),
        ),
    ],
)
def test_item_filed_again_on_another_day_is_a_version(case: str, first: str, second: str) -> None:
    assert len(match_articles([article(first, "one"), article(second, "two")], CONFIG).groups) == 1, case


@pytest.mark.parametrize(
    ("first", "second", "groups"),
    [
        # A re-send correcting a typo in the headline's company name is the same notice.
        ("HALVORSSEN MARINE INC SETS PAYOUT", "HALVORSEN MARINE INC SETS PAYOUT", 1),
        ("BRIGHTWATER FUND SETS PAYOUT", "BRIGTHWATER FUND SETS PAYOUT", 1),
        # Two companies whose short names are one letter apart are two notices.
        ("DALE CORP SETS PAYOUT", "DOLE CORP SETS PAYOUT", 0),
        # Names more than one keystroke apart are two companies.
        ("HALVORSEN MARINE INC SETS PAYOUT", "HALBERSON MARINE INC SETS PAYOUT", 0),
    ],
)
def test_headline_typo_corrected_in_a_re_send(first: str, second: str, groups: int) -> None:
    notices = [article(NOTICE.format(title=first), "one"), article(NOTICE.format(title=second), "two")]
    assert len(match_articles(notices, CONFIG).groups) == groups


def test_same_day_table_resent_is_a_version() -> None:
    # The counterpart of the "days" rule: the same table re-sent with a note is one item.
    resent = TABLE.format(day="April 7") + "\n\nCorrects Londrina reading in earlier table."
    assert (
        len(match_articles([article(TABLE.format(day="April 7"), "one"), article(resent, "two")], CONFIG).groups) == 1
    )


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        # Words changed inside the quotation: the quote was edited.
        ('The mayor said: "We will rebuild every home before the winter." Officials agreed.', "quotation"),
        # Words changed outside it: an ordinary edit, even in a paragraph holding a quote.
        ('The governor said: "We will rebuild every house before the winter." Officials agreed.', "terminology"),
    ],
)
def test_changes_inside_quotations(new: str, kind: str) -> None:
    old = 'The mayor said: "We will rebuild every house before the winter." Officials agreed.'
    _, changes = diff_paragraph(old, new, 0)
    assert [c.kind for c in changes] == [kind]


@pytest.mark.parametrize(
    ("text", "name", "matching"),
    [
        # Names and matching share one fold: case, accents and the curly apostrophe.
        ("Ẓahrān Öcalan", "zahran ocalan", "zahran ocalan"),
        # Compatibility forms become plain letters for both ("ﬁ" of a typeset page).
        ("ﬁnance", "finance", "finance"),
        # Matching also drops possessives, whichever apostrophe, and initialisms' dots ("U.S." is "US").
        ("Assad’s U.S. plan", "assad's u.s. plan", "assad us plan"),
        ("O’Brien's rise", "o'brien's rise", "o'brien rise"),
        # ... and writes house spellings one way: Reuters' "pct", "mln", "dlrs".
        ("Up 5 pct to 3 mln dlrs", "up 5 pct to 3 mln dlrs", "up 5  percent  to 3  million   dollars "),
    ],
)
def test_the_matching_fold_builds_on_the_name_fold(text: str, name: str, matching: str) -> None:
    assert fold_name(text) == name
    assert fold_for_matching(text) == matching
    assert fold_for_matching(text) == fold_for_matching(fold_name(text))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # The extractor's splitter: a month's and a title's full stop end no sentence.
        (
            "Sales rose 5 pct on Jan. 5. Mr. Smith said so.",
            [("sales", "rose", "5", "percent", "jan", "5"), ("mr", "smith", "so")],
        ),
        # A figure after a full stop opens a new sentence; closing quotation marks stay with theirs.
        ("“Prices fell,” he said. 12 banks cut rates.", [("prices", "fell"), ("12", "banks", "cut", "rates")]),
    ],
)
def test_sentence_words_split_as_extraction_does(text: str, sentences: list[tuple[str, ...]]) -> None:
    assert sentence_words(text) == sentences
