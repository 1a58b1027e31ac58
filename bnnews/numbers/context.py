"""What around a number says it is no count (a clock time, a day of a date,
a list's item mark), or more than its value (vague counts: হাজারো, কয়েক লাখ).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..lexicon import calendar_words as cw, nfc, numbers as lx, trie_pattern
from ..text import normalize
from .record import Number
from .tables import (_BN_DIGITS, _COUNT, _CUR, _CUR_ADJECTIVES, _CUR_COUNTRIES, _LATIN_CUR, _LATIN_MULT, _LATIN_VAGUE,
                     _LATIN_VAGUE_RE, _MULT, _ORD_SUFFIX, _RANGE, _VAGUE, _VAGUE_RE, _either_nukta)
from .tokens import _Tok, _digits_value, _space_gap


_AFTER_BOUND = {"more": ">", "less": "<", "about": "~"}
_DAY_SUFFIXES = frozenset(nfc(["ই", "শে", "লা", "রা", "ঠা"]))
_DAY = re.compile("[0-9০-৯]{1,2}(?:%s)?" % "|".join(_DAY_SUFFIXES))
_YEAR = re.compile("[0-9০-৯]{4}")
# (Hijri months of one word; never সফর, which is also a tour.)
_HIJRI_ONE = [w for n, ws in cw.HIJRI_MONTH_NUM.items() if n != 2 for w in ws if " " not in w]
_MONTH_NAMES = frozenset(nfc([w.lower() for ws in cw.MONTHS.values() for w in ws] + cw.BANGLA_MONTHS + _HIJRI_ONE))
# A Hijri month of two words (`জমাদিউস সানি`), by its first word: the second words it takes.
_HIJRI_TWO: dict[str, set[str]] = {}
for _w in nfc([w for w in cw.HIJRI_MONTHS if " " in w]):
    _HIJRI_TWO.setdefault(_w.split(" ", 1)[0], set()).add(_w.split(" ", 1)[1])
_MONTH_ENDINGS = ("ের", "এর", "র", "ে", "তে")


_DAY_PART_WORDS = frozenset(nfc([w for ws in cw.DAY_PARTS.values() for w in ws if not w.isascii()]))
_OCLOCK = tuple(nfc(["টা", "টায়", "টার", "টে"]))
_MINUTE = frozenset(nfc(cw.MINUTE))
_HOURS = frozenset(nfc(["ঘণ্টা", "ঘন্টা"]))
_DOT_TIME = re.compile("(?:[01]?[0-9]|2[0-3]|[০১]?[০-৯]|২[০-৩])\\.[0-5০-৫][0-9০-৯]")
_MINUTE_OR_OCLOCK = _MINUTE | frozenset(nfc(["ঘটিকা", "ঘটিকায়"]))
_HOUR_NOUNS_AFTER = frozenset(nfc(["দিকে", "সময়", "আগে", "পরে", "পর", "নাগাদ"]))


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
    if t.kind == "num" and _DOT_TIME.fullmatch(t.text) and i + 1 < n and _space_gap(text, t, toks[i + 1]) \
            and normalize(toks[i + 1].text) in _MINUTE_OR_OCLOCK:
        return 2  # `১০.৩০ মিনিটে`: half past ten, as the date reader reads it
    if t.role == "num" and i + 2 < n and normalize(t.text).endswith(_OCLOCK) and toks[i + 1].role == "num" \
            and normalize(toks[i + 2].text) in _MINUTE and _space_gap(text, t, toks[i + 1]) \
            and _space_gap(text, toks[i + 1], toks[i + 2]):
        return 3  # `৫টা ১২ মিনিট`: an hour and its minutes, whatever comes before
    k = i + 1 if t.role == "pfrac" and i + 1 < n and _space_gap(text, t, toks[i + 1]) else i
    if toks[k].role == "num" and toks[k].glued == "classifier" and toks[k].value is not None \
            and toks[k].value.denominator == 1 and 1 <= toks[k].value <= 12:
        w = normalize(toks[k].text)
        if w.endswith("য়") or w.endswith("র") and k + 1 < n and _space_gap(text, toks[k], toks[k + 1]) \
                and normalize(toks[k + 1].text) in _HOUR_NOUNS_AFTER \
                and not (k + 2 < n and toks[k + 2].role == "num" and toks[k + 2].value == toks[k].value):
            # `৩টায়`, `সাড়ে ১০টার দিকে`, `তিনটের সময়`: at or about an hour, as the date reader
            # reads it (`একটার পর একটা`, one after another, counts)
            return k - i + 1
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
    elif k + 1 < n and _space_gap(text, toks[k - 1], toks[k]) \
            and normalize(toks[k + 1].text) in _HIJRI_TWO.get(normalize(toks[k].text), ()):
        k += 2  # DAY and a Hijri month of two words (`৭ জমাদিউস সানি`)
    elif k + 1 < n and k == i + 1 and toks[k].kind == "dash" and toks[k].start == t.end \
            and toks[k + 1].start == toks[k].end and _is_month(toks[k + 1]):
        k += 2  # `12-February`, `১২-ফেব্রুয়ারির`
    elif i > 0 and _is_month(toks[i - 1]) and _space_gap(text, toks[i - 1], t) \
            and not (i > 1 and toks[i - 2].kind == "num" and _DAY.fullmatch(toks[i - 2].text)
                     and _space_gap(text, toks[i - 2], toks[i - 1])) \
            and not (i + 1 < n and normalize(toks[i + 1].text) in _COUNT):
        # MONTH DAY (not the count after `২৪ নভেম্বর`: `২৪ নভেম্বর ১০ জন নিহত`,
        # nor a count of the month's: `রমজানের ১০ দিন`)
        pass
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
    if tok.text.endswith(("র", "রও")):
        # (`১০ ডলার বেশি`: a name that ends in র is no genitive; its genitive is `ডলারের`)
        return normalize(tok.text).rstrip("ও") not in _ENDS_IN_R
    return False


_ENDS_IN_R = frozenset(nfc(["ডলার", "দিনার", "কিলোমিটার", "মিটার", "লিটার", "সেন্টিমিটার", "মিলিমিটার",
                            "কিলোলিটার", "মেগাওয়াট-আওয়ার", "হাজার"]))


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
    extra = []
    for m in _VAGUE_RE.finditer(text):
        over = [x for x in found if x.start < m.end() and m.start() < x.end]
        if len(over) == 1 and m.start() < (x := over[0]).start and x.end > m.end() \
                and x.high is None and x.bound is None:
            # `কয়েক হাজার কোটি টাকা`, `শত শত কোটি টাকা`: the vague count's
            # multiplier opens an amount that was read without it; the whole is
            # more than that amount, never exactly it.
            found = [y for y in found if y is not x]
            extra.append(Number(text[m.start():x.end], m.start(), x.end, x.value, x.kind, x.unit, None, ">"))
            continue
        if over:
            continue
        x = next((y for y in found if y.start >= m.end()), None)
        if x is not None and x.high is None and x.bound is None and not text[m.end():x.start].strip() \
                and (scale := _multipliers_only(x)) is not None:
            # `কয়েকশ কোটি টাকা`: several hundred crore, more than 100 crore.
            found = [y for y in found if y is not x]
            extra.append(Number(text[m.start():x.end], m.start(), x.end,
                                _VAGUE[" ".join(normalize(m.group()).split())] * scale, x.kind, x.unit, None, ">"))
            continue
        extra.append(_with_currency(text, Number(m.group(), m.start(), m.end(),
                                                 _VAGUE[" ".join(normalize(m.group()).split())], "cardinal",
                                                 bound=">")))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def _multipliers_only(x: Number) -> int | None:
    """The value of an amount that is multipliers alone (`কোটি টাকা`,
    `thousand crore`), or None when it holds a number (`৫০০ টাকা`)."""
    scale = 1
    words = x.text.split()
    for k, w in enumerate(words):
        v = _MULT.get(normalize(w)) or _LATIN_MULT.get(w.lower())
        if v is None:
            if k == 0 or k < len(words) - 1 and w.lower() != "of":
                return None
            continue  # the currency word, or `of` (`crores of taka`)
        scale *= v
    return scale if scale == x.value else None


_WORD_AFTER = re.compile(r"\s+([^\s,;:।.!?()\[\]]+)")
_DIGIT_NEXT = re.compile(r"\s*[0-9০-৯]")


def _with_currency(text: str, n: Number) -> Number:
    """A vague amount of money (`কয়েক কোটি টাকা`, `millions of dollars`): the
    currency word after it makes it money, still with its bound."""
    m = _WORD_AFTER.match(text, n.end)
    if m is None or (m[1].isascii() and _DIGIT_NEXT.match(text, m.end())):
        return n  # `thousands of Tk 500 notes`: the sign is the next amount's
    w = normalize(m[1])
    unit = _CUR.get(w) or _LATIN_CUR.get(w.lower())
    if unit is None:
        return n
    return Number(text[n.start:m.end()], n.start, m.end(), n.value, "money",
                  currency_code(text, n.start, m.end(), unit), None, n.bound)


_SENTENCE_END = re.compile(r"[।?!\n]|\.(?:\s|$)")


def currency_code(text: str, start: int, end: int, name: str | None) -> str | None:
    """The ISO code of the currency `name` (its code in the lexicon) for the
    amount at text[start:end]: a name that several countries use is the
    currency of the one country the sentence names (`পাকিস্তানে ৩০০ রুপি` =
    PKR); else the name's own code, or None where no country dominates it."""
    countries = _CUR_COUNTRIES.get(name)
    if countries:
        left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
        m = _SENTENCE_END.search(text, end)
        sentence = text[left:m.start() if m else len(text)]
        named = {code for code, pattern in countries if pattern.search(sentence) is not None}
        if len(named) == 1:
            return named.pop()
    return name if name is None or name.isupper() else None


def adjective_currency(adjective: str, name: str | None) -> str | None:
    """The code of the currency `name` that `adjective` names (`নেপালি
    রুপি` = NPR, `Kuwaiti dinars` = KWD), or None."""
    table = _CUR_ADJECTIVES.get(name)
    return table.get(adjective if adjective.isascii() else normalize(adjective)) if table else None


_NOT_COUNTS = lx.NAMES_WITH_NUMBERS + lx.IDIOMS_WITH_NUMBERS
_NAME_HINTS = tuple({w.split()[0] for w in _NOT_COUNTS} | set(nfc([w.split()[0] for w in _NOT_COUNTS])))
_NAMES_RE = re.compile("(?<![\u0980-\u09ffA-Za-z])(?:" + "|".join(
    _either_nukta(w) for w in sorted(set(nfc(_NOT_COUNTS)), key=len, reverse=True))
    + ")(?![\u0980-\u09ffA-Za-z0-9০-৯])")


_LATIN_MULT_NEXT = re.compile(r"\s+(%s)(?:\s+of)?\b" % "|".join(sorted(_LATIN_MULT, key=len, reverse=True)),
                              re.IGNORECASE)


def _latin_vague(text: str, found: list[Number]) -> list[Number]:
    """`hundreds of`, `thousands of`: more than the multiplier (bound `>`);
    `a few thousand crore taka`, `thousands of crores of taka`: more than
    the multipliers' product."""
    taken = [(x.start, x.end) for x in found]
    extra = []
    end = 0
    for m in _LATIN_VAGUE_RE.finditer(text):
        if m.start() < end or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        value, end = _LATIN_VAGUE[m.group().lower()], m.end()
        while (more := _LATIN_MULT_NEXT.match(text, end)) is not None \
                and not any(a < more.end() and end < b for a, b in taken):
            value *= _LATIN_MULT[more[1].lower()]
            end = more.end()
        extra.append(_with_currency(text, Number(text[m.start():end], m.start(), end, value, "cardinal", bound=">")))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# `৫ কেজি থেকে ১০ কেজি`, `১০ টাকা হতে ২০ টাকা`, `$5-$10`: the unit said at both
# ends. (`… থেকে বেড়ে …` is a change, not a span, and is not joined; English
# `from $5 to $10` is as often a change as a span, so `to` joins nothing.)
_UNIT_SPAN_GAP = re.compile(r"\s*(?:থেকে(?: শুরু করে)?|হতে|হইতে|[-–])\s*")
# A verb of change after the end makes the two a change, not a span
# (`৫০ টাকা থেকে ৮০ টাকা করা হয়েছে`; `ওজন ৫ কেজি থেকে ১০ কেজি হতে পারে` is a span).
_CHANGE_VERBS = tuple(nfc(lx.CHANGE_VERBS_AFTER))


_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])[Bb]etween\s+$")  # `between Tk 500 and Tk 700`


def _unit_spans(text: str, found: list[Number]) -> list[Number]:
    """Two amounts of the same unit joined by থেকে, হতে, a dash, or `and` after
    `between`: one range."""
    out: list[Number] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found) and a.unit is not None and a.high is None and a.bound is None:
            b = found[i + 1]
            if b.unit == a.unit and b.kind == a.kind and b.high is None and b.bound is None \
                    and b.value > a.value and (_UNIT_SPAN_GAP.fullmatch(text, a.end, b.start) or (
                        _AND_GAP.fullmatch(text, a.end, b.start)
                        and _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start))) \
                    and not normalize(text[b.end:b.end + 14]).lstrip().startswith(_CHANGE_VERBS):
                out.append(Number(text[a.start:b.end], a.start, b.end, a.value, a.kind, a.unit, b.value))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_CHANGE_GAP = re.compile(rf"\s*(?:{'|'.join(map(re.escape, nfc(lx.RANGE_WORDS)))})\s+"
                         rf"(?:{'|'.join(map(re.escape, sorted(nfc(lx.CHANGE_VERBS_BETWEEN), key=len, reverse=True)))})\s+")
_FROM_TO_GAP = re.compile(r"\s+to\s+")
_CHANGE_FROM_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(lx.CHANGE_VERBS_EN)})\s+(?:by\s+[^,;.]{{1,24}}?\s+)?from\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE)
_HEAD = re.compile(r"[0-9০-৯][0-9০-৯.,]*")


def _change_units(text: str, found: list[Number]) -> list[Number]:
    """`৯ থেকে কমে ৮ শতাংশে`, `১০০ থেকে বাড়িয়ে ১৫০ টাকা`, `fell from 9.5 to
    8.2 percent`: a change whose unit is said once, after its end; the start
    is an amount of that unit too (not a bare count). Only when the end is
    plain digits: in `৫ থেকে বেড়ে ৭ হাজার কোটি টাকা` what the five counts is
    not said."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit is not None or a.kind != "cardinal" or a.high is not None or b.unit is None \
                or b.high is not None:
            continue
        if _CHANGE_GAP.fullmatch(text, a.end, b.start) is None and not (
                _FROM_TO_GAP.fullmatch(text, a.end, b.start)
                and _CHANGE_FROM_BEFORE.search(text, max(0, a.start - 40), a.start)):
            continue
        head = _HEAD.search(b.text)
        if head is None or (v := _digits_value(head.group().rstrip(".,"))) is None or float(v) != b.value:
            continue
        out[i] = Number(a.text, a.start, a.end, a.value, b.kind, b.unit, None, a.bound)
    return out



_FILL = rf"(?:(?:{trie_pattern(lx.SPEED_FILLERS)})\s+)?"
_SPEED_BEFORE = re.compile(rf"(?:{trie_pattern(lx.SPEED_BEFORE)})\s+{_FILL}$")
_SPEED_UNIT_AFTER = re.compile(rf"(?:{trie_pattern(lx.SPEED_AFTER_UNIT)})(?![\w/])")
_SPEED_WORD_AFTER = re.compile(rf"\s+{_FILL}(?:{trie_pattern(lx.SPEED_AFTER_WORDS)})(?!\w)")


def _speeds(text: str, found: list[Number]) -> list[Number]:
    """`ঘণ্টায় ৮০ কিলোমিটার`, `৬০-৮০ কিলোমিটার বেগে`, `১২০ কিমি/ঘণ্টা`, `60 km
    per hour`: a distance an hour is a speed (km/h, mph), not a distance."""
    out = []
    ends: set[int] | None = None  # where a number ends, asked once a ঘণ্টায় is seen
    for x in found:
        speed = lx.SPEED_UNITS.get(x.unit or "")
        if speed is not None and x.kind == "measure":
            if (m := _SPEED_UNIT_AFTER.match(text, x.end)) is not None:
                x = replace(x, text=text[x.start:m.end()], end=m.end(), unit=speed)
            elif _SPEED_WORD_AFTER.match(text, x.end):
                x = replace(x, unit=speed)
            elif (m := _SPEED_BEFORE.search(text, max(0, x.start - 30), x.start)) is not None:
                if ends is None:
                    ends = {y.end for y in found}
                if not _counted_hours(text, ends, m.start()):
                    x = replace(x, unit=speed)
        out.append(x)
    return out


_MAGNITUDE_WORDS = tuple(nfc(lx.MAGNITUDE_WORDS))
_MATRA = nfc(["মাত্রা"])[0]
_EN_MAGNITUDE_AFTER = re.compile(r"-magnitude\b")
_EN_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude(?:\s+of)?[\s-]$")


def _magnitudes(text: str, found: list[Number]) -> list[Number]:
    """`৫ দশমিক ৬ মাত্রার ভূমিকম্প`: a magnitude where an earthquake is told
    within a few words; else `দুই মাত্রা` (doses) is the count alone."""
    out = []
    for x in found:
        orig = x
        if x.kind == "cardinal" and x.bound is None and x.high is None:
            # `a 7.1-magnitude earthquake`, `magnitude 6.2`, `a magnitude of 5.4`
            if (m := _EN_MAGNITUDE_AFTER.match(text, x.end)) is not None:
                x = replace(x, text=text[x.start:m.end()], end=m.end(), kind="measure", unit="magnitude")
            elif (m := _EN_MAGNITUDE_BEFORE.search(text, max(0, x.start - 16), x.start)) is not None:
                x = replace(x, text=text[m.start():x.end], start=m.start(), kind="measure", unit="magnitude")
        if x.unit == "magnitude":
            near = text[max(0, x.start - 40):x.end + 40]
            if any(w in near for w in _MAGNITUDE_WORDS):
                pass
            elif orig is not x:
                x = orig  # (`a magnitude 3 change`: no earthquake told)
            else:
                cut = x.text.rindex(_MATRA) if _MATRA in x.text else x.text.rindex("magnitude")
                end = x.start + len(x.text[:cut].rstrip())
                x = replace(x, text=text[x.start:end], end=end, kind="cardinal", unit=None)
        out.append(x)
    return out


def _counted_hours(text: str, ends: set[int], at: int) -> bool:
    """`তিন ঘণ্টায় ২০০ কিলোমিটার`: in so many hours, not per hour (a number, or
    a vague count, ends right before ঘণ্টায়)."""
    before = text[max(0, at - 12):at].rstrip()
    return before.endswith(_FEW) or len(before) + max(0, at - 12) in ends


_FEW = tuple(nfc(lx.SPEED_HOURS_COUNTED))


_TIMES_EN = re.compile(rf"\s+times(?:\s+|-)(?=(?:{'|'.join(lx.TIMES_AFTER_EN)})\b)")
_TWICE_EN = re.compile(rf"\b(?P<w>{'|'.join(lx.TWICE_EN)})\s+(?=(?:{'|'.join(lx.TIMES_AFTER_EN)})\b)", re.IGNORECASE)


def _en_multiples(text: str, found: list[Number]) -> list[Number]:
    """`three times higher`, `10 times the size` (a count, then `times` and a
    comparison), `twice as many`: multiples, unit ×, as `তিন গুণ` is."""
    out = []
    for x in found:
        if x.kind == "cardinal" and x.unit is None and (m := _TIMES_EN.match(text, x.end)) is not None:
            end = m.end() - len(m.group()) + len(m.group().rstrip(" -"))
            x = replace(x, text=text[x.start:end], end=end, kind="measure", unit="×")
        out.append(x)
    starts = [x.start for x in out]  # in order: found is
    added = []
    for m in _TWICE_EN.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end <= m.start():
            added.append(Number(m["w"], m.start(), m.start() + len(m["w"]), lx.TWICE_EN[m["w"].lower()], "measure", "×"))
    return sorted(out + added, key=lambda x: x.start) if added else out


_EN_ORDINAL_OF = {w: v for v, ws in lx.LATIN_ORDINALS.items() for w in ws}
_EN_ORDINAL = re.compile(rf"\b(?P<det>{'|'.join(lx.LATIN_ORDINAL_BEFORE)})\s+(?P<w>{'|'.join(_EN_ORDINAL_OF)})\b",
                         re.IGNORECASE)


def _en_ordinals(text: str, found: list[Number]) -> list[Number]:
    """`the third day`, `its fifth term`, `the first time`: an English ordinal
    in words (as `তৃতীয়` is), after a determiner; not `a second` (the unit of
    time) nor `a third of` (a fraction, read before)."""
    starts = [x.start for x in found]
    added = []
    dropped = set()
    for m in _EN_ORDINAL.finditer(text):
        w, det = m["w"].lower(), m["det"].lower()
        if (det in ("a", "every") and w == "second") or text.startswith(" of", m.end()):
            continue
        k = bisect.bisect_right(starts, m.start("w")) - 1
        if k >= 0 and found[k].end > m.start("w"):
            if not (found[k].start == m.start("w") and found[k].end < m.end("w") and "-" in w):
                continue
            dropped.add(k)  # `twenty-first`: not the cardinal `twenty` read before
        added.append(Number(m["w"], m.start("w"), m.end("w"), _EN_ORDINAL_OF[w], "ordinal"))
    if dropped:
        found = [x for i, x in enumerate(found) if i not in dropped]
    return sorted(found + added, key=lambda x: x.start) if added else found


# The place a word says (`hundred`, `thousand`, `million`, `lakh`; not `dozen`).
_EN_PLACE = {w.lower(): v for v, ws in lx.LATIN_MULTIPLIERS.items() if v >= 100 for w in ws} \
    | {w: 100 for w in lx.LATIN_HUNDRED}


def _en_and(text: str, found: list[Number]) -> list[Number]:
    """`one hundred and twenty-five`, `two thousand and five`, `a hundred and
    fifty`: the British `and` inside a number said in words; one number."""
    out: list[Number] = []
    for x in found:
        if out and text[out[-1].end:x.start] == " and " and x.kind == "cardinal" and x.bound is None \
                and x.high is None and x.text.replace("-", "").isalpha():
            a = out[-1]
            place = _EN_PLACE.get(a.text.rsplit(" ", 1)[-1].lower())
            if place and a.kind == "cardinal" and a.high is None and a.unit is None and 0 < x.value < place \
                    and a.value % place == 0:
                out[-1] = Number(text[a.start:x.end], a.start, x.end, a.value + x.value, "cardinal", None, None, a.bound)
                continue
        out.append(x)
    return out
