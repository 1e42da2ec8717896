"""Finding the story in a page's text: blocks, labels, and what downstream reads from them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.extract import extract_article, extract_articles, page_captions, page_cues, segment_pages
from newscorpus.extract.authors import byline_names, find_authors
from newscorpus.extract.dateline import is_dateline_block, join_dateline_block, split_dateline
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.page import label_page
from newscorpus.extract.page_blocks import repeated_blocks, split_blocks
from newscorpus.extract.page_features import block_features, control_bar
from newscorpus.extract.published import find_published, parse_stamp
from newscorpus.model import PageBlock, Source, SourceMeta

from .conftest import ROOT

CONFIG = Config()
# A menu and a three-paragraph story to set header lines between, written for these tests.
MENU = "\n".join(["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"])
STORY = (
    "The harbour strike ended on Monday after dock workers accepted a new wage deal, the union said.\n"
    "Cranes were working again by noon and the first ships were unloaded in the afternoon, the port said.\n"
    "The union had asked for a rise of six percent over two years and settled for five, its leader said."
)

# A news page as a scraper keeps it, one block per line: menus, a weather widget, a share bar, the
# headline over its byline and stamp, a caption and a photo credit, the story with an advert inside
# it, a sign-off, related links, a copyright line and readers' comments. Written for these tests.
SCRAPED = """Skip to content
Home
News
Sport
Business
Opinion
Weather
High 86F
Subscribe
Sign in
Politics 03/03, 06:45am
FacebookEmail Twitter
Harbour strike ends as dock workers accept new wage deal
By JANE ROE, Associated Press Writer
Updated: March 3 @ 6:52 am
Cranes stand idle at the container terminal on Monday. (AP Photo/John Doe)
THE ASSOCIATED PRESS
ROTTERDAM, Netherlands (AP) — Dock workers at the port of Rotterdam returned to work on Tuesday after their union accepted a new wage deal, ending a three-day strike that had left dozens of ships waiting outside the harbour.
The agreement gives the 4,000 workers a raise of 4.5 percent this year and another 3 percent next year, the union said in a statement.
"We got what we came for, and the port can breathe again," said union leader Anna de Vries, who led the talks with the employers.
Advertisement
Employers said the strike had cost the port about 30 million euros a day, and that the backlog of containers would take a week to clear.
The port authority said the first ships began unloading within hours of the deal, and that no further stoppages were planned.
Related stories
Port strike: what it means for your shopping
Union threatens new action at Antwerp
Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Comments (2)
Posted by harbourfan on March 3, 2008 at 8:10 am
About time they settled this, the queues of lorries on the ring road were a nightmare all week.
Report abuse
Posted by kees on March 3, 2008 at 9:02 am
Good for the workers, they earned every cent of it and the employers can afford it.
Report abuse
Privacy Policy | Terms of Use | Contact Us
"""

SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.label, b.text) for b in label_page(split_blocks(text), CONFIG)]


def label_of(blocks: list[tuple[str, str]], opening: str) -> str:
    return next(label for label, text in blocks if text.startswith(opening))


# --- splitting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Paragraphs apart at blank lines, as a person writes a text file.
        ("First paragraph here.\n\nSecond one.\n", ("First paragraph here.", "Second one.")),
        # One block per line, as a scraper keeps a page (news-please's text).
        ("Home\nNews\nThe story starts here.\n", ("Home", "News", "The story starts here.")),
        # A paragraph hard-wrapped at a fixed width is one block: its lines break inside sentences.
        (
            "The port reopened on Tuesday after a strike that\nlasted three days and cost the harbour dearly,\nofficials said.\n",
            (
                "The port reopened on Tuesday after a strike that lasted three days and cost the harbour dearly, officials said.",
            ),
        ),
        # Short lines of one width that do not run on are a list, not a wrapped paragraph.
        (
            "Cricket: Tension mounts ahead of third test\nTennis: Sharapova and Davenport clash today\n",
            ("Cricket: Tension mounts ahead of third test", "Tennis: Sharapova and Davenport clash today"),
        ),
        # Windows line ends and blank lines full of spaces.
        ("One.\r\n  \r\nTwo.\r\n", ("One.", "Two.")),
        # A headline and its stamp run on in one line are two blocks.
        (
            "Harbour strike ends as workers accept deal Updated: 2008-03-03 13:14 By Agencies\nThe strike ended.",
            (
                "Harbour strike ends as workers accept deal",
                "Updated: 2008-03-03 13:14 By Agencies",
                "The strike ended.",
            ),
        ),
        # A byline or a date before the stamp stays one header line; so does a sentence with "updated" in it.
        ("By: Jane Roe Last Updated: 1/14/08 11:15 AM ET", ("By: Jane Roe Last Updated: 1/14/08 11:15 AM ET",)),
        (
            "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05",
            ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05",),
        ),
        ("The list was updated on 3 March.", ("The list was updated on 3 March.",)),
    ],
)
def test_split_blocks(text: str, expected: tuple[str, ...]) -> None:
    assert split_blocks(text) == expected


# --- labelling a scraped page ---------------------------------------------------------------


def test_a_scraped_page_is_labelled_block_by_block() -> None:
    blocks = labelled(SCRAPED)
    # The headline is the block over the byline and stamp, not the weather widget or the section label.
    assert [t for label, t in blocks if label == "headline"] == [
        "Harbour strike ends as dock workers accept new wage deal"
    ]
    assert label_of(blocks, "By JANE ROE") == "byline"
    # The story runs from the dateline to its last paragraph; the advert inside it is furniture.
    story = [t for label, t in blocks if label == "story"]
    assert story[0].startswith("ROTTERDAM, Netherlands (AP)") and story[-1].startswith("The port authority")
    assert len(story) == 5
    assert label_of(blocks, "Advertisement") == "furniture"
    assert label_of(blocks, "Cranes stand idle") == "supplemental"
    assert label_of(blocks, "Related stories") == "related"
    assert label_of(blocks, "Copyright 2008 The Associated Press") == "byline"  # the story's credit line
    assert label_of(blocks, "About time they settled") == "comments"
    for furniture in ("Skip to content", "High 86F", "Subscribe", "Politics 03/03", "FacebookEmail", "Privacy Policy"):
        assert label_of(blocks, furniture) == "furniture", furniture


def test_everything_downstream_reads_the_story() -> None:
    article = extract_article(Source(id="p", path="p.txt", text=SCRAPED), CONFIG)
    assert article is not None
    assert article.title == "Harbour strike ends as dock workers accept new wage deal"
    assert not article.title_derived
    assert article.dateline == "ROTTERDAM, Netherlands"
    assert article.agency == "AP" and article.agencies[0].how == "dateline"
    assert article.authors == ("Jane Roe",)
    assert article.captions == ("Cranes stand idle at the container terminal on Monday. (AP Photo/John Doe)",)
    # The story's paragraphs only: no widget, advert, related link or comment among them.
    assert len(article.paragraphs) == 5 and article.word_count < 200
    assert all("Advertisement" not in p and "harbourfan" not in p for p in article.paragraphs)
    # The stamp has no year: the copyright line under the story gives it.
    assert (article.published, article.published_from) == ("2008-03-03T06:52", "page")
    assert article.published_evidence == "Updated: March 3 @ 6:52 am"
    # Figures come from the story, not the weather widget.
    assert 86 not in {f.value for f in article.figures}
    # Every block of the input is kept, with its label, in page order.
    assert [b.text for b in article.page] == list(split_blocks(SCRAPED))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_clean_text_passes_through_as_story(path: object) -> None:
    # The default corpus: raw wire text, no page around it; every block is the story's.
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert {label for label, _ in labelled(text)} <= {"story", "headline"}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Wire copy: headline, dateline paragraph, a table of figures, the sign-off.
        (
            "ACME CORP <ACM> 4TH QTR NET\n\nNEW YORK, March 3 - Shr 53 cts vs 22 cts\n\nNet 3.58 mln vs 1.47 mln\n\n"
            "Year\n\nShr 1.90 dlrs vs 1.10 dlrs\n\nReuter\n",
            ["headline", "story", "story", "story", "story", "byline"],
        ),
        # A brief of one sentence.
        ("ACME Corp said it had named Jane Roe its chief executive, effective immediately.\n", ["story"]),
        # A byline above, a credit note below.
        (
            "By Jane Roe\n\nLONDON, March 3 - Shares fell on Monday.\n\nTraders were calm.\n\n(With inputs from Reuters)\n",
            ["byline", "story", "story", "byline"],
        ),
        # Subheadings between paragraphs stay the story's.
        (
            "Floods cut off villages\n\nFloodwater cut off a dozen villages on Tuesday, officials said.\n\n"
            "Rescue crews expect more rain\n\nForecasters said more rain was expected on Wednesday.\n",
            ["headline", "story", "story", "story"],
        ),
    ],
)
def test_clean_inputs_keep_every_block(text: str, labels: list[str]) -> None:
    assert [label for label, _ in labelled(text)] == labels


def test_story_only_sources_are_never_cut() -> None:
    # Markdown and trafilatura's text of a saved page: the reader already kept the story alone.
    text = "Dock workers return\n\nSubscribe\n\nThe port reopened on Tuesday.\n\nShare this"
    blocks = label_page(split_blocks(text), CONFIG, story_only=True)
    assert [b.label for b in blocks] == ["headline", "story", "story", "story"]


def test_a_page_with_no_story_is_reported_and_the_rest_published() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Subscribe", "Sign in", "Contact us", "Privacy Policy"])
    sources = [Source(id="menu", path="menu.txt", text=menu), Source(id="page", path="page.txt", text=SCRAPED)]
    extracted = extract_articles(sources, CONFIG)
    assert [a.id for a in extracted.articles] == ["page"]
    (problem,) = extracted.problems
    assert problem.path == "menu.txt" and problem.skipped
    assert problem.message.startswith("not an article: no story found among its 8 blocks (")
    assert problem.message.endswith("; not published")


# --- furniture across a corpus ----------------------------------------------------------------

SITE_FOOTER = ["Our online news publishes local stories daily.", "Come see us again.", "A publication of the Group."]
STORIES = [
    "The council voted on Monday to close the old library, ending a campaign by residents who had fought for it.",
    "Firefighters spent the night fighting a blaze at a timber yard on the edge of town, the fire service said.",
    "The town's football club has appointed a new manager after a run of seven defeats left it bottom of the league.",
]


def test_a_block_on_many_pages_beside_different_stories_is_furniture() -> None:
    pages = [
        split_blocks("\n".join(["Home", "Local", "Sports", "Weather", "Jobs", story, *SITE_FOOTER]))
        for story in STORIES
    ]
    repeated = repeated_blocks(pages)
    for page in pages:
        labels = {b.text: b.label for b in label_page(page, CONFIG, repeated)}
        assert all(labels[line] == "furniture" for line in SITE_FOOTER)
        assert sum(1 for label in labels.values() if label == "story") == 1


def test_a_site_control_between_a_clean_story_s_paragraphs_on_many_pages_is_furniture() -> None:
    advert = "Advertisement Continue reading the main story"
    template = "Terms of the deal were not disclosed."
    pages = [
        split_blocks(f"{story}\n{advert}\n{template}\nOfficials said details of report {n} would follow on Tuesday.")
        for n, story in enumerate(STORIES)
    ]
    repeated = repeated_blocks(pages)
    for page in pages:
        labels = {b.text: b.label for b in label_page(page, CONFIG, repeated)}
        assert labels[advert] == "furniture"
        # A sentence the wire repeats on every page is still the story's.
        assert labels[template] == "story"
        assert sum(1 for label in labels.values() if label == "story") == 3


def test_a_wire_story_reprinted_on_many_pages_stays_story() -> None:
    # Three outlets' versions of one wire story: its paragraphs stand on every page, with edits.
    fixtures = sorted((ROOT / "tests" / "fixtures" / "syndication").glob("*_flood.txt"))
    sources = [Source(id=p.stem, path=p.name, text=p.read_text(encoding="utf-8")) for p in fixtures]
    pages = segment_pages(sources, CONFIG)
    for source in sources:
        story = [b for b in pages[source.id] if b.label == "story"]
        assert any("Costesti" in b.text or "Costeşti" in b.text for b in story), source.id


def test_a_re_sent_page_is_no_page_of_furniture() -> None:
    # The same brief sent three times: every block repeated, and still the story.
    brief = "ACME Corp said it had named Jane Roe its chief executive, effective immediately.\n\nReuter\n"
    sources = [Source(id=f"r{n}", path=f"r{n}.txt", text=brief) for n in range(3)]
    pages = segment_pages(sources, CONFIG)
    assert all(pages[s.id][0].label == "story" for s in sources)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=30))
def test_labelling_never_crashes_and_keeps_every_block(lines: list[str]) -> None:
    blocks = split_blocks("\n".join(lines))
    labelled_blocks = label_page(blocks, CONFIG)
    assert [b.text for b in labelled_blocks] == list(blocks)
    assert all(isinstance(b, PageBlock) for b in labelled_blocks)


# --- datelines, bylines, stamps -----------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "place", "credit", "rest"),
    [
        # A dateline alone in its block, over the first paragraph.
        (
            ["NOUAKCHOTT, Mauritania --", "Police detained nine men."],
            "NOUAKCHOTT, Mauritania",
            None,
            "Police detained nine men.",
        ),
        # Date and credit in blocks of their own; the paragraph repeats the credit.
        (
            ["BEVERLY HILLS, Calif., Jan. 8, 2008", "(AP)", "(AP) The film led the nominations."],
            "BEVERLY HILLS, Calif.",
            "AP",
            "The film led the nominations.",
        ),
        # A credit with no dash after it.
        (
            ["WASHINGTON (AP) Congress is asking for an inquiry."],
            "WASHINGTON",
            "AP",
            "Congress is asking for an inquiry.",
        ),
        # A dash lost to a wrong encoding, written "?".
        (["DENVER (AP) ? Police said on Monday."], "DENVER", "AP", "Police said on Monday."),
        # A comma before the credit.
        (["GAZA CITY, Gaza Strip, (AP) - Tanks moved in."], "GAZA CITY, Gaza Strip", "AP", "Tanks moved in."),
        # A press release: dashes closed up round the wire, in a block of its own or not.
        (
            ["LAS VEGAS--(BUSINESS WIRE)--", "Magellan showed nine units."],
            "LAS VEGAS",
            "BUSINESS WIRE",
            "Magellan showed nine units.",
        ),
        (
            ["SAN JOSE, Calif.--(BUSINESS WIRE)--Acme said today."],
            "SAN JOSE, Calif.",
            "BUSINESS WIRE",
            "Acme said today.",
        ),
        # A press release's wire between slashes, after the date.
        (["OTTAWA, Feb. 3 /PRNewswire/ -- Acme said today."], "OTTAWA", "PRNewswire", "Acme said today."),
        (["HALIFAX, March 9 /CNW/ - Acme said today."], "HALIFAX", "CNW", "Acme said today."),
        # A wire's dash dropped by the host, the lede run on after the date: the region and date say where.
        (
            ["HARWICH, Mass., Jan. 11 Jan Roe led with 13 points."],
            "HARWICH, Mass.",
            None,
            "Jan Roe led with 13 points.",
        ),
    ],
)
def test_datelines_where_pages_set_them(blocks: list[str], place: str, credit: str | None, rest: str) -> None:
    match, after = split_dateline(join_dateline_block(blocks))
    assert match is not None
    assert (match.group("place"), match.group("credit"), after[0]) == (place, credit, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Without a region, or with initials in capitals after the comma, capitals and a date run on
        # into a sentence are no dateline: "ESA" may be a second agency's name.
        "HARWICH, Jan. 11 Jan Roe led with 13 points.",
        "NASA, ESA, Jan. 11 Launch teams met.",
    ],
)
def test_a_dateline_without_its_dash_needs_its_region_and_date(paragraph: str) -> None:
    assert split_dateline([paragraph])[0] is None


PLACES = load_gazetteer(CONFIG.min_place_population).places


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # Title case with no date: a known city, or a place with a state's abbreviation after it.
        ("Indianapolis – Several thousand teachers rallied on Tuesday.", "Indianapolis"),
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns.", "Dekalb, Ill."),
        # A colon after a known place, as some outlets write the dateline.
        ("Kolkata: The state's chief minister spoke on Tuesday.", "Kolkata"),
        # The outlet's own credit in brackets for the dash, the lede run on after it.
        ("Hong Kong (CNN Business)A muddled view of the trade talks weighed on stocks.", "Hong Kong"),
        (
            "West Palm Beach, Florida (CNN) The governor said on Thursday that the roads were shut.",
            "West Palm Beach, Florida",
        ),
        # A hyphen set off by spaces right after a known place, as some hosts key the dash.
        ("Durban - Several thousand teachers rallied on Tuesday.", "Durban"),
        ("Dekalb, Ill. - Mike Glass threw for three touchdowns.", "Dekalb, Ill."),
        # A name that is no place, a hyphen not set off by spaces, a lower-case word after the dash: no dateline.
        ("Meanwhile — the talks went on.", None),
        ("Update: The talks went on.", None),
        ("Johnson: The talks went on.", None),
        ("Johnson – Several thousand teachers rallied on Tuesday.", None),
        ("Johnson - Several thousand teachers rallied on Tuesday.", None),
        ("Johnson (Sports Network) - The talks went on.", None),
        ("Indianapolis -Several thousand teachers rallied on Tuesday.", None),
        ("Indianapolis - the city said on Tuesday.", None),
        ("Indianapolis — the city said on Tuesday.", None),
        ("Johnson (CNN) The talks went on.", None),
        ("Indianapolis (the state capital) is where teachers rallied.", None),
    ],
)
def test_title_case_datelines_without_a_date(paragraph: str, place: str | None) -> None:
    match, _ = split_dateline([paragraph], PLACES)
    assert (match.group("place") if match else None) == place
    # Without the gazetteer only capitals or a date make a dateline.
    assert split_dateline([paragraph])[0] is None


def test_a_dateline_under_the_story_s_highlights() -> None:
    highlights = ["Story highlights The port reopened on Monday", "The union accepted a new wage deal"]
    lede = "ROTTERDAM (CNN) The harbour strike ended on Monday after dock workers accepted a new wage deal."
    match, rest = split_dateline([*highlights, lede, "More lines."], PLACES)
    assert match is not None and match.group("place") == "ROTTERDAM"
    assert rest == [*highlights, lede.split(") ", 1)[1], "More lines."]
    # Highlights with no dateline under them, or far above it, give none.
    assert split_dateline([*highlights, "The port reopened.", "More lines."], PLACES)[0] is None
    assert split_dateline([highlights[0], *[highlights[1]] * 5, lede], PLACES)[0] is None


def test_captions_over_a_clean_page_dateline_are_captions() -> None:
    text = "Coach Bruce Arians is hugged by his quarterback after the game.\nTEMPE, Ariz. — " + STORY
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.dateline == "TEMPE, Ariz."
    assert article.captions == ("Coach Bruce Arians is hugged by his quarterback after the game.",)
    # A first paragraph that is long is the story's own, dateline or not.
    long_first = " ".join(["The strike went on for a long time and nobody knew when it would end."] * 6)
    article = extract_article(Source(id="p", path="p.txt", text=f"{long_first}\nTEMPE, Ariz. — {STORY}"), CONFIG)
    assert article is not None and article.dateline is None and not article.captions


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        # The wire's name and a stamp over the story.
        (["Associated Press November 19, 2019, 9:02 AM", STORY], "AP"),
        # A copyright line between the story and a note the site adds under it.
        (
            [STORY, "© 2008 AFP", "This story is sourced direct from an overseas news agency as a service to readers."],
            "AFP",
        ),
        # A wire's desk in the copyright line under the story: PA Sport is PA's.
        ([STORY, "Copyright PA Sport 2008, All Rights Reserved"], "PA"),
        # A sentence naming the wire, with a date, is no credit line.
        (["Associated Press reporters said on November 19, 2019 that the strike was over.", STORY], None),
    ],
)
def test_credit_lines_where_hosted_pages_set_them(lines: list[str], agency: str | None) -> None:
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", *lines, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    lines_credit = [c.name for c in article.agencies if c.how in ("byline", "signoff")]
    assert lines_credit == ([agency] if agency else [])


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Reuters - Ap - Afp", ["Reuters", "AP", "AFP"]),  # every wire of a list, however the page cased them
        ("AFP/REUTERS", ["AFP", "Reuters"]),
        ("© 2008 The Associated Press. All rights reserved.", ["AP"]),
    ],
)
def test_a_credit_line_credits_every_wire_it_names(line: str, agencies: list[str]) -> None:
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", STORY, line, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert [c.name for c in article.agencies if c.how == "signoff"] == agencies


def test_a_photo_between_stamp_and_story_is_no_headline() -> None:
    header = [
        "Welcome to our site",
        "Learn More",
        "Harbour strike ends as dock workers accept new wage deal",
        "Published 11:11 PM EST Mar 3, 2008",
        "Dock workers leave the harbour",
        "Al Goldis, Associated Press",
    ]
    article = extract_article(Source(id="p", path="p.txt", text="\n".join([*header, STORY])), CONFIG)
    assert article is not None
    assert article.title == "Harbour strike ends as dock workers accept new wage deal"
    assert article.captions == ("Dock workers leave the harbour", "Al Goldis, Associated Press")
    assert article.authors == () and article.agency is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE ROE, Associated Press Writer", ["JANE ROE"]),  # role after a comma
        ("By AHMED MOHAMED - Associated Press Writer --", ["AHMED MOHAMED"]),  # role after a dash
        ("By JOHN PYE ? 1 day ago", ["JOHN PYE"]),  # a relative stamp after a lost dash
        ("Justine Coleman - 11/18/19 11:04 PM EST", ["Justine Coleman"]),  # a stamp, no "By"
        ("by Madeline Fry", ["Madeline Fry"]),  # "by" in lower case
        ("Andy Sahadeo | Fox News", ["Andy Sahadeo"]),  # the outlet after a bar
        ("Erin Hitchcock, Burnaby Now", ["Erin Hitchcock"]),  # the outlet after a comma
        ("Kate Connolly in Berlin", ["Kate Connolly"]),  # the place
        ("michelle shephard national security reporter", ["michelle shephard"]),  # lower case, role after
        (
            "By Greg Roumeliotis, Joshua Franklin and Koh Gui Qing",
            ["Greg Roumeliotis", "Joshua Franklin", "Koh Gui Qing"],
        ),
        ("By Subhash K. Jha, January 16, 2008 - 10:55 IST", ["Subhash K. Jha"]),  # initials, then the stamp
        ("Tom Davies Associated Press", ["Tom Davies"]),  # the agency after the name, no comma
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"]),  # the writer's handle and an age
        ("Natasha Turak@NatashaTurak", ["Natasha Turak"]),  # the handle run on
        ("By Maria Lopez marial@harbourgazette.com(555) 123-4567", ["Maria Lopez"]),  # address and telephone
        ("5:45 AM PST 11/19/2019 by Patrick Shanley", ["Patrick Shanley"]),  # the stamp first
        ("March 3, 2020 | by Dana Whitfield", ["Dana Whitfield"]),  # the stamp first, then a bar
        ("12 comments | by Dana Whitfield", []),  # no stamp: not a stamp and a byline
        ("By Kashmira Gander On 11/20/19 at 5:46 AM EST", ["Kashmira Gander"]),  # the stamp's "On" left out
        ("By Sean Martin Sean Martin", ["Sean Martin"]),  # the name as a link and as text
        ("By Jonathan GarberFOXBusiness", ["Jonathan Garber"]),  # the outlet run on to the name
        ("By Ronald McDonald and Jane MacARTHUR", ["Ronald McDonald", "Jane MacARTHUR"]),  # capitals of a name
        ("Special to The Globe and Mail", []),  # a desk, no name
        # Several writers in capitals, each with a place: every name, no place.
        (
            "BY MARY ROE in Denver and PETER ALDEN, LARRY McKAY and JOAN PIKE in Boston",
            ["MARY ROE", "PETER ALDEN", "LARRY McKAY", "JOAN PIKE"],
        ),
        ("Ann Vale, PA Sport", ["Ann Vale"]),  # a desk after the comma, though "Pa" is a given name
        ("The Associated Press", []),  # an agency, no name
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    assert byline_names(line, load_gazetteer(CONFIG.min_place_population).given_names) == names


@pytest.mark.parametrize(
    ("stamp", "year", "expected"),
    [
        ("Updated: March 3 @ 6:52 am", 2008, "2008-03-03T06:52"),  # no year: the page's
        ("Updated: March 3 @ 6:52 am", None, None),  # no year anywhere: no date
        ("Posted 03/03/08, 06:45am", None, "2008-03-03T06:45"),
        ("Published: Friday, January 11, 2008", None, "2008-01-11"),
        ("Xinhua | Updated: 2017-09-15 17:52", None, "2017-09-15T17:52"),
        ("By Ann Lee, Bo Chen 2019-11-18T22:05:36Z Science", None, "2019-11-18T22:05"),  # ISO 8601 date and time
        ("09 January 2008 - 11:14AM", None, "2008-01-09T11:14"),
        ("Created: 1/10/2008 4:09:14 PM", None, "2008-01-10T16:09"),
        ("17/1/2008", None, "2008-01-17"),  # day first when the first number cannot be a month
        ("Last updated at 11:25am on 07.01.08", None, "2008-01-07T11:25"),  # dotted: day first
        ("By David Richards | Monday | 07/01/2008", None, "2008-01-07"),  # the weekday says which
        ("Eurosport - Sat, 29 Dec 15:58:00 2007", 2008, "2007-12-29T15:58"),  # the year later in the stamp
        ("Published 4 hrs ago", 2008, None),  # relative: never turned into a guess
        # A scraper ran the year into the time and the zone into the update; the update is relative.
        ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", None, "2019-11-20T04:29"),
        ("Yesterday, 10:30", 2008, None),
        # The hour in four figures before its time zone; four figures without one are no time.
        ("Updated 0339 GMT (1139 HKT) November 19, 2019", None, "2019-11-19T03:39"),
        ("Route 2019 closed, November 19, 2019", None, "2019-11-19"),
    ],
)
def test_parse_stamp(stamp: str, year: int | None, expected: str | None) -> None:
    assert parse_stamp(stamp, year) == expected


def test_a_page_that_writes_the_day_first_is_read_so() -> None:
    # "17/01/2008" elsewhere on the page says "10/01/2008" is the 10th of January.
    page = (
        PageBlock("headline", "Clarke misfires in Joburg"),
        PageBlock("furniture", "10/01/2008 12:30"),
        PageBlock("story", "The bowler struggled on Thursday."),
        PageBlock("related", "17/01/2008: Team named for the final Test"),
    )
    published = find_published(None, page, None, None)
    assert published is not None and published.date == "2008-01-10T12:30"


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # A name over the writer's role and the stamp.
        (["Tom Gillespie", "News reporter @tomgillespie", "Wednesday 20 November 2019 11:42, UK"], "Tom Gillespie"),
        # A stamp then "by" and the name.
        (
            ["5:45 AM PST 11/19/2019 by Patrick Shanley", "Facebook", "Twitter"],
            "5:45 AM PST 11/19/2019 by Patrick Shanley",
        ),
        # A stamp, a bar, then "by" and the name, under the blog's links to the posts beside it.
        (["Previous Post", "Next Post", "March 3, 2020 | by Dana Whitfield"], "March 3, 2020 | by Dana Whitfield"),
        # A name and the wire, no comma, under the headline.
        (["Tom Gillespie Associated Press", "Published 11:34 PM EST Nov 19, 2019"], "Tom Gillespie Associated Press"),
        # A name and handle under the stamp.
        (
            ["Published Wed, Nov 20 2019 4:29 AM EST", "Natasha Turak@NatashaTurak", "Share this"],
            "Natasha Turak@NatashaTurak",
        ),
    ],
)
def test_bylines_without_by(header: list[str], byline: str) -> None:
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", *header, STORY, MENU])
    given = load_gazetteer(CONFIG.min_place_population).given_names
    blocks = [(b.label, b.text) for b in label_page(split_blocks(text), CONFIG, given_names=given)]
    assert [t for label, t in blocks if label == "byline"] == [byline]
    # The same name in a menu, far from any headline, is no byline.
    menu = "\n".join([*MENU.split("\n"), "Tom Gillespie", "Contact", STORY])
    assert "byline" not in {b.label for b in label_page(split_blocks(menu), CONFIG, given_names=given)}


@pytest.mark.parametrize(
    "header",
    [
        # The byline run on to a bar of the page's controls.
        ["Email | Print | Text size ? + By Maria Lopez"],
        ["Share | Comment | By Maria Lopez"],
        # "By" alone, the name in the next block.
        ["By", "Maria Lopez"],
    ],
)
def test_a_byline_cut_from_its_bar_or_joined_to_its_by(header: list[str]) -> None:
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", *header, STORY, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.authors == ("Maria Lopez",)
    assert article.title == "Harbour strike ends as dock workers accept new wage deal"


def test_split_blocks_leaves_a_sentence_with_by_and_a_bar_and_a_lone_by_over_a_non_name() -> None:
    text = "The storm hit. By the way | it was bad\nBy\nTMCnet"
    assert split_blocks(text) == ("The storm hit. By the way | it was bad", "By", "TMCnet")


@pytest.mark.parametrize(
    ("under", "byline"),
    [
        # Given names no list holds, over the writer's role, a wire or a stamp.
        (["TAVITA OKONKWO", "Special to The Harbour Gazette", "March 3, 2008 at 11:29 AM EST"], "TAVITA OKONKWO"),
        (["Harbour workers back at the cranes after three days", "Ifeoluwa Adebayo-Kiri", "Staff Writer"], None),
        (["Xiaoling Tran", "ASSOCIATED PRESS"], "Xiaoling Tran"),
        (["Deck of the story runs here as a longer line of words", "Quaid Z. Haroon", "Mar 3, 2008 6:52 am"], None),
    ],
)
def test_a_writer_whose_given_name_no_list_holds_is_told_by_where_the_name_stands(
    under: list[str], byline: str | None
) -> None:
    byline = byline or under[1]
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", *under, STORY, MENU])
    given = load_gazetteer(CONFIG.min_place_population).given_names
    blocks = [(b.label, b.text) for b in label_page(split_blocks(text), CONFIG, given_names=given)]
    assert byline in [t for label, t in blocks if label == "byline"]
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    # The block as printed; the author as a name is written ("TAVITA OKONKWO" is Tavita Okonkwo).
    assert article is not None and [a.casefold() for a in article.authors] == [byline.casefold()]


@pytest.mark.parametrize(
    "under",
    [
        # A name-shaped line over nothing a byline stands over: a section's label, a photo's subject.
        ["Middle East", STORY.split("\n", maxsplit=1)[0]],
        # Further down than a byline stands.
        ["A deck under the headline", "Another deck line under it", "Ifeoluwa Adebayo", "Staff Writer"],
        # Words no name is written with.
        ["Latest News", "March 3, 2008"],
        ["Staff Reports", "March 3, 2008"],
        # An outlet named for its place, over the stamp.
        ["Norway Sun", "March 3, 2008"],
    ],
)
def test_a_name_shaped_line_elsewhere_is_no_byline(under: list[str]) -> None:
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", *under, STORY, MENU])
    given = load_gazetteer(CONFIG.min_place_population).given_names
    blocks = label_page(split_blocks(text), CONFIG, given_names=given)
    assert under[-2 if len(under) > 2 else 0] not in [b.text for b in blocks if b.label == "byline"]


def test_a_long_byline_of_names_is_a_byline_and_a_long_by_sentence_is_not() -> None:
    given = load_gazetteer(CONFIG.min_place_population).given_names
    byline = "BY MARY ROE in Denver and PETER ALDEN, LARRY McKAY and JOAN PIKE in Boston"
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", byline, STORY, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.authors == ("Mary Roe", "Peter Alden", "Larry McKay", "Joan Pike")
    sentence = "By the time the last ship left the harbour on Monday evening the dock workers had voted to go home"
    assert not block_features(sentence, None, frozenset(), given).byline


def test_a_post_signed_at_its_foot_names_its_writer_when_nothing_above_does() -> None:
    footer = "By Carla Weston in News | Link | Comments (3) | Recommend this! ( 2 ) |"
    text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", STORY, footer, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.authors == ("Carla Weston",)
    # A writer named above the story is its byline; a "By" line under it is someone else's.
    text = "\n".join([MENU, "Harbour strike ends", "By Tom Pike", STORY, footer, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.authors == ("Tom Pike",)


def test_a_clean_page_headed_by_its_headline_and_stamp() -> None:
    text = "Harbour strike ends as dock workers accept new wage deal Updated: 2008-03-03 13:14 By Agencies\n" + STORY
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert article.title == "Harbour strike ends as dock workers accept new wage deal"
    assert [b.label for b in article.page] == ["headline", "furniture", "story", "story", "story"]
    assert (article.published, article.published_from) == ("2008-03-03T13:14", "page")


def test_a_clean_page_opening_on_its_stamp() -> None:
    # The stamp is no headline, nor the story's: it dates the story.
    text = "12 Published By - Harbour News - Business - 2008.03.03. 13:14\n" + STORY
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert article.title_derived
    assert [b.label for b in article.page][:2] == ["furniture", "story"]
    assert (article.published, article.published_from) == ("2008-03-03T13:14", "page")


def test_a_writer_named_under_the_headline_of_a_clean_page() -> None:
    text = "Harbour strike ends as dock workers accept new wage deal\nCatherine Shu @catherineshu / 2 days\n" + STORY
    given = load_gazetteer(CONFIG.min_place_population).given_names
    labels = [b.label for b in label_page(split_blocks(text), CONFIG, given_names=given)]
    assert labels == ["headline", "byline", "story", "story", "story"]


def test_the_story_stamp_not_the_masthead_date() -> None:
    page = (
        PageBlock("furniture", "Wednesday, January 16, 2008"),  # today's date in the masthead
        *(PageBlock("furniture", f"Menu {n}") for n in range(8)),
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("furniture", "Posted: Jan 15, 2008 at 9:10 pm"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
        PageBlock("related", "Jan 14, 2008: Strike begins"),
    )
    published = find_published(None, page, None, None)
    assert published is not None
    assert (published.date, published.source) == ("2008-01-15T21:10", "page")
    # Metadata wins over the page.
    assert find_published("2008-01-14", page, None, None).source == "metadata"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("clock", "date"),
    [
        # A server's clock over the headline dates no story: the page prints no date for it.
        ("Tue, 15 Jan 2008 14:50:06 GMT", None),
        # The same format under a label saying what it is, is the story's stamp.
        ("Posted : Tue, 15 Jan 2008 14:50:06 GMT", "2008-01-15T14:50"),
    ],
)
def test_a_server_s_clock_is_no_story_stamp(clock: str, date: str | None) -> None:
    page = (
        PageBlock("furniture", "Sports Wire"),
        PageBlock("furniture", clock),
        PageBlock("headline", "Harbour strike ends"),
        PageBlock("story", "Dock workers returned to work on Tuesday."),
    )
    published = find_published(None, page, None, None)
    assert (published.date if published else None) == date


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The defence ministry said troops had killed at least 33 separatists [EPA]", "caption"),  # agency in brackets
        ("The talks went on [in private] for three days", None),  # brackets in a sentence
        # A caption closing on its photographer or source and the agency after a slash.
        ("Dock workers leave the harbour in Hull on Tuesday. (Jane Roe/AP)", "caption"),
        ("The wreck could be seen from the shore (Harbour Police Department/PA)", "caption"),
        ("Port chief Ann Lee speaks to the press ©Sam Poe (Pool/AFP)", "caption"),
        ("The vote passed 52/48 (Harbour Council)", None),  # a slash and a bracket in a sentence
        ("Shares rose after the report (via AP)", None),  # no slash before the agency
        ("News > Choosing a President", "not headline"),  # a breadcrumb of two steps
        ("Stocks rally as the index climbs > 5 percent", None),  # ">" further into a headline
        ("Submit a story", "prompt"),
        ("We pay for your stories! Do you have a story for our news team? Email the news desk", "prompt"),
        ("Got a tip?", "prompt"),
        ("Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.", "prompt"),
        ("Chat with us about the harbour strike tonight", None),
        ("Something went wrong with the connection!", "prompt"),  # a widget's error message
        ("Oops! An error occurred. Please try again later.", "prompt"),
        ("Something went wrong at the harbour on Monday, the union said.", None),
        ("Got a tip from a friend, she drove to the harbour", None),  # a sentence, not a call for tips
        ("Print Email To Editor Post Comments", "controls"),  # a share bar
        ("Letters to the editor shape the debate", None),
        ("Amr Nabil/Associated Press", "caption"),  # a photographer and the agency
        ("Emergency Services/Armed Forces", None),  # a menu's entry, no photographer's name or credit
        ("International News/Analysis", None),
        ("US professor Kevin King (left) and his colleague Timothy Weeks AP", "caption"),  # who stands where
        ("Magellan(R) Comes Out in Force at CES", None),  # a registered mark is no place in a photo
        ("Lord Condon (Pic:PA)", "caption"),
        ("Clinton/Obama ticket gains ground", None),  # a slash in a headline
        ("About The Author", "not headline"),
        ("BC-ME-GEN--Iraq, 8th Ld-Writethru,1264", "not headline"),  # a wire's slug line
        ("News", "not headline"),
        ("Go to Google News", "not headline"),  # a link to the site hosting the story
        ("Back to top", "not headline"),
        ("Back to School Sales Lift Retailers", None),
        ("News Corp buys Dow Jones", None),
        # A site's slogan under its name; headlines on commentary or a guide are no slogans.
        ("Sharp Commentary on Current Events in the Port City", "not headline"),
        ("News and views from the harbour", "not headline"),
        ("Your source for harbour news", "not headline"),
        ("Commentary on the harbour budget vote", None),
        ("Your guide to the harbour strike", None),
        # A post's reading time; a headline about reading or minutes is none.
        ("Reading time: 2 minutes", "not headline"),
        ("Tempo de leitura: 2 minutos", "not headline"),
        ("4 min read", "not headline"),
        ("Reading time for pupils doubles in a year", None),
        ("4 minutes that changed the harbour", None),
        # A call to follow the site or a writer; a headline opening with "Follow" is none.
        ("Follow Harbour Gazette", "not headline"),
        ("Follow the money", None),
        # A page's stamp with its clock time; a label over a story's points run into the first.
        ("12 Published By - Harbour News - Business - 2019.04.02. 18:26", "not headline"),
        ("Updated Tuesday at 6:52 am", "not headline"),
        ("Story highlights Ferry crews vote to end the strike", "not headline"),
        ("Harbour ferries return to the timetable of 2019", None),
        ("Published letters split the harbour board", None),
    ],
)
def test_page_cues(line: str, kind: str | None) -> None:
    found = {
        "caption": page_captions.is_caption(line),
        "not headline": bool(page_cues.NOT_HEADLINE.search(line)),
        "prompt": bool(page_cues.PROMPT.match(line)),
        "controls": control_bar(page_cues.WORD.findall(line)),
    }
    assert {k for k, v in found.items() if v} == ({kind} if kind else set())


@pytest.mark.parametrize(
    ("credit", "caption"),
    [
        ("Jamal Saidi/Reuters", True),  # a given name opens a photographer's name
        ("Rosa Klein/Harbour Gazette", True),
        ("Vjeran Pavic/Getty Images", True),  # a photo agency's credit, whatever the name
        ("Drivers Trades/Construction", False),  # a job board's menu
        ("Latin America/Caribbean", False),
    ],
)
def test_a_photographer_s_credit_is_told_from_a_menu_entry(credit: str, caption: bool) -> None:
    given = load_gazetteer(CONFIG.min_place_population).given_names
    assert page_captions.is_caption(credit, given) is caption


def test_a_caption_far_from_the_story_is_a_sidebar_s() -> None:
    # The video teasers and the credit line in the sidebar under the links read as captions, but stand away from
    # the story: the article's captions are the photo's, over the story.
    sidebar = ["Most read", "Ferry crews vote on a walkout", "Port pilots settle their pay claim early"]
    sidebar += ["Video: Cranes return to work at the harbour", "Source: Harbour Gazette", "Contact us", "Jobs"]
    header = ["Harbour strike ends as dock workers accept new wage deal", "Cranes at the harbour. Getty Images"]
    text = "\n".join([MENU, *header, STORY, *sidebar])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert article.captions == ("Cranes at the harbour. Getty Images",)
    labels = {b.text: b.label for b in article.page}
    assert labels["Video: Cranes return to work at the harbour"] != "supplemental"
    assert labels["Source: Harbour Gazette"] != "supplemental"


def test_controls_and_a_photo_credit_over_a_clean_story_are_left_out() -> None:
    # Too few to call the page furnished, but neither is the story's headline or first paragraph.
    text = "next\n\nprev\n\nImage copyright Getty Images\n\n" + STORY.replace("\n", "\n\n")
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert [b.label for b in article.page] == ["furniture", "furniture", "supplemental", "story", "story", "story"]
    assert article.title_derived and article.title.startswith("The harbour strike ended")
    assert article.captions == ("Image copyright Getty Images",)


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        # Two words over the stamp and byline: an interview's subject is its headline.
        (["Entertainment", "Dave Berry", "Thursday, December 27 2007, 07:00 GMT", "By Nick Levine"], "Dave Berry"),
        # The headline over its stamp, then links to other stories nearer the story.
        (
            [
                "Harbour strike ends as dock workers accept new wage deal",
                "28/12/2007 11:27",
                "Ferry crews vote on a walkout next week",
                "Port pilots settle their pay claim early",
            ],
            "Harbour strike ends as dock workers accept new wage deal",
        ),
        # A headline opening with its topic and a colon, over its stamp: no dateline ("KOLLAM: RSP …").
        (
            ["CES: Harbour cranes go electric at last", "Monday 14 Jan 2008 - 09:24"],
            "CES: Harbour cranes go electric at last",
        ),
        # A topic in capitals and a dash, over the byline: a headline, though it opens like a dateline.
        (
            ["HARBOUR REPORT - Dock workers accept new wage deal", "By JANE ROE"],
            "HARBOUR REPORT - Dock workers accept new wage deal",
        ),
        # A topic and a dash, then a question, a photo's caption between it and the byline.
        (
            [
                "HARBOUR REPORT - Will the dock workers take the deal?",
                "Cranes stand idle at the container terminal on Monday, waiting for the strike to end. (Photo/Jan Doe)",
                "By JANE ROE",
            ],
            "HARBOUR REPORT - Will the dock workers take the deal?",
        ),
        # Its opening quotation mark lost to the encoding.
        (["?Strike ends? as dock workers accept deal", "By Jane Roe"], "?Strike ends? as dock workers accept deal"),
        # A section's label over a stamp is no headline; the headline over the byline is.
        (
            [
                "Premier League",
                "Friday, Jan 11, 2008",
                "Harbour strike ends as dock workers accept deal",
                "By Jane Roe",
            ],
            "Harbour strike ends as dock workers accept deal",
        ),
        # Under the headline's byline and stamp: comment links and a score line in more of the lede's
        # words, nearer the story.
        (
            [
                "Cranes move again as the walkout ends",
                "By Jane Roe",
                "Last Updated: 1:19am GMT 14/01/2008",
                "Have your say",
                "Harbour Strike Dock Workers (0) 0 Union (0) 1",
            ],
            "Cranes move again as the walkout ends",
        ),
        # A section's name under the breadcrumb ending in it, over the page's stamp; then the
        # headline over its byline, nearer the story.
        (
            [
                "News > Harbour Strike",
                "Harbour Strike",
                "Posted on Mon, Jan. 07, 2008",
                "print email",
                "Dock workers end harbour strike over wage deal",
                "By Staff reports - Updates at Harbour.com tonight",
            ],
            "Dock workers end harbour strike over wage deal",
        ),
        # A blog's name and slogan, its bar of posts and the post's date over the post's title.
        (
            [
                "Harbour Watch",
                "Sharp Commentary on Current Events in the Port City",
                "« Ferry fares rise | Main | Pilots vote »",
                "December 29, 2007",
                "Strike! Strike! Strike!",
            ],
            "Strike! Strike! Strike!",
        ),
        # A deck opening with a clause's preposition, over the byline, under its headline.
        (
            [
                "Cranes turn again in Rotterdam",
                "With the strike over, dock workers accepted a new wage deal on Monday",
                "By Jane Roe",
            ],
            "Cranes turn again in Rotterdam",
        ),
        # A short headline over its deck, with no stamp between them, stays the headline.
        (
            [
                "Harbour strike ends",
                "Dock workers end the harbour strike after three days as the union accepts a wage deal",
                "By Jane Roe",
            ],
            "Harbour strike ends",
        ),
        # A kicker in capitals over a headline in title case.
        (
            [
                "GROWING A HARBOUR STRIKE",
                "Dock Workers Focus: Why the Harbour Strike Ended With a Wage Deal",
                "258 Shares",
                "Buffer",
                "Pin",
            ],
            "Dock Workers Focus: Why the Harbour Strike Ended With a Wage Deal",
        ),
    ],
)
def test_headlines_over_their_header_lines(header: list[str], headline: str) -> None:
    text = "\n".join([MENU, *header, STORY, MENU])
    blocks = labelled(text)
    assert [t for label, t in blocks if label == "headline"] == [headline]


def test_a_list_of_dated_links_is_no_header() -> None:
    links = [
        "Harbour strike enters its third day",
        "March 1, 2008",
        "Ferry crews vote on a walkout",
        "March 2, 2008",
        "Port pilots settle their pay claim",
        "March 2, 2008",
    ]
    assert "Harbour strike enters its third day" not in [
        t for label, t in labelled("\n".join([MENU, *links, STORY, MENU])) if label == "headline"
    ]


def test_menus_whose_bullets_were_lost_to_the_encoding_are_furniture() -> None:
    # A page saved in the wrong encoding shows its menus' bullets as question marks.
    menus = ["help | site map", "Premier League ? Championship ? Champions League ? La Liga ? Forum"]
    footer = "Home ? Site Map ? Feedback ? About Us ? Contact Us"
    blocks = labelled("\n".join([*menus, "Harbour strike ends as dock workers accept new wage deal", STORY, footer]))
    assert label_of(blocks, "Premier League ?") == "furniture"
    assert [t for label, t in blocks if label == "headline"] == [
        "Harbour strike ends as dock workers accept new wage deal"
    ]
    # A question mark inside a sentence is no separator.
    assert label_of(labelled(STORY + "\nWho pays? The port? Nobody knows, the union said."), "Who pays") == "story"


@pytest.mark.parametrize(
    ("line", "matches"),
    [
        ("Derrik J. Lang, THE ASSOCIATED PRESS", True),  # a writer and the wire
        ("Al Goldis, Associated Press", True),  # a photographer and the wire
        ("Harbour strike ends, Reuters says", False),
        ("NEW YORK, AP", False),  # a dateline's place is in capitals
    ],
)
def test_a_name_and_a_wire_is_never_a_headline(line: str, matches: bool) -> None:
    assert bool(page_cues.NAME_AND_AGENCY.match(line)) is matches


def test_teasers_whose_headline_ran_into_their_sentence_are_not_the_story() -> None:
    # A scraper dropped the break between each teaser's headline and its sentence.
    teasers = [
        "Your Weather Today In Harbourtown for 11/15You can leave your umbrella at home through Sunday, the forecast says.",
        "Five Best Fish Restaurants Along The QuaysideHoodline crunched the numbers to find the best fish on the quay.",
        "Is Noise In The Port On The Rise?Noise is part of life at the docks but residents say the night shifts crossed a line.",
    ]
    lede = "ROTTERDAM, Netherlands (AP) — Dock workers returned to work on Tuesday after a three-day strike."
    header = ["Harbour strike ends as dock workers accept new wage deal", "March 4, 2008 at 9:45 am"]
    blocks = labelled("\n".join([MENU, *teasers, "Latest Sports", *header, lede, STORY, MENU]))
    for teaser in teasers:
        assert label_of(blocks, teaser[:20]) == "related", teaser
    # The story opens at its dateline, though its terse lede has few function words.
    assert label_of(blocks, "ROTTERDAM") == "story"
    assert [t for label, t in blocks if label == "headline"] == [header[0]]


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Five Best Fish Restaurants Along The QuaysideHoodline crunched the numbers", True),
        ("Is Noise In The Port On The Rise?Noise is part of life at the docks", True),
        ("The company said McDonald will open new stores this year", False),  # a name's own capital
        ("Fans queued all night for the new iPhone in the rain", False),
    ],
)
def test_glued_headlines(line: str, glued: bool) -> None:
    assert bool(page_cues.GLUED_HEADLINE.match(line)) is glued


@pytest.mark.parametrize(
    "paragraph",
    [
        "US-China trade talks resumed on Monday.",  # a hyphen closed up is no dateline's dash
        "NATO-led forces said they had moved in.",
    ],
)
def test_closed_up_hyphens_are_no_datelines(paragraph: str) -> None:
    assert split_dateline([paragraph])[0] is None


def test_links_set_between_a_story_s_paragraphs_leave_it_the_story() -> None:
    # A site sets other stories' headlines between the paragraphs: each link's headline is followed
    # by a paragraph, as a teaser's is, but by more than one paragraph before the next link.
    paragraphs = [
        "Dock workers returned to work on Tuesday after their union accepted a new wage deal.",
        "The agreement gives the 4,000 workers a raise of 4.5 percent this year, the union said.",
        "Employers said the strike had cost the port about 30 million euros a day in lost trade.",
        "The port authority said the first ships began unloading within hours of the deal.",
        "Union leaders said they would meet members again next month to explain the terms.",
        "Ferry services, which had been cut during the strike, resumed on Tuesday evening.",
        "Shipping lines said the backlog of containers would take about a week to clear.",
    ]
    links = ["Man Shot at Harbour Gas Station Dies", "Ferry Crews Plan Vote Next Week", "Pilots Settle Pay Claim"]
    body = [paragraphs[0], links[0], *paragraphs[1:3], links[1], *paragraphs[3:5], links[2], *paragraphs[5:]]
    header = ["Harbour strike ends as dock workers accept new wage deal", "By Jane Roe"]
    blocks = labelled("\n".join([MENU, *header, *body, MENU]))
    for paragraph in paragraphs:
        assert label_of(blocks, paragraph[:20]) == "story", paragraph


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("Send to friend", True),  # a share control
        ("Send this story to a friend", True),
        ("Email to a friend", True),
        ("Send aid to friends abroad", False),  # a headline's words
        ("Refer to a friend", True),
        ("Send to a Friend Font Size: Increase Decrease", True),  # two controls on one line
        ("Refer to a friendly doctor", False),
        ("Article:", True),  # a label over the story's text
        ("Full Story", True),
        ("Article 50 triggered", False),  # a headline's words
        ("Story of a city", False),
    ],
)
def test_share_controls(line: str, control: bool) -> None:
    assert bool(page_cues.CONTROL.match(line)) is control


@pytest.mark.parametrize(
    ("lede", "evidence"),
    [
        ("LAS VEGAS--(BUSINESS WIRE)--Acme showed nine units.", "LAS VEGAS--(BUSINESS WIRE)--"),
        ("OTTAWA, Feb. 3 /PRNewswire/ -- Acme said today.", "OTTAWA, Feb. 3 /PRNewswire/ --"),
        ("WASHINGTON (Reuters) - Acme said today.", "WASHINGTON (Reuters) -"),
    ],
)
def test_a_press_release_dateline_is_shown_as_printed(lede: str, evidence: str) -> None:
    text = f"{lede} It said the units would ship in the spring.\nThe company said more would follow."
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert [c.evidence for c in article.agencies if c.how == "dateline"] == [evidence]


@pytest.mark.parametrize(
    "paragraph",
    [
        "DEAR WORRIED IN OHIO: Your neighbour has no right to park across your drive, so tell him.",
        "DEAR READERS: This column takes a week off and returns on Monday with your letters.",
        "Dear Harriet: My sister never answers my calls, and I am tired of trying.",
    ],
)
def test_a_letters_salutation_is_no_dateline(paragraph: str) -> None:
    assert split_dateline([paragraph])[0] is None
    assert not is_dateline_block(paragraph.split(":", maxsplit=1)[0] + ":")
    # An advice column under its writer's byline: the reply's salutation names no place.
    letter = "DEAR HARRIET: My husband booked himself a seat in business class and me in economy. Is that fair?"
    page = "\n".join([MENU, "Advice: a seat apart", "By Jane Roe", letter, paragraph, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=page), CONFIG)
    assert article is not None and article.dateline is None


@pytest.mark.parametrize(
    ("paragraph", "place", "credit"),
    [
        (
            "New cranes for the harbour in Spring 2008 HALIFAX, March 9 /CNW/ - Acme said today it would ship them.",
            "HALIFAX",
            "CNW",
        ),
        (
            "Acme to open a plant in the north KESTREL BAY, ON, Feb. 3 /PRNewswire/ -- Acme said today it would.",
            "KESTREL BAY, ON",
            "PRNewswire",
        ),
    ],
)
def test_a_release_dateline_after_its_summary_in_one_paragraph(paragraph: str, place: str, credit: str) -> None:
    match, after = split_dateline([paragraph, "Acme makes cranes."])
    assert match is not None and (match.group("place"), match.group("credit")) == (place, credit)
    # The summary is kept as the story's first paragraph, the lede after the dateline the next.
    assert after == [paragraph.split(f" {place}", maxsplit=1)[0], paragraph.split("- ", 1)[1], "Acme makes cranes."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Acme said it would report on HALIFAX, March 9 results, its first in the region.",
        "The wire said HALIFAX, March 9 /CNW/ was its busiest day.",  # no dash after the wire: no dateline
    ],
)
def test_capitals_and_a_date_inside_a_paragraph_are_no_dateline(paragraph: str) -> None:
    assert split_dateline([paragraph])[0] is None


def test_a_link_between_paragraphs_does_not_end_the_story() -> None:
    # "READ MORE: <headline>" set between paragraphs points to one other story; the story goes on
    # after it. A heading over a list of links still ends it.
    story = [
        "Twelve fishermen missing since Sunday were found alive on a small island, the coast guard said on Tuesday.",
        "The men had run aground in a storm and lived on rainwater and crabs for two days, officials said.",
        "Their families had gathered at the harbour each night, and cheered as the rescue boat came in.",
        "The boat's owner said the engine failed as the wind rose, and the radio was lost overboard.",
        "A fishing crew spotted smoke from a fire the men had lit on the beach and called the coast guard.",
        "Two of the men were taken to hospital with cuts, and the others were sent home after a check-up.",
        "The island, a strip of rock and scrub, lies about 30 km from the port and has no fresh water.",
        "Storms of this kind are rare so early in the year, and the weather service had given little warning.",
    ]
    after = [
        "The coast guard said it would review how the search was run, after complaints that it began late.",
    ]
    text = "\n\n".join(
        ["Fishermen found alive", *story, "READ MORE: Storm leaves thousands without power along the coast", *after,
         "Related stories", "Harbour reopens after storm", "Ferry services resume"]
    )  # fmt: skip
    blocks = labelled(text)
    assert label_of(blocks, "READ MORE") == "related"
    assert [label_of(blocks, p[:30]) for p in after] == ["story"]
    assert label_of(blocks, "Related stories") == "related"
    assert label_of(blocks, "Harbour reopens") != "story"


def test_a_photographer_credited_under_the_byline_is_no_writer() -> None:
    header = [
        "Harbour strike ends as dock workers accept new wage deal",
        "By JANE ROE and TOM DOE",
        "Associated Press",
        "Peter Vermeer, ASSOCIATED PRESS",
    ]
    given = load_gazetteer(CONFIG.min_place_population).given_names
    blocks = label_page(split_blocks("\n".join([MENU, *header, STORY, MENU])), CONFIG, given_names=given)
    bylines = [b.text for b in blocks if b.label == "byline"]
    assert bylines == header[1:]
    assert find_authors(SourceMeta(), bylines, [], given) == ("Jane Roe", "Tom Doe")
    # The only byline line, it is the writer's.
    assert find_authors(SourceMeta(), ["Peter Vermeer, ASSOCIATED PRESS"], []) == ("Peter Vermeer",)
    assert find_authors(SourceMeta(), ["By Jane Roe", "Peter Vermeer, AP"], []) == ("Jane Roe", "Peter Vermeer")


def test_an_outlet_signing_its_copy_names_no_writer() -> None:
    for signoff, authors in (("- Harbour Auto News", ()), ("-- Jane Roe", ("Jane Roe",))):
        text = "\n".join([MENU, "Harbour strike ends as dock workers accept new wage deal", STORY, signoff, MENU])
        article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
        assert article is not None and article.authors == authors, signoff


def test_a_headline_over_its_byline_far_above_the_story_is_found() -> None:
    # Headline and byline, then a share bar, the writer's links and a list of the most read stories,
    # then the story under a link of its own.
    share = ["Share this:", "Facebook", "Twitter", "WhatsApp", "Email", "Copy"] * 3
    most_read = [f"Ferry company number {n} names a new chief for its fleet" for n in range(1, 21)]
    header = ["Dock workers accept wage deal as harbour strike ends", "By Jane Roe and Tom Doe"]
    links = ["View author archive", "Get author RSS feed", "Most Popular Today", *most_read, "More On:", "harbour"]
    teaser = "Union leader hails the harbour strike deal for the dock workers"
    text = "\n".join([MENU, *share, *header, *links, teaser, STORY, MENU])
    blocks = labelled(text)
    assert [t for label, t in blocks if label == "headline"] == [header[0]]
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None and article.authors == ("Jane Roe", "Tom Doe")
    # A pair sharing none of the lede's words heads some other story.
    other = ["Ferry company names a new chief for its fleet", "By Jane Roe"]
    blocks = labelled("\n".join([MENU, *share, *other, *links, teaser, STORY, MENU]))
    assert other[0] not in [t for label, t in blocks if label == "headline"]


def test_links_between_the_headline_stamp_and_the_story_are_no_headline() -> None:
    header = ["Harbour, Vos pursue peace", "28/12/2007 11:27 - (NL)"]
    links = [
        "Union leader: Dock workers put out feelers",
        "Dock workers chasing port wage deal on harbour strike",
        "Mayor backs port chief as talks go on",
    ]
    lede = "ROTTERDAM - The dock workers' talks with the port over a wage deal to end the harbour strike went on."
    blocks = labelled("\n".join([MENU, *header, *links, lede, STORY, MENU]))
    assert [t for label, t in blocks if label == "headline"] == [header[0]]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # A series' name, a bar and the title, over the byline.
        ("Harbour Week 2008 | Dock workers accept new wage deal", True),
        # A page's title with its site's name, or a menu, is none.
        ("Dock workers accept new wage deal | Harbour Times", False),
        ("Home | News | Sport | Dock workers accept new wage deal", False),
    ],
)
def test_a_headline_with_a_bar_over_its_byline(line: str, headline: bool) -> None:
    blocks = labelled("\n".join([MENU, line, "By JANE ROE - 2008-03-03", STORY, MENU]))
    assert ([t for label, t in blocks if label == "headline"] == [line]) is headline


def test_a_headline_in_a_script_without_spaces_or_capitals() -> None:
    # Chinese and Japanese run a clause into one token; their letters have no case.
    headline = "港のストライキが終結、労働者が新しい賃金協定を受け入れ"
    features = block_features(headline, None, frozenset())
    assert features.words >= 10
    menu = ["ホーム", "ニュース", "スポーツ", "経済", "天気", "お問い合わせ", "ログイン", "会員登録"]
    story = [
        "港湾労働者は月曜日、新しい賃金協定を受け入れ、三日間続いたストライキが終わったと組合が発表した。",
        "クレーンは正午までに再び動き始め、午後には最初の船の荷降ろしが行われたと港の当局は述べた。",
        "組合は二年間で六パーセントの賃上げを求めていたが、五パーセントで合意したと委員長は語った。",
    ]
    blocks = labelled("\n".join([*menu, headline, "2008年3月3日 06:45", *story, *menu]))
    assert [t for label, t in blocks if label == "headline"] == [headline]
    assert [t for label, t in blocks if label == "story"] == story


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("Because of the allegations, the Associated Press isn't identifying the worker.", "AP"),
        ("The AP does not name people who say they were assaulted.", "AP"),
        ("Reuters could not independently verify the footage of the harbour.", "Reuters"),
        # Named as someone the story could not reach, a wire credits nothing.
        ("The port said Reuters could not be reached for its own comment.", None),
    ],
)
def test_a_wire_speaking_of_its_own_practice_credits_the_story(sentence: str, agency: str | None) -> None:
    article = extract_article(Source(id="p", path="p.txt", text=f"{STORY}\n{sentence}\n"), CONFIG)
    assert article is not None and article.agency == agency


@pytest.mark.parametrize(
    "paragraph",
    [
        "AP: Why did you write the book now, after so many years?",  # the wire asking, in an interview
        "Q: What did the minister say when you met him last week?",
        "A: He said the plan would go ahead whatever the unions decided.",
    ],
)
def test_an_interviews_labels_are_no_datelines(paragraph: str) -> None:
    assert split_dateline([paragraph])[0] is None
    # A place in capitals and a colon still opens a story.
    assert split_dateline(["BEIRUT: Jets struck the coast road on Sunday, officials said."])[0] is not None


def test_a_label_that_opens_other_turns_is_a_speakers() -> None:
    transcript = ["KING: Welcome back to the programme tonight.", "BLITZER: Thank you, Larry.", "KING: Let us begin."]
    assert split_dateline(transcript)[0] is None


def test_a_story_with_an_interview_under_it_opens_at_its_dateline() -> None:
    # The questions' "AP:" is no dateline deeper in the story, so the story keeps its top.
    lede = (
        "NEW YORK (AP) - The writer of a new biography of the actor defended the book on Tuesday against his lawyers."
    )
    top = [
        lede,
        "The book, which came out this week, repeats claims the actor's church has called false and bigoted.",
        "The writer, who has written books about three royals, talked about the book in an interview.",
        "Some highlights:",
    ]
    turns = []
    for n in range(6):
        turns.append(f"AP: What did the people you interviewed for chapter {n} tell you about the actor?")
        turns.append(
            f"Morton: They told me about his years before fame, about chapter {n} and the people around him, "
            "and they asked me to keep their names out of it, which I did for every one of them in the end."
        )
    page = "\n".join([MENU, "Biographer defends book on actor", "By Associated Press", *top, *turns, MENU])
    blocks = labelled(page)
    story = [t for label, t in blocks if label == "story"]
    assert story[0] == lede and story[-1] == turns[-1]
    article = extract_article(Source(id="p", path="p.txt", text=page), CONFIG)
    assert article.dateline == "NEW YORK"


def test_neither_a_masthead_date_nor_the_site_s_copyright_dates_an_undated_dateline() -> None:
    # "December 31 , 2007" in the masthead is today's date and the copyright line is the site's, the same on
    # every story of it: neither says of what year the dateline's "Dec. 30" is, so the story has no date.
    page = (
        PageBlock("furniture", "| Monday , December 31 , 2007 |"),
        *(PageBlock("furniture", entry) for entry in MENU.splitlines()),
        PageBlock("headline", "Express back on track"),
        PageBlock("story", "New Delhi, Dec. 30: The train was back on its tracks on Sunday."),
        PageBlock("furniture", "Copyright © 2008 The Telegraph. All rights reserved."),
    )
    assert find_published(None, page, "New Delhi, Dec. 30:", "Dec. 30") is None


def test_a_score_line_under_a_wire_s_sport_code_heads_its_report() -> None:
    # The host dropped the wire's dash after the dateline's date.
    report = [
        "HARWICH, Mass., Jan. 11 Jan Roe led a balanced attack with 13 points, lifting Harwich to a 66-46 win over Dover.",
        "Dover shot only 30 percent from the field in losing to Harwich for the 16th time in 17 meetings.",
        "Harwich improved to 13-2 for the year and 2-1 in the league, its coach said after the game.",
    ]
    header = ["COL BKB: Harwich 66, Dover 46", "Posted : Fri, 11 Jan 2008 11:01:23 GMT", "Category : US (Sports)"]
    text = "\n".join([MENU, *header, *report, MENU])
    article = extract_article(Source(id="p", path="p.txt", text=text), CONFIG)
    assert article is not None
    assert (article.title, article.dateline) == ("COL BKB: Harwich 66, Dover 46", "HARWICH, Mass.")


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("Advertise with us", True),  # a site's link for advertisers, never a headline
        ("Advertise here", True),
        ("Advertise with care, harbour traders told", False),
    ],
)
def test_a_site_s_link_for_advertisers_is_a_control(line: str, control: bool) -> None:
    assert bool(page_cues.CONTROL.match(line)) == control


def test_the_story_printed_again_in_one_block_under_the_page_is_no_story() -> None:
    # Some pages print their whole text once more for search engines, after the footer: the copy adds no
    # prose of its own and must not pull the story's span over the footer's tags and links to reach it.
    footer = ["Tags: strike, harbour, unions", "https://example.com/logo.png", "500", "250", "Example News"]
    copy = " ".join(STORY.split("\n"))
    blocks = labelled("\n".join([MENU, "Harbour strike ends", "By Jane Roe", STORY, *footer, copy]))
    assert [label for label, text in blocks if text == copy] == ["furniture"]
    assert [text for label, text in blocks if label == "story"] == STORY.split("\n")


def test_a_story_printed_twice_block_by_block_keeps_both_prints() -> None:
    # Each print is as long as the other: neither is a copy in a longer block, and both are the page's text.
    blocks = labelled("\n".join([MENU, "Harbour strike ends", "By Jane Roe", STORY, STORY, MENU]))
    assert [label for label, _ in blocks].count("story") == 6
