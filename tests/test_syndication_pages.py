"""Syndication pages and data: the group page's diff, the article page's edit summary, variants.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from newscorpus.cli import main
from newscorpus.model import ChangeKind, VersionEdits, WordChange
from newscorpus.render.edit_summary import describe_edits

from .conftest import FIXTURES
from .test_match_chains import BODY

PARAS = [
    "Officials in Lakeside County said on Friday that the new bridge over the Morrow river would open in June, "
    "two years late and 40 million dollars over budget.",
    "The contractor blamed shortages of steel and a flood in 2029 that destroyed temporary supports, according "
    "to a report presented to the county board.",
    "Residents have crossed the river by ferry since the old bridge was closed for safety reasons, adding up "
    "to an hour to the daily commute for thousands of workers.",
    "Board chairwoman Alice Grant said the county would seek damages from the contractor once the bridge was "
    "open, and promised an independent review of how the project was managed.",
]


def build(tmp_path: Path, files: dict[str, str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--out", str(tmp_path / "docs"), "-q"]) == 0
    return tmp_path / "docs"


def html_of(markdown: str) -> BeautifulSoup:
    """Return the raw HTML blocks of a generated page, parsed."""
    return BeautifulSoup(markdown, "lxml")


def figures_rows(markdown: str) -> list[Tag]:
    """Return the rows of a story page's figures table (its first table), below its header."""
    table = html_of(markdown).select_one("table")
    assert table is not None
    return [tr for tr in table.select("tr") if tr.select("td")]


def test_group_page_marks_substitutions_moves_and_cuts(tmp_path: Path) -> None:
    version = [PARAS[0].replace("Residents", "Locals"), PARAS[3], PARAS[2].replace("Residents", "Locals")]
    docs = build(
        tmp_path,
        {
            "wire.txt": "LAKESIDE (AP) - " + "\n\n".join(PARAS),
            "outlet.txt": "\n\n".join(version) + "\n\n<script>x</script>",
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    soup = html_of(page.read_text(encoding="utf-8"))
    assert page.name == "story-wire.md"  # the AP-credited wire copy is the reference
    diff = soup.select_one(".nc-diff")
    assert diff is not None
    assert {d.get_text() for d in diff.select("del.nc-removed")} >= {"Residents"}
    assert {i.get_text() for i in diff.select("ins.nc-substituted")} >= {"Locals"}
    # Paragraphs 3 and 4 swapped places: one of them is marked as moved.
    assert [p.get_text() for p in diff.select("p.nc-moved .nc-mark")] in (
        ["moved from paragraph 3"],
        ["moved from paragraph 4"],
    )
    assert diff.select_one("p.nc-cut") is not None
    # Article text never becomes markup, not even in a diff.
    assert soup.select("script") == []
    assert "&lt;script&gt;" in page.read_text(encoding="utf-8")

    article = (docs / "articles" / "outlet.md").read_text(encoding="utf-8")
    assert "### What this version changed" in article
    assert "“Locals” for “Residents”" in article


def test_variants_json_keeps_its_fields_and_gains_the_edits(tmp_path: Path) -> None:
    docs = build(tmp_path, {p.name: p.read_text(encoding="utf-8") for p in (FIXTURES / "syndication").glob("*.txt")})
    variants = json.loads((docs / "data" / "variants.json").read_text(encoding="utf-8"))
    assert len(variants) == 3
    for group in variants:
        assert {"id", "canonical", "url", "members", "reference"} <= group.keys()
        assert group["members"][0]["id"] == group["canonical"] == group["reference"]["id"]
        for member in group["members"]:
            assert {"id", "containment", "coverage", "similarity"} <= member.keys()
        for member in group["members"][1:]:
            assert {"paragraphs", "changes", "quotes", "moved", "headline", "dateline"} <= member.keys()
    flood = next(g for g in variants if g["canonical"] == "wire-flood")
    gazette = next(m for m in flood["members"] if m["id"] == "gazette-flood")
    kinds = {(c["old"], c["new"]): c["kind"] for c in gazette["changes"]}
    assert kinds[("power", "electricity")] == "terminology"
    assert kinds[("reservoir", "dam")] == "terminology"
    assert kinds[("Costesti,", "Costeşti,")] == "spelling"
    # The gazette dropped the last two paragraphs and the copyright-free tail, and swapped two.
    assert gazette["paragraphs"]["cut"] == 2 and gazette["paragraphs"]["moved"] == 1
    assert flood["reference"]["reason"].startswith("Chosen as the reference because it is credited to AFP")


def test_group_page_puts_summaries_first_and_the_reference_in_a_collapsed_block(tmp_path: Path) -> None:
    wire = [*PARAS[:3], PARAS[3] + " <b>Bold</b> claims were denied."]
    version = [p.replace("Residents", "Locals").replace("workers", "commuters") for p in wire]
    docs = build(tmp_path, {"wire.txt": "LAKESIDE (AP) - " + "\n\n".join(wire), "outlet.txt": "\n\n".join(version)})
    (page,) = (docs / "syndication").glob("story-*.md")
    text = page.read_text(encoding="utf-8")
    soup = html_of(text)
    # The reference text is one collapsed block, its words escaped, before the versions' diffs.
    details = soup.select_one("details.nc-reference")
    assert details is not None and details.get("open") is None
    assert details.select("p")[0].get_text() == PARAS[0]
    # Blocks carry the numbers the diffs' "moved from paragraph N" marks use.
    assert [p["data-n"] for p in details.select("p")] == ["1", "2", "3", "4"]
    assert details.select("b") == [] and "&lt;b&gt;Bold&lt;/b&gt;" in text
    assert text.index("nc-reference") < text.index('class="nc-diff"')
    # Each version's changes are summed up by kind, with counts, terminology first.
    (summary,) = [ul for ul in soup.select("ul") if ul.find_parent("figure") is None]
    terminology = summary.select("li")[1].get_text().strip()
    assert terminology == "Terminology (2): “Locals” for “Residents”; “commuters” for “workers”"
    # The figures table has no headline column: it fits the content column.
    header = [th.get_text() for th in soup.select_one("table").select("th")]
    assert header == ["Version", "Words", "In ref.", "Of ref.", "Similar"]


def test_group_page_orders_versions_by_date_and_names_them_by_headline_and_outlet(tmp_path: Path) -> None:
    # Three versions of one wire story: dated out of file order, one outlet named in the metadata,
    # one known only by its address, one by neither.
    body = "\n\n".join(PARAS)
    docs = build(
        tmp_path,
        {
            "a.txt": "Bridge opens late and over budget\n\n" + body,
            "b.txt": "Morrow bridge finally set to open\n\n" + body.replace("Residents", "Locals"),
            "c.txt": "County sets June date for bridge\n\n" + "\n\n".join(PARAS[:3]),
            "metadata.csv": (
                "file,date,outlet,url\n"
                "a.txt,2031-05-03,,\n"
                "b.txt,2031-05-01,The Gazette,\n"
                "c.txt,2031-05-02,,https://www.herald.example/2031/bridge\n"
            ),
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    text = page.read_text(encoding="utf-8")
    rows = [[td.get_text() for td in tr.select("td")] for tr in figures_rows(text)]
    # By date: b (May 1), c (May 2), a (May 3); each named by its headline, never by its file.
    assert [row[0].split(". ", 1)[1].removesuffix(" (reference)") for row in rows] == [
        "Morrow bridge finally set to open",
        "County sets June date for bridge",
        "Bridge opens late and over budget",
    ]
    # The outlet: the metadata's, else the site of the address, else unknown.
    assert [row[1] for row in rows] == ["The Gazette", "herald.example", "unknown"]
    assert "a.txt" not in text and "b.txt" not in text
    # The version sections (numbered, after the version map) follow the same order.
    headings = [line for line in text.splitlines() if line.startswith("## ") and line[3:4].isdigit()]
    assert headings == sorted(headings) and len(headings) == 2


def test_undated_versions_are_ordered_by_how_much_of_the_reference_they_hold(tmp_path: Path) -> None:
    body = "\n\n".join(PARAS)
    docs = build(
        tmp_path,
        {
            "wire.txt": "LAKESIDE (AP) - " + body,
            "short.txt": "\n\n".join(PARAS[:2]),
            "long.txt": "\n\n".join(PARAS[:3]),
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    text = page.read_text(encoding="utf-8")
    rows = [[td.get_text() for td in tr.select("td")] for tr in figures_rows(text)]
    # Of the reference: the reference itself, then three of its four paragraphs, then two.
    assert [row[-2] for row in rows] == ["100%", "74%", "47%"]
    assert rows[0][0].endswith("(reference)")


@pytest.mark.parametrize(
    ("kind", "old", "new", "shown"),
    [
        # Punctuation both sides end with is left out of the summary.
        ("terminology", "rebels,", "militants,", "“militants” for “rebels”"),
        # Punctuation that is the change itself stays.
        ("style", "groups …", "groups...", "“groups...” for “groups …”"),
        # The same substitution twice is shown once with a count.
        ("terminology", "rebels", "militants", "“militants” for “rebels” ×2"),
    ],
)
def test_summary_examples(kind: ChangeKind, old: str, new: str, shown: str) -> None:
    changes = [WordChange(kind, old, new, 0)]
    if shown.endswith("×2"):
        changes.append(WordChange(kind, old + ".", new + ".", 3))
    edits = VersionEdits(paragraphs=(), changes=tuple(changes), quotes=())
    assert describe_edits(edits)[1].endswith(": " + shown)


def test_a_version_sharing_no_words_with_the_reference_is_not_said_to_cut_it(tmp_path: Path) -> None:
    # A scraped page kept the story's headline and lost its text to a video player's notice: it joins
    # the story by its headline, and its summary says so instead of "every paragraph cut".
    headline = "Lakeside bridge to open in June two years late, 40 million dollars over budget"

    def page(body: str, outlet: str) -> str:
        return f"---\ntitle: {headline}\ndate: 2031-06-02\noutlet: {outlet}\n---\n\n{body}\n"

    story = "LAKESIDE (AP) — " + "\n\n".join(PARAS)
    lost = "Video unavailable in your country.\n\nPlay next clip."
    docs = build(
        tmp_path,
        {
            "story.md": page(story, "a.example"),
            "reprint.md": page(story, "b.example"),
            "lost.md": page(lost, "c.example"),
        },
    )
    (group_page,) = (docs / "syndication").glob("story-*.md")
    text = group_page.read_text(encoding="utf-8")
    summaries = [ul.get_text() for ul in html_of(text).select("ul") if ul.find_parent("figure") is None]
    assert any(s.strip().startswith("No words in common with the reference") for s in summaries)
    assert not any("Paragraphs: 5 cut" in s or "Paragraphs: 4 cut" in s for s in summaries)
    lost_page = next((docs / "articles").glob("lost*.md")).read_text(encoding="utf-8")
    assert "No words in common with the reference" in lost_page and "Paragraphs:" not in lost_page


def test_a_version_that_is_a_paywall_s_prompt_is_not_published(tmp_path: Path) -> None:
    # A page that lost its text to a subscription notice holds no story: it is reported, not published as a
    # version of the story it is headed by.
    def page(body: str, outlet: str) -> str:
        return f"---\ntitle: Lakeside bridge to open in June\noutlet: {outlet}\n---\n\n{body}\n"

    story = "LAKESIDE (AP) — " + "\n\n".join(PARAS)
    lost = "Sorry, this zip code is not in our delivery area.\n\nSign up for digital access."
    docs = build(tmp_path, {"story.md": page(story, "a.example"), "lost.md": page(lost, "c.example")})
    assert not list((docs / "articles").glob("lost*.md"))
    assert list((docs / "articles").glob("story*.md"))


def test_the_far_end_of_a_chain_says_which_version_it_joined_through(tmp_path: Path) -> None:
    docs = build(
        tmp_path,
        {
            "first.txt": "MILLBROOK (AP) - " + "\n\n".join(BODY[0:4]),
            "middle.txt": "\n\n".join(BODY[1:6]),
            "last.txt": "\n\n".join(BODY[4:8]),
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    rows = {row.select("a")[0].get("href", "").split("/")[-2]: row for row in figures_rows(page.read_text("utf-8"))}
    through = rows["last"].select("a")[1]
    assert through.get_text() == "2" and through.get("href") == "#nc-v2"  # the middle version, listed second
    assert len(rows["middle"].select("a")) == 1  # found a version of the reference itself
    (story,) = json.loads((docs / "data" / "variants.json").read_text("utf-8"))
    assert {m["id"]: m["via"] for m in story["members"]} == {"first": None, "middle": None, "last": "middle"}
    # The index's lowest similarity is the middle version's with the reference, not the far end's
    # (which shares almost nothing with the wire's first copy: a chain, not a poor copy).
    middle = next(m for m in story["members"] if m["id"] == "middle")
    index = BeautifulSoup((docs / "syndication" / "index.md").read_text("utf-8"), "lxml")
    lowest = index.select("table")[0].select("tr")[1].select("td")[-1].get_text().strip()
    assert lowest == f"{middle['similarity']:.0%}"


def test_story_goes_by_a_given_headline_when_the_reference_has_none(tmp_path: Path) -> None:
    # The wire copy is the reference but was saved without its headline: its title is taken from the
    # lede. The outlet's version gives its headline, and the story goes by that one everywhere.
    docs = build(
        tmp_path,
        {
            "wire.txt": "LAKESIDE (AP) - " + "\n\n".join(PARAS),
            "outlet.md": "---\ntitle: Lakeside bridge to open two years late\noutlet: Lakeside Star\n---\n\n"
            + "\n\n".join(PARAS[:3])
            + "\n",
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    assert page.name == "story-wire.md"
    story = page.read_text(encoding="utf-8")
    assert "# Versions: Lakeside bridge to open two years late" in story
    index = (docs / "syndication" / "index.md").read_text(encoding="utf-8")
    assert ">Lakeside bridge to open two years late</a>" in index
    assert "[Lakeside bridge to open two years late](" in (docs / "index.md").read_text(encoding="utf-8")
    # The reference keeps the title its page has, as the reference text's summary says.
    assert "Reference text: Officials in Lakeside County" in story


def test_story_keeps_its_references_given_headline(tmp_path: Path) -> None:
    docs = build(
        tmp_path,
        {
            "wire.md": "---\ntitle: Bridge opens late\n---\n\nLAKESIDE (AP) - " + "\n\n".join(PARAS) + "\n",
            "outlet.md": "---\ntitle: Lakeside bridge to open two years late\noutlet: Lakeside Star\n---\n\n"
            + "\n\n".join(PARAS[:3])
            + "\n",
        },
    )
    (page,) = (docs / "syndication").glob("story-*.md")
    assert "# Versions: Bridge opens late" in page.read_text(encoding="utf-8")
