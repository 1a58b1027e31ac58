"""Gregorian dates in any layout: day, month and year in either order, with
or without a year, ranges of days, numeric dates, months and years.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re

from ..digits import to_ascii_digits
from ..lexicon import calendar_words as cw, nfc
from .context import _Ctx, _day_of, _iso, _month_num, _near, _num, _wd_num, month_length
from .patterns import (_DATE_LABEL_BEFORE, _DAY_LEFT, _DAY_NEXT, _DAY_OF_MONTH, _DAY_TARIKH_AT, _DIGIT_COMMA,
                       _EN_DAYS_OF, _EN_DAY_OF, _EN_DAY_SPAN_HINT, _EN_IN_YEAR, _EN_MD_SPAN, _EN_MONTH_ANY,
                       _EN_MONTH_MOD, _EN_REL, _EN_REL_MONTH, _EN_SHARED_YEAR, _EN_SINCE_BEFORE, _EN_WEEK_OF,
                       _DATE_WORD_AFTER, _EN_YEAR_AFTER, _G_DM, _G_DMY, _G_DMY2, _G_D_COMMA_MY, _G_D_MON_Y, _G_ISO, _G_MARCH_PART,
                       _G_MD, _G_MD_NO_YEAR, _G_MONTH_BARE_PART, _G_MONTH_CASE, _G_MONTH_DAY, _G_MONTH_EN,
                       _G_MONTH_BARE_BY, _G_MONTH_WORD, _G_MY, _G_YDM, _G_YM, _MONTH, _MONTH_SPAN, _ORDINARY_WORDS, _REL_LEFT,
                       _SAL_THEN_YEAR, _WD_RIGHT, _YEAR_BEFORE, _YEAR_BEFORE_MONTH, _ANY_BN_MONTH, _LIST_JOIN,
                       _REL_YEAR_HOMOGRAPH, _SENTENCE_STOP)
from .tense import _clause_tense, _date_tense, _tense


def _year_step(ya) -> int:
    """The years from the reference that `last year`, `this year`, `next year` name."""
    return -1 if ya["w"] in ("last", "previous", "the previous") else (0 if ya["w"] == "this" else 1)


def _year_named_after(ctx: _Ctx, t: str, end: int) -> tuple[int, int] | None:
    """`… last year`, `… next year` right after a date: (the year it names
    from the reference, where it ends), or None."""
    if ctx.ref is None or (ya := _EN_YEAR_AFTER.match(t, end)) is None:
        return None
    return ctx.ref.year + _year_step(ya), ya.end()


# An event named by its months (`জুলাই-আগস্টের গণ-অভ্যুত্থান`): no span of this year's months.
_EVENT_NAME_AFTER = re.compile(r"\s+(?:%s)" % "|".join(nfc([w for w in cw.EVENT_WORDS if w != "জুলাই"])))
_LOCATIVE_ENDS = tuple(nfc(["ে", "তে", "য়", "মাসে"]))
# Words before a yearless date that say which year: the last or the next.
_YEARLESS_RELS = ("গত", "বিগত", "গেল", "আগামী", "আসন্ন", "আসছে", "সামনের")


def _yearless(ctx: _Ctx, month: int, day: int, rel: str | None,
              weekday: int | None = None, tense: str | None = None) -> tuple[_dt.date | None, list[str]]:
    """The year for a date printed without one, from the reference date.

    The nearest occurrence, or the one in the past or future that গত or
    আগামী asks for; a printed weekday picks the year it agrees with when
    that year is within ten months of the reference.
    """
    r = ctx.ref
    if r is None:
        return None, []
    cands = []
    for y in (r.year - 1, r.year, r.year + 1):
        try:
            cands.append(_dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None, ["invalid_date"]
    if rel in ("গত", "বিগত", "গেল"):
        past = [c for c in cands if c < r]
        return (max(past) if past else None), []
    if rel in ("আগামী", "আসন্ন", "আসছে", "সামনের"):
        # The reference day itself counts: a page stamped after midnight
        # still says আগামী of the day it was written for.
        fut = [c for c in cands if c >= r]
        return (min(fut) if fut else None), []
    if weekday is not None:
        agree = [c for c in cands if c.weekday() == weekday and abs((c - r).days) <= 300]
        if len(agree) == 1:
            return agree[0], []
    near = min(cands, key=lambda c: (abs((c - r).days), c > r))
    # The nearest, unless the verb tells the past and the nearest is over
    # three months ahead (`৫ মে তিনি ঢাকায় আসেন` on a November page: the May
    # past). Nearer, the clause's verb is too often not the date's (`১২
    # ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছে ইসি`). A future verb is not
    # trusted the other way: hopes and plans are told about past dates
    # (`আশা করেছিলাম, ৫ আগস্টের পর পরিস্থিতির পরিবর্তন হবে`). An English
    # past verb that governs the date (`was launched on 28 February`) is
    # the date's own, and settles it however near the next one is.
    if tense == "told" or tense == "past" and (near - r).days > 90:
        past = [c for c in cands if c <= r]
        return (max(past) if past else near), []
    if tense == "ahead" and (r - near).days > 45:
        # (`২০ অক্টোবর তিনি ঢাকায় আসবেন` on a December page: next October; a
        # future verb the date's own, nothing in its sentence told in the past)
        fut = [c for c in cands if c > r]
        return (min(fut) if fut else near), []
    return near, []


def _day_range(ctx: _Ctx, start: int, end: int, d1: int, month: int, d2: int,
               year_text: str | None, relative: bool = False) -> None:
    """A span of days in one month, as an ISO interval; the year of its last
    day when none is printed."""
    if not 1 <= d1 < d2 <= 31:
        return
    if year_text:
        year = _num(year_text)
    else:
        last, _ = _yearless(ctx, month, d2, None)
        if last is None:
            try:
                _dt.date(2000, month, d2)  # 29 February exists in a leap year
            except ValueError:
                ctx.add(start, end, kind="range", value=None, warnings=["invalid_date"])
                return
            if ctx.ref is None:
                ctx.add(start, end, kind="range", value=f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}",
                        relative=True, warnings=["date_no_year"])
            return
        year = last.year
    try:
        a, b = _dt.date(year, month, d1), _dt.date(year, month, d2)
    except ValueError:
        ctx.add(start, end, kind="range", value=None, warnings=["invalid_date"])
        return
    ctx.add(start, end, kind="range", value=f"{_iso(a)}/{_iso(b)}", relative=relative or not year_text)


def _weekday_date(ref: _dt.date, wd: int, how: str) -> _dt.date:
    """Weekday arithmetic (bangla.md 3.2): last (<r), next (>r), past (<=r), future (>=r)."""
    delta = (ref.weekday() - wd) % 7
    if how == "last":
        return ref - _dt.timedelta(days=delta or 7)
    if how == "past":
        return ref - _dt.timedelta(days=delta)
    ahead = (wd - ref.weekday()) % 7
    if how == "next":
        return ref + _dt.timedelta(days=ahead or 7)
    return ref + _dt.timedelta(days=ahead)


def _numeric_weekday(t: str, s: int, e: int) -> tuple[int, int, str | None]:
    """A weekday printed with a numeric date (`শুক্রবার, ২৮/১১/২০২৫`, `২৮-১১-২০২৫
    ইং তারিখ রোজ শুক্রবার`): the span with it, and the weekday to check."""
    left = _REL_LEFT.search(t, max(0, s - 40), s)
    if left is not None and left["lwd"]:
        return (left.start() if left["rel"] else left.start("lwd")), e, left["lwd"]  # (`আগামী শুক্রবার ২৮/১১/২০২৫`)
    right = _WD_RIGHT.match(t, e)
    if right is not None:
        return s, right.end(), right["twd"]
    return s, e, None


def _check_weekday(d: _dt.date | None, *wds) -> list[str]:
    for w in wds:
        if w and d is not None:
            n = _wd_num(w)
            if n is not None and n != d.weekday():
                return ["weekday_mismatch"]
    return []


def _gregorian(ctx: _Ctx) -> None:
    t = ctx.text
    for m in _G_ISO.finditer(t):
        _full_date(ctx, m.start(), m.end(), _num(m["y"]), _num(m["m"]), _num(m["d"]))
        if m["hh"] is not None and ctx.found[-1][2].get("day") is not None:
            h, mi, sec = _num(m["hh"]), _num(m["mi"]), _num(m["ss"]) if m["ss"] else None
            if h <= 23 and mi <= 59 and (sec or 0) <= 59:
                z = to_ascii_digits(m["z"]) if m["z"] else None
                zone = "+00:00" if z == "Z" else (f"{z[:3]}:{z[-2:]}" if z else None)
                s_, e_, info = ctx.found.pop()
                ctx.add(s_, e_, **{**info, "kind": "datetime", "time": (h, mi, sec), "part": None,
                                   "zone": zone})
    for m in _G_DMY.finditer(t):
        d, mo = _num(m["d"]), _num(m["m"])
        if mo > 12 and d <= 12 and m["sep"] == "/":
            d, mo = mo, d  # `১১/২৮/২০২৫`: month first, as US and WordPress dates are (day 28 says so)
        start, end, wd = _numeric_weekday(t, m.start(), m.end())
        _full_date(ctx, start, end, _num(m["y"]), mo, d, weekday=wd)
    short = {m.start(): m for w, b, a in (("ইং", 12, 8), ("খ্রি", 12, 8), ("তারিখ", 2, 18), ("ate", 2, 18),
                                         ("তারিখ", 12, 0)) for m in _near(_G_DMY2, t, w, b, a)}
    for m in (short[k] for k in sorted(short)):
        word = _DATE_WORD_AFTER.match(t, m.end()) if not m["era"] else None  # (`২৮/১১/২৫ তারিখে`: on that date)
        if m["era"] or _DATE_LABEL_BEFORE.search(t, max(0, m.start() - 12), m.start()) or word is not None:
            y = _num(m["y"])
            start, end, wd = _numeric_weekday(t, m.start(), m.end() if word is None else word.end())
            _full_date(ctx, start, end, (1900 if y >= 70 else 2000) + y, _num(m["m"]), _num(m["d"]), weekday=wd)
    for m in _G_YDM.finditer(t):
        _full_date(ctx, m.start(), m.end(), _num(m["year"]), _month_num(m["mon"], _MONTH), _day_of(m))
    if "সাল" in t:
        for m in _SAL_THEN_YEAR.finditer(t):
            y = _num(m["y"])
            if 1600 <= y <= 2999:
                ctx.add(m.start(), m.end(), kind="year", value=f"{y:04d}")
    for m in _G_YM.finditer(t):
        ctx.add(m.start(), m.end(), kind="month",
                value=f"{_num(m['year']):04d}-{_month_num(m['mon'], _MONTH):02d}")
    for c in _DIGIT_COMMA.finditer(t):
        # (tried only where a digit and a comma stand together: a scan of the
        # whole text with the months' pattern cost 1.5% of find_dates)
        m = _G_D_COMMA_MY.match(t, max(0, c.start() - 1)) or _G_D_COMMA_MY.match(t, c.start())
        if m is not None:
            left = _REL_LEFT.search(t, max(0, m.start() - 40), m.start())
            lwd = left["lwd"] if left else None  # `শুক্রবার, ০৫ই, অক্টোবর ২০১২`
            _full_date(ctx, left.start("lwd") if lwd else m.start(), m.end(), _num(m["year"]),
                       _month_num(m["mon"], _MONTH), _num(m["dd"]), weekday=lwd)
    for m in _G_D_MON_Y.finditer(t):
        _full_date(ctx, m.start(), m.end(), _num(m["year"]), _month_num(m["mon"], _MONTH), _num(m["dd"]))
    for m in _G_MD.finditer(t):
        # `Monday, November 10, 2025`: a weekday before takes part, as a check.
        left = _REL_LEFT.search(t, max(0, m.start() - 40), m.start())
        lwd = left["lwd"] if left else None
        _full_date(ctx, left.start("lwd") if lwd else m.start(), m.end(), _num(m["year"]),
                   _month_num(m["mon"], _MONTH), _num(m["dd"]), weekday=lwd or m["twd"])
    for m in _EN_MD_SPAN.finditer(t) if _EN_DAY_SPAN_HINT.search(t) is not None else ():
        # `between Jan 5–7` (`and` only after `between`): one span of days.
        if m.group().find(" and ") >= 0 and not t.endswith("between ", 0, m.start()):
            continue
        _day_range(ctx, m.start(), m.end(), int(m["d1"]), _month_num(m["mon"], _MONTH), int(m["d2"]), m["year"])
    for m in _G_MD_NO_YEAR.finditer(t):
        month, day = _month_num(m["mon"], _MONTH), _num(m["dd"])
        if not 1 <= day <= 31:
            continue
        start, end = m.start(), m.end()
        left = _REL_LEFT.search(t, max(0, start - 40), start)
        lwd = left["lwd"] if left else None
        if lwd:
            start = left.start()
        if m["close"] and not (left and (left["paren"] or left["paren0"])):
            end = m.start("close")
        if (iy := _EN_IN_YEAR.match(t, end)) is not None:
            _full_date(ctx, start, iy.end(), int(iy["y"]), month, day, weekday=lwd)  # `January 14 in 2008`
            continue
        if (ya := _year_named_after(ctx, t, end)) is not None:
            _full_date(ctx, start, ya[1], ya[0], month, day, weekday=lwd, relative=True)  # `December 28 last year`
            continue
        d, warnings = _yearless(ctx, month, day, None, _wd_num(lwd) if lwd else None,
                                _date_tense(ctx, start, end) if ctx.ref is not None else None)
        if d is None and ctx.ref is None:
            ctx.add(start, end, kind="date", value=f"XXXX-{month:02d}-{day:02d}", relative=True,
                    warnings=["date_no_year"], day=None, weekdays=(lwd,))
            continue
        ctx.add(start, end, kind="date", value=_iso(d) if d else None, relative=True,
                warnings=warnings + _check_weekday(d, lwd), day=d)
    if "th of " in t or "st of " in t or "nd of " in t or "rd of " in t:
        for m in _EN_DAY_OF.finditer(t):
            month, day = _month_num(m["mon"], _MONTH), int(m["d"])
            if m["y"]:
                _full_date(ctx, m.start(), m.end(), int(m["y"]), month, day)
                continue
            d, warnings = _yearless(ctx, month, day, None, None,
                                    _date_tense(ctx, m.start(), m.end()) if ctx.ref is not None else None)
            if d is None and ctx.ref is None:
                ctx.add(m.start(), m.end(), kind="date", value=f"XXXX-{month:02d}-{day:02d}", relative=True,
                        warnings=["date_no_year"], day=None)
                continue
            ctx.add(m.start(), m.end(), kind="date", value=_iso(d) if d else None, relative=True,
                    warnings=warnings, day=d)
    for m in _G_MY.finditer(t):
        ctx.add(m.start(), m.end(), kind="month",
                value=f"{_num(m['year']):04d}-{_month_num(m['mon'], _MONTH):02d}")
    for m in _G_DM.finditer(t):
        month = _month_num(m["mon"], _MONTH)
        day = _day_of(m)
        r = _DAY_LEFT.search(t, max(0, m.start() - 14), m.start())
        if r is not None and (r["span"] or r["and"] and t.endswith("between ", 0, r.start())):
            # (`between 5 and 7 January` is a span too)
            rs, re_ = r.start(), m.end()
            if m["close"]:  # `(১০-১২ ডিসেম্বর)`: both parentheses, or neither
                if t[max(0, rs - 2):rs].rstrip().endswith("("):
                    rs = t.rindex("(", 0, rs)
                else:
                    re_ = m.start("close")
            if not m["year"] and (ya := _year_named_after(ctx, t, re_)) is not None:
                _day_range(ctx, rs, ya[1], _num(r["d1"]), month, day, str(ya[0]), relative=True)  # `… this year`
                continue
            _day_range(ctx, rs, re_, _num(r["d1"]), month, day, m["year"])
        elif r is not None:
            # `২৯ ও ৩০ নভেম্বর`: the first day shares the month (and year) printed after the second.
            d1 = _num(r["d1"])
            if 1 <= d1 < day:
                if m["year"]:
                    _full_date(ctx, r.start(), r.end("d1"), _num(m["year"]), month, d1)
                else:
                    d, warnings = _yearless(ctx, month, d1, None)
                    ctx.add(r.start(), r.end("d1"), kind="date",
                            value=_iso(d) if d else (f"XXXX-{month:02d}-{d1:02d}" if ctx.ref is None else None),
                            relative=True, warnings=warnings or ([] if d else ["date_no_year"]), day=d)
        start, end = m.start(), m.end()
        left = _REL_LEFT.search(t, max(0, start - 60), start)
        rel = lwd = ry = None
        if left and left.group():
            rel, lwd, ry = left["rel"], left["lwd"], left["ry"]
            start = left.start()
        opened = bool(left and (left["paren"] or left["paren0"]))
        if m["close"] and not opened:
            end = m.start("close")  # a `)` that closes something else
        warnings: list[str] = []
        relative = False
        if ry and not m["year"] and ctx.ref is not None:
            # গত বছরের ২০ নভেম্বর: the year is named relative to the reference.
            step = -1 if ry in cw.PAST else (1 if ry in cw.NEXT else 0)
            try:
                d = _dt.date(ctx.ref.year + step, month, day)
            except ValueError:
                ctx.add(start, end, kind="date", value=None, warnings=["invalid_date"])
                continue
            ctx.add(start, end, kind="date", value=_iso(d), relative=True,
                    warnings=_check_weekday(d, lwd, m["rwd"], m["twd"]), day=d)
            continue
        if m["year"]:
            try:
                d = _dt.date(_num(m["year"]), month, day)
            except ValueError:
                ctx.add(start, end, kind="date", value=None, warnings=["invalid_date"])
                continue
        elif (iy := _EN_IN_YEAR.match(t, end)) is not None:
            # `on 14 January in 2008`: the year printed after, with `in`.
            _full_date(ctx, start, iy.end(), int(iy["y"]), month, day, weekday=lwd)
            continue
        elif (ya := _year_named_after(ctx, t, end)) is not None:
            _full_date(ctx, start, ya[1], ya[0], month, day, weekday=lwd, relative=True)  # `28 December last year`
            continue
        elif month == 7 and 32 <= day <= 40:
            # `৩৬ জুলাই`: the July-uprising count of 2024 runs on past 31 July
            # (36 July = 5 August 2024). Flagged, not rejected.
            d = _dt.date(2024, 7, 31) + _dt.timedelta(days=day - 31)
            ctx.add(start, end, kind="date", value=_iso(d), warnings=["july_2024_count"], day=d)
            continue
        else:
            relative = True
            wd = next((_wd_num(w) for w in (lwd, m["rwd"], m["twd"]) if w), None)
            d, warnings = _yearless(ctx, month, day, rel if rel in _YEARLESS_RELS else None, wd,
                                    _date_tense(ctx, start, end) if ctx.ref is not None else None)
            if d is None and ctx.ref is None:
                try:
                    _dt.date(2000, month, day)  # 29 Feb exists in a leap year
                except ValueError:
                    ctx.add(start, end, kind="date", value=None, warnings=["invalid_date"])
                    continue
                ctx.add(start, end, kind="date", value=f"XXXX-{month:02d}-{day:02d}",
                        relative=True, warnings=["date_no_year"], day=None,
                        weekdays=(lwd, m["rwd"], m["twd"]))
                continue
        warnings += _check_weekday(d, lwd, m["rwd"], m["twd"])
        ctx.add(start, end, kind="date", value=_iso(d) if d else None, relative=relative,
                warnings=warnings, day=d)
    for m in _G_MONTH_WORD.finditer(t):
        _tensed_month(ctx, m, t)
    for m in _MONTH_SPAN.finditer(t):
        # `জানুয়ারি-মার্চ`, `জুলাই থেকে অক্টোবর পর্যন্ত`, `২০২৪ সালের জানুয়ারি থেকে জুন`.
        if m["and"] and not t.endswith("between ", 0, m.start()):
            continue  # `in January and March`: two months; `between January and March`, a span
        m1, m2 = _month_num(m["m1"], _MONTH), _month_num(m["m2"], _MONTH)
        yb = _YEAR_BEFORE.search(t, max(0, m.start() - 12), m.start())
        y1 = yb["y1"] if yb else None
        start = yb.start() if yb else m.start()
        rb = _YEAR_BEFORE_MONTH.search(t, max(0, m.start() - 16), m.start()) if yb is None else None
        if rb is not None and not rb["rel"]:
            rb = None  # (a year in digits is _YEAR_BEFORE's)
        if m["m1"].lower() in _ORDINARY_WORDS and m["m2"].lower() in _ORDINARY_WORDS \
                and not (y1 or m["y2"] or rb or "মাস" in m.group()):
            continue  # `লং মার্চ থেকে মে দিবস`: মার্চ and মে are ordinary words too (bangla.md §2.1)
        if not m["y2"] and _DAY_NEXT.match(t, m.end()):
            # `জুলাই থেকে ডিসেম্বরের ২৮ তারিখ`: from the first month's start to that day
            if ctx.ref is not None and (dt := _DAY_TARIKH_AT.match(t, m.end())) is not None:
                day, r = _num(dt["dd"]), ctx.ref
                y2 = min((r.year - 1, r.year, r.year + 1), key=lambda y: abs((_dt.date(y, m2, 15) - r).days))
                y0 = y2 if m1 <= m2 else y2 - 1
                if 1 <= day <= month_length(y2, m2):
                    ctx.add(start, dt.end(), kind="range", relative=True,
                            value=f"{y0:04d}-{m1:02d}-01/{y2:04d}-{m2:02d}-{day:02d}")
            continue
        if rb is not None and ctx.ref is not None and not m["y2"]:
            # `চলতি বছরের জানুয়ারি থেকে অক্টোবর`: the months of the year named before them
            # (the year is the first month's: `গত বছরের নভেম্বর থেকে ফেব্রুয়ারি` runs into this year)
            y0 = ctx.ref.year + (-1 if rb["rel"] in cw.PAST else 1 if rb["rel"] in cw.NEXT else 0)
            y = y0 if m1 <= m2 else y0 + 1
            ctx.add(rb.start(), m.end(), kind="range", relative=True,
                    value=f"{y0:04d}-{m1:02d}-01/{y:04d}-{m2:02d}-{month_length(y, m2):02d}")
            continue
        if not (y1 or m["y2"]) and _EVENT_NAME_AFTER.match(t, m.end()):
            continue  # `জুলাই-আগস্টের গণ-অভ্যুত্থান`: an event's name, as `জুলাই অভ্যুত্থান` is
        end = m.end()
        if m["y2"]:
            y2 = _num(m["y2"])
        elif y1:
            # `২০২৩ সালের জুলাই থেকে জুন`: the year told before is the first month's
            y2 = _num(y1) + (m1 > m2)
        elif (ya := _year_named_after(ctx, t, m.end())) is not None:
            y2, end = ya  # `between July and September last year`: the year it names
        elif ctx.ref is not None:
            # The span whose last month is nearest the reference date.
            r = ctx.ref
            y2 = min((r.year - 1, r.year, r.year + 1),
                     key=lambda y: abs((_dt.date(y, m2, 15) - r).days))
            if _dt.date(y2 if m1 <= m2 else y2 - 1, m1, 1) > r and _clause_tense(ctx, start, end) == "past":
                # `জানুয়ারি-মার্চ প্রান্তিকে মুনাফা বেড়েছে` on a November page:
                # a span wholly ahead is told in the past, so it is the last one.
                y2 -= 1
        else:
            ctx.add(start, m.end(), kind="range", value=None, relative=True, warnings=["date_no_year"])
            continue
        y0 = y2 if m1 <= m2 else y2 - 1  # `জুলাই-জুন`: across a new year
        last = month_length(y2, m2)
        ctx.add(start, end, kind="range", value=f"{y0:04d}-{m1:02d}-01/{y2:04d}-{m2:02d}-{last:02d}",
                relative=not (y1 or m["y2"]))
    bare_parts = _G_MONTH_BARE_PART.finditer(t) if "শেষ" in t or "শুরু" in t or "মাঝামাঝি" in t else ()
    if "নাগাদ" in t or "পর্যন্ত" in t or "অবধি" in t or "থেকে" in t or "হতে" in t:
        for m in _G_MONTH_BARE_BY.finditer(t):
            if t.startswith((" থেকে", " হতে"), m.end()) \
                    and _tense(t[m.end():m.end() + 120], default=None) == "present":
                # `অক্টোবর থেকে দাম বাড়ছে`: going on since a month gone by
                _bn_month(ctx, m.start(), m.end(), _month_num(m["mon"], _MONTH), "past")
            else:
                _tensed_month(ctx, m, t)
    for m in itertools.chain(_G_MONTH_CASE.finditer(t), _G_MARCH_PART.finditer(t) if "মার্চ" in t else (), bare_parts):
        # The nearest such month in the direction of the verb's tense; with
        # no verb (a headline: `জানুয়ারিতে নির্বাচন`), the nearest.
        _tensed_month(ctx, m, t)
    _months_in_lists(ctx, t)
    if ("মার্চ" in t or "মে" in t) and "বছর" in t:
        for m in _REL_YEAR_HOMOGRAPH.finditer(t):
            # `গত বছর মার্চে`, `এই বছর মে মাসে`: the month of the year named
            # before it (alone মার্চ and মে are words too).
            r = ctx.ref
            step = -1 if m["rel"] in ("গত", "বিগত", "গেল") else 1 if m["rel"] == "আগামী" else 0
            ctx.add(m.start(), m.end(), kind="month", relative=True,
                    value=f"{r.year + step:04d}-{_month_num(m['mon'], _MONTH):02d}" if r else None)
    if "M" in t and "May" in t or _EN_MONTH_ANY.search(t) is not None:
        for m in _EN_REL_MONTH.finditer(t):
            _relative_month(ctx, m.start(), m.end(), _EN_REL[m["rel"]], _month_num(m["mon"], _MONTH))
    if _EN_MONTH_ANY.search(t) is not None:
        for m in _G_MONTH_EN.finditer(t):
            tense = _clause_tense(ctx, m.start("mon"), m.end())
            if _EN_SINCE_BEFORE.search(t, max(0, m.start("mon") - 20), m.start("mon")):
                tense = "past"  # `since March`: a March gone by, whatever the verb
            s = m.start("pre") if m["pre"] in _EN_MONTH_MOD else m.start("mon")
            if "mid-" in t[m.start():m.start("mon")]:
                s = m.start("mon") - 4
            month = _month_num(m["mon"], _MONTH)
            if (ya := _EN_YEAR_AFTER.match(t, m.end())) is not None:
                # `in August last year`: the year it names, counted from the reference.
                ctx.add(s, ya.end(), kind="month", relative=True,
                        value=f"{ctx.ref.year + _year_step(ya):04d}-{month:02d}" if ctx.ref else None)
            elif (sy := _EN_SHARED_YEAR.match(t, m.end())) is not None:
                ctx.add(s, m.end(), kind="month", value=f"{int(sy['y']):04d}-{month:02d}")
            else:
                y = _en_month_year(ctx.ref, month, tense)
                ctx.add(s, m.end(), kind="month", relative=True, value=f"{y:04d}-{month:02d}" if y else None)
            mod = _EN_MONTH_MOD.get(m["pre"]) or ("MID" if "mid-" in t[m.start():m.start("mon")] else None)
            if mod:
                s0, e0, info = ctx.found.pop()
                ctx.add(s0, e0, **info, mod=mod)
    if " days of " in t:
        for m in _EN_DAYS_OF.finditer(t):
            month, k = _month_num(m["mon"], _MONTH), int(m["k"])
            y = int(m["y"]) if m["y"] else _en_month_year(ctx.ref, month, _clause_tense(ctx, m.start(), m.end()))
            if y is None or not 1 <= k < month_length(y, month):
                continue
            last = month_length(y, month)
            a, b = (1, k) if m["fl"] == "first" else (last - k + 1, last)
            ctx.add(m.start(), m.end(), kind="range", relative=not m["y"],
                    value=f"{y:04d}-{month:02d}-{a:02d}/{y:04d}-{month:02d}-{b:02d}")
    if " of " in t and ("week" in t or "days" in t or "fortnight" in t or "half" in t):
        for m in _EN_WEEK_OF.finditer(t):
            month, end = _month_num(m["mon"], _MONTH), m.end()
            if m["y"]:
                y = int(m["y"])
            elif (ya := _year_named_after(ctx, t, end)) is not None:
                y, end = ya
            else:
                y = _en_month_year(ctx.ref, month, _clause_tense(ctx, m.start(), end))
            ctx.add(m.start(), end, kind="month", value=f"{y:04d}-{month:02d}" if y else None, relative=not m["y"],
                    mod={"first": "START", "second": "MID", "third": "MID", "fourth": "END", "last": "END",
                         "final": "END"}.get(m["n"]) if m["unit"] == "week" else
                    {"first": "START", "last": "END", "final": "END"}.get(m["n"])
                    or ("END" if m["unit"] == "half" and m["n"] == "second" else None))
    for m in _near(_G_MONTH_DAY, t, "তারিখ", 40):
        # `নভেম্বরের ১৫ তারিখে`: the month named, then its day.
        month, day = _month_num(m["mon"], _MONTH), _num(m["dd"])
        rel = m["rel"] if m["rel"] in _YEARLESS_RELS else None
        d, warnings = _yearless(ctx, month, day, rel)
        if d is None and not warnings:
            ok = 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
            ctx.add(m.start(), m.end(), kind="date", value=f"XXXX-{month:02d}-{day:02d}" if ok else None,
                    relative=True, warnings=["date_no_year"] if ok else ["invalid_date"])
            continue
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d) if d else None, relative=True,
                warnings=warnings, day=d)
    for m in _DAY_OF_MONTH.finditer(t):
        day = _num(m["dd"])
        if not 1 <= day <= 31 or t[max(0, m.start("dd") - 1):m.start("dd")] in (":", "ঃ", "."):
            continue  # `২১:৫২ তারিখে`: the minutes of a clock, no day
        r = ctx.ref
        if r is None:
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True)
            continue
        rel = m["rel"]
        step = -1 if rel in cw.PAST else 1 if rel in cw.NEXT else 0
        if m["drel"]:
            # `গত ১৫ তারিখে`, `আগামী ৫ তারিখের মধ্যে`: the last or next such day of a month
            past = m["drel"] in cw.PAST
            step = (-1 if day >= r.day else 0) if past else (1 if day <= r.day else 0)
        y, mo = divmod(r.year * 12 + r.month - 1 + step, 12)
        try:
            d = _dt.date(y, mo + 1, day)
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, warnings=["invalid_date"])
            continue
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, day=d)
    if "th" in t or "st" in t or "nd" in t or "rd" in t:
        start_day = None
        for m in _EN_ON_THE_DAY.finditer(t):
            # `on the 29th`, as `২৯ তারিখে`: a day of the reference month, or of
            # the next or last month when the clause looks past it.
            day, r = int(m["dd"]), ctx.ref
            span_end = m.group().startswith("to")
            if not 1 <= day <= 31 or span_end and "from the" not in t[max(0, m.start() - 30):m.start()]:
                continue  # (`to the 10th` only as a span's end: `promoted to the 5th` is a rank)
            if r is None:
                ctx.add(m.start("the"), m.end(), kind="date", value=None, relative=True)
                continue
            if span_end and start_day is not None:
                # the span's end: in the start's month, or the next when it is earlier
                y, mo = divmod(start_day.year * 12 + start_day.month - 1 + (day < start_day.day), 12)
            else:
                tense = _clause_tense(ctx, m.start(), m.end())
                if tense is None and m.group().startswith(("by", "until", "till")):
                    tense = "future"  # a deadline told with no verb's tense: ahead
                step = 1 if tense == "future" and day < r.day else -1 if tense == "past" and day > r.day else 0
                y, mo = divmod(r.year * 12 + r.month - 1 + step, 12)
            try:
                d = _dt.date(y, mo + 1, day)
            except ValueError:
                ctx.add(m.start("the"), m.end(), kind="date", value=None, warnings=["invalid_date"])
                continue
            ctx.add(m.start("the"), m.end(), kind="date", value=_iso(d), relative=True, day=d)
            start_day = d


# `on the 29th` and no month after it (`the 29th floor`, `the 5th of December` are not read here).
_EN_ON_THE_DAY = re.compile(r"\b(?:on|by|from|to|until|till|since|before|after)\s+"
                            r"(?P<the>the\s+(?P<dd>[0-9]{1,2})(?:st|nd|rd|th))"
                            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in|and|or|when|as|with|after|before|but|this|next|last"
                            r"|morning|afternoon|evening|night|to|till|until)\b)")


def _full_date(ctx: _Ctx, s: int, e: int, y: int, mo: int, d: int,
               weekday: str | None = None, relative: bool = False) -> None:
    try:
        day = _dt.date(y, mo, d)
    except ValueError:
        ctx.add(s, e, kind="date", value=None, warnings=["invalid_date"])
        return
    ctx.add(s, e, kind="date", value=_iso(day), day=day, warnings=_check_weekday(day, weekday), relative=relative)


def _en_month_year(ref: _dt.date | None, month: int, tense: str | None) -> int | None:
    """The year of a month an English page names without one: on or after the
    reference month when the clause looks ahead, on or before it when it
    tells the past, else the nearer of the two."""
    if ref is None:
        return None
    ahead = ref.year if month >= ref.month else ref.year + 1
    behind = ref.year if month <= ref.month else ref.year - 1
    if tense == "future":
        return ahead
    if tense == "past":
        return behind
    # Equally far (six months): the one gone by, as news tells the past.
    return ahead if (ahead - ref.year) * 12 + month - ref.month < (ref.year - behind) * 12 + ref.month - month \
        else behind




def _months_in_lists(ctx: _Ctx, t: str) -> None:
    """Months of a list whose others are read: `মে ও জুন মাসে`, `সেপ্টেম্বর ও
    অক্টোবরে`, `ফেব্রুয়ারিতে ২৫৩ কোটি, মার্চে ৩২৯ কোটি, এপ্রিলে …`. Alone,
    মার্চ and মে are words too and a bare month may be a name (`অক্টোবর
    বিপ্লব`); beside a month of the same list they are months, of its year.
    A bare one must be joined to it (`ও`, `এবং`, a comma); one with a case
    ending may have its figure between (within 40 characters, one sentence)."""
    months = sorted((s, e, info["value"]) for s, e, info in ctx.found
                    if info.get("kind") == "month" and isinstance(info.get("value"), str)
                    and len(info["value"]) == 7 and info["value"][:4].isdigit())
    if not months:
        return
    # (what is read already, and the months, by start: looked up by bisection,
    # so that a text of many dates stays linear)
    taken = sorted((s, e) for s, e, _ in ctx.found)
    t_starts = [a for a, _ in taken]
    t_ends = list(itertools.accumulate((b for _, b in taken), max))
    m_starts = [s for s, _, _ in months]
    windows: list[list[int]] = []  # (the stretches within reach of a month read, merged)
    for s, e, _ in months:
        if windows and s - 60 <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], e + 60)
        else:
            windows.append([max(0, s - 60), e + 60])
    for m in (m for a, b in windows for m in _ANY_BN_MONTH.finditer(t, a, min(len(t), b))):
        k = bisect.bisect_left(t_starts, m.end()) - 1
        if k >= 0 and t_ends[k] > m.start():
            continue
        near = None
        j = bisect.bisect_left(m_starts, m.end())
        for s, e, value in months[j:j + 1] + months[max(0, j - 1):j]:  # the next month read, then the last
            gap = t[m.end():s] if s >= m.end() else t[e:m.start()] if e <= m.start() else None
            if gap is None or len(gap) > 40 or _SENTENCE_STOP.search(gap):
                continue
            if m["case"] is None and _LIST_JOIN.fullmatch(gap) is None:
                continue  # a bare month: only right beside the other
            if m["case"] is not None and not (_LIST_JOIN.fullmatch(gap) or "," in gap):
                continue
            near = (s, value)
            break
        if near is None:
            continue
        month, (ny, nm) = _month_num(m["mon"], _MONTH), (int(near[1][:4]), int(near[1][5:7]))
        if m.start() < near[0]:
            y = ny if month <= nm else ny - 1
        else:
            y = ny if month >= nm else ny + 1
        ctx.add(m.start(), m.end(), kind="month", value=f"{y:04d}-{month:02d}", relative=True)


def _tensed_month(ctx: _Ctx, m: re.Match, t: str) -> None:
    """`ডিসেম্বরে`, `মে মাসে`: the month ahead when the verb after it looks
    ahead, else as `_bn_month` reads it."""
    if not t.endswith(_LOCATIVE_ENDS, m.start(), m.end()) and _EVENT_NAME_AFTER.match(t, m.end()):
        return  # `আগস্টের গণ-অভ্যুত্থান`: an event's name (`ডিসেম্বরে আন্দোলন হবে` is a time)
    tense = _tense(t[m.end():m.end() + 120], default=None)
    month = _month_num(m["mon"], _MONTH)
    if tense is None or tense == "past":
        _bn_month(ctx, m.start(), m.end(), month, tense)
    else:
        _relative_month(ctx, m.start(), m.end(), "আগামী", month, inclusive=True)


def _bn_month(ctx: _Ctx, s: int, e: int, month: int, tense: str | None) -> None:
    """A month named without a year, told in the past or with no verb. With
    no verb (a headline: `জানুয়ারিতে নির্বাচন`), the nearer of the last and
    the next such month. Told in the past, the reference year's: the verb is
    often not the month's (`ডিসেম্বরে ভোটের তারিখ ঘোষণা করেছে ইসি`, `জুলাইয়ে …
    সিরিজ খেলার কথা ছিল`: a plan told in the past), unless that month is
    six months ahead or more, where the last year's is meant."""
    r = ctx.ref
    if r is None:
        ctx.add(s, e, kind="month", value=None, relative=True)
        return
    if tense == "past":
        y = r.year - 1 if month - r.month >= 6 else r.year
    else:
        y = _en_month_year(r, month, None)
    ctx.add(s, e, kind="month", value=f"{y:04d}-{month:02d}", relative=True)


def _relative_month(ctx: _Ctx, s: int, e: int, rel: str | None, month: int,
                    inclusive: bool = False) -> None:
    """A month named without a year: গত = the last one before the reference
    month, আগামী = the next one after it (the same month too when
    `inclusive`), otherwise the reference year."""
    r = ctx.ref
    if r is None:
        ctx.add(s, e, kind="month", value=None, relative=True)
        return
    y = r.year
    if rel in cw.PAST:
        y = r.year if month < r.month else r.year - 1
    elif rel in cw.NEXT:
        y = r.year if month > r.month or (inclusive and month == r.month) else r.year + 1
    ctx.add(s, e, kind="month", value=f"{y:04d}-{month:02d}", relative=True)
