"""Write-throughs under a new lede, and stories reprinted so widely that one odd page must not split them."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match import match_articles
from newscorpus.match.group import APART, CONFLICT, LINKED, Link, group_versions
from newscorpus.match.index import candidate_pairs, shingle
from newscorpus.match.reference import Facts
from newscorpus.match.text import story_words
from newscorpus.model import Article, Source

CONFIG = Config()

BODY = [
    "The regional water board on Monday approved a plan to rebuild the Millbrook reservoir dam, which "
    "engineers led by Laura Quist found cracked along its northern wall during an inspection in the spring.",
    "Work on the dam is expected to start in the autumn and to last about three years, the board said "
    "in a statement released after a meeting that ran late into the evening.",
    "Residents of the valley below the reservoir had asked for the repairs for more than a decade, "
    "saying that heavy rain each winter left them worried that the old wall would give way.",
    "Board engineers said the reservoir would be kept at half its usual level while the crews work, "
    "and that farms drawing on it would be offered water from the river instead.",
    "The plan also includes a new spillway and a warning system with sirens in the three villages "
    "nearest the dam, which the board said would be tested twice a year once it is built.",
    "A consultant's report presented to the board found that the cracks had grown slowly over many "
    "years and that the wall was in no immediate danger of collapse this winter.",
    "Farmers in the valley welcomed the vote but said they would watch closely how the river water "
    "was shared out during the dry months of the years the work goes on.",
    "The board will publish the full schedule of the works and the contracts it awards on its website "
    "before the end of the month, a spokeswoman for the board said on Monday evening.",
]


def article(text: str, id: str) -> Article:
    result = extract_article(Source(id=id, path=f"{id}.txt", text=text), CONFIG)
    assert result is not None
    return result


def test_write_through_under_a_new_lede_naming_new_people_is_a_version() -> None:
    # The update sets a new first paragraph, naming people the first version never did, over the
    # body it keeps: the names of a new top are news, not another item's subject.
    first = article("\n\n".join(BODY[:7]), "first")
    top = (
        "Governor Helen Marsh and Senator Paul Ortiz pledged state money on Tuesday for the Millbrook dam "
        "repairs, a day after the regional water board approved the plan."
    )
    update = article("\n\n".join([top, *BODY[1:8]]), "update")
    assert [sorted(m.id for m in g.members) for g in match_articles([first, update], CONFIG).groups] == [
        ["first", "update"]
    ]


@pytest.mark.parametrize("second", ["Eastvale Farm Supply Inc", "Norwood Tractor Parts Co"])
def test_items_of_one_template_naming_other_subjects_stay_apart(second: str) -> None:
    # Two items of one template share their ledes but for the subject: they stay two stories.
    template = (
        "{name} has been awarded a contract worth 2.4 million dollars to supply the county road "
        "department with grit, salt and spare parts for its winter fleet, the department said.\n\n"
        "The contract runs for two years and may be extended for a third, and deliveries are to begin "
        "before the first frost of the season, according to the notice the department filed on Monday."
    )
    one = article(template.format(name="Westbrook Quarry Products Ltd"), "one")
    two = article(template.format(name=second), "two")
    assert match_articles([one, two], CONFIG).groups == ()


def test_items_of_one_template_with_a_lede_sharing_no_run_of_words_stay_apart() -> None:
    # Two notices from one template: names break every run of their ledes, which are still one
    # sentence with other subjects in its slots, not a write-through's new top over a kept body.
    template = (
        "{name} in {city} hired {bank} and {agent} for its bonds, {chief} said.\n\n"
        "The bonds cannot be called early and are sold in denominations of one thousand and ten thousand "
        "dollars. They will be listed on the exchange in Luxembourg, and the selling concession and the "
        "fees for management and underwriting are the same as for the last sale of bonds by the issuer.\n\n"
        "The payment date is set for the end of the month, and the bonds will be delivered through the "
        "usual clearing houses to the buyers who asked for them during the offering period."
    )
    one = article(
        template.format(
            name="Harbourview Realty", city="London", bank="Orbis Bank", agent="Calder Trust", chief="Maria Lowe"
        ),
        "one",
    )
    two = article(
        template.format(
            name="Nordfeld Landesbank",
            city="Zurich",
            bank="Kestrel Securities",
            agent="Almeria Bank",
            chief="Jon Brandt",
        ),
        "two",
    )
    assert match_articles([one, two], CONFIG).groups == ()


def _band(n: int, width: int) -> dict[tuple[int, int], Link]:
    marks = bytearray(b"\x01" * 10)
    return {(i, j): Link(1.0, marks, marks) for i in range(n) for j in range(i + 1, min(n, i + 1 + width))}


def _grouped(n: int, links: dict[tuple[int, int], Link], states: dict[tuple[int, int], int]) -> list[list[int]]:
    """Group n articles from their links and how each compared pair stands, at the build's linkage and conflict share."""
    return group_versions(
        n,
        links,
        state=lambda y, z: states.get((min(y, z), max(y, z)), APART),
        same_subject=lambda y, z: False,
        min_linkage=CONFIG.min_group_linkage,
        max_conflict=CONFIG.max_group_conflict,
        min_part_overlap=0.5,
        min_digest_share=0.8,
    )


def test_one_conflicting_pair_does_not_split_a_widely_reprinted_story() -> None:
    # Twelve versions linked in a band; one pair failed a template check (an odd page's figures):
    # a small share of the pairs across any cut, so the story stays one group.
    links = _band(12, 5)
    links.pop((5, 6))
    states = dict.fromkeys(links, LINKED) | {(5, 6): CONFLICT}
    assert _grouped(12, links, states) == [list(range(12))]


def test_two_days_of_a_table_conflicting_pair_after_pair_stay_apart() -> None:
    # Two re-sends of each day's table, one cross pair linked by mistake, the others conflicts:
    # conflicts are most of the pairs across, so the days stay apart.
    links = _band(2, 1) | {(2, 3): Link(1.0, bytearray(b"\x01" * 10), bytearray(b"\x01" * 10))}
    links[(1, 2)] = Link(0.9, bytearray(b"\x01" * 10), bytearray(b"\x01" * 10))
    states = dict.fromkeys(links, LINKED) | {(0, 2): CONFLICT, (0, 3): CONFLICT, (1, 3): CONFLICT}
    assert _grouped(4, links, states) == [[0, 1], [2, 3]]


def test_versions_above_the_cap_are_compared_with_several_neighbours() -> None:
    # Every n-gram of a story in more articles than the cap is common: each version is compared
    # with the next `neighbours` holding it, not only the next one or two.
    texts = [
        article("\n\n".join(BODY[:6]) + f"\n\nOutlet {k} closes with a line of its own.", f"v{k}") for k in range(9)
    ]
    words = [story_words(a) for a in texts]
    shingles = shingle(words, CONFIG.shingle_size, 3, CONFIG.common_run_words)
    pairs = {(i, j) for i, j, _ in candidate_pairs(shingles, 8, 0.15, neighbours=4)}
    assert {(0, 1), (0, 4), (3, 7)} <= pairs
    assert (0, 5) not in pairs


def test_the_far_end_of_a_chain_names_the_version_it_joined_through() -> None:
    # Each update keeps most of the one before; the last shares nothing with the wire's first copy
    # (the reference), so it says which version it was found a version of.
    first = article("\n\n".join(BODY[0:4]), "first")
    middle = article("\n\n".join(BODY[1:6]), "middle")
    last = article("\n\n".join(BODY[4:8]), "last")
    (group,) = match_articles([first, middle, last], CONFIG, {"first": Facts(credit="AP")}).groups
    assert group.canonical == "first"
    assert {m.id: m.via for m in group.members} == {"first": None, "middle": None, "last": "middle"}


QUOTED = [
    ("Laura Quist", "the wall has held for ninety years and we mean to make it hold for ninety more whatever it costs"),
    ("Tom Avery", "nobody in the lower villages should go to bed fearing the water again after this winter is over"),
    ("Ruth Kell", "we looked at every crack twice and the report we publish this month will show all of them"),
    ("Omar Diallo", "the farms will get river water for as long as the work lasts and not one day less than that"),
    ("Jean Price", "the sirens will be tested twice each year and every family will know the way up the hill"),
]


MORE = [
    "The hearings drew more than four hundred residents over five evenings, the largest turnout the board "
    "has seen for any public meeting since the reservoir was first filled in the nineteen thirties.",
    "Several speakers asked whether the cost of the repairs would be passed on to households through "
    "higher water bills, a question the board's treasurer said would be settled in the new year.",
    "Engineers from two outside firms are to review the designs for the spillway before any contract "
    "is signed, and their findings will be read out at the board's next open session in the spring.",
    "A group of anglers who fish the reservoir asked that the lowered water be restocked once the works "
    "are finished, and the board agreed to consider a plan from the county fisheries office.",
    "Schools in the three villages will hold drills with the new sirens once they are installed, so that "
    "children learn the routes to higher ground before the first winter of the works begins.",
    "The board said it would open an office in the valley for the length of the works, where residents "
    "can bring complaints about noise, traffic and dust from the building site at the dam.",
]


def _quoted_paragraph(name: str, quote: str) -> str:
    # Few words of narrative around a long quotation: no run of narrative reaches a sentence.
    return f'Board member {name} told the hearing: "{quote}," she said.'


def test_write_through_keeping_quoted_paragraphs_word_for_word_is_a_version() -> None:
    # A later version keeps five paragraphs of a long story word for word under a new top; each
    # holds a quotation, so no run of narrative reaches a paragraph, but the paragraphs are kept
    # whole: copy, not two write-ups sharing a quotation.
    kept = [_quoted_paragraph(name, quote) for name, quote in QUOTED]
    first = article("\n\n".join([*BODY, *kept, *MORE]), "first")
    top = (
        "The regional water board on Tuesday set out how it will pay for the Millbrook dam repairs, "
        "a day after the public hearings on the reservoir closed."
    )
    update = article("\n\n".join([top, *kept]), "update")
    groups = [sorted(m.id for m in g.members) for g in match_articles([first, update], CONFIG).groups]
    assert groups == [["first", "update"]]


def test_write_ups_sharing_only_a_quotation_stay_apart() -> None:
    quote = '"the wall has held for ninety years and we mean to make it hold for ninety more, whatever it costs"'
    one = article("\n\n".join([f"Laura Quist said {quote}, as the board voted on the dam.", *BODY[1:6]]), "one")
    other = (
        "Valley farmers packed a school hall on Tuesday night to hear the plan for the reservoir explained "
        "by engineers who had surveyed it over the summer months.",
        f"Board member Laura Quist told them {quote}, to applause from the back of the hall.",
        "The farmers asked how long the water would be rationed and whether they would be paid for any "
        "crops lost in the dry years, questions the engineers said the board would answer later.",
    )
    two = article("\n\n".join(other), "two")
    assert match_articles([one, two], CONFIG).groups == ()


def test_version_told_in_quotations_with_paragraphs_of_its_own_is_a_version() -> None:
    # A later version keeps five quoted paragraphs of a long story word for word, under a new top and
    # over two paragraphs of its own: most of its narrative is its own, but more than half of it is
    # copy, kept in whole paragraphs, quotations and all: a version, not two write-ups sharing quotations.
    kept = [_quoted_paragraph(name, quote) for name, quote in QUOTED]
    first = article("\n\n".join([*BODY, *kept, *MORE]), "first")
    top = (
        "The regional water board on Tuesday set out how it will pay for the Millbrook dam repairs, "
        "a day after the public hearings on the reservoir closed."
    )
    own = [
        "Treasurer Mark Ellison told reporters after the vote that the Millbrook works would be paid for "
        "from reserves the board had set aside over the past six years, with a loan from the state for the rest.",
        "He said households in the valley would see no rise in their water bills before the spring, and "
        "that the board would publish the terms of the loan once the state had signed it.",
    ]
    update = article("\n\n".join([top, *kept, *own]), "update")
    groups = [sorted(m.id for m in g.members) for g in match_articles([first, update], CONFIG).groups]
    assert groups == [["first", "update"]]


def test_write_up_quoting_the_same_statements_in_its_own_sentences_stays_apart() -> None:
    # Another outlet's write-up of the hearing quotes the same five statements, most of its text, but in
    # sentences of its own: no paragraph is kept word for word, so the shared quotations are no copy.
    first = article("\n\n".join([*BODY, *(_quoted_paragraph(name, quote) for name, quote in QUOTED), *MORE]), "first")
    openings = ["Opening the last evening,", "Pressed by farmers,", "Asked about the report,", "Later,", "Finally,"]
    other = [f'{opening} {name} promised "{quote}".' for opening, (name, quote) in zip(openings, QUOTED, strict=True)]
    two = article("\n\n".join(other), "two")
    assert match_articles([first, two], CONFIG).groups == ()
