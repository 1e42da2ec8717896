"""The people a surname written alone may name, told apart by what their articles name."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ..gazetteer import load_gazetteer
from ..identity import exact_key
from ..text import fold_name
from .state import Corpus, Node, Ref
from .titled import titled_holder


def _written_alone(text: str, name: str) -> bool:
    """Return True when a text writes a name not run on into a longer one ("H.J. Heinz Co"): in any
    case ("David knox" in a story typed in lower case) and with a generation after it ("James
    Robinson III" is James Robinson)."""
    if name.lower() not in text.lower():
        return False
    pattern = r"(?<![\w.])(?i:" + re.escape(name) + r")(?![\w'’]|\s+(?!" + _GENERATION + r")[A-Z])"
    return re.search(pattern, text) is not None


# A generation written after a full name, part of it rather than a longer name's next word.
_GENERATION = r"(?:Jr|Sr|II|III|IV)\b"


class People:
    """The people a shared surname may name, each with the rarer names their articles write."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # The groups as they stand before any surname joins one: a surname's candidates are people
        # named in full, never another surname alone that happened to be given to someone first.
        self.members = corpus.groups.groups()
        self.root = {ref: root for root, refs in self.members.items() for ref in refs}
        self.profiles: dict[Ref, set[Node]] = {}
        self.total = max(1, len(corpus.names_in))
        self.given: Counter[str] = Counter()
        self.surname: Counter[str] = Counter()
        self.titled: set[Ref] = set()  # the surnames found after a title (titled_holder)

    def profile(self, root: Ref) -> set[Node]:
        if root not in self.profiles:
            self.profiles[root] = self.corpus.context({r[0] for r in self.members[root]})
        return self.profiles[root]

    def best(self, ref: Ref, found: Sequence[Ref]) -> Ref | None:
        """Return the person a shared surname names by what else its article names, or None if unclear."""
        corpus = self.corpus
        titled = titled_holder(corpus, ref, found, self.members)  # "Chairman Mao": Chairman Mao Tse-tung's
        if titled is not None:
            self.titled.add(ref)
            return titled
        mine = corpus.context([ref[0]], [(ref[1], exact_key(ref[2]))])
        shared = {root: mine & self.profile(root) for root in found}
        scores = sorted(
            ((sum(math.log(1 + self.total / corpus.df[n]) for n in shared[root]), root) for root in found),
            key=lambda s: (-s[0], s[1]),
        )
        if len(scores) == 1:  # the only person of that name, if the article shares anything with theirs
            root = scores[0][1]
            return root if self.only_one(ref, len(shared[root]), len({r[0] for r in self.members[root]})) else None
        best, runner_up = scores[0][0], scores[1][0]
        enough = len(shared[scores[0][1]]) >= corpus.config.surname_min_shared_names
        if enough and best >= corpus.config.surname_min_margin * runner_up:
            return scores[0][1]
        # Nothing in the article tells them apart: the one the corpus names far more often
        # ("Reagan" is Ronald Reagan unless the story names Nancy or Michael Reagan's people).
        sizes = sorted(((len(self.members[root]), root) for root in found), key=lambda s: (-s[0], s[1]))
        leader = next(score for score, root in scores if root == sizes[0][1])
        if sizes[0][0] >= corpus.config.surname_min_dominance * sizes[1][0] and leader >= best:
            return sizes[0][1]
        return None

    def reason(self, ref: Ref, holders: int) -> str:
        """Return why a surname alone joined the person best found it: the title written before it and before
        their full name, or the people and places its article names."""
        if ref in self.titled:
            return "surname after a title, of the one person the corpus names in full after that title"
        if holders == 1:
            return "surname of the one person of that name, in articles naming the same people and places"
        return "surname; its article names the people and places this person's do"

    def written_in(self, ref: Ref, found: set[Ref]) -> set[Ref]:
        """Return the people of a surname whose full name its article's text writes, though the finder
        did not take it for one ("assassinate Benazir Bhutto" in a story on "Bhutto"); not as the
        start of a longer name ("H.J. Heinz Co", a company)."""
        names = {root: sorted({r[2] for r in self.members[root] if r[1] == "person" and " " in r[2]}) for root in found}
        return {root for root in found if any(self.corpus.read(ref[0], _written_alone, name) for name in names[root])}

    def mostly_given(self, word: str) -> bool:
        """Return True for a word the corpus's full names hold as a given name far more often than as a
        surname ("Paul", "James"): written alone, it names no one's surname with any confidence."""
        if not self.given:
            for (kind, key), refs in self.corpus.nodes().items():
                words = key.split()
                if kind == "person" and len(words) > 1:
                    self.given[words[0]] += len(refs)
                    self.surname[words[-1]] += len(refs)
        return self.given[word] > self.corpus.config.given_name_ratio * max(1, self.surname[word])

    def only_one(self, ref: Ref, shared: int, named: int) -> bool:
        """Return True when a surname names the only person the corpus names in full by it.

        One rarer name in common is enough for a surname; a word the corpus's full names hold as a
        given name as often as a surname ("Ali") needs two, as a shared surname does. A long surname no
        one else has, no given name and no word of the language ("Ahmadinejad") needs none, when the
        corpus names its person in full in more than one article: "Lord Stevens" of a report on Diana
        is not "Tim Stevens", a blogger named once.
        """
        word = ref[2].split()[-1]
        key = exact_key(word)
        self.mostly_given(key)  # counts the corpus's given names and surnames
        if shared >= (self.corpus.config.surname_min_shared_names if self.given[key] >= self.surname[key] else 1):
            return True
        given = word in load_gazetteer(self.corpus.config.min_place_population).given_names
        distinctive = len(word) >= self.corpus.config.distinctive_surname_letters and named > 1
        return distinctive and not given and self.corpus.vocabulary.mostly_capitalised(fold_name(word))
