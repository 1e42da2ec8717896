"""The one build configuration: every knob the stages read, documented here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Config:
    """Settings for one build; the CLI fills it from its options."""

    corpus_dir: Path = Path("corpus")
    """Folder of input articles; read recursively, hidden files ignored."""
    out_dir: Path = Path("docs")
    """The MkDocs docs dir. Generated pages go here; hand-written pages beside them are kept."""
    strict: bool = False
    """Treat any problem with an input file as fatal (non-zero exit)."""

    # --- load ---
    extensions: tuple[str, ...] = (".txt",)
    """File endings read as articles; other files are reported as unsupported."""
    max_file_bytes: int = 5_000_000
    """Files larger than this are skipped with a problem: no news article is this large."""

    # --- extract ---
    headline_max_chars: int = 90
    """Derived headlines are cut at a clause or word boundary to fit this."""
    subheading_max_words: int = 12
    """A one-line block without final punctuation is a subheading only up to this many words."""
    words_per_minute: int = 230
    """Reading speed used for the reading time shown on article pages."""
    entity_backend: str = "rules"
    """Entity finder: "rules" (gazetteers and cue words), "spacy" (needs spaCy and the model
    installed), or "auto" (spaCy when installed, else rules)."""
    spacy_model: str = "en_core_web_sm"
    """Installed spaCy pipeline package used by the "spacy" and "auto" entity backends."""
    language_min_words: int = 20
    """Fewest words for a language guess from the text; shorter texts get none unless metadata says."""
    language_min_share: float = 0.12
    """Share of words that must be function words of the winning language for a guess."""
    max_figures: int = 25
    """Key figures kept per article, in text order; the rest are left out of pages and data."""
    min_place_population: int = 15000
    """Cities smaller than this are not in the place gazetteer (small towns named like words)."""

    # --- match ---
    shingle_size: int = 4
    """Words per n-gram when comparing articles for shared wire copy."""
    shingle_df_cap: int = 50
    """N-grams found in more articles than this are boilerplate and ignored for candidates."""
    min_containment: float = 0.35
    """Share of the shorter article's n-grams found in the other for two articles to be versions."""
    min_shared_shingles: int = 8
    """Fewest shared n-grams for two articles to be versions, whatever their length."""

    # --- render ---
    index_page_size: int = 500
    """Articles listed per page of the article index."""
    home_article_limit: int = 50
    """Articles listed on the home page; the article index lists all."""
    site_name: str = field(default="News corpus")
    """Shown on generated pages."""
