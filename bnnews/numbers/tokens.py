"""Text -> tokens: digit runs with their suffixes, words with what they mean
(a unit, a multiplier, a fraction, a currency, a bound …), Latin words and
symbols.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from ..digits import to_ascii_digits, to_bangla_digits
from ..lexicon import nfc, numbers as lx
from ..text import normalize
from .tables import (_ABOUT_AFTER, _ABOVE, _APPROX, _APPROX_ONE, _APPROX_ONE_UNITS, _BN_DIGITS, _BOUND,
                     _CLASSIFIERS, _COUNT, _CUR, _CUR_PREFIX, _DASH_ENDINGS, _ENDINGS, _FRAC, _HALF_BOUND,
                     _HALF_GLUED, _HUNDRED, _LATIN_CUR, _LATIN_HOMOGRAPHS, _LATIN_MEASURE, _LATIN_MULT,
                     _LATIN_PARTS, _LATIN_PCT_PAIRS, _LATIN_PERCENT, _LATIN_QUAL, _LATIN_QUAL_PAIRS,
                     _LATIN_TENS, _LATIN_UNITS, _LESS, _MEASURE, _MEASURE_DIGITS_ONLY, _MORE, _MULT, _ORD,
                     _PART, _PCT_AFTER, _PCT_BEFORE, _PCT_PARTS, _PCT_WHOLE, _PFRAC, _POINT, _QUAL, _RANGE,
                     _SPACE_ONLY, _TIMES, _TIMES_ENDINGS, _TIMES_PREFIXES, _TIMES_SUFFIXES, _TOKEN, _UNITS,
                     _UNITS_GLUE)


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


_GLUED_MULT = tuple(nfc(lx.GLUED_MULTIPLIERS))


def _glued_hundred(w: str) -> tuple[str, Fraction, str] | None:
    for h in ("শতাধিক", "শত", "শো", "শ"):
        if w.endswith(h) and len(w) > len(h):
            stem = w[: -len(h)]
            v = _UNITS_GLUE.get(stem)
            if v is None and stem in _FRAC:
                v = _FRAC[stem]
            if v is not None:
                return ("bound" if h == "শতাধিক" else "num"), Fraction(v) * 100, "hundred"
    return None


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
    # (each place the classifier's letters stand: `একষট্টিটি` holds টি in its word too)
    for c in _CLASSIFIERS:
        i = w.find(c, 1)
        while i > 0:
            stem, rest = w[:i], w[i + len(c):]
            if c == _BAR and stem in _NOT_TIMES:
                break  # `বারবার` (again and again), `একবার` (once, at one time): no count
            if stem in _UNITS_GLUE and (not rest or rest in _ENDINGS):
                return "num", Fraction(_UNITS_GLUE[stem]), "classifier"
            i = w.find(c, i + 1)
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
    # A multiplier glued to its number word (দুহাজার, তিনলাখের, দশকোটি), as
    # `দু'হাজার` prints it with an apostrophe: read the same way.
    for mult in _GLUED_MULT:
        i = w.find(mult, 1)
        if i > 0 and (w[:i] in _UNITS_GLUE or w[:i] in _FRAC) and (split := _apostrophe_word(w[:i] + "'" + w[i:])) is not None:
            return split
    # Hundreds glued: একশ, দুশো, দেড়শ, আড়াইশ, পাঁচশত; and শতাধিক glued; with
    # a case ending too (তিনশোর, দুইশর, পাঁচশোরও, শতাধিকের).
    if "শ" in w:
        if (got := _glued_hundred(w)) is not None:
            return got
        for e in _ENDINGS:
            if w.endswith(e) and len(w) > len(e) + 1 and (got := _glued_hundred(w[:-len(e)])) is not None:
                return got
    # Ordinals made with তম: পঞ্চাশতম, শততম.
    if w.endswith("তম") and w[:-2] in _UNITS:
        return "ord", Fraction(_UNITS[w[:-2]]), None
    if w.endswith("তম") and w[:-2] in _MULT:
        return "ord", Fraction(_MULT[w[:-2]]), None  # হাজারতম, লাখতম
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


_GENERATIONS = frozenset(nfc(["জি"]))
_SCALE_LETTERS = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "cr": 10_000_000}


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
            if v is None or (text.startswith("&#", m.start() - 2) and m.start() >= 2):
                t.kind = "other"  # `England&#039;s`: an HTML character reference a scraper left, no number
            else:
                suf = m.group("suf")
                role, val, glued = _digit_suffix(v, suf.replace("'", "").replace("’", "") if suf else "")
                t.role, t.value, t.glued = role, val, glued
                if glued == "case" and suf in _GENERATIONS and 2 <= v <= 6:
                    t.kind, t.role = "other", None  # `৪জি`, `৫জি`: a network's generation (4G), no count
                elif glued in ("case", "classifier") and (unit := _word(suf))[0] in ("measure", "cur"):
                    # `৩০কেজি`, `৫০০টাকা`: the unit typed without its space, read as if printed
                    # apart (`টাকা` opens with the classifier `টা`: the unit's reading wins)
                    cut = m.start("suf")
                    t.end, t.text, t.glued = cut, text[t.start:cut], None
                    toks.append(t)
                    t = _Tok("word", cut, m.end(), suf, unit[0], unit[1], unit[2])
        elif kind == "word":
            t.role, t.value, t.glued = _word(t.text)
            if t.role is None and t.text.startswith(_APPROX_ONE) and len(toks) >= 2 and toks[-1].kind == "dash" \
                    and toks[-1].end == t.start and toks[-2].kind == "word" and toks[-2].end == toks[-1].start \
                    and _word(toks[-2].text + t.text)[0] == "approx_one":
                toks.pop()  # `শ-খানেক`, `হাজার-খানেক`: as if printed apart, read below
            if t.role is None and t.text.startswith(_APPROX_ONE) and toks and toks[-1].kind == "word" \
                    and text[toks[-1].end:t.start] in (" ", "-", "–"):
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
                elif low in _SCALE_LETTERS and len(toks) >= 2 and toks[-1].role == "num" \
                        and (toks[-1].end == t.start or low == "cr" and text[toks[-1].end:t.start] == " ") \
                        and toks[-2].role == "cur_prefix":
                    # `$500m`, `€5m`, `Tk 50k`, `$3b`, `Tk 500cr`: after a currency sign a
                    # letter glued to the amount is its scale (elsewhere `100m` is metres).
                    t.role, t.value = "mult", Fraction(_SCALE_LETTERS[low])
                elif low == "half" and len(toks) >= 3 and toks[-1].text.lower() == "a" \
                        and toks[-2].text.lower() == "and" and toks[-3].role == "num" and toks[-3].glued in (None, "homograph") \
                        and text[toks[-3].end:t.start].lower() == " and a ":
                    # `two and a half years`, `1 and a half million`: one number.
                    first = toks[-3]
                    t = _Tok(first.kind, first.start, t.end, text[first.start:t.end], "num",
                             first.value + Fraction(1, 2))
                    del toks[-3:]
                elif low in ("a", "half") and (nxt := _PART_OF_NEXT.match(text, t.end)) is not None \
                        and (low == "a") == bool(nxt[1]) \
                        and not text[max(0, t.start - 8):t.start].lower().endswith(_HALF_OF_PERIOD):
                    # `a third of`, `a quarter of`: one part; `half of the voters`: a half.
                    t.role, t.value = "num", Fraction(1) if low == "a" else Fraction(1, 2)
                elif low in ("a", "an") and not ((nxt := _NEXT_WORD.match(text, t.end)) is not None
                                                 and (nxt[1].lower() in _LATIN_MULT
                                                      or nxt[1].lower() in lx.LATIN_HUNDRED)):
                    pass  # `a` is one only before a multiplier: `a hundred`, `a dozen`, not `a third-year`
                elif low in _LATIN_UNITS:
                    t.role, t.value = "num", Fraction(_LATIN_UNITS[low])
                    if low in _LATIN_HOMOGRAPHS:
                        t.glued = "homograph"
                    if low in ("a", "an") and toks and toks[-1].text.lower() == "half" \
                            and text[toks[-1].end:t.start] == " ":
                        # `half a million`, `half a dozen`: a half of the multiplier.
                        t = _Tok("latin", toks[-1].start, t.end, text[toks[-1].start:t.end], "num", Fraction(1, 2))
                        toks.pop()
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
                elif t.text in _LATIN_MEASURE or (len(low) > 3 and low in _LATIN_MEASURE):
                    # (`300 Feet`, `5 Kilometres`; short symbols keep their case: `MW`, `mm`)
                    t.role, t.glued = "measure", _LATIN_MEASURE.get(t.text) or _LATIN_MEASURE[low]
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
                elif t.text == "and" and _after_between(toks):
                    t.role = "range"  # `between 10 and 15`: a range, where `and` alone joins two counts
        toks.append(t)
    return toks


_BAR = nfc(["বার"])[0]  # times, glued (তিনবার); also twelve, alone
_NOT_TIMES = frozenset(nfc(["বার", "এক"]))
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_HALF_OF_PERIOD = ("the ", "first ", "second ", "latter ", "former ", "other ")  # `the second half of the year`
# After `a`, a part and `of` (`a third of`); after `half`, `of` alone.
_PART_OF_NEXT = re.compile(r"(?:\s+(third|quarter|fifth))?\s+of\s")


def _after_between(toks: list[_Tok]) -> bool:
    """The tokens so far end in `between` and a number (`between 1.5 million`)."""
    for k in range(len(toks) - 1, max(len(toks) - 5, -1), -1):
        if toks[k].text.lower() == "between":
            return k < len(toks) - 1
        if toks[k].role not in ("num", "mult", "hundred", "point"):
            return False
    return False


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
    if v.denominator == 1:
        return int(v)
    try:
        return float(v)
    except OverflowError:
        return int(v)  # hundreds of digits and a fraction: beyond a float, the fraction is nothing
