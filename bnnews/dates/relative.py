"""Weekdays and the words told relative to the publication date (আজ,
গতকাল, গত সপ্তাহে, আগামী মাসে).
"""
from __future__ import annotations

import datetime as _dt
import itertools
import re

from ..lexicon import calendar_words as cw, nfc
from ..text import normalize
from .context import _Ctx, _iso, _month_num, _near, _wd_num, working_day
from .gregorian import _relative_month, _weekday_date
from .patterns import (_ANAPHOR, _ANAPHOR_STEP, _BARE_PERIOD, _CORRELATIVE, _DAY_PART_OF, _DAY_WORDS, _EN_AHEAD,
                       _EN_OF_THE_UNIT, _EN_PAST_DECADE, _EN_REL, _EN_REL_UNIT, _EN_UNIT, _EN_VAGUE_REL,
                       _EN_VAGUE_SPAN, _EN_WEEKDAY_WEEK, _MONTH, _MONTH_ONLY_PART, _NARRATIVE_NEXT, _ONE_UNIT_LONG,
                       _ONE_UNIT_OF, _HALF_HOUR, _OUTGOING, _OUTLET_AFTER_TODAY, _PERIOD_ANAPHOR, _PERIOD_ANAPHOR_HINTS, _REF_POINT,
                       _REF_POINT_OF, _REL_BEFORE, _REL_MONTH, _REL_UNIT, _REL_YEAR_MONTH, _REPEATED_UNIT, _SE,
                       _SHORT_WD_CONTEXT, _VAGUE_SPAN, _VAGUE_UNIT, _WEEKDAY_EXPR, _WEEKEND, _WEEK_WEEKDAY,
                       _BARE_PERIOD_END, _NUMWORD, _WD_PAIR_BEFORE, _WD_STEMS, _alt, _WORD_NEXT, _WORKING_DAY, _WORKING_DAY_STEP)
from .tense import (_EN_PAST as _EN_PAST_VERB, _SENTENCE_END, _later_tense, _tense, _verbless_ahead,
                    _verbless_event_clause, _verbless_event_day, _verbless_start)


def _weekdays(ctx: _Ctx) -> None:
    t = ctx.text
    last: tuple[int, _dt.date] | None = None  # the end and the day of the weekday read before
    for m in _WEEKDAY_EXPR.finditer(t):
        rel = _EN_REL.get(m["rel"], m["rel"])
        pair = _WD_PAIR_BEFORE.search(t, max(0, m.start() - 24), m.start()) \
            if not m["rel"] and not m["wd"].isascii() else None
        if pair is not None and pair["rel"]:
            rel = pair["rel"]  # `গত শুক্র ও শনিবার`: the relative word says it of both
        if rel == "প্রতি":
            continue  # every Sunday: a set, not a date
        if len(m["wd"]) <= 3 and m["wd"].isascii() and not m["rel"] and not _SHORT_WD_CONTEXT.match(t, m.end()) \
                and not t.endswith(("on ", "On "), 0, m.start()):
            continue  # `Sun Communications`: a name; `Sun, 24 Nov` and `on Sun` are days
        wd = _wd_num(m["wd"])
        r = ctx.ref
        if r is None:
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True, wd=wd,
                    bare_wd=wd if m["rel"] is None else None)
            continue
        if rel in ("গত", "বিগত", "গেল"):
            d = _weekday_date(r, wd, "last")
        elif rel in ("আগামী", "আসন্ন", "সামনের", "আসছে"):
            d = _weekday_date(r, wd, "next")
        elif rel == "আজ":
            d = r
        elif rel == "গতকাল":
            d = r - _dt.timedelta(days=1)
        elif rel == "আগামীকাল":
            d = r + _dt.timedelta(days=1)
        elif m["rel"] in ("this", "This"):
            d = _weekday_date(r, wd, "future")  # `this Friday`: the one of this week, ahead
        elif m["wd"].isascii():
            # An English page: the verb comes before the day (`will be held on
            # Monday`, `would be made on Monday`).
            ahead = _EN_SCHEDULED.search(t, max(0, m.start() - 40), m.start()) is not None or (
                (a := _EN_AHEAD.search(t, max(0, m.start() - 120), m.start())) is not None
                     # (`will submit … as only 166 papers were filed till Sunday`: the past)
                     and not _told_past(t, a.start(), m.start())) or (
                # a headline's infinitive (`Govt to cut fuel prices from Sunday`)
                m.start() <= 120 and _SENTENCE_END.search(t, 0, m.start()) is None
                and _EN_HEADLINE_TO.match(t) is not None and _EN_PAST_VERB.search(t, 0, m.start()) is None) or (
                # a deadline set by a duty (`must be submitted by Wednesday`); a
                # bare `by Thursday` is as often told of the past (`failed to
                # publish a gazette by Thursday`)
                _EN_DEADLINE.search(t, max(0, m.start() - 12), m.start()) is not None
                and _EN_MODAL.search(_clause_before(t, m.start())) is not None)
            d = _weekday_date(r, wd, "future" if ahead else "past")
        else:
            after = t[m.end():m.end() + 120]
            tense = _tense(after, default=None) or (
                "future" if _verbless_start(after) or _verbless_event_day(t[max(0, m.start() - 120):m.start()], after)
                or _verbless_event_clause(after) else "past")
            d = _weekday_date(r, wd, "past" if tense == "past" else "future")
            if tense == "past" and m["rel"] is None and (last is None or _WD_JOINED.fullmatch(t, last[0], m.start()) is None) \
                    and d + _dt.timedelta(days=_run_after(t, m.end(), wd)) > r:
                d -= _dt.timedelta(days=7)  # `সোমবার ও মঙ্গলবার বৈঠক হয়েছে` on a Monday: last week's run, over
            if last is not None and m["rel"] is None and _WD_JOINED.fullmatch(t, last[0], m.start()) is not None:
                # `শুক্রবার ও শনিবার বন্ধ থাকবে`: the second day of a run follows the first
                d = last[1] + _dt.timedelta(days=(wd - last[1].weekday()) % 7 or 7)
            elif pair is not None and tense != "past" and d - _dt.timedelta(
                    days=(wd - _WD_STEMS[pair["s"]]) % 7 or 7) < r:
                d += _dt.timedelta(days=7)  # `শুক্র ও শনিবার বন্ধ থাকবে` on a Saturday: the run ahead, not today's
        warn = ["weekday_mismatch"] if rel in ("আজ", "গতকাল", "আগামীকাল") and d.weekday() != wd else []
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, warnings=warn, day=d,
                bare_wd=wd if m["rel"] is None else None)
        last = (m.end(), d)
        if pair is not None:
            # the day named by its stem: the one before it in the same run of days
            d1 = d - _dt.timedelta(days=(wd - _WD_STEMS[pair["s"]]) % 7 or 7)
            ctx.add(pair.start(), pair.end("s"), kind="date", value=_iso(d1), relative=True, day=d1)


# What joins two days of one run: `শুক্রবার ও শনিবার`, `রবিবার, সোমবার`.
_WD_JOINED = re.compile(r"\s*(?:ও|এবং|আর|,)\s*")


def _run_after(t: str, end: int, wd: int) -> int:
    """How many days the run of weekdays joined after a day (`সোমবার ও
    মঙ্গলবার`, `রবিবার, সোমবার ও মঙ্গলবার`) reaches past it: 0 for a day alone."""
    days = 0
    while (j := _WD_JOINED.match(t, end)) is not None and (n := _WEEKDAY_EXPR.match(t, j.end())) is not None \
            and n["rel"] is None and not n["wd"].isascii():
        w = _wd_num(n["wd"])
        days += (w - wd) % 7 or 7
        wd, end = w, n.end()
    return days


# `Govt to cut …`, `Schools to reopen …`: a headline says what is to come
# with a subject of a few words and `to` before its verb.
_EN_HEADLINE_TO = re.compile(r"\s*[A-Z][\w'’-]*\s+(?:(?!(?:is|are|was|were|has|have|had|yet|going|want|wants)\s)[\w'’-]+\s+){0,3}"
                             r"to\s+[a-z]{3,}\b")
# The simple present of a scheduled event right before the day (`The league
# kicks off on Monday`, `Voting begins on Sunday`): what is to come; the past
# would say kicked off, began.
_EN_SCHEDULED = re.compile(r"\b(?:begins|starts|opens|kicks off|resumes|ends|closes|takes place|gets under ?way"
                           r"|continues|concludes|commences)\s+(?:on|from)\s+(?:next\s+)?$")
_EN_DEADLINE = re.compile(r"\b(?:by|until|till|before|ahead of)\s+(?:next\s+)?$", re.IGNORECASE)
# A duty before the deadline (`must be submitted by Wednesday`, `has to leave before Friday`).
_EN_MODAL = re.compile(r"\b(?:must|should|has to|have to|need to|needs to)\b", re.IGNORECASE)


_PARTICIPLE_BEFORE = re.compile(r"\b(?:be|been|being|have|has|had|get|got)\s+$")


def _told_past(t: str, a: int, b: int) -> bool:
    """A verb in the past between a and b (`… papers were filed till Sunday`),
    not a participle after `be` or `have` (`will be held`, `would be made`)."""
    return any(_PARTICIPLE_BEFORE.search(t, max(a, p.start() - 8), p.start()) is None
               for p in _EN_PAST_VERB.finditer(t, a, b))


def _clause_before(t: str, at: int, back: int = 80) -> str:
    """The sentence before `at`, at most `back` characters back."""
    before = t[max(0, at - back):at]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return before[cut + 2:] if cut >= 0 else before


def _week_weekdays(ctx: _Ctx) -> None:
    """`গত সপ্তাহের বৃহস্পতিবার`: the day of the ISO week before, this or next."""
    t = ctx.text
    if "week" in t:
        for m in _EN_WEEKDAY_WEEK.finditer(t):
            wd, r = _wd_num(m["wd"]), ctx.ref
            step = {"last": -1, "next": 1}.get(m["wk"], 0)
            d = r + _dt.timedelta(days=wd - r.weekday() + 7 * step) if r else None
            ctx.add(m.start(), m.end(), kind="date", value=_iso(d) if d else None, relative=True, day=d)
    if "সপ্তাহের" not in t:
        return
    for m in _WEEK_WEEKDAY.finditer(t):
        wd, r = _wd_num(m["wd"]), ctx.ref
        if r is None:
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True)
            continue
        step = -1 if m["wk"] in cw.PAST else (1 if m["wk"] in cw.NEXT else 0)
        d = r + _dt.timedelta(days=wd - r.weekday() + 7 * step)
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, day=d)


_NEW = normalize("নতুন ")
_LONG_COUNTS = tuple(normalize(w) for w in cw.LONG_COUNTS)


# `ধরে` and the formal `যাবত` (for so long), `সময়` (time) and `মধ্যে` (within)
# after a vague count: a duration, no direction.
_SAME = frozenset(nfc(["ওই", "সেই", "একই"]))
_FOR_WORDS = frozenset(nfc(["ধরে", "যাবত", "যাবৎ", "সময়", "মধ্যে"]))


def _working_days(ctx: _Ctx) -> None:
    """`আগের কার্যদিবসে` (the working day before the one told: an anaphor, as
    `আগের দিন` is), `গত কার্যদিবসে` (the last one before the reference)."""
    t = ctx.text
    if "দিবস" not in t and " day" not in t and "session" not in t:
        return
    for m in _WORKING_DAY.finditer(t):
        how, step = _WORKING_DAY_STEP[m["rel"]]
        if how == "anaphor":
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True, anaphor=step, working=True)
            continue
        d = working_day(ctx.ref, step, ctx.weekend()) if ctx.ref is not None else None
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d) if d else None, relative=True, day=d,
                warnings=["working_days"])


def _part_of_day_word(w: str) -> str | None:
    """The part of the day a relative day word names (`গতরাতে`, `tonight`,
    `this morning`)."""
    if ("রাত" in w and "পোহাল" not in w) or w.lower().endswith("night"):
        return "night"  # (`রাত পোহালেই`, once the night is over, is the next day: no part)
    if "সন্ধ্যা" in w:
        return "evening"  # `গত সন্ধ্যায়`
    if w[:5].lower() == "this ":
        return _DAY_PART_OF.get(w[5:])
    return None


_KAL_NOT_DAY = tuple(nfc([" বৈশাখী", "বৈশাখী"]))
# A count right before a unit (`তিন বছর শেষে`, `কয়েক মাস`): digits, a number word or a vague count.
_NUMBER_BEFORE = re.compile(rf"(?:[0-9০-৯]|{_alt([*_NUMWORD, *nfc(cw.VAGUE_COUNTS), *nfc(['দেড়', 'আড়াই'])])})\s*$")
_TODAY_YESTERDAY = re.compile(nfc([r"\s*\(\s*গতকাল\s*\)"])[0])
_AJ_BEFORE = tuple(nfc(["আজ ", "আজ-"]))


def _relative_words(ctx: _Ctx) -> None:
    t = ctx.text
    for m in _REF_POINT.finditer(t):
        if m["w"] in ("soon", "Soon") and (t.startswith((" after", " as", " enough"), m.end())
                                            or t.endswith(("as ", "As "), 0, m.start())):
            continue  # `soon after the vote`, `as soon as`: no reference point
        ctx.add(m.start(), m.end(), kind="date", value=_REF_POINT_OF[normalize(m["w"])], relative=True)
    if "বিদায়ী" in t:
        for m in _OUTGOING.finditer(t):
            r = ctx.ref
            unit = m["u"].replace(" ", "")
            if r is None:
                ctx.add(m.start(), m.end(), kind="range" if unit == "অর্থবছর" else "year" if unit == "বছর" else "week",
                        value=None, relative=True)
            elif unit == "বছর":
                # late in a year its own; early in one (a January review), the year before
                ctx.add(m.start(), m.end(), kind="year", value=f"{r.year if r.month >= 7 else r.year - 1:04d}",
                        relative=True)
            elif unit == "সপ্তাহ":
                iy, iw, _ = (r - _dt.timedelta(days=1)).isocalendar()  # a weekend report: the week just ended
                ctx.add(m.start(), m.end(), kind="week", value=f"{iy:04d}-W{iw:02d}", relative=True)
            else:
                # the fiscal year that ends in June of the reference year: in January-June the
                # one ending, in July-December the one just ended
                y1 = r.year - 1
                ctx.add(m.start(), m.end(), kind="range", relative=True, period=True,
                        value=f"{y1:04d}-07-01/{y1 + 1:04d}-06-30")
    if "ব্যাপী" in t:
        for m in _ONE_UNIT_LONG.finditer(t):
            u = _ONE_UNIT_OF[m["w"]]
            ctx.add(m.start(), m.end(), kind="duration", value="PT1H" if u == "H" else f"P1{u}")
    if "আধ" in t:
        for m in _HALF_HOUR.finditer(t):
            ctx.add(m.start(), m.end(), kind="duration", value="PT30M")  # `আধঘণ্টা`, glued (bangla.md §7.2)
    for m in _VAGUE_SPAN.finditer(t):
        d = m["dir"]
        if d in cw.LATER and _later_tense(ctx, m.start(), m.end()) \
                not in (("future", "alone") if m.group().startswith(_LONG_COUNTS) else ("future", "present", "alone")):
            # Some time after an event of the story, told in the past (`ব্রিফিংয়ের
            # কয়েক ঘণ্টা পর … আঘাত হানে`, `কয়েক ঘণ্টা পর … ঘোষণা দেন`), or the
            # first time in long (`বহুদিন পর … দেখা যায়`, `অনেকদিন পরে ভালো
            # লাগছে`): a duration, not a time after the reference. Only a verb
            # ahead (`কয়েক দিন পর আসছে`, `বহুদিন পর ফিরবেন`) makes it one; so
            # does nothing after it (`কিছুদিন পর` alone, as `১০ দিন পর` alone).
            ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"]])
        elif d in cw.AGO or (d and d not in _FOR_WORDS):
            # Some time before or after the reference: no date to give.
            ctx.add(m.start(), m.end(), kind="date", value="PAST_REF" if d in cw.AGO else "FUTURE_REF",
                    relative=True)
        elif d in _FOR_WORDS or m["past"] or d is None:
            # (alone too: `কয়েক দিন বৃষ্টি হতে পারে`, some days long)
            ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"]])
    if " পর " in t or "যুগ যুগ" in t:
        for m in _REPEATED_UNIT.finditer(t):
            ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"] or m["yug"]])
    if "ast " in t or "or " in t or "ithin " in t:
        for m in _EN_VAGUE_SPAN.finditer(t):
            ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"]])
    if " ago" in t or " later" in t or " earlier" in t or " from now" in t:
        for m in _EN_VAGUE_REL.finditer(t):
            d = m["dir"].lower()
            if d == "later" and _later_tense(ctx, m.start(), m.end()) not in ("future", "alone"):
                # `A few days later, he died`: some time after an event of the story
                ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"].lower()])
            else:
                ctx.add(m.start(), m.end(), kind="date", relative=True,
                        value="PAST_REF" if d in ("ago", "earlier") else "FUTURE_REF")
    for m in _BARE_PERIOD.finditer(t):
        if _REL_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            continue  # `চলতি মাসের`: read with its relative word
        if m["unit"] == "বছরের" and _MONTH_ONLY_PART.match(t, m.end()):
            continue
        if t.endswith(_NEW, max(0, m.start() - 8), m.start()):
            continue  # `নতুন বছরের প্রথম দিনে`: which new year, the text around tells
        r = ctx.ref
        if m["unit"] == "মাসের":
            ctx.add(m.start(), m.end(), kind="month", value=f"{r.year:04d}-{r.month:02d}" if r else None,
                    relative=True)
        else:
            ctx.add(m.start(), m.end(), kind="year", value=f"{r.year:04d}" if r else None, relative=True)
    for m in _BARE_PERIOD_END.finditer(t) if "শেষে" in t else ():
        if _NUMBER_BEFORE.search(t, max(0, m.start() - 16), m.start()) or _REL_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            continue  # `তিন বছর শেষে` (after three years), `গত বছর শেষে`: read with the count or the word
        r = ctx.ref
        if m["unit"] == "মাস":
            ctx.add(m.start(), m.end(), kind="month", value=f"{r.year:04d}-{r.month:02d}" if r else None,
                    relative=True, mod="END")
        else:
            ctx.add(m.start(), m.end(), kind="year", value=f"{r.year:04d}" if r else None, relative=True, mod="END")
    for m in _DAY_WORDS.finditer(t):
        w = m["w"] or ""
        if t.startswith(_OUTLET_AFTER_TODAY, m.end()):
            continue  # `আজকের পত্রিকা`: an outlet's name
        r = ctx.ref
        offset = None
        if m["gp"]:
            offset = -2 if m["gp"].startswith("গত") or m["gp"].endswith("yesterday") else 2
        elif m["gr"]:
            offset = -1  # `গত রাত ১১টায়`: last night's clock, on the day before
        elif w in cw.TODAY:
            offset = 0
            if (y := _TODAY_YESTERDAY.match(t, m.end())) is not None:
                # `আজ (গতকাল)`: a print edition's "today", the day before it came out
                d = r - _dt.timedelta(days=1) if r is not None else None
                ctx.add(m.start(), y.end(), kind="date", value=_iso(d) if d else None, relative=True, day=d)
                continue
        elif w in cw.YESTERDAY:
            offset = -1
        elif w in cw.TOMORROW:
            offset = 1
        else:  # পরশু, কাল: the verb decides
            if w in cw.KAL and (t.startswith(_KAL_NOT_DAY, m.end()) or t.endswith(_AJ_BEFORE, 0, m.start())):
                continue  # `কাল বৈশাখী` (a nor'wester), `আজ কাল` (these days)
            tense = _tense(t[m.end():m.end() + 120], default=None)
            if tense is None:
                # no verb: a start announced from it (`কাল থেকে ধর্মঘট শুরু`) or an
                # event set for it (`কাল হরতাল`, `ফল কাল`) is ahead, else the past
                after = t[m.end():m.end() + 120]
                ahead = _verbless_start(after) or _verbless_ahead(t[max(0, m.start() - 8):m.start()], after)
                tense = "future" if ahead else "past"
            if w in cw.KAL and tense == "present":
                if not t.startswith(" থেকে", m.end()):
                    continue  # কাল is also "time" or "era"
                tense = "future"  # `কাল থেকে শুরু হচ্ছে`: from tomorrow
            step = 2 if w in cw.PARASHU else 1
            offset = -step if tense == "past" else step
        if r is None:
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True,
                    day_part=_part_of_day_word(w))
        else:
            d = r + _dt.timedelta(days=offset)
            ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, day=d,
                    day_part=_part_of_day_word(w))  # `গত রাতে`: last night
    for m in _ANAPHOR.finditer(t):
        if m["w"].endswith(" before") and _WORD_NEXT.match(t, m.end()):
            continue  # `the day before the vote`, `the day before yesterday`: not an anaphor
        if m["w"].startswith(_SE) and _CORRELATIVE.search(t, max(0, m.start() - 150), m.start()):
            continue  # `যেদিন … সেদিন`: the day of the clause before, not of a date
        ctx.add(m.start(), m.end(), kind="date", value=None, relative=True, anaphor=_ANAPHOR_STEP[m["w"]])
    english = "week" in t or "month" in t or "year" in t
    weekends = _WEEKEND.finditer(t) if "সপ্তাহান্ত" in t else ()
    for m in itertools.chain(_REL_UNIT.finditer(t), _EN_REL_UNIT.finditer(t) if english else (), weekends):
        word = m.groupdict().get("unit") or "weekend"  # (_WEEKEND has no unit group)
        rel, unit = _EN_REL.get(m["rel"], m["rel"]), _EN_UNIT.get(word.lower(), word)
        step = -1 if rel in cw.PAST else (1 if rel in cw.NEXT else 0)
        r = ctx.ref
        narrative = rel in _NARRATIVE_NEXT and not unit.startswith("সপ্তাহ")
        if unit.startswith("সপ্তাহ"):
            kind = "week"
            value = None
            if r:
                d = r + _dt.timedelta(weeks=step)
                iy, iw, _ = d.isocalendar()
                # The weekend of that week, as TimeML writes it: which days
                # it is (Friday-Saturday in Bangladesh) the page's country says.
                value = f"{iy:04d}-W{iw:02d}" + ("-WE" if unit == "সপ্তাহান্ত" else "")
        elif unit in ("দশক", "শতক", "শতাব্দী"):
            # `গত দশকে` = the 2010s on a 2025 page, `চলতি শতাব্দীতে` = the 2000s.
            if unit == "দশক":
                kind, value = "decade", f"{r.year // 10 + step:03d}" if r else None
            else:
                kind, value = "century", f"{r.year // 100 + step:02d}" if r else None
            ctx.add(m.start(), m.end(), kind=kind, value=value, relative=True)
            continue
        elif unit.startswith("মাস"):
            kind = "month"
            value = None
            if r:
                y, mo = divmod(r.year * 12 + r.month - 1 + step, 12)
                value = f"{y:04d}-{mo + 1:02d}"
        else:
            kind = "year"
            value = f"{r.year + step:04d}" if r else None
        if narrative:
            # `২০১৮ সালে … পরের বছর`: the year after the one told just before;
            # with none, after the reference date as আগামী is.
            ctx.add(m.start(), m.end(), kind=kind, value=None, relative=True, period_anaphor=1,
                    fallback={"value": value})
            continue
        ctx.add(m.start(), m.end(), kind=kind, value=value, relative=True)
    if english and " of the " in t:
        for m in _EN_OF_THE_UNIT.finditer(t):
            r = ctx.ref
            if m["unit"] == "year":
                ctx.add(m.start(), m.end(), kind="year", value=f"{r.year:04d}" if r else None, relative=True)
            else:
                ctx.add(m.start(), m.end(), kind="month", value=f"{r.year:04d}-{r.month:02d}" if r else None,
                        relative=True)
    if "decade" in t:
        for m in _EN_PAST_DECADE.finditer(t):
            # `over the past decade`, `in the last two decades`: the years
            # up to the reference date, as `গত এক দশকে` is; `over the next
            # decade`, the years from it, as `আগামী এক দশকে`.
            n = {"two": 2, "three": 3}.get(m["n"] or "", 1)
            ctx.add(m.start(), m.end(), kind="duration", value="PXDE" if m["n"] == "few" else f"P{10 * n}Y")
    found = {m.start(): m for w in ("আগের", "পূর্ববর্তী", "ওই", "সেই", "একই", "following", "previous", "same")
             for m in _near(_PERIOD_ANAPHOR, t, w, 12, 12)} if any(h in t for h in _PERIOD_ANAPHOR_HINTS) else {}
    for m in (found[k] for k in sorted(found)):
        unit = m["unit"] or {"year": "বছর", "week": "সপ্তাহ"}.get(m["enunit"], "মাস")
        # `ওই বছর`, `একই বছরে`, `the same year`: the one told before it
        step = 1 if m["en"] == "following" else 0 if (m["en"] == "same" or m["rel"] in _SAME) else -1
        if unit == "সপ্তাহ":
            # `আগের সপ্তাহের তুলনায়`: the week before that of the day told last
            ctx.add(m.start(), m.end(), kind="week", value=None, relative=True, week_anaphor=step)
            continue
        ctx.add(m.start(), m.end(), kind="year" if unit == "বছর" else "month", value=None, relative=True,
                period_anaphor=step)
    for m in _REL_MONTH.finditer(t):
        _relative_month(ctx, m.start(), m.end(), m["rel"], _month_num(m["mon"], _MONTH))
    for m in _REL_YEAR_MONTH.finditer(t):
        rel = m["rel"]
        month = _month_num(m["mon"], _MONTH)
        if ctx.ref is None:
            ctx.add(m.start(), m.end(), kind="month", value=None, relative=True)
            continue
        y = ctx.ref.year + (-1 if rel in cw.PAST else (1 if rel in cw.NEXT else 0))
        ctx.add(m.start(), m.end(), kind="month", value=f"{y:04d}-{month:02d}", relative=True)
