"""Every number expression in a text: each one read, then given its kind,
unit, range and bound from the words around it.
"""
from __future__ import annotations

import re
from fractions import Fraction

from ..lexicon import nfc, numbers as lx
from ..text import normalize
from .context import (_AFTER_BOUND, _CHANGE_FROM_BEFORE, _clock_time, _date_part, _genitive, _valid_ordinal,
                      adjective_currency, currency_code)
from .read import _bigger_mult_next, _bound_next, _currency_next, _read, _scaled_low
from .record import Number
from .tables import (_BASIS, _ENDINGS, _BHAG, _CUR, _DASH_ENDINGS, _DECADE_AT, _DIG, _DIGIT_SET, _EKUSHE, _ELEVEN,
                     _ELEVEN_BEFORE, _EVENT_YEAR_AT, _HOMOGRAPHS, _LAND_UNITS, _LAND_WORDS, _LATIN_MULT, _LIST_BEFORE,
                     _LIST_MARKS, _MEASURE, _MEASURE_DIGITS_ONLY, _NAMED_BY_NUMBER,
                     _NEGATIONS, _ORDINAL_NOUNS, _PAISA_WORDS, _POINTS,
                     _UNITS_GLUE, _UPON, _UPON_OK, _WORD_YEAR_AT, _WORD_YEAR_START, _either_nukta)
from .tokens import _Tok, _char_before, _digits_value, _item_before, _plain, _space_gap, _tokens, _word


_PHONE = re.compile(rf"(?:\+?[8৮][8৮][0০][-\s]?|[0০])[1১][{_DIG}]{{3}}[-\s]?[{_DIG}]{{6}}(?![{_DIG}])"
                    rf"|[0০][{_DIG}]{{1,4}}-[{_DIG}]{{6,8}}(?![{_DIG}])")
# `২০২৪-২৫ অর্থবছর`, `২০২৫-২৬ শিক্ষাবর্ষ`, `২০২৩-২৪ সেশনে`, `২০২৫-২৬ মৌসুমের`: a year span, not two counts.
_FISCAL_AFTER = re.compile(r"\s?(?:অর্থবছর|অর্থ বছর|শিক্ষাবর্ষ|শিক্ষা বর্ষ|সেশন|মৌসুম|অর্থবর্ষ|বাজেট"
                           r"|(?:fiscal|financial|academic) years?|session|season)", re.IGNORECASE)
# `FY2024-25`, `fiscal year 2024-25`, `অর্থবছর ২০২৪-২৫`, `বাজেট ২০২৪-২৫`: the span follows its name.
_FISCAL_BEFORE = re.compile(r"(?:\bFY\s?|(?:fiscal|financial)(?: year)?\s|(?:অর্থবছর|অর্থ বছর|অর্থবর্ষ|বাজেট)\s?:?\s?)$",
                            re.IGNORECASE)
# `১২২ টাকা ৩০ পয়সা`: the paisa after the taka.
# Either encoding of য় (the text is read as given).
_PAISA = re.compile(r"\s+([0-9০-৯]{1,2})\s?" + _either_nukta(nfc(["পয়সা"])[0])
                    + "(?:" + _either_nukta(nfc(["য়"])[0]) + "|র)?(?![\u0980-\u09ff])")



_AM_PM_AFTER = re.compile(r"\s?(?:[aApP]\.\s?[mM]\.?|[aApP][mM]|এএম|পিএম|এ\.এম\.?|পি\.এম\.?)(?![A-Za-z\u0980-\u09ff])")
_LATIN_MEASURE2 = {w.lower(): unit for unit, ws in lx.LATIN_MEASURES_TWO_WORDS.items() for w in ws}
# Words of a cricket report: near them `5-78` is a bowler's figures (wickets
# for runs), not a range of five to 78.
_CRICKET = re.compile(r"(?i:\b(?:%s)\b)|(?<![\u0980-\u09ff])(?:%s)(?:ে|ের|এর|ও|ই)?(?![\u0980-\u09ff])" % (
    "|".join(w for w in lx.CRICKET_WORDS if w.isascii()), "|".join(nfc([w for w in lx.CRICKET_WORDS if not w.isascii()]))))


def _bowling_figures(text: str, low: _Tok, high_tok: _Tok, value, high) -> bool:
    """`finish with 5-78`, `(৩-৪৫)`: digits, at most ten wickets, then the runs
    (ten or more, and three times the wickets or more), with cricket words near."""
    return low.kind == "num" and high_tok.kind == "num" and 0 <= value <= 10 and high >= 10 \
        and high >= 3 * value and _CRICKET.search(text, max(0, low.start - 120), high_tok.end + 120) is not None


_BPS = frozenset(lx.BASIS_POINTS_SHORT)
_POINTS_WORD = normalize("পয়েন্ট")


def _cricket_figures(text: str, a: _Tok, b: _Tok) -> bool:
    """`১৫৪/৭`, `158/5`, `৩/২৮`: whole numbers, one of them ten wickets or
    fewer, the other larger, with cricket words near (else a date or a share)."""
    if a.role != "num" or b.role != "num" or a.glued or b.glued \
            or a.value.denominator != 1 or b.value.denominator != 1:
        return False
    lo, hi = sorted((a.value, b.value))
    return lo <= 10 < hi and _CRICKET.search(text, max(0, a.start - 120), b.end + 120) is not None


def _ordinal_noun(word: str) -> bool:
    """A noun counted by an ordinal (`১১শ সংসদ`), also with a case ending
    (`১১শ সংসদে`, `১২শ শতকের`)."""
    return word in _ORDINAL_NOUNS or any(word.endswith(e) and word[:-len(e)] in _ORDINAL_NOUNS
                                         for e in _ENDINGS)


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
                elif toks[i + 1].text == "/" and _cricket_figures(text, a, b):
                    # `১৫৪/৭` (runs for wickets), `৩/২৮` (a bowler's wickets for runs): two counts.
                    out.append(Number(text[a.start:a.end], a.start, a.end, _plain(a.value), "cardinal"))
                    out.append(Number(text[b.start:b.end], b.start, b.end, _plain(b.value), "cardinal"))
                i += 3
                continue
            if len(t.text) == 4 and (_FISCAL_AFTER.match(text, toks[i + 2].end)
                                     or _FISCAL_BEFORE.search(text, max(0, t.start - 13), t.start)):
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
        if t.kind == "num" and i + 1 < n and toks[i + 1].kind == "word" and _space_gap(text, t, toks[i + 1]) \
                and normalize(toks[i + 1].text) in _NAMED_BY_NUMBER:
            i += 1  # `উত্তর ২৪ পরগনা`: a district's name
            continue
        if t.kind == "word" and t.text in _EKUSHE:
            i += 1  # `একুশে পদক`, `একুশের বইমেলা`: the 21st (of February) as a name, not a count
            continue
        if t.kind == "word" and normalize(t.text).startswith(_ELEVEN) and (
                text.startswith(":", t.end) or text[max(0, t.start - 12):t.start].endswith(_ELEVEN_BEFORE)):
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
        if t.kind == "num" and text[t.end:t.end + 1] == "s" and t.value % 10 == 0 \
                and (1800 <= t.value <= 2090 or t.value < 100 and t.start > 0 and text[t.start - 1] in "'’") \
                and not text[t.end + 1:t.end + 2].isalnum():
            i += 1  # `the 1990s`, `the '90s`: a decade, for the date reader
            continue
        if (t.kind == "word" and t.text[:2] in _WORD_YEAR_START and (ev := _WORD_YEAR_AT.match(text, t.start))) \
                or (t.role == "num" and "দশক" in text[t.end:t.end + 12] and (ev := _DECADE_AT.match(text, t.start))):
            # `একাত্তরের মুক্তিযুদ্ধ`, `আশির দশকে`: a year or a decade, for the date reader.
            while i < n and toks[i].start < ev.end():
                i += 1
            continue
        if t.kind == "num" and t.role == "num" and t.glued in (None, "classifier") and 1 <= t.value <= 12 \
                and (ap := _AM_PM_AFTER.match(text, t.end)) is not None:
            # `3pm`, `Around 1 p.m.`, `১০টা পিএম`: an hour of the clock, for the date reader.
            while i < n and toks[i].start < ap.end():
                i += 1
            continue
        if (t.role == "num" or t.role == "pfrac") and (skip := _clock_time(text, toks, i)):
            i += skip  # `সন্ধ্যা ৬টা`, `রাত ৯টা ৩০ মিনিট`, `১৯০৯ ঘণ্টা,`: a time of day
            continue
        if t.role == "qual" and i + 1 < n and toks[i + 1].kind == "num" and toks[i + 1].value is not None \
                and toks[i + 1].value <= 31 and _date_part(text, toks, i + 1):
            i += 1  # `up to 20 December`, `প্রায় ২০ ডিসেম্বর পর্যন্ত`: a date's day, not a bounded count
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
                and _ordinal_noun(normalize(toks[i + 1].text)):
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
                and toks[i + 1].kind == "dash" and i + 2 < n and toks[i + 2].role == "approx" \
                and toks[i].end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start:
            # `শ-দুয়েক`, `হাজার-পাঁচেক`: the hyphen for the space.
            got = (i + 3, toks[i + 2].value * toks[i].value, "~", True, None)
        elif toks[i].kind == "word" and toks[i].role in ("mult", "hundred") and i + 1 < n \
                and toks[i + 1].role == "approx" and _space_gap(text, toks[i], toks[i + 1]):
            # `হাজার পাঁচেক`, `লাখ দুয়েক`: about five thousand, two lakh.
            got = (i + 2, toks[i + 1].value * toks[i].value, "~", True, None)
            if _bigger_mult_next(text, toks, i + 1, toks[i].value):
                got = (i + 3, got[1] * toks[i + 2].value, "~", True, None)  # হাজার পাঁচেক কোটি
        elif toks[i].role not in ("num", "pfrac", "bound", "halfbound", "mult_glued", "approx",
                                  "approx_one") and not (
                # `দশমিক ৫` (0.5); a leading পয়েন্ট is a tally's points (`মোহামেডানের পয়েন্ট ২০`)
                toks[i].role == "point" and i + 1 < n and toks[i + 1].role == "num"
                and normalize(toks[i].text) != _POINTS_WORD
                and (toks[i + 1].kind == "num" or toks[i + 1].value < 10)
                and _space_gap(text, toks[i], toks[i + 1])) and not (
                toks[i].role in ("mult", "hundred") and toks[i].kind == "word"
                and _bigger_mult_next(text, toks, i, toks[i].value)) and not (
                toks[i].role == "mult" and toks[i].kind == "word"
                and (_currency_next(text, toks, i) or _bound_next(text, toks, i))):
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
            if hi is not None and hi[1] > value and not _bowling_figures(text, first_num, toks[k + 1], value, hi[1]):
                k, high = hi[0], hi[1]
                end = toks[k - 1].end
                words_only = words_only and hi[3]
            elif hi is not None and value == 2 and hi[1] == 1 and first_num.kind == "word" \
                    and toks[k + 1].kind == "word" and hi[0] == k + 2:
                # `দু-একজন`, `দু-একটি`: "one or two", the larger said first (an idiom;
                # `তিন-দুই গোলে` is a score).
                k, value, high = hi[0], hi[1], value
                end = toks[k - 1].end
        elif k + 1 < n and toks[k].kind == "dash" and toks[k].start == last.end and j == i + 1 \
                and toks[k + 1].role == "approx" and toks[k + 1].start == toks[k].end \
                and toks[k + 1].value > value and bound is None:
            # `পাঁচ-সাতেক মিনিট`: about five to seven.
            k, high, bound = k + 2, toks[k + 1].value, "~"
            end = toks[k - 1].end
        elif k + 1 < n and toks[k].role == "range" and _space_gap(text, last, toks[k]) \
                and toks[k + 1].role in ("num", "pfrac") and _space_gap(text, toks[k], toks[k + 1]):
            hi = _read(text, toks, k + 1)
            scaled = _scaled_low(toks, i, j, hi, value)
            if scaled == value and toks[k].text == "to" and _CHANGE_FROM_BEFORE.search(
                    text, max(0, first_num.start - 60), first_num.start):
                hi = None  # `rose from 5 to 7 percent`: a change, two amounts (`from 1.5 to 2 million` stays one)
            value = scaled
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
            elif kind == "cardinal" and nxt.role == "pct_after" and normalize(nxt.text) in _LAND_UNITS \
                    and k + 1 < n and _space_gap(text, nxt, toks[k + 1]) and normalize(toks[k + 1].text) in _LAND_WORDS:
                kind, unit, end, k = "measure", "decimal", nxt.end, k + 1  # `৫ শতাংশ জমি`: land, not a share
            elif nxt.role == "pct_after" or (nxt.role == "pct_part" and prefix_kind == "percent") \
                    or (nxt.role == "pct_part" and toks[k - 1].kind == "num" and value <= 100
                        and (normalize(nxt.text) == _BHAG or k + 1 >= n or toks[k + 1].role != "num")) \
                    or (nxt.role == "pct_part" and 10 <= value <= 100 and value == int(value)
                        and normalize(nxt.text) == _BHAG and prefix_kind is None) \
                    or (nxt.role == "pct_part" and (toks[k - 1].kind == "num" or 10 <= value == int(value))
                        and value <= 100 and k + 1 < n and toks[k + 1].role in ("more", "less", "about")
                        and _space_gap(text, nxt, toks[k + 1])):
                # শতাংশ, %, শতকরা … ভাগ, the colloquial `৯০ ভাগ মানুষ` (`নব্বই ভাগ`, `একশ ভাগ`:
                # ten at least in words, where `তিন ভাগ` is three parts) and `৯০ ভাগের
                # বিষয়ে` (not `তিন ভাগের এক ভাগ`, read above), and `৫০ ভাগের বেশি`
                kind, unit, end, k = "percent", "%", nxt.end, k + 1
                if k < n and _space_gap(text, nxt, toks[k]) and normalize(toks[k].text) in _POINTS \
                        and nxt.role == "pct_after" and (k + 1 >= n or toks[k + 1].role != "num"):
                    unit, end, k = "pp", toks[k].end, k + 1  # শতাংশ পয়েন্ট: percentage points
            elif kind == "cardinal" and k + 1 < n and normalize(nxt.text) in _BASIS \
                    and _space_gap(text, nxt, toks[k + 1]) and normalize(toks[k + 1].text) in _POINTS:
                # `৫০ বেসিস পয়েন্ট` (a policy rate): hundredths of a percentage point.
                kind, unit, end, k = "percent", "bp", toks[k + 1].end, k + 2
            elif kind == "cardinal" and nxt.kind == "latin" and nxt.text.lower() in _BPS:
                kind, unit, end, k = "percent", "bp", nxt.end, k + 1  # `50bps`, `25 bp`: basis points
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
                if kind == "cardinal" and k < n and toks[k].role == "cur" and _space_gap(text, nxt, toks[k]):
                    # `২ হাজার কোটিরও বেশি টাকা`: the currency after the bound.
                    kind, unit, end, k = "money", toks[k].glued, toks[k].end, k + 1
            elif nxt.kind in ("word", "latin") and kind == "cardinal" and k + 1 < n \
                    and _space_gap(text, nxt, toks[k + 1]) and toks[k + 1].role == "cur" \
                    and (named := adjective_currency(nxt.text, toks[k + 1].glued)
                         or _CUR.get(normalize(nxt.text + " " + toks[k + 1].text))) is not None:
                # A currency and its country: মার্কিন ডলার, নেপালি রুপি, কুয়েতি দিনার, Saudi riyals.
                kind, unit, end, k = "money", named, toks[k + 1].end, k + 2
            elif nxt.kind == "word" and kind == "cardinal" and normalize(nxt.text) in _PAISA_WORDS:
                kind, unit, end, k = "money", "BDT", nxt.end, k + 1
                value /= 100
                high = high / 100 if high is not None else None
            elif kind == "cardinal" and nxt.kind == "word" and k + 1 < n and toks[k + 1].kind == "word" \
                    and _space_gap(text, nxt, toks[k + 1]) \
                    and (two := normalize(nxt.text + " " + toks[k + 1].text)) in _MEASURE:
                # মেট্রিক টন, ডিগ্রি সেলসিয়াস, বর্গ কিলোমিটার
                kind, unit, end, k = "measure", _MEASURE[two], toks[k + 1].end, k + 2
            elif kind == "cardinal" and nxt.kind == "latin" and k + 1 < n and toks[k + 1].kind == "latin" \
                    and _space_gap(text, nxt, toks[k + 1]) \
                    and (two := f"{nxt.text} {toks[k + 1].text.rstrip('.')}".lower()) in _LATIN_MEASURE2:
                # `degrees Celsius` (a sentence's full stop is not the word's)
                kind, unit, k = "measure", _LATIN_MEASURE2[two], k + 2
                end = toks[k - 1].end - toks[k - 1].text.endswith(".")
            elif kind == "cardinal" and k + 1 < n and normalize(nxt.text) in _LAND_UNITS \
                    and _space_gap(text, nxt, toks[k + 1]) and normalize(toks[k + 1].text) in _LAND_WORDS:
                kind, unit, end, k = "measure", "decimal", nxt.end, k + 1  # `৩৩ শতক জমি`: land
            elif nxt.role == "measure" and kind == "cardinal" and (
                    toks[k - 1].kind == "num" or normalize(nxt.text) not in _MEASURE_DIGITS_ONLY):
                kind, unit, end, k = "measure", nxt.glued, nxt.end, k + 1
            elif nxt.role == "point" and kind == "cardinal" and toks[k - 1].kind == "num" \
                    and normalize(nxt.text) == _POINTS_WORD and not (k + 1 < n and toks[k + 1].role == "num"):
                # `৩৫ পয়েন্ট কমে`: a share index's points (before digits, a decimal point)
                kind, unit, end, k = "measure", "pt", nxt.end, k + 1
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
        if not bound and kind in ("percent", "measure") and k + 2 < n and toks[k].kind == "dash" \
                and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end \
                and normalize(toks[k + 1].text) in _DASH_ENDINGS and _genitive(toks[k + 1]) \
                and _space_gap(text, toks[k + 1], toks[k + 2]) and toks[k + 2].role in ("more", "less", "about"):
            # `৫০%-এর বেশি`, `১০ কিমি-এর কম`: the genitive after a dash, then the bound.
            bound, end, k = _AFTER_BOUND[toks[k + 2].role], toks[k + 2].end, k + 3
        elif not bound and kind in ("percent", "money", "measure") and k < n and _space_gap(text, toks[k - 1], toks[k]) \
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
        if j - i == 1 and first_num.kind == "word" and kind == "cardinal" and not part and high is None and k == j \
                and k + 1 < n and toks[k].kind == "dash" and toks[k].start == first_num.end \
                and toks[k + 1].kind == "word" and toks[k + 1].start == toks[k].end and toks[k + 1].role is None \
                and not normalize(toks[k + 1].text).startswith(_NUMBER_WORD_STARTS):
            # `আধা-সরকারি`, `আধা-স্বায়ত্তশাসিত`: the first half of a compound word, no count
            # (`তিন-চারদিন` is a count of days, left to be read as one).
            i = j
            continue
        if j - i == 1 and first_num.kind == "word" and kind == "cardinal" and high is None \
                and normalize(first_num.text) == _EKTA and text[max(0, first_num.start - 4):first_num.start] == _KHUB:
            i = j  # `খুব একটা ভালো নয়`: not very good, no count
            continue
        if j - i == 1 and first_num.glued == "homograph" and kind == "cardinal" and not part and high is None \
                and not _EN_PER.match(text, end):
            i = j  # `one of them`, `the one who`: a pronoun (but `one in five` is a share)
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
        if kind == "cardinal" and bound == "~" and high is None and value <= 12 and _AM_PM_AFTER.match(text, end):
            i = k  # `Around 1 p.m.`, `about 10 am`: a time of day, for the date reader
            continue
        if kind == "money":
            unit = currency_code(text, start, end, unit)  # `পাকিস্তানে ৩০০ রুপি`: PKR
        if bound in (None, "", "~") and high is None and text.startswith(("-", " or", "+"), end) \
                and (after := _EN_BOUND_AFTER.match(text, end)) is not None and (not bound or after[1] or after[2]):
            # `30-odd`, `100-plus`, `১০০০+ মানুষ`: more than it; `200 or so`: about it (and
            # `some 30-odd`: more than 30 says more than `some`)
            bound, end = (">" if after[1] or after[2] else "~"), after.end()
            while k < n and toks[k].start < end:
                k += 1
            if (after[1] or after[2]) and k < n and toks[k].role == "mult" and text[end:toks[k].start] == " ":
                # `Tk 500-odd crore`, `৫০০+ কোটি টাকা`: more than 500 crore, one amount
                value, end, k = value * toks[k].value, toks[k].end, k + 1
                if kind == "cardinal" and k < n and toks[k].role == "cur" and text[end:toks[k].start] == " ":
                    kind, unit, end, k = "money", toks[k].glued, toks[k].end, k + 1  # `… crore taka`
                    unit = currency_code(text, start, end, unit)
        if out and high is None and not bound and kind in ("cardinal", "money", "measure") \
                and _EN_A_MULT.fullmatch(text, start, end) is not None and (last := out[-1]).kind == "cardinal" \
                and last.high is None and 0 < last.value < 1 and text[last.end:start].lower() == " of ":
            # `a quarter of a million`, `three quarters of a billion dollars`: one amount
            out.pop()
            start, value, bound = last.start, Fraction(last.value).limit_denominator(100) * value, last.bound
        out.append(Number(text[start:end], start, end, _plain(value), kind, unit,
                          _plain(high) if high is not None else None, bound))
        i = k
    return _proportions(text, out) if len(out) >= 2 else out


# `প্রতি চারজনের মধ্যে একজন`, `প্রতি ১০০ জনে ২ জন`: M of every N.
_BN_PER_BEFORE = nfc(["প্রতি "])[0]
_BN_PER_BETWEEN = re.compile(nfc([r"^(?:\s?(?:জন|টি))?(?:ের|ে|এর)?(?: মধ্যে)? $"])[0])
_BN_PER_AFTER = re.compile(nfc([r"\s?(?:জন|টি)(?:ের|ে|ই)?(?![\u0980-\u09ff])"])[0])
# `one in five`, `1 in 4`, `two out of every three`: a share, unless the
# count after is of overs, years or matches (`2 in 13 overs`, `804 in 2014`).
_EN_PER = re.compile(r" (?:in|out of)(?: every)? (?=\d|(?:%s)\b)" % "|".join(sorted(
    [w for n, ws in lx.LATIN_UNITS.items() if n >= 2 for w in ws] + lx.LATIN_HUNDRED + ["thousand"],
    key=len, reverse=True)), re.IGNORECASE)
_EN_PER_NOT = re.compile(r"\s(?:overs?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|matches|games|innings"
                         r"|balls|attempts|tries|starts|races)\b", re.IGNORECASE)


def _letter_before(text: str, i: int) -> bool:
    """A letter right before i: `সম্প্রতি` (recently) ends like প্রতি (every)."""
    return i > 0 and (text[i - 1].isalpha() or "\u0980" <= text[i - 1] <= "\u09ff")


def _proportions(text: str, out: list[Number]) -> list[Number]:
    """Join `M of every N` into one share, M/N, kind cardinal (as `a third`)."""
    res: list[Number] = []
    for n in out:
        a = res[-1] if res else None
        share = None
        if a is not None and a.kind == n.kind == "cardinal" and a.high is None and n.high is None \
                and not a.bound and not n.bound and isinstance(a.value, int) and isinstance(n.value, int):
            between = text[a.end:n.start]
            if text.endswith(_BN_PER_BEFORE, 0, a.start) and _BN_PER_BETWEEN.match(between) \
                    and 0 < n.value < a.value and not _letter_before(text, a.start - len(_BN_PER_BEFORE)):
                # প্রতি N … M: M of every N
                tail = _BN_PER_AFTER.match(text, n.end)
                share = (a.start - len(_BN_PER_BEFORE), tail.end() if tail else n.end, n.value, a.value)
            elif a.text.isascii() and (m := _EN_PER.match(text, a.end)) is not None and m.end() == n.start \
                    and 0 < a.value <= 10 and a.value < n.value <= 1000 and not _EN_PER_NOT.match(text, n.end):
                share = (a.start, n.end, a.value, n.value)
        if share is None:
            res.append(n)
            continue
        start, end, part, whole = share
        res[-1] = Number(text[start:end], start, end, _plain(Fraction(part, whole)), "cardinal", None, None, None)
    return res


_NUMBER_WORD_STARTS = tuple(sorted(w for w in _UNITS_GLUE if len(w) >= 2))
_EN_BOUND_AFTER = re.compile(r"-(odd|plus)\b|\s+or\s+so\b|(\+)(?![0-9০-৯+])")
_EN_A_MULT = re.compile(r"(?i)an?\s+(?:%s)\b.*" % "|".join(sorted(_LATIN_MULT, key=len, reverse=True)))
_EKTA = nfc(["একটা"])[0]
_KHUB = nfc(["খুব "])[0]
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
