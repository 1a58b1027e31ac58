"""Times of day: clocks, hour words with a part of the day, zones.
"""
from __future__ import annotations

import re

from ..dateline import hour24
from ..digits import to_ascii_digits
from ..lexicon import calendar_words as cw, nfc, numbers as nlx
from ..text import normalize
from .context import _Ctx, _iso, _month_num, _near, _num
from .gregorian import _yearless
from .patterns import (_BN_MIDNIGHT, _DIGIT_EVENT_YEAR, _DST_ZONE, _EKUSHE_BEFORE, _EN_AP_END, _EN_HOUR,
                       _EN_HOUR_SPAN, _EN_NOON, _EVENT_YEAR, _FIRST_WATCH, _HHMM_STAMP, _HYPHEN_YEAR, _LOCAL_TIME_WORD,
                       _MONTH, _MONTH_AFTER, _NAMED_YEAR, _NAMED_YEARS, _SHORT_SAL_YEAR, _NUMWORD, _PAREN_YEARS, _PART, _PLACE_BEFORE,
                       _SPOKEN_CENTURY, _SPOKEN_YEAR,
                       _PLACE_WHEN, _PLACE_ZONE, _PRAYER, _SPAN_END, _TIME, _ZONE, _ZONE_AFTER)
from .tense import _clause_tense, _sentence_around, _tense


_TIME_NOUN_AFTER = re.compile(normalize(r"\s(?:সময়|আগে|পরে|পর)(?![\u0980-\u09ff])"))  # (`তিনটের সময়`)
# `একটার পর একটা`, `দুটোর পর দুটো`: one after another, no clock
_ONE_AFTER_ANOTHER = re.compile(normalize(r"\sপর\s(?:এক|দু|দুই|তিন|[০-৯0-9]{1,2})(?:টা|টি|টো|টে)(?![\u0980-\u09ff])"))
# A bound after a count (`৫টার বেশি`, `১০টার মতো`): the number lexicon's words.
_COUNT_BOUND_AFTER = re.compile(r"\s?(?:%s)(?![\u0980-\u09ff])" % "|".join(
    nfc(nlx.MORE_THAN + nlx.LESS_THAN + nlx.ABOUT_AFTER)))
_MONTH_WORD = re.compile(normalize("\\s?মাস(?:ের|েই|ে)?(?![\u0980-\u09ff])"))
# `১০.৩০ মিনিটে`: a time told with a dot and the word for minutes.
_MINUTE_WORD = re.compile(r"\s?(?:মিনিট|ঘটিকা)|টা")

def _en_hour_span(ctx: _Ctx, m) -> None:
    """`2-5pm`, `10am to 4pm`, `between 2 and 5 pm`: one range of time. The
    first hour without its own am or pm takes the second's, unless that
    would put it after the end (`10-2pm` starts at 10:00)."""
    if (m["j"] == "and") != bool(m["btw"]):
        return  # `and` only after `between`; `between` only with `and`
    h1, h2 = int(m["h1"]), int(m["h2"])
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return
    part2 = _PART[m["ap2"].lower()]
    end = (hour24(h2, part2), int(m["m2"] or 0))
    mi1 = int(m["m1"] or 0)
    if m["ap1"]:
        part1 = _PART[m["ap1"].lower()]
        start = (hour24(h1, part1), mi1)
    else:
        part1 = part2
        start = (hour24(h1, part2), mi1)
        if start >= end:
            part1 = "am"
            start = (hour24(h1, "am"), mi1)
    if start >= end and part1 == part2:
        return
    ctx.add(m.start(), m.end(), kind="time", time=(*start, None), part=part1, zone=None, warnings=[],
            ahead=False, end_time=end)


def _times(ctx: _Ctx) -> None:
    first = len(ctx.found)
    _clock_times(ctx)
    for k in range(first, len(ctx.found)):
        s, e, info = ctx.found[k]
        if info.get("kind") == "time" and info.get("zone") is None \
                and (z := _ZONE_AFTER.match(ctx.text, e)) is not None:
            # The zone after the time: `10:00 GMT`, `রাত ১০টায় (বাংলাদেশ সময়)`.
            word = _LOCAL_TIME_WORD if z["zone"] == "local time" else z["zone"]
            zone, warnings = _zone_of(ctx.text, s, word)
            closed = z.group().count("(") == z.group().count(")")
            if z["shift"] and zone == "+00:00":
                zone = _shifted(z["shift"])  # `GMT+6`: a shift counts from Greenwich
                end = z.end() if closed else z.end("shift")
            else:
                # (A parenthesis the zone opens closes with it, or is not taken.)
                end = z.end() if closed and not z["shift"] else z.end("zone")
            ctx.found[k] = (s, end, {**info, "zone": zone, "warnings": [*info.get("warnings", ()), *warnings]})
        elif info.get("kind") == "time" and info.get("zone") is None \
                and (pw := _PLACE_WHEN.search(ctx.text, max(0, s - 40), s)) is not None:
            zone = _PLACE_ZONE.get(normalize(pw["p"]), "")
            warnings = () if zone else ("local_time",)
            ctx.found[k] = (s, e, {**info, "zone": zone, "warnings": [*info.get("warnings", ()), *warnings]})


# Between two spoken hours of one part of the day (`বিকাল তিনটে সাড়ে তিনটের
# মধ্যে`, `সকাল ১০টা বা ১১টায়`).
_SAME_PART_GAP = re.compile(normalize(r"\s*(?:[-–,]|বা|অথবা|কিংবা)?\s*"))


_UNTIL = re.compile(normalize(r"\s*পর্যন্ত"))


def _clock_times(ctx: _Ctx) -> None:
    last_end, last_part = -1, None
    for m in _TIME.finditer(ctx.text):
        part_word = m["part"] or m["after"] or m["ampm"]
        part = "night" if m["night"] else (_PART.get(part_word.lower()) if part_word else None)
        if part is None and last_part is not None and not m["ch"] and not m["dh"] \
                and _SAME_PART_GAP.fullmatch(ctx.text, last_end, m.start()):
            part = last_part  # the part of the day said once for both hours
        if m["prayer"]:
            part = _PRAYER[m["prayer"]]  # `আসর: ৩টা ৩৩ মিনিট` = 15:33
        if m["ch"]:
            h, mi = _num(m["ch"]), _num(m["cm"])
            sec = _num(m["cs"]) if m["cs"] else None
        elif m["dh"]:
            if not (m["part"] or m["night"] or m["after"] or _MINUTE_WORD.match(ctx.text, m.end("dm"))):
                continue  # `১০.৩০` alone is a decimal number; `১০.৩০ মিনিটে` is half past ten
            h, mi, sec = _num(m["dh"]), _num(m["dm"]), None
        else:
            hd = m["hd1"] or m["hd2"]
            hw = m["hw1"] or m["hw2"]
            if m["dd2"]:
                h, mi = (1, 30) if m["dd2"] == "দেড়" else (2, 30)
            else:
                h = _num(hd) if hd else _NUMWORD[hw.lower()]
                mi = 0
                if m["frac"]:
                    f = m["frac"]
                    if f == "সাড়ে":
                        mi = 30
                    elif f in ("সোয়া", "সওয়া"):
                        mi = 15
                    else:
                        h, mi = (h - 1 if h > 1 else 12), 45  # `পৌনে ১টা`: a quarter to one, 12:45
                elif m["mn"]:
                    mn = m["mn"]
                    mi = _num(mn) if mn[0] in "0123456789০১২৩৪৫৬৭৮৯" else _NUMWORD.get(mn.lower(), 0)
            ta = m["ta1"] or m["ta2"] or m["ta3"] or ""
            # `১০টা` counts ten things unless a day part, minutes, `টায়`/`টার`,
            # ঘটিকা or `দিকে` make it a clock time.
            if not (part or m["mn"] or ta.endswith("য়") or ta.endswith("র") and ta[:2] == "টা"
                    or ta.startswith("ঘটিকা") or m["around"] or m["frac"] or m["dd2"]
                    or hd and (se := _SPAN_END.match(ctx.text, m.end())) is not None
                    and _UNTIL.match(ctx.text, se.end()) is not None
                    or ta.endswith("র") and _TIME_NOUN_AFTER.match(ctx.text, m.end())):
                continue  # (`দুটোর মধ্যে একটি`: of the two; `দুটোয়` is at two)
            if not part and ta.endswith("র") and (_COUNT_BOUND_AFTER.match(ctx.text, m.end())
                                                  or _ONE_AFTER_ANOTHER.match(ctx.text, m.end())):
                continue  # `৫টার বেশি আসন`: more than five of them; `একটার পর একটা`: no clock
            sec = None
        if part is None and m["ch"] is None and h == 0:
            continue
        h24 = hour24(h, part)
        if not (0 <= h24 <= 23 and 0 <= mi <= 59):
            continue
        zone, warnings = _zone_of(ctx.text, m.start(), m["zone"]) if m["zone"] else (None, ())
        if part is None and not m["ch"] and h24 <= 12:
            # `৩টায়` with no part of the day: read as printed, before noon, though
            # a spoken hour counts twelve and it may be the afternoon's.
            warnings = (*warnings, "no_day_part")
        # রাত ২টা with no day: after tonight's midnight when the verb looks
        # ahead (a TV schedule), the night just gone when it reports.
        ahead = part == "night" and h24 < 6 and _tense(_sentence_around(ctx.text, m.start(), m.end())) == "future"
        # A clock (`রাত ৩:৩১`) is a stamp's time, of the date printed with it;
        # a spoken hour (`রাত ৩টায়`) of a named day is that night's (W8).
        ctx.add(m.start(), m.end(), kind="time", time=(h24, mi, sec), part=part, zone=zone,
                warnings=list(warnings), ahead=ahead, clock=bool(m["ch"] or m["dh"]) and not m["night"])
        last_end, last_part = m.end(), part
        if (e := _SPAN_END.match(ctx.text, m.end())) is not None and (
                part is not None or e["p2"] or m["mn"] or m["ch"] or _UNTIL.match(ctx.text, e.end())):
            # `বিকেল ৩টা থেকে ৫টা`: a span of time, its end said in the same part
            # of the day; one expression, a range.
            # `ভোর ৫টা থেকে সন্ধ্যা ৭টা`: the end may name its own part of the day.
            # (With no part of the day, a span of clock times: `১০টা ৩০ মিনিট
            # থেকে ১২টা`, `১০টা থেকে ২টা পর্যন্ত`, the end within twelve hours.)
            part2 = _PART.get(e["p2"].lower()) if e["p2"] else part
            mn2 = e["mn"] or e["mn2"] or e["mn3"]
            h2, mi2 = hour24(_num(e["h"]), part2), _num(mn2) if mn2 else 0
            if part2 in (None, "morning", "am") and not e["p2"] and h2 < h24 and h2 + 12 <= 23:
                h2 += 12  # (`সকাল ১০টা থেকে ২টা`: till two in the afternoon)
            if 0 <= h2 <= 23 and mi2 <= 59:
                found = ctx.found.pop()
                ctx.add(found[0], e.end(), **found[2], end_time=(h2, mi2))
    t = ctx.text
    if "m" in t and ("am" in t or "pm" in t or "AM" in t or "PM" in t or ".m." in t or ".M." in t):
        for m in _EN_HOUR.finditer(t):
            h = int(m["eh"])
            if 1 <= h <= 12:  # `13pm` is no clock
                ctx.add(m.start(), m.end(), kind="time", time=(hour24(h, _PART[m["eap"].lower()]), 0, None),
                        part=_PART[m["eap"].lower()], zone=None, warnings=[], ahead=False)
        end = -1
        for a in _EN_AP_END.finditer(t):
            # A span ends at an am or pm: it is looked for only just before one.
            m = _EN_HOUR_SPAN.search(t, max(end, a.start() - 30), a.end())
            if m is not None and m.end() == a.end():
                _en_hour_span(ctx, m)
                end = m.end()
    if ("o" in t or "d" in t) and ("oon" in t or "idnight" in t or "idday" in t):
        for m in _EN_NOON.finditer(t):
            # Midnight is 00:00, of the next date when a day is named with it
            # (`at midnight on Friday`), as a night hour is (W8).
            noon = m["w"].lower() != "midnight"
            ctx.add(m.start(), m.end(), kind="time", time=(12 if noon else 0, 0, None),
                    part="noon" if noon else "night", zone=None, warnings=[], ahead=False)
    if "মধ্যরাত" in t or "মাঝরাত" in t:
        for m in _BN_MIDNIGHT.finditer(t):
            ctx.add(m.start(), m.end(), kind="time", time=(0, 0, None), part="night", zone=None, warnings=[],
                    ahead=False)
    for m in _FIRST_WATCH.finditer(ctx.text):
        if (ek := _EKUSHE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())) is not None:
            # `একুশের প্রথম প্রহরে`: the first minute of 21 February (a bare
            # একুশের is as often the book fair or the movement).
            d, warnings = _yearless(ctx, 2, 21, None, None,
                                    _clause_tense(ctx, ek.start(), m.end()) if ctx.ref is not None else None)
            ctx.add(ek.start(), ek.end(), kind="date", value=_iso(d) if d else "XXXX-02-21", day=d, relative=True,
                    warnings=warnings or ([] if d else ["date_no_year"]))
        ctx.add(m.start(), m.end(), kind="time", time=(0, 1, None), part=None, zone=None)
    for m in _near(_HHMM_STAMP, ctx.text, "ঘণ্টা", 6, 24):
        # banglanews24's `২১৫৫ ঘণ্টা, মার্চ ৩০, ২০২৪` (formats.md §1a): a 24-hour
        # clock without a colon, its date after the comma.
        h, mi = _num(m["hh"]), _num(m["mm"])
        if h <= 23 and mi <= 59:
            ctx.add(m.start(), m.end(), kind="time", time=(h, mi, None), part=None, zone=None)
    for m in _EVENT_YEAR.finditer(ctx.text):
        y = cw.EVENT_YEARS[normalize(m["w"])]
        mon = _MONTH_AFTER.match(ctx.text, m.end())
        if mon:  # `চব্বিশের জুলাই`, `চব্বিশের মে মাসে`: that month of the year
            end = mas.end() if (mas := _MONTH_WORD.match(ctx.text, mon.end())) else mon.end()
            ctx.add(m.start(), end, kind="month", value=f"{y:04d}-{_month_num(mon['mon'], _MONTH):02d}")
        else:
            ctx.add(m.start(), m.end(), kind="year", value=str(y))
    for m in _DIGIT_EVENT_YEAR.finditer(ctx.text):
        # `৭১-এর মুক্তিযুদ্ধ`: 1971; `২৪-এর গণঅভ্যুত্থান`, `২০২৪-এর জুলাইয়ে`: 2024
        if m["yyyy"]:
            y = _num(m["yyyy"])
        else:
            yy = _num(m["yy"])
            y = (1900 if yy >= 30 else 2000) + yy
        mon = _MONTH_AFTER.match(ctx.text, m.end())
        if mon:  # `২০২৬-এর ফেব্রুয়ারিতে`: that month of the year
            ctx.add(m.start(), mon.end(), kind="month", value=f"{y:04d}-{_month_num(mon['mon'], _MONTH):02d}")
        else:
            ctx.add(m.start(), m.end(), kind="year", value=str(y))
    if "(" in ctx.text:
        for m in _PAREN_YEARS.finditer(ctx.text):
            y1, y2 = _num(m["y1"]), _num(m["y2"])
            if y1 < y2 <= y1 + 120:
                ctx.add(m.start("y1"), m.end("y2"), kind="range", value=f"{y1:04d}-01-01/{y2:04d}-12-31")
    if "-" in ctx.text or "–" in ctx.text:
        for m in _HYPHEN_YEAR.finditer(ctx.text):
            y = _num(m["y"])
            if 1950 <= y <= 2099:
                ctx.add(m.start("y"), m.end(), kind="year", value=str(y))
    for m in _NAMED_YEAR.finditer(ctx.text):
        if m["w"]:
            y = _NAMED_YEARS[normalize(m["w"])]
        else:
            yy = _num(m["yy"])
            y = (1900 if yy >= 30 else 2000) + yy
        ctx.add(m.start(), m.end(), kind="year", value=str(y))
    if "সাল" in ctx.text:
        for m in _SHORT_SAL_YEAR.finditer(ctx.text):
            yy = _num(m["yy"])
            # (the century as for `'৭১`, or with a reference date, this one's
            # up to ten years ahead: `৩০ সালের মধ্যে` = 2030 in 2026)
            cut = ctx.ref.year + 10 - 2000 if ctx.ref is not None else 29
            y = (2000 if yy <= cut else 1900) + yy
            ctx.add(m.start(), m.end(), kind="year", value=str(y), short_year=True)
    if "শ" in ctx.text:
        for m in _SPOKEN_YEAR.finditer(ctx.text):
            y = _SPOKEN_CENTURY[m["c"]] * 100 + _NUMWORD[normalize(m["n"]).lower()]
            ctx.add(m.start(), m.end(), kind="year", value=str(y))


def _zone_of(text: str, at: int, word: str) -> tuple[str, tuple[str, ...]]:
    """The zone a time's zone word names: an offset, a daylight-saving
    zone's key, or for `স্থানীয় সময়` the zone of the nearest place named
    before it in the paragraph; "" (with `local_time`) when there is none."""
    w = normalize(word)
    if w.lower() in _ZONE:
        return _ZONE[w.lower()], ()
    if w in _DST_ZONE or w.lower() in _DST_ZONE:
        return _DST_ZONE.get(w) or _DST_ZONE[w.lower()], ()
    start = max(0, at - 300, text.rfind("\n", 0, at) + 1)
    places = list(_PLACE_BEFORE.finditer(text, start, at))
    if places:
        place = normalize(places[-1]["p"])
        zone = _PLACE_ZONE.get(place, _PLACE_ZONE.get(place.lower(), ""))
        if zone:
            return zone, ()
    return "", ("local_time",)


def _shifted(shift: str) -> str:
    """`+6`, `+06:00`, `+৬`, `−5:30` after GMT or UTC -> the offset `+06:00`."""
    t = to_ascii_digits(shift).replace(" ", "").replace("−", "-").replace(":", "")
    sign, digits = t[0], t[1:]
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return f"{sign}{int(hours):02d}:{int(minutes):02d}"
