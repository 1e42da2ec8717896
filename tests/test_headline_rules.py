"""The headline rules' table: which development pages each rule decides, in two parts drawn by a salt of their own."""

from __future__ import annotations

from newscorpus.extract import page_headline
from quality.headline_rules import RULES, decided, part, report


def test_every_rule_switched_off_is_an_attribute_of_the_headline_module() -> None:
    # A rule renamed in page_headline would be switched off nowhere: the table would say it decides nothing.
    for _, attribute, _ in RULES:
        assert hasattr(page_headline, attribute), attribute


def test_the_parts_are_drawn_by_the_page_id_alone() -> None:
    ids = [f"page-{n}" for n in range(200)]
    assert [part(i) for i in ids] == [part(i) for i in ids]
    assert 60 < sum(part(i) == "A" for i in ids) < 140


def test_a_rule_keeps_right_the_pages_wrong_without_it_and_makes_wrong_the_pages_right_without_it() -> None:
    pages = [f"l3s page-{n}" for n in range(40)]
    base = dict.fromkeys(pages, True) | {pages[0]: False}
    without = dict.fromkeys(pages, True) | {pages[1]: False, pages[2]: False}
    found = decided(base, without)
    kept = sorted(k for d in found.values() for k in d.right)
    made = sorted(k for d in found.values() for k in d.wrong)
    assert kept == sorted(pages[1:3])
    assert made == [pages[0]]
    assert found[part("page-1")].right[0] in (pages[1], pages[2])


def test_the_report_counts_each_part() -> None:
    base = {"l3s a": True, "aeb b": False}
    lines: list[str] = []
    report(base, {"title case": {"l3s a": False, "aeb b": False}}, lines.append)
    assert lines[0].startswith("part A:") and lines[1].startswith("part B:")
    assert any("+1 -0" in line for line in lines[2:3])
    assert any(line.strip().endswith("keeps right l3s a") for line in lines)
