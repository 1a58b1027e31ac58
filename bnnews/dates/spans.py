"""Durations and periods: counts of a unit (দুই সপ্তাহ আগে, টানা আড়াই
বছর), fiscal years, decades and centuries.
"""
from __future__ import annotations

from fractions import Fraction
import datetime as _dt
import itertools
import re

from ..lexicon import calendar_words as cw, nfc
from ..text import normalize
from .context import _Ctx, _iso, _month_num, _near, _num, digit_before, month_length
from .gregorian import _full_date
from .patterns import (_ABOUT_ONE_UNIT, _AFTER_YEAR_DATE, _alt, _ASCII_YEAR, _BC_AFTER, _BC_BEFORE, _BOUND_MOD,
                       _CENTURY, _CENTURY_OF, _DECADE, _DIR_AFTER, _DIR_OR_DHORE, _EN_CENTURY, _EN_CENTURY_COUNT,
                       EN_COUNT, _EN_DECADE, _EN_MOD, _EN_MONTHS_OF_YEAR, _EN_MORE_YEAR, _EN_ONE_UNIT,
                       _EN_ONE_UNIT_MOD, _EN_ORD_WORD, _EN_PART_OF_YEAR,
                       _EN_QUARTER, _EN_REL_FISCAL, _EN_REL_QUARTER, _EN_YEAR, _EN_YEAR_NAMED, _EN_YEAR_SPAN,
                       _EVENT_GENITIVE, _FISCAL, _FISCAL_ANAPHOR, _FISCAL_EN, _FISCAL_WORD_FIRST, _GLUED_COUNT,
                       _GLUED_COUNT_UNIT, _GLUED_ERA, _HALF_CENTURY, _INDIAN_FISCAL_WORDS, _LAND_AFTER, _MATCH_AFTER,
                       _MATCH_BEFORE, _MATCH_MINUTE, _MONTH, _NUMWORD, _ORDWORD, _PRONOUNS, _QUARTER_HINT,
                       _REL_FISCAL, _REL_QUARTER, _UNIT, _UNIT_AFTER, _UNIT_BEFORE, _UNIT_INSIDE, _YEAR_AFTER)
from .tense import _clause_tense, _later_tense, _tense


def _duration_value(value: Fraction, unit: str) -> str:
    if unit == "WD":
        return f"P{_fmt(value)}D"  # working days: the warning `working_days` says which days
    if unit in ("MIN", "S") and value.denominator == 1:
        return f"PT{int(value)}{'M' if unit == 'MIN' else 'S'}"  # `৯০ মিনিট` = PT90M, as `২৪ ঘণ্টা` = PT24H
    if unit in ("H", "MIN", "S"):
        total = value * {"H": 3600, "MIN": 60, "S": 1}[unit]
        h, rest = divmod(total, 3600)
        mi, s = divmod(rest, 60)
        out = "PT" + (f"{int(h)}H" if h else "") + (f"{int(mi)}M" if mi else "")
        if s or out == "PT":
            out += f"{_fmt(s)}S"
        return out
    if unit == "Y" and value.denominator != 1 and (value * 12).denominator == 1:
        y, mo = divmod(int(value * 12), 12)
        return "P" + (f"{y}Y" if y else "") + f"{mo}M"
    return f"P{_fmt(value)}{unit}"


def _fmt(v: Fraction) -> str:
    if v.denominator == 1:
        return str(int(v))
    try:
        return f"{float(v):g}"
    except OverflowError:
        return str(int(v))  # beyond a float: the fraction is nothing


# Words a number must stand before to be a year or a duration here: the
# number reader runs only on the stretch of text before one of them.
# (`সন` only after digits: it closes আসন, প্রশাসন; a digit class before it
# would cost the scan a test at every character.)
_NUMBER_ANCHOR = re.compile(rf"(?:সাল|সন|খ্রি|খ্রী|ইং|{_alt(_UNIT)})")  # endings may follow (খ্রিস্টাব্দ, খ্রি., ইংরেজি)
_STRETCH_START = re.compile(r"[\n।॥!?]")
_WORD_AND_NEXT = re.compile(r"\S*(?:\s+\S+){0,2}")


_YEAR_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*ও|,?\s*এবং|,?\s*আর)\s*")


def _number_windows(t: str) -> list[tuple[int, int]]:
    """Stretches of `t` that end at an anchor word and start at the sentence
    (or 200 characters) before it, merged where they overlap."""
    out: list[tuple[int, int]] = []
    for m in _NUMBER_ANCHOR.finditer(t):
        p = m.start()
        if t.startswith("সন", p) and not digit_before(t, p):
            continue
        # The stretch also takes the anchor and the word after it: the number
        # reader looks at what follows a number (`এক` before a noun is "a").
        end = _WORD_AND_NEXT.match(t, m.end()).end()
        lo = max(0, p - 200)
        cut = None
        for b in _STRETCH_START.finditer(t, lo, p):
            cut = b.end()
        if cut is None:
            cut = lo
            if lo > 0:
                sp = t.find(" ", lo, p)
                cut = sp + 1 if sp >= 0 else p
        if out and cut <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((cut, end))
    return out


# `গত ২৪ ঘণ্টায়`, `আগামী তিন দিন`: the last or next N units, the word part of the span.
_LAST_BEFORE = re.compile(r"(?:^|(?<=\s))(?:বিগত|গত|আগামী|পরবর্তী|সামনের) $")


def _numbers(ctx: _Ctx) -> None:
    """Durations, `N unit আগে`, spoken years, from the number expressions."""
    from ..numbers import Number, find_numbers
    t = ctx.text
    found = []
    for a, b in _number_windows(t):
        for n in find_numbers(t[a:b]):
            found.append(Number(n.text, n.start + a, n.end + a, n.value, n.kind, n.unit, n.high,
                                n.bound))
    # The last plain duration: (its index in ctx.found, end, unit, ends in ধরে, {unit: count}).
    last_span = None
    for idx, n in enumerate(found):
        if n.kind == "cardinal" and n.high is not None and isinstance(n.value, int) \
                and 1000 <= n.value < n.high <= 2999 and (y := _YEAR_AFTER.match(t, n.end)):
            # `১৯০৫-০৬ সালে`, `২০২০ থেকে ২০২৪ সাল`: a span of whole years.
            ctx.add(n.start, y.end(), kind="range", value=f"{n.value:04d}-01-01/{n.high:04d}-12-31")
            continue
        if n.kind == "cardinal" and n.high is not None and not n.bound and (u := _UNIT_AFTER.match(t, n.end)) \
                and not (u["unit"].startswith("দশক") and n.text[-1] in "রে"):
            lo, hi = Fraction(n.value).limit_denominator(1000), Fraction(n.high).limit_denominator(1000)
            unit = _UNIT[u["unit"].lower()]
            if 0 < lo < hi and (lo.denominator == 1 and hi.denominator == 1 or not u["dir"]
                                or unit in ("Y", "M") and (lo * 2).denominator == (hi * 2).denominator == 1):
                # (a fraction in a duration: `এক-দেড় মাস` = P1M/P1.5M, `দুই-আড়াই ঘণ্টা`; before
                # or after the reference only halves of years and months, `এক-দেড় বছর আগে`)
                # `২-৩ দিন আগে`, `১০ থেকে ১২ বছর ধরে`, `two to three weeks`
                start = n.start
                if not u["dir"] and not u["dhore"] and (g := _LAST_BEFORE.search(t[max(0, start - 9):start])):
                    start -= len(g.group())  # `গত দুই-তিন মাসে`
                _range_of_time(ctx, start, u.end(), lo, hi, unit, u["dir"])
            continue
        if n.kind not in ("cardinal",) or n.high is not None:
            continue
        v = Fraction(n.value).limit_denominator(1000)
        if v.denominator == 1 and 1 <= v <= 9999 and (
                (bc := _BC_AFTER.match(t, n.end)) is not None or _BC_BEFORE.search(t, max(0, n.start - 14), n.start)):
            # `৩২৭ খ্রিস্টপূর্বাব্দে`, `খ্রিস্টপূর্ব ৩২৭ সালে`: a year before Christ (TimeML's BC0327).
            start = n.start if bc is not None else t.rindex("খ্র", 0, n.start)
            end = bc.end() if bc is not None else (y.end() if (y := _YEAR_AFTER.match(t, n.end)) else n.end)
            ctx.add(start, end, kind="year", value=f"BC{int(v):04d}")
            continue
        y = _YEAR_AFTER.match(t, n.end)
        if y is None and (g := _GLUED_ERA.search(n.text)) is not None and v.denominator == 1 \
                and (1600 <= v <= 2999 or g.group()[0] == "খ" and 1 <= v <= 2999):
            # `২০১৮সালে`, `২০২৪ইং`, `১৯৪৭খ্রি.`: the year word glued to the digits (the number reader took it)
            end = n.end + (1 if g.group() == "খ্রি" and t.startswith(".", n.end) else 0)
            ctx.add(n.start, end, kind="year", value=f"{int(v):04d}")
            continue
        # (an AD era word allows any year, `৩২৭ খ্রিস্টাব্দে`; `৫০০ ইংরেজি শব্দ` is a count)
        era = y is not None and y.group().strip()[:1] == "খ"
        if y and v.denominator == 1 and (1000 <= v <= 2999 or era and 1 <= v <= 2999) \
                and (v >= 1600 or "সন" not in y.group()):
            # (`১৪৩২ সনে` is a Bangla year, read with the other calendars.)
            dm = _AFTER_YEAR_DATE.match(t, y.end())
            if dm and dm["dd2"]:
                _full_date(ctx, n.start, dm.end(), int(v), _month_num(dm["mon"], _MONTH), _num(dm["dd2"]))
            elif dm:
                ctx.add(n.start, dm.end(), kind="month",
                        value=f"{int(v):04d}-{_month_num(dm['mon'], _MONTH):02d}")
            else:
                ctx.add(n.start, y.end(), kind="year", value=f"{int(v):04d}")
                # `২০১৪ ও ২০১৮ সালের`, `১৯৯১, ১৯৯৬ ও ২০০১ সালে`: the years listed before share the সাল.
                j = idx - 1
                nxt = n
                while j >= 0 and (p := found[j]).kind == "cardinal" and p.high is None and not p.bound \
                        and isinstance(p.value, int) and 1600 <= p.value <= 2999 \
                        and _YEAR_LIST_JOIN.fullmatch(t, p.end, nxt.start) is not None:
                    ctx.add(p.start, p.end, kind="year", value=f"{p.value:04d}")
                    nxt, j = p, j - 1
            continue
        if n.bound == "~" and n.text.endswith(("েক", "েকের", "েকে")) \
                and (ub := _UNIT_BEFORE.search(t, max(0, n.start - 12), n.start)):
            # `মাস ছয়েক আগে`, `দিন দুয়েক`: the unit before an approximate count.
            d = _DIR_AFTER.match(t, n.end)
            _span_of_time(ctx, ub.start(), d.end() if d else n.end, v, _UNIT[ub["unit"].lower()],
                          d["dir"] if d else None, ("approximate",))
            continue
        u = _UNIT_AFTER.match(t, n.end)
        if not u and n.text[:2] == _HALF and _GLUED_HALF_HOUR.fullmatch(n.text) \
                and (d := _DIR_AFTER.match(t, n.end)) is not None:
            # `আধঘণ্টা আগে`: half an hour glued to its unit, then the direction (as `আধা ঘণ্টা আগে`)
            _span_of_time(ctx, n.start, d.end(), Fraction(1, 2), "H", d["dir"])
            continue
        mod = None
        end = None
        if not u and n.bound and (inner := _UNIT_INSIDE.search(t, n.start, n.end)):
            # `১০ দিনের বেশি`: the number reader took the unit and the bound;
            # the duration is the count of the unit, the bound its mod
            # (`আধ ঘণ্টার মতো`, about: the warning `approximate` as elsewhere).
            u = _UNIT_AFTER.match(t, inner.start())
            mod, end = _BOUND_MOD.get(n.bound), n.end
        if not u:
            continue
        if mod is None and n.bound in _BOUND_MOD and not u["dir"]:
            mod, end = _BOUND_MOD[n.bound], u.end()  # `অন্তত ১০ দিন`, `more than 17 years`
        direction = u["dir"]
        if end is not None and not direction and (d := _DIR_AFTER.match(t, end)):
            direction, end = d["dir"], d.end()  # `৩০ বছরের মতো আগে`
        end = max(u.end(), end or 0)
        if u["unit"].startswith("দশক") and not n.text[-1:].isdigit() and n.text[-1] in "রে":
            continue  # `ষাটের দশকে`: a decade named, read by _periods
        if u["unit"].endswith("ে") and t.startswith(" " + u["unit"], u.end()):
            # `দিনে দিনে` (the same day, day by day), `মাসে মাসে` (every month): the
            # unit doubled in the locative counts no time (`২৫ বছর বছর` is a typo).
            continue
        if not direction and _MATCH_MINUTE.match(u["unit"]) and (
                t[max(0, n.start - 8):n.start].endswith(_MATCH_BEFORE)
                or _MATCH_AFTER.search(t, max(0, n.start - 25), min(len(t), u.end() + 40))):
            continue  # `ম্যাচের ৪২ মিনিটে পেনাল্টি থেকে গোল`: a minute of the match, no duration
        start = n.start
        before = t[max(0, start - 9):start]
        if before.endswith("টানা ") and not u["dir"]:
            start -= 5
        elif not u["dir"] and not u["dhore"] and (g := _LAST_BEFORE.search(before)):
            start -= len(g.group())  # `গত ২৪ ঘণ্টায়`, `আগামী তিন দিন`: N units ending or starting at the reference
        unit = _UNIT[u["unit"].lower()]
        if not direction and last_span is not None and not last_span[3] and not n.bound \
                and not t[last_span[1]:start].strip() and t[last_span[1]:start] \
                and _ORDER.get(last_span[2], 9) < _ORDER.get(unit, 9):
            # `১০ বছর ৬ মাস`, `দুই ঘণ্টা ৩০ মিনিট`: one duration of two units.
            k = last_span[0]
            parts = {**last_span[4], unit: v}
            ctx.found[k] = (ctx.found[k][0], u.end(), {"kind": "duration", "value": _compound(parts)})
            last_span = (k, u.end(), unit, bool(u["dhore"]), parts)
            continue
        if mod is not None:
            if not direction:
                ctx.add(start, end, kind="duration", value=_duration_value(*_in_years(v, unit)), mod=mod,
                        warnings=("working_days",) if unit == "WD" else ())
            last_span = None
            continue
        if direction in cw.LATER and _tense(t[end:end + 120], default=None) == "past" \
                and _COUNT_ANAPHOR.search(t, max(0, start - 24), start) is None:
            # `দীর্ঘ ৫০ বছর পর মাকে খুঁজে পান`: fifty years after an event of the
            # story, not after the reference date: a duration.
            direction = None
        ahead = False
        if not direction and t.startswith(" from ", end) and (f := _EN_FROM_NOW.match(t, end)) is not None:
            # `two weeks from now`, `10 days from today`: a day ahead of the reference, whatever the verb.
            direction, end, ahead = "পরে", f.end(), True
        elif not direction and not u["dhore"] and t.endswith((" in ", " In "), 0, start) and t[start:end].isascii() \
                and unit in ("D", "W", "M", "Y") and _clause_tense(ctx, start, end) == "future":
            # `The results will be published in two days`: that day ahead (`in two days' time` too).
            direction, ahead, start = "পরে", True, start - 3
            if t.startswith("' time", end) or t.startswith("’ time", end):
                end += 6
        _span_of_time(ctx, start, end, v, unit, direction, ("approximate",) if n.bound == "~" else (), ahead)
        plain = not direction and n.bound != "~" and unit in _ORDER
        last_span = (len(ctx.found) - 1, end, unit, bool(u["dhore"]), {unit: v}) if plain else None
    for m in _GLUED_COUNT_UNIT.finditer(t):
        if m.start() and (t[m.start() - 1].isalnum() or "\u0980" <= t[m.start() - 1] <= "\u09ff"):
            continue  # inside a word
        direction = m["dir"]
        if direction in cw.LATER and _tense(t[m.end():m.end() + 120], default=None) == "past" \
                and _COUNT_ANAPHOR.search(t, max(0, m.start() - 24), m.start()) is None:
            direction = None  # `দুদিন পর ফিরে আসেন`: counted from the story's event
        _span_of_time(ctx, m.start(), m.end(), Fraction(_GLUED_COUNT[m["n"]]), _UNIT[m["unit"]], direction)
    if "ago" in t or "later" in t or "ithin " in t or "or " in t or "ver " in t or " from " in t:
        for m in _EN_ONE_UNIT.finditer(t):
            # `a week ago`, `a year later`: one of the unit (`later` in a story
            # told in the past counts from its event: a duration).
            unit = m["unit"] or m["unit2"]
            n = Fraction(2) if unit == "fortnight" else Fraction(1)
            unit = "week" if unit == "fortnight" else unit
            if m["prep"]:
                # `within a week`, `for a month`, `over the past year (and a half)`: a duration.
                end = m.end()
                if t.startswith(" and a half", end):
                    n, end = n + Fraction(1, 2), end + len(" and a half")
                start = m.start("prep") + len(m["prep"]) + 1
                if m["q"]:
                    mod = _EN_ONE_UNIT_MOD.get(m["q"])
                    ctx.add(start, end, kind="duration", value=_duration_value(*_in_years(n, _UNIT[unit])), mod=mod,
                            warnings=() if mod else ("approximate",))
                    continue
                _span_of_time(ctx, start, end, n, _UNIT[unit], None)
                continue
            direction = "ago" if m["dir"] == "ago" else "পরে"
            now = m["dir"].startswith("from")  # `a week from now`: ahead of the reference, whatever the verb
            if direction == "পরে" and not now and _clause_tense(ctx, m.start(), m.end()) == "past":
                direction = None
            _span_of_time(ctx, m.start(), m.end(), n, _UNIT[unit], direction, ("approximate",) if m["q0"] else (),
                          ahead=now)
    for m in _ABOUT_ONE_UNIT.finditer(t):
        # `বছরখানেক আগে`, `মাসখানেক ধরে`: about one of the unit; `ঘণ্টাখানেক পর`
        # in a story told in the past counts from its event: a duration.
        direction = m["dir"]
        if direction in cw.LATER and _tense(t[m.end():m.end() + 120], default=None) == "past":
            direction = None
        _span_of_time(ctx, m.start(), m.end(), Fraction(1), _UNIT[m["unit"]], direction, ("approximate",))


# Before a count after: counted from now (`আজ থেকে ঠিক এক বছর পর`, as
# joins._from_today reads it), or only so much more to come (`আর মাত্র দুদিন
# পর`). (A bare আর is also "and".)
_FROM_NOW = re.compile(nfc([r"(?:(?:আজ|আজকে|এখন)\s*থেকে\s+(?:ঠিক\s+)?|আর\s+মাত্র\s+)$"])[0])
# `এর` (of this), `এরও`/`তারও` (even … that), `তার ঠিক` (exactly … that)
# opening a clause before a count: the count is from the date told before.
# (A bare `তার` is as often "his": `তার ১০ বছর আগে বিয়ে হয়`.)
_COUNT_ANAPHOR = re.compile(nfc([r"(?:^|[।!?,;:\n]\s*)(?P<w>এর|এরও|তারও|এর\s+ঠিক|তার\s+ঠিক|তারও\s+ঠিক)\s+$"])[0])
# Units from the largest: a compound duration names them in this order.
_ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3, "H": 4, "MIN": 5, "S": 6}


def _compound(parts: dict) -> str:
    """{"Y": 10, "M": 6} -> P10Y6M; {"H": 2, "MIN": 30} -> PT2H30M."""
    date = "".join(f"{_fmt(parts[u])}{u}" for u in ("Y", "M", "W", "D") if u in parts)
    time = "".join(f"{_fmt(parts[u])}{u[0]}" for u in ("H", "MIN", "S") if u in parts)
    return "P" + date + (f"T{time}" if time else "")


def _in_years(v: Fraction, unit: str) -> tuple[Fraction, str]:
    """A decade counted is ten years, a যুগ twelve; other units stay."""
    if unit == "DE":
        return v * 10, "Y"
    if unit == "YU":
        return v * 12, "Y"
    return v, unit


_EN_FROM_NOW = re.compile(r" from (?:now|today)\b")


# A verbless headline that announces what is coming after the count (`তিন দিন
# পর ভোট`, `১০ দিন পর ফল প্রকাশ`): the day ahead, where `২২ বছর পর ভারতের
# বিপক্ষে জয়` tells how long something had not happened.
_UPCOMING_AFTER = re.compile(rf"\s+(?:{_alt(nfc(cw.UPCOMING_EVENTS))})(?![\u0980-\u09ff])")


def _counted_from_ref(ctx: _Ctx, start: int, end: int, unit: str, direction: str | None,
                      ahead: bool = False) -> str | None:
    """The direction of `N units আগে/পর` when it counts from the reference
    date; None when the count is a duration after all."""
    if direction and (g := _EVENT_GENITIVE.search(ctx.text, max(0, start - 30), start)) is not None \
            and normalize(g.group().strip()) not in _PRONOUNS:
        # `স্বাধীনতার ৫০ বছর পর`, `হামলার তিন দিন পর`: counted from an event
        # named before it, not from the reference date: a duration.
        return None
    if direction in cw.LATER and not ahead and not _FROM_NOW.search(ctx.text, max(0, start - 20), start) \
            and (tense := _later_tense(ctx, start, end)) not in ("future", "alone") \
            and (tense != "present" or unit in ("Y", "M")) \
            and not (tense is None and unit in ("D", "W", "M") and _UPCOMING_AFTER.match(ctx.text, end)):
        # `১৯ বছর পর দলীয় কার্যালয়ে যাচ্ছেন`, `২২ বছর পর ভারতের বিপক্ষে জয়`,
        # `২২ ঘণ্টা পর লাশ উদ্ধার`, `৪২ দিন পর দেশে ফিরে দেখি`: a count
        # after, with no verb looking ahead, is how long something had not
        # happened or took, not a day ahead of the page. A future verb makes
        # it one (`দুদিন পর পর্দা নামবে`, `পাঁচ বছর পর দেশ উন্নত হবে`), and so
        # does the present of what is coming for days and hours (`তিন দিন পর
        # শুরু হচ্ছে বইমেলা`), but not for years (`১৯ বছর পর … যাচ্ছেন`).
        # Alone (`১০ দিন পর`), it is asked as the day after the reference.
        return None
    return direction


def _range_of_time(ctx: _Ctx, start: int, end: int, lo: Fraction, hi: Fraction, unit: str,
                   direction: str | None) -> None:
    """`২-৩ দিন`, `১০ থেকে ১২ বছর`, `two to three weeks`: a count given as a
    range. Without a direction a range of durations (`P2D/P3D`, as SUTime
    writes one); before or after the reference the days, months or years
    it spans (`দুই-তিন দিন আগে` = the 25th to the 26th)."""
    hi_f, _ = _in_years(hi, unit)
    lo_f, unit = _in_years(lo, unit)
    direction = _counted_from_ref(ctx, start, end, unit, direction)
    if not direction:
        ctx.add(start, end, kind="duration", value=f"{_duration_value(lo_f, unit)}/{_duration_value(hi_f, unit)}")
        return
    r = ctx.ref
    if r is None or unit in ("H", "MIN", "S"):
        ctx.add(start, end, kind="range", value=None, relative=True)
        return
    sign = -1 if direction in cw.AGO else 1
    if unit == "Y" and (lo_f.denominator != 1 or hi_f.denominator != 1):
        lo_f, hi_f, unit = lo_f * 12, hi_f * 12, "M"  # `এক-দেড় বছর আগে`: 12 to 18 months before
    if unit == "M" and (lo_f.denominator != 1 or hi_f.denominator != 1):
        # `দেড়-দুই মাস আগে`: the days from a month and a half to two months
        # before, a half month counted as 15 days (as `দেড় মাস আগে` is)
        def day(v: Fraction) -> _dt.date:
            yy, mo = divmod(r.year * 12 + r.month - 1 + int(v) * sign, 12)
            return _dt.date(yy, mo + 1, min(r.day, month_length(yy, mo + 1))) \
                + _dt.timedelta(days=15 * sign * (v.denominator != 1))
        try:
            x, y = sorted((day(lo_f), day(hi_f)))
            value = f"{_iso(x)}/{_iso(y)}"
        except (OverflowError, ValueError):
            value = None
        ctx.add(start, end, kind="range", value=value, relative=True)
        return
    a, b = sorted((int(lo_f) * sign, int(hi_f) * sign))
    try:
        if unit in ("D", "W"):
            k = 7 if unit == "W" else 1
            value = f"{_iso(r + _dt.timedelta(days=a * k))}/{_iso(r + _dt.timedelta(days=b * k))}"
        elif unit == "M":
            ya, ma = divmod(r.year * 12 + r.month - 1 + a, 12)
            yb, mb = divmod(r.year * 12 + r.month - 1 + b, 12)
            value = f"{ya:04d}-{ma + 1:02d}-01/{yb:04d}-{mb + 1:02d}-{month_length(yb, mb + 1):02d}"
        else:
            value = f"{r.year + a:04d}-01-01/{r.year + b:04d}-12-31"
            if not 1 <= r.year + a <= r.year + b <= 9999:
                value = None
    except (OverflowError, ValueError):
        value = None  # beyond the calendar's years
    ctx.add(start, end, kind="range", value=value, relative=True)


_HALF = nfc(["আধ"])[0]
_GLUED_HALF_HOUR = re.compile(nfc(["আধা?(?:ঘণ্টা|ঘন্টা)"])[0])


def _span_of_time(ctx: _Ctx, start: int, end: int, v: Fraction, unit: str, direction: str | None,
                  warnings: tuple = (), ahead: bool = False) -> None:
    """N units before or after the reference (a date, month or year), or a
    duration when no direction is printed."""
    v, unit = _in_years(v, unit)
    if direction and v.denominator == 1 and unit in ("D", "W", "M", "Y") \
            and (p := _COUNT_ANAPHOR.search(ctx.text, max(0, start - 24), start)) is not None:
        # `এর দুই দিন পর`, `তারও তিন বছর আগে`: counted from the date told
        # before (an anaphor, as পরদিন is), not from the reference.
        step = int(v) * (-1 if direction in cw.AGO else 1)
        if unit in ("D", "W"):
            ctx.add(p.start("w"), end, kind="date", value=None, relative=True,
                    anaphor=step * (7 if unit == "W" else 1))
        else:
            ctx.add(p.start("w"), end, kind="year" if unit == "Y" else "month", value=None, relative=True,
                    period_anaphor=step)
        return
    if unit == "WD":
        # (`পাঁচ কার্যদিবস পর`: which calendar day that is depends on the holidays between)
        ctx.add(start, end, kind="duration", value=_duration_value(v, unit), warnings=(*warnings, "working_days"))
        return
    direction = _counted_from_ref(ctx, start, end, unit, direction, ahead)
    if not direction:
        ctx.add(start, end, kind="duration", value=_duration_value(v, unit), warnings=warnings)
        return
    r = ctx.ref
    sign = -1 if direction in cw.AGO else 1
    if r is not None and v.denominator != 1 and unit in ("Y", "M") and (v * (12 if unit == "Y" else 2)).denominator == 1:
        if unit == "Y":
            v, unit = v * 12, "M"  # `দেড় বছর আগে`: 18 months before
        else:
            # `দেড় মাস আগে`: a month and a half (15 days) before, a day
            yy, mo = divmod(r.year * 12 + r.month - 1 + int(v) * sign, 12)
            try:
                day = _dt.date(yy, mo + 1, min(r.day, month_length(yy, mo + 1))) + _dt.timedelta(days=15 * sign)
            except (ValueError, OverflowError):
                day = None  # beyond the calendar's years
            ctx.add(start, end, kind="date", value=_iso(day) if day else None, relative=True, day=day,
                    warnings=warnings)
            return
    if r is not None and unit in ("H", "MIN", "S"):
        # `তিন ঘণ্টা আগে`: a time counted from the reference's clock; a
        # reference date alone does not say which day that falls on.
        if ctx.ref_clock is None:
            ctx.add(start, end, kind="date", value=None, relative=True, warnings=(*warnings, "no_reference_time"))
            return
        try:
            at = _dt.datetime(r.year, r.month, r.day, *ctx.ref_clock) + sign * _dt.timedelta(
                seconds=float(v * {"H": 3600, "MIN": 60, "S": 1}[unit]))
        except (OverflowError, ValueError):
            ctx.add(start, end, kind="date", value=None, relative=True, warnings=warnings)
            return  # beyond the calendar's years
        ctx.add(start, end, kind="datetime", value=None, relative=True, day=at.date(),
                time=(at.hour, at.minute, None), warnings=warnings)
        return
    if r is None or unit in ("H", "MIN", "S") or v.denominator != 1:
        ctx.add(start, end, kind="date", value=None, relative=True, warnings=warnings)
        return
    k = int(v) * sign
    if unit in ("D", "W"):
        try:
            d = r + _dt.timedelta(days=k * (7 if unit == "W" else 1))
        except OverflowError:
            d = None  # `৯৯৯৯৯৯৯ দিন আগে`: before the calendar's first day
        ctx.add(start, end, kind="date", value=_iso(d) if d else None, relative=True, day=d, warnings=warnings)
    elif unit == "M":
        yy, mo = divmod(r.year * 12 + r.month - 1 + k, 12)
        ctx.add(start, end, kind="month", value=f"{yy:04d}-{mo + 1:02d}" if 1 <= yy <= 9999 else None,
                relative=True, warnings=warnings)
    else:
        y = r.year + k  # (a count of thousands of years leaves the calendar's: no value)
        ctx.add(start, end, kind="year", value=f"{y:04d}" if 1 <= y <= 9999 else None, relative=True,
                warnings=warnings)


def _en_years(ctx: _Ctx, t: str, years: list[int]) -> None:
    """English years (`since 2009`, `in early 2024`, `in 1991 and 1996`) and
    spans of them (`from 2009 to 2014`), read around each four-digit year."""
    done = -1
    for y in years:
        if y < done:
            continue  # the second year of a span, or one after `and`, already read
        lo = max(0, y - 16)
        m = _EN_YEAR_SPAN.search(t, lo, y + 24)
        if m is not None and m.start("y1") == y and m["y2"] > m["y1"] \
                and (m.group()[0] in "Bb") == (" and " in m.group()):  # between … and, from … to
            ctx.add(y, m.end(), kind="range", value=f"{m['y1']}-01-01/{m['y2']}-12-31")
        m = _EN_YEAR.search(t, lo, y + 40)
        if m is None or m.start("y") != y:
            n = _EN_YEAR_NAMED.search(t, max(0, y - 4), y + 40)
            if n is not None and (n.start("y") == y or n.start("y2") == y):
                ctx.add(y, y + 4, kind="year", value=t[y:y + 4])  # `the Liberation War of 1971`, `the 1971 war`
            continue
        mod = m["mod"] or m["mod2"]
        # The span is the year, with a word of its part (`early 2024`); the preposition is not part of it.
        ctx.add(m.start("mod") if m["mod"] else m.start() if m["mod2"] else y, m.end(), kind="year",
                value=m["y"], mod=_EN_MOD[mod.lower()] if mod else None)
        done = m.end()
        while (more := _EN_MORE_YEAR.match(t, done)) is not None:
            ctx.add(more.start("y"), more.end(), kind="year", value=more["y"])
            done = more.end()


def _fiscal_span(y1: int, first: int) -> str:
    """The fiscal year that starts in month `first` of y1, as an interval."""
    end = _dt.date(y1 + 1, first, 1) - _dt.timedelta(days=1)
    return f"{y1:04d}-{first:02d}-01/{_iso(end)}"


_ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _en_parts_of_years(ctx: _Ctx) -> None:
    """`the first half of 2026`, `the third quarter of this year`, `Q3 2025`:
    the months they span."""
    t = ctx.text
    found = [m for w in ("half", "quarter") for m in _near(_EN_PART_OF_YEAR, t, w, 30, 30)]
    if _QUARTER_HINT.search(t) is not None:
        found += list(_EN_QUARTER.finditer(t))
    for m in found:
        words = "u" in m.re.groupindex  # `the first half of …`, not `Q3 2025`
        start_month = 1
        if words:
            half = m["u"] == "half"
            n = _ORDINAL_PART.get(m["n"].lower(), 2 if half else 4)  # `last`, `final`
            if (got := _year_of(ctx, m)) is None:
                continue
            year, start_month = got
        else:
            half = (m["qh"] or m["qh2"]) == "H"
            n = int(m["qn"] or m["qn2"])
            year = int(m["qy"] or m["yq"])
        size = 6 if half else 3
        if n * size > 12:
            continue  # `H3`: no such half
        a = (n - 1) * size  # months after the year's first
        ctx.add(m.start(), m.end(), kind="range", value=_months_span(year, start_month, a, a + size - 1),
                relative=words and not (m["y"] or m["fa"] or m["fb"] or m["fc"]))


def _en_months_of_years(ctx: _Ctx) -> None:
    """`the first 10 months of this year` = January-October, `the last three
    months of 2024` = October-December: the months they span."""
    t = ctx.text
    for m in _near(_EN_MONTHS_OF_YEAR, t, "months of", 30, 30):
        k = int(m["k"]) if m["k"].isdigit() else EN_COUNT[m["k"].lower()]
        if not 1 <= k <= 12 or m["fl"].lower() == "past":
            continue  # `the past six months of the year`: told from where?
        if (got := _year_of(ctx, m)) is None:
            continue
        year, start_month = got
        a, b = (0, k - 1) if m["fl"].lower() == "first" else (12 - k, 11)
        ctx.add(m.start(), m.end(), kind="range", value=_months_span(year, start_month, a, b),
                relative=not (m["y"] or m["fa"] or m["fb"] or m["fc"]))


def _rel_quarters(ctx: _Ctx) -> None:
    """`গত প্রান্তিকে`, `চলতি প্রান্তিকে`, `last quarter`: the months of the
    quarter before, holding or after the reference's."""
    t, r = ctx.text, ctx.ref
    found = list(_REL_QUARTER.finditer(t))
    if "uarter" in t:
        found += _EN_REL_QUARTER.finditer(t)
    for m in found:
        if r is None:
            ctx.add(m.start(), m.end(), kind="range", value=None, relative=True)
            continue
        rel = m["rel"].lower()
        if rel in ("বিদায়ী",):
            # the quarter ending in its last month, else the one just ended (a results report)
            step = 0 if r.month % 3 == 0 else -1
        elif rel in cw.PAST or rel in ("last", "past") or rel.startswith("সদ্য"):
            step = -1
        elif rel in cw.NEXT or rel in ("next", "coming", "upcoming"):
            step = 1
        else:
            step = 0
        q = (r.year * 12 + r.month - 1) // 3 + step  # quarters since year 0
        try:
            value = _months_span(q // 4, 1, 3 * (q % 4), 3 * (q % 4) + 2)
        except (ValueError, OverflowError):
            value = None  # beyond the calendar's years
        ctx.add(m.start(), m.end(), kind="range", value=value, relative=True, period=True)


def _year_of(ctx: _Ctx, m: re.Match) -> tuple[int, int] | None:
    """The year (or fiscal year) after `of` as (its first year, its first
    month): `of 2024`, `of this year`, `of the current fiscal year` (July,
    or April on a page read in India time), `of FY2024-25`, `of FY25`."""
    first = 4 if ctx.offset is not None and ctx.tz(ctx.ref, None) == "+05:30" else 7
    if m["y"]:
        return int(m["y"]), 1
    if m["fa"] or m["fb"]:
        return int(m["fa"] or m["fb"]), first
    if m["fc"]:
        return 2000 + int(m["fc"]) - 1, first
    r = ctx.ref
    if r is None:
        return None
    if m["frel"]:
        rel = m["frel"].lower()
        return (r.year if r.month >= first else r.year - 1) + (-1 if rel in ("last", "previous") else
                                                               1 if rel == "next" else 0), first
    rel = (m["rel"] or "this").lower()  # `of the year`: the reference's
    return r.year + (-1 if rel in ("last", "previous") else 1 if rel == "next" else 0), 1


def _months_span(year: int, start_month: int, a: int, b: int) -> str:
    """Months a to b (0-based) of the year that starts in `start_month` of `year`, as an interval."""
    ya, ma = divmod(year * 12 + start_month - 1 + a, 12)
    yb, mb = divmod(year * 12 + start_month - 1 + b, 12)
    return f"{ya:04d}-{ma + 1:02d}-01/{yb:04d}-{mb + 1:02d}-{month_length(yb, mb + 1):02d}"


_FISCAL_WORDS = nfc(["অর্থবছর", "অর্থ বছর", "অর্থবর্ষ", "আর্থিক", "বাজেট"])


def _periods(ctx: _Ctx) -> None:
    t = ctx.text
    if "half" in t or "quarter" in t or "Q" in t or "H" in t:
        _en_parts_of_years(ctx)  # (the words are looked for only around their own)
    if "months of" in t:
        _en_months_of_years(ctx)
    spans = [(m, m["y1"], m["y2"]) for m in _FISCAL.finditer(t)]
    for w in _FISCAL_WORDS:
        if w in t:
            spans += [(m, m["y1"], m["y2"]) for m in _near(_FISCAL_WORD_FIRST, t, w, 0, 24)]
    if "FY" in t or "iscal" in t or "inancial" in t:
        for m in _FISCAL_EN.finditer(t):
            if m["fy"] or m["fy4"]:  # `FY25`, `FY2025`: the year that ends in June 2025
                end = int(m["fy4"]) if m["fy4"] else int(m["fy"]) + (1900 if int(m["fy"]) >= 50 else 2000)
                spans.append((m, str(end - 1), str(end)))
            else:
                spans.append((m, m["y1"] or m["a1"] or m["b1"], m["y2"] or m["a2"] or m["b2"]))
    # A page read in India time (`--tz +05:30`, a West Bengal outlet) means India's year.
    india = ctx.offset is not None and ctx.tz(ctx.ref, None) == "+05:30"
    for m, a, b in spans:
        y1, y2 = _num(a), _num(b)
        if y2 < 100:
            y2 += y1 // 100 * 100
            if y2 < y1:
                y2 += 100  # `1999-00`
        if y2 != y1 + 1:
            continue
        bn_word = m.re in (_FISCAL, _FISCAL_WORD_FIRST)
        first = 4 if india or (bn_word and m["w"].startswith(_INDIAN_FISCAL_WORDS)) else 7
        # (a period: its part or its first or last day may follow, `অর্থবছরের শেষ দিকে`)
        ctx.add(m.start(), m.end(), kind="range", value=_fiscal_span(y1, first), period=True)
    for m in itertools.chain(_near(_REL_FISCAL, t, "অর্থ", 10), _near(_REL_FISCAL, t, "আর্থিক", 10)):
        # `চলতি অর্থবছরে`: the July-June year that holds the reference date
        # (April-March: `চলতি অর্থবর্ষে`).
        if m["rel"] in ("পরের", "পরবর্তী"):
            continue  # `পরের অর্থবছরে`: the one after a fiscal year told before it, below
        r = ctx.ref
        if r is None:
            ctx.add(m.start(), m.end(), kind="range", value=None, relative=True)
            continue
        first = 4 if india or m["w"].startswith(_INDIAN_FISCAL_WORDS) else 7
        y1 = (r.year if r.month >= first else r.year - 1) + (
            -1 if m["rel"] in cw.PAST else 1 if m["rel"] in cw.NEXT else 0)
        ctx.add(m.start(), m.end(), kind="range", value=_fiscal_span(y1, first), relative=True, period=True)
    if "iscal" in t or "inancial" in t:
        for m in _EN_REL_FISCAL.finditer(t):
            rel = m["rel"].lower()
            first = 4 if india else 7
            r = ctx.ref
            if rel == "previous":
                ctx.add(m.start(), m.end(), kind="range", value=None, relative=True, period=True,
                        period_anaphor=-1, fiscal_anaphor=first, fallback=None)
                continue
            if r is None:
                ctx.add(m.start(), m.end(), kind="range", value=None, relative=True)
                continue
            y1 = (r.year if r.month >= first else r.year - 1) + {"last": -1, "next": 1, "coming": 1,
                                                                  "upcoming": 1}.get(rel, 0)
            ctx.add(m.start(), m.end(), kind="range", value=_fiscal_span(y1, first), relative=True, period=True)
    if "প্রান্তিক" in t or "ত্রৈমাসিক" in t or "কোয়ার্টার" in t or "uarter" in t:
        _rel_quarters(ctx)
    for m in itertools.chain(_near(_FISCAL_ANAPHOR, t, "অর্থ", 20), _near(_FISCAL_ANAPHOR, t, "আর্থিক", 20)):
        # `২০২৪-২৫ অর্থবছরে … আগের অর্থবছরে`: the fiscal year before the one
        # told; with none told, `পরের অর্থবছরে` is read as `আগামী` is (above),
        # and `আগের অর্থবছরে` is not known.
        step = 1 if m["rel"] in ("পরের", "পরবর্তী") else -1
        first = 4 if india or m["w"].startswith(_INDIAN_FISCAL_WORDS) else 7
        r = ctx.ref
        fallback = None
        if step == 1 and r is not None:
            fallback = {"value": _fiscal_span((r.year if r.month >= first else r.year - 1) + 1, first)}
        ctx.add(m.start(), m.end(), kind="range", value=None, relative=True, period=True,
                period_anaphor=step, fiscal_anaphor=first, fallback=fallback)
    for m in _DECADE.finditer(t):
        if m["dn"]:
            n = _num(m["dn"])
        else:
            n = _NUMWORD.get(normalize(m["wn"]).lower())
            if n is None:
                continue
        if n < 100 and n % 10 == 0 and n >= 10:
            value = f"19{n // 10}"
            c = _CENTURY_OF.search(t, max(0, m.start() - 40), m.start())
            if c is not None:
                if c["rel"]:
                    # (with no reference, this century is the 21st, as a bare decade's is the 20th)
                    base = (ctx.ref.year // 100 if ctx.ref else 20) - (c["rel"] in ("গত", "বিগত"))
                else:
                    k = _num(c["cn"]) if c["cn"] else (_ORDWORD.get(c["cw"].lower()) or _NUMWORD.get(c["cw"].lower()))
                    base = k - 1 if k and 10 <= k <= 30 else None
                if base is not None:
                    ctx.add(c.start(), m.end(), kind="decade", value=f"{base}{n // 10}")
                    continue
        elif 1000 <= n <= 2990 and n % 10 == 0:
            value = str(n // 10)
        else:
            continue
        ctx.add(m.start(), m.end(), kind="decade", value=value)
    if "0s" in t:
        for m in _EN_DECADE.finditer(t):
            # `the '90s`: the 1990s; `the '20s`, this century's (as `২৪-এর` is 2024)
            value = m["d"][:3] if m["d"] else ("20" if m["d2"] < "30" else "19") + m["d2"][0]
            ctx.add(m.start(), m.end(), kind="decade", value=value,
                    mod=_EN_MOD[m["mod"].lower()] if m["mod"] else None)
    years = [y.start() for y in _ASCII_YEAR.finditer(t)]
    if years:
        _en_years(ctx, t, years)
    if "entury" in t:
        for m in _EN_CENTURY.finditer(t):
            if m["rel"]:
                rel = m["rel"].lower()
                if ctx.ref is None:
                    ctx.add(m.start(), m.end(), kind="century", value=None, relative=True)
                    continue
                c = ctx.ref.year // 100 + (-1 if rel in ("last", "previous", "past") else 1 if rel == "next" else 0)
                ctx.add(m.start(), m.end(), kind="century", value=f"{c:02d}", relative=True)
                continue
            n = int(m["n"]) if m["n"] else _EN_ORD_WORD[m["w"].lower()]
            if 1 <= n <= 30:
                ctx.add(m.start(), m.end(), kind="century", value=f"{n - 1:02d}")
    for m in _CENTURY.finditer(t):
        if m["cn"]:
            n = _num(m["cn"])
        else:
            w = m["cw"].lower()
            n = _ORDWORD.get(w) or _NUMWORD.get(w)
        if not n or n > 30:
            continue
        counted = (m["cn"] and not t.startswith(("তম", "শ"), m.end("cn"))) or (m["cw"] and w not in _ORDWORD)
        if counted and n < 10:
            # `দুই শতাব্দী ধরে`, `এক শতক পর`: centuries counted, not named
            # (a named one is the 10th or later: `উনিশ শতক`, `একুশ শতকে`).
            # A শতক is also a unit of land (`৯ শতক জমি`): counted, it is
            # time only before ধরে, আগে or পর.
            d = _DIR_OR_DHORE.match(t, m.end())
            if d is None and "শতক" in m.group():
                continue
            _span_of_time(ctx, m.start(), d.end() if d else m.end(), Fraction(n * 100), "Y",
                          d["dir"] if d else None)
            continue
        if "শতক" in m.group() and _LAND_AFTER.match(t, m.end()):
            continue  # `১৭ শতক ভিটা`: seventeen decimals of land, not the 17th century
        ctx.add(m.start(), m.end(), kind="century", value=f"{n - 1:02d}")
    for word, years in (("অর্ধ", 50), ("সিকি", 25)):
        for m in _near(_HALF_CENTURY, t, word, 2, 20):
            d = _DIR_OR_DHORE.match(t, m.end())
            _span_of_time(ctx, m.start(), d.end() if d else m.end(), Fraction(years), "Y", d["dir"] if d else None)
    if "century" in t:
        for m in _EN_CENTURY_COUNT.finditer(t):
            n = m["n"].lower()
            years = 50 if n.startswith("half") else 25 if n.startswith("a quarter") else 100
            if years != 25 and not m["dir"] and not t.endswith(("for ", "For ", "over ", "within ", "after ", "After "),
                                                             0, m.start()):
                continue  # `hit a century`, `reached half a century`: a cricketer's hundred or fifty runs
            direction = {"ago": "ago", "later": "পরে"}.get(m["dir"] or "")
            _span_of_time(ctx, m.start(), m.end(), Fraction(years), "Y", direction,
                          ("approximate",) if m["q"] else ())
