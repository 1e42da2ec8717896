"""Loading the corpus folder: formats, encodings, metadata, ids, and the problems reported."""

from __future__ import annotations

import codecs
import dataclasses
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.errors import CorpusError
from newscorpus.extract import extract_articles
from newscorpus.load import assign_ids, load_corpus, slugify
from newscorpus.load.common import Unreadable
from newscorpus.load.decode import decode
from newscorpus.load.html import read_html
from newscorpus.load.markdown import read_markdown, split_front_matter
from newscorpus.load.sidecar import Sidecars, read_sidecars
from newscorpus.model import Source, SourceMeta
from newscorpus.screen import screen_articles

STORY = (
    "Dock workers at the port returned to work on Thursday after unions and employers agreed a new "
    "wage deal, ending a three-day strike.\n\nThe agreement raises pay by five percent this year, the "
    "union said in a statement."
)


def load(tmp_path: Path, **settings: object) -> tuple[dict[str, tuple[str, str, SourceMeta]], list[str]]:
    """Return the loaded sources by path as (id, text, meta), and the problems as printed."""
    loaded = load_corpus(Config(corpus_dir=tmp_path, **settings))  # type: ignore[arg-type]
    return {s.path: (s.id, s.text, s.meta) for s in loaded.sources}, [str(p) for p in loaded.problems]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("000_bf33a608a129df56", "000-bf33a608a129df56"),
        ("Reuters/Port Strike (final)", "reuters-port-strike-final"),
        # Accents fold to ASCII; scripts with no ASCII form leave "article".
        ("Café Müller", "cafe-muller"),
        ("Новости", "article"),
        ("../../etc/passwd", "etc-passwd"),
        ("x" * 300, "x" * 80),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_colliding_paths_get_distinct_stable_ids() -> None:
    ids = assign_ids(["a b.txt", "a-b.txt", "c.txt"])
    assert ids["c.txt"] == "c"
    assert ids["a b.txt"] != ids["a-b.txt"]
    assert ids["a b.txt"].startswith("a-b-")
    assert assign_ids(["a-b.txt", "a b.txt", "c.txt"]) == ids


@pytest.mark.parametrize(
    "names",
    [
        # Names with no ASCII letter get a hash each rather than all being "article".
        ["Новости.txt", "Известия.txt"],
        # 300-character names cut to the same 80 characters still get distinct ids.
        ["x" * 290 + "a.txt", "x" * 290 + "b.txt"],
        # Dots and slashes never reach the id.
        ["..txt", "a..b.txt", "sub/../c.txt"],
        # Records of a dump, and a file named like one.
        ["dump.jsonl#1", "dump.jsonl#2", "dump 1.txt"],
    ],
)
def test_ids_are_unique_and_safe(names: list[str]) -> None:
    ids = assign_ids(names)
    assert len(set(ids.values())) == len(names)
    for id_ in ids.values():
        assert id_ and len(id_) <= 89
        assert set(id_) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")


def test_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(Config(corpus_dir=tmp_path / "nope"))


def test_empty_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder is empty"):
        load_corpus(Config(corpus_dir=tmp_path))


def test_subfolders_are_read_with_slash_paths(tmp_path: Path) -> None:
    (tmp_path / "afp").mkdir()
    (tmp_path / "afp" / "one.txt").write_text("Story one.", encoding="utf-8")
    sources, _ = load(tmp_path)
    assert sources["afp/one.txt"][0] == "afp-one"


# --- encodings -----------------------------------------------------------------------

TEXT = "It’s “the café” — naïve, 5 €"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        # UTF-8, with and without a byte order mark.
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        # UTF-16 in both byte orders, and UTF-32, each with its byte order mark.
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        # Windows-1252, the usual legacy encoding of Western news text, read by the fallback.
        (TEXT.encode("cp1252"), "cp1252"),
        # Windows line ends become "\n".
        (TEXT.replace(" ", "\r\n", 1).encode("utf-8"), "utf-8"),
    ],
)
def test_encodings_are_read(data: bytes, encoding: str) -> None:
    decoded = decode(data, "cp1252")
    assert decoded.text.replace("\n", " ", 1) == TEXT
    assert decoded.encoding == codecs.lookup(encoding).name


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # UTF-8 read as Windows-1252 and saved again: curly quotes come back curly.
        ("Itâ€™s â€œfineâ€\x9d", "It’s “fine”"),
        ("cafÃ© crÃ¨me", "café crème"),
        # Correct text is left exactly as it is, curly quotes, dashes and entities included.
        ("It’s “fine” — &lt;b&gt; ``x''", "It’s “fine” — &lt;b&gt; ``x''"),
    ],
)
def test_mojibake_is_repaired_and_quotes_stay_curly(broken: str, fixed: str) -> None:
    assert decode(broken.encode("utf-8"), None).text == fixed


def test_html_declared_charset_wins_over_the_fallback() -> None:
    page = '<html><head><meta charset="iso-8859-7"></head><body>Αθήνα</body></html>'
    assert "Αθήνα" in decode(page.encode("iso-8859-7"), "cp1252", html=True).text


# --- formats -------------------------------------------------------------------------


def test_markdown_front_matter_becomes_metadata(tmp_path: Path) -> None:
    (tmp_path / "strike.md").write_text(
        "---\ntitle: 'Port strike: it ends'\ndate: 2024-12-05\noutlet: The Gazette\n"
        "url: https://gazette.example/strike\nauthor: [Jane Roe, Sam Poe]\nagency: Reuters\n"
        "tags: [ports, labour]\nlanguage: en\n---\n# Deal struck\n\n**Dock workers** returned "
        "to [work](https://x.example) on Thursday.\n",
        encoding="utf-8",
    )
    sources, problems = load(tmp_path)
    _, text, meta = sources["strike.md"]
    assert problems == []
    assert meta == SourceMeta(
        title="Port strike: it ends",
        date="2024-12-05",
        outlet="The Gazette",
        url="https://gazette.example/strike",
        byline="Jane Roe, Sam Poe",
        agency="Reuters",
        language="en",
        tags=("ports", "labour"),
    )
    assert text.split() == ["Deal", "struck", "Dock", "workers", "returned", "to", "work", "on", "Thursday."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # A colon inside an unquoted value is a YAML error.
        (
            "---\ntitle: a: b\n---\nBody.",
            "front matter is not valid YAML (line 2): mapping values are not allowed here",
        ),
        ("---\n- a\n- b\n---\nBody.", "front matter is a list, not 'key: value' lines"),
        ("---\ntitle: x\nBody with no closing line.", "front matter opened with '---' on line 1 is never closed"),
        # Bad values are named and ignored; the rest of the metadata is kept.
        (
            "---\nurl: javascript:alert(1)\n---\nBody.",
            "front matter: url 'javascript:alert(1)' is not an http or https address; ignored",
        ),
        (
            "---\ndate: last Tuesday\n---\nBody.",
            "front matter: date 'last Tuesday' is not an ISO 8601 date such as 2024-12-05; ignored",
        ),
        ("---\ntitle: {a: 1}\n---\nBody.", "front matter: title is a mapping, not text; ignored"),
    ],
)
def test_bad_front_matter_is_reported_and_the_body_kept(text: str, message: str) -> None:
    meta, body, notes = split_front_matter(text)
    assert [n.message for n in notes] == [message]
    assert not notes[0].skipped
    assert "Body" in body
    assert meta.url is None and meta.date is None and meta.title in (None, "x")


def test_markdown_without_front_matter_is_all_body() -> None:
    read = read_markdown("Plain story.\n\n---\n\nAfter a rule.")
    assert read.entries[0].meta == SourceMeta()
    assert read.entries[0].text.split() == ["Plain", "story.", "After", "a", "rule."]


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port strike ends | The Gazette</title>
<meta property="og:title" content="Port strike ends after three days">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-12-05T14:02:00Z">
<meta property="og:site_name" content="The Gazette">
<link rel="canonical" href="https://gazette.example/port-strike"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<article><h1>Port strike ends after three days</h1>
<p>ROTTERDAM (Reuters) - Dock workers at Europe's largest port returned to work on Thursday after
unions and employers agreed a new wage deal, ending a three-day strike.</p>
<p>The agreement raises pay by five percent this year and another three percent next year, the
union said in a statement released on Thursday evening.</p>
<p>More than forty ships had queued outside the harbour while the strike lasted, the port
authority said, and it expected the backlog to clear by the weekend.</p></article>
<footer><p>Copyright 2024 The Gazette. All rights reserved. Subscribe to our newsletter.</p></footer>
</body></html>"""


def test_html_page_gives_story_and_metadata_without_boilerplate() -> None:
    read = read_html(PAGE, Config())
    (entry,) = read.entries
    assert entry.meta.title == "Port strike ends after three days"
    assert entry.meta.outlet == "The Gazette"
    assert entry.meta.byline == "Jane Roe"
    assert entry.meta.date == "2024-12-05"
    assert entry.meta.url == "https://gazette.example/port-strike"
    paragraphs = entry.text.split("\n\n")
    assert paragraphs[0].startswith("ROTTERDAM (Reuters) - Dock workers")
    assert len(paragraphs) == 3
    for boilerplate in ("Home", "World news", "Copyright", "newsletter"):
        assert boilerplate not in entry.text


LINKS_PAGE = "<html><body><nav><ul>{}</ul></nav></body></html>".format(
    "".join(f'<li><a href="/story/{n}">Story number {n}</a></li>' for n in range(30))
)
FIGURES = "".join(
    f'<figure><img src="p{n}.jpg"><figcaption>Photo {n} of 6: Dock workers gather at the gates at dawn. '
    "(Reuters/Jane Roe)</figcaption></figure>"
    for n in range(1, 7)
)
GALLERY_PAGE = (
    f"<html><head><title>In pictures</title></head><body><article><h1>In pictures</h1>{FIGURES}</article></body></html>"
)
BARE_PAGE = (
    "<html><body><article><h1>Gallery</h1>" + '<figure><img src="p.jpg"></figure>' * 6 + "</article></body></html>"
)
STORY_WITH_PHOTOS = PAGE.replace("</article>", FIGURES[: FIGURES.index("</figure>") * 3] + "</article>")


@pytest.mark.parametrize(
    ("page", "message"),
    [
        # An index page: nothing but links.
        (LINKS_PAGE, "not an article page: a list of links (30 of 30 paragraphs are links)"),
        # A gallery: the text is its photos' captions.
        (GALLERY_PAGE, "not an article page: a photo gallery (6 captions are 84 of its 86 words)"),
        # The same saved with an XML declaration naming its encoding: screened alike.
        (
            '<?xml version="1.0" encoding="iso-8859-1"?>' + GALLERY_PAGE,
            "not an article page: a photo gallery (6 captions are 84 of its 86 words)",
        ),
        # Photos with no captions: only the headline is text.
        (BARE_PAGE, "not an article page: a headline and no story text"),
        # Nothing but markup.
        (
            "<html><body><div></div></body></html>",
            "not an article page: no story text found beside the menus and links",
        ),
    ],
)
def test_html_pages_that_are_not_articles(page: str, message: str) -> None:
    with pytest.raises(Unreadable) as info:
        read_html(page, Config())
    assert info.value.message == message


def test_html_story_with_a_few_captioned_photos_is_an_article() -> None:
    (entry,) = read_html(STORY_WITH_PHOTOS, Config()).entries
    assert entry.text.startswith("ROTTERDAM (Reuters) - Dock workers")


def test_jsonl_records_each_become_an_article(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "AFP-001", "body": STORY, "headline": "Strike ends", "publisher": "Gazette"}),
        "",
        "{not json",
        json.dumps({"text": STORY, "url": "https://h.example/1", "date": "2024-12-05T10:00:00+01:00"}),
        json.dumps(["a list"]),
        json.dumps({"id": "AFP-002", "summary": "no text field"}),
        json.dumps({"id": "AFP-001", "text": STORY}),
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources, problems = load(tmp_path)
    assert {path: id_ for path, (id_, _, _) in sources.items()} == {
        "dump.jsonl#AFP-001": "dump-afp-001",
        "dump.jsonl#4": "dump-4",
        # A repeated record id cannot address a page twice: the record's line number is used.
        "dump.jsonl#7": "dump-7",
    }
    assert sources["dump.jsonl#AFP-001"][2] == SourceMeta(title="Strike ends", outlet="Gazette")
    assert sources["dump.jsonl#4"][2].date == "2024-12-05T10:00:00+01:00"
    assert problems == [
        "dump.jsonl#3: line 3 is not JSON (column 2: Expecting property name enclosed in double quotes) "
        "(Hint: fix or remove the line; the other lines were read)",
        'dump.jsonl#5: record 5 is not a JSON object (Hint: give each article as {"text": ...})',
        "dump.jsonl#AFP-002: record AFP-002 has no article text under text, body, content, maintext, article "
        "(fields: id, summary) (Hint: name the record field with --record-field, e.g. --record-field text=story)",
    ]


def test_a_news_please_record_gives_its_date_authors_and_address(tmp_path: Path) -> None:
    # The fields news-please writes beside a page's text (its "date_modify" is no publication date).
    record = {
        "text": STORY,
        "title": "Strike ends",
        "authors": ["Jane Roe", "Sam Poe"],
        "date_publish": "2017-03-03 06:45:00",
        "date_modify": "2017-03-04 09:00:00",
        "url": "https://h.example/strike",
    }
    (tmp_path / "item.json").write_text(json.dumps(record), encoding="utf-8")
    sources, problems = load(tmp_path)
    ((_, _, meta),) = sources.values()
    assert (meta.date, meta.byline, meta.url) == (
        "2017-03-03T06:45:00",
        "Jane Roe, Sam Poe",
        "https://h.example/strike",
    )
    assert problems == []


def test_record_fields_are_configurable(tmp_path: Path) -> None:
    records = [{"key": "k1", "story": STORY, "hed": "Strike ends"}]
    (tmp_path / "dump.json").write_text(json.dumps(records), encoding="utf-8")
    settings = {"record_fields": (("text", "story"), ("title", "hed")), "record_id_field": "key"}
    sources, problems = load(tmp_path, **settings)
    assert problems == []
    assert sources["dump.json#k1"][2].title == "Strike ends"


def test_sidecar_metadata_and_folder_outlets(tmp_path: Path) -> None:
    for folder in ("gazette", "herald"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "strike.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "gazette" / "metadata.csv").write_text(
        "file,date,url,outlet\nstrike.txt,2024-12-05,https://g.example/s,The Gazette\nmissing.txt,2024-12-06,,\n",
        encoding="utf-8",
    )
    (tmp_path / "herald" / "strike.yml").write_text("date: 2024-12-06\nbyline: Sam Poe\n", encoding="utf-8")
    (tmp_path / "herald" / "orphan.yml").write_text("date: 2024-12-06\n", encoding="utf-8")
    sources, problems = load(tmp_path, outlet_from_folder=True)
    assert sources["gazette/strike.txt"][2] == SourceMeta(
        date="2024-12-05", outlet="The Gazette", url="https://g.example/s"
    )
    assert sources["herald/strike.txt"][2] == SourceMeta(date="2024-12-06", outlet="herald", byline="Sam Poe")
    assert problems == [
        "gazette/metadata.csv: row 3 names 'missing.txt', which is not an article in the corpus "
        "(Hint: correct or remove the row)",
        "herald/orphan.yml: metadata file with no article beside it "
        "(Hint: name it after its article: 'orphan.yml' gives the metadata of 'orphan.txt')",
    ]


def test_sidecars_are_told_by_their_name_s_ending_in_any_folder(tmp_path: Path) -> None:
    files = ["a/metadata.csv", "a/story.YML", "b.yaml", "a/my-metadata.csv", "metadata.csv.txt", "yml.txt"]
    (tmp_path / "a").mkdir()
    for name in files:
        (tmp_path / name).write_text("file,date\n" if name.endswith(".csv") else "date: 2024-12-05\n", encoding="utf-8")
    found = read_sidecars(tmp_path, files, Config())
    assert found.consumed == {"a/metadata.csv", "a/story.YML", "b.yaml"}
    assert read_sidecars(tmp_path, ["a.txt", "b/c.md"], Config()) == Sidecars({}, frozenset(), ())


# --- hostile and broken files --------------------------------------------------------------


# Each case: file name, how to make its bytes, and the problem reported for it. The files are
# made here, never committed: a corpus of junk that exists only while the test runs.
NASTY: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n\t\n", "file is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file: a PNG image, not text"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file: a PDF document, not text"),
    ("nul.txt", b"text\x00with\x00nuls" * 10, "binary file: holds NUL bytes, not text"),
    ("noise.txt", bytes([1, 2, 3, 4, 5, 6]) * 50 + b"word", "binary file: 300 control characters in 304, not text"),
    ("huge.txt", b"word " * 2_100, "file is 10,500 bytes, over the 10,000-byte limit"),
    ("undecodable.txt", b"caf\xe9 \x81", "not valid UTF-8 (byte 0xe9 at 3), nor Windows-1252 (byte 0x81 at 5)"),
    (
        "bad-bom.txt",
        codecs.BOM_UTF8 + b"caf\xe9",
        "starts with a UTF-8 byte order mark but is not valid UTF-8 (byte 0xe9 at 3)",
    ),
    ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ("README", b"read me", "unsupported file type '(none)'"),
    ("broken.json", b'{"text": "unterminated', "not valid JSON (line 1, column 10: Unterminated string starting at)"),
    ("nothing.jsonl", b"\n\n", "file is empty"),
    ("lines.csv", b"title,date\nPort strike,2024-12-05\n", "no article text column (columns: title, date)"),
    # Nested thousands deep: Python's JSON and YAML readers would run out of stack.
    ("deep.json", b"[" * 100_000, "JSON nested too deeply to be an article"),
    ("deep.yml", b"title: " + b"[" * 5_000, "nested too deeply to be read"),
    ("bad.yml", b"title: [unclosed\n", "not valid YAML (line 2): expected ',' or ']', but got '<stream end>'"),
]


def test_every_nasty_file_is_named_with_its_problem_and_nothing_else_lost(tmp_path: Path) -> None:
    for name, data, _ in NASTY:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "bad.txt").write_text(STORY, encoding="utf-8")  # gives bad.yml an article
    (tmp_path / "deep.txt").write_text(STORY, encoding="utf-8")  # and deep.yml
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    sources, problems = load(tmp_path, max_file_bytes=10_000)
    assert sorted(sources) == ["bad.txt", "deep.txt", "good.txt"]
    expected = sorted((name, message) for name, _, message in NASTY)
    assert sorted((p.split(": ", 1)[0], p.split(": ", 1)[1].split(" (Hint: ")[0]) for p in problems) == expected


def test_symbolic_links_are_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    (corpus / "linked-folder").symlink_to(outside)
    sources, problems = load(corpus)
    assert list(sources) == ["story.txt"]
    assert [p.split(" (Hint")[0] for p in problems] == [
        "link.txt: symbolic link, not followed",
        "linked-folder: symbolic link, not followed",
    ]


def test_files_mapping_to_one_page_are_both_published_and_reported(tmp_path: Path) -> None:
    (tmp_path / "port strike.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "Port-Strike.md").write_text(STORY, encoding="utf-8")
    sources, problems = load(tmp_path)
    ids = {id_ for id_, _, _ in sources.values()}
    assert len(ids) == 2 and all(i.startswith("port-strike-") for i in ids)
    assert len(problems) == 2
    assert problems[0].startswith(
        "Port-Strike.md: maps to the same page as port strike.txt; published as articles/port-strike-"
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".yml"])
)
def test_any_bytes_are_read_or_reported(tmp_path: Path, data: bytes, suffix: str) -> None:
    corpus = tmp_path / "any"
    corpus.mkdir(exist_ok=True)
    for old in corpus.iterdir():
        old.unlink()
    (corpus / f"file{suffix}").write_bytes(data)
    loaded = load_corpus(Config(corpus_dir=corpus))
    accounted = {s.path.split("#")[0] for s in loaded.sources} | {p.path.split("#")[0] for p in loaded.problems}
    assert accounted == {f"file{suffix}"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_as_markdown_or_html_never_raises(text: str) -> None:
    read_markdown(text)
    read_html_or_reason(text)


def read_html_or_reason(text: str) -> None:
    """Read text as a web page: either articles or the Unreadable reason, nothing else."""
    try:
        read_html(text, Config())
    except Unreadable as err:
        assert err.message.startswith("not an article page")


# --- properties ------------------------------------------------------------------------

_line = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40)
_value = _line.map(lambda s: " ".join(s.split())).filter(bool)
_metas = st.builds(
    SourceMeta,
    title=st.none() | _value,
    date=st.none() | st.dates().map(lambda d: d.isoformat()),
    outlet=st.none() | _value,
    url=st.none() | st.from_regex(r"https://[a-z]{1,10}\.example/[a-z0-9/]{0,20}", fullmatch=True),
    byline=st.none() | _value,
    agency=st.none() | _value,
    language=st.none() | st.sampled_from(["en", "fr", "pt-BR"]),
    tags=st.lists(_value.filter(lambda t: "," not in t), max_size=4, unique=True).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(meta=_metas, body=st.text(max_size=200))
def test_metadata_round_trips_through_front_matter(meta: SourceMeta, body: str) -> None:
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(meta).items() if v}
    block = yaml.safe_dump(values, allow_unicode=True, sort_keys=False) if values else ""
    loaded, rest, notes = split_front_matter(f"---\n{block}---\n{body}")
    assert notes == []
    assert loaded == meta
    assert rest == body


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_text_loads_extracts_and_screens_without_raising(text: str, suffix: str) -> None:
    reader = {".md": read_markdown, ".html": lambda t: read_html(t, Config())}.get(suffix)
    try:
        entries = reader(text).entries if reader else ()
    except Unreadable:
        entries = ()
    sources = [Source(id=f"a{n}", path=f"a{n}{suffix}", text=e.text, meta=e.meta) for n, e in enumerate(entries)]
    sources.append(Source(id="raw", path="raw.txt", text=text))
    extracted = extract_articles(sources, Config())
    screen_articles(extracted.articles, Config())


def test_metadata_for_a_whole_dump_and_a_docs_dir_inside_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(json.dumps({"text": STORY, "outlet": "Own"}) + "\n", encoding="utf-8")
    (tmp_path / "dump.yml").write_text("outlet: Wire\nagency: AFP\n", encoding="utf-8")
    (tmp_path / "docs" / "articles").mkdir(parents=True)
    (tmp_path / "docs" / "articles" / "page.md").write_text("# Generated\n", encoding="utf-8")
    loaded = load_corpus(Config(corpus_dir=tmp_path, out_dir=tmp_path / "docs"))
    assert [(s.path, s.meta.outlet, s.meta.agency) for s in loaded.sources] == [("dump.jsonl#1", "Wire", "AFP")]
    assert loaded.problems == ()


def test_record_ids_never_collide_with_line_numbers_and_record_text_is_cleaned(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "2", "text": "Itâ€™s the first record.\x00"}),
        json.dumps({"text": "The second record has no id."}),
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
    sources, problems = load(tmp_path)
    assert problems == []
    assert {path: text for path, (_, text, _) in sources.items()} == {
        "dump.jsonl#2": "It’s the first record.",
        "dump.jsonl#2-2": "The second record has no id.",
    }


@pytest.mark.parametrize(
    "table",
    [
        "file,outlet,date\nstory.txt,The Gazette,2024-12-05\n",
        # Spreadsheets in many locales save with semicolons, and Excel adds a byte order mark.
        "\ufefffile;outlet;date\r\nstory.txt;The Gazette;2024-12-05\r\n",
        "file\toutlet\tdate\nstory.txt\tThe Gazette\t2024-12-05\n",
    ],
)
def test_metadata_tables_as_spreadsheets_save_them(tmp_path: Path, table: str) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(table, encoding="utf-8")
    sources, problems = load(tmp_path)
    assert problems == []
    assert sources["story.txt"][2] == SourceMeta(outlet="The Gazette", date="2024-12-05")


def test_without_a_fallback_encoding_legacy_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes("It’s a café.".encode("cp1252"))
    sources, problems = load(tmp_path, fallback_encoding="")
    assert sources == {}
    assert problems == ["legacy.txt: not valid UTF-8 (byte 0x92 at 2) (Hint: save the file as UTF-8)"]
    sources, problems = load(tmp_path)
    assert sources["legacy.txt"][1] == "It’s a café." and problems == []
