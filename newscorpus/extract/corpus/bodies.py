"""Steps for bodies' names: without their country, run on into the next word or cut short, short of a longer one."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..gazetteer import country_of
from ..identity import exact_key
from ..name_words import PARENT_QUALIFIERS
from ..shortforms import (
    is_body_word,
    is_calendar_word,
    legal_words,
    qualifier_country,
    run_on_tail,
    split_qualifier,
)
from ..text import fold_name, name_tokens
from ..text import words as word_list
from .state import MAX_BUCKET, Corpus, Node, Ref, compiled, node_of, norm, writes

# Nouns that make a thing or a part of its own when they end a name: "U.S. Treasury Index" is a
# futures contract, "White House Budget" (chief) the budget office, "Data Systems Division" a part
# of IBM: not the Treasury, the White House or a company run on into the next word. A body's
# resolution, charter or treaty is a text it passed ("United Nations Security Council Resolution 1701"); a union's
# local, a society's chapter or lodge one branch of it ("United Food and Commercial Workers Union Local 222").
THING_WORDS = word_list(
    """index indexes bill bills bond bonds note notes act plan program programme report contract fund rate
    budget division unit subsidiary branch section affiliate resolution resolutions charter treaty accord
    declaration local chapter lodge"""
)


def bodies_without_country(corpus: Corpus) -> dict[Node, list[tuple[str, Node]]]:
    """Return each body's name written without its country -> (country, name) of the names written
    with one ("Congress" -> [("United States", "U.S. Congress")]); its refs are resolved one by one."""
    qualified: dict[str, list[tuple[str, Node]]] = defaultdict(list)
    bare: dict[str, list[Node]] = defaultdict(list)
    for _, kind, name in corpus.refs:
        if kind != "organization":
            continue
        node = (kind, exact_key(name))
        split = split_qualifier(name)
        if split is not None:
            country = qualifier_country(split[0])
            if country and (country, node) not in qualified[norm(split[1])]:
                qualified[norm(split[1])].append((country, node))
        elif node not in bare[norm(name)]:
            bare[norm(name)].append(node)
    return {node: qualified[key] for key, nodes in bare.items() if key in qualified for node in nodes}


def join_countries(corpus: Corpus, bodies: dict[Node, list[tuple[str, Node]]]) -> None:
    """Give a body written without its country ("Congress", "Foreign Ministry") to the body written with
    it ("U.S. Congress", "Chinese Foreign Ministry") in each article that says which: it writes that
    name too, or the country just before the body ("China's Foreign Ministry"), or its dateline is in
    that country; or, when the corpus writes the body almost only of one country ("Congress"), its
    article names that country and no other body's. The rest stay one hub of the bare name, unless
    the corpus writes the body of two countries or more: then an article that does not say which
    ("Finance Ministry" datelined where no country's ministry is written) names no hub, as a
    surname several people share does not, rather than one hub of every country's ministry."""
    nodes = corpus.nodes()
    countries = ArticleCountries(corpus)
    leftover: dict[str, list[Ref]] = defaultdict(list)
    for bare, candidates in sorted(bodies.items()):
        refs = corpus.by_node.get(bare, [])
        owners: dict[str, Ref] = {}
        for country, node in candidates:  # "U.S. Congress", "American Congress": one body
            if node in nodes:
                owner = owners.setdefault(country, nodes[node][0])
                corpus.join(owner, nodes[node][0], "the same body of the same country", nodes[node])
        # A slip waiting with a name (waiting.py) is placed as that name is, across the corpus.
        home = corpus.waits_with.get(bare, bare)
        dominant = _dominant_country(corpus, countries, [*corpus.by_node.get(home, []), *refs], set(owners))
        for ref in sorted(refs):
            found, why = _country_of_body(corpus, countries, ref, owners, dominant)
            if found is None and len(owners) > 1:
                corpus.ambiguous[ref] = set(owners.values())
            elif found is None:
                leftover[norm(corpus.by_node[home][0][2]) if home != bare else norm(ref[2])].append(ref)
            else:
                corpus.join(owners[found], ref, why)
    for refs in leftover.values():
        for ref in refs[1:]:
            corpus.groups.union(refs[0], ref)


class ArticleCountries:
    """The countries an article names: its dateline's, its places', the parent bodies it names."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.cache: dict[int, tuple[str | None, frozenset[str]]] = {}

    def of(self, index: int) -> tuple[str | None, frozenset[str]]:
        """Return (the dateline's country, every country the article names)."""
        if index not in self.cache:
            article = self.corpus.articles[index]
            dateline = country_of(article.dateline) if article.dateline else None
            named = {country_of(form) for p in article.places for form in (p.name, *p.aliases)}
            named |= {PARENT_QUALIFIERS[o.name] for o in article.organizations if o.name in PARENT_QUALIFIERS}
            named |= {o.name for o in article.organizations if o.name in PARENT_QUALIFIERS.values()}
            self.cache[index] = (dateline, frozenset(c for c in {*named, dateline} if c))
        return self.cache[index]


def _dominant_country(
    corpus: Corpus, countries: ArticleCountries, refs: Sequence[Ref], candidates: set[str]
) -> str | None:
    """Return the one country whose body a bare name names in most of the corpus: the articles writing
    it name that country far more often than any other candidate's ("Congress": the United States)."""
    if not refs:
        return None
    counts = Counter(c for ref in refs for c in countries.of(ref[0])[1] & candidates)
    ranked = counts.most_common(2)
    enough = max(corpus.config.country_min_share * len(refs), corpus.config.country_min_articles)
    if ranked and ranked[0][1] >= enough and (len(ranked) == 1 or ranked[1][1] * 4 <= ranked[0][1]):
        return ranked[0][0]
    return None


def _country_of_body(
    corpus: Corpus,
    countries: ArticleCountries,
    ref: Ref,
    owners: dict[str, Ref],
    dominant: str | None,
) -> tuple[str | None, str]:
    """Return the country whose body a bare name is in its article, with why, or (None, "")."""
    index = ref[0]
    written = {c for c, owner in owners.items() if any(r[0] == index for r in corpus.nodes().get(node_of(owner), []))}
    if len(written) == 1:
        return next(iter(written)), "the same body, its country written beside it in the same article"
    before = corpus.read(index, countries_before, ref[2])
    if len(before) == 1 and before <= set(owners):
        return next(iter(before)), "the same body, its country written just before it"
    dateline, named = countries.of(index)
    if before or written:
        return None, ""  # "Vietnam's Communist Party": another country's, or two countries' bodies
    if dateline in owners:
        return dateline, "the same body, in an article datelined in its country"
    # A body only one country's names are written of ("Federal Reserve Board") is that country's
    # wherever the story is datelined; one many countries have ("Reserve Bank") is not, abroad.
    abroad = dateline not in (None, dominant) and len(owners) > 1
    if dominant and dominant in named and not named & set(owners) - {dominant} and not abroad:
        return dominant, "the same body: the corpus writes it of this country, and so does its article"
    return None, ""


def countries_before(text: str, body: str) -> set[str]:
    """Return the countries the text writes just before a body's name: "China's Foreign Ministry",
    "the U.S. Congress", "Vietnam's Communist Party", "(UN) General Assembly"."""
    found = set()
    pattern = r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s|\))?\s+" + re.escape(body) + r"\b"
    for match in compiled(pattern).finditer(text):
        words = match.group(1).split()
        for size in (2, 1):
            country = qualifier_country(" ".join(words[-size:])) if len(words) >= size else None
            if country:
                found.add(country)
                break
    return found


def join_run_ons(corpus: Corpus) -> None:
    """Join a name the finder ran on into the next word to the name itself, and a name it cut short
    of its last word to the whole name.

    Run on: "Associated Press Writer", "Securities and Exchange Commission Moller" (a person named
    in the article), "Sanwa Bank Ltd's", written in an article or two beside a name written widely;
    not when the added word makes a body or a thing of its own ("American Express Bank", "U.S.
    Treasury Index", "ESPN Radio"). Cut short: "International Brotherhood of Electrical" followed
    by "workers" in its article, or a name written in an article or two whose articles name the same
    people and places as the whole name's ("Mesquite Police", "Mesquite Police Department").
    """
    nodes = corpus.nodes()
    by_start: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        if node[0] == "organization":
            for start in _starts(node[1]):
                by_start[start].append(node)
    few = corpus.config.variant_max_articles
    companies = _written_with_legal_form(corpus)
    countries = ArticleCountries(corpus)
    for node, refs in sorted(nodes.items()):
        if node[0] != "organization":
            continue
        short = corpus.entities[refs[0]].name
        mine = {r[0] for r in refs}
        buckets = [by_start[start] for start in sorted(_starts(node[1])) if len(by_start[start]) <= MAX_BUCKET]
        for other in sorted({other for bucket in buckets for other in bucket}):
            if not other[1].startswith(node[1] + " "):
                continue
            long_refs = nodes[other]
            tail = run_on_tail(short, corpus.entities[long_refs[0]].name)
            if tail is None or len(tail.split()) > 2:
                continue
            theirs = {r[0] for r in long_refs}
            if node not in companies and _country_after(countries, tail, mine | theirs, len(mine)):
                corpus.join(refs[0], long_refs[0], "the name with its country after it", long_refs)
                continue
            if corpus.is_place(short) and not all(is_calendar_word(w) for w in tail.split()):
                # A place written as an organisation is a team or a council of it; a word after the
                # place makes a body of its own ("Denver Broncos", "Denver Post"), never its slip.
                continue
            # A name written more widely, or ended by its legal form and its period, is whole as it stands: the
            # words after that period open the next sentence, whatever they are ("Ltd. Co-managers are ...").
            sentence = _ends_a_sentence(corpus.entities[long_refs[0]].name, tail)
            runs_on = len(theirs) <= few and len(mine) >= len(theirs)
            if runs_on and (sentence or _runs_on(corpus, tail, long_refs, established=len(mine) > len(theirs))):
                corpus.join(refs[0], long_refs[0], "the name run on into the next word", long_refs)
                corpus.slips |= {r[2] for r in long_refs}
            elif (
                len(theirs) >= len(mine)
                and node not in companies
                and _cut_short(corpus, short, tail, refs=refs, articles=(mine, theirs))
            ):
                corpus.join(long_refs[0], refs[0], "the name cut short of its last word", refs)
                corpus.slips |= {r[2] for r in refs}


def _starts(key: str) -> set[str]:
    """Return the keys a name meets the names it opens under: its first two words ("l f" of "L.F."
    and "L.F. Rothschild"), and its first two of more than a letter: "U.S. House Ways and Means"
    meets "U.S. House Ways and Means Committee" under "house ways", not among every "U.S." body."""
    words = key.split()
    return {" ".join(words[:2]), " ".join([w for w in words if len(w) > 1][:2])}


def _country_after(countries: ArticleCountries, tail: str, articles: set[int], written: int) -> bool:
    """Return True when a name's added word is the country every article of both names names, and the
    short name is written in two articles or more: "Bank Negara Malaysia" is Malaysia's central bank,
    "Bank Negara" in stories from Kuala Lumpur. A company's name with a country after it ("Deutsche
    Bank Luxembourg") is its subsidiary there, and no company's name reaches this test."""
    if written < 2 or country_of(tail) != tail:
        return False
    return all(tail in countries.of(index)[1] for index in articles)


def _ends_a_sentence(name: str, tail: str) -> bool:
    """Return True when a name's last words follow a legal form and its period: "Mitsubishi Finance
    (Hong Kong) Ltd. Lead" is the company and the next sentence ("Lead manager is ..."), in Reuters'
    bond stories; "Dominion Textiles Inc. Samjens has made ...". Not a legal form after it ("Co. Inc")."""
    head = name.removesuffix(tail).rstrip()
    return head.endswith(".") and bool(legal_words(head)[1]) and not legal_words(f"x {tail}")[1]


def _written_with_legal_form(corpus: Corpus) -> set[Node]:
    """Return the companies' names that are whole names: written with a legal form, or one with a name
    written so ("Chase Manhattan", one with "Chase Manhattan Corp"). Such a name is never a longer one
    cut short: "Chase Manhattan Bank", "Nikko Securities Co International Inc", "Merrill Lynch
    International" are its subsidiaries, however its articles write "Chase Manhattan bank"."""
    nodes = corpus.nodes()
    legal = {corpus.groups.find(refs[0]) for refs in nodes.values() if legal_words(corpus.entities[refs[0]].name)[1]}
    return {node for node, refs in nodes.items() if node[0] == "organization" and corpus.groups.find(refs[0]) in legal}


def _runs_on(corpus: Corpus, tail: str, refs: Sequence[Ref], *, established: bool) -> bool:
    """Return True when the words after a name are not part of it: a date, a common word that makes
    no body or thing of its own ("Writer", "Flight"), a possessive, or a person the article names."""
    words = tail.split()
    # A word ending in a hyphen and small letters is one made of the words before it ("PC/AT-compatible").
    if all(is_calendar_word(w) for w in words) or tail in ("'s", "’s") or re.search(r"\w-[a-z]+$", words[-1]):
        return True
    # A plural after a name names a group or product of it ("Chicago Board Options", "National
    # Capital Astronomers"); one common word ("Writer", "Flight") is the finder's slip.
    plural = tail.endswith("s") and corpus.is_common(tail[:-1])
    if len(words) == 1 and corpus.is_common(tail) and not _makes_its_own(tail) and not plural:
        return established
    people = {w for r in refs for p in corpus.articles[r[0]].people for w in name_tokens(p.name)}
    return all(fold_name(w) in people for w in words) and not _makes_its_own(words[-1])


def _makes_its_own(word: str) -> bool:
    """Return True for a word that makes a body or thing of its own after a name ("Bank", "Division", "Index")."""
    return is_body_word(word) or fold_name(word) in THING_WORDS


def _cut_short(
    corpus: Corpus, short: str, tail: str, *, refs: Sequence[Ref], articles: tuple[set[int], set[int]]
) -> bool:
    """Return True when a name is a longer one without its last word: its article writes the word after
    it in lower case ("Securities and Exchange commission"); or it ends in no body's word, as no
    body's name does ("Chicago Board Options", "U.S. House Ways and Means"), and the longer name is
    written widely; or its articles name the people and places the longer name's do."""
    pattern = re.escape(short) + r"\s+" + re.escape(tail.lower()) + r"\b"
    if any(corpus.read(r[0], writes, pattern) for r in refs):
        return True
    mine, theirs = articles
    # One body word, not a legal form or a country: "Daiwa Securities America Inc" is a subsidiary.
    if len(mine) > corpus.config.variant_max_articles or len(tail.split()) > 1 or legal_words(f"x {tail}")[1]:
        return False
    if not is_body_word(tail):
        return False
    last = short.rsplit(maxsplit=1)[-1]
    # A place's name is whole as it stands: the organisation "Los Angeles" (a team, the city's
    # council) is not the "Los Angeles Times" cut short, however often the newspaper is written.
    widely = len(theirs) >= corpus.config.clipping_min_articles * len(mine) and not corpus.is_place(short)
    if widely and not is_body_word(last) and last[:1].isupper():
        return True
    leave_out: list[Node] = [("organization", exact_key(short)), ("organization", exact_key(f"{short} {tail}"))]
    shared = corpus.context(mine, leave_out) & corpus.context(theirs, leave_out)
    return len(shared) >= corpus.config.variant_min_shared_names


def join_short_of_longer(corpus: Corpus) -> None:
    """Join a body's name to the name one word longer that its articles write it for: "Federal
    Reserve", written as the short form of "Federal Reserve Board" in a good share of the articles
    that write it at all and many times as often as of any other name ("Federal Reserve Bank of New
    York"). "White House" is written so of "White House Economic Policy Council" too seldom."""
    members = corpus.groups.groups()
    root = {ref: r for r, refs in members.items() for ref in refs}
    beside: dict[str, Counter[Ref]] = defaultdict(Counter)
    for ref, entity in corpus.entities.items():
        if entity.kind == "organization":
            for form in entity.aliases:
                tail = run_on_tail(form, entity.name)
                if len(form.split()) > 1 and tail and len(tail.split()) == 1 and is_body_word(tail):
                    beside[norm(form)][root[ref]] += 1
    by_norm: dict[str, list[Ref]] = defaultdict(list)
    for node, refs in corpus.by_node.items():
        if node[0] == "organization" and refs:
            by_norm[norm(refs[0][2])].extend(refs)
    for key, counts in sorted(beside.items()):
        written = by_norm.get(key, [])
        if not written:
            continue
        short = Counter(root[r] for r in written).most_common(1)[0][0]
        (owner, times), *rest = [*counts.most_common(2), (short, 0)]
        share = times / (len({r[0] for r in written}) + sum(counts.values()))
        often = times >= corpus.config.clipping_min_articles and times >= 3 * rest[0][1]
        if owner != short and share >= corpus.config.short_form_min_share and often:
            corpus.join(owner, short, f"written as the short form of this name in {times} articles", members[short])


def placed_elsewhere(corpus: Corpus, variant: str, main: str, articles: Iterable[int]) -> bool:
    """Return True when the known place is a country and a dateline writes the variant with a state
    or country after it, in another country: "GREENE, N.Y." is a town in New York, no slip of
    "Greece". (A town's name is too often a city's in several countries to tell so: "SAN METEO,
    Calif." is San Mateo misspelt, though the largest San Mateo is in the Philippines.)"""
    wanted = fold_name(variant)
    home = country_of(main)
    if home != main:
        return False
    for index in articles:
        dateline = corpus.articles[index].dateline or ""
        town, _, where = dateline.partition(",")
        if where.strip() and fold_name(town.strip()) == wanted:
            country = country_of(where.strip())
            if country is not None and country != home:
                return True
    return False


def in_country(corpus: Corpus, name: str, standard: str, articles: Iterable[int]) -> bool:
    """Return True when every article writing a place's other name names another place of the country
    the gazetteer puts it in ("Oporto-based ... Portugal's bank": Porto); "Romo" in a story of Dallas
    is a player, not Rome."""
    country = country_of(standard)
    itself = {fold_name(name), fold_name(standard)}
    found = [
        any(fold_name(p.name) not in itself and country_of(p.name) == country for p in corpus.articles[i].places)
        for i in articles
    ]
    return country is not None and bool(found) and all(found)


def countries_apart(corpus: Corpus, pair: tuple[Node, Node]) -> bool:
    """Return True when the articles of two spellings of a body's name each write it as some country's, and
    no country for both ("the Chinese Center for Disease Control"; "the Centre for Disease Control (CDC) in the
    US"): two countries' bodies, however alike their names."""
    variant = _countries_written(corpus, pair[1])  # the fewer articles: read first
    main = _countries_written(corpus, pair[0]) if variant else set()
    return bool(main) and not main & variant


def _countries_written(corpus: Corpus, node: Node) -> set[str]:
    """Return the countries a body's articles write just before or after its name."""
    found: set[str] = set()
    for index, _, form in corpus.nodes().get(node, []):
        found |= corpus.read(index, countries_before, form) | corpus.read(index, countries_after, form)
    return found


def countries_after(text: str, body: str) -> set[str]:
    """Return the countries the text writes just after a body's name, its initials between: "the Centre for
    Disease Control (CDC) in the US", "the Health Ministry in Beijing"."""
    pattern = re.escape(body) + r"(?: \([A-Z]{2,6}\))?,? in (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)"
    return {c for m in compiled(pattern).finditer(text) if (c := country_of(m.group(1)))}
