"""Article text written into Markdown always shows as the same text, never as markup."""

from __future__ import annotations

import re

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.markup import front_matter, html_inline, md_text, page_title
from newscorpus.render import blocks

from .conftest import ROOT


def _extensions() -> tuple[list[str], dict[str, dict[str, object]]]:
    """Return the Markdown extensions mkdocs.yml enables, plus others users commonly add."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    options: dict[str, dict[str, object]] = {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            ((name, opts),) = entry.items()
            names.append(name)
            options[name] = opts or {}
        else:
            names.append(entry)
    extra = [
        "admonition",
        "tables",
        "footnotes",
        "abbr",
        "def_list",
        "md_in_html",
        "pymdownx.mark",
        "pymdownx.tilde",
        "pymdownx.caret",
        "pymdownx.critic",
        "pymdownx.keys",
        "pymdownx.betterem",
        "pymdownx.superfences",
        "pymdownx.tasklist",
    ]
    return names + [e for e in extra if e not in names], options


EXTENSIONS, OPTIONS = _extensions()


def rendered_text(source: str) -> str:
    html = markdown.markdown(source, extensions=EXTENSIONS, extension_configs=OPTIONS)
    soup = BeautifulSoup(html, "html.parser")
    for anchor in soup.select("a.headerlink"):  # the permalink that toc adds to headings
        anchor.decompose()
    assert soup.find(lambda tag: tag.name not in ("p", "h1", "h2")) is None, html
    return soup.get_text()


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "{{ config.site_name }} {% include 'x' %}",
        "<!-- material/tags -->",
        "---",
        "1. first",
        "- item",
        "# not a heading",
        "> not a quote",
        "| a | b |",
        "**bold** _em_ `code` ~~del~~ ==mark== ^^ins^^ {++add++}",
        "&lt;b&gt; &amp; &copy;",
        "!!! note",
        "[^1] *[HTML]: abbr",
        "a\\b\\\\c",
        "Islamist-led U.S. forces 3.5 pct",
    ],
)
def test_literal(text: str) -> None:
    assert rendered_text(md_text(text)) == text
    assert rendered_text("# " + md_text(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80))
def test_any_text_round_trips(text: str) -> None:
    expected = " ".join(text.split())
    if expected:
        assert rendered_text(md_text(text)) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_front_matter_round_trips(title: str) -> None:
    block = front_matter(title=title)
    assert block.startswith("---\n") and block.endswith("---\n\n")
    loaded = yaml.safe_load(block.strip().strip("-"))
    assert loaded == {"title": page_title(title)}
    assert not set("<>&") & set(loaded["title"])


def _escaped_char_by_char(text: str) -> str:
    """Return text escaped as md_text's rule says, one character at a time (md_text does it in one pass)."""
    clean = " ".join(text.split())
    out = []
    for i, char in enumerate(clean):
        if char in "&<>":
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;"}[char])
        elif char in "\\`*_{}[]()#+!|~^=:$@" or (char in ".-" and not (i and clean[i - 1].isalpha())):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


# Characters around which the rules turn: escaped ones, "." and "-" after letters inside and
# outside ASCII ("é", "Ⅻ" is not a letter), after digits and escapes, entities, spaces.
_AROUND_RULES = st.text(alphabet=st.sampled_from(list("aZ1 .-:#&<>\\(*_\té²Ⅻ…")), max_size=30)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), _AROUND_RULES))
def test_escaping_follows_the_rule_character_by_character(text: str) -> None:
    assert md_text(text) == _escaped_char_by_char(text)


# Titles PyYAML writes in other ways than plain: quoted because they read as true, false or null,
# or start with an indicator, or hold ": " or " #", or end in a space; special characters.
_YAML_TITLES = st.text(
    alphabet=st.sampled_from(list("aY eNsoul1:#-?'\"!&[]{},%@`*|>\t\n\x85\u2028\xa0…\ufeff")), max_size=12
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), _YAML_TITLES, st.sampled_from(["yes", "No", "NULL", "on", "Off", "a" * 1200])))
def test_front_matter_is_what_pyyaml_writes(title: str) -> None:
    # Most titles are written without PyYAML, in its layout: the page is the same byte for byte.
    for fields in ({"title": title}, {"title": title, "tags": [title, "Reuters"]}):
        values = {
            key: [page_title(v) for v in value] if isinstance(value, list) else page_title(value)
            for key, value in fields.items()
        }
        dumped = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1_000_000)
        assert front_matter(**fields) == f"---\n{dumped}---\n\n"


# Text with markup, entities and white space in it; control characters are dropped when a file is read.
_PAGE_TEXT = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cc", "Cs")), st.sampled_from("\n\t<>&")))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_PAGE_TEXT, st.sampled_from(["<script>x</script>", "</li></ul><b>x", "&lt;", "a\n\n<p>b"])))
def test_raw_html_blocks_show_any_text_as_itself(text: str) -> None:
    # Lists and tables of article pages are raw HTML blocks: whatever the text, Markdown passes it
    # through, and it reads back as the same words, with no element of its own.
    lines = [
        *blocks.bullets([text, blocks.concat(blocks.strong(text), " — ", text), blocks.anchor("../x/", text)]),
        *blocks.table((text, "b"), [(text, blocks.anchor("../y/", blocks.strong(text)))]),
    ]
    page = "\n".join(blocks.admonition("abstract", text, lines))
    # lxml, as a browser, ends an item, cell or row where the next begins (blocks.py leaves out their end tags).
    html = BeautifulSoup(markdown.markdown(page, extensions=["tables", "toc"]), "lxml")
    words = " ".join(text.split())
    tags = {t.name for t in html.body.find_all(True)}
    assert tags <= {"div", "p", "ul", "li", "strong", "a", "table", "thead", "tr", "th", "td"}
    assert {a["href"] for a in html.select("a")} == {"../x/", "../y/"}
    assert " ".join(html.select_one("p.admonition-title").get_text().split()) == words
    cells = [td.get_text() for td in html.select("td")]
    assert [" ".join(c.split()) for c in cells] == [words, words]


def test_raw_html_escapes_markup_and_keeps_quotes() -> None:
    assert html_inline("<script>alert(\"x\")</script> & 'q'") == "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q'"
    assert html_inline("two\n\nlines\tand  spaces") == "two lines and spaces"
    assert blocks.anchor('x" onclick="y', "t") == '<a href="x&quot; onclick=&quot;y">t</a>'
    assert blocks.concat(blocks.Html("<b>"), "<b>") == "<b>&lt;b&gt;"


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from(" \t\n\r\v\f\x1c\x1f\x85\xa0\u2003\u2028\u3000&<>")))
)
def test_raw_html_text_is_one_line_whatever_its_spaces(text: str) -> None:
    # Every run of white space of any kind, a no-break space or a line separator too, is one space.
    expected = re.sub(r"\s+", " ", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert html_inline(text) == expected
