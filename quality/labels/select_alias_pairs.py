"""Deterministically choose the pairs of name forms of ``alias_pairs.json`` and show them for judging.

Usage: python -m quality.labels.select_alias_pairs DATA_DIR [--show]

Each corpus (Reuters, the web collections: quality/merge_corpora.py) is extracted article by
article, before any corpus-wide merge, and pairs of forms of the same kind are drawn that a
merge might join, of five types, whatever the merger in the repository decides:

* ``spelling``: forms a letter or two apart, or with one consonant outline ("Peru", "Peoria";
  "Securitites and Exchange Commission", "Securities and Exchange Commission");
* ``surname``: a surname written alone in an article that names no one in full by it, and a
  full name ending in it ("Baker", "Howard Baker");
* ``shared-surname``: two full names with one surname ("Ronald Reagan", "Nancy Reagan");
* ``short-form``: an organisation's one-word form or initials and a longer name it opens or
  abbreviates ("IBM", "International Business Machines Corp"; "World", "World Bank");
* ``one-word-apart``: organisation names that differ by one word ("Texaco Inc", "Texaco Ltd").

With ``--more``, ``--third``, ``--fourth LABELS`` or one of ``--fifth`` to ``--twentyseventh LABELS...`` (each given
every label file judged before it), a further draw of development-half pairs none of which LABELS holds (quotas:
alias_quotas.py; select_alias_kinds.py: the fourth's kinds, the 13th's to 21st's pairs the merge joins; select_unmerged:
the 22nd's, 23rd's pairs it leaves apart; select_both: 24th, 25th; select_wider: 26th; select_fresh: 27th).

Pairs are taken in the order of sha1('alias-<corpus>-<type>-<a>-<b>') up to a quota per corpus
and type, and each lists up to three articles writing each form. With --show, each is printed
with a sentence of each side's first article, for a person to judge; never stored. A pair is
held out when sha1('alias-split-<kind>-<a>-<b>') is even: the held-out half is never read while
tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from newscorpus.config import Config
from newscorpus.extract.corpus import merge_across_corpus
from newscorpus.extract.cues import DEMONYM_ENDINGS
from newscorpus.extract.gazetteer import load_gazetteer
from newscorpus.extract.identity import edit_distance, exact_key
from newscorpus.extract.text import fold_name, name_key, name_tokens, sentence_spans
from newscorpus.model import Article
from quality.labels.alias_quotas import DEALT, DRAWS, deal
from quality.labels.select_alias_kinds import fourth_candidates, merged_candidates
from quality.labels.select_both import both_drawer
from quality.labels.select_fresh import development_sources, fresh_drawer
from quality.labels.select_unmerged import unmerged_drawer
from quality.labels.select_wider import wider_drawer
from quality.merge_corpora import extract_each, sources

_MAX_ARTICLES = 3


@dataclass(frozen=True)
class Form:
    """One form of a name as the corpus writes it: kind, the surface most written, its articles."""

    kind: str
    text: str
    articles: tuple[str, ...]
    lone: bool
    """True for a form written as an article's only name for the entity (no fuller form beside it)."""


# The forms of a corpus by (kind, exact key), and a drawn pair: (type, form, form).
Forms = dict[tuple[str, str], Form]
Drawn = tuple[str, Form, Form]


def held_out(kind: str, a: str, b: str) -> bool:
    """Return True for a pair of the held-out half."""
    first, second = sorted((a, b))
    return int(hashlib.sha1(f"alias-split-{kind}-{first}-{second}".encode()).hexdigest(), 16) % 2 == 0


def corpus_forms(articles: list[Article]) -> dict[tuple[str, str], Form]:
    """Return every (kind, exact key) written as an entity's name, with its commonest surface and articles."""
    surfaces: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    alone: dict[tuple[str, str], bool] = defaultdict(bool)
    for article in articles:
        for entity in (*article.people, *article.organizations, *article.places):
            key: tuple[str, str] = (entity.kind, exact_key(entity.name))
            if key[1]:
                surfaces[key][entity.name].append(article.id)
                alone[key] = alone[key] or not entity.aliases
    out = {}
    for key, by_surface in surfaces.items():
        text = sorted(by_surface, key=lambda s: (-len(by_surface[s]), s))[0]
        ids = sorted({i for ids in by_surface.values() for i in ids})
        out[key] = Form(key[0], text, tuple(ids), alone[key])
    return out


def candidates(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield (type, form, form) for every pair of the five types."""
    keys = sorted(forms)
    shortened: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    outline: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in keys:
        if len(key) >= 4:
            for variant in {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}:
                shortened[(kind, variant)].append((kind, key))
            outline[(kind, name_key(key))].append((kind, key))
    spelling = set()
    for bucket in (*shortened.values(), *outline.values()):
        if len(bucket) <= 30:
            spelling |= {(a, b) for a in bucket for b in bucket if a < b}
    for a, b in sorted(spelling):
        ta, tb = a[1].split(), b[1].split()
        if not (set(ta) <= set(tb) or set(tb) <= set(ta)) and edit_distance(a[1], b[1]) <= 3:
            yield "spelling", forms[a], forms[b]
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, key in keys:
        words = key.split()
        if kind == "person" and len(words) >= 2 and len(words[-1]) > 2:
            by_surname[words[-1]].append((kind, key))
    for surname, full in sorted(by_surname.items()):
        lone = forms.get(("person", surname))
        if lone is not None and lone.lone:
            for full_key in full:
                yield "surname", lone, forms[full_key]
        for i, a in enumerate(full):
            for b in full[i + 1 :]:
                if a[1].split()[0] != b[1].split()[0]:
                    yield "shared-surname", forms[a], forms[b]
    orgs = [k for k in keys if k[0] == "organization"]
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, key in orgs:
        words = key.split()
        if len(words) > 1:
            by_first[words[0]].append((kind, key))
            by_initials["".join(w[0] for w in words)].append((kind, key))
    for kind, key in orgs:
        if len(key.split()) == 1:
            for other in sorted(set(by_first.get(key, [])) | set(by_initials.get(key, []))):
                yield "short-form", forms[(kind, key)], forms[other]
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in orgs:
        words = key.split()
        if len(words) >= 2:
            for i in range(len(words)):
                by_rest[(*words[:i], "*", *words[i + 1 :])].append((kind, key))
            by_rest[(*words, "*")].append((kind, key))
            by_rest[(*words[:-1], "+")].append((kind, key))
    for bucket in by_rest.values():
        for i, a in enumerate(sorted(set(bucket))):
            for b in sorted(set(bucket))[i + 1 :]:
                yield "one-word-apart", forms[a], forms[b]


def more_candidates(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield the pairs of the second draw: the first draw's types, spellings two letters or two words
    apart, the person a surname alone most often stands for, and names within longer names."""
    yield from candidates(forms)
    yield from _wider_spellings(forms)
    yield from _prominent_surnames(forms)
    yield from _longer_names(forms)


def tenth_candidates(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield the pairs of the tenth draw (and the eleventh): the first draw's five types and the fourth draw's kinds."""
    yield from candidates(forms)
    yield from fourth_candidates(forms)


def twelfth_candidates(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield the pairs of the twelfth draw: the tenth draw's types, prominent surnames and longer names."""
    yield from tenth_candidates(forms)
    yield from _prominent_surnames(forms)
    yield from _longer_names(forms)


def _wider_spellings(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield names of as many words whose other words are each up to two edits apart, and long words
    two edits apart ("Secruties and Exchange Comission", "Securities and Exchange Commission")."""
    buckets: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in sorted(forms):
        words = key.split()
        if len(words) == 1 and len(key) >= 9:
            for i in range(len(key)):
                for j in range(i + 1, len(key)):
                    buckets[(kind, key[:i] + key[i + 1 : j] + key[j + 1 :])].append((kind, key))
        for i in range(len(words) if len(words) > 1 else 0):
            buckets[(kind, *words[:i], "*", *words[i + 1 :])].append((kind, key))
            for j in range(i + 1, len(words) if len(words) >= 4 else 0):
                buckets[(kind, *words[:i], "*", *words[i + 1 : j], "*", *words[j + 1 :])].append((kind, key))
    seen = set()
    for bucket in buckets.values():
        if len(bucket) > 30:
            continue
        for a in bucket:
            for b in bucket:
                if a < b and (a, b) not in seen:
                    seen.add((a, b))
                    ta, tb = a[1].split(), b[1].split()
                    if len(ta) == len(tb) and all(
                        edit_distance(x, y) <= 2 and min(len(x), len(y)) > 2
                        for x, y in zip(ta, tb, strict=True)
                        if x != y
                    ):
                        yield "spelling", forms[a], forms[b]


def _prominent_surnames(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield a surname written alone and the full name ending in it that most articles write."""
    by_surname: dict[str, list[Form]] = defaultdict(list)
    for (kind, key), form in sorted(forms.items()):
        words = key.split()
        if kind == "person" and len(words) >= 2 and len(words[-1]) > 2:
            by_surname[words[-1]].append(form)
    for surname, full in sorted(by_surname.items()):
        lone = forms.get(("person", surname))
        if lone is not None and lone.lone:
            yield "prominent-surname", lone, sorted(full, key=lambda f: (-len(f.articles), f.text))[0]


def _longer_names(forms: dict[tuple[str, str], Form]) -> Iterator[tuple[str, Form, Form]]:
    """Yield an organisation's or place's name and a longer name holding it: words before it ("U.S.
    Agriculture Department"), one word after ("Federal Reserve Board"), the same words around "of"
    ("Department of Agriculture"), or a one-word name opening the first word ("Fed", "Federal Reserve")."""
    by_first: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in sorted(forms):
        if kind != "person" and len(key.split()) > 1:
            by_first[(kind, key[:3])].append((kind, key))
    for (kind, key), form in sorted(forms.items()):
        if kind == "person":
            continue
        words = form.text.split()
        shorter = {" ".join(words[k:]) for k in (1, 2) if len(words) > k and all(map(_qualifier, words[:k]))}
        if len(words) > 2 and fold_name(words[-1]).rstrip(".") not in _LEGAL_WORDS:
            shorter.add(" ".join(words[:-1]))
        if "of" in words[1:-1]:
            at = words.index("of")
            head, tail = words[:at], words[at + 1 :]
            for q in range(len(head)):  # "U.S. Department of Agriculture": "U.S. Agriculture Department"
                shorter.add(" ".join([*head[:q], *tail, *head[q:]]))
        for text in sorted(shorter):
            inner = forms.get((kind, exact_key(text)))
            if inner is not None and inner.text != form.text:
                yield "longer-name", inner, form
        if len(words) == 1 and len(key) >= 3 and not form.text.isupper():
            bucket = by_first.get((kind, key[:3]), [])
            if len(bucket) <= 30:
                for node in bucket:
                    first = node[1].split()[0]
                    if first != key and first.startswith(key):
                        yield "longer-name", form, forms[node]


def _qualifier(word: str) -> bool:
    """Return True for a word saying whose body a name is: "U.S.", "Japanese", "Texas"."""
    countries = load_gazetteer(Config().min_place_population).countries
    demonym = word.endswith(DEMONYM_ENDINGS) and any(c.startswith(fold_name(word)[:4]) for c in countries)
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}|US|UK|UN", word)) or (
        word[:1].isupper() and (demonym or fold_name(word) in countries)
    )


# Legal-form words: a name with and without one is the first draw's one-word-apart pair.
_LEGAL_WORDS = frozenset({"corp", "corporation", "inc", "co", "company", "ltd", "plc", "llc", "ag", "sa", "nv"})


# The draws from the fifth on, in order (_LATER_DRAWS: latest first); each is given every label file judged before it.
_LATER = (
    *("fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth"),
    *("fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst"),
    *("twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh"),
)
_LATER_DRAWS = _LATER[::-1]
# The draws that take some pairs the merge joins beside the twelfth draw's types (thirteenth to twenty-first).
_MERGED_DRAWS = frozenset(_LATER[8:17])


def _drawer(draw: str, articles: list[Article], config: Config) -> Callable[[Forms], Iterator[Drawn]]:
    """Return the function yielding a draw's candidate pairs from the corpus's forms."""
    if draw in ("twentysecond", "twentythird"):
        return unmerged_drawer(articles, config, twelfth_candidates)
    if draw in ("twentyfourth", "twentyfifth"):
        return both_drawer(articles, config, twelfth_candidates, thirteenth_merged, f"alias-{draw}")
    if draw == "twentysixth":
        return wider_drawer(articles, config, lambda kind, text, ids: Form(kind, text, ids, False), held_out)
    if draw == "twentyseventh":
        return fresh_drawer(articles, config, twelfth_candidates, lambda kind, text, ids: Form(kind, text, ids, False))
    if draw in _MERGED_DRAWS:
        return lambda forms: chain(twelfth_candidates(forms), thirteenth_merged(articles, config, f"alias-{draw}"))
    drawers = {"more": more_candidates, "fourth": fourth_candidates, "tenth": tenth_candidates}
    return drawers.get("tenth" if draw == "eleventh" else draw, twelfth_candidates if draw == "twelfth" else candidates)


def thirteenth_merged(articles: list[Article], config: Config, seed: str = "alias-thirteenth") -> Iterator[Drawn]:
    """Yield one pair per hub of the merged build: its canonical name and one of its forms not plainly of it
    (select_alias_kinds.merged_candidates), the form first in sha1('<seed>-hub-<name>-<form>') order among the
    development half's (the seed 'alias-thirteenth' ... 'alias-twentyfirst', the draw's)."""
    by_hub: dict[tuple[str, str], list[tuple[str, Form, Form]]] = defaultdict(list)
    for (kind, name, name_ids), (_, text, ids) in merged_candidates(merge_across_corpus(articles, config), config):
        if not held_out(kind, name, text):
            by_hub[(kind, name)].append(("merged", Form(kind, name, name_ids, False), Form(kind, text, ids, False)))
    for (_, name), drawn in sorted(by_hub.items()):
        yield min(drawn, key=lambda d: hashlib.sha1(f"{seed}-hub-{name}-{d[2].text}".encode()).hexdigest())


def select(
    data_dir: Path, labelled: set[tuple[str, str, str]] | None = None, draw: str = "first"
) -> list[dict[str, object]]:
    """Return the chosen pairs of both corpora, each with its articles, type and half.

    With labelled (the (kind, a, b) of pairs judged already), return a further draw instead ("more" unless
    told "third" ... "tenth"): development-half pairs only, none of them labelled, up to its quotas.
    """
    chosen: list[dict[str, object]] = []
    config = Config()
    more = labelled is not None
    draw = draw if more and draw != "first" else "more" if more else "first"
    quotas, seed = DRAWS[draw]
    for corpus, quota in quotas.items():
        articles = extract_each(development_sources(sources(data_dir, corpus), corpus, draw), config)
        forms = corpus_forms(articles)
        by_type: dict[str, dict[tuple[str, str, str], tuple[Form, Form]]] = defaultdict(dict)
        for kind, a, b in _drawer(draw, articles, config)(forms):
            first, second = sorted((a, b), key=lambda f: f.text)
            item = (a.kind, first.text, second.text)
            if not more or (item not in (labelled or set()) and not held_out(*item)):
                by_type[kind][item] = (first, second)
        for kind, pairs in sorted(by_type.items()):

            def order(item: tuple[str, str, str], corpus: str = corpus, kind: str = kind, seed: str = seed) -> str:
                return hashlib.sha1(f"{seed}-{corpus}-{kind}-{item[1]}-{item[2]}".encode()).hexdigest()

            for item in sorted(pairs, key=order)[: quota.get(kind, 0)]:
                a, b = pairs[item]
                chosen.append(
                    {
                        "corpus": corpus,
                        "type": kind,
                        "kind": a.kind,
                        "a": a.text,
                        "b": b.text,
                        "a_articles": list(a.articles[:_MAX_ARTICLES]),
                        "b_articles": list(b.articles[:_MAX_ARTICLES]),
                        "a_count": len(a.articles),
                        "b_count": len(b.articles),
                        "held_out": held_out(a.kind, a.text, b.text),
                        "_context": {
                            "a": _sentence(articles, a.articles[0], a.text),
                            "b": _sentence(articles, b.articles[0], b.text),
                        },
                    }
                )
    return chosen


def _sentence(articles: list[Article], article_id: str, form: str) -> str:
    """Return the first sentence of an article naming a form (for judging on screen; never stored)."""
    article = next(a for a in articles if a.id == article_id)
    words = set(name_tokens(form))
    for block in article.blocks:
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            if form in sentence or (words and words <= set(name_tokens(sentence))):
                return sentence[:300]
    return article.title[:200]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print a sentence of each side for judging")
    parser.add_argument("--more", type=Path, help="draw further development pairs, none of those in this label file")
    parser.add_argument("--third", type=Path, help="the third draw of development pairs, none in this label file")
    parser.add_argument("--fourth", type=Path, help="the fourth draw of development pairs, none in this label file")
    for name in reversed(_LATER_DRAWS):
        parser.add_argument(f"--{name}", type=Path, nargs="+", help=f"the {name} draw, none in these label files")
    args = parser.parse_args(argv)
    labelled = None
    named = [(n, getattr(args, n)) for n in (*_LATER_DRAWS, "fourth", "third", "more")]
    files = next((g if isinstance(g, list) else [g] for _, g in named if g), [])
    if files:
        pairs = [p for f in files for p in json.loads(f.read_text(encoding="utf-8"))["pairs"]]
        labelled = {(p["kind"], *sorted((p["a"], p["b"]))) for p in pairs}
    draw = next((name for name, given in named if given), "more")
    chosen = select(args.data_dir, labelled, draw)
    for n, pair in enumerate(deal(chosen, DEALT[draw]) if draw in DEALT else chosen):
        context = pair.pop("_context")
        print(json.dumps({"n": n, **pair}, ensure_ascii=False))
        if args.show:
            assert isinstance(context, dict)
            print(f"    A: {context['a']}\n    B: {context['b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
