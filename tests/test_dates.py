"""Dates and times: every date-like row of cases.tsv, the Bangla calendar
round trip 1990-2040 under both rules, weekday arithmetic for every
reference weekday, and the seed's body."""
from __future__ import annotations

import datetime

import pytest

from bnnews.calendars import bangla_to_gregorian, gregorian_to_bangla
from bnnews.dates import article_dates, find_dates, parse_date
from conftest import SAMPLES, read_tsv

DATE_CATS = ("PUBTS", "DATE", "DATE_WD", "REL", "TIME", "BNCAL", "HIJRI", "DUR", "PERIOD", "UNI")
ROWS = [r for r in read_tsv("cases.tsv") if r["category"] in DATE_CATS]


def test_rows_are_loaded():
    assert len(ROWS) >= 80


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{r['category']}" for r in ROWS])
def test_cases_tsv(row):
    t = parse_date(row["input"], ref=row["ref_date"] or None)
    want = row["expected"]
    assert t is not None
    if want == "INVALID":
        assert t.value is None and "invalid_date" in t.warnings
    elif row["category"] == "HIJRI":
        # Umm al-Qura, and Bangladesh up to two days later.
        days = (datetime.date.fromisoformat(t.value) - datetime.date.fromisoformat(want)).days
        assert 0 <= days <= 2
        assert t.calendar == "hijri"
    else:
        assert t.value == want
    if "MISMATCH" in row["note"]:
        assert "weekday_mismatch" in t.warnings


def test_every_day_1990_to_2040_round_trips_under_both_rules():
    d = datetime.date(1990, 1, 1)
    end = datetime.date(2040, 12, 31)
    while d <= end:
        for rule in ("2019", "1987"):
            assert bangla_to_gregorian(*gregorian_to_bangla(d, rule), rule=rule) == d
        d += datetime.timedelta(days=1)


@pytest.mark.parametrize("text,rule,want", [
    ("১৪ অগ্রহায়ণ ১৪৩৩", None, "2026-11-29"),
    ("১৪ অগ্রহায়ণ ১৪৩৩", "1987", "2026-11-28"),
    ("৯ ফাল্গুন ১৪২৫", None, "2019-02-21"),  # before 1426 the 1987 rule is in force
    ("৮ ফাল্গুন ১৪৩০", None, "2024-02-21"),
    ("১ পৌষ ১৪৩১", None, "2024-12-16"),
    ("৩০ ফাল্গুন ১৪৩০", None, "2024-03-14"),
])
def test_bangla_calendar_rules(text, rule, want):
    assert parse_date(text, bangla_rule=rule).value == want


WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রোববার"]
REFS = [datetime.date(2024, 11, 4) + datetime.timedelta(days=i) for i in range(7)]  # Mon..Sun


@pytest.mark.parametrize("ref", REFS, ids=[r.strftime("%a") for r in REFS])
@pytest.mark.parametrize("wd", range(7), ids=[w for w in WEEKDAYS])
def test_weekday_arithmetic(ref, wd):
    word = WEEKDAYS[wd]
    last = parse_date(f"গত {word}", ref=ref).value
    nxt = parse_date(f"আগামী {word}", ref=ref).value
    bare_past = parse_date(f"{word} এক বৈঠকে তিনি এ কথা বলেন", ref=ref).value
    bare_future = parse_date(f"{word} তিনি ঢাকায় আসবেন", ref=ref).value
    for value, lo, hi in ((last, -7, -1), (nxt, 1, 7), (bare_past, -6, 0), (bare_future, 0, 6)):
        d = datetime.date.fromisoformat(value)
        assert d.weekday() == wd
        assert lo <= (d - ref).days <= hi


@pytest.mark.parametrize("word", ["বিষ্যুদবার", "বেস্পতিবার", "বৃহষ্পতিবার", "বৃহঃস্পতিবার"])
def test_thursdays_other_spellings(word):
    # bangla.md §3.1: colloquial forms and misspellings of বৃহস্পতিবার
    assert parse_date(f"গত {word}", ref=datetime.date(2025, 11, 30)).value == "2025-11-27"


def test_seed_body_resolves_against_its_published_date():
    from bnnews import parse
    a = parse((SAMPLES / "seed_north_korea_defence_pact.txt").read_text(encoding="utf-8"))
    got = {t.text: t.value for p in a.body for t in find_dates(p, ref=a.published.date)}
    assert got["রোববার"] == "2024-11-10"
    assert got["শনিবার"] == "2024-11-09"
    assert got["গত বৃহস্পতিবার"] == "2024-11-07"
    assert got["গত জুন মাসে"] == "2024-06"
    assert got["গত মাসেই"] == "2024-10"
    assert got["২০২২ সালের ফেব্রুয়ারি মাসে"] == "2022-02"
    assert got["টানা আড়াই বছর ধরে"] == "P2Y6M"


def test_without_ref_relative_expressions_have_no_value():
    found = find_dates("গতকাল সে বলেছিল, আগামী বৃহস্পতিবার আসবে")
    assert [(t.text, t.relative, t.value) for t in found] == [
        ("গতকাল", True, None), ("আগামী বৃহস্পতিবার", True, None)]


def test_spans_and_encodings():
    text = "বৃহস্পতিবার (৭ আগস্ট) সকাল ১০টা ২৫ মিনিটে এবং রাত সাড়ে ১০টায়"
    pre = text.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc")
    for s in (text, pre):
        found = find_dates(s, ref="2025-08-01")
        assert [t.value for t in found] == ["2025-08-07T10:25+06:00", "2025-08-01T22:30+06:00"]
        for t in found:
            assert s[t.start:t.end] == t.text


@pytest.mark.parametrize("text,kind,value", [
    ("১০ টা বই", None, None),  # ten books, not ten o'clock
    ("মার্চে লং মার্চ", None, None),
    ("ষাটের দশকে", "decade", "196"),  # a decade named, not sixty decades
    ("কয়েক দিনের মধ্যে", "duration", "PXD"),  # within a few days: a vague span of days
    ("কয়েক দিনের", "duration", "PXD"),  # a few days' (ছুটি, ব্যবধানে): a vague span, as `১০ দিনের` is P10D
    ("সকাল ১০.৩০ মিনিটে", "time", "T10:30"),
    ("বৈঠক ১০.৩০ মিনিটে শুরু হয়", "time", "T10:30"),  # a dot and the word for minutes: a time
    ("বৈঠক ৯.৩০টায় শুরু হয়", "time", "T09:30"),  # ... or the hour's classifier glued after
    ("রাত ১০:১৫টায়", "time", "T22:15"),
    ("দুপুর পৌনে ১টায়", "time", "T12:45"),  # a quarter to one in the afternoon
    ("১০.৩০ শতাংশ", None, None),
    ("২০২৪-২০২৫ অর্থবছরে", "range", "2024-07-01/2025-06-30"),
    ("নব্বইয়ের দশকে", "decade", "199"),
    ("১৯৯০ এর দশকে", "decade", "199"),  # the case ending after a space
    ("৯০ এর দশকে", "decade", "199"),
    ("একবিংশ শতাব্দী", "century", "20"),
    ("দুই হাজার চব্বিশ সালে", "year", "2024"),
    ("দেড় ঘণ্টা", "duration", "PT1H30M"),
    ("সাড়ে ১০০ দিন ধরে", "duration", "P150D"),  # a round figure after সাড়ে, as said: সাড়ে একশ
    ("০৯:৫২ পিএম", "time", "T21:52"),
    ("বাংলাদেশ সময় রাত ৯টায়", "time", "T21:00"),
    ("৪ সফর ১৪৪৬ হিঃ", "date", "2024-08-08"),
])
def test_expressions_without_ref(text, kind, value):
    found = find_dates(text)
    if kind is None:
        assert found == []
    else:
        assert (found[0].kind, found[0].value) == (kind, value)


def test_zone_words_set_the_offset():
    found = find_dates("ভারতীয় সময় সকাল সাড়ে ১০টায় (বাংলাদেশ সময় সকাল ১১টা)", ref="2025-01-01")
    assert [t.value for t in found] == ["2025-01-01T10:30+05:30", "2025-01-01T11:00+06:00"]
    assert find_dates("রাত ১০টা", ref="2025-01-01", tz="Asia/Kolkata")[0].value == "2025-01-01T22:00+05:30"


@pytest.mark.parametrize("text,value", [
    ("চলতি মাসের ১৫ তারিখে", "2024-11-15"),
    ("গত মাসের ৩ তারিখে", "2024-10-03"),
    ("ডিসেম্বরে নির্বাচন হবে", "2024-12"),
    ("জানুয়ারিতে সম্মেলন হয়েছিল", "2024-01"),
    # A month without a year: with no verb (a headline) the nearest one; told
    # in the past the reference year's (the verb is often an announcement's);
    # a verb ahead, the next one.
    ("জানুয়ারিতে নির্বাচন", "2025-01"),
    ("মে মাসে নির্বাচন", "2024-05"),
    ("মে মাসে নির্বাচন হবে", "2025-05"),
    ("মার্চ মাসে তিনি মারা যান", "2024-03"),
    ("ডিসেম্বরে ভোটের তারিখ ঘোষণা করেছে ইসি", "2024-12"),
    ("ফেব্রুয়ারিতে তিনি দেশে ফেরেন", "2024-02"),
    ("শীতের তীব্রতা বাড়তে পারে জানুয়ারিতে", "2025-01"),  # the verb before it; none after it
    ("উনিশশো একাত্তর সালের মার্চে", "1971-03"),
    ("২০২৪ সালের জুলাইয়ে", "2024-07"),
    ("গত বছরের ২০ নভেম্বর", "2023-11-20"),
    # The last, this and the next decade or century (ref 2024-11-10).
    ("গত দশকে", "201"),
    ("চলতি দশকের শেষে", "202"),
    ("গত শতাব্দীতে", "19"),
    ("চলতি শতকের শুরুতে", "20"),
    ("চলতি বছরের মার্চে", "2024-03"),
    ("গতকাল রাত ১০টায়", "2024-11-09T22:00+06:00"),
    ("আগামী রোববার (১৭ নভেম্বর)", "2024-11-17"),
    ("১০ দিন পর", "2024-11-20"),
    # A Hijri date without a year: the nearest one to the reference.
    ("২৭ রমজান রাতে", "2025-03-27"),
    # The first watch of the night is the minute after midnight.
    ("একুশে ফেব্রুয়ারির প্রথম প্রহরে", "2025-02-21T00:01+06:00"),
    # Years known by name or by two digits after an apostrophe.
    ("একাত্তরের মুক্তিযুদ্ধে", "1971"),
    ("বায়ান্নর ভাষা আন্দোলন", "1952"),
    ("'৭১ সালে", "1971"),
    ("’২৪-এর গণঅভ্যুত্থান", "2024"),
    # formats.md §3: a relative age in English, local time before the weekday,
    # ঘটিকা after a clock time, and আগামী on the reference day itself.
    ("2 weeks ago", "2024-10-27"),
    ("আজ স্থানীয় সময় রোববার (১০ নভেম্বর)", "2024-11-10"),
    ("সকাল ০৮:০০ ঘটিকা", "2024-11-10T08:00+06:00"),
    ("আগামী রোববার (১০ নভেম্বর)", "2024-11-10"),
    # A bare night time is the night the reference date holds; with a day
    # named, the next calendar date (cases.tsv 080, 100).
    ("রাত সাড়ে চারটার দিকে", "2024-11-10T04:30+06:00"),
    ("গতকাল রাত ২টায়", "2024-11-10T02:00+06:00"),
    ("আজ (গতকাল) অপর প্রান্তে কেউ ছিল না", "2024-11-09"),  # a print edition's today: the day before
    ("খেলা শুরু হবে রাত ২টায়", "2024-11-11T02:00+06:00"),  # the clause looks ahead
    # Any -বেন verb looks ahead, not only the auxiliaries (ফিরবেন, লিখবেন).
    ("কাল তিনি দেশে ফিরবেন", "2024-11-11"),
    ("পরশু তিনি ফিরবেন", "2024-11-12"),
    ("বৃহস্পতিবার তিনি কলাম লিখবেন", "2024-11-14"),
    # What may happen or is planned looks ahead (`হতে পারে`, `বসার কথা রয়েছে`),
    # unless a narrative verb has already told the past (`তিনি বলেন, …`).
    ("বৃহস্পতিবার ফল প্রকাশ করা হতে পারে", "2024-11-14"),
    ("বৃহস্পতিবার বৈঠকে বসার কথা রয়েছে", "2024-11-14"),
    ("সোমবার তার স্ক্যান হওয়ার কথা ছিল", "2024-11-04"),  # was to: the past
    ("বৃহস্পতিবার তিনি বলেন, তারা আসতে পারেন", "2024-11-07"),
    ("কাল থেকে শুরু হচ্ছে পরীক্ষা", "2024-11-11"),  # from tomorrow
    # Words that end like verbs and are none: মিছিল (not ছিল), কাছে (not -ছে),
    # জবাবে / হিসাবে / ভেবে (not -বে); `কথা বলেন` is a word said, not `কথা রয়েছে`.
    ("শুক্রবার জুমার পর বিক্ষোভ মিছিল বের করা হবে", "2024-11-15"),
    ("বৃহস্পতিবার সাংবাদিকদের কাছে তিনি এ কথা বলেন", "2024-11-07"),
    ("বৃহস্পতিবার প্রশ্নের জবাবে তিনি এ কথা বলেন", "2024-11-07"),
    ("বৃহস্পতিবার উপদেষ্টা হিসাবে তিনি শপথ নেন", "2024-11-07"),
    ("বৃহস্পতিবার বিষয়টি ভেবে দেখার কথা বলেন তিনি", "2024-11-07"),
    ("বৃহস্পতিবার ভারতকে হারাল বাংলাদেশ", "2024-11-07"),  # the simple past in -ল
    # Nouns in the locative that end in -বে: the clause has no future verb.
    ("শনিবার সৌদি আরবে ৪৫ হাজার পোস্টাল ব্যালট প্রেরণ করা হয়", "2024-11-09"),
    ("বৃহস্পতিবার নতুন ক্লাবে যোগ দেন তিনি", "2024-11-07"),
    ("বৃহস্পতিবার সরকারের প্রস্তাবে সায় দেয় দলটি", "2024-11-07"),
    ("বৃহস্পতিবার নৌকাটি ডুবে যায়", "2024-11-07"),
    ("বৃহস্পতিবার সকালে গাছে ঝুলন্ত লাশ উদ্ধার করা হয়", "2024-11-07"),  # -াছে: in a tree
    ("শনিবার তার শেষ ইচ্ছে পূরণ করা হয়", "2024-11-09"),  # a wish, no verb
    ("বৃহস্পতিবার নতুন নেতা বেছে নেওয়া হবে", "2024-11-14"),  # a participle, then the future
    ("বৃহস্পতিবার তার সভাপতিত্বে সভা অনুষ্ঠিত হয়", "2024-11-07"),  # ব-ফলা: -ত্বে is a noun's
    ("বৃহস্পতিবার বিশ্বে প্রথমবার এমন ঘটনা ঘটেছে", "2024-11-07"),
    ("শুক্রবার নির্বাচনী উৎসবে মেতে ওঠে শহর", "2024-11-08"),
    ("বৃহস্পতিবার দল নতুন নেতৃত্বে মাঠে নামবে", "2024-11-14"),  # a future verb after such a noun
    ("২২ বছর পর ভারতকে হারাল বাংলাদেশ", "P22Y"),
    # A decade counted is ten years (bangla.md §8 units).
    ("দুই দশক আগে", "2004"),
    ("এক দশক ধরে", "P10Y"),
    ("দেড় দশক ধরে", "P15Y"),
    # The last N units: a duration ending at the reference, গত included.
    ("গত ২৪ ঘণ্টায়", "PT24H"),
    ("বিগত ৫ বছরে", "P5Y"),
    ("গত এক সপ্তাহে", "P1W"),  # এক (a) before a unit of time in the locative is one
    ("আগামী তিন দিন বৃষ্টি হবে", "P3D"), ("আগামী ২৪ ঘণ্টায়", "PT24H"),  # the next N units
    ("দিনব্যাপী কর্মশালা", "P1D"), ("মাসব্যাপী বাণিজ্য মেলা", "P1M"), ("তিনদিনব্যাপী মেলা", "P3D"),  # -long
    ("১০ বছরেরও বেশি সময় ধরে", "P10Y"), ("এক দশকেরও বেশি সময়", "P10Y"),  # a bound with the clitic -ও
    ("তিন বছর যাবত বন্ধ", "P3Y"), ("দীর্ঘদিন যাবত বিদ্যমান", "PXD"),  # the formal যাবত, as ধরে
    # A genitive-looking noun before a count is no event it counts from.
    ("কেন্দ্রীয় সরকার তিন মাস আগে বিজ্ঞপ্তি দেয়", "2024-08"),
    ("দুই বছরেই দাম দ্বিগুণ", "P2Y"),
    # A vague count: a reference point, or a duration of some units (TimeML X).
    ("কয়েক দিন আগে", "PAST_REF"),
    ("কয়েকদিন আগে", "PAST_REF"),
    ("কিছুদিন পর", "FUTURE_REF"),
    ("কিছুদিন পর ফিরবেন", "FUTURE_REF"),
    ("বেশ কয়েক বছর আগে", "PAST_REF"),
    ("কয়েক মাস ধরে", "PXM"),
    ("দীর্ঘদিন ধরে", "PXD"),
    ("গত কয়েক বছরে", "PXY"),
    ("বহু বছর ধরে", "PXY"),
    # A unit said twice: some of it.
    ("বছরের পর বছর ধরে", "PXY"),
    ("দিনের পর দিন", "PXD"),
    ("যুগ যুগ ধরে", "PXY"),
    ("for months", "PXM"),
    ("over the past few years", "PXY"),
])
def test_more_relative_expressions(text, value):
    assert parse_date(text, ref="2024-11-10").value == value


@pytest.mark.parametrize("text,kind,value", [
    # Approximate counts of a unit: the unit before -েক, or the unit with -খানেক.
    ("মাস ছয়েক আগে", "month", "2024-05"),
    ("দিন দুয়েক পর", "date", "2024-11-12"),
    ("বছরখানেক আগে", "year", "2023"),
    ("সপ্তাহখানেক আগে", "date", "2024-11-03"),
    ("মাসখানেক ধরে", "duration", "P1M"),
    ("বছর খানেক আগে", "year", "2023"),  # -খানেক printed apart
    ("প্রায় ২০ বছর আগে", "year", "2004"),
])
def test_approximate_spans_of_time(text, kind, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value, t.warnings) == (kind, value, ("approximate",))


@pytest.mark.parametrize("text,kind,value", [
    # A small count glued to its unit; a day of a named week.
    ("দুদিন আগে", "date", "2024-11-08"),
    ("সাতদিন ধরে", "duration", "P7D"),
    ("তিনদিনের সফরে", "duration", "P3D"),
    ("গত সপ্তাহের বৃহস্পতিবার", "date", "2024-10-31"),
    ("আগামী সপ্তাহের সোমবার", "date", "2024-11-11"),
    ("চলতি সপ্তাহের শুক্রবার", "date", "2024-11-08"),
    ("গেল শুক্রবার", "date", "2024-11-08"),
    ("আসছে শুক্রবার", "date", "2024-11-15"),
])
def test_glued_counts_and_days_of_a_named_week(text, kind, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,kind,value", [
    # A span of days in one month, as an ISO interval.
    ("১০-১২ ডিসেম্বর বাণিজ্য মেলা", "range", "2024-12-10/2024-12-12"),
    ("৫ থেকে ৭ জানুয়ারি ২০২৬", "range", "2026-01-05/2026-01-07"),
    # The Bangla year printed before the day and month.
    ("১৪৩২ বঙ্গাব্দের পহেলা বৈশাখ", "date", "2025-04-14"),
    # A month with the genitive -র (জানুয়ারির, ফেব্রুয়ারির); with no verb, the nearest February.
    ("ফেব্রুয়ারির প্রথম সপ্তাহে", "month", "2025-02"),
    ("ফেব্রুয়ারির প্রথম সপ্তাহে ভোট হয়েছে", "month", "2024-02"),
])
def test_ranges_bangla_years_and_genitive_months(text, kind, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,found,value,calendar", [
    # A year of the Bangla or Hijri era alone: the Gregorian days it covers.
    ("১৪৩১ বঙ্গাব্দে বন্যা হয়", "১৪৩১ বঙ্গাব্দে", "2024-04-14/2025-04-13", "bangla"),
    ("বঙ্গাব্দ ১৪৩১", "বঙ্গাব্দ ১৪৩১", "2024-04-14/2025-04-13", "bangla"),
    ("বাংলা ১৪৩২ সনের বৈশাখী মেলা", "বাংলা ১৪৩২ সনের", "2025-04-14/2026-04-13", "bangla"),
    ("১৪০০ সনে প্রকাশিত", "১৪০০ সনে", "1993-04-14/1994-04-13", "bangla"),  # 14xx with সন
    ("১৪৪৬ হিজরি", "১৪৪৬ হিজরি", "2024-07-07/2025-06-25", "hijri"),
    ("হিজরি ১৪৪৬ সনে", "হিজরি ১৪৪৬ সনে", "2024-07-07/2025-06-25", "hijri"),
])
def test_a_year_of_another_era(text, found, value, calendar):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value, d.calendar) == (found, "range", value, calendar)


@pytest.mark.parametrize("text,want", [
    # A day and month before the era's year make one date, not a date and a year.
    ("৯ই অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ", [("date", "2025-11-24")]),
    ("৩রা জমাদিউস সানি, ১৪৪৭ হিজরি", [("date", "2025-11-24")]),
    # A Gregorian year with সন (older style): a year.
    ("১৯৭১ সনে", [("year", "1971")]),
    ("১৯৫২ সনের ২১ ফেব্রুয়ারি", [("date", "1952-02-21")]),
    # সন closes আসন and সনদ too: no year there.
    ("ঢাকা-১৭ আসনে", []), ("২০২৪ সনদ", []),
])
def test_era_years_beside_dates_and_san(text, want):
    assert [(d.kind, d.value) for d in find_dates(text, ref="2025-11-28")] == want


@pytest.mark.parametrize("text,kind,value,mod", [
    # bangla.md §8: the part of a period, emitted with TimeML's mod.
    ("মাসের শেষে", "month", "2024-11", "END"),
    ("চলতি মাসের শুরুতে", "month", "2024-11", "START"),
    ("বছরের শেষ দিকে", "year", "2024", "END"),
    ("নভেম্বরের শেষ সপ্তাহে", "month", "2024-11", "END"),
    # The second and third weeks are a month's middle, the fourth its end;
    # `সপ্তাহের মধ্যে` and `সপ্তাহের দিকে` as `সপ্তাহে`.
    ("ডিসেম্বরের দ্বিতীয় সপ্তাহে", "month", "2024-12", "MID"),
    ("চলতি মাসের তৃতীয় সপ্তাহের মধ্যে", "month", "2024-11", "MID"),
    ("জানুয়ারির চতুর্থ সপ্তাহে", "month", "2025-01", "END"),
    ("ডিসেম্বরের প্রথম সপ্তাহের মধ্যে", "month", "2024-12", "START"),
    ("মার্চের শেষ সপ্তাহের দিকে", "month", "2025-03", "END"),
    ("আগামী বছরের মাঝামাঝি", "year", "2025", "MID"),
    # the relative word written solid with its unit
    ("গতবছর", "year", "2023", None), ("এবছরের শেষে", "year", "2024", "END"), ("আগামীমাসে", "month", "2024-12", None),
    # Reference points without a date of their own.
    ("সম্প্রতি তিনি বলেন", "date", "PAST_REF", None),
    ("বর্তমানে", "date", "PRESENT_REF", None),
    ("আজকাল অনেকেই অনলাইনে কেনেন", "date", "PRESENT_REF", None),  # nowadays, not today
    ("Nowadays few people write letters", "date", "PRESENT_REF", None),
    ("শিগগিরই", "date", "FUTURE_REF", None),
    # Years named by events, read only before the event's name.
    ("ঊনসত্তরের গণ-অভ্যুত্থান", "year", "1969", None),
    ("চব্বিশের গণ-অভ্যুত্থান", "year", "2024", None),
    ("চব্বিশের জুলাই আন্দোলনে", "month", "2024-07", None),
    ("চব্বিশের আগস্টের আন্দোলনে", "month", "2024-08", None),
    # a four-digit year in the genitive before its event or month (no সাল)
    ("২০০৮-এর নির্বাচনে", "year", "2008", None), ("২০০৮ এর নির্বাচনে", "year", "2008", None),
    ("২০১৮সালে সরকার গঠিত হয়", "year", "2018", None),  # the year word glued to the digits
    ("২০২৬-এর ফেব্রুয়ারিতে নির্বাচন", "month", "2026-02", None),
    ("জুলাই শহীদ দিবসে", "date", "2024-07-16", None),  # not শহীদ দিবস, 21 February
    ("নব্বইয়ের স্বৈরাচারবিরোধী আন্দোলনে", "year", "1990", None),
])
def test_parts_of_periods_reference_points_and_event_years(text, kind, value, mod):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value, t.mod) == (kind, value, mod)


@pytest.mark.parametrize("text", [
    "চব্বিশের বেশি", "এখনো আসেনি",
    "বছরের দ্বিতীয় সপ্তাহে",  # a year's second week is its start, not its middle: no mod to give
    # an event named by its months, not this year's months
    "জুলাই-আগস্টের গণ-অভ্যুত্থানে নিহতদের স্মরণে", "আগস্টের গণ-অভ্যুত্থানে আহতরা",
])
def test_no_event_year_or_reference_point(text):
    assert find_dates(text, ref="2024-11-10") == []


def test_a_day_range_is_no_time_and_checks_its_days():
    assert parse_date("০৯:১০-১২ ডিসেম্বর", ref="2024-11-10").kind != "range"
    assert parse_date("৩০-৩১ ফেব্রুয়ারি").warnings == ("invalid_date",)
    assert parse_date("১০-১২ ডিসেম্বর").value == "XXXX-12-10/XXXX-12-12"


def test_whole_spans_of_local_time_and_oclock():
    assert parse_date("আজ স্থানীয় সময় রোববার (১০ নভেম্বর)", ref="2024-11-10").text == \
        "আজ স্থানীয় সময় রোববার (১০ নভেম্বর)"
    assert parse_date("সকাল ০৮:০০ ঘটিকা", ref="2024-11-10").text == "সকাল ০৮:০০ ঘটিকা"


def test_july_36_is_flagged_not_rejected():
    t = parse_date("৩৬ জুলাই")
    assert t.value == "2024-08-05" and "july_2024_count" in t.warnings


@pytest.mark.parametrize("text,want", [
    # A weekday's stem before another weekday shares its বার: the day before it.
    ("শুক্র ও শনিবার বন্ধ থাকবে", [("শুক্র", "2025-11-28"), ("শনিবার", "2025-11-29")]),
    ("গত শুক্র ও শনিবার", [("গত শুক্র", "2025-11-21"), ("শনিবার", "2025-11-22")]),
    ("আগামী সোম ও মঙ্গলবার", [("আগামী সোম", "2025-12-01"), ("মঙ্গলবার", "2025-12-02")]),
    ("মঙ্গল গ্রহে শনিবার", [("শনিবার", "2025-11-22")]),  # Mars, no day
    # A bare month before a postposition of time is the month.
    ("ডিসেম্বর নাগাদ কাজ শেষ হবে", [("ডিসেম্বর", "2025-12")]),
    ("অক্টোবর থেকে দাম বাড়ছে", [("অক্টোবর", "2025-10")]),  # since: gone by
    ("জানুয়ারি থেকে নতুন দাম কার্যকর হবে", [("জানুয়ারি", "2026-01")]),
    # A period's part with the clitic -ই, and the bare `বছর শেষে`.
    ("চলতি মাসের শুরুতেই", [("চলতি মাসের শুরুতেই", "2025-11")]),
    ("বছর শেষে মূল্যস্ফীতি কমবে", [("বছর শেষে", "2025")]),
    ("তিন বছর শেষে ফিরলেন", [("তিন বছর", "P3Y")]),
])
def test_weekday_pairs_bare_months_and_period_ends(text, want):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-11-28")] == want


@pytest.mark.parametrize("text,found,value,mod", [
    # A date, month, year or time told as a bound (TimeML's BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER).
    ("৫ আগস্টের পর দেশ ছাড়েন", "৫ আগস্টের", "2025-08-05", "AFTER"),
    ("ডিসেম্বরের আগে নির্বাচন নয়", "ডিসেম্বরের", "2025-12", "BEFORE"),
    ("১৫ ডিসেম্বরের মধ্যে জমা দিতে হবে", "১৫ ডিসেম্বরের", "2025-12-15", "ON_OR_BEFORE"),
    ("২০৩০ সাল নাগাদ", "২০৩০ সাল", "2030", "ON_OR_BEFORE"),
    ("দুপুর ১২টার পর", "দুপুর ১২টার", "2025-11-28T12:00+06:00", "AFTER"),
    ("after 5 August", "5 August", "2025-08-05", "AFTER"),
    ("by 15 December", "15 December", "2025-12-15", "ON_OR_BEFORE"),
    ("৫ আগস্ট সরকারের পতন হয়", "৫ আগস্ট", "2025-08-05", None),  # no bound
    ("১ জানুয়ারি থেকে নতুন দাম কার্যকর হবে", "১ জানুয়ারি", "2026-01-01", "ON_OR_AFTER"),
    ("৩১ ডিসেম্বর পর্যন্ত চলবে", "৩১ ডিসেম্বর", "2025-12-31", "ON_OR_BEFORE"),
    ("from 1 January", "1 January", "2026-01-01", "ON_OR_AFTER"),
    # the start of a span whose end follows is no bound: the span is a range
    ("সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত", "সকাল ১০টা থেকে বিকেল ৪টা", "2025-11-28T10:00+06:00/2025-11-28T16:00+06:00",
     None),
])
def test_dates_told_as_bounds(text, found, value, mod):
    t = [t for t in find_dates(text, ref="2025-11-28") if t.text == found][0]
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text", ["the reception at 36 July Expressway (300 Feet)", "৩৬ জুলাই এক্সপ্রেসওয়েতে সংবর্ধনা",
                                  "a rally on 5 August Road"])
def test_a_date_that_names_a_road_is_no_date(text):
    assert find_dates(text, ref="2025-12-28") == []


def test_a_bare_seventy_one_counts_things():
    assert parse_date("একাত্তর জন যাত্রী", ref="2024-11-10") is None


@pytest.mark.parametrize("text,value", [
    ("২৪-ফেব্রুয়ারি-২০২০", "2020-02-24"),  # day, month name, year joined by dashes
    ("24/Dec/2020", "2020-12-24"),
    ("মে ৪, ২০১৭ বৃহস্পতিবার", "2017-05-04"),  # the weekday after the year belongs to the date
    ("১৩ সেপ্টে. ২০২০", "2020-09-13"),
    ("১ সেপ ২০১৩", "2013-09-01"),
    # Two digits of the year in a labelled numeric date line.
    ("তারিখ: ২৪/১১/২৫ইং", "2025-11-24"),
    ("প্রকাশিত: ২৪-১১-২৫", "2025-11-24"),
    ("আপডেট: ২৪/১১/২৫ ১০:৩০", "2025-11-24T10:30+06:00"),
    # A shift after GMT/UTC counts from it (before, `GMT+6` was read as GMT).
    ("Published: 24 Nov 2025, 09:52 AM GMT+6", "2025-11-24T09:52+06:00"),
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২ (জিএমটি+৬)", "2025-11-24T09:52+06:00"),
    ("24 Nov 2025 09:52 GMT+5:45", "2025-11-24T09:52+05:45"),
    # Zone abbreviations of English pages; before, the page's +06:00 was given.
    ("Published: 24 Nov 2025, 09:52 AM EST", "2025-11-24T09:52-05:00"),
    ("Nov 24, 2025 09:52 PKT", "2025-11-24T09:52+05:00"),
    # English ordinal suffixes.
    ("Nov 24th, 2025", "2025-11-24"),
    ("24th November 2025", "2025-11-24"),
])
def test_more_gregorian_layouts(text, value):
    assert parse_date(text).value == value


def test_before_is_not_august():
    assert parse_date("দুই দিন আগে ২০ সেপ্টেম্বর ২০২৩", ref="2023-09-25").value == "2023-09-20"


@pytest.mark.parametrize("text,value,warnings", [
    # bangla.md §4.4: `স্থানীয় সময়` is the dateline place's time, not Dhaka's.
    ("মস্কো, ২৪ নভেম্বর (রয়টার্স) : স্থানীয় সময় সকাল ১০টায় বৈঠক শুরু হয়", "2024-11-10T10:00+03:00", ()),
    ("সিলেটে স্থানীয় সময় রাত ১০টায়", "2024-11-10T22:00+06:00", ()),
    ("প্যারিসে স্থানীয় সময় ১৪ জুলাই রাত ১০টায়", "2024-07-14T22:00+02:00", ()),  # summer time
    ("লন্ডনে স্থানীয় সময় রাত ৮টায়", "2024-11-10T20:00+00:00", ()),
    # With no place named, the value has no offset: nothing is invented.
    ("স্থানীয় সময় সকাল ১০টায়", "2024-11-10T10:00", ("local_time",)),
    # A country as the place: its zone, or none where it has several (never Dhaka's).
    ("সৌদি আরবের স্থানীয় সময় রাত ৯টায়", "2024-11-10T21:00+03:00", ()),
    ("চীনের স্থানীয় সময় সকাল ৯টায়", "2024-11-10T09:00+08:00", ()),
    ("যুক্তরাষ্ট্রের স্থানীয় সময় সকাল ১০টায়", "2024-11-10T10:00", ("local_time",)),
    # A country's adjective names no place: the event is in Dhaka.
    ("ঢাকায় ভারতীয় দূতাবাসের সামনে স্থানীয় সময় বিকেল ৩টায়", "2024-11-10T15:00+06:00", ()),
    # A place's clock set beside another's (formats.md §3): `PLACE-এ যখন/তখন TIME`.
    ("নিউইয়র্কে যখন বেলা ১২টা", "2024-11-10T12:00-05:00", ()),
    ("দিল্লিতে তখন সকাল ১০টা", "2024-11-10T10:00+05:30", ()),
    ("সিডনিতে তখন রাত ২টা", "2024-11-10T02:00", ("local_time",)),
    # Countries' times named outright.
    ("সৌদি সময় বিকেল ৪টায়", "2024-11-10T16:00+03:00", ()),
    ("নেপাল সময় সকাল ১০টায়", "2024-11-10T10:00+05:45", ()),
    ("নিউইয়র্ক সময় সকাল ৮টায়", "2024-11-10T08:00-05:00", ()),
    ("নিউইয়র্ক সময় ১ জুলাই সকাল ৮টায়", "2024-07-01T08:00-04:00", ()),
    ("মস্কোর সময় রাত ৮টায়", "2024-11-10T20:00+03:00", ()),  # the genitive
    ("লন্ডনের সময় সন্ধ্যা ৭টায়", "2024-11-10T19:00+00:00", ()),
])
def test_time_zones_of_other_places(text, value, warnings):
    t = [x for x in find_dates(text, ref="2024-11-10") if x.kind == "datetime"][-1]
    assert (t.value, t.warnings) == (value, warnings)


@pytest.mark.parametrize("text,value,warnings", [
    # A spoken hour with no part of the day counts twelve: read as printed, and said so.
    ("৩টায় সভা শুরু হয়", "2024-11-10T03:00+06:00", ("no_day_part",)),
    ("সাড়ে ১০টার দিকে তিনি আসেন", "2024-11-10T10:30+06:00", ("no_day_part",)),
    ("তখন ১০টা বাজে।", "2024-11-10T10:00+06:00", ("no_day_part",)),
    # A part of the day, said or carried over from the hour before, or a clock: no doubt.
    ("বিকেল ৩টায় সভা শুরু হয়", "2024-11-10T15:00+06:00", ()),
    ("সকাল ১০টা বা ১১টায় আসবেন", "2024-11-10T11:00+06:00", ()),
    ("রাত ৯টা ৫২ মিনিটে", "2024-11-10T21:52+06:00", ()),
    ("সভা শুরু হয় ১৫:৩০ মিনিটে", "2024-11-10T15:30+06:00", ()),
])
def test_a_spoken_hour_with_no_part_of_the_day_warns(text, value, warnings):
    t = [x for x in find_dates(text, ref="2024-11-10") if x.kind == "datetime"][-1]
    assert (t.value, t.warnings) == (value, warnings)


@pytest.mark.parametrize("text", ["একটার পর একটা ঘটনা ঘটছে", "দুটোর পর দুটো বাস ছেড়ে যায়", "তিনটার পর ৩টি গাড়ি"])
def test_one_after_another_is_no_clock(text):
    assert find_dates(text, ref="2024-11-10") == []


def test_an_hour_then_after_is_still_a_clock():
    t = find_dates("একটার পর আসবেন", ref="2024-11-10")[0]
    assert (t.text, t.value) == ("একটার", "2024-11-10T01:00+06:00")


_WB_PAGE = ("বারাসতে ডেঙ্গির প্রকোপ\nPublished by: Sayani Sen\nPosted: November 28, 2025 9:15 pm\n"
            "নিজস্ব সংবাদদাতা, বারাসত: গত এক সপ্তাহে বারাসত পুরসভা এলাকায় আক্রান্ত হয়েছেন অন্তত ৫০ জন।\n"
            "স্বাস্থ্য দপ্তরের এক আধিকারিক জানান, পরিস্থিতি নিয়ন্ত্রণে রয়েছে।\n")


@pytest.mark.parametrize("page,place", [
    # A West Bengal town in the body's inline byline under a web producer's credit.
    (_WB_PAGE, "বারাসত"),
    # The outlet named in a trailer after the body (an app's prompt), the place unknown.
    (_WB_PAGE.replace("বারাসত:", "গোবরডাঙা:") + "Sangbad Pratidin Digital: সব খবর আগে পড়তে ডাউনলোড করুন সংবাদ প্রতিদিন অ্যাপ\n",
     "গোবরডাঙা"),
])
def test_a_west_bengal_page_told_by_its_inline_place_or_trailer_is_india_time(page, place):
    from bnnews import parse
    a = parse(page)
    assert a.published.datetime == "2025-11-28T21:15+05:30"
    assert a.place == place
    assert [o.kind for o in a.other if "অ্যাপ" in o.text] in ([], ["share"])


def test_a_bangladeshi_page_with_a_kolkata_correspondent_keeps_bangladesh_time():
    from bnnews import parse
    a = parse(_WB_PAGE.replace("বারাসত:", "কলকাতা:") + "© সর্বস্বত্ব সংরক্ষিত প্রথম আলো ১৯৯৮ - ২০২৫\n")
    assert a.published.datetime == "2025-11-28T21:15+06:00"


def test_west_bengal_page_dates_are_india_time_and_flag_the_bangla_calendar():
    from bnnews import parse
    from bnnews.dates import article_dates
    page = ("কলকাতায় পয়লা বৈশাখ উদযাপন\nনিজস্ব প্রতিনিধি, কলকাতা\nশেষ আপডেট: ১৪ এপ্রিল ২০২৫ ২১:৫২\n"
            "১ বৈশাখ ১৪৩২ উপলক্ষে শহরে সকাল ১০টায় শোভাযাত্রা বের হয়। হাজারো মানুষ এতে অংশ নেন।")
    got = {d["text"]: (d["value"], d["warnings"]) for d in article_dates(parse(page))}
    # Only an updated date is printed (anandabazar): it gives the page's zone,
    # but never the reference date (bangla.md §0.2), so a time has no date.
    assert got["সকাল ১০টায়"] == ("T10:00", [])
    assert got["১ বৈশাখ ১৪৩২"] == ("2025-04-14", ["west_bengal_calendar"])
    published = page.replace("শেষ আপডেট", "প্রকাশিত")
    got = {d["text"]: d["value"] for d in article_dates(parse(published))}
    assert got["সকাল ১০টায়"] == "2025-04-14T10:00+05:30"


@pytest.mark.parametrize("text,kind,value", [
    # Durations of two units are one duration (ISO 8601).
    ("১০ বছর ৬ মাস", "duration", "P10Y6M"),
    ("দুই ঘণ্টা ৩০ মিনিট", "duration", "PT2H30M"),
    ("২ ঘণ্টা ১৫ মিনিট ধরে", "duration", "PT2H15M"),
    # A যুগ is twelve years; -ব্যাপী is "lasting".
    ("এক যুগ ধরে", "duration", "P12Y"),
    ("দেড় যুগ", "duration", "P18Y"),
    ("এক যুগ পর", "year", "2036"),
    ("তিন দিনব্যাপী মেলা", "duration", "P3D"),
    # Centuries counted (below ten) are spans of years; named ones are centuries.
    ("দুই শতাব্দী ধরে", "duration", "P200Y"),
    ("অর্ধশতাব্দী ধরে", "duration", "P50Y"),
    ("উনিশ শতকে", "century", "18"),
    ("একুশ শতকের", "century", "20"),
    # The fiscal year (July-June) named from the reference date.
    ("চলতি অর্থবছরে", "range", "2024-07-01/2025-06-30"),
    ("গত অর্থবছরের", "range", "2023-07-01/2024-06-30"),
    ("আগামী অর্থবছরের বাজেট", "range", "2025-07-01/2026-06-30"),
    # Last night: the day before, and its clock.
    ("গত রাতে", "date", "2024-11-09"),
    ("গত রাত ১১টায়", "datetime", "2024-11-09T23:00+06:00"),
    ("গত রাত ২টায়", "datetime", "2024-11-10T02:00+06:00"),
])
def test_compound_durations_and_named_periods(text, kind, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == (kind, value)


def test_a_fiscal_year_named_relatively_needs_the_reference():
    t = parse_date("চলতি অর্থবছরে")
    assert (t.kind, t.value, t.relative) == ("range", None, True)
    # In March the current fiscal year began the July before.
    assert parse_date("চলতি অর্থবছরে", ref="2024-03-10").value == "2023-07-01/2024-06-30"


@pytest.mark.parametrize("text,value,mod,warnings", [
    # A bounded count of a unit: the duration, and the bound as TimeML's mod.
    ("১০ দিনের বেশি সময় ধরে", "P10D", "MORE_THAN", ()),
    ("৩ ঘণ্টার কম সময়ে", "PT3H", "LESS_THAN", ()),
    ("৫ দিনের বেশি নয়", "P5D", "EQUAL_OR_LESS", ()),
    ("দুই দশকেরও বেশি", "P20Y", "MORE_THAN", ()),
    ("প্রায় আধ ঘণ্টার মতো", "PT30M", None, ("approximate",)),
])
def test_bounded_durations(text, value, mod, warnings):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value, t.mod, t.warnings) == ("duration", value, mod, warnings)


def test_a_land_unit_is_no_century():
    # শতক is also a hundredth of an acre: `৯ শতক জমি` holds no time.
    assert find_dates("আরেকটি দাগে ৯ শতক জায়গা", ref="2024-11-10") == []
    assert parse_date("৩০ বছরের মতো আগে", ref="2024-11-10").value == "1994"


def test_banglanews24_stamp_is_a_datetime_not_a_duration():
    t = find_dates("বাংলাদেশ সময়: ২১৫৫ ঘণ্টা, মার্চ ৩০, ২০২৪", ref="2024-11-10")
    assert [(x.kind, x.value) for x in t] == [("datetime", "2024-03-30T21:55+06:00")]
    assert parse_date("২৪ ঘণ্টা").value == "PT24H"


@pytest.mark.parametrize("text,value", [
    # The day's name in parentheses after আজ / গতকাল, then the clock.
    ("আজ (সোমবার) সন্ধ্যা ৫টা ৩০ মিনিট থেকে", "2024-11-11T17:30+06:00"),
    ("গতকাল (রোববার) রাত ১০টায়", "2024-11-10T22:00+06:00"),
])
def test_today_with_its_weekday_in_parentheses(text, value):
    got = find_dates(text, ref="2024-11-11")
    assert [(t.kind, t.value) for t in got] == [("datetime", value)]


@pytest.mark.parametrize("text,kind,value", [
    # `N unit পর` in a story told in the past counts from an event of the
    # story: a duration; looking ahead, or alone, it is a date after the reference.
    ("দীর্ঘ ৫০ বছর পর ওই সন্তান তার মাকে খুঁজে পেয়েছেন।", "duration", "P50Y"),
    ("তিন মাস পর তিনি মুক্তি পান।", "duration", "P3M"),
    ("দুই দিন পর তিনি দেশে ফিরবেন।", "date", "2024-11-12"),
    ("দুই দিন পর", "date", "2024-11-12"),
    ("তিন দিন পর শুরু হচ্ছে বইমেলা", "date", "2024-11-13"),  # the present of what is coming
    # Years or months after are how long something had not happened, unless
    # the verb looks ahead: the corpus's `N বছর পর` were all so but one.
    ("১৯ বছর পর বসেন চিরচেনা দলীয় কার্যালয়ে", "duration", "P19Y"),
    ("১৯ বছর পর দলীয় কার্যালয়ে যাচ্ছেন তিনি", "duration", "P19Y"),
    ("২২ বছর পর ভারতের বিপক্ষে জয়", "duration", "P22Y"),
    ("এক বছর পর খলিল মারা যায়", "duration", "P1Y"),
    ("৫৫ মাস পর ঢাকা জাতীয় স্টেডিয়ামে ফেরে আন্তর্জাতিক ফুটবল", "duration", "P55M"),
    ("দেড় যুগ পর নয়াপল্টনে তারেক রহমান", "duration", "P18Y"),
    ("এক যুগ পর", "year", "2036"),  # alone: asked as the year after the reference
    # Days and hours after with no verb looking ahead: how long it took.
    ("২২ ঘণ্টা পর নদীতে নিখোঁজ হওয়া জেলের লাশ উদ্ধার", "duration", "PT22H"),
    ("৪২ দিন পর দেশে ফিরে দেখি আমার ছেলে অসুস্থ", "duration", "P42D"),
    ("ছয় হাজার ৩১৪ দিন পর এক দেশনায়কের স্বদেশ প্রত্যাবর্তন", "duration", "P6314D"),
    ("দুদিন পর পর্দা নামবে বইমেলার", "date", "2024-11-12"),
    ("আর মাত্র দুদিন পর শেষ হতে যাওয়া বছরটিতে", "date", "2024-11-12"),  # আর: more to come
    ("আজ থেকে ঠিক এক বছর পর নির্বাচন", "year", "2025"),  # counted from today, ঠিক between
    ("চূড়ান্ত সিদ্ধান্ত নেওয়া হবে চার সপ্তাহ পর", "date", "2024-12-08"),  # the future verb before it
    ("পাঁচ বছর পর দেশ উন্নত হবে", "year", "2029"),
    ("আজ থেকে তিন মাস পর", "month", "2025-02"),
])
def test_later_in_a_past_story_is_a_duration(text, kind, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,value,calendar", [
    # The month in the genitive, then its day with তারিখ.
    ("নভেম্বরের ১৫ তারিখে", "2024-11-15", "gregorian"),
    ("জানুয়ারির ৩ তারিখ", "2025-01-03", "gregorian"),
    ("পৌষের ১ তারিখ", "2024-12-16", "bangla"),
    ("ফেব্রুয়ারির ৩০ তারিখ", None, "gregorian"),
])
def test_month_genitive_then_day(text, value, calendar):
    t = parse_date(text, ref="2024-11-10")
    assert (t.text, t.value, t.calendar) == (text, value, calendar)


@pytest.mark.parametrize("text,value,warnings", [
    # A weekday printed with a Bangla date: one span; a weekday that is not the day's is flagged.
    ("শুক্রবার, ১৩ অগ্রহায়ণ ১৪৩২", "2025-11-28", ()),
    ("বৃহস্পতিবার, ১৩ অগ্রহায়ণ ১৪৩২", "2025-11-28", ("weekday_mismatch",)),
    ("০৫ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, বৃহস্পতিবার", "2025-11-20", ()),
    ("০৫ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, শুক্রবার", "2025-11-20", ("weekday_mismatch",)),
])
def test_a_weekday_printed_with_a_bangla_date(text, value, warnings):
    found = find_dates(text, ref="2025-11-28")
    assert [(t.text, t.value, t.warnings) for t in found] == [(text, value, warnings)]


@pytest.mark.parametrize("text,value", [
    # Bangladesh sights the moon a day or two after Umm al-Qura: the printed weekday says which day.
    ("শুক্রবার ৭ জমাদিউস সানি ১৪৪৭ হিজরি", "2025-11-28"),
    ("শনিবার ৭ জমাদিউস সানি ১৪৪৭ হিজরি", "2025-11-29"),
    ("৭ জমাদিউস সানি ১৪৪৭ হিজরি", "2025-11-28"),
])
def test_a_weekday_printed_with_a_hijri_date_picks_the_day(text, value):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.value, t.calendar) == (text, value, "hijri")
    assert "weekday_mismatch" not in t.warnings


@pytest.mark.parametrize("text,kind,value", [
    # A month's name alone, read by parse_date (the caller says it is a date): the nearer such month.
    ("নভেম্বর", "month", "2025-11"),
    ("জানুয়ারি", "month", "2026-01"),
    ("মার্চ", "month", "2026-03"),  # a march in running text, a month here
    ("ডিসেম্বরে", "month", "2025-12"),
    ("March", "month", "2026-03"),
    ("অগ্রহায়ণ", "range", "2025-11-16/2025-12-15"),  # a Bangla or Hijri month: its span of days
    ("রমজান", "range", "2026-02-18/2026-03-19"),
])
def test_parse_date_of_a_month_name_alone(text, kind, value):
    t = parse_date(text, ref="2025-11-28")
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,kind,value", [
    # A year or a year and month alone (in running text a bare four-digit number is no year).
    ("২০২৪", "year", "2024"), ("2024", "year", "2024"), ("২০২৫-১১", "month", "2025-11"), ("11/2025", "month", "2025-11"),
])
def test_parse_date_of_a_year_or_month_alone(text, kind, value):
    t = parse_date(text)
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text", ["১২৩৪", "৯৯৯৯", "২০২৫-১৩", "১৪৩২"])
def test_parse_date_of_a_number_that_is_no_year(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text,found,kind,value,mod", [
    # Parts of a year said of `the year` (the reference's), months counted from its start or back from its end.
    ("in the first half of the year", "the first half of the year", "range", "2025-01-01/2025-06-30", None),
    ("the first quarter of the year", "the first quarter of the year", "range", "2025-01-01/2025-03-31", None),
    ("in the first 10 months of this year", "the first 10 months of this year", "range", "2025-01-01/2025-10-31", None),
    ("the first four months of 2018", "the first four months of 2018", "range", "2018-01-01/2018-04-30", None),
    ("the last three months of 2024", "the last three months of 2024", "range", "2024-10-01/2024-12-31", None),
    # The second half (দ্বিতীয়ার্ধ) is the end; a fiscal year takes its part too.
    ("বছরের দ্বিতীয়ার্ধে", "বছরের দ্বিতীয়ার্ধে", "year", "2025", "END"),
    ("চলতি অর্থবছরের প্রথমার্ধে", "চলতি অর্থবছরের প্রথমার্ধে", "range", "2025-07-01/2026-06-30", "START"),
    ("২০২৪-২৫ অর্থবছরের শেষ দিকে", "২০২৪-২৫ অর্থবছরের শেষ দিকে", "range", "2024-07-01/2025-06-30", "END"),
    ("চলতি অর্থবছরের প্রথম দিন", "চলতি অর্থবছরের প্রথম দিন", "date", "2025-07-01", None),
])
def test_parts_and_months_of_years(text, found, kind, value, mod):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.kind, t.value, t.mod) == (found, kind, value, mod)


@pytest.mark.parametrize("text,found,kind,value", [
    # Counted from now on an English page: ahead of the reference, whatever the verb.
    ("two weeks from now", "two weeks from now", "date", "2025-12-12"),
    ("10 days from today", "10 days from today", "date", "2025-12-08"),
    ("a week from now", "a week from now", "date", "2025-12-05"),
    ("three months from now, it was said", "three months from now", "month", "2026-02"),
])
def test_english_counts_from_now(text, found, kind, value):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,value", [
    # West Bengal's forms: সন্ধে for সন্ধ্যা, an hour word cut short with an apostrophe (ন'টা, ছ’টায়).
    ("সন্ধে ৭টা", "2025-11-28T19:00+06:00"),
    ("সকাল ন'টা", "2025-11-28T09:00+06:00"),
    ("রাত ন’টায়", "2025-11-28T21:00+06:00"),
    ("সন্ধেয় সাড়ে ছ'টায়", "2025-11-28T18:30+06:00"),
    ("সন্ধ্যে সাতটায়", "2025-11-28T19:00+06:00"), ("সন্ধ্যেবেলা ৬টা", "2025-11-28T18:00+06:00"),
    ("গতকাল রাত্তির সাড়ে নটা নাগাদ", "2025-11-27T21:30+06:00"),  # the colloquial রাত্তির
    # the classifier forms দুটো, চারটে with their case endings (bangla.md §4.3)
    ("দুপুর দুটোয়", "2025-11-28T14:00+06:00"),
    ("বিকেল চারটেয়", "2025-11-28T16:00+06:00"),
    # the long and formal names of the parts of the day (bangla.md §4.2)
    ("সকালবেলা ৮টা", "2025-11-28T08:00+06:00"),
    ("ভোরবেলা ৫টা", "2025-11-28T05:00+06:00"),
    ("প্রভাত ৬টা", "2025-11-28T06:00+06:00"),
    ("সন্ধ্যাবেলা ৭টায়", "2025-11-28T19:00+06:00"),
    ("সায়াহ্ন ৬টা", "2025-11-28T18:00+06:00"),
])
def test_west_bengal_clock_forms(text, value):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.value) == (text, value)


def test_a_month_name_alone_without_a_reference_has_no_year():
    t = parse_date("নভেম্বর")
    assert (t.kind, t.value, t.warnings) == ("month", "XXXX-11", ("date_no_year",))


def test_hijri_year_before_day_and_month():
    t = parse_date("১৪৪৭ হিজরির ২ জমাদিউস সানি")
    assert (t.text, t.value, t.calendar, t.relative) == ("১৪৪৭ হিজরির ২ জমাদিউস সানি", "2025-11-23", "hijri", False)


@pytest.mark.parametrize("text,value,calendar", [
    # a site clock's order: the month first, then the day and the era's year
    ("পৌষ ১৭ ১৪৩২", "2026-01-01", "bangla"),
    ("অগ্রহায়ণ ৯, ১৪৩২ বঙ্গাব্দ", "2025-11-24", "bangla"),
    ("রজব ১১, ১৪৪৭", "2025-12-31", "hijri"),
])
def test_a_bangla_or_hijri_month_before_its_day_and_year(text, value, calendar):
    t = parse_date(text)
    assert (t.text, t.value, t.calendar) == (text, value, calendar)
    # (not with a Gregorian year: no date of either era)
    assert find_dates("পৌষ ১৭ ২০২৫") == []


@pytest.mark.parametrize("text,value", [
    ("১৯০৫-০৬ সালের দিকে", "1905-01-01/1906-12-31"),  # a span of whole years
    ("২০২০ থেকে ২০২৪ সাল পর্যন্ত", "2020-01-01/2024-12-31"),
    ("২০২৪-২৫ অর্থবছরে", "2024-07-01/2025-06-30"),  # but a fiscal year is July-June
    ("১৯৯৯-০০ অর্থবছরে", "1999-07-01/2000-06-30"),  # across a century
    # ... on English pages too, and `FY25` ends in June 2025.
    ("in the 2024-25 fiscal year", "2024-07-01/2025-06-30"),
    ("fiscal year 2025-26", "2025-07-01/2026-06-30"),
    ("FY2024-25", "2024-07-01/2025-06-30"),
    ("in FY25", "2024-07-01/2025-06-30"),
    ("FY99", "1998-07-01/1999-06-30"),
])
def test_year_spans(text, value):
    t = parse_date(text)
    assert (t.kind, t.value) == ("range", value)


@pytest.mark.parametrize("text,value", [
    # English pages: the verb before the day tells whether it is ahead.
    ("Nominations would be made on Monday.", "2025-12-29"),
    ("The meeting will be held on Tuesday", "2025-12-30"),
    ("He was arrested on Monday.", "2025-12-22"),
    ("He will go. He came on Friday.", "2025-12-26"),  # the sentence before does not count
    # A deadline set by a duty is ahead; a bare one is as often told of the past.
    ("Papers must be submitted by Wednesday.", "2025-12-31"),
    ("Parties have to finalise candidates before Friday", "2026-01-02"),
    ("the government failed to publish a gazette by Thursday.", "2025-12-25"),
    # The verb that looks ahead may stand further back, and a reporting verb after does not count.
    ("The government will reduce the prices of diesel and kerosene by Tk 5 per litre from Tuesday, "
     "the ministry said.", "2025-12-30"),
    ("The match, which was postponed, will be held on Tuesday.", "2025-12-30"),
    ("Inglis is expected to come into the side for the Test on Tuesday", "2025-12-30"),
    ("The fair was scheduled to conclude on Friday night.", "2025-12-26"),  # a plan told in the past
    ("The league kicks off on Monday with 11 teams.", "2025-12-29"),  # a scheduled event in the present
    ("The league kicked off on Monday.", "2025-12-22"),
    # ... unless the past is told between (`will submit … were filed till Sunday`).
    ("Most will submit papers today as only 166 papers were filed till Friday.", "2025-12-26"),
    # A headline's infinitive looks ahead; a sentence's `to` after a verb does not.
    ("Govt to cut fuel prices by Tk 5 per litre from Tuesday", "2025-12-30"),
    ("Schools to reopen on Tuesday", "2025-12-30"),
    ("He went to visit his mother on Tuesday.", "2025-12-23"),
    ("She has yet to overcome it.Later, when contacted on Tuesday, she said so", "2025-12-23"),
])
def test_english_weekdays_by_the_verb_before(text, value):
    assert parse_date(text, ref="2025-12-28").value == value


@pytest.mark.parametrize("text,value", [
    # A bare Bangla weekday with no verb after it: the past (news tells the
    # past), unless a start is announced from it (the reference is a Sunday).
    ("বৃহস্পতিবার থেকে ট্রেনের টিকিট বিক্রি শুরু", "2026-01-01"),
    ("মঙ্গলবার থেকে নতুন দাম কার্যকর", "2025-12-30"),
    ("বৃহস্পতিবার থেকে নিখোঁজ শিশু", "2025-12-25"),  # থেকে = since
    ("বৃহস্পতিবার থেকে শুরু হওয়া মেলা শেষ হয়েছে", "2025-12-25"),  # a verb tells the past
    ("বৃহস্পতিবার নির্বাচন কমিশনে বৈঠক হয়েছে", "2025-12-25"),
    ("বৃহস্পতিবার নির্বাচন কমিশনের সঙ্গে দলগুলোর সংলাপের প্রস্তুতি নিয়ে আলোচনা", "2025-12-25"),
    # a short verbless headline that opens on the day and ends on an event: ahead
    ("বৃহস্পতিবার নির্বাচন", "2026-01-01"),
    ("শনিবার ঢাকায় বিএনপির মহাসমাবেশ", "2026-01-03"),
    ("শনিবার সারা দেশে হরতাল।", "2026-01-03"),
    ("শনিবার হরতাল, জনজীবন বিপর্যস্ত", "2025-12-27"),  # a clause after it may report it
    ("শনিবার হরতাল পালিত", "2025-12-27"),  # a participle tells it done
    # a verbless headline that ends on the day of the event named just before it: ahead
    ("গুচ্ছের বিজ্ঞান অনুষদের পরীক্ষা বৃহস্পতিবার", "2026-01-01"),
    ("ঢাকায় সমাবেশ মঙ্গলবার, প্রস্তুতি চলছে", "2025-12-30"),
    ("সমাবেশটি অনুষ্ঠিত হয় বৃহস্পতিবার।", "2025-12-25"),  # a verb before the day
])
def test_bangla_weekdays_without_a_verb(text, value):
    assert parse_date(text, ref="2025-12-28").value == value


@pytest.mark.parametrize("text,value,warnings", [
    # English pages: today, yesterday, tomorrow, and last/next before a weekday.
    ("He said today.", "2025-12-25", ()),
    ("He was arrested yesterday, Wednesday", "2025-12-24", ()),
    ("They will arrive tomorrow", "2025-12-26", ()),
    ("last Friday", "2025-12-19", ()),
    ("next Wednesday", "2025-12-31", ()),
    ("Today, Monday, is the final day", "2025-12-25", ("weekday_mismatch",)),  # the reference is a Thursday
])
def test_english_relative_days(text, value, warnings):
    t = parse_date(text, ref="2025-12-25")
    assert (t.value, t.warnings) == (value, warnings)


@pytest.mark.parametrize("text,kind,value", [
    ("last week", "week", "2025-W51"),
    ("next month", "month", "2026-01"),
    ("Last year", "year", "2024"),
    ("this Friday", "date", "2025-12-26"),
])
def test_english_relative_units(text, kind, value):
    t = parse_date(text, ref="2025-12-25")
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,value", [
    # A span of time, its end said in the same part of the day: one range.
    ("বিকেল ৩টা থেকে ৫টা", "2024-11-10T15:00+06:00/2024-11-10T17:00+06:00"),
    ("শনিবার দুপুর ১২টা থেকে ১টা পর্যন্ত", "2024-11-09T12:00+06:00/2024-11-09T13:00+06:00"),
    ("রাত ১০টা থেকে ২টা পর্যন্ত", "2024-11-10T22:00+06:00/2024-11-11T02:00+06:00"),  # past midnight
    # The end in a part of the day of its own.
    ("সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত", "2024-11-10T10:00+06:00/2024-11-10T16:00+06:00"),
    ("রাত ১০টা থেকে ভোর ৬টা পর্যন্ত", "2024-11-10T22:00+06:00/2024-11-11T06:00+06:00"),
    # A morning's span that ends at a smaller hour ends in the afternoon.
    ("সকাল ১০টা থেকে ২টা পর্যন্ত", "2024-11-10T10:00+06:00/2024-11-10T14:00+06:00"),
    # With no part of the day: clock times when minutes or পর্যন্ত say so.
    ("১০টা ৩০ মিনিট থেকে ১২টা", "2024-11-10T10:30+06:00/2024-11-10T12:00+06:00"),
    ("১০টা থেকে ১২টা পর্যন্ত", "2024-11-10T10:00+06:00/2024-11-10T12:00+06:00"),
    ("১১টা থেকে ২টা পর্যন্ত", "2024-11-10T11:00+06:00/2024-11-10T14:00+06:00"),
    # The end as a clock, in the start's part of the day (a TV schedule)
    ("দুপুর ৩টা থেকে ৩.৩০ মিনিট পর্যন্ত", "2024-11-10T15:00+06:00/2024-11-10T15:30+06:00"),
    ("বিকেল ৪টা থেকে ৪:১৫ পর্যন্ত", "2024-11-10T16:00+06:00/2024-11-10T16:15+06:00"),
    ("রাত ১১টা থেকে ১২:৩০ পর্যন্ত", "2024-11-10T23:00+06:00/2024-11-11T00:30+06:00"),
])
def test_spans_of_clock_time(text, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == ("range", value)
    assert parse_date("বিকেল ৩টা থেকে ৫টা").value == "T15:00/T17:00"
    assert find_dates("১০টা থেকে ১২টা বই কেনা হয়েছে", ref="2024-11-10") == []  # counts of things
    # a decimal after a time is no clock that ends it
    assert [d.value for d in find_dates("বিকেল ৩টা থেকে ৩.৫ শতাংশ", ref="2024-11-10")] == ["2024-11-10T15:00+06:00"]


def test_two_days_sharing_one_month():
    got = find_dates("২৯ ও ৩০ নভেম্বর দুই দিনব্যাপী মেলা", ref="2024-11-10")
    assert [(t.text, t.value) for t in got][:2] == [("২৯", "2024-11-29"), ("৩০ নভেম্বর", "2024-11-30")]
    got = find_dates("২৯ ও ৩০ নভেম্বর ২০২৩")
    assert [t.value for t in got] == ["2023-11-29", "2023-11-30"]
    assert [t.text for t in find_dates("১০ জন ও ১২ নভেম্বর", ref="2024-11-10")] == ["১২ নভেম্বর"]


@pytest.mark.parametrize("text,value", [
    # A span of months: one range from the first day of the one to the last of the other.
    ("২০২৪ সালের জানুয়ারি থেকে জুন পর্যন্ত", "2024-01-01/2024-06-30"),
    ("জানুয়ারি-মার্চ ২০২৩", "2023-01-01/2023-03-31"),
    ("জুলাই থেকে অক্টোবর পর্যন্ত", "2024-07-01/2024-10-31"),  # the span ending nearest the reference
    ("ডিসেম্বর-ফেব্রুয়ারি", "2024-12-01/2025-02-28"),  # across a new year
    # A span wholly ahead of the reference, told in the past: the last one.
    ("জানুয়ারি-মার্চ প্রান্তিকে মুনাফা বেড়েছে", "2024-01-01/2024-03-31"),
    ("জানুয়ারি-মার্চ প্রান্তিকে মুনাফা বাড়বে", "2025-01-01/2025-03-31"),
    # A year told before the span is its first month's, across a new year too.
    ("২০২৩ সালের জুলাই থেকে জুন পর্যন্ত", "2023-07-01/2024-06-30"),
    ("গত বছরের নভেম্বর থেকে ফেব্রুয়ারি পর্যন্ত", "2023-11-01/2024-02-29"),
    ("চলতি বছরের জানুয়ারি থেকে অক্টোবর", "2024-01-01/2024-10-31"),
    # Two months, each with its own year: one range.
    ("২০২৩ সালের জুলাই থেকে ২০২৪ সালের জুন পর্যন্ত", "2023-07-01/2024-06-30"),
    ("জুলাই ২০২২-জুন ২০২৩ সময়ে", "2022-07-01/2023-06-30"),
    ("গত বছরের ডিসেম্বর থেকে চলতি বছরের মার্চ পর্যন্ত", "2023-12-01/2024-03-31"),
])
def test_spans_of_months(text, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.kind, t.value) == ("range", value)


def test_month_span_homographs_and_a_day_after():
    # No month span; মে দিবস is May Day, a named day.
    assert [(t.text, t.value) for t in find_dates("লং মার্চ থেকে মে দিবস", ref="2024-11-10")] == [
        ("মে দিবস", "2025-05-01")]
    got = find_dates("জুলাই থেকে ডিসেম্বরের ২৮ তারিখ পর্যন্ত", ref="2024-11-10")
    assert [t.value for t in got] == ["2024-07-01/2024-12-28"]  # from July's start to that day
    # A later month first is no span: two months.
    got = find_dates("২০২৪ সালের ডিসেম্বর থেকে ২০২৪ সালের মার্চ", ref="2024-11-10")
    assert [(t.kind, t.value) for t in got] == [("month", "2024-12"), ("month", "2024-03")]


@pytest.mark.parametrize("text,value", [
    # গত / আগামী before a Bangla or Hijri day without a year: the last one before, the next one after.
    ("গত পহেলা বৈশাখে", "2024-04-14"),
    ("আগামী পহেলা বৈশাখ", "2025-04-14"),
    ("গত ১০ অগ্রহায়ণ", "2023-11-25"),
    ("গত ২৭ রমজান", "2024-04-06"),
])
def test_last_and_next_in_other_calendars(text, value):
    t = parse_date(text, ref="2024-11-10")
    assert (t.text, t.value) == (text, value)


@pytest.mark.parametrize("text,found,value,calendar", [
    # Named days (bangla.md §6.1): Islamic days by the Hijri calendar (Umm al-Qura),
    # national days by the Gregorian; the nearest to the reference date, or the
    # last or next after গত/আগামী.
    ("ঈদুল ফিতরের ছুটি শুরু", "ঈদুল ফিতরের", "2025-03-30", "hijri"),
    ("গত ঈদুল আজহায় পশু কোরবানি", "গত ঈদুল আজহায়", "2024-06-16", "hijri"),
    ("আগামী শবে বরাতে", "আগামী শবে বরাতে", "2025-02-14", "hijri"),
    ("পবিত্র আশুরা উপলক্ষে", "পবিত্র আশুরা", "2024-07-16", "hijri"),
    ("মহান বিজয় দিবসে কুচকাওয়াজ", "মহান বিজয় দিবসে", "2024-12-16", "gregorian"),
    ("গত স্বাধীনতা দিবসে", "গত স্বাধীনতা দিবসে", "2024-03-26", "gregorian"),
    ("বড়দিনের ছুটি", "বড়দিনের", "2024-12-25", "gregorian"),
    # the UN's and Bangladesh's observances of a fixed day
    ("বিশ্ব খাদ্য দিবস উপলক্ষে র‍্যালি", "বিশ্ব খাদ্য দিবস", "2024-10-16", "gregorian"),
    ("আগামী বিশ্ব পানি দিবসে", "আগামী বিশ্ব পানি দিবসে", "2025-03-22", "gregorian"),
    ("সংবিধান দিবসে আলোচনা সভা", "সংবিধান দিবসে", "2024-11-04", "gregorian"),
    ("আন্তর্জাতিক দুর্নীতিবিরোধী দিবস", "আন্তর্জাতিক দুর্নীতিবিরোধী দিবস", "2024-12-09", "gregorian"),
    ("World Water Day", "World Water Day", "2025-03-22", "gregorian"),
    # kept on a weekday of a month: the second Sunday of May, the third Sunday of June
    ("আগামী মা দিবসে", "আগামী মা দিবসে", "2025-05-11", "gregorian"),
    ("গত বাবা দিবসে", "গত বাবা দিবসে", "2024-06-16", "gregorian"),
    # counted from Easter Sunday (Easter 2025 is 20 April, 2024's 31 March)
    ("গুড ফ্রাইডে উপলক্ষে", "গুড ফ্রাইডে", "2025-04-18", "gregorian"),
    ("গত ইস্টার সানডেতে", "গত ইস্টার সানডেতে", "2024-03-31", "gregorian"),
    ("the Good Friday holiday", "Good Friday", "2025-04-18", "gregorian"),
    # with no গত/আগামী, the clause's verb as for a yearless date: told in the
    # past over three months ahead, or with a pluperfect of its own, the one gone by
    ("তিনি মে দিবসে বক্তব্য দেন।", "মে দিবসে", "2024-05-01", "gregorian"),
    ("মে দিবসে সমাবেশ হবে।", "মে দিবসে", "2025-05-01", "gregorian"),
    ("বড়দিনে গির্জায় প্রার্থনা হয়েছিল।", "বড়দিনে", "2023-12-25", "gregorian"),
    # and so for an Islamic day: Eid-ul-Fitr 2025 is 4½ months ahead of 10 November 2024
    ("ঈদুল ফিতরের ছুটিতে বাড়ি গিয়েছিলেন।", "ঈদুল ফিতরের", "2024-04-10", "hijri"),
    ("ঈদুল ফিতরের ছুটি শুরু হবে।", "ঈদুল ফিতরের", "2025-03-30", "hijri"),
])
def test_named_days(text, found, value, calendar):
    t = find_dates(text, ref="2024-11-10")[0]
    assert (t.text, t.kind, t.value, t.calendar) == (found, "date", value, calendar)


@pytest.mark.parametrize("text,value", [
    # A named day with its year after it is that year's (event titles: `বিজয় দিবস-২০২৫ উদযাপন`).
    ("মহান বিজয় দিবস ২০২৪", "2024-12-16"), ("বিজয় দিবস-২০২৫ উদযাপন", "2025-12-16"),
    ("বিশ্ব পরিবেশ দিবস ২০২৪", "2024-06-05"), ("Victory Day 2024", "2024-12-16"),
    ("ঈদুল ফিতর ২০২৫", "2025-03-30"), ("মা দিবস ২০২৪", "2024-05-12"),
    ("বাংলা নববর্ষ ১৪৩২", "2025-04-14"), ("বাংলা নববর্ষ-১৪৩১ উদযাপন", "2024-04-14"),  # the Bangla year's first day
    ("হিজরি নববর্ষ ১৪৪৭", "2025-06-26"), ("ঈদুল আজহা ১৪৪৬ হিজরি", "2025-06-06"),  # a Hijri day in its Hijri year
    # a month with মাসের, then its day
    ("ডিসেম্বর মাসের ১২ তারিখে", "2025-12-12"), ("রবিউল আউয়াল মাসের ১২ তারিখে", "2025-09-04"),
    ("বৈশাখ মাসের ১০ তারিখে", "2026-04-23"),
])
def test_a_named_day_with_its_year(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == ("date", value)


@pytest.mark.parametrize("ref,value", [("2025-03-25", "2025-03-30"), ("2025-06-01", "2025-06-06")])
def test_the_eid_day_unnamed_is_the_nearest_eid(ref, value):
    t = find_dates("ঈদের দিন সকালে নামাজ আদায় করেন তিনি", ref=ref)[0]
    assert (t.value, t.calendar) == (value, "hijri") and "eid_unnamed" in t.warnings


@pytest.mark.parametrize("year,day", [(2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"),
                                      (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
                                      (2038, "2038-04-25")])
def test_easter_sunday(year, day):
    from bnnews.calendars import easter
    assert easter(year).isoformat() == day


def test_easter_names_that_are_no_days():
    assert find_dates("ইস্টার দ্বীপে পর্যটক", ref="2024-11-10") == []
    assert find_dates("Easter eggs on sale", ref="2024-11-10") == []


def test_named_days_without_a_reference_and_in_west_bengal():
    t = find_dates("বিজয় দিবসে")[0]
    assert (t.value, t.warnings) == ("XXXX-12-16", ("date_no_year",))
    assert find_dates("ঈদুল ফিতরে")[0].value is None  # a Hijri day needs the year of the story
    # স্বাধীনতা দিবস is India's (15 August) on a page read in Indian time.
    assert find_dates("স্বাধীনতা দিবসে", ref="2025-08-10", tz="+05:30")[0].value == "2025-08-15"


def test_the_end_of_a_month_by_nagad():
    t = find_dates("ডিসেম্বরের শেষ নাগাদ কাজ শেষ হবে", ref="2025-11-28")[0]
    assert (t.value, t.mod) == ("2025-12", "END")


@pytest.mark.parametrize("text,found,value", [
    # A year by its last two digits, before the event it names.
    ("৭১-এর মুক্তিযুদ্ধে", "৭১-এর", "1971"),
    ("২৪-এর গণঅভ্যুত্থানে", "২৪-এর", "2024"),
    ("৫২-র ভাষা আন্দোলন", "৫২-র", "1952"),
])
def test_two_digit_years_before_an_event(text, found, value):
    t = find_dates(text)[0]
    assert (t.text, t.kind, t.value) == (found, "year", value)


def test_a_two_digit_count_is_no_year():
    assert find_dates("৫০-এর বেশি মানুষ") == []


@pytest.mark.parametrize("text,value,mod", [
    # A qualifier before the count is the duration's mod (TimeML).
    ("অন্তত ১০ দিন ধরে", "P10D", "EQUAL_OR_MORE"),
    ("অনধিক ৩ বছর কারাদণ্ড", "P3Y", "EQUAL_OR_LESS"),
    ("শতাধিক দিন", "P100D", "MORE_THAN"),
    ("more than 17 years", "P17Y", "MORE_THAN"),
    ("up to 28 days", "P28D", "EQUAL_OR_LESS"),
])
def test_qualified_durations(text, value, mod):
    t = find_dates(text)[0]
    assert (t.kind, t.value, t.mod) == ("duration", value, mod)


def test_the_part_of_a_decade():
    t = find_dates("আশির দশকের শুরুতে")[0]
    assert (t.text, t.value, t.mod) == ("আশির দশকের শুরুতে", "198", "START")


def test_several_named_days_in_one_list():
    got = find_dates("দোলযাত্রা, স্বাধীনতা দিবস, জুমাতুল বিদা, শবে কদর ও ঈদুল ফিতর মিলিয়ে ছুটি", ref="2024-03-01")
    assert [t.text for t in got] == ["স্বাধীনতা দিবস", "শবে কদর", "ঈদুল ফিতর"]


@pytest.mark.parametrize("text,value", [
    # ISO 8601 with its time and offset (scraper stamps in the text): one datetime, its own zone.
    ("UNB 2025-12-29T13:43:33+06:00 The Ministry", "2025-12-29T13:43:33+06:00"),
    ("2025-12-29T12:00:55+00:00", "2025-12-29T12:00:55+00:00"),
    ("২০২৫-১২-২৯T১০:১৫Z", "2025-12-29T10:15+00:00"),
])
def test_iso_datetimes_in_text(text, value):
    got = find_dates(text, ref="2024-04-01")
    assert [(t.kind, t.value) for t in got] == [("datetime", value)]


@pytest.mark.parametrize("text,found,value", [
    # English month-first dates without a year; a weekday before, in or out of parentheses; `at` a time.
    ("on December 18", "December 18", "2024-12-18"),
    ("World Youth Skills Day Monday (July 15)", "Monday (July 15)", "2024-07-15"),
    ("on Dec. 3rd at 10:30 am", "Dec. 3rd at 10:30 am", "2024-12-03T10:30+06:00"),
    # An hour with no minutes, and a time before its day (`on`, or nothing, between).
    ("at 3pm", "3pm", "2024-11-10T15:00+06:00"),
    ("until 11 a.m. on Friday", "11 a.m. on Friday", "2024-11-08T11:00+06:00"),
    ("at 3:30pm on Monday", "3:30pm on Monday", "2024-11-04T15:30+06:00"),
    ("সকাল ১০টা ২৪ নভেম্বর", "সকাল ১০টা ২৪ নভেম্বর", "2024-11-24T10:00+06:00"),
])
def test_english_month_day_without_a_year(text, found, value):
    t = find_dates(text, ref="2024-11-10")[0]
    assert (t.text, t.value) == (found, value)


@pytest.mark.parametrize("text,found,value", [
    # `on the 29th`, as `২৯ তারিখে`: a day of the reference month (10 November
    # 2024), or of the month after or before when the clause looks past it
    ("The vote will be held on the 29th.", "the 29th", "2024-11-29"),
    ("The event began on the 2nd.", "the 2nd", "2024-11-02"),
    ("The hearing will be held on the 5th.", "the 5th", "2024-12-05"),
    ("The fire broke out on the 27th, police said.", "the 27th", "2024-10-27"),
    ("The fair will run from the 1st to the 10th.", "the 1st to the 10th", "2024-12-01/2024-12-10"),
    ("Why should it take until the 7th to finish?", "the 7th", "2024-12-07"),  # a deadline: ahead
])
def test_english_day_of_the_month_alone(text, found, value):
    t = find_dates(text, ref="2024-11-10")[0]
    assert (t.text, t.value) == (found, value)


@pytest.mark.parametrize("text", ["He lives on the 5th floor.", "He was promoted to the 5th.",
                                  "on the 3rd attempt"])
def test_an_ordinal_that_is_no_day(text):
    assert find_dates(text, ref="2024-11-10") == []


@pytest.mark.parametrize("text,found,value,mod", [
    # An English month after a preposition or a part of it, with no day or year:
    # the year a following `last year` names, or one shared with the next month,
    # else the tense's, else the nearer (the reference is 2025-12-24).
    ("formed in August last year", "August last year", "2024-08", None),
    ("in February next year", "February next year", "2026-02", None),
    ("protests in July and August 2024", "July", "2024-07", None),
    ("It was recorded in October.", "October", "2025-10", None),
    ("The polls will be held in February.", "February", "2026-02", None),
    ("the national election in February", "February", "2026-02", None),
    ("violence erupted in mid-December", "mid-December", "2025-12", "MID"),
    ("by the end of March this year", "end of March this year", "2025-03", "END"),
    ("from January to October of the current year", "January to October", "2025-01-01/2025-10-31", None),
    ("exports fell between January and March 2025", "January and March 2025", "2025-01-01/2025-03-31", None),
    ("between July and September last year", "July and September last year", "2024-07-01/2024-09-30", None),
    ("talks between 28 November and 2 December", "28 November and 2 December", "2025-11-28/2025-12-02", None),
    ("in the first 26 days of December", "the first 26 days of December", "2025-12-01/2025-12-26", None),
    ("চলতি বছরের জানুয়ারি থেকে অক্টোবর পর্যন্ত", "চলতি বছরের জানুয়ারি থেকে অক্টোবর", "2025-01-01/2025-10-31", None),
    # a month with no case ending before its part (`জুন শেষে রিজার্ভ ছিল …`), an accusative
    # date (`২০ ডিসেম্বরকে শোক দিবস ঘোষণা`), a misspelled month (`ডিসম্বের`)
    ("জুন শেষে রিজার্ভ ছিল ২৪ বিলিয়ন ডলার।", "জুন শেষে", "2025-06", "END"),
    ("সরকার ২০ ডিসেম্বরকে শোক দিবস ঘোষণা করেছে", "২০ ডিসেম্বরকে", "2025-12-20", None),
    ("সোমবার (২৯ ডিসম্বের) ঘোষণা আসতে পারে", "সোমবার (২৯ ডিসম্বের)", "2025-12-29", None),
    ("গত বছরের জুলাই-ডিসেম্বর সময়ে", "গত বছরের জুলাই-ডিসেম্বর", "2024-07-01/2024-12-31", None),
    ("on December 28 last year", "December 28 last year", "2024-12-28", None),  # a day and the year it names
    ("since 5 March next year", "5 March next year", "2026-03-05", "ON_OR_AFTER"),
    ("between 20 and 28 November this year", "20 and 28 November this year", "2025-11-20/2025-11-28", None),
    ("polls in the first week of February", "the first week of February", "2026-02", "START"),  # a part of a month
    ("talks in the second week of March", "the second week of March", "2026-03", "MID"),
    ("due in the fourth week of January", "the fourth week of January", "2026-01", "END"),
    ("during the last week of August last year", "the last week of August last year", "2024-08", "END"),
    ("polls in the first half of February", "the first half of February", "2026-02", "START"),
    ("in the second half of March 2026", "the second half of March 2026", "2026-03", "END"),
    ("by the end of the year", "the end of the year", "2025", "END"),  # the current year
    ("on Tuesday last week", "Tuesday last week", "2025-12-16", None),  # the day of that week
])
def test_english_months_without_a_year(text, found, value, mod):
    t = find_dates(text, ref="2025-12-24")[0]
    assert (t.text, t.value, t.mod) == (found, value, mod)


@pytest.mark.parametrize("text,found,value,mod", [
    # মার্চ alone is a month with the part of it named after it (else a march).
    ("মার্চের শেষে নির্বাচন হবে", "মার্চের শেষে", "2026-03", "END"),
    ("মার্চের প্রথম সপ্তাহে বৈঠক হয়েছে", "মার্চের প্রথম সপ্তাহে", "2025-03", "START"),
    ("মার্চের মাঝামাঝি", "মার্চের মাঝামাঝি", "2026-03", "MID"),
])
def test_march_with_its_part_is_a_month(text, found, value, mod):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.value, t.mod) == (found, value, mod)


@pytest.mark.parametrize("text", ["লং মার্চের শেষে সমাবেশ", "রোড মার্চের শুরুতে", "মার্চে অংশ নেন তারা"])
def test_a_march_is_no_month(text):
    assert find_dates(text, ref="2025-11-28") == []


def test_may_after_a_preposition_is_no_month():
    assert find_dates("prices may rise in May", ref="2025-12-24") == []


@pytest.mark.parametrize("text", ["at 13pm", "version 1.3pm", "I am here"])
def test_no_english_hour(text):
    assert find_dates(text, ref="2024-11-10") == []


def test_english_may_is_a_month_only_capitalised_with_a_day():
    assert find_dates("they may 5 times", ref="2024-11-10") == []


@pytest.mark.parametrize("text,found,value", [
    # Two dates joined by থেকে, a dash or `to`: one range; a yearless end follows its start.
    ("গত ২৮ নভেম্বর থেকে ১০ ডিসেম্বর ভারতে", "গত ২৮ নভেম্বর থেকে ১০ ডিসেম্বর", "2023-11-28/2023-12-10"),
    ("২৮ নভেম্বর থেকে ১০ ডিসেম্বর ২০২৫ পর্যন্ত", "২৮ নভেম্বর থেকে ১০ ডিসেম্বর ২০২৫", "2025-11-28/2025-12-10"),
    ("৩০ ডিসেম্বর থেকে আগামী ৪ জানুয়ারি", "৩০ ডিসেম্বর থেকে আগামী ৪ জানুয়ারি", "2023-12-30/2024-01-04"),
    ("from December 28 to January 3", "December 28 to January 3", "2023-12-28/2024-01-03"),
    ("সময়কাল (১ জুলাই থেকে ২৫ নভেম্বর) পর্যন্ত", "১ জুলাই থেকে ২৫ নভেম্বর", "2024-07-01/2024-11-25"),
])
def test_spans_of_dates_across_months(text, found, value):
    t = find_dates(text, ref="2024-06-15")[0]
    assert (t.text, t.kind, t.value) == (found, "range", value)


@pytest.mark.parametrize("text", [
    "ম্যাচের ৪২ মিনিটে পেনাল্টি থেকে গোল করেন",
    "ফয়সাল বাংলের হেডে ৩৭ মিনিটে এগিয়ে যায় দল",
])
def test_a_minute_of_a_match_is_no_duration(text):
    assert find_dates(text, ref="2024-06-15") == []


def test_a_minute_elsewhere_is_a_duration():
    assert find_dates("৩০ মিনিটে পৌঁছে যায় অ্যাম্বুলেন্স")[0].value == "PT30M"


@pytest.mark.parametrize("text,value", [("২৮/১১/২৫", "2025-11-28"), ("২৮-১১-২৫ইং", "2025-11-28")])
def test_parse_date_reads_a_two_digit_year(text, value):
    assert parse_date(text).value == value


@pytest.mark.parametrize("text,found,kind,value", [
    # `আগের` (of … ago) as আগে: a point before the reference date.
    ("৫২ বছর আগের এক ঐতিহাসিক লড়াই", "৫২ বছর আগের", "year", "1973"),
    ("দুই সপ্তাহ আগের বৈঠকে", "দুই সপ্তাহ আগের", "date", "2025-11-14"),
])
def test_ago_in_the_genitive(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,found,value", [
    ("test from 10 to 30 April as the", "10 to 30 April", "2026-04-10/2026-04-30"),
    ("between 5 and 7 January", "5 and 7 January", "2026-01-05/2026-01-07"),
])
def test_english_day_spans(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "range", value)


def test_seventeen_decimals_of_land_are_no_century():
    assert find_dates("নিলামে ওঠা ১৭ শতক ভিটা") == []
    assert find_dates("১৭ শতকের ইউরোপে")[0].value == "16"


@pytest.mark.parametrize("text,value", [
    # Runs of spaces inside an expression (scraped text): read as one space, spans as given.
    ("ঘটনা  ঘটে  ২৪  নভেম্বর  ২০২৫ সালে", "2025-11-24"),
    ("সকাল  ১০টা  ৩০  মিনিটে", "2024-11-10T10:30+06:00"),
    ("১  বৈশাখ  ১৪৩১", "2024-04-14"),
])
def test_runs_of_spaces(text, value):
    t = find_dates(text, ref="2024-11-10")[0]
    assert t.value == value and text[t.start:t.end] == t.text and "  " in t.text


@pytest.mark.parametrize("text,value", [
    # CLDR's short August (bangla.md §2), before a year only.
    ("২৯ আগ, ২০২১", "2021-08-29"),
    ("প্রকাশ: ২৯ আগ ২০২১, ১০:১৫", "2021-08-29T10:15+06:00"),
])
def test_short_august(text, value):
    assert parse_date(text).value == value


def test_age_is_not_august():
    assert [t.value for t in find_dates("৫ দিন আগে", ref="2025-11-28")] == ["2025-11-23"]
    assert parse_date("৫ আগে") is None


@pytest.mark.parametrize("text,found,kind,value", [
    # The day of a Hijri month in the genitive, and a Hijri month as a span (Umm al-Qura).
    ("রমজানের ২০ তারিখে", "রমজানের ২০ তারিখে", "date", "2026-03-09"),
    ("আগামী রমজানে দাম বাড়বে", "আগামী রমজানে", "range", "2026-02-18/2026-03-19"),
    ("গত রমজানে", "গত রমজানে", "range", "2025-03-01/2025-03-29"),
    ("পবিত্র রমজান মাসে", "পবিত্র রমজান মাসে", "range", "2026-02-18/2026-03-19"),
    # the sixth month's Arabic spelling with its closing হ (bangla.md §6.1 has জুমাদাল আখিরা)
    ("১ জুমাদাল আখিরাহ", "১ জুমাদাল আখিরাহ", "date", "2025-11-22"),
])
def test_hijri_months_in_text(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value, t.calendar) == (found, kind, value, "hijri")


@pytest.mark.parametrize("text", ["ভারত সফরে যাবেন", "আগামী সফরে", "রমজানে দাম বাড়ে"])
def test_no_hijri_month_without_its_marks(text):
    # সফর is also a tour; a bare month name with a case ending is a habit, not a date.
    assert find_dates(text, ref="2025-11-28") == []


@pytest.mark.parametrize("text,found,value,mod", [
    # Bangla months as spans (2019 rule), and the part of a month meant.
    ("চলতি অগ্রহায়ণ মাসে", "চলতি অগ্রহায়ণ মাসে", "2025-11-16/2025-12-15", None),
    ("আষাঢ় মাসের শেষে", "আষাঢ় মাসের শেষে", "2025-06-15/2025-07-15", "END"),
    ("চৈত্রের শেষে", "চৈত্রের শেষে", "2026-03-15/2026-04-13", "END"),
    ("রমজান মাসের শেষ দশকে", "রমজান মাসের শেষ দশকে", "2026-02-18/2026-03-19", "END"),
])
def test_calendar_months_as_spans(text, found, value, mod):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value, t.mod) == (found, "range", value, mod)


def test_a_bangla_month_word_as_a_name_is_no_span():
    assert find_dates("কার্তিক চন্দ্র দাস বলেন", ref="2025-11-28") == []


def test_about_one_unit_later_in_a_story_told_in_the_past():
    t = find_dates("ঘণ্টাখানেক পর তাঁর জ্ঞান ফিরে এসেছিল।", ref="2025-11-28")[0]
    assert (t.kind, t.value, t.warnings) == ("duration", "PT1H", ("approximate",))
    assert find_dates("মাসখানেক পর নির্বাচন হবে।", ref="2025-11-28")[0].value == "2025-12"


@pytest.mark.parametrize("text,found,value", [
    # Some months of a year or a fiscal (July-June) year: one range.
    ("চলতি বছরের প্রথম ছয় মাসে ২০ জন মারা গেছেন", "চলতি বছরের প্রথম ছয় মাসে", "2025-01-01/2025-06-30"),
    ("গত বছরের শেষ তিন মাসে", "গত বছরের শেষ তিন মাসে", "2024-10-01/2024-12-31"),
    ("২০২৪ সালের প্রথম ৯ মাসে", "২০২৪ সালের প্রথম ৯ মাসে", "2024-01-01/2024-09-30"),
    ("চলতি অর্থবছরের প্রথম প্রান্তিকে", "চলতি অর্থবছরের প্রথম প্রান্তিকে", "2025-07-01/2025-09-30"),
    ("২০২৫-২৬ অর্থবছরের প্রথম পাঁচ মাসে", "২০২৫-২৬ অর্থবছরের প্রথম পাঁচ মাসে", "2025-07-01/2025-11-30"),
])
def test_months_of_a_year(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "range", value)


@pytest.mark.parametrize("text,value", [
    ("নভেম্বরের প্রথম দুই সপ্তাহে", "2025-11-01/2025-11-14"),
    ("চলতি মাসের প্রথম ১০ দিনে", "2025-11-01/2025-11-10"),
    ("অক্টোবরের শেষ ১০ দিনে", "2025-10-22/2025-10-31"),
])
def test_days_of_a_month(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (text, "range", value)


@pytest.mark.parametrize("text,found", [
    # An anaphoric day is the last day told before it, or the one after or before it.
    ("গতকাল বৃহস্পতিবার ঢাকায় বৃষ্টি হয়। এদিন সকালে রোদ ছিল।", [("এদিন সকালে", "2025-11-27")]),
    ("১০ নভেম্বর তিনি আসেন। পরদিন তিনি যান। তার আগের দিন তিনি সিলেটে ছিলেন।",
     [("পরদিন", "2025-11-11"), ("তার আগের দিন", "2025-11-10")]),
    ("গত ৫ আগস্ট তিনি দেশ ছাড়েন। একই দিনে সেনাপ্রধান ভাষণ দেন।", [("একই দিনে", "2025-08-05")]),
    # With a time it is a datetime of that day.
    ("গত ৫ আগস্ট তিনি দেশ ছাড়েন। ওই দিন রাত ১১টায় কারফিউ জারি হয়।",
     [("ওই দিন রাত ১১টায়", "2025-08-05T23:00+06:00")]),
    # Its day's name or date printed after it is part of it (and checked).
    ("গতকাল বৃহস্পতিবার বৈঠক হয়। পরদিন শুক্রবার আবার বৈঠক।", [("পরদিন শুক্রবার", "2025-11-28")]),
    ("২০১৮ সালের ৩০শে ডিসেম্বর নির্বাচন হয়। ভোটের আগের দিন ২৯শে ডিসেম্বর সরঞ্জাম পৌঁছায়।",
     [("আগের দিন ২৯শে ডিসেম্বর", "2018-12-29")]),
    ("On Monday the court sat. The next day it adjourned.", [("The next day", "2025-11-25")]),
    # A count after `এর`/`তারও` opening a clause counts from the date told before.
    ("১০ নভেম্বর সংঘর্ষ হয়। এর দুই দিন পর তিনি মারা যান।", [("এর দুই দিন পর", "2025-11-12")]),
    ("গত ৫ আগস্ট সরকার পতন হয়, এর এক সপ্তাহ পর তিনি দেশে ফেরেন।", [("এর এক সপ্তাহ পর", "2025-08-12")]),
    ("২০১৮ সালের ৫ মে তিনি আসেন। তারও তিন দিন আগে সভা হয়।", [("তারও তিন দিন আগে", "2018-05-02")]),
    ("২০১৫ সালে দল গঠিত হয়। এর দুই বছর পর নির্বাচন হয়।", [("এর দুই বছর পর", "2017")]),
])
def test_anaphoric_days(text, found):
    got = [(t.text, t.value) for t in find_dates(text, ref="2025-11-28")]
    for item in found:
        assert item in got


@pytest.mark.parametrize("text", [
    "সেদিনের ঘটনা তিনি ভোলেননি।",  # nothing told before it
    "১০ নভেম্বর সংঘর্ষ হয়। হামলার পরদিন তিনি আসেন।",  # the day after an event, not after the date
    "এর দুই দিন পর তিনি আসেন।",  # a count from a day not told
])
def test_an_anaphoric_day_without_its_day_is_not_guessed(text):
    t = [t for t in find_dates(text, ref="2025-11-28") if "দিন" in t.text][0]
    assert (t.value, t.warnings) == (None, ("no_antecedent",))


@pytest.mark.parametrize("text,found,value", [
    # An English past verb governing a yearless date puts it behind, however
    # near the next one is; a verb elsewhere in the sentence does not.
    ("The party was launched on 28 February, advocating centrist politics.", "28 February", "2025-02-28"),
    ("He said, “On 22 March, we submitted the report.”", "22 March", "2025-03-22"),
    ("The schedule was announced on 11 December, with voting set for 12 February.", "12 February", "2026-02-12"),
    ("The vote is scheduled on 12 February.", "12 February", "2026-02-12"),
    ("On 5 January, the court will hear the case.", "5 January", "2026-01-05"),
    # `may` in lower case is the modal, not the month.
    ("Noakhali–6 may also receive the alliance's backing.", None, None),
])
def test_english_yearless_dates_and_their_verbs(text, found, value):
    got = [(t.text, t.value) for t in find_dates(text, ref="2025-12-28")]
    assert (found, value) in got if found else got == []


@pytest.mark.parametrize("text,ref,tz,found,value", [
    # A share-market report: the working day before the day told, the
    # weekend (Friday and Saturday in Bangladesh) skipped.
    ("আজ রোববার লেনদেন হয়েছে ৩০৯ কোটি টাকা। আগের কার্যদিবসে লেনদেন হয় ৩৮৫ কোটি টাকা।", "2025-11-30", None,
     "আগের কার্যদিবসে", "2025-11-27"),
    ("বৃহস্পতিবার সূচক কমে। পরের কার্যদিবসে তা বাড়ে।", "2025-11-30", None, "পরের কার্যদিবসে", "2025-11-30"),
    ("On Sunday shares fell from the previous trading day.", "2025-11-30", None,
     "previous trading day", "2025-11-27"),
    # From the reference when গত or আগামী says so.
    ("গত কার্যদিবসে লেনদেন হয়েছিল ৫০০ কোটি টাকা", "2025-11-30", None, "গত কার্যদিবসে", "2025-11-27"),
    ("আগামী কার্যদিবসে লেনদেন শুরু হবে", "2025-11-27", None, "আগামী কার্যদিবসে", "2025-11-30"),
    # West Bengal's weekend is Saturday and Sunday.
    ("গত কার্যদিবসে সেনসেক্স পড়ে", "2025-12-01", "Asia/Kolkata", "গত কার্যদিবসে", "2025-11-28"),
])
def test_working_days_skip_the_weekend(text, ref, tz, found, value):
    t = [t for t in find_dates(text, ref=ref, tz=tz) if t.text == found][0]
    assert (t.kind, t.value, t.warnings) == ("date", value, ("working_days",))


def test_a_working_day_said_again_is_the_same_day():
    text = ("আজ সোমবার লেনদেন হয়েছে ৩০৯ কোটি টাকা। আগের কার্যদিবসে লেনদেন হয় ৩৮৫ কোটি টাকা। "
            "সিএসইতে লেনদেন হয়েছে ১১ কোটি টাকা। আগের কার্যদিবসে লেনদেন হয় ১৯ কোটি টাকা।")
    got = [t.value for t in find_dates(text, ref="2025-12-29") if "কার্যদিবস" in t.text]
    assert got == ["2025-12-28", "2025-12-28"]  # the Sunday before the Monday reported, twice


def test_a_comparison_with_the_day_before_is_no_new_day_of_the_story():
    text = "আজ সূচক বেড়েছে, আগের দিনের তুলনায় ১০ পয়েন্ট। লেনদেনও আগের দিনের চেয়ে বেশি।"
    assert [t.value for t in find_dates(text, ref="2025-12-29")] == ["2025-12-29", "2025-12-28", "2025-12-28"]


@pytest.mark.parametrize("text,found,value", [
    # A week before, after or the same as the week of the day told last.
    ("আজ সোমবার শিমের দাম বেড়েছে, আগের সপ্তাহের তুলনায় ২০ টাকা বেশি।", "আগের সপ্তাহের", "2025-W47"),
    ("গত ৫ আগস্ট সরকারের পতন হয়। ওই সপ্তাহে তিনি দেশ ছাড়েন।", "ওই সপ্তাহে", "2025-W32"),
    ("On 5 August the government fell. The following week he left.", "The following week", "2025-W33"),
    ("আগের সপ্তাহের তুলনায় দাম বেড়েছে", "আগের সপ্তাহের", None),  # no day told: not guessed
])
def test_weeks_counted_from_the_day_told(text, found, value):
    t = [t for t in find_dates(text, ref="2025-11-24") if t.text == found][0]
    assert (t.kind, t.value) == ("week", value)
    assert ("no_antecedent" in t.warnings) == (value is None)


def test_a_working_day_before_no_day_told_is_not_guessed():
    t = find_dates("আগের কার্যদিবসের তুলনায় সূচক বেড়েছে", ref="2025-11-30")[0]
    assert (t.text, t.value, t.warnings) == ("আগের কার্যদিবসের", None, ("no_antecedent",))


def test_anaphors_that_are_not():
    # `যেদিন … সেদিন` is the day of a clause; `the day before the vote` names its event;
    # `sat` is a verb; `এই দিনে` after a year is an anniversary: the reference's day in that year.
    assert [t.text for t in find_dates("১০ নভেম্বর বৈঠক হয়। দল যেদিন টিকিট পায়, সেদিন কেউ ভাবেনি।", ref="2025-11-28")] \
        == ["১০ নভেম্বর"]
    assert find_dates("The court sat. The day before the vote he spoke.", ref="2025-11-28") == []
    assert [(t.kind, t.value) for t in find_dates("১৯৭১ সালের এই দিনে তারা আত্মসমর্পণ করে।", ref="2025-11-28")] \
        == [("date", "1971-11-28")]
    # `আজকের পত্রিকা` is an outlet.
    assert find_dates("আজকের পত্রিকার প্রতিবেদনে বলা হয়", ref="2025-11-28") == []


def test_an_earlier_paragraph_gives_the_day():
    assert find_dates("এদিন তিনি বলেন।", ref="2025-11-28", prior="2025-11-20")[0].value == "2025-11-20"


@pytest.mark.parametrize("text,value", [
    # A yearless date is the nearest, unless a past verb says it is over three months back.
    ("৫ মে তিনি ঢাকায় আসেন।", "2025-05-05"),
    ("৫ মে তিনি ঢাকায় আসবেন।", "2026-05-05"),
    ("The twins were born on 18 May.", "2025-05-18"),
    ("৩০ নভেম্বর হওয়ার কথা ছিল।", "2025-11-30"),  # near: the nearest
    ("আশা করেছিলাম, ৫ আগস্টের পর পরিবর্তন হবে।", "2025-08-05"),  # a future verb does not move it
])
def test_a_past_verb_moves_a_far_yearless_date_back(text, value):
    assert find_dates(text, ref="2025-11-28")[0].value == value


@pytest.mark.parametrize("text,value", [
    # A future verb moves a yearless date more than six weeks back to its next
    # occurrence when the verb is the date's own: the date opens its sentence
    # (a subject at most before it), is no genitive, and nothing in the
    # sentence tells the past.
    ("১০ অক্টোবর তিনি ঢাকায় আসবেন।", "2026-10-10"),
    ("তিনি ১০ অক্টোবর ঢাকায় আসবেন।", "2026-10-10"),
    ("২০ অক্টোবর তিনি ঢাকায় আসবেন।", "2025-10-20"),  # under six weeks back: the nearest
    ("১০ অক্টোবর থেকে মেলা শুরু হবে।", "2026-10-10"),
    ("১০ অক্টোবর ভোট হবে বলে জানিয়েছিলেন তিনি।", "2025-10-10"),  # told in the past
    ("১০ অক্টোবরের পর দাম কমবে।", "2025-10-10"),  # counted from a past day
    # ... or opens what a speaker says now or lately; said long before (a pluperfect), it stays
    ("নির্বাচন কমিশন বলছে, ১০ অক্টোবর ভোট হবে।", "2026-10-10"),
    ("ইসি জানিয়েছে, ১০ অক্টোবর ভোট হবে।", "2026-10-10"),
    ("তিনি বলেন, ১০ অক্টোবর তিনি ঢাকায় আসবেন।", "2026-10-10"),
    ("তিনি বলেছিলেন, ১০ অক্টোবর ভোট হবে।", "2025-10-10"),
    ("আশা করেছিলাম, ১০ অক্টোবর ভোট হবে।", "2025-10-10"),
    ("ইসি জানিয়েছে, নির্বাচনের আগে ১০ অক্টোবর সংলাপ হবে।", "2026-10-10"),  # two words before it at most
    ("ইসি জানিয়েছে, জাতীয় নির্বাচনের আগে আগামী ১০ অক্টোবর সংলাপ হবে।", "2026-10-10"),  # (আগামী says it)
    ("ইসি জানিয়েছে, জাতীয় নির্বাচনের আগে ১০ অক্টোবর সংলাপ হবে।", "2025-10-10"),  # three: the nearest
    ("২৫ নভেম্বর ভোট হবে।", "2025-11-25"),  # three days back: the nearest
])
def test_a_future_verb_moves_a_far_past_yearless_date_ahead(text, value):
    assert find_dates(text, ref="2025-11-28")[0].value == value


@pytest.mark.parametrize("text,value", [
    # A pluperfect that is the date's own verb tells a day over before the
    # page: a yearless date ahead of it, however near, is the last one.
    ("১০ ডিসেম্বর তিনি ঢাকায় এসেছিলেন।", "2024-12-10"),
    ("মামলাটি ১০ ফেব্রুয়ারি দায়ের করা হয়েছিল।", "2025-02-10"),
    ("১০ ডিসেম্বর তিনি বলেছিলেন, আগামী বছর নির্বাচন হবে।", "2024-12-10"),  # the reported words are not the date's
    ("১০ ডিসেম্বর তিনি ঢাকায় এসেছিলেন, আবার আসবেন।", "2024-12-10"),
    # what must not move: a perfect or a narrative present (what was said of a
    # day ahead), a day a noun names, what was to be, a future in the clause
    ("১০ ডিসেম্বর তিনি ঢাকায় আসেন।", "2025-12-10"),
    ("১২ ফেব্রুয়ারি ভোট গ্রহণের ঘোষণা দিয়েছে ইসি।", "2026-02-12"),
    ("১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছিল ইসি।", "2026-02-12"),
    ("২০ ডিসেম্বর কাজ শেষ হওয়ার কথা ছিল।", "2025-12-20"),
    ("১০ ডিসেম্বর তিনি আসবেন বলে জানিয়েছিলেন।", "2025-12-10"),
    ("ইসি জানিয়েছে, ১২ ফেব্রুয়ারি ভোট হয়েছিল।", "2026-02-12"),  # not its sentence's opening
])
def test_a_pluperfect_moves_a_yearless_date_ahead_back(text, value):
    assert find_dates(text, ref="2025-11-28")[0].value == value


def test_a_full_stop_after_a_month_is_the_sentences():
    assert [t.text for t in find_dates("He came on 5 Nov. Then he left on Nov. 7, 2025.", ref="2025-11-28")] \
        == ["5 Nov", "Nov. 7, 2025"]


@pytest.mark.parametrize("text,found,value", [
    # English editions: spelled-out counts and adjectival spans.
    ("placed on a seven-day remand", "seven-day", "P7D"),
    ("a 10-day tour", "10-day", "P10D"),
    ("for almost three months", "almost three months", "P3M"),
])
def test_english_spans_of_time(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "duration", value)


def test_english_years_ago_in_words():
    t = find_dates("Seventeen years ago he left.", ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == ("Seventeen years ago", "year", "2008")


@pytest.mark.parametrize("text,value", [
    # No reference date: the day and clock are known, the year is not.
    ("সোমবার (২৯ ডিসেম্বর) বিকেল ৪টা ৬ মিনিটে", "XXXX-12-29T16:06"),
    ("২৯ ডিসেম্বর রাত ১টায়", "XXXX-12-30T01:00"),  # the night's small hours: the next date
    ("৩১ ডিসেম্বর রাত ২টায়", "XXXX-01-01T02:00"),
])
def test_a_yearless_date_with_its_clock(text, value):
    t = find_dates(text)[0]
    assert (t.kind, t.value) == ("datetime", value)


@pytest.mark.parametrize("text,found", [
    ("Sun Communications in association with Sun Pharma", []),  # a name
    ("It happened on Sun.", [("Sun", "2025-11-23")]),
    ("Wed 26 Nov", [("Wed 26 Nov", "2025-11-26")]),
])
def test_short_english_day_names_only_as_days(text, found):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-11-28")] == found


def test_an_anaphoric_day_after_a_yearless_date_without_reference():
    got = [(t.text, t.value) for t in find_dates("৩১ ডিসেম্বর সভা হয়। পরদিন ছুটি। ওইদিন সবাই বাড়ি যান।")]
    assert got == [("৩১ ডিসেম্বর", "XXXX-12-31"), ("পরদিন", "XXXX-01-01"), ("ওইদিন", "XXXX-01-01")]


@pytest.mark.parametrize("text,value", [
    ("2025/11/24", "2025-11-24"), ("২০২৫/১১/২৪ ২১:৫২", "2025-11-24T21:52+06:00"), ("2025.11.24", "2025-11-24"),
])
def test_year_first_dates_with_slashes_or_dots(text, value):
    assert parse_date(text).value == value
    assert find_dates(f"{text} তারিখে সভা হবে।", ref="2025-11-20")[0].value == value


@pytest.mark.parametrize("text,value", [
    # Two weekdays joined by থেকে: the end on or after the start; told in the
    # past, the span that ended last (the reference is Friday 2025-11-28).
    ("বৃহস্পতিবার থেকে শনিবার পর্যন্ত বৃষ্টি হয়েছে", "2025-11-20/2025-11-22"),
    ("শনিবার থেকে বৃহস্পতিবার পর্যন্ত অফিস খোলা থাকবে", "2025-11-29/2025-12-04"),
    ("১০ ডিসেম্বর থেকে শনিবার পর্যন্ত", "2025-12-10/2025-12-13"),
])
def test_weekday_spans(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == ("range", value)


@pytest.mark.parametrize("text,value", [
    # A date's time to a bare clock: the same date (not the reference's) ...
    ("শনিবার (৩০ মার্চ) সকাল ১০টা থেকে বিকেল তিনটা", "2024-03-30T10:00+06:00/2024-03-30T15:00+06:00"),
    # ... to a clock with its own day: that day.
    ("শনিবার রাত ১১টা থেকে রবিবার ভোর ৩টা পর্যন্ত বিদ্যুৎ থাকবে না",
     "2024-03-30T23:00+06:00/2024-03-31T03:00+06:00"),
    ("২৪ নভেম্বর সকাল ১০টা থেকে ২৫ নভেম্বর বিকেল ৪টা", "2023-11-24T10:00+06:00/2023-11-25T16:00+06:00"),
])
def test_spans_from_a_dated_time(text, value):
    t = find_dates(text, ref="2024-03-28")[0]
    assert (t.kind, t.value) == ("range", value)


def test_no_span_when_the_end_comes_first():
    got = find_dates("২৫ নভেম্বর বিকেল ৪টা থেকে ২৪ নভেম্বর সকাল ১০টা", ref="2024-03-28")
    assert [t.kind for t in got] == ["datetime", "datetime"]


@pytest.mark.parametrize("text,found,value,part", [
    # A day and the part of it meant, with no clock: the date, and the part
    # (the reference is Friday 2025-11-28).
    ("বৃহস্পতিবার সকালে মিছিল হয়", "বৃহস্পতিবার সকালে", "2025-11-27", "morning"),
    ("গতকাল রাতে আগুন লাগে", "গতকাল রাতে", "2025-11-27", "night"),
    ("গত রাতে আগুন লাগে", "গত রাতে", "2025-11-27", "night"),
    ("গত সন্ধ্যায় দূতাবাসে অনুষ্ঠান হয়", "গত সন্ধ্যায়", "2025-11-27", "evening"),
    ("২৪ নভেম্বর বিকেলে বৈঠক হয়", "২৪ নভেম্বর বিকেলে", "2025-11-24", "afternoon"),
    ("আজ দুপুরে রোদ ছিল", "আজ দুপুরে", "2025-11-28", "noon"),
    ("মঙ্গলবার সন্ধ্যায় ফল ঘোষণা হয়", "মঙ্গলবার সন্ধ্যায়", "2025-11-25", "evening"),
    ("বুধবার ভোরে লঞ্চডুবি হয়", "বুধবার ভোরে", "2025-11-26", "dawn"),
    ("শুক্রবার দিবাগত রাতে হামলা হয়", "শুক্রবার দিবাগত রাতে", "2025-11-28", "night"),
    # দিবাগত with late night: still that day's night.
    ("বুধবার দিবাগত গভীর রাতে তাকে আটক করা হয়", "বুধবার দিবাগত গভীর রাতে", "2025-11-26", "night"),
    # After a prayer (`বাদ জোহর`): a funeral's or a rally's time of day.
    ("শনিবার বাদ জোহর জানাজা অনুষ্ঠিত হবে", "শনিবার বাদ জোহর", "2025-11-29", "afternoon"),
    ("শুক্রবার বাদ জুমা বিক্ষোভ মিছিল হয়", "শুক্রবার বাদ জুমা", "2025-11-28", "afternoon"),
    ("গতকাল বাদ এশা দোয়া হয়", "গতকাল বাদ এশা", "2025-11-27", "night"),
    ("সোমবার সকালের দিকে তিনি আসেন", "সোমবার সকালের দিকে", "2025-11-24", "morning"),
    ("The fire broke out on Tuesday night.", "Tuesday night", "2025-11-25", "night"),
    ("Police said this morning.", "this morning", "2025-11-28", "morning"),
    ("The match was played last night.", "last night", "2025-11-27", "night"),
    # English: the part named before the day.
    ("Police raided it in the early hours of Friday.", "the early hours of Friday", "2025-11-28", "dawn"),
    ("The fire broke out late Thursday.", "late Thursday", "2025-11-27", "night"),
    ("It happened on the night of November 27.", "the night of November 27", "2025-11-27", "night"),
    ("Police raided it early morning on Friday.", "early morning on Friday", "2025-11-28", "morning"),
])
def test_day_parts_without_a_clock(text, found, value, part):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value, t.part) == (found, "date", value, part)


@pytest.mark.parametrize("text,found,value", [
    # Midnight with no clock is 00:00 (bangla.md §4.1), of the next date when
    # a day is named with it, as `রাত ১২টা` is (W8) and `at midnight on` is.
    ("মঙ্গলবার দিবাগত মধ্যরাতে অভিযান চালানো হয়", "মঙ্গলবার দিবাগত মধ্যরাতে", "2025-11-26T00:00+06:00"),
    ("শনিবার মধ্যরাতে আগুন লাগে", "শনিবার মধ্যরাতে", "2025-11-23T00:00+06:00"),
    ("২০ নভেম্বর মধ্যরাতে অভিযান শুরু হয়", "২০ নভেম্বর মধ্যরাতে", "2025-11-21T00:00+06:00"),
    ("গতকাল মাঝরাতে বৃষ্টি নামে", "গতকাল মাঝরাতে", "2025-11-28T00:00+06:00"),
    ("শনিবার মধ্যরাত ১২টা ১০ মিনিটে", "শনিবার মধ্যরাত ১২টা ১০ মিনিটে", "2025-11-23T00:10+06:00"),
])
def test_midnight_without_a_clock(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "datetime", value)


def test_midnight_alone_is_a_clock():
    assert parse_date("মধ্যরাতে").value == "T00:00"
    assert parse_date("মাঝরাত").value == "T00:00"


@pytest.mark.parametrize("text,found,value,warnings", [
    # The fiscal year before or after the one just told (the reference is 2025-11-28).
    ("২০২৪-২৫ অর্থবছরে মুনাফা হয় ৪ হাজার কোটি টাকা। আগের অর্থবছরের তুলনায় তা বেশি।",
     "আগের অর্থবছরের", "2023-07-01/2024-06-30", ()),
    # (`একই সময়ে` after it: the same months of that year, as test_same_period_a_year_earlier has it)
    ("চলতি অর্থবছরের জুলাই-অক্টোবরে রপ্তানি বেড়েছে, যা আগের অর্থবছরের একই সময়ে কম ছিল।",
     "আগের অর্থবছরের একই সময়ে", "2024-07-01/2024-10-31", ()),
    ("২০২২-২৩ অর্থবছরে শুরু হয়, তার পরের অর্থবছরে শেষ হয়।", "তার পরের অর্থবছরে", "2023-07-01/2024-06-30", ()),
    ("FY2024-25 revenue rose; in the previous fiscal year it fell.", "previous fiscal year",
     "2023-07-01/2024-06-30", ()),
    # with none told: পরের is read as আগামী, আগের is not known
    ("পরের অর্থবছরে বাজেট বাড়বে", "পরের অর্থবছরে", "2026-07-01/2027-06-30", ()),
    ("আগের অর্থবছরের তুলনায় বেড়েছে", "আগের অর্থবছরের", None, ("no_antecedent",)),
    # English fiscal years counted from the reference, and parts of them
    ("last fiscal year", "last fiscal year", "2024-07-01/2025-06-30", ()),
    ("in the current fiscal year", "current fiscal year", "2025-07-01/2026-06-30", ()),
    ("during the first four months of the current fiscal year",
     "the first four months of the current fiscal year", "2025-07-01/2025-10-31", ()),
    ("in the first quarter of FY2024-25", "the first quarter of FY2024-25", "2024-07-01/2024-09-30", ()),
    ("in the first half of FY26", "the first half of FY26", "2025-07-01/2025-12-31", ()),
    ("in fiscal 2024-25", "fiscal 2024-25", "2024-07-01/2025-06-30", ()),  # `year` left out
    ("FY2025 revenue rose", "FY2025", "2024-07-01/2025-06-30", ()),  # the year that ends in June 2025
])
def test_fiscal_years_told_before_and_english_fiscal_years(text, found, value, warnings):
    t = [x for x in find_dates(text, ref="2025-11-28") if x.text == found][0]
    assert (t.kind, t.value, t.warnings) == ("range", value, warnings)


@pytest.mark.parametrize("text,found,value,warnings", [
    # A weekday printed with a numeric date, and a notice's `ইং তারিখ রোজ WD`:
    # one expression, the date checked by the weekday (the reference is 2025-11-20).
    ("শুক্রবার, ২৮/১১/২০২৫", "শুক্রবার, ২৮/১১/২০২৫", "2025-11-28", ()),
    ("শনিবার, ২৮/১১/২০২৫", "শনিবার, ২৮/১১/২০২৫", "2025-11-28", ("weekday_mismatch",)),
    ("২৮-১১-২০২৫ ইং তারিখ রোজ শুক্রবার সকাল ১০ ঘটিকায় সভা হবে",
     "২৮-১১-২০২৫ ইং তারিখ রোজ শুক্রবার সকাল ১০ ঘটিকায়", "2025-11-28T10:00+06:00", ()),
    ("আগামী ১৮ই ডিসেম্বর ২০২৫ ইং তারিখ রোজ বৃহস্পতিবার সভা হবে",
     "আগামী ১৮ই ডিসেম্বর ২০২৫ ইং তারিখ রোজ বৃহস্পতিবার", "2025-12-18", ()),
    ("আগামী শুক্রবার ২৮/১১/২০২৫", "আগামী শুক্রবার ২৮/১১/২০২৫", "2025-11-28", ()),
    # a dash glued to the weekday sets the date beside it (bangla.md §3.2 W1:
    # `আজ রোববার- ২৪ নভেম্বর ২০২০`), no span from one day to the other
    ("আজ শুক্রবার- ২৮ নভেম্বর ২০২৫", "আজ শুক্রবার- ২৮ নভেম্বর ২০২৫", "2025-11-28", ()),
    ("আজ রোববার- ২৮ নভেম্বর ২০২৫", "আজ রোববার- ২৮ নভেম্বর ২০২৫", "2025-11-28", ("weekday_mismatch",)),
    ("শুক্রবার-২৮ নভেম্বর বিকেলে", "শুক্রবার-২৮ নভেম্বর বিকেলে", "2025-11-28", ()),
])
def test_a_weekday_printed_with_a_numeric_date_or_after_tarikh_roj(text, found, value, warnings):
    t = find_dates(text, ref="2025-11-20")[0]
    assert (t.text, t.value, t.warnings) == (found, value, warnings)


@pytest.mark.parametrize("text,ref,kind,value", [
    # The outgoing year, week or fiscal year (a year-end review, a weekly market report).
    ("বিদায়ী বছরে ফুটবলে সাফল্য", "2025-12-27", "year", "2025"),
    ("বিদায়ী বছরে ফুটবলে সাফল্য", "2026-01-02", "year", "2025"),
    ("বিদায়ী সপ্তাহে ডিএসইতে লেনদেন বেড়েছে", "2025-12-27", "week", "2025-W52"),
    ("বিদায়ী অর্থবছরে রপ্তানি আয় বেড়েছে", "2025-07-15", "range", "2024-07-01/2025-06-30"),
    ("বিদায়ী অর্থবছরে রপ্তানি আয় বেড়েছে", "2026-06-20", "range", "2025-07-01/2026-06-30"),
])
def test_the_outgoing_year_week_and_fiscal_year(text, ref, kind, value):
    t = find_dates(text, ref=ref)[0]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,found,value", [
    # `ওই বছর`, `একই মাসে`, `the same year`: the year or month told before them.
    ("২০১৮ সালে তিনি দেশে ফেরেন। ওই বছর নির্বাচন হয়।", "ওই বছর", "2018"),
    ("২০২৪ সালের জুলাইয়ে আন্দোলন শুরু হয়। একই মাসে সরকারের পতন ঘটে।", "একই মাসে", "2024-07"),
    ("In 2008, he left. The same year, elections were held.", "The same year", "2008"),
    ("সালটা ১৯৭৩। সেবার বেশ আলোচনা হয়। ওই বছর তার বয়স ২৯।", "ওই বছর", "1973"),  # the year word before its digits
])
def test_that_year_and_the_same_month(text, found, value):
    t = [x for x in find_dates(text, ref="2025-11-28") if x.text == found][0]
    assert t.value == value


def test_that_year_with_no_year_told_before_is_not_known():
    t = find_dates("ওই বছর তার বয়স ছিল ২৯", ref="2025-11-28")[0]
    assert (t.value, t.warnings) == (None, ("no_antecedent",))


@pytest.mark.parametrize("text,found,value", [
    # The day words with the clitic -ও (today too, yesterday too).
    ("শেয়ারবাজারে আজও দরপতন", "আজও", "2025-11-28"), ("গতকালও বৃষ্টি হয়", "গতকালও", "2025-11-27"),
    ("আগামীকালও বন্ধ থাকবে", "আগামীকালও", "2025-11-29"),
])
def test_day_words_with_the_clitic_o(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.value) == (found, value)


def test_once_the_night_is_over_is_tomorrow():
    t = find_dates("রাত পোহালেই ভোট", ref="2025-11-28")[0]
    assert (t.text, t.value, t.part) == ("রাত পোহালেই", "2025-11-29", None)


@pytest.mark.parametrize("text,years", [
    # Years listed before a সাল share it.
    ("২০১৪ ও ২০১৮ সালের নির্বাচন", ["2014", "2018"]),
    ("১৯৯১, ১৯৯৬ ও ২০০১ সালে", ["1991", "1996", "2001"]),
    ("৫০০ ও ২০১৮ সালের", ["2018"]),  # a count is no year
])
def test_years_listed_before_a_shared_sal(text, years):
    assert [t.value for t in find_dates(text, ref="2025-11-28") if t.kind == "year"] == years


@pytest.mark.parametrize("text,value", [
    # The colloquial গেল (last) and আসছে, সামনের (next) before a yearless
    # date pick its year as গত and আগামী do (the reference is 2025-11-28).
    ("গেল ১৬ ডিসেম্বর", "2024-12-16"), ("আসছে ১৬ ডিসেম্বর", "2025-12-16"),
    # a day of a month alone: the last or the next such day
    ("গত ১৫ তারিখে", "2025-11-15"), ("আগামী ৫ তারিখে", "2025-12-05"), ("আগামী ৩০ তারিখে", "2025-11-30"),
    ("সামনের ২৫ মার্চ", "2026-03-25"), ("গেল ৫ আগস্ট", "2025-08-05"),
])
def test_colloquial_last_and_next_before_a_yearless_date(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.value) == (text, value)


@pytest.mark.parametrize("text,found,kind,value", [
    # English vague counts of a unit, as the Bangla ones (TimeML's references
    # and X durations).
    ("He arrived a few days ago.", "a few days ago", "date", "PAST_REF"),
    ("a couple of weeks ago", "a couple of weeks ago", "date", "PAST_REF"),
    ("The rules will change in the coming weeks.", "in the coming weeks", "date", "FUTURE_REF"),
    ("A decision is expected in the next few days.", "in the next few days", "date", "FUTURE_REF"),
    ("They will meet a few weeks later.", "a few weeks later", "date", "FUTURE_REF"),
    ("A few days later, he died.", "A few days later", "duration", "PXD"),
    ("The road was closed for several months.", "for several months", "duration", "PXM"),
    ("A verdict is expected within several weeks.", "within several weeks", "duration", "PXW"),
    ("মেরামতে কয়েক দিন সময় লাগতে পারে", "কয়েক দিন সময়", "duration", "PXD"),
    ("এর ক'দিন আগেই হামলা হয়", "ক'দিন আগেই", "date", "PAST_REF"),  # the clipped কয়েক
    ("পরপর দু'বছর প্যারেড হয়নি", "দু'বছর", "duration", "P2Y"),  # the clipped দু' glued to its unit
    ("It may persist throughout the current month.", "current month", "month", "2025-11"),
    ("Talks will resume in the coming week.", "coming week", "week", "2025-W49"),
    # `in N units` with a verb that looks ahead: that day (month, year) ahead
    ("The results will be published in two days.", "in two days", "date", "2025-11-30"),
    ("The bridge will open in three weeks' time.", "in three weeks' time", "date", "2025-12-19"),
    ("He died in two days.", "two days", "duration", "P2D"),
])
def test_english_vague_counts(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,found,kind,value", [
    # A count given as a range: a range of durations (as SUTime writes one),
    # or the days, months or years it spans before or after the reference
    # (2025-11-28).
    ("দুই-তিন দিন আগে তিনি আসেন", "দুই-তিন দিন আগে", "range", "2025-11-25/2025-11-26"),
    ("১০ থেকে ১২ দিন ধরে বন্ধ", "১০ থেকে ১২ দিন ধরে", "duration", "P10D/P12D"),
    ("গত দুই-তিন মাসে দাম বেড়েছে", "গত দুই-তিন মাসে", "duration", "P2M/P3M"),
    ("চার-পাঁচ বছর আগে", "চার-পাঁচ বছর আগে", "range", "2020-01-01/2021-12-31"),
    ("৩-৪ মাস আগে", "৩-৪ মাস আগে", "range", "2025-07-01/2025-08-31"),
    ("৫-৭ দিন পর ফল প্রকাশ হবে", "৫-৭ দিন পর", "range", "2025-12-03/2025-12-05"),
    ("২-৩ ঘণ্টা সময় লাগে", "২-৩ ঘণ্টা", "duration", "PT2H/PT3H"),
    ("দুই-আড়াই ঘণ্টা সময় লাগে", "দুই-আড়াই ঘণ্টা", "duration", "PT2H/PT2H30M"),  # a fraction in a duration
    ("two to three weeks ago", "two to three weeks ago", "range", "2025-11-07/2025-11-14"),
    ("children aged between 3 and 20 days", "3 and 20 days", "duration", "P3D/P20D"),
    # counted from an event named before it: durations
    ("নির্বাচনের চার-পাঁচ মাস আগে", "চার-পাঁচ মাস আগে", "duration", "P4M/P5M"),
    # halves of years and months before or after: 12 to 18 months; a half
    # month is 15 days, as in `দেড় মাস আগে`
    ("এক-দেড় বছর আগে তিনি আসেন", "এক-দেড় বছর আগে", "range", "2024-05-01/2024-11-30"),
    ("দেড়-দুই বছর পর নির্বাচন হবে", "দেড়-দুই বছর পর", "range", "2027-05-01/2027-11-30"),
    ("দেড়-দুই মাস আগে তিনি আসেন", "দেড়-দুই মাস আগে", "range", "2025-09-28/2025-10-13"),
])
def test_counts_given_as_a_range(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,found,value", [
    # A prayer or fasting time named before its clock gives the part of the
    # day (a prayer-times page; the reference is 2025-11-28).
    ("আসর: ৩টা ৩৩ মিনিট", "আসর: ৩টা ৩৩ মিনিট", "2025-11-28T15:33+06:00"),
    ("মাগরিব ৫টা ১২ মিনিটে", "মাগরিব ৫টা ১২ মিনিটে", "2025-11-28T17:12+06:00"),
    ("জোহর: ১২টা ০৫ মিনিট", "জোহর: ১২টা ০৫ মিনিট", "2025-11-28T12:05+06:00"),
    ("ফজর: ৫টা ০৪ মিনিট", "ফজর: ৫টা ০৪ মিনিট", "2025-11-28T05:04+06:00"),
    ("ইফতার ৫টা ১২ মিনিটে", "ইফতার ৫টা ১২ মিনিটে", "2025-11-28T17:12+06:00"),
    ("আগামীকাল সূর্যোদয় ৬টা ২৩ মিনিটে", "আগামীকাল সূর্যোদয় ৬টা ২৩ মিনিটে", "2025-11-29T06:23+06:00"),
    # after the clock the word is no part: `আসর` is also a session
    ("১০টায় আসর বসবে", "১০টায়", "2025-11-28T10:00+06:00"),
    # the clock after `শুরু`, `সময় শুরু` or a dash (dhakawatch-like rows)
    ("জোহরের সময় শুরু - ১১টা ৫৩ মিনিট", "জোহরের সময় শুরু - ১১টা ৫৩ মিনিট", "2025-11-28T11:53+06:00"),
    ("মাগরিব - ৫টা ১২ মিনিট", "মাগরিব - ৫টা ১২ মিনিট", "2025-11-28T17:12+06:00"),
    ("আগামীকাল ফজর শুরু - ৫টা ০২ মিনিটে", "আগামীকাল ফজর শুরু - ৫টা ০২ মিনিটে", "2025-11-29T05:02+06:00"),
    # the row's day in brackets before a colon (`ফজর (রোববার, ৩০ নভেম্বর): …`)
    ("ফজর (রোববার, ৩০ নভেম্বর): ৫টা ০২ মিনিট।", "(রোববার, ৩০ নভেম্বর): ৫টা ০২ মিনিট", "2025-11-30T05:02+06:00"),
])
def test_prayer_times_before_a_clock(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "datetime", value)


@pytest.mark.parametrize("text", [
    "বৃহস্পতিবার সকাল ১০টায় মিছিল হয়",  # a clock: a datetime, no part
    "শনিবার রাতারাতি সব বদলে যায়",  # রাতারাতি (overnight) is no part of a day
])
def test_day_part_only_without_a_clock(text):
    t = find_dates(text, ref="2025-11-28")[0]
    assert t.part is None
    assert "রাতারাতি" not in t.text


@pytest.mark.parametrize("text,found,kind,value,mod", [
    # English years after a preposition, decades, spans of years and of hours.
    ("The party has been in power since 2009.", "2009", "year", "2009", "ON_OR_AFTER"),
    ("The plant will open in early 2024.", "early 2024", "year", "2024", "START"),
    ("Work ends by mid-2025.", "mid-2025", "year", "2025", "MID"),
    ("He came to Dhaka in the late 1970s.", "late 1970s", "decade", "197", "END"),
    ("Prices rose in the 1990s.", "1990s", "decade", "199", None),
    ("Prices rose in the '90s.", "'90s", "decade", "199", None),
    ("It was a hit in the late '80s.", "late '80s", "decade", "198", "END"),
    ("He served from 2009 to 2014.", "2009 to 2014", "range", "2009-01-01/2014-12-31", None),
    ("It happened the day before yesterday.", "the day before yesterday", "date", "2025-11-26", None),
    ("Offices stay open 2-5pm.", "2-5pm", "range", "2025-11-28T14:00+06:00/2025-11-28T17:00+06:00", None),
    ("Voting runs between 2 and 5 pm.", "between 2 and 5 pm", "range",
     "2025-11-28T14:00+06:00/2025-11-28T17:00+06:00", None),
    ("The fair opens on Saturday from 10am to 4pm.", "Saturday from 10am to 4pm", "range",
     "2025-11-29T10:00+06:00/2025-11-29T16:00+06:00", None),  # opens: the coming Saturday
    ("The curfew lasts from 11pm to 2am.", "11pm to 2am", "range",
     "2025-11-28T23:00+06:00/2025-11-29T02:00+06:00", None),
    ("The vote is on the 5th of December.", "the 5th of December", "date", "2025-12-05", None),
    ("It began on the 21st of February, 1952.", "the 21st of February, 1952", "date", "1952-02-21", None),
    ("Prices have risen since March.", "March", "month", "2025-03", "ON_OR_AFTER"),  # since: gone by
    ("She rented the flat a week ago.", "a week ago", "date", "2025-11-21", None),
    ("The plant will open a year later.", "a year later", "year", "2026", None),
    # a year closing an `of` phrase, or before the event it names
    ("It recalled the Liberation War of 1971.", "1971", "year", "1971", None),
    ("In the 2008 election, the party won.", "2008", "year", "2008", None),
    ("ahead of the 2026 polls", "2026", "year", "2026", None),
])
def test_english_years_decades_and_spans(text, found, kind, value, mod):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value, t.mod) == (found, kind, value, mod)


@pytest.mark.parametrize("text", [
    "a total of 2024 votes were cast",  # no preposition: a count
    "in 2019 cases the court ruled",  # a count after the preposition
    "in 2,019 villages",
    "the deaths of 2000 people", "the 2000 people who came",  # counts after `of` and `the`
])
def test_english_numbers_that_are_no_years(text):
    assert [t.kind for t in find_dates(text, ref="2025-11-28")] == []


def test_english_years_joined_by_and():
    got = find_dates("JP won in 1991 and 1996, and from 2001 onward", ref="2025-11-28")
    assert [(t.text, t.value) for t in got] == [("1991", "1991"), ("1996", "1996"), ("2001", "2001")]


@pytest.mark.parametrize("text,found,kind,value", [
    # A count from today is the count alone, not a span from today.
    ("আজ থেকে ১০ দিন আগে এই ঘটনা ঘটে", "আজ থেকে ১০ দিন আগে", "date", "2025-11-18"),
    ("আজ থেকে ঠিক এক বছর আগে", "আজ থেকে ঠিক এক বছর আগে", "year", "2024"),
    ("আজ থেকে তিন মাস পর নির্বাচন", "আজ থেকে তিন মাস পর", "month", "2026-02"),
    # A span from today to a date stays a span.
    ("আজ থেকে ২০ ডিসেম্বর পর্যন্ত", "আজ থেকে ২০ ডিসেম্বর", "range", "2025-11-28/2025-12-20"),
])
def test_counted_from_today(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


def test_a_day_and_a_count_before_it_make_no_span_into_next_year():
    got = find_dates("গতকাল থেকে দুই দিন আগে", ref="2025-11-28")
    assert [t.value for t in got] == ["2025-11-27", "2025-11-26"]


@pytest.mark.parametrize("text,found,value", [
    # The first or last day of a month, year or month of another calendar.
    ("ডিসেম্বরের শেষ দিনে ফল প্রকাশ", "ডিসেম্বরের শেষ দিনে", "2025-12-31"),
    ("২০২৫ সালের শেষ দিনে", "২০২৫ সালের শেষ দিনে", "2025-12-31"),
    ("মাসের প্রথম দিনে বেতন", "মাসের প্রথম দিনে", "2025-11-01"),
    ("পৌষের শেষ দিনে পৌষসংক্রান্তি", "পৌষের শেষ দিনে", "2026-01-14"),
    ("রমজানের প্রথম দিনে", "রমজানের প্রথম দিনে", "2026-02-18"),
])
def test_first_and_last_days(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "date", value)


def test_the_new_year_is_not_this_one():
    assert find_dates("নতুন বছরের প্রথম দিনে", ref="2025-11-28") == []


@pytest.mark.parametrize("text,found,kind,value", [
    # A year named in the genitive, then its day or month printed without a year.
    ("একাত্তরের ২৫ মার্চ রাতে গণহত্যা শুরু হয়", "একাত্তরের ২৫ মার্চ রাতে", "date", "1971-03-25"),
    ("বায়ান্নর ২১ ফেব্রুয়ারি", "বায়ান্নর ২১ ফেব্রুয়ারি", "date", "1952-02-21"),
    ("'৭১-র ১৬ই ডিসেম্বর", "'৭১-র ১৬ই ডিসেম্বর", "date", "1971-12-16"),
    ("একাত্তরের ডিসেম্বরে বিজয়", "একাত্তরের ডিসেম্বরে", "month", "1971-12"),
])
def test_a_named_year_then_its_day(text, found, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,kind,value", [
    ("আসছে রমজানে দাম বাড়তে পারে", "range", "2026-02-18/2026-03-19"),  # আসছে: the next one
    ("আসছে বছর নির্বাচন", "year", "2026"),
    ("আসছে সপ্তাহে বৈঠক", "week", "2025-W49"),
])
def test_asche_is_next(text, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,found", [
    ("রমজান উপলক্ষে বাজার তদারকি", "রমজান"),  # for Ramadan: the one at hand
    ("পবিত্র রমজান উপলক্ষ্যে ইফতার", "পবিত্র রমজান"),
    ("রমজানজুড়ে ইফতার বিতরণ", "রমজানজুড়ে"),  # throughout Ramadan
])
def test_a_hijri_month_named_for_an_occasion(text, found):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "range", "2026-02-18/2026-03-19")


def test_a_bare_hijri_month_stays_undated():
    assert find_dates("রমজানে দাম বাড়ে", ref="2025-11-28") == []  # a general truth as often


@pytest.mark.parametrize("text,value", [
    # More named days of the Bangladeshi calendar of observances.
    ("ভালোবাসা দিবসে ফুলের দাম বাড়ে", "2026-02-14"),
    ("আন্তর্জাতিক নারী দিবস উপলক্ষে", "2026-03-08"),
    ("নারী দিবসে সমাবেশ", "2026-03-08"), ("মাতৃভাষা দিবসে শ্রদ্ধা", "2026-02-21"),  # without আন্তর্জাতিক
    ("এইডস দিবস উপলক্ষে র‍্যালি", "2025-12-01"),
    ("জেল হত্যা দিবসে শ্রদ্ধা", "2025-11-03"),
    ("ইংরেজি নববর্ষে", "2026-01-01"),
    ("থার্টি ফার্স্ট নাইটে আতশবাজি নিষিদ্ধ", "2025-12-31"),
    ("বেগম রোকেয়া দিবসে পদক দেওয়া হয়", "2025-12-09"),
    ("বাংলা নববর্ষ উদযাপনের প্রস্তুতি", "2026-04-14"),
    # the last day of a Bangla month (সংক্রান্তি), by the 2019 rule
    ("চৈত্রসংক্রান্তির মেলা", "2026-04-13"), ("পৌষ সংক্রান্তিতে পিঠা উৎসব", "2026-01-14"),
    ("শবে মেরাজ উপলক্ষে", "2026-01-16"),  # 27 Rajab (Umm al-Qura)
    # written as one word, or with মিরাজ
    ("পবিত্র শবেমেরাজ আজ", "2026-01-16"), ("শবে মিরাজ উপলক্ষে", "2026-01-16"),
    ("শবেবরাত উপলক্ষে ছুটি", "2026-02-03"), ("শবেকদর উপলক্ষে", "2026-03-16"),
])
def test_more_named_days(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == ("date", value)
    assert t.part == ("night" if "নাইট" in text else None)


@pytest.mark.parametrize("text,value", [
    ("The bridge was recently repaired.", "PAST_REF"), ("Prices fell in recent days.", "PAST_REF"),
    ("He is currently abroad.", "PRESENT_REF"), ("Work will start soon.", "FUTURE_REF"),
    ("More rain is likely in the coming days.", "FUTURE_REF"), ("আগামী দিনে আরও বৃষ্টি হবে", "FUTURE_REF"),
    ("Talks may resume in the near future.", "FUTURE_REF"), ("অদূর ভবিষ্যতে আলোচনা হতে পারে", "FUTURE_REF"),
    ("Prices have risen lately.", "PAST_REF"),
    ("সামনের দিনগুলোতে দাম বাড়বে", "FUTURE_REF"), ("আগামীতে আরও কঠোর হবে", "FUTURE_REF"),
    ("সাম্প্রতিককালে দাম বেড়েছে", "PAST_REF"),
])
def test_reference_points_on_both_editions(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == ("date", value)


@pytest.mark.parametrize("text", ["Soon after the vote, results came.", "Reply as soon as possible."])
def test_soon_after_an_event_is_no_reference_point(text):
    assert find_dates(text, ref="2025-11-28") == []


@pytest.mark.parametrize("text,value", [
    # A year named before a Hijri or Bangla month: the month that begins in it.
    ("এ বছরের রমজানে দাম বেড়েছিল", "2025-03-01/2025-03-29"),
    ("২০২৪ সালের রমজানে", "2024-03-11/2024-04-09"),
    ("গত বছরের পৌষ মাসে", "2024-12-16/2025-01-14"),
])
def test_a_year_then_its_calendar_month(text, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == ("range", value)


@pytest.mark.parametrize("text,value", [
    ("আগামিকাল সকালে বৈঠক", "2025-11-29"),  # আগামি-, as West Bengal spells it
    ("গতকালকে তিনি আসেন", "2025-11-27"),
    ("পরশুদিন তিনি আসবেন", "2025-11-30"),  # পরশু by the tense, as ever
    ("পরশু দিন তিনি এসেছিলেন", "2025-11-26"),  # written apart: the same word, the tense decides
    ("পরশু দিন হরতাল", "2025-11-30"),  # no verb, an event set for it: ahead, as `পরশুদিন হরতাল`
])
def test_day_word_spellings(text, value):
    assert find_dates(text, ref="2025-11-28")[0].value == value


def test_a_unit_doubled_in_the_locative_counts_no_time():
    # `দিনে দিনে`: the same day; half of them is no half-day.
    assert find_dates("এগুলোর অর্ধেকও দিনে দিনে ঘুরে আসতে পারে", ref="2025-11-28") == []


@pytest.mark.parametrize("text,kind,value", [
    # Some time after an event of a story told in the past: a duration.
    ("এর কয়েকদিন পর তিনি বলেছিলেন", "duration", "PXD"),
    ("দীর্ঘদিন পর দলে ফিরেছেন শাদাব", "duration", "PXD"),
    # Looking ahead: some time after the reference.
    # Told in the simple present or with no verb near: news narrates; or
    # "the first time in long", whatever the tense short of the future.
    ("কয়েক ঘণ্টা পর কুমিল্লা-৪ আসনে জামায়াত মনোনীত প্রার্থী সাইফুল ইসলাম শহিদ নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দেন",
     "duration", "PTXH"),
    ("বহুদিন পর মাঠে দেখা যায় তাকে", "duration", "PXD"),
    ("অনেকদিন পরে ভালো লাগছে", "duration", "PXD"),
    ("দীর্ঘদিন পর দেশে ফিরে খাপ খাওয়ানোর চ্যালেঞ্জও আছে", "duration", "PXD"),
    # Looking ahead: some time after the reference.
    ("কয়েক দিন পর নির্বাচন হবে", "date", "FUTURE_REF"),
    ("কয়েক দিন পর আসছে নতুন বাজেট", "date", "FUTURE_REF"),  # the present of what is coming
    ("বহুদিন পর বাড়ি ফিরবেন তিনি", "date", "FUTURE_REF"),
    ("চূড়ান্ত সিদ্ধান্ত নেওয়া হবে কয়েক দিন পর", "date", "FUTURE_REF"),  # the verb before it
])
def test_some_time_later_by_the_tense(text, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,kind,value", [
    ("সিকি শতাব্দী ধরে ক্ষমতায়", "duration", "P25Y"),  # a quarter century
    ("সিকি শতাব্দী আগে", "year", "2000"),
])
def test_a_quarter_century(text, kind, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,want", [
    # The year or month after or before one the text told with its digits.
    ("২০১৮ সালে তিনি যান। পরের বছর তিনি ফেরেন", [("year", "2018"), ("year", "2019")]),
    ("২০২৩ সালে ৫০ জন মারা যান, আগের বছর ছিল ৪০", [("year", "2023"), ("year", "2022")]),
    ("২০২৩ সালে আয় তার আগের বছর থেকে কমেছে", [("year", "2023"), ("year", "2022")]),
    ("২০২৪ সালের জুলাইয়ে আন্দোলন হয়। পরের মাসে সরকার পড়ে", [("month", "2024-07"), ("month", "2024-08")]),
    ("গত ১০ মার্চ তিনি আসেন, পরের মাসে ফেরেন", [("date", "2025-03-10"), ("month", "2025-04")]),
    ("in 2019 and the following year", [("year", "2019"), ("year", "2020")]),
    # With no year told just before, পরের বছর is read as আগামী বছর is …
    ("পরের বছর নির্বাচন হবে", [("year", "2026")]),
    ("২০২৩ সালে গণঅভ্যুত্থানের পরের বছর", [("year", "2023"), ("year", "2026")]),  # after an event
    # … unless the clause tells the past: the year after a time not named
    ("এক বছর পারেননি। পরবর্তী বছর ২০ রাত ইতিকাফ করেছেন।", [("duration", "P1Y"), ("year", None)]),
    # … and আগের বছর, or a year counted from words alone, is not known.
    ("আগের বছরের তুলনায় বেড়েছে", [("year", None)]),
    ("গত বছর মেলা হয়নি, আগের বছর হয়েছিল", [("year", "2024"), ("year", None)]),
])
def test_the_year_or_month_after_one_told(text, want):
    got = find_dates(text, ref="2025-11-28")
    assert [(d.kind, d.value) for d in got] == want
    assert all(("no_antecedent" in d.warnings) == (d.value is None) for d in got)


@pytest.mark.parametrize("text,found,value", [
    # An English day with its year printed after `in`.
    ("The director passed away on 14 January in 2008.", "14 January in 2008", "2008-01-14"),
    ("He was arrested on March 5 in 2019", "March 5 in 2019", "2019-03-05"),
])
def test_an_english_day_with_its_year_after_in(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


@pytest.mark.parametrize("text,kind,value", [
    # Months of a fiscal year (July-June): July-December in its first year.
    ("২০২৩-২৪ অর্থবছরের জানুয়ারিতে", "month", "2024-01"),
    ("গত অর্থবছরের ডিসেম্বরে", "month", "2024-12"),
    ("২০২৪-২৫ অর্থবছরের জুলাই-সেপ্টেম্বর সময়ে", "range", "2024-07-01/2024-09-30"),
    ("২০২৩-২৪ অর্থবছরের অক্টোবর-মার্চ", "range", "2023-10-01/2024-03-31"),
    ("২০২৩-২৪ অর্থবছরের অক্টোবর-ফেব্রুয়ারি", "range", "2023-10-01/2024-02-29"),  # a leap February
    ("২০২৪-২০২৫ অর্থবছরের ১ জুলাই থেকে ২৫ নভেম্বর", "range", "2024-07-01/2024-11-25"),
    ("২০২৩-২৪ অর্থবছরের ১৫ জানুয়ারি", "date", "2024-01-15"),
])
def test_months_of_a_fiscal_year(text, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == (kind, value)


def test_months_across_a_fiscal_years_end_are_not_its_months():
    got = find_dates("২০২৩-২৪ অর্থবছরের মার্চ-আগস্ট", ref="2025-11-28")
    assert [d.value for d in got][0] == "2023-07-01/2024-06-30" and len(got) == 2


@pytest.mark.parametrize("text,found,value", [
    # An English month, then a span of its days.
    ("Hajj flights between Jan 5–7", "Jan 5–7", "2026-01-05/2026-01-07"),
    ("The fair runs January 5-7, 2026", "January 5-7, 2026", "2026-01-05/2026-01-07"),
    ("from December 28 to 31", "December 28 to 31", "2025-12-28/2025-12-31"),
    ("between March 3 and 5", "March 3 and 5", "2026-03-03/2026-03-05"),
])
def test_an_english_month_then_a_span_of_days(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value) == (found, "range", value)


def test_and_joins_days_only_after_between():
    assert [d.text for d in find_dates("on March 3 and 5 people died", ref="2025-11-28")] == ["March 3"]


@pytest.mark.parametrize("text,found,value", [
    # An approximate count after its unit, with a case ending: a duration.
    ("গত বছর দেড়েকের মধ্যে বাংলাদেশে", "বছর দেড়েকের", "P1Y6M"),
    ("মাস ছয়েকের মধ্যে", "মাস ছয়েকের", "P6M"),
])
def test_an_approximate_count_after_its_unit_with_a_case_ending(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value) == (found, "duration", value)


@pytest.mark.parametrize("text,tz,value", [
    # India's fiscal year runs April-March: অর্থবর্ষ, or any fiscal year on a page read in India time.
    ("২০২৪-২৫ অর্থবর্ষে", None, "2024-04-01/2025-03-31"),
    ("চলতি অর্থবর্ষে", None, "2025-04-01/2026-03-31"),
    ("২০২৪-২৫ অর্থবছরে", "+05:30", "2024-04-01/2025-03-31"),
    ("2024-25 fiscal year", "+05:30", "2024-04-01/2025-03-31"),
    # Bangladesh's runs July-June, and আর্থিক বছর follows the page.
    ("২০২৪-২৫ অর্থবছরে", None, "2024-07-01/2025-06-30"),
    ("চলতি আর্থিক বছরে", None, "2025-07-01/2026-06-30"),
])
def test_fiscal_years_of_india_and_bangladesh(text, tz, value):
    [d] = find_dates(text, ref="2025-11-28", tz=tz)
    assert (d.kind, d.value) == ("range", value)


@pytest.mark.parametrize("text,ref,value", [
    # একুশের প্রথম প্রহরে: the first minute of 21 February (bangla.md §8).
    ("একুশের প্রথম প্রহরে শ্রদ্ধা জানাবেন রাষ্ট্রপতি।", "2025-11-28", "2026-02-21T00:01+06:00"),
    ("একুশের প্রথম প্রহরে শ্রদ্ধা জানান রাষ্ট্রপতি।", "2026-02-21", "2026-02-21T00:01+06:00"),
    ("একুশের প্রথম প্রহরে", None, "XXXX-02-21T00:01"),
])
def test_the_first_watch_of_ekushe(text, ref, value):
    [d] = find_dates(text, ref=ref)
    assert (d.kind, d.value) == ("datetime", value)


def test_ekushe_alone_is_no_date():
    assert find_dates("একুশের বইমেলা শুরু", ref="2025-11-28") == []


@pytest.mark.parametrize("text,kind,value", [
    # A weekend, as TimeML writes it (its days are the page's country's).
    ("last weekend", "week", "2025-W47-WE"), ("this weekend", "week", "2025-W48-WE"),
    ("গত সপ্তাহান্তে", "week", "2025-W47-WE"), ("আগামী সপ্তাহান্তে", "week", "2025-W49-WE"),
    # The past decade or decades, up to the reference date.
    ("over the past decade", "duration", "P10Y"), ("in the last two decades", "duration", "P20Y"),
    ("over the past few decades", "duration", "PXDE"),
    # English durations with `and a half`.
    ("for two and a half years", "duration", "P2Y6M"),
])
def test_weekends_decades_and_halves(text, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == (kind, value)


def test_the_last_decade_of_a_century_is_no_duration():
    assert find_dates("in the last decade of the century", ref="2025-11-28") == []


@pytest.mark.parametrize("text,value", [
    # Midnight and the small hours name their part of the night.
    ("মধ্যরাত ১২টা ১ মিনিটে", "2025-11-28T00:01+06:00"),  # not 12:01 noon
    ("মাঝরাত ১২টায়", "2025-11-28T00:00+06:00"),
    ("গভীর রাত ২টায়", "2025-11-28T02:00+06:00"),
    ("ভোররাত ৪টায়", "2025-11-28T04:00+06:00"),
    ("বৃহস্পতিবার মধ্যরাত ১২টায়", "2025-11-28T00:00+06:00"),  # the next calendar date
])
def test_midnight_and_the_small_hours(text, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value) == (text, "datetime", value)


@pytest.mark.parametrize("text,found,value", [
    # A zone printed after the time.
    ("The meeting starts at 10:00 GMT", "10:00 GMT", "2025-11-28T10:00+00:00"),
    ("at 09:52 AM EST", "09:52 AM EST", "2025-11-28T09:52-05:00"),
    ("at 3pm Dhaka time", "3pm Dhaka time", "2025-11-28T15:00+06:00"),
    ("খেলা শুরু রাত ১০টায় (বাংলাদেশ সময়)", "রাত ১০টায় (বাংলাদেশ সময়)", "2025-11-28T22:00+06:00"),
    ("বিকেল ৪টা (ভারতীয় সময়)", "বিকেল ৪টা (ভারতীয় সময়)", "2025-11-28T16:00+05:30"),
    # A shift after GMT or UTC counts from it, as in a date line (it had been read as GMT).
    ("২৪ নভেম্বর ২০২৫ | ৯:৫২ PM GMT+6", "২৪ নভেম্বর ২০২৫ | ৯:৫২ PM GMT+6", "2025-11-24T21:52+06:00"),
    ("at 9:52 PM (GMT+06:00).", "9:52 PM (GMT+06:00)", "2025-11-28T21:52+06:00"),
    ("রাত ১০টায় (জিএমটি+৬)", "রাত ১০টায় (জিএমটি+৬)", "2025-11-28T22:00+06:00"),
    ("at 10:00 UTC -5 on", "10:00 UTC -5", "2025-11-28T10:00-05:00"),
    ("10:00 GMT+5:30", "10:00 GMT+5:30", "2025-11-28T10:00+05:30"),
    ("10:00 GMT, ১২ জন", "10:00 GMT", "2025-11-28T10:00+00:00"),
    # English `local time` is the zone of the place named before it, as স্থানীয় সময় is.
    ("The flight left London on Wednesday evening at 6:15 pm local time",
     "Wednesday evening at 6:15 pm local time", "2025-11-26T18:15+00:00"),
    ("It landed in Sylhet at 9:56 am local time.", "9:56 am local time", "2025-11-28T09:56+06:00"),
])
def test_a_zone_after_the_time(text, found, value):
    d = find_dates(text, ref="2025-11-28")[-1]
    assert (d.text, d.value) == (found, value)


def test_local_time_with_no_place_named_floats():
    [d] = find_dates("at 9:30 am local time", ref="2025-11-28")
    assert (d.value, d.warnings) == ("2025-11-28T09:30", ("local_time",))


@pytest.mark.parametrize("text,value,mod", [
    # English: a part of a period named before it.
    ("by the end of this month", "2025-11", "END"), ("the beginning of next year", "2026", "START"),
    ("late last year", "2024", "END"), ("the middle of next month", "2025-12", "MID"),
    ("earlier this month", "2025-11", None),  # some time of it before now, not its start
])
def test_english_parts_of_periods(text, value, mod):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.value, d.mod) == (value, mod)


@pytest.mark.parametrize("text,value", [
    # Halves and quarters of a year.
    ("in the first half of 2026", "2026-01-01/2026-06-30"),
    ("the third quarter of 2025", "2025-07-01/2025-09-30"),
    ("the last quarter of this year", "2025-10-01/2025-12-31"),
    ("second half of last year", "2024-07-01/2024-12-31"),
    ("Q3 2025", "2025-07-01/2025-09-30"), ("2025 Q4", "2025-10-01/2025-12-31"), ("H1 2026", "2026-01-01/2026-06-30"),
])
def test_halves_and_quarters_of_a_year(text, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == ("range", value)


@pytest.mark.parametrize("text,found,kind,value", [
    # One of an English unit after within/for/over: a duration; a fortnight is two weeks.
    ("within a week of the vote", "a week", "duration", "P1W"),
    ("cancelled for one day", "one day", "duration", "P1D"),
    ("over the past year and a half.", "the past year and a half", "duration", "P1Y6M"),
    ("a fortnight ago", "a fortnight ago", "date", "2025-11-14"),
    ("over a year ago", "a year ago", "year", "2024"),  # `ago` keeps its reading
])
def test_one_english_unit_as_a_duration(text, found, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value) == (found, kind, value)


@pytest.mark.parametrize("text,found,value,mod,warnings", [
    # a qualifier before the one unit: part of the span, as a count's is
    ("in exile for almost a decade", "almost a decade", "P10Y", None, ("approximate",)),
    ("jailed for over a decade", "over a decade", "P10Y", "MORE_THAN", ()),
    ("closed for more than a year", "more than a year", "P1Y", "MORE_THAN", ()),
    ("within less than a week", "less than a week", "P1W", "LESS_THAN", ()),
    ("for at least a month", "at least a month", "P1M", "EQUAL_OR_MORE", ()),
    ("for a decade", "a decade", "P10Y", None, ()),
])
def test_one_english_unit_with_a_qualifier(text, found, value, mod, warnings):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value, d.mod, d.warnings) == (found, "duration", value, mod, warnings)


@pytest.mark.parametrize("text,found,kind,value", [
    ("about a week ago", "about a week ago", "date", "2025-11-21"),
    ("Almost a decade ago, the party split", "Almost a decade ago", "year", "2015"),
    ("Nearly a year later, he returned", "Nearly a year later", "duration", "P1Y"),
    ("nearly half a century ago", "nearly half a century ago", "year", "1975"),
])
def test_one_english_unit_ago_about(text, found, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.kind, d.value, d.warnings) == (found, kind, value, ("approximate",))


@pytest.mark.parametrize("text,found,kind,value", [
    # a century counted, as অর্ধশতাব্দী is (a century named, `the 21st century`, is read apart)
    ("ruled for half a century", "half a century", "duration", "P50Y"),
    ("a quarter of a century of rule", "a quarter of a century", "duration", "P25Y"),
    ("built a century ago", "a century ago", "year", "1925"),
    ("a century-old building", None, None, None),
    ("He hit one century and three half-centuries", None, None, None),  # a cricketer's hundred
    ("coming off a century against India", None, None, None),
    ("reached half a century off 30 balls", None, None, None),
    ("returned after half a century", "half a century", "duration", "P50Y"),
    ("ruled the land for a century", "a century", "duration", "P100Y"),
])
def test_an_english_century_counted(text, found, kind, value):
    got = [(d.text, d.kind, d.value) for d in find_dates(text, ref="2025-11-28")]
    assert got == ([(found, kind, value)] if found else [])


def test_an_english_daylight_saving_zone_after_the_time():
    [d] = find_dates("He left at 6.15pm (London Time) on Wednesday", ref="2025-11-28")
    assert (d.text, d.value) == ("6.15pm (London Time) on Wednesday", "2025-11-26T18:15+00:00")


@pytest.mark.parametrize("text,value", [
    # হইতে, the formal (সাধু) হতে of notices and press releases, joins a span.
    ("সকাল ৯ ঘটিকা হইতে বিকাল ৫ ঘটিকা পর্যন্ত", "2025-11-28T09:00+06:00/2025-11-28T17:00+06:00"),
    ("১০ ডিসেম্বর হইতে ১৫ ডিসেম্বর পর্যন্ত", "2025-12-10/2025-12-15"),
])
def test_a_span_in_the_formal_style(text, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == ("range", value)


@pytest.mark.parametrize("text,found,value", [
    # অদ্য, গতকল্য, আগামীকল্য: the formal day words of notices, read as আজ, গতকাল, আগামীকাল.
    ("অদ্য ২৮ নভেম্বর সকাল ১০ ঘটিকায় সভা", "অদ্য ২৮ নভেম্বর সকাল ১০ ঘটিকায়", "2025-11-28T10:00+06:00"),
    ("গতকল্য বৃহস্পতিবার সভা হয়", "গতকল্য বৃহস্পতিবার", "2025-11-27"),
    ("আগামীকল্য শনিবার", "আগামীকল্য শনিবার", "2025-11-29"),
])
def test_formal_day_words(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


@pytest.mark.parametrize("text,found,value", [
    # A two-digit year, with an era word after it or a date label before it.
    ("তারিখ: ২৮/১১/২৫", "২৮/১১/২৫", "2025-11-28"),
    ("২৮-১১-২৫ ইং", "২৮-১১-২৫ ইং", "2025-11-28"),
    ("তারিখঃ ০৫.০১.২৬ খ্রিঃ", "০৫.০১.২৬ খ্রিঃ", "2026-01-05"),
    # Month first, when the day (over 12) says so.
    ("১১/২৮/২০২৫", "১১/২৮/২০২৫", "2025-11-28"),
])
def test_numeric_dates_with_short_years_and_month_first(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


@pytest.mark.parametrize("text", ["২৮/১১/২৫", "স্কোর ১/২/২৫"])
def test_a_short_year_alone_is_no_date(text):
    assert find_dates(text, ref="2025-11-28") == []


@pytest.mark.parametrize("text,value", [
    # A date and its clock set apart by a bar or a dash, as date lines print them.
    ("প্রকাশ: ২৯ ডিসেম্বর ২০২৫ | ১৩:৪৮ চন্ডিকা হাথুরুসিংহের", "2025-12-29T13:48+06:00"),
    ("প্রকাশিত: ২৯ জানুয়ারী ২০২৫ - ১০:২৩ এএম", "2025-01-29T10:23+06:00"),
    ("প্রকাশ: ০৬:৩৯ পিএম | ১৫ এপ্রিল ২০২৬", "2026-04-15T18:39+06:00"),
    # A night clock of a stamp is on the date printed with it; a spoken
    # night hour of a named day is on the next (bangla.md W8).
    ("সময়: রাত ৩:৩১, ১৬ জুন ২০২৫", "2025-06-16T03:31+06:00"),
    ("১০ মে, ২০২৬ খ্রিস্টাব্দ, রাত ০৪:২৬", "2026-05-10T04:26+06:00"),
    ("বৃহস্পতিবার রাত ১২টায়", "2025-11-28T00:00+06:00"),
    ("বৃহস্পতিবার রাত ১২:৩০ মিনিটে", "2025-11-28T00:30+06:00"),
    # A spoken hour after a stamp's label is the stamp's, as parse_date reads it.
    ("প্রকাশ : ৯ মার্চ ২০২৫ রাত ১২টা ২০ মিনিট", "2025-03-09T00:20+06:00"),
    ("৯ মার্চ ২০২৫ রাত ১২টায় তিনি মারা যান", "2025-03-10T00:00+06:00"),
])
def test_date_line_layouts_in_running_text(text, value):
    d = [x for x in find_dates(text, ref="2025-11-28") if x.kind == "datetime"][0]
    assert d.value == value


@pytest.mark.parametrize("text,value", [
    ("Thursday - May 2, 2024 8:13 AM", "2024-05-02T08:13+06:00"),  # a weekday set off by a dash
    ("আপডেট : 20, November 2024 12:57", "2024-11-20T12:57+06:00"),  # a comma between day and month
    ("কিউএনবি/আয়শা/২০ অগাস্ট ২০২৩,/বিকাল ৫:১৫", "2023-08-20T17:15+06:00"),  # a signature's date and clock
])
def test_more_date_line_layouts_in_running_text(text, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert d.value == value


@pytest.mark.parametrize("text,value", [
    # An English clause's past verb sends a yearless date over three months ahead back a year.
    ("the announcement made by the prime minister in parliament on 11 April.", "2025-04-11"),
    ("He filed the case with Paltan Model Police Station on 11 April.", "2025-04-11"),
    ("The fair will open on 11 April.", "2026-04-11"),
])
def test_english_past_verbs_for_a_yearless_date(text, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert d.value == value


@pytest.mark.parametrize("text,kind,value", [
    # A fraction of a year counts in months; half a month is 15 days.
    ("দেড় বছর আগে", "month", "2024-05"), ("আড়াই বছর আগে", "month", "2023-05"),
    ("দেড় মাস আগে", "date", "2025-10-13"),
])
def test_fractions_of_years_and_months_before_the_reference(text, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == (kind, value)


@pytest.mark.parametrize("text,kind,value", [
    # Counted from an event named before it in the genitive: a duration, not a date from now.
    ("স্বাধীনতার ৫০ বছর পর", "duration", "P50Y"),
    ("গণঅভ্যুত্থানের প্রায় দেড় বছর পর নির্বাচন হবে", "duration", "P1Y6M"),
    ("নির্বাচনের মনোনয়ন জমা দেওয়ার দুই দিন আগে", "duration", "P2D"),
    # `মাত্র`, `আর`, `ওপর` and pronouns before the count are no events.
    ("মাত্র পাঁচদিন আগে তিনি বাড়ি থেকে যান", "date", "2025-11-23"),
    ("আর দুদিন পর পর্দা নামবে বইমেলার", "date", "2025-11-30"),
    ("তাদের তিন দিন আগে আটক করা হয়", "date", "2025-11-25"),
])
def test_a_count_from_an_event(text, kind, value):
    d = find_dates(text, ref="2025-11-28")[0]
    assert (d.kind, d.value) == (kind, value)


@pytest.mark.parametrize("text,found,value", [
    # Named days as English editions print them.
    ("on the eve of Eid-ul-Fitr", "Eid-ul-Fitr", "2026-03-20"),
    ("prices rose ahead of Eid al-Adha", "Eid al-Adha", "2025-06-06"),  # the nearest, as in Bangla
    ("on Victory Day", "Victory Day", "2025-12-16"),
    ("last Victory Day", "last Victory Day", "2024-12-16"),
    ("Pahela Baishakh celebrations", "Pahela Baishakh", "2026-04-14"),
    ("on Language Martyrs' Day", "Language Martyrs' Day", "2026-02-21"),
    ("Christmas Eve", "Christmas Eve", "2025-12-24"),
    ("no fireworks on 31st Night", "31st Night", "2025-12-31"),  # Bangladesh's English for থার্টি ফার্স্ট নাইট
    ("the upcoming Eid-ul-Fitr", "upcoming Eid-ul-Fitr", "2026-03-20"),
    # গেল and সামনের are গত and আগামী for a named day too.
    ("গেল বিজয় দিবসে", "গেল বিজয় দিবসে", "2024-12-16"),
    # An English month counted from the reference one.
    ("last June", "last June", "2025-06"),
    ("scheduled for next February", "next February", "2026-02"),
    ("this December", "this December", "2025-12"),
    ("next May", "next May", "2026-05"),
    ("a decade ago", "a decade ago", "2015"),
])
def test_english_named_days_and_counted_months(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


@pytest.mark.parametrize("text", ["Christmas trees were set up", "Eid-ul-Fitr holidays begin", "May God bless"])
def test_a_named_day_before_a_thing_is_no_date(text):
    assert find_dates(text, ref="2025-11-28") == []


@pytest.mark.parametrize("text,kind,value", [
    ("A year later, the party won the election", "duration", "P1Y"),  # counted from the story's event
    ("a decade later he returned home", "duration", "P10Y"),
    ("a year later, the plant will open", "year", "2026"),
])
def test_one_unit_later_by_the_english_clauses_tense(text, kind, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == (kind, value)


@pytest.mark.parametrize("text,found,value", [
    ("formed for the 12-February election", "12-February", "2026-02-12"),  # a day and month joined by a dash
    ("১২-ফেব্রুয়ারির নির্বাচন", "১২-ফেব্রুয়ারির", "2026-02-12"),
    ("বৃহস্পতিবার (২৮ \u00a0মার্চ ২০২৪)", "বৃহস্পতিবার (২৮ \u00a0মার্চ ২০২৪)", "2024-03-28"),  # two spaces before the month
])
def test_a_day_joined_to_its_month(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


@pytest.mark.parametrize("text,found,value", [
    ("at noon on Friday", "noon on Friday", "2025-11-28T12:00+06:00"),
    ("returning at around 12 noon tomorrow, Thursday", "12 noon tomorrow, Thursday", "2025-11-29T12:00+06:00"),
    ("at midday", "midday", "2025-11-28T12:00+06:00"),
    ("at midnight on Friday", "midnight on Friday", "2025-11-29T00:00+06:00"),  # the night after the day named (W8)
    ("continued until midnight", "midnight", "2025-11-28T00:00+06:00"),
])
def test_english_noon_and_midnight(text, found, value):
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.text, d.value) == (found, value)


def test_a_name_that_holds_noon_is_no_time():
    assert find_dates("Noonan said", ref="2025-11-28") == []


def test_showa_ghonta_is_an_hour_and_a_quarter():
    [d] = find_dates("সোয়া ঘণ্টা পর তিনি ফেরেন", ref="2025-11-28")
    assert (d.kind, d.value) == ("duration", "PT1H15M")


def test_poune_ghonta_is_three_quarters_of_an_hour():
    [d] = find_dates("পৌনে ঘণ্টা পর তিনি ফেরেন", ref="2025-11-28")
    assert (d.kind, d.value) == ("duration", "PT45M")


@pytest.mark.parametrize("text,found,value", [
    # The word first, as a report's heading or a table puts it.
    ("অর্থবছর ২০২৪-২৫", "অর্থবছর ২০২৪-২৫", "2024-07-01/2025-06-30"),
    ("অর্থবছর: ২০২৩-২০২৪ এর বাজেট", "অর্থবছর: ২০২৩-২০২৪", "2023-07-01/2024-06-30"),
    ("অর্থবছর ২০২৪-২৫-এ রাজস্ব আদায় বেড়েছে", "অর্থবছর ২০২৪-২৫-এ", "2024-07-01/2025-06-30"),
    ("অর্থবর্ষ ২০২৪-২৫", "অর্থবর্ষ ২০২৪-২৫", "2024-04-01/2025-03-31"),  # India's word: April-March
])
def test_fiscal_year_with_its_word_first(text, found, value):
    t = find_dates(text, ref="2025-11-28")[0]
    assert (t.text, t.kind, t.value) == (found, "range", value)


@pytest.mark.parametrize("text,ref,value", [
    # A spoken decade of a named century: that century's (bangla.md §8).
    ("গত শতাব্দীর আশির দশকে", "2024-11-10", "198"),
    ("গত শতকের নব্বইয়ের দশকে", "2024-11-10", "199"),
    ("উনিশ শতকের ষাটের দশকে", None, "186"),
    ("১৯ শতকের ষাটের দশকে", None, "186"),
    ("বিংশ শতাব্দীর ষাটের দশকে", None, "196"),
    ("এই শতাব্দীর বিশের দশকে", "2024-11-10", "202"),
    ("আশির দশকে", None, "198"),  # alone: the 1900s
])
def test_decade_of_a_century(text, ref, value):
    t = parse_date(text, ref=ref)
    assert (t.text, t.kind, t.value) == (text, "decade", value)


@pytest.mark.parametrize("text,found,kind,value", [
    # `গত বছরের একই সময়ে` (economic reports): the period told before it, a year
    # earlier (the reference is 2025-11-24).
    ("চলতি বছরের প্রথম ৯ মাসে আয় ১০০ কোটি টাকা, যা গত বছরের একই সময়ে ছিল ৯০ কোটি টাকা।",
     "গত বছরের একই সময়ে", "range", "2024-01-01/2024-09-30"),
    ("অক্টোবরে মূল্যস্ফীতি ছিল ৮ শতাংশ, গত বছরের একই সময়ে যা ছিল ৯ শতাংশ।", "গত বছরের একই সময়ে", "month", "2024-10"),
    ("চলতি অর্থবছরের জুলাই-অক্টোবর সময়ে রপ্তানি বেড়েছে, গত অর্থবছরের একই সময়ে ছিল কম।",
     "গত অর্থবছরের একই সময়ে", "range", "2024-07-01/2024-10-31"),
    ("২০২৪-২৫ অর্থবছরের প্রথম তিন মাসে ৪ শতাংশ, আগের অর্থবছরের একই সময়ে ছিল ৫ শতাংশ।",
     "আগের অর্থবছরের একই সময়ে", "range", "2023-07-01/2023-09-30"),
    ("Exports rose in July-October. In the same period last year, exports were lower.",
     "the same period last year", "range", "2024-07-01/2024-10-31"),
    ("Inflation was 8% in October, up from 7% in the same month a year earlier.",
     "the same month a year earlier", "month", "2024-10"),
    ("অক্টোবরে রপ্তানি ৪০০ কোটি ডলার, আগের বছরের একই মাসের তুলনায় বেশি।", "আগের বছরের একই মাসের", "month", "2024-10"),
    ("১০ নভেম্বর ৫০০ জন আক্রান্ত হয়, গত বছরের একই দিনে ছিল ২০০ জন।", "গত বছরের একই দিনে", "date", "2024-11-10"),
    # told alone, or after a day with no year: last year, as before
    ("গত বছরের একই সময়ে রপ্তানি কম ছিল।", "গত বছরের", "year", "2024"),
])
def test_same_period_a_year_earlier(text, found, kind, value):
    t = [x for x in find_dates(text, ref="2025-11-24") if x.text.startswith(found[:5])][-1]
    assert (t.text, t.kind, t.value) == (found, kind, value)


def test_the_same_period_twice_is_the_same_period():
    text = ("চলতি অর্থবছরের জুলাই-অক্টোবরে এসেছে ১০০ কোটি ডলার। গত বছরের একই সময়ে এসেছিল ৯০ কোটি ডলার। "
            "সে হিসাবে গত বছরের একই সময়ের চেয়ে ১০ কোটি ডলার বেশি এসেছে।")
    got = [t.value for t in find_dates(text, ref="2025-11-24") if t.text.startswith("গত বছরের")]
    assert got == ["2024-07-01/2024-10-31", "2024-07-01/2024-10-31"]


@pytest.mark.parametrize("text,found,value", [
    # Times that repeat (bangla.md §3.1: `প্রতি রবিবার` is every Sunday), with
    # TimeML's SET values; before, a weekday after প্রতি was dropped and
    # `every Sunday` read as last Sunday.
    ("প্রতি রবিবার বৈঠক হয়।", "প্রতি রবিবার", "XXXX-WXX-7"),
    ("The meeting is held every Sunday.", "every Sunday", "XXXX-WXX-7"),
    ("প্রতিদিন শত শত রোগী আসছে।", "প্রতিদিন", "P1D"),
    ("প্রতি মাসে ৫০ হাজার টাকা পান।", "প্রতি মাসে", "P1M"),
    ("প্রতি বছরের মতো এবারও মেলা হচ্ছে।", "প্রতি বছরের", "P1Y"),
    ("প্রতি ঘণ্টায় ২০০ গাড়ি চলে।", "প্রতি ঘণ্টায়", "PT1H"),
    ("পাঁচ বছর পর পর নির্বাচন হয়।", "পাঁচ বছর পর পর", "P5Y"),
    ("Elections are held every five years.", "every five years", "P5Y"),
    ("প্রতি বছর ২১ ফেব্রুয়ারি দিবসটি পালিত হয়।", "প্রতি বছর ২১ ফেব্রুয়ারি", "XXXX-02-21"),
    ("প্রতি মাসের ১ তারিখে বেতন হয়।", "প্রতি মাসের ১ তারিখে", "XXXX-XX-01"),
    ("প্রতিদিন সকাল ১০টায় হাঁটেন।", "প্রতিদিন সকাল ১০টায়", "XXXX-XX-XXT10:00"),
    ("প্রতিদিন সকাল ১১টা থেকে রাত ৮টা পর্যন্ত খোলা।", "প্রতিদিন সকাল ১১টা থেকে রাত ৮টা",
     "XXXX-XX-XXT11:00/XXXX-XX-XXT20:00"),
    ("প্রতি শুক্রবার সকালে বাজার বসে।", "প্রতি শুক্রবার সকালে", "XXXX-WXX-5TMO"),
    ("প্রতি রাতে লোডশেডিং হয়।", "প্রতি রাতে", "XXXX-XX-XXTNI"),
    ("প্রতি শুক্রবার বাদ জুমা মিছিল হয়।", "প্রতি শুক্রবার বাদ জুমা", "XXXX-WXX-5TAF"),  # after a prayer
    ("He walks every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("It opens every day at 10am.", "every day at 10am", "XXXX-XX-XXT10:00"),
])
def test_sets(text, found, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, "set", value)


def test_a_list_of_weekdays_is_a_set_each():
    got = [(t.text, t.kind, t.value) for t in find_dates("প্রতি রবিবার ও বুধবার ক্লাস হয়।", ref="2025-11-24")]
    assert got == [("প্রতি রবিবার", "set", "XXXX-WXX-7"), ("বুধবার", "set", "XXXX-WXX-3")]


@pytest.mark.parametrize("text", ["বাংলাদেশ প্রতিদিনের খবর", "প্রতিদিনের বাংলাদেশ পত্রিকায় লিখেছেন"])
def test_a_newspapers_name_is_no_set(text):
    assert find_dates(text, ref="2025-11-24") == []


@pytest.mark.parametrize("text,value", [
    ("সকাল ১০টা ৩০ মি.", "T10:30"),  # a notice's abbreviation of মিনিট
    ("রাত পৌনে ১২টা", "T23:45"), ("রাত সোয়া ১২টা", "T00:15"), ("রাত পৌনে ১টা", "T00:45"),
    ("বেলা সাড়ে ১১টা", "T11:30"), ("সকাল পৌনে ন’টায়", "T08:45"), ("রাত বারোটায়", "T00:00"),
])
def test_more_spoken_clock_times(text, value):
    assert parse_date(text).value == value


@pytest.mark.parametrize("text,found,value", [
    # Whole minutes and seconds as printed, as hours are (`২৪ ঘণ্টায়` = PT24H)
    ("৯০ মিনিটের খেলা", "৯০ মিনিটের", "PT90M"),
    ("a 90-minute meeting", "90-minute", "PT90M"),
    ("সাড়ে ৪ মিনিট", "সাড়ে ৪ মিনিট", "PT4M30S"),
    ("আধঘণ্টা ধরে বৃষ্টি", "আধঘণ্টা", "PT30M"),  # half an hour, glued
    # a vague count of a unit alone: a vague span
    ("কয়েক দিন বৃষ্টি হতে পারে", "কয়েক দিন", "PXD"),
    ("কয়েক মাসের বেতন বকেয়া", "কয়েক মাসের", "PXM"),
    ("দীর্ঘদিনের দাবি পূরণ হয়েছে", "দীর্ঘদিনের", "PXD"),
])
def test_minutes_as_printed_and_vague_spans_alone(text, found, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, "duration", value)


@pytest.mark.parametrize("text,found,value", [
    # English centuries, as `একবিংশ শতাব্দী` is read (TimeML: the 21st century is 20)
    ("in the twenty-first century", "twenty-first century", "20"),
    ("in the 19th century", "19th century", "18"),
    ("mid-20th-century architecture", "20th-century", "19"),
    ("since the last century", "last century", "19"),  # from the reference (2025)
    ("this century", "this century", "20"),
])
def test_english_centuries(text, found, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, "century", value)


@pytest.mark.parametrize("text,found,kind,value", [
    # English anaphors of the day told before, as `এদিন` is
    ("He arrived on Monday. Earlier in the day, he met the president.", "Earlier in the day", "date", "2025-11-24"),
    ("Police came on Sunday. Later that day, he was freed.", "Later that day", "date", "2025-11-23"),
    # the next decades, as the past ones
    ("Jobs must be created over the next decade.", "the next decade", "duration", "P10Y"),
    ("over the next two decades", "the next two decades", "duration", "P20Y"),
])
def test_english_day_anaphors_and_next_decades(text, found, kind, value):
    t = [x for x in find_dates(text, ref="2025-11-24") if x.text == found][0]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text,want", [
    # Months of a list whose others are read: মার্চ and মে (words too) and a
    # bare month (a name too: `অক্টোবর বিপ্লব`) beside one, of its year.
    ("জানুয়ারিতে ২০০ কোটি, ফেব্রুয়ারিতে ২৫৩ কোটি, মার্চে ৩২৯ কোটি টাকা এসেছে",
     [("জানুয়ারিতে", "2025-01"), ("ফেব্রুয়ারিতে", "2025-02"), ("মার্চে", "2025-03")]),
    ("মে ও জুন মাসে বৃষ্টি বেশি হয়", [("মে", "2025-05"), ("জুন মাসে", "2025-06")]),
    ("নভেম্বর ও ডিসেম্বরে ভোট হবে", [("নভেম্বর", "2025-11"), ("ডিসেম্বরে", "2025-12")]),
    ("ডিসেম্বর ও জানুয়ারিতে শীত পড়বে", [("ডিসেম্বর", "2025-12"), ("জানুয়ারিতে", "2026-01")]),
    ("লং মার্চ ও জুনে", [("জুনে", "2025-06")]),  # a march, not March
    # মার্চ and মে after a year named relatively
    ("এই বছর মার্চে তিনি অবসর নেন", [("এই বছর মার্চে", "2025-03")]),
    ("গত বছর মে মাসে", [("গত বছর মে মাসে", "2024-05")]),
])
def test_months_of_a_list_and_after_a_year(text, want):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-11-24")] == want


@pytest.mark.parametrize("text,found,kind,value", [
    # a year glued to an event's name by a hyphen
    ("ঢাকা আন্তর্জাতিক বাণিজ্য মেলা-২০২৬ শুরু হচ্ছে", "২০২৬", "year", "2026"),
    ("এসএসসি-২০২৫ পরীক্ষার ফল প্রকাশ", "২০২৫", "year", "2025"),
    # a budget is its fiscal year's
    ("বাজেট ২০২৪-২৫ পাস হয়েছে", "বাজেট ২০২৪-২৫", "range", "2024-07-01/2025-06-30"),
    ("২০২৪-২৫ বাজেটে বরাদ্দ বেড়েছে", "২০২৪-২৫ বাজেটে", "range", "2024-07-01/2025-06-30"),
])
def test_years_of_events_and_budgets(text, found, kind, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text,found,value", [
    ("আমি কমার্শিয়াল কাউন্সেলর (১৯৯৪-২০০০) ছিলাম।", "১৯৯৪-২০০০", "1994-01-01/2000-12-31"),  # a term's years
    ("সত্যজিৎ রায় (1921–1992) ছিলেন পরিচালক।", "1921–1992", "1921-01-01/1992-12-31"),  # a life's
])
def test_years_in_parentheses(text, found, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, "range", value)


@pytest.mark.parametrize("text", ["ঢাকা-১৭ আসনে ভোট", "ফোন ০১৭১১-২০২৫৫৫", "রুম নম্বর ১২৩-২০২৫"])
def test_a_constituency_or_a_phone_is_no_year(text):
    assert find_dates(text, ref="2025-11-24") == []


@pytest.mark.parametrize("text,found,kind,value", [
    # A verbless headline announcing what comes after a short count: the day ahead
    ("তিন দিন পর ভোট", "তিন দিন পর", "date", "2025-11-27"),
    ("১০ দিন পর ফল প্রকাশ", "১০ দিন পর", "date", "2025-12-04"),
    ("দুই দিন পর হরতাল", "দুই দিন পর", "date", "2025-11-26"),
    ("দুই মাস পর নির্বাচন", "দুই মাস পর", "month", "2026-01"),
    # how long something had not happened, or a count of years: as before
    ("২২ বছর পর ভারতের বিপক্ষে জয়", "২২ বছর পর", "duration", "P22Y"),
    ("তিন বছর পর নির্বাচন", "তিন বছর পর", "duration", "P3Y"),
    ("তিন দিন পর ভোট হয়েছিল", "তিন দিন পর", "duration", "P3D"),
])
def test_a_verbless_headline_that_announces(text, found, kind, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


def test_the_remittance_sample_dates():
    """The economic report sample: its periods compared with a year earlier,
    a set and a list of months, read against its date line after the body."""
    from bnnews import parse
    a = parse((SAMPLES / "remittance_report_breadcrumb_title_placeholder_date_after_body.txt").read_text(encoding="utf-8"))
    got = {(d["text"], d["value"]) for d in article_dates(a)}
    assert {("গত বছরের একই সময়ের", "2024-11-01/2024-11-21"), ("আগের অর্থবছরের একই সময়ে", "2024-07-01/2024-11-21"),
            ("প্রতি মাসে", "P1M"), ("মে", "2025-05"), ("জুন মাসে", "2025-06")} <= got


@pytest.mark.parametrize("text,value", [
    # some months or days of the year or month with no relative word: the reference's
    ("বছরের প্রথম ছয় মাসে রপ্তানি বেড়েছে", "2025-01-01/2025-06-30"),
    ("বছরের শেষ তিন মাসে", "2025-10-01/2025-12-31"),
    ("বছরের প্রথম প্রান্তিকে", "2025-01-01/2025-03-31"),
    ("মাসের প্রথম দুই সপ্তাহে", "2025-11-01/2025-11-14"),
    ("চলতি অর্থ বছরের প্রথম ছয় মাসে", "2025-07-01/2025-12-31"),  # a fiscal year spelt in two words
])
def test_some_months_of_the_year_told_bare(text, value):
    t = find_dates(text, ref="2025-11-24")[0]
    assert (t.kind, t.value) == ("range", value)


@pytest.mark.parametrize("text,found,value,mod", [
    # A quarter counted from the reference's (fiscal quarters are calendar quarters too).
    ("গত প্রান্তিকে আয় বেড়েছে", "গত প্রান্তিকে", "2025-07-01/2025-09-30", None),
    ("চলতি প্রান্তিকের শেষ দিকে", "চলতি প্রান্তিকের শেষ দিকে", "2025-10-01/2025-12-31", "END"),
    ("আগামী প্রান্তিকে লাভ হবে", "আগামী প্রান্তিকে", "2026-01-01/2026-03-31", None),
    ("সদ্য সমাপ্ত প্রান্তিকে মুনাফা", "সদ্য সমাপ্ত প্রান্তিকে", "2025-07-01/2025-09-30", None),
    ("গত ত্রৈমাসিকে", "গত ত্রৈমাসিকে", "2025-07-01/2025-09-30", None),
    ("Profit rose in the last quarter.", "last quarter", "2025-07-01/2025-09-30", None),
    ("next quarter's results", "next quarter", "2026-01-01/2026-03-31", None),
    # the last quarter of a year named is that year's, not the reference's
    ("the last quarter of 2024", "the last quarter of 2024", "2024-10-01/2024-12-31", None),
    # A season's two Bangla months (bangla.md §5.1) with a word that says which one.
    ("এই শীতে ঠান্ডা বেশি পড়বে", "এই শীতে", "2025-12-16/2026-02-13", None),
    ("গত বর্ষায় বন্যা হয়েছিল", "গত বর্ষায়", "2025-06-15/2025-08-15", None),
    ("আগামী বসন্তে উৎসব হবে", "আগামী বসন্তে", "2026-02-14/2026-04-13", None),
    ("চলতি শীত মৌসুমে", "চলতি শীত মৌসুমে", "2025-12-16/2026-02-13", None),
    ("গত হেমন্তে", "গত হেমন্তে", "2024-10-17/2024-12-15", None),  # (the reference is in হেমন্ত)
    ("আসন্ন বর্ষা মৌসুমে দুর্ঘটনার আশঙ্কা", "আসন্ন বর্ষা মৌসুমে", "2026-06-15/2026-08-15", None),
    # English pages of Bangladesh name the same seasons.
    ("Dhaka saw little rain last winter.", "last winter", "2024-12-16/2025-02-13", None),
    ("Floods are feared in the coming monsoon.", "the coming monsoon", "2026-06-15/2026-08-15", None),
    ("This year's monsoon was weak.", "This year's monsoon", "2025-06-15/2025-08-15", None),
])
def test_quarters_and_seasons_named_relatively(text, found, value, mod):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.kind, t.value, t.mod) == (found, "range", value, mod)


@pytest.mark.parametrize("text", ["শীতে কুয়াশা পড়ে", "বর্ষায় রাস্তা ডুবে যায়", "quarter-on-quarter growth",
                                  "পরের প্রান্তিকে", "গত শীতকালীন অধিবেশনে", "Fog is common in winter.",
                                  "a winter-long campaign"])
def test_a_season_or_quarter_alone_is_no_date(text):
    assert find_dates(text, ref="2025-11-28") == []


@pytest.mark.parametrize("text,found,value,mod", [
    # Working days skip holidays: a count of days, never a day counted from the reference.
    ("পাঁচ কার্যদিবসের মধ্যে জবাব দিতে হবে", "পাঁচ কার্যদিবসের", "P5D", None),
    ("৭ কার্যদিবস পর টাকা ফেরত দেওয়া হবে", "৭ কার্যদিবস পর", "P7D", None),
    ("১২ কর্মদিবসের বেশি", "১২ কর্মদিবসের বেশি", "P12D", "MORE_THAN"),
    ("within seven working days", "seven working days", "P7D", None),
])
def test_working_days_are_a_duration_with_a_warning(text, found, value, mod):
    (t,) = find_dates(text, ref="2025-11-28")
    assert (t.text, t.kind, t.value, t.mod, t.warnings) == (found, "duration", value, mod, ("working_days",))


@pytest.mark.parametrize("text,ref,kind,value,warnings", [
    # Hours and minutes counted from the reference's clock, when it has one.
    ("তিন ঘণ্টা আগে তিনি বলেন", "2024-11-10T10:30", "datetime", "2024-11-10T07:30+06:00", ()),
    ("দুই ঘণ্টা পর ভোট শুরু হবে", "2024-11-10T23:30", "datetime", "2024-11-11T01:30+06:00", ()),
    ("দেড় ঘণ্টা আগে", "2024-11-10T10:30", "datetime", "2024-11-10T09:00+06:00", ()),
    ("ঘণ্টাখানেক পর", "2024-11-10T10:30", "datetime", "2024-11-10T11:30+06:00", ("approximate",)),
    # a date alone does not say which day three hours before falls on
    ("তিন ঘণ্টা আগে তিনি বলেন", "2024-11-10", "date", None, ("no_reference_time",)),
    # a reference with its own offset (a crawl time in UTC) counts on the text's wall clock
    ("তিন ঘণ্টা আগে তিনি বলেন", "2024-11-10T04:30:00Z", "datetime", "2024-11-10T07:30+06:00", ()),
    ("গতকাল তিনি বলেন", "2024-11-10T20:30:00+00:00", "date", "2024-11-10", ()),  # 02:30 on the 11th in Dhaka
])
def test_hours_counted_from_the_reference_clock(text, ref, kind, value, warnings):
    (t,) = find_dates(text, ref=ref)
    assert (t.kind, t.value, t.warnings) == (kind, value, warnings)


def test_an_article_counts_hours_from_its_published_clock_but_not_a_print_pages_midnight():
    from bnnews import parse
    from bnnews.dates import article_dates
    body = "ঢাকা: তিন ঘণ্টা আগে সংঘর্ষ শুরু হয়েছে বলে জানান তিনি।"
    timed = parse(f"সংঘর্ষে আহত ১০\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৪১\n{body}\n")
    (d,) = article_dates(timed)
    assert (d["kind"], d["value"]) == ("datetime", "2025-11-24T18:41+06:00")
    printed = parse(f"সংঘর্ষে আহত ১০\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০০:০০\n{body}\n")
    (d,) = article_dates(printed)
    assert (d["value"], d["warnings"]) == (None, ["no_reference_time"])


@pytest.mark.parametrize("text,ref,found,kind,value", [
    # A year said in hundreds with a case ending and no সাল (bangla.md §8).
    ("উনিশশো একাত্তরে দেশ স্বাধীন হয়", None, "উনিশশো একাত্তরে", "year", "1971"),
    ("উনিশশো একাত্তরের ২৫ মার্চ রাতে", "2024-11-10", "উনিশশো একাত্তরের ২৫ মার্চ রাতে", "date", "1971-03-25"),
    ("আঠারোশো সাতান্নর বিদ্রোহ", None, "আঠারোশো সাতান্নর", "year", "1857"),
    # A year in the genitive joins the yearless day or month after it with no reference date too.
    ("উনিশশো বায়ান্ন সালের একুশে ফেব্রুয়ারি", None, "উনিশশো বায়ান্ন সালের একুশে ফেব্রুয়ারি", "date", "1952-02-21"),
    ("উনিশ শ একাত্তরের ডিসেম্বরে", None, "উনিশ শ একাত্তরের ডিসেম্বরে", "month", "1971-12"),
    ("'৭১-র ১৬ই ডিসেম্বর", None, "'৭১-র ১৬ই ডিসেম্বর", "date", "1971-12-16"),
    # A year of two digits after an apostrophe, printed after the day (with a reference or none).
    ("১৬ ডিসেম্বর ’৭১", "2025-11-29", "১৬ ডিসেম্বর ’৭১", "date", "1971-12-16"),
    ("Nov 29, '25", None, "Nov 29, '25", "date", "2025-11-29"),
    ("২৯ ফেব্রুয়ারি '২৪", "2025-11-29", "২৯ ফেব্রুয়ারি '২৪", "date", "2024-02-29"),
    # or before সাল (no count of years: that is said with বছর); with a
    # reference date, this century's up to ten years ahead
    ("১৫ আগস্ট ৭৫ সালে তিনি নিহত হন", "2026-11-25", "১৫ আগস্ট ৭৫ সালে", "date", "1975-08-15"),
    ("১৫ই আগস্ট, ৭৫ সালের সেই রাতে", None, "১৫ই আগস্ট, ৭৫ সালের", "date", "1975-08-15"),
    ("৯৮ সালের বন্যায় ডুবেছিল শহর", None, "৯৮ সালের", "year", "1998"),
    ("২০ সালে করোনা ছড়িয়ে পড়ে", None, "২০ সালে", "year", "2020"),
    ("৩০ সালের মধ্যে লক্ষ্য পূরণ হবে", "2026-11-25", "৩০ সালের", "year", "2030"),
    ("৩০ সালের মন্দা", None, "৩০ সালের", "year", "1930"),
    # a numeric date with two digits of year, then তারিখ (on that date): a date, not the day `২৫ তারিখে`
    ("২৮/১১/২৫ তারিখে সভা হবে", "2026-11-25", "২৮/১১/২৫ তারিখে", "date", "2025-11-28"),
    ("২৮-১১-২৫ তারিখের সভায়", None, "২৮-১১-২৫ তারিখের", "date", "2025-11-28"),
    # an apostrophe after the month, before a year of four digits
    ("২৯ নভেম্বর’ ২০২৫ তারিখে সভা", None, "২৯ নভেম্বর’ ২০২৫", "date", "2025-11-29"),
    # A year with its era (bangla.md §2.3), glued or apart, and the day after it.
    ("১৯৪৭ খ্রিস্টাব্দে দেশভাগ হয়", "2024-11-10", "১৯৪৭ খ্রিস্টাব্দে", "year", "1947"),
    ("২০২৪ইং", "2024-11-10", "২০২৪ইং", "year", "2024"),
    ("১৯৪৭খ্রি.", "2024-11-10", "১৯৪৭খ্রি.", "year", "1947"),
    ("২০২৪ খ্রীষ্টাব্দ", "2024-11-10", "২০২৪ খ্রীষ্টাব্দ", "year", "2024"),
    ("৩২৭ খ্রিস্টাব্দে", "2024-11-10", "৩২৭ খ্রিস্টাব্দে", "year", "0327"),
    ("১৯৭১ খ্রিষ্টাব্দের ২৬ মার্চ", "2024-11-10", "১৯৭১ খ্রিষ্টাব্দের ২৬ মার্চ", "date", "1971-03-26"),
    ("১৮৫৭ খ্রিস্টাব্দের ২৫ ফেব্রুয়ারি", "2024-11-10", "১৮৫৭ খ্রিস্টাব্দের ২৫ ফেব্রুয়ারি", "date", "1857-02-25"),
    # before Christ, in TimeML's form
    ("খ্রিস্টপূর্ব ৩২৭ সালে আলেকজান্ডার ভারতে আসেন", "2024-11-10", "খ্রিস্টপূর্ব ৩২৭ সালে", "year", "BC0327"),
    ("৩২৭ খ্রিস্টপূর্বাব্দে", "2024-11-10", "৩২৭ খ্রিস্টপূর্বাব্দে", "year", "BC0327"),
    ("৫০০ খ্রি.পূ.", "2024-11-10", "৫০০ খ্রি.পূ.", "year", "BC0500"),
    # A year named by its event before any month or day of it.
    ("চব্বিশের ডিসেম্বরে সরকার বৈঠক করে", "2025-12-28", "চব্বিশের ডিসেম্বরে", "month", "2024-12"),
    ("চব্বিশের মে মাসে", "2025-12-28", "চব্বিশের মে মাসে", "month", "2024-05"),
    ("চব্বিশের ৫ আগস্ট", "2025-12-28", "চব্বিশের ৫ আগস্ট", "date", "2024-08-05"),
    ("নব্বইয়ের ৬ ডিসেম্বর এরশাদের পতন হয়", "2025-12-28", "নব্বইয়ের ৬ ডিসেম্বর", "date", "1990-12-06"),
])
def test_years_said_in_words_with_their_era_or_by_their_event(text, ref, found, kind, value):
    (t,) = find_dates(text, ref=ref)
    assert (t.text, t.kind, t.value) == (found, kind, value)


@pytest.mark.parametrize("text", ["উনিশশো একাত্তর জন", "পনেরোশ পঞ্চাশ টাকা", "বারোশ মানুষের"])
def test_a_count_in_hundreds_is_no_year(text):
    assert find_dates(text, ref="2024-11-10") == []


@pytest.mark.parametrize("text,value", [("উনিশশো একাত্তর", "1971"), ("দুই হাজার পঁচিশ", "2025")])
def test_parse_date_of_a_year_said_in_words(text, value):
    t = parse_date(text)
    assert (t.kind, t.value) == ("year", value)


def test_the_share_market_sample_dates():
    """A quarter told relatively, working days and a spoken year, against the
    published date of a page whose ticker was left out."""
    from bnnews import parse
    a = parse((SAMPLES / "share_market_ticker_left_out_short_title_working_days_quarter.txt").read_text(encoding="utf-8"))
    got = {(d["text"], d["value"], tuple(d["warnings"])) for d in article_dates(a)}
    assert {("গত প্রান্তিকে", "2026-07-01/2026-09-30", ()), ("পাঁচ কার্যদিবসের", "P5D", ("working_days",)),
            ("উনিশশো ছিয়ানব্বইয়ের", "1996", ())} <= got


@pytest.mark.parametrize("text,want", [
    # an hour with বাজে at the clause's end (before a noun বাজে is "bad")
    ("ঘড়িতে তখন ১০টা বাজে।", [("১০টা বাজে", "2025-11-28T10:00+06:00")]),
    ("৫টা বাজে অভ্যাস ত্যাগ করুন", []),
    # the second of two hours takes the first's part of the day
    ("বিকাল তিনটে সাড়ে তিনটের মধ্যে", [("বিকাল তিনটে", "2025-11-28T15:00+06:00"),
                                       ("সাড়ে তিনটের", "2025-11-28T15:30+06:00")]),
    ("সকাল ১০টা বা ১১টায়", [("সকাল ১০টা", "2025-11-28T10:00+06:00"), ("১১টায়", "2025-11-28T11:00+06:00")]),
])
def test_hours_that_strike_and_hours_that_share_a_part_of_the_day(text, want):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-11-28")] == want


@pytest.mark.parametrize("text", ["৫০০ ইংরেজি শব্দ", "১২ ইংরেজি মাধ্যম স্কুল", "ইংল্যান্ডের ৫ জন"])
def test_english_after_a_count_is_no_era(text):
    assert find_dates(text, ref="2024-11-10") == []


@pytest.mark.parametrize("text,found,value,mod", [
    # A Hijri or Bangla month after its own year, some days of one, and its ten-day parts.
    ("১৪৪৬ হিজরির রমজান মাসে", "১৪৪৬ হিজরির রমজান মাসে", "2025-03-01/2025-03-29", None),
    ("১৪৩১ বঙ্গাব্দের চৈত্র মাসে", "১৪৩১ বঙ্গাব্দের চৈত্র মাসে", "2025-03-15/2025-04-13", None),
    ("গত রমজানের শেষ দশ দিনে", "গত রমজানের শেষ দশ দিনে", "2025-03-20/2025-03-29", None),
    ("১৪৪৬ হিজরির রমজানের প্রথম ১০ দিনে", "১৪৪৬ হিজরির রমজানের প্রথম ১০ দিনে", "2025-03-01/2025-03-10", None),
    ("চলতি রমজানের মাঝের দশকে", "চলতি রমজানের মাঝের দশকে", "2026-02-18/2026-03-19", "MID"),
])
def test_months_of_other_calendars_by_their_year_and_their_days(text, found, value, mod):
    (t,) = find_dates(text, ref="2025-11-29")
    assert (t.text, t.kind, t.value, t.mod) == (found, "range", value, mod)


def test_a_bare_ramadan_with_its_days_is_a_general_truth():
    # `নবী … রমজানে শেষ ১০ দিন ইতিকাফ করতেন`: of no one Ramadan.
    assert [t.kind for t in find_dates("নবী রমজানের প্রথম ১০ দিন ইতিকাফ করেন", ref="2025-11-29")] == ["duration"]


@pytest.mark.parametrize("text,found,value", [
    # `এই দিনে` after a year: the reference's day in that year (an anniversary, a look back).
    ("গত বছরের এই দিনে", "গত বছরের এই দিনে", "2024-12-16"),
    ("১০ বছর আগের এই দিনে", "১০ বছর আগের এই দিনে", "2015-12-16"),
    ("একাত্তরের এই দিনে", "একাত্তরের এই দিনে", "1971-12-16"),
    ("আগামী বছরের এই দিনে", "আগামী বছরের এই দিনে", "2026-12-16"),
    ("১৯৭১ সালের এদিনে", "১৯৭১ সালের এদিনে", "1971-12-16"),
])
def test_this_day_of_a_year(text, found, value):
    (t,) = find_dates(text, ref="2025-12-16")
    assert (t.text, t.kind, t.value) == (found, "date", value)


def test_the_same_day_after_a_year_is_no_anniversary():
    # `একই দিনে`: the same day as another told, not the reference's day in 2020.
    got = find_dates("২০২০ সালে একই দিনে দুটি ঘটনা ঘটে", ref="2025-12-16")
    assert [(t.text, t.value) for t in got] == [("২০২০ সালে", "2020"), ("একই দিনে", None)]


@pytest.mark.parametrize("ref", ["0001-01-05", "9999-12-30", "0999-12-31"])
def test_a_reference_off_the_calendar_is_refused(ref):
    with pytest.raises(ValueError, match="reference date out of range"):
        find_dates("গত রোববার", ref=ref)


@pytest.mark.parametrize("text,found,value", [
    # The clitic -ই or -ও after a month's or a year's case ending (bangla.md §2.1: the emphatic to strip).
    ("ডিসেম্বরেই নির্বাচন হবে", "ডিসেম্বরেই", "2025-12"),
    ("নভেম্বরেও বৃষ্টি হয়েছে", "নভেম্বরেও", "2025-11"),
    ("আগামী জুলাইয়েই", "আগামী জুলাইয়েই", "2026-07"),
    ("২৪ নভেম্বরেই", "২৪ নভেম্বরেই", "2025-11-24"),
    ("২০২৪ সালেই", "২০২৪ সালেই", "2024"),
    ("চলতি রমজানেই", "চলতি রমজানেই", "2026-02-18/2026-03-19"),
    ("গত বৈশাখেই", "গত বৈশাখেই", "2025-04-14/2025-05-14"),
])
def test_a_clitic_after_the_case_ending(text, found, value):
    (t,) = find_dates(text, ref="2025-11-29")
    assert (t.text, t.value) == (found, value)


@pytest.mark.parametrize("text,want", [
    # West Bengal's classifier forms in the genitive are a clock only before a word of time.
    ("দুটোর মধ্যে একটি বেছে নিন", []),
    ("তিনটের সময় বৈঠক", [("তিনটের", "2025-12-16T03:00+06:00")]),
    ("দুপুর দুটোর পর", [("দুপুর দুটোর", "2025-12-16T14:00+06:00")]),
    # a count with its bound is no clock (`৫টার বেশি আসন`: more than five seats)
    ("৫টার বেশি আসন", []),
    ("বিকেল ৫টার মতো", [("বিকেল ৫টার", "2025-12-16T17:00+06:00")]),
])
def test_classifier_hours_in_the_genitive(text, want):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-12-16")] == want


@pytest.mark.parametrize("text,want", [
    # কাল by the verb; with none, a start announced from it is ahead.
    ("কাল থেকে ধর্মঘট শুরু", [("কাল", "2025-12-17")]),
    ("পরশু থেকে পরীক্ষা শুরু", [("পরশু", "2025-12-18")]),
    ("কাল থেকে নিখোঁজ", [("কাল", "2025-12-15")]),
    ("কাল থেকে নতুন ভাড়া", [("কাল", "2025-12-17")]),  # what is new from it
    ("শনিবার থেকে নতুন সময়সূচি", [("শনিবার", "2025-12-20")]),
    ("কাল থেকে নতুন করে সংক্রমণ বেড়েছে", [("কাল", "2025-12-15")]),  # a verb tells the past
    # with no verb, an event set for it, a headline that ends on it, or
    # today before it: ahead; with none of these, the day before
    ("দাবিতে কাল ছাত্রলীগের প্রতিবাদ সমাবেশ", [("কাল", "2025-12-17")]),
    ("এসএসসির ফল কাল", [("কাল", "2025-12-17")]),
    ("ভোট কাল, প্রস্তুত ইসি", [("কাল", "2025-12-17")]),
    ("পরশু হরতাল", [("পরশু", "2025-12-18")]),
    ("আজ ও কাল দেশের কোথাও কোথাও বৃষ্টি", [("আজ", "2025-12-16"), ("কাল", "2025-12-17")]),
    ("কাল রাতে ঢাকায় ভূমিকম্প", [("কাল রাতে", "2025-12-15")]),
    ("কাল ঢাকায় সমাবেশ করেছে বিএনপি", [("কাল", "2025-12-15")]),
    # কাল that is no day: a nor'wester, and `আজ কাল` (these days)
    ("কাল বৈশাখী ঝড়ে গাছ উপড়ে গেছে", []),
    ("আজ কাল সবাই ব্যস্ত", [("আজ", "2025-12-16")]),
])
def test_kal_by_its_clause(text, want):
    assert [(t.text, t.value) for t in find_dates(text, ref="2025-12-16")] == want


@pytest.mark.parametrize("text,found,value,mod", [
    # A day in the genitive, then a count after or before it: the day so far
    # from it (a vague count leaves the day with its bound); `পরপরই` and
    # `ঠিক আগে` are bounds as `পর` and `আগে` are.
    ("৫ আগস্টের দুই দিন পর তিনি দেশ ছাড়েন।", "৫ আগস্টের দুই দিন পর", "2025-08-07", None),
    ("৫ আগস্টের এক সপ্তাহ আগে", "৫ আগস্টের এক সপ্তাহ আগে", "2025-07-29", None),
    ("২০২৪ সালের ৫ আগস্টের এক বছর পর", "২০২৪ সালের ৫ আগস্টের এক বছর পর", "2025-08-05", None),
    ("২০২৫ সালের ৩১ জানুয়ারির এক মাস পর", "২০২৫ সালের ৩১ জানুয়ারির এক মাস পর", "2025-02-28", None),  # the last day
    ("৫ আগস্টের কয়েক দিন পর তিনি দেশ ছাড়েন।", "৫ আগস্টের কয়েক দিন পর", "2025-08-05", "AFTER"),
    ("৫ আগস্টের পরপরই তিনি দেশ ছাড়েন।", "৫ আগস্টের", "2025-08-05", "AFTER"),
    ("৫ আগস্টের ঠিক আগে তিনি দেশ ছাড়েন।", "৫ আগস্টের", "2025-08-05", "BEFORE"),
    # in English the count first
    ("He left two days after August 5.", "two days after August 5", "2025-08-07", None),
    ("three months after March 20, 2024", "three months after March 20, 2024", "2024-06-20", None),
])
def test_a_count_from_a_day_told_in_the_genitive(text, found, value, mod):
    t = find_dates(text, ref="2025-11-30")[0]
    assert (t.text, t.kind, t.value, t.mod) == (found, "date", value, mod)


@pytest.mark.parametrize("text,values", [
    # Two or three days of one run: each after the one before it, in the clause's tense.
    ("শুক্রবার ও শনিবার বন্ধ থাকবে।", ["2025-12-05", "2025-12-06"]),
    ("শুক্র ও শনিবার বন্ধ থাকবে।", ["2025-12-05", "2025-12-06"]),  # said on a Saturday: the run ahead
    ("রবিবার, সোমবার ও মঙ্গলবার ক্লাস হবে।", ["2025-11-30", "2025-12-01", "2025-12-02"]),
    ("বৃহস্পতিবার ও শুক্রবার বন্ধ ছিল।", ["2025-11-27", "2025-11-28"]),
    # told in the past, a run that would end after the page: the last whole run, over
    ("শনিবার ও রোববার বৈঠক হয়েছে।", ["2025-11-22", "2025-11-23"]),
    ("শুক্রবার, শনিবার ও রোববার বন্ধ ছিল।", ["2025-11-21", "2025-11-22", "2025-11-23"]),
    ("শনি ও রোববার বৈঠক হয়েছে।", ["2025-11-22", "2025-11-23"]),
    # a span of weekdays told of the future, said on the Saturday it names: the coming one
    ("শুক্রবার-শনিবার বন্ধ থাকবে।", ["2025-12-05/2025-12-06"]),
    ("শুক্র-শনিবার বন্ধ ছিল।", ["2025-11-28/2025-11-29"]),
])
def test_a_run_of_weekdays_is_read_in_order(text, values):
    from bnnews import find_dates
    assert [d.value for d in find_dates(text, ref="2025-11-29")] == values



def test_a_day_between_two_times_goes_with_the_time_after_it():
    # `সূর্যাস্ত ৫টা ১৫ মিনিটে, আগামীকাল সূর্যোদয় ৬টা ২৩ মিনিটে`: today's sunset, tomorrow's sunrise
    got = [(t.text, t.value) for t in find_dates("আজ ঢাকায় সূর্যাস্ত ৫টা ১৫ মিনিটে, আগামীকাল সূর্যোদয় ৬টা ২৩ মিনিটে।",
                                                 ref="2025-11-28")]
    assert got[1:] == [("সূর্যাস্ত ৫টা ১৫ মিনিটে", "2025-11-28T17:15+06:00"),
                       ("আগামীকাল সূর্যোদয় ৬টা ২৩ মিনিটে", "2025-11-29T06:23+06:00")]


@pytest.mark.parametrize("text,found,kind,value", [
    # half an hour glued to its unit, then a direction: a point, as `আধা ঘণ্টা আগে`
    ("আধঘণ্টা আগে", "আধঘণ্টা আগে", "datetime", "2025-11-24T10:00+06:00"),
    ("আধা ঘণ্টা আগে", "আধা ঘণ্টা আগে", "datetime", "2025-11-24T10:00+06:00"),
    ("আধঘণ্টা পরে", "আধঘণ্টা পরে", "datetime", "2025-11-24T11:00+06:00"),
    # no direction: how long
    ("আধঘণ্টা ধরে চলে বৈঠক", "আধঘণ্টা", "duration", "PT30M"),
])
def test_half_an_hour_glued_before_a_direction(text, found, kind, value):
    t = find_dates(text, ref="2025-11-24T10:30")[0]
    assert (t.text, t.kind, t.value) == (found, kind, value)


def test_parashu_din_written_apart_reads_as_the_word_written_together():
    apart, together = find_dates("পরশু দিন", ref="2025-11-28")[0], find_dates("পরশুদিন", ref="2025-11-28")[0]
    assert (apart.text, apart.value) == ("পরশু দিন", together.value)
