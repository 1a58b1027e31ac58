"""Sets: times that repeat (bangla.md §3.1: `প্রতি রবিবার` is "every Sunday",
not one Sunday). Their value is TimeML's SET value: `XXXX-WXX-7` for every
Sunday, `P1D` for every day, `P5Y` for every five years, `XXXX-02-21` for
every 21 February, `XXXX-XX-XXT10:00` for every day at ten, `XXXX-XX-XXTMO`
for every morning.
"""
from __future__ import annotations

import re

from ..lexicon import calendar_words as cw, nfc
from .context import _Ctx, _day_of, _month_num, _near, _num, _wd_num
from .patterns import EN_COUNT, _B, _D, _DAY, _E, _MON, _MONTH, _WD, _alt, _NUMWORD

# The word for every, then what repeats. `প্রতিদিন`, `প্রতিবছর` are glued.
# (Not a newspaper's name: `বাংলাদেশ প্রতিদিন`, `প্রতিদিনের বাংলাদেশ`.)
_EVERY = r"(?<!বাংলাদেশ )(?:প্রতি|প্রত্যেক)(?!দিনের বাংলাদেশ)\s?"
_UNIT_SET = {"দিন": "P1D", "সপ্তাহ": "P1W", "মাস": "P1M", "বছর": "P1Y", "ঘণ্টা": "PT1H", "ঘন্টা": "PT1H",
             "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H"}
_UNIT_LETTER = {"দিন": "D", "সপ্তাহ": "W", "মাস": "M", "বছর": "Y", "days": "D", "weeks": "W", "months": "M",
                "years": "Y"}
# TimeML's parts of the day in a set (every morning is XXXX-XX-XXTMO), for
# the lexicon's names of the parts of a day.
_TIMEML_PART = {"dawn": "MO", "morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PART_SET = {w: _TIMEML_PART[name] for name, ws in cw.DAY_PART_NAMES.items() for w in nfc(ws)}
_BN_PARTS = _alt([w for w in _PART_SET if not w.isascii()])
_CASE = r"(?:ের|ে|েই|য়|ই)?"
_SET = re.compile("|".join(nfc([
    # every Sunday (and its morning): `প্রতি শুক্রবার`, `প্রত্যেক শুক্রবার সকালে`
    rf"{_B}{_EVERY}(?P<wd>{_WD})",
    # every 21 February: `প্রতি বছর ২১ ফেব্রুয়ারি`, `প্রতি বছরের ২১ ফেব্রুয়ারি`
    rf"{_B}{_EVERY}বছর(?:ের|ই)?\s+{_DAY}\s?{_MON}",
    # a day of every month: `প্রতি মাসের ১ তারিখে`, `প্রতি মাসের ৫ তারিখ`
    rf"{_B}{_EVERY}মাসের\s+(?P<md>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?তারিখ{_CASE}{_E}",
    # every N units: `প্রতি পাঁচ বছর পর পর`, `পাঁচ বছর পর পর`, `প্রতি দুই বছর অন্তর`
    rf"(?:{_B}{_EVERY})?(?:(?<![0-9০-৯])(?P<nd>{_D}{{1,3}})|{_B}(?P<nw>{_alt(list(_NUMWORD))}))\s?"
    rf"(?P<nu>দিন|সপ্তাহ|মাস|বছর)\s+(?:পর\s+পর|পরপর|অন্তর)(?:ে)?{_E}",
    rf"{_B}{_EVERY}(?:(?<![0-9০-৯])(?P<nd2>{_D}{{1,3}})|(?P<nw2>{_alt(list(_NUMWORD))}))\s?"
    rf"(?P<nu2>দিন|সপ্তাহ|মাস|বছর)\s+(?:পর|পরে){_E}",
    # every day, week, month, year, hour; every morning, night
    rf"{_B}{_EVERY}(?P<u>দিন|সপ্তাহ|মাস|বছর|ঘণ্টা|ঘন্টা){_CASE}{_E}",
    rf"{_B}{_EVERY}(?P<p>{_BN_PARTS}){_CASE}{_E}",
])))
# Counts in English words, two to ten (`every five years`).
_EN_COUNT = {w: n for w, n in EN_COUNT.items() if n <= 10}
_EN_SET = re.compile(
    r"\b(?:[Ee]very|[Ee]ach)\s+(?:(?P<u>day|week|month|year|hour)|(?P<p>morning|afternoon|evening|night)"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
    r"|(?P<n>[0-9]{1,3}|" + "|".join(_EN_COUNT) + r")\s+(?P<nu>days|weeks|months|years))\b")
# After every day or every Sunday, the part of the day it names (`সকালে`,
# `সকাল ১০টায়` is read with its clock from the time found there).
_PART_AFTER = re.compile(rf"\s+(?P<p>{_BN_PARTS}){_CASE}{_E}|\s+(?P<en>morning|afternoon|evening|night)\b")
# Between the days and their clock: `every day at 10am`.
_GAP = re.compile(r"[ ,]*(?:at\s+)?")
# More days of the same set: `প্রতি রবিবার ও বুধবার`, `every Monday and Thursday`.
_MORE_WD = re.compile(rf"\s*(?:,|ও|এবং|and|or)\s*(?P<wd>{_WD})")
_WORDS = [(w, 0, 80) for w in nfc(["প্রতি", "প্রত্যেক"])] + [(w, 30, 12) for w in nfc(["পর পর", "পরপর", "অন্তর"])]
_HINTS = tuple(w for w, _, _ in _WORDS) + ("very", "ach ")


def _sets(ctx: _Ctx) -> None:
    t = ctx.text
    if not any(h in t for h in _HINTS):
        return
    times = {s: (e, info) for s, e, info in ctx.found if info.get("kind") in ("time", "datetime") and "time" in info}
    # (tried only around its words: প্রতি opens many other words, প্রতিবেদন, প্রতিনিধি)
    found = {m.start(): m for w, before, after in _WORDS for m in _near(_SET, t, w, before, after)}
    for m in (found[k] for k in sorted(found)):
        end = m.end()
        day = None  # the days it repeats on, as a TimeML date with X's
        if m["wd"]:
            wd = _wd_num(m["wd"])
            if wd is None:
                continue
            day = f"XXXX-WXX-{wd + 1}"
        elif m["mon"]:
            day = f"XXXX-{_month_num(m['mon'], _MONTH):02d}-{_day_of(m):02d}"
        elif m["md"]:
            d = _num(m["md"])
            if not 1 <= d <= 31:
                continue
            day = f"XXXX-XX-{d:02d}"
        elif m["nu"] or m["nu2"]:
            n = _num(m["nd"] or m["nd2"]) if (m["nd"] or m["nd2"]) else _NUMWORD.get((m["nw"] or m["nw2"]).lower())
            if not n:
                continue
            unit = _UNIT_LETTER[m["nu"] or m["nu2"]]
            ctx.add(m.start(), end, kind="set", value=f"P{n}{unit}")
            continue
        elif m["u"]:
            if m["u"] != "দিন":
                ctx.add(m.start(), end, kind="set", value=_UNIT_SET[m["u"]])
                continue
            day = "XXXX-XX-XX"
        else:
            ctx.add(m.start(), end, kind="set", value=f"XXXX-XX-XXT{_PART_SET[m['p']]}")
            continue
        s0, e0, info = _with_time(ctx, times, m.start(), end, day)
        ctx.add(s0, e0, **info)
        if m["wd"]:
            _more_weekdays(ctx, times, end)
    if "very" in t or "ach " in t:
        for m in _EN_SET.finditer(t):
            if m["u"] and m["u"] != "day":
                ctx.add(m.start(), m.end(), kind="set", value=_UNIT_SET[m["u"]])
            elif m["p"]:
                ctx.add(m.start(), m.end(), kind="set", value=f"XXXX-XX-XXT{_PART_SET[m['p']]}")
            elif m["n"]:
                n = int(m["n"]) if m["n"].isdigit() else _EN_COUNT[m["n"]]
                ctx.add(m.start(), m.end(), kind="set", value=f"P{n}{_UNIT_LETTER[m['nu']]}")
            else:
                day = f"XXXX-WXX-{_wd_num(m['wd']) + 1}" if m["wd"] else "XXXX-XX-XX"
                s0, e0, info = _with_time(ctx, times, m.start(), m.end(), day)
                ctx.add(s0, e0, **info)
                if m["wd"]:
                    _more_weekdays(ctx, times, m.end())


def _with_time(ctx: _Ctx, times: dict, start: int, end: int, day: str) -> tuple:
    """(start, end, info) of a set of days with the clock or the part of the
    day told right after it: `প্রতিদিন সকাল ১০টায়` = XXXX-XX-XXT10:00."""
    t = ctx.text
    a = _GAP.match(t, end)
    gap = a.end() if a else end
    if gap in times:
        e, info = times[gap]
        h, mi, _ = info["time"]
        value = f"{day}T{h:02d}:{mi:02d}"
        if (end_time := info.get("end_time")) is not None:  # `প্রতিদিন সকাল ১১টা থেকে রাত ৮টা`
            value += f"/{day}T{end_time[0]:02d}:{end_time[1]:02d}"
        return start, e, {"kind": "set", "value": value}
    p = _PART_AFTER.match(t, end)
    if p is not None:
        return start, p.end(), {"kind": "set", "value": f"{day}T{_PART_SET[p['p'] or p['en']]}"}
    return start, end, {"kind": "set", "value": "P1D" if day == "XXXX-XX-XX" else day}


def _more_weekdays(ctx: _Ctx, times: dict, end: int) -> None:
    """The other days of a set of weekdays, each a set of its own."""
    while (w := _MORE_WD.match(ctx.text, end)) is not None and (wd := _wd_num(w["wd"])) is not None:
        s0, e0, info = _with_time(ctx, times, w.start("wd"), w.end(), f"XXXX-WXX-{wd + 1}")
        # (the day alone was read as a date, over the same span: the set replaces it)
        ctx.found[:] = [f for f in ctx.found if not (s0 <= f[0] and f[1] <= e0)]
        ctx.add(s0, e0, **info)
        end = w.end()
