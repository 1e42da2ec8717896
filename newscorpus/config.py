"""The one build configuration: every knob the stages read, documented here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Config:
    """Settings for one build; the CLI fills it from its options (newscorpus/settings.py says which)."""

    corpus_dir: Path = Path("corpus")
    """Folder of input articles; read recursively, hidden files ignored."""
    out_dir: Path = Path("docs")
    """The MkDocs docs dir. Generated pages go here; hand-written pages beside them are kept."""
    strict: bool = False
    """Treat any problem with an input file as fatal (non-zero exit)."""
    cache_dir: Path | None = Path(".cache/newscorpus")
    """Folder keeping each article's extraction between builds, so a rebuild extracts only the
    articles that changed; a relative path is taken from the folder holding the docs dir (the
    project). None keeps no cache."""
    workers: int = 0
    """Processes extracting articles at once: 0 starts one per core, 1 extracts in the build's own process."""
    parallel_min_articles: int = 200
    """Fewer articles to extract than this are extracted in the build's own process: starting the
    worker processes and handing them the articles would cost more than it saves
    (benchmarks/build_scale.py)."""

    # --- load ---
    extensions: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".json", ".csv")
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
    variant_max_edit_share: float = 0.2
    """Two spellings of a word of a name differ by at most this share of its letters in edits
    ("Securitites", "Chrsyler", "Joulani"): "Zhao"/"Zhou" (1 in 4) and "Apollo"/"Apple" stay apart."""
    typo_min_letters: int = 7
    """A word of this many letters one edit from a name's word, in a spelling written in only a few
    articles, is a typo even with nothing else in common ("Goverment", "Stangeland" for "Arlan
    Stangeland"); shorter words ("Cooke", "Reed") need more evidence."""
    typo_max_occurrences: int = 3
    """... and only when the corpus writes that word, capitalised, at most this many times in all:
    "Solomon" written elsewhere is a name of its own, not a slip for "Salomon"."""
    variant_max_articles: int = 2
    """A spelling written in at most this many articles, where the form it resembles is written in
    more, is unknown elsewhere: a misspelling or one outlet's spelling, merged when the rest agrees."""
    variant_min_shared_names: int = 2
    """Rarer names both spellings' articles share for two spellings each written widely to be one
    entity ("Al-Qaida" and "Al-Qaeda" name the same people and places)."""
    surname_min_margin: float = 2.0
    """A surname alone that several people share goes to the one whose articles name the same
    things at least this many times as strongly as the next's; else it stays ambiguous, unlinked."""
    surname_min_shared_names: int = 2
    """... and whose articles share at least this many rarer names with its article: one name in
    common ("Switzerland") is chance."""
    distinctive_surname_letters: int = 7
    """A surname of this many letters or more, never written in lower case and no given name, names the
    one person the corpus names in full by it even with nothing else in common ("Ahmadinejad")."""
    group_name_min_share: float = 1 / 3
    """A company's name written alone joins the one written with a legal form ("Texaco", "Texaco Inc")
    only when that company is written in at least this share of the articles naming any company whose
    name opens with it; else it is a group's name ("Mitsubishi": Mitsubishi Motors, Bank, Heavy
    Industries, far more written than Mitsubishi Corp)."""
    clipping_min_articles: int = 3
    """A clipped name ("Fed") stands for the longer name it opens ("Federal Reserve Board") when written
    beside it in at least this many articles, twice as many as beside any other."""
    given_name_ratio: float = 3.0
    """A word the corpus's full names hold as a given name more than this many times as often as a
    surname ("Paul") is not taken for anyone's surname when written alone."""
    surname_min_dominance: float = 10.0
    """When an article's other names do not tell them apart, a shared surname goes to the person
    named in this many times as many articles as the next ("Reagan": Ronald, not Nancy)."""
    common_word_min_share: float = 0.5
    """A one-word name the corpus writes in lower case at least this share as often as capitalised
    is a common word ("World", "Note"): never a form of a longer name, never merged by spelling."""
    common_word_min_count: int = 3
    """... and written in lower case at least this many times: a typo seen once each way is not common."""
    country_min_share: float = 0.6
    """A body written without its country ("Congress") is taken for one country's in an article that
    says nothing closer only when at least this share of the corpus's articles writing it name that
    country, four times as many as name any other country with such a body ("Foreign Ministry" is no one's)."""
    short_form_min_share: float = 0.05
    """A body's name joins the name one word longer ("Federal Reserve", "Federal Reserve Board") when
    at least this share of the articles writing it write it as that name's short form, beside it."""
    country_min_articles: int = 5
    """... and in at least this many articles: three web pages on "Communist Party" say little."""
    canonical_min_share: float = 0.25
    """An organisation's or place's canonical name is its fullest form written in at least this
    share of the articles that write its most-written form: "BBC", not "BBC Radio" named twice."""
    canonical_min_share_people: float = 0.1
    """For people, the share of the articles writing the most-written full name: "Ronald Reagan",
    not "Ronald Wilson Reagan" written once (a surname alone is never canonical beside a full name)."""

    # --- match ---
    shingle_size: int = 4
    """Words per n-gram when comparing articles for shared wire copy."""
    shingle_df_cap: int = 20
    """N-grams found in more articles than the corpus's cap are common (stock phrases, furniture,
    a story reprinted by many outlets): they count only in runs of `common_run_words`. The cap is
    `shingle_df_share` of the corpus's articles, but never below this nor above `shingle_df_ceiling`."""
    shingle_df_share: float = 0.005
    """Share of the corpus's articles that sets its document-frequency cap (100 for 20,000 articles)."""
    shingle_df_ceiling: int = 100
    """The cap never rises above this: pairing every two articles holding an n-gram costs its square."""
    common_run_words: int = 12
    """Common n-grams count as shared copy only in a run covering this many words: a sentence
    shared word for word by many pages is reprinted copy, a stock phrase is shorter."""
    common_run_neighbours: int = 5
    """An article holding a common n-gram in such a run is compared with the next this many articles
    holding it (not with all: the n-gram can be in every article): the versions of a story reprinted
    more widely than the cap are linked in a band that one odd version does not cut."""
    min_common_share: float = 0.5
    """... and only when such runs make this share of the shorter article or more: two versions of
    a story every outlet reprinted share nearly all of it, two items of one template a sentence."""
    candidate_min_share: float = 0.15
    """Share of the shorter article's n-grams two articles must share to be verified at all."""
    min_containment: float = 0.45
    """Share of the shorter article's words, in aligned runs, found in the other for two to be versions."""
    min_narrative_containment: float = 0.4
    """The same share counting only words outside quotation marks (on either side): a shared
    quote is not shared copy."""
    min_copy_words: int = 80
    """... or shared narrative in runs of `common_run_words` or more totalling this many words:
    whole paragraphs kept, however small a share of either article (a write-through's long new top)."""
    max_update_days: int = 2
    """Articles published more days apart than this share whole paragraphs as background, not as
    a write-through: only a large share of shared copy (`min_containment`) makes them versions."""
    min_copy_containment: float = 0.25
    """... and then still this share of the shorter article's words, and of its narrative."""
    max_bulletin_words: int = 160
    """A shorter article of at most this many words whose lede is the other's (each first paragraph
    mostly shared, `min_lede_alignment`) needs only `min_copy_containment` of itself shared: a first
    bulletin is a few paragraphs, and its write-through keeps its top, not a long run of it."""
    min_bulletin_top_share: float = 0.75
    """... and whose first two paragraphs are shared for this share of their words or more: a
    write-through keeps the bulletin's top nearly word for word, two write-ups of one release
    share a lede's facts in other words."""
    min_shared_shingles: int = 8
    """Fewest shared n-grams for two articles to be versions, whatever their length."""
    min_figure_agreement: float = 0.3
    """Two articles that each have two or more figures the other lacks in their aligned paragraphs,
    this share or more of the fewer figures, are different items from one template (unless a correction)."""
    figure_block_words: int = 12
    """A paragraph this long or longer sharing less than `figure_shared_share` of its words with
    the other article is prose one of them added: its figures are new, not changed. Shorter ones
    (table rows, notices) have their figures compared whatever they share."""
    figure_shared_share: float = 0.2
    """See `figure_block_words`."""
    min_lede_alignment: float = 0.5
    """Share of each first paragraph that must be shared copy for the ledes' dates to be compared:
    a daily table repeats its lede but for the day."""
    max_new_lede_share: float = 0.2
    """A first paragraph with less than this share of shared copy is a new top set over a kept body
    (a write-through): the names it gives are no conflict of subjects with the other version..."""
    min_new_lede_words: int = 12
    """... when it is a paragraph of at least this many words (a lede, not a line of a headline)..."""
    min_kept_body_share: float = 0.5
    """... and the rest of the article is shared copy for at least this share of its words..."""
    min_lede_counterpart: float = 0.5
    """... unless the two first paragraphs are this alike as sentences (names and figures read as
    slots): then they are two items of one template, one sentence with other subjects."""
    min_sentence_match: float = 0.5
    """Two sentences, one in each article, are one sentence written again when each shares this
    share of its words (figures aside) with the other: a daily item on another day says the
    same sentences with other figures."""
    min_subject_conflict: int = 2
    """Two articles whose ledes each name this many words the other never uses are about
    different subjects written from one template."""
    short_body_words: int = 40
    """When two articles share fewer words than this (notices, briefs), headlines that each name
    something the other article never mentions keep them apart."""
    generic_title_min: int = 5
    """A headline word in at least this many headlines of the corpus is generic ("sets", "raises")."""
    generic_title_share: float = 0.002
    """... or in at least this share of the corpus's articles, whichever is more."""
    min_lede_coverage: float = 0.35
    """A version covering less of the longer article than this must carry its lede (trims cut
    from the bottom, while a roundup holds an item anywhere), unless it shares whole paragraphs
    (`min_copy_words`) with a longer article whose rest is about the same things
    (`min_topic_share`): a re-topped page, a live file."""
    topic_min_names: int = 3
    """The rest of a longer article naming fewer things than this says nothing either way."""
    min_topic_share: float = 0.15
    """Share of the names of the rest of a longer article (rarer names weigh more) the other must
    name too, or of the shared part's names the rest must repeat, for the rest to be about the
    same story: a roundup's other items and a digest's other story name other things."""
    alert_max_words: int = 40
    """An article of one paragraph and at most this many words that says its headline again is a
    wire alert: a version of the story it grows into when that opens with most of its words (see
    `alert_lede_share`); a page this short saying nothing of its headline lost its story in scraping."""
    alert_headline_share: float = 0.8
    """Share of the headline's words (function words aside) an alert says again."""
    alert_lede_share: float = 0.6
    """Share of an alert's words (function words aside) the opening paragraph of a story from the
    same agency must hold, besides a shared run of words, for the alert to be its first version."""
    min_alert_shingles: int = 3
    """Fewest shared n-grams (a run of six words) for an alert and a story to be compared at all."""
    storyless_min_headline_words: int = 6
    """A page that lost its story joins the pages printing its very headline only when the headline
    has this many words (function words aside): "Weather" or "Stocks rise" name no one story."""
    min_group_linkage: float = 0.5
    """Two clusters join when this share of the pairs across them that share copy are versions:
    pairs sharing little (the two ends of a write-through chain) count neither way, pairs sharing
    copy without being versions (a daily item on two days) count against."""
    max_group_conflict: float = 0.1
    """... and no more than this share of them items of one template (`verify`'s conflicts): two
    days of a daily table conflict pair after pair, a story reprinted widely by one odd page."""
    min_same_subject: float = 0.3
    """Share of the names of the article naming fewer (rarer names weigh more) that two articles
    must have in common to be one story without shared text (two ends of a write-through chain)."""
    min_part_overlap: float = 0.5
    """Two parts of a page shared with two other pages are one part when this share of the smaller overlaps."""
    min_digest_share: float = 0.8
    """A digest (parts shared with two stories naming different things) joins the story holding
    this share of its words, and none when no story holds that much."""
    min_timed_entries: int = 2
    """A page with this many paragraphs that are a bare time of day ("4:15 p.m.") is a running file
    of timed entries ("The Latest"): it joins the one story holding most of it, never two stories
    of its event that name the same things."""
    paragraph_match: float = 0.5
    """Share of words two paragraphs must share to be aligned as one paragraph, edited."""
    paragraph_part_match: float = 0.8
    """Share of a paragraph's words that must stand in the unmatched rest of a neighbour's
    counterpart for the two to be read as one paragraph split in two (or two merged into one)."""
    paragraph_gap_match: float = 0.3
    """Share of words a left-over reference paragraph and a left-over version paragraph, alone
    between the same aligned neighbours, must share to be compared as one paragraph rewritten."""
    min_habit_stories: int = 2
    """A substitution an outlet makes in at least this many stories is listed as a habit."""

    # --- render ---
    index_page_size: int = 500
    """Articles listed per page of the article index."""
    home_article_limit: int = 50
    """Articles listed on the home page; the article index lists all."""
    site_name: str = field(default="News corpus")
    """Shown on generated pages."""
    hub_min_articles: int = 2
    """An entity gets a hub page when at least this many articles name it; others show unlinked.
    A hub gathers the articles naming an entity; for a name in one article only it repeats that
    article's page, and each hub is one more page to build and one more search result."""
    search_shard_size: int = 2000
    """Search documents (articles and hubs) per shard of the search index, on average, past which
    it is split in two, four, eight... shards (16 at most) by a hash of each page's address
    (newscorpus/index.py); 0 keeps one index. Pagefind indexes the shards at once on the cores there are, and a rebuild
    re-indexes only the shards holding a page that changed; each shard adds its page list and an
    index chunk to what a first search fetches."""
    hub_page_size: int = 200
    """Articles (each with its sentence) listed per page of an entity hub."""
    hub_co_mentions: int = 15
    """Co-mentioned entities listed on a hub."""
    entity_index_page_size: int = 1000
    """Entities listed per page of the people, organisations and places indexes."""
    related_limit: int = 5
    """Related articles listed on an article page."""
    related_max_df: int = 200
    """Entities named by more articles than this ("U.S.") make no article related to another:
    too common to say two stories are about the same thing, and too costly to pair."""
    related_days: int = 7
    """Articles published this many days apart or fewer score as nearby in time."""
    home_top_entities: int = 10
    """Most-mentioned entities of each kind shown on the home page."""
    home_top_stories: int = 10
    """Largest variant groups shown on the home page."""
    version_map_columns: int = 60
    """Versions drawn one column each on a story's version map; beyond this, versions that did the
    same with every paragraph share a column, with a count."""
    version_map_rows: int = 80
    """Rows of a story's version map drawn one by one (the headline row aside); the rest are summed
    up in one last row."""
    syndication_outlets: int = 50
    """Outlets in the syndication page's table of how each edits wire copy, most versions first."""
    feed_limit: int = 50
    """Newest dated articles in the Atom feed (feed.xml)."""

    @property
    def cache_dir_path(self) -> Path | None:
        """Return the cache folder, a relative cache_dir taken from the folder holding the docs dir."""
        if self.cache_dir is None or self.cache_dir.is_absolute():
            return self.cache_dir
        return self.out_dir.absolute().parent / self.cache_dir

    @property
    def worker_count(self) -> int:
        """Return how many processes extract: workers, or one per core this process may use."""
        if self.workers > 0:
            return self.workers
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
