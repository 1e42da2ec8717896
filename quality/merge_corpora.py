"""The two corpora the corpus-wide name merge is measured on, as sources the extractor reads.

* Reuters-21578 (clean wire copy): every story with a body, id ``r<newid>``, about 19,000: the
  scale build's corpus.
* The web-news collections (scraped pages): L3S-GN1 pages keep only the blocks the annotators
  labelled headline or full text (the rest is page furniture until story detection removes it),
  the extraction benchmark's pages their gold article body, News-Cluster records their text and
  outlet; ids ``l3s-<id>``, ``aeb-<id>``, ``cluster-<id>``.

Both are read from the data folder given at run time; nothing of them is stored in the repository.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.extract.backends import select_backend
from newscorpus.model import Article, Source, SourceMeta
from quality import reuters
from quality.webpages import WebPage, read_collection

CORPORA = ("reuters", "web")


def reuters_sources(data_dir: Path) -> Iterator[Source]:
    """Yield every Reuters story with a body as a plain-text source."""
    for story in reuters.iter_stories(data_dir / "reuters21578"):
        yield Source(id=f"r{story.newid}", path=f"reuters/{story.newid}.txt", text=story.as_text(signoff=True))


def web_sources(data_dir: Path) -> Iterator[Source]:
    """Yield every web page of the three collections as its story text, with its outlet when known."""
    for name in ("l3s", "aeb", "cluster"):
        for page in read_collection(data_dir, name):
            blocks = _story_blocks(page)
            if blocks:
                outlet = (page.meta or {}).get("outlet") or None
                title = (page.meta or {}).get("title") or None
                yield Source(
                    id=f"{name}-{page.id}",
                    path=f"{name}/{page.id}.txt",
                    text="\n\n".join(blocks) + "\n",
                    meta=SourceMeta(outlet=outlet, title=title),
                )


def _story_blocks(page: WebPage) -> list[str]:
    if page.collection == "l3s":
        return [b for b, label in zip(page.blocks, page.labels, strict=True) if label in ("headline", "story")]
    if page.collection == "aeb":
        return [line.strip() for line in page.gold_body.split("\n") if line.strip()]
    return list(page.blocks)


def sources(data_dir: Path, corpus: str) -> list[Source]:
    """Return the sources of one corpus: "reuters" or "web"."""
    if corpus == "reuters":
        return list(reuters_sources(data_dir))
    if corpus == "web":
        return list(web_sources(data_dir))
    raise ValueError(f"unknown corpus {corpus!r}: reuters or web")


def extract_each(items: list[Source], config: Config) -> list[Article]:
    """Return every source's article as extracted alone, before names are merged across the corpus."""
    backend = select_backend(config)
    out = []
    for source in items:
        article = extract_article(source, config, backend)
        if article is not None:
            out.append(article)
    return out
