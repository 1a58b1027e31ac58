"""Numbers in Bangla text: digits in both scripts, number words, multipliers,
fractions, decimals, percent, money, ordinals, ranges and lower bounds.

>>> [(n.text, n.value, n.kind, n.unit) for n in find_numbers("যমুনা সেতু দিয়ে ২৪ ঘণ্টায় দুই কোটি ৫৭ লাখ টাকার টোল আদায়")]
[('২৪', 24, 'cardinal', None), ('দুই কোটি ৫৭ লাখ টাকার', 25700000, 'money', 'BDT')]
>>> parse_number("সাড়ে তিন হাজার")
3500
>>> find_numbers("রোববার এক প্রতিবেদনে এই তথ্য জানিয়েছে")
[]

Spans index the text as given (no normalisation shifts them): precomposed
and decomposed য় ড় ঢ় are both read, and `text[n.start:n.end] == n.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from ._re import LazyPattern
from .lexicon import lookup, nfc, trie_pattern
from .lexicon import calendar_words as cw
from .lexicon import numbers as lx
from .digits import to_ascii_digits, to_bangla_digits
from .text import normalize

__all__ = ["Number", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class Number:
    """One number expression found in a text."""

    text: str
    start: int
    end: int
    value: int | float
    kind: str  # cardinal | ordinal | percent | money | measure
    unit: str | None = None  # "%", "pp", "bp", an ISO 4217 code, or a unit of measure ("km", "t", "MW")
    high: int | float | None = None  # the high end of a range
    # ">" more than (শতাধিক), "<" less than (৫০০-এর কম), ">=" at least (অন্তত),
    # "<=" at most (অনধিক), "~" about (প্রায়, হাজার পাঁচেক)
    bound: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "kind": self.kind, "unit": self.unit, "high": self.high, "bound": self.bound}


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
_LAND_UNIT = nfc([lx.LAND_UNIT])[0]
_LAND_WORDS = frozenset(nfc(lx.LAND_WORDS))
_LATIN_MEASURE = {w: unit for unit, ws in lx.LATIN_MEASURES.items() for w in ws}
_HUNDRED = frozenset(nfc(lx.HUNDRED))
_POINT = frozenset(nfc(lx.DECIMAL_POINT))
_PAISA_WORDS = frozenset(nfc(lx.PAISA))
_VAGUE = _table(lx.VAGUE)
# Cheap substring tests before the pattern: one of these is in every vague quantity.
_VAGUE_HINTS = ("হাজারো", "হাজার হাজার", "লাখো", "লাখ লাখ", "লক্ষ লক্ষ", "কোটি কোটি", "শত শত", "শ শ", "ডজন ডজন",
                "কয\u09bcেক", "ক\u09dfেক")
# Spans index the text as given, so the nukta letters match in both encodings.
_NUKTA = {"\u09af\u09bc": "(?:\u09af\u09bc|\u09df)", "\u09a1\u09bc": "(?:\u09a1\u09bc|\u09dc)",
          "\u09a2\u09bc": "(?:\u09a2\u09bc|\u09dd)"}


def _either_nukta(word: str) -> str:
    out = re.escape(word)
    for k, v in _NUKTA.items():
        out = out.replace(k, v)
    return out.replace("\\ ", "\\s+").replace(" ", "\\s+")


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
_APPROX = _table(lx.APPROX)
_APPROX_ONE = nfc([lx.APPROX_ONE])[0]
_PART = nfc([lx.PART_SUFFIX])[0]
_HALF_GLUED = frozenset(nfc(lx.HALF_GLUED))
_APPROX_ONE_UNITS = frozenset(nfc(lx.APPROX_ONE_UNITS))
_POINTS = frozenset(nfc(lx.POINTS))
_BASIS = frozenset(nfc(["বেসিস", "বেসিক"]))
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
_ORDINAL_NOUNS = frozenset(nfc(["সংসদ", "জাতীয়", "বিসিএস", "সংশোধনী", "শতাব্দী", "শতক"]))

_BN_DIGITS = "০১২৩৪৫৬৭৮৯"
_DIG = "0-9\u09e6-\u09ef"
# Letters and signs of the Bangla block without its digits, plus the joiners.
# (The currency and numerator signs ৲-৻, ৳ among them, are symbols, not letters.)
_BN_LETTERS = "\u0980-\u09e5\u09f0\u09f1\u09fc-\u09ff\u200c\u200d"
_TOKEN = re.compile(
    rf"(?P<num>[{_DIG}]+(?:,[{_DIG}]+)*(?:\.[{_DIG}]+)?)(?P<suf>[{_BN_LETTERS}]*)"
    rf"|(?P<word>[{_BN_LETTERS}]+(?:['’][{_BN_LETTERS}]+)?)"
    r"|(?P<latin>[A-Za-z]+\.?)"
    r"|(?P<sym>[%৳$₹€£¥])"
    r"|(?P<dash>[-–‑])"
    r"|(?P<colon>[:/])"
    r"|(?P<other>[^\s])"
)
_SPACE_ONLY = re.compile(r"[ \t\u00a0]*")
_LEAD_DIGITS = re.compile("[0-9০-৯]+")
_EKUSHE = frozenset(nfc(["একুশে", "একুশের"]))
_DIGIT_SET = frozenset("0123456789০১২৩৪৫৬৭৮৯")
# `একাদশ` is also a team's eleven: `বাংলাদেশ একাদশ:`, `সেরা একাদশ`, `প্রথম একাদশে`.
_ELEVEN = nfc(["একাদশ"])[0]
_ELEVEN_BEFORE = tuple(nfc(["সেরা ", "প্রথম ", "মূল ", "শুরুর "]))
# An item number opens a line or follows a sentence's end: `১. …`, `২) …`.
_LIST_MARKS = frozenset([". ", ") ", "] "])  # `২] …`: amadershomoy numbers its paragraphs
_LIST_BEFORE = frozenset(["", "\n", "।", "?", "!", ":", "॥"])
# `৭১-এর মুক্তিযুদ্ধ`, `২৪-এর গণঅভ্যুত্থান`: a year by its last two digits.
_EVENT_YEAR_AT = LazyPattern(lambda: "[0-9০-৯]{2}-?(?:এর|র|এ|ে|ের)(?![\u0980-\u09ff])\\s+(?:%s)"
                             % trie_pattern(nfc(cw.DIGIT_EVENT_WORDS)))
_VAGUE_BEFORE = frozenset(nfc(["কয়েক", "বেশ কয়েক", "কিছু", "অনেক", "শত", "হাজার"]))


@dataclass(slots=True)
class _Tok:
    kind: str  # num | word | latin | sym | dash | colon | other
    start: int
    end: int
    text: str
    role: str | None = None  # what the word or number means
    value: Fraction | None = None
    glued: str | None = None  # classifier | hundred | ordinal | bound | case


def _digits_value(s: str) -> Fraction | None:
    """`১২,৩৪,৫৬৭` -> 1234567, `৭.৫` -> 7.5, `20২৩` -> 2023."""
    ascii_ = "".join(str(_BN_DIGITS.index(c)) if c in _BN_DIGITS else c for c in s)
    if "," in ascii_:
        head, *groups = ascii_.split(".")[0].split(",")
        last = groups[-1]
        middle = groups[:-1]
        indian = len(last) == 3 and all(len(g) == 2 for g in middle) and 1 <= len(head) <= 2
        western = len(last) == 3 and all(len(g) == 3 for g in middle) and 1 <= len(head) <= 3
        if not (indian or western or (len(head) <= 3 and len(last) == 3 and not middle)):
            pass  # malformed grouping (`৪,১২২৬১`): the digits are still the number
        ascii_ = ascii_.replace(",", "")
    try:
        return Fraction(ascii_)
    except ValueError:
        return None


def _cased_stems() -> dict:
    """What a word is when a case ending follows it (হাজারের, কোটির, পঞ্চাশের,
    শতাধিকের, অর্ধেকের, কিলোমিটারের, টাকার, হাজারখানেকের, মাস ছয়েকের), one
    look-up per ending; where tables share a word, the earlier one wins."""
    tables = [  # highest precedence first
        {k: ("mult", Fraction(v), "case") for k, v in _MULT.items()},
        {k: ("num", Fraction(v), "case") for k, v in _UNITS.items() if len(k) > 2},
        {k: ("cur", None, v) for k, v in _CUR.items()},
        {k: ("bound", Fraction(v), "case") for k, v in _BOUND.items()},
        # Not আধা: আধার is a vessel.
        {k: ("num", v, "case") for k, v in _FRAC.items() if len(k) >= 4},
        {k: ("measure", None, v) for k, v in _MEASURE.items() if k not in _MEASURE_DIGITS_ONLY},
        {k: ("approx", Fraction(v), "case") for k, v in _APPROX.items()},
    ]
    out: dict = {}
    for table in reversed(tables):
        out.update(table)
    return out


_CASED_STEMS = _cased_stems()


@lru_cache(maxsize=4096)
def _word(raw: str) -> tuple[str | None, Fraction | None, str | None]:
    """(role, value, glued) for a Bangla word; role None when not a number word."""
    w = normalize(raw).replace("\u200c", "").replace("\u200d", "")
    if "'" in w or "’" in w:  # `দু'শ`, `কয়েক’শ`: the apostrophe marks a clipped vowel
        split = _apostrophe_word(w.replace("’", "'"))
        if split is not None:
            return split
        w = w.replace("'", "").replace("’", "")
    if w in _UNITS:
        return "num", Fraction(_UNITS[w]), None
    if w in _MULT:
        return "mult", Fraction(_MULT[w]), None
    if w in _BOUND:
        return "bound", Fraction(_BOUND[w]), None
    if w in _HALF_BOUND:
        return "halfbound", Fraction(50), None
    if w in _FRAC:
        return "num", _FRAC[w], None
    if w in _PFRAC:
        return "pfrac", _PFRAC[w], None
    if w in _ORD:
        return "ord", Fraction(_ORD[w]), None
    if w in _HUNDRED:
        return "hundred", Fraction(100), None
    if w in _POINT:
        return "point", None, None
    if w in _PCT_AFTER:
        return "pct_after", None, None
    if w in _PCT_BEFORE:
        return "pct_before", None, None
    if w in _PCT_PARTS:
        return "pct_part", None, None
    if w in _PCT_WHOLE:
        return "pct_whole", Fraction(100), None
    if w in _CUR:
        return "cur", None, _CUR[w]
    if w in _MORE:
        return "more", None, None
    if w in _LESS:
        return "less", None, None
    if w in _ABOUT_AFTER:
        return "about", None, None
    if w in _QUAL:
        return "qual", None, _QUAL[w]
    if w in _APPROX:
        return "approx", Fraction(_APPROX[w]), None
    if w in _RANGE:
        return "range", None, None
    if w in _MEASURE:
        return "measure", None, _MEASURE[w]
    if w in _COUNT:
        return "count", None, None
    # Case endings on multipliers and numbers: হাজারের, কোটির, পঞ্চাশের, হাজারেরও.
    for e in _ENDINGS:
        if w.endswith(e) and len(w) > len(e):
            stem = w[: -len(e)]
            got = _CASED_STEMS.get(stem)
            if got is not None:
                if stem == _TIMES and e not in _TIMES_ENDINGS:
                    break  # গুণতে, গুণে: to count, counting
                return got
            if stem.endswith(_APPROX_ONE) and (one := _approx_one(stem)) is not None:
                return one
    # A classifier glued to a number word: দুটি, তিনজন, একজনের, চারটে.
    for c in _CLASSIFIERS:
        i = w.find(c, 1)
        if i > 0 and w[i:].startswith(c):
            stem, rest = w[:i], w[i + len(c):]
            if stem in _UNITS_GLUE and (not rest or rest in _ENDINGS):
                return "num", Fraction(_UNITS_GLUE[stem]), "classifier"
    # A multiple glued: দ্বিগুণ, তিনগুণ, দশগুণের (bound words may follow).
    if _TIMES in w:
        stem, rest = w[:w.rfind(_TIMES)], w[w.rfind(_TIMES) + len(_TIMES):]
        if stem and (not rest or rest in _TIMES_ENDINGS):
            v = _TIMES_PREFIXES.get(stem, _UNITS_GLUE.get(stem))
            if v is not None:
                return "num", Fraction(v), "times"
    # Half of a multiplier, glued: অর্ধলক্ষ (50,000), অর্ধকোটি.
    if w.startswith("অর্ধ") and w[4:] in _MULT:
        return "mult_glued", Fraction(_MULT[w[4:]], 2), None
    # Hundreds glued: একশ, দুশো, দেড়শ, আড়াইশ, পাঁচশত; and শতাধিক glued.
    for h in ("শতাধিক", "শত", "শো", "শ"):
        if w.endswith(h) and len(w) > len(h):
            stem = w[: -len(h)]
            v = _UNITS_GLUE.get(stem)
            if v is None and stem in _FRAC:
                v = _FRAC[stem]
            if v is not None:
                return ("bound" if h == "শতাধিক" else "num"), Fraction(v) * 100, "hundred"
    # Ordinals made with তম: পঞ্চাশতম, শততম.
    if w.endswith("তম") and w[:-2] in _UNITS:
        return "ord", Fraction(_UNITS[w[:-2]]), None
    # An ordinal with বার glued (`প্রথমবারের মতো`, `দ্বিতীয়বার`): the n-th time;
    # `শতাধিকবার`: more than a hundred times.
    for suffix in _TIMES_SUFFIXES:
        if w.endswith(suffix):
            stem = w[:-len(suffix)]
            if stem in _ORD:
                return "ord", Fraction(_ORD[stem]), None
            if stem in _BOUND:
                return "bound", Fraction(_BOUND[stem]), "classifier"
    # `ষাটোর্ধ্ব` (over sixty), `আঠারোর্ধ্ব`, maybe with a case ending.
    if _ABOVE in w:
        stem = w[:w.rfind(_ABOVE)]
        rest = w[len(stem) + len(_ABOVE):]
        if not rest or rest in _ENDINGS:
            for cand in (stem, stem[:-1] if stem.endswith("\u09cb") else None):
                if cand and cand in _UNITS and _UNITS[cand] >= 10:
                    return "bound", Fraction(_UNITS[cand]), None
    if w.endswith(_APPROX_ONE) and (one := _approx_one(w)) is not None:
        return one
    # A part of a whole: তৃতীয়াংশ = 1/3, চতুর্থাংশ = 1/4; with a case ending
    # (`এক-তৃতীয়াংশের বেশি`), so that a bound can follow.
    for end in ("", "ের", "ে", "ও", "েরও"):
        stem = w[:-len(end)] if end else w
        if w.endswith(end) and stem.endswith(_PART) and stem[:-len(_PART)] in _ORD:
            return "part", Fraction(1, _ORD[stem[:-len(_PART)]]), None
    # A half glued to its unit: আধঘণ্টা.
    if w.startswith("আধ") and w[2:] in _HALF_GLUED:
        return "num", Fraction(1, 2), "classifier"
    return None, None, None


def _approx_one(w: str) -> tuple[str, Fraction, str | None] | None:
    """About one of a multiplier (হাজারখানেক, শখানেক, লাখখানেক) or of a unit
    (কেজিখানেক, ঘণ্টাখানেক); None for other words ending in খানেক."""
    stem = w[:-len(_APPROX_ONE)]
    if stem in _MULT:
        return "approx_one", Fraction(_MULT[stem]), None
    if stem in _HUNDRED:
        return "approx_one", Fraction(100), None
    if stem in _APPROX_ONE_UNITS:
        return "approx_one", Fraction(1), "classifier"
    return None


def _apostrophe_word(w: str) -> tuple[str | None, Fraction | None, str | None] | None:
    """`দু'হাজার` (2,000), `শ'পাঁচেক` (about 500), `শ'খানেক`, `চারশ'র` (a case
    ending after the apostrophe): the two sides read apart. None when they do
    not make a number that way (`দু'শ` is read joined)."""
    left, _, right = w.partition("'")
    if not left or not right:
        return None
    lrole, lval, _ = _word(left)
    if lrole is None:
        return None
    if right in _ENDINGS or right in _DASH_ENDINGS:
        return lrole, lval, "case"
    rrole, rval, _ = _word(right)
    if lrole == "num" and rrole == "mult":
        return "mult_glued", lval * rval, None
    if lrole == "hundred" and rrole == "approx":
        return "approx", rval * 100, None
    if lrole == "hundred" and right == _APPROX_ONE:
        return "approx_one", Fraction(100), None
    return None


def _digit_suffix(value: Fraction, suf: str) -> tuple[str, Fraction, str | None]:
    """A suffix glued to digits: ৬৯টি, ১০ম, ৪র্থ, ১২তম, ৫শ, ৫শতাধিক, ২০২২-এর."""
    s = normalize(suf).replace("\u200c", "").replace("\u200d", "")
    if not s:
        return "num", value, None
    if s.startswith("তম") or (s in ("ম", "য়", "র্থ", "ষ্ঠ") and value.denominator == 1):
        return "ord", value, "ordinal"
    if s.startswith("শতাধিক"):
        return "bound", value * 100, "hundred"
    if s == "শে" and value <= 31:
        return "num", value, "case"  # `২৫শে ডিসেম্বর`: a day of the month, not 2500
    if s in ("শ", "শো", "শত") or (s.startswith(("শ", "শো")) and s.lstrip("শো") in ("",) + _ENDINGS):
        return "num", value * 100, "hundred"
    if s in _MULT:
        return "mult_glued", value * _MULT[s], None
    if s.startswith(_CLASSIFIERS):
        return "num", value, "classifier"
    return "num", value, "case"


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "suf":
            kind = "num"
        t = _Tok(kind, m.start(), m.end(), m.group())
        if m.group("num") is not None:
            t.kind = "num"
            v = _digits_value(m.group("num"))
            if v is None:
                t.kind = "other"
            else:
                role, val, glued = _digit_suffix(v, m.group("suf") or "")
                t.role, t.value, t.glued = role, val, glued
        elif kind == "word":
            t.role, t.value, t.glued = _word(t.text)
            if t.role is None and t.text.startswith(_APPROX_ONE) and toks and toks[-1].kind == "word" \
                    and text[toks[-1].end:t.start] == " ":
                # `হাজার খানেক`, `কেজি খানেক`: -খানেক printed apart from its word.
                role, val, glued = _word(toks[-1].text + t.text)
                if role == "approx_one":
                    t = _Tok("word", toks[-1].start, t.end, text[toks[-1].start:t.end], role, val, glued)
                    toks.pop()
        elif kind in ("sym", "latin"):
            t.role = "cur_prefix" if t.text in _CUR_PREFIX else ("pct_after" if t.text == "%" else None)
            if t.role is None and kind == "latin":
                low = t.text.lower()
                if low.endswith(".") and (low[:-1] in _LATIN_MULT or low[:-1] in _LATIN_PERCENT):
                    # `crore.` at the end of a sentence: the full stop is not the word's.
                    low, t.end, t.text = low[:-1], t.end - 1, t.text[:-1]
                if low in _LATIN_MULT:
                    t.role, t.value = "mult", Fraction(_LATIN_MULT[low])
                elif low in _LATIN_UNITS:
                    t.role, t.value = "num", Fraction(_LATIN_UNITS[low])
                    if low in _LATIN_HOMOGRAPHS:
                        t.glued = "homograph"
                    if len(toks) >= 2 and toks[-1].kind == "dash" and toks[-1].end == t.start \
                            and toks[-2].end == toks[-1].start and toks[-2].text.lower() in _LATIN_TENS \
                            and t.value < 10:
                        # `twenty-five`: one number
                        tens = toks[-2]
                        t = _Tok("latin", tens.start, t.end, text[tens.start:t.end], "num", tens.value + t.value)
                        del toks[-2:]
                elif low in _LATIN_CUR:
                    t.role, t.glued = "cur", _LATIN_CUR[low]
                elif low in lx.LATIN_HUNDRED:
                    t.role, t.value = "hundred", Fraction(100)
                elif low in _LATIN_PARTS:
                    t.role, t.value = "part", Fraction(1, _LATIN_PARTS[low])
                elif low in _LATIN_QUAL:
                    t.role, t.glued = "qual", _LATIN_QUAL[low]
                elif low in _LATIN_PERCENT:
                    t.role = "pct_after"
                elif t.text in _LATIN_MEASURE:
                    t.role, t.glued = "measure", _LATIN_MEASURE[t.text]
                elif toks and (pair := (toks[-1].text.lower(), low)) in _LATIN_QUAL_PAIRS \
                        and text[toks[-1].end:t.start] == " ":
                    # `more than`, `at least`: one qualifier of two words.
                    t = _Tok("latin", toks[-1].start, t.end, text[toks[-1].start:t.end])
                    t.role, t.glued = "qual", _LATIN_QUAL_PAIRS[pair]
                    toks.pop()
                elif toks and (toks[-1].text.lower(), low.rstrip(".")) in _LATIN_PCT_PAIRS \
                        and text[toks[-1].end:t.start] == " ":
                    end = t.end - (1 if low.endswith(".") else 0)  # `48 per cent.`
                    t = _Tok("latin", toks[-1].start, end, text[toks[-1].start:end])
                    t.role = "pct_after"
                    toks.pop()
                elif t.text == "to":
                    t.role = "range"  # `15 to 20 students`: read as a range only between two numbers
        toks.append(t)
    return toks


def _item_before(text: str, t: _Tok) -> bool:
    """The item number one less, with the same mark, earlier in the text:
    `… করা, ৩. দীনি …` after `২. কোরআন …`."""
    n = int(to_ascii_digits(t.text)) - 1
    if n < 1:
        return False
    mark = text[t.end]
    prev = text[max(0, t.start - 400):t.start]
    return any(f"{d}{mark} " in prev for d in {str(n), to_bangla_digits(str(n))})


def _char_before(text: str, i: int) -> str:
    """The last character before i that is not a space or tab ("" at the start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return text[j] if j >= 0 else ""


def _space_gap(text: str, a: _Tok, b: _Tok) -> bool:
    return _SPACE_ONLY.fullmatch(text, a.end, b.start) is not None


def _plain(v: Fraction) -> int | float:
    return int(v) if v.denominator == 1 else float(v)


class _Expr:
    """A number expression being read: the combining rule of bangla.md §7.2."""

    def __init__(self):
        self.total = Fraction(0)
        self.group: Fraction | None = None
        self.pending: Fraction | None = None  # সাড়ে / সোয়া / পৌনে
        self.bound: str | None = None  # ">" more than, "~" about
        self.words_only = True
        self.parts = 0

    def add(self, v: Fraction) -> None:
        if self.pending is not None:
            v, self.pending = v + self.pending, None
        self.group = (self.group or 0) + v
        self.parts += 1

    def hundred(self) -> None:
        self.group = (self.group if self.group is not None else 1) * 100
        self.parts += 1

    def mult(self, m: Fraction) -> None:
        g = self.group
        if g is None:
            # A bare multiplier is 1 (সোয়া লাখ = 1.25 lakh) only when nothing
            # precedes it; after a total it scales that total (হাজার কোটি).
            if self.pending is not None:
                g, self.pending = 1 + self.pending, None
            else:
                g = Fraction(0) if self.total else Fraction(1)
        if 0 < self.total < m:
            self.total = (self.total + g) * m
        else:
            self.total += g * m
        self.group = None
        self.parts += 1

    def value(self) -> Fraction:
        return self.total + (self.group or 0)


def _bigger_mult_next(text: str, toks: list[_Tok], j: int, value) -> bool:
    """A compound of bare multipliers (`হাজার কোটি` = 10^10, `লাখ কোটি`,
    `শত কোটি`, bangla.md §7.2): the next word is a larger multiplier."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.role == "mult" and nxt.value > value and _space_gap(text, toks[j], nxt)


def _scaled_low(toks: list[_Tok], i: int, j: int, hi, value):
    """`দুই-তিন হাজার`, `পাঁচ থেকে ছয় হাজার`: the high end's multiplier applies
    to a low end that has none (2,000-3,000, not 2-3,000)."""
    if hi is None or any(toks[x].role in ("mult", "mult_glued") for x in range(i, j)):
        return value
    # The multipliers that close the high end, all of them: `১০-১২ হাজার কোটি`
    # is 10,000 to 12,000 crore.
    scale, k = Fraction(1), hi[0] - 1
    while k > i and toks[k].role == "mult":
        scale *= toks[k].value
        k -= 1
    if toks[k].glued == "hundred" and value < 100 and k > i and toks[k].role == "num":
        scale *= 100  # `দুই-তিনশ`: 200-300, `১০-১২শ`: 1,000-1,200; the hundred glued to the high end
    if scale > 1 and value * scale < hi[1]:
        return value * scale
    return value


def _currency_next(text: str, toks: list[_Tok], j: int) -> bool:
    """A currency word right after toks[j]: `লাখ টাকা` is one lakh taka; but
    not in a doubled or vague count (`কোটি কোটি টাকা`, `কয়েক লাখ টাকা`)."""
    if j > 0 and _space_gap(text, toks[j - 1], toks[j]) and (
            toks[j - 1].role in ("mult", "hundred") or normalize(toks[j - 1].text) in _VAGUE_BEFORE):
        return False
    return j + 1 < len(toks) and toks[j + 1].role == "cur" and _space_gap(text, toks[j], toks[j + 1])


def _read(text: str, toks: list[_Tok], i: int) -> tuple[int, Fraction, str | None, bool, str | None] | None:
    """Read one expression from toks[i]: (next index, value, bound, words_only, glued)."""
    e = _Expr()
    n = len(toks)
    j = i
    last = None
    glued = None
    while j < n:
        t = toks[j]
        if last is not None and not _space_gap(text, last, t):
            break
        r = t.role
        if r == "num":
            tens_unit = last is not None and last.kind == t.kind == "latin" and e.group is not None \
                and e.group % 10 == 0 and e.group % 100 != 0 and t.value < 10  # `twenty five`
            if e.group is not None and e.total == 0 and last is not None and last.role == "num" \
                    and not (e.group % 100 == 0 and t.value < 100) and not tens_unit:
                break  # two numbers side by side (`২০২৪ ২০`): separate expressions
            if e.group is not None and last is not None and last.role == "num" \
                    and e.group % 100 != 0 and not tens_unit:
                break
            if t.glued == "hundred" and e.pending is not None:
                # সাড়ে পাঁচশ = (5 + 0.5) x 100: the fraction binds before the hundred.
                e.add(t.value / 100)
                e.group *= 100
            else:
                e.add(t.value)
            if t.kind == "num":
                e.words_only = False
            if t.glued in ("classifier", "times"):
                glued = t.glued
                j += 1
                last = t
                break
        elif r == "mult_glued":
            e.add(t.value)  # `৫হাজার`: digits with the multiplier glued
            e.words_only = False
        elif r == "pfrac":
            if e.group is not None or e.pending is not None:
                break
            e.pending = t.value
        elif r == "hundred" and t.kind in ("word", "latin"):
            if e.group is None and e.parts == 0 and not _bigger_mult_next(text, toks, j, 100):
                break  # but `শত কোটি` is 10^9
            e.hundred()
        elif r == "mult":
            if e.parts == 0 and e.pending is None and not _bigger_mult_next(text, toks, j, t.value) \
                    and not _currency_next(text, toks, j):
                break  # a bare multiplier is vague (হাজারো, লাখ লাখ), save in `হাজার কোটি`, `লাখ টাকা`
            e.mult(t.value)
            if t.glued == "case":
                j += 1
                last = t
                break
        elif r == "bound":
            if t.glued == "hundred" or t.kind == "num":
                e.add(t.value)
            elif e.parts == 0:
                e.add(t.value)
            else:
                e.group = (e.group if e.group is not None else 1) * t.value
            if t.kind == "num":
                e.words_only = False
            e.bound = ">"
            e.parts += 1
            j += 1
            last = t
            break
        elif r == "halfbound":
            if e.parts:
                break
            e.add(t.value)
            e.bound = ">"
            j += 1
            last = t
            break
        elif r in ("approx", "approx_one"):
            # `পাঁচেক`, `হাজারখানেক`: about so many, and nothing more to read.
            if e.parts or e.pending is not None:
                break
            e.add(t.value)
            e.bound = "~"
            j += 1
            last = t
            break
        elif r == "point" and (e.group is not None or (e.parts == 0 and j == i)) and j + 1 < n:
            if e.group is None:
                e.add(Fraction(0))  # `দশমিক ৫ শতাংশ`: a point with no whole part is 0.5
            # দশমিক: the digits after it are read one by one.
            k = j + 1
            frac_digits = ""
            prev = t
            while k < n and _space_gap(text, prev, toks[k]) and toks[k].role == "num" \
                    and toks[k].value is not None and toks[k].value.denominator == 1:
                tk = toks[k]
                if tk.kind == "num":
                    # As printed: `৩ দশমিক ০৫` is 3.05 (the value of `০৫` drops its zero).
                    printed = _LEAD_DIGITS.match(tk.text)
                    frac_digits += to_ascii_digits(printed.group()) if printed else str(int(tk.value))
                elif tk.value < 10:
                    frac_digits += str(int(tk.value))
                else:
                    break
                prev = tk
                k += 1
                if tk.kind == "num":
                    break
            if not frac_digits:
                break
            e.group = e.group + Fraction(int(frac_digits), 10 ** len(frac_digits))
            j = k
            last = prev
            continue
        else:
            break
        last = t
        j += 1
    if e.parts == 0 or last is None:
        return None
    if e.pending is not None:
        return None  # `সাড়ে` with nothing after it
    return j, e.value(), e.bound, e.words_only, glued


_PHONE = re.compile(rf"(?:\+?[8৮][8৮][0০][-\s]?|[0০])[1১][{_DIG}]{{3}}[-\s]?[{_DIG}]{{6}}(?![{_DIG}])"
                    rf"|[0০][{_DIG}]{{1,4}}-[{_DIG}]{{6,8}}(?![{_DIG}])")
# `২০২৪-২৫ অর্থবছর`, `২০২৫-২৬ শিক্ষাবর্ষ`, `২০২৩-২৪ সেশনে`: a year span, not two counts.
_FISCAL_AFTER = re.compile(r"\s?(?:অর্থবছর|অর্থ বছর|শিক্ষাবর্ষ|শিক্ষা বর্ষ|সেশন)")
# `১২২ টাকা ৩০ পয়সা`: the paisa after the taka.
# Either encoding of য় (the text is read as given).
_PAISA = re.compile(r"\s+([0-9০-৯]{1,2})\s?" + _either_nukta(nfc(["পয়সা"])[0])
                    + "(?:" + _either_nukta(nfc(["য়"])[0]) + "|র)?(?![\u0980-\u09ff])")


def _find(text: str, strict: bool) -> list[Number]:
    toks = _tokens(text)
    out: list[Number] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.role is None and t.kind != "num":
            i += 1  # a plain word or mark: most tokens of a text, and no number starts there
            continue
        if t.kind == "num" and (t.text[:1] in "0০" or t.text.startswith(("৮৮০", "880"))) \
                and (ph := _PHONE.match(text, t.start)):
            # A phone number (০১৭১১-১২৩৪৫৬, +৮৮০…) is not a count nor a range.
            while i < n and toks[i].start < ph.end():
                i += 1
            continue
        # Times (০৯:৫২), numeric dates (১০-১১-২০২৪, ১০/১১/২০২৪) and fiscal
        # years (২০২৪-২৫ অর্থবছর) are not counts.
        if t.kind == "num" and i + 2 < n and toks[i + 1].kind in ("colon", "dash") \
                and toks[i + 2].kind == "num" and toks[i + 1].start == t.end \
                and toks[i + 2].start == toks[i + 1].end:
            if i + 4 < n and toks[i + 3].text == toks[i + 1].text and toks[i + 4].kind == "num" \
                    and toks[i + 3].start == toks[i + 2].end and toks[i + 4].start == toks[i + 3].end:
                i += 5
                continue
            if toks[i + 1].kind == "colon":
                a, b = toks[i], toks[i + 2]
                nxt = toks[i + 3] if i + 3 < n else None
                if toks[i + 1].text == "/" and a.role == "num" and b.role in ("num", "mult_glued") \
                        and a.value < b.value and (b.glued == "classifier" or (
                            nxt is not None and nxt.role == "count" and _space_gap(text, b, nxt))):
                    # `৩/৪ জন`, `১০/১২টি`: three or four people, a range.
                    out.append(Number(text[a.start:b.end], a.start, b.end, _plain(a.value), "cardinal",
                                      None, _plain(b.value)))
                i += 3
                continue
            if _FISCAL_AFTER.match(text, toks[i + 2].end) and len(t.text) == 4:
                i += 3
                continue
        if t.kind == "num" and i >= 2 and toks[i - 1].kind == "dash" and toks[i - 1].end == t.start \
                and toks[i - 2].kind in ("word", "latin") and toks[i - 2].end == toks[i - 1].start \
                and toks[i - 2].role is None:
            i += 1  # `কোভিড-১৯`, `জি-২০`, `ঢাকা-১৭`: a name's number, not a count
            continue
        if t.kind == "num" and i >= 1 and toks[i - 1].kind == "latin" and toks[i - 1].end == t.start:
            i += 1  # `jagonews24`, `news24bd`: a name's digits
            continue
        if t.kind == "num" and i + 1 < n and toks[i + 1].kind == "latin" and toks[i + 1].start == t.end \
                and toks[i + 1].text.lower() in ("st", "nd", "rd", "th") and t.value.denominator == 1:
            out.append(Number(text[t.start:toks[i + 1].end], t.start, toks[i + 1].end, _plain(t.value), "ordinal"))
            i += 2  # `2nd`, `25th`: an English ordinal
            continue
        if t.kind == "word" and t.text in _EKUSHE:
            i += 1  # `একুশে পদক`, `একুশের বইমেলা`: the 21st (of February) as a name, not a count
            continue
        if t.kind == "word" and normalize(t.text).startswith(_ELEVEN) and (
                text.startswith(":", t.end) or text[max(0, t.start - 8):t.start].endswith(_ELEVEN_BEFORE)):
            i += 1  # `বাংলাদেশ একাদশ:`, `সেরা একাদশ`: a team, not the 11th
            continue
        if t.kind == "num" and "." in t.text and text[t.end:t.end + 1] == "." \
                and text[t.end + 1:t.end + 2] in _DIGIT_SET:
            # `2025.11.24`, `2.11.3`: a dotted date or a version, no decimal number
            i += 1
            while i < n and toks[i].start <= toks[i - 1].end and toks[i].kind in ("num", "other"):
                i += 1
            continue
        if t.kind == "num" and len(t.text) <= 2 and text[t.end:t.end + 2] in _LIST_MARKS \
                and (_char_before(text, t.start) in _LIST_BEFORE or (
                    _char_before(text, t.start) in ",;" and _item_before(text, t))):
            # `১. বেশি বেশি নফল ইবাদত`: a list's item number, not a count; also
            # a list run on in one line (`১. …, ২. …, ৩. …`)
            i += 1
            continue
        if t.kind == "num" and len(t.text) <= 5 and (ev := _EVENT_YEAR_AT.match(text, t.start)) is not None:
            # `৭১-এর মুক্তিযুদ্ধ`: a year, for the date reader (the event's name is no number).
            while i < n and toks[i].start < ev.end():
                i += 1
            continue
        if (t.role == "num" or t.role == "pfrac") and (skip := _clock_time(text, toks, i)):
            i += skip  # `সন্ধ্যা ৬টা`, `রাত ৯টা ৩০ মিনিট`, `১৯০৯ ঘণ্টা,`: a time of day
            continue
        if (t.kind == "num" and t.value is not None and (t.value <= 31 or len(t.text) == 4)
                or t.kind == "word" and t.role == "num") and (skip := _date_part(text, toks, i)):
            i += skip  # `২৪ নভেম্বর ২০২৫`, `মার্চ ২৩, ২০২৪`: a date, for the date reader
            continue
        if t.kind == "num" and t.role == "num" and i + 1 < n and toks[i + 1].text == "তম" \
                and _space_gap(text, t, toks[i + 1]) and t.value.denominator == 1:
            out.append(Number(text[t.start:toks[i + 1].end], t.start, toks[i + 1].end, _plain(t.value),
                              "ordinal"))  # `৪৭ তম ব্যাচ`: the ordinal suffix set apart
            i += 2
            continue
        if t.role == "ord":
            v = t.value
            end = t.end
            if t.kind == "num" and t.glued == "ordinal" and not _valid_ordinal(t.text):
                i += 1
                continue
            out.append(Number(text[t.start:end], t.start, end, _plain(v), "ordinal"))
            i += 1
            continue
        if t.role == "num" and t.kind == "num" and t.glued == "hundred" and 11 <= t.value / 100 <= 22 \
                and i + 1 < n and _word(toks[i + 1].text)[0] is None \
                and normalize(toks[i + 1].text) in _ORDINAL_NOUNS:
            out.append(Number(t.text, t.start, t.end, _plain(t.value / 100), "ordinal"))
            i += 1
            continue
        if t.role == "pct_whole":
            out.append(Number(t.text, t.start, t.end, 100, "percent", "%"))
            i += 1
            continue
        start_i = i
        prefix_kind = None
        unit = None
        qual = None
        if t.role == "qual" and i + 1 < n and _space_gap(text, t, toks[i + 1]):
            if i + 3 < n and toks[i + 1].kind == "num" and toks[i + 2].text == ":" and toks[i + 3].kind == "num" \
                    and toks[i + 2].start == toks[i + 1].end and toks[i + 3].start == toks[i + 2].end:
                i += 4  # `around 3:50 pm`: a time of day, for the date reader
                continue
            qual = t.glued  # প্রায় N (about), অন্তত N (at least), অনধিক N (at most)
            i += 1
            t = toks[i]
        if qual and t.text in ("US", "U.S.") and i + 1 < n and toks[i + 1].text == "$" \
                and toks[i + 1].start == t.end:
            i += 1  # `at least US$ 5 million`
            t = toks[i]
        if t.role == "pct_before" and i + 1 < n:
            prefix_kind = "percent"
            i += 1
        elif t.role == "cur_prefix" and i + 1 < n and toks[i + 1].start - t.end <= 1:
            prefix_kind = "money"
            unit = _CUR.get(t.text) or {"Tk": "BDT", "Tk.": "BDT", "Rs": "INR", "Rs.": "INR"}.get(t.text) \
                or (t.text if t.text.isupper() and len(t.text) == 3 else None)  # `USD 300 million`
            i += 1
        if toks[i].kind == "word" and toks[i].role in ("mult", "hundred") and i + 1 < n \
                and toks[i + 1].role == "approx" and _space_gap(text, toks[i], toks[i + 1]):
            # `হাজার পাঁচেক`, `লাখ দুয়েক`: about five thousand, two lakh.
            got = (i + 2, toks[i + 1].value * toks[i].value, "~", True, None)
            if _bigger_mult_next(text, toks, i + 1, toks[i].value):
                got = (i + 3, got[1] * toks[i + 2].value, "~", True, None)  # হাজার পাঁচেক কোটি
        elif toks[i].role not in ("num", "pfrac", "bound", "halfbound", "mult_glued", "approx",
                                  "approx_one") and not (
                toks[i].role == "point" and i + 1 < n and toks[i + 1].role == "num"
                and (toks[i + 1].kind == "num" or toks[i + 1].value < 10)
                and _space_gap(text, toks[i], toks[i + 1])) and not (
                toks[i].role in ("mult", "hundred") and toks[i].kind == "word"
                and _bigger_mult_next(text, toks, i, toks[i].value)) and not (
                toks[i].role == "mult" and toks[i].kind == "word" and _currency_next(text, toks, i)):
            got = None
        else:
            got = _read(text, toks, i)
        if got is None:
            i = start_i + 1
            continue
        j, value, bound, words_only, glued = got
        last = toks[j - 1]
        first_num = toks[i]
        kind = prefix_kind or "cardinal"
        high = None
        end = last.end
        k = j
        # What follows: a range, a percent word, a currency, "more than".
        if k + 1 < n and toks[k].kind == "dash" and toks[k].start - last.end <= 1 \
                and toks[k + 1].role in ("num", "pfrac") and toks[k + 1].start - toks[k].end <= 1:
            hi = _read(text, toks, k + 1)
            value = _scaled_low(toks, i, j, hi, value)
            if hi is not None and len(last.text) == 4 and len(toks[k + 1].text) == 2 and hi[0] == k + 2 \
                    and hi[1] == (value + 1) % 100:
                hi = (hi[0], value + 1) + hi[2:]  # `১৯০৫-০৬`: one year to the next
            if hi is not None and hi[1] > value:
                k, high = hi[0], hi[1]
                end = toks[k - 1].end
                words_only = words_only and hi[3]
        elif k + 1 < n and toks[k].role == "range" and _space_gap(text, last, toks[k]) \
                and toks[k + 1].role in ("num", "pfrac") and _space_gap(text, toks[k], toks[k + 1]):
            hi = _read(text, toks, k + 1)
            value = _scaled_low(toks, i, j, hi, value)
            if hi is not None and hi[1] > value:
                k, high = hi[0], hi[1]
                end = toks[k - 1].end
        # `দুই-তৃতীয়াংশ`, `এক চতুর্থাংশ`: a part of a whole.
        part = False
        if high is None and k < n:
            p = k + 1 if toks[k].kind == "dash" and toks[k].start == toks[k - 1].end else k
            if p < n and toks[p].role == "part" and (
                    toks[p].start == toks[k].end if p > k else _space_gap(text, toks[k - 1], toks[p])):
                value, end, k, part = value * toks[p].value, toks[p].end, p + 1, True
        # `৫০০-এর বেশি`: a case ending after a dash belongs to the number.
        if k + 1 < n and toks[k].kind == "dash" and toks[k].start == toks[k - 1].end \
                and toks[k + 1].kind == "word" and toks[k + 1].start == toks[k].end \
                and normalize(toks[k + 1].text) in _DASH_ENDINGS:
            end, k = toks[k + 1].end, k + 2
        nxt = toks[k] if k < n else None
        if nxt is not None and _space_gap(text, toks[k - 1], nxt):
            if prefix_kind is None and high is None and (frac := _share_of(text, toks, k, value)) is not None:
                value, end, k = frac  # `তিন ভাগের এক ভাগ` = 1/3
            elif nxt.role == "pct_after" or (nxt.role == "pct_part" and prefix_kind == "percent") \
                    or (nxt.role == "pct_part" and normalize(nxt.text) == "ভাগ"
                        and toks[k - 1].kind == "num" and value <= 100) \
                    or (nxt.role == "pct_part" and toks[k - 1].kind == "num" and value <= 100
                        and k + 1 < n and toks[k + 1].role in ("more", "less", "about")
                        and _space_gap(text, nxt, toks[k + 1])):
                # শতাংশ, %, শতকরা … ভাগ, the colloquial `৯০ ভাগ মানুষ`, and
                # `৫০ ভাগের বেশি` (more than half)
                kind, unit, end, k = "percent", "%", nxt.end, k + 1
                if k < n and _space_gap(text, nxt, toks[k]) and normalize(toks[k].text) in _POINTS \
                        and nxt.role == "pct_after" and (k + 1 >= n or toks[k + 1].role != "num"):
                    unit, end, k = "pp", toks[k].end, k + 1  # শতাংশ পয়েন্ট: percentage points
            elif kind == "cardinal" and k + 1 < n and normalize(nxt.text) in _BASIS \
                    and _space_gap(text, nxt, toks[k + 1]) and normalize(toks[k + 1].text) in _POINTS:
                # `৫০ বেসিস পয়েন্ট` (a policy rate): hundredths of a percentage point.
                kind, unit, end, k = "percent", "bp", toks[k + 1].end, k + 2
            elif nxt.role == "cur" and kind == "cardinal":
                kind, unit, end, k = "money", nxt.glued, nxt.end, k + 1
                if unit == "BDT" and high is None and (p := _PAISA.match(text, end)) is not None:
                    value += Fraction(_digits_value(p.group(1)), 100)
                    end = p.end()
                    while k < n and toks[k].start < end:
                        k += 1
            elif nxt.role == "cur_prefix" and nxt.kind == "sym" and kind == "cardinal":
                kind, unit, end, k = "money", _CUR.get(nxt.text), nxt.end, k + 1  # ১৫০৳
            elif nxt.role in ("more", "less", "about") and _genitive(toks[k - 1]) and (
                    not bound or bound == ">" and nxt.role == "more"):  # `দুই শতাধিকের বেশি`: said twice
                bound, end, k = _AFTER_BOUND[nxt.role], nxt.end, k + 1
            elif nxt.kind == "word" and kind == "cardinal" and k + 1 < n \
                    and _space_gap(text, nxt, toks[k + 1]) and toks[k + 1].role == "cur" \
                    and normalize(nxt.text + " " + toks[k + 1].text) in _CUR:
                # Two-word currencies: মার্কিন ডলার, সৌদি রিয়াল.
                kind, unit, end, k = "money", _CUR[normalize(nxt.text + " " + toks[k + 1].text)], \
                    toks[k + 1].end, k + 2
            elif nxt.kind == "word" and kind == "cardinal" and normalize(nxt.text) in _PAISA_WORDS:
                kind, unit, end, k = "money", "BDT", nxt.end, k + 1
                value /= 100
                high = high / 100 if high is not None else None
            elif kind == "cardinal" and nxt.kind == "word" and k + 1 < n and toks[k + 1].kind == "word" \
                    and _space_gap(text, nxt, toks[k + 1]) \
                    and (two := normalize(nxt.text + " " + toks[k + 1].text)) in _MEASURE:
                # মেট্রিক টন, ডিগ্রি সেলসিয়াস, বর্গ কিলোমিটার
                kind, unit, end, k = "measure", _MEASURE[two], toks[k + 1].end, k + 2
            elif kind == "cardinal" and k + 1 < n and normalize(nxt.text) == _LAND_UNIT \
                    and _space_gap(text, nxt, toks[k + 1]) and normalize(toks[k + 1].text) in _LAND_WORDS:
                kind, unit, end, k = "measure", "decimal", nxt.end, k + 1  # `৩৩ শতক জমি`: land
            elif nxt.role == "measure" and kind == "cardinal" and (
                    toks[k - 1].kind == "num" or normalize(nxt.text) not in _MEASURE_DIGITS_ONLY):
                kind, unit, end, k = "measure", nxt.glued, nxt.end, k + 1
        if glued == "times" and kind == "cardinal":
            kind, unit = "measure", "×"  # দ্বিগুণ: twice
        if kind in ("cardinal", "money") and text.startswith("/-", end) and toks[k - 1].kind == "num" \
                and not text[end + 2:end + 3].isdigit():
            # `২০০/-`, `Tk. 500/-`: the South Asian mark of a whole amount of
            # money, in the page's currency unless a word names one after it.
            if kind == "cardinal":
                kind, unit = "money", "BDT"
            end += 2
            while k < n and toks[k].start < end:
                k += 1
            if k < n and _space_gap(text, toks[k - 1], toks[k]) and toks[k].role == "cur" and kind == "money":
                unit, end, k = toks[k].glued, toks[k].end, k + 1
        if not bound and kind in ("percent", "money", "measure") and k < n and _space_gap(text, toks[k - 1], toks[k]) \
                and toks[k].role in ("more", "less", "about") and _genitive(toks[k - 1]):
            # পাঁচ শতাংশের বেশি, ১০০ টাকার কম, ৫০ কোটি টাকার মতো
            bound, end, k = _AFTER_BOUND[toks[k].role], toks[k].end, k + 1
        elif not bound and kind == "cardinal" and high is None and k + 1 < n and toks[k].kind == "word" \
                and toks[k].role in (None, "count") and len(toks[k].text) <= 10 and _genitive(toks[k]) \
                and _space_gap(text, toks[k - 1], toks[k]) and toks[k + 1].role in ("more", "less", "about") \
                and _space_gap(text, toks[k], toks[k + 1]) \
                and (normalize(toks[k + 1].text) not in _UPON or normalize(toks[k].text) in _UPON_OK):
            # `৬০ বছরের বেশি`, `১০ জনের মতো`: the counted noun between the
            # number and its bound (bangla.md §7.2: N-এর বেশি).
            bound, end, k = _AFTER_BOUND[toks[k + 1].role], toks[k + 1].end, k + 2
        if prefix_kind == "percent":
            unit = "%"
        if strict and words_only and j - i == 1 and high is None and kind == "cardinal" \
                and glued is None and not part and first_num.kind == "word" \
                and normalize(first_num.text) in _HOMOGRAPHS:
            # এক প্রতিবেদনে (a report), নয় (is not), বার (times): a number only
            # before a counted noun.
            if nxt is None or not _space_gap(text, first_num, nxt) or nxt.role not in ("count", "measure"):
                i = j
                continue
        if j - i == 1 and first_num.glued == "homograph" and kind == "cardinal" and not part and high is None:
            i = j  # `one of them`, `the one who`: a pronoun
            continue
        if j - i == 1 and first_num.kind == "latin" and first_num.text[:1].isupper() and kind == "cardinal" \
                and high is None and _char_before(text, first_num.start)[-1:].islower() \
                and k < n and toks[k].kind == "latin" and toks[k].text[:1].isupper():
            i = j  # `at the Four Points hotel`: a name, mid-sentence and capitalised
            continue
        if bound in (">", "<") and k < n and toks[k].kind == "word" and _space_gap(text, toks[k - 1], toks[k]) \
                and normalize(toks[k].text) in _NEGATIONS:
            bound, end, k = (">=" if bound == "<" else "<="), toks[k].end, k + 1  # কম নয়: not less
        if qual and not bound:
            bound = qual
        start = toks[start_i].start
        if toks[start_i].text == "$" and start_i > 0 and toks[start_i - 1].end == start \
                and toks[start_i - 1].text in ("US", "U.S."):
            start = toks[start_i - 1].start  # `US$ 1.2 billion`
        out.append(Number(text[start:end], start, end, _plain(value), kind, unit,
                          _plain(high) if high is not None else None, bound))
        i = k
    return out


_SHARE_OF = nfc(["ভাগের"])[0]
_SHARE = nfc(["ভাগ"])[0]


def _share_of(text: str, toks: list, k: int, whole: Fraction) -> tuple[Fraction, int, int] | None:
    """`তিন ভাগের এক ভাগ` (one part of three) after the number that ends
    at token k: (the fraction, its end, the next token), else None."""
    n = len(toks)
    if k + 1 >= n or normalize(toks[k].text) != _SHARE_OF or toks[k + 1].role != "num" \
            or not _space_gap(text, toks[k], toks[k + 1]):
        return None
    part = _read(text, toks, k + 1)
    if part is None or part[0] >= n or normalize(toks[part[0]].text) != _SHARE \
            or not _space_gap(text, toks[part[0] - 1], toks[part[0]]) or not 0 < part[1] < whole:
        return None
    return part[1] / whole, toks[part[0]].end, part[0] + 1


_AFTER_BOUND = {"more": ">", "less": "<", "about": "~"}
_DAY_SUFFIXES = frozenset(nfc(["ই", "শে", "লা", "রা", "ঠা"]))
_DAY = re.compile("[0-9০-৯]{1,2}(?:%s)?" % "|".join(_DAY_SUFFIXES))
_YEAR = re.compile("[0-9০-৯]{4}")
_MONTH_NAMES = frozenset(nfc([w.lower() for ws in cw.MONTHS.values() for w in ws] + cw.BANGLA_MONTHS))
_MONTH_ENDINGS = ("ের", "এর", "র", "ে", "তে")


_DAY_PART_WORDS = frozenset(nfc([w for ws in cw.DAY_PARTS.values() for w in ws if not w.isascii()]))
_OCLOCK = tuple(nfc(["টা", "টায়", "টার", "টে"]))
_MINUTE = frozenset(nfc(cw.MINUTE))
_HOURS = frozenset(nfc(["ঘণ্টা", "ঘন্টা"]))


def _clock_time(text: str, toks: list, i: int) -> int:
    """How many tokens from i are a time of day, or 0: an hour with -টা
    after a day part (`সন্ধ্যা ৬টা`, `বিকেল সাড়ে তিনটায়`, `রাত ৯টা ৩০
    মিনিট`), or banglanews24's `HHMM ঘণ্টা,` stamp."""
    t = toks[i]
    n = len(toks)
    if t.kind == "num" and len(t.text) == 4 and t.value < 2400 and t.value % 100 < 60 and i + 2 < n \
            and normalize(toks[i + 1].text) in _HOURS and toks[i + 2].text == "," \
            and _space_gap(text, t, toks[i + 1]):
        return 2
    if i == 0 or not _space_gap(text, toks[i - 1], t):
        return 0
    before = normalize(toks[i - 1].text)
    after_time = (before in _RANGE or toks[i - 1].kind == "dash") and i >= 2 \
        and normalize(toks[i - 2].text).endswith(_OCLOCK)  # `দুপুর ১২টা থেকে ১টা`: both are times
    if not after_time and (toks[i - 1].kind != "word" or before not in _DAY_PART_WORDS):
        return 0
    k = i + 1 if t.role == "pfrac" and i + 1 < n and _space_gap(text, t, toks[i + 1]) else i
    hour = toks[k]
    if hour.role != "num":
        return 0
    if not normalize(hour.text).endswith(_OCLOCK):
        if not (k + 1 < n and normalize(toks[k + 1].text) in _OCLOCK and _space_gap(text, hour, toks[k + 1])):
            return 0
        k += 1  # `রাত ৯.৫০ টা`: the -টা set apart
        hour = toks[k]
    k += 1
    if k + 1 < n and toks[k].role == "num" and _space_gap(text, hour, toks[k]) \
            and normalize(toks[k + 1].text) in _MINUTE:
        k += 2  # and its minutes
    return k - i


def _is_month(tok: _Tok) -> bool:
    w = normalize(tok.text).lower().rstrip(".")
    if w in _MONTH_NAMES:
        return True
    return any(w.endswith(e) and w[:-len(e)] in _MONTH_NAMES for e in _MONTH_ENDINGS)


def _date_part(text: str, toks: list, i: int) -> int:
    """How many tokens from i make a day and month (and year) of a date, or
    0: `২৪ নভেম্বর ২০২৫`, `৮ই ফেব্রুয়ারি`, `১৪ ই আগস্ট`, `মার্চ ২৩, ২০২৪`."""
    t = toks[i]
    n = len(toks)
    if t.kind == "num" and _YEAR.fullmatch(t.text) and i > 0:
        # `জুলাই ২০২৪`, `ডিসেম্বর, ২০২৩`, `October 2022`: a month's year.
        p = i - 2 if toks[i - 1].text == "," and i > 1 else i - 1
        if _is_month(toks[p]) and text[toks[p].end:t.start].strip() in ("", ","):
            return 1
        return 0
    if t.kind == "word":
        # `একুশে ফেব্রুয়ারি`: a day said in words, before its month.
        return 2 if i + 1 < n and t.role == "num" and t.value <= 31 and _space_gap(text, t, toks[i + 1]) \
            and _is_month(toks[i + 1]) else 0
    if _DAY.fullmatch(t.text) is None or not 1 <= t.value <= 31 or t.value.denominator != 1:
        return 0
    k = i + 1
    if k + 2 < n and (toks[k].kind == "dash" or normalize(toks[k].text) in _DAY_JOINS) \
            and _DAY.fullmatch(toks[k + 1].text) \
            and _space_gap(text, toks[k + 1], toks[k + 2]) and _is_month(toks[k + 2]):
        k += 2  # `১০-১২ ডিসেম্বর`, `৫ থেকে ১০ জানুয়ারি`: days of one month
    if k < n and toks[k].text in _DAY_SUFFIXES and _space_gap(text, t, toks[k]):
        k += 1  # `১৪ ই আগস্ট`
    if k < n and _space_gap(text, toks[k - 1], toks[k]) and _is_month(toks[k]):
        k += 1  # DAY MONTH
    elif i > 0 and _is_month(toks[i - 1]) and _space_gap(text, toks[i - 1], t) \
            and not (i > 1 and toks[i - 2].kind == "num" and _DAY.fullmatch(toks[i - 2].text)
                     and _space_gap(text, toks[i - 2], toks[i - 1])):
        pass  # MONTH DAY (not the count after `২৪ নভেম্বর`: `২৪ নভেম্বর ১০ জন নিহত`)
    else:
        return 0
    j = k + 1 if k < n and toks[k].text == "," else k
    if j < n and toks[j].kind == "num" and _YEAR.fullmatch(toks[j].text) and text[toks[j - 1].end:toks[j].start].strip() == "" \
            and text[toks[j].end:toks[j].end + 1] not in ("-", "/", ":"):
        k = j + 1  # and its year (not the start of `2025-12-29T…`)
    return k - i


# Between two days of one month: `৫ থেকে ১০ জানুয়ারি`, `২৯ ও ৩০ নভেম্বর`, `from 10 to 30 April`.
_DAY_JOINS = _RANGE | frozenset(nfc(["ও", "এবং", "to", "and", "until", "till"]))


def _genitive(tok: _Tok) -> bool:
    """`শতাংশের কম`, `হাজারেরও বেশি`: a genitive before বেশি/কম says more or
    less than; without it they say by how much (`১০ টাকা কম`, `২০ শতাংশ বেশি`)."""
    return tok.text.endswith(("র", "রও"))


def _valid_ordinal(tok: str) -> bool:
    """১ম ২য় ৩য় ৪র্থ ৬ষ্ঠ and N-তম; not ৫য় or ২ম."""
    t = normalize(tok)
    digits = "".join(c for c in t if c in _BN_DIGITS or c.isdigit())
    suf = t[len(digits):]
    if suf.startswith("তম"):
        return True
    last = digits[-1:]
    if last.isascii():
        last = _BN_DIGITS[int(last)] if last else ""
    if digits.lstrip("০0") in ("১০", "10"):
        return suf == "ম"
    return _ORD_SUFFIX.get(last) == suf and len(digits) == 1


def _vague(text: str, found: list[Number]) -> list[Number]:
    """`হাজারো`, `কয়েক লাখ`, `কোটি কোটি`: more than the multiplier (bound `>`)."""
    taken = [(x.start, x.end) for x in found]
    extra = []
    for m in _VAGUE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        extra.append(Number(m.group(), m.start(), m.end(), _VAGUE[" ".join(normalize(m.group()).split())], "cardinal",
                            bound=">"))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


_NAME_HINTS = tuple({w.split()[0] for w in lx.NAMES_WITH_NUMBERS} | set(nfc([w.split()[0] for w in lx.NAMES_WITH_NUMBERS])))
_NAMES_RE = re.compile("(?<![\u0980-\u09ffA-Za-z])(?:" + "|".join(
    _either_nukta(w) for w in sorted(set(nfc(lx.NAMES_WITH_NUMBERS)), key=len, reverse=True))
    + ")(?![\u0980-\u09ffA-Za-z0-9০-৯])")


def _latin_vague(text: str, found: list[Number]) -> list[Number]:
    """`hundreds of`, `thousands of`: more than the multiplier (bound `>`)."""
    taken = [(x.start, x.end) for x in found]
    extra = [Number(m.group(), m.start(), m.end(), _LATIN_VAGUE[m.group().lower()], "cardinal", bound=">")
             for m in _LATIN_VAGUE_RE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def find_numbers(text: str, *, taka: str = "BDT") -> list[Number]:
    """Every number expression in `text`, in order. Never raises.

    `taka` is the currency that টাকা (and পয়সা, and `২০০/-`) means: BDT on a
    Bangladeshi page, INR on a West Bengal one (bangla.md §7.5). The signs
    `৳` and `Tk` are always BDT.
    """
    if not isinstance(text, str) or not text:
        return []
    found = _find(text, strict=True)
    if found and any(h in text for h in _NAME_HINTS):
        names = [(m.start(), m.end()) for m in _NAMES_RE.finditer(text)]
        found = [x for x in found if not any(a < x.end and x.start < b for a, b in names)]
    if any(h in text for h in _VAGUE_HINTS):
        found = _vague(text, found)
    if "s of" in text:
        found = _latin_vague(text, found)
    if taka != "BDT":
        found = [replace(x, unit=taka) if x.unit == "BDT" and "৳" not in x.text and "Tk" not in x.text
                 else x for x in found]
    return found


def article_numbers(article) -> list[dict]:
    """The numbers of an article's headline and body, each with its field and
    paragraph. On a West Bengal page (read in India time) টাকা is the rupee
    (bangla.md §7.5: the outlet's country decides)."""
    stamp = article.published or article.updated
    taka = "INR" if stamp is not None and stamp.tz == "+05:30" else "BDT"
    fields = ([("headline", 0, article.headline)] if article.headline else []) + [
        ("body", i, p) for i, p in enumerate(article.body)]
    return [{"field": field, "paragraph": i, **n.to_dict()}
            for field, i, text in fields for n in find_numbers(text, taka=taka)]


def parse_number(text: str) -> int | float | None:
    """The value of the one number expression that `text` holds, else None.

    A lone number word counts here even when it is a homograph (`এক` is 1),
    since the caller says the text is a number.
    """
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    found = _find(s, strict=True)
    if not found:
        found = _find(s, strict=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
            return found[0].value
        return None
    if len(found) != 1:
        return None
    return found[0].value
