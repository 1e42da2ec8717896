"""Measure the extract stage on Reuters-21578: articles per second and peak memory.

    .venv/bin/python -m benchmarks.extract_speed REUTERS_DIR [--limit N] [--repeat R] [--workers W]

Every story with a body (about 19,000; ``--repeat`` feeds them R times under new ids to reach
20,000 and beyond) goes through extraction exactly as a build runs it (``extract_corpus``: labelling,
extraction across ``--workers`` processes, one per core by default, and the corpus-wide name merge),
with the cache off and the story date as publication date. ``--workers 1`` measures one process.
Prints the import time, the gazetteer load, the time per stage run and the peak resident memory
of the process (Linux ``ru_maxrss``). The texts are read from REUTERS_DIR at run time; nothing
from the collection is stored in the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reuters_dir")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N stories")
    parser.add_argument("--repeat", type=int, default=1, help="feed the stories this many times")
    parser.add_argument("--workers", type=int, default=0, help="extracting processes (0: one per core, as a build)")
    args = parser.parse_args(argv)

    # Imported here, inside the timer: import cost is one of the figures measured.
    started = time.perf_counter()
    from newscorpus.config import Config  # noqa: PLC0415
    from newscorpus.extract.gazetteer import load_gazetteer  # noqa: PLC0415
    from newscorpus.extract.run import extract_corpus  # noqa: PLC0415
    from newscorpus.model import Source, SourceMeta  # noqa: PLC0415
    from quality import reuters  # noqa: PLC0415

    imported = time.perf_counter()
    config = Config(cache_dir=None, workers=args.workers)
    load_gazetteer(config.min_place_population)
    gazetteer = time.perf_counter()

    stories = list(reuters.iter_stories(args.reuters_dir))
    if args.limit:
        stories = stories[: args.limit]
    sources = [
        Source(
            id=f"r{story.newid}-{copy}",
            path=f"reuters/{story.newid}-{copy}.txt",
            text=story.as_text(signoff=True),
            meta=SourceMeta(date=_iso(story.date)),
        )
        for copy in range(args.repeat)
        for story in stories
    ]
    read = time.perf_counter()
    extracted = extract_corpus(sources, config)
    done = time.perf_counter()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = done - read
    print(f"import:            {imported - started:.2f} s")
    print(f"gazetteer load:    {gazetteer - imported:.2f} s")
    print(f"articles:          {len(extracted.articles):,} of {len(sources):,} sources")
    print(f"processes:         {config.worker_count if len(sources) >= config.parallel_min_articles else 1}")
    print(f"extract:           {seconds:.1f} s")
    print(f"articles/second:   {len(sources) / seconds:,.0f}")
    print(f"peak memory (RSS): {peak_mb:,.0f} MB")
    return 0


def _iso(date: str) -> str | None:
    try:
        return dt.datetime.strptime(date.split(maxsplit=1)[0], "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


if __name__ == "__main__":
    sys.exit(main())
