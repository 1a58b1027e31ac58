"""The vocabulary of the number reader: the lexicon's words as look-up tables
(units, multipliers, fractions, currencies, measures, bounds) and the
patterns built from them.
"""
from __future__ import annotations

import re
from fractions import Fraction

from .._re import LazyPattern
from ..lexicon import calendar_words as cw, lookup, nfc, numbers as lx, trie_pattern


def _table(groups: dict) -> dict:
    return lookup(groups, lower=False)


_UNITS = _table(lx.UNITS)
_UNITS_GLUE = {**_UNITS, **_table(lx.UNIT_EXTRA)}
_MULT = _table(lx.MULTIPLIERS)
_LATIN_MULT = {w.lower(): v for w, v in _table(lx.LATIN_MULTIPLIERS).items()}
_LATIN_UNITS = _table(lx.LATIN_UNITS)
_LATIN_HOMOGRAPHS = frozenset(lx.LATIN_HOMOGRAPHS)
_LATIN_CUR = {w: code for code, ws in lx.LATIN_CURRENCY.items() for w in ws}
_LATIN_PARTS = _table(lx.LATIN_PARTS)
_LATIN_VAGUE = _table(lx.LATIN_VAGUE)
_LATIN_VAGUE_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_LATIN_VAGUE, key=len, reverse=True)), re.IGNORECASE)
_LATIN_TENS = frozenset(w for w, v in _LATIN_UNITS.items() if v >= 20)
_BOUND = _table(lx.BOUNDS)
_FRAC = {w: Fraction(k).limit_denominator(4) for w, k in _table(lx.FRACTIONS).items()}
_PFRAC = {w: Fraction(k).limit_denominator(4) for w, k in _table(lx.PREFIX_FRACTIONS).items()}
_ORD = _table(lx.ORDINAL_WORDS)
_CUR = _table(lx.CURRENCY)
_MEASURE = _table(lx.MEASURES)
_MEASURE_DIGITS_ONLY = frozenset(nfc(lx.MEASURES_DIGITS_ONLY))
_LAND_UNITS = frozenset(nfc(lx.LAND_UNITS))
_LAND_WORDS = frozenset(nfc(lx.LAND_WORDS))
_LATIN_MEASURE = {w: unit for unit, ws in lx.LATIN_MEASURES.items() for w in ws}
_HUNDRED = frozenset(nfc(lx.HUNDRED))
_POINT = frozenset(nfc(lx.DECIMAL_POINT))
_PAISA_WORDS = frozenset(nfc(lx.PAISA))
_BHAG = nfc(["ভাগ"])[0]
_VAGUE = _table(lx.VAGUE)
# Cheap substring tests before the pattern: one of these is in every vague quantity.
_VAGUE_HINTS = ("হাজারো", "হাজার হাজার", "লাখো", "লাখ লাখ", "লক্ষ লক্ষ", "কোটি কোটি", "শত শত", "শ শ", "ডজন ডজন",
                "কয\u09bcেক", "ক\u09dfেক",
                # ো typed as two signs
                "হাজার\u09c7\u09be", "লাখ\u09c7\u09be", "ক\u09c7\u09beটি ক\u09c7\u09beটি")
# Spans index the text as given, so the nukta letters match in both encodings.
_NUKTA = {"\u09af\u09bc": "(?:\u09af\u09bc|\u09df)", "\u09a1\u09bc": "(?:\u09a1\u09bc|\u09dc)",
          "\u09a2\u09bc": "(?:\u09a2\u09bc|\u09dd)",
          # (and ো, ৌ typed as two signs)
          "\u09cb": "(?:\u09cb|\u09c7\u09be)", "\u09cc": "(?:\u09cc|\u09c7\u09d7)"}


def _either_nukta(word: str) -> str:
    out = re.escape(word)
    for k, v in _NUKTA.items():
        out = out.replace(k, v)
    return out.replace("\\ ", "\\s+").replace(" ", "\\s+")


# {currency name's code: {adjective: code}}, and the country names of its
# codes, found at a word's start in the sentence (built when first needed)
_CUR_ADJECTIVES = {fam: {a if a.isascii() else nfc([a])[0]: code for code, (adjs, _) in codes.items() for a in adjs}
                   for fam, codes in lx.SHARED_CURRENCY.items()}
_CUR_COUNTRIES = {fam: [(code, LazyPattern("(?<![\u0980-\u09ffA-Za-z])(?:%s)" % "|".join(
                      _either_nukta(c) for c in nfc(names)))) for code, (_, names) in codes.items() if names]
                  for fam, codes in lx.SHARED_CURRENCY.items()}
_VAGUE_RE = re.compile("(?<![\u0980-\u09ff])(?:" + "|".join(
    _either_nukta(w) for w in sorted(_VAGUE, key=len, reverse=True)) + ")(?![\u0980-\u09ff])")
_CLASSIFIERS = tuple(nfc(lx.CLASSIFIERS))
_ENDINGS = tuple(nfc(lx.CASE_ENDINGS))
_TIMES = nfc([lx.TIMES_WORD])[0]
_TIMES_ENDINGS = frozenset(nfc(["ের", "েরও", "েও"]))  # দ্বিগুণের বেশি; not গুণতে (to count)
_TIMES_PREFIXES = {nfc([k])[0]: v for k, v in lx.TIMES_PREFIXES.items()}
_MORE = frozenset(nfc(lx.MORE_THAN))
_LESS = frozenset(nfc(lx.LESS_THAN))
_ABOUT_AFTER = frozenset(nfc(lx.ABOUT_AFTER))
_NEGATIONS = frozenset(nfc(lx.NEGATIONS))
_QUAL = {w: bound for bound, ws in lx.QUALIFIERS.items() for w in nfc(ws)}
_APPROX = _table({v: ws + [p + w for p in lx.APPROX_GLUED_BEFORE for w in ws] for v, ws in lx.APPROX.items()})
_APPROX_ONE = nfc([lx.APPROX_ONE])[0]
_PART = nfc([lx.PART_SUFFIX])[0]
_HALF_GLUED = frozenset(nfc(lx.HALF_GLUED))
_APPROX_ONE_UNITS = frozenset(nfc(lx.APPROX_ONE_UNITS))
_POINTS = frozenset(nfc(lx.POINTS))
_BASIS = frozenset(nfc(lx.BASIS))
_TIMES_SUFFIXES = tuple(nfc(["বারের", "বারে", "বারও", "বার"]))
_ABOVE = nfc([lx.ABOVE_SUFFIX])[0]
# "Above" that after a noun also means "upon" (`সাতটি দেশের ওপরে নিষেধাজ্ঞা`):
# a bound only right after the number.
_UPON = frozenset(nfc(["উপরে", "ওপরে"]))
# ... except after a bare case ending or a unit of time or age: `৪০০ এর ওপরে`, `দশ বছরের ওপরে`.
_UPON_OK = frozenset(_ENDINGS) | frozenset(nfc(["বছরের", "মাসের", "দিনের", "ঘণ্টার", "ঘন্টার", "মিনিটের",
                                                 "সপ্তাহের", "বয়সের", "বয়সী"]))
_PCT_AFTER = frozenset(nfc(lx.PERCENT_AFTER))
_PCT_BEFORE = frozenset(nfc(lx.PERCENT_BEFORE))
_PCT_PARTS = frozenset(nfc(lx.PERCENT_PARTS))
_PCT_WHOLE = frozenset(nfc(lx.WHOLE_PERCENT))
_HALF_BOUND = frozenset(nfc(lx.HALF_HUNDRED_BOUND))
_HOMOGRAPHS = frozenset(nfc(lx.HOMOGRAPHS))
_COUNT = frozenset(nfc(lx.COUNT_NOUNS))
_RANGE = frozenset(nfc(lx.RANGE_WORDS))
_CUR_PREFIX = frozenset(lx.CURRENCY_PREFIX)
_LATIN_QUAL = {w: bound for bound, ws in lx.LATIN_QUALIFIERS.items() for w in ws}
_LATIN_PERCENT = frozenset(lx.LATIN_PERCENT)
_LATIN_QUAL_PAIRS = {tuple(w.split()): bound for bound, ws in lx.LATIN_QUALIFIER_PAIRS.items() for w in ws}
_LATIN_PCT_PAIRS = frozenset(tuple(w.split()) for w in lx.LATIN_PERCENT_PAIRS)
_ORD_SUFFIX = {"১": "ম", "৫": "ম", "৭": "ম", "৮": "ম", "৯": "ম", "২": "য়", "৩": "য়", "৪": "র্থ", "৬": "ষ্ঠ"}
_DASH_ENDINGS = frozenset(nfc(["এর", "র", "এ", "ও", "ই", "এরও", "তে"]))
# What `১১শ`-`২২শ` counts as the n-th (else 1100-2200: `১১শ টাকা`)
_ORDINAL_NOUNS = frozenset(nfc(["সংসদ", "জাতীয়", "বিসিএস", "সংশোধনী", "শতাব্দী", "শতক", "সংস্করণ", "আসর",
                                "অধিবেশন", "বার্ষিকী", "জন্মবার্ষিকী", "মৃত্যুবার্ষিকী", "শ্রেণি", "শ্রেণী", "ব্যাচ"]))

_BN_DIGITS = "০১২৩৪৫৬৭৮৯"
_DIG = "0-9\u09e6-\u09ef"
# Letters and signs of the Bangla block without its digits, plus the joiners.
# (The currency and numerator signs ৲-৻, ৳ among them, are symbols, not letters.)
_BN_LETTERS = "\u0980-\u09e5\u09f0\u09f1\u09fc-\u09ff\u200c\u200d"
_TOKEN = re.compile(
    rf"(?P<num>[{_DIG}]+(?:,[{_DIG}]+)*(?:\.[{_DIG}]+)?)"
    rf"(?P<suf>(?:['’](?=শ))?[{_BN_LETTERS}]*(?:(?<=শ)['’](?:[{_BN_LETTERS}]+|(?=\s)))?)"
    # `দুইশ' টাকা`, `দু’ লাখ`, `৫'শ টাকা`: an apostrophe after শ or দু, or
    # before শ, is a clipped vowel, not a quote
    rf"|(?P<word>[{_BN_LETTERS}]+(?:['’][{_BN_LETTERS}]+|(?<=[শু])['’](?=\s))?)"
    r"|(?P<latin>[A-Za-z]+\.?)"
    r"|(?P<sym>[%৳$₹€£¥])"
    r"|(?P<dash>[-–‑])"
    r"|(?P<colon>[:/])"
    r"|(?P<other>[^\s])"
)
_SPACE_ONLY = re.compile(r"[ \t\u00a0]*")
_LEAD_DIGITS = re.compile("[0-9০-৯]+")
_EKUSHE = frozenset(nfc(["একুশে", "একুশের"]))
_NAMED_BY_NUMBER = frozenset(nfc(lx.NAMED_BY_NUMBER))
_DIGIT_SET = frozenset("0123456789০১২৩৪৫৬৭৮৯")
# `একাদশ` is also a team's eleven: `বাংলাদেশ একাদশ:`, `সেরা একাদশ`, `প্রথম একাদশে`, `দুই দলের একাদশ`.
_ELEVEN = nfc(["একাদশ"])[0]
_ELEVEN_BEFORE = tuple(nfc(["সেরা ", "প্রথম ", "মূল ", "শুরুর ", "ম্যাচের ", "সম্ভাব্য ", "ঘোষিত ", "দলের "]))
# An item number opens a line or follows a sentence's end: `১. …`, `২) …`.
_LIST_MARKS = frozenset([". ", ") ", "] "])  # `২] …`: amadershomoy numbers its paragraphs
_LIST_BEFORE = frozenset(["", "\n", "।", "?", "!", ":", "॥"])
# (Bangla month names, for `২০২৬-এর ফেব্রুয়ারিতে`: a year and its month.)
_MONTH_WORDS = [w for n, ws in cw.MONTHS.items() for w in ws if not w.isascii()]
# `৭১-এর মুক্তিযুদ্ধ`, `২৪-এর গণঅভ্যুত্থান`, `২০০৮-এর নির্বাচনে`: a year before its event.
_EVENT_YEAR_AT = LazyPattern(lambda: "(?:(?:১৯|২০|19|20)[0-9০-৯]{2}[-\\s]?|[0-9০-৯]{2}-?)(?:এর|র|এ|ে|ের)(?![\u0980-\u09ff])"
                             "\\s+(?:%s)" % trie_pattern(nfc(cw.DIGIT_EVENT_WORDS + _MONTH_WORDS)))
# `একাত্তরের মুক্তিযুদ্ধ`, `ঊনসত্তরের গণ-অভ্যুত্থান`: a year known by name, as
# the date reader reads it (not before a bound: `একাত্তরের বেশি` counts).
_WORD_YEAR_AT = LazyPattern(lambda: (
    "(?:%s)(?:ের|এর|র|এ|ে|তে)(?![\u0980-\u09ff])(?!\\s+(?:%s))" % (
        trie_pattern(nfc(list(cw.NAMED_YEARS))), trie_pattern(nfc(lx.MORE_THAN + lx.LESS_THAN)))
    + "|(?:%s)(?:য়ের|ের|এর|র)(?![\u0980-\u09ff])(?=\\s+(?:%s))" % (
        trie_pattern(nfc(list(cw.EVENT_YEARS))), trie_pattern(nfc(cw.EVENT_WORDS)))))
# `আশির দশকে`, `৯০-এর দশকে`: a decade of the last century, for the date
# reader (the tens are no count; `১৯৯০-এর দশকে` keeps its year, as `২০২১ সালে`).
_DECADE_AT = LazyPattern(lambda: "(?:(?:%s)(?:য়ের|ের|এর|র)|(?:[12১২][0-9০-৯][0-9০-৯]|[1-9১-৯])[0০](?:-?(?:এর|র|ের)|\\sএর))(?=\\s+দশক)" % trie_pattern(
    nfc([w for v, ws in lx.UNITS.items() if 10 <= v <= 90 and v % 10 == 0 for w in ws])))
_WORD_YEAR_START = frozenset(w[:2] for w in nfc(list(cw.NAMED_YEARS) + list(cw.EVENT_YEARS)))
_VAGUE_BEFORE = frozenset(nfc(["কয়েক", "বেশ কয়েক", "কিছু", "অনেক", "শত", "হাজার"]))
