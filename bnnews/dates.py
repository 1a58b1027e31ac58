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
import itertools
import re
from dataclasses import dataclass
from fractions import Fraction

from . import calendars as cal
from .dateline import (_AUG_SHORT, MONTH_OF, PART_OF, WEEKDAY_OF, ZONE_OF, _read_fast, _read_tokens,
                       _same_day_update, _time_then_date, hour24, might_be_dateline)
from .digits import to_ascii_digits
from .lexicon import calendar_words as cw
from .lexicon import lookup, nfc, trie_pattern
from .lexicon import numbers as nlx
from .text import matching_form, normalize
from ._re import LazyPattern
from .zones import DHAKA, INDIA, bangladesh_offset, dst_offset, has_west_bengal_label, resolve_tz

__all__ = ["Temporal", "find_dates", "parse_date", "article_dates", "KINDS"]

KINDS = ("date", "datetime", "time", "month", "year", "week", "decade", "century", "duration",
         "range")


@dataclass(frozen=True, slots=True)
class Temporal:
    """One temporal expression: its span in the text and its resolved value."""

    text: str
    start: int
    end: int
    kind: str
    value: str | None
    calendar: str = "gregorian"  # gregorian | bangla | hijri
    relative: bool = False
    warnings: tuple[str, ...] = ()
    # Which part of the period (TimeML's mod): START (মাসের শুরুতে), MID
    # (মাঝামাঝি), END (বছরের শেষ দিকে); for a duration, its bound: MORE_THAN
    # (১০ দিনের বেশি), LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS; None otherwise.
    mod: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "value": self.value, "calendar": self.calendar, "relative": self.relative,
                "warnings": list(self.warnings), "mod": self.mod}


_table = lookup


_alt = trie_pattern


_MONTH = MONTH_OF
_WEEKDAY = WEEKDAY_OF
_BMONTH = _table(cw.BANGLA_MONTH_NUM)
_HMONTH = _table(cw.HIJRI_MONTH_NUM)
_DAYWORD = _table(cw.DAY_WORDS)
_PART = PART_OF
_UNIT = {**_table(cw.UNITS), **_table({k: [w] for k, w in cw.UNITS_LASTING.items()})}
_ZONE = ZONE_OF
_NUMWORD = _table(nlx.UNITS)
_ORDWORD = _table(nlx.ORDINAL_WORDS)

_D = "[0-9০-৯]"
_B = r"(?<![\u0980-\u09ffA-Za-z0-9])"  # a word starts here
_E = r"(?![\u0980-\u0982\u0984-\u09ffA-Za-z])"  # a word ends here (ঃ may follow)
_CASE = r"(?:য়ের|য়ে|ের|এর|র|তে|এ|ে|ই|ও|য়)?"
def _cased(table: dict) -> list[str]:
    """Spellings as printed: Latin names also capitalised and in capitals."""
    return sorted({v for w in table for v in (w, w.capitalize(), w.upper())})


# CLDR's short August, আগ (the date-line reader's), only before a year.
# The dot of an abbreviation (`Nov. 5`, `নভে. ২০২৪`); a full stop after the month is the sentence's.
_MON = rf"(?P<mon>{_alt(_cased(_MONTH))}|{_AUG_SHORT}(?=\.?,?\s?{_D}{{4}}))(?:\.(?=\s?[0-9০-৯,]))?{_CASE}{_E}"
# A short English day name in lower case is a word (`the court sat`, `wed`).
_WD = rf"{_alt([w for w in _cased(_WEEKDAY) if not (w.islower() and w.isascii() and len(w) <= 3)])}(?:ের|এর|ে|ও|ই)?{_E}"
_DAY = rf"(?:(?P<dd>{_D}{{1,2}})(?!{_D})(?:\s?(?:লা|রা|ঠা|ই|শে){_E}|(?:st|nd|rd|th)(?![A-Za-z]))?|(?P<dw>{_alt(_DAYWORD)}){_E})"
_YEAR = rf"(?P<year>{_D}{{4}})(?!{_D})(?:\s?(?:ইং|ইংরেজি|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রীষ্টাব্দ|খ্রি[.ঃ:]?|সালের|সালে|সাল))?"
# `আজ স্থানীয় সময় মঙ্গলবার (১২ নভেম্বর)` (formats.md §3): one expression.
_LOCAL_TIME = re.escape(nfc(["স্থানীয় সময়"])[0])
_REL_LEFT = re.compile(
    rf"(?:{_B}(?P<ry>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+বছরের\s+)?"
    rf"(?:{_B}(?P<rel>গত|বিগত|আগামী|আসন্ন|আজ|গতকাল|আগামীকাল)\s*,?\s*(?:{_LOCAL_TIME}\s+)?)?(?P<paren0>\(\s*)?"
    rf"(?:(?P<lwd>{_WD})\s*,?\s*)?(?P<paren>\(\s*)?$")
_WD_ONLY = re.compile(_WD)

# Gregorian dates, most specific first.
_G_DMY = re.compile(rf"(?<!{_D})(?P<d>{_D}{{1,2}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)(?P<y>{_D}{{4}})(?!{_D})")
_G_ISO = re.compile(rf"(?<!{_D})(?P<y>{_D}{{4}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)(?P<d>{_D}{{1,2}})(?!{_D})"
                    # `2025-12-29T13:43:33+06:00`: ISO 8601 with its time and offset
                    rf"(?:T(?P<hh>{_D}{{2}}):(?P<mi>{_D}{{2}})(?::(?P<ss>{_D}{{2}}))?(?:\.{_D}+)?"
                    rf"(?P<z>Z|[+-]{_D}{{2}}:?{_D}{{2}})?(?!{_D}))?")
_G_YDM = re.compile(rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:সালের|সালে|সাল)\s+{_DAY}\s?{_MON}")
_G_YM = re.compile(rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:সালের|সালে|সাল)\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
_G_DM = re.compile(
    rf"{_B}{_DAY}\s?{_MON}"
    rf"(?:\s*\)?\s*,?\s*(?:\(?\s*(?P<rwd>{_WD})\s*\)?\s*,?\s*)?{_YEAR})?"
    rf"(?:\s*\)?\s*,?\s*(?:রোজ\s+)?\(?(?P<twd>{_WD})\)?)?"
    rf"(?P<close>\s*\))?")
# `১০-১২ ডিসেম্বর`, `১০ থেকে ১২ ডিসেম্বর ২০২৫` (a span), `২৯ ও ৩০ নভেম্বর`
# (two days): a first day that shares the month printed after the second,
# looked for just before a day-and-month.
_DAY_LEFT = re.compile(
    rf"(?<![0-9০-৯\-–/.:])(?P<d1>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?"
    rf"(?:(?P<span>\s?[-–]\s?|\s(?:থেকে|হতে|to|until|till)\s)|\s(?:ও|এবং|(?P<and>and))\s|\s?,\s?)$")
_DAY_NEXT = re.compile(rf"\s+{_D}{{1,2}}(?!{_D})")
_YEAR_BEFORE = re.compile(rf"(?<!{_D})(?P<y1>{_D}{{4}})\s?সালের\s+$")
_MONTH_SPAN = re.compile(
    rf"{_B}(?P<m1>{_alt(_cased(_MONTH))})(?:\s?মাস)?"
    rf"(?:\s?[-–]\s?|\s(?:থেকে|হতে)\s)(?P<m2>{_alt(_cased(_MONTH))}){_CASE}(?:\s?মাস(?:ে|ের)?)?{_E}"
    rf"(?:\s*,?\s*(?P<y2>{_D}{{4}})(?!{_D}))?")
_G_MD = re.compile(rf"{_B}{_MON}\s(?P<dd>{_D}{{1,2}})(?!{_D})(?:st|nd|rd|th)?,?\s*{_YEAR}"
                   rf"(?:\s*,?\s*\(?(?P<twd>{_WD})\)?)?")
# `২৪-ফেব্রুয়ারি-২০২০`, `24/Dec/2020`: day, month name and year joined by one separator.
_G_D_MON_Y = re.compile(
    rf"(?<!{_D})(?P<dd>{_D}{{1,2}})(?P<sep>[-/])(?P<mon>{_alt(_cased(_MONTH))})\.?(?P=sep)(?P<year>{_D}{{4}})(?!{_D})")
_G_MY = re.compile(rf"{_B}{_MON}\s?,?\s?(?P<year>{_D}{{4}})(?!{_D})")
# `on December 18`, `Monday (July 15)`: an English month, then its day, no year
# (with a year, _G_MD reads it). Latin month names only: `মে ৫` is no Bangla order.
_G_MD_NO_YEAR = re.compile(
    rf"(?<![A-Za-z0-9])(?P<mon>{_alt(sorted({w for w in _cased(_MONTH) if w.isascii() and w.lower() != 'may'} | {'May'}))})"
    rf"\.?\s(?P<dd>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9]|:|,?\s*[0-9]{{4}})(?P<close>\s*\))?")
_G_MONTH_WORD = re.compile(rf"{_B}{_MON}\s?মাস(?:ে|ের|েই)?{_E}")
# A month alone with a case ending (`ডিসেম্বরে নির্বাচন`); মে and মার্চ are
# also ordinary words and need মাস, a day, a year or a relative word.
_ORDINARY_WORDS = frozenset(["মে", "মার্চ", "may", "mar", "march"])
_G_MONTH_CASE = re.compile(
    rf"{_B}(?P<mon>{_alt([w for w, n in _MONTH.items() if w not in _ORDINARY_WORDS])})"
    rf"(?:য়ের|য়ে|ের|এর|তে|এ|ে|(?<=[িী])র)(?![\u0980-\u09ffA-Za-z])")
# চলতি মাসের ১৫ তারিখে, or just ১৫ তারিখে: a day of the reference month.
_DAY_OF_MONTH = re.compile(
    rf"(?:{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+মাসের\s+)?(?<![0-9০-৯])(?P<dd>{_D}{{1,2}})"
    rf"(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?তারিখ(?:ে|ের|েই)?{_E}")

# The month in the genitive, then its day: `নভেম্বরের ১৫ তারিখে`, `পৌষের ১ তারিখ`.
_DAY_TARIKH = rf"\s+(?P<dd>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?তারিখ(?:ে|ের|েই)?{_E}"
_G_MONTH_DAY = re.compile(rf"(?:{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT)})\s+)?{_B}(?P<mon>{_alt(_cased(_MONTH))})(?:য়ের|ের|এর|(?<=[িী])র){_DAY_TARIKH}")

# Other calendars.
_BN = re.compile(
    rf"{_B}{_DAY}\s?(?P<bm>{_alt(_BMONTH)}){_CASE}{_E}(?:\s*,?\s*(?P<year>{_D}{{4}})(?!{_D}))?"
    rf"(?:\s?(?:{_alt(cw.BANGLA_ERA)}){_E})?")
# `১৪৩২ বঙ্গাব্দের পহেলা বৈশাখ`: the Bangla year before the day and month.
_BN_YDM = re.compile(
    rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:বঙ্গাব্দের|বঙ্গাব্দে|বঙ্গাব্দ|সনের|সালের)\s+{_DAY}\s?(?P<bm>{_alt(_BMONTH)})"
    rf"{_CASE}{_E}")
_BN_MONTH_DAY = re.compile(
    rf"{_B}(?P<bm>{_alt(_BMONTH)})(?:ের|এর|র)(?P<dw>(?!))?(?P<year>(?!))?{_DAY_TARIKH}")
# `১৪৪৭ হিজরির ২ জমাদিউস সানি`: the Hijri year before the day and month.
_HJ_YDM = re.compile(
    rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:হিজরির|হিজরীর|হিজরি সনের|হিজরী সনের)\s+{_DAY}\s?(?P<hm>{_alt(_HMONTH)}){_E}")
_HJ = re.compile(
    rf"{_B}{_DAY}\s?(?P<hm>{_alt(_HMONTH)})(?:\s?শরীফ)?{_E}(?:\s*,?\s*(?P<year>{_D}{{4}})(?!{_D}))?"
    rf"(?:\s?(?:{_alt(cw.HIJRI_ERA)}))?")
# `রমজানের ২০ তারিখে`: the Hijri month in the genitive, then its day.
_HJ_MONTH_DAY = re.compile(
    rf"{_B}(?P<hm>{_alt(_HMONTH)})(?:ের|এর|র)(?P<dw>(?!))?(?P<year>(?!))?{_DAY_TARIKH}")
# A Hijri or Bangla month as a period: `আগামী রমজানে`, `রমজান মাসে`, `চলতি
# অগ্রহায়ণ মাসে`, `চৈত্রের শেষে`. Only with গত/আগামী/চলতি, মাস or a part of
# the period after it (a bare `সফরে` is "on a tour"), and never সফর.
_REL_WORDS = _alt(cw.PAST + cw.NEXT + cw.THIS + ["এবারের", "এবার"])
_MONTH_SPAN_END = r"(?:(?P<mas>\s?মাস)(?:ের|ে|েই|জুড়ে)?|ের|এর|র|ে|এ|তে|জুড়ে)?"
_HJ_MONTH_SPAN = re.compile(
    rf"{_B}(?:(?P<rel>{_REL_WORDS})\s+)?(?:পবিত্র\s+)?(?P<hm>{_alt([w for w, n in _HMONTH.items() if n != 2])})"
    rf"{_MONTH_SPAN_END}{_E}")
_BN_MONTH_SPAN = re.compile(
    rf"{_B}(?:(?P<rel>{_REL_WORDS})\s+)?(?P<hm>{_alt(list(_BMONTH))}){_MONTH_SPAN_END}{_E}")

# Times.
_PARTS = _alt(_PART)
_HOURWORD = _alt([w for w, n in _NUMWORD.items() if 1 <= n <= 12])
def _hour(n: int) -> str:
    return rf"(?:(?P<hd{n}>{_D}{{1,2}})(?!{_D})|(?P<hw{n}>{_HOURWORD}))"


def _ta(n: int) -> str:
    return rf"(?P<ta{n}>টা(?:য়|র)?|টে|ঘটিকা(?:য়)?)"


_DST_ZONE = _table(cw.DST_ZONES)
_LOCAL_TIME_WORD = nfc(["স্থানীয় সময়"])[0]
_ZONES = _alt(list(_ZONE) + list(_DST_ZONE) + [_LOCAL_TIME_WORD])
# The places a `স্থানীয় সময়` may belong to (bangla.md §4.4), nearest first.
def _place_zones() -> dict:
    """Place -> zone: the foreign places by name, the byline places of West
    Bengal in India time and the rest (Bangladesh's districts) in Dhaka's."""
    from .lexicon import bylines as blx
    zones = _table(cw.PLACE_ZONES)
    west_bengal = set(nfc(blx.WEST_BENGAL_PLACES))
    for p in nfc(blx.PLACES):
        if not p.isascii() and p not in zones:
            zones[p] = INDIA if p in west_bengal else DHAKA
    return zones


_PLACE_ZONE = _place_zones()
_ZONE_BEFORE = LazyPattern(lambda: rf"{_B}(?P<zone>{_ZONES})\s+$")
_PLACE_BEFORE = LazyPattern(lambda: rf"{_B}(?P<p>{_alt(list(_PLACE_ZONE))})")
_TIME = re.compile(
    rf"(?:{_B}(?P<zone>{_ZONES})\s+)?"
    rf"(?:{_B}(?P<night>দিবাগত রাত|দিনগত রাত)(?:ে)?\s+|{_B}(?P<part>{_PARTS})(?:ে)?\s*)?"
    rf"(?:"
    rf"(?P<ch>{_D}{{1,2}})\s?[:ঃ]\s?(?P<cm>{_D}{{2}})(?:\s?[:ঃ]\s?(?P<cs>{_D}{{2}}))?(?!{_D})"
    rf"(?:\s?(?P<ampm>এএম|পিএম|এ\.এম\.?|পি\.এম\.?|AM|PM|am|pm|[aA]\.[mM]\.|[pP]\.[mM]\.)(?![A-Za-z]))?"
    rf"|(?P<dh>{_D}{{1,2}})\.(?P<dm>{_D}{{2}})(?!{_D})"
    rf"|{_B}(?P<frac>সাড়ে|সোয়া|সওয়া|পৌনে)\s?{_hour(1)}\s?{_ta(1)}"
    rf"|{_B}(?P<dd2>দেড়|আড়াই)(?P<ta3>টা(?:য়|র)?|টে)"
    rf"|{_B}{_hour(2)}\s?{_ta(2)}(?:\s(?:বেজে\s)?(?P<mn>{_D}{{1,2}}|{_HOURWORD}|{_alt([w for w, n in _NUMWORD.items() if n < 60])})\s?মিনিট(?:ে|ের)?)?"
    rf")"
    rf"(?:\s?(?P<after>{_PARTS}){_E})?"
    rf"(?:\s?(?:মিনিট(?:ে|ের)?|ঘটিকা(?:য়)?))?"
    rf"(?P<around>\s?(?:এর|র)?\s?দিকে|\s?নাগাদ)?")

# `প্রথম প্রহরে`: the first watch of the night, in news the minute after
# midnight (`একুশের প্রথম প্রহরে` = 00:01, bangla.md §8).
_FIRST_WATCH = re.compile(rf"{_B}প্রথম প্রহরে?{_E}")
# Years known by name (bangla.md §8): একাত্তর/বায়ান্ন with a case ending
# (`একাত্তরের মুক্তিযুদ্ধ`; bare `একাত্তর` may count 71 things), and
# two-digit years after an apostrophe (`'৭১`, `’২৪-এর`).
_NAMED_YEAR = re.compile(
    rf"{_B}(?P<w>একাত্তর|বায়ান্ন)(?:ের|এর|র|এ|ে|তে){_E}"
    rf"|(?<![\w'’‘])['’‘](?P<yy>{_D}{{2}})(?!{_D}|[.,]{_D})(?:-?(?:এর|র|এ|ে|তে|ের))?(?:\s?সালে?র?)?{_E}")
_NAMED_YEARS = {"একাত্তর": 1971, "বায়ান্ন": 1952}
# Years named by the uprisings and movements of BD discourse (bangla.md §8):
# only before the event's name, since `চব্বিশের` alone is "of twenty-four".
_EVENT_YEAR = re.compile(
    rf"{_B}(?P<w>{_alt(list(cw.EVENT_YEARS))})(?:য়ের|ের|এর|র){_E}"
    rf"(?=\s+(?:{_alt(cw.EVENT_WORDS)}))")
_DIGIT_EVENT_YEAR = re.compile(
    rf"(?<![0-9০-৯'’‘/.:,-])(?P<yy>{_D}{{2}})-?(?:এর|র|এ|ে|ের){_E}(?=\s+(?:{_alt(cw.DIGIT_EVENT_WORDS)}))")
_MONTH_AFTER = re.compile(rf"\s+{_MON}")
# Reference points with no date (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF).
_REF_POINT = re.compile(rf"{_B}(?P<w>{_alt([w for ws in cw.REF_POINTS.values() for w in ws])}){_E}")
_REF_POINT_OF = {w: k for k, ws in cw.REF_POINTS.items() for w in nfc(ws)}
# The part of a period named after it: `নভেম্বরের শেষ সপ্তাহে`, `চলতি মাসের শুরুতে`.
_PERIOD_PARTS = _alt([w for ws in cw.PERIOD_PARTS.values() for w in ws])
_MOD_AFTER = re.compile(rf"\s+(?P<w>{_PERIOD_PARTS}){_E}")
_MOD_OF = {w: k for k, ws in cw.PERIOD_PARTS.items() for w in nfc(ws)}
# `মাসের শেষে`, `বছরের শুরুতে` with no month or year named: the reference's.
_BARE_PERIOD = re.compile(rf"{_B}(?P<unit>মাসের|বছরের)(?=\s+(?:{_PERIOD_PARTS}){_E})")

# Weekdays, relative words and units.
# English relative words before a weekday, as their Bangla equivalents.
_EN_REL = {"today": "আজ", "Today": "আজ", "yesterday": "গতকাল", "Yesterday": "গতকাল", "tomorrow": "আগামীকাল",
           "Tomorrow": "আগামীকাল", "last": "গত", "Last": "গত", "next": "আগামী", "Next": "আগামী",
           "this": "এই", "This": "এই"}
_EN_UNIT = {"week": "সপ্তাহ", "month": "মাস", "year": "বছর"}
_EN_REL_UNIT = re.compile(r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<unit>week|month|year)\b")
_WEEKDAY_EXPR = re.compile(
    rf"(?:{_B}(?P<rel>গত|বিগত|আগামী|চলতি|এই|আসন্ন|আজ|গতকাল|আগামীকাল|প্রতি|{_alt(list(_EN_REL))})"
    rf"(?:\s*,?\s+|\s*(?P<paren>\()\s*))?"
    rf"{_B}(?P<wd>{_WD})(?(paren)\s*\))")  # `আজ (সোমবার)`: the day's name in parentheses
_DAY_WORDS = re.compile(
    rf"{_B}(?:(?P<gp>গত\s+পরশু|আগামী\s+পরশু)|(?P<gr>গত)(?=\s+রাত\s?[0-9০-৯])|(?P<w>{_alt(cw.TODAY + cw.YESTERDAY + cw.TOMORROW + cw.PARASHU + cw.KAL)})){_E}")
def _with_capitals(words: list[str]) -> list[str]:
    return words + [w[0].upper() + w[1:] for w in words if w.isascii()]


# A day told by reference to an earlier date (`এদিন`, `পরদিন`, `the next day`).
_ANAPHOR_STEP = {w: step for step, ws in ((0, cw.SAME_DAY), (1, cw.NEXT_DAY), (-1, cw.PREV_DAY))
                 for w in nfc(_with_capitals(ws))}
_ANAPHOR = LazyPattern(lambda: rf"{_B}(?P<w>{_alt(list(_ANAPHOR_STEP))})(?:ের|েই|ে|ই|ও)?{_E}")
# `পরদিন শুক্রবার`, `এদিন (শুক্রবার)`, `পরদিন অর্থাৎ ১ এপ্রিল`: the anaphor
# with its day's name or date.
_ANAPHOR_JOIN = re.compile(r"[\s,]*(?:অর্থাৎ\s*|i\.e\.,?\s*)?\(?\s*")
# A noun in the genitive right before `আগের দিন` or `পরদিন` names the event it counts from.
_GENITIVE_BEFORE = re.compile(r"[\u0980-\u09ff]+(?:ের|র)\s+$")
_WORD_NEXT = re.compile(r" [A-Za-z0-9]")
# What follows a short English day name that is a day: a date or a clock.
_SHORT_WD_CONTEXT = re.compile(r"\.?,?\s*(?:[0-9]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_OUTLET_AFTER_TODAY = tuple(nfc([" পত্রিকা"]))
_SE = nfc(["সে"])[0]
_CORRELATIVE = LazyPattern(lambda: rf"{_B}(?:যেদিন|যে দিন|যেই দিন)[^।?!]*$")
_REL_UNIT = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+(?P<unit>সপ্তাহ|মাস|বছর|বছরের|সপ্তাহের|মাসের)"
    rf"(?:ে|েই|ের|ই|ও)?{_E}")
_REL_BEFORE = re.compile(rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+$")
_REL_MONTH = re.compile(rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
_REL_YEAR_MONTH = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+বছরের\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
# Before or after the reference: `আগে` (ago), `পরে` (later).
_DIR = "আগের|আগে|আগেই|পূর্বের|পূর্বে|পরে|পর|ago"  # `৫২ বছর আগের লড়াই`: of 52 years ago
# A vague count of a unit, glued or not: `কয়েক দিন আগে`, `কিছুদিন পর`,
# `গত কয়েক বছরে`, `দীর্ঘদিন ধরে`.
_VAGUE_SPAN = re.compile(
    rf"(?:{_B}(?P<past>গত|বিগত)\s+)?{_B}(?:{_alt(cw.VAGUE_COUNTS)})\s?"
    rf"(?P<unit>দিন|সপ্তাহ|মাস|বছর|ঘণ্টা|ঘন্টা|মিনিট|দশক)(?:ের|ে|েই|ও)?{_E}"
    rf"(?:\s+(?P<dir>{_DIR}|ধরে){_E})?")
_VAGUE_UNIT = {"দিন": "PXD", "সপ্তাহ": "PXW", "মাস": "PXM", "বছর": "PXY", "ঘণ্টা": "PTXH",
               "ঘন্টা": "PTXH", "মিনিট": "PTXM", "দশক": "PXDE"}
_UNIT_AFTER = re.compile(  # `১০ দিন`, `১০দিন`, `seven-day`
    rf"(?:\s|-(?=[a-z]))?(?P<unit>{_alt(_UNIT)}){_E}(?:\s+(?P<dir>{_DIR}){_E}|\s+(?P<dhore>ধরে){_E})?")
_UNIT_BEFORE = re.compile(rf"{_B}(?P<unit>{_alt(_UNIT)})\s+$")
_DIR_AFTER = re.compile(rf"\s+(?P<dir>{_DIR}){_E}")
# A minute of a football match (`৪২ মিনিটে গোল`), not a span of time.
_MATCH_MINUTE = re.compile("মিনিটে$|মিনিটের$")
_MATCH_BEFORE = tuple(nfc(["ম্যাচের ", "খেলার ", "খেলা শেষের "]))
_MATCH_AFTER = LazyPattern(lambda: "|".join(nfc(["গোল", "পেনাল্টি", "হেডে", "লাল কার্ড", "হলুদ কার্ড", "সমতা",
                                                   "ফ্রি কিক", "কর্নার", "অফসাইড"])))
_ABOUT_ONE_UNIT = re.compile(
    rf"{_B}(?P<unit>বছর|মাস|সপ্তাহ|দিন|ঘণ্টা|ঘন্টা|মিনিট)খানেক(?:ের|ে)?{_E}"
    rf"(?:\s+(?P<dir>{_DIR}){_E})?")
_AFTER_YEAR_DATE = re.compile(
    rf"\s+(?:(?P<dd2>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?)?{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
_YEAR_AFTER = re.compile(rf"\s?(?:সালের|সালে|সাল|সালটি|খ্রিস্টাব্দে|খ্রিস্টাব্দ){_E}")
_FISCAL = re.compile(
    rf"(?<!{_D})(?P<y1>{_D}{{4}})\s?[-–/]\s?(?P<y2>{_D}{{2}}|{_D}{{4}})(?!{_D})\s?(?:অর্থ\s?বছর|অর্থবছর)(?:ে|ের)?{_E}")
_DECADE = re.compile(
    rf"(?:(?<!{_D})(?P<dn>{_D}{{2,4}})[-‑]?(?:এর|য়ের|ের|র)?|{_B}(?P<wn>[\u0980-\u09ff]+?)(?:য়ের|ের|এর|র))"
    rf"\s?দশক(?:ে|ের)?{_E}")
_CENTURY = re.compile(
    rf"(?:(?<!{_D})(?P<cn>{_D}{{1,2}})(?:তম|শ)?|{_B}(?P<cw>{_alt(list(_ORDWORD) + list(_NUMWORD))}))"
    rf"\s?(?:শতাব্দী|শতক)(?:র|ের|তে|ে)?{_E}")

# A count's bound as TimeML's mod of the duration (`১০ দিনের বেশি` is MORE_THAN P10D).
_BOUND_MOD = {">": "MORE_THAN", "<": "LESS_THAN", ">=": "EQUAL_OR_MORE", "<=": "EQUAL_OR_LESS"}
_UNIT_INSIDE = re.compile(rf"(?<=\s)(?:{_alt(_UNIT)}){_E}")
_EN_AHEAD = re.compile(r"\b(?:will|would|shall|next|scheduled|is set to|are set to|is to|are to|to be held)\b"
                       r"[^.!?]*$", re.IGNORECASE)
_REL_FISCAL = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+(?:অর্থ\s?বছর)(?:ে|ের|েই)?{_E}")
_DIR_OR_DHORE = re.compile(rf"\s+(?:(?P<dir>{_DIR})|ধরে){_E}")
_LAND_AFTER = re.compile(rf"\s+(?:{_alt(nlx.LAND_WORDS)}){_E}")
# অর্ধশতাব্দী: half a century, fifty years.
_HALF_CENTURY = re.compile(rf"{_B}অর্ধ[-\s]?(?:শতাব্দী|শতক)(?:র|ের|তে|ে|কাল)?(?:\s?ধরে)?{_E}")

_FUTURE_AUX = frozenset(nfc(["হবে", "হবেন", "থাকবে", "থাকবেন", "দেবে", "দেবেন", "নেবে", "নেবেন",
                             "যাবে", "যাবেন", "আসবে", "আসবেন", "করবে", "করবেন", "পারবে", "পারবেন"]))
_NOT_FUTURE = ("ভাবে", "তবে", "হিসেবে", "সবে", "কবে", "যবে", "তবেই",
               # a reply, "as", having thought, a night (শবে বরাত): nouns and participles in -বে
               "জবাবে", "হিসাবে", "ভেবে", "শবে")
# Words in -ছে that are no verbs: কাছে (near), পিছে (behind).
_NOT_PRESENT = ("কাছে", "পাছে", "পিছে")
# Nouns that end like a past verb: মিছিল (a procession) is no ছিল (was).
_NOT_PAST = tuple(nfc(["মিছিল", "প্লেন", "ভিলেন"]))
_PERFECT = ("েছে", "েছেন", "েছিল", "েছিলেন", "েছি", "য়েছে", "য়েছেন", "লেন", "ছিল", "ছিলেন")
# News tells the past with the simple present of these verbs (`তিনি বলেন`):
# read first, they settle the clause before a later modal (`আসতে পারেন`).
_NARRATIVE_PAST = frozenset(nfc(["বলেন", "জানান", "করেন", "দেন", "নেন", "যান", "আসেন", "হন", "পান",
                                 "থাকেন", "রাখেন", "ফেরেন", "ছাড়েন", "জানায়",
                                 # The simple past (`ভারতকে হারাল বাংলাদেশ`), spelled with ল or লো.
                                 "হলো", "হল", "গেল", "গেলো", "দিল", "দিলো", "নিল", "নিলো", "পেল", "পেলো",
                                 "করল", "করলো", "বলল", "বললো", "জিতল", "জিতলো", "হারল", "হারলো", "হারাল",
                                 "হারালো", "এল", "এলো", "ধরল", "ধরলো", "রাখল", "রাখলো", "ফিরল", "ফিরলো",
                                 "দেখল", "দেখলো", "ছাড়ল", "ছাড়লো", "খুলল", "খুললো", "উঠল", "উঠলো",
                                 "জানাল", "জানালো", "চালাল", "চালালো", "পাঠাল", "পাঠালো", "গড়ল", "গড়লো"]))


def _near(pattern: re.Pattern, text: str, word: str, before: int, after: int = 10) -> list:
    """The matches of `pattern` around each `word` in `text` (a literal the
    pattern holds): a regex that must try every position of a long text is
    run only on the few stretches where it can match."""
    out: list = []
    end = -1
    p = text.find(word)
    while p >= 0:
        m = pattern.search(text, max(0, p - before, end), min(len(text), p + len(word) + after))
        if m is not None:
            out.append(m)
            end = m.end()
        p = text.find(word, max(p + 1, end))
    return out


def _num(s: str) -> int:
    return int(to_ascii_digits(s))


def _as_date(ref) -> _dt.date | None:
    if ref is None:
        return None
    if isinstance(ref, _dt.datetime):
        return ref.date()
    if isinstance(ref, _dt.date):
        return ref
    return _dt.date.fromisoformat(str(ref).strip()[:10])


class _Ctx:
    def __init__(self, text: str, ref, tz, bangla_rule):
        self.original = text
        self.text, self.idx = matching_form(text)
        self.ref = _as_date(ref)
        self.offset = resolve_tz(tz)
        self.old_rule = bangla_rule in ("1987", "old")
        self.found: list[tuple[int, int, dict]] = []

    def span(self, s: int, e: int) -> tuple[int, int]:
        if self.idx is None:
            return s, e
        return self.idx[s], self.idx[e - 1] + 1 if e > s else self.idx[s]

    def tz(self, d: _dt.date | None, t: tuple[int, int] | None, zone: str | None = None) -> str:
        """The offset of a time: the one printed or named, else the page's.
        `zone` is an offset, a daylight-saving zone's key, or "" for a local
        time whose place is not known (then no offset: the value floats)."""
        if zone is not None:
            if zone == "" or zone[0] in "+-":
                return zone
            return dst_offset(zone, (d.year, d.month, d.day) if d else None) or ""
        if self.offset is not None:
            return self.offset((d.year, d.month, d.day) if d else None, t)
        return bangladesh_offset((d.year, d.month, d.day) if d else None, t)

    def add(self, s: int, e: int, **info) -> None:
        self.found.append((s, e, info))


def _tense(after: str, default: str | None = "past") -> str | None:
    """past, future or present from the first verb-like word of the clause
    (`default` when none is found: news tells the past)."""
    clause = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
    prev = ""
    words = clause.split()[:10]
    for k, w in enumerate(words):
        w = w.strip(",;:'\"‘’“”()")
        if w in _FUTURE_AUX or (w.endswith(("বে", "বেন", "বো")) and len(w) > 2
                                and not w.endswith(_NOT_FUTURE)):
            return "future"
        # `হতে পারে` (may), `বসার কথা রয়েছে` (is to): what is planned or possible.
        if w in ("পারে", "পারেন") and prev.endswith("তে"):
            return "future"
        if w == "কথা" and prev.endswith("ার") and k + 1 < len(words):
            # `হওয়ার কথা রয়েছে` (is to); `হওয়ার কথা ছিল` (was to) tells the
            # past; `দেখার কথা বলেন` is a word said, read on.
            nxt = words[k + 1]
            if nxt.startswith("ছিল"):
                return "past"
            if nxt.startswith(("রয়েছে", "আছে")):
                return "future"
        prev = w
        if (w.endswith(_PERFECT) and not w.endswith(_NOT_PAST) and w != "লেন") or w in _NARRATIVE_PAST:
            return "past"
        if w.endswith(("চ্ছে", "চ্ছেন", "চ্ছি")) or (w.endswith(("ছে", "ছেন")) and w not in ("আছে", "আছেন")
                                                    and w not in _NOT_PRESENT):
            return "present"
    return default


def _wd_num(word: str) -> int | None:
    m = _WD_ONLY.match(word)
    if not m:
        return None
    w = m.group()
    for k in range(len(w), 0, -1):
        if w[:k].lower() in _WEEKDAY:
            return _WEEKDAY[w[:k].lower()]
    return None


def _month_num(word: str, table: dict) -> int:
    w = word.rstrip(".").lower()
    if w == _AUG_SHORT and table is _MONTH:
        return 8
    for k in range(len(w), 0, -1):
        if w[:k] in table:
            return table[w[:k]]
    raise KeyError(word)


def _day_of(m: re.Match) -> int:
    if m.group("dd"):
        return _num(m.group("dd"))
    return _DAYWORD[m.group("dw").lower()]


def _iso(d: _dt.date) -> str:
    return d.isoformat()


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
    if rel in ("গত", "বিগত"):
        past = [c for c in cands if c < r]
        return (max(past) if past else None), []
    if rel in ("আগামী", "আসন্ন"):
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
    # (`আশা করেছিলাম, ৫ আগস্টের পর পরিস্থিতির পরিবর্তন হবে`).
    if tense == "past" and (near - r).days > 90:
        past = [c for c in cands if c <= r]
        return (max(past) if past else near), []
    return near, []


_EN_FUTURE = re.compile(r"\b(?:will|shall|would|scheduled|next|is set to|are set to|to be held|is to|are to"
                        r"|plans? to|expected to|upcoming)\b", re.IGNORECASE)
# Past forms that are no participles (`slated for 12 February` is ahead).
_EN_PAST = re.compile(r"\b(?:was|were|had|did|said|told|held|left|came|went|took|met|began|ended|won|lost"
                      r"|died|ago|last)\b")
_SENTENCE_END = re.compile(r"[.!?।]\s")


def _clause_tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """past, present or future as the clause around a date tells it; None when it does not."""
    t = ctx.text
    if not t[start:end].isascii():
        return _tense(t[end:end + 120], default=None)
    before = t[max(0, start - 80):start]
    cut = None
    for cut in _SENTENCE_END.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    after = _SENTENCE_END.split(t[end:end + 80], maxsplit=1)[0]
    around = f"{before} {after}"
    if _EN_FUTURE.search(around):
        return "future"
    if _EN_PAST.search(around):
        return "past"
    return None


def _day_range(ctx: _Ctx, start: int, end: int, d1: int, month: int, d2: int,
               year_text: str | None) -> None:
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
    ctx.add(start, end, kind="range", value=f"{_iso(a)}/{_iso(b)}", relative=not year_text)


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


def _check_weekday(d: _dt.date | None, *wds) -> list[str]:
    for w in wds:
        if w and d is not None:
            n = _wd_num(w)
            if n is not None and n != d.weekday():
                return ["weekday_mismatch"]
    return []


# --- the matchers -----------------------------------------------------------


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
        _full_date(ctx, m.start(), m.end(), _num(m["y"]), _num(m["m"]), _num(m["d"]))
    for m in _G_YDM.finditer(t):
        _full_date(ctx, m.start(), m.end(), _num(m["year"]), _month_num(m["mon"], _MONTH), _day_of(m))
    for m in _G_YM.finditer(t):
        ctx.add(m.start(), m.end(), kind="month",
                value=f"{_num(m['year']):04d}-{_month_num(m['mon'], _MONTH):02d}")
    for m in _G_D_MON_Y.finditer(t):
        _full_date(ctx, m.start(), m.end(), _num(m["year"]), _month_num(m["mon"], _MONTH), _num(m["dd"]))
    for m in _G_MD.finditer(t):
        # `Monday, November 10, 2025`: a weekday before takes part, as a check.
        left = _REL_LEFT.search(t, max(0, m.start() - 40), m.start())
        lwd = left["lwd"] if left else None
        _full_date(ctx, left.start("lwd") if lwd else m.start(), m.end(), _num(m["year"]),
                   _month_num(m["mon"], _MONTH), _num(m["dd"]), weekday=lwd or m["twd"])
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
        d, warnings = _yearless(ctx, month, day, None, _wd_num(lwd) if lwd else None,
                                _clause_tense(ctx, start, end) if ctx.ref is not None else None)
        if d is None and ctx.ref is None:
            ctx.add(start, end, kind="date", value=f"XXXX-{month:02d}-{day:02d}", relative=True,
                    warnings=["date_no_year"], day=None, weekdays=(lwd,))
            continue
        ctx.add(start, end, kind="date", value=_iso(d) if d else None, relative=True,
                warnings=warnings + _check_weekday(d, lwd), day=d)
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
        elif month == 7 and 32 <= day <= 40:
            # `৩৬ জুলাই`: the July-uprising count of 2024 runs on past 31 July
            # (36 July = 5 August 2024). Flagged, not rejected.
            d = _dt.date(2024, 7, 31) + _dt.timedelta(days=day - 31)
            ctx.add(start, end, kind="date", value=_iso(d), warnings=["july_2024_count"], day=d)
            continue
        else:
            relative = True
            wd = next((_wd_num(w) for w in (lwd, m["rwd"], m["twd"]) if w), None)
            d, warnings = _yearless(ctx, month, day, rel if rel in ("গত", "বিগত", "আগামী", "আসন্ন") else None, wd,
                                    _clause_tense(ctx, start, end) if ctx.ref is not None else None)
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
        _relative_month(ctx, m.start(), m.end(), None, _month_num(m["mon"], _MONTH))
    for m in _MONTH_SPAN.finditer(t):
        # `জানুয়ারি-মার্চ`, `জুলাই থেকে অক্টোবর পর্যন্ত`, `২০২৪ সালের জানুয়ারি থেকে জুন`.
        m1, m2 = _month_num(m["m1"], _MONTH), _month_num(m["m2"], _MONTH)
        yb = _YEAR_BEFORE.search(t, max(0, m.start() - 12), m.start())
        y1 = yb["y1"] if yb else None
        start = yb.start() if yb else m.start()
        if m["m1"].lower() in _ORDINARY_WORDS and m["m2"].lower() in _ORDINARY_WORDS \
                and not (y1 or m["y2"] or "মাস" in m.group()):
            continue  # `লং মার্চ থেকে মে দিবস`: মার্চ and মে are ordinary words too (bangla.md §2.1)
        if not m["y2"] and _DAY_NEXT.match(t, m.end()):
            continue  # `জুলাই থেকে ডিসেম্বরের ২৮ তারিখ`: to a day, read as a date
        if y1 or m["y2"]:
            y2 = _num(m["y2"] or y1)
        elif ctx.ref is not None:
            # The span whose last month is nearest the reference date.
            r = ctx.ref
            y2 = min((r.year - 1, r.year, r.year + 1),
                     key=lambda y: abs((_dt.date(y, m2, 15) - r).days))
        else:
            ctx.add(start, m.end(), kind="range", value=None, relative=True, warnings=["date_no_year"])
            continue
        y0 = y2 if m1 <= m2 else y2 - 1  # `জুলাই-জুন`: across a new year
        last = (_dt.date(y2 + (m2 == 12), m2 % 12 + 1, 1) - _dt.timedelta(days=1)).day
        ctx.add(start, m.end(), kind="range", value=f"{y0:04d}-{m1:02d}-01/{y2:04d}-{m2:02d}-{last:02d}",
                relative=not (y1 or m["y2"]))
    for m in _G_MONTH_CASE.finditer(t):
        # The nearest such month in the direction of the verb's tense.
        tense = _tense(t[m.end():m.end() + 120])
        _relative_month(ctx, m.start(), m.end(), "আগামী" if tense != "past" else None,
                        _month_num(m["mon"], _MONTH), inclusive=True)
    for m in _near(_G_MONTH_DAY, t, "তারিখ", 40):
        # `নভেম্বরের ১৫ তারিখে`: the month named, then its day.
        month, day = _month_num(m["mon"], _MONTH), _num(m["dd"])
        rel = m["rel"] if m["rel"] in ("গত", "বিগত", "আগামী", "আসন্ন") else None
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
        y, mo = divmod(r.year * 12 + r.month - 1 + (-1 if rel in cw.PAST else 1 if rel in cw.NEXT else 0), 12)
        try:
            d = _dt.date(y, mo + 1, day)
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, warnings=["invalid_date"])
            continue
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, day=d)


def _full_date(ctx: _Ctx, s: int, e: int, y: int, mo: int, d: int,
               weekday: str | None = None) -> None:
    try:
        day = _dt.date(y, mo, d)
    except ValueError:
        ctx.add(s, e, kind="date", value=None, warnings=["invalid_date"])
        return
    ctx.add(s, e, kind="date", value=_iso(day), day=day, warnings=_check_weekday(day, weekday))


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
        ctx.add(m.start(), m.end(), kind="date", value=_iso(g), calendar="bangla", day=g)
    for m in itertools.chain(_BN.finditer(t), _near(_BN_MONTH_DAY, t, "তারিখ", 30)):
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
        ctx.add(m.start(), m.end(), kind="date", value=_iso(g), calendar="bangla", relative=rel,
                day=g)
    for m in itertools.chain(_near(_HJ_YDM, t, "হিজর", 8, 40), _HJ.finditer(t), _near(_HJ_MONTH_DAY, t, "তারিখ", 30)):
        day, month = _day_of(m), _month_num(m["hm"], _HMONTH)
        note = "hijri_umm_al_qura: Bangladesh often 1-2 days later"
        if not m["year"]:
            best = None
            if ctx.ref is not None:
                rel = _REL_BEFORE.search(t, max(0, m.start() - 10), m.start())
                way = None if rel is None else "past" if rel["rel"] in cw.PAST else \
                    "next" if rel["rel"] in cw.NEXT else None
                best = _hijri_nearest(ctx.ref, day, month, way)
            if best is None:
                ctx.add(m.start(), m.end(), kind="date", value=None, calendar="hijri", relative=True,
                        warnings=["date_no_year", note])
            else:
                ctx.add(rel.start() if way else m.start(), m.end(), kind="date", value=_iso(best),
                        calendar="hijri", relative=True, warnings=[note], day=best)
            continue
        try:
            g = cal.hijri_to_gregorian(day, month, _num(m["year"]))
        except ValueError:
            ctx.add(m.start(), m.end(), kind="date", value=None, calendar="hijri",
                    warnings=["invalid_date"])
            continue
        ctx.add(m.start(), m.end(), kind="date", value=_iso(g), calendar="hijri", warnings=[note],
                day=g)


def _calendar_months(ctx: _Ctx) -> None:
    """`আগামী রমজানে`, `চলতি অগ্রহায়ণ মাসে`: a Hijri (Umm al-Qura) or Bangla
    month as a span of Gregorian days: the one holding the reference date, or
    the last one or next one after গত/আগামী; without either, the nearest."""
    t = ctx.text
    if ctx.ref is None:
        return
    for calendar, pattern in (("hijri", _HJ_MONTH_SPAN), ("bangla", _BN_MONTH_SPAN)):
        for m in pattern.finditer(t):
            if m["rel"] is None and m["mas"] is None and _MOD_AFTER.match(t, m.end()) is None:
                continue
            _month_span(ctx, m, calendar)


def _month_span(ctx: _Ctx, m: re.Match, calendar: str) -> None:
    rel = m["rel"]
    spans = []
    if calendar == "hijri":
        month = _month_num(m["hm"], _HMONTH)
        try:
            hy = cal.gregorian_to_hijri(ctx.ref)[2]
        except ValueError:
            return
        for y in (hy - 1, hy, hy + 1):
            try:
                first = cal.hijri_to_gregorian(1, month, y)
                nxt = cal.hijri_to_gregorian(1, month % 12 + 1, y + (month == 12))
            except ValueError:
                continue
            spans.append((first, nxt - _dt.timedelta(days=1)))
        warnings = ["hijri_umm_al_qura: Bangladesh often 1-2 days later"]
    else:
        month = _month_num(m["hm"], _BMONTH)
        by = cal.gregorian_to_bangla(ctx.ref)[2]
        for y in (by - 1, by, by + 1):
            rule = cal.rule_for(y, ctx.old_rule)
            first = cal.bangla_to_gregorian(1, month, y, rule)
            spans.append((first, first + _dt.timedelta(days=cal.bangla_month_lengths(y, rule)[month - 1] - 1)))
        warnings = []
    if not spans:
        return
    if rel in cw.PAST:
        pick = [sp for sp in spans if sp[1] < ctx.ref][-1:]
    elif rel in cw.NEXT:
        pick = [sp for sp in spans if sp[0] > ctx.ref][:1]
    else:
        pick = [sp for sp in spans if sp[0] <= ctx.ref <= sp[1]] or [
            min(spans, key=lambda sp: min(abs((sp[0] - ctx.ref).days), abs((sp[1] - ctx.ref).days)))]
    if not pick:
        return
    a, b = pick[0]
    ctx.add(m.start(), m.end(), kind="range", value=f"{_iso(a)}/{_iso(b)}", calendar=calendar,
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


def _named_table(table: dict) -> dict:
    return {w: md for md, ws in table.items() for w in nfc(ws)}


_HIJRI_DAYS = _named_table(cw.HIJRI_NAMED_DAYS)
_GREG_DAYS = _named_table(cw.GREGORIAN_NAMED_DAYS)
_INDIAN_DAYS = _named_table(cw.INDIAN_NAMED_DAYS)
_NAMED_DAY = LazyPattern(lambda: rf"{_B}(?:(?P<rel>{_alt(cw.PAST + cw.NEXT)})\s+)?"
                         rf"(?P<name>{_alt(list(_HIJRI_DAYS) + list(_GREG_DAYS) + list(_INDIAN_DAYS))})"
                         rf"(?:য়ের|য়ে|ের|এর|র|তে|এ|ে|ও|য়)?{_E}")
_NAMED_HINTS = tuple(nfc(["ঈদ", "শব", "কদর", "আশুরা", "দিবস", "বড়দিন"]))


def _named_days(ctx: _Ctx) -> None:
    """`ঈদুল ফিতরের`, `গত শবে বরাতে`, `বিজয় দিবসে`, `বড়দিনে`: the day a
    name stands for (bangla.md §6.1), in the year nearest the reference date."""
    t = ctx.text
    # Every name holds one of the hints: the pattern runs only around them.
    seen: dict[int, re.Match] = {}
    for h in _NAMED_HINTS:
        p = t.find(h)
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
        way = None if rel is None else "past" if rel in cw.PAST else "next"
        start = m.start() if rel else m.start("name")
        if name in _HIJRI_DAYS:
            month, day = _HIJRI_DAYS[name]
            note = "hijri_umm_al_qura: Bangladesh often 1-2 days later"
            best = _hijri_nearest(ctx.ref, day, month, way) if ctx.ref is not None else None
            if best is None:
                ctx.add(start, m.end(), kind="date", value=None, calendar="hijri", relative=True,
                        warnings=["date_no_year", note])
            else:
                ctx.add(start, m.end(), kind="date", value=_iso(best), calendar="hijri", relative=True,
                        warnings=[note], day=best)
            continue
        month, day = _INDIAN_DAYS[name] if india and name in _INDIAN_DAYS else \
            _GREG_DAYS.get(name) or _INDIAN_DAYS[name]
        if ctx.ref is None:
            ctx.add(start, m.end(), kind="date", value=f"XXXX-{month:02d}-{day:02d}", relative=True,
                    warnings=["date_no_year"])
            continue
        d, warns = _yearless(ctx, month, day, rel)
        ctx.add(start, m.end(), kind="date", value=_iso(d) if d else None, relative=True,
                warnings=warns, day=d)


def _times(ctx: _Ctx) -> None:
    for m in _TIME.finditer(ctx.text):
        part_word = m["part"] or m["after"] or m["ampm"]
        part = "night" if m["night"] else (_PART.get(part_word.lower()) if part_word else None)
        if m["ch"]:
            h, mi = _num(m["ch"]), _num(m["cm"])
            sec = _num(m["cs"]) if m["cs"] else None
        elif m["dh"]:
            if not (m["part"] or m["night"] or m["after"]):
                continue  # `১০.৩০` alone is a decimal number, not a time
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
                        h, mi = h - 1, 45
                elif m["mn"]:
                    mn = m["mn"]
                    mi = _num(mn) if mn[0] in "0123456789০১২৩৪৫৬৭৮৯" else _NUMWORD.get(mn.lower(), 0)
            ta = m["ta1"] or m["ta2"] or m["ta3"] or ""
            # `১০টা` counts ten things unless a day part, minutes, `টায়`/`টার`,
            # ঘটিকা or `দিকে` make it a clock time.
            if not (part or m["mn"] or ta.endswith(("য়", "র")) or ta.startswith("ঘটিকা")
                    or m["around"] or m["frac"] or m["dd2"]):
                continue
            sec = None
        if part is None and m["ch"] is None and h == 0:
            continue
        h24 = hour24(h, part)
        if not (0 <= h24 <= 23 and 0 <= mi <= 59):
            continue
        zone, warnings = _zone_of(ctx.text, m.start(), m["zone"]) if m["zone"] else (None, ())
        # রাত ২টা with no day: after tonight's midnight when the verb looks
        # ahead (a TV schedule), the night just gone when it reports.
        ahead = part == "night" and h24 < 6 and _tense(_sentence_around(ctx.text, m.start(), m.end())) == "future"
        ctx.add(m.start(), m.end(), kind="time", time=(h24, mi, sec), part=part, zone=zone,
                warnings=list(warnings), ahead=ahead)
        if part is not None and (e := _SPAN_END.match(ctx.text, m.end())) is not None:
            # `বিকেল ৩টা থেকে ৫টা`: a span of time, its end said in the same part
            # of the day; one expression, a range.
            # `ভোর ৫টা থেকে সন্ধ্যা ৭টা`: the end may name its own part of the day.
            part2 = _PART.get(e["p2"].lower()) if e["p2"] else part
            h2, mi2 = hour24(_num(e["h"]), part2), _num(e["mn"]) if e["mn"] else 0
            if 0 <= h2 <= 23 and mi2 <= 59:
                found = ctx.found.pop()
                ctx.add(found[0], e.end(), **found[2], end_time=(h2, mi2))
    for m in _FIRST_WATCH.finditer(ctx.text):
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
        if mon:  # `চব্বিশের জুলাই`: that month of the year
            ctx.add(m.start(), mon.end(), kind="month", value=f"{y:04d}-{_month_num(mon['mon'], _MONTH):02d}")
        else:
            ctx.add(m.start(), m.end(), kind="year", value=str(y))
    for m in _DIGIT_EVENT_YEAR.finditer(ctx.text):
        yy = _num(m["yy"])  # `৭১-এর মুক্তিযুদ্ধ`: 1971; `২৪-এর গণঅভ্যুত্থান`: 2024
        ctx.add(m.start(), m.end(), kind="year", value=str((1900 if yy >= 30 else 2000) + yy))
    for m in _NAMED_YEAR.finditer(ctx.text):
        if m["w"]:
            y = _NAMED_YEARS[normalize(m["w"])]
        else:
            yy = _num(m["yy"])
            y = (1900 if yy >= 30 else 2000) + yy
        ctx.add(m.start(), m.end(), kind="year", value=str(y))


def _sentence_around(text: str, a: int, b: int) -> str:
    """The clause a span stands in: from the sentence's start (at most 120
    characters back) to its end, for the verb's tense."""
    start = max(a - 120, 0)
    for m in _SENTENCE_BREAK.finditer(text, start, a):
        start = m.end()
    return text[start:a] + " " + text[b:b + 120]


_SENTENCE_BREAK = re.compile(r"[।?!\n|]")


def _zone_of(text: str, at: int, word: str) -> tuple[str, tuple[str, ...]]:
    """The zone a time's zone word names: an offset, a daylight-saving
    zone's key, or for `স্থানীয় সময়` the zone of the nearest place named
    before it in the paragraph; "" (with `local_time`) when there is none."""
    w = normalize(word)
    if w.lower() in _ZONE:
        return _ZONE[w.lower()], ()
    if w in _DST_ZONE:
        return _DST_ZONE[w], ()
    start = max(0, at - 300, text.rfind("\n", 0, at) + 1)
    places = list(_PLACE_BEFORE.finditer(text, start, at))
    if places:
        return _PLACE_ZONE[normalize(places[-1]["p"])], ()
    return "", ("local_time",)


def _weekdays(ctx: _Ctx) -> None:
    t = ctx.text
    for m in _WEEKDAY_EXPR.finditer(t):
        rel = _EN_REL.get(m["rel"], m["rel"])
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
        if rel in ("গত", "বিগত"):
            d = _weekday_date(r, wd, "last")
        elif rel in ("আগামী", "আসন্ন"):
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
            ahead = _EN_AHEAD.search(t, max(0, m.start() - 60), m.start()) is not None
            d = _weekday_date(r, wd, "future" if ahead else "past")
        else:
            tense = _tense(t[m.end():m.end() + 120])
            d = _weekday_date(r, wd, "past" if tense == "past" else "future")
        warn = ["weekday_mismatch"] if rel in ("আজ", "গতকাল", "আগামীকাল") and d.weekday() != wd else []
        ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, warnings=warn, day=d,
                bare_wd=wd if m["rel"] is None else None)


def _relative_words(ctx: _Ctx) -> None:
    t = ctx.text
    for m in _REF_POINT.finditer(t):
        ctx.add(m.start(), m.end(), kind="date", value=_REF_POINT_OF[normalize(m["w"])], relative=True)
    for m in _VAGUE_SPAN.finditer(t):
        d = m["dir"]
        if d in cw.AGO or (d and d != "ধরে"):
            # Some time before or after the reference: no date to give.
            ctx.add(m.start(), m.end(), kind="date", value="PAST_REF" if d in cw.AGO else "FUTURE_REF",
                    relative=True)
        elif d == "ধরে" or m["past"]:
            ctx.add(m.start(), m.end(), kind="duration", value=_VAGUE_UNIT[m["unit"]])
    for m in _BARE_PERIOD.finditer(t):
        if _REL_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            continue  # `চলতি মাসের`: read with its relative word
        r = ctx.ref
        if m["unit"] == "মাসের":
            ctx.add(m.start(), m.end(), kind="month", value=f"{r.year:04d}-{r.month:02d}" if r else None,
                    relative=True)
        else:
            ctx.add(m.start(), m.end(), kind="year", value=f"{r.year:04d}" if r else None, relative=True)
    for m in _DAY_WORDS.finditer(t):
        w = m["w"] or ""
        if t.startswith(_OUTLET_AFTER_TODAY, m.end()):
            continue  # `আজকের পত্রিকা`: an outlet's name
        r = ctx.ref
        offset = None
        if m["gp"]:
            offset = -2 if m["gp"].startswith("গত") else 2
        elif m["gr"]:
            offset = -1  # `গত রাত ১১টায়`: last night's clock, on the day before
        elif w in cw.TODAY:
            offset = 0
        elif w in cw.YESTERDAY:
            offset = -1
        elif w in cw.TOMORROW:
            offset = 1
        else:  # পরশু, কাল: the verb decides
            tense = _tense(t[m.end():m.end() + 120])
            if w in cw.KAL and tense == "present":
                if not t.startswith(" থেকে", m.end()):
                    continue  # কাল is also "time" or "era"
                tense = "future"  # `কাল থেকে শুরু হচ্ছে`: from tomorrow
            step = 2 if w in cw.PARASHU else 1
            offset = -step if tense == "past" else step
        if r is None:
            ctx.add(m.start(), m.end(), kind="date", value=None, relative=True)
        else:
            d = r + _dt.timedelta(days=offset)
            ctx.add(m.start(), m.end(), kind="date", value=_iso(d), relative=True, day=d)
    for m in _ANAPHOR.finditer(t):
        if m["w"].endswith(" before") and _WORD_NEXT.match(t, m.end()):
            continue  # `the day before the vote`, `the day before yesterday`: not an anaphor
        if m["w"].startswith(_SE) and _CORRELATIVE.search(t, max(0, m.start() - 150), m.start()):
            continue  # `যেদিন … সেদিন`: the day of the clause before, not of a date
        ctx.add(m.start(), m.end(), kind="date", value=None, relative=True, anaphor=_ANAPHOR_STEP[m["w"]])
    english = "week" in t or "month" in t or "year" in t
    for m in itertools.chain(_REL_UNIT.finditer(t), _EN_REL_UNIT.finditer(t) if english else ()):
        rel, unit = _EN_REL.get(m["rel"], m["rel"]), _EN_UNIT.get(m["unit"].lower(), m["unit"])
        step = -1 if rel in cw.PAST else (1 if rel in cw.NEXT else 0)
        r = ctx.ref
        if unit.startswith("সপ্তাহ"):
            kind = "week"
            value = None
            if r:
                d = r + _dt.timedelta(weeks=step)
                iy, iw, _ = d.isocalendar()
                value = f"{iy:04d}-W{iw:02d}"
        elif unit.startswith("মাস"):
            kind = "month"
            value = None
            if r:
                y, mo = divmod(r.year * 12 + r.month - 1 + step, 12)
                value = f"{y:04d}-{mo + 1:02d}"
        else:
            kind = "year"
            value = f"{r.year + step:04d}" if r else None
        ctx.add(m.start(), m.end(), kind=kind, value=value, relative=True)
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


def _duration_value(value: Fraction, unit: str) -> str:
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
    return str(int(v)) if v.denominator == 1 else f"{float(v):g}"


# Words a number must stand before to be a year or a duration here: the
# number reader runs only on the stretch of text before one of them.
_NUMBER_ANCHOR = re.compile(rf"(?:সাল|খ্রিস্টাব্দ|{_alt(_UNIT)})")  # endings may follow
_STRETCH_START = re.compile(r"[\n।॥!?]")
_WORD_AND_NEXT = re.compile(r"\S*(?:\s+\S+){0,2}")


def _number_windows(t: str) -> list[tuple[int, int]]:
    """Stretches of `t` that end at an anchor word and start at the sentence
    (or 200 characters) before it, merged where they overlap."""
    out: list[tuple[int, int]] = []
    for m in _NUMBER_ANCHOR.finditer(t):
        p = m.start()
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


_LAST_BEFORE = re.compile(r"(?:^|(?<=\s))(?:বিগত|গত) $")


def _numbers(ctx: _Ctx) -> None:
    """Durations, `N unit আগে`, spoken years, from the number expressions."""
    from .numbers import Number, find_numbers
    t = ctx.text
    found = []
    for a, b in _number_windows(t):
        for n in find_numbers(t[a:b]):
            found.append(Number(n.text, n.start + a, n.end + a, n.value, n.kind, n.unit, n.high,
                                n.bound))
    # The last plain duration: (its index in ctx.found, end, unit, ends in ধরে, {unit: count}).
    last_span = None
    for n in found:
        if n.kind == "cardinal" and n.high is not None and isinstance(n.value, int) \
                and 1000 <= n.value < n.high <= 2999 and (y := _YEAR_AFTER.match(t, n.end)):
            # `১৯০৫-০৬ সালে`, `২০২০ থেকে ২০২৪ সাল`: a span of whole years.
            ctx.add(n.start, y.end(), kind="range", value=f"{n.value:04d}-01-01/{n.high:04d}-12-31")
            continue
        if n.kind not in ("cardinal",) or n.high is not None:
            continue
        v = Fraction(n.value).limit_denominator(1000)
        y = _YEAR_AFTER.match(t, n.end)
        if y and v.denominator == 1 and 1000 <= v <= 2999:
            dm = _AFTER_YEAR_DATE.match(t, y.end())
            if dm and dm["dd2"]:
                _full_date(ctx, n.start, dm.end(), int(v), _month_num(dm["mon"], _MONTH), _num(dm["dd2"]))
            elif dm:
                ctx.add(n.start, dm.end(), kind="month",
                        value=f"{int(v):04d}-{_month_num(dm['mon'], _MONTH):02d}")
            else:
                ctx.add(n.start, y.end(), kind="year", value=f"{int(v):04d}")
            continue
        if n.bound == "~" and n.text.endswith("েক") \
                and (ub := _UNIT_BEFORE.search(t, max(0, n.start - 12), n.start)):
            # `মাস ছয়েক আগে`, `দিন দুয়েক`: the unit before an approximate count.
            d = _DIR_AFTER.match(t, n.end)
            _span_of_time(ctx, ub.start(), d.end() if d else n.end, v, _UNIT[ub["unit"].lower()],
                          d["dir"] if d else None, ("approximate",))
            continue
        u = _UNIT_AFTER.match(t, n.end)
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
        if not direction and _MATCH_MINUTE.match(u["unit"]) and (
                t[max(0, n.start - 8):n.start].endswith(_MATCH_BEFORE)
                or _MATCH_AFTER.search(t, max(0, n.start - 25), min(len(t), u.end() + 40))):
            continue  # `ম্যাচের ৪২ মিনিটে পেনাল্টি থেকে গোল`: a minute of the match, no duration
        start = n.start
        before = t[max(0, start - 6):start]
        if before.endswith("টানা ") and not u["dir"]:
            start -= 5
        elif not u["dir"] and not u["dhore"] and (g := _LAST_BEFORE.search(before)):
            start -= len(g.group())  # `গত ২৪ ঘণ্টায়`: the last N units, ending at the reference
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
                ctx.add(start, end, kind="duration", value=_duration_value(*_in_years(v, unit)), mod=mod)
            last_span = None
            continue
        if direction in cw.LATER and _tense(t[end:end + 120], default=None) == "past":
            # `দীর্ঘ ৫০ বছর পর মাকে খুঁজে পান`: fifty years after an event of the
            # story, not after the reference date: a duration.
            direction = None
        _span_of_time(ctx, start, end, v, unit, direction, ("approximate",) if n.bound == "~" else ())
        plain = not direction and n.bound != "~" and unit in _ORDER
        last_span = (len(ctx.found) - 1, end, unit, bool(u["dhore"]), {unit: v}) if plain else None
    for m in _ABOUT_ONE_UNIT.finditer(t):
        # `বছরখানেক আগে`, `মাসখানেক ধরে`: about one of the unit; `ঘণ্টাখানেক পর`
        # in a story told in the past counts from its event: a duration.
        direction = m["dir"]
        if direction in cw.LATER and _tense(t[m.end():m.end() + 120], default=None) == "past":
            direction = None
        _span_of_time(ctx, m.start(), m.end(), Fraction(1), _UNIT[m["unit"]], direction, ("approximate",))


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


def _span_of_time(ctx: _Ctx, start: int, end: int, v: Fraction, unit: str, direction: str | None,
                  warnings: tuple = ()) -> None:
    """N units before or after the reference (a date, month or year), or a
    duration when no direction is printed."""
    v, unit = _in_years(v, unit)
    if not direction:
        ctx.add(start, end, kind="duration", value=_duration_value(v, unit), warnings=warnings)
        return
    r = ctx.ref
    sign = -1 if direction in cw.AGO else 1
    if r is None or unit in ("H", "MIN", "S") or v.denominator != 1:
        ctx.add(start, end, kind="date", value=None, relative=True, warnings=warnings)
        return
    k = int(v) * sign
    if unit in ("D", "W"):
        d = r + _dt.timedelta(days=k * (7 if unit == "W" else 1))
        ctx.add(start, end, kind="date", value=_iso(d), relative=True, day=d, warnings=warnings)
    elif unit == "M":
        yy, mo = divmod(r.year * 12 + r.month - 1 + k, 12)
        ctx.add(start, end, kind="month", value=f"{yy:04d}-{mo + 1:02d}", relative=True,
                warnings=warnings)
    else:
        ctx.add(start, end, kind="year", value=f"{r.year + k:04d}", relative=True, warnings=warnings)


def _periods(ctx: _Ctx) -> None:
    t = ctx.text
    for m in _FISCAL.finditer(t):
        y1 = _num(m["y1"])
        y2 = _num(m["y2"])
        if y2 < 100:
            y2 += y1 // 100 * 100
        if y2 != y1 + 1:
            continue
        ctx.add(m.start(), m.end(), kind="range", value=f"{y1:04d}-07-01/{y2:04d}-06-30")
    for m in _near(_REL_FISCAL, t, "অর্থ", 10):
        # `চলতি অর্থবছরে`: the July-June year that holds the reference date.
        r = ctx.ref
        if r is None:
            ctx.add(m.start(), m.end(), kind="range", value=None, relative=True)
            continue
        y1 = (r.year if r.month >= 7 else r.year - 1) + (
            -1 if m["rel"] in cw.PAST else 1 if m["rel"] in cw.NEXT else 0)
        ctx.add(m.start(), m.end(), kind="range", value=f"{y1:04d}-07-01/{y1 + 1:04d}-06-30", relative=True)
    for m in _DECADE.finditer(t):
        if m["dn"]:
            n = _num(m["dn"])
        else:
            n = _NUMWORD.get(normalize(m["wn"]).lower())
            if n is None:
                continue
        if n < 100 and n % 10 == 0 and n >= 10:
            value = f"19{n // 10}"
        elif 1000 <= n <= 2990 and n % 10 == 0:
            value = str(n // 10)
        else:
            continue
        ctx.add(m.start(), m.end(), kind="decade", value=value)
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
    for m in _near(_HALF_CENTURY, t, "অর্ধ", 2, 20):
        d = _DIR_OR_DHORE.match(t, m.end())
        _span_of_time(ctx, m.start(), d.end() if d else m.end(), Fraction(50), "Y", d["dir"] if d else None)


# --- assembly ---------------------------------------------------------------


def _choose(found: list) -> list:
    """Non-overlapping expressions, longer ones first."""
    chosen: list = []
    taken: list[tuple[int, int]] = []
    for s, e, info in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append((s, e, info))
        taken.append((s, e))
    chosen.sort(key=lambda f: f[0])
    return chosen


_JOIN = re.compile(r"[\s,]*(?:at\s+)?(?:\(\s*)?")  # `December 18 at 10:30 am`
_SPAN_END = re.compile(rf"\s*(?:থেকে|হতে|[-–])\s*(?:(?P<p2>{_PARTS})(?:ে)?\s*)?(?P<h>{_D}{{1,2}})\s?(?:টা|টায়|টার|টে)"
                       rf"(?:\s+(?P<mn>{_D}{{1,2}})\s?মিনিট(?:ে|ের)?)?{_E}")
_TIME_THEN_DATE = re.compile(r"\s*,\s*")
_HHMM_STAMP = re.compile(rf"(?<!{_D})(?P<hh>{_D}{{2}})(?P<mm>{_D}{{2}})\s?ঘণ্টা(?=\s*,\s*{_MON})")


_SPAN_WORD = re.compile(r"\s*(?:থেকে|হতে|[-–]|to|until|till)\s*")
_REL_START = re.compile(rf"(?:{_alt(cw.PAST + cw.NEXT)})\s")


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
                    and _SPAN_WORD.fullmatch(ctx.text, e, s2) is not None:
                d1, d2 = info["day"], info2["day"]
                # A yearless first date moves to the second's year, unless গত/আগামী placed it.
                yearless1 = info.get("relative") and _REL_START.match(ctx.text, s) is None
                if info2.get("relative"):
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
        out.append((s, e, info))
        i += 1
    return out


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


def _anaphora(ctx: _Ctx, items: list, prior: _dt.date | None) -> list:
    """Anaphoric days resolved against the last date told before them in the
    text (else `prior`): `গতকাল বৃহস্পতিবার … এদিন` is that Thursday,
    `পরদিন` the day after it. With no date before it the day is not known
    (value None, warning `no_antecedent`), whatever the reference date: a
    guess would be as likely wrong as right."""
    last = prior
    last_md = None  # the last day told without a year (no reference date): `XXXX-12-20`
    out: list = []
    t = ctx.text
    k = 0
    while k < len(items):
        s, e, info = items[k]
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
        if last is not None:
            d = last + _dt.timedelta(days=step)
            info.update(value=_iso(d), day=d, warnings=["weekday_mismatch"]
                        if named is not None and d.weekday() != named[2]["bare_wd"] else [])
        elif named is not None and named[2].get("day") is not None:
            info.update(value=named[2]["value"], day=named[2]["day"], warnings=list(named[2].get("warnings", ())))
        elif last_md is not None and not (step and _GENITIVE_BEFORE.search(t, max(0, s - 30), s)):
            # The day and month are known, the year is not (28 February's next
            # day is 1 March but in a leap year, which the text cannot tell).
            mo, dd = int(last_md[5:7]), int(last_md[8:10])
            nd = _dt.date(2000 if (mo, dd) == (2, 29) else 2001, mo, dd) + _dt.timedelta(days=step)
            last_md = f"XXXX-{nd.month:02d}-{nd.day:02d}"
            info.update(value=last_md, warnings=["date_no_year"])
        else:
            info["warnings"] = ["no_antecedent"]
        if info.get("day") is not None:
            last, last_md = info["day"], None
        out.append((s, e, info))
        k += 1
    return out


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
                                "end_time": tinfo.get("end_time")}))
            i += 2
            continue
        if i + 1 < len(items) and info.get("kind") == "time" and items[i + 1][2].get("kind") == "date" \
                and items[i + 1][2].get("value") and _TIME_THEN_DATE.fullmatch(t, e, items[i + 1][0]):
            # `রাত ১০.১২, ২৩শে নভেম্বর`: the time first, then its date.
            ds, de, dinfo = items[i + 1]
            out.append((s, de, {**dinfo, "kind": "datetime", "time": info["time"],
                                "part": info.get("part"), "zone": info.get("zone"),
                                "end_time": info.get("end_time")}))
            i += 2
            continue
        out.append((s, e, info))
        i += 1
    return out


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
            if info.get("part") == "night" and h < 6 and (attached or info.get("ahead")):
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
            if info.get("part") == "night" and h < 6 and value[5:10].replace("-", "").isdigit():
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
                    relative, tuple(dict.fromkeys(warnings)), info.get("mod"))


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
    _relative_words(ctx)
    _numbers(ctx)
    items = _anaphora(ctx, _choose(ctx.found), _as_date(prior))
    items = _months_of_years(ctx, _with_mods(ctx, _date_spans(ctx, _merge_date_time(ctx, items))))
    return [_finish(ctx, s, e, info) for s, e, info in items]


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
