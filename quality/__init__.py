"""Quality gates for the news-corpus publisher (stdlib only)."""
