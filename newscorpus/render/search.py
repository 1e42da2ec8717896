"""The search page: Pagefind's search for big corpora, a pointer to the search box for small ones."""

from __future__ import annotations

from ..config import Config
from ..markup import front_matter
from ..model import Page
from .common import uses_pagefind

SEARCH_PAGE = "find.md"
# Pagefind writes its index and UI into site/pagefind/ when run after mkdocs; the page is at
# site/find/index.html, hence "../pagefind/".
_PAGEFIND_UI = """<link href="../pagefind/pagefind-ui.css" rel="stylesheet">
<script src="../pagefind/pagefind-ui.js"></script>
<div id="newscorpus-search"></div>
<script>
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") {
    document.getElementById("newscorpus-search").textContent =
      "The search index is missing: run python -m pagefind --site site after mkdocs build.";
    return;
  }
  new PagefindUI({element: "#newscorpus-search", showSubResults: true, showImages: false});
});
</script>"""


def render_search_page(article_count: int, config: Config) -> Page:
    """Return the search page, using Pagefind when the corpus has config.pagefind_min_articles or more."""
    lines = [front_matter(title="Search", search={"exclude": True}), "# Search", ""]
    if uses_pagefind(article_count, config):
        lines += [
            f"This corpus has {article_count:,} articles, so their pages are searched here, with an index "
            "loaded in small pieces as you type. The search box at the top finds people, organisations, "
            "places, stories and index pages.",
            "",
            _PAGEFIND_UI,
        ]
    else:
        lines += [
            "Use the search box at the top of every page: it searches every article, person, organisation, "
            "place and story of this corpus.",
        ]
    return Page(SEARCH_PAGE, "\n".join(lines) + "\n")
