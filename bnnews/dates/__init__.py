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

from ..dateline import MONTH_OF, _read_fast, _read_tokens, _same_day_update, _time_then_date, might_be_dateline
from ..digits import to_ascii_digits
from ..text import normalize
from ..zones import DHAKA, INDIA, bangladesh_offset, has_west_bengal_label, resolve_tz
from .context import _Ctx, _as_date
from .gregorian import _en_month_year, _gregorian
from .joins import (_counted_from_day, _day_then_short_year, _first_last_days, _with_bounds, _from_today,
                    _months_of_years, _time_spans, _with_day_parts, _with_mods, _year_then_day)
from .patterns import _BMONTH, _HMONTH
from .other_calendars import _calendar_months, _era_years, _named_days, _other_calendars, _seasons
from .record import KINDS, Temporal
from .relative import _relative_words, _week_weekdays, _weekdays, _working_days
from .resolve import _anaphora, _choose, _date_spans, _finish, _merge_date_time
from .spans import _numbers, _periods
from .same_period import same_period
from .sets import _sets
from .times import _times

__all__ = ["Temporal", "find_dates", "parse_date", "article_dates", "KINDS"]


# The years a reference date may have.
REF_YEARS = (1000, 9000)


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
    if ctx.ref is not None and not REF_YEARS[0] <= ctx.ref.year <= REF_YEARS[1]:
        # (counting from year 1 or 9999 runs off the calendar; no news page is dated so)
        raise ValueError(f"reference date out of range (years {REF_YEARS[0]}-{REF_YEARS[1]}): {ctx.ref.isoformat()}")
    _gregorian(ctx)
    _other_calendars(ctx)
    _era_years(ctx)
    _named_days(ctx)
    _calendar_months(ctx)
    _seasons(ctx)
    _periods(ctx)
    _times(ctx)
    _weekdays(ctx)
    _week_weekdays(ctx)
    _relative_words(ctx)
    _working_days(ctx)
    _numbers(ctx)
    _sets(ctx)
    chosen = [it for it in _choose(ctx.found)
              if it[2].get("kind") not in ("date", "month") or _NAMES_A_PLACE.match(ctx.text, it[1]) is None]
    items = _day_then_short_year(ctx, _year_then_day(ctx, _from_today(ctx, _anaphora(ctx, chosen, _as_date(prior)))))
    items = _months_of_years(ctx, _with_mods(ctx, _date_spans(ctx, _merge_date_time(ctx, items))))
    items = _with_bounds(ctx, _counted_from_day(ctx, items))
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
    return same_period(ctx.text, ctx.original, out)


# A date that names a road or a square (`36 July Expressway`, `৩৬ জুলাই
# এক্সপ্রেসওয়ে`, `১৭ মার্চ এভিনিউ`) is part of a name, no date.
_NAMES_A_PLACE = re.compile(r" (?:Expressway|Avenue|Road|Street|Square|Chattar|Chattor|Bridge|Stadium"
                            r"|এক্সপ্রেসওয়ে|এক্সপ্রেসওয\u09bcে|এভিনিউ|স্কয়ার|স্কয\u09bcার|চত্বর)\b")


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
    while "  " in canon:  # runs of spaces as one, as `parse` reads a page's lines
        canon = canon.replace("  ", " ")
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
    if not found and (m := _YEAR_OR_MONTH.fullmatch(to_ascii_digits(canon).strip(" ,.;:।"))) is not None:
        # `২০২৪`, `২০২৫-১১`, `11/2025` alone: a year or a month (in running text
        # a bare four-digit number is no year).
        y, mo = int(m["y"] or m["y2"] or m["y3"]), int(m["m"] or m["m2"] or 0)
        if 1800 <= y <= 2200 and mo <= 12:
            return Temporal(text, 0, len(text), "month" if mo else "year", f"{y:04d}-{mo:02d}" if mo else f"{y:04d}",
                            "gregorian", False, ())
    if not found and not any(c.isdigit() for c in canon):
        # `উনিশশো একাত্তর`, `দুই হাজার পঁচিশ` alone: a year said in words
        # (bangla.md §8; in running text only with সাল or a case ending).
        from ..numbers import find_numbers
        nums = find_numbers(canon)
        if len(nums) == 1 and (n := nums[0]).kind == "cardinal" and n.start == 0 \
                and n.end == len(canon.rstrip(" ,.;:।")) and isinstance(n.value, int) and 1800 <= n.value <= 2200 \
                and n.high is None and n.bound is None:
            return Temporal(text, 0, len(text), "year", f"{n.value:04d}", "gregorian", False, ())
    if not found and (month := _bare_month(canon)) is not None:
        # `নভেম্বর`, `মে`, `March` alone: in running text মে and মার্চ are
        # also words, but the caller says this is a date. The nearer such month.
        r = _as_date(ref)
        y = _en_month_year(r, month, None) if r is not None else None
        return Temporal(text, 0, len(text), "month", f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}",
                        "gregorian", True, () if y else ("date_no_year",))
    if not found and ((w := canon.strip(" ,.;:।")) in _BMONTH or w in _HMONTH):
        # `অগ্রহায়ণ`, `রমজান` alone: the month's span of days, as `অগ্রহায়ণ মাসে` is
        # (alone in running text রমজান states a general truth as often, and সফর is a tour).
        found = [t for t in find_dates(f"{w} মাস", ref, tz, bangla_rule=bangla_rule) if t.end == len(w) + 4]
        if found:
            t = found[0]
            return Temporal(text, 0, len(text), t.kind, t.value, t.calendar, t.relative, t.warnings)
    # The longest expression, but a Gregorian date before a Bangla or Hijri
    # one: sites disagree on those by a day (formats.md §6.8).
    best = max(found, key=lambda t: (t.calendar == "gregorian" and t.kind in ("date", "datetime")
                                     and t.value is not None, t.end - t.start, -t.start)) if found else None
    if (best is None or best.kind not in ("date", "datetime") or best.value is None) \
            and dl is not None and dl.readings and dl.readings[0].date and not dl.extra_words:
        # What only the date-line reader reads whole: `২৮/১১/২৫` (a two-digit
        # year), `জুন ১৯ শে, ২০১৬, রোববার` (where running text finds a month).
        y, mo, d = dl.readings[0].date
        return Temporal(text, 0, len(text), "date", f"{y}-{_TWO[mo]}-{_TWO[d]}", "gregorian", False,
                        dl.readings[0].warnings)
    return best


_YEAR_OR_MONTH = re.compile(r"(?P<y>[0-9]{4})|(?P<y2>[0-9]{4})[-/.](?P<m>0?[1-9]|1[0-2])"
                            r"|(?P<m2>0?[1-9]|1[0-2])[-/.](?P<y3>[0-9]{4})")


def _bare_month(s: str) -> int | None:
    """The month a lone month name says (`নভেম্বর`, `নভেম্বরে`, `Nov.`), else None."""
    w = s.strip(" ,.;:।")
    for ending in ("", "ে", "ের", "য়ে", "য়ের", "র", "তে", "এ", "এর"):
        if w.endswith(ending) and (n := MONTH_OF.get(w[:len(w) - len(ending)].lower())) is not None:
            return n
    return None


def article_dates(article, tz: str | None = None) -> list[dict]:
    """Dates in an article's headline and body, resolved against its
    published date taken as the local date (its clock only for hours and
    minutes counted from it; never the machine's): Asia/Dhaka, or India time
    for a West Bengal page, whose times are then India time.

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
            if pub.time and pub.time[:5] != "00:00":
                # its clock too, for `তিন ঘণ্টা আগে` (not a print page's 00:00, an unknown time)
                ref = local.replace(tzinfo=None)
    if ref is not None and not REF_YEARS[0] <= ref.year <= REF_YEARS[1]:
        ref = None  # (a stamp no reader can count from: relative dates stay unresolved)
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
