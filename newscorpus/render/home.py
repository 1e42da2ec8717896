"""The home page and the build report."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..errors import Problem
from ..markup import front_matter, md_text
from ..model import Article, Page, VariantGroup
from .articles import article_item
from .common import ARTICLES_DIR, SYNDICATION_DIR, link


def render_home(
    articles: Sequence[Article], groups: Sequence[VariantGroup], problems: Sequence[Problem], config: Config
) -> Page:
    """Return the home page: what the corpus holds and where to go from here."""
    path = "index.md"
    grouped = sum(len(g.members) for g in groups)
    words = sum(a.word_count for a in articles)
    lines = [
        front_matter(title=config.site_name),
        f"# {md_text(config.site_name)}",
        "",
        "| In this corpus | |",
        "|---|---:|",
        f"| Articles | {len(articles):,} |",
        f"| Words | {words:,} |",
        f"| Stories published in several versions | {len(groups):,} |",
        f"| Articles that are one of several versions | {grouped:,} |",
        f"| Files skipped or flagged | {len(problems):,} |",
        "",
        f"- [Syndication: which articles are versions of one story]({link(path, f'{SYNDICATION_DIR}/index.md')})",
        f"- [Every article]({link(path, f'{ARTICLES_DIR}/index.md')})",
        f"- [Build report: files skipped or flagged]({link(path, 'report.md')})",
        "",
        "## Articles",
        "",
    ]
    shown = articles[: config.home_article_limit]
    lines += [article_item(path, a) for a in shown]
    if len(articles) > len(shown):
        lines += ["", f"[All {len(articles):,} articles]({link(path, f'{ARTICLES_DIR}/index.md')})"]
    return Page(path, "\n".join(lines) + "\n")


def render_report(problems: Sequence[Problem]) -> Page:
    """Return the build report: every input file that was skipped or flagged, and why."""
    lines = [front_matter(title="Build report"), "# Build report", ""]
    if not problems:
        lines.append("Every file in the corpus was published.")
    else:
        lines += [
            f"{len(problems):,} files were skipped or flagged. The rest of the corpus was published.",
            "",
            "| File | Problem | What to try | Published |",
            "|---|---|---|---|",
        ]
        for p in problems:
            lines.append(
                f"| {md_text(p.path)} | {md_text(p.message)} | {md_text(p.hint)} | {'no' if p.skipped else 'yes'} |"
            )
    return Page("report.md", "\n".join(lines) + "\n")


def problem_record(problem: Problem) -> dict[str, object]:
    """Return a problem's entry in data/problems.json."""
    return {"path": problem.path, "message": problem.message, "hint": problem.hint, "skipped": problem.skipped}
