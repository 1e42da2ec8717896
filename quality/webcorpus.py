"""The scraped web-news collections as a corpus of sources, for scoring the story matcher on web news.

Every News-Cluster record and every L3S-GN1 page becomes one `Source`, id "cluster:<id>" or
"l3s:<uuid>" (the ids of ``labels/web_pairs.json``), with what the collection says beside the
text as metadata:

* News-Cluster: the record's title, publication date, source domain (as the outlet) and address;
  its text, nearly clean already, one block per line.
* L3S-GN1: the page's address; no date or outlet (the site is read from the address). By default
  the text is the story as the annotators marked it: the first block labelled headline, then the
  blocks labelled full text, so matching is measured apart from finding the story on the page.
  With ``page_text`` it is the whole page as scraped, every block in order, furniture included:
  what a user feeds the build, for measuring the two steps together.

Nothing is stored: the collections are read from the folder given at run time.
"""

from __future__ import annotations

from pathlib import Path

from newscorpus.model import Source, SourceMeta

from .webpages import WebPage, read_cluster, read_l3s


def doc_id(page: WebPage) -> str:
    """Return a page's id in the corpus and in the labels: "cluster:<id>", "l3s:<uuid>"."""
    return f"{page.collection}:{page.id}"


def web_sources(data_dir: str | Path, *, page_text: bool = False) -> dict[str, Source]:
    """Return every News-Cluster record and every L3S-GN1 page with a story as a source, by id."""
    root = Path(data_dir)
    sources = {}
    for page in read_cluster(root / "news-cluster"):
        meta = page.meta or {}
        title = meta.get("title", "").strip()
        sources[doc_id(page)] = Source(
            id=doc_id(page),
            path=f"{doc_id(page)}.txt",
            text="\n\n".join(page.blocks) + "\n",
            meta=SourceMeta(
                title=title or None,
                date=_date(meta.get("date", "")),
                outlet=meta.get("outlet", "").strip() or None,
                url=page.url or None,
            ),
        )
    for page in read_l3s(root / "l3s-gn1"):
        if "story" not in page.labels:
            continue
        if page_text:
            blocks = list(page.blocks)
        else:
            headlines = [b for b, label in zip(page.blocks, page.labels, strict=True) if label == "headline"]
            story = [b for b, label in zip(page.blocks, page.labels, strict=True) if label == "story"]
            blocks = headlines[:1] + story
        sources[doc_id(page)] = Source(
            id=doc_id(page),
            path=f"{doc_id(page)}.txt",
            text="\n\n".join(blocks) + "\n",
            meta=SourceMeta(url=page.url or None),
        )
    return sources


def _date(value: str) -> str | None:
    """Return a record's publication date as ISO text, None when the record has none."""
    value = value.strip()
    if not value or value == "None":
        return None
    return value.replace(" ", "T")
