"""Reading one date line: labels, date, time, day part, weekday and zone.

`read_line(text)` turns a line such as ``প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫``
into `Reading`s, one per labelled segment (a line can hold the published and
the updated date, in either order). It works on canonical text (see
`bnnews.text`) and converts digits itself, so ``20২৩`` reads as 2023. It is
pure: it never looks at the clock, and a line without a year gives a reading
whose date is `None`.

The full temporal tagger (dates inside sentences, relative dates, the Bangla
and Hijri calendars) is a separate module; this one reads date lines only.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from ._memo import line_memo
from ._re import LazyPattern
from .digits import to_ascii_digits
from .lexicon import bylines as lx_bylines, calendar_words as cw
from .lexicon import lookup, nfc, trie_pattern

__all__ = ["Reading", "DateLine", "read_line", "hour24", "might_be_dateline"]

_BN = "\u0980-\u09ff"
# ঃ (visarga) is typed for a colon right after labels: let a word end there,
# and the next one start right after it (`আপডেটঃরাত ৮:১৫`).
_NOT_BN_BEFORE = "(?<![\u0980-\u0982\u0984-\u09ffA-Za-z])"
_NOT_BN_AFTER = "(?![\u0980-\u0982\u0984-\u09ffA-Za-z])"


_alt = trie_pattern


_table = lookup


# Spelling -> value tables, shared with the temporal tagger (bnnews.dates).
MONTH_OF = _MONTH = _table(cw.MONTHS)
WEEKDAY_OF = _WEEKDAY = _table(cw.WEEKDAYS)
PART_OF = _PART = _table(cw.DAY_PARTS)
ZONE_OF = _ZONE = {**_table(cw.ZONES), **_table(cw.ZONE_ABBREVIATIONS)}
_LABEL = _table({
    "published": cw.PUBLISHED_LABELS,
    "updated": cw.UPDATED_LABELS,
    "trailer": cw.TRAILER_LABELS,
    "print": cw.PRINT_LABELS,
})

# Spoken clock times (`রাত ৯টা ৫২ মিনিট`, `সকাল সাড়ে ১০টা`): the fraction
# words give the minutes, and পৌনে takes a quarter off the hour.
_FRACTION = {w: v for v, ws in cw.TIME_FRACTIONS.items() for w in nfc(ws)}

# One alternation, tried left to right: the longer and more specific token
# kinds come first so that `১৯৩১ ঘণ্টা` is a time and not a year.
_TOKEN = LazyPattern(
    lambda: rf"""
    (?P<label>{_NOT_BN_BEFORE}(?:{_alt(_LABEL)}){_NOT_BN_AFTER}(?!\s+[Bb]y\b|\s+করেছেন))
    |(?P<hhmm>(?<![0-9])[0-9]{{4}}\s*(?:ঘণ্টা|ঘন্টা))
    |(?P<iso>(?<![0-9])[0-9]{{4}}(?P<isep>[-/.])[0-9]{{1,2}}(?P=isep)[0-9]{{1,2}}(?![0-9]))
    |(?P<dmy>(?<![0-9])[0-9]{{1,2}}(?P<dsep>[-/.])[0-9]{{1,2}}(?P=dsep)(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9]))
    |(?P<offset>(?<=[0-9])\s?(?:[+-][0-9]{{2}}:?[0-9]{{2}}|Z)(?![0-9A-Za-z]))
    |(?P<time>(?<![0-9])[0-9]{{1,2}}\s?[:ঃ]\s?[0-9]{{2}}(?:\s?[:ঃ]\s?[0-9]{{2}}(?:\.[0-9]{{1,9}}(?=Z|[+-]))?)?(?![0-9]))
    |(?P<dottime>(?<![0-9.])[0-9]{{1,2}}\.[0-9]{{2}}(?![0-9]))
    |(?P<oclock>(?:{_NOT_BN_BEFORE}(?:{_alt(_FRACTION)})\s?)?(?<![0-9])[0-9]{{1,2}}\s?(?:টা|টে|ঘটিকা)(?:য়|র)?
        (?:\s(?:বেজে\s)?[0-9]{{1,2}}\s?(?:মিনিট(?:ে|ের)?|মি\.))?(?:(?<=\.)|{_NOT_BN_AFTER}))
    |(?P<num>(?<![0-9])(?P<numd>[0-9]+)(?:\s?(?:লা|রা|ঠা|ই|শে){_NOT_BN_AFTER}|(?:st|nd|rd|th)(?![A-Za-z]))?)
    |(?P<month>{_NOT_BN_BEFORE}(?:(?:{_alt(_MONTH)})\.?(?:য়ের|য়ে|ের|এর|র|তে|এ|ে|ই|ও)?{_NOT_BN_AFTER}
        |{_AUG_SHORT}(?=\.?,?\s?[0-9]{{4}})\.?))
    |(?P<wd>{_NOT_BN_BEFORE}(?:{_alt(_WEEKDAY)})(?:ের|এর|ে)?{_NOT_BN_AFTER})
    |(?P<zone>{_NOT_BN_BEFORE}(?:{_alt(_ZONE)})(?:\s?[+-]\s?[0-9]{{1,2}}(?::?[0-9]{{2}})?(?![0-9]))?{_NOT_BN_AFTER})
    |(?P<part>(?<![\u0980-\u0982\u0984-\u09ffA-Za-z.])(?:{_alt(_PART)}){_NOT_BN_AFTER})
    |(?P<alt>{_NOT_BN_BEFORE}(?:{_alt(cw.BANGLA_MONTHS + cw.HIJRI_MONTHS + cw.ERA_WORDS)}))
    |(?P<era>{_NOT_BN_BEFORE}(?:{_alt(cw.GREGORIAN_ERA)}))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LABEL_SEP = LazyPattern(r"\s*(?:[:ঃ]+\s*[-–]?|[-–]\s)")
_GAP_OK = LazyPattern(r"[\s,./\-–|()'’‘]*")  # (an apostrophe after a month: `২৯ নভেম্বর’ ২০২৫`)
_DIGITS = LazyPattern(r"[0-9]+")
_DATE_WORD_LABELS = frozenset(nfc(["তারিখ"]))
_OUTLET_WORD_LABELS = frozenset(nfc(["পোস্ট"]))
_OUTLETS = frozenset(nfc(lx_bylines.OUTLET_NAMES))
_WORD_AFTER = LazyPattern(rf" [{_BN}]")
# The word right before `তারিখ` (a space between), when it names whose date
# it is: a deadline's `শেষ`, a birth's `জন্ম`, an event's (`পরীক্ষার তারিখ`);
# a byline's last word may end as a genitive does (`রফিকুল ইসলাম বাবর তারিখ:`).
_WORD_BEFORE = LazyPattern(rf"([{_BN}]+) $")
_DATE_OF_WORDS = frozenset(nfc(cw.DATE_OF_WORDS))
_PAGE_DATE_OWNERS = frozenset(nfc(cw.PAGE_DATE_OWNERS))
_GENITIVE_ENDS = tuple(nfc(lx_bylines.GENITIVE_ENDINGS))
# A clock's opening word ends there: `ঢাকা, …` is the site's clock, `ঢাকায় …` a title.
_CLOCK_OPENER = LazyPattern(lambda: r"\s*(?:%s)(?![\u0980-\u09ffA-Za-z])" % _alt(nfc(cw.CLOCK_OPENERS)))
# `ঢাকা, ২৪ নভেম্বর ২০২৫ (বিডিনিউজ টোয়েন্টিফোর ডটকম)`: an agency's or an
# outlet's name closing the line in brackets makes a city and a date a story's
# dateline, not the site's clock.
_AGENCY_CLOSE = LazyPattern(r"\([^()0-9০-৯]{2,40}\)[\s:ঃ\-–]*$")
# `Thursday - May 2, 2024 8:13 AM`: a site's clock (formats.md §6.16); an
# article's date line puts a comma after its weekday, not a dash.
_DASHED_WEEKDAY_CLOCK = LazyPattern(
    r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [-–] [A-Z][a-z]+ \d{1,2}, \d{4}")
_WORD = LazyPattern(rf"[{_BN}A-Za-z]+")
# Cheap tests before the readers: a date line holds a clock time or a numeric
# date, or a month name; a four-digit year or HHMM counts only beside a word
# that can make it a date or time (`ঘণ্টা`, `টা`, a Bangla or Hijri month, an
# era, a label). A false hit only costs a read that finds nothing; a line with
# a number in it (`৩০০ আসনে ২৭৮০ মনোনয়নপত্র`) is no longer read at all.
_HINT = re.compile(r"[0-9০-৯](?:\s?[:ঃ.]\s?[0-9০-৯]|[-/][0-9০-৯])")
_FOUR_DIGITS = re.compile("[0-9০-৯]{4}")
_OCLOCK_HINT = LazyPattern(lambda: nfc([r"[0-9০-৯]\s?(?:টা|টে|ঘটিকা)"])[0])
_YEAR_COMPANIONS = ("ঘণ্টা", "ঘন্টা", "টা", "টে", "ঘটিকা")
_ALT_FIND = LazyPattern(lambda: _alt(cw.BANGLA_MONTHS + cw.HIJRI_MONTHS + cw.ERA_WORDS))


class Reading(NamedTuple):
    """One date (and time) read from a segment of a line.

    A NamedTuple rather than a frozen dataclass: readings are made by the
    hundred thousand in batch runs, and a tuple is built several times faster.
    """

    role: str  # published | updated | trailer | print | plain
    raw: str
    start: int
    end: int
    date: tuple[int, int, int] | None  # (y, m, d); None when no year
    month_day: tuple[int, int] | None  # printed month and day, even without year
    time: tuple[int, int, int | None] | None  # (h, m, s or None) on a 24-hour clock
    zone: str | None  # an offset printed on the line
    part: str | None  # the day-part rule that was applied
    weekday: int | None
    warnings: tuple[str, ...]


class DateLine(NamedTuple):
    """What a line holds: its readings, and whether it is a site clock."""

    readings: tuple[Reading, ...]
    clock: bool  # a site clock or masthead: the crawl date, never the article's
    labels: tuple[str, ...]  # the roles of every label printed, empty ones too
    prefix: str  # text before the first token (a byline on the same line)
    extra_words: int  # words that are neither date tokens nor the prefix


@dataclass(slots=True, eq=False)  # identity comparison keeps list.index cheap
class _Tok:
    kind: str
    text: str
    start: int
    end: int
    value: int = 0  # a num token's value
    ndigits: int = 0


_ANY_DIGIT = re.compile("[0-9০-৯]")
# (`Published by: NAME`, `Updated By: NAME` name a person, not a date.)
_LABEL_ONLY = LazyPattern(lambda: rf"{_NOT_BN_BEFORE}(?:{_alt(_LABEL)})(?!\s+by\b)", re.IGNORECASE)


@line_memo
def might_be_dateline(line: str) -> bool:
    """A cheap filter: False means `read_line` would find nothing."""
    if _ANY_DIGIT.search(line) is None:
        # Only a bare label (`প্রকাশিত:` with the date on the next line).
        return len(line) <= 40 and _LABEL_ONLY.search(line) is not None
    if _HINT.search(line) is not None:
        return True
    # A month name as a word of its own (`মে` inside `টমেটোর` is not May).
    for m in _FAST_MONTH.finditer(line):
        a, b = m.start(), m.end()
        if (a == 0 or not _is_letter(line[a - 1])) and (b == len(line) or not _is_letter(line[b])):
            return True
    if _FOUR_DIGITS.search(line) is not None and (
            any(w in line for w in _YEAR_COMPANIONS) or _ALT_FIND.search(line) is not None
            or _LABEL_ONLY.search(line) is not None):
        return True
    # `প্রকাশিত: গতকাল, রাত ৯টা`: a label and a spoken hour, with no date's digits
    return len(line) <= 80 and _OCLOCK_HINT.search(line) is not None and _LABEL_ONLY.search(line) is not None


def _is_letter(ch: str) -> bool:
    return "\u0980" <= ch <= "\u09ff" and not "\u09e6" <= ch <= "\u09ef" or ch.isalpha()


def hour24(h: int, part: str | None) -> int:
    """The 24-hour hour for `h` said with a day-part rule (bangla.md §4.2)."""
    if part is None or h > 12:
        return h
    if part == "am":
        return 0 if h == 12 else h
    if part == "pm":
        return h if h == 12 else h + 12
    if part == "night":  # রাত: 7-11 pm, 12 is midnight, 1-6 after midnight
        if h == 12:
            return 0
        return h + 12 if h >= 7 else h
    if part == "noon":
        return h + 12 if 1 <= h <= 5 else h
    return h  # morning


_ZONE_SHIFT = re.compile(r"^(.*?)\s?([+-])\s?([0-9]{1,2})(?::?([0-9]{2}))?$")


def _zone_token(text: str) -> str:
    """`IST` -> +05:30; `GMT+6`, `জিএমটি+৬`, `UTC +06:00` -> +06:00: a shift
    after a zone counts from that zone."""
    m = _ZONE_SHIFT.match(text)
    if m is None:
        return _ZONE[text.lower()]
    base = _ZONE[m.group(1).strip().lower()]
    sign = 1 if base[0] == "+" else -1
    minutes = sign * (int(base[1:3]) * 60 + int(base[4:6]))
    shift = int(m.group(3)) * 60 + int(m.group(4) or 0)
    minutes += shift if m.group(2) == "+" else -shift
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _offset(text: str) -> str:
    """`+0600`, `+06:00`, `Z` -> `+06:00`."""
    t = text.strip().replace(":", "")
    if t == "Z":
        return "+00:00"
    return f"{t[:3]}:{t[3:]}"


def _checked(date: tuple[int, int, int], weekday: int | None, warnings: list[str]):
    """The date if it exists (else None and `invalid_date`); a printed weekday
    that disagrees adds `weekday_mismatch` and the date is kept."""
    try:
        d = _dt.date(*date)
    except ValueError:
        warnings.append("invalid_date")
        return None
    if date[0] < 1800:  # WordPress prints an unset date as `30 November -0001`
        warnings.append("invalid_date")
        return None
    if weekday is not None and d.weekday() != weekday:
        warnings.append("weekday_mismatch")
    return date


def _gap_ok(text: str, a: int, b: int) -> bool:
    return a <= b and _GAP_OK.fullmatch(text, a, b) is not None


def _num(tok: _Tok) -> tuple[int, int]:
    """(value, digit count) of a num token, suffix ignored."""
    return tok.value, tok.ndigits


# Possessive: a loose word never gives characters back, which keeps a failed
# match from backtracking through every letter of the line (a third faster).
_W = r"[^\s,|:ঃ0-9০-৯()\[\]]++"
_DG = "[0-9০-৯]"  # the fast reader takes either digits: int() reads both


def _fast_time(n: int) -> str:
    return (rf"(?:(?P<h{n}>{_DG}{{1,2}})\s?[:ঃ]\s?(?P<mi{n}>{_DG}{{2}})(?:\s?:\s?(?P<s{n}>{_DG}{{2}}))?"
            rf"(?!{_DG}|\.{_DG})|(?P<hm{n}>{_DG}{{4}})\s*(?:ঘণ্টা|ঘন্টা))(?:\s?(?P<w{n}>{_W}))?")


# The common shape of a date line, read in one match: an optional label, a
# time before or after, one day-month-year date (either order) with an
# optional weekday. The words are captured loosely and looked up in the
# tables, which keeps this pattern small; a line it does not fit goes to the
# tokenizer below, and both give the same reading (tests/test_datelines.py
# checks that they agree).
_FAST = re.compile(
    rf"\s*+(?:(?P<label>{_W}(?: {_W})?)\s?[:ঃ]\s*+)?"
    rf"(?:{_fast_time(1)}\s?[,|]?\s*+)?"
    rf"(?:(?P<wd1>{_W})(?:,\s*+|\s+))?"
    rf"(?:(?:(?P<d>{_DG}{{1,2}}),?\s(?P<mon>{_W}),?\s*+(?:(?P<wd2>{_W})(?:,\s*+|\s+))?"
    rf"|(?P<mon2>{_W})\s(?P<d2>{_DG}{{1,2}}),?\s*+)"
    rf"(?P<y>{_DG}{{4}})"
    rf"|(?P<nd>{_DG}{{1,2}})(?P<ns>[-/.])(?P<nm>{_DG}{{1,2}})(?P=ns)(?P<ny>{_DG}{{4}})"
    rf"|(?P<iy>{_DG}{{4}})(?P<is>[-/.])(?P<im>{_DG}{{1,2}})(?P=is)(?P<id>{_DG}{{1,2}})(?!{_DG}))"
    rf"(?:(?:\s?,?\s*+|T){_fast_time(2)}(?P<off>[+-]{_DG}{{2}}:?{_DG}{{2}}|Z)?)?"
    rf"[\s|]*"
)
# Month names as printed (Latin ones in their usual cases): no IGNORECASE,
# which would slow every scan of a line.
_MONTH_SPELLINGS = sorted({v for w in nfc(x for ws in cw.MONTHS.values() for x in ws)
                           for v in (w, w.lower(), w.upper(), w.capitalize())})
_FAST_MONTH = LazyPattern(lambda: rf"(?:{_alt(_MONTH_SPELLINGS)})\.?(?:য়ের|য়ে|ের|এর|র|তে|এ|ে|ই|ও)?")
# Labels as printed, to find where a second date starts (`… | আপডেট: …`,
# `…১৮:০৪আপডেট : …`), never inside a word (what `_is_letter` tests).
_LABEL_FIND = LazyPattern(lambda: r"(?<![\u0980-\u09e5\u09f0-\u09ff])(?<![^\W\d_])" + _alt(sorted({
    v for w in nfc(cw.PUBLISHED_LABELS + cw.UPDATED_LABELS + cw.TRAILER_LABELS + cw.PRINT_LABELS)
    for v in (w, w.lower(), w.upper(), w.capitalize())})))
_SECOND_LABEL = re.compile("|".join(nfc(["আপডেট", "প্রকাশ", "হালনাগাদ", "Updated", "Published", "UPDATED"])))
_MONTH_SUFFIXES = ("য়ের", "য়ে", "ের", "এর", "র", "তে", "এ", "ে", "ই", "ও")
# CLDR's short August (`২৯ আগ, ২০২১`), read only before a year: আগে is "before".
_AUG_SHORT = nfc(["আগ"])[0]


def _month_word(word: str) -> int:
    """The month a word names exactly, with an optional dot and case ending
    (as the tokenizer reads it: `নভেম্বর`, `নভেম্বরে`, `ফেব্রু.`); 0 for any
    other word (`মেয়র`)."""
    w = word.lower()
    n = _MONTH.get(w.rstrip("."))
    if n:
        return n
    for suf in _MONTH_SUFFIXES:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            n = _MONTH.get(stem.rstrip("."))
            if n and stem.count(".") <= 1:
                return n
    return 0



def _fast_segment(text: str, a: int, b: int) -> Reading | None:
    """One date (with its label) filling text[a:b], or None."""
    m = _FAST.fullmatch(text, a, b)
    if m is None:
        return None
    (label, h1, mi1, s1, hm1, w1, wd1, d, mon, wd2, mon2, d2, y, nd, _ns, nm, ny, iy, _is, im, iday,
     h2, mi2, s2, hm2, w2, off) = m.groups()  # one call: reading groups by name costs more
    if label is None:
        role = "plain"
    else:
        role = _LABEL.get(label) or _LABEL.get(label.lower())
        if role is None:
            return None
    if mon is None:
        mon = mon2
    if mon is not None:
        month = _MONTH.get(mon) or _month_word(mon)
        if not month:
            return None
    weekday = None
    if wd1 is not None or wd2 is not None:
        for w in (wd1, wd2):
            if w is not None:
                weekday = _WEEKDAY.get(w)
                if weekday is None:
                    weekday = _WEEKDAY.get(w.lower())
                    if weekday is None:
                        return None
    time = part = zone = None
    warnings: list[str] = []
    if h1 is not None or hm1 is not None:
        if h2 is not None or hm2 is not None:
            return None
        hh, mm, ss, w, hm = h1, mi1, s1, w1, hm1
    elif h2 is not None or hm2 is not None:
        hh, mm, ss, w, hm = h2, mi2, s2, w2, hm2
    else:
        hm = hh = None
    if hh is not None or hm is not None:
        if w is not None:  # a day part (পিএম, রাত) or a zone (IST) after the time
            part = _PART.get(w) or _PART.get(w.lower())
            if part is None:
                zone = _ZONE.get(w.lower())
                if zone is None:
                    return None
        if hm is not None:
            if part is not None:
                return None
            h, mi, sec = int(hm[:2]), int(hm[2:]), None
        else:
            h, mi = int(hh), int(mm)
            sec = int(ss) if ss is not None else None
        h24 = hour24(h, part)
        if h24 > 23 or mi > 59 or (sec is not None and sec > 59):
            return None
        time = (h24, mi, sec)
        if h24 == 0 and mi == 0 and not sec and part is None:
            warnings.append("print_time_0000")
    if iy is not None:  # ISO order: ২০২৪-১১-১০, 2025-12-29T15:00:16+00:00
        day, month, year = int(iday), int(im), int(iy)
        if off:
            zone = _offset(to_ascii_digits(off))
    elif mon is None:  # a numeric date, day first: ১০-১১-২০২৪
        day, month, year = int(nd), int(nm), int(ny)
    else:
        day = int(d or d2)
        year = int(y)
    date = _checked((year, month, day), weekday, warnings)
    if zone is None and role == "trailer":
        zone = "+06:00"
    start = m.end(1) if label else a
    while start < b and text[start] in " \t:ঃ":
        start += 1
    if label and start < b and text[start] in "-–" and start + 1 < b and text[start + 1] == " ":
        start += 2  # `প্রকাশ :- …`
    end = b
    while end > start and text[end - 1] in " \t|":
        end -= 1
    return Reading(role, text[start:end], start, end, date, (month, day), time, zone, part, weekday,
                   tuple(warnings))


def _read_fast(text: str) -> DateLine | None:
    """The one-regex reader: a line of one date, or of dated segments that
    labels separate (`… | আপডেট: …`, `| আপডেট : … | প্রকাশিত : …`)."""
    # A label after the start means several segments: skip the whole-line try,
    # whose failure (backtracking over a long line) costs more than the split.
    later_label = _SECOND_LABEL.search(text, 4) is not None
    if not later_label:
        r = _fast_segment(text, 0, len(text))
        if r is not None:
            return DateLine((r,), False, (r.role,) if r.role != "plain" else (), "", 0)
    cuts = [m.start() for m in _LABEL_FIND.finditer(text)]
    if not cuts or (len(cuts) == 1 and not text[:cuts[0]].strip(" \t|")):
        if later_label:  # one label after all (`Last Updated: …`)
            r = _fast_segment(text, 0, len(text))
            if r is not None:
                return DateLine((r,), False, (r.role,) if r.role != "plain" else (), "", 0)
        return None
    readings = []
    roles = []
    bounds = [0, *cuts, len(text)]
    for a, b in zip(bounds, bounds[1:]):
        r = _fast_segment(text, a, b)
        if r is None:
            seg = text[a:b].strip(" \t|")
            if not seg:
                continue
            if a in cuts and _LABEL_ONLY.fullmatch(seg.rstrip(" :ঃ-–")):
                roles.append(_LABEL[seg.rstrip(" :ঃ-–").lower()])  # an empty `আপডেট:`
                continue
            return None
        readings.append(r)
        if r.role != "plain":
            roles.append(r.role)
    if not readings:
        return None
    first = len(text) - len(text.lstrip(" \t|"))
    return DateLine(tuple(readings), False, tuple(roles), text[:first].strip(), 0)


@line_memo
def read_line(line: str) -> DateLine | None:
    """Read a (canonical) line; None when it holds no date or time at all."""
    if not line or not might_be_dateline(line):
        return None
    fast = _read_fast(line)
    if fast is not None:
        return fast
    return _same_day_update(_time_then_date(_read_tokens(line, to_ascii_digits(line)), line))


def _time_then_date(dl: DateLine | None, line: str) -> DateLine | None:
    """`সময় : ১০:১৫ এএম, তারিখ : ২৮/১১/২০২৫`: an unlabelled time alone, then
    a date alone, on one line: one reading, the date's, with the time."""
    if dl is None or len(dl.readings) != 2:
        return dl
    a, b = dl.readings
    if a.role == "plain" and a.time and a.date is None and a.month_day is None \
            and b.date and b.time is None:
        merged = b._replace(time=a.time, part=a.part, zone=a.zone or b.zone, start=a.start,
                            raw=line[a.start:b.end])
        return dl._replace(readings=(merged,))
    if a.role in ("published", "updated") and a.date and a.time is None and b.role == "trailer" \
            and b.time and b.date is None and b.month_day is None and len(line[a.end:b.start].strip()) <= 20:
        # `প্রকাশ: DATE বাংলাদেশ সময় রাত ৯টা ৫২ মিনিটে`: the zone's name before
        # the time of the same date, not a trailer of its own
        merged = a._replace(time=b.time, part=b.part, zone=b.zone or a.zone, end=b.end, raw=line[a.start:b.end])
        return dl._replace(readings=(merged,))
    return dl


def _same_day_update(dl: DateLine | None) -> DateLine | None:
    """`প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম | আপডেট: ১০:১০ পিএম`: an update
    printed as a time alone is on the published day of the same line (also
    when that date is unlabelled: `DATE, TIME (আপডেট: TIME)`)."""
    if dl is None or len(dl.readings) < 2:
        return dl
    # The published date may be unlabelled (`DATE, TIME (আপডেট: TIME)`).
    pub = next((r for r in dl.readings if r.role in ("published", "plain") and r.date and r.time), None)
    if pub is None or not any(r.role == "updated" and r.date is None and r.month_day is None and r.time
                              for r in dl.readings):
        return dl
    readings = tuple(r._replace(date=pub.date, month_day=pub.month_day)
                     if r.role == "updated" and r.date is None and r.month_day is None and r.time
                     and r.time >= pub.time else r for r in dl.readings)
    return dl._replace(readings=readings)


# Where a token can start: a letter that starts a word, a digit that starts a
# number, or the gap after a digit (an offset). Trying `_TOKEN` only there
# gives what `_TOKEN.finditer` gives (every alternative begins with one of
# these), at a third of the cost: the alternation is not tried inside words.
_TOKEN_START = LazyPattern(
    "(?<![\u0980-\u0982\u0984-\u09ffA-Za-z])[\u0980-\u09ffA-Za-z\u017f\u212a]|(?<![0-9])[0-9]|(?<=[0-9])[\\s+\\-]")


def _tokens(text: str):
    pos = 0
    match = _TOKEN.match
    for c in _TOKEN_START.finditer(text):
        p = c.start()
        if p >= pos:
            m = match(text, p)
            if m is not None:
                pos = m.end()
                yield m


def _read_tokens(line: str, text: str) -> DateLine | None:
    """The general reader: tokens, then segments split at labels."""
    toks: list[_Tok] = []
    for m in _tokens(text):
        kind = m.lastgroup
        end = m.end()
        if kind == "label" and m.group() in _DATE_WORD_LABELS and m.start() > 0 \
                and (w := _WORD_BEFORE.search(text, 0, m.start())) is not None \
                and (w.group(1) in _DATE_OF_WORDS or text.endswith("।")
                     or w.group(1).endswith(_GENITIVE_ENDS) and w.group(1) not in _PAGE_DATE_OWNERS) \
                and not (toks and toks[-1].kind == "label" and toks[-1].end >= m.start() - 1):
            # `প্রার্থিতা প্রত্যাহারের শেষ তারিখ ২০ জানুয়ারি।`, `আবেদনের শেষ তারিখ: …`:
            # the date of something the words before it name (a deadline), no
            # label of the page's (`প্রকাশ তারিখ:` follows a label; `তারিখ:` opens the line)
            continue
        if kind == "label" and m.group() in _OUTLET_WORD_LABELS and m.start() > 0 \
                and (w := _WORD_BEFORE.search(text, 0, m.start())) is not None \
                and (_WORD_AFTER.match(text, m.end()) is not None or f"{w.group(1)} {m.group()}" in _OUTLETS):
            continue  # `ঢাকা পোস্ট ডেস্ক | প্রকাশ: …`: an outlet's name, its last word a label's
        if kind == "label":
            sep = _LABEL_SEP.match(text, end)
            if sep:
                end = sep.end()
            toks.append(_Tok(kind, m.group(), m.start(), end))
        elif kind == "num":
            d = m.group("numd")
            toks.append(_Tok("num", m.group(), m.start(), end, int(d), len(d)))
        else:
            toks.append(_Tok(kind, m.group(), m.start(), end))
    if not toks:
        return None
    segments: list[tuple[str, list[_Tok]]] = [("plain", [])]
    labels = []
    for t in toks:
        if t.kind == "label":
            role = _LABEL[t.text.strip().lower()]
            labels.append(role)
            segments.append((role, [t]))
        else:
            segments[-1][1].append(t)
    readings = []
    for role, seg in segments:
        r = _read_segment(role, seg, line, text)
        if r is not None:
            readings.append(r)
    has_alt = any(t.kind == "alt" for t in toks)
    if not readings and not labels and not has_alt:
        return None
    first = toks[0].start
    if labels and segments[0][1] and all(t.kind == "num" for t in segments[0][1]) \
            and not any(r.start < segments[1][1][0].start for r in readings):
        # `নিজস্ব সংবাদদাতা, উত্তর ২৪ পরগনা | প্রকাশিত: …`: a number in the
        # byline before the label is no part of the date
        first = segments[1][1][0].start
    prefix = line[:first].strip()
    # Words outside the date tokens tell a date line from a sentence that
    # happens to hold a date ("... বিক্রি শুরু ১৪ মার্চ").
    extra = 0
    pos = first
    for t in toks:
        if t.start > pos and text[pos:t.start] != "T":  # ISO's `T` between date and time
            extra += len(_WORD.findall(text, pos, t.start))
        pos = max(pos, t.end)
    if pos < len(text):
        extra += len(_WORD.findall(text, pos))
    opener = (_CLOCK_OPENER.match(prefix) is not None or _CLOCK_OPENER.match(line) is not None) \
        and _AGENCY_CLOSE.search(line) is None or _DASHED_WEEKDAY_CLOCK.match(line) is not None
    labelled = any(r in ("published", "updated") for r in labels)
    # (a Bangla or Hijri date that is the line's only date, with its time, is a stamp)
    alt_stamp = bool(readings) and all(r.date and r.time and any(w in _ALT_CALENDARS for w in r.warnings)
                                       for r in readings)
    clock = not labelled and (has_alt and not alt_stamp or opener)
    return DateLine(tuple(readings), clock, tuple(labels), prefix, extra)


_BANGLA_MONTH = lookup(cw.BANGLA_MONTH_NUM)
_YEAR_OF = re.compile("|".join(nfc([r"\s*(?:সালের|সনের|খ্রিস্টাব্দের|খ্রিষ্টাব্দের)\s*"])))  # `২০২৫ সালের ২৪ নভেম্বর`
_ALT_CALENDARS = frozenset(["bangla_calendar", "hijri_calendar"])
_HIJRI_MONTH = lookup(cw.HIJRI_MONTH_NUM)


def _bangla_calendar_date(body: list[_Tok], text: str) -> tuple[tuple[int, int, int], list[_Tok], str] | None:
    """Day, Bangla (or Hijri) month and year in a row (`১০ অগ্রহায়ণ ১৪৩২`,
    `৮ জমাদিউস সানি ১৪৪৭`): the Gregorian date, the tokens and the calendar's
    warning, or None."""
    from .calendars import bangla_to_gregorian, hijri_to_gregorian  # (only for the rare line that needs it)
    for i in range(len(body) - 2):
        d, mon, y = body[i], body[i + 1], body[i + 2]
        if d.kind != "num" or mon.kind != "alt" or y.kind != "num" \
                or mon.text not in _BANGLA_MONTH and mon.text not in _HIJRI_MONTH:
            continue
        (day, k), (year, ky) = _num(d), _num(y)
        hijri = mon.text in _HIJRI_MONTH
        if k > 2 or ky != 4 or not (1400 <= year <= 1500 if hijri else 1300 <= year <= 1500) \
                or not (_gap_ok(text, d.end, mon.start) and _gap_ok(text, mon.end, y.start)):
            continue
        try:
            g = hijri_to_gregorian(day, _HIJRI_MONTH[mon.text], year) if hijri \
                else bangla_to_gregorian(day, _BANGLA_MONTH[mon.text], year)
        except (ValueError, OverflowError):
            return None
        return (g.year, g.month, g.day), [d, mon, y], "hijri_calendar" if hijri else "bangla_calendar"
    return None


_APOSTROPHES = "'’‘`"
# `সময়ঃ ১০.৩০ মি.`: a dotted figure the word for time labels is a time
_TIME_WORD_BEFORE = LazyPattern(lambda: nfc([r"(?:সময়|[Tt]ime)\s?[:ঃ]\s?$"])[0])
_SHORT_YEAR_END = LazyPattern(r"\s*(?:ইং|খ্রি[.ঃ:]?)?\s*(?:[,|।-]\s*[0-9০-৯]{1,2}\s?[:ঃ.]\s?[0-9০-৯]{2}|\s*$)")


def _read_segment(role: str, seg: list[_Tok], line: str, text: str) -> Reading | None:
    body = [t for t in seg if t.kind != "label"]
    if not body:
        return None
    date = None
    month_day = None
    used: list[_Tok] = []
    warnings: list[str] = []
    n = len(body)
    for i, t in enumerate(body):
        if t.kind == "iso":
            y, m, d = (int(x) for x in re.split(r"[-/.]", t.text))  # `2025-11-24`, `2025/11/24`
            date, month_day, used = (y, m, d), (m, d), [t]
            break
        if t.kind == "dmy":
            d, m, y = (int(x) for x in re.split(r"[-/.]", t.text))
            if y < 100:  # `২৪/১১/২৫ইং`: two digits of the year, as with `'২৫`
                y += 2000 if y < 30 else 1900
            date, month_day, used = (y, m, d), (m, d), [t]
            break
        if t.kind != "month":
            continue
        month = _month_of(t.text)
        day_tok = None
        prev = body[i - 1] if i > 0 else None
        nxt = body[i + 1] if i + 1 < n else None
        if prev and prev.kind == "num" and _gap_ok(text, prev.end, t.start):
            v, k = _num(prev)
            if 1 <= v <= 31 and k <= 2:
                day_tok = prev
        if day_tok is None and nxt and nxt.kind == "num" and _gap_ok(text, t.end, nxt.start):
            v, k = _num(nxt)
            if 1 <= v <= 31 and k <= 2:
                day_tok = nxt
        if day_tok is None:
            continue
        day = _num(day_tok)[0]
        used = [day_tok, t] if day_tok.start < t.start else [t, day_tok]
        # The year follows, perhaps after a weekday, an era word or a time
        # (`৩০ নভেম্বর,বুধবার,২০২২`; `November 18 04:24pm 2020`).
        last = used[-1]
        year = None
        for u in body[body.index(last) + 1:]:
            # `২৯ নভেম্বর '২৫`: a year of two digits after an apostrophe (which the gap allows)
            apos = u.kind == "num" and u.start > 0 and text[u.start - 1] in _APOSTROPHES
            if not _gap_ok(text, last.end, u.start):
                break
            if u.kind == "num":
                v, k = _num(u)
                if k == 4:
                    year = v
                    used.append(u)
                elif k == 2 and (apos or role in ("published", "updated") and last is used[-1]
                                 and _SHORT_YEAR_END.match(text, u.end) is not None):
                    # (`'৯৮` is 1998: no news site's page is dated a century on;
                    # `প্রকাশ: ২৯ নভেম্বর, ২৫` with nothing after the two digits
                    # but the time or the line's end: the year, under a date label)
                    year = v + (2000 if v < 70 else 1900)
                    used.append(u)
                break
            if u.kind not in ("wd", "era", "time", "oclock", "part", "zone"):
                break
            last = u
        if year is None and (j := body.index(used[0])) > 0 and body[j - 1].kind == "num" \
                and (_gap_ok(text, body[j - 1].end, used[0].start)
                     or _YEAR_OF.fullmatch(text, body[j - 1].end, used[0].start) is not None) \
                and _num(body[j - 1])[1] == 4:
            # `২০২৫ নভেম্বর ২৭ ০৯:২৪:৪৮` (duaa-news): the year first; `২০২৫ সালের ২৪ নভেম্বর`
            year = _num(body[j - 1])[0]
            used.insert(0, body[j - 1])
        month_day = (month, day)
        if year is not None:
            date = (year, month, day)
        break
    if date is None and month_day is None and (role in ("published", "updated") or role == "plain" and any(
            t.kind in ("time", "hhmm") or t.kind == "oclock" and ("মিনিট" in t.text or any(
                u.kind == "part" for u in body)) for t in body)) \
            and (bd := _bangla_calendar_date(body, text)) is not None:
        # `প্রকাশ: ১০ অগ্রহায়ণ ১৪৩২`: a labelled date printed in the Bangla
        # calendar only (read by the Bangladesh rule; sites on the old one
        # are a day ahead from Kartik to Choitro, formats.md §6.8). Unlabelled,
        # with its time (`১২ অগ্রহায়ণ ১৪৩২, ০৯:৫২`): a story's stamp too; a
        # site's clock prints the Gregorian date beside it.
        date, used, calendar = bd
        month_day = date[1:]
        warnings.append(calendar)
    clock_tok = None
    for t in body:
        if t.kind in ("time", "hhmm"):
            clock_tok = t
            break
    part = None
    part_tok = None
    if clock_tok is None:
        # `রাত ১০.১২`: a dotted time counts only beside a day-part word, or
        # right before or after a full date, a weekday or an era word between
        # them or not (`১২ ডিসেম্বর ২০২৩ ইং, ১০.১২`, `প্রকাশ: ২০.৪৮, সোমবার,
        # ৮ এপ্রিল ২০২৪`);
        # elsewhere it is a decimal (`১০.১২ শতাংশ`).
        beside_date = set()
        if date:
            at = sorted(body.index(u) for u in used)
            for step, j in ((-1, at[0]), (1, at[-1])):
                while 0 <= j + step < n:
                    a, b = (body[j + step], body[j]) if step < 0 else (body[j], body[j + step])
                    if not _gap_ok(text, a.end, b.start):
                        break
                    j += step
                    if body[j].kind not in ("wd", "era"):
                        beside_date.add(j)
                        break
        for i, t in enumerate(body):
            if t.kind == "dottime":
                near = [body[j] for j in (i - 1, i + 1) if 0 <= j < n and body[j].kind == "part"]
                if near or i in beside_date or _TIME_WORD_BEFORE.search(text, max(0, t.start - 12), t.start):
                    clock_tok = t
                    break
    if clock_tok is None:
        # `রাত ৯টা ৫২ মিনিট`: a spoken time counts beside a day-part word or
        # with its minutes; `১০টা` alone counts ten things.
        for i, t in enumerate(body):
            if t.kind == "oclock":
                near = [body[j] for j in (i - 1, i + 1) if 0 <= j < n and body[j].kind == "part"]
                if near or "মিনিট" in t.text or t.text.endswith("মি."):
                    clock_tok = t
                    break
    time = None
    if clock_tok is not None:
        if clock_tok.kind == "oclock":
            nums = [int(x) for x in _DIGITS.findall(clock_tok.text)]
            h, mi, s = nums[0], (nums[1] if len(nums) > 1 else 0), None
            frac = next((f for f in _FRACTION if clock_tok.text.startswith(f)), None)
            if frac is not None:
                dh, mi = _FRACTION[frac]
                h = h + dh if h + dh >= 1 else 12
        elif clock_tok.kind == "hhmm":
            digits = _DIGITS.match(clock_tok.text).group()
            h, mi, s = int(digits[:2]), int(digits[2:]), None
        else:
            nums = [int(x) for x in _DIGITS.findall(clock_tok.text)]
            h, mi = nums[0], nums[1]
            s = nums[2] if len(nums) > 2 else None
        idx = body.index(clock_tok)
        for j in (idx + 1, idx - 1):
            if 0 <= j < n and body[j].kind == "part":
                a, b = sorted((body[j], clock_tok), key=lambda x: x.start)
                if _gap_ok(text, a.end, b.start):
                    part_tok = body[j]
                    part = _PART[part_tok.text.lower()]
                    break
        h24 = hour24(h, part)
        if h24 <= 23 and mi <= 59 and (s is None or s <= 59):
            time = (h24, mi, s)
            used.append(clock_tok)
            if part_tok is not None:
                used.append(part_tok)
            if h24 == 0 and mi == 0 and not s and part is None:
                warnings.append("print_time_0000")
        else:
            warnings.append("invalid_time")  # `২৫:০৫`: no time; the date stands
    if month_day is None and time is None:
        return None
    zone = None
    weekday = None
    for t in body:
        if t.kind == "zone" and zone is None:
            zone = _zone_token(t.text)
            used.append(t)
        elif t.kind == "offset" and zone is None and clock_tok is not None \
                and t.start == clock_tok.end:
            zone = _offset(t.text)  # `…T11:59:43+00:00`: the offset the time is in
            used.append(t)
        elif t.kind == "wd" and weekday is None:
            weekday = _WEEKDAY[_strip_case(t.text).lower()]
            used.append(t)
    if zone is None and role == "trailer":
        zone = "+06:00"  # the label itself says `বাংলাদেশ সময়`
    if date is not None:
        date = _checked(date, weekday, warnings)
    elif month_day is not None:
        warnings.append("date_no_year")
    start = min(t.start for t in used)
    end = max(t.end for t in used)
    if date is None and month_day is None and (rel := _RELATIVE_DAY.search(text, max(0, start - 24), start)) \
            is not None:
        # `প্রকাশিত: গতকাল, রাত ১০:৩০`, `Published: Yesterday, 10:30 PM`: a
        # day told against the crawl, which the page does not give; the time
        # is kept, the date stays null.
        start = rel.start()
        warnings.append("date_relative")
    elif date is None and month_day is None and weekday is not None:
        warnings.append("date_relative")  # `প্রকাশ: শনিবার, ১০:৩০`: a day of the week the crawl time would place
    return Reading(role, line[start:end], start, end, date, month_day, time, zone,
                   part, weekday, tuple(warnings))


# The word for today, yesterday or tomorrow right before a date line's time.
_RELATIVE_DAY = LazyPattern(lambda: r"(?<![\u0980-\u09ffA-Za-z])(?:%s)[\s,।|\-–]*$" % _alt(
    nfc([w for w in cw.TODAY + cw.YESTERDAY + cw.TOMORROW if " " not in w])))


_CASE_ENDINGS = ("ের", "এর", "ে")


def _strip_case(word: str) -> str:
    w = word
    if w.lower() in _WEEKDAY:
        return w
    for e in _CASE_ENDINGS:
        if w.endswith(e) and w[: -len(e)].lower() in _WEEKDAY:
            return w[: -len(e)]
    return w


def _month_of(word: str) -> int:
    w = word.rstrip(".").lower()
    if w == _AUG_SHORT:
        return 8
    for k in range(len(w), 0, -1):
        if w[:k] in _MONTH:
            return _MONTH[w[:k]]
    raise KeyError(word)
