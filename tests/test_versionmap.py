"""The version map on story pages, and the syndication page's table of how outlets edit wire copy.

Stories are built from texts written here: a small flood story edited by hand, and a long story
of made-up words run through 70 mechanical edits (the kind quality/synth.py makes of real copy),
to see columns grouped and rows folded.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from newscorpus.cli import main
from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.match.forensics import compare_versions
from newscorpus.model import Article, Member, SiteLinks, Source, VariantGroup
from newscorpus.pipeline import build_site
from newscorpus.render.syndication import render_group
from newscorpus.render.versionmap_cells import Cell, MapColumn, shade, version_cells
from newscorpus.render.versionmap_grid import Column, Grid, Row, build_grid, fold_rows, group_columns

from .conftest import ROOT, mkdocs_build

FLOOD = [
    "The river Elm burst its banks overnight, cutting off nine villages in the north of the province and "
    "forcing 1,200 people from their homes, the emergency ministry said on Tuesday.",
    "Rescue teams using boats and an army helicopter evacuated elderly residents from Marrow Green, where the "
    "water rose to the windows of single-storey houses before dawn.",
    "Forecasters expect two more days of heavy rain across the basin, and the ministry warned that the dam "
    "upstream at Kessel could be opened to relieve pressure on its walls.",
    "The province's governor, Ana Petrov, said schools in the valley would stay closed for the rest of the "
    "week and asked drivers to keep off the road between Tolm and Brack.",
    "“The water came in less than an hour. We had time only to take the children,” said Mila Horn, a "
    "54-year-old teacher who spent the night on the roof of her home.",
]


def article(text: str, article_id: str = "x") -> Article:
    """Return a text extracted as a build would."""
    found = extract_article(Source(article_id, f"{article_id}.txt", text), Config())
    assert found is not None
    return found


def cells_of(reference: list[str], version: list[str]) -> tuple[dict[int, Cell], list[tuple[int, str, Cell]]]:
    """Return what the version did with each reference paragraph, and what it added after which."""
    edits = compare_versions(article("\n\n".join(reference)), article("\n\n".join(version)), 0.5)
    return version_cells(edits, "v")


def light_edit(text: str) -> str:
    return text.replace("evacuated", "rescued")


def heavy_edit(text: str) -> str:
    words = text.split()
    return " ".join(w if i % 2 else w.upper() + "ed" for i, w in enumerate(words))


@pytest.mark.parametrize(
    ("version", "row", "state"),
    [
        # The same words in the same place: kept.
        (FLOOD, 1, "kept"),
        # One word in 24 replaced: edited, drawn in the lightest shade.
        ([*FLOOD[:1], light_edit(FLOOD[1]), *FLOOD[2:]], 1, "edited/0"),
        # Every other word replaced: edited, drawn in the darkest shade.
        ([*FLOOD[:1], heavy_edit(FLOOD[1]), *FLOOD[2:]], 1, "edited/2"),
        # The closing quotation left out: cut.
        (FLOOD[:4], 4, "cut"),
        # Paragraphs 3 and 4 swapped: one of them stands out of the reference's order.
        ([*FLOOD[:2], FLOOD[3], FLOOD[2], FLOOD[4]], 2, "moved"),
        # The governor's paragraph broken in two after its first clause: split.
        (
            [*FLOOD[:3], *FLOOD[3].split(" and asked "), FLOOD[4]],
            3,
            "split",
        ),
        # Paragraphs 2 and 3 run together as one: merged, on both rows.
        ([FLOOD[0], FLOOD[1] + " " + FLOOD[2], *FLOOD[3:]], 1, "merged"),
        ([FLOOD[0], FLOOD[1] + " " + FLOOD[2], *FLOOD[3:]], 2, "merged"),
    ],
)
def test_each_paragraph_gets_what_the_version_did_with_it(version: list[str], row: int, state: str) -> None:
    cells, added = cells_of(FLOOD, version)
    cell = cells[row]
    got = f"{cell.state}/{shade(cell.change)}" if cell.state == "edited" else cell.state
    assert got == state
    assert added == []
    # Every reference paragraph has a cell, linked to a paragraph of the version's diff.
    assert sorted(cells) == list(range(len(FLOOD)))
    assert all(re.fullmatch(r"v-p\d+", c.target) for c in cells.values())


def test_an_added_paragraph_follows_the_paragraph_before_it_in_the_reference_order() -> None:
    extra = "Insurers said they had received more than 300 claims from the valley by Tuesday evening."
    # Moved paragraphs do not count as the place an added one stands: paragraph 5 moved to the
    # top, the added paragraph after paragraph 2 (index 1) still stands after it.
    _, added = cells_of(FLOOD, [FLOOD[4], FLOOD[0], FLOOD[1], extra, FLOOD[2], FLOOD[3]])
    assert [(after, text) for after, text, _ in added] == [(1, extra)]
    _, added = cells_of(FLOOD, [extra, *FLOOD])
    assert [after for after, _, _ in added] == [-1]


def grid_of(*versions: list[str]) -> Grid:
    """Return the map of the flood story against versions, the reference first."""
    reference = article("\n\n".join(FLOOD), "ref")
    articles = {"ref": reference}
    columns = [MapColumn(1, "1. ref (reference)", "nc-reference", Member("ref", 1.0, 1.0, 1.0))]
    for n, text in enumerate(versions, start=2):
        articles[f"v{n}"] = article("\n\n".join(text), f"v{n}")
        edits = compare_versions(reference, articles[f"v{n}"], 0.5)
        columns.append(MapColumn(n, f"{n}. v{n}", f"nc-v{n}", Member(f"v{n}", 1.0, 1.0, 1.0, edits=edits)))
    return build_grid(columns, reference, articles)


def test_the_same_paragraph_added_by_two_versions_is_one_row() -> None:
    extra = "Insurers said they had received more than 300 claims from the valley by Tuesday evening."
    grid = grid_of([*FLOOD[:2], extra, *FLOOD[2:]], [*FLOOD[:2], extra, *FLOOD[2:4]], [*FLOOD, extra])
    kinds = [r.kind for r in grid.rows]
    # Headline row, two reference paragraphs, the shared added row, the rest, the last version's addition.
    assert kinds == ["headline", "reference", "reference", "added", "reference", "reference", "reference", "added"]
    shared = grid.cells[3]
    assert [c.state if c else None for c in shared] == [None, "added", "added", None]
    assert [c.state if c else None for c in grid.cells[7]] == [None, None, None, "added"]
    assert grid.cells[6][2] is not None and grid.cells[6][2].state == "cut"


def test_paragraphs_a_version_added_keep_its_order() -> None:
    towns = ["Tolm", "Brack", "Kessel", "Marrow Green", "Elmstadt", "Harnow", "Pilsk"]
    extras = [
        f"In {town}, volunteers filled sandbags through the night and opened a shelter in the school." for town in towns
    ]
    grid = grid_of([*FLOOD, *extras])
    # Seven rows after the last paragraph, in the version's order (its 6th to 12th paragraphs).
    assert [r.text for r in grid.rows if r.kind == "added"] == extras


def test_columns_alike_are_grouped_only_beyond_the_limit_and_the_rest_left_out() -> None:
    grid = grid_of(FLOOD, FLOOD[:4], FLOOD, FLOOD[:4], [*FLOOD[:2], FLOOD[3], FLOOD[2], FLOOD[4]])
    assert group_columns(grid, 6) is grid
    grouped = group_columns(grid, 4)
    assert [[v.number for v in c.versions] for c in grouped.columns] == [[1], [2, 4], [3, 5], [6]]
    assert grouped.columns[1].label == "×2 2. v2"
    assert grouped.hidden_versions == 0
    # Two columns cannot hold four kinds of version: the first two are drawn, the rest counted.
    narrow = group_columns(grid, 2)
    assert len(narrow.columns) == 2 and narrow.hidden_versions == 3


def test_rows_beyond_the_limit_are_summed_up_in_one() -> None:
    grid = grid_of(FLOOD[:3])
    assert fold_rows(grid, 5) is grid
    folded = fold_rows(grid, 3)
    assert [r.kind for r in folded.rows] == ["headline", "reference", "reference", "reference", "folded"]
    assert folded.rows[-1].text == "paragraphs 4–5"
    summary = folded.cells[-1][1]
    assert summary is not None and summary.note == "2 cut"
    assert [len(cells) for cells in folded.folded] == [2, 2]


def test_a_grid_is_the_same_for_a_reordered_folded_column_signature() -> None:
    # Grouping compares what the folded rows hold too: two columns alike in the drawn rows but
    # not in the folded ones stay apart.
    grid = Grid(
        rows=(Row("headline", "h", ""), Row("folded", "f", "")),
        columns=tuple(Column((MapColumn(n, str(n), f"a{n}", Member(str(n), 1, 1, 1)),)) for n in (1, 2)),
        cells=((Cell("kept"), Cell("kept")), (Cell("kept"), Cell("kept"))),
        folded=((Cell("kept"),), (Cell("cut"),)),
    )
    assert len(group_columns(grid, 1).columns) == 1
    assert group_columns(grid, 1).hidden_versions == 1


# --- on the built page ------------------------------------------------------------------------


def build(tmp_path: Path, files: dict[str, str], *args: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--out", str(tmp_path / "docs"), "-q", *args]) == 0
    return tmp_path / "docs"


def story_page(docs: Path) -> tuple[str, BeautifulSoup]:
    (page,) = (docs / "syndication").glob("story-*.md")
    text = page.read_text(encoding="utf-8")
    return text, BeautifulSoup(text, "lxml")


def front(title: str, outlet: str, body: list[str]) -> str:
    return f'---\ntitle: "{title}"\noutlet: "{outlet}"\n---\n\n' + "\n\n".join(body) + "\n"


FLOOD_FILES = {
    "wire.md": front("Floods cut off nine villages", "Wire", ["ELMSTADT (AFP) - " + FLOOD[0], *FLOOD[1:]]),
    "gazette.md": front("Floods cut off villages", "Gazette", [FLOOD[0], light_edit(FLOOD[1]), *FLOOD[2:4]]),
    "herald.md": front("Nine villages cut off by floods", "Herald", [FLOOD[0], FLOOD[1], FLOOD[3], FLOOD[2], FLOOD[4]]),
}


def test_story_page_draws_the_map_above_the_diffs_with_a_cell_per_paragraph_and_version(tmp_path: Path) -> None:
    text, soup = story_page(build(tmp_path, FLOOD_FILES))
    figure = soup.select_one("figure.nc-versionmap")
    assert figure is not None
    assert text.index("nc-versionmap") < text.index('class="nc-diff"')
    svg = figure.select_one("svg.nc-versionmap-svg")
    assert svg is not None and svg.get("aria-hidden") == "true"
    heads = [a.select_one("title").get_text() for a in svg.select("a.nc-map-head")]  # type: ignore[union-attr]
    # Columns in the page's order, named as its headings are.
    headings = re.findall(r"^## (\d+\\\. .*?) \{#", text, re.M)
    # The page lists versions by date, else by how much of the reference they hold: exactly one is the reference.
    assert len(heads) == 3 and sum(1 for h in heads if h.endswith("(reference)")) == 1
    assert [h.split(".")[0] for h in heads] == ["1", "2", "3"] and len(headings) == 2
    cells = svg.select("a.nc-map-cell")
    assert len(cells) == 3 * (1 + len(FLOOD))  # the headline row and one row per paragraph
    # Every cell says what it shows in words and links to an id on the page.
    ids = {tag["id"] for tag in soup.find_all(id=True)} | set(re.findall(r"\{#([\w-]+)\}", text))
    for cell in cells:
        title = cell.select_one("title")
        assert title is not None and title.get_text(), cell
        assert str(cell["href"]).removeprefix("#") in ids, cell["href"]
    states = {c.select_one("title").get_text().split(": ", 1)[0]: c["class"][1] for c in cells}  # type: ignore[union-attr]
    gazette = next(n for n, h in enumerate(heads, start=1) if "Floods cut off villages" in h)
    herald = next(n for n, h in enumerate(heads, start=1) if "Nine villages" in h)
    assert states[f"Version {gazette}, paragraph 5 (““The water came in less than …”)"] == "nc-map-cut"
    assert states[f"Version {gazette}, paragraph 2 (“Rescue teams using boats and an …”)"] == "nc-map-edited"
    swapped = {v for k, v in states.items() if re.match(rf"Version {herald}, paragraph [34] ", k)}
    assert "nc-map-moved" in swapped
    # The legend, and the same facts as a table with a row per map row.
    assert len(figure.select("ul.nc-versionmap-legend li")) == 11
    table = figure.select_one("details.nc-versionmap-table table")
    assert table is not None
    assert len(table.select("tbody tr")) == 1 + len(FLOOD)
    assert [th.get_text() for th in table.select("thead th")][1:] == heads


def test_the_syndication_page_shows_how_each_outlet_edits_wire_copy(tmp_path: Path) -> None:
    docs = build(tmp_path, FLOOD_FILES)
    soup = BeautifulSoup((docs / "syndication" / "index.md").read_text(encoding="utf-8"), "lxml")
    rows = {
        tr.select_one("th").get_text(): tr  # type: ignore[union-attr]
        for tr in soup.select("div.nc-outlets tbody tr")
    }
    # The wire's copy is the reference: only the outlets that ran versions of it are compared.
    assert sorted(rows) == ["Gazette", "Herald"]
    gazette = rows["Gazette"].get_text(" ")
    assert "60% kept · 20% edited · 0% moved · 20% cut; 0 added" in gazette
    assert "20% moved" in rows["Herald"].get_text(" ")
    bar = rows["Gazette"].select_one("svg.nc-outlet-bar")
    assert bar is not None and "Gazette: of 5 wire paragraphs" in str(bar.get("aria-label"))
    assert len(bar.select("rect")) == 4  # kept, edited and cut, and the frame


def test_without_outlets_the_syndication_page_says_where_to_give_them(tmp_path: Path) -> None:
    docs = build(tmp_path, {"a.txt": "\n\n".join(FLOOD), "b.txt": "\n\n".join(FLOOD[:4])})
    text = (docs / "syndication" / "index.md").read_text(encoding="utf-8")
    assert "No outlet is known for the versions in this corpus." in text


def test_article_text_in_the_map_never_becomes_markup(tmp_path: Path) -> None:
    payload = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'
    files = {
        "wire.md": front("Floods cut off nine villages", "Wire", ["ELMSTADT (AFP) - " + FLOOD[0], *FLOOD[1:]]),
        "evil.md": front(
            f"{payload} floods",
            "Evil <b>outlet</b>",
            [FLOOD[0], FLOOD[1] + " " + payload, *FLOOD[2:4], f"An added paragraph {payload} about the rain."],
        ),
    }
    text, soup = story_page(build(tmp_path, files))
    figure = soup.select_one("figure.nc-versionmap")
    assert figure is not None
    assert figure.select("script, img, b, foreignObject, iframe") == []
    for tag in figure.find_all(True):
        assert not any(attr.lower().startswith("on") for attr in tag.attrs), tag
        href = str(tag.get("href", "#"))
        assert href.startswith("#"), tag
    titles = " ".join(t.get_text() for t in figure.select("title"))
    assert "<script>window.__pwned=1</script>" in titles  # shown as text, in the words of a title
    assert "&lt;script&gt;" in text


# --- a story in 70 versions, 90 paragraphs long -------------------------------------------------

_SYLLABLES = ["ba", "ko", "ri", "ten", "mu", "sal", "dor", "vi", "nep", "lu", "gar", "os", "fen", "tri", "zo", "mel"]


def made_up(n: int) -> str:
    """Return a made-up word, different for every n below 4096."""
    out = ""
    for _ in range(3):
        out += _SYLLABLES[n % 16]
        n //= 16
    return out


def long_paragraph(i: int) -> str:
    w = [made_up(i * 12 + j + 1) for j in range(12)]
    return (
        f"The {w[0]} of {w[1]} {w[2]} said on Monday that {w[3]} and {w[4]} were {w[5]} in {w[6]}, "
        f"as {w[7]} {w[8]} {w[9]} the {w[10]} {w[11]}."
    )


LONG = [long_paragraph(i) for i in range(90)]
ADDED = "An added paragraph about " + " ".join(made_up(4000 + j) for j in range(10)) + "."
# Seven mechanical edits, ten versions each: every version of a kind does the same thing.
EDITS = [
    lambda p: p,  # a straight copy
    lambda p: p[:-5],  # the last five paragraphs cut
    lambda p: [*p[:3], p[3].replace("said", "stated"), *p[4:]],  # a word substituted
    lambda p: [*p[:2], p[5], *p[3:5], p[2], *p[6:]],  # two paragraphs swapped
    lambda p: [*p[:4], ADDED, *p[4:]],  # a paragraph added
    lambda p: [*p[:7], *p[7].replace(", as ", ",\n\nas ").split("\n\n"), *p[8:]],  # a paragraph split
    lambda p: [*p[:10], " ".join(p[10].split()[:6]) + " was rewritten.", *p[11:]],  # a paragraph cut short
]


def own_text(tag: Tag) -> str:
    """Return the text of an SVG text element without its title."""
    return "".join(tag.find_all(string=True, recursive=False))


def long_story(versions: int, paragraphs: list[str]) -> dict[str, str]:
    """Return a wire story and its versions, each made by one of the mechanical edits in turn."""
    files = {"000-wire.txt": "Made-up story in many versions\n\nRIVERTON (AP) - " + "\n\n".join(paragraphs)}
    for v in range(versions):
        body = EDITS[v % len(EDITS)](paragraphs)
        files[f"{v + 1:03d}-outlet.txt"] = "Made-up story in many versions\n\n" + "\n\n".join(body)
    return files


def long_group(versions: int) -> tuple[VariantGroup, SiteLinks]:
    """Return the long story in 1 + versions versions as the match stage gives it, and its links.

    The versions are compared with the reference as a build compares them; grouping 71 versions
    of a 90-paragraph story is left to the build test below, at a smaller size (the matcher
    measures every version against every other).
    """
    files = long_story(len(EDITS), LONG)
    kinds = {name: article(text, name.removesuffix(".txt")) for name, text in files.items()}
    reference = kinds.pop("000-wire.txt")
    edits = [compare_versions(reference, a, 0.5) for a in kinds.values()]
    articles = {reference.id: reference}
    members = [Member(reference.id, 1.0, 1.0, 1.0)]
    for v in range(versions):
        made = replace(list(kinds.values())[v % len(EDITS)], id=f"v{v + 1:03d}", source=f"v{v + 1:03d}.txt")
        articles[made.id] = made
        members.append(Member(made.id, 0.9, 0.9, 0.9, edits=edits[v % len(EDITS)]))
    group = VariantGroup(f"story-{reference.id}", reference.id, tuple(members))
    return group, SiteLinks(group_of={}, groups={group.id: group}, articles=articles)


def test_a_story_in_71_versions_groups_its_columns_and_folds_its_rows() -> None:
    group, links = long_group(70)
    page = render_group(group, links, Config()).content
    soup = BeautifulSoup(page, "lxml")
    figure = soup.select_one("figure.nc-versionmap")
    assert figure is not None
    heads = [a.select_one("text").get_text() for a in figure.select("svg a.nc-map-head")]  # type: ignore[union-attr]
    # 71 versions are more than 60 columns: drawn as 8, the reference and one per kind of edit,
    # each with its count and headed by its first version.
    assert len(heads) == 8
    assert heads[0].startswith("1. Made-up story")
    assert [re.findall(r"^×(\d+) (\d+)\.", h) for h in heads[1:]] == [[("10", str(n))] for n in range(2, 9)]
    caption = figure.select_one("figcaption")
    assert caption is not None
    assert "What each of the 71 versions did" in caption.get_text()
    assert "share a column (8 columns)" in caption.get_text()
    # 90 paragraphs and one added row: 80 rows drawn after the headline row, the rest summed up.
    rows = figure.select("svg text.nc-map-row")
    assert len(rows) == 1 + 80 + 1
    assert own_text(rows[-1]) == "… 11 more rows"
    folded = figure.select("svg a.nc-map-folded")
    assert len(folded) == 8
    cut = [a.select_one("title").get_text() for a in folded if "5 cut" in a.get_text()]  # type: ignore[union-attr]
    assert cut == [
        "Versions 3, 10, 17, 24, 31, 38, 45, 52, 59, 66 (10 alike), paragraphs 80–90 (not drawn): 6 kept, 5 cut"
    ]
    # Every link of the map resolves on the page, and the table has the same rows and columns.
    ids = {tag["id"] for tag in soup.find_all(id=True)} | set(re.findall(r"\{#([\w-]+)\}", page))
    assert {str(a["href"])[1:] for a in figure.select("a[href]")} <= ids
    table = figure.select_one("details.nc-versionmap-table table")
    assert table is not None and len(table.select("thead th")) == 1 + 8 and len(table.select("tbody tr")) == 82


def test_a_built_corpus_groups_and_folds_at_the_limits_it_is_given(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in long_story(14, LONG[:30]).items():
        (corpus / name).write_text(text, encoding="utf-8")
    config = Config(corpus_dir=corpus, out_dir=tmp_path / "docs", version_map_columns=10, version_map_rows=20)
    assert build_site(config).groups == 1
    text, soup = story_page(tmp_path / "docs")
    figure = soup.select_one("figure.nc-versionmap")
    assert figure is not None
    # 15 versions over 10 columns: the two versions of each kind of edit share one.
    heads = [a.select_one("text").get_text() for a in figure.select("svg a.nc-map-head")]  # type: ignore[union-attr]
    assert len(heads) == 8 and all(h.startswith("×2 ") for h in heads[1:])
    assert own_text(figure.select("svg text.nc-map-row")[-1]) == "… 11 more rows"


def test_the_map_builds_with_mkdocs_strict_and_the_same_bytes_twice(tmp_path: Path) -> None:
    project = tmp_path
    (project / "docs").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "stylesheets", project / "docs" / "stylesheets")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    docs = build(project, FLOOD_FILES)
    first = {p: p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}
    assert main(["--corpus", str(project / "corpus"), "--out", str(docs), "-q"]) == 0
    assert {p: p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()} == first
    site = mkdocs_build(project)
    (page,) = (site / "syndication").glob("story-*/index.html")
    html = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    svg = html.select_one("article figure.nc-versionmap svg.nc-versionmap-svg")
    assert svg is not None and len(svg.select("a.nc-map-cell")) == 3 * (1 + len(FLOOD))
    # Cells link to the diff paragraphs, and the version headings keep their ids.
    versions = [h["id"] for h in html.select("h2[id^=nc-v]")]
    assert len(versions) == 2 and html.select_one(f"p#{versions[0]}-p1") is not None
    assert isinstance(html.select_one("details#nc-reference p#nc-ref-1"), Tag)
