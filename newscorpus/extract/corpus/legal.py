"""Step that joins a company written with and without its legal form ("Texaco", "Texaco Inc")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..gazetteer import country_of, load_gazetteer
from ..identity import cased_initials, exact_key
from ..shortforms import legal_words
from ..text import fold_name
from .bodies import countries_after, countries_before
from .lone import articles_spelling_out
from .state import Corpus, Node, Ref, find_all, node_of

# Forms American companies are written with one for another ("Occidental Petroleum Co" for its Corp):
# a slip where one is written almost nowhere and the other widely. "Ltd", "Plc", "AG" say which
# country's company: "Shearson Lehman Brothers Ltd" is the London arm of the Inc.
INTERCHANGED = frozenset({"co", "corp", "inc"})
# Forms written of companies the world over ("Kawasaki Heavy Industries Inc" in a Washington story, its Ltd in
# Tokyo's): a Ltd and another form, with the articles of both placing the company in one country, are one company,
# however often each is written (two American forms placed in America say nothing: most companies are).
_WORLDWIDE = INTERCHANGED | {"ltd"}
# A ticker written after a company's name or its possessive: "Occidental Petroleum Co <OXY>",
# "Transco Energy Inc's <E>".
_TICKER = r"(?:'s|’s)?\s*<([A-Z][A-Z0-9]*(?:\.[A-Z]+)?)>"
_WEB_ADDRESS = re.compile(r"^[A-Z][\w-]*\.com\b")

Member = tuple[frozenset[str], Node, Ref]

# The countries whose companies a legal form is written for. Two forms of no country in common are two
# companies ("Unilever N.V.", Dutch, and "Unilever Plc", British: a group's two parents), and a name written
# with both ("Unilever Plc N.V.") names the pair, no one company's full form. "Inc", "Corp", "Co" and "Ltd",
# written the world over, say no country.
FORM_COUNTRIES: dict[str, frozenset[str]] = {
    "plc": frozenset({"gb", "ie"}),
    "nv": frozenset({"nl", "be"}),
    "bv": frozenset({"nl", "be"}),
    "ag": frozenset({"de", "ch", "at"}),
    "gmbh": frozenset({"de", "ch", "at"}),
    "spa": frozenset({"it"}),
    "sa": frozenset({"fr", "es", "ch", "be", "lu", "pt", "gr", "br", "ar", "mx"}),
    "kk": frozenset({"jp"}),
    "ab": frozenset({"se"}),
    "asa": frozenset({"no"}),
    "oy": frozenset({"fi"}),
    "bhd": frozenset({"my"}),
    "pty": frozenset({"au", "za"}),
}


def two_countries(forms: frozenset[str]) -> bool:
    """Return True for legal forms of no country in common: "plc" and "nv", not "ag" and "sa" (Swiss both)."""
    countries = [FORM_COUNTRIES[f] for f in sorted(forms) if f in FORM_COUNTRIES]
    return any(not (a & b) for a in countries for b in countries)


def join_legal_forms(corpus: Corpus) -> None:
    """Join a company written with and without its legal form ("Texaco", "Texaco Inc"; "Merck and Co
    Inc", "Merck Co"), when the legal forms written agree: "X Inc" and "X Ltd" are two companies (a
    parent and its subsidiary, as Reuters' company news names them), "X Co" and "X Co Plc" one. Where
    they do not agree, see _join_disagreeing."""
    by_name: dict[str, list[Member]] = defaultdict(list)
    for node, refs in corpus.nodes().items():
        if node[0] == "organization":
            name = corpus.entities[refs[0]].name
            bare, forms = legal_words(name)
            if _WEB_ADDRESS.match(name):  # "Amazon.com Inc": the company's name is its web address
                bare = bare.removesuffix(" com")
            bare = name if cased_initials(name) else bare  # "TfL" is not "TFL" (node_key)
            if bare and (len(bare.split()) > 1 or not corpus.is_common(bare)):
                by_name[bare].append((forms, node, refs[0]))
    opening = _opening(corpus, by_name)
    for bare, written_as in by_name.items():
        named = [m for m in written_as if not two_countries(m[0])]  # "Unilever Plc N.V." names two companies
        members = named
        if any(not forms for forms, _, _ in named) and (
            _group_name(corpus, bare, named, opening) or _spelt_out(corpus, named)
        ):
            # Written alone, a group's name ("Mitsubishi"), or the initials of a body the corpus spells
            # out beside them ("ICO"), not the one company with a legal form of those letters.
            members = [m for m in named if m[0]]
        written = {forms for forms, _, _ in members if forms}
        if len(members) > 1 and (not written or frozenset().union(*written) in written):
            for _, _, ref in members[1:]:
                corpus.groups.union(members[0][2], ref)
        elif len(members) > 1:
            _join_disagreeing(corpus, members)


def _opening(corpus: Corpus, by_name: dict[str, list[Member]]) -> dict[str, set[int]]:
    """Return each company's name without legal form -> the articles naming a company whose name opens
    with it and goes on ("mitsubishi" -> the articles of Mitsubishi Motors, Mitsubishi Bank, ...). After a name
    ending in a place, only a name the corpus writes with a legal form somewhere, not a system or index the body runs
    ("Stock Exchange of Singapore Dealing and Quotation System")."""
    out: dict[str, set[int]] = defaultdict(set)
    for bare, members in by_name.items():
        formed = any(forms for forms, _, _ in members)
        words = bare.split()
        articles = {r[0] for _, node, _ in members for r in corpus.nodes()[node]}
        for end in range(1, len(words)):
            head = " ".join(words[:end])
            if head in by_name and (formed or not _place_word(corpus, words[end - 1])):
                out[head] |= articles
    return out


def _place_word(corpus: Corpus, word: str) -> bool:
    """Return True for a place's name that is no common word: "Singapore", not "Bank"."""
    return corpus.is_place(word) and not corpus.is_common(word)


def _group_name(corpus: Corpus, bare: str, members: list[Member], opening: dict[str, set[int]]) -> bool:
    """Return True when the companies whose names open with a name are written far more widely than the
    one written with it and a legal form: the name alone is the group's ("Mitsubishi", beside
    Mitsubishi Motors, Mitsubishi Bank and Mitsubishi Heavy Industries; not "Texaco" of Texaco Inc)."""
    formed = {r[0] for forms, node, _ in members if forms for r in corpus.nodes()[node]}
    everyone = formed | opening.get(bare, set())
    return bool(formed) and len(formed) < corpus.config.group_name_min_share * len(everyone)


def _spelt_out(corpus: Corpus, members: list[Member]) -> bool:
    """Return True for initials the corpus writes beside a longer name they are the initials of in more
    articles (and at least a few) than it writes them with a legal form: "ICO", spelt out beside the
    International Coffee Organization in fifty articles, is not "ICO Inc", named in one."""
    formed = {r[0] for forms, node, _ in members if forms for r in corpus.nodes()[node]}
    alone = next(ref for forms, _, ref in members if not forms)
    spelt = articles_spelling_out(corpus, corpus.entities[alone].name)
    return bool(formed) and spelt >= corpus.config.clipping_min_articles and spelt > len(formed)


def _join_disagreeing(corpus: Corpus, members: list[Member]) -> None:
    """Join the forms of one name written with legal forms that disagree, on evidence: the same ticker
    after both ("American Stores Co <ASC>", "American Stores Inc <ASC>"); an American form written in
    a few articles for the one written in ten times as many ("Occidental Petroleum Co", once, for its
    Corp); and the name without a form to the company written so ten times as often as any other
    ("Shearson Lehman Brothers" is the Inc, not its London Ltd written once)."""
    nodes = corpus.nodes()
    _join_same_forms(corpus, members)
    tickers: dict[str, list[Ref]] = defaultdict(list)
    for _, node, ref in members:
        for ticker in sorted(tickers_of(corpus, node)):
            tickers[ticker].append(ref)
    for refs in tickers.values():
        for ref in refs[1:]:
            corpus.join(refs[0], ref, "the same company, the same ticker written after both names")
    articles: Counter[frozenset[str]] = Counter()
    for forms, node, _ in members:
        if forms:
            articles[_stem(forms)] += len({r[0] for r in nodes[node]})
    (top, most), *rest = articles.most_common() or [(frozenset(), 0)]
    lead = next(ref for forms, _, ref in members if _stem(forms) == top)
    enough = corpus.config.surname_min_dominance
    for written, node, ref in members:
        forms, seen = _stem(written), len({r[0] for r in nodes[node]})
        if not forms and all(most >= enough * n for _, n in rest):
            corpus.join(lead, ref, "the company's name without its legal form, the one of that name most written")
        elif (
            forms
            and forms != top
            and forms | top <= INTERCHANGED
            and seen <= corpus.config.variant_max_articles
            and most >= enough * articles[forms]
        ):
            corpus.join(lead, ref, "another legal form written for the company's own, in only a few articles")
        elif forms and forms != top and forms | top <= INTERCHANGED and _few_agreeing(corpus, lead, ref):
            corpus.join(lead, ref, "another legal form, in few articles naming the same people and places")
        elif "ltd" in forms ^ top and forms | top <= _WORLDWIDE and _one_home(corpus, lead, ref):
            corpus.join(lead, ref, "another legal form, the articles of both placing the company in one country")
        elif forms and forms != top:
            _join_slip(corpus, members, (top, most, lead), (forms, seen, ref))
    _join_bare_american(corpus, members)


def _join_bare_american(corpus: Corpus, members: list[Member]) -> None:
    """Join a company's name written without a legal form to the American forms written for it ("Union Texas
    Petroleum" in two stories, its "Co" in one and its "Corp" in another), when the corpus writes the name bare in
    at least as many articles as with a form, every form is American and written in only a few articles, and no
    article writes two of them: the name the wire uses, its forms a reporter's each. Not a bank's name (its "Co"
    and "Corp" are the bank and its holding company) nor a partnership's "and Co" beside another form."""
    nodes = corpus.nodes()
    bare = [ref for forms, _, ref in members if not forms]
    formed = [(forms, {r[0] for r in nodes[node]}, ref) for forms, node, ref in members if forms]
    if len(bare) != 1 or not formed or bank_or_country(corpus, corpus.entities[bare[0]].name):
        return
    written = {r[0] for r in nodes[node_of(bare[0])]}
    each = [articles for _, articles, _ in formed]
    if (
        any(not _stem(forms) <= INTERCHANGED for forms, _, _ in formed)
        or len({and_co(corpus.entities[ref].name) for _, _, ref in formed}) > 1
        or any(len(articles) > corpus.config.variant_max_articles for articles in each)
        or len(written) < len(set().union(*each))
        or sum(map(len, each)) + len(written) != len(written.union(*each))
    ):
        return
    for _, _, ref in formed:
        corpus.join(bare[0], ref, _BARE_AMERICAN)


_BARE_AMERICAN = "an American legal form, in few articles, of the name written bare in as many"


def _join_same_forms(corpus: Corpus, members: list[Member]) -> None:
    """Join the forms of a name written with the same legal forms, spelt out or not ("Transco Energy Co",
    "Transco Energy Company"; "Kuwait Petroleum Corp", its "Corporation"; a "Co" and its "Co Inc", "Kidder Peabody
    and Co" and "Kidder Peabody and Co Inc"), whatever other forms are written."""
    first: dict[frozenset[str], Ref] = {}
    seen: set[frozenset[str]] = set()
    nodes = corpus.nodes()
    written: Counter[frozenset[str]] = Counter()
    for f, node, _ in members:
        written[f] += len({r[0] for r in nodes[node]})
    american = sum(n for f, n in written.items() if f and f <= INTERCHANGED)
    elsewhere = sum(n for f, n in written.items() if not f <= INTERCHANGED)
    # A "Co" is a "Co Inc" unless a Ltd of the name is written as well (the London house's "S.G. Warburg and Co").
    co_inc = elsewhere * corpus.config.surname_min_dominance <= american
    stem = {f: _stem(f) if co_inc else f for f in written}
    for forms, _, ref in members:
        if forms and stem[forms] in first:
            corpus.join(
                first[stem[forms]], ref, "the same legal form, spelt out or shortened" if forms in seen else _CO_INC
            )
        elif forms:
            first[stem[forms]] = ref
        seen.add(forms)


_CO_INC = "the company's 'Co' with and without an 'Inc' after it"


def _stem(forms: frozenset[str]) -> frozenset[str]:
    """Return a name's legal forms without an "Inc" after a "Co": "Kidder Peabody and Co Inc" is Kidder Peabody and
    Co, incorporated ("Eli Lilly and Co Inc", "Dillon Read and Co Inc"); "Co Ltd" stays (Japan's, Korea's)."""
    return forms - {"inc"} if "co" in forms else forms


# Words of a bank's name: "Northern Trust Co" is the bank, "Northern Trust Corp" its holding company.
_BANK_WORDS = frozenset({"bank", "banks", "banc", "bancorp", "bancshares", "bankshares", "trust", "savings"})

Written = tuple[frozenset[str], int, Ref]
"""A name's legal forms, how many articles write the name so, and one of its refs."""


def _join_slip(corpus: Corpus, members: list[Member], top: Written, slip: Written) -> None:
    """Join a form of a company's name written in only a few articles to the form most written, when it reads as
    a slip for it: American forms ("Co", "Corp", "Inc") with the articles of both placing the company in one
    country and naming the same people and places, however often the form most written is, or failing it, another
    American form written as seldom ("American Honda Motor Co" and its "Corp", each in one Detroit story naming
    Detroit); an American form for a "Ltd" written ten times as often, from the towns the Ltd's stories come from
    (Nomura's London house written once with "Inc" in a Tokyo story). Never where an article writes both (a parent
    and its unit: "Northern Telecom Inc" beside its "Ltd"), nor a bank's name (the bank and its holding company),
    nor a partnership's "and Co" beside a Corp or Inc (a broker and its parent)."""
    (top_forms, most, lead), (forms, seen, ref) = top, slip
    nodes = corpus.nodes()
    theirs = {r[0] for r in nodes[node_of(ref)]}
    if (
        seen > corpus.config.variant_max_articles
        or not forms <= INTERCHANGED
        or bank_or_country(corpus, corpus.entities[ref].name)
    ):
        return
    if top_forms <= INTERCHANGED:
        others = [(len({r[0] for r in nodes[node]}), other) for f, node, other in members if f and f != forms]
        for count, other in [(most, lead), *sorted(o for o in others if o[0] <= seen)]:
            if _american_slip(corpus, other, ref, count, seen):
                corpus.join(other, ref, "another American legal form, in few articles placing it in one country")
                return
    elif "ltd" in top_forms and most >= corpus.config.surname_min_dominance * seen:
        mine = {r[0] for r in nodes[node_of(lead)]}
        towns = {dateline_town(corpus.articles[index].dateline) for index in mine}
        if not mine & theirs and all(
            dateline_town(corpus.articles[index].dateline) in towns - {None} for index in theirs
        ):
            corpus.join(lead, ref, "an American legal form written once or twice for a Ltd, from its stories' towns")


def _american_slip(corpus: Corpus, lead: Ref, ref: Ref, most: int, seen: int) -> bool:
    """Return True for two American forms of a name, the slip's written in no more articles than the other's
    (fewer, or one each), both placed in one country, neither a partnership's "and Co" beside another form, and
    their articles naming a rarer name in common or sent from one town: one country alone says nothing between
    American forms (most companies are American)."""
    names = (corpus.entities[lead].name, corpus.entities[ref].name)
    if not (seen < most or seen == 1) or and_co(names[0]) != and_co(names[1]) or not _one_home(corpus, lead, ref):
        return False
    return _agreeing(corpus, lead, ref)


def bank_or_country(corpus: Corpus, name: str) -> bool:
    """Return True for a bank's name, whose "Co" and "Corp" are the bank and its holding company, or a country's
    or state's alone with a legal form ("Virginia Corporation", "Virginia Inc"): no name of one company."""
    words = name.split()
    bare = legal_words(name)[0]
    head = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if exact_key(" ".join(words[:k])) == bare), "")
    countries = load_gazetteer(corpus.config.min_place_population).countries
    return any(fold_name(w) in _BANK_WORDS for w in words) or fold_name(head) in countries


def and_co(name: str) -> bool:
    """Return True for a partnership's name: "Charles Schwab and Co", "Kidder, Peabody & Co Inc"."""
    return bool(re.search(r"\s(?:and|&)\s+Co\b", name, re.IGNORECASE))


def _few_agreeing(corpus: Corpus, lead: Ref, ref: Ref) -> bool:
    """Return True for two forms of a company's name each written in only a few articles, none writing
    both, whose articles name the same people and places: a utility's dividend notice written once with
    "Co" and once with "Corp", each naming its town and state; one dateline town over all counts as a name."""
    nodes = corpus.nodes()
    few = corpus.config.variant_max_articles
    return len(nodes[node_of(lead)]) <= few and len(nodes[node_of(ref)]) <= few and _agreeing(corpus, lead, ref)


def _agreeing(corpus: Corpus, lead: Ref, ref: Ref) -> bool:
    """Return True for two forms of a company's name no article writes both of, whose articles name the same
    people and places (two rarer names in common at least; one dateline town over all counts as one)."""
    nodes = corpus.nodes()
    mine, theirs = ({r[0] for r in nodes[node_of(r)]} for r in (lead, ref))
    if mine & theirs:
        return False
    leave_out = (node_of(lead), node_of(ref))
    shared = corpus.context(mine, leave_out) & corpus.context(theirs, leave_out)
    # One dateline's town over every story of both names says as much as a name they share: a company's
    # notices sent from its home town ("DENTON, Texas": "Scott Instruments Corp", its "Inc").
    towns = {dateline_town(corpus.articles[index].dateline) for index in mine | theirs}
    return len(shared) + (len(towns) == 1 and None not in towns) >= corpus.config.variant_min_shared_names


def dateline_town(dateline: str | None) -> str | None:
    """Return the town a dateline names ("DENTON, Texas": "denton"), or None."""
    town = (dateline or "").split(",")[0].strip().lower()
    return town or None


def _one_home(corpus: Corpus, lead: Ref, ref: Ref) -> bool:
    """Return True for two forms of a company's name no article writes both of, whose articles place it in one
    country: "Encor Energy Corp Inc" and "Encor Energy Corp Ltd", each in stories from Calgary and Toronto; not
    "Kidder, Peabody and Co Inc" of New York and its Ltd of Tokyo, nor a unit named beside its parent."""
    nodes = corpus.nodes()
    mine, theirs = (nodes[node_of(r)] for r in (lead, ref))
    if {r[0] for r in mine} & {r[0] for r in theirs}:
        return False
    home = _home(corpus, mine)
    return home is not None and home == _home(corpus, theirs)


def _home(corpus: Corpus, refs: list[Ref]) -> str | None:
    """Return the country a company's articles place it in: the one written just before or after its name
    ("Japan's Kawasaki Heavy Industries Inc", "Merrill Lynch Ltd in London"), else the one most of its articles
    are datelined in, or None."""
    before = Counter(
        c
        for index, _, form in refs
        for c in corpus.read(index, countries_before, form) | corpus.read(index, countries_after, form)
    )
    placed = {index: country_of(corpus.articles[index].dateline or "") for index, _, _ in refs}
    datelines = Counter(country for country in placed.values() if country)
    votes, total = (before, before.total()) if before else (datelines, len(placed))
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] * 2 <= total or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def tickers_of(corpus: Corpus, node: Node) -> set[str]:
    """Return the tickers written right after a company's name in its articles."""
    out: set[str] = set()
    for ref in corpus.nodes()[node]:
        pattern = re.escape(ref[2]) + _TICKER
        out.update(corpus.read(ref[0], find_all, pattern))
    return out
