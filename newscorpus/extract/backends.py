"""Entity backends: the rule-based finder by default, a spaCy pipeline when one is installed."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from ..config import Config
from ..errors import CorpusError
from .entities import Mention, find_rule_mentions
from .gazetteer import Gazetteer, load_gazetteer

log = logging.getLogger(__name__)

# spaCy's entity labels and the kinds they stand for; other labels (DATE, MONEY, …) are not entities here.
SPACY_KINDS = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}


class EntityBackend(Protocol):
    """Finds name mentions in an article's paragraphs."""

    name: str

    def mentions(self, paragraphs: Sequence[str]) -> list[Mention]:
        """Return the name mentions, each with its paragraph index and offsets."""
        ...


class RuleBackend:
    """Capitalised runs classified by gazetteers and cue words; no model, no download."""

    name = "rules"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def mentions(self, paragraphs: Sequence[str]) -> list[Mention]:
        """Return the name mentions found by rules."""
        return find_rule_mentions(paragraphs, self.gazetteer)


class SpacyBackend:
    """A loaded spaCy pipeline's named entities, mapped to people, organisations and places."""

    name = "spacy"

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def mentions(self, paragraphs: Sequence[str]) -> list[Mention]:
        """Return the name mentions spaCy finds."""
        found = []
        for index, paragraph in enumerate(paragraphs):
            for ent in self.nlp(paragraph).ents:
                kind = SPACY_KINDS.get(ent.label_)
                if kind is not None:
                    text = " ".join(str(ent.text).split())
                    found.append(Mention(kind, text, index, int(ent.start_char), int(ent.end_char), kind == "person"))  # type: ignore[arg-type]
        return found


def select_backend(
    config: Config,
    *,
    find_spec: Callable[[str], object | None] = importlib.util.find_spec,
    import_module: Callable[[str], Any] = importlib.import_module,
) -> EntityBackend:
    """Return the entity backend config.entity_backend asks for; "auto" falls back on rules."""
    choice = config.entity_backend
    if choice not in ("rules", "spacy", "auto"):
        raise CorpusError(
            f"entity_backend {choice!r} is not one of rules, spacy, auto",
            "use rules unless spaCy and a pipeline package are installed",
        )
    if choice in ("spacy", "auto"):
        if find_spec("spacy") is not None and find_spec(config.spacy_model) is not None:
            spacy = import_module("spacy")
            log.info("entities: spaCy pipeline %s", config.spacy_model)
            return SpacyBackend(spacy.load(config.spacy_model))
        if choice == "spacy":
            raise CorpusError(
                f"entity_backend 'spacy' needs spaCy and the {config.spacy_model} pipeline, which are not installed",
                f"pip install spacy and the {config.spacy_model} package, or use entity_backend 'rules'",
            )
    return RuleBackend(load_gazetteer(config.min_place_population))
