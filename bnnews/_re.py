"""A compiled regex that is built on first use.

Big word-list patterns take milliseconds to compile; the ones that only the
slower paths need are built when first used, which keeps `bnnews parse` quick
to start.
"""
from __future__ import annotations

import re


class LazyPattern:
    """Compiles on first use, then keeps the pattern's bound methods as plain
    attributes: later calls cost what calling the pattern costs, not a trip
    through `__getattr__` (half a microsecond each in a hot loop)."""

    def __init__(self, pattern, flags: int = 0):
        """`pattern` is the regex, or a function that returns it (when even
        building the text of a big word-list pattern is worth putting off)."""
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        # Only reached for names not yet in the instance dict.
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)
        pattern, flags = self._args
        compiled = re.compile(pattern() if callable(pattern) else pattern, flags)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                     "split", "pattern", "flags", "groupindex", "groups"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)
