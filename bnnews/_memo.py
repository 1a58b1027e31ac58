"""Answers kept for the short lines that pages of one site share.

A crawl of one outlet prints the same menu items, labels, share buttons,
bylines (`নিজস্ব প্রতিবেদক`) and credits (`ছবি: সংগৃহীত`) on every page, and
the line classifiers are asked about each of them on each page. Their
answers depend on the line alone, so a short line's answer is kept and
reused: on the 785 corpus pages (cold) parsing is about a seventh faster,
and a batch conversion of one site's pages gains more. Long lines
(paragraphs, titles) are seldom printed twice and are not kept.
"""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")

# Lines longer than this are asked directly: their answers are never reused.
_LONGEST = 100
# Entries per function; when full the table starts afresh (cheaper than
# keeping an order, and one site's lines soon fill it again).
_SIZE = 1 << 13


def line_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn(line)` for a pure function of one line, its answers for short
    lines kept (a worker's memory grows by a few MB at most)."""
    table: dict[str, T] = {}

    @functools.wraps(fn)
    def memo(line: str) -> T:
        if len(line) > _LONGEST:
            return fn(line)
        try:
            return table[line]
        except KeyError:
            if len(table) >= _SIZE:
                table.clear()
            answer = table[line] = fn(line)
            return answer

    memo.cache_clear = table.clear  # type: ignore[attr-defined]
    return memo
