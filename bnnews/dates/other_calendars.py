"""The Bangla and Hijri calendars, and the days known by name (ঈদ, পহেলা
বৈশাখ, বড়দিন).
"""
from __future__ import annotations

import datetime as _dt
import itertools
import re

from .. import calendars as cal
from .._re import LazyPattern
from ..digits import to_ascii_digits
from ..lexicon import calendar_words as cw, nfc
from ..text import normalize
from .context import _Ctx, _day_of, _iso, _month_num, _near, _num, _wd_num, has_year_san
from .gregorian import _yearless
from .tense import _date_tense
from .patterns import (_B, _BMONTH, _BN, _BN_MDY, _BN_MONTH_DAY, _BN_MONTH_SPAN, _BN_YDM, _E, _ERA_YEAR, _ERA_YEAR_BEFORE_MONTH,
                       _FIRST_LAST_DAY, _HJ, _HJ_MDY, _HJ_MONTH_DAY, _HJ_MONTH_SPAN, _HJ_YDM, _HMONTH, _MOD_AFTER, _REL_BEFORE,
                       _SEASON, _SEASON_EN, _SEASON_REL_EN, _SEASON_SPAN, _SEASON_SPAN_EN, _WD_AFTER, _WD_BEFORE,
                       _YEAR_BEFORE_MONTH, _alt)

# Every Hijri date is read by the Umm al-Qura tables; Bangladesh sights the moon itself.
_HIJRI_NOTE = "hijri_umm_al_qura: Bangladesh often 1-2 days later"


def _printed_weekday(t: str, m: re.Match) -> tuple[int, int, int | None]:
    """The span with a weekday printed right before or after the date
    (`শুক্রবার, ৫ অগ্রহায়ণ ১৪৩২`, `৭ জমাদিউস সানি ১৪৪৭ হিজরি, শুক্রবার`), and
    that weekday's number (None when none is printed)."""
    if (w := _WD_BEFORE.search(t, max(0, m.start() - 14), m.start())) is not None:
        return w.start("wd"), m.end(), _wd_num(w["wd"])
    if (w := _WD_AFTER.match(t, m.end())) is not None:
        return m.start(), w.end("wd"), _wd_num(w["wd"])
    return m.start(), m.end(), None


def _mismatch(day: _dt.date, wd: int | None) -> list[str]:
    """`weekday_mismatch` when the printed weekday is not the day's (a page on
    the other Bangla rule, or a typo); the date is kept."""
    return ["weekday_mismatch"] if wd is not None and day.weekday() != wd else []


def _other_calendars(ctx: _Ctx) -> None:
    t = ctx.text
    for m in (_BN_YDM.finditer(t) if "বঙ্গাব্দ" in t or "সনের" in t or "সালের" in t else ()):
        by = _num(m["year"])
        try:
            g = cal.bangla_to_gregorian(_day_of(m), _month_num(m["bm"], _BMONTH), by,
                                        cal.rule_for(by, ctx.old_rule))
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, calendar="bangla",
                    warnings=["invalid_date"])
            continue
        s, e, wd = _printed_weekday(t, m)
        ctx.add(s, e, kind="date", value=_iso(g), calendar="bangla", day=g, warnings=_mismatch(g, wd))
    for m in itertools.chain(_BN.finditer(t), _near(_BN_MONTH_DAY, t, "তারিখ", 30), _BN_MDY.finditer(t)):
        day, month = _day_of(m), _month_num(m["bm"], _BMONTH)
        by = _num(m["year"]) if m["year"] else None
        rel = by is None
        if by is None:
            if ctx.ref is None:
                ctx.add(m.start(), m.end(), kind="date", value=None, calendar="bangla",
                        relative=True, warnings=["date_no_year"])
                continue
            # The Bangla year of the reference date, or the one around it that
            # puts this day nearest; after গত or আগামী, the last one before
            # the reference date or the next one after it.
            _, _, ry = cal.gregorian_to_bangla(ctx.ref)
            rel = _REL_BEFORE.search(t, max(0, m.start() - 10), m.start())
            way = None if rel is None else "past" if rel["rel"] in cw.PAST else "next" if rel["rel"] in cw.NEXT else None
            best = None
            for cand in (ry - 1, ry, ry + 1):
                try:
                    g = cal.bangla_to_gregorian(day, month, cand, cal.rule_for(cand, ctx.old_rule))
                except ValueError:
                    continue
                if (way == "past" and g >= ctx.ref) or (way == "next" and g <= ctx.ref):
                    continue
                if best is None or abs((g - ctx.ref).days) < abs((best - ctx.ref).days):
                    best = g
            if way is not None and best is not None:
                ctx.add(rel.start(), m.end(), kind="date", value=_iso(best), calendar="bangla",
                        relative=True, day=best)
                continue
            if best is None:
                ctx.add(m.start(), m.end(), kind="date", value=None, calendar="bangla",
                        warnings=["invalid_date"])
                continue
            ctx.add(m.start(), m.end(), kind="date", value=_iso(best), calendar="bangla",
                    relative=True, day=best)
            continue
        try:
            g = cal.bangla_to_gregorian(day, month, by, cal.rule_for(by, ctx.old_rule))
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, calendar="bangla",
                    warnings=["invalid_date"])
            continue
        s, e, wd = _printed_weekday(t, m)
        ctx.add(s, e, kind="date", value=_iso(g), calendar="bangla", relative=rel, day=g, warnings=_mismatch(g, wd))
    for m in itertools.chain(_near(_HJ_YDM, t, "হিজর", 8, 40), _HJ.finditer(t), _near(_HJ_MONTH_DAY, t, "তারিখ", 30),
                             _HJ_MDY.finditer(t)):
        day, month = _day_of(m), _month_num(m["hm"], _HMONTH)
        if not m["year"]:
            best = None
            if ctx.ref is not None:
                rel = _REL_BEFORE.search(t, max(0, m.start() - 10), m.start())
                way = None if rel is None else "past" if rel["rel"] in cw.PAST else \
                    "next" if rel["rel"] in cw.NEXT else None
                best = _hijri_nearest(ctx.ref, day, month, way)
            if best is None:
                ctx.add(m.start(), m.end(), kind="date", value=None, calendar="hijri", relative=True,
                        warnings=["date_no_year", _HIJRI_NOTE])
            else:
                ctx.add(rel.start() if way else m.start(), m.end(), kind="date", value=_iso(best),
                        calendar="hijri", relative=True, warnings=[_HIJRI_NOTE], day=best)
            continue
        try:
            g = cal.hijri_to_gregorian(day, month, _num(m["year"]))
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, calendar="hijri",
                    warnings=["invalid_date"])
            continue
        s, e, wd = _printed_weekday(t, m)
        if wd is not None and g.weekday() != wd:
            # Bangladesh sights the moon a day or two after Umm al-Qura (or,
            # rarely, a day before): the printed weekday says which day it is.
            g = next((g + _dt.timedelta(days=k) for k in (1, 2, -1)
                      if (g + _dt.timedelta(days=k)).weekday() == wd), g)
        ctx.add(s, e, kind="date", value=_iso(g), calendar="hijri", warnings=[_HIJRI_NOTE] + _mismatch(g, wd), day=g)


_ERA_HINTS = tuple(nfc(["বঙ্গাব্দ", "হিজর", "বাংলা "]))


def _era_years(ctx: _Ctx) -> None:
    """`১৪৩১ বঙ্গাব্দে`, `বাংলা ১৪৩২ সনে`, `১৪৪৬ হিজরি`: a year of another era,
    as the span of Gregorian days it covers. (A day and month before it make a
    longer date, which is chosen over this.)"""
    t = ctx.text
    if not any(h in t for h in _ERA_HINTS) and not has_year_san(t):
        return
    found = {m.start(): m for w in ("বঙ্গাব্দ", "হিজর", "বাংলা", "সন") for m in _near(_ERA_YEAR, t, w, 8, 20)}
    for m in (found[k] for k in sorted(found)):
        era = m["era"] or m["era2"] or ""
        year = _num(m["y"] or m["y2"] or m["y3"] or m["y4"])
        try:
            if era.startswith("হিজর"):
                a = cal.hijri_to_gregorian(1, 1, year)
                b = cal.hijri_to_gregorian(1, 1, year + 1) - _dt.timedelta(days=1)
                calendar, warnings = "hijri", [_HIJRI_NOTE]
            else:
                a = cal.bangla_to_gregorian(1, 1, year, cal.rule_for(year, ctx.old_rule))
                b = cal.bangla_to_gregorian(1, 1, year + 1, cal.rule_for(year + 1, ctx.old_rule)) \
                    - _dt.timedelta(days=1)
                calendar, warnings = "bangla", []
        except (ValueError, OverflowError):
            continue  # outside the span the calendars are known for
        ctx.add(m.start(), m.end(), kind="range", value=f"{_iso(a)}/{_iso(b)}", calendar=calendar,
                warnings=warnings, period=True)


# `রমজানজুড়ে` (throughout Ramadan) and `রমজান উপলক্ষে` (for Ramadan) name the
# month at hand, which a bare `রমজানে` need not.
_THROUGH = normalize("জুড়ে")
_OCCASION = re.compile(normalize("\\s+উপলক্ষ(?:্য)?ে"))


def _calendar_months(ctx: _Ctx) -> None:
    """`আগামী রমজানে`, `চলতি অগ্রহায়ণ মাসে`: a Hijri (Umm al-Qura) or Bangla
    month as a span of Gregorian days: the one holding the reference date, or
    the last one or next one after গত/আগামী; without either, the nearest."""
    t = ctx.text
    if ctx.ref is None:
        return
    for calendar, pattern in (("hijri", _HJ_MONTH_SPAN), ("bangla", _BN_MONTH_SPAN)):
        for m in pattern.finditer(t):
            if m["rel"] is None and (ey := _ERA_YEAR_BEFORE_MONTH.search(t, max(0, m.start() - 24), m.start())) \
                    and bool(ey["hj"]) == (calendar == "hijri"):
                _month_span(ctx, m, calendar, era_year=_num(ey["y"]), start=ey.start())
                continue
            if m["rel"] is None and (yb := _YEAR_BEFORE_MONTH.search(t, max(0, m.start() - 20), m.start())):
                # `এ বছরের রমজানে`, `২০২৪ সালের রমজানে`: the month that begins in that year.
                r = ctx.ref.year
                year = int(to_ascii_digits(yb["y"])) if yb["y"] else \
                    r - 1 if yb["rel"] in cw.PAST else r + 1 if yb["rel"] in cw.NEXT else r
                _month_span(ctx, m, calendar, in_year=year, start=yb.start())
                continue
            if m["rel"] is None and m["mas"] is None and _MOD_AFTER.match(t, m.end()) is None \
                    and _FIRST_LAST_DAY.match(t, m.end()) is None and not m.group().endswith(_THROUGH) \
                    and _OCCASION.match(t, m.end()) is None:
                continue  # a bare `রমজানে`: a general truth as often (`রমজানে দাম বাড়ে`)
            _month_span(ctx, m, calendar)


_SEASON_STEMS = tuple(nfc([w for ws in cw.SEASONS.values() for w in ws]))


def _seasons(ctx: _Ctx) -> None:
    """`গত শীতে`, `এবারের বর্ষায়`: a season's two Bangla months as a span of
    days (Bangladesh rule), the one holding the reference date or the nearest,
    or the last or next one after গত/আগামী."""
    r = ctx.ref
    bangla = any(w in ctx.text for w in _SEASON_STEMS)
    english = any(w in ctx.text for w in _SEASON_EN)
    if r is None or not (bangla or english):
        return
    try:
        by = cal.gregorian_to_bangla(r)[2]
    except (ValueError, OverflowError):
        return  # before the Bangla era's first year
    found = itertools.chain(_SEASON_SPAN.finditer(ctx.text) if bangla else (),
                            _SEASON_SPAN_EN.finditer(ctx.text) if english else ())
    for m in found:
        if m["s"] in _SEASON_EN:
            first_month, way = _SEASON_EN[m["s"]], _SEASON_REL_EN.get(m["rel"], "this")
            rel = cw.PAST[0] if way == "past" else cw.NEXT[0] if way == "next" else cw.THIS[0]
        else:
            first_month, rel = _SEASON[normalize(m["s"])], m["rel"]
        spans = []
        for y in (by - 1, by, by + 1):
            try:
                rule = cal.rule_for(y, ctx.old_rule)
                a = cal.bangla_to_gregorian(1, first_month, y, rule)
                days = sum(cal.bangla_month_lengths(y, rule)[first_month - 1:first_month + 1])
                spans.append((a, a + _dt.timedelta(days=days - 1)))
            except (ValueError, OverflowError):
                continue  # beyond the calendar's years
        if rel in cw.PAST:
            pick = [sp for sp in spans if sp[1] < r][-1:]
        elif rel in cw.NEXT:
            pick = [sp for sp in spans if sp[0] > r][:1]
        else:
            pick = [sp for sp in spans if sp[0] <= r <= sp[1]] or ([min(
                spans, key=lambda sp: min(abs((sp[0] - r).days), abs((sp[1] - r).days)))] if spans else [])
        ctx.add(m.start(), m.end(), kind="range", value=f"{_iso(pick[0][0])}/{_iso(pick[0][1])}" if pick else None,
                calendar="bangla", relative=True, period=True)


def _month_span(ctx: _Ctx, m: re.Match, calendar: str, in_year: int | None = None,
                start: int | None = None, era_year: int | None = None) -> None:
    rel = m["rel"]
    spans = []
    if era_year is not None:
        # the month of the calendar's own year printed before it
        try:
            if calendar == "hijri":
                month = _month_num(m["hm"], _HMONTH)
                a = cal.hijri_to_gregorian(1, month, era_year)
                b = cal.hijri_to_gregorian(1, month % 12 + 1, era_year + (month == 12)) - _dt.timedelta(days=1)
            else:
                month = _month_num(m["hm"], _BMONTH)
                rule = cal.rule_for(era_year, ctx.old_rule)
                a = cal.bangla_to_gregorian(1, month, era_year, rule)
                b = a + _dt.timedelta(days=cal.bangla_month_lengths(era_year, rule)[month - 1] - 1)
        except (ValueError, OverflowError):
            return  # beyond the calendar's tables
        ctx.add(start, m.end(), kind="range", value=f"{_iso(a)}/{_iso(b)}", calendar=calendar, period=True,
                warnings=[_HIJRI_NOTE] if calendar == "hijri" else [])
        return
    # The months around the reference date, or around the middle of the year named.
    try:
        center = ctx.ref if in_year is None else _dt.date(in_year, 7, 1)
    except ValueError:
        return  # `০০০০ সালের রমজানে`: no such year
    if calendar == "hijri":
        month = _month_num(m["hm"], _HMONTH)
        try:
            hy = cal.gregorian_to_hijri(center)[2]
        except ValueError:
            return
        for y in (hy - 1, hy, hy + 1):
            try:
                first = cal.hijri_to_gregorian(1, month, y)
                nxt = cal.hijri_to_gregorian(1, month % 12 + 1, y + (month == 12))
            except ValueError:
                continue
            spans.append((first, nxt - _dt.timedelta(days=1)))
        warnings = [_HIJRI_NOTE]
    else:
        month = _month_num(m["hm"], _BMONTH)
        by = cal.gregorian_to_bangla(center)[2]
        for y in (by - 1, by, by + 1):
            rule = cal.rule_for(y, ctx.old_rule)
            first = cal.bangla_to_gregorian(1, month, y, rule)
            spans.append((first, first + _dt.timedelta(days=cal.bangla_month_lengths(y, rule)[month - 1] - 1)))
        warnings = []
    if not spans:
        return
    if in_year is not None:
        pick = [sp for sp in spans if sp[0].year == in_year][:1]
    elif rel in cw.PAST:
        pick = [sp for sp in spans if sp[1] < ctx.ref][-1:]
    elif rel in cw.NEXT:
        pick = [sp for sp in spans if sp[0] > ctx.ref][:1]
    else:
        pick = [sp for sp in spans if sp[0] <= ctx.ref <= sp[1]] or [
            min(spans, key=lambda sp: min(abs((sp[0] - ctx.ref).days), abs((sp[1] - ctx.ref).days)))]
    if not pick:
        return
    a, b = pick[0]
    ctx.add(m.start() if start is None else start, m.end(), kind="range", value=f"{_iso(a)}/{_iso(b)}", calendar=calendar,
            relative=True, warnings=warnings, period=True)


def _hijri_nearest(ref: _dt.date, day: int, month: int, way: str | None) -> _dt.date | None:
    """The Gregorian date of a Hijri day printed without a year: in the Hijri
    year of the reference date, or the one around it that puts it nearest
    (`২৭ রমজান` in a November story); with `way` "past" or "next", the last
    one before the reference date or the next one after it."""
    try:
        hy = cal.gregorian_to_hijri(ref)[2]
    except ValueError:  # a reference date outside the Umm al-Qura tables
        return None
    best = None
    for cand in (hy - 1, hy, hy + 1):
        try:
            g = cal.hijri_to_gregorian(day, month, cand)
        except ValueError:
            continue
        if (way == "past" and g >= ref) or (way == "next" and g <= ref):
            continue
        if best is None or abs((g - ref).days) < abs((best - ref).days):
            best = g
    return best


def _month_day(name: str, india: bool) -> tuple[int, int]:
    """The (month, day) a Gregorian named day stands for (India's on a West
    Bengal page)."""
    return _INDIAN_DAYS[name] if india and name in _INDIAN_DAYS else _GREG_DAYS.get(name) or _INDIAN_DAYS[name]


def _named_day_in(name: str, y: int, india: bool) -> _dt.date | None:
    """The day a name stands for in Gregorian year y (a Hijri day's first
    occurrence in it)."""
    try:
        if name in _HIJRI_DAYS:
            month, day = _HIJRI_DAYS[name]
            hy = cal.gregorian_to_hijri(_dt.date(y, 1, 1))[2]
            for cand in (hy, hy + 1):
                g = cal.hijri_to_gregorian(day, month, cand)
                if g.year == y:
                    return g
            return None
        if name in _NTH_DAYS:
            return _nth_weekday(y, *_NTH_DAYS[name])
        if name in _EASTER_DAYS:
            return cal.easter(y) + _dt.timedelta(days=_EASTER_DAYS[name])
        return _dt.date(y, *_month_day(name, india))
    except (ValueError, OverflowError):
        return None  # beyond the calendars' years


def _named_table(table: dict) -> dict:
    return {w: md for md, ws in table.items() for w in nfc(ws)}


_HIJRI_DAYS = _named_table(cw.HIJRI_NAMED_DAYS)
_GREG_DAYS = _named_table(cw.GREGORIAN_NAMED_DAYS)
_INDIAN_DAYS = _named_table(cw.INDIAN_NAMED_DAYS)
_NTH_DAYS = _named_table(cw.NTH_WEEKDAY_DAYS)
_EASTER_DAYS = _named_table(cw.EASTER_DAYS)
_BN_NEW_YEAR = frozenset(nfc(["বাংলা নববর্ষ"]))
_GREG_YEAR_AFTER = re.compile(r"\s*[-–]?\s*(?P<y>(?:১৯|২০|19|20)[0-9০-৯]{2})(?![0-9০-৯])")
_BN_YEAR_AFTER = re.compile(r"\s*[-–]?\s*(?P<y>[১1][৩৪34][0-9০-৯]{2})(?:\s*(?:বঙ্গাব্দ|হিজরি|হিজরী|সন))?(?![0-9০-৯])")
_NAMED_PAST = cw.PAST + cw.PAST_EN
_NAMED_NEXT = cw.NEXT + cw.NEXT_EN
_NAMED_DAY = LazyPattern(lambda: rf"{_B}(?:(?P<rel>{_alt(_NAMED_PAST + _NAMED_NEXT)})\s+)?"
                         rf"(?P<name>{_alt([*_HIJRI_DAYS, *_GREG_DAYS, *_INDIAN_DAYS, *_NTH_DAYS, *_EASTER_DAYS])})"
                         rf"(?:য়ের|য়ে|ের|এর|র|তে|এ|ে|ও|য়)?{_E}")
_THINGS_AFTER = re.compile(rf"\s+(?:{_alt(cw.NAMED_DAY_THINGS_EN)})\b", re.IGNORECASE)
_THINGS_AFTER_BN = re.compile(rf"\s+(?:{_alt(nfc(cw.NAMED_DAY_THINGS_BN))}){_E}")
_NIGHT = normalize("নাইট")  # `থার্টি ফার্স্ট নাইট`: a night, not a whole day
_NAMED_HINTS = tuple(nfc(cw.NAMED_DAY_HINTS))


def _nth_weekday(y: int, month: int, weekday: int, nth: int) -> _dt.date:
    first = _dt.date(y, month, 1)
    return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _movable_day(ctx: _Ctx, start: int, end: int, day_of_year, way: str | None) -> None:
    """A day whose date moves from year to year (`মা দিবস`, the second
    Sunday of May; `গুড ফ্রাইডে`, two days before Easter): in the year
    nearest the reference, or the last or next one after গত/আগামী."""
    r = ctx.ref
    if r is None:
        ctx.add(start, end, kind="date", value=None, relative=True, warnings=["date_no_year"])
        return
    days = [day_of_year(y) for y in (r.year - 1, r.year, r.year + 1)]
    if way == "past":
        pick = [d for d in days if d < r][-1:]
    elif way == "next":
        pick = [d for d in days if d >= r][:1]
    else:
        pick = [min(days, key=lambda d: abs((d - r).days))]
    d = pick[0] if pick else None
    ctx.add(start, end, kind="date", value=_iso(d) if d else None, relative=True, day=d)


def _eid_days(ctx: _Ctx) -> None:
    """`ঈদের দিন` with no name: the Eid (al-Fitr or al-Adha) nearest the
    reference date, which a story near either is about; the warning
    `eid_unnamed` says which was not printed."""
    t = ctx.text
    for m in _EID_DAY.finditer(t):
        r = ctx.ref
        days = [d for d in (_hijri_nearest(r, 1, 10, None), _hijri_nearest(r, 10, 12, None)) if d] if r else []
        best = min(days, key=lambda d: abs((d - r).days)) if days else None
        ctx.add(m.start(), m.end(), kind="date", value=_iso(best) if best else None, calendar="hijri", relative=True,
                day=best, warnings=["eid_unnamed", _HIJRI_NOTE])


_EID_DAY = re.compile(nfc([r"(?<![\u0980-\u09ff])ঈদের দিন(?:ে|েই|টি|টিতে)?(?![\u0980-\u09ff])"])[0])


def _named_days(ctx: _Ctx) -> None:
    """`ঈদুল ফিতরের`, `গত শবে বরাতে`, `বিজয় দিবসে`, `বড়দিনে`: the day a
    name stands for (bangla.md §6.1), in the year nearest the reference date."""
    t = ctx.text
    if "ঈদের দিন" in t:
        _eid_days(ctx)
    # Every name holds one of the hints: the pattern runs only around them.
    seen: dict[int, re.Match] = {}
    for h in _NAMED_HINTS:
        # (an English hint's first letter first: rare in Bangla text, and one
        # letter is found at once where a search for a word costs microseconds)
        p = t.find(h) if not h.isascii() or h[0] in t else -1
        while p >= 0:
            for m in _NAMED_DAY.finditer(t, max(0, p - 45), min(len(t), p + len(h) + 45)):
                if m.start() not in seen or m.end() > seen[m.start()].end():
                    seen[m.start()] = m
            p = t.find(h, p + 1)
    if not seen:
        return
    india = ctx.offset is not None and ctx.offset((2000, 1, 1), None) == "+05:30"
    for m in (seen[k] for k in sorted(seen)):
        name, rel = m["name"], m["rel"]
        if name.isascii() and _THINGS_AFTER.match(t, m.end()) and not name.endswith("Friday"):
            continue  # `Christmas trees`, `Eid-ul-Fitr holidays` (`Good Friday holiday` is the day)
        if name in _EASTER_DAYS and _THINGS_AFTER_BN.match(t, m.end()):
            continue  # `ইস্টার দ্বীপ`: Easter Island
        way = None if rel is None else "past" if rel in _NAMED_PAST else "next"
        start = m.start() if rel else m.start("name")
        if not rel and (gy := _GREG_YEAR_AFTER.match(t, m.end())) is not None:
            # `মহান বিজয় দিবস ২০২৪`, `বিশ্ব পরিবেশ দিবস-২০২৪`, `ঈদুল ফিতর ২০২৫`: that year's
            d = _named_day_in(name, _num(gy["y"]), india)
            ctx.add(start, gy.end(), kind="date", value=_iso(d) if d else None, day=d,
                    calendar="hijri" if name in _HIJRI_DAYS else "gregorian",
                    warnings=[_HIJRI_NOTE] if d and name in _HIJRI_DAYS
                    else [] if d else ["invalid_date"])
            continue
        if name in _HIJRI_DAYS and not rel and (hy := _BN_YEAR_AFTER.match(t, m.end())) is not None:
            # `হিজরি নববর্ষ ১৪৪৭`, `ঈদুল আজহা ১৪৪৬ হিজরি`: that Hijri year's
            month, day = _HIJRI_DAYS[name]
            try:
                d = cal.hijri_to_gregorian(day, month, _num(hy["y"]))
            except ValueError:
                d = None
            ctx.add(start, hy.end(), kind="date", value=_iso(d) if d else None, calendar="hijri", day=d,
                    warnings=[_HIJRI_NOTE] if d else ["invalid_date"])
            continue
        if name in _HIJRI_DAYS:
            month, day = _HIJRI_DAYS[name]
            best = _hijri_nearest(ctx.ref, day, month, way) if ctx.ref is not None else None
            if best is not None and way is None:
                # (the clause's verb, as for a Gregorian day: a pluperfect of its own,
                # or the past over three months ahead, puts it in the last year)
                tense = _date_tense(ctx, m.start("name"), m.end())
                if tense == "told" or tense == "past" and (best - ctx.ref).days > 90:
                    best = _hijri_nearest(ctx.ref, day, month, "past")
            if best is None:
                ctx.add(start, m.end(), kind="date", value=None, calendar="hijri", relative=True,
                        warnings=["date_no_year", _HIJRI_NOTE])
            else:
                ctx.add(start, m.end(), kind="date", value=_iso(best), calendar="hijri", relative=True,
                        warnings=[_HIJRI_NOTE], day=best)
            continue
        if name in _NTH_DAYS:
            _movable_day(ctx, start, m.end(), lambda y, n=_NTH_DAYS[name]: _nth_weekday(y, *n), way)
            continue
        if name in _EASTER_DAYS:
            _movable_day(ctx, start, m.end(), lambda y, k=_EASTER_DAYS[name]: cal.easter(y) + _dt.timedelta(days=k),
                         way)
            continue
        month, day = _month_day(name, india)
        if name in _BN_NEW_YEAR and (y := _BN_YEAR_AFTER.match(t, m.end())) is not None:
            # `বাংলা নববর্ষ ১৪৩২`, `বাংলা নববর্ষ-১৪৩২`: the first day of that Bangla year
            try:
                d = cal.bangla_to_gregorian(1, 1, _num(y["y"]), cal.rule_for(_num(y["y"]), ctx.old_rule))
            except (ValueError, OverflowError):
                d = None
            ctx.add(start, y.end(), kind="date", value=_iso(d) if d else None, calendar="bangla", day=d,
                    warnings=[] if d else ["invalid_date"])
            continue
        if ctx.ref is None:
            ctx.add(start, m.end(), kind="date", value=f"XXXX-{month:02d}-{day:02d}", relative=True,
                    warnings=["date_no_year"])
            continue
        # (the clause's verb, as for a date printed without its year: `তিনি মে দিবসে
        # বক্তব্য দেন` on a November page is the May Day gone by)
        d, warns = _yearless(ctx, month, day, None if way is None else "গত" if way == "past" else "আগামী",
                             tense=_date_tense(ctx, m.start("name"), m.end()) if way is None else None)
        ctx.add(start, m.end(), kind="date", value=_iso(d) if d else None, relative=True,
                warnings=warns, day=d, day_part="night" if name.endswith(_NIGHT) else None)
