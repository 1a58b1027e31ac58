"""Dates and times in Bangla text, resolved against a reference date.

`find_dates(text, ref=None, tz=None)` lists every temporal expression:
Gregorian dates in any layout (`২৪ নভেম্বর ২০২৫`, `একুশে ফেব্রুয়ারি`,
`১৯৭১ সালের ২৬ মার্চ`, `১০-১১-২০২৪`), weekdays with or without a date
(`সোমবার (২৪ নভেম্বর)`, `গত বৃহস্পতিবার`), times (`রাত সাড়ে ১০টায়`,
`০৯:৫২ পিএম`), the Bangla calendar (`১৪ অগ্রহায়ণ ১৪৩৩`), Hijri dates
(`৩ জমাদিউস সানি ১৪৪৭`), relative expressions (`গতকাল`, `গত মাসেই`,
`দুই সপ্তাহ আগে`), durations (`টানা আড়াই বছর`) and periods
(`২০২৪-২৫ অর্থবছর`, `নব্বইয়ের দশকে`).

`ref` is the publication date (Asia/Dhaka local date); the rules are those
of bangla.md section 3.2. Without `ref`, relative expressions come back with
`relative=True` and `value=None`; nothing is ever read from the clock.

>>> [(t.text, t.value) for t in find_dates("গত বৃহস্পতিবার বলেন", ref="2024-11-10")]
[('গত বৃহস্পতিবার', '2024-11-07')]
>>> parse_date("১৪ অগ্রহায়ণ ১৪৩৩").value
'2026-11-29'
"""
from __future__ import annotations

import datetime as _dt
import re

from .._re import LazyPattern
from ..dateline import _read_fast, _read_tokens, _same_day_update, _time_then_date, might_be_dateline
from ..digits import to_ascii_digits
from ..lexicon import nfc
from ..text import normalize
from ..zones import DHAKA, INDIA, bangladesh_offset, has_west_bengal_label, resolve_tz
from .context import _Ctx, _as_date, _iso, _num
from .gregorian import _gregorian
from .other_calendars import _calendar_months, _named_days, _other_calendars
from .patterns import _COUNTED_FROM_NOW, _D, _DAY_PART_AFTER, _FIRST_LAST_DAY, _REL_START, _DAY_PART_OF, _E, _MOD_AFTER, _MOD_OF, _NUMWORD, _SPAN_WORD, _alt
from .record import KINDS, Temporal
from .relative import _relative_words, _week_weekdays, _weekdays
from .resolve import _anaphora, _choose, _date_spans, _finish, _merge_date_time
from .spans import _numbers, _periods
from .times import _times

__all__ = ["Temporal", "find_dates", "parse_date", "article_dates", "KINDS"]


def find_dates(text: str, ref=None, tz: str | None = None, *,
               bangla_rule: str | None = None, prior=None) -> list[Temporal]:
    """Every temporal expression in `text`, resolved against `ref` when given.

    `ref` is a date, a datetime or "YYYY-MM-DD"; `tz` an offset or zone name
    for datetimes (default Bangladesh); `bangla_rule="1987"` reads Bangla
    dates by the pre-2019 rule (for sites that still print it); `prior` is
    the last date told before `text` (an earlier paragraph), which
    `এদিন`/`পরদিন` refer to when `text` names none before them.
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = _Ctx(text, ref, tz, bangla_rule)
    _gregorian(ctx)
    _other_calendars(ctx)
    _named_days(ctx)
    _calendar_months(ctx)
    _periods(ctx)
    _times(ctx)
    _weekdays(ctx)
    _week_weekdays(ctx)
    _relative_words(ctx)
    _numbers(ctx)
    items = _year_then_day(ctx, _from_today(ctx, _anaphora(ctx, _choose(ctx.found), _as_date(prior))))
    items = _months_of_years(ctx, _with_mods(ctx, _date_spans(ctx, _merge_date_time(ctx, items))))
    items = _with_day_parts(ctx, _first_last_days(ctx, items))
    out: list[Temporal] = []
    for s, e, info in _time_spans(ctx, items):
        if (end := info.get("end_item")) is None:
            out.append(_finish(ctx, s, e, info))
            continue
        t, t2 = _finish(ctx, s, info["own_end"], info), _finish(ctx, *end)
        if t.value and t2.value and t.value[:1].isdigit() and t2.value[:1].isdigit() and t.value < t2.value:
            out.append(Temporal(ctx.original[t.start:t2.end], t.start, t2.end, "range", f"{t.value}/{t2.value}",
                                t.calendar, t.relative or t2.relative, tuple(dict.fromkeys(t.warnings + t2.warnings))))
        else:
            out += [t, t2]  # not a span after all: the end is no later than the start
    return out


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
_FOUR_DIGITS = re.compile("[0-9০-৯]{4}")


def _year_then_day(ctx: _Ctx, items: list) -> list:
    """A year named in the genitive, then a day of it printed without a year
    (`একাত্তরের ২৫ মার্চ`, `চব্বিশের ৫ আগস্ট`, `৭১-এর ৭ মার্চ`): that day."""
    out: list = []
    i = 0
    while i < len(items):
        s, e, info = items[i]
        if i + 1 < len(items) and info["kind"] == "year" and (info.get("value") or "").isdigit() \
                and _GENITIVE_END.search(ctx.text, s, e) and ctx.text[e:items[i + 1][0]].isspace():
            s2, e2, info2 = items[i + 1]
            d = info2.get("day")
            own_year = _FOUR_DIGITS.search(ctx.text, s2, e2) is not None or _REL_START.match(ctx.text, s2) is not None
            if info2["kind"] == "month" and not own_year and (mv := _MONTH_VALUE.match(info2.get("value") or "")):
                # `একাত্তরের মার্চে`: that month of the year
                out.append((s, e2, {**info2, "value": f"{info['value']}-{mv.group(2)}", "relative": False}))
                i += 2
                continue
            if info2["kind"] == "date" and isinstance(d, _dt.date) and not info2.get("anaphor") and not own_year:
                try:
                    d = d.replace(year=int(info["value"]))
                except ValueError:  # 29 February of a year that has none
                    d = None
                if d is not None:
                    out.append((s, e2, {**info2, "value": _iso(d), "day": d, "relative": False,
                                        "warnings": [w for w in info2.get("warnings", ()) if w != "date_no_year"]}))
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
            last = (_dt.date(y + mo // 12, mo % 12 + 1, 1) - _dt.timedelta(days=1)).day
            if 1 <= days < last:
                a, b = (1, days) if m["fl"] == "প্রথম" else (last - days + 1, last)
                info = {**info, "kind": "range", "value": f"{y:04d}-{mo:02d}-{a:02d}/{y:04d}-{mo:02d}-{b:02d}"}
                e = skip_to = m.end()
            out.append((s, e, info))
            continue
        fiscal = _FISCAL_VALUE.match(value) if info["kind"] == "range" else None
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


def _with_mods(ctx: _Ctx, items: list) -> list:
    """A month, week or year followed by the part of it that is meant
    (`শুরুতে`, `মাঝামাঝি`, `শেষ সপ্তাহে`): the span takes the words, and
    the item its mod."""
    out = []
    for n, (s, e, info) in enumerate(items):
        if info["kind"] in ("month", "year", "week", "decade", "century") or info.get("period"):
            m = _MOD_AFTER.match(ctx.text, e)
            if m and (n + 1 == len(items) or items[n + 1][0] >= m.end()):
                info = {**info, "mod": _MOD_OF[normalize(m["w"])]}
                e = m.end()
        out.append((s, e, info))
    return out


def _first_last_days(ctx: _Ctx, items: list) -> list:
    """A month, year or month of another calendar followed by its first or last
    day (`ডিসেম্বরের শেষ দিনে`, `পৌষের শেষ দিন`, `বছরের প্রথম দিনে`): that day."""
    out = []
    for n, (s, e, info) in enumerate(items):
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
                last = (_dt.date(y + mo // 12, mo % 12 + 1, 1) - _dt.timedelta(days=1)).day
                day = f"{y:04d}-{mo:02d}-{1 if first else last:02d}"
            elif info["kind"] == "range" and info.get("period") and "/" in value:
                day = value.split("/")[0 if first else 1]
            if day is not None:
                info = {k: v for k, v in info.items() if k not in ("day", "bare_wd")}
                out.append((s, m.end(), {**info, "kind": "date", "value": day}))
                continue
        out.append((s, e, info))
    return out


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
        out.append((s, e, info))
    return out


_TWO = tuple(f"{i:02d}" for i in range(61))


def parse_date(text: str, ref=None, tz: str | None = None, *,
               bangla_rule: str | None = None) -> Temporal | None:
    """The one expression a short string holds (a date line, a date, a time).

    A date line (`প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫`) is read by the
    date-line reader; anything else by `find_dates`, longest expression first.
    """
    if not isinstance(text, str) or not text or text.isspace():
        return None
    canon = normalize(text)
    if "\n" in canon:
        canon = canon.replace("\n", " ")
    # The one-regex reader first: most date lines are read by it alone.
    dl = _read_fast(canon)
    if dl is None and might_be_dateline(canon):  # the general reader (read_line without its fast try)
        dl = _same_day_update(_time_then_date(_read_tokens(canon, to_ascii_digits(canon)), canon))
    # A site clock is the crawl date on a page, but read alone it is what it
    # says (`আজ সোমবার | … | ২৪শে নভেম্বর, ২০২৫ … | দুপুর ২:২২`).
    if dl is not None and dl.readings:
        readings = dl.readings
        # The published date where the line labels one (dhakatimes24 prints
        # `| আপডেট : … | প্রকাশিত : …`), else the first date it holds.
        r = next((x for x in readings if x.role == "published" and x.date), None) or next(
            (x for x in readings if x.date), readings[0])
        if r.date and (r.time or dl.labels):
            y, mo, d = r.date
            day = f"{y}-{_TWO[mo]}-{_TWO[d]}"  # y >= 1800: `_checked` rejects the rest
            if r.time:
                h, mi, sec = r.time
                # Bangladesh time, +06:00 save for its one summer of DST (2009).
                # `শেষ আপডেট` is anandabazar's label: India time (formats.md §1b).
                off = r.zone or (resolve_tz(tz)(r.date, (h, mi)) if tz else
                                 INDIA if has_west_bengal_label(canon) else
                                 DHAKA if y != 2009 else bangladesh_offset(r.date, (h, mi)))
                clock = f"{_TWO[h]}:{_TWO[mi]}" if sec is None else f"{_TWO[h]}:{_TWO[mi]}:{_TWO[sec]}"
                return Temporal(text, 0, len(text), "datetime", f"{day}T{clock}{off}", "gregorian",
                                False, r.warnings)
            return Temporal(text, 0, len(text), "date", day, "gregorian", False, r.warnings)
    found = find_dates(text, ref, tz, bangla_rule=bangla_rule)
    if not found:
        if dl is not None and dl.readings and dl.readings[0].date and not dl.extra_words:
            # `২৮/১১/২৫`: what only the date-line reader reads (a two-digit year).
            y, mo, d = dl.readings[0].date
            return Temporal(text, 0, len(text), "date", f"{y}-{_TWO[mo]}-{_TWO[d]}", "gregorian", False,
                            dl.readings[0].warnings)
        return None
    # The longest expression, but a Gregorian date before a Bangla or Hijri
    # one: sites disagree on those by a day (formats.md §6.8).
    return max(found, key=lambda t: (t.calendar == "gregorian" and t.kind in ("date", "datetime")
                                     and t.value is not None, t.end - t.start, -t.start))


def article_dates(article, tz: str | None = None) -> list[dict]:
    """Dates in an article's headline and body, resolved against its
    published date taken as the local date (never the clock): Asia/Dhaka,
    or India time for a West Bengal page, whose times are then India time.

    Related-link titles are other articles and are not resolved.
    """
    ref = None
    # Never the updated stamp (bangla.md §0.2): a story updated later still
    # says গতকাল of the day it was written.
    pub = article.published
    # A West Bengal page (read in India time) has its times in India time too;
    # its updated stamp tells the page's zone when no published one is printed.
    stamp = pub or article.updated
    india = stamp is not None and stamp.tz == INDIA
    if tz is None and india:
        tz = INDIA
    if pub is not None and pub.date:
        ref = _dt.date.fromisoformat(pub.date)
        if pub.datetime:
            hours = 5.5 if india else 6
            local = _dt.datetime.fromisoformat(pub.datetime).astimezone(
                _dt.timezone(_dt.timedelta(hours=hours)))
            ref = local.date()
    out = []
    fields = ([("headline", 0, article.headline)] if article.headline else []) + [
        ("body", i, p) for i, p in enumerate(article.body)]
    prior = None  # the last day told so far: `এদিন` in a later paragraph refers to it
    for field, i, text in fields:
        for t in find_dates(text, ref=ref, tz=tz, prior=prior):
            if t.kind in ("date", "datetime") and t.value and t.value[:4].isdigit() and t.value[7:8] == "-":
                prior = t.value[:10]
            d = t.to_dict()
            if india and t.calendar == "bangla":
                # West Bengal's Bangla calendar is sidereal; the date is the
                # Bangladesh reading, maybe a day off (bangla.md §5.5).
                d["warnings"] = d["warnings"] + ["west_bengal_calendar"]
            out.append({"field": field, "paragraph": i, **d})
    return out
