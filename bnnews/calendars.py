"""The Bangla calendar (Bangladesh rules) and the Hijri calendar.

Bangladesh (bangla.md section 5): 1 Boishakh is 14 April of year BY+593.
The 2019 revision (in force from Ashwin 1426) gives Boishakh-Ashwin 31
days, Kartik-Magh and Chaitra 30, Falgun 29 (30 when Gregorian BY+594 is
a leap year). The 1987 rule, used for 1394-1425 and by some sites after it,
gives Boishakh-Bhadro 31, Ashwin-Chaitra 30 and Falgun 31 in a leap year.

>>> bangla_to_gregorian(14, 8, 1433)
datetime.date(2026, 11, 29)
>>> bangla_to_gregorian(14, 8, 1433, rule="1987")
datetime.date(2026, 11, 28)
>>> gregorian_to_bangla(datetime.date(2024, 11, 10))
(25, 7, 1431)

Hijri dates use the Umm al-Qura calendar of the `hijridate` package;
Bangladesh follows local moon sighting and is often 1-2 days later.
"""
from __future__ import annotations

import calendar as _cal
import datetime

__all__ = ["bangla_month_lengths", "bangla_to_gregorian", "gregorian_to_bangla",
           "hijri_to_gregorian", "gregorian_to_hijri", "BANGLA_MONTH_NAMES", "HIJRI_MONTH_NAMES",
           "rule_for"]

BANGLA_MONTH_NAMES = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক",
                      "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]
HIJRI_MONTH_NAMES = ["মহররম", "সফর", "রবিউল আউয়াল", "রবিউস সানি", "জমাদিউল আউয়াল",
                     "জমাদিউস সানি", "রজব", "শাবান", "রমজান", "শাওয়াল", "জিলকদ", "জিলহজ"]


def rule_for(by: int, prefer_old: bool = False) -> str:
    """The rule in force in Bangladesh for Bangla year `by`."""
    return "1987" if prefer_old or by < 1426 else "2019"


def bangla_month_lengths(by: int, rule: str | None = None) -> list[int]:
    rule = rule or rule_for(by)
    leap = 1 if _cal.isleap(by + 594) else 0  # Falgun holds 29 February
    if rule == "2019":
        return [31] * 6 + [30] * 4 + [29 + leap, 30]
    return [31] * 5 + [30] * 5 + [30 + leap, 30]


def bangla_to_gregorian(day: int, month: int, by: int, rule: str | None = None) -> datetime.date:
    """Day, month (1 = বৈশাখ) and year of the Bangla calendar -> a date.

    Raises ValueError for a day the month does not have (৩০ ফাল্গুন ১৪৩১).
    """
    lengths = bangla_month_lengths(by, rule)
    if not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        raise ValueError(f"{day}/{month}/{by} is not a day of the Bangla calendar")
    start = datetime.date(by + 593, 4, 14)
    return start + datetime.timedelta(days=sum(lengths[: month - 1]) + day - 1)


def gregorian_to_bangla(d: datetime.date, rule: str | None = None) -> tuple[int, int, int]:
    """A date -> (day, month, Bangla year)."""
    by = d.year - 593 if d >= datetime.date(d.year, 4, 14) else d.year - 594
    offset = (d - datetime.date(by + 593, 4, 14)).days
    for m, n in enumerate(bangla_month_lengths(by, rule or rule_for(by)), 1):
        if offset < n:
            return offset + 1, m, by
        offset -= n
    raise AssertionError("unreachable: a Bangla year covers 365 or 366 days")


def hijri_to_gregorian(day: int, month: int, year: int) -> datetime.date:
    """Umm al-Qura; raises ValueError outside 1343-1500 AH or for a bad day."""
    from hijridate import Hijri  # imported only when a Hijri date is read
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError) as e:
        raise ValueError(str(e)) from None


def gregorian_to_hijri(d: datetime.date) -> tuple[int, int, int]:
    """(day, month, year) in Umm al-Qura; ValueError outside 1924-2077."""
    from hijridate import Gregorian
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError) as e:
        raise ValueError(str(e)) from None
    return h.day, h.month, h.year


def easter(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of
    Meeus, Jones and Butcher): Bangladesh's Christians keep it, and Good
    Friday two days before, by the western reckoning."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return datetime.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)
