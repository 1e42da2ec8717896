"""Publish a folder of news articles as a searchable static site."""

from __future__ import annotations

__version__ = "0.1.0"
