"""Count the Reuters-21578 stories the screen step would leave out as non-articles, with samples.

Every Reuters story is a wire item, so each one screened out is a false alarm unless it is a
table or listing with no story. Usage: python -m quality.screen_reuters REUTERS_DIR
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Source
from newscorpus.screen import non_article_reason

from . import reuters


def main(argv: list[str]) -> int:
    """Print how many stories are screened out, by reason, and a few of each."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    config = Config()
    counts: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for story in reuters.iter_stories(argv[0]):
        text = story.as_text()
        article = extract_article(Source(id=str(story.newid), path=f"{story.newid}.txt", text=text), config)
        if article is None:
            continue
        total += 1
        reason = non_article_reason(article, config)
        if reason:
            kind = reason.split(" (")[0]
            counts[kind] += 1
            samples[kind].append(f"{story.newid}: {text[:160]!r}")
    print(f"{total} stories, {sum(counts.values())} screened out")
    for kind, count in counts.most_common():
        print(f"  {kind}: {count}")
        for sample in random.Random(1).sample(samples[kind], min(5, count)):
            print(f"    {sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
