"""Edit forensics: replaced runs refined into single edits, each classified; paragraphs aligned."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.match.align import align_blocks
from newscorpus.match.classify import classify_change, refine_replacement, word_key
from newscorpus.match.forensics import compare_versions, diff_paragraph
from newscorpus.match.outlets import habitual_substitutions
from newscorpus.model import Article, Block, Member, Substitution, VariantGroup

CONFIG = Config()


def story(*blocks: str, id: str = "a") -> Article:
    """Return an article of the given blocks; a block starting with '## ' is a subheading."""
    body = tuple(Block("subheading", b[3:]) if b.startswith("## ") else Block("paragraph", b) for b in blocks)
    words = sum(len(b.text.split()) for b in body)
    return Article(id, f"{id}.txt", "Title", True, None, body, words, 1)


def edits_of(reference: Article, version: Article) -> list[tuple[str, str, str]]:
    edits = compare_versions(
        reference, version, CONFIG.paragraph_match, CONFIG.paragraph_part_match, CONFIG.paragraph_gap_match
    )
    return [(c.kind, c.old, c.new) for c in edits.changes]


# --- refinement of a replaced run ----------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "edits"),
    [
        # Equal-length short runs are paired word by word: two substitutions, not one.
        ("rebels stormed", "militants entered", [("rebels", "militants"), ("stormed", "entered")]),
        (
            "sheriff's deputies arrested",
            "police officers detained",
            [("sheriff's", "police"), ("deputies", "officers"), ("arrested", "detained")],
        ),
        # A shared leading word, punctuation aside, is kept: what is left is an insertion.
        ("Hama,", "Hama on Thursday,", [("", "on Thursday,")]),
        ("Lisbon.", "Lisbon late on Monday.", [("", "late on Monday.")]),
        # A shared trailing word, punctuation aside, is kept: what is left is a deletion.
        ("strong winds,", "winds", [("strong", "")]),
        # A shared word differing in case is split off as its own change (a spelling edit).
        ("strong Winds", "winds", [("strong", ""), ("Winds", "winds")]),
        # A name spelt otherwise at the edge is split off: "al-Sham" -> "Al Sham", then a rewrite.
        (
            "al-Sham launched attacks",
            "Al Sham stormed the city",
            [("al-Sham", "Al Sham"), ("launched attacks", "stormed the city")],
        ),
        # Shared words at both ends leave the real substitution in the middle.
        ("the striking dockers walked", "the protesting dockers walked", [("striking", "protesting")]),
        # Runs of different lengths stay one change after the edges are taken off.
        ("losing", "it had lost", [("losing", "it had lost")]),
        # The same words case- and punctuation-blind stay one change (a style or spelling edit).
        ("al-Sham", "Al Sham", [("al-Sham", "Al Sham")]),
        ("groups …", "groups...", [("groups …", "groups...")]),
        # Words that moved are not paired one to one (the pairing would be nonsense).
        ("police chief", "chief police", [("police chief", "chief police")]),
    ],
)
def test_refine_replacement(old: str, new: str, edits: list[tuple[str, str]]) -> None:
    a, b = old.split(), new.split()
    found = [
        (" ".join(a[a0:a1]), " ".join(b[b0:b1])) for tag, a0, a1, b0, b1 in refine_replacement(a, b) if tag != "equal"
    ]
    assert found == edits


@pytest.mark.parametrize(
    ("old", "new", "changes"),
    [
        # A two-word substitution is reported as two terminology changes.
        (
            "Overnight the rebels stormed the town hall.",
            "Overnight the militants entered the town hall.",
            [("terminology", "rebels", "militants"), ("terminology", "stormed", "entered")],
        ),
        # An inserted time phrase is no word change at all (it is shown in the diff).
        ("Troops reached Hama, officials said.", "Troops reached Hama on Thursday, officials said.", []),
        # A rewrite with function words is rewording, not terminology.
        (
            "The army admitted losing control of the port.",
            "The army admitted it had lost control of the port.",
            [("rewording", "losing", "it had lost")],
        ),
    ],
)
def test_diff_paragraph_reports_refined_changes(old: str, new: str, changes: list[tuple[str, str, str]]) -> None:
    _, found = diff_paragraph(old, new, 0)
    assert [(c.kind, c.old, c.new) for c in found] == changes


def test_refined_diff_shows_an_insertion_not_a_substitution() -> None:
    spans, _ = diff_paragraph(
        "Troops reached Hama, officials said.", "Troops reached Hama on Thursday, officials said.", 0
    )
    assert [(s.kind, s.text) for s in spans] == [
        ("same", "Troops reached Hama"),
        ("added", "on Thursday,"),
        ("same", "officials said."),
    ]


# --- classification --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # Spelling: the same name transliterated (hyphens, case, al- prefixes, vowels).
        ("Al-Qaeda", "Al Qaida", "spelling"),
        ("al-Assad", "Al Assad", "spelling"),
        ("al-Sham", "Al Sham", "spelling"),
        ("Mohammed", "Mohammad", "spelling"),
        ("Muammar", "Moammar", "spelling"),
        ("al-Maliki", "Maliki", "spelling"),
        ("Al-Qaeda", "Al Qaeda", "spelling"),
        # Spelling: British and American spellings of one word.
        ("organise", "organize", "spelling"),
        ("organisation", "organization", "spelling"),
        ("labour", "labor", "spelling"),
        ("favourite", "favorite", "spelling"),
        ("centre", "center", "spelling"),
        ("defence", "defense", "spelling"),
        ("travelled", "traveled", "spelling"),
        ("analysed", "analyzed", "spelling"),
        ("programme", "program", "spelling"),
        ("labour-intensive", "labor-intensive", "spelling"),  # each part of a hyphenated word
        ("Abu Mohammed al-Jolani", "Abu Mohammad Al Jolani", "spelling"),
        # Spelling: case and accents.
        ("Rebel", "rebel", "spelling"),
        ("Zürich", "Zurich", "spelling"),
        # Not spelling: different words with similar letters are terminology.
        ("rise", "raise", "terminology"),
        ("rout", "riot", "terminology"),
        ("Iraq", "Iran", "terminology"),
        # Grammar: the same word in another tense or number, or with a possessive dropped.
        ("raged", "rages", "grammar"),
        ("rises", "rose", "grammar"),
        ("has risen", "rose", "grammar"),
        ("says", "said", "grammar"),
        ("protester", "protesters", "grammar"),
        ("government’s", "government", "grammar"),
        # Terminology: single content words and short noun phrases.
        ("rebels", "militants", "terminology"),
        ("battles", "fighting", "terminology"),
        ("crucial", "key", "terminology"),
        ("Shia Islam", "Shiite", "terminology"),
        ("walkout", "strike", "terminology"),
        # Rewording: longer rewrites and phrases with different structure.
        ("losing", "it had lost", "rewording"),
        ("the", "early Thursday", "rewording"),
        ("said in a statement on its website", "announced late on Monday", "rewording"),
        # Style: punctuation, quote marks, per cent forms, number format.
        ("…", "...", "style"),
        ("50 per cent", "50-per-cent", "style"),
        ("per cent", "percent", "style"),
        ("12 pct", "12 per cent", "style"),
        ("‘water’", "'water'", "style"),
        ("13,000", "13000", "style"),
        ("nine", "9", "style"),
        ("10,500,000", "10.5 mln", "style"),  # one value, written with a scale word
        ("2.6 mln dlrs", "2.6 million dollars", "style"),
        ("dlr", "dollar", "style"),  # wire abbreviations written out
        ("6-mln-U.S.-dlr", "6-million-US-dollar", "style"),
        ("4th qtr", "4th quarter", "style"),
        # Figure: a number differs, whatever else changed with it.
        ("727", "728", "figure"),
        ("13,000", "131,000", "figure"),
        ("1.5 million", "1.5 billion", "figure"),
        ("12.1 mln", "12,141,000", "figure"),  # a more precise figure is a different figure
        ("6-3/16", "6-1/4", "figure"),
        ("at least 40 people", "dozens of people", "figure"),
        (
            "the plant, which employs about 1,200 workers on three shifts, will close",
            "the plant, whose 1,300 staff work three shifts, is to close",
            "figure",
        ),
        # Quotation: words changed inside a quotation are a quotation edit, not terminology.
        ("children", "kids", "quotation"),
    ],
)
def test_classify_change_kinds(old: str, new: str, kind: str) -> None:
    assert classify_change(old, new, in_quote=kind == "quotation") == kind


# --- subheadings ------------------------------------------------------------------------------


LONG_QUOTE = (
    "“At that point it will be a question of whether the council has the means to mount the kind of "
    "scorched-earth budget cuts it would like to make,” the analyst said."
)


@pytest.mark.parametrize(
    ("reference", "version", "subheadings", "links"),
    [
        # A subheading the version added is not aligned with a quotation holding its words.
        (
            ["The council met on Monday.", LONG_QUOTE],
            ["The council met on Monday.", "## ‘Scorched-earth budget cuts’", LONG_QUOTE],
            [(None, "‘Scorched-earth budget cuts’")],
            [((0,), (0,), False), ((1,), (2,), False)],
        ),
        # A reworded subheading is aligned with the reference's subheading and reported as changed.
        (
            ["Voters went to the polls.", "## Rebel leader tours citadel", "Turnout was high in the north."],
            ["Voters went to the polls.", "## Militant leader tours citadel", "Turnout was high in the north."],
            [("Rebel leader tours citadel", "Militant leader tours citadel")],
            [((0,), (0,), False), ((1,), (1,), True), ((2,), (2,), False)],
        ),
        # A subheading the version cut is reported as cut.
        (
            ["Voters went to the polls.", "## Turnout", "Turnout was high in the north."],
            ["Voters went to the polls.", "Turnout was high in the north."],
            [("Turnout", None)],
            [((0,), (0,), False), ((2,), (1,), False)],
        ),
    ],
)
def test_subheadings_align_only_with_subheadings(
    reference: list[str],
    version: list[str],
    subheadings: list[tuple[str | None, str | None]],
    links: list[tuple[tuple[int, ...], tuple[int, ...], bool]],
) -> None:
    ref, ver = story(*reference, id="ref"), story(*version, id="ver")
    found = align_blocks(ref.blocks, ver.blocks, CONFIG.paragraph_match, CONFIG.paragraph_part_match, 0.3)
    assert [(link.reference, link.version, link.subheading) for link in found] == links
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    assert list(edits.subheadings) == subheadings
    # A subheading is never compared with a quotation: no quotation edit is reported.
    assert all(c.kind != "quotation" for c in edits.changes)


@pytest.mark.parametrize(
    ("reference", "version", "changes"),
    [
        # A reworded subheading's words are classified like any other (terminology here).
        (
            ["Voters went to the polls.", "## Rebel leader tours citadel"],
            ["Voters went to the polls.", "## Militant leader tours citadel"],
            [("terminology", "Rebel", "Militant")],
        ),
        # A line one file sets as a subheading and the other as a paragraph (a table row) is still
        # compared when the two are nearly the same: the corrected figure is found.
        (
            ["Net profit 29,000 vs 993,000", "## Sales 19.1 mln vs 16.8 mln"],
            ["Net profit 29,000 vs 993,000", "Sales 19.1 mln vs 16.6 mln"],
            [("figure", "16.8", "16.6")],
        ),
    ],
)
def test_subheading_word_changes(reference: list[str], version: list[str], changes: list[tuple[str, str, str]]) -> None:
    assert edits_of(story(*reference, id="ref"), story(*version, id="ver")) == changes


# --- one-to-many paragraph alignment ----------------------------------------------------------

SPLIT_REF = (
    "The alliance is led by a group rooted in the country’s Al-Qaeda branch. “They have had a lot of "
    "time and resources to organise themselves,” said analyst Sam Heller of the Century Foundation."
)


@pytest.mark.parametrize(
    ("reference", "version", "links", "changes"),
    [
        # A paragraph split in two: both halves are compared, so the spelling change in the
        # shorter half is found.
        (
            ["The offensive began last week.", SPLIT_REF],
            [
                "The offensive began last week.",
                "The alliance is led by a group rooted in the country’s Al Qaida branch.",
                "“They have had a lot of time and resources to organise themselves,” said analyst Sam Heller "
                "of the Century Foundation.",
            ],
            [((0,), (0,)), ((1,), (1, 2))],
            [("spelling", "Al-Qaeda", "Al Qaida")],
        ),
        # Two paragraphs merged into one: the second is compared too.
        (
            [
                "Flood waters rose overnight along the Morrow river in the east of the county.",
                "About 300 homes in Lakeside were evacuated by organised volunteer crews.",
                "Schools will stay shut until Monday.",
            ],
            [
                "Flood waters rose overnight along the Morrow river in the east of the county, and about 300 "
                "homes in Lakeside were evacuated by organized volunteer crews.",
                "Schools will stay shut until Monday.",
            ],
            [((0, 1), (0,)), ((2,), (1,))],
            [("spelling", "organised", "organized")],
        ),
        # A heavily rewritten paragraph alone between the same neighbours is still compared.
        (
            [
                "The storm reached the coast on Friday.",
                "The rebels led by the group Hayat Tahrir al-Sham launched their offensive a week ago.",
                "Power was cut to thousands of homes.",
            ],
            [
                "The storm reached the coast on Friday.",
                "The militants led by the Islamist group Hayat Tahrir Al Sham stormed the city at dawn "
                "and freed prisoners.",
                "Power was cut to thousands of homes.",
            ],
            [((0,), (0,)), ((1,), (1,)), ((2,), (2,))],
            [("terminology", "rebels", "militants"), ("spelling", "al-Sham", "Al Sham")],
        ),
    ],
)
def test_one_to_many_alignment(
    reference: list[str],
    version: list[str],
    links: list[tuple[tuple[int, ...], tuple[int, ...]]],
    changes: list[tuple[str, str, str]],
) -> None:
    ref, ver = story(*reference, id="ref"), story(*version, id="ver")
    found = align_blocks(
        ref.blocks, ver.blocks, CONFIG.paragraph_match, CONFIG.paragraph_part_match, CONFIG.paragraph_gap_match
    )
    assert [(link.reference, link.version) for link in found] == links
    got = edits_of(ref, ver)
    assert all(c in got for c in changes), got


def test_split_paragraph_keeps_each_half_in_place() -> None:
    ref = story("The offensive began last week.", SPLIT_REF, id="ref")
    ver = story(
        "The offensive began last week.",
        "The alliance is led by a group rooted in the country’s Al-Qaeda branch.",
        "“They have had a lot of time and resources to organise themselves,” said analyst Sam Heller "
        "of the Century Foundation.",
        id="ver",
    )
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    assert [(p.status, p.reference_index, p.version_index, p.split) for p in edits.paragraphs] == [
        ("kept", 0, 0, False),
        ("kept", 1, 1, True),
        ("kept", 1, 2, True),
    ]


def test_unrelated_added_paragraph_is_not_joined() -> None:
    # An added paragraph next to an edited one is not taken for its other half.
    ref = story("The offensive began last week.", SPLIT_REF, id="ref")
    ver = story(
        "The offensive began last week.",
        SPLIT_REF,
        "Separately, the health ministry said hospitals in the capital were short of blood.",
        id="ver",
    )
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    assert [p.status for p in edits.paragraphs] == ["kept", "kept", "added"]


# --- habits across stories ----------------------------------------------------------------------


def gazette_habits(stories: list[tuple[str, str]]) -> tuple[Substitution, ...]:
    """Return the habits of the outlet "Gazette" printing each (wire, its version) pair as one story."""
    groups, articles = [], {}
    for n, (wire, outlet) in enumerate(stories):
        ref, ver = story(wire, id=f"w{n}"), story(outlet, id=f"o{n}")
        articles |= {ref.id: ref, ver.id: ver}
        edits = compare_versions(ref, ver, CONFIG.paragraph_match)
        members = (Member(ref.id, 1.0, 1.0, 1.0), Member(ver.id, 0.9, 0.9, 0.8, outlet="Gazette", edits=edits))
        groups.append(VariantGroup(f"g{n}", ref.id, members))
    return habitual_substitutions(groups, articles, CONFIG.min_habit_stories)


def test_habits_count_refined_substitutions_across_stories() -> None:
    # The outlet writes "militants" for "rebels" inside different runs in each story
    # ("rebels stormed" -> "militants entered", "rebels seized" -> "militants took"): after
    # refinement both are the one habit "militants for rebels", and the one-off verbs are not habits.
    stories = [
        (
            "Overnight the rebels stormed the northern town, residents said on Sunday.",
            "Overnight the militants entered the northern town, residents said on Sunday.",
        ),
        (
            "By the afternoon the rebels seized the airport outside the provincial capital.",
            "By the afternoon the militants took the airport outside the provincial capital.",
        ),
    ]
    habits = gazette_habits(stories)
    assert [(h.outlet, h.kind, h.old, h.new, h.groups) for h in habits] == [
        ("Gazette", "terminology", "rebels", "militants", ("g0", "g1"))
    ]


def test_a_change_of_case_or_of_a_stop_alone_is_no_habit() -> None:
    # An outlet that splits a sentence in two writes "The" for "the" and "." for ",": where its
    # sentences start, in every story, but no word it prefers; the habits list none of it.
    stories = [
        (
            "Overnight, the rebels stormed the northern town, residents said on Sunday, it said.",
            "Overnight. The rebels stormed the northern town. Residents said on Sunday, It said.",
        ),
        (
            "By the afternoon the rebels seized the airport, residents said on Sunday, it said.",
            "By the afternoon the rebels seized the airport. Residents said on Sunday, It said.",
        ),
    ]
    habits = gazette_habits(stories)
    assert [(h.old, h.new) for h in habits if h.old.lower() == h.new.lower()] == []


# --- invariants --------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "rebels",
        "militants",
        "Hama,",
        "Hama",
        "on",
        "Thursday,",
        "the",
        "Al-Qaeda",
        "Al",
        "Qaida",
        "727",
        "728",
        "“quote",
        "said”",
        "…",
        "...",
        "raged",
        "rages",
        "per",
        "cent",
        "50-per-cent",
    ]
)


@given(st.lists(_WORDS, max_size=14), st.lists(_WORDS, max_size=14))
@settings(max_examples=300, deadline=None)
def test_diff_spans_rebuild_both_texts(old: list[str], new: list[str]) -> None:
    # Whatever the refinement does, the diff still holds every word of both texts in order (a
    # word kept with other punctuation, "Hama," / "Hama", is shown as the version writes it).
    spans, changes = diff_paragraph(" ".join(old), " ".join(new), 0)
    assert " ".join(s.text for s in spans if s.kind != "removed").split() == new
    rebuilt = " ".join(s.text for s in spans if s.kind != "added").split()
    assert [word_key(w) for w in rebuilt] == [word_key(w) for w in old]
    assert all(c.old and c.new for c in changes)


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=1, max_size=5),
    st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=1, max_size=5),
)
@settings(max_examples=150, deadline=None)
def test_every_version_paragraph_appears_once(reference: list[list[str]], version: list[list[str]]) -> None:
    # Split, merged and gap-filled alignments still show each version paragraph once, in order,
    # and every reference paragraph is either aligned or cut.
    ref = story(*(" ".join(p) for p in reference), id="ref")
    ver = story(*(" ".join(p) for p in version), id="ver")
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    shown = [p.version_index for p in edits.paragraphs if p.version_index is not None]
    assert shown == list(range(len(version)))
    for p in edits.paragraphs:
        if p.version_index is not None:
            assert " ".join(s.text for s in p.spans if s.kind != "removed").split() == version[p.version_index]
    covered = {p.reference_index for p in edits.paragraphs} | {i for p in edits.paragraphs for i in p.merged}
    assert covered - {None} == set(range(len(reference)))


# --- quotations -------------------------------------------------------------------------------


def test_quotations_are_compared_with_their_own_paragraphs_quotes() -> None:
    # The second quotation's paragraph was cut: it is dropped, not "altered" into the first
    # quotation's edited form, which shares most of its words.
    ref = story(
        'The mayor said: "We will rebuild the bridge within a year."',
        'Her rival said: "We will not rebuild the bridge this year."',
        id="ref",
    )
    ver = story('The mayor said: "We will rebuild the bridge within two years."', id="ver")
    edits = compare_versions(ref, ver, CONFIG.paragraph_match)
    assert [(q.status, q.reference, q.version) for q in edits.quotes] == [
        ("altered", "We will rebuild the bridge within a year.", "We will rebuild the bridge within two years."),
        ("dropped", "We will not rebuild the bridge this year.", None),
    ]
