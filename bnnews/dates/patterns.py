"""The vocabulary of the date reader: tables from the lexicon and the patterns
built from them, shared by every reader in this package.
"""
from __future__ import annotations

import re

from .._re import LazyPattern
from ..dateline import MONTH_OF, PART_OF, WEEKDAY_OF, ZONE_OF, _AUG_SHORT
from ..lexicon import calendar_words as cw, lookup, nfc, numbers as nlx, trie_pattern
from ..zones import DHAKA, INDIA


_table = lookup


_alt = trie_pattern


_MONTH = MONTH_OF
_WEEKDAY = WEEKDAY_OF
_BMONTH = _table(cw.BANGLA_MONTH_NUM)
_HMONTH = _table(cw.HIJRI_MONTH_NUM)
_DAYWORD = _table(cw.DAY_WORDS)
_PART = PART_OF
_PRAYER = _table(cw.PRAYER_TIMES)
_UNIT = {**_table(cw.UNITS), **_table({k: [w] for k, w in cw.UNITS_LASTING.items()})}
_ZONE = ZONE_OF
_NUMWORD = _table(nlx.UNITS)
_ORDWORD = _table(nlx.ORDINAL_WORDS)

_D = "[0-9০-৯]"
_B = r"(?<![\u0980-\u09ffA-Za-z0-9])"  # a word starts here
_E = r"(?![\u0980-\u0982\u0984-\u09ffA-Za-z])"  # a word ends here (ঃ may follow)
# (`২০ ডিসেম্বরকে শোক দিবস ঘোষণা`; the clitic -ই or -ও after a case: `ডিসেম্বরেই`, `জানুয়ারিতেই`, `নভেম্বরেও`)
_CASE = r"(?:(?:য়েরও|য়ের|য়ে|েরও|ের|এর|র|তে|কে|এ|ে|য়)(?:ই|ও)?|ই|ও)?"


# In lower case these are a modal and verbs (`Noakhali–6 may also receive`,
# `to march on 5 May`), never months.
_LOWER_WORDS = frozenset(["may", "mar", "march"])


def _cased(table: dict) -> list[str]:
    """Spellings as printed: Latin names also capitalised and in capitals."""
    return sorted({v for w in table for v in (w, w.capitalize(), w.upper()) if v not in _LOWER_WORDS})


# CLDR's short August, আগ (the date-line reader's), only before a year.
# The dot of an abbreviation (`Nov. 5`, `নভে. ২০২৪`); a full stop after the month is the sentence's.
_MON = rf"(?P<mon>{_alt(_cased(_MONTH))}|{_AUG_SHORT}(?=\.?,?\s?{_D}{{4}}))(?:\.(?=\s?[0-9০-৯,]))?{_CASE}{_E}"
# A short English day name in lower case is a word (`the court sat`, `wed`).
_WD = rf"{_alt([w for w in _cased(_WEEKDAY) if not (w.islower() and w.isascii() and len(w) <= 3)])}(?:ের|এর|ে|ও|ই)?{_E}"
_DAY = rf"(?:(?P<dd>{_D}{{1,2}})(?!{_D})(?:\s?(?:লা|রা|ঠা|ই|শে){_E}|(?:st|nd|rd|th)(?![A-Za-z]))?|(?P<dw>{_alt(_DAYWORD)}){_E})"
_YEAR = rf"(?P<year>{_D}{{4}})(?!{_D})(?:\s?(?:ইং|ইংরেজি|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রীষ্টাব্দ|খ্রি[.ঃ:]?|সালের|সালে|সাল))?"
# `আজ স্থানীয় সময় মঙ্গলবার (১২ নভেম্বর)` (formats.md §3): one expression.
_LOCAL_TIME = re.escape(nfc(["স্থানীয় সময়"])[0])
_REL_LEFT = re.compile(
    rf"(?:{_B}(?P<ry>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+বছরের\s+)?"
    rf"(?:{_B}(?P<rel>গত|বিগত|গেল|আগামী|আসন্ন|আসছে|সামনের|আজ|গতকাল|আগামীকাল|অদ্য|গতকল্য|আগামীকল্য)\s*,?\s*"
    rf"(?:{_LOCAL_TIME}\s+)?)?"
    rf"(?P<paren0>\(\s*)?"
    rf"(?:(?P<lwd>{_WD})\s*(?:,|\s?[-–|])?\s*)?(?P<paren>\(\s*)?$")  # `Thursday - May 2, 2024`
_WD_ONLY = re.compile(_WD)
# A weekday right before or after a date of another calendar (`শুক্রবার, ৫
# অগ্রহায়ণ ১৪৩২`, `৫ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, শুক্রবার`): it names that day.
_WD_BEFORE = re.compile(rf"(?P<wd>{_WD})[,\s]\s*$")
_WD_AFTER = re.compile(rf"\s*(?:বঙ্গাব্দ|সন|হিজরি|হিজরী)?[,\s]\s*(?P<wd>{_WD})")

# Any Bangla month, with a case ending or none; and what joins two in a list.
_ANY_BN_MONTH = re.compile(
    rf"(?<!লং )(?<!রোড ){_B}(?P<mon>{_alt([w for w in _MONTH if not w.isascii()])})"
    rf"(?P<case>য়ের|য়ে|ের|এর|তে|এ|ে|(?<=[িী])র)?(?![\u0980-\u09ffA-Za-z])")
_REL_YEAR_HOMOGRAPH = re.compile(
    rf"{_B}(?P<rel>এ|এই|চলতি|গত|বিগত|গেল|আগামী)\s+বছর(?:ের)?\s+(?P<mon>মার্চ|মে)"
    rf"(?:ের|এর|-এ|-তে|ে|\s?মাসে|\s?মাসের)(?![\u0980-\u09ffA-Za-z])")
_LIST_JOIN = re.compile(r"\s*(?:,|ও|এবং|আর)\s*")
_SENTENCE_STOP = re.compile(r"[।॥!?\n]")

# Gregorian dates, most specific first.
_G_DMY = re.compile(rf"(?<!{_D})(?P<d>{_D}{{1,2}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)(?P<y>{_D}{{4}})(?!{_D})")
# `২৮/১১/২৫ ইং`, `তারিখ: ২৮-১১-২৫`: a two-digit year, only with an era word
# after it or a date label before it (alone, `১/২/২৫` is as often a list's
# numbers or a score).
_G_DMY2 = re.compile(rf"(?<![0-9০-৯/.])(?P<d>{_D}{{1,2}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)"
                     rf"(?P<y>{_D}{{2}})(?![0-9০-৯/.]|-[0-9০-৯])(?P<era>\s?(?:ইং|ইংরেজি|খ্রিঃ|খ্রি\.?))?")
_DATE_LABEL_BEFORE = re.compile(r"(?:তারিখ|Date|date)\s*[:ঃ]?\s*$")
_DATE_WORD_AFTER = re.compile(r"\s?তারিখ(?:ে|ের|েই)?(?![\u0980-\u09ff])")
_G_ISO = re.compile(rf"(?<!{_D})(?P<y>{_D}{{4}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)(?P<d>{_D}{{1,2}})(?!{_D})"
                    # `2025-12-29T13:43:33+06:00`: ISO 8601 with its time and offset
                    rf"(?:T(?P<hh>{_D}{{2}}):(?P<mi>{_D}{{2}})(?::(?P<ss>{_D}{{2}}))?(?:\.{_D}+)?"
                    rf"(?P<z>Z|[+-]{_D}{{2}}:?{_D}{{2}})?(?!{_D}))?")
_G_YDM = re.compile(rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:সালের|সালে|সাল)\s+{_DAY}\s?{_MON}")
_G_YM = re.compile(rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:সালের|সালে|সাল)\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
# A weekday after a date, a notice's `তারিখ রোজ` before it (`… ইং তারিখ রোজ বৃহস্পতিবার`).
_TWD_TAIL = rf"(?:তারিখ(?:ে)?\s*,?\s*)?(?:রোজ\s+)?\(?(?P<twd>{_WD})\)?"
_G_DM = re.compile(
    rf"{_B}{_DAY}(?:\s?|-(?=[^\s0-9০-৯]))\s?{_MON}"
    rf"(?:[’']?\s*\)?\s*,?\s*(?:\(?\s*(?P<rwd>{_WD})\s*\)?\s*,?\s*)?{_YEAR})?"  # (`নভেম্বর’ ২০২৫`)
    rf"(?:\s*\)?\s*,?\s*{_TWD_TAIL})?"
    rf"(?P<close>\s*\))?")
# A weekday after a numeric date (`২৮-১১-২০২৫ ইং তারিখ রোজ শুক্রবার`).
_WD_RIGHT = re.compile(rf"\s*(?:ইং|ইংরেজি|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রি[.ঃ:]?)?\s*,?\s*{_TWD_TAIL}")
# `১০-১২ ডিসেম্বর`, `১০ থেকে ১২ ডিসেম্বর ২০২৫` (a span), `২৯ ও ৩০ নভেম্বর`
# (two days): a first day that shares the month printed after the second,
# looked for just before a day-and-month.
_DAY_LEFT = re.compile(
    rf"(?<![0-9০-৯\-–/.:])(?P<d1>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?"
    rf"(?:(?P<span>\s?[-–]\s?|\s(?:থেকে|হতে|হইতে|to|until|till)\s)|\s(?:ও|এবং|(?P<and>and))\s|\s?,\s?)$")
_DAY_NEXT = re.compile(rf"\s+{_D}{{1,2}}(?!{_D})")
# `সালটা ১৯৭৩`, `সাল ১৯৭১`: the year word before its digits.
_SAL_THEN_YEAR = re.compile(rf"{_B}সাল(?:টা|টি)?\s*[:ঃ-]?\s*(?P<y>{_D}{{4}})(?!{_D})")
_YEAR_BEFORE = re.compile(rf"(?<!{_D})(?P<y1>{_D}{{4}})\s?সালের\s+$")
# `এ বছরের রমজানে`, `গত বছরের বৈশাখে`, `২০২৪ সালের রমজানে`: a year named before a
# Hijri or Bangla month.
_YEAR_BEFORE_MONTH = re.compile(rf"(?:{_B}(?P<rel>এ|এই|চলতি|গত|বিগত|গেল|আগামী)\s+বছরের|(?<!{_D})(?P<y>{_D}{{4}})\s?সালের)\s+$")
_MONTH_SPAN = re.compile(
    rf"{_B}(?P<m1>{_alt(_cased(_MONTH))})(?:\s?মাস)?"
    rf"(?:\s?[-–]\s?|\s(?:থেকে|হতে|হইতে|to|through|until|till|(?P<and>and))\s)(?P<m2>{_alt(_cased(_MONTH))}){_CASE}(?:\s?মাস(?:ে|ের)?)?{_E}"
    rf"(?:\s*,?\s*(?P<y2>{_D}{{4}})(?!{_D}))?")
_G_MD = re.compile(rf"{_B}{_MON}\s(?P<dd>{_D}{{1,2}})(?!{_D})(?:st|nd|rd|th)?\s?,?\s*{_YEAR}"
                   rf"(?:\s*,?\s*\(?(?P<twd>{_WD})\)?)?")
# `২৪-ফেব্রুয়ারি-২০২০`, `24/Dec/2020`: day, month name and year joined by one separator.
# `20, November 2024` (formats.md §6.6): a comma between the day and the month,
# read only with the year after.
_DIGIT_COMMA = re.compile(r"[0-9০-৯](?:\s?(?:লা|রা|ঠা|ই|শে))?,\s?[^\s0-9০-৯]")
_G_D_COMMA_MY = re.compile(rf"(?<![0-9০-৯.])(?<![0-9০-৯],)(?P<dd>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?,\s?{_MON}"
                           rf"\s?,?\s?(?P<year>{_D}{{4}})(?!{_D})")
_G_D_MON_Y = re.compile(
    rf"(?<!{_D})(?P<dd>{_D}{{1,2}})(?P<sep>[-/])(?P<mon>{_alt(_cased(_MONTH))})\.?(?P=sep)(?P<year>{_D}{{4}})(?!{_D})")
_G_MY = re.compile(rf"{_B}{_MON}\s?,?\s?(?P<year>{_D}{{4}})(?!{_D})")
# `on December 18`, `Monday (July 15)`: an English month, then its day, no year
# (with a year, _G_MD reads it). Latin month names only: `মে ৫` is no Bangla order.
_G_MD_NO_YEAR = re.compile(
    rf"(?<![A-Za-z0-9])(?P<mon>{_alt(sorted({w for w in _cased(_MONTH) if w.isascii() and w.lower() != 'may'} | {'May'}))})"
    rf"\.?\s(?P<dd>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9]|:|,?\s*[0-9]{{4}})(?P<close>\s*\))?")
# `Jan 5–7`, `January 5 to 7, 2026`: an English month, then a span of its days.
_EN_MD_SPAN = re.compile(
    rf"(?<![A-Za-z0-9])(?P<mon>{_alt(sorted({w for w in _cased(_MONTH) if w.isascii() and w.lower() != 'may'} | {'May'}))})"
    r"\.?\s(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s?(?:[-–]|to\s|through\s|until\s|and\s)\s?(?P<d2>[0-9]{1,2})"
    r"(?:st|nd|rd|th)?(?![0-9:]|\s?[ap]\.?m\b)(?:,?\s(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?")
_EN_DAY_SPAN_HINT = re.compile(r"[0-9](?:st|nd|rd|th)?(?:\s?[-–]\s?|\s(?:to|through|until|and)\s)[0-9]")
_G_MONTH_WORD = re.compile(rf"{_B}{_MON}\s?মাস(?:ে|ের|েই|েও)?{_E}")
# A month alone with a case ending (`ডিসেম্বরে নির্বাচন`); মে and মার্চ are
# also ordinary words and need মাস, a day, a year or a relative word.
_ORDINARY_WORDS = frozenset(["মে", "মার্চ", "may", "mar", "march"])
_G_MONTH_CASE = re.compile(
    rf"{_B}(?P<mon>{_alt([w for w, n in _MONTH.items() if w not in _ORDINARY_WORDS])})"
    rf"(?:য়ের|য়ে|ের|এর|তে|এ|ে|(?<=[িী])র)(?:ই|ও)?(?![\u0980-\u09ffA-Za-z])")  # (`ডিসেম্বরেই`, `জানুয়ারিতেও`)
# A month without a case ending before the part of it meant (`জুন শেষে রিজার্ভ ছিল`,
# `সেপ্টেম্বর শেষে`): as `জুনের শেষে`. (Not মার্চ or মে: `লং মার্চ শেষে`.)
_G_MONTH_BARE_PART = re.compile(
    rf"{_B}(?P<mon>{_alt([w for w, n in _MONTH.items() if w not in _ORDINARY_WORDS and not w.isascii()])})"
    rf"(?=\s+(?:শেষে|শেষ নাগাদ|শেষের দিকে|শুরুতে|শুরুর দিকে|মাঝামাঝি){_E})")
# ... and before a postposition of time (`ডিসেম্বর নাগাদ`, `জুন পর্যন্ত`,
# `অক্টোবর থেকে`): the month itself.
_G_MONTH_BARE_BY = re.compile(
    rf"{_B}(?P<mon>{_alt([w for w, n in _MONTH.items() if w not in _ORDINARY_WORDS and not w.isascii()])})"
    rf"(?=\s+(?:নাগাদ|পর্যন্ত|অবধি|থেকে|হতে|থেকেই){_E})")
# English: a month named after a preposition or a part of it, with no day or
# year (`in December`, `by March`, `mid-December`, `early January`). Not May.
_EN_MONTHS = tuple(w for ws in cw.MONTHS.values() for w in ws
                   if w.isascii() and w[1:].islower() and len(w) > 3 and w != "Sept")
_EN_MONTH_ANY = re.compile("|".join(_EN_MONTHS))
# `a week ago`, `a year later`, `one month ago`, `a decade ago`: one of an English unit.
_EN_ONE_UNIT = re.compile(r"(?<![A-Za-z])(?:(?P<q0>[Aa]lmost|[Nn]early|[Aa]bout|[Aa]round|[Rr]oughly)\s+)?"
                          r"(?:[Aa]n?|[Oo]ne)\s+(?P<unit>day|week|month|year|fortnight|decade)\s+"
                          r"(?P<dir>ago|later|from now|from today)\b"
                          r"|(?<![A-Za-z])(?P<prep>[Ww]ithin|[Ff]or|[Oo]ver)\s+"
                          r"(?:(?P<q>almost|nearly|about|around|roughly|more than|over|less than|under|at least)\s+)?"
                          r"(?:a|an|one|the\s+past|the\s+last)\s+"
                          r"(?P<unit2>day|week|month|year|fortnight|decade)\b(?![-–]|\s+(?:ago|later|or)\b)")
# A qualifier between `for` and `a year` (`for almost a decade`, `for more
# than a year`): the warning `approximate`, or the duration's mod.
_EN_ONE_UNIT_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
                    "at least": "EQUAL_OR_MORE"}
# `since March`, `since early March`: a month named after `since` is gone by.
_EN_SINCE_BEFORE = re.compile(r"(?<![A-Za-z])[Ss]ince\s+(?:(?:early|late|the end of|the beginning of)\s+|mid-)?$")
# `the 5th of December`, `5th of December 2024`: an English day of a month.
_EN_DAY_OF = re.compile(r"(?<![A-Za-z0-9])(?:[Tt]he\s+)?(?P<d>[0-9]{1,2})(?:st|nd|rd|th)\s+of\s+(?P<mon>"
                        + "|".join(_EN_MONTHS + ("May",)) + r")(?:,?\s+(?P<y>(?:18|19|20)[0-9]{2}))?(?![A-Za-z0-9])")
_G_MONTH_EN = re.compile(
    r"\b(?P<pre>in|by|since|until|till|from|during|through|before|after|early|late|mid|end of|beginning of"
    r"|start of|middle of)(?:\s|-)(?:mid-)?(?P<mon>" + "|".join(_EN_MONTHS) + r")\b(?!\s?[0-9])(?!,?\s[0-9]{4})")
# `the first week of December`, `the last week of January 2025`: a part of a
# month (as `নভেম্বরের প্রথম সপ্তাহে` is), first or last by TimeML's mod.
_EN_WEEK_OF = re.compile(
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+(?P<unit>week|two weeks|fortnight|ten days|few days|half)\s+of\s+"
    r"(?P<mon>" + "|".join(_EN_MONTHS + ("May",)) + r")\b(?:,?\s(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
# `the first 26 days of December` (a remittance report), `the last 10 days of March`: those days.
_EN_DAYS_OF = re.compile(
    r"\b(?:the\s+)?(?P<fl>first|last)\s+(?P<k>[0-9]{1,2})\s+days\s+of\s+"
    r"(?P<mon>" + "|".join(_EN_MONTHS + ("May",)) + r")\b(?:,?\s(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
# `last June`, `next March`, `this December`: a month counted from the reference one.
_EN_REL_MONTH = re.compile(r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<mon>" + "|".join(_EN_MONTHS + ("May",))
                           + r")\b(?!\s?[0-9])(?!,?\s[0-9]{4})")
# `in July and August 2024`: the year printed after the second month is the first's too.
_EN_SHARED_YEAR = re.compile(r"\s(?:and|or|to|through|until|till|[-–])\s(?:" + "|".join(_EN_MONTHS + ("May",))
                             + r")\b,?\s(?P<y>(?:19|20)[0-9]{2})\b")
# `on 14 January in 2008`: a day's year printed after it with `in`.
_EN_IN_YEAR = re.compile(r",?\s+in\s+(?P<y>(?:1[6-9]|20)[0-9]{2})(?![0-9])")
_EN_YEAR_AFTER = re.compile(r",?\s(?P<w>last|this|next|previous|the previous|the next|the following) year\b")
_EN_MONTH_MOD = {"early": "START", "beginning of": "START", "start of": "START", "mid": "MID",
                 "middle of": "MID", "late": "END", "end of": "END"}
# চলতি মাসের ১৫ তারিখে, or just ১৫ তারিখে: a day of the reference month.
_DAY_OF_MONTH = re.compile(
    rf"(?:{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+মাসের\s+"
    rf"|{_B}(?P<drel>গত|বিগত|গেল|আগামী|আসছে|সামনের)\s+)?(?<![0-9০-৯])(?P<dd>{_D}{{1,2}})"
    rf"(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?তারিখ(?:ে|ের|েই)?{_E}")

# The month in the genitive, then its day: `নভেম্বরের ১৫ তারিখে`, `পৌষের ১ তারিখ`.
_DAY_TARIKH = rf"\s+(?P<dd>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?তারিখ(?:ে|ের|েই)?{_E}"
_DAY_TARIKH_AT = re.compile(_DAY_TARIKH)
_G_MONTH_DAY = re.compile(rf"(?:{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT)})\s+)?{_B}(?P<mon>{_alt(_cased(_MONTH))})"
                          rf"(?:\s?মাসের|য়ের|ের|এর|(?<=[িী])র){_DAY_TARIKH}")  # (`ডিসেম্বর মাসের ১২ তারিখে` too)

# Other calendars.
_BN = re.compile(
    rf"{_B}{_DAY}\s?(?P<bm>{_alt(_BMONTH)}){_CASE}{_E}(?:\s*,?\s*(?P<year>{_D}{{4}})(?!{_D}))?"
    rf"(?:\s?(?:{_alt(cw.BANGLA_ERA)}){_E})?")
# `পৌষ ১৭ ১৪৩২`, `অগ্রহায়ণ ৯, ১৪৩২ বঙ্গাব্দ` (a site clock's order): the month
# first, then the day and a year of the Bangla era.
_BN_MDY = re.compile(
    rf"{_B}(?P<bm>{_alt(_BMONTH)})\s?(?P<dd>{_D}{{1,2}})(?!{_D})(?P<dw>(?!))?\s?,?\s*(?P<year>(?:১[৩৪]|1[34]){_D}{{2}})(?!{_D})"
    rf"(?:\s?(?:{_alt(cw.BANGLA_ERA)}){_E})?")
# `১৪৩২ বঙ্গাব্দের পহেলা বৈশাখ`: the Bangla year before the day and month.
_BN_YDM = re.compile(
    rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:বঙ্গাব্দের|বঙ্গাব্দে|বঙ্গাব্দ|সনের|সালের)\s+{_DAY}\s?(?P<bm>{_alt(_BMONTH)})"
    rf"{_CASE}{_E}")
_BN_MONTH_DAY = re.compile(
    rf"{_B}(?P<bm>{_alt(_BMONTH)})(?:\s?মাসের|ের|এর|র)(?P<dw>(?!))?(?P<year>(?!))?{_DAY_TARIKH}")
# `১৪৪৭ হিজরির ২ জমাদিউস সানি`: the Hijri year before the day and month.
# A year of the Bangla or Hijri era alone: `১৪৩১ বঙ্গাব্দে`, `বঙ্গাব্দ ১৪৩১`,
# `বাংলা ১৪৩২ সনের`, `১৪৩২ সনে` (a year of 13xx or 14xx with সন is Bangla:
# a Gregorian year then is no news), `১৪৪৬ হিজরি`, `হিজরি ১৪৪৬ সনের`.
_SAN = r"(?:\s?(?:সনের|সনে|সন|সালের|সালে|সাল))"
_ERA_YEAR = re.compile(
    rf"(?<!{_D})(?:(?P<y>{_D}{{4}})\s?(?P<era>বঙ্গাব্দ|হিজরি|হিজরী)(?:র|ের|এর|ে|তে)?{_SAN}?"
    rf"|{_B}(?P<era2>বঙ্গাব্দ|হিজরি|হিজরী)(?:\s?সন)?\s(?P<y2>{_D}{{4}})(?!{_D}){_SAN}?"
    rf"|{_B}বাংলা\s(?P<y3>{_D}{{4}})(?!{_D}){_SAN}"
    rf"|(?P<y4>(?:১[৩৪]|1[34]){_D}{{2}})\s?(?:সনের|সনে|সন))(?!{_D}){_E}")
_HJ_YDM = re.compile(
    rf"(?<!{_D})(?P<year>{_D}{{4}})\s?(?:হিজরির|হিজরীর|হিজরি সনের|হিজরী সনের)\s+{_DAY}\s?(?P<hm>{_alt(_HMONTH)}){_E}")
_HJ = re.compile(
    rf"{_B}{_DAY}\s?(?P<hm>{_alt(_HMONTH)})(?:\s?শরীফ)?{_E}(?:\s*,?\s*(?P<year>{_D}{{4}})(?!{_D}))?"
    rf"(?:\s?(?:{_alt(cw.HIJRI_ERA)}))?")
# `রজব ১১, ১৪৪৭`: the month first, then the day and a year of the Hijri era.
_HJ_MDY = re.compile(
    rf"{_B}(?P<hm>{_alt(_HMONTH)})\s?(?P<dd>{_D}{{1,2}})(?!{_D})(?P<dw>(?!))?\s?,?\s*(?P<year>(?:১৪|14){_D}{{2}})(?!{_D})"
    rf"(?:\s?(?:{_alt(cw.HIJRI_ERA)}))?")
# `রমজানের ২০ তারিখে`: the Hijri month in the genitive, then its day.
_HJ_MONTH_DAY = re.compile(
    rf"{_B}(?P<hm>{_alt(_HMONTH)})(?:\s?মাসের|ের|এর|র)(?P<dw>(?!))?(?P<year>(?!))?{_DAY_TARIKH}")
# A Hijri or Bangla month as a period: `আগামী রমজানে`, `রমজান মাসে`, `চলতি
# অগ্রহায়ণ মাসে`, `চৈত্রের শেষে`. Only with গত/আগামী/চলতি, মাস or a part of
# the period after it (a bare `সফরে` is "on a tour"), and never সফর.
_REL_WORDS = _alt(cw.PAST + cw.NEXT + cw.THIS + ["এবারের", "এবার"])
# A Hijri or Bangla month after its own year (`১৪৪৬ হিজরির রমজান মাসে`, `১৪৩১
# বঙ্গাব্দের চৈত্র মাসে`): that year's month.
_ERA_YEAR_BEFORE_MONTH = re.compile(
    rf"(?<!{_D})(?P<y>{_D}{{4}})\s?(?:(?P<hj>{_alt(cw.HIJRI_ERA)})|(?P<bn>{_alt(cw.BANGLA_ERA)}))"
    rf"(?:\s?সনের|ের|এর|র)?\s+$")
_MONTH_SPAN_END = r"(?:(?P<mas>\s?মাস)(?:ের|ে|েই|েও|জুড়ে)?|(?:ের|এর|র|ে|এ|তে)(?:ই|ও)?|জুড়ে)?"  # (`রমজানেই`)
_HJ_MONTH_SPAN = re.compile(
    rf"{_B}(?:(?P<rel>{_REL_WORDS})\s+)?(?:পবিত্র\s+)?(?P<hm>{_alt([w for w, n in _HMONTH.items() if n != 2])})"
    rf"{_MONTH_SPAN_END}{_E}")
# The relative words that count from the reference (not পরের/পরবর্তী, which
# count from a period told before them).
_REL_FROM_REF = [w for w in cw.PAST + cw.NEXT + cw.THIS if w not in ("পরের", "পরবর্তী")]
_SEASON = _table(cw.SEASONS)
# (`গত শীতে`, `চলতি শীত মৌসুমে`, `আগামী বর্ষাকালে`; not after পরের, which counts from one told)
_SEASON_SPAN = re.compile(
    rf"{_B}(?P<rel>{_alt(_REL_FROM_REF + cw.SEASON_REL)})"
    rf"\s+(?P<s>{_alt(list(_SEASON))})(?:\s?(?:কাল|মৌসুম))?(?:েরও|ের|েও|েই|ে|য়|র|ও)?{_E}")
_SEASON_EN = {w: k for k, ws in cw.SEASONS_EN.items() for w in ws}
_SEASON_REL_EN = {w: way for way, ws in cw.SEASON_REL_EN.items() for w in ws}
_SEASON_SPAN_EN = re.compile(rf"\b(?:[Tt]he\s+)?(?:(?P<rel>{_alt(list(_SEASON_REL_EN))})|[Tt]his year['’]s)\s+"
                             rf"(?P<s>{_alt(list(_SEASON_EN))})\b(?!-)")
_BN_MONTH_SPAN = re.compile(
    rf"{_B}(?:(?P<rel>{_REL_WORDS})\s+)?(?P<hm>{_alt(list(_BMONTH))}){_MONTH_SPAN_END}{_E}")

# Times.
_PARTS = _alt(_PART)
_HOURWORD = _alt([w for w, n in _NUMWORD.items() if 1 <= n <= 12])


def _hour(n: int) -> str:
    return rf"(?:(?P<hd{n}>{_D}{{1,2}})(?!{_D})|(?P<hw{n}>{_HOURWORD}))"


def _ta(n: int) -> str:
    return rf"(?P<ta{n}>টা(?:য়|র)?|টে(?:য়|র)?|টো(?:য়|র)?|ঘটিকা(?:য়)?)"  # (WB: চারটে, দুটো, দুটোয়)


_DST_ZONE = _table(cw.DST_ZONES)
_LOCAL_TIME_WORD = nfc(["স্থানীয় সময়"])[0]
_ZONES = _alt(list(_ZONE) + list(_DST_ZONE) + [_LOCAL_TIME_WORD])
# A zone printed after the time (`১০টায় (বাংলাদেশ সময়)`, `10:00 GMT`, `9:30 am local time`).
# A shift after Greenwich's or universal time counts from it (`GMT+6`,
# `(GMT+06:00)`, `UTC +6`, `জিএমটি+৬`).
_ZONE_AFTER = LazyPattern(lambda: rf"\s?\(?\s?(?P<zone>{_ZONES}|local time)(?![A-Za-z\u0980-\u09ff])"
                          r"(?:\s?(?P<shift>[+\-−]\s?[0-9০-৯]{1,2}(?::?[0-9০-৯]{2})?)(?![0-9০-৯]))?(?:\s?\))?",
                          re.IGNORECASE)
# The places a `স্থানীয় সময়` may belong to (bangla.md §4.4), nearest first.
def _place_zones() -> dict:
    """Place -> zone: the foreign places by name, the byline places of West
    Bengal in India time and the rest (Bangladesh's districts) in Dhaka's."""
    from ..lexicon import bylines as blx
    zones = _table(cw.PLACE_ZONES)
    west_bengal = set(nfc(blx.WEST_BENGAL_PLACES))
    for p in nfc(blx.PLACES):
        if not p.isascii() and p not in zones:
            zones[p] = INDIA if p in west_bengal else DHAKA
    return zones


_PLACE_ZONE = _place_zones()
_ZONE_BEFORE = LazyPattern(lambda: rf"{_B}(?P<zone>{_ZONES})\s+$")
# A site's stamp label just before a date (`প্রকাশ : ৯ মার্চ ২০২৫ রাত ১২টা ২০
# মিনিট`): the time after it is the stamp's, as `parse_date` reads it.
_STAMP_LABEL_BEFORE = LazyPattern(
    lambda: rf"{_B}(?:{_alt(cw.PUBLISHED_LABELS + cw.UPDATED_LABELS)})\s*(?:[:ঃ]+\s*[-–]?|[-–])?\s*$")
# (English places are keyed in lower case: `London`, `New York`.)
# (Not a country's adjective: `ভারতীয় দূতাবাস`, `চীনা`, `জাপানি` name no place of the event.)
_PLACE_BEFORE = LazyPattern(lambda: rf"{_B}(?P<p>{_alt(list(_PLACE_ZONE))})(?!ীয়|ীয\u09bc|ি|ী|া)", re.IGNORECASE)
# A place's clock set beside another's (`নিউইয়র্কে যখন বেলা ১২টা, ঢাকায় তখন
# রাত ১১টা`, formats.md §3): the time is the place's.
_PLACE_WHEN = LazyPattern(
    lambda: rf"{_B}(?P<p>{_alt([p for p in _PLACE_ZONE if not p.isascii()])})(?:ে|য়|য\u09bc|তে|এ)\s+(?:যখন|তখন)\s+$")
_TIME = re.compile(
    rf"(?:{_B}(?P<zone>{_ZONES})\s+)?"
    rf"(?:{_B}(?P<night>দিবাগত রাত|দিনগত রাত)(?:ে)?\s+|{_B}(?P<part>{_PARTS})(?:ে)?\s*"
    rf"|{_B}(?P<prayer>{_alt(list(_PRAYER))})(?:\s+(?:সময়\s+)?(?:শুরু|শেষ))?(?:\s?[:ঃ\-–])?\s+)?"
    rf"(?:"
    rf"(?P<ch>{_D}{{1,2}})\s?[:ঃ]\s?(?P<cm>{_D}{{2}})(?:\s?[:ঃ]\s?(?P<cs>{_D}{{2}}))?(?!{_D})"
    rf"(?:\s?(?P<ampm>এএম|পিএম|এ\.এম\.?|পি\.এম\.?|AM|PM|am|pm|[aA]\.[mM]\.|[pP]\.[mM]\.)(?![A-Za-z]))?"
    rf"|(?P<dh>{_D}{{1,2}})\.(?P<dm>{_D}{{2}})(?!{_D})"
    rf"|{_B}(?P<frac>সাড়ে|সোয়া|সওয়া|পৌনে)\s?{_hour(1)}\s?['’]?{_ta(1)}"
    rf"|{_B}(?P<dd2>দেড়|আড়াই)(?P<ta3>টা(?:য়|র)?|টে)"
    rf"|{_B}{_hour(2)}\s?['’]?{_ta(2)}(?:\s(?:বেজে\s)?(?P<mn>{_D}{{1,2}}|{_HOURWORD}|{_alt([w for w, n in _NUMWORD.items() if n < 60])})\s?(?:মিনিট(?:ে|ের)?|মি\.))?"
    rf")"
    rf"(?:\s?(?P<after>{_PARTS}){_E})?"
    rf"(?:\s?(?:মিনিট(?:ে|ের)?|ঘটিকা(?:য়)?|(?<=[0-9০-৯])টা(?:য়|র)?))?"  # (`১০.১৫টায়`, `১০:১৫টার দিকে`)
    rf"(?P<around>\s?(?:এর|র)?\s?দিকে|\s?নাগাদ|\sবাজে(?=\s*(?:[।,.!?;:)\n]|$))|\sবাজছে|\sবাজল|\sবাজলো)?")
# (`তখন ১০টা বাজে।`; বাজে before a noun is "bad": `৫টা বাজে অভ্যাস`)

# An English hour with no minutes (`3pm`, `11 a.m.`), looked for only where
# the text holds an `am` or a `pm`.
_EN_HOUR = re.compile(r"(?<![0-9.:,])(?P<eh>[0-9]{1,2})\s?(?P<eap>am|pm|AM|PM|[aA]\.[mM]\.|[pP]\.[mM]\.)(?![A-Za-z])")
# `at noon`, `12 noon`, `midday`, `at midnight`: English hours by name.
_EN_NOON = re.compile(r"(?<![A-Za-z0-9])(?:12\s?)?(?P<w>[Nn]oon|[Mm]idday|[Mm]idnight)(?![A-Za-z])")
# A span of English hours, the second with its am or pm (`2-5pm`, `10am to
# 4pm`, `between 2 and 5 pm`, `from 10:00am to 4:00pm`).
_EN_AP = r"(?:am|pm|AM|PM|[aA]\.[mM]\.|[pP]\.[mM]\.)"
# The end of a span of English hours: a digit and its am or pm.
_EN_AP_END = re.compile(r"[0-9]\s?(?:am|pm|AM|PM|[aA]\.[mM]\.|[pP]\.[mM]\.)(?![A-Za-z])")
_EN_HOUR_SPAN = re.compile(
    rf"(?<![0-9.:,])(?:(?P<btw>[Bb]etween)\s+)?(?P<h1>[0-9]{{1,2}})(?::(?P<m1>[0-5][0-9]))?\s?(?P<ap1>{_EN_AP})?"
    rf"\s?(?P<j>-|–|to|and|until|till)\s?(?P<h2>[0-9]{{1,2}})(?::(?P<m2>[0-5][0-9]))?\s?(?P<ap2>{_EN_AP})(?![A-Za-z])")
# `প্রথম প্রহরে`: the first watch of the night, in news the minute after
# midnight (`একুশের প্রথম প্রহরে` = 00:01, bangla.md §8).
_FIRST_WATCH = re.compile(rf"{_B}প্রথম প্রহরে?{_E}")
# `মধ্যরাতে`, `মাঝরাতে` with no clock: midnight, 00:00 as `at midnight` is
# (bangla.md §4.1); a clock after it is _TIME's (`মধ্যরাত ১২টা ১০ মিনিটে`).
_BN_MIDNIGHT = re.compile(
    rf"{_B}(?:(?:দিবাগত|দিনগত)\s+)?(?:মধ্যরাত|মাঝরাত)(?:ে|ের|েই)?{_E}(?!\s*(?:{_D}|সাড়ে|সোয়া|পৌনে|দেড়|আড়াই))")
_EKUSHE_BEFORE = re.compile(rf"{_B}একুশের\s+$")
# Years known by name (bangla.md §8): একাত্তর/বায়ান্ন with a case ending
# (`একাত্তরের মুক্তিযুদ্ধ`; bare `একাত্তর` may count 71 things), and
# two-digit years after an apostrophe (`'৭১`, `’২৪-এর`).
_NAMED_YEAR = re.compile(
    rf"{_B}(?P<w>{_alt(list(cw.NAMED_YEARS))})(?:ের|এর|র|এ|ে|তে){_E}(?!\s+(?:{_alt(nlx.MORE_THAN + nlx.LESS_THAN)}))"
    rf"|(?<![\w'’‘])['’‘](?P<yy>{_D}{{2}})(?!{_D}|[.,]{_D})(?:-?(?:এর|র|এ|ে|তে|ের))?(?:\s?সালে?র?)?{_E}")
_NAMED_YEARS = cw.NAMED_YEARS
# A year of two digits before সাল (`৭৫ সালে`, `৯৮ সালের বন্যা`): a count of
# years is said with বছর, so সাল after two digits names a year.
_SHORT_SAL_YEAR = re.compile(rf"(?<![0-9০-৯'’‘/.:,\-–])(?P<yy>{_D}{{2}})\s?সাল(?:ের|ে)?(?:ই|ও)?{_E}")
# A year said in hundreds (bangla.md §8: উনিশশো একাত্তর = 1971) with a case
# ending and no সাল (with it the number reader reads it): `উনিশশো একাত্তরে`,
# `উনিশ শ একাত্তরের ২৫ মার্চ`. (A count is said in thousands: এক হাজার নয়শ
# একাত্তর; a decade, `উনিশশো নব্বইয়ের দশকে`, is read as one.)
_SPOKEN_CENTURY = {w: n for w, n in _NUMWORD.items() if 17 <= n <= 19}  # সতেরো, আঠারো, আঠেরো, উনিশ, ঊনিশ …
_SPOKEN_YEAR = LazyPattern(lambda: rf"{_B}(?P<c>{_alt(list(_SPOKEN_CENTURY))})\s?(?:শো|শ'|শ’|শ)\s+"
                           rf"(?P<n>{_alt([w for w, n in _NUMWORD.items() if 1 <= n <= 99])})"
                           rf"(?:য়ের|য়ে|য়|ের|এর|র|এ|ে|তে){_E}(?!\s?দশক)")
# Years named by the uprisings and movements of BD discourse (bangla.md §8):
# only before the event's name, since `চব্বিশের` alone is "of twenty-four".
_EVENT_YEAR = re.compile(
    rf"{_B}(?P<w>{_alt(list(cw.EVENT_YEARS))})(?:য়ের|ের|এর|র){_E}"
    rf"(?=\s+(?:{_alt(cw.EVENT_WORDS)}|(?:{_D}{{1,2}}\s?(?:লা|রা|ঠা|ই|শে)?\s)?(?:{_alt(_cased(_MONTH))})))")
# (and before a month or a day of one: `চব্বিশের ডিসেম্বরে` = 2024-12, `নব্বইয়ের ৬ ডিসেম্বর`)
_DIGIT_EVENT_YEAR = re.compile(
    rf"(?<![0-9০-৯'’‘/.:,-])(?:(?P<yyyy>(?:১৯|২০|19|20){_D}{{2}})[-\s]?|(?P<yy>{_D}{{2}})-?)(?:এর|র|এ|ে|ের){_E}"
    rf"(?=\s+(?:{_alt(cw.DIGIT_EVENT_WORDS)}|{_MON}))")
# A year glued to an event's name by a hyphen: `বাণিজ্য মেলা-২০২৬`, `বিপিএল-২০২৬`,
# `এসএসসি-২০২৫` (not a constituency's number, `ঢাকা-১৭`, nor a span, `২০২৪-২৫`).
_HYPHEN_YEAR = re.compile(
    rf"(?<=[\u0980-\u09e5\u09f0-\u09ffA-Za-z])[-–](?P<y>(?:১৯|২০|19|20){_D}{{2}})(?!{_D}|[-–/.]{_D})")
# Years in parentheses, a term's or a life's span: `(১৯৯৪-২০০০)`, `(1921–2011)`.
_PAREN_YEARS = re.compile(
    rf"\((?P<y1>(?:১৯|২০|19|20){_D}{{2}})\s?[-–]\s?(?P<y2>(?:১৯|২০|19|20){_D}{{2}})\)")
_MONTH_AFTER = re.compile(rf"\s+{_MON}")
# Reference points with no date (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF).
_REF_POINT = re.compile(rf"{_B}(?P<w>{_alt([w for ws in cw.REF_POINTS.values() for w in ws])}){_E}")
_REF_POINT_OF = {w: k for k, ws in cw.REF_POINTS.items() for w in nfc(ws)}
# The part of a period named after it: `নভেম্বরের শেষ সপ্তাহে`, `চলতি মাসের শুরুতে`.
_PERIOD_PARTS = _alt([w for ws in cw.PERIOD_PARTS.values() for w in ws])
_MOD_AFTER = re.compile(rf"\s+(?P<w>{_PERIOD_PARTS})(?:ই)?{_E}")  # (the clitic -ই: `শেষেই`, `শুরুতেই`)
_MOD_OF = {w: k for k, ws in cw.PERIOD_PARTS.items() for w in nfc(ws)}
# The part of the day after a date (`বৃহস্পতিবার সকালে`, `গতকাল রাতের দিকে`,
# `Tuesday night`): only a day part with no clock after it is left by then.
# `সকাল-সন্ধ্যা হরতাল` (dawn to dusk) names no one part.
_DAY_PART_OF = {w: k for k, ws in cw.DAY_PART_NAMES.items() for w in nfc(ws)}
_DAY_PART_AFTER = re.compile(
    rf"\s+(?P<w>{_alt(_cased(_DAY_PART_OF))})(?:ের দিকে|র দিকে|য়ের দিকে|বেলায়|ের|য়|র|ে|েই){{0,1}}{_E}(?![-–])")
# মার্চ is also a march (`লং মার্চ`, bangla.md §2.1): alone it is a month only
# with the part of it named after it (`মার্চের শেষে`, `মার্চের প্রথম সপ্তাহে`).
_G_MARCH_PART = re.compile(rf"(?<!লং )(?<!রোড ){_B}(?P<mon>মার্চ)(?:ের|এর|-এর)(?=\s+(?:{_PERIOD_PARTS}){_E})")
# `মাসের শেষে`, `বছরের শুরুতে` with no month or year named: the reference's.
# The first or last day of a period named before it (`ডিসেম্বরের শেষ দিনে`,
# `পৌষের শেষ দিন`, `রমজানের প্রথম দিনে`, `বছরের প্রথম দিনে`).
_FIRST_LAST_DAY = re.compile(rf"\s+(?P<fl>প্রথম|শেষ)\s?দিন(?:টিতে|টি|টা|েই|ে)?{_E}")
# A year's second week is its start, not its middle: these parts are a month's only.
_MONTH_ONLY_PART = re.compile(rf"\s+(?:{_alt(cw.MONTH_ONLY_PARTS)})")
# (and before some of its months or days: `বছরের প্রথম ছয় মাসে`, `মাসের প্রথম দুই সপ্তাহে`)
_BARE_PERIOD = re.compile(rf"{_B}(?P<unit>মাসের|বছরের)(?=\s+(?:{_PERIOD_PARTS})(?:ই)?{_E}|{_FIRST_LAST_DAY.pattern}"
                          rf"|\s+(?:প্রথম|শেষ)\s+\S+\s?(?:মাস|সপ্তাহ|দিন)|\s+(?:প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|শেষ)\s+"
                          rf"(?:প্রান্তিক|ত্রৈমাসিক))")
# `বছর শেষে`, `মাসশেষে` (at the year's or month's end): the reference's, with `END`.
_BARE_PERIOD_END = re.compile(rf"(?<![0-9০-৯]\s)(?<![0-9০-৯]){_B}(?P<unit>মাস|বছর)\s?শেষে(?:ই)?{_E}")

# Weekdays, relative words and units.
# English relative words before a weekday, as their Bangla equivalents.
_EN_REL = {"today": "আজ", "Today": "আজ", "yesterday": "গতকাল", "Yesterday": "গতকাল", "tomorrow": "আগামীকাল",
           "Tomorrow": "আগামীকাল", "last": "গত", "Last": "গত", "next": "আগামী", "Next": "আগামী",
           "this": "এই", "This": "এই", "current": "এই", "Current": "এই", "coming": "আগামী",
           # the formal (সাধু) day words of notices
           "অদ্য": "আজ", "গতকল্য": "গতকাল", "আগামীকল্য": "আগামীকাল"}
_EN_UNIT = {"week": "সপ্তাহ", "month": "মাস", "year": "বছর", "weekend": "সপ্তাহান্ত"}
_EN_REL_UNIT = re.compile(r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|(?<=the )(?:[Cc]urrent|coming))\s+(?P<unit>week|month|year|weekend)\b")
# `by the end of the year`: the current year or month, read only after a part of it.
_EN_OF_THE_UNIT = re.compile(r"(?:(?<=end of )|(?<=beginning of )|(?<=start of )|(?<=middle of ))"
                             r"the (?P<unit>year|month)\b(?!-)")
# `গত সপ্তাহান্তে`, `last weekend`: the weekend of a week (TimeML's `2025-W47-WE`).
_WEEKEND = re.compile(rf"{_B}(?P<rel>গত|বিগত|গেল|এই|এ|চলতি|আগামী|সামনের|আসছে)\s+সপ্তাহান্ত(?:ে|ের|েই)?{_E}")
# `over the past decade`, `in the last decade`: the ten years before the reference.
_EN_PAST_DECADE = re.compile(r"\b(?:the\s+)?(?:past|last|next|coming)\s+(?:decade|(?P<n>two|three|few)\s+decades)\b(?!\s+of\b)")
_WEEKDAY_EXPR = re.compile(
    rf"(?:{_B}(?P<rel>গত|বিগত|গেল|আগামী|সামনের|আসছে|চলতি|এই|আসন্ন|আজ|গতকাল|আগামীকাল|প্রতি|{_alt(list(_EN_REL))})"
    rf"(?:\s*,?\s+|\s*(?P<paren>\()\s*))?"
    rf"{_B}(?P<wd>{_WD})(?(paren)\s*\))")  # `আজ (সোমবার)`: the day's name in parentheses
# A weekday's stem before another weekday, sharing its বার (`শুক্র ও শনিবার`,
# `সোম ও মঙ্গলবার`, `গত শুক্র ও শনিবার`): the day before it in the same week.
_WD_STEMS = {w[:-3]: n for w, n in _WEEKDAY.items() if w.endswith(nfc(["বার"])[0]) and len(w) > 4}
_WD_PAIR_BEFORE = re.compile(rf"(?:{_B}(?P<rel>গত|বিগত|গেল|আগামী|সামনের|আসছে|চলতি|এই|আসন্ন)\s+)?"
                             rf"{_B}(?P<s>{_alt(list(_WD_STEMS))})\s*(?:ও|এবং|আর|,|-|–)\s*$")
# `গত সপ্তাহের বৃহস্পতিবার`: a day of a named week (ISO weeks, as the week values).
_WEEK_WEEKDAY = re.compile(rf"{_B}(?P<wk>গত|বিগত|গেল|আগামী|সামনের|পরের|চলতি|এই)\s+সপ্তাহের\s+(?P<wd>{_WD})")
# `on Tuesday last week`, `Monday next week`: the day of that ISO week.
_EN_WEEKDAY_WEEK = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<wk>last|next|this)\s+week\b")
_DAY_WORDS = re.compile(
    rf"{_B}(?:(?P<gp>গত\s+পরশু|আগামী\s+পরশু|[Tt]he day (?:before yesterday|after tomorrow))|(?P<gr>গত)(?=\s+রাত\s?[0-9০-৯])|(?P<w>{_alt(cw.TODAY + cw.YESTERDAY + cw.TOMORROW + cw.PARASHU + cw.KAL)})){_E}")


def _with_capitals(words: list[str]) -> list[str]:
    return words + [w[0].upper() + w[1:] for w in words if w.isascii()]


# A day told by reference to an earlier date (`এদিন`, `পরদিন`, `the next day`).
_ANAPHOR_STEP = {w: step for step, ws in ((0, cw.SAME_DAY), (1, cw.NEXT_DAY), (-1, cw.PREV_DAY))
                 for w in nfc(_with_capitals(ws))}
_ANAPHOR = LazyPattern(lambda: rf"{_B}(?P<w>{_alt(list(_ANAPHOR_STEP))})(?:ের|েই|ে|ই|ও)?{_E}")
# `আগের কার্যদিবসে`, `গত কার্যদিবসে`, `the previous trading day`: one working
# day from the day told before, or from the reference.
_WORKING_DAY_STEP = {w: (how, step) for how, steps in cw.WORKING_DAY_REL.items()
                     for step, ws in steps.items() for w in nfc(_with_capitals(ws))}
_WORKING_DAY = LazyPattern(lambda: (
    rf"{_B}(?P<rel>{_alt(list(_WORKING_DAY_STEP))})\s+(?:{_alt(nfc(cw.WORKING_DAY))}(?:েরও|েই|ের|ে|ও)?"
    rf"|{_alt(cw.WORKING_DAY_EN)}s?){_E}"))
# `পরদিন শুক্রবার`, `এদিন (শুক্রবার)`, `পরদিন অর্থাৎ ১ এপ্রিল`: the anaphor
# with its day's name or date.
_ANAPHOR_JOIN = re.compile(r"[\s,]*(?:অর্থাৎ\s*|i\.e\.,?\s*)?\(?\s*")
# A noun in the genitive right before `আগের দিন` or `পরদিন` names the event it counts from.
_GENITIVE_BEFORE = re.compile(r"[\u0980-\u09ff]+(?:ের|র)\s+$")
# A noun in the genitive right before a count: the event it counts from
# (`স্বাধীনতার ৫০ বছর পর`). Stricter than the above: the genitive -র follows a
# vowel sign (not `আর`, `মাত্র`, `ওপর`), and pronouns are objects, not events
# (`তাদের তিন দিন আগে আটক করা হয়`).
_EVENT_GENITIVE = re.compile(r"[\u0980-\u09ff]*[\u09be-\u09cc]র\s+$")
_PRONOUNS = frozenset(nfc(cw.GENITIVE_PRONOUNS))
_WORD_NEXT = re.compile(r" [A-Za-z0-9]")
# What follows a short English day name that is a day: a date or a clock.
_SHORT_WD_CONTEXT = re.compile(r"\.?,?\s*(?:[0-9]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_OUTLET_AFTER_TODAY = tuple(nfc([" পত্রিকা"]))
_SE = nfc(["সে"])[0]
_CORRELATIVE = LazyPattern(lambda: rf"{_B}(?:যেদিন|যে দিন|যেই দিন)[^।?!]*$")
# (also written solid: `গতবছর`, `এবছর`, `আগামীমাসে`)
_REL_UNIT = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s*(?P<unit>সপ্তাহ|মাস|বছর|বছরের|সপ্তাহের|মাসের|দশক|শতক"
    rf"|শতাব্দী)(?:ে|েই|ের|ই|ও|তে|র)?{_E}")
# The month or year after or before one the text told (`২০১৮ সালে … পরের
# বছর`, `জুলাইয়ে … পরের মাসে`, `the following year`): an anaphor, as পরদিন is.
_NARRATIVE_NEXT = tuple(nfc(["পরের", "পরবর্তী"]))
_PERIOD_ANAPHOR = re.compile(
    rf"{_B}(?:(?:তার|এর)\s+)?(?P<rel>আগের|পূর্ববর্তী|ওই|সেই|একই)\s+(?P<unit>মাস|বছর|সপ্তাহ)(?:ে|েই|ের|ই|ও)?{_E}"
    r"|\b[Tt]he\s+(?P<en>following|previous|same)\s+(?P<enunit>year|month|week)\b")
_PERIOD_ANAPHOR_HINTS = tuple(nfc(["আগের বছর", "আগের মাস", "পূর্ববর্তী বছর", "পূর্ববর্তী মাস", "ওই বছর", "ওই মাস",
                                   "সেই বছর", "সেই মাস", "একই বছর", "একই মাস", "আগের সপ্তাহ", "পূর্ববর্তী সপ্তাহ",
                                   "ওই সপ্তাহ", "সেই সপ্তাহ", "একই সপ্তাহ"])) + (
    "following year", "following month", "previous year", "previous month", "same year", "same month",
    "following week", "previous week", "same week")
_REL_BEFORE = re.compile(rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+$")
_REL_MONTH = re.compile(rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
_REL_YEAR_MONTH = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+বছরের\s+{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
# Before or after the reference: `আগে` (ago), `পরে` (later).
_DIR = "আগের|আগে|আগেই|পূর্বের|পূর্বে|পরে|পর|ago"  # `৫২ বছর আগের লড়াই`: of 52 years ago
# A vague count of a unit, glued or not: `কয়েক দিন আগে`, `কিছুদিন পর`,
# `গত কয়েক বছরে`, `দীর্ঘদিন ধরে`.
_VAGUE_SPAN = re.compile(
    rf"(?:{_B}(?P<past>গত|বিগত)\s+)?{_B}(?:{_alt(cw.VAGUE_COUNTS)}|ক(?=দিন))\s?"
    rf"(?P<unit>দিন|সপ্তাহ|মাস|বছর|ঘণ্টা|ঘন্টা|মিনিট|দশক)(?:ের|ে|েই|ও)?{_E}"
    rf"(?:\s+(?P<dir>{_DIR}|ধরে|যাবত|যাবৎ|সময়|মধ্যে){_E})?")  # (`কয়েক দিন সময় লাগবে`, `কয়েক মাসের মধ্যে`)
# `দিনব্যাপী কর্মশালা`, `মাসব্যাপী মেলা` with no count before: one unit long
# (after a count, `তিন দিনব্যাপী`, the number reader reads it).
_ONE_UNIT_LONG = re.compile(
    rf"(?<![0-9০-৯]\s)(?<![0-9০-৯]){_B}(?P<w>{_alt(list(cw.UNITS_LASTING.values()))}){_E}")
# Half an hour glued: `আধঘণ্টা`, `আধাঘণ্টার` (spaced, `আধা ঘণ্টা` is the number reader's).
_HALF_HOUR = re.compile(rf"{_B}আধা?(?:ঘণ্টা|ঘন্টা)(?:র|য়|ে)?{_E}")
_ONE_UNIT_OF = {nfc([w])[0]: u for u, w in cw.UNITS_LASTING.items()}
_VAGUE_UNIT = {"দিন": "PXD", "সপ্তাহ": "PXW", "মাস": "PXM", "বছর": "PXY", "ঘণ্টা": "PTXH",
               "ঘন্টা": "PTXH", "মিনিট": "PTXM", "দশক": "PXDE", "যুগ": "PXY",
               "days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY", "hours": "PTXH", "decades": "PXDE"}
# A unit said twice, an unknown count of it: `বছরের পর বছর`, `দিনের পর দিন`, `যুগ যুগ ধরে`;
# and English's `for years`, `over the past few months`.
_REPEATED_UNIT = re.compile(
    rf"{_B}(?:(?P<unit>দিন|সপ্তাহ|মাস|বছর)(?:ের)?\s+পর\s+(?P=unit)|(?P<yug>যুগ)\s+যুগ)(?:\s+(?:ধরে|যাবত|যাবৎ))?{_E}")
_EN_VAGUE_SPAN = re.compile(
    r"\b(?:[Ff]or(?: (?:several|a few|many|some))?|[Ww]ithin (?:a few|several)"
    r"|(?:[Oo]ver|[Ii]n) the (?:past|last) (?:few|several))\s+"
    r"(?P<unit>days|weeks|months|years|hours|decades)\b(?! (?:of|old|ago)\b)")
# `a few days ago`, `several weeks later`: some units before or after (TimeML's references).
_EN_VAGUE_REL = re.compile(r"\b(?:" + "|".join(cw.VAGUE_COUNTS_EN) + r")\s+(?P<unit>days|weeks|months|years|hours|decades)"
                           r"\s+(?P<dir>ago|earlier|later|from now)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(  # `১০ দিন`, `১০দিন`, `seven-day`
    rf"(?:\s|-(?=[a-z]))?(?P<unit>{_alt(_UNIT)}){_E}(?:\s+(?P<dir>{_DIR}){_E}|\s+(?P<dhore>ধরে|যাবত|যাবৎ){_E})?")
_UNIT_BEFORE = re.compile(rf"{_B}(?P<unit>{_alt(_UNIT)})\s+$")
_DIR_AFTER = re.compile(rf"\s+(?P<dir>{_DIR}){_E}")
# A minute of a football match (`৪২ মিনিটে গোল`), not a span of time.
_MATCH_MINUTE = re.compile("মিনিটে$|মিনিটের$")
_MATCH_BEFORE = tuple(nfc(["ম্যাচের ", "খেলার ", "খেলা শেষের "]))
_MATCH_AFTER = LazyPattern(lambda: "|".join(nfc(["গোল", "পেনাল্টি", "হেডে", "লাল কার্ড", "হলুদ কার্ড", "সমতা",
                                                   "ফ্রি কিক", "কর্নার", "অফসাইড"])))
_ABOUT_ONE_UNIT = re.compile(
    rf"{_B}(?P<unit>বছর|মাস|সপ্তাহ|দিন|ঘণ্টা|ঘন্টা|মিনিট) ?খানেক(?:ের|ে)?{_E}"
    rf"(?:\s+(?P<dir>{_DIR}){_E})?")
# A small count glued to its unit: `দুদিন আগে`, `তিনদিনের`, `সাতদিন ধরে`.
_GLUED_COUNT = {w: n for w, n in _NUMWORD.items() if 2 <= n <= 10 and len(w) > 1}
# (No lookbehind: the scan then skips fast to the count's first letter; the
# word's start is checked in code.)
_GLUED_COUNT_UNIT = re.compile(
    rf"(?P<n>{_alt(list(_GLUED_COUNT))})['’]?(?P<unit>দিন|সপ্তাহ|মাস|বছর)(?:ের|ে|ব্যাপী)?{_E}"
    rf"(?:\s+(?P<dir>{_DIR}){_E}|\s+(?P<dhore>ধরে|যাবত|যাবৎ){_E})?")
# The era after a year (bangla.md §2.3): `১৯৪৭ খ্রিস্টাব্দে`, `২০২২খ্রি.`, `২০২৪ ইং`,
# and before Christ: `৩২৭ খ্রিস্টপূর্বাব্দে`, `৫০০ খ্রি.পূ.`, `খ্রিস্টপূর্ব ৩২৭ সালে`.
# (A case ending only after a word: `খ্রিস্টাব্দের`; `খ্রি` only before a non-letter, not `খ্রি.পূ.`.)
_AD = "|".join(rf"{re.escape(w)}(?:ের|ে)?" if w[-1] not in ".ঃ:" else re.escape(w)
               for w in sorted(nfc(cw.GREGORIAN_ERA), key=len, reverse=True)).replace("খ্রি(?:ের|ে)?", "খ্রি(?![.ঃ])")
_BC = "|".join(rf"{re.escape(w)}(?:ের|ে)?" if w[-1] not in ".ঃ" else re.escape(w)
               for w in sorted(nfc(cw.BC_ERA), key=len, reverse=True))
_BC_AFTER = re.compile(rf"\s?(?:{_BC}){_E}")
_BC_BEFORE = re.compile(rf"(?:{_alt([w for w in cw.BC_ERA if w[-1] not in '.ঃ'])})\s$")
_GLUED_ERA = re.compile(rf"(?:{_AD}|সালের|সালে|সাল)$")
_AFTER_YEAR_DATE = re.compile(
    rf"\s+(?:(?P<dd2>{_D}{{1,2}})(?:\s?(?:লা|রা|ঠা|ই|শে))?\s?)?{_MON}(?:\s?মাস(?:ে|ের|েই)?{_E})?")
_YEAR_AFTER = re.compile(rf"\s?(?:(?:সালের|সালে|সাল|সনের|সনে|সন)(?:ই|ও)?|সালটি|{_AD}){_E}")
_FISCAL = re.compile(
    rf"(?<!{_D})(?P<y1>{_D}{{4}})\s?[-–/]\s?(?P<y2>{_D}{{2}}|{_D}{{4}})(?!{_D})\s?(?P<w>অর্থ\s?বছর|অর্থবছর|অর্থবর্ষ|আর্থিক\s?বছর|বাজেট)"
    rf"(?:ে|ের)?{_E}")
# The word first, as a report's heading or a table puts it (`অর্থবছর ২০২৪-২৫`);
# a budget is its fiscal year's (`বাজেট ২০২৪-২৫`, `২০২৪-২৫ বাজেটে`). (Looked
# for only where the words are.)
_FISCAL_WORD_FIRST = re.compile(
    rf"{_B}(?P<w>অর্থ\s?বছর|অর্থবছর|অর্থবর্ষ|আর্থিক\s?বছর|বাজেট)\s?:?\s?(?P<y1>{_D}{{4}})\s?[-–/]\s?"
    rf"(?P<y2>{_D}{{2}}|{_D}{{4}})(?!{_D})(?:-এ|-এর|-র|এ|ে|ের)?{_E}")
# India's fiscal year runs April-March: West Bengal pages call it অর্থবর্ষ.
# (`আর্থিক বছর` is Bangladeshi companies' word too: it follows the page.)
_INDIAN_FISCAL_WORDS = ("অর্থবর্ষ",)
# English pages: `2024-25 fiscal year`, `fiscal year 2024-25`, `FY2024-25`, `FY25` (July-June).
# English halves and quarters of a year: `the first half of 2026`, `the third
# quarter of this year`, `Q3 2025`, `2025 Q3`, `H1 2026`.
_EN_OF_YEAR = (r"(?:(?:the\s+)?(?:FY\s?(?P<fa>[0-9]{4})\s?[-–/]\s?[0-9]{2,4}|(?P<fb>[0-9]{4})\s?[-–/]\s?[0-9]{2,4}"
               r"\s+(?:fiscal|financial)\s+year|FY\s?'?(?P<fc>[0-9]{2}))(?![0-9])"
               r"|(?:the\s+)?(?P<frel>this|last|next|current|previous|outgoing|ongoing|running)\s+(?:fiscal|financial)"
               r"\s+year\b"
               r"|(?P<y>(?:19|20)[0-9]{2})(?![0-9])|(?:the\s+)?(?P<rel>this|last|next|current|previous)\s+year\b"
               r"|(?P<the>the)\s+year\b)")
_EN_PART_OF_YEAR = re.compile(
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?P<u>half|quarter)\s+of\s+"
    + _EN_OF_YEAR)
# `the first 10 months of this year`, `the first nine months of 2025`: months
# counted from the year's start (or back from its end), as `চলতি বছরের প্রথম ১০ মাসে`.
EN_COUNT = {w: n for n, ws in nlx.LATIN_UNITS.items() if 2 <= n <= 11 for w in ws}
_EN_MONTHS_OF_YEAR = re.compile(
    r"\b(?:the\s+)?(?P<fl>first|last|past)\s+(?P<k>[0-9]{1,2}|" + "|".join(EN_COUNT) + ")"
    r"\s+months\s+of\s+" + _EN_OF_YEAR)
_EN_QUARTER = re.compile(
    r"\b(?P<qh>[QH])(?P<qn>[1-4])\s?,?\s?(?P<qy>(?:19|20)[0-9]{2})\b"
    r"|\b(?P<yq>(?:19|20)[0-9]{2})\s?(?P<qh2>[QH])(?P<qn2>[1-4])\b")
_QUARTER_HINT = re.compile(r"[QH][1-4]")
_FISCAL_EN = re.compile(
    r"(?<![0-9])(?P<y1>[0-9]{4})\s?[-–/]\s?(?P<y2>[0-9]{2}|[0-9]{4})(?![0-9])\s+(?:fiscal|financial)\s+years?\b"
    r"|\b(?:[Ff]iscal|[Ff]inancial)(?:\s+[Yy]ear)?\s+(?P<a1>[0-9]{4})\s?[-–/]\s?(?P<a2>[0-9]{2}|[0-9]{4})(?![0-9])"
    r"|\bFY\s?(?P<b1>[0-9]{4})\s?[-–/]\s?(?P<b2>[0-9]{2}|[0-9]{4})(?![0-9])"
    r"|\bFY\s?'?(?P<fy>[0-9]{2})\b|\bFY\s?(?P<fy4>(?:19|20)[0-9]{2})\b(?!\s?[-–/]\s?[0-9])")
# `last fiscal year`, `the current fiscal year`, `next financial year`; `the previous fiscal year` counts
# from one told before it.
_EN_REL_FISCAL = re.compile(r"\b(?P<rel>last|current|next|this|previous|outgoing|coming|upcoming|ongoing|running)"
                            r"\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE)
_DECADE = re.compile(
    rf"(?:(?<!{_D})(?P<dn>{_D}{{2,4}})(?:[-‑]?(?:এর|য়ের|ের|র)?|\sএর)|{_B}(?P<wn>[\u0980-\u09ff]+?)(?:য়ের|ের|এর|র))"
    rf"\s?দশক(?:ে|ের)?{_E}")
# The century a spoken decade is of, just before it (`গত শতাব্দীর আশির দশকে`
# = 198, `উনিশ শতকের ষাটের দশকে` = 186).
_CENTURY_OF = re.compile(
    rf"(?:{_B}(?P<rel>গত|বিগত|চলতি|এই|এ|বর্তমান)\s+|(?<!{_D})(?P<cn>{_D}{{1,2}})(?:তম|শ)?\s?"
    rf"|{_B}(?P<cw>{_alt(list(_ORDWORD) + list(_NUMWORD))})\s?)(?:শতাব্দী|শতক)(?:র|ের)\s+$")
# English centuries: `the 21st century`, `the twenty-first century` (TimeML 20),
# `the last century`, `this century`, from the reference.
_EN_ORD_WORD = {w: n for n, ws in nlx.LATIN_ORDINALS.items() for w in ws}
_EN_CENTURY = re.compile(
    r"\b(?:(?P<n>[0-9]{1,2})(?:st|nd|rd|th)|(?P<w>" + "|".join(sorted(_EN_ORD_WORD, key=len, reverse=True))
    + r")|(?P<rel>last|previous|this|current|next|past))[\s-]+century\b", re.IGNORECASE)
_CENTURY = re.compile(
    rf"(?:(?<!{_D})(?P<cn>{_D}{{1,2}})(?:তম|শ)?|{_B}(?P<cw>{_alt(list(_ORDWORD) + list(_NUMWORD))}))"
    rf"\s?(?:শতাব্দী|শতক)(?:র|ের|তে|ে)?{_E}")

# A count's bound as TimeML's mod of the duration (`১০ দিনের বেশি` is MORE_THAN P10D).
_BOUND_MOD = {">": "MORE_THAN", "<": "LESS_THAN", ">=": "EQUAL_OR_MORE", "<=": "EQUAL_OR_LESS"}
_UNIT_INSIDE = re.compile(rf"(?<=\s)(?:{_alt(_UNIT)}){_E}")
# (`was scheduled to conclude on Friday night`: a plan told in the past.)
_EN_AHEAD = re.compile(r"\b(?<!was )(?<!were )(?:will|would|shall|next|scheduled|is set to|are set to|is to|are to"
                       r"|to be held|expected to|likely to|plans? to)\b"
                       r"[^.!?]*$", re.IGNORECASE)
_REL_FISCAL = re.compile(
    rf"{_B}(?P<rel>{_alt(cw.PAST + cw.NEXT + cw.THIS)})\s+(?P<w>অর্থ\s?বছর|অর্থবর্ষ|আর্থিক\s?বছর)(?:ে|ের|েই)?{_E}")
# `গত প্রান্তিকে`, `চলতি প্রান্তিকে`, `সদ্য সমাপ্ত প্রান্তিকে`: a quarter counted from the
# reference's (fiscal quarters, July-June or April-March, are calendar quarters
# too). Not `পরের`/`পরবর্তী`, which count from a quarter told before them.
_REL_QUARTER = re.compile(
    rf"{_B}(?P<rel>{_alt(_REL_FROM_REF)}|বিদায়ী"
    rf"|সদ্য\s?সমাপ্ত)\s+(?:প্রান্তিক|ত্রৈমাসিক|কোয়ার্টার)(?:ে|ের|েই|টিতে|টির)?{_E}")
# English: `last quarter`, `this quarter`, `next quarter` (not `the last quarter of
# 2024`, read with the year, nor `the previous quarter`, counted from the one told).
_EN_REL_QUARTER = re.compile(r"\b(?P<rel>last|past|this|current|next|coming|upcoming)\s+quarter\b"
                             r"(?!\s+(?:of|century)\b|-)", re.IGNORECASE)
# `বিদায়ী বছরে`, `বিদায়ী সপ্তাহে`, `বিদায়ী অর্থবছরে`: the year, week or fiscal year
# that is ending or has just ended (a year-end review, a weekly market report).
_OUTGOING = re.compile(rf"{_B}বিদায়ী\s+(?P<u>বছর|সপ্তাহ|অর্থ\s?বছর)(?:ে|ের|েই|টি|টিতে|টির)?{_E}")
# `আগের অর্থবছরে`, `তার পরের অর্থবছরে`: the fiscal year before or after the one just told.
_FISCAL_ANAPHOR = re.compile(
    rf"{_B}(?:(?:তার|এর)\s+)?(?P<rel>আগের|পূর্ববর্তী|পরের|পরবর্তী)\s+(?P<w>অর্থ\s?বছর|অর্থবর্ষ|আর্থিক\s?বছর)"
    rf"(?:ে|ের|েই)?{_E}")
_DIR_OR_DHORE = re.compile(rf"\s+(?:(?P<dir>{_DIR})|ধরে|যাবত|যাবৎ){_E}")
_LAND_AFTER = re.compile(rf"\s+(?:{_alt(nlx.LAND_WORDS)}){_E}")
# অর্ধশতাব্দী: half a century, fifty years.
# `অর্ধশতাব্দী` (half a century), `সিকি শতাব্দী` (a quarter century).
_HALF_CENTURY = re.compile(rf"{_B}(?P<q>অর্ধ|সিকি)[-\s]?(?:শতাব্দী|শতক)(?:র|ের|তে|ে|কাল)?(?:\s?(?:ধরে|যাবত|যাবৎ))?{_E}")
# ... and in English: `half a century ago`, `for a quarter of a century`, `a century later`.
_EN_CENTURY_COUNT = re.compile(r"(?<![A-Za-z])(?:(?P<q>[Aa]lmost|[Nn]early|[Aa]bout|[Aa]round)\s+)?"
                               r"(?P<n>[Hh]alf a|[Aa] quarter(?: of a)?|[Aa]|[Oo]ne)\s+century(?![-A-Za-z])"
                               r"(?:\s+(?P<dir>ago|later))?")


# An English year after a preposition (`in 2019`, `since 2009`, `by 2030`,
# `in early 2024`, `mid-2025`): a bare four-digit number is a count as often.
_EN_NOT_YEAR_AFTER = (r"(?![0-9]|[-–/.,:][0-9]|\s?(?:%|percent|per cent|people|persons|cases|votes|taka|crore"
                      r"|lakh|million|billion|km|kg|tonnes|tons|MW|sq|acres))")
_EN_YEAR = re.compile(
    r"(?<![A-Za-z0-9])(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|[Tt]hrough"
    r"|[Ii]n (?P<mod>early|late|mid)|(?P<mod2>[Ee]arly|[Ll]ate|[Mm]id))[ -](?P<y>(?:18|19|20)[0-9]{2})"
    + _EN_NOT_YEAR_AFTER)
# A year with no preposition before it: closing an `of` phrase (`the Liberation War of 1971.`),
# or before an event it names (`the 1971 war`, `the 2024 mass uprising`, `the 2026 polls`).
_EN_YEAR_NAMED = re.compile(
    r"\b(?:[Oo]f\s(?P<y>(?:18|19|20)[0-9]{2})(?=\s?(?:[.,;:)!?\"”’]|$))"
    r"|[Tt]he\s(?P<y2>(?:18|19|20)[0-9]{2})\s(?=(?:" + "|".join(cw.EVENT_NOUNS_EN) + r")\b))")
# `in 1991 and 1996`, `in 2008, 2014 and 2018`: more years after the first.
_EN_MORE_YEAR = re.compile(r"(?:,\s?|\s)(?:and\s|or\s)?(?P<y>(?:18|19|20)[0-9]{2})" + _EN_NOT_YEAR_AFTER)
# An English decade (`the 1990s`, `in the late 1980s`, `mid-2010s`).
_EN_DECADE = re.compile(r"(?<![A-Za-z0-9])(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[- ])?"
                        r"(?:(?P<d>(?:18|19|20)[0-9]0)'?s|['’](?P<d2>[0-9]0)s)(?![A-Za-z0-9])")
_EN_MOD = {"early": "START", "mid": "MID", "late": "END"}
# `from 2009 to 2014`, `between 2009 and 2014`: whole years, one range.
# Where an English year may stand: every reader of one looks only around these
# (its own pattern opens with a word, which `re` would try at every position).
_ASCII_YEAR = re.compile(r"(?<![0-9])(?:18|19|20)[0-9]{2}(?![0-9])")
_EN_YEAR_SPAN = re.compile(r"(?<![A-Za-z0-9])(?:[Ff]rom|[Bb]etween)\s(?P<y1>(?:18|19|20)[0-9]{2})\s?"
                           r"(?:to|and|until|till|through|[-–])\s?(?P<y2>(?:18|19|20)[0-9]{2})(?![0-9%])")
# `December 18 at 10:30 am`, `Saturday from 10am to 4pm`, `Wednesday evening at 6:15 pm`
# (`২৯ জানুয়ারি ২০২৫ - ১০:২৩ এএম`, `৩১.০১.২০২৫ | ১০:৪০`: a bar or a dash between them, as date lines print)
# (`(রোববার, ২৯ নভেম্বর): ৫টা ০২ মিনিট`: a schedule's day, a colon, its time)
_JOIN = re.compile(r"[\s,]*(?:[|–/:ঃ-]\s*)?(?:(?:morning|afternoon|evening|night)[\s,]+)?(?:(?:at|from)\s+)?(?:\(\s*)?")
# (the end as a clock too: `দুপুর ৩টা থেকে ৩.৩০ মিনিট`, `… থেকে ৩:৩০`)
_SPAN_END = re.compile(rf"\s*(?:থেকে|হতে|হইতে|[-–])\s*(?:(?P<p2>{_PARTS})(?:ে)?\s*)?(?P<h>{_D}{{1,2}})"
                       rf"(?:\s?(?:টা|টায়|টার|টে|ঘটিকা(?:য়)?)(?:\s+(?P<mn>{_D}{{1,2}})\s?মিনিট(?:ে|ের)?)?"
                       rf"|[:ঃ](?P<mn2>{_D}{{2}})(?:\s?মিনিট(?:ে|ের)?)?|\.(?P<mn3>{_D}{{2}})\s?মিনিট(?:ে|ের)?){_E}")
_TIME_THEN_DATE = re.compile(r"\s*(?:[,|]\s*)?(?:on\s+)?")  # `রাত ১০.১২, ২৩শে নভেম্বর`, `10:30am on Tuesday`
_HHMM_STAMP = re.compile(rf"(?<!{_D})(?P<hh>{_D}{{2}})(?P<mm>{_D}{{2}})\s?ঘণ্টা(?=\s*,\s*{_MON})")


# A date counted from now (`১০ দিন আগে`, `দুই সপ্তাহ পর`): its year is known.
_COUNTED_FROM_NOW = re.compile(r"(?:আগে|পূর্বে|পর|পরে)$")
_SPAN_WORD = re.compile(r"\s*(?:থেকে|হতে|হইতে|[-–]|to|until|till)\s*")
_REL_START = re.compile(rf"(?:{_alt(cw.PAST + cw.NEXT)})\s")
