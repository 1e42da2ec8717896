"""Cross-links: entity hubs merged across articles, and deterministic related articles."""

from __future__ import annotations

import dataclasses

import pytest

from newscorpus.cache import fingerprint
from newscorpus.config import Config
from newscorpus.link import entity_hubs, link_articles, printed_hubs, related_articles, slugify, with_related
from newscorpus.model import Article, Block, Entity, Member, NameSpan, Quote, VariantGroup


def article(
    id: str,
    text: str,
    *,
    people: tuple[Entity, ...] = (),
    places: tuple[Entity, ...] = (),
    quotes: tuple[Quote, ...] = (),
    published: str | None = None,
) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        title=f"Headline {id}",
        title_derived=False,
        dateline=None,
        blocks=tuple(Block("paragraph", p) for p in text.split("\n\n")),
        word_count=len(text.split()),
        reading_minutes=1,
        people=people,
        places=places,
        quotes=quotes,
        published=published,
    )


def named(text: str, *forms: str) -> tuple[NameSpan, ...]:
    """Return where each form is first written in the text's paragraphs, as extraction hands it on."""
    spans = []
    for form in forms:
        index, paragraph = next((i, p) for i, p in enumerate(text.split("\n\n")) if form in p)
        spans.append(NameSpan(index, paragraph.index(form), paragraph.index(form) + len(form)))
    return tuple(sorted(spans, key=lambda s: (s.paragraph, s.start)))


def person(name: str, *aliases: str, mentions: int = 1, spans: tuple[NameSpan, ...] = ()) -> Entity:
    return Entity("person", name, aliases, mentions, spans=spans)


def place(name: str, spans: tuple[NameSpan, ...] = ()) -> Entity:
    return Entity("place", name, (), 1, spans=spans)


MAYOR_SAYS = (
    "The council met on Monday. Mayor Ines Okafor said the bridge would reopen.\n\n“We are ready,” Okafor said."
)
MAYOR = person("Ines Okafor", "Okafor", mentions=2, spans=named(MAYOR_SAYS, "Ines Okafor", "Okafor said"))
CORPUS = (
    article(
        "a",
        MAYOR_SAYS,
        people=(MAYOR,),
        places=(place("Lagos"),),
        quotes=(Quote("We are ready,", "Ines Okafor", "person", "Okafor said", 1),),
        published="2024-03-02",
    ),
    article(
        "b",
        "Traffic eased in Lagos. Okafor thanked the engineers.",
        people=(
            person("Ines Okafor", "Mayor Okafor", spans=named("Traffic eased in Lagos. Okafor thanked", "Okafor")),
        ),
        places=(place("Lagos"),),
        published="2024-03-05",
    ),
    article("c", "Rain fell over Lagos all week.", places=(place("Lagos"),)),
    article("d", "A film festival opened in Accra.", places=(place("Accra"),), published="2024-03-02"),
)


def test_a_hub_gathers_every_article_its_forms_and_quotes() -> None:
    links = link_articles(CORPUS, ())
    hub = links.hubs["person/ines-okafor"]
    assert hub.aliases == ("Mayor Okafor", "Okafor")  # merged across articles, canonical left out
    assert [m.article for m in hub.mentions] == ["b", "a"]  # newest first
    assert hub.total == 3
    # The sentence where extraction first found the entity, by any of its forms, not the first of the article.
    assert [m.sentence for m in hub.mentions] == [
        "Okafor thanked the engineers.",
        "Mayor Ines Okafor said the bridge would reopen.",
    ]
    assert [(q.article, q.text) for q in hub.quotes] == [("a", "We are ready,")]
    assert hub.co_mentions == (("place/lagos", 2),)
    assert links.hub_of[("person", "Ines Okafor")] == "person/ines-okafor"


def test_hubs_need_the_configured_number_of_articles() -> None:
    # By default a name needs two articles: Lagos and Ines Okafor gather some, the rest stay unlinked.
    assert sorted(link_articles(CORPUS, ()).hubs) == ["person/ines-okafor", "place/lagos"]
    assert len(link_articles(CORPUS, (), config=Config(hub_min_articles=1)).hubs) > 2
    links = link_articles(CORPUS, (), config=Config(hub_min_articles=3))
    assert sorted(links.hubs) == ["place/lagos"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Bashar al-Assad", "bashar-al-assad"),  # particles and hyphens kept as words
        ("Ẓahrān Öcalan", "zahran-ocalan"),  # accents folded to ASCII
        ("U.S.", "u-s"),  # dotted initialisms
        ("Новости", "entity"),  # nothing ASCII left: a placeholder, numbered when taken
        ("Index", "index-entity"),  # the index pages' names are reserved
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_names_with_one_slug_are_numbered_in_sorted_order() -> None:
    twins = (
        article("x", "Jose spoke.", people=(person("José Ruiz"),)),
        article("y", "Jose spoke.", people=(person("Jose Ruiz"),)),
    )
    hubs = link_articles(twins, (), config=Config(hub_min_articles=1)).hubs
    assert sorted(hubs) == ["person/jose-ruiz", "person/jose-ruiz-2"]


def test_related_articles_rank_same_story_then_rare_entities_then_dates() -> None:
    group = VariantGroup("story-a", "a", (Member("a", 1, 1, 1), Member("c", 0.5, 0.5, 0.5)))
    links = link_articles(CORPUS, (group,))
    related = {a: [(r.id, r.reasons) for r in rs] for a, rs in links.related.items()}
    # c is the same story; b shares the mayor (rare) and Lagos (common) and is 3 days apart.
    assert related["a"] == [("c", ("same story", "Lagos")), ("b", ("Ines Okafor", "Lagos", "3 days apart"))]
    # d shares nothing: a date alone relates nothing.
    assert related["d"] == []


def test_related_articles_are_capped_and_ignore_very_common_entities() -> None:
    crowd = tuple(article(f"n{i}", "Okafor again.", people=(person("Ines Okafor"),)) for i in range(8))
    links = link_articles(crowd, (), config=Config(related_limit=3))
    assert [r.id for r in links.related["n0"]] == ["n1", "n2", "n3"]  # ties broken by id
    links = link_articles(crowd, (), config=Config(related_max_df=5))
    assert links.related["n0"] == ()


def test_a_name_two_kinds_hold_is_one_reason_said_once() -> None:
    # "UNITED NATIONS" as a dateline's place and the United Nations as a body: one name, said once.
    body = Entity("organization", "United Nations", (), 1)
    pair = tuple(
        dataclasses.replace(article(i, "The council met.", places=(place("United Nations"),)), organizations=(body,))
        for i in ("u1", "u2")
    )
    links = link_articles(pair, ())
    assert [r.reasons for r in links.related["u1"]] == [("United Nations",)]


def test_related_articles_found_afterwards_are_the_same() -> None:
    # The build makes the search index while related articles are found: the links must not differ.
    group = VariantGroup("story-a", "a", (Member("a", 1, 1, 1), Member("c", 0.5, 0.5, 0.5)))
    config = Config(related_limit=2)
    first = link_articles(tuple(reversed(CORPUS)), (group,), config=config, related=False)
    assert first.related == {}
    assert with_related(first, config) == link_articles(CORPUS, (group,), config=config)


def test_linking_ignores_input_order() -> None:
    forward = link_articles(CORPUS, ())
    backward = link_articles(tuple(reversed(CORPUS)), ())
    assert forward.hubs == backward.hubs and forward.related == backward.related
    assert list(forward.articles) == list(backward.articles)


def test_an_entity_only_in_the_headline_has_no_sentence() -> None:
    only_title = dataclasses.replace(CORPUS[2], people=(person("Ada Mensah"),))
    hub = link_articles((only_title,), (), config=Config(hub_min_articles=1)).hubs["person/ada-mensah"]
    assert hub.mentions[0].sentence == ""


def test_the_sentence_is_where_extraction_found_the_name_not_where_a_form_is_written() -> None:
    # "Baker" is a form of James Baker elsewhere in the corpus, but this article's first "Baker"
    # is another person (Howard Baker): its hub quotes the sentence extraction tied to him.
    text = "Howard Baker spoke first. Later James Baker said talks would go on."
    james = person("James Baker", "Baker", spans=named(text, "James Baker"))
    hub = link_articles((article("x", text, people=(james,)),), (), config=Config(hub_min_articles=1)).hubs
    assert hub["person/james-baker"].mentions[0].sentence == "Later James Baker said talks would go on."


def test_a_span_out_of_the_body_names_no_sentence() -> None:
    # A span that no body paragraph holds (a stale cache, a hand-made article) is skipped, not a crash.
    stray = person("Ada Mensah", spans=(NameSpan(7, 0, 3),))
    hub = link_articles((article("y", "Rain fell.", people=(stray,)),), (), config=Config(hub_min_articles=1)).hubs
    assert hub["person/ada-mensah"].mentions[0].sentence == ""


def test_a_dateline_place_names_the_body_sentence_that_writes_it_outside_other_names() -> None:
    # "California" came from the dateline, so extraction found it in no body paragraph: the hub quotes
    # the first sentence writing one of its forms as a word of its own, not inside another name the
    # article found, nor inside a longer word.
    text = (
        "Orders rose at Westbay Calif. Holdings and Califax.\n\nShipments from Fremont, Calif., doubled. Prices held."
    )
    firm = Entity("organization", "Westbay Calif. Holdings", (), 1, spans=named(text, "Westbay Calif. Holdings"))
    california = Entity("place", "California", ("Calif.",), 1)
    story = dataclasses.replace(article("z", text), places=(california,), organizations=(firm,))
    hub = link_articles((story,), (), config=Config(hub_min_articles=1)).hubs["place/california"]
    assert hub.mentions[0].sentence == "Shipments from Fremont, Calif., doubled."


def test_a_dateline_place_the_body_never_writes_names_no_sentence() -> None:
    california = Entity("place", "California", ("Calif.",), 1)
    story = dataclasses.replace(article("z", "Orders rose. Prices held."), places=(california,))
    hub = link_articles((story,), (), config=Config(hub_min_articles=1)).hubs["place/california"]
    assert hub.mentions[0].sentence == ""


def test_printed_hubs_are_the_entity_hubs_each_with_its_fingerprint() -> None:
    oslo = Entity("place", "Oslo", (), 1)
    articles = [article("a", "In Oslo.", places=(oslo,)), article("b", "Oslo again.", places=(oslo,))]
    hubs, prints = printed_hubs(articles, Config())
    assert hubs == entity_hubs(articles, Config())
    assert [h.key for h in hubs] == ["place/oslo"]
    assert prints == (fingerprint(hubs[0]),)
    # Without a cache nothing is hashed.
    assert printed_hubs(articles, Config(), printed=False) == (hubs, ())


def test_related_articles_take_the_entities_named_for_certain_when_given() -> None:
    ada, ines = person("Ada Mensah"), person("Ines Okafor")
    articles = [article("a", "A.", people=(ada, ines)), article("b", "B.", people=(ada,))]
    found = related_articles(articles, {}, Config())
    assert [r.id for r in found["a"]] == ["b"]
    certain = {"a": [("person", "Ada Mensah"), ("person", "Ines Okafor")], "b": [("person", "Ada Mensah")]}
    assert related_articles(articles, {}, Config(), certain=certain) == found
    # Given no entity of b's, nothing relates the two.
    assert related_articles(articles, {}, Config(), certain={**certain, "b": []}) == {"a": (), "b": ()}


def test_places_alone_relate_articles_sharing_two_of_them_one_rare_days_apart_at_most() -> None:
    # A city's match report and its house prices share the city: where, not what.
    halifax, leeds = place("Halifax"), place("Leeds")
    day = "2024-03-0"
    one_place = [
        article("m", "Match.", places=(halifax,), published=f"{day}1"),
        article("h", "Homes.", places=(halifax,), published=f"{day}1"),
    ]
    assert related_articles(one_place, {}, Config()) == {"m": (), "h": ()}
    near = [
        article("f", "Flood.", places=(halifax, leeds), published=f"{day}1"),
        article("r", "Rain.", places=(halifax, leeds), published=f"{day}3"),
    ]
    assert [r.reasons for r in related_articles(near, {}, Config())["f"]] == [("Halifax", "Leeds", "2 days apart")]
    far = [near[0], dataclasses.replace(near[1], published="2024-09-01")]
    assert related_articles(far, {}, Config())["f"] == ()
    # Named by more than two articles of a small corpus (0.5% of a large one), neither place is rare.
    third = dataclasses.replace(near[1], id="t")
    assert related_articles([*near, third], {}, Config())["f"] == ()
    # A person or an organisation shared relates them whatever the places and dates.
    ada = person("Ada Mensah")
    both = [dataclasses.replace(a, people=(ada,)) for a in one_place]
    assert [r.reasons for r in related_articles(both, {}, Config())["m"]] == [("Ada Mensah", "Halifax", "same day")]


def test_a_news_medium_named_by_both_relates_no_articles() -> None:
    # "told the BBC", "the Washington Post reported": who reports a story, not what it is about.
    media = [Entity("organization", name, (), 1) for name in ("BBC", "Washington Post", "Xinhua News Agency")]
    pair = [dataclasses.replace(article(i, "It was reported."), organizations=tuple(media)) for i in ("p", "q")]
    assert related_articles(pair, {}, Config()) == {"p": (), "q": ()}
    firm = Entity("organization", "Harbor Marine", (), 1)
    pair = [dataclasses.replace(a, organizations=(*a.organizations, firm)) for a in pair]
    assert [r.reasons for r in related_articles(pair, {}, Config())["p"]] == [("Harbor Marine",)]
