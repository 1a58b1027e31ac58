"""Generated inputs against the readers: how many come out right.

    python bench/fuzz_readers.py [--seed 7]

1. Number phrases: crore/lakh/thousand/hundred compositions in words (every
   spelling of tests/data/number_words.tsv), digits and mixes, then সাড়ে,
   সোয়া, পৌনে, দেড়, আড়াই and দশমিক forms; `parse_number` must give the
   value they were built from; and bounds in a sentence (প্রায়/অন্তত/অনধিক
   N, হাজার পাঁচেক, N হাজারের বেশি/কম, and `N টাকা বেশি`, which has none;
   a vague count before crore, `কয়েক হাজার কোটি টাকা`; a temperature below
   zero, `মাইনাস N ডিগ্রি`; a span with the formal হইতে): `find_numbers`
   must give the value and the bound.
2. Date lines read alone: 22 layouts (labels, ordinals, weekdays before and
   after, day parts, eras, slashes, dots, abbreviations, English months);
   `parse_date` must give the date (and time) they were built from. Then
   lines composed at random from their parts (a label and its separator, the
   date's order, an ordinal, an era, a weekday in three places, the time's
   form and place, the digits' script) against the same check.
3. The same lines inside pages, in five positions (under the desk, above the
   headline, beside the desk, between a kicker and a related list, after the
   body); the page must keep its headline and give the line's value as
   published or updated.
4. Byline forms of formats.md §2 (PLACE প্রতিনিধি, DESK, PLACE, NAME, PLACE
   ROLE, NAME, PLACE থেকে, …) above or under the date, on the date's line, or
   opening the body with one of its terminators: the page must give the
   author and place they were built from.
5. Headers as pages mix them, on Bangla and English pages: a title with or
   without a section's name over it and a subhead under it, a byline (a desk, a role with its place, a
   bare name, a name over its role), a date line, in three orders, with page
   furniture (share buttons, a photo's credit, a reading time, an audio
   player, an ad, a view count) between any two parts but a byline's two
   lines, and menus, a menu bar run into one line, a masthead, the header's
   widgets (weather, a share index) or a site clock above: the page must give
   the title, the byline, the date and every paragraph.
6. Bodies and tails: paragraphs with an ad label, a caption, a read-also
   line, a subhead or a bullet between them, then a desk's signature, tags
   (under a label or as hashtags), share rows, a related list under one of
   its labels and footer lines, shuffled: the page must give every
   paragraph as body and every related title as a link; the same on
   English pages (`Read more:`, `Scroll to continue`, `Reporting by AFP`).
7. Counts of a unit given as ranges (`দুই-তিন দিন আগে`, `৩ থেকে ৫ মাস ধরে`,
   `two to three weeks ago`): the days, months or years they span, or the
   range of durations, computed here from the reference date.
8. Random strings from tricky pieces: no reader may raise.

Not a test (it takes a while and its numbers are for the notes), but every
row it prints is a count of failures that should stay at zero.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import random
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bnnews import find_dates, find_numbers, parse, parse_date, parse_number  # noqa: E402
from bnnews.digits import to_bangla_digits as bn  # noqa: E402
from bnnews.text import normalize  # noqa: E402
from dates_bench import BN_MONTHS, EN_MONTHS, WEEKDAYS, generate  # noqa: E402

MULT = {"হাজার": 1000, "লাখ": 10**5, "লক্ষ": 10**5, "কোটি": 10**7}
ABBR = ["জানু.", "ফেব্রু.", "মার্চ", "এপ্রি", "মে", "জুন", "জুল", "আগস্ট", "সেপ্টে.", "অক্টো.", "নভে.", "ডিসে."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BODY = "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।"
HEAD = "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী"
BODY2 = "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন বৃষ্টি অব্যাহত থাকতে পারে এবং তাপমাত্রা কিছুটা কমবে।"


def _words() -> dict[int, list[str]]:
    out: dict[int, list[str]] = collections.defaultdict(list)
    for line in (ROOT / "tests" / "data" / "number_words.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue
        out[int(cols[0])].append(cols[1])
        if len(cols) > 2 and cols[2]:
            out[int(cols[0])] += [w.strip() for w in cols[2].split(",") if w.strip()]
    return out


def numbers(rnd: random.Random) -> tuple[int, int, list]:
    words = _words()
    bad = []
    total = 0

    def say(n: int, style: str) -> str:
        return bn(str(n)) if style == "digits" else rnd.choice(words[n])

    for _ in range(5000):
        style = rnd.choice(["digits", "words", "mixed"])
        pick = (lambda: style) if style != "mixed" else (lambda: rnd.choice(["digits", "words"]))
        parts, value = [], 0
        for name, scale, top in (("কোটি", 10**7, 100), ("লাখ", 10**5, 100), ("হাজার", 1000, 100)):
            k = rnd.randrange(0, top)
            if k:
                parts.append(f"{say(k, pick())} {name}")
                value += k * scale
        h = rnd.randrange(0, 10)
        if h:
            s = pick()
            parts.append(f"{bn(str(h))}শ" if s == "digits" else f"{rnd.choice(words[h])}শ")
            value += h * 100
        r = rnd.randrange(0, 100)
        if r:
            parts.append(say(r, pick()))
            value += r
        if not parts:
            continue
        text = " ".join(parts) + " টাকা"
        total += 1
        if parse_number(text) != value:
            bad.append((text, value, parse_number(text)))
    for i in range(6000):
        n, mult = rnd.randrange(1, 100), rnd.choice(list(MULT))
        w, d = rnd.choice(words[n]), bn(str(n))
        k = i % 6
        if k == 0:
            text, value = f"সাড়ে {rnd.choice([w, d])} {mult}", (n + Fraction(1, 2)) * MULT[mult]
        elif k == 1:
            text, value = f"সোয়া {rnd.choice([w, d])} {mult}", (n + Fraction(1, 4)) * MULT[mult]
        elif k == 2:
            text, value = f"পৌনে {rnd.choice([w, d])} {mult}", (n - Fraction(1, 4)) * MULT[mult]
        elif k == 3:
            f = rnd.choice(["দেড়", "আড়াই"])
            text, value = f"{f} {mult}", (Fraction(3, 2) if f == "দেড়" else Fraction(5, 2)) * MULT[mult]
        elif k == 4:
            f = rnd.randrange(1, 10)
            text, value = f"{d} দশমিক {bn(str(f))} {mult}", (n + Fraction(f, 10)) * MULT[mult]
        else:
            f = rnd.randrange(1, 10)
            text, value = f"{d}.{bn(str(f))} {mult}", (n + Fraction(f, 10)) * MULT[mult]
        total += 1
        got = parse_number(text + " টাকা")
        if got is None or abs(Fraction(got).limit_denominator(1000) - value) > Fraction(1, 1000):
            bad.append((text, float(value), got))
    # Bounds inside a sentence: qualifiers, approximate counts, a genitive
    # before বেশি/কম, and a difference (no genitive, no bound).
    quals = {"প্রায়": "~", "আনুমানিক": "~", "অন্তত": ">=", "কমপক্ষে": ">=", "অনধিক": "<="}
    approx = {2: "দুয়েক", 3: "তিনেক", 4: "চারেক", 5: "পাঁচেক", 6: "ছয়েক", 7: "সাতেক", 8: "আটেক",
              10: "দশেক", 20: "বিশেক"}
    # A vague count before a longer amount is more than all of it.
    vague = {"কয়েক হাজার": 1000, "হাজার হাজার": 1000, "কয়েকশ": 100, "শত শত": 100, "কয়েক লাখ": 100_000}
    for i in range(4000):
        n, mult = rnd.randrange(1, 100), rnd.choice(["হাজার", "লাখ", "কোটি"])
        num = say(n, rnd.choice(["digits", "words"]))
        k = i % 8
        if k == 5:
            v = rnd.choice(list(vague))
            phrase, value, bound = f"{v} কোটি টাকা", vague[v] * MULT["কোটি"], ">"
        elif k == 6:  # a temperature below zero
            deg = rnd.randrange(1, 40)
            phrase = rnd.choice([f"মাইনাস {bn(str(deg))} ডিগ্রি", f"শূন্যের নিচে {bn(str(deg))} ডিগ্রি"])
            value, bound = -deg, None
        elif k == 7:  # a span in the formal style
            phrase, value, bound = f"{bn(str(n))} হইতে {bn(str(n + 5))} জন", n, None
        if k >= 5:
            pass
        elif k == 0:
            q = rnd.choice(list(quals))
            phrase, value, bound = f"{q} {num} {mult} টাকা", n * MULT[mult], quals[q]
        elif k == 1:
            a = rnd.choice(list(approx))
            phrase, value, bound = f"{mult} {approx[a]}", a * MULT[mult], "~"
        elif k == 2:
            phrase, value, bound = f"{num} {mult}ের বেশি", n * MULT[mult], ">"
        elif k == 3:
            phrase, value, bound = f"{num} {mult}ের কম", n * MULT[mult], "<"
        else:
            phrase, value, bound = f"{num} {mult} টাকা বেশি", n * MULT[mult], None
        text = f"জেলায় গত বছর {phrase} খরচ হয়েছে।"
        total += 1
        found = find_numbers(text)
        got = (found[0].value, found[0].bound) if found else None
        if got != (value, bound):
            bad.append((phrase, (value, bound), got))
    return total, len(bad), bad[:5]


def date_lines(rnd: random.Random, n: int = 10000) -> list[tuple[str, str]]:
    """(line, the ISO value it was built from) in 22 layouts."""
    ordinal = (lambda d: {1: "লা", 2: "রা", 3: "রা", 4: "ঠা"}.get(d, "ই" if d <= 18 else "শে"))
    out = []
    for i in range(n):
        day = datetime.date(2010, 1, 1) + datetime.timedelta(days=rnd.randrange(5000))
        h, m = rnd.randrange(24), rnd.randrange(60)
        h12 = h % 12 or 12
        d, mo, y = day.day, day.month, day.year
        mon, wd = BN_MONTHS[mo - 1], WEEKDAYS[day.weekday()]
        dd, yy, mm = bn(str(d)), bn(str(y)), bn(f"{m:02d}")
        part = ("রাত" if h >= 20 else "সন্ধ্যা" if h >= 18 else "বিকাল" if h >= 15 else "দুপুর" if h >= 12
                else "সকাল" if h >= 6 else "ভোর" if h >= 4 else None)
        ampm = rnd.choice(["এএম" if h < 12 else "পিএম", "AM" if h < 12 else "PM", "am" if h < 12 else "pm"])
        tsep = rnd.choice([":", " : ", " :", ": ", "ঃ"])
        tm12 = f"{bn(str(h12))}{tsep}{mm} {ampm}"
        tm24 = f"{bn(f'{h:02d}')}{tsep}{mm}"
        label = rnd.choice(["প্রকাশিত: ", "প্রকাশ : ", "প্রকাশের সময়: ", "আপডেট: ", "Published: ", ""])
        date_v, time_v = day.isoformat(), f"{day.isoformat()}T{h:02d}:{m:02d}"
        layouts = [
            (f"{label}{dd}{ordinal(d)} {mon} {yy}, {tm12}", time_v),
            (f"{label}{wd}, {dd} {mon} {yy} ইং, {tm24}", time_v),
            (f"{label}{dd} {mon}, {yy} খ্রিস্টাব্দ", date_v),
            (f"{label}{tm12}, {wd} ({dd} {mon} {yy})", time_v),
            (f"{label}{EN_MONTHS[mo - 1][:3]}. {d}, {y} {h12}:{m:02d} {['AM', 'PM'][h >= 12]}", time_v),
            (f"{label}{dd}/{bn(f'{mo:02d}')}/{yy} {tm24}", time_v),
            (f"{label}{dd} {mon} {yy} | {tm24}", time_v),
            (f"{label}{dd}-{mon}-{yy}", date_v),
            (f"{label}{mon} {dd}, {yy} at {tm12}", time_v),
            (f"{label}{dd} {mon} {yy}, {wd}, {tm24}", time_v),
            (f"{dd}{ordinal(d)} {mon}, {yy} খ্রি.", date_v),
            (f"{mon} {dd}, {yy} {wd}", date_v),
            (f"{wd}, {dd}{ordinal(d)} {mon} {yy} ইং", date_v),
            (f"{dd} {mon} {yy} {part} {bn(str(h12))}:{mm}", time_v) if part else (f"{dd} {mon} {yy}", date_v),
            (f"তারিখ: {dd}/{bn(f'{mo:02d}')}/{yy}ইং", date_v),
            (f"{dd}.{bn(f'{mo:02d}')}.{yy}", date_v),
            (f"{dd} {ABBR[mo - 1]} {yy}", date_v),
            (f"{EN_WD[day.weekday()]}, {EN_MONTHS[mo - 1]} {d}, {y} {h12}:{m:02d} {['AM', 'PM'][h >= 12]}",
             time_v),
            (f"{d} {EN_MONTHS[mo - 1][:3]} {y} {h:02d}:{m:02d}", time_v),
            (f"{y}-{mo:02d}-{d:02d} {h:02d}:{m:02d}:00", time_v),
            (f"আপডেট: {wd} {dd} {mon} {yy}, {bn(str(h12))}:{mm} {'এএম' if h < 12 else 'পিএম'}", time_v),
            (f"প্রকাশ: {dd} {mon} {yy} ইং, {part} {bn(str(h12))}টা {mm} মিনিট", time_v) if part
            else (f"প্রকাশ: {dd} {mon} {yy} ইং", date_v),
        ]
        out.append(layouts[i % len(layouts)])
    return out


# Spellings of bangla.md §2.1 and §3.1, labels of formats.md §6 ("Suggested
# label and lexicon set"), for the composed date lines below.
_MONTH_FORMS = [["জানুয়ারি", "জানুয়ারী", "জানু"], ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রু."], ["মার্চ"],
                ["এপ্রিল", "এপ্রি"], ["মে"], ["জুন"], ["জুলাই", "জুল"], ["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট"],
                ["সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টম্বর", "সেপ্টে."], ["অক্টোবর", "অক্টোবার", "অক্টো."],
                ["নভেম্বর", "নবেম্বর", "নভেম্বার", "নভে."], ["ডিসেম্বর", "ডিসেম্বার", "ডিসে."]]
_WD_FORMS = [["সোমবার"], ["মঙ্গলবার"], ["বুধবার"], ["বৃহস্পতিবার"], ["শুক্রবার"], ["শনিবার"], ["রোববার", "রবিবার"]]
_LABELS = ["প্রকাশিত", "প্রকাশ", "প্রকাশিত হয়েছে", "প্রকাশের সময়", "প্রকাশের তারিখ", "আপডেট", "আপডেট টাইম",
           "হালনাগাদ", "শেষ আপডেট", "সর্বশেষ আপডেট", "Published", "Updated", "Last Updated", "তারিখ"]


def composed_date_lines(rnd: random.Random, n: int = 8000) -> tuple[int, int, list]:
    """Date lines composed at random from their parts rather than from fixed
    layouts: a label or none, with any of its separators (`:`, ` ঃ`, glued);
    the date in five orders (`D Month Y`, `D Month, Y`, `Month D, Y`, `D, Month
    Y`, numeric or ISO) with an ordinal suffix or not, an era word, a
    weekday before, after or between month and year; the time before or after
    it, as 24 hours, 12 hours with any AM/PM word, a day part, `HHMM ঘণ্টা` or
    a dotted `HH.MM`; Bangla, ASCII or mixed digits; some with runs of spaces,
    a trailing `|` or a space before a comma. `parse_date` must give the date
    and time they were built from."""
    def digits(s: str) -> str:
        return s if mode == "en" else bn(s) if mode == "bn" else "".join(
            bn(c) if rnd.random() < 0.5 else c for c in s)

    bad = []
    for _ in range(n):
        day = datetime.date(2012, 1, 1) + datetime.timedelta(days=rnd.randrange(5000))
        d, mo, y = day.day, day.month, day.year
        h, m = rnd.randrange(24), rnd.randrange(60)
        mode = rnd.choice(["bn", "bn", "en", "mix"])
        english = rnd.random() < 0.15
        dd = digits(rnd.choice([str(d), f"{d:02d}"]))
        if not english and rnd.random() < 0.2:
            dd += rnd.choice(["", " "]) + {1: "লা", 2: "রা", 3: "রা", 4: "ঠা"}.get(d, "ই" if d <= 18 else "শে")
        mon = (EN_MONTHS[mo - 1][:rnd.choice([3, 99])] if english else rnd.choice(_MONTH_FORMS[mo - 1]))
        yy = digits(str(y))
        wd = EN_WD[day.weekday()] if english else rnd.choice(_WD_FORMS[day.weekday()])
        layout = rnd.randrange(7)
        numeric = layout >= 5
        if layout == 5:
            sep = rnd.choice("/-.")
            date = digits(f"{d:02d}") + sep + digits(f"{mo:02d}") + sep + yy
        elif layout == 6:
            date = yy + "-" + digits(f"{mo:02d}") + "-" + digits(f"{d:02d}")
        else:
            date = [f"{dd} {mon} {yy}", f"{dd} {mon}, {yy}", f"{mon} {dd}, {yy}", f"{dd}, {mon} {yy}",
                    f"{dd} {mon} {yy} " + ("" if english else rnd.choice(["ইং", "খ্রিস্টাব্দ", "খ্রি."]))][layout]
        comma = rnd.choice([",", ", ", " "])
        where = rnd.choice([None, None, "before", "after", "between"])
        if where == "between" and layout in (0, 1, 3):
            date = f"{dd} {mon},{wd},{yy}" if rnd.random() < 0.5 else f"{dd} {mon}, {wd}, {yy}"
        elif where == "before":
            date = f"{wd}{comma}{date}"
        elif where == "after" or (where == "between" and not numeric):
            date = f"{date.strip()}{comma}{wd}"
        date = date.strip()
        want = day.isoformat()
        clock = None
        if rnd.random() < 0.7:
            tsep = ":" if english else rnd.choice([":", ":", " : ", "ঃ", "."])
            kind = rnd.choice([0, 1]) if english else rnd.randrange(4)
            h12 = h % 12 or 12
            if kind == 0:
                clock = digits(f"{h:02d}") + tsep + digits(f"{m:02d}")
            elif kind == 1:
                marks = (["AM", "am"] if h < 12 else ["PM", "pm"]) + (
                    [] if english else ["এএম", "এ.এম.", "পূর্বাহ্ণ", "পূর্বাহ্ন"] if h < 12
                    else ["পিএম", "পি.এম.", "অপরাহ্ণ", "অপরাহ্ন"])
                clock = (digits(rnd.choice([str(h12), f"{h12:02d}"])) + tsep + digits(f"{m:02d}")
                         + rnd.choice([" ", ""]) + rnd.choice(marks))
            elif kind == 2 and 4 <= h:
                part = ("রাত" if h >= 20 else "সন্ধ্যা" if h >= 18 else "বিকাল" if h >= 15 else "দুপুর" if h >= 12
                        else "সকাল" if h >= 6 else "ভোর")
                hm = digits(str(h12)) + tsep + digits(f"{m:02d}")
                clock = f"{part} {hm}" if rnd.random() < 0.5 else f"{hm} {part}"
            elif kind == 3:
                clock = digits(f"{h:02d}{m:02d}") + " ঘণ্টা"
        if clock:
            want += f"T{h:02d}:{m:02d}"
            gap = rnd.choice([", ", " | ", " ", " - ", ","])
            text = f"{clock}{gap}{date}" if rnd.random() < 0.5 else f"{date}{gap}{clock}"
        else:
            text = date
        if rnd.random() < 0.6:
            sep = rnd.choice([":", " :", "ঃ", " ঃ", ": ", " : ", ""])
            text = rnd.choice(_LABELS) + sep + (rnd.choice([" ", ""]) if sep else " ") + text
        # as dumps print them: runs of spaces, a trailing separator, a space before a comma
        text = rnd.choice([lambda x: x] * 7 + [lambda x: x.replace(" ", "  "), lambda x: x + " |",
                                               lambda x: x.replace(",", " ,")])(text)
        t = parse_date(text)
        if not (t and t.value and t.value.startswith(want)):
            bad.append((text, want, t.value if t else None))
    return n, len(bad), bad[:5]


def alone(lines) -> tuple[int, int, list]:
    bad = [(x, want, (t.value if (t := parse_date(x)) else None)) for x, want in lines
           if not ((t := parse_date(x)) and t.value and t.value.startswith(want))]
    return len(lines), len(bad), bad[:5]


def in_pages(lines: list[str]) -> tuple[int, int, list]:
    places = [
        lambda x: f"{HEAD}\nনিজস্ব প্রতিবেদক\n{x}\n{BODY}\n",
        lambda x: f"{x}\n{HEAD}\nনিজস্ব প্রতিবেদক\n{BODY}\n",
        lambda x: f"{HEAD}\nনিজস্ব প্রতিবেদক | {x}\n{BODY}\n",
        lambda x: f"জাতীয়\n{HEAD}\n{x}\n{BODY}\nআরও পড়ুন\nঅন্য খবরের শিরোনাম এখানে\n",
        lambda x: f"{HEAD}\nনিজস্ব প্রতিবেদক\n{BODY}\n{BODY2}\n{x}\n",  # after the body (sarabangla)
    ]
    total = 0
    bad = []
    for x in lines:
        want = parse_date(x)
        if want is None or want.value is None:
            continue
        for make in places:
            a = parse(make(x))
            got = {s.datetime or s.date for s in (a.published, a.updated) if s}
            total += 1
            if want.value not in got or a.headline != HEAD:
                bad.append((x, want.value, got, a.headline))
    return total, len(bad), bad[:5]


def bylines(rnd: random.Random, n: int = 6000) -> tuple[int, int, list]:
    """Byline forms of formats.md §2 in five places of a page: the page must
    give the author and place they were built from, and keep its headline
    and body."""
    names = ["রাকিব হাসান", "মোঃ শিমুল হোসেন", "সত্যজিৎ বৈদ্য", "নুসরাত জাহান", "আবদুল কাদের", "তারিক চয়ন"]
    places = ["রংপুর", "নাটোর", "যশোর", "বগুড়া", "সিলেট", "কুমিল্লা", "খুলনা", "বরিশাল"]
    desks = ["নিজস্ব প্রতিবেদক", "স্টাফ রিপোর্টার", "অনলাইন ডেস্ক", "আন্তর্জাতিক ডেস্ক", "বিনোদন ডেস্ক"]
    date = "প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২"
    body = ("টানা বৃষ্টি ও উজানের ঢলে জেলার নদ-নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। "
            "নিম্নাঞ্চলের হাজারো মানুষ পানিবন্দি হয়ে পড়েছেন।")
    bad = []
    for i in range(n):
        name, place = rnd.choice(names), rnd.choice(places)
        role = rnd.choice(["প্রতিনিধি", "সংবাদদাতা"])
        desk, author, where = [
            (f"{place} {role}", None, place),
            (f"{rnd.choice(desks)}, {place}", None, place),
            (f"{name}, {place} {role}", name, place),
            (f"{name}, {place}", name, place),
            (f"প্রতিনিধি, {place}", None, place),
            (f"{name}, নিজস্ব প্রতিবেদক", name, None),
            (f"{place} জেলা প্রতিনিধি", None, place),
            (f"{name}, {place} থেকে", name, place),
        ][i % 8]
        pos = rnd.randrange(5)
        if pos == 0:
            lines = [HEAD, desk, date, body]
        elif pos == 1:
            lines = [HEAD, date, desk + rnd.choice([": ", " : ", "ঃ ", " - ", ":- ", " ।। ", " ॥ "]) + body]
        elif pos == 2:
            lines = [HEAD, desk + rnd.choice(["", " :"]), date, body]
        elif pos == 3:
            lines = [HEAD, date, desk, body]
        else:
            lines = [HEAD, desk + rnd.choice([" | ", ", ", " "]) + date, body]
        a = parse("\n".join(lines))
        got = (a.author, a.place, a.headline, list(a.body[:1]))
        want = (author and normalize(author), where and normalize(where), normalize(HEAD), [normalize(body)])
        if got != want:
            bad.append(("\n".join(lines[:3]), got[:2]))
    return n, len(bad), bad[:5]


def headers(rnd: random.Random, n: int = 3000, english: bool = False) -> tuple[int, int, list]:
    """Titles, subheads, bylines and dates with page furniture between them:
    the page must keep its headline, desk, date and paragraphs."""
    if english:
        return _headers(rnd, n, **_ENGLISH_HEADER_PARTS)
    titles = ["জ্বালানি তেলের দাম লিটারে ৫ টাকা বাড়ল", "রাজধানীতে বাসচাপায় শিক্ষার্থী নিহত", "দাম বাড়ল",
              "বিপিএল ফাইনাল: রংপুর বনাম চট্টগ্রাম", "ডেঙ্গুতে আরও ৫ মৃত্যু, হাসপাতালে ভর্তি ৮৫০", "কেন বাড়ছে চালের দাম?"]
    sub = "সরকারি গুদামে মজুত বাড়ায় বাজারে সরবরাহ বেড়েছে বলে জানিয়েছেন ব্যবসায়ী ও বাজার বিশ্লেষকেরা"
    bylines = [("নিজস্ব প্রতিবেদক",), ("রাকিব হাসান",), ("রাকিব হাসান, ঢাকা",), ("চট্টগ্রাম প্রতিনিধি",),
               ("মো. রফিকুল ইসলাম", "চট্টগ্রাম প্রতিনিধি"), ("রাকিব হাসান", "স্টাফ রিপোর্টার"), ("স্পোর্টস ডেস্ক",)]
    dates = [("প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০", "published"), ("প্রকাশিত: ১০:৩০ এএম, ২৯ নভেম্বর ২০২৫", "published"),
             ("২৯ নভেম্বর ২০২৫, ১০:৩০", "published"), ("আপডেট: ২৯ নভেম্বর ২০২৫, ১০:৩০", "updated"),
             ("Published: 29 Nov 2025, 10:30 AM", "published")]
    above = ["হোম", "Logo", "ঢাকা, শনিবার ২৯ নভেম্বর ২০২৫", "প্রচ্ছদ » জাতীয়", "শিরোনাম", "ই-পেপার", "অ+ অ-",
             # a menu bar run into one line, a masthead with its edition, the header's widgets and links
             "জাতীয় রাজনীতি অর্থনীতি সারাদেশ খেলা বিনোদন", "দ্য ডেইলি স্টার বাংলা", "ঢাকা ২৭°C আংশিক মেঘলা",
             "ডিএসইএক্স ৫২৩০.২৫ ▲ ১২.৫", "লগইন | রেজিস্ট্রেশন", "সাইন ইন"]
    furniture = ["ছবি: সংগৃহীত", "শেয়ার করুন", "ফেসবুক টুইটার হোয়াটসঅ্যাপ", "১ মিনিটে পড়ুন", "Advertisement", "প্রিন্ট",
                 "অডিও শুনুন", "১২৫ বার পঠিত", "মন্তব্য (০)"]
    paras = ["সরকার ডিজেল ও কেরোসিনের দাম লিটারে ৫ টাকা বাড়িয়েছে। মধ্যরাত থেকে নতুন দাম কার্যকর হবে।",
             "জ্বালানি মন্ত্রণালয় শনিবার এ বিষয়ে প্রজ্ঞাপন জারি করেছে।",
             "বিশ্লেষকরা বলছেন, এর ফলে পরিবহন ভাড়া ও নিত্যপণ্যের দাম বাড়তে পারে।"]
    return _headers(rnd, n, titles, sub, bylines, dates, above, furniture, paras, ["জাতীয়", "খেলা", "অর্থনীতি"])


_ENGLISH_HEADER_PARTS = dict(
    titles=["Govt raises fuel prices by Tk 5 a litre", "Dengue death toll crosses 350", "BNP to join polls under caretaker govt",
            "Tigers clinch series with 7-wicket win", "Why are rice prices rising?"],
    sub="Transport owners threaten to raise fares as diesel becomes costlier",
    bylines=[("Staff Correspondent",), ("Reaz Ahmad",), ("Star Online Report",), ("TBS Report",), ("UNB",),
             ("Reaz Ahmad", "Senior Correspondent"), ("Our Correspondent, Rajshahi",), ("By Reaz Ahmad",)],
    dates=[("Published: 29 Nov 2025, 10:30 AM", "published"), ("Sat Nov 29, 2025 10:30 AM", "published"),
           ("29 November, 2025, 10:30 am", "published"), ("Updated: 29 Nov 2025, 10:30 AM", "updated"),
           ("November 29, 2025 10:30 AM", "published")],
    above=["Skip to main content", "Home", "The Daily Star", "Home / News / Bangladesh", "E-paper",
           "National Politics Economy Sports", "Dhaka 27°C Haze", "Sign in"],
    furniture=["Photo: Collected", "Share", "Facebook Twitter WhatsApp", "4 min read", "Advertisement",
               "Listen to this article", "Print", "125 views"],
    paras=["The government has raised the prices of diesel and kerosene by Tk 5 per litre, effective from midnight.",
           "The energy ministry issued a notification in this regard on Saturday.",
           "Transport owners said they would sit with the government soon to discuss fares."],
    kickers=[])


def _headers(rnd: random.Random, n: int, titles, sub, bylines, dates, above, furniture, paras, kickers):
    bad = []
    for _ in range(n):
        title, byline, (date, role) = rnd.choice(titles), rnd.choice(bylines), rnd.choice(dates)
        kicker = rnd.choice(kickers + [None, None])
        parts = {"T": [x for x in (kicker, title, rnd.choice([sub, None, None])) if x], "B": list(byline), "D": [date]}
        head = [x for p in rnd.choice(["TBD", "TDB", "DTB"]) for x in parts[p]]
        for e in rnd.sample(furniture, rnd.choice([0, 1, 1, 2])):
            spots = [k for k in range(1, len(head) + 1)
                     if not (len(byline) == 2 and k < len(head) and head[k - 1:k + 1] == list(byline))]
            head.insert(rnd.choice(spots), e)
        body = paras[:rnd.randrange(1, 4)]
        a = parse("\n".join(rnd.sample(above, rnd.randrange(3)) + head + body))
        stamp = getattr(a, role)
        got = (a.headline, a.desk, stamp and stamp.datetime, len(a.body))
        want = (title, ", ".join(byline), "2025-11-29T10:30+06:00", len(body))
        if got != want:
            bad.append((head, got))
    return n, len(bad), bad[:5]


_EN_BODY = dict(
    head=["Landslide kills two children in Chattogram", "Staff Correspondent, Chattogram",
          "Published: 29 Nov 2025, 10:15 AM"],
    paras=["Two children were killed when a landslide hit their home in the Akbar Shah area of Chattogram city early Saturday.",
           "The incident took place around 5:00am, fire service officials said, adding that the victims were siblings.",
           "Locals said a portion of the hill collapsed onto the houses after overnight rain.",
           "The deputy commissioner said people living on risky hills were being moved to shelters.",
           "The Met office forecast heavy rain in Chattogram over the next 24 hours."],
    inside=[("Advertisement", None), ("Relatives stand in front of the collapsed house. Photo: Star", None),
            ("Photo: Collected", None), ("Read more: Flood water receding in Sylhet", "link"),
            ("Also read: Flood water receding in Sylhet", "link"), ("READ MORE\nFlood water receding in Sylhet", "link"),
            ("Slow rescue alleged", "body"),
            ("Rescue work", "body"), ("ADVERTISEMENT", None), ("Scroll to continue", None)],
    signatures=["/ab", "UNB", "Source: Reuters", "(With inputs from BSS)", "The writer is a journalist.", "Reporting by AFP",
                "The writer is a professor of economics at Dhaka University."],
    tags=[["Related topic:", "Landslide"], ["Topics:", "Chattogram", "Landslide"], ["Tags:", "Landslide"],
          ["#Landslide #Chattogram"]],
    share=["Share", "Facebook Twitter WhatsApp LinkedIn", "Follow us on Google News", "Comments", "Leave a comment",
           "Subscribe to our newsletter"],
    labels=["Related News", "More from this section", "Related Articles", "Latest News", "You may also like", "Trending"],
    titles=["Flood water receding in Sylhet", "Three killed in Cox's Bazar landslide", "Road link with Bandarban snapped",
            "Drive to evict risky settlements in Rangamati", "Heavy rain alert issued for hill districts"],
    footer=["© 2025 The Daily Star. All rights reserved.", "Editor: Mahfuz Anam", "Privacy Policy", "Terms of Use",
            "Copyright: Any unauthorized use or reproduction of content is strictly prohibited."])


def bodies_and_tails(rnd: random.Random, n: int = 3000, english: bool = False) -> tuple[int, int, list]:
    """A fixed header, two to five paragraphs with furniture between them
    (an ad label, a photo's caption or credit, a `আরও পড়ুন: TITLE` line, a
    subhead, a bullet), then a tail of shuffled parts: a desk's signature, tags
    under a label or as hashtags, share rows and prompts, a related list under
    one of its labels, footer lines. The page must give every paragraph,
    subhead and bullet as body, and every related title as a link."""
    head = ["চট্টগ্রামে পাহাড়ধসে দুই শিশুর মৃত্যু", "নিজস্ব প্রতিবেদক, চট্টগ্রাম", "প্রকাশিত: ১০:১৫ এএম, ২৯ নভেম্বর ২০২৫"]
    paras = ["টানা বৃষ্টিতে চট্টগ্রাম নগরের আকবরশাহ এলাকায় পাহাড়ধসে দুই শিশুর মৃত্যু হয়েছে।",
             "শনিবার ভোর ৫টার দিকে এ ঘটনা ঘটে বলে জানিয়েছেন ফায়ার সার্ভিসের কর্মকর্তারা। নিহতরা সম্পর্কে ভাইবোন।",
             "স্থানীয়রা জানান, রাতভর বৃষ্টির পর ভোরে হঠাৎ পাহাড়ের একাংশ ধসে বসতঘরের ওপর পড়ে।",
             "জেলা প্রশাসক বলেন, ঝুঁকিপূর্ণ পাহাড়ে বসবাসকারীদের নিরাপদ আশ্রয়ে সরিয়ে নিতে মাইকিং করা হচ্ছে।",
             "আবহাওয়া অফিস জানিয়েছে, আগামী ২৪ ঘণ্টায় চট্টগ্রামে ভারী বৃষ্টির সম্ভাবনা রয়েছে।"]
    inside = [("বিজ্ঞাপন", None), ("ধসে পড়া ঘরের সামনে স্বজনেরা। ছবি: সংগৃহীত", None), ("ছবি: প্রতিনিধি", None),
              ("আরও পড়ুন: সিলেটে বন্যার পানি কমছে", "link"), ("উদ্ধারে ধীরগতির অভিযোগ", "body"),
              ("• নিরাপদ আশ্রয়ে সরানো হচ্ছে বাসিন্দাদের", "body"), ("Advertisement", None),
              ("আরও পড়ুন\nসিলেটে বন্যার পানি কমছে", "link"), ("‘পাহাড়ে বসবাস এখন মৃত্যুফাঁদ’", "body"),
              ("সূত্র: বাসস", None), ("ভিডিও", None), ("ছবি: জাগো নিউজ", None)]
    signatures = ["এমআর/জেআইএম", "(ঢাকাটাইমস/২৯নভেম্বর/এসএ)", "বাংলাদেশ সময়: ১০১৫ ঘণ্টা, নভেম্বর ২৯, ২০২৫\nএমজেএফ",
                  "সারাবাংলা/এসআর/একে", "/এএল/", "এসআই/এমআর", "বিডি প্রতিদিন/এমআই", "সূত্র: রয়টার্স",
                  "লেখক: সাংবাদিক ও কলামিস্ট", "ইত্তেফাক/এসটিএম", "একে/এসএন",
                  # a column's notes
                  "লেখক পরিচিতি: অর্থনীতিবিদ", "(লেখাটি দ্য গার্ডিয়ান থেকে অনূদিত)", "*মতামত লেখকের নিজস্ব"]
    tags = [["ট্যাগ:", "পাহাড়ধস", "চট্টগ্রাম"], ["বিষয়:", "পাহাড়ধস"], ["Tags:", "Chattogram"], ["#পাহাড়ধস #চট্টগ্রাম"]]
    share = ["শেয়ার করুন", "ফেসবুক টুইটার হোয়াটসঅ্যাপ", "Share this news", "মন্তব্য করুন", "পাঠকের মন্তব্য",
             "আমাদের Google News ফলো করুন", "সর্বশেষ খবর পেতে আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন"]
    labels = ["সম্পর্কিত খবর", "এ বিভাগের আরও খবর", "আরও পড়ুন", "সর্বাধিক পঠিত", "এই বিভাগের আরো খবর", "আরও খবর"]
    titles = ["সিলেটে বন্যার পানি কমছে", "কক্সবাজারে পাহাড়ধসে নিহত ৩", "বান্দরবানে সড়ক যোগাযোগ বিচ্ছিন্ন",
              "রাঙামাটিতে ঝুঁকিপূর্ণ বসতি উচ্ছেদে অভিযান", "ভারী বৃষ্টির সতর্কতা, পাহাড়ধসের শঙ্কা"]
    footer = ["© ২০২৫ সর্বস্বত্ব সংরক্ষিত", "সম্পাদক: মো. রফিকুল ইসলাম", "ফোন: ০২-৯৮৭৬৫৪৩, ইমেইল: info@example.com",
              "Copyright © 2025 All rights reserved", "প্রকাশক: মো. আব্দুল হাই", "ঠিকানা: ১২৩ তেজগাঁও, ঢাকা-১২০৮",
              "Developed by XYZ IT", "এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও, ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি",
              # an imprint's offices and printer
              "বার্তা ও বাণিজ্যিক কার্যালয়: ১২/এ কারওয়ান বাজার, ঢাকা-১২১৫", "নিউজরুম: +৮৮০১৭১১০০০০০০",
              "প্রকাশক কর্তৃক ১০ কারওয়ান বাজার থেকে প্রকাশিত ও মুদ্রিত", "ই-মেইল: news@example.com"]
    if english:
        head, paras, inside, signatures, tags, share, labels, titles, footer = (
            _EN_BODY[k] for k in ("head", "paras", "inside", "signatures", "tags", "share", "labels", "titles", "footer"))
    bad = []
    for _ in range(n):
        lines, body, links = head + [""], [], []
        chosen = paras[:rnd.randrange(2, 6)]
        for k, p in enumerate(chosen):
            lines += [p, ""]
            body.append(p)
            if k < len(chosen) - 1 and rnd.random() < 0.35:
                line, role = rnd.choice([x for x in inside if x[0].split("\n")[-1] not in lines])
                lines += line.split("\n") + [""]
                if role == "body":
                    body.append(line)
                elif role == "link":
                    links.append(line.split(": ", 1)[1] if ": " in line else line.split("\n")[1])
        parts = []
        if rnd.random() < 0.6:
            parts.append(rnd.choice(signatures).split("\n"))
        if rnd.random() < 0.4:
            parts.append(rnd.choice(tags))
        if rnd.random() < 0.5:
            parts.append(rnd.sample(share, rnd.randrange(1, 3)))
        related = []
        if rnd.random() < 0.7:
            related = rnd.sample([t for t in titles if t not in links], rnd.randrange(2, 4))
            parts.append([rnd.choice(labels)] + related)
        if rnd.random() < 0.5:
            parts.append(rnd.sample(footer, rnd.randrange(1, 3)))
        if rnd.random() < 0.3:
            rnd.shuffle(parts)
        for part in parts:
            lines += part + ([""] if rnd.random() < 0.5 else [])
        a = parse("\n".join(lines))
        got = (a.headline, a.desk, a.published and a.published.datetime, list(a.body), list(a.links))
        want = (head[0], head[1], "2025-11-29T10:15+06:00", body, links + related)
        if got != want:
            bad.append((lines[4:], got))
    return n, len(bad), bad[:5]


def counted_spans(rnd: random.Random, n: int = 4000) -> tuple[int, int, list]:
    """`N unit আগে`, `N-M unit আগে`, `N থেকে M unit ধরে`, `two to three weeks ago`:
    the value computed here from the reference date must be the reader's."""
    ref = datetime.date(2025, 11, 28)
    bn_words = {1: "এক", 2: "দুই", 3: "তিন", 4: "চার", 5: "পাঁচ", 6: "ছয়", 7: "সাত", 8: "আট", 9: "নয়", 10: "দশ"}
    en_words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten"}
    units = {"দিন": "D", "সপ্তাহ": "W", "মাস": "M", "বছর": "Y"}
    en_units = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}

    def shifted(k: int, u: str) -> tuple[datetime.date, datetime.date]:
        """The first and last day of the unit k units before the reference (a day for D and W)."""
        if u in ("D", "W"):
            d = ref - datetime.timedelta(days=k * (7 if u == "W" else 1))
            return d, d
        if u == "M":
            y, m = divmod(ref.year * 12 + ref.month - 1 - k, 12)
            first = datetime.date(y, m + 1, 1)
            nxt = datetime.date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        return datetime.date(ref.year - k, 1, 1), datetime.date(ref.year - k, 12, 31)

    bad = []
    for _ in range(n):
        lo = rnd.randint(1, 8)
        hi = lo + rnd.randint(1, 2)
        word, u = rnd.choice(list(units.items()))
        english = rnd.random() < 0.25
        form = rnd.choice(["ago", "for"])
        if english:
            count = f"{en_words[lo]} to {en_words[hi]}" if rnd.random() < 0.5 else f"{lo}-{hi}"
            text = f"It happened {count} {en_units[u]} ago." if form == "ago" else f"It lasted {count} {en_units[u]}."
        else:
            count = rnd.choice([f"{bn_words[lo]}-{bn_words[hi]}", bn(f"{lo}-{hi}"), bn(f"{lo} থেকে {hi}")])
            text = f"{count} {word} আগে ঘটনাটি ঘটে।" if form == "ago" else f"{count} {word} ধরে বন্ধ ছিল।"
        if form == "ago":
            a, b = shifted(hi, u)[0], shifted(lo, u)[1]
            want = f"{a.isoformat()}/{b.isoformat()}"
        else:
            want = f"P{lo}{u}/P{hi}{u}"
        got = [t.value for t in find_dates(text, ref=ref) if t.kind in ("range", "duration")]
        if got != [want]:
            bad.append((text, want, got))
    return n, len(bad), bad[:5]


def robustness(rnd: random.Random, n: int = 20000) -> tuple[int, int, list]:
    pieces = ["প্রকাশিত:", "আপডেট", "১২", "ডিসেম্বর", "২০২৪", "…", "বিস্তারিত", "Read More", "॥", "।।",
              "-", "---", "….", " ", "\n", "নিজস্ব প্রতিবেদক", "ঢাকা", ":", "ঃ", "রাত", "১০.১২", "হাজার",
              "কোটি", "অর্ধ", "দু'শ", "'৭১", "একাত্তরের", "প্রথম প্রহরে", "০১৭১১-১২৩৪৫৬", "from", "http://x",
              "unnamed (2)", "![]()", "শিরোনাম শিরোনাম শিরোনাম", "রমজান", "২৭", "সোমবার", "(", ")", "|",
              "\u200c", "\u09df", "\ufeff", "<p>", "{", "\"title\"",
              # counts and years beyond the calendar's (`৯৯৯৯৯৯৯ দিন আগে` raised once)
              "৯৯৯৯৯৯৯", "99999999", "০০০০", "10000", ".৫", "দিন", "বছর", "মাস", "আগে", "পর", "সালের", "সনে",
              "বঙ্গাব্দে", "হিজরি", "অর্থবছরের", "days ago", "Q3", "/", "ইং",
              # this session's readers: ranges of counts, prayer times, notices, fiscal anaphors
              "দুই-তিন", "-", "আসর:", "৩টা", "রোজ", "তারিখ", "ব্যাপী", "আগের অর্থবছরে", "between", " and ",
              "a few", "weeks", "সংক্ষিপ্ত স্কোর", "১৫৪/৭", "২০০৮-এর", "ও", "গেল", "পরগনা", "শ", "in", "will",
              # this session's: sets, the same period a year earlier, midnight, a glued visarga
              "প্রতি", "প্রতিদিন", "every", "পর পর", "একই সময়ে", "the same period", "মধ্যরাতে", "ঃ", "শতাব্দীর"]
    bad = []
    for _ in range(n):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 30)))
        try:
            parse(t).to_dict(blocks=True)
            find_dates(t, ref="2024-11-10")
            find_numbers(t)
            parse_date(t)
            parse_number(t)
        except Exception as e:  # noqa: BLE001 - the point is that nothing raises
            bad.append((t, f"{type(e).__name__}: {e}"))
    return n, len(bad), bad[:5]


def _row(label: str, result: tuple[int, int, list], outcome: str = "right") -> None:
    """One printed row: how many of n came out right, and a few that did not."""
    n, bad, ex = result
    print(f"{label}: {n - bad}/{n} {outcome}" + (f"; e.g. {ex}" if ex else ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    _row("number phrases", numbers(rnd), "read right")
    lines = date_lines(rnd)
    _row("date lines read alone (22 layouts)", alone(lines))
    _row("date lines composed from parts (labels, 7 orders, ordinals, weekdays, 5 time forms, mixed digits)",
         composed_date_lines(rnd))
    page_lines = [x for x, _ in lines[:1000]] + generate(1000, seed=args.seed)
    _row("date lines inside pages (5 positions)", in_pages(page_lines))
    _row("byline forms inside pages (8 forms, 5 places)", bylines(rnd))
    _row("headers with page furniture (3 orders, 7 bylines, 13 menus and widgets above)", headers(rnd))
    _row("English headers with page furniture (3 orders, 8 bylines, 8 menus and widgets above)", headers(rnd, 2000, english=True))
    _row("bodies with furniture and tails (14 signatures and notes, 4 tag forms, 6 list labels, 12 footer lines)", bodies_and_tails(rnd))
    _row("English bodies with furniture and tails (7 credits and notes, 4 tag forms, 6 list labels)",
         bodies_and_tails(rnd, 2000, english=True))
    _row("counts of a unit given as ranges (before the reference, or lasting)", counted_spans(rnd))
    _row("random strings through every reader", robustness(rnd), "without an exception")
    return 0


if __name__ == "__main__":
    sys.exit(main())
