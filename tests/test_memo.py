"""Kept answers for short lines: the same answers, a bounded table."""
from __future__ import annotations

import pytest

from bnnews import _memo, parse
from bnnews.boilerplate import boiler_kind
from bnnews.byline import is_desk_line, split_byline
from bnnews.dateline import read_line
from conftest import SAMPLES


def _counted():
    calls: list[str] = []

    def f(line: str) -> int:
        calls.append(line)
        return len(line)
    return _memo.line_memo(f), calls


def test_a_short_lines_answer_is_asked_once_and_a_long_lines_every_time():
    f, calls = _counted()
    short, long = "নিজস্ব প্রতিবেদক", "ক" * (_memo._LONGEST + 1)
    assert [f(short), f(short), f(long), f(long)] == [len(short), len(short), len(long), len(long)]
    assert calls == [short, long, long]


def test_the_table_is_bounded_the_least_recently_used_line_dropped(monkeypatch):
    monkeypatch.setattr(_memo, "_SIZE", 3)
    f, calls = _counted()
    for s in ["a", "b", "c", "d", "a"]:
        f(s)
    # (full at `d`: `a`, used least recently, was dropped and is asked again)
    assert calls == ["a", "b", "c", "d", "a"]


@pytest.mark.parametrize("fn", [boiler_kind, is_desk_line, split_byline, read_line])
def test_kept_answers_are_the_functions_own(fn):
    lines = {s.strip() for p in sorted(SAMPLES.glob("*.txt")) for s in p.read_text(encoding="utf-8").splitlines()}
    lines = sorted(s for s in lines if s)
    first = [fn(s) for s in lines]
    assert [fn(s) for s in lines] == first  # (now from the table)
    assert [fn.__wrapped__(s) for s in lines] == first


def test_a_page_reads_the_same_whatever_was_read_before():
    page = next(p for p in sorted(SAMPLES.glob("*.txt"))).read_text(encoding="utf-8")
    before = parse(page).to_dict()
    for p in sorted(SAMPLES.glob("*.txt")):
        parse(p.read_text(encoding="utf-8"))
    assert parse(page).to_dict() == before
