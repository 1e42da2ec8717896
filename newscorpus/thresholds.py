"""The Config fields of the name merge and of matching that are tuned thresholds, not per-build options.

Each is held to the floors of the quality gates on the development halves: a change is a code change,
measured again. `settings` keeps them off the command line; `cache` leaves them out of an article's key
(the merge and matching run after the cache, on every build).
"""

from __future__ import annotations

MERGE_THRESHOLDS = frozenset(
    {
        "variant_max_edit_share",
        "typo_min_letters",
        "typo_max_occurrences",
        "variant_max_articles",
        "variant_min_shared_names",
        "surname_min_margin",
        "surname_min_shared_names",
        "distinctive_surname_letters",
        "clipping_min_articles",
        "group_name_min_share",
        "given_name_ratio",
        "surname_min_dominance",
        "common_word_min_share",
        "common_word_min_count",
        "country_min_share",
        "short_form_min_share",
        "country_min_articles",
        "canonical_min_share",
        "canonical_min_share_people",
    }
)
"""The corpus-wide name merge's thresholds (it runs after extraction, on every build)."""

MATCH_THRESHOLDS = frozenset(
    {
        "shingle_size",
        "shingle_df_cap",
        "shingle_df_share",
        "shingle_df_ceiling",
        "common_run_words",
        "common_run_neighbours",
        "min_common_share",
        "candidate_min_share",
        "min_containment",
        "min_narrative_containment",
        "min_copy_words",
        "max_update_days",
        "min_copy_containment",
        "max_bulletin_words",
        "min_bulletin_top_share",
        "min_shared_shingles",
        "min_figure_agreement",
        "figure_block_words",
        "figure_shared_share",
        "min_lede_alignment",
        "max_new_lede_share",
        "min_new_lede_words",
        "min_kept_body_share",
        "min_lede_counterpart",
        "min_sentence_match",
        "min_subject_conflict",
        "short_body_words",
        "generic_title_min",
        "generic_title_share",
        "min_lede_coverage",
        "topic_min_names",
        "min_topic_share",
        "alert_max_words",
        "alert_headline_share",
        "alert_lede_share",
        "min_alert_shingles",
        "storyless_min_headline_words",
        "min_group_linkage",
        "max_group_conflict",
        "min_same_subject",
        "min_part_overlap",
        "min_digest_share",
        "min_timed_entries",
        "paragraph_match",
        "paragraph_part_match",
        "paragraph_gap_match",
        "min_habit_stories",
    }
)
"""Matching and edit-alignment thresholds, tuned on the labelled pairs (quality/score_matching.py)."""
