"""The site's links as a page memo's page reads them: each table noting the entries looked up (render/memo.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

WHOLE = "substitutions"
"""The table of the links a page may only read whole."""

Read = tuple[str, object]
"""A table's name and the key looked up in it (None for a table read whole)."""


class Noted(Mapping[Any, Any]):
    """A table of the links that notes every key looked up, and whether it was walked whole."""

    def __init__(self, name: str, table: Mapping[Any, Any], reads: list[Read], walked: list[str]) -> None:
        self._name, self._table, self._reads, self._walked = name, table, reads, walked

    def __getitem__(self, key: Any) -> Any:
        self._reads.append((self._name, key))
        return self._table[key]

    def __iter__(self) -> Iterator[Any]:
        self._walked.append(self._name)
        return iter(self._table)

    def __len__(self) -> int:
        self._walked.append(self._name)
        return len(self._table)


class NotedTuple(tuple[Any, ...]):
    """The substitutions, noting that a page read them (always whole)."""

    _reads: list[Read]

    def __iter__(self) -> Iterator[Any]:
        self._reads.append((WHOLE, None))
        return super().__iter__()

    def __getitem__(self, index: Any) -> Any:
        self._reads.append((WHOLE, None))
        return super().__getitem__(index)

    def __len__(self) -> int:
        self._reads.append((WHOLE, None))
        return super().__len__()
