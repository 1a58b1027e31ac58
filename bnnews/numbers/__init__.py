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
from dataclasses import replace
from fractions import Fraction

from ..digits import to_ascii_digits
from ..lexicon import numbers as lx
from ..text import normalize

from .context import (_NAMES_RE, _NAME_HINTS, _change_units, _en_and, _en_multiples, _en_ordinals, _latin_vague,
                      _magnitudes, _speeds, _unit_spans, _vague)
from .find import _find
from .record import Number
from .tables import _MEASURE, _MULT, _VAGUE_HINTS
from .tokens import _plain

__all__ = ["Number", "find_numbers", "parse_number"]


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
    if "s of" in text or "few " in text or "everal " in text or "thousands" in text:
        found = _latin_vague(text, found)
    if len(found) > 1:
        found = _change_units(text, _unit_spans(text, found))
        if " and " in text:
            found = _en_and(text, found)
    if any(h in text for h in _ORDINAL_HINTS) or text.endswith("th"):
        found = _en_ordinals(text, found)
    if "times" in text or "wice" in text or "hrice" in text:
        found = _en_multiples(text, found)
    if found and any(h in text for h in _SPEED_HINTS):
        found = _speeds(text, found)
    if "মাত্রা" in text or "agnitude" in text:
        found = _magnitudes(text, found)
    words = any(w in text for w in _MINUS_HINTS)
    if words or "-" in text or "−" in text or "–" in text:
        found = [_signed(text, x, words) for x in found]
    if "শূন্যের" in text or "হিমাঙ্কের" in text:
        found = _below_zero(text, found)
    if "/" in text or any(c in text for c in _VULGAR):
        found = _slash_fractions(text, found)
    if taka != "BDT":
        found = [replace(x, unit=taka) if x.unit == "BDT" and "৳" not in x.text and "Tk" not in x.text
                 else x for x in found]
    return found


# `৩/৪ অংশ`, `১/৩ ভাগ`, `১/৪ কেজি`, `১/২ চা চামচ`: a fraction written with a
# slash, before the word for a part, a unit or a spoon (alone, `৩/৪` may be a
# date or a score); and the fraction signs, `½ কেজি`, `২½ লাখ`.
_VULGAR = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
           "⅔": Fraction(2, 3), "⅛": Fraction(1, 8)}
_PART_WORDS = ["অংশ", "ভাগ", "চা চামচ", "টেবিল চামচ", "teaspoon", "tablespoon", "tsp", "tbsp"]
_MULT_OF = {w: v for w, v in _MULT.items() if v >= 1000}
_AFTER_FRACTION = re.compile(r"\s?(?:(?P<mult>%s)|(?P<unit>%s)|(?P<part>%s))(?![\u0980-\u09bb\u09bd-\u09ffA-Za-z])" % (
    "|".join(map(re.escape, sorted(_MULT_OF, key=len, reverse=True))),
    "|".join(map(re.escape, sorted(_MEASURE, key=len, reverse=True))),
    "|".join(map(re.escape, [normalize(w) for w in _PART_WORDS]))))
_SLASH_FRACTION = re.compile(r"(?<![0-9০-৯/.])(?:(?P<a>[0-9০-৯]{1,2})/(?P<b>[0-9০-৯]{1,3})(?![0-9০-৯/])"
                             r"|(?P<i>[0-9০-৯]{1,3})?(?P<v>[½¼¾⅓⅔⅛]))")


def _slash_fractions(text: str, found: list[Number]) -> list[Number]:
    extra = []
    for m in _SLASH_FRACTION.finditer(text):
        if m["v"]:
            value = _VULGAR[m["v"]] + (int(to_ascii_digits(m["i"])) if m["i"] else 0)
        else:
            a, b = int(to_ascii_digits(m["a"])), int(to_ascii_digits(m["b"]))
            if not 0 < a < b:
                continue
            value = Fraction(a, b)
        after = _AFTER_FRACTION.match(text, m.end())
        if not m["v"] and (after is None or after["unit"] and a + 1 == b):
            continue  # (a slash alone may be a date or a score; `১/২ কেজি` one or two kilos as much as a half)
        kind, unit, end = "cardinal", None, m.end()
        if after is not None and after["mult"]:
            value, end = value * _MULT_OF[after["mult"]], after.end()
        elif after is not None and after["unit"]:
            kind, unit, end = "measure", _MEASURE[after["unit"]], after.end()
        extra.append(Number(text[m.start():end], m.start(), end, _plain(value), kind, unit, None, None))
    if not extra:
        return found
    kept = [x for x in found if not any(e.start < x.end and x.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda x: x.start)


_ALONE = {normalize(k): v for k, v in lx.ALONE.items()}
_ORDINAL_HINTS = ("irst", "econd", "hird", "th ", "th,", "th.", "th-")
# Cheap tests before the speed pass: most texts name no speed.
_SPEED_HINTS = ("ঘণ্টা", "ঘন্টা", "বেগ", "গতি", "hour", "/h")


# `মাইনাস ৫ ডিগ্রি`, `minus 2 percent`: a minus in words makes any amount
# negative; a sign glued to the digits only a temperature or a percentage
# (`-৫ ডিগ্রি`, `−২.৫%`), where a dash before a count is a list's or a range's.
_MINUS_HINTS = tuple(normalize("\n".join(lx.MINUS_WORDS)).split("\n"))
_MINUS_WORD = re.compile(r"(?:%s)\s*$" % "|".join(map(re.escape, _MINUS_HINTS)))
_MINUS_SIGN = re.compile(r"(?:^|(?<=[\s(:=,]))[-−–]$")


def _signed(text: str, n: Number, words: bool) -> Number:
    if not words and n.unit not in ("°", "°C", "°F", "%", "pp"):
        return n
    before = text[max(0, n.start - 12):n.start]
    m = _MINUS_WORD.search(before) if words else None
    if m is None and (n.unit in ("°", "°C", "°F", "%", "pp") and n.text[:1] in "0123456789০১২৩৪৫৬৭৮৯"):
        m = _MINUS_SIGN.search(before)
    # (A span keeps its sign: in `মাইনাস ৫ থেকে ১০` the minus may be the low end's alone.)
    if m is None or n.value <= 0 or n.high is not None:
        return n
    start = n.start - (len(before) - m.start())
    return Number(text[start:n.end], start, n.end, -n.value, n.kind, n.unit, None, n.bound)


_BELOW_ZERO = re.compile(r"(?:শূন্যের|হিমাঙ্কের)\s+(?:নিচে|নীচে)\s*$")


def _below_zero(text: str, found: list[Number]) -> list[Number]:
    """`শূন্যের নিচে ৫ ডিগ্রি`, `হিমাঙ্কের নিচে ৩ ডিগ্রি সেলসিয়াস`: a temperature
    below zero, one negative amount (not `< 0` and then 5 degrees)."""
    out: list[Number] = []
    for x in found:
        m = _BELOW_ZERO.search(text, max(0, x.start - 20), x.start) if x.unit in ("°", "°C", "°F") else None
        if m is None or x.value <= 0 or x.high is not None:
            out.append(x)
            continue
        if out and out[-1].start >= m.start():
            out.pop()  # `শূন্যের নিচে` read alone as less than zero
        out.append(Number(text[m.start():x.end], m.start(), x.end, -x.value, x.kind, x.unit, None, x.bound))
    return out


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
    if not found and (alone := _ALONE.get(normalize(s).lower())) is not None:
        return _plain(Fraction(alone))
    if not found:
        found = _find(s, strict=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
            return found[0].value
        return None
    if len(found) != 1:
        return None
    return found[0].value
