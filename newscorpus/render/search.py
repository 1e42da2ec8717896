"""The search page, and what the search index holds for each article and entity hub.

The index is Pagefind's, written by the build into docs/pagefind/ (see newscorpus/index.py), and
searched by one box in the header of every page and by the search page, which adds filters.
Each page that can be a result is given to Pagefind as a small HTML document holding only what is
searched, so menus, lists of links and left-out page furniture never match.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..markup import front_matter, html_text
from ..model import Article, EntityHub, Page, SearchDocument, SiteLinks
from .common import article_path, counted, hub_path, page_url
from .memo import PageMemo

SEARCH_PAGE = "find.md"

# The search page's own Pagefind UI, with room for longer results and each page's matching
# sections. No filters: Pagefind writes a filter's values in a hash map's order, which changes
# from run to run, and the same corpus must give the same bytes. The header's box
# (overrides/partials/header.html) searches the same index, through javascripts/search.js.
_SEARCH_UI = """<div id="nc-search-page" class="nc-search-page"></div>
<script>
window.addEventListener("DOMContentLoaded", function () {
  if (typeof newscorpusSearch === "function") {
    newscorpusSearch("#nc-search-page", {showSubResults: true, pageSize: 10});
  }
});
</script>"""

# Pagefind weighs each word by the element holding it (1 for text, 7 for a page's h1, up to 10):
# a reader typing a name wants the person's hub first, then the articles that name them.
HUB_NAME_WEIGHT = 10
# The versions of one story must not fill the first results: the reference version keeps the
# default weights and holds the story's text; another version holds only its headline and the
# paragraphs it does not share word for word with the reference, at lower weights, so it is found
# by its own words and not by the copy every version repeats. (On News-Cluster a search for a
# story's words listed the reference and then each of its versions.)
VERSION_HEADLINE_WEIGHT = 3
VERSION_TEXT_WEIGHT = 0.3
# The outlet, date, dateline and byline line: findable, below the headline.
ABOUT_WEIGHT = 2

_KIND_WORDS = {"person": "person", "organization": "organisation", "place": "place"}


def render_search_page(config: Config) -> Page:
    """Return the search page: the header's search, with more room for results."""
    hubs = "one article" if config.hub_min_articles <= 1 else f"{config.hub_min_articles} articles"
    lines = [
        front_matter(title="Search"),
        "# Search",
        "",
        f"Search every article, and every person, organisation and place named in at least {hubs}, "
        "here or with the search box at the top of every page. The index is loaded in small pieces "
        "as you type.",
        "",
        _SEARCH_UI,
    ]
    return Page(SEARCH_PAGE, "\n".join(lines) + "\n")


def render_search_documents(links: SiteLinks, memo: PageMemo | None = None) -> tuple[SearchDocument, ...]:
    """Return what the search index holds: one document per article and per entity hub, by address.

    With a memo, each document is taken from the previous build when nothing it read has changed.
    """
    memo = memo or PageMemo(None, Config(), links)

    def article_document(article_id: str) -> SearchDocument:
        return memo.kept(f"article/{article_id}", lambda seen: _article_document(seen.articles[article_id], seen))

    def hub_document(key: str) -> SearchDocument:
        return memo.kept(f"hub/{key}", lambda seen: _hub_document(seen.hubs[key]))

    documents = [article_document(article_id) for article_id in links.articles]
    documents += [hub_document(key) for key in links.hubs]
    return tuple(sorted(documents, key=lambda d: d.url))


def _article_document(article: Article, links: SiteLinks) -> SearchDocument:
    """Return an article's search document: headline, outlet and date, story text, names."""
    group_id = links.group_of.get(article.id)
    version = group_id is not None and links.groups[group_id].canonical != article.id
    headline = f' data-pagefind-weight="{VERSION_HEADLINE_WEIGHT}"' if version else ""
    text = f' data-pagefind-weight="{VERSION_TEXT_WEIGHT}"' if version else ""
    shared = _reference_paragraphs(links, group_id) if version else frozenset()
    about = [article.outlet, (article.published or "")[:10], article.dateline, ", ".join(article.authors)]
    if version and _words(article.title) == _words(_reference_title(links, group_id)):
        # The reference's headline word for word: the result keeps it as its title, but the words
        # are searched in the reference only, so a search for them lists the story once.
        body = [f'<meta data-pagefind-meta="title[content]" content="{html_text(article.title)}">']
    else:
        body = [f'<h1 data-pagefind-meta="title"{headline}>{html_text(article.title)}</h1>']
    body.append(f'<p data-pagefind-weight="{ABOUT_WEIGHT}">{html_text(" · ".join(a for a in about if a))}</p>')
    body += [f"<p{text}>{html_text(b.text)}</p>" for b in article.blocks if _words(b.text) not in shared]
    names = [e.name for e in (*article.people, *article.organizations, *article.places)]
    if names and not version:
        body.append(f"<p{text}>{html_text(' · '.join(names))}</p>")
    return SearchDocument(page_url(article_path(article.id)), _document(body))


def _reference_paragraphs(links: SiteLinks, group_id: str | None) -> frozenset[str]:
    """Return the paragraphs of a story's reference version, as compared with a version's."""
    if group_id is None:
        return frozenset()
    return frozenset(_words(block.text) for block in links.articles[links.groups[group_id].canonical].blocks)


def _reference_title(links: SiteLinks, group_id: str | None) -> str:
    """Return the headline of a story's reference version ("" outside a story)."""
    return "" if group_id is None else links.articles[links.groups[group_id].canonical].title


def _words(text: str) -> str:
    """Return a paragraph's words, case and spacing folded: what "the same paragraph" means here."""
    return " ".join(text.casefold().split())


def _hub_document(hub: EntityHub) -> SearchDocument:
    """Return an entity hub's search document: its name and every other form of it, weighed first."""
    articles = len(hub.mentions)
    body = [f'<h1 data-pagefind-meta="title" data-pagefind-weight="{HUB_NAME_WEIGHT}">{html_text(hub.name)}</h1>']
    others = [alias for alias in hub.aliases if alias != hub.name]
    if others:
        body.append(f'<p data-pagefind-weight="{HUB_NAME_WEIGHT}">{html_text(" · ".join(others))}</p>')
    body.append(f"<p>A {_KIND_WORDS[hub.kind]} named {hub.total:,} times in {counted(articles, 'article')}.</p>")
    return SearchDocument(page_url(hub_path(hub.key)), _document(body))


def _document(body: Sequence[str]) -> str:
    """Return a search document's HTML around its body."""
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"></head><body>', *body, "</body></html>"]
    return "\n".join(lines) + "\n"
