"""The settings table: every Config field exposed or internal, options made from it, the README's table from it."""

from __future__ import annotations

import argparse
import dataclasses
import re
from pathlib import Path

import pytest

from newscorpus import cli
from newscorpus.cli import main, options_markdown, parser, settings_from
from newscorpus.config import Config
from newscorpus.model import BuildReport
from newscorpus.settings import INTERNAL, SETTINGS

from .conftest import ROOT

FIELDS = [f.name for f in dataclasses.fields(Config)]


def test_every_config_field_is_a_setting_or_internal() -> None:
    exposed = [s.field for s in SETTINGS]
    for name in FIELDS:
        assert (name in exposed) != (name in INTERNAL), (
            f"Config.{name} must be in exactly one of SETTINGS (an option) or INTERNAL in newscorpus/settings.py"
        )
    assert set(exposed) | INTERNAL == set(FIELDS), "settings.py names a field Config does not have"
    assert len(exposed) == len(set(exposed)), "a field is set by two options"


def test_flags_are_distinct_and_helped() -> None:
    flags = [s.flag for s in SETTINGS]
    assert len(flags) == len(set(flags))
    for setting in SETTINGS:
        assert setting.flag.startswith("--") and setting.help, setting
        # argparse formats help with %: a bare one would break --help.
        assert "%" not in setting.help, setting


def test_no_option_given_is_config_default() -> None:
    # Without options, every field is Config's default, so a plain build is the same as before.
    assert dataclasses.replace(Config(), **settings_from(parser().parse_args([]))) == Config()


@pytest.mark.parametrize(
    ("setting"),
    [s for s in SETTINGS if s.metavar and not s.repeatable],
    ids=lambda s: s.flag,
)
def test_default_typed_back_gives_the_default(setting) -> None:  # type: ignore[no-untyped-def]
    # The option's parser reads the field's type: the default written out reads back as itself.
    default = getattr(Config(), setting.field)
    args = parser().parse_args([setting.flag, str(default)])
    assert getattr(args, setting.field) == default


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        # Folders are Paths, as Config's defaults.
        (["--corpus", "wire"], "corpus_dir", Path("wire")),
        (["--out", "site-docs"], "out_dir", Path("site-docs")),
        # An on/off option whose field is on by default turns it off.
        (["--keep-mojibake"], "repair_mojibake", False),
        (["--max-dump-bytes", "2000"], "max_dump_bytes", 2000),
        # The entity backend is one of a fixed list.
        (["--entity-backend", "auto"], "entity_backend", "auto"),
        (["--spacy-model", "en_core_web_trf"], "spacy_model", "en_core_web_trf"),
        (["--words-per-minute", "180"], "words_per_minute", 180),
        (["--max-figures", "3"], "max_figures", 3),
        (["--site-name", "Wire desk"], "site_name", "Wire desk"),
        (["--home-articles", "20"], "home_article_limit", 20),
        (["--related", "3"], "related_limit", 3),
        (["--feed-size", "10"], "feed_limit", 10),
        (["--version-map-columns", "12"], "version_map_columns", 12),
        # Options that existed before the table keep their names and fields.
        (["--hubs-from", "4"], "hub_min_articles", 4),
        (["--list-share", "0.7"], "screen_list_share", 0.7),
        (["--strict"], "strict", True),
    ],
)
def test_options_reach_the_config(args: list[str], field: str, value: object) -> None:
    config = dataclasses.replace(Config(), **settings_from(parser().parse_args(args)))
    assert getattr(config, field) == value
    # Only that field changes.
    assert dataclasses.replace(config, **{field: getattr(Config(), field)}) == Config()


def test_main_builds_with_the_config_the_options_give(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Config] = []

    def build_site(config: Config, progress: object) -> BuildReport:
        seen.append(config)
        return BuildReport(articles=0, pages=0, groups=0, problems=(), seconds=0.0)

    monkeypatch.setattr(cli, "build_site", build_site)
    assert main(["-q", "--site-name", "Wire desk", "--record-field", "text=story", "--hubs-from", "1"]) == 0
    assert seen == [Config(site_name="Wire desk", record_fields=(("text", "story"),), hub_min_articles=1)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # An internal threshold is refused, with a hint that it is set in code.
        (
            ["--shingle-size", "5"],
            "unrecognized arguments: --shingle-size 5 (Hint: shingle_size is a tuning threshold measured by the "
            "quality gates, set in newscorpus/config.py, not a command-line option)",
        ),
        (["--min-containment=0.3"], "(Hint: min_containment is a tuning threshold"),
        # An option nothing knows gets argparse's plain message.
        (["--colour", "red"], "unrecognized arguments: --colour red\n"),
        (["--entity-backend", "stanza"], "argument --entity-backend: invalid choice: 'stanza'"),
        (["--feed-size", "0"], "'0' is not a whole number above zero"),
    ],
)
def test_refused_options_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_help_shows_each_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--feed-size N newest dated articles in the Atom feed (feed.xml) (default: 50)" in out
    assert "--keep-mojibake leave text" in out


def test_markdown_options_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--markdown-options"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out == options_markdown(parser())
    lines = out.splitlines()
    assert lines[:2] == ["| Option | Default | What it does |", "|---|---|---|"]
    # One row per option but --help.
    options = [a for a in parser()._actions if not isinstance(a, argparse._HelpAction)]
    assert len(lines) == 2 + len(options)
    assert "| `--hubs-from N` | `2` | Give a person" in out
    assert "| `--keep-mojibake` | off | Leave text" in out
    assert "| `--record-field FIELD=KEY` | none | Read FIELD" in out


def test_readme_option_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"<!-- options -->\n(.*?)<!-- /options -->", readme, re.DOTALL)
    assert found == [options_markdown(parser())], (
        "README.md's option table is stale: replace what is between <!-- options --> and <!-- /options --> "
        "with the output of python build.py --markdown-options"
    )
