"""A post line: the date, the writer and the post's categories printed together in one line under a headline.

Blogs and the news pages of small sites print no "By" line: one line under the headline holds the
post's date, who posted it and where it is filed, in the site's language. "05/10/2018 - Publicado
por: Ana Lima - Categoria: Saúde", "Rui Costa 27/09/2018 Comente! Escola, Música", "21/06/2014 Jane
Roe All, Books, News". The writer is named after a poster's cue ("Publicado por:", "Posted by", a bare
"by" after a bar), or stands right before or after the date; a name standing there without a cue is read only when its
first word is a given name, so "21/06/2014 Saúde Pública" names nobody.
"""

from __future__ import annotations

import re

from .date_patterns import FULL_STAMP_DATES, YEAR_FIGURES

# A post line is a short line; a paragraph may hold a date and a name too.
_POST_LINE_MAX_WORDS = 25
# "Posted by", "Written by" and their like in the languages of the web's small sites, before the name.
POSTER_CUE = re.compile(
    r"(?:^|[\s|•·–—-])(?i:posted|written|publicado|postado|escrito|publié|écrit|pubblicato|scritto|geschrieben"
    r"|verfasst|gepost|geplaatst)\s+(?i:by|por|par|da|von|door)\s*:?\s*(?=[A-ZÀ-Þ])"
)
# A bare "by" after a bar or a dash, the name after it: "October 9, 2018 | by Jane Roe".
BY_CUE = re.compile(r"[|•·–—-]\s*(?i:by)\s*:?\s*(?=[A-ZÀ-Þ])")
# A name's word: capitalised, maybe hyphenated or with an apostrophe ("Anne-Marie", "O'Neill"), or a particle.
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)?|[A-Z]\.|de|da|do|dos|van|von|del|di)$")
_PARTICLES = frozenset({"de", "da", "do", "dos", "van", "von", "del", "di"})
_SEPARATORS = " |•·/–—-"
_NAME_MAX_WORDS = 3
# The word joining two writers' names, in the languages of the cues: "Written by Jane Roe and John Doe on …",
# "Publicado por: Ana Lima e Rui Costa".
_NAMES_JOIN = re.compile(r"^(?:,\s*)?(?:(?i:and|e|y|et|und)\s+|&\s*)")


def post_line_writers(text: str, given_names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Return the writers a post line names, the first and any joined to it by "and" ("Written by Jane Roe
    and John Doe on …"): each of two words or more, and after the first without a cue, a given name's."""
    first = post_line_writer(text, given_names)
    if first is None:
        return ()
    names = [first]
    rest = text[text.index(first) + len(first) :]
    while (join := _NAMES_JOIN.match(rest.lstrip(" "))) is not None:
        rest = rest.lstrip(" ")[join.end() :]
        name = _name_at(rest)
        if name is None or len(name.split()) < 2 or (given_names and name.split()[0] not in given_names):
            break
        names.append(name)
        rest = rest[len(name) :]
    return tuple(names)


def post_line_writer(text: str, given_names: frozenset[str] = frozenset()) -> str | None:
    """Return the (first) writer a post line names, or None when the line is no post line.

    The line holds a full date; the writer follows a poster's cue, or opens the line right before
    the date, or follows a date opening the line; without a cue, the name's first word is a given name.
    """
    if len(text.split()) > _POST_LINE_MAX_WORDS:
        return None
    date = _full_date(text)
    if date is None:
        return None
    cue = POSTER_CUE.search(text)
    if cue is not None:
        name = _name_at(text[cue.end() :])
        return name if name is not None and len(name.split()) >= 2 else None
    # A bare "by" names a writer as "Posted by" does, read only with a given name ("by Harbour Gazette").
    cue = BY_CUE.search(text)
    before, after = text[: date.start()].strip(_SEPARATORS), text[date.end() :].strip(_SEPARATORS)
    if cue is not None:
        name = _name_at(text[cue.end() :])
    elif before:
        name = _name_at(before)
        name = name if name == before else None  # the name and nothing else before the date
    else:
        name = _name_at(after)
    if name is None or len(name.split()) < 2 or name.split()[0] not in given_names:
        return None
    return name


def _full_date(text: str) -> re.Match[str] | None:
    """Return the first date printed with its year in a text, as a match."""
    if not YEAR_FIGURES.search(text):
        return None
    for pattern in FULL_STAMP_DATES:
        for match in pattern.finditer(text):
            if match.group("year"):
                return match
    return None


def _name_at(text: str) -> str | None:
    """Return the name opening a text: its capitalised words, up to a separator, a comma's list or a figure.

    A word with a comma after it opens the list of categories that follows the name ("Jane Roe All,
    Books, News") when the name has two words without it.
    """
    words: list[str] = []
    for token in text.split():
        word = token.rstrip(",;")
        if not _NAME_WORD.match(word) or len(words) == _NAME_MAX_WORDS:
            break
        if token != word and len(words) >= 2:
            break  # the list's first entry
        words.append(word)
        if token != word:
            break
    while words and words[-1] in _PARTICLES:
        words.pop()
    return " ".join(words) if words else None
