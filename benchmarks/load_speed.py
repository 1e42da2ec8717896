"""Time the load stage on Reuters stories written out in every input format, and a whole build.

The stories are written to a temporary corpus (never into the repository): a quarter each as
.txt, as .md with front matter, as saved .html pages, and as records of one .jsonl dump.
Usage: python -m benchmarks.load_speed REUTERS_DIR [N]
"""

from __future__ import annotations

import html
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from newscorpus.config import Config
from newscorpus.load import load_corpus
from newscorpus.pipeline import build_site
from quality import reuters

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title} | Wire</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Wire">
<meta property="article:published_time" content="{date}"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li></ul></nav>
<article><h1>{title}</h1>{paragraphs}</article><footer><p>Copyright Wire. All rights reserved.</p></footer>
</body></html>"""


def write_corpus(stories: list[reuters.Story], corpus: Path) -> dict[str, int]:
    """Write the stories into corpus in four formats; return how many went into each."""
    counts = {"txt": 0, "md": 0, "html": 0, "jsonl": 0}
    records = []
    for n, story in enumerate(stories):
        title, text, date = story.title or f"Story {story.newid}", story.as_text(), "1987-03-01"
        kind = ("txt", "md", "html", "jsonl")[n % 4]
        counts[kind] += 1
        if kind == "txt":
            (corpus / f"{story.newid}.txt").write_text(text, encoding="utf-8")
        elif kind == "md":
            front = json.dumps({"title": title, "date": date, "outlet": "Reuters"})
            (corpus / f"{story.newid}.md").write_text(f"---\n{front}\n---\n{text}\n", encoding="utf-8")
        elif kind == "html":
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
            page = _PAGE.format(title=html.escape(title), date=date, paragraphs=paragraphs)
            (corpus / f"{story.newid}.html").write_text(page, encoding="utf-8")
        else:
            records.append({"id": story.newid, "title": title, "date": date, "text": text})
    (corpus / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return counts


def main(argv: list[str]) -> int:
    """Print load and build times and peak memory for N Reuters stories in mixed formats."""
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    limit = int(argv[1]) if len(argv) == 2 else 2000
    stories = [s for s in reuters.iter_stories(argv[0]) if s.body.strip()][:limit]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, docs = Path(tmp) / "corpus", Path(tmp) / "docs"
        corpus.mkdir()
        counts = write_corpus(stories, corpus)
        config = Config(corpus_dir=corpus, out_dir=docs)
        started = time.perf_counter()
        loaded = load_corpus(config)
        load_seconds = time.perf_counter() - started
        report = build_site(config)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stories: {len(stories)} ({', '.join(f'{n} {k}' for k, n in counts.items())})")
    print(
        f"load: {len(loaded.sources)} sources, {len(loaded.problems)} problems, {load_seconds:.2f} s, "
        f"{len(loaded.sources) / load_seconds:,.0f} sources/s"
    )
    print(f"build: {report.summary()}")
    print(f"peak memory: {peak_mib:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
