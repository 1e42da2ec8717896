"""The home page and the build report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..config import Config
from ..errors import Problem
from ..link import published_date
from ..markup import front_matter, html_text, md_text
from ..model import Article, Page, SiteLinks, VariantGroup
from .archives import month_of
from .articles import article_item
from .blocks import bullets, paragraph, table
from .common import (
    ARCHIVE_DIR,
    ARTICLES_DIR,
    HUB_DIRS,
    HUB_TITLES,
    SYNDICATION_DIR,
    counted,
    group_path,
    hub_path,
    link,
)
from .entities import top_hubs
from .feeds import timestamp
from .syndication import story_title


def render_home(links: SiteLinks, problems: Sequence[Problem], config: Config) -> Page:
    """Return the home page: counts, latest articles, biggest stories, most-named entities, a timeline."""
    path = "index.md"
    articles = sorted(links.articles.values(), key=lambda a: a.id)
    groups = sorted(links.groups.values(), key=lambda g: g.id)
    grouped = sum(len(g.members) for g in groups)
    words = sum(a.word_count for a in articles)
    dated = sum(1 for a in articles if published_date(a))
    counts = [
        ("Articles", len(articles)),
        ("Words", words),
        ("Articles with a publication date", dated),
        ("Stories published in several versions", len(groups)),
        ("Articles that are one of several versions", grouped),
        *((HUB_TITLES[kind], sum(1 for h in links.hubs.values() if h.kind == kind)) for kind in HUB_DIRS),
        ("Files skipped or flagged", len(problems)),
    ]
    lines = [front_matter(title=config.site_name), f"# {md_text(config.site_name)}", ""]
    lines += table(("In this corpus", ""), [(name, f"{n:,}") for name, n in counts], right=(1,))
    lines += [
        f"- [Syndication: which articles are versions of one story]({link(path, f'{SYNDICATION_DIR}/index.md')})",
        f"- [Every article]({link(path, f'{ARTICLES_DIR}/index.md')})",
        *(f"- [{HUB_TITLES[kind]}]({link(path, f'{folder}/index.md')})" for kind, folder in HUB_DIRS.items()),
        f"- Archives: [by date]({link(path, f'{ARCHIVE_DIR}/dates/index.md')}) · "
        f"[by outlet]({link(path, f'{ARCHIVE_DIR}/outlets/index.md')}) · "
        f"[by wire agency]({link(path, f'{ARCHIVE_DIR}/agencies/index.md')})",
        f"- [Build report: files skipped or flagged]({link(path, 'report.md')})",
        "- Data: [articles](data/articles.json) · [entities](data/entities.json) · "
        "[variants](data/variants.json) · [Atom feed](feed.xml)",
        "",
    ]
    lines += _timeline(articles)
    lines += _latest(path, articles, config)
    lines += _biggest_stories(path, groups, links, config)
    lines += _top_entities(path, links, config)
    return Page(path, "\n".join(lines).rstrip("\n") + "\n")


def _latest(path: str, articles: Sequence[Article], config: Config) -> list[str]:
    """Return the newest articles (by file name when no dates are known)."""
    dated = [a for a in articles if published_date(a)]
    if dated:
        title = "Latest articles"
        shown = sorted(dated, key=lambda a: (timestamp(a) or "", a.id), reverse=True)[: config.home_article_limit]
    else:
        title = "Articles"
        shown = list(articles[: config.home_article_limit])
    lines = [f"## {title}", ""]
    lines += bullets(article_item(path, a) for a in shown)
    if len(articles) > len(shown):
        lines += [f"[All {len(articles):,} articles]({link(path, f'{ARTICLES_DIR}/index.md')})", ""]
    return lines


def _biggest_stories(path: str, groups: Sequence[VariantGroup], links: SiteLinks, config: Config) -> list[str]:
    """Return the stories published in most versions."""
    lines = ["## Biggest stories", ""]
    biggest = sorted(groups, key=lambda g: (-len(g.members), g.id))[: config.home_top_stories]
    if not biggest:
        return [*lines, "No story was found in more than one version.", ""]
    for group in biggest:
        title = story_title(group, links)
        lines.append(f"- [{md_text(title)}]({link(path, group_path(group.id))}) — {len(group.members)} versions")
    return [*lines, ""]


def _top_entities(path: str, links: SiteLinks, config: Config) -> list[str]:
    """Return the people, organisations and places named by most articles."""
    lines = ["## Most named", ""]
    for kind, title in HUB_TITLES.items():
        top = top_hubs(links, kind, config.home_top_entities)
        names = [f"[{md_text(h.name)}]({link(path, hub_path(h.key))}) ({len(h.mentions):,})" for h in top]
        lines += [f"**{title}:** " + (" · ".join(names) if names else "none found."), ""]
    return lines


# Size of the timeline chart, in SVG user units; it scales to the page's width.
_CHART_W, _CHART_H, _CHART_PAD = 720, 160, 24


def _timeline(articles: Sequence[Article]) -> list[str]:
    """Return a bar chart of articles per month as inline SVG, or nothing when no dates are known."""
    per_month = Counter(m for a in articles if (m := month_of(a)))
    if not per_month:
        return []
    months = _month_range(min(per_month), max(per_month))
    peak = max(per_month.values())
    width = (_CHART_W - 2 * _CHART_PAD) / len(months)
    bars = []
    for i, month in enumerate(months):
        count = per_month.get(month, 0)
        height = (_CHART_H - 2 * _CHART_PAD) * count / peak
        x, y = _CHART_PAD + i * width, _CHART_H - _CHART_PAD - height
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width - 1, 0.5):.1f}" height="{height:.1f}">'
            f"<title>{html_text(month)}: {counted(count, 'article')}</title></rect>"
        )
    label = f"Articles per month, {months[0]} to {months[-1]}; most in one month: {peak:,}"
    svg = (
        f'<svg class="newscorpus-timeline" viewBox="0 0 {_CHART_W} {_CHART_H}" role="img" '
        f'aria-label="{html_text(label)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{html_text(label)}</title>{''.join(bars)}"
        f'<text x="{_CHART_PAD}" y="{_CHART_H - 6}">{html_text(months[0])}</text>'
        f'<text x="{_CHART_W - _CHART_PAD}" y="{_CHART_H - 6}" text-anchor="end">{html_text(months[-1])}</text>'
        f'<text x="{_CHART_PAD}" y="16">{peak:,}</text></svg>'
    )
    return ["## Timeline", "", svg, "", md_text(label) + ".", ""]


def _month_range(first: str, last: str) -> list[str]:
    """Return every YYYY-MM from first to last."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def render_report(problems: Sequence[Problem]) -> Page:
    """Return the build report: every input file that was skipped or flagged, and why."""
    lines = [front_matter(title="Build report"), "# Build report", ""]
    if not problems:
        lines.append("Every file in the corpus was published.")
    else:
        lines += paragraph(f"{len(problems):,} files were skipped or flagged. The rest of the corpus was published.")
        rows = [(p.path, p.message, p.hint, "no" if p.skipped else "yes") for p in problems]
        lines += table(("File", "Problem", "What to try", "Published"), rows)
    return Page("report.md", "\n".join(lines).rstrip("\n") + "\n")


def problem_record(problem: Problem) -> dict[str, object]:
    """Return a problem's entry in data/problems.json."""
    return {"path": problem.path, "message": problem.message, "hint": problem.hint, "skipped": problem.skipped}
