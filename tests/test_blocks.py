"""Raw HTML blocks leave out the end tags a browser infers, and read back as the same elements."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup

from newscorpus.render import blocks


def browser_view(lines: list[str]) -> BeautifulSoup:
    """Return the HTML Python-Markdown makes of the lines, as lxml (like a browser) reads it."""
    return BeautifulSoup(markdown.markdown("\n".join(lines)), "lxml")


def test_table_cells_and_rows_end_where_the_next_begins() -> None:
    lines = blocks.table(("Name", "Count"), [("a", "1"), ("b </td> c", "2")], right=(1,))
    text = "\n".join(lines)
    assert "</td>" not in text and "</th>" not in text and "</tr>" not in text
    rows = [[c.get_text().strip() for c in tr.find_all(["th", "td"])] for tr in browser_view(lines).select("tr")]
    assert rows == [["Name", "Count"], ["a", "1"], ["b </td> c", "2"]]


def test_table_head_keeps_its_end_tag_so_rows_stay_out_of_it() -> None:
    lines = blocks.table(("Name",), [("a",), ("b",)])
    assert "</thead>" in "\n".join(lines)
    view = browser_view(lines)
    assert [tr.get_text(strip=True) for tr in view.select("thead tr")] == ["Name"]
    assert [td.get_text(strip=True) for td in view.select("td")] == ["a", "b"]


def test_list_items_end_where_the_next_begins_and_the_list_ends_its_block() -> None:
    lines = [*blocks.bullets(["one", blocks.concat(blocks.strong("two"), " — x")]), "After *this*.", ""]
    assert "</li>" not in "\n".join(lines)
    view = browser_view(lines)
    assert [li.get_text().strip() for li in view.select("li")] == ["one", "two — x"]
    # The paragraph after the list is Markdown again, outside the list: </ul> still ends the raw block.
    (after,) = [p for p in view.select("p") if p.find_parent("ul") is None]
    assert after.em is not None and after.em.get_text() == "this"


def test_quotation_in_a_list_item_follows_its_paragraph() -> None:
    item = blocks.concat(blocks.Html("<p>" + blocks.anchor("../x/", "Story")), blocks.quoted("Said <so>."))
    (li,) = browser_view(blocks.bullets([item])).select("li")
    assert [child.name for child in li.find_all(recursive=False)] == ["p", "blockquote"]
    assert li.blockquote.get_text().strip() == "Said <so>."


def test_fields_pair_each_name_with_its_value() -> None:
    lines = blocks.fields([("Dateline", "PARIS"), ("Byline", "A <b>B</b>")])
    assert "</dt>" not in "\n".join(lines) and "</dd>" not in "\n".join(lines)
    view = browser_view([*lines, "After."])
    assert [
        (dt.get_text().strip(), dt.find_next_sibling("dd").get_text().strip()) for dt in view.select("dl > dt")
    ] == [
        ("Dateline", "PARIS"),
        ("Byline", "A <b>B</b>"),
    ]
    assert view.select_one("dl")["class"] == ["nc-fields"] and not view.select("dl b")
    assert [p.get_text() for p in view.select("p")] == ["After."]
