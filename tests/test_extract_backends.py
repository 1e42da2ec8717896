"""Choosing the entity backend: rules by default, spaCy only when asked for and installed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from newscorpus.config import Config
from newscorpus.errors import CorpusError
from newscorpus.extract.backends import RuleBackend, SpacyBackend, select_backend


class FakeNlp:
    """Stands in for a loaded spaCy pipeline: one PERSON and one DATE entity per text."""

    def __call__(self, text: str) -> Any:
        start = text.index("Ada")
        ents = [
            SimpleNamespace(text="Ada Lovelace", label_="PERSON", start_char=start, end_char=start + 12),
            SimpleNamespace(text="Monday", label_="DATE", start_char=0, end_char=6),
        ]
        return SimpleNamespace(ents=ents)


def fake_spacy() -> Any:
    return SimpleNamespace(load=lambda name: FakeNlp())


def installed(*names: str) -> Any:
    return lambda name: object() if name in names else None


@pytest.mark.parametrize(
    ("choice", "present", "expected"),
    [
        # The default never looks for spaCy.
        ("rules", ("spacy", "en_core_web_sm"), RuleBackend),
        # "auto" takes spaCy when both it and the pipeline package are installed …
        ("auto", ("spacy", "en_core_web_sm"), SpacyBackend),
        # … and falls back on rules when either is missing.
        ("auto", ("spacy",), RuleBackend),
        ("auto", (), RuleBackend),
        # "spacy" with everything installed.
        ("spacy", ("spacy", "en_core_web_sm"), SpacyBackend),
    ],
)
def test_select_backend(choice: str, present: tuple[str, ...], expected: type) -> None:
    backend = select_backend(
        Config(entity_backend=choice), find_spec=installed(*present), import_module=lambda name: fake_spacy()
    )
    assert isinstance(backend, expected)


def test_spacy_asked_for_but_missing_says_what_to_install() -> None:
    with pytest.raises(CorpusError) as error:
        select_backend(Config(entity_backend="spacy"), find_spec=installed("spacy"))
    assert "en_core_web_sm" in str(error.value)
    assert "entity_backend 'rules'" in error.value.hint


def test_unknown_backend_is_an_error() -> None:
    with pytest.raises(CorpusError, match="'stanza' is not one of rules, spacy, auto"):
        select_backend(Config(entity_backend="stanza"))


def test_spacy_backend_maps_labels_to_kinds() -> None:
    # PERSON becomes a person; labels that are not people, organisations or places are dropped.
    mentions = SpacyBackend(FakeNlp()).mentions(["Monday: Ada Lovelace spoke."])
    assert [(m.kind, m.text, m.start) for m in mentions] == [("person", "Ada Lovelace", 8)]


def test_spacy_is_not_installed_here() -> None:
    # The rules are the default and need no model: building must work on a machine without spaCy.
    assert isinstance(select_backend(Config()), RuleBackend)
