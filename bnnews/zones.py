"""Time zones: the offset a page's dates are read in."""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["resolve_tz", "bangladesh_offset", "dst_offset", "DHAKA", "INDIA", "WEST_BENGAL_LABEL", "has_west_bengal_label"]

DHAKA = "+06:00"
INDIA = "+05:30"
# anandabazar's label (formats.md §1b): where it stands, the page is in India time.
WEST_BENGAL_LABEL = "শেষ আপডেট"
# As a word of its own: Bangladeshi outlets print `সর্বশেষ আপডেট` (latest update).
_WB_LABEL = re.compile("(?<![\u0980-\u09ff])" + WEST_BENGAL_LABEL)


def has_west_bengal_label(text: str) -> bool:
    return WEST_BENGAL_LABEL in text and _WB_LABEL.search(text) is not None
_OFFSET = re.compile(r"^([+-])([0-9]{2}):?([0-9]{2})$")


def resolve_tz(tz: str | None):
    """A `tz=` value -> a function (date, time) -> offset string, or None.

    Accepts an offset (`+05:30`, `-0400`, `Z`, `UTC`) or an IANA zone name
    (`Asia/Kolkata`). Raises ValueError for anything else.
    """
    if tz is None:
        return None
    t = tz.strip()
    if t.upper() in ("Z", "UTC", "GMT"):
        return lambda d, tm: "+00:00"
    m = _OFFSET.match(t)
    if m:
        sign, hh, mm = m.groups()
        if int(hh) > 14 or int(mm) > 59:
            raise ValueError(f"bad UTC offset: {tz!r}")
        off = f"{sign}{hh}:{mm}"
        return lambda d, tm: off
    try:
        from zoneinfo import ZoneInfo  # only when a zone name is given
        zone = ZoneInfo(t)
    except Exception as e:  # ZoneInfoNotFoundError, ValueError on odd keys
        raise ValueError(f"unknown time zone: {tz!r}") from e

    def offset(d, tm):
        if d is None:
            return _fmt_offset(zone.utcoffset(_dt.datetime(2000, 1, 1)))
        local = _dt.datetime(d[0], d[1], d[2], *(tm[:2] if tm else (12, 0)))
        return _fmt_offset(zone.utcoffset(local))

    return offset


def _fmt_offset(delta: _dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _nth_sunday(y: int, month: int, n: int) -> int:
    """The day of the n-th Sunday of a month (n = -1: the last)."""
    if n > 0:
        first = _dt.date(y, month, 1)
        return 1 + (6 - first.weekday()) % 7 + 7 * (n - 1)
    nxt = _dt.date(y + (month == 12), month % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return last.day - (last.weekday() + 1) % 7


# Standard and summer offsets of the zones kept by rule, and when summer time
# runs (by local date: the hour of the change is not told apart).
_DST_RULES = {
    "uk": ("+00:00", "+01:00", "eu"),
    "eu_central": ("+01:00", "+02:00", "eu"),
    "eu_east": ("+02:00", "+03:00", "eu"),
    "us_east": ("-05:00", "-04:00", "us"),
}


def dst_offset(zone: str, d) -> str | None:
    """The offset of a daylight-saving zone on date d (y, m, d); None
    without a date, when the offset cannot be known."""
    if d is None:
        return None
    std, summer, rule = _DST_RULES[zone]
    y, m, day = d
    if rule == "eu":  # last Sunday of March to last Sunday of October
        start, end = (3, _nth_sunday(y, 3, -1)), (10, _nth_sunday(y, 10, -1))
    else:  # US since 2007: second Sunday of March to first Sunday of November
        start, end = (3, _nth_sunday(y, 3, 2)), (11, _nth_sunday(y, 11, 1))
    return summer if start <= (m, day) < end else std


def bangladesh_offset(d, tm) -> str:
    # Bangladesh kept daylight saving time once, 2009-06-19 23:00 to
    # 2009-12-31 23:59 (UTC+7); every other date is UTC+6.
    if d is not None and tm is not None and d[0] == 2009:
        start = (2009, 6, 19, 23, 0)
        if (d[0], d[1], d[2], tm[0], tm[1]) >= start:
            return "+07:00"
    elif d is not None and d[0] == 2009 and (d[1], d[2]) > (6, 19):
        return "+07:00"
    return DHAKA


