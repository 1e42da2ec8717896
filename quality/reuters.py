"""Read the Reuters-21578 SGML distribution into plain records.

The collection is never copied into this repository: every script that uses it takes the
directory holding ``reut2-*.sgm`` as an argument.  Stdlib only, so quality scripts and
benchmarks can run it without the site dependencies.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("DATE", "TITLE", "DATELINE", "BODY", "TOPICS", "PLACES", "PEOPLE", "ORGS")
}
_D = re.compile(r"<D>(.*?)</D>", re.S)
# Control characters survive as numeric entities (&#3; ends every story, &#2; opens the text).
_CONTROL = re.compile(r"&#(?:[0-9]|[12][0-9]|3[01]);")
# A new paragraph is a line indented by spaces; continuation lines are not indented.
_PARA_BREAK = re.compile(r"\n[ \t]+")
# The wire sign-off closing almost every story.
_SIGNOFF = re.compile(r"\s*\bReut(?:er|ers)?\s*$")


@dataclass(frozen=True)
class Story:
    """One Reuters story as the collection gives it."""

    newid: int
    date: str
    title: str
    dateline: str
    body: str
    topics: tuple[str, ...]
    places: tuple[str, ...]
    people: tuple[str, ...]
    orgs: tuple[str, ...]

    def paragraphs(self) -> list[str]:
        """Return the body as paragraphs, hard-wrapped lines joined, sign-off removed."""
        body = _SIGNOFF.sub("", self.body.strip())
        paras = [" ".join(p.split()) for p in _PARA_BREAK.split("\n" + body)]
        return [p for p in paras if p]

    def as_text(self, *, signoff: bool = False) -> str:
        """Return the story as a plain-text article: dateline joined to the first paragraph.

        With ``signoff`` the wire's closing "Reuter" line is kept, as it stands on the wire.
        """
        paras = self.paragraphs()
        if signoff and _SIGNOFF.search(self.body.strip()):
            paras.append("Reuter")
        dateline = " ".join(self.dateline.split())
        if paras and dateline:
            paras[0] = f"{dateline} {paras[0]}"
        return "\n\n".join(paras) + "\n"


def _text(pattern: re.Pattern[str], raw: str) -> str:
    match = pattern.search(raw)
    if not match:
        return ""
    return html.unescape(_CONTROL.sub("", match.group(1)))


def _codes(name: str, raw: str) -> tuple[str, ...]:
    block = _text(_FIELD[name], raw)
    return tuple(_D.findall(block))


def iter_stories(directory: Path | str, *, with_body: bool = True) -> Iterator[Story]:
    """Yield every story in ``reut2-*.sgm`` under ``directory`` in NEWID order of the files."""
    files = sorted(Path(directory).glob("reut2-*.sgm"))
    if not files:
        raise FileNotFoundError(f"{directory}: no reut2-*.sgm files found")
    for path in files:
        raw_file = path.read_bytes().decode("latin-1")
        for match in _STORY.finditer(raw_file):
            attrs = dict(_ATTR.findall(match.group(1)))
            raw = match.group(2)
            story = Story(
                newid=int(attrs["NEWID"]),
                date=_text(_FIELD["DATE"], raw).strip(),
                title=" ".join(_text(_FIELD["TITLE"], raw).split()),
                dateline=_text(_FIELD["DATELINE"], raw),
                body=_text(_FIELD["BODY"], raw),
                topics=_codes("TOPICS", raw),
                places=_codes("PLACES", raw),
                people=_codes("PEOPLE", raw),
                orgs=_codes("ORGS", raw),
            )
            if with_body and not story.body.strip():
                continue
            yield story


def load_stories(directory: Path | str) -> dict[int, Story]:
    """Return every story with a body, keyed by NEWID."""
    return {story.newid: story for story in iter_stories(directory)}
