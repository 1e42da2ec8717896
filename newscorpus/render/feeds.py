"""Machine-readable views: the Atom feed and each article's JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from ..config import Config
from ..link import published_date
from ..model import Article, Page, SiteLinks

FEED_PATH = "feed.xml"
# Atom needs an `updated` time; a corpus without dates gets this fixed one, never the build's clock.
_NO_DATE = "1970-01-01T00:00:00Z"
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# In a <script> element the browser ends the script at "</script", and "<!--" changes parsing:
# JSON written there escapes "<", ">" and "&" so article text can never close or alter it.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def timestamp(article: Article) -> str | None:
    """Return an article's publication time as RFC 3339 (UTC when the input gives no zone), None if unknown."""
    if not article.published or published_date(article) is None:
        return None
    try:
        when = dt.datetime.fromisoformat(article.published)
    except ValueError:
        when = dt.datetime.fromisoformat(article.published[:10])
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render_feed(articles: Sequence[Article], config: Config) -> Page:
    """Return an Atom feed of the newest dated articles; its time is the newest article's, not the build's."""
    dated = [(stamp, a) for a in articles if (stamp := timestamp(a))]
    newest = sorted(dated, key=lambda pair: (pair[0], pair[1].id), reverse=True)[: config.feed_limit]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{_xml(config.site_name)}</title>",
        "  <id>urn:newscorpus:feed</id>",
        f"  <updated>{newest[0][0] if newest else _NO_DATE}</updated>",
        '  <link rel="self" href="feed.xml"/>',
        '  <link rel="alternate" href="./"/>',
    ]
    for stamp, article in newest:
        names = article.authors or ((article.outlet,) if article.outlet else ())
        lines += [
            "  <entry>",
            f"    <title>{_xml(article.title)}</title>",
            f"    <id>urn:newscorpus:article:{_xml(article.id)}</id>",
            f"    <link href={quoteattr(article.url)}/>",
            f"    <updated>{stamp}</updated>",
            f"    <published>{stamp}</published>",
            *(f"    <author><name>{_xml(n)}</name></author>" for n in names),
            f"    <summary>{_xml(article.paragraphs[0] if article.paragraphs else article.title)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return Page(FEED_PATH, "\n".join(lines) + "\n")


def _xml(text: str) -> str:
    """Return text escaped for an XML element, characters XML cannot hold removed."""
    return escape(_NOT_XML.sub("", text))


def json_ld(article: Article, links: SiteLinks) -> str:
    """Return a `<script type="application/ld+json">` with the article as a schema.org NewsArticle."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": f"../{article.id}/",
        "wordCount": article.word_count,
    }
    if (stamp := timestamp(article)) is not None:
        data["datePublished"] = stamp
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.outlet:
        data["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.language:
        data["inLanguage"] = article.language
    if article.dateline:
        data["dateline"] = article.dateline
    people = [e.name for e in article.people]
    places = [e.name for e in article.places]
    if people or places:
        data["about"] = [{"@type": "Person", "name": n} for n in people] + [
            {"@type": "Place", "name": n} for n in places
        ]
    group_id = links.group_of.get(article.id)
    if group_id is not None:
        reference = links.groups[group_id].canonical
        if reference != article.id:
            data["isBasedOn"] = {
                "@type": "NewsArticle",
                "headline": links.articles[reference].title,
                "url": f"../{reference}/",
            }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return f'<script type="application/ld+json">{text}</script>'
