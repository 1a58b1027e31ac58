"""The shared vocabulary of the segmenter: the patterns that mark tickers, glued
dates, datelines and share-button runs, and the desk words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .._re import LazyPattern
from ..lexicon import boilerplate as blx, bylines as lx, calendar_words as cw, nfc


_CLOSERS = "\"'”’)]»"
_BANGLA = re.compile("[\u0980-\u09ff]")
_LIST_SPLIT = " - "
_TICKER_MARKS = ("◈", "●", "♦")
_GLUED_DATE = re.compile(
    r"^([0-9০-৯]{1,2}\s?[^\s0-9০-৯,]{2,12},?\s[0-9০-৯]{4},?\s[0-9০-৯]{1,2}:[0-9০-৯]{2})"
    r"(?=[\u0985-\u09b9A-Z])")  # (an English story on a Bangla site: `… ০২:০৮BATB AGM NOTICE …`)
# An English edition's date run into its first sentence: `December 29, 2025 His visit …`.
_EN_GLUED_DATE = re.compile(
    r"^((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" [0-9]{1,2}, [0-9]{4})\s+(?=[A-Z])")
# A date line that ends in a weekday glued to the first sentence
# (`প্রকাশিত: ১২ ডিসেম্বর ২০২৩ মঙ্গলবারঢাকার …`, formats.md §6.6).
_GLUED_WEEKDAY = LazyPattern(lambda: r"^(.{6,80}?(?:%s))(?=[\u0985-\u09b9])" % "|".join(
    nfc([w for ws in cw.WEEKDAYS.values() for w in ws if not w.isascii()])))
# A ticker that carries its own label: `সর্বশেষ সংবাদ T | T`, `Breaking News: T`.
_TICKER_START = re.compile(
    r"^(?:সর্বশেষ সংবাদ|সংবাদ শিরোনাম|শিরোনাম|এই মুহূর্তে|ব্রেকিং নিউজ|Breaking News|Latest News)"
    r"\s*[:ঃ\-–|]+\s*\S", re.IGNORECASE)
_INTERVIEW_TURN = LazyPattern(lambda: r"^(?:%s)\s?[:ঃ]\s*[\u0980-\u09ffA-Za-z]" % "|".join(
    nfc(blx.INTERVIEW_LABELS)))
# (`সিলেট :: `, `কলকাতা:- `: doubled or dashed colons too)
# (and a dash right after the agency's brackets: `ওয়াশিংটন, ২৮ নভেম্বর (এএফপি) – `)
# (a dash closes it after a bracket, an em dash after a date: `কলকাতা, ২৪ নভেম্বর— …`, Ganashakti)
_OPENING_DATELINE = re.compile(r"^(.{2,40}?)\s*(?:[:ঃ]{1,2}-?\s|(?<=\))\s?[-–—]\s|—\s?)")
# A dateline closed by a danda, as a sentence of its own: `কলকাতা, ১২ এপ্রিল,
# ২০২৪। …` (a place, a comma, then its date; taken only when the date reads whole).
_DANDA_DATELINE = re.compile(r"^([^\s,:;।]+(?: [^\s,:;।]+)?,\s?[^:;।]{4,34}?)\s*।\s?(?=\S)")
# A page's <title>: the story's title, the last separator, the site's name.
_TITLE_SITE = LazyPattern(r"^(.{8,})\s+(?:\||-|–|—|::)\s+(\S.{1,40})$")
# An English wire dateline: `DHAKA, Dec 29, 2025 (BSS) - …`.
_EN_OPENING_DATELINE = re.compile(
    r"^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?, [A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?(?: \([A-Z][A-Za-z]{1,10}\))?)"
    r"\s*[-–—:]\s")
# The agency's name in parentheses inside a dateline: `(বাসস)`, `(BSS)`, `(UNB)`.
_AGENCY_CREDIT = LazyPattern(lambda: r"\((%s)\)" % "|".join(re.escape(a) for a in sorted(
    nfc(lx.AGENCIES), key=len, reverse=True)))
# mzamin copies put the whole header on the body's line: `KICKER HEADLINE
# DESK (N মিনিট আগে) DATE share-buttons BODY` (formats.md §1a).
_GLUED_AGE = LazyPattern(
    r"\s\((?:[0-9০-৯]{1,3}|এক)\s?(?:সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর)\s?আগে\)\s*")
_SHARE_RUN = LazyPattern(r"(?:[A-Za-z][\w.]*\s+)*?(?:[A-Za-z]+\s+sharing\s+button\s*)+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _desk_words() -> tuple[frozenset, frozenset]:
    """Role words, and the role or place words that may stand before one."""
    return frozenset(nfc(lx.ROLE_WORDS)), frozenset(nfc(lx.ROLE_ONLY + lx.PLACES))


_SITE_CLOCK_START = LazyPattern(lambda: "(?:%s)(?![\u0980-\u09ffA-Za-z])" % "|".join(nfc(["আজ", "ঢাকা", "Dhaka"])))
_DATE_LABEL_KEYS = frozenset(nfc(["date", "তারিখ", "প্রকাশিত", "প্রকাশ", "published", "প্রকাশের সময়",
                                  "প্রকাশের তারিখ"]))
