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
    extensions: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".json")
    """File endings read as articles; other files (besides metadata sidecars) are reported as unsupported."""
    max_file_bytes: int = 5_000_000
    """Files larger than this are skipped with a problem: no news article is this large."""
    max_dump_bytes: int = 1_000_000_000
    """The size limit for .jsonl and .json dumps, which hold many articles each."""
    fallback_encoding: str = "cp1252"
    """Encoding tried for files that are neither UTF-8 nor marked by a byte order mark; "" reports them."""
    repair_mojibake: bool = True
    """Repair text decoded with the wrong encoding somewhere upstream ("Itâ€™s" -> "It’s")."""
    outlet_from_folder: bool = False
    """Read the name of an article's top-level subfolder of the corpus as its outlet, when nothing else gives one."""
    metadata_file: str = "metadata.csv"
    """Name of the CSV tables giving metadata (file, title, date, outlet, url, …) to the files in their folder."""
    record_fields: tuple[tuple[str, str], ...] = ()
    """(field, record key) pairs naming where dump records keep a field, e.g. ("text", "story")."""
    record_id_field: str = "id"
    """Record key holding each dump record's own id, used in its page address; else its line number."""
    screen_list_share: float = 0.6
    """A page whose blocks are at least this share headlines, links or photo captions is a list, not an article."""
    screen_min_prose_share: float = 0.4
    """A list page is still an article when at least this share of its words are in sentences of prose."""

    # --- extract ---
    headline_max_chars: int = 90
    """Derived headlines are cut at a clause or word boundary to fit this."""
    subheading_max_words: int = 12
    """A one-line block without final punctuation is a subheading only up to this many words."""
    words_per_minute: int = 230
    """Reading speed used for the reading time shown on article pages."""

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
