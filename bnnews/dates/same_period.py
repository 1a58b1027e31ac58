"""`গত বছরের একই সময়ে`, `the same period last year`: the period told just
before it, a year earlier. Economic reports compare each figure with it
(`চলতি অর্থবছরের জুলাই-অক্টোবর সময়ে … গত অর্থবছরের একই সময়ে …`), and read
alone the phrase named only last year.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..lexicon import nfc
from .record import Temporal

# The phrase after the year it names (`গত বছরের`, `আগের অর্থবছরের`, already
# read as that year): what turns the year into the same part of it.
_SAME_AFTER = re.compile("|".join(nfc([
    r"\s+একই\s+সময়(?:কালের|কালে|ের|ে)?", r"\s+একই\s+মাস(?:ের|ে)", r"\s+একই\s+প্রান্তিক(?:ের|ে)",
    r"\s+একই\s+দিন(?:ের|ে)",
])))
_PAST_YEAR = re.compile("|".join(nfc([r"(?:গত|আগের|বিগত|পূর্ববর্তী|তার আগের|এর আগের)\s+(?:অর্থ\s?)?বছরের$"])))
# English: `the same period last year`, `the same period of the previous
# (fiscal) year`, `the same period a year earlier`, `the same month a year ago`.
_EN_SAME = re.compile(
    r"\b[Tt]he\s+same\s+(?:period|time|quarter|month|months)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+(?:fiscal\s+|financial\s+)?year|the\s+previous\s+(?:fiscal\s+|financial\s+)?year"
    r"|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before)\b")
# How far before it the period it compares with may be told.
_REACH = 400


def _year_earlier(value: str) -> str | None:
    """A date, month, week or span of dates one year earlier; None for others."""
    def day(s: str) -> str | None:
        try:
            d = _dt.date.fromisoformat(s)
        except ValueError:
            return None
        try:
            return d.replace(year=d.year - 1).isoformat()
        except ValueError:  # 29 February
            return d.replace(year=d.year - 1, day=28).isoformat()
    if "/" in value:
        a, _, b = value.partition("/")
        a, b = day(a), day(b)
        return f"{a}/{b}" if a and b else None
    if len(value) == 10:
        return day(value)
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    if len(value) == 8 and value[5] == "W":
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    return None


def same_period(text: str, original: str, found: list[Temporal]) -> list[Temporal]:
    """`found` with each `… বছরের একই সময়ে` (and its English form) read as the
    period told before it, a year earlier: one expression over the phrase."""
    if "একই" not in text and "same" not in text:
        return found
    out = list(found)
    made: dict[int, Temporal] = {}  # each phrase read here, by its start: the period it repeats
    for k, t in enumerate(out):
        phrase_end = None
        if t.kind in ("year", "range") and _PAST_YEAR.search(text, t.start, t.end):
            m = _SAME_AFTER.match(text, t.end)
            phrase_end = m.end() if m else None
        if phrase_end is None:
            continue
        before = _antecedent(out, k, t.start, made)
        if before is None:
            continue
        made[t.start] = before
        out[k] = Temporal(original[t.start:phrase_end], t.start, phrase_end, before.kind, _year_earlier(before.value),
                          before.calendar, True, ())
    if "same" in text:
        for m in _EN_SAME.finditer(text):
            k = next((i for i, t in enumerate(out) if t.start >= m.start()), len(out))
            if any(t.start < m.end() and t.end > m.start() and not (m.start() <= t.start and t.end <= m.end())
                   for t in out):
                continue  # a longer expression over part of it
            before = _antecedent(out, k, m.start(), made)
            if before is None:
                continue
            made[m.start()] = before
            inside = [t for t in out if m.start() <= t.start and t.end <= m.end()]
            out = [t for t in out if t not in inside]
            k = next((i for i, t in enumerate(out) if t.start >= m.start()), len(out))
            out.insert(k, Temporal(original[m.start():m.end()], m.start(), m.end(), before.kind,
                                   _year_earlier(before.value), before.calendar, True, ()))
    return out


def _antecedent(out: list[Temporal], k: int, start: int, made: dict[int, Temporal]) -> Temporal | None:
    """The period told last before position `start`, close enough before it
    (years and durations between are passed over), if a year earlier has a
    value: a span, a month, a date or a week. A phrase read here before
    stands for the period it repeats (`… গত বছরের একই সময়ে … গত বছরের একই
    সময়ের চেয়ে`: the same period both times)."""
    for t in reversed(out[:k]):
        if start - t.end > _REACH:
            return None
        if t.start in made:
            return made[t.start]
        if t.kind in ("year", "duration"):
            continue
        ok = t.kind in ("range", "month", "date", "week") and t.value and t.value[:1].isdigit()
        return t if ok and _year_earlier(t.value) is not None else None
    return None
