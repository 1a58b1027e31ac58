"""Passes over the matches of a text, once they are chosen: what stands next
to a match and belongs to it (a count from today, a day of a named year, a
span of clock time, months of a year, the part of a period, the first or
last day of one, the part of a day) joins it into one expression.
"""
from __future__ import annotations

import datetime as _dt
import re

from .._re import LazyPattern
from ..lexicon import calendar_words as cw, nfc
from ..text import normalize
from .context import _Ctx, _iso, _month_num, _num, month_length
from .patterns import (_COUNTED_FROM_NOW, _D, _DAY_PART_AFTER, _DAY_PART_OF, _E, _FIRST_LAST_DAY, _MOD_AFTER,
                       _MOD_OF, _MONTH, _MONTH_AFTER, _MONTH_ONLY_PART, _NUMWORD, _REL_START, _SPAN_WORD, _alt)


_FROM_TODAY = re.compile(r"\s*থেকে\s+(?:ঠিক\s+)?")
_TODAY_WORDS = frozenset(nfc(["আজ", "আজকে"]))


def _from_today(ctx: _Ctx, items: list) -> list:
    """`আজ থেকে ১০ দিন আগে`, `আজ থেকে ঠিক এক বছর আগে`: a count from today is
    the count alone (today is what it counts from anyway), not a span from
    today to it."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and normalize(ctx.text[s:e]) in _TODAY_WORDS \
                and _FROM_TODAY.fullmatch(ctx.text, e, items[i + 1][0]) \
                and _COUNTED_FROM_NOW.search(ctx.text, items[i + 1][0], items[i + 1][1]):
            out.append((s, items[i + 1][1], items[i + 1][2]))
            i += 2
            continue
        out.append((s, e, info))
        i += 1
    return out


_GENITIVE_END = re.compile(r"(?:ের|এর|র)$")
_YEARLESS_VALUE = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_FOUR_DIGITS = re.compile("[0-9০-৯]{4}")


def _year_then_day(ctx: _Ctx, items: list) -> list:
    """A year named in the genitive, then a day or month of it printed without
    a year (`একাত্তরের ২৫ মার্চ`, `'৭১-র ১৬ই ডিসেম্বর`, `একাত্তরের ডিসেম্বরে`):
    that day or month of that year, not of the year nearest the reference."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info["kind"] == "year" and (info.get("value") or "").isdigit() \
                and _GENITIVE_END.search(ctx.text, s, e) and ctx.text[e:items[i + 1][0]].isspace():
            s2, e2, info2 = items[i + 1]
            d = info2.get("day")
            own_year = _FOUR_DIGITS.search(ctx.text, s2, e2) is not None or _REL_START.match(ctx.text, s2) is not None
            if info2["kind"] == "month" and not own_year and (
                    (mv := _MONTH_VALUE.match(info2.get("value") or "")) or info2.get("value") is None
                    and (mv := _MONTH_AFTER.match(ctx.text, e)) is not None and mv.end() <= e2):
                # `একাত্তরের মার্চে`: that month of the year (with no reference too)
                mo = mv.group(2) if mv.re is _MONTH_VALUE else f"{_month_num(mv['mon'], _MONTH):02d}"
                out.append((s, e2, {**info2, "value": f"{info['value']}-{mo}", "relative": False}))
                i += 2
                continue
            if info2["kind"] == "date" and d is None and not own_year and not info2.get("anaphor") \
                    and (xv := _YEARLESS_VALUE.match(info2.get("value") or "")) is not None:
                # with no reference date: `একাত্তরের ২৫ মার্চ` is still 1971-03-25
                try:
                    d = _dt.date(int(info["value"]), int(xv.group(1)), int(xv.group(2)))
                except ValueError:
                    d = None
            if info2["kind"] == "date" and isinstance(d, _dt.date) and not info2.get("anaphor") and not own_year:
                try:
                    d = d.replace(year=int(info["value"]))
                except ValueError:  # 29 February of a year that has none
                    d = None
                if d is not None:
                    out.append((s, e2, _dated(info2, d)))
                    i += 2
                    continue
        out.append((s, e, info))
        i += 1
    return out


def _dated(info: dict, day: _dt.date) -> dict:
    """A yearless date's record given the year a join found for it."""
    return {**info, "value": _iso(day), "day": day, "relative": False,
            "warnings": [w for w in info.get("warnings", ()) if w != "date_no_year"]}


_APOSTROPHE_YEAR_GAP = re.compile(r"\s*,?\s*")


def _day_then_short_year(ctx: _Ctx, items: list) -> list:
    """A day and month printed without a year, then a year of two digits
    after an apostrophe (`২৯ নভেম্বর '২৫`, `Nov 29, '25`) or before সাল
    (`১৫ আগস্ট ৭৫ সালে`): that day of that year, not of the year nearest the
    reference."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info["kind"] == "date" and not info.get("anaphor") \
                and items[i + 1][2]["kind"] == "year" \
                and (ctx.text[items[i + 1][0]:items[i + 1][0] + 1] in "'’‘" or items[i + 1][2].get("short_year")) \
                and (items[i + 1][2].get("value") or "").isdigit() \
                and _APOSTROPHE_YEAR_GAP.fullmatch(ctx.text, e, items[i + 1][0]) is not None \
                and _FOUR_DIGITS.search(ctx.text, s, e) is None:
            year = int(items[i + 1][2]["value"])
            d = info.get("day")
            if not isinstance(d, _dt.date) and (xv := _YEARLESS_VALUE.match(info.get("value") or "")) is not None:
                d = (int(xv.group(1)), int(xv.group(2)))
            try:
                day = d.replace(year=year) if isinstance(d, _dt.date) else _dt.date(year, *d) if d else None
            except ValueError:  # 29 February of a year that has none
                day = None
            if day is not None:
                out.append((s, items[i + 1][1], _dated(info, day)))
                i += 2
                continue
        out.append((s, e, info))
        i += 1
    return out


def _time_spans(ctx: _Ctx, items: list) -> list:
    """A date's time, then থেকে (a dash, `to`) and another time: one span.
    A bare clock ends it on that date (`শনিবার সকাল ১০টা থেকে বিকেল তিনটা`, or
    the next when past midnight); a clock with its own day ends it there
    (`শনিবার রাত ১১টা থেকে রবিবার ভোর ৩টা`)."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info.get("kind") == "datetime" and info.get("day") is not None \
                and info.get("end_time") is None and _SPAN_WORD.fullmatch(ctx.text, e, items[i + 1][0]):
            s2, e2, info2 = items[i + 1]
            if info2.get("kind") == "time" and info2.get("end_time") is None and info2.get("zone") is None:
                out.append((s, e2, {**info, "end_time": info2["time"][:2]}))
                i += 2
                continue
            if info2.get("kind") == "datetime" and info2.get("day") is not None and info2.get("end_time") is None:
                out.append((s, e2, {**info, "end_item": (s2, e2, info2), "own_end": e}))
                i += 2
                continue
        out.append((s, e, info))
        i += 1
    return out


_QUARTERS = {w: n for n, ws in {1: ["প্রথম"], 2: ["দ্বিতীয়"], 3: ["তৃতীয়"], 4: ["চতুর্থ", "শেষ"]}.items()
             for w in nfc(ws)}
# `চলতি বছরের প্রথম ছয় মাসে`, `গত অর্থবছরের শেষ তিন মাসে`, `অর্থবছরের প্রথম প্রান্তিকে`.
_MONTHS_OF_YEAR = LazyPattern(lambda: rf"\s+(?:(?P<fl>প্রথম|শেষ)\s+(?P<n>{_D}{{1,2}}|{_alt(list(_NUMWORD))})\s?মাস"
                              rf"|(?P<q>{_alt(list(_QUARTERS))})\s+(?:প্রান্তিক|ত্রৈমাসিক))(?:ে|ের|েই)?{_E}")
_FISCAL_VALUE = re.compile(r"^(\d{4})-07-01/(\d{4})-06-30$")
# `নভেম্বরের প্রথম দুই সপ্তাহে`, `মাসের শেষ ১০ দিনে`: some days of a month.
_DAYS_OF_MONTH = LazyPattern(lambda: rf"\s+(?P<fl>প্রথম|শেষ)\s+(?P<n>{_D}{{1,2}}|{_alt(list(_NUMWORD))})\s?"
                             rf"(?P<u>সপ্তাহ|দিন)(?:ে|ের|েই)?{_E}")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")


_DAY_SPAN_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})$")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _in_fiscal(y1: int, y2: int, y: int, mo: int, d: int) -> _dt.date | None:
    """Day d of month mo (printed without a year) in the fiscal year y1-y2; a
    month's last day stays its last (28 or 29 February)."""
    year = y1 if mo >= 7 else y2
    last = month_length(y, mo)
    if d == last:
        d = month_length(year, mo)
    try:
        return _dt.date(year, mo, d)
    except ValueError:
        return None


def _month_of_fiscal(ctx: _Ctx, fiscal: re.Match, item) -> dict | None:
    """A month, day or span of them printed without a year after a fiscal
    year: its value in that fiscal year (July-December in the first year)."""
    s, e, info = item
    if _FOUR_DIGITS.search(ctx.text, s, e) is not None or _REL_START.match(ctx.text, s) is not None:
        return None  # `… অর্থবছরের ২০২৪ সালের মার্চে`: the month's own year
    y1, y2 = int(fiscal.group(1)), int(fiscal.group(2))
    value = info.get("value") or ""
    if info["kind"] == "month" and (mv := _MONTH_VALUE.match(value)):
        mo = int(mv.group(2))
        return {"value": f"{y1 if mo >= 7 else y2:04d}-{mo:02d}", "relative": False}
    if info["kind"] == "date" and (dv := _DAY_VALUE.match(value)):
        d = _in_fiscal(y1, y2, *map(int, dv.groups()))
        return {"value": _iso(d), "day": d, "relative": False} if d else None
    if info["kind"] == "range" and (sv := _DAY_SPAN_VALUE.match(value)):
        g = list(map(int, sv.groups()))
        a, b = _in_fiscal(y1, y2, *g[:3]), _in_fiscal(y1, y2, *g[3:])
        if a is None or b is None or a > b:
            return None
        return {"value": f"{_iso(a)}/{_iso(b)}", "relative": False}
    return None


def _months_of_years(ctx: _Ctx, items: list) -> list:
    """A year or a fiscal year followed by some of its months: `চলতি বছরের
    প্রথম ছয় মাসে` = January-June, `অর্থবছরের প্রথম প্রান্তিকে` = July-September."""
    out = []
    skip_to = -1
    for n, (s, e, info) in enumerate(items):
        if s < skip_to:
            continue  # `ছয় মাসে`, read as a duration, is inside the span just made
        value = info.get("value") or ""
        if info["kind"] == "month" and (mv := _MONTH_VALUE.match(value)) \
                and (m := _DAYS_OF_MONTH.match(ctx.text, e)) \
                and all(it[0] >= m.end() or it[1] <= m.end() for it in items[n + 1:n + 3]):
            k = _num(m["n"]) if m["n"][0].isdigit() else _NUMWORD[normalize(m["n"]).lower()]
            days = k * 7 if m["u"] == "সপ্তাহ" else k
            y, mo = int(mv.group(1)), int(mv.group(2))
            last = month_length(y, mo)
            if 1 <= days < last:
                a, b = (1, days) if m["fl"] == "প্রথম" else (last - days + 1, last)
                info = {**info, "kind": "range", "value": f"{y:04d}-{mo:02d}-{a:02d}/{y:04d}-{mo:02d}-{b:02d}"}
                e = skip_to = m.end()
            out.append((s, e, info))
            continue
        if info["kind"] == "range" and info.get("calendar") in ("hijri", "bangla") \
                and (dv := _DAY_SPAN_VALUE.match(value)) and _GENITIVE_END.search(ctx.text, s, e) \
                and (m := _DAYS_OF_MONTH.match(ctx.text, e)) \
                and all(it[0] >= m.end() or it[1] <= m.end() for it in items[n + 1:n + 3]):
            # `রমজানের শেষ ১০ দিনে`: some days of a Hijri or Bangla month, counted in its span.
            k = _num(m["n"]) if m["n"][0].isdigit() else _NUMWORD[normalize(m["n"]).lower()]
            days = k * 7 if m["u"] == "সপ্তাহ" else k
            g = list(map(int, dv.groups()))
            first, last = _dt.date(*g[:3]), _dt.date(*g[3:])
            if 1 <= days <= (last - first).days:
                a, b = (first, first + _dt.timedelta(days=days - 1)) if m["fl"] == "প্রথম" else (
                    last - _dt.timedelta(days=days - 1), last)
                info = {**info, "value": f"{_iso(a)}/{_iso(b)}"}
                e = skip_to = m.end()
            out.append((s, e, info))
            continue
        fiscal = _FISCAL_VALUE.match(value) if info["kind"] == "range" else None
        if fiscal and n + 1 < len(items) and _GENITIVE_END.search(ctx.text, s, e) \
                and ctx.text[e:items[n + 1][0]].isspace() and (got := _month_of_fiscal(ctx, fiscal, items[n + 1])):
            # `২০২৩-২৪ অর্থবছরের জানুয়ারিতে` = January 2024, `গত অর্থবছরের
            # জুলাই-সেপ্টেম্বর`: months of that July-June year, not of the one
            # nearest the reference.
            e = skip_to = items[n + 1][1]
            out.append((s, e, {**items[n + 1][2], **got}))
            continue
        if (info["kind"] == "year" and len(value) == 4 and value.isdigit()) or fiscal:
            m = _MONTHS_OF_YEAR.match(ctx.text, e)
            if m and all(it[0] >= m.end() or it[1] <= m.end() for it in items[n + 1:n + 3]):
                year, first = (int(fiscal.group(1)), 7) if fiscal else (int(value), 1)
                if m["q"]:
                    q = _QUARTERS[normalize(m["q"])]
                    a, b = first + 3 * (q - 1), first + 3 * q - 1
                else:
                    k = _num(m["n"]) if m["n"][0].isdigit() else _NUMWORD[normalize(m["n"]).lower()]
                    if not 1 <= k <= 12:
                        out.append((s, e, info))
                        continue
                    a, b = (first, first + k - 1) if m["fl"] == "প্রথম" else (first + 12 - k, first + 11)
                ya, ma = divmod(year * 12 + a - 1, 12)
                yb, mb = divmod(year * 12 + b, 12)  # the month after the last one
                end_day = _dt.date(yb, mb + 1, 1) - _dt.timedelta(days=1)
                info = {**info, "kind": "range", "value": f"{ya:04d}-{ma + 1:02d}-01/{_iso(end_day)}"}
                e = skip_to = m.end()
        out.append((s, e, info))
    return out


# (Not `earlier this month`: some time of the month before now, not its start.)
_EN_MOD_BEFORE = re.compile(r"\b(?:the\s+)?(?P<w>end|beginning|start|middle|early|late)(?:\s+of)?\s+(?:the\s+)?$",
                            re.IGNORECASE)
_EN_MOD_OF = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "early": "START", "late": "END"}


def _with_mods(ctx: _Ctx, items: list) -> list:
    """A month, week or year followed by the part of it that is meant
    (`শুরুতে`, `মাঝামাঝি`, `শেষ সপ্তাহে`): the span takes the words, and
    the item its mod."""
    out = []
    for n, (s, e, info) in enumerate(items):
        if info["kind"] in ("month", "year", "week", "decade", "century") or info.get("period"):
            m = _MOD_AFTER.match(ctx.text, e)
            if m and info["kind"] != "month" and _MONTH_ONLY_PART.match(ctx.text, e):
                m = None
            if m and (n + 1 == len(items) or items[n + 1][0] >= m.end()):
                info = {**info, "mod": _MOD_OF[normalize(m["w"])]}
                e = m.end()
            elif not info.get("mod") and (b := _EN_MOD_BEFORE.search(ctx.text, max(0, s - 24), s)) is not None \
                    and (not out or out[-1][1] <= b.start()):
                # `by the end of this month`, `the beginning of next year`, `late last year`
                info = {**info, "mod": _EN_MOD_OF[b["w"].lower()]}
                s = b.start()
        out.append((s, e, info))
    return out


# Before or after a date (TimeML's BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER):
# `৫ আগস্টের পর`, `ডিসেম্বরের আগে`, `১৫ ডিসেম্বরের মধ্যে`, `২০৩০ সাল নাগাদ`;
# `after 5 August`, `before December`, `by 15 December`, `since March`.
_BOUND_OF = {w: mod for mod, ws in cw.BOUND_AFTER.items() for w in nfc(ws)}
_BOUND_AFTER = re.compile(rf"\s+(?P<w>{_alt(list(_BOUND_OF))})(?![\u0980-\u09ff])")
_BOUND_BARE = frozenset(nfc(cw.BOUND_AFTER_BARE))
_EN_BOUND_OF = {w: mod for mod, ws in cw.BOUND_BEFORE_EN.items() for w in ws}
_EN_BOUND_BEFORE = re.compile(rf"\b(?P<w>{'|'.join(_EN_BOUND_OF)})\s+(?:the\s+)?(?:(?:early|mid|late)-?\s*)?$",
                              re.IGNORECASE)
# (Not the start of a span whose end follows: `সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত`,
# `from 11pm to 2am`: that is a range.)
_SPAN_CLOSE = re.compile(r"পর্যন্ত|অবধি")
_EN_SPAN_CLOSE = re.compile(r"\s*(?:to|till|until|through|[-–])\s", re.IGNORECASE)


_COUNT_DIRECTION = re.compile(nfc([r"(?P<w>পর|পরে|আগে|পূর্বে)$"])[0])
_ISO_COUNT = re.compile(r"^P(?:(?P<y>\d+)Y|(?P<m>\d+)M|(?P<w>\d+)W|(?P<d>\d+)D)$")


def _counted_from_day(ctx: _Ctx, items: list) -> list:
    """A day in the genitive, then a count after or before it (`৫ আগস্টের দুই
    দিন পর` = 7 August, `২০ মার্চের এক সপ্তাহ আগে`), or in English the count
    first (`two days after August 5`): the day so far from it. A vague count
    (`৫ আগস্টের কয়েক দিন পর`) leaves the day with its bound."""
    t = ctx.text
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items):
            s2, e2, info2 = items[i + 1]
            day, count, back = None, None, False
            if info.get("kind") == "date" and info.get("day") is not None and info2.get("kind") == "duration" \
                    and _GENITIVE_END.search(t, s, e) is not None and not t[e:s2].strip() \
                    and not info2.get("mod") and (m := _COUNT_DIRECTION.search(t, s2, e2)) is not None:
                day, count, back = info, info2, m["w"] in ("আগে", "পূর্বে")
            elif info.get("kind") == "duration" and not info.get("mod") and info2.get("kind") == "date" \
                    and info2.get("day") is not None and not info2.get("mod") \
                    and (m := _EN_COUNT_FROM.fullmatch(t, e, s2)) is not None:
                day, count, back = info2, info, m["w"].lower() == "before"  # `two days after August 5`
            if day is not None:
                out.append((s, e2, _moved(day, count, back)))
                i += 2
                continue
        out.append((s, e, info))
        i += 1
    return out


_EN_COUNT_FROM = re.compile(r"\s+(?P<w>after|before|After|Before)\s+(?:the\s+)?")


def _moved(day: dict, count: dict, back: bool) -> dict:
    """The day `count` (an ISO count of years, months, weeks or days) after or
    before it; a vague count (`PXD`) leaves the day with its bound."""
    c = _ISO_COUNT.match(str(count.get("value") or ""))
    if c is None:
        return {**day, "mod": "BEFORE" if back else "AFTER"}
    n = int(next(g for g in c.groups() if g is not None)) * (-1 if back else 1)
    d = day["day"]
    if c["y"] or c["m"]:
        y, mo = divmod(d.year * 12 + d.month - 1 + n * (12 if c["y"] else 1), 12)
        d = _dt.date(y, mo + 1, min(d.day, month_length(y, mo + 1)))
    else:
        d = d + _dt.timedelta(days=n * (7 if c["w"] else 1))
    return {**day, "value": _iso(d), "day": d, "relative": True}


def _with_bounds(ctx: _Ctx, items: list) -> list:
    """A date, month, year or time told as a bound (before, after or by
    it): its mod. The span stays the date's own."""
    t = ctx.text
    out = []
    for s, e, info in items:
        if info["kind"] in ("date", "datetime", "month", "year", "time") and not info.get("mod") \
                and not info.get("anaphor") and "end_time" not in info and "end_item" not in info \
                and not str(info.get("value") or "").endswith("_REF"):  # (`এখন পর্যন্ত`: so far, no bound of a date)
            m = _BOUND_AFTER.match(t, e)
            if m is not None and (_GENITIVE_END.search(t, s, e) is not None or m["w"] in _BOUND_BARE) \
                    and not (m["w"] in ("থেকে", "হতে") and _SPAN_CLOSE.search(t, m.end(), m.end() + 40)):
                info = {**info, "mod": _BOUND_OF[m["w"]]}
            elif t[s:e].isascii() and (b := _EN_BOUND_BEFORE.search(t, max(0, s - 16), s)) is not None \
                    and not (b["w"].lower() == "from" and _EN_SPAN_CLOSE.match(t, e)):
                info = {**info, "mod": _EN_BOUND_OF[b["w"].lower()]}
        out.append((s, e, info))
    return out


def _first_last_days(ctx: _Ctx, items: list) -> list:
    """A month, year or month of another calendar followed by its first or last
    day (`ডিসেম্বরের শেষ দিনে`, `পৌষের শেষ দিন`, `বছরের প্রথম দিনে`): that day."""
    out = []
    skip_to = -1
    for n, (s, e, info) in enumerate(items):
        if s < skip_to:
            continue  # `এদিনে`, `আজকের` read as a day of their own, inside the day just made
        value = info.get("value") or ""
        if not info.get("mod") and info["kind"] in ("month", "year", "range") \
                and (m := _FIRST_LAST_DAY.match(ctx.text, e)) is not None \
                and (n + 1 == len(items) or items[n + 1][0] >= m.end()):
            first = m["fl"] == "প্রথম"
            day = None
            if info["kind"] == "year" and len(value) == 4 and value.isdigit():
                day = f"{value}-01-01" if first else f"{value}-12-31"
            elif info["kind"] == "month" and (mv := _MONTH_VALUE.match(value)):
                y, mo = int(mv.group(1)), int(mv.group(2))
                last = month_length(y, mo)
                day = f"{y:04d}-{mo:02d}-{1 if first else last:02d}"
            elif info["kind"] == "range" and info.get("period") and "/" in value:
                day = value.split("/")[0 if first else 1]
            if day is not None:
                info = {k: v for k, v in info.items() if k not in ("day", "bare_wd")}
                out.append((s, m.end(), {**info, "kind": "date", "value": day}))
                continue
        if info["kind"] == "year" and len(value) == 4 and value.isdigit() \
                and ctx.ref is not None and (m := _THIS_DAY.match(ctx.text, e)) is not None \
                and all(it[0] >= m.end() or it[1] <= m.end() and it[2]["kind"] == "date" for it in items[n + 1:n + 3]):
            # `গত বছরের এই দিনে`, `২০২০ সালের এই দিনে`: the reference's day of that year.
            r = ctx.ref
            try:
                d = r.replace(year=int(value))
            except ValueError:
                d = None  # 29 February of a year that has none
            if d is not None:
                out.append((s, m.end(), {**info, "kind": "date", "value": _iso(d), "day": d}))
                skip_to = m.end()
                continue
        out.append((s, e, info))
    return out


# After a year counted from the reference: its day (`গত বছরের এই দিনে`, `এক বছর আগের আজকের দিনে`).
# (Not `একই দিনে`: the same day as another told, `২০২০ সালে একই দিনে দুটি ঘটনা`.)
_THIS_DAY = re.compile(normalize(r"\s+(?:ঠিক\s+)?(?:(?:এই|এ|আজকের)\s?দিন(?:ে|টিতে|টি)?|এদিনে?)(?![\u0980-\u09ff])"))


def _with_day_parts(ctx: _Ctx, items: list) -> list:
    """A day followed by the part of it meant, with no clock (`বৃহস্পতিবার
    সকালে`, `গতকাল রাতে`, `২৪ নভেম্বর বিকেলে`, `Tuesday night`): the span
    takes the words, the value stays the date, and `part` names the part. A
    clock after the part has already made the two one datetime."""
    out = []
    for n, (s, e, info) in enumerate(items):
        if info["kind"] == "date" and not info.get("day_part"):
            m = _DAY_PART_AFTER.match(ctx.text, e)
            if m and (n + 1 == len(items) or items[n + 1][0] >= m.end()):
                w = normalize(m["w"])
                info = {**info, "day_part": _DAY_PART_OF.get(w) or _DAY_PART_OF[w.lower()]}
                e = m.end()
            elif ctx.text[s:e].isascii() and (b := _EN_PART_BEFORE.search(ctx.text, max(0, s - 30), s)) is not None \
                    and (not out or out[-1][1] <= b.start()):
                # `in the early hours of Friday`, `on the night of November 27`, `late Thursday`
                info = {**info, "day_part": _EN_PART_OF[(b["w"] or b["w3"] or b["w2"]).lower()]}
                s = b.start()
        out.append((s, e, info))
    return out


_EN_PART_BEFORE = re.compile(
    r"\b(?:the\s+(?P<w>early\s+hours|small\s+hours|wee\s+hours|morning|afternoon|evening|night)\s+of"
    r"|(?:the\s+)?(?:early\s+|late\s+)?(?P<w3>morning|afternoon|evening|night)\s+(?:on|of)"
    r"|(?P<w2>[Ll]ate|[Ee]arly))\s+$")
_EN_PART_OF = {"early hours": "dawn", "small hours": "dawn", "wee hours": "dawn", "morning": "morning",
               "afternoon": "afternoon", "evening": "evening", "night": "night", "late": "night", "early": "dawn"}
