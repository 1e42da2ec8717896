"""Build the site's Markdown pages from corpus/: see `python build.py --help`."""

import sys

from newscorpus.cli import main

if __name__ == "__main__":
    sys.exit(main())
