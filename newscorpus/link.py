"""Cross-link articles, variant groups and entities once, for every page to use."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from .cache import fingerprint
from .config import Config
from .extract.agency_names import AGENCIES, OUTLET_CREDITS
from .extract.name_words import MEDIUM_WORDS
from .extract.text import sentence_spans
from .model import (
    Article,
    Entity,
    EntityHub,
    EntityKind,
    HubForm,
    HubMention,
    HubQuote,
    NameForm,
    NameSpan,
    RelatedArticle,
    SiteLinks,
    Substitution,
    VariantGroup,
)

# Weights of the related-articles score. Being versions of one story says most; a shared entity
# says as much as it is rare (idf); a nearby date only breaks ties between articles that share
# something, so it never makes two unrelated stories of the same day related on its own.
_SAME_STORY = 10.0
_NEARBY_DATE = 0.5
# Places two articles must share to be related by places alone, besides being published days apart at most,
# and the share of the corpus's articles a rare one of them is named by at most.
_MIN_PLACES = 2
_RARE_PLACE_SHARE = 0.005
# Scores are rounded before sorting so that float noise cannot reorder equal candidates.
_SCORE_DIGITS = 6
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_MAX = 80
# Names the index pages of each kind of hub take ("people/index.md", "people/index-2.md").
_RESERVED_SLUG = re.compile(r"index(?:-\d+)?")
# Wires and broadcasters as articles name them ("told the BBC", "Xinhua reported"): who reports a story.
_MEDIA = frozenset(f.casefold() for forms in AGENCIES.values() for f in forms) | {f.casefold() for f in OUTLET_CREDITS}


def link_articles(
    articles: Sequence[Article],
    groups: Sequence[VariantGroup],
    substitutions: Sequence[Substitution] = (),
    config: Config | None = None,
    related: bool = True,
    *,
    hubs: Sequence[EntityHub] | None = None,
) -> SiteLinks:
    """Return the lookups the pages need: groups, entity hubs and each article's related articles.

    Without related, no article has related articles yet (see `with_related`): all the search
    index needs, so that it can be made while they are found. hubs gives the articles' entity hubs
    when they were made already (`entity_hubs` of the articles sorted by id).
    """
    config = config or Config()
    ordered = sorted(articles, key=lambda a: a.id)
    group_of = {member.id: group.id for group in groups for member in group.members}
    hubs = entity_hubs(ordered, config) if hubs is None else hubs
    hub_of: dict[tuple[str, str], str] = {(hub.kind, hub.name): hub.key for hub in hubs}
    return SiteLinks(
        group_of=group_of,
        groups={group.id: group for group in groups},
        articles={article.id: article for article in ordered},
        substitutions=tuple(substitutions),
        hubs={hub.key: hub for hub in hubs},
        hub_of=hub_of,
        related=related_articles(ordered, group_of, config) if related else {},
    )


def with_related(links: SiteLinks, config: Config) -> SiteLinks:
    """Return links made without related articles, with each article's related articles."""
    return dataclasses.replace(links, related=related_articles(list(links.articles.values()), links.group_of, config))


def entities_of(article: Article) -> tuple[Entity, ...]:
    """Return an article's people, organisations and places."""
    return article.people + article.organizations + article.places


def linkable(article: Article) -> tuple[Entity, ...]:
    """Return the entities of an article that name one entity of the corpus.

    A surname several people share ("Baker": James Baker, Howard Baker) that its article cannot
    tell apart is left out: no hub to send readers to, and no evidence two articles are related.
    """
    return tuple(e for e in entities_of(article) if not e.candidates)


def slugify(name: str) -> str:
    """Return a page name for an entity: ASCII, lower case, hyphens ("Bashar al-Assad" -> "bashar-al-assad")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")[:_SLUG_MAX].strip("-") or "entity"
    return f"{slug}-entity" if _RESERVED_SLUG.fullmatch(slug) else slug


def published_date(article: Article) -> dt.date | None:
    """Return the calendar day an article was published, None when unknown or not a date."""
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


Key = tuple[EntityKind, str]
"""An entity's kind and canonical name: what names one hub."""
Seen = tuple[Article, Entity, str]
"""An article naming a hub's entity, the entity as it names it, and `mention_sentence` of the two."""


def entity_hubs(articles: Sequence[Article], config: Config) -> tuple[EntityHub, ...]:
    """Return a hub for every entity named by at least config.hub_min_articles articles."""
    named: dict[Key, list[tuple[Article, Entity]]] = defaultdict(list)
    for article in articles:
        for entity in linkable(article):
            named[(entity.kind, entity.name)].append((article, entity))
    slugs = hub_slugs({key: len(seen) for key, seen in named.items()}, config)
    in_article: dict[str, list[str]] = defaultdict(list)
    for key, slug in slugs.items():
        for article, _ in named[key]:
            in_article[article.id].append(slug)
    return tuple(
        make_hub(key, slug, [(a, e, mention_sentence(a, e)) for a, e in named[key]], in_article, config)
        for key, slug in slugs.items()
    )


def hub_slugs(counts: Mapping[Key, int], config: Config) -> dict[Key, str]:
    """Return the hub key of every entity named often enough for a hub (counts: how many times articles name
    each), in the order of the hubs: by kind and name."""
    return unique_slugs(hub_keys(counts, config))


def hub_keys(counts: Mapping[Key, int], config: Config) -> list[Key]:
    """Return the entities named often enough for a hub (counts: how many times articles name each), sorted."""
    return sorted(k for k, n in counts.items() if n >= max(1, config.hub_min_articles))


def make_hub(
    key: Key, hub_key: str, named: Sequence[Seen], in_article: Mapping[str, Sequence[str]], config: Config
) -> EntityHub:
    """Return the hub of an entity: named gives the articles naming it in id order, in_article the hub keys
    each of them names."""
    seen = sorted(named, key=lambda found: _newest_first(found[0]))
    forms = {form for _, entity, _ in seen for form in (entity.name, *entity.aliases)}
    co = Counter(other for article, _, _ in seen for other in in_article[article.id] if other != hub_key)
    return EntityHub(
        kind=key[0],
        slug=hub_key.split("/", 1)[1],
        name=key[1],
        aliases=tuple(sorted(forms - {key[1]})),
        mentions=tuple(HubMention(article.id, sentence, entity.mentions) for article, entity, sentence in seen),
        total=sum(entity.mentions for _, entity, _ in seen),
        co_mentions=tuple(sorted(co.items(), key=lambda kv: (-kv[1], kv[0]))[: config.hub_co_mentions]),
        quotes=tuple(
            HubQuote(article.id, q.text, q.cue)
            for article, _, _ in sorted(seen, key=lambda found: found[0].id)
            for q in article.quotes
            if q.speaker == key[1] and q.speaker_kind == key[0]
        ),
        forms=_hub_forms([(article, entity) for article, entity, _ in seen]),
    )


def printed_hubs(
    articles: Sequence[Article], config: Config, *, printed: bool = True
) -> tuple[tuple[EntityHub, ...], tuple[bytes, ...]]:
    """Return `entity_hubs` and, when printed, each hub's `cache.fingerprint`: made with the hubs (while
    matching runs in a second process, see pipeline.py), so the pages' memo need not hash them (render/memo.py)."""
    hubs = entity_hubs(articles, config)
    return hubs, tuple(map(fingerprint, hubs)) if printed else ()


def _hub_forms(seen: Sequence[tuple[Article, Entity]]) -> tuple[HubForm, ...]:
    """Return every form of a hub's name with the articles writing it and why it was merged."""
    articles: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for _, entity in seen:
        written = entity.forms or tuple(NameForm(f, "") for f in (entity.name, *entity.aliases))
        for form in written:
            articles[form.text] += 1
            reasons[form.text][form.reason] += 1
    return tuple(
        HubForm(text, n, sorted(reasons[text].items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
        for text, n in sorted(articles.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def unique_slugs(keys: Iterable[tuple[EntityKind, str]]) -> dict[tuple[EntityKind, str], str]:
    """Return each entity's hub key, numbering names that make the same slug in sorted order."""
    taken: set[str] = set()
    out = {}
    for kind, name in keys:  # sorted by the caller, so the numbering is stable
        base = f"{kind}/{slugify(name)}"
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}-{n}"
        taken.add(key)
        out[(kind, name)] = key
    return out


def _newest_first(article: Article) -> tuple[int, str]:
    """Return a sort key: newest publication date first, undated articles last, then by id."""
    day = published_date(article)
    return (-day.toordinal() if day else 1, article.id)


def mention_sentence(article: Article, entity: Entity) -> str:
    """Return the body sentence where the article first names the entity, else "" (only the headline names it)."""
    paragraphs = article.paragraphs
    spans = entity.spans or _unfound_spans(article, entity)
    for span in spans:
        if not 0 <= span.paragraph < len(paragraphs):
            continue
        paragraph = paragraphs[span.paragraph]
        for start, end in sentence_spans(paragraph):
            if start <= span.start < end:
                return paragraph[start:end].strip()
    return ""


def _unfound_spans(article: Article, entity: Entity) -> tuple[NameSpan, ...]:
    """Return where the body writes a form of an entity extraction found only in the dateline.

    "PALO ALTO, Calif." makes California a place of the story, and the body's "in Fremont, Calif."
    names it though the finder took no name there. A form written inside another name the
    article found ("Bangkok" of "Bangkok Bank Ltd") is that other name's, not the entity's.
    """
    forms = tuple(sorted({entity.name, *entity.aliases}, key=lambda f: (-len(f), f)))
    # Most such names are never written in the body: a plain search for each form rules out a
    # paragraph at a fraction of the cost of the pattern's.
    written = [(i, p) for i, p in enumerate(article.paragraphs) if any(form in p for form in forms)]
    if not written:
        return ()
    pattern = _forms_pattern(forms)
    taken = [span for other in entities_of(article) for span in other.spans]
    return tuple(
        NameSpan(index, found.start(), found.end())
        for index, paragraph in written
        for found in pattern.finditer(paragraph)
        if not any(t.paragraph == index and t.start <= found.start() < t.end for t in taken)
    )


@functools.lru_cache(maxsize=4096)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Return a pattern finding any of forms (longest first) as whole words; kept, as the same
    dateline places ("Calif.", "N.Y.") come back in thousands of articles, past `re`'s own cache."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


def related_articles(
    articles: Sequence[Article],
    group_of: dict[str, str],
    config: Config,
    only: Collection[str] | None = None,
    *,
    certain: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> dict[str, tuple[RelatedArticle, ...]]:
    """Return each article's related articles (of only those ids, when given): shared entities weighted by
    rarity, same story, nearby dates. certain gives the (kind, name) of each article's `linkable` entities
    when they were found already."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article in articles:
        keys = [(e.kind, e.name) for e in linkable(article)] if certain is None else certain[article.id]
        for key in keys:
            named[key].append(article.id)
    # Each name asked once whether it is a medium's, not once an article naming it (a hundred thousand times).
    named_by = {key: ids for key, ids in named.items() if not is_medium(*key)}
    total = max(1, len(articles))
    weight = {
        key: math.log(1 + total / len(ids)) for key, ids in named_by.items() if 1 < len(ids) <= config.related_max_df
    }
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, group_id in sorted(group_of.items()):
        members[group_id].append(article_id)
    days = {a.id: published_date(a) for a in articles}
    scoring = _Scoring(named_by, weight, days, config, max(2, int(total * _RARE_PLACE_SHARE)))
    return {
        article.id: scoring.related(article, members.get(group_of.get(article.id, ""), []))
        for article in (articles if only is None else [a for a in articles if a.id in only])
    }


def is_medium(kind: str, name: str) -> bool:
    """Return True when an organisation is a news medium, a wire or a newspaper ("Washington Post", "BBC",
    "Xinhua"): who reports a story, not what it is about, so no reason for two articles to be related."""
    if kind != "organization":
        return False
    folded = name.casefold()
    return (
        folded in _MEDIA
        or folded.rsplit(maxsplit=1)[-1] in MEDIUM_WORDS
        or folded.endswith(("news agency", "press agency"))
    )


@dataclasses.dataclass(frozen=True)
class _Scoring:
    """Scores an article's related articles (see `related_articles`)."""

    named_by: Mapping[tuple[str, str], list[str]]
    weight: Mapping[tuple[str, str], float]
    days: Mapping[str, dt.date | None]
    config: Config
    rare_places: int
    """A place named by this many articles or fewer is rare (`_RARE_PLACE_SHARE` of them, two at least)."""

    def related(self, article: Article, story: Sequence[str]) -> tuple[RelatedArticle, ...]:
        """Return the article's best related articles, story being the ids of its story's versions."""
        config = self.config
        scores: dict[str, float] = defaultdict(float)
        own = article.id
        for other in story:
            if other != own:
                scores[other] += _SAME_STORY
        where_only = self._score_names(article, scores, about=set(story))
        mine = self.days[article.id]
        apart: dict[str, int] = {}
        if mine:
            for other in scores:
                theirs = self.days[other]
                if theirs and abs((mine - theirs).days) <= config.related_days:
                    apart[other] = abs((mine - theirs).days)
                    scores[other] += _NEARBY_DATE * (1 - apart[other] / (config.related_days + 1))
        # Articles sharing only places are related when they share two, one of them rare, days apart at most.
        for other, (count, rare) in where_only.items():
            if count < _MIN_PLACES or not rare or other not in apart:
                del scores[other]
        # The few best alone, and only their reasons: an article shares names with thousands of others.
        best = heapq.nsmallest(config.related_limit, [(-round(s, _SCORE_DIGITS), o) for o, s in scores.items()])
        return tuple(
            RelatedArticle(o, -score, self._reasons(article, o, same=o in story, apart=apart.get(o)))
            for score, o in best
        )

    def _score_names(
        self, article: Article, scores: dict[str, float], *, about: set[str]
    ) -> dict[str, tuple[int, bool]]:
        """Add to scores what each other article shares of the article's names; return, for those sharing only
        places, how many places they share and whether one is rare.

        Places say where, not what: a city's match report and its house prices share the city, Los Angeles
        and California. A rare place ("Mandalay Bay", "Baikonur") says more. about holds the ids already
        related by more than places (the story's versions) and gains those sharing a person or a body.
        """
        places: dict[str, int] = defaultdict(int)
        rare: set[str] = set()
        for entity in entities_of(article):
            key = (entity.kind, entity.name)
            if key not in self.weight:
                continue
            share, named = self.weight[key], self.named_by[key]
            for other in named:
                if other == article.id:
                    continue
                scores[other] += share
                if entity.kind != "place":
                    about.add(other)
                    continue
                places[other] += 1
                if len(named) <= self.rare_places:
                    rare.add(other)
        return {other: (count, other in rare) for other, count in places.items() if other not in about}

    def _reasons(self, article: Article, other: str, *, same: bool, apart: int | None) -> tuple[str, ...]:
        """Return why other is related to article: same story, the names both write, how many days apart."""
        reasons = ["same story"] if same else []
        for entity in entities_of(article):
            key = (entity.kind, entity.name)
            if key in self.weight and other in self.named_by[key]:
                reasons.append(entity.name)
        if apart is not None:
            reasons.append("same day" if apart == 0 else f"{apart} day{'s' if apart > 1 else ''} apart")
        # A name both kinds hold ("United Nations", the body and its dateline's place) is one reason, said once.
        return tuple(dict.fromkeys(reasons))
