"""What every reader shares: the text in matching form, the reference date
and zone, the expressions found so far, and small conversions.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..dateline import _AUG_SHORT
from ..digits import to_ascii_digits
from ..text import matching_form
from ..zones import bangladesh_offset, dst_offset, resolve_tz
from .patterns import _DAYWORD, _MONTH, _WD_ONLY, _WEEKDAY


def _near(pattern: re.Pattern, text: str, word: str, before: int, after: int = 10) -> list:
    """The matches of `pattern` around each `word` in `text` (a literal the
    pattern holds): a regex that must try every position of a long text is
    run only on the few stretches where it can match."""
    out: list = []
    end = -1
    p = text.find(word)
    while p >= 0:
        m = pattern.search(text, max(0, p - before, end), min(len(text), p + len(word) + after))
        if m is not None:
            out.append(m)
            end = m.end()
        p = text.find(word, max(p + 1, end))
    return out


def _num(s: str) -> int:
    return int(to_ascii_digits(s))


def _as_date(ref) -> _dt.date | None:
    if ref is None:
        return None
    if isinstance(ref, _dt.datetime):
        return ref.date()
    if isinstance(ref, _dt.date):
        return ref
    return _dt.date.fromisoformat(str(ref).strip()[:10])


def _clock_of(ref) -> tuple[int, int] | None:
    """The wall-clock time a reference carries (a datetime, or text such as
    `2024-11-10T10:30`), which `তিন ঘণ্টা আগে` counts from; None for a date."""
    if isinstance(ref, _dt.datetime):
        return ref.hour, ref.minute
    if isinstance(ref, str) and len(ref.strip()) > 10:
        try:
            d = _dt.datetime.fromisoformat(ref.strip())
        except ValueError:
            return None
        return d.hour, d.minute
    return None


def month_length(y: int, m: int) -> int:
    """The days of month m (1-12) of year y."""
    return (_dt.date(y + m // 12, m % 12 + 1, 1) - _dt.timedelta(days=1)).day


DIGITS = frozenset("0123456789০১২৩৪৫৬৭৮৯")


def digit_before(t: str, p: int) -> bool:
    """A digit right before p, or before one space there (`১৯৭১ সনে`, `১৪০০সনে`)."""
    q = p - 1 if p > 0 and t[p - 1] != " " else p - 2
    return q >= 0 and t[q] in DIGITS


def has_year_san(t: str) -> bool:
    """`১৯৭১ সনে` somewhere in t: সন after digits (not আসন, প্রশাসন)."""
    p = t.find("সন")
    while p >= 0:
        if digit_before(t, p):
            return True
        p = t.find("সন", p + 2)
    return False


class _Ctx:
    def __init__(self, text: str, ref, tz, bangla_rule):
        self.original = text
        self.text, self.idx = matching_form(text)
        self.offset = resolve_tz(tz)
        ref = self._local(ref)
        self.ref = _as_date(ref)
        self.ref_clock = _clock_of(ref)
        self.old_rule = bangla_rule in ("1987", "old")
        self.found: list[tuple[int, int, dict]] = []

    def _local(self, ref):
        """A reference with its own offset (`2025-11-24T04:30:00Z`, a crawl
        time in UTC) as the wall clock of the text's zone, which `২ ঘণ্টা আগে`
        counts on; a naive one is that wall clock already."""
        when = ref
        if isinstance(ref, str) and len(ref.strip()) > 10:
            try:
                when = _dt.datetime.fromisoformat(ref.strip())
            except ValueError:
                return ref
        if not isinstance(when, _dt.datetime) or when.tzinfo is None or when.utcoffset() is None:
            return ref
        utc = when.astimezone(_dt.timezone.utc)
        zone = (self.offset or bangladesh_offset)((utc.year, utc.month, utc.day), (utc.hour, utc.minute))
        if not zone or zone[0] not in "+-":
            return ref
        sign = -1 if zone[0] == "-" else 1
        hours, _, minutes = zone[1:].partition(":")
        shift = _dt.timedelta(minutes=sign * (int(hours) * 60 + int(minutes or 0)))
        return (utc + shift).replace(tzinfo=None)

    def span(self, s: int, e: int) -> tuple[int, int]:
        if self.idx is None:
            return s, e
        return self.idx[s], self.idx[e - 1] + 1 if e > s else self.idx[s]

    def tz(self, d: _dt.date | None, t: tuple[int, int] | None, zone: str | None = None) -> str:
        """The offset of a time: the one printed or named, else the page's.
        `zone` is an offset, a daylight-saving zone's key, or "" for a local
        time whose place is not known (then no offset: the value floats)."""
        if zone is not None:
            if zone == "" or zone[0] in "+-":
                return zone
            return dst_offset(zone, (d.year, d.month, d.day) if d else None) or ""
        if self.offset is not None:
            return self.offset((d.year, d.month, d.day) if d else None, t)
        return bangladesh_offset((d.year, d.month, d.day) if d else None, t)

    def weekend(self) -> tuple[int, int]:
        """The weekdays off (Monday 0): Friday and Saturday in Bangladesh,
        Saturday and Sunday elsewhere (West Bengal, a zone given)."""
        zone = self.tz(self.ref, None)
        return (4, 5) if zone in ("", "+06:00", "+07:00") else (5, 6)

    def add(self, s: int, e: int, **info) -> None:
        self.found.append((s, e, info))


def _wd_num(word: str) -> int | None:
    m = _WD_ONLY.match(word)
    if not m:
        return None
    w = m.group()
    for k in range(len(w), 0, -1):
        if w[:k].lower() in _WEEKDAY:
            return _WEEKDAY[w[:k].lower()]
    return None


def _month_num(word: str, table: dict) -> int:
    w = word.rstrip(".").lower()
    if w == _AUG_SHORT and table is _MONTH:
        return 8
    for k in range(len(w), 0, -1):
        if w[:k] in table:
            return table[w[:k]]
    raise KeyError(word)


def _day_of(m: re.Match) -> int:
    if m.group("dd"):
        return _num(m.group("dd"))
    return _DAYWORD[m.group("dw").lower()]


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def working_day(d: _dt.date, step: int, weekend: tuple[int, int]) -> _dt.date:
    """The working day `step` (±1) from d, the weekend skipped; holidays are
    not known, which the warning `working_days` says."""
    d += _dt.timedelta(days=step)
    while d.weekday() in weekend:
        d += _dt.timedelta(days=step)
    return d
