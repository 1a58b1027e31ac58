"""Assembly: overlapping matches resolved, anaphoric days (এদিন, পরদিন)
resolved against the day told before them, dates joined with their times,
and each match turned into a `Temporal`.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re

from .context import DIGITS, _Ctx, _iso, _num, working_day
from .patterns import (_ANAPHOR_JOIN, _COUNTED_FROM_NOW, _DAY_WORDS, _GENITIVE_BEFORE, _JOIN, _REL_START, _SPAN_WORD,
                       _STAMP_LABEL_BEFORE, _TIME_THEN_DATE, _ZONE_BEFORE)
from .record import Temporal
from .tense import _tense
from .times import _zone_of


def _choose(found: list) -> list:
    """Non-overlapping expressions, longer ones first."""
    chosen: list = []
    # The spans taken so far never overlap: sorted by start they are sorted by
    # end too, and the one that starts last before `e` is the only one that
    # can reach past `s` (a scan of them all made a long text quadratic).
    starts: list[int] = []
    ends: list[int] = []
    for s, e, info in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        k = bisect.bisect_left(starts, e)
        if k > 0 and ends[k - 1] > s:
            continue
        chosen.append((s, e, info))
        k = bisect.bisect_left(starts, s)
        starts.insert(k, s)
        ends.insert(k, e)
    chosen.sort(key=lambda f: f[0])
    return chosen


_AND = re.compile(r"\s+and\s+")


def _date_spans(ctx: _Ctx, items: list) -> list:
    """`২৮ নভেম্বর থেকে ১০ ডিসেম্বর`, `December 28 to January 3`: two dates
    joined by থেকে, a dash or `to` make one range. A date printed without a
    year takes the year that puts it on the right side of the other."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info.get("kind") == "date" and info.get("day") is not None:
            s2, e2, info2 = items[i + 1]
            if info2.get("kind") == "date" and info2.get("day") is not None \
                    and (_SPAN_WORD.fullmatch(ctx.text, e, s2) is not None
                         # `between 28 November and 2 December`
                         or (_AND.fullmatch(ctx.text, e, s2) is not None
                             and ctx.text.endswith(("between ", "Between "), 0, s))):
                d1, d2 = info["day"], info2["day"]
                # A yearless first date moves to the second's year, unless গত/আগামী placed it.
                yearless1 = info.get("relative") and _REL_START.match(ctx.text, s) is None \
                    and _DAY_WORDS.fullmatch(ctx.text, s, e) is None  # `গতকাল`: a day, with its year
                if info2.get("bare_wd") is not None:
                    # `বৃহস্পতিবার থেকে শনিবার`: the first such weekday on or after the
                    # start; told in the past (the end already before the start), the
                    # span ends on that past day and starts in its week.
                    if info.get("bare_wd") is not None and d2 < d1 and not (ctx.ref is not None and d1 > ctx.ref):
                        # (a start told of the future keeps the span ahead: `শুক্রবার-শনিবার
                        # বন্ধ থাকবে` said on a Saturday is the coming weekend)
                        d1 = d2 - _dt.timedelta(days=(d2.weekday() - info["bare_wd"]) % 7)
                    else:
                        d2 = d1 + _dt.timedelta(days=(info2["bare_wd"] - d1.weekday()) % 7)
                elif info2.get("relative") and not _COUNTED_FROM_NOW.search(ctx.text, s2, e2):
                    d2 = _on_or_after(d1, d2.month, d2.day)
                elif yearless1:
                    d1 = _on_or_before(d2, d1.month, d1.day)
                if d1 is not None and d2 is not None and d1 < d2:
                    if ctx.text[s] == "(" and ")" not in ctx.text[s:e2]:
                        s += 1  # `(১ জুলাই থেকে ২৫ নভেম্বর …)`: the parenthesis closes elsewhere
                        while ctx.text[s] == " ":
                            s += 1
                    out.append((s, e2, {"kind": "range", "value": f"{_iso(d1)}/{_iso(d2)}",
                                        "relative": bool(info.get("relative") or info2.get("relative")),
                                        "warnings": list(info.get("warnings", ())) + list(info2.get("warnings", ()))}))
                    i += 2
                    continue
        if i + 1 < len(items) and info.get("kind") == "month" and items[i + 1][2].get("kind") == "month" \
                and (span := _months_span(ctx, items[i], items[i + 1])) is not None:
            out.append(span)
            i += 2
            continue
        out.append((s, e, info))
        i += 1
    return out


_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _months_span(ctx: _Ctx, first: tuple, second: tuple) -> tuple | None:
    """`২০২৩ সালের জুলাই থেকে ২০২৪ সালের জুন`, `গত বছরের জুলাই থেকে চলতি
    বছরের জুন`: two months, each with its year, joined by থেকে or a dash make
    one range from the first's first day to the second's last."""
    (s, e, info), (s2, e2, info2) = first, second
    if _SPAN_WORD.fullmatch(ctx.text, e, s2) is None:
        return None
    m1, m2 = _YEAR_MONTH.match(str(info.get("value"))), _YEAR_MONTH.match(str(info2.get("value")))
    if m1 is None or m2 is None or info.get("value") >= info2.get("value"):
        return None
    y2, mo2 = int(m2.group(1)), int(m2.group(2))
    last = (_dt.date(y2 + mo2 // 12, mo2 % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return (s, e2, {"kind": "range", "value": f"{m1.group(1)}-{m1.group(2)}-01/{y2:04d}-{mo2:02d}-{last:02d}",
                    "relative": bool(info.get("relative") or info2.get("relative")),
                    "warnings": list(info.get("warnings", ())) + list(info2.get("warnings", ()))})


def _on_or_after(d: _dt.date, month: int, day: int) -> _dt.date | None:
    for y in (d.year, d.year + 1):
        try:
            c = _dt.date(y, month, day)
        except ValueError:
            continue
        if c >= d:
            return c
    return None


def _on_or_before(d: _dt.date, month: int, day: int) -> _dt.date | None:
    for y in (d.year, d.year - 1):
        try:
            c = _dt.date(y, month, day)
        except ValueError:
            continue
        if c <= d:
            return c
    return None


def _year_month_of(t: str, s: int, e: int, info: dict) -> tuple[int, int | None, int] | None:
    """The year and month an item tells with its own digits (month None for a
    year alone), and where it ends; None for days and months named by words
    alone (`গত বছর`, `মার্চ মাসে`), whose year the reference date gave."""
    kind, v = info.get("kind"), info.get("value")
    if not isinstance(v, str) or not v[:4].isdigit() or info.get("anaphor") is not None \
            or not any(c in DIGITS for c in t[s:e]):
        return None
    if kind == "year" and len(v) == 4:
        return int(v), None, e
    if kind in ("month", "date", "datetime") and len(v) >= 7 and v[4] == "-" and v[5:7].isdigit():
        return int(v[:4]), int(v[5:7]), e
    return None


# A fiscal year's value, Bangladesh's July-June or India's April-March (joins._FISCAL_VALUE is July-June only).
_ANY_FISCAL_VALUE = re.compile(r"^(\d{4})-(?:07|04)-01/(\d{4})-(?:06-30|03-31)$")


def _fiscal_of(info: dict) -> int | None:
    """The first year of the fiscal year an item is, or holds months of."""
    if info.get("fy") is not None:
        return info["fy"]
    v = info.get("value")
    if info.get("kind") == "range" and isinstance(v, str) and (m := _ANY_FISCAL_VALUE.match(v)) \
            and int(m.group(2)) == int(m.group(1)) + 1:
        return int(m.group(1))
    return None


_COMPARED_WITH = re.compile(r"\s*(?:তুলনায়|তুলনায\u09bc|চেয়ে|চেয\u09bc?ে|চাইতে)")


def _anaphora(ctx: _Ctx, items: list, prior: _dt.date | None) -> list:
    """Anaphoric days resolved against the last date told before them in the
    text (else `prior`): `গতকাল বৃহস্পতিবার … এদিন` is that Thursday,
    `পরদিন` the day after it. With no date before it the day is not known
    (value None, warning `no_antecedent`), whatever the reference date: a
    guess would be as likely wrong as right."""
    last = prior
    last_md = None  # the last day told without a year (no reference date): `XXXX-12-20`
    # The last year and month told (month None when only a year was): what
    # `পরের বছর`, `আগের মাসে` count from.
    # (With where it ends: it counts only for an anaphor soon after it.)
    last_ym: tuple[int, int | None, int] | None = None
    last_fy: tuple[int, int] | None = None  # the first year of the last fiscal year told, where it ends
    out: list = []
    t = ctx.text
    k = 0
    while k < len(items):
        s, e, info = items[k]
        pstep = info.get("period_anaphor")
        if pstep is not None and info.get("fiscal_anaphor"):
            # `আগের অর্থবছরে`: the fiscal year before the last one told.
            info = dict(info)
            first = info.pop("fiscal_anaphor")
            fallback = info.pop("fallback", None)
            info.pop("period_anaphor", None)
            if last_fy is not None and s - last_fy[1] <= 600:
                y1 = last_fy[0] + pstep
                info["value"] = f"{y1:04d}-{first:02d}-01/{_iso(_dt.date(y1 + 1, first, 1) - _dt.timedelta(days=1))}"
                last_fy = (y1, e)
            elif fallback is not None:
                info.update(fallback)
            else:
                info["warnings"] = ["no_antecedent"]
            out.append((s, e, info))
            k += 1
            continue
        if (wstep := info.get("week_anaphor")) is not None:
            info = dict(info)
            info.pop("week_anaphor")
            if last is not None:
                iy, iw, _ = (last + _dt.timedelta(weeks=wstep)).isocalendar()
                info["value"] = f"{iy:04d}-W{iw:02d}"
            else:
                info["warnings"] = ["no_antecedent"]
            out.append((s, e, info))
            k += 1
            continue
        if (fy := _fiscal_of(info)) is not None:
            last_fy = (fy, e)
        if pstep is not None:
            info = dict(info)
            fallback = info.pop("fallback", None)
            g = _GENITIVE_BEFORE.search(t, max(0, s - 30), s)
            if last_ym is not None and s - last_ym[2] <= 600 and (info["kind"] == "year" or last_ym[1] is not None) \
                    and (g is None or (out and out[-1][1] >= g.start())):
                if info["kind"] == "year":
                    last_ym = (last_ym[0] + pstep, None, e)
                    info["value"] = f"{last_ym[0]:04d}"
                else:
                    y, mo = divmod(last_ym[0] * 12 + last_ym[1] - 1 + pstep, 12)
                    last_ym = (y, mo + 1, e)
                    info["value"] = f"{y:04d}-{mo + 1:02d}"
            elif fallback is not None and (pstep < 0 or _tense(t[e:e + 120], default=None) != "past"):
                # No year told just before (`পরের বছর` alone, `অভ্যুত্থানের পরের
                # বছর`): read as আগামী is, from the reference date; but told in
                # the past (`পরবর্তী বছর … করেছেন`) it follows a time not named.
                info.update(fallback)
                info.pop("period_anaphor", None)
            else:
                info["warnings"] = ["no_antecedent"]
            out.append((s, e, info))
            k += 1
            continue
        ym = _year_month_of(t, s, e, info)
        if ym is not None:
            last_ym = ym
        elif info.get("kind") == "range":
            last_ym = None  # `২০২৪-২৫ অর্থবছরে … আগের বছরের`: which year it counts from is not clear
        step = info.get("anaphor")
        if step is None:
            if info.get("kind") in ("date", "datetime") and info.get("day") is not None:
                last, last_md = info["day"], None
            elif info.get("kind") == "date" and str(info.get("value") or "").startswith("XXXX-"):
                last, last_md = None, info["value"]  # `২০ ডিসেম্বর` with no reference date
            out.append(items[k])
            k += 1
            continue
        info = dict(info)
        nxt = items[k + 1] if k + 1 < len(items) else None
        named = nxt if nxt is not None and nxt[2].get("kind") == "date" \
            and _ANAPHOR_JOIN.fullmatch(t, e, nxt[0]) else None
        if named is not None:
            e = named[1] + (1 if t.startswith(")", named[1]) else 0)
            k += 1
            if named[2].get("bare_wd") is None:
                # `ভোটের আগের দিন ২৯শে ডিসেম্বর`, `পরদিন অর্থাৎ ১ এপ্রিল`: the date
                # itself follows; it is the day. Printed without a year, it
                # takes the year of the day the anaphor counts from, when the
                # two agree (`২০১৮ সালের ৩০শে ডিসেম্বর … আগের দিন ২৯শে ডিসেম্বর`).
                day = dict(named[2])
                counted = last + _dt.timedelta(days=step) if last is not None else None
                value = day.get("value") or ""
                if counted is not None and day.get("relative") and value[4:] == counted.isoformat()[4:]:
                    day.update(value=_iso(counted), day=counted,
                               warnings=[w for w in day.get("warnings", ()) if w != "date_no_year"])
                out.append((s, e, {**day, "relative": True}))
                if day.get("day") is not None:
                    last, last_md = day["day"], None
                elif str(day.get("value") or "").startswith("XXXX-"):
                    last, last_md = None, day["value"]
                k += 1
                continue
        if step and last is not None and (g := _GENITIVE_BEFORE.search(t, max(0, s - 30), s)) is not None \
                and not (out and out[-1][1] >= g.start()):
            # `ভোটের আগের দিন`, `হামলার পরদিন`: the day before or after an event,
            # whose date is not told here (`১০ নভেম্বরের পরদিন` is read).
            last = None
        working = info.pop("working", False)
        if last is not None:
            d = working_day(last, step, ctx.weekend()) if working else last + _dt.timedelta(days=step)
            info.update(value=_iso(d), day=d, warnings=["weekday_mismatch"]
                        if named is not None and d.weekday() != named[2]["bare_wd"] else [])
            if working:
                info["warnings"].append("working_days")
        elif named is not None and named[2].get("day") is not None:
            info.update(value=named[2]["value"], day=named[2]["day"], warnings=list(named[2].get("warnings", ())))
        elif last_md is not None and not working and not (step and _GENITIVE_BEFORE.search(t, max(0, s - 30), s)):
            # The day and month are known, the year is not (28 February's next
            # day is 1 March but in a leap year, which the text cannot tell).
            mo, dd = int(last_md[5:7]), int(last_md[8:10])
            nd = _dt.date(2000 if (mo, dd) == (2, 29) else 2001, mo, dd) + _dt.timedelta(days=step)
            last_md = f"XXXX-{nd.month:02d}-{nd.day:02d}"
            info.update(value=last_md, warnings=["date_no_year"])
        else:
            info["warnings"] = ["no_antecedent"]
        if info.get("day") is not None and not working and _COMPARED_WITH.match(t, e) is None:
            # (A report's `আগের কার্যদিবসে`, said again, and `আগের দিনের
            # তুলনায়`, a comparison, are the same day before the one
            # reported, not a day before the last: no new point of the story.)
            last, last_md = info["day"], None
        out.append((s, e, info))
        k += 1
    return out


_YEAR_DIGITS = re.compile("[0-9০-৯]{4}")


def _merge_date_time(ctx: _Ctx, items: list) -> list:
    """A date (or weekday) right before a time makes a datetime."""
    out: list = []
    i = 0
    t = ctx.text
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info.get("kind") == "date" and items[i + 1][2].get("kind") == "time" \
                and _JOIN.fullmatch(t, e, items[i + 1][0]) is not None:
            ts, te, tinfo = items[i + 1]
            zone, warnings = tinfo.get("zone"), list(info.get("warnings", ())) + list(tinfo.get("warnings", ()))
            zw = _ZONE_BEFORE.search(t, max(0, s - 40), s) if zone is None else None
            if zw is not None:  # `প্যারিসে স্থানীয় সময় ১৪ জুলাই রাত ১০টায়`: the zone before the date
                zone, more = _zone_of(t, zw.start(), zw["zone"])
                s, warnings = zw.start(), warnings + list(more)
            out.append((s, te, {**info, "kind": "datetime", "time": tinfo["time"],
                                "part": tinfo.get("part"), "zone": zone, "warnings": warnings,
                                "end_time": tinfo.get("end_time"),
                                # a stamp: a clock after a date with its year (`৯ মার্চ ২০২৫, রাত ১:২০`),
                                # or any time after a stamp's label
                                "clock": _YEAR_DIGITS.search(t, s, e) is not None and (
                                    tinfo.get("clock") or _STAMP_LABEL_BEFORE.search(t, max(0, s - 30), s) is not None)}))
            i += 2
            continue
        if i + 1 < len(items) and info.get("kind") == "time" and items[i + 1][2].get("kind") == "date" \
                and items[i + 1][2].get("value") and _TIME_THEN_DATE.fullmatch(t, e, items[i + 1][0]) \
                and not (i + 2 < len(items) and items[i + 2][2].get("kind") == "time"
                         and _JOIN.fullmatch(t, items[i + 1][1], items[i + 2][0]) is not None):
            # `রাত ১০.১২, ২৩শে নভেম্বর`: the time first, then its date (unless a
            # time follows the date: `সূর্যাস্ত ৫টা ১৫ মিনিটে, আগামীকাল সূর্যোদয় ৬টা`).
            ds, de, dinfo = items[i + 1]
            out.append((s, de, {**dinfo, "kind": "datetime", "time": info["time"],
                                "part": info.get("part"), "zone": info.get("zone"),
                                "end_time": info.get("end_time"), "clock": info.get("clock")}))
            i += 2
            continue
        if info.get("kind") == "date" and info.get("value") and (c := _CLOCK_AFTER.match(t, e)) is not None \
                and (_num(c["h"]) > 23 or _num(c["m"]) > 59):
            # `২৮ নভেম্বর ২০২৫, ২৫:০৫`: the time printed is no time; the date
            # stands, and says so.
            info = {**info, "warnings": [*info.get("warnings", ()), "invalid_time"]}
        out.append((s, e, info))
        i += 1
    return out


_CLOCK_AFTER = re.compile(r"[\s,|।]*(?P<h>[0-9০-৯]{1,2})\s?[:ঃ]\s?(?P<m>[0-9০-৯]{2})(?![0-9০-৯])")


def _finish(ctx: _Ctx, s: int, e: int, info: dict) -> Temporal:
    kind = info["kind"]
    value = info.get("value")
    warnings = list(info.get("warnings", ()))
    relative = info.get("relative", False)
    if kind in ("time", "datetime"):
        h, mi, sec = info["time"]
        d = info.get("day")
        attached = d is not None  # a date or a day named with the time
        if kind == "time" and ctx.ref is not None:
            d, relative = ctx.ref, True
        if kind == "datetime" and d is None and value is None:
            kind = "time"
        if d is not None:
            if info.get("part") == "night" and h < 6 and (attached and not info.get("clock") or info.get("ahead")):
                # রাত ১২টা / দিবাগত রাত ১টা of a named day: the next date. A bare
                # night time is the night the reference date holds (cases.tsv 080),
                # unless the clause looks ahead.
                d = d + _dt.timedelta(days=1)
            clock = f"{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")
            value = f"{_iso(d)}T{clock}{ctx.tz(d, (h, mi), info.get('zone'))}"
            kind = "datetime"
        elif kind == "datetime" and isinstance(value, str) and value.startswith("XXXX-"):
            # `সোমবার (২৯ ডিসেম্বর) বিকেল ৪টা` with no reference date: the day
            # and the clock are known, the year is not (TimeML's XXXX).
            clock = f"{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")
            if info.get("part") == "night" and h < 6 and not info.get("clock") and value[5:10].replace("-", "").isdigit():
                # রাত ১টা of 29 December is on the 30th (28 February's night is
                # in March but in a leap year, which the printed day alone cannot tell).
                mo, dd = int(value[5:7]), int(value[8:10])
                nd = _dt.date(2000 if (mo, dd) == (2, 29) else 2001, mo, dd) + _dt.timedelta(days=1)
                value = f"XXXX-{nd.month:02d}-{nd.day:02d}"
            value = f"{value[:10]}T{clock}"
        else:
            value = f"T{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")
            kind = "time"
        if (end := info.get("end_time")) is not None:
            # A span of time: its end on the same date, or the next when the
            # clock has gone past midnight (`রাত ১০টা থেকে ২টা`).
            h2, mi2 = end
            if d is not None:
                d2 = d if (h2, mi2) > (h, mi) else d + _dt.timedelta(days=1)
                value = f"{value}/{_iso(d2)}T{h2:02d}:{mi2:02d}{ctx.tz(d2, (h2, mi2), info.get('zone'))}"
            else:
                value = f"{value}/T{h2:02d}:{mi2:02d}"
            kind = "range"
    a, b = ctx.span(s, e)
    return Temporal(ctx.original[a:b], a, b, kind, value, info.get("calendar", "gregorian"),
                    relative, tuple(dict.fromkeys(warnings)), info.get("mod"),
                    info.get("day_part") if kind == "date" else None)
