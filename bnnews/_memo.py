"""Answers kept for the short lines that pages of one site share.

A crawl of one outlet prints the same menu items, labels, share buttons,
bylines (`নিজস্ব প্রতিবেদক`) and credits (`ছবি: সংগৃহীত`) on every page, and
the line classifiers are asked about each of them on each page. Their
answers depend on the line alone, so a short line's answer is kept and
reused. Long lines (paragraphs, titles) are seldom printed twice and are not
kept. The table keeps the lines used most recently: lines printed once (a
story's own title or date) pass through it while a site's furniture stays.
"""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")

# Lines longer than this are asked directly: their answers are never reused.
_LONGEST = 100
# Entries per function (a worker's memory grows by a few MB at most).
_SIZE = 1 << 13


def line_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn(line)` for a pure function of one line, its answers for short
    lines kept (the least recently used dropped first)."""
    kept = functools.lru_cache(maxsize=_SIZE)(fn)

    @functools.wraps(fn)
    def memo(line: str) -> T:
        return fn(line) if len(line) > _LONGEST else kept(line)

    memo.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return memo
