"""A compiled regex that is built on first use.

Big word-list patterns take milliseconds to compile; the ones that only the
slower paths need are built when first used, which keeps `bnnews parse` quick
to start.
"""
from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("_args", "_pattern")

    def __init__(self, pattern, flags: int = 0):
        """`pattern` is the regex, or a function that returns it (when even
        building the text of a big word-list pattern is worth putting off)."""
        self._args = (pattern, flags)
        self._pattern: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._pattern is None:
            pattern, flags = self._args
            self._pattern = re.compile(pattern() if callable(pattern) else pattern, flags)
        return getattr(self._pattern, name)
