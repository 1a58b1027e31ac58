"""Every row of date_lines.tsv (shared/reference, copied to tests/data) that
prints a full date: read alone, and read as part of a page."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bnnews import parse
from bnnews.dateline import hour24, read_line
from bnnews.text import normalize
from conftest import page, read_tsv

_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2})?)?")
_TIME_ONLY = re.compile(r"^(?:upd|U)\s+(\d{2}:\d{2})")


def expected(iso: str) -> tuple[tuple, tuple | None]:
    """(published, updated) as (date, time, offset) from the `iso` column."""
    parts = [p.strip() for p in iso.split(";")]
    pub = upd = None
    for p in parts:
        is_upd = p.startswith(("upd", "U "))
        m = _VALUE.search(p)
        if m:
            val = (m.group(1), m.group(2), m.group(3))
        else:
            t = _TIME_ONLY.match(p)
            val = (pub[0], t.group(1), pub[2]) if t and pub else None
        if val is None:
            continue
        if is_upd:
            upd = val
        else:
            pub = val
    return pub, upd


ROWS = [r for r in read_tsv("date_lines.tsv")
        if _VALUE.search(r["iso"]) and "year only in URL" not in r["iso"]]


def _line(r):
    return normalize(r["string_as_seen (\\n = line break)"].replace("\\n", "\n"))


def test_table_is_loaded():
    assert len(ROWS) >= 50


@pytest.mark.parametrize("row", ROWS, ids=[r["#"] for r in ROWS])
def test_read_line_gives_the_date(row):
    pub, upd = expected(row["iso"])
    dl = read_line(_line(row).replace("\n", " "))
    assert dl is not None
    dates = [r for r in dl.readings if r.date]
    first = dates[0]
    assert "%04d-%02d-%02d" % first.date in (pub[0], upd[0] if upd else None)
    if pub[1]:
        times = {"%02d:%02d" % r.time[:2] + (":%02d" % r.time[2] if r.time[2] is not None else "")
                 for r in dl.readings if r.time}
        assert pub[1] in times
    if "clock" in row["kind"] or "site" in row["kind"]:
        if any(w in row["string_as_seen (\\n = line break)"] for w in ("বঙ্গাব্দ", "হিজরি", "হিজরী", "আষাঢ়", "অগ্রহায়ণ", "আজ")):
            assert dl.clock


PAGE_ROWS = [r for r in ROWS if r["kind"] not in ("site-clock", "site-date", "top+trailer")]


@pytest.mark.parametrize("row", PAGE_ROWS, ids=[r["#"] for r in PAGE_ROWS])
def test_page_reads_published_and_updated(row):
    pub, upd = expected(row["iso"])
    line = _line(row)
    body = "এটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।"
    if row["kind"] in ("trailer", "published(trailer)"):
        page = f"খবরের শিরোনাম এখানে লেখা\n{body}\n{line}\n"
    else:
        page = f"খবরের শিরোনাম এখানে লেখা\n{line}\n{body}\n"
    a = parse(page)
    stamps = {"published": a.published, "updated": a.updated}
    if row["kind"].startswith("updated") and "published" not in row["kind"]:
        want = {"updated": pub}
    else:
        want = {"published": pub}
        if upd is not None:
            want["updated"] = upd
    for field, (date, time, offset) in want.items():
        s = stamps[field]
        assert s is not None, field
        assert s.date == date
        assert s.time == time
        if time and offset:
            assert s.datetime == f"{date}T{time}{offset}"
    assert a.headline == "খবরের শিরোনাম এখানে লেখা"


@pytest.mark.parametrize("h,part,want", [
    (9, "pm", 21), (12, "am", 0), (12, "pm", 12), (3, "night", 3), (12, "night", 0),
    (10, "night", 22), (1, "noon", 13), (12, "noon", 12), (7, "morning", 7), (15, None, 15),
])
def test_hour24(h, part, want):
    assert hour24(h, part) == want


@pytest.mark.parametrize("line,warning", [
    ("প্রকাশ: ০০:০০, সোমবার, ২১ অক্টোবর, ২০১৯", "print_time_0000"),
    ("প্রকাশিত: শুক্রবার ২৪ নভেম্বর ২০২৫", "weekday_mismatch"),
    ("প্রকাশিত: ৩১ নভেম্বর ২০২৫", "invalid_date"),
    ("রাত ১০.১২, ২৩শে নভেম্বর :", "date_no_year"),
    ("প্রকাশিত: শনিবার, ৩০ নভেম্বর -০০০১", "invalid_date"),
    ("প্রকাশিত: ২৮ নভেম্বর ২০২৫, ২৫:০৫", "invalid_time"),
    ("প্রকাশিত: ২৮ নভেম্বর ২০২৫, ১২:৬৫", "invalid_time"),
])
def test_warnings(line, warning):
    dl = read_line(normalize(line))
    assert warning in dl.readings[0].warnings


@pytest.mark.parametrize("line,raw,time", [
    ("প্রকাশিত: গতকাল, রাত ১০:৩০", "গতকাল, রাত ১০:৩০", "22:30"),
    ("আপডেট: আজ সকাল ১০:৩০", "আজ সকাল ১০:৩০", "10:30"),
    ("Published: Yesterday, 10:30 PM", "Yesterday, 10:30 PM", "22:30"),
    ("প্রকাশ: শনিবার, ১০:৩০", "শনিবার, ১০:৩০", "10:30"),  # a day of the week, no date
    # ... and the hour spoken (`রাত ৯টা`), with no digits of a date for the cheap filter
    ("প্রকাশিত: গতকাল, রাত ৯টা", "গতকাল, রাত ৯টা", "21:00"),
    ("আপডেট: সোমবার, বিকেল ৪টা", "সোমবার, বিকেল ৪টা", "16:00"),
])
def test_a_day_told_as_today_or_yesterday_keeps_the_time_and_no_date(line, raw, time):
    # The crawl time it is told against is not on the page: the date stays
    # null, and the record says why.
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\n" + line + "\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    stamp = a.published or a.updated
    assert (stamp.raw, stamp.date, stamp.time, stamp.datetime) == (raw, None, time, None)
    assert "date_relative" in a.warnings


@pytest.mark.parametrize("line,date", [("প্রকাশ: ২৯/নভে/২০২৫", "2025-11-29"), ("Published: 29/Nov/2025", "2025-11-29")])
def test_a_date_with_its_month_between_slashes_is_no_signature(line, date):
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\n" + line + "\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    assert a.published.date == date and a.other == ()


@pytest.mark.parametrize("line,datetime_", [
    ("প্রকাশ: ২৯ নভেম্বর '২৫, ১০:৩০", "2025-11-29T10:30+06:00"),
    ("Published: Nov 29, '25 10:30 AM", "2025-11-29T10:30+06:00"),
    ("প্রকাশিত: ২৯ নভেম্বর ’২৫ | ০৯:১৫ পিএম", "2025-11-29T21:15+06:00"),
    ("প্রকাশ: ২৯ নভেম্বর’ ২০২৫, ১০:৩০", "2025-11-29T10:30+06:00"),  # the apostrophe after the month
    # two digits of the year under a date label, with nothing after them but the time
    ("প্রকাশ: ২৯ নভেম্বর ২৫, ১০:৩০ পিএম", "2025-11-29T22:30+06:00"),
    # the year first, in the genitive of `সাল` (`২০২৫ সালের ২৯ নভেম্বর`)
    ("প্রকাশ: ২০২৫ সালের ২৯ নভেম্বর, ১০:৩০ পিএম", "2025-11-29T22:30+06:00"),
])
def test_a_year_of_two_digits_after_an_apostrophe(line, datetime_):
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\n" + line + "\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    assert a.published.datetime == datetime_ and "date_no_year" not in a.warnings


@pytest.mark.parametrize("line,datetime_", [
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫ বাংলাদেশ সময় রাত ৯টা ৫২ মিনিটে", "2025-11-24T21:52+06:00"),
    ("আপডেট: ২৪ নভেম্বর ২০২৫, বাংলাদেশ সময়: ০৯:৫২ পিএম", "2025-11-24T21:52+06:00"),
])
def test_the_zones_name_between_a_labelled_date_and_its_time(line, datetime_):
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\n" + line + "\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    stamp = a.published or a.updated
    assert stamp.datetime == datetime_ and a.other == ()


def test_a_time_alone_is_no_relative_date():
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ১০:৩০\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    assert a.published.time == "10:30" and "date_relative" not in a.warnings


@pytest.mark.parametrize("text", ["প্রকাশিত: ২৮ নভেম্বর ২০২৫, ২৫:০৫", "২৮ নভেম্বর ২০২৫ | 24:30"])
def test_a_clock_that_is_no_time_keeps_the_date_and_says_so(text):
    from bnnews import parse_date
    d = parse_date(text)
    assert (d.kind, d.value) == ("date", "2025-11-28")
    assert "invalid_time" in d.warnings


def test_twelve_am_is_a_real_midnight():
    dl = read_line(normalize("১২:০০ এএম, ১ জানুয়ারি ২০২৫"))
    assert dl.readings[0].time == (0, 0, None)
    assert dl.readings[0].warnings == ()


def test_a_headline_that_names_a_date_is_not_a_date_line():
    a = parse("ঈদযাত্রার ট্রেনের অগ্রিম টিকিট বিক্রি শুরু ১৪ মার্চ\n"
              "প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
              "রেলওয়ে জানিয়েছে, অনলাইনে টিকিট বিক্রি শুরু হবে সকাল আটটায়।\n")
    assert a.headline.startswith("ঈদযাত্রার")
    assert a.published.datetime == "2025-11-24T21:52+06:00"


def test_fast_path_agrees_with_the_token_reader():
    """The one-regex fast path must read every line it accepts exactly as the
    general token reader does."""
    import importlib.util

    from bnnews import dateline as D
    from bnnews.digits import to_ascii_digits
    from conftest import ROOT
    spec = importlib.util.spec_from_file_location("dates_bench", ROOT / "bench" / "dates_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    lines = [normalize(x) for x in bench.generate(3000)] + [_line(r).replace("\n", " ") for r in ROWS]
    fast = 0
    for line in lines:
        got = D._read_fast(line)
        if got is not None:
            fast += 1
            assert got == D._read_tokens(line, to_ascii_digits(line)), line
    assert fast > len(lines) // 2


def test_fast_pattern_groups_are_in_the_order_the_reader_unpacks():
    from bnnews.dateline import _FAST
    assert tuple(_FAST.groupindex) == (
        "label", "h1", "mi1", "s1", "hm1", "w1", "wd1", "d", "mon", "wd2", "mon2", "d2", "y",
        "nd", "ns", "nm", "ny", "iy", "is", "im", "id", "h2", "mi2", "s2", "hm2", "w2", "off")


def _titled(line: str) -> str:
    """A page of a headline, the date line, and one paragraph."""
    return f"খবরের শিরোনাম এখানে লেখা\n{line}\nএটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n"


@pytest.mark.parametrize("line,datetime_", [
    ("2025-12-29T11:59:43+00:00", "2025-12-29T11:59:43+00:00"),
    ("২০২৪-১১-১০ ২১:৪৫", "2024-11-10T21:45+06:00"),
    ("Thu, 24 Nov 2022 21:45:00 +0600", "2022-11-24T21:45:00+06:00"),
    ("প্রকাশ : ২৪/১১/২০২২ ০৯:৪৫", "2022-11-24T09:45+06:00"),
    ("আপলোড সময় : ২৪-১১-২০২২ ০৯:৪৫ পিএম", "2022-11-24T21:45+06:00"),
    ("পোস্ট করা হয়েছে: ২৪ নভেম্বর ২০২২ ৯:৪৫ PM", "2022-11-24T21:45+06:00"),
    ("পোস্টের সময়: ২৪ নভেম্বর ২০২২ ৯:৪৫ PM", "2022-11-24T21:45+06:00"),
    ("আপলোডের সময় : ২৪ নভেম্বর ২০২২, ০৯:৪৫", "2022-11-24T09:45+06:00"),
    ("Published at: 24 November 2022 9:45 PM", "2022-11-24T21:45+06:00"),
    ("২০২৫ নভেম্বর ২৭ ০৯:২৪:৪৮", "2025-11-27T09:24:48+06:00"),  # the year first (duaa-news)
])
def test_more_date_line_layouts_in_a_page(line, datetime_):
    a = parse(_titled(line))
    assert a.published.datetime == datetime_


@pytest.mark.parametrize("line,date,time", [
    # An edition's name before its date is its label, not a byline.
    ("অনলাইন সংস্করণ: ২৯ নভেম্বর ২০২৫ ১০:৩০", "2025-11-29", "10:30"),
    ("মুদ্রিত সংস্করণ: ২৯ নভেম্বর ২০২৫", "2025-11-29", None),
    ("প্রিন্ট সংস্করণ, ২৯ নভেম্বর ২০২৫", "2025-11-29", None),
    ("ছাপা সংস্করণ | ২৯ নভেম্বর ২০২৫", "2025-11-29", None),
    # ... and so is the story named before the label: `সংবাদ` is no byline
    ("সংবাদ প্রকাশের সময়: ২৯ নভেম্বর ২০২৫, ২২:১৫", "2025-11-29", "22:15"),
    ("খবর প্রকাশের সময় : ২৯ নভেম্বর ২০২৫", "2025-11-29", None),
])
def test_an_edition_s_name_labels_its_date(line, date, time):
    a = parse(_titled(line))
    assert (a.published.date, a.published.time, a.desk) == (date, time, None)


@pytest.mark.parametrize("line,datetime_", [
    # WordPress news themes: their only label is an update label.
    ("Update Time : সোমবার, নভেম্বর ২৪, ২০২৫ ৯:৫২ অপরাহ্ন", "2025-11-24T21:52+06:00"),
    ("Last Update: 24 November 2025, 21:52", "2025-11-24T21:52+06:00"),
    ("Update: 24 Nov 2025, 21:52", "2025-11-24T21:52+06:00"),
    # `সর্বশেষ আপডেট` (latest update) is Bangladeshi; anandabazar's `শেষ আপডেট` alone means India time.
    ("সর্বশেষ আপডেট: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
    ("শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ২১:৫২", "2025-11-24T21:52+05:30"),
    ("আপডেটেড: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
    ("সর্বশেষ সংশোধন: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
    ("সর্বশেষ সম্পাদনা: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),  # last edited
    ("এডিট: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
    ("সম্পাদিত: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
    ("সংশোধিত: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),  # revised
    ("Revised: 24 November 2025, 21:52", "2025-11-24T21:52+06:00"),
    ("পরিবর্তিত: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),  # changed
    ("সর্বশেষ পরিবর্তন: ২৪ নভেম্বর ২০২৫, ২১:৫২", "2025-11-24T21:52+06:00"),
])
def test_update_labels(line, datetime_):
    a = parse(_titled(line))
    assert (a.published, a.updated.datetime) == (None, datetime_)


@pytest.mark.parametrize("line,datetime_", [
    ("প্রকাশিত: রাত ৯টা ৫২ মিনিট, ২৪ নভেম্বর ২০২৫", "2025-11-24T21:52+06:00"),
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, সকাল সাড়ে ১০টা", "2025-11-24T10:30+06:00"),
    ("আপডেট: ২৪ নভেম্বর ২০২৫ বিকেল পৌনে ৫টা", "2025-11-24T16:45+06:00"),
    ("প্রকাশিত: ২৪ নভেম্বর ২০২৫, ১১টা ০৫ মিনিটে", "2025-11-24T11:05+06:00"),
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, ১১টা ০৫মি.", "2025-11-24T11:05+06:00"),  # মিনিট cut short
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, রাত ৯টা ৫২ মি.", "2025-11-24T21:52+06:00"),
    ("প্রকাশিত: দুপুর ১২টা, ২৪ নভেম্বর ২০২৫", "2025-11-24T12:00+06:00"),
    ("প্রকাশ: সোমবার, ২৪ নভেম্বর ২০২৫ সন্ধ্যা ৭টা", "2025-11-24T19:00+06:00"),
])
def test_spoken_times_in_a_date_line(line, datetime_):
    dl = read_line(normalize(line))
    r = dl.readings[0]
    assert "%04d-%02d-%02dT%02d:%02d+06:00" % (*r.date, *r.time[:2]) == datetime_


def test_a_bare_count_of_hours_is_not_a_time():
    # `১০টা` alone counts ten things: without a day part or minutes it is no clock.
    r = read_line(normalize("প্রকাশিত: ২৪ নভেম্বর ২০২৫, ১০টা")).readings[0]
    assert r.date == (2025, 11, 24) and r.time is None


_KOLKATA_BODY = "কলকাতা: পশ্চিমবঙ্গে লোকসভা ভোটের প্রার্থী তালিকা ঘোষণা করেছে দলটি।\n"


@pytest.mark.parametrize("page,url,offset", [
    # A Kolkata dateline alone: a West Bengal page.
    ("ভোটের প্রার্থী ঘোষণা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY, None, "+05:30"),
    # The same dateline from a Dhaka outlet's correspondent.
    ("ভোটের প্রার্থী ঘোষণা\nসিনিয়র করেসপন্ডেন্ট\n২১০২ ঘণ্টা, মার্চ ২৯, ২০২৪\n" + _KOLKATA_BODY,
     None, "+06:00"),
    ("ভোটের প্রার্থী ঘোষণা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY,
     "https://www.banglanews24.com/india/news/bd/1306003.details", "+06:00"),
    ("ভোটের প্রার্থী ঘোষণা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY,
     "https://example.com.bd/news/1", "+06:00"),
    ("ভোটের প্রার্থী ঘোষণা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY
     + "বিডিপ্রতিদিন/এমআই\n", None, "+06:00"),
    # A Bangladeshi desk word (করেসপন্ডেন্ট, রিপোর্টার) over any date line.
    ("ভোটের প্রার্থী ঘোষণা\nসিনিয়র করেসপন্ডেন্ট\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY,
     None, "+06:00"),
    ("ভোটের প্রার্থী ঘোষণা\nস্টাফ রিপোর্টার\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n" + _KOLKATA_BODY,
     None, "+06:00"),
    # A date line that opens with a West Bengal place (`কলকাতা ২৪ নভেম্বর …`).
    ("ভোটের প্রার্থী ঘোষণা\nনিজস্ব সংবাদদাতা\nকলকাতা ২৪ নভেম্বর ২০২৫ ০৯:৫২\n"
     "পশ্চিমবঙ্গে লোকসভা ভোটের প্রার্থী তালিকা ঘোষণা করেছে দলটি।\n", None, "+05:30"),
    # A West Bengal outlet's own mark wins over a Bangladeshi host.
    ("ভোটের প্রার্থী ঘোষণা\nআনন্দবাজার অনলাইন সংবাদদাতা\nশেষ আপডেট: ২৪ নভেম্বর ২০২৫ ০৯:৫২\n"
     + _KOLKATA_BODY, "https://mirror.example.bd/x", "+05:30"),
])
def test_kolkata_dateline_zone_depends_on_the_outlet(page, url, offset):
    a = parse(page, url=url)
    assert (a.published or a.updated).tz == offset


_MZAMIN = ("ঢাকা-দিল্লি বৈঠক আজ পররাষ্ট্র সচিব পর্যায়ের বৈঠকে বসছে দুই দেশ {} (১০ মিনিট আগে) "
           "২০ সেপ্টেম্বর ২০২৩, বুধবার, ৬:১৪ অপরাহ্ন mzamin facebook sharing button twitter sharing "
           "button পররাষ্ট্র সচিব পর্যায়ের বৈঠকে আজ ঢাকায় বসছে বাংলাদেশ ও ভারত।")


@pytest.mark.parametrize("desk,want_desk,author,place", [
    ("স্টাফ রিপোর্টার", "স্টাফ রিপোর্টার", None, None),
    ("তারিক চয়ন, স্টাফ রিপোর্টার", "তারিক চয়ন, স্টাফ রিপোর্টার", "তারিক চয়ন", None),
    ("চট্টগ্রাম প্রতিনিধি", "চট্টগ্রাম প্রতিনিধি", None, "চট্টগ্রাম"),
    ("মানবজমিন ডেস্ক", "মানবজমিন ডেস্ক", None, None),
])
def test_a_whole_header_glued_to_the_body_line(desk, want_desk, author, place):
    a = parse(_MZAMIN.format(desk))
    assert a.headline == "ঢাকা-দিল্লি বৈঠক আজ পররাষ্ট্র সচিব পর্যায়ের বৈঠকে বসছে দুই দেশ"
    assert (a.desk, a.author, a.place) == (want_desk, author, place)
    assert a.published.datetime == "2023-09-20T18:14+06:00"
    assert a.body == ("পররাষ্ট্র সচিব পর্যায়ের বৈঠকে আজ ঢাকায় বসছে বাংলাদেশ ও ভারত।",)


def test_a_relative_age_inside_a_paragraph_is_not_a_header():
    a = parse("খবরের শিরোনাম এখানে লেখা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
              "তিনি জানান, ঘটনাটি ঘটে (দুই দিন আগে) এবং তদন্ত চলছে বলে পুলিশ জানিয়েছে। এ বিষয়ে "
              "আরও তথ্য পাওয়া যায়নি, তবে স্থানীয়রা বিষয়টি নিয়ে উদ্বিগ্ন বলে জানা গেছে।\n")
    assert a.headline == "খবরের শিরোনাম এখানে লেখা"
    assert a.body[0].startswith("তিনি জানান")


@pytest.mark.parametrize("url,offset", [
    ("https://www.anandabazar.com/west-bengal/x", "+05:30"),
    ("https://bengali.news18.com/news/1", "+05:30"),
    ("https://bengali.indianexpress.com/west-bengal/x-8941277", "+05:30"),
    ("https://bangla.hindustantimes.com/bengal/x", "+05:30"),
    ("http://rojdin.in/2024/03/13/x", "+05:30"),
    ("https://www.prothomalo.com/bangladesh/x", "+06:00"),
    ("https://example.com/x", "+06:00"),
    (None, "+06:00"),
])
def test_the_outlet_host_sets_the_zone(url, offset):
    a = parse("খবরের শিরোনাম এখানে লেখা\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
              "এটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n", url=url)
    assert a.published.tz == offset


def test_a_date_inside_an_inline_byline():
    a = parse("বিশ্বকাপের দল ঘোষণা করল বোর্ড\n"
              "ব্যুরো নিউজ, ১৩ মার্চ, সুমন দাস: আসন্ন বিশ্বকাপের জন্য ১৫ সদস্যের দল ঘোষণা করেছে বোর্ড।\n",
              url="https://newsevm.com/2024/03/13/x")
    # The date is the published date, no part of the byline.
    assert (a.desk, a.author) == ("ব্যুরো নিউজ, সুমন দাস", "সুমন দাস")
    assert a.body == ("আসন্ন বিশ্বকাপের জন্য ১৫ সদস্যের দল ঘোষণা করেছে বোর্ড।",)
    assert (a.published.raw, a.published.date, a.published.tz) == ("১৩ মার্চ", "2024-03-13", "+05:30")
    assert "date_from_url" in a.warnings
    # Without the URL the year is unknown: the date stays null, never a guess.
    b = parse("বিশ্বকাপের দল ঘোষণা করল বোর্ড\n"
              "ব্যুরো নিউজ, ১৩ মার্চ, সুমন দাস: আসন্ন বিশ্বকাপের জন্য ১৫ সদস্যের দল ঘোষণা করেছে বোর্ড।\n")
    assert b.published.date is None and "date_no_year" in b.warnings


@pytest.mark.parametrize("line,kicker,headline", [
    ("Weather Update : কলকাতায় আজ বৃষ্টির সম্ভাবনা", "Weather Update", "কলকাতায় আজ বৃষ্টির সম্ভাবনা"),
    ("Toy Train: পাহাড়ে ফের চালু টয় ট্রেন", "Toy Train", "পাহাড়ে ফের চালু টয় ট্রেন"),
    # a title in quotes, and one that ends in a date (`Update` there is the kicker's word, no label)
    ("Cricket Update: ‘শুরুতে ক্যাচ ছাড়লে মূল্য চোকাতে হবে’", "Cricket Update", "‘শুরুতে ক্যাচ ছাড়লে মূল্য চোকাতে হবে’"),
    ("Weather Update : সুলতান মেলা শুরু ১৫ এপ্রিল", "Weather Update", "সুলতান মেলা শুরু ১৫ এপ্রিল"),
    ("BPL 2025 final match preview", None, "BPL 2025 final match preview"),
    ("বিশ্বকাপ: আর্জেন্টিনার টানা তৃতীয় জয়", None, "বিশ্বকাপ: আর্জেন্টিনার টানা তৃতীয় জয়"),
])
def test_an_english_kicker_on_the_headline_line(line, kicker, headline):
    a = parse(f"{line}\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
              "এটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n")
    assert (a.kicker, a.headline) == (kicker, headline)


_TOKEN_ALPHABET = "০১২৩৪৫৬৭৮৯0123456789 :+-.,/|Zzটাসাড়েরাতপিএমAMpmনভেম্বরজানুয়ারিআপডেটপ্রকাশিতGMT"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_TOKEN_ALPHABET, max_size=60))
def test_token_scan_at_word_starts_equals_a_full_scan(line):
    """The token reader tries its pattern only where a token can start; that
    must find exactly what a scan of every position finds."""
    from bnnews import dateline as D
    from bnnews.digits import to_ascii_digits
    text = to_ascii_digits(line)
    full = [(m.start(), m.end(), m.lastgroup) for m in D._TOKEN.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in D._tokens(text)] == full


@pytest.mark.parametrize("line,time", [
    ("প্রকাশিত : ১২ ডিসেম্বর ২০২৩, ১০.১২", (10, 12, None)),  # a dot after a full date: a time
    ("রাত ১০.১২, ২৩শে নভেম্বর ২০২৩", (22, 12, None)),  # beside a day part
    ("১২ ডিসেম্বর ২০২৩, ২৫.৩০", None),  # no such time
    ("প্রকাশ: ২০.৪৮, ৮ এপ্রিল ২০২৪", (20, 48, None)),  # right before the date
    ("১৫.৫২ | ০২ জানুয়ারী ২০১৪ খ্রি.", (15, 52, None)),
    ("প্রকাশ: ০৪.৫৯, রোববার, জুন ১৪, ২০১৫", (4, 59, None)),  # a weekday between them
    ("২০২০-০৭-২৭ সোমবার,১৬.৪৭", (16, 47, None)),
    ("১ নবেম্বর ২০১৪ খ্রি. ২৩.২৭", (23, 27, None)),  # an era word between them
    ("০৪.১৮,০১/০৭/২০২২", (4, 18, None)),
    ("১২.৫০ শতাংশ, ৮ এপ্রিল ২০২৪", None),  # a word between: a decimal
    # the word for time labels it (`সময়ঃ`), after the date's era word and a weekday too
    ("সোমবার, ২৪ নভেম্বর ২০২৫ খ্রিস্টাব্দ, সময়ঃ ১০.৩০ মি.", (10, 30, None)),
    ("তারিখ: ২৪/১১/২০২৫, সময়: ২১.৫২", (21, 52, None)),
    ("২৪ নভেম্বর ২০২৫, মূল্য: ১০.৩০", None),  # another label: a figure
])
def test_dotted_time(line, time):
    assert read_line(normalize(line)).readings[0].time == time


@pytest.mark.parametrize("line,value", [
    # ঃ typed for a colon, the next word glued to it
    ("আপডেটঃরাত ৮:১৫, ২১ জানুয়ারি ২০১৭", "2017-01-21T20:15+06:00"),
    ("প্রকাশিত ঃজুলাই ২৪, ২০১৪ | ১২২১ ঘণ্টা", "2014-07-24T12:21+06:00"),
    # a day with its ordinal suffix, then a comma (`D, Month YYYY`)
    ("১৮ই, মে ২০২১", "2021-05-18"),
    ("শুক্রবার, ০৫ই, অক্টোবর ২০১২", "2012-10-05"),
    ("Tuesday,১৭, Jul 2০12", "2012-07-17"),
    # English order with a Bangla ordinal and a weekday after the year
    ("জুন ১৯ শে, ২০১৬,রোববার", "2016-06-19"),
    ("শনিবার,মার্চ 25শে, 2017", "2017-03-25"),
])
def test_more_date_line_layouts(line, value):
    """Found by composing labels, orders, ordinals, weekdays, eras and time
    forms of formats.md §5-6 at random: each is one date, read whole."""
    from bnnews import parse_date
    assert parse_date(line).value == value


def test_a_date_line_with_a_dotted_time_on_a_page():
    a = parse("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n"
              "প্রকাশ: ২০.৪৮, সোমবার, ৮ এপ্রিল ২০২৪\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published.datetime == "2024-04-08T20:48+06:00"


def test_a_decimal_without_a_date_is_not_a_time():
    dl = read_line(normalize("সূচক বেড়েছে ১০.১২ শতাংশ"))
    assert dl is None or all(r.time is None for r in dl.readings)


def test_date_line_glued_to_the_body_by_its_weekday():
    """formats.md §6.6: `…২০২৫ মঙ্গলবারBODY`: the date is read, the body keeps
    only the sentence."""
    a = parse("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\n"
              "প্রকাশিত: ১২ ডিসেম্বর ২০২৩ মঙ্গলবাররাজধানীতে আজ সকালে বৃষ্টি হয়েছে, "
              "যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published.date == "2023-12-12"
    assert a.body[0].startswith("রাজধানীতে আজ সকালে")


@pytest.mark.parametrize("glue", [" ", ""])
def test_title_printed_twice_and_glued_to_the_body(glue):
    """radiomahananda (formats.md §6.10): `TITLE TITLE BODY` on one line."""
    a = parse("শিলিগুড়িতে ভারী বৃষ্টির সতর্কতা শিলিগুড়িতে ভারী বৃষ্টির সতর্কতা" + glue
              + "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.headline == normalize("শিলিগুড়িতে ভারী বৃষ্টির সতর্কতা")
    assert a.body[0].startswith(normalize("রাজধানীতে আজ সকালে"))


def test_trailer_label_in_the_header_gives_published_when_nothing_else_does():
    a = parse("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n"
              "বাংলাদেশ সময়: ২১৫০ ঘণ্টা, আগস্ট ১৯, ২০১৪\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে।\n")
    assert a.published.datetime == "2014-08-19T21:50+06:00"


_SINGLE = [r for r in read_tsv("date_lines.tsv")
           if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2})?", r["iso"])]


@pytest.mark.parametrize("row", _SINGLE, ids=[r["#"] for r in _SINGLE])
def test_parse_date_gives_the_full_value_of_every_one_date_row(row):
    """Read alone, a date line gives the table's value to the offset: the
    published date of a labelled pair, a site clock with its time, India time
    for anandabazar's `শেষ আপডেট`, the Gregorian date of a triple-calendar line."""
    from bnnews import parse_date
    assert parse_date(_line(row).replace("\n", " ")).value == row["iso"]


def test_parse_date_prefers_the_published_half():
    from bnnews import parse_date
    t = parse_date("| আপডেট : ১১ সেপ্টেম্বর ২০২৪, ১৩:১৯ | প্রকাশিত : ১১ সেপ্টেম্বর ২০২৪, ১৩:১৬")
    assert t.value == "2024-09-11T13:16+06:00"


def test_a_topic_page_title_closed_by_its_date():
    """Dhaka Post topic pages: `TOPIC - December 29, 2025`; the title is kept
    as printed and the date, the page's only one, is the published date."""
    a = parse("টিভিতে আজকের খেলা - December 29, 2025\n"
              "টিভিতে কোন খেলা কখন দেখতে পারবেন, ক্রিকেট, ফুটবল ও অন্যান্য খেলার সময়সূচি জানুন এখানে।\n")
    assert a.headline == normalize("টিভিতে আজকের খেলা - December 29, 2025")
    assert a.published.date == "2025-12-29"


@pytest.mark.parametrize("title,published", [
    ("আজকের নামাজের সময়সূচি, ২৮ নভেম্বর ২০২৬", "2026-11-28"),  # a daily page names its day
    ("আজকের রাশিফল, শনিবার ২৮ নভেম্বর ২০২৬", "2026-11-28"),
    ("স্বাধীনতার ঘোষণা, ২৬ মার্চ ১৯৭১", None),  # a date closing another title is its topic's
])
def test_a_daily_pages_title_that_names_its_day_after_a_comma(title, published):
    a = parse(f"{title}\nঅনলাইন ডেস্ক\nপ্রতিদিনের মতো আজও নানা বিষয় তুলে ধরা হলো। বিস্তারিত নিচে দেওয়া হলো।\n")
    assert a.headline == title and (a.published.date if a.published else None) == published


@pytest.mark.parametrize("line,updated", [
    # An update printed as a time alone is on the published day of the line ...
    ("প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম | আপডেট: ১০:১০ পিএম", "2025-11-24T22:10+06:00"),
    ("প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম (আপডেট: ১০:১০ পিএম)", "2025-11-24T22:10+06:00"),
    ("২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম (আপডেট: ১০:১০ পিএম)", "2025-11-24T22:10+06:00"),  # unlabelled
    # ... unless its clock is earlier: then its day is not printed, and not guessed.
    ("প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম | আপডেট: ০৮:১০ এএম", None),
])
def test_an_update_printed_as_a_time_alone(line, updated):
    a = parse(_titled(line))
    assert a.published.datetime == "2025-11-24T21:52+06:00"
    assert (a.updated.datetime if a.updated else None) == updated


def test_a_time_then_a_date_under_their_own_labels():
    line = "সময় : ১০:১৫ এএম, তারিখ : ২৮/১১/২০২৫"
    assert parse(_titled(line)).published.datetime == "2025-11-28T10:15+06:00"
    from bnnews import parse_date
    assert parse_date(line).value == "2025-11-28T10:15+06:00"


@pytest.mark.parametrize("line,value", [
    ("২৪ নভেম্বর ২০২৫ খ্রিস্টাব্দ, ৯ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ", "2025-11-24"),
])
def test_a_clock_like_line_under_the_headline_is_the_only_date(line, value):
    page = f"ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\nনিজস্ব প্রতিবেদক\n{line}\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
    assert parse(page).published.date == value
    # Above the headline it stays the site's clock.
    page = f"{line}\nঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\nনিজস্ব প্রতিবেদক\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
    a = parse(page)
    assert a.published is None and "no_date_line" in a.warnings


@pytest.mark.parametrize("line", ["Dhaka, Monday, 24 November 2025", "ঢাকা, সোমবার, ২৪ নভেম্বর ২০২৫"])
def test_a_city_clock_under_the_headline_stays_the_sites(line):
    # formats.md §6.1: lines that open with ঢাকা/Dhaka are site clocks.
    page = f"ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\nনিজস্ব প্রতিবেদক\n{line}\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
    assert parse(page).published is None


@pytest.mark.parametrize("desk,line,dt", [
    ("UNB", "Dhaka, November 26, 2025 21:52", "2025-11-26T21:52+06:00"),
    ("বাসস", "ঢাকা, ২৬ নভেম্বর ২০২৫, ২১:৫২", "2025-11-26T21:52+06:00"),
])
def test_an_agency_dateline_with_its_time_under_its_byline_is_the_only_date(desk, line, dt):
    """A city's line that tells the time and no weekday, right under the
    agency's byline: the story's dateline when the page prints no other date."""
    page = f"ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\n{desk}\n{line}\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
    assert parse(page).published.datetime == dt


@pytest.mark.parametrize("line,date", [
    ("ঢাকা, ২৪ নভেম্বর ২০২৫ (বিডিনিউজ টোয়েন্টিফোর ডটকম)", "2025-11-24"),
    ("ঢাকা, ২৪ নভেম্বর ২০২৫ (বাসস)", "2025-11-24"),
])
def test_a_city_and_date_closed_by_an_agency_in_brackets_is_the_storys_dateline(line, date):
    # an agency's or outlet's name in brackets: a story's dateline, no site clock
    page = f"ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\nনিজস্ব প্রতিবেদক\n{line}\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
    assert parse(page).published.date == date


def test_a_running_clock_under_the_headline_stays_the_sites():
    page = ("ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা\nনিজস্ব প্রতিবেদক\nআজ সোমবার | ৯ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ | "
            "২৪ নভেম্বর ২০২৫ খ্রিস্টাব্দ | দুপুর ১:৩০\nআজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n")
    assert parse(page).published is None


def test_a_by_credit_is_no_date_label():
    dl = read_line("Published by: Sayani Sen")
    assert dl is None or not dl.labels
    a = parse("শীতের আমেজ বাড়ছে কলকাতায়\nUpdated By: Sayani Sen|Last Updated: Nov 24, 2025, 09:52 PM IST\n"
              "নিজস্ব প্রতিবেদন: কলকাতায় রবিবার সর্বনিম্ন তাপমাত্রা ছিল ১৬ ডিগ্রি সেলসিয়াস।\n")
    assert (a.author, a.updated.datetime) == ("Sayani Sen", "2025-11-24T21:52+05:30")


def test_a_short_title_over_the_date_with_the_author_under_it():
    # TITLE / DATE / a person's name / a subhead: the title is the short line
    # before the date (janakantha's COLUMN / AUTHOR / DATE / COLUMN / TITLE is not this).
    a = parse("ইতিকাফের প্রস্তুতি\n৩১ মার্চ, ২০২৪ ০১:১৮\nমুফতি আমজাদ হোসাইন হেলালী\nইতিকাফের পরিচয়\n"
              "ইতিকাফ শব্দটি আরবি। অভিধানে এর শাব্দিক অর্থ উল্লেখ করা হয়েছে অবস্থান করা।\n")
    assert (a.headline, a.desk) == ("ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী")


@pytest.mark.parametrize("page,headline,desk", [
    # A ticker label and its item, then a short title right over the desk: the title is the headline.
    ("শিরোনাম\nঢাকায় নতুন বাস চালু হচ্ছে আগামী মাসে\nছোটপর্দায় আজকের খেলা\nস্পোর্টস ডেস্ক\n"
     "১০৩৫ ঘণ্টা, মার্চ ৩১, ২০২৪\nআজ টিভিতে যে খেলাগুলো দেখা যাবে তার তালিকা দেওয়া হলো।\n",
     "ছোটপর্দায় আজকের খেলা", "স্পোর্টস ডেস্ক"),
    # ... but a person's name over the date is the byline, and the ticker's line the headline.
    ("শিরোনাম\nবাবা-মায়ের বিচ্ছেদ হলে সন্তান কার কাছে থাকবে?\nখাদেমুল ইসলাম\n১৫৪৭ ঘণ্টা, মার্চ ৩১, ২০২৪\n"
     "ইসলাম ধর্মে তালাককে অপছন্দনীয় বলা হলেও তাকে ধর্মীয়ভাবে বৈধ বলে স্বীকৃতি দেওয়া হয়েছে।\n",
     "বাবা-মায়ের বিচ্ছেদ হলে সন্তান কার কাছে থাকবে?", "খাদেমুল ইসলাম"),
    # The headline printed twice over the desk is no byline name.
    ("আবাহনী-মোহামেডানের ড্র\nআবাহনী-মোহামেডানের ড্র\nসিনিয়র করেসপন্ডেন্ট, স্পোর্টস\n১৯৪৯ ঘণ্টা, মার্চ ৩০, ২০২৪\n"
     "প্রিমিয়ার লিগের ম্যাচে আবাহনী ও মোহামেডান গোলশূন্য ড্র করেছে।\n",
     "আবাহনী-মোহামেডানের ড্র", "সিনিয়র করেসপন্ডেন্ট, স্পোর্টস"),
])
def test_short_titles_tickers_and_repeats_over_the_desk(page, headline, desk):
    a = parse(page)
    assert (a.headline, a.desk) == (headline, desk)


@pytest.mark.parametrize("text,headline,desk,published", [
    # A dump that lost its line breaks: HEADLINE [BYLINE] LABEL: DATE BODY on one line.
    ("ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা নিজস্ব প্রতিবেদক প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫ আজ ঢাকায় "
     "বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর। আগামীকালও বৃষ্টি হতে পারে।",
     "ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00"),
    ("গুচ্ছের ভর্তি পরীক্ষায় উপস্থিতি ৯০ শতাংশ জগন্নাথ বিশ্ববিদ্যালয় প্রতিনিধি প্রকাশ: ২৭ এপ্রিল, ২০২৪ ২২:০১ "
     "সারাদেশে একযোগে অনুষ্ঠিত হয়েছে গুচ্ছভুক্ত বিশ্ববিদ্যালয়গুলোর বিজ্ঞান বিভাগের ভর্তি পরীক্ষা।",
     "গুচ্ছের ভর্তি পরীক্ষায় উপস্থিতি ৯০ শতাংশ", "জগন্নাথ বিশ্ববিদ্যালয় প্রতিনিধি", "2024-04-27T22:01+06:00"),
    ("শুরু হলো গল্পকথার বইমেলা খোরশেদ আলম সাগর, ডিস্ট্রিক্ট করেসপন্ডেন্ট প্রকাশ: ১৭২৮ ঘণ্টা, মার্চ ১, ২০২৪ "
     "লালমনিরহাট: সাহিত্য, সংস্কৃতি ও ঐতিহ্যকে ধরে রাখতে শুরু হয়েছে দশ দিনের বইমেলা।",
     "শুরু হলো গল্পকথার বইমেলা", "খোরশেদ আলম সাগর, ডিস্ট্রিক্ট করেসপন্ডেন্ট", "2024-03-01T17:28+06:00"),
    ("Dhaka rain floods the capital Star Online Report Published: 24 Nov 2025, 09:52 PM Heavy rain since early "
     "morning today caused waterlogging in many parts of the capital, leaving commuters stranded.",
     "Dhaka rain floods the capital", "Star Online Report", "2025-11-24T21:52+06:00"),
])
def test_a_page_that_lost_its_line_breaks(text, headline, desk, published):
    a = parse(text)
    assert (a.headline, a.desk, a.published.datetime) == (headline, desk, published)
    assert a.body and not a.body[0].startswith(headline)


_RUN_BODY = "দুর্নীতির মামলায় সাবেক মন্ত্রীকে খালাস দিয়েছেন আদালত। বিশেষ জজ আদালত এ রায় দেন।"


@pytest.mark.parametrize("header,headline,desk,stamp,first", [
    # The byline under the date (HEADLINE DATE DESK BODY), labelled or not, and
    # WB's two-word label; a name that closes the title stays in it when a
    # byline follows the date.
    ("খালাস পেলেন সাবেক মন্ত্রী প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫ নিজস্ব প্রতিবেদক", "খালাস পেলেন সাবেক মন্ত্রী",
     "নিজস্ব প্রতিবেদক", ("published", "2025-11-24T21:52+06:00"), None),
    ("খালাস পেলেন সাবেক মন্ত্রী ২৪ নভেম্বর ২০২৫, ২১:৫২ রংপুর প্রতিনিধি", "খালাস পেলেন সাবেক মন্ত্রী",
     "রংপুর প্রতিনিধি", ("published", "2025-11-24T21:52+06:00"), None),
    ("খালাস পেলেন সাবেক মন্ত্রী প্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৫২ রফিকুল ইসলাম, খুলনা", "খালাস পেলেন সাবেক মন্ত্রী",
     "রফিকুল ইসলাম, খুলনা", ("published", "2025-11-24T21:52+06:00"), None),
    ("খালাস পেলেন সাবেক মন্ত্রী অনলাইন ডেস্ক শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ০৯:৫২", "খালাস পেলেন সাবেক মন্ত্রী",
     "অনলাইন ডেস্ক", ("updated", "2025-11-24T09:52+05:30"), None),
    ("যোগ দিচ্ছেন আসিফ মাহমুদ প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫ স্টাফ রিপোর্টার", "যোগ দিচ্ছেন আসিফ মাহমুদ",
     "স্টাফ রিপোর্টার", ("published", "2025-11-24T21:52+06:00"), None),
    ("আবাহনী-মোহামেডানের ড্র প্রকাশ: ১৯৪৯ ঘণ্টা, মার্চ ৩০, ২০২৪ সিনিয়র করেসপন্ডেন্ট, স্পোর্টস",
     "আবাহনী-মোহামেডানের ড্র", "সিনিয়র করেসপন্ডেন্ট, স্পোর্টস", ("published", "2024-03-30T19:49+06:00"), None),
    ("ক্যাচ ছাড়লে মূল্য দিতে হবে প্রকাশ: ১৯০২ ঘণ্টা, মার্চ ৩০, ২০২৪ স্টাফ করেসপন্ডেন্ট (স্পোর্টস)",
     "ক্যাচ ছাড়লে মূল্য দিতে হবে", "স্টাফ করেসপন্ডেন্ট (স্পোর্টস)", ("published", "2024-03-30T19:02+06:00"), None),
    ("তুলে দিলেন স্ত্রী, অতঃপর... প্রকাশ: ২৭ এপ্রিল, ২০২৪ ২১:৪৫ শরীয়তপুর প্রতিনিধি", "তুলে দিলেন স্ত্রী, অতঃপর...",
     "শরীয়তপুর প্রতিনিধি", ("published", "2024-04-27T21:45+06:00"), None),
    # a person's name and a role after a comma; a place after the role opens the body
    ("খালাস পেলেন সাবেক মন্ত্রী প্রকাশ: ২৮ মার্চ, ২০২৪ ১৩:৪৭ ইসমাইল হোসেন স্বপন, গেস্ট করেসপন্ডেন্ট",
     "খালাস পেলেন সাবেক মন্ত্রী", "ইসমাইল হোসেন স্বপন, গেস্ট করেসপন্ডেন্ট", ("published", "2024-03-28T13:47+06:00"), None),
    ("খালাস পেলেন সাবেক মন্ত্রী প্রকাশ: ২৮ মার্চ, ২০২৪ ১৩:৪৭ মো. নিজাম উদ্দিন, ডিস্ট্রিক্ট করেসপন্ডেন্ট লক্ষ্মীপুর:",
     "খালাস পেলেন সাবেক মন্ত্রী", "মো. নিজাম উদ্দিন, ডিস্ট্রিক্ট করেসপন্ডেন্ট", ("published", "2024-03-28T13:47+06:00"),
     "লক্ষ্মীপুর:"),
    # labels of two words
    ("খালাস পেলেন সাবেক মন্ত্রী নিজস্ব প্রতিবেদক প্রকাশিত হয়েছে : ২৪ নভেম্বর ২০২৫, ২১:৫২", "খালাস পেলেন সাবেক মন্ত্রী",
     "নিজস্ব প্রতিবেদক", ("published", "2025-11-24T21:52+06:00"), None),
    ("খালাস পেলেন সাবেক মন্ত্রী নিজস্ব প্রতিবেদক আপডেট টাইম : ২৪ নভেম্বর ২০২৫, ২১:৫২", "খালাস পেলেন সাবেক মন্ত্রী",
     "নিজস্ব প্রতিবেদক", ("updated", "2025-11-24T21:52+06:00"), None),
    # A person's name alone after a labelled date: a title or family name marks it.
    ("ইতিকাফের প্রস্তুতি প্রকাশ: ৩১ মার্চ, ২০২৪ ০১:১৮ মুফতি আমজাদ হোসাইন হেলালী", "ইতিকাফের প্রস্তুতি",
     "মুফতি আমজাদ হোসাইন হেলালী", ("published", "2024-03-31T01:18+06:00"), None),
    ("মানুষখেকোর দ্বীপ প্রকাশ: ১৫ মার্চ, ২০২৪ ০৯:৪১ আলম শাইন", "মানুষখেকোর দ্বীপ", "আলম শাইন",
     ("published", "2024-03-15T09:41+06:00"), None),
    # The date ends where the body's first sentence begins, with a number, a
    # month or a weekday of its own.
    ("খালাস পেলেন সাবেক মন্ত্রী আন্তর্জাতিক ডেস্ক ২৪ নভেম্বর ২০২৫, ০০:৪৯ ২৪ ঘণ্টার ব্যবধানে",
     "খালাস পেলেন সাবেক মন্ত্রী", "আন্তর্জাতিক ডেস্ক", ("published", "2025-11-24T00:49+06:00"), "২৪ ঘণ্টার ব্যবধানে"),
    ("খালাস পেলেন সাবেক মন্ত্রী রংপুর প্রতিনিধি প্রকাশ: ২১:০১, বৃহস্পতিবার, ২৬ জুন, ২০২৫ ডিসেম্বরের শেষে",
     "খালাস পেলেন সাবেক মন্ত্রী", "রংপুর প্রতিনিধি", ("published", "2025-06-26T21:01+06:00"), "ডিসেম্বরের শেষে"),
    ("খালাস পেলেন সাবেক মন্ত্রী স্টাফ রিপোর্টার প্রকাশ: ২৪ নভেম্বর ২০২৫, ২০:৪৯ সোমবার (২৪ নভেম্বর)",
     "খালাস পেলেন সাবেক মন্ত্রী", "স্টাফ রিপোর্টার", ("published", "2025-11-24T20:49+06:00"), "সোমবার (২৪ নভেম্বর)"),
])
def test_a_header_run_into_the_first_paragraph(header, headline, desk, stamp, first):
    a = parse(f"{header} {_RUN_BODY}\nদ্বিতীয় অনুচ্ছেদে আরও কিছু কথা লেখা হলো। তার পরে আরও একটি বাক্য।\n")
    assert (a.headline, a.desk, getattr(a, stamp[0]).datetime) == (headline, desk, stamp[1])
    assert a.body[0] == (f"{first} {_RUN_BODY}" if first else _RUN_BODY)


@pytest.mark.parametrize("first", [
    "হাসান মাহমুদ খেলতে নেমেছেন নিজের অভিষেক টেস্ট ম্যাচ।",  # a finite verb: the name is the subject
    "বিএনপির ভারপ্রাপ্ত চেয়ারম্যান তারেক রহমান আজ দেশে ফিরছেন।",  # a position, a case ending
    "সিরাজগঞ্জে শহরে আব্দুর রহমান নামের এক কলেজছাত্রকে ছুরিকাঘাত করা হয়েছে।",
    "ড. মুহাম্মদ ইউনূস বলেছেন, নির্বাচন ফেব্রুয়ারিতে হবে।",  # a verb of saying
    "ছাত্র প্রতিনিধি হিসেবে সাবেক উপদেষ্টা আজ বক্তব্য দেন।",  # a role word in a sentence
])
def test_a_first_sentence_that_opens_with_a_name_is_no_byline(first):
    a = parse(f"খালাস পেলেন সাবেক মন্ত্রী প্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৫২ {first} আরও কিছু কথা লেখা হলো।\n")
    assert a.desk is None and a.body[0].startswith(first.split()[0])


@pytest.mark.parametrize("first,desk,place,date", [
    # The byline and date set apart by bars or pictographs, run into the first paragraph.
    ("বিশেষ প্রতিবেদক | ঢাকা | ১২ অক্টোবর ২০২৫", "বিশেষ প্রতিবেদক | ঢাকা", "ঢাকা", "2025-10-12"),
    ("📍 নিজস্ব প্রতিবেদক | ১৩ অক্টোবর ২০২৫, ঢাকা", "নিজস্ব প্রতিবেদক", None, "2025-10-13"),
    ("🕘 প্রকাশের তারিখ: ৯ অক্টোবর ২০২৫📝 রিপোর্টার: [নিজস্ব প্রতিবেদক]", "নিজস্ব প্রতিবেদক", None, "2025-10-09"),
    ("প্রকাশিত: ৯ অক্টোবর ২০২৫ | রংপুর প্রতিনিধি", "রংপুর প্রতিনিধি", "রংপুর", "2025-10-09"),
    # peoplesnews24: a bar before the byline, the time after it, the date month first
    ("| নিউজ রুম এডিটর ৬:৩০ অপরাহ্ণ | অক্টোবর ১২, ২০২৫", "নিউজ রুম এডিটর", None, "2025-10-12"),
    ("নিজস্ব প্রতিবেদক | অক্টোবর ১২, ২০২৫", "নিজস্ব প্রতিবেদক", None, "2025-10-12"),
])
def test_a_byline_and_date_set_apart_by_bars_in_the_first_paragraph(first, desk, place, date):
    a = parse(f"অবশেষে মন্ত্রণালয়ে সচিব নিয়োগ\n\n{first} {_RUN_BODY}\nএর আগে তিনি অন্য বিভাগে দায়িত্ব পালন করছিলেন।\n")
    assert (a.headline, a.desk, a.place, a.published.date) == ("অবশেষে মন্ত্রণালয়ে সচিব নিয়োগ", desk, place, date)
    assert a.body[0] == _RUN_BODY


@pytest.mark.parametrize("text,headline,desk,published,body", [
    # The header run together on one line, the body under it.
    ("ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা নিজস্ব প্রতিবেদক প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
     "আজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n",
     "ঢাকায় বৃষ্টি নিয়ে নতুন সতর্কবার্তা", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00",
     "আজ ঢাকায় বৃষ্টি হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।"),
    # The byline and the date run into the first paragraph (a site clock before them).
    ("রোনালদোর জোড়া গোলে আল নাসরের রেকর্ড\nঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | "
     "১৩:১২ ক্রিশ্চিয়ানো রোনালদোর জোড়া গোলে সৌদি প্রো লিগে নতুন ইতিহাস গড়েছে আল নাসর।\n",
     "রোনালদোর জোড়া গোলে আল নাসরের রেকর্ড", "স্পোর্টস ডেস্ক", "2025-12-28T13:12+06:00",
     "ক্রিশ্চিয়ানো রোনালদোর জোড়া গোলে সৌদি প্রো লিগে নতুন ইতিহাস গড়েছে আল নাসর।"),
])
def test_header_lines_run_together(text, headline, desk, published, body):
    a = parse(text)
    assert (a.headline, a.desk, a.published.datetime, a.body[0]) == (headline, desk, published, body)


def test_a_person_after_a_site_clock_with_the_date_run_into_the_body():
    # samakal rows: `ঢাকা WD, DATE NAME প্রকাশ: DATE | TIME BODY` on one line.
    a = parse("অস্ট্রেলিয়ায় ক্রিকেট সংস্কৃতি শিখেছি\nঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ সেকান্দার আলী প্রকাশ: "
              "২৯ ডিসেম্বর ২০২৫ | ১৩:৪৮ চন্ডিকা হাথুরুসিংহের কাছে কোচিং শিক্ষা নিতে গিয়েছিলেন নিজ খরচে।\n")
    assert (a.author, a.published.datetime) == ("সেকান্দার আলী", "2025-12-29T13:48+06:00")
    assert a.body == ("চন্ডিকা হাথুরুসিংহের কাছে কোচিং শিক্ষা নিতে গিয়েছিলেন নিজ খরচে।",)


def test_a_page_stored_without_its_headline_that_opens_with_a_site_clock():
    # samakal rows as the scraper stored them: no headline line, the site clock, the
    # byline, both stamps and the body on one line. The clock is no headline.
    a = parse("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ কবীর আহমেদ ভূঁইয়া। ফাইল ছবি সমকাল প্রতিবেদক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | "
              "২৩:২৯ | আপডেট: ২৯ ডিসেম্বর ২০২৫ | ০০:০৫ ব্রাহ্মণবাড়িয়া ৪ আসনে দলীয় মনোনয়ন পরিবর্তন করেছে বিএনপি। "
              "এ আসনে মনোনয়ন পেলেন কবীর আহমেদ ভূঁইয়া।\n")
    assert (a.headline, a.desk, a.published.datetime, a.updated.datetime) == (
        None, "সমকাল প্রতিবেদক", "2025-12-28T23:29+06:00", "2025-12-29T00:05+06:00")
    assert a.body[0].startswith("ব্রাহ্মণবাড়িয়া ৪ আসনে") and "no_headline" in a.warnings
    # `আজ` opening a headline is no clock (`আজ মহাকবি … জন্মবার্ষিকী উপজেলা করেসপন্ডেন্ট প্রকাশ: …`).
    b = parse("আজ মহাকবি কায়কোবাদের ১৬৭তম জন্মবার্ষিকী উপজেলা করেসপন্ডেন্ট প্রকাশ: ১০৪১ ঘণ্টা, ফেব্রুয়ারি ২৫, ২০২৪ "
              "নবাবগঞ্জ (ঢাকা): আজ ২৫ ফেব্রুয়ারি মহাকবি কায়কোবাদের ১৬৭তম জন্মবার্ষিকী। কবি কায়কোবাদ ঢাকা জেলার "
              "নবাবগঞ্জে জন্মগ্রহণ করেন।\n")
    assert b.headline == "আজ মহাকবি কায়কোবাদের ১৬৭তম জন্মবার্ষিকী"
    # the clock over a desk's byline: not `HEADLINE DATE DESK BODY` with the clock's date
    c = parse("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ১৩:১২ ক্রিশ্চিয়ানো "
              "রোনালদোর জোড়া গোলে সৌদি প্রো লিগে নতুন ইতিহাস গড়েছে আল নাসর।\n")
    assert (c.headline, c.desk, c.published.datetime) == (None, "স্পোর্টস ডেস্ক", "2025-12-28T13:12+06:00")
    assert c.body == ("ক্রিশ্চিয়ানো রোনালদোর জোড়া গোলে সৌদি প্রো লিগে নতুন ইতিহাস গড়েছে আল নাসর।",)


def test_a_sentence_printed_twice_is_no_title():
    # BBC Bangla's bodies repeat each paragraph: the lead sentence twice is no `TITLE TITLE BODY`.
    a = parse("বিশ্বজুড়েই মৃত্যুর অন্যতম প্রধান কারণ হৃদরোগ। বিশ্বজুড়েই মৃত্যুর অন্যতম প্রধান কারণ হৃদরোগ। "
              "বিশ্ব স্বাস্থ্য সংস্থার পরিসংখ্যান অনুযায়ী, ২০২২ সালে আনুমানিক এক কোটি ৯৮ লাখ মানুষের মৃত্যু হয়েছে।\n")
    assert a.headline is None and a.body[0].startswith("বিশ্বজুড়েই")


def test_an_english_date_run_into_the_first_sentence():
    a = parse("Winter bites without cold wave\nbdnews24.com\nDecember 29, 2025 His visit to the party's "
              "central office comes a day after he resumed work at Gulshan.\n")
    assert a.published.date == "2025-12-29"
    assert a.body[0].startswith("His visit")
    # A sentence that opens with a date keeps it.
    b = parse("Cold wave sweeps the north\nDecember 29, 2025 was the coldest day of the year in Dhaka, the Met office said.\n")
    assert b.body[0].startswith("December 29, 2025 was")


def test_an_english_lead_cut_off_without_its_full_stop_is_the_body():
    # English rows of the scraper: HEADLINE / SUBHEAD-LIKE TITLE / a lead cut off with no full stop.
    a = parse("Low speed prevents disaster after train derails in Gafargaon\nUnknown\n"
              "The locomotive and two carriages of the Dhaka-bound Agnibina Express ran off the tracks after the "
              "train left the station on Monday morning\n")
    assert a.body and a.body[0].startswith("The locomotive") and "no_body" not in a.warnings


@pytest.mark.parametrize("text,desk,place,date", [
    # A wire dateline opening the body: its date, its place, and the agency as the credit.
    ("Govt to raise fuel prices from January\nDHAKA, Dec 29, 2025 (BSS) - The government has decided to raise "
     "fuel prices from January 1, officials said today.\n", "BSS", "Dhaka", "2025-12-29"),
    ("জ্বালানির দাম বাড়াচ্ছে সরকার\nঢাকা, ২৯ ডিসেম্বর ২০২৫ (বাসস) : সরকার আগামী জানুয়ারি থেকে জ্বালানির দাম "
     "বাড়ানোর সিদ্ধান্ত নিয়েছে।\n", "বাসস", "ঢাকা", "2025-12-29"),
    # A byline printed above it stays the desk.
    ("জ্বালানির দাম বাড়াচ্ছে সরকার\nনিজস্ব প্রতিবেদক\nঢাকা, ২৯ ডিসেম্বর ২০২৫ (বাসস) : সরকার আগামী জানুয়ারি "
     "থেকে জ্বালানির দাম বাড়ানোর সিদ্ধান্ত নিয়েছে।\n", "নিজস্ব প্রতিবেদক", "ঢাকা", "2025-12-29"),
])
def test_a_wire_dateline_opening_the_body(text, desk, place, date):
    a = parse(text)
    assert (a.desk, a.place, a.published.date) == (desk, place, date)


def test_a_wire_dateline_with_an_agency_in_mixed_case_and_no_year():
    a = parse("India raises rates again\nNEW DELHI, Nov 24 (Reuters) - India's central bank raised its key lending "
              "rate on Monday, citing persistent inflation pressures.\nThe decision was widely expected.\n")
    assert (a.desk, a.place, a.published.raw, a.published.date) == ("Reuters", "New Delhi", "Nov 24", None)
    assert "date_no_year" in a.warnings  # a date is printed, without its year: null, and says why


@pytest.mark.parametrize("text,headline,desk,published", [
    # A page that lost its line breaks, with no label before the date: the
    # desk that closes the words before the date splits them (a date inside
    # the title does not).
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী নিজস্ব প্রতিবেদক ২৪ নভেম্বর ২০২৫, ১০:১২ রাজধানীতে আজ সকালে "
     "ভারী বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক", "2025-11-24T10:12+06:00"),
    ("সুলতান মেলা শুরু ১৫ এপ্রিল ডিস্ট্রিক্ট করেসপন্ডেন্ট ১৯০৯ ঘণ্টা, মার্চ ২৮, ২০২৪ নড়াইলে আগামী ১৫ এপ্রিল "
     "থেকে সুলতান মেলা শুরু হবে বলে জানিয়েছেন আয়োজকরা।",
     "সুলতান মেলা শুরু ১৫ এপ্রিল", "ডিস্ট্রিক্ট করেসপন্ডেন্ট", "2024-03-28T19:09+06:00"),
    # No desk before the date: a paragraph that opens with a date stays one.
    ("গত ২৪ নভেম্বর ২০২৫ রাজধানীতে ভারী বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন "
     "স্থানীয়রা।", None, None, None),
])
def test_a_run_together_header_with_no_date_label(text, headline, desk, published):
    a = parse(text)
    assert (a.headline, a.desk, a.published and a.published.datetime) == (headline, desk, published)


@pytest.mark.parametrize("header,headline,desk,published", [
    # The header run together on its own line, the body under it.
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী | নিজস্ব প্রতিবেদক | প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00"),
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী - নিজস্ব প্রতিবেদক - ২৪ নভেম্বর ২০২৫",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক", "2025-11-24"),
    # (`ঢাকায়` opens a title, not a site clock: `ঢাকা, …` does.)
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী নিজস্ব প্রতিবেদক ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00"),
    # a writer's name between the bars, not a desk's
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী | রাকিব হাসান | প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "রাকিব হাসান", "2025-11-24T21:52+06:00"),
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা | ড. আবুল কাশেম মজুমদার | প্রকাশ: ২৪ নভেম্বর ২০২৫",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা", "ড. আবুল কাশেম মজুমদার", "2025-11-24"),
    # an outlet whose name ends in a label's word (`পোস্ট`) before the bar
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা\nঢাকা পোস্ট ডেস্ক | প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা", "ঢাকা পোস্ট ডেস্ক", "2025-11-24T09:52+06:00"),
    ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা\nঢাকা পোস্ট | প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
     "ঢাকায় বৃষ্টিতে জলাবদ্ধতা", "ঢাকা পোস্ট", "2025-11-24T09:52+06:00"),
    # three names between bars are a ticker, no title and byline
    ("সাকিব | তামিম | মুশফিক | প্রকাশিত: ২৪ নভেম্বর ২০২৫", None, None, None),
])
def test_the_header_run_together_on_one_line(header, headline, desk, published):
    a = parse(header + "\nরাজধানীতে আজ সকালে ভারী বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে "
                       "জানিয়েছেন স্থানীয়রা।")
    assert (a.headline, a.desk, a.published and (a.published.datetime or a.published.date)) == \
        (headline, desk, published)


@pytest.mark.parametrize("header,published,updated", [
    # A labelled (or marked) clock over the date it belongs to: one stamp.
    (["প্রকাশিত: ০৯:৫২ পিএম", "২৪ নভেম্বর ২০২৫"], "2025-11-24T21:52+06:00", None),
    (["প্রকাশিত: ১০:৩০", "শুক্রবার, ২৮ নভেম্বর ২০২৫"], "2025-11-28T10:30+06:00", None),
    (["Published: 10:30 AM", "28 November 2025"], "2025-11-28T10:30+06:00", None),
    (["প্রকাশিত: ০৯:৫২ পিএম", "২৪ নভেম্বর ২০২৫", "আপডেট: ১০:১০ পিএম", "২৪ নভেম্বর ২০২৫"],
     "2025-11-24T21:52+06:00", "2025-11-24T22:10+06:00"),
    (["নিজস্ব প্রতিবেদক", "১০:৩০ পিএম", "২৮ নভেম্বর ২০২৫"], "2025-11-28T22:30+06:00", None),
    # ... and a marked clock under its date.
    (["২৮ নভেম্বর ২০২৫", "১০:৩০ পিএম"], "2025-11-28T22:30+06:00", None),
    (["প্রকাশ :", "২৮ নভেম্বর ২০২৫", "১০:৩০ পিএম"], "2025-11-28T22:30+06:00", None),
    (["২৮ নভেম্বর ২০২৫ |", "১০:৩০ পিএম", "আপডেট: ২৮ নভেম্বর ২০২৫ ১১:৩০ পিএম"],
     "2025-11-28T22:30+06:00", "2025-11-28T23:30+06:00"),
    # ... and a bare clock under a date under its label alone: the label's stamp, in three lines
    (["প্রকাশিত", "২৮ নভেম্বর ২০২৫", "০৯:৫২", "আপডেট", "২৮ নভেম্বর ২০২৫", "১২:০০"],
     "2025-11-28T09:52+06:00", "2025-11-28T12:00+06:00"),
    (["প্রকাশ:", "২৮ নভেম্বর ২০২৫", "২১:৪০"], "2025-11-28T21:40+06:00", None),
])
def test_a_clock_over_its_date(header, published, updated):
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", *header))
    assert (a.published.datetime, a.updated and a.updated.datetime) == (published, updated)


@pytest.mark.parametrize("header", [["০২:৩৫", "২৮ নভেম্বর ২০২৫"], ["২৮ নভেম্বর ২০২৫", "০২:৩৫"]])
def test_a_bare_clock_by_a_date_is_not_its_time(header):
    # `০২:৩৫` alone by a date is as often a video's length: the date is the stamp.
    a = parse(page("ভিডিও", "বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", *header))
    assert (a.published.date, a.published.time, a.updated) == ("2025-11-28", None, None)
    assert ("date", "০২:৩৫") in [(o.kind, o.text) for o in a.other]


@pytest.mark.parametrize("header", [
    ["শুক্রবার", "২৮ নভেম্বর ২০২৫"], ["২৮ নভেম্বর ২০২৫", "শুক্রবার"], ["Friday,", "28 November 2025"],
    ["প্রকাশিত:", "শুক্রবার", "২৮ নভেম্বর ২০২৫"],
])
def test_a_weekday_alone_by_its_date_is_part_of_it(header):
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", *header))
    assert a.published.date == "2025-11-28" and a.other == ()


@pytest.mark.parametrize("line,field,value", [
    # A date line after the body that ends in an abbreviation's dot is no
    # sentence (it had been taken for a third paragraph).
    ("প্রকাশের তারিখ : 22:11 | বৃহস্পতিবার, 29 সেপ্টেম্বর 2016 খ্রি.", "published", "2016-09-29T22:11+06:00"),
    ("সর্বশেষ আপডেট ঃ বৃহস্পতিবার, ২৮ জানুয়ারী ২০১৬, ১০ : ১২পি.এম.", "updated", "2016-01-28T22:12+06:00"),
    # family A's line, ending in its separator
    ("প্রকাশিত:বুধবার ০৪ ডিসেম্বর 20১৩ | হালনাগাদ:বুধবার ০৪ ডিসেম্বর ২০১৩ |", "published", None),
    # anandabazar's `শেষ আপডেট` after the body means India time, as it does above it.
    ("শেষ আপডেট: ০৮ মে ২০২৪ ০৯:৫৯", "updated", "2024-05-08T09:59+05:30"),
])
def test_a_date_line_after_the_body(line, field, value):
    a = parse("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n"
              "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন বৃষ্টি অব্যাহত থাকতে পারে এবং তাপমাত্রা কিছুটা কমবে।\n"
              f"{line}\n")
    assert getattr(a, field).datetime == value
    assert value or getattr(a, field).date  # (a date line without a clock gives the date)
    assert len(a.body) == 2


@pytest.mark.parametrize("line,value", [
    # runs of spaces, as a page's line has before `parse` makes them one
    ("শেষ  আপডেটঃ  ০১:৫৩  ২২  September  ২০১৭", "2017-09-22T01:53+05:30"),
    ("প্রকাশিত  হয়েছে  ৪,  জানুয়ারী  ২০২১,০২  :  ১৭", "2021-01-04T02:17+06:00"),
    # a space before the comma of an English-order date
    ("Sunday November 6 , 2022", "2022-11-06"),
    ("January 15 , 2014 , Wednesday", "2014-01-15"),
])
def test_parse_date_with_runs_of_spaces_and_loose_commas(line, value):
    from bnnews import parse_date
    assert parse_date(line).value == value


@pytest.mark.parametrize("line,date,dt", [
    # A labelled date line in the Bangla calendar only: its date by the Bangladesh rule
    ("প্রকাশ: ১০ অগ্রহায়ণ ১৪৩২, মঙ্গলবার", "2025-11-25", None),
    ("প্রকাশিত: মঙ্গলবার, ১০ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, সকাল ১০:৩০", "2025-11-25", "2025-11-25T10:30+06:00"),
])
def test_a_labelled_bangla_calendar_date_line(line, date, dt):
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n{line}\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert (a.published.date, a.published.datetime) == (date, dt)
    assert "bangla_calendar" in a.warnings


def test_a_labelled_hijri_calendar_date_line():
    a = parse("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ৮ জমাদিউস সানি ১৪৪৭\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published.date == "2025-11-29" and "hijri_calendar" in a.warnings


def test_an_unlabelled_bangla_calendar_line_is_still_a_clock():
    a = parse("আজ সোমবার | ৯ই অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ | দুপুর ২:২২\nঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published is None and [o.kind for o in a.other] == ["clock"]


@pytest.mark.parametrize("line,dt", [
    # A story's stamp in the Bangla calendar only, with its time and no label:
    # a site's clock prints the Gregorian date beside the Bangla one.
    ("১৪ অগ্রহায়ণ ১৪৩২, ১০:৩০", "2025-11-29T10:30+06:00"),
    ("১৪ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, সকাল ১০টা ৩০ মিনিট", "2025-11-29T10:30+06:00"),
    ("শনিবার, ১৪ অগ্রহায়ণ ১৪৩২, রাত ৯টা", "2025-11-29T21:00+06:00"),
])
def test_an_unlabelled_bangla_calendar_date_with_its_time_is_the_stamp(line, dt):
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n{line}\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published.datetime == dt and "bangla_calendar" in a.warnings and a.other == ()


@pytest.mark.parametrize("line", ["১৪ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ", "ঢাকা, শনিবার, ১৪ অগ্রহায়ণ ১৪৩২",
                                  "আজ ১৪ই অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ", "• আজ ১৪ই অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ"])
def test_a_bangla_calendar_date_alone_or_after_the_city_is_a_clock(line):
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\n{line}\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.published is None and [o.kind for o in a.other] == ["clock"]


def test_a_print_date_glued_to_an_english_first_sentence():
    # An English story on a Bangla print page: `… ০২:০৮BATB AGM NOTICE …`.
    a = parse("kalerkantho\nBATB AGM Notice\nNews Desk\n২৮ মার্চ, ২০২৪ ০২:০৮BATB AGM NOTICE As per the letter "
              "directed by BSEC, the annual general meeting will be held on 30 April.\n")
    assert (a.published.datetime, a.body[0][:15]) == ("2024-03-28T02:08+06:00", "BATB AGM NOTICE")


def test_a_bare_label_over_the_byline_does_not_take_it_into_the_date():
    page = ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, ভোগান্তি\nআপডেট\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
            "রাজধানীতে গতকাল রাতভর বৃষ্টিতে বিভিন্ন সড়কে পানি জমে যায়। এতে অফিসগামী মানুষকে ভোগান্তিতে পড়তে হয়।\n")
    a = parse(page)
    assert (a.desk, a.published.datetime) == ("নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00")


@pytest.mark.parametrize("label", ["Print Date", "Printed on"])
def test_an_english_print_date_is_no_publication_date(label):
    # formats.md §1c H: the date a print page was printed is a distractor.
    a = parse(f"রাজধানীতে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{label}: Dec 23, 2024\n"
              "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n")
    assert (a.published, a.updated) == (None, None)
    a = parse(f"রাজধানীতে বাসে আগুন\nনিজস্ব প্রতিবেদক\nPost Time : ১৭ নভেম্বর ২০২৪\n{label}: Dec 23, 2024\n"
              "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n")
    assert a.published.date == "2024-11-17"


@pytest.mark.parametrize("line,published,updated", [
    # bars inside a date line: no section after them to drop
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫ | ২১:৫২ | আপডেট: ২৪ নভেম্বর ২০২৫ | ২২:১০", "2025-11-24T21:52+06:00",
     "2025-11-24T22:10+06:00"),
    ("নিজস্ব প্রতিবেদক | আপডেট: ২২ অক্টোবর ২০১৯ | ১৪ঃ৪৭", None, "2019-10-22T14:47+06:00"),
])
def test_a_date_line_with_several_bars_keeps_every_part(line, published, updated):
    a = parse(f"সংস্কার নিয়ে বৈঠকে বসছে দলগুলো\n{line}\nরাজধানীতে আজ একটি গুরুত্বপূর্ণ বৈঠক হয়েছে। নেতারা অংশ নেন।\n")
    assert (a.published and a.published.datetime, a.updated and a.updated.datetime) == (published, updated)


def test_a_byline_and_date_line_with_the_sections_after_a_bar():
    # samayupdates: `by DESK | DATE, TIME | SECTION, SECTION` under the title
    a = parse("খবরের কাগজের সঙ্গে আবেগ জড়িয়ে\nby নিজস্ব সংবাদদাতা | এপ্রিল ১, ২০২৫, ১৯:৩৫ | এই দেশ এই মাটি, সেরা পাঁচ\n"
              "খবরের কাগজ শব্দটির সঙ্গে সাধারণ মানুষের এক আবেগ জড়িয়ে আছে। সকালবেলা চায়ের টেবিলে দিন শুরু হয়।\n")
    assert (a.desk, a.published.date, a.published.time) == ("by নিজস্ব সংবাদদাতা", "2025-04-01", "19:35")


@pytest.mark.parametrize("dateline,desk,place,date", [
    # a dash after the agency's brackets closes the dateline too
    ("ওয়াশিংটন, ২৮ নভেম্বর, ২০২৫ (এএফপি) –", "এএফপি", "ওয়াশিংটন", "2025-11-28"),
    ("খুলনা, ২৯ নভেম্বর, ২০২৫ (ইউএনবি)-", "ইউএনবি", "খুলনা", "2025-11-29"),
    # an outlet in the brackets is the credit as an agency is
    ("ঢাকা, ২৯ নভেম্বর ২০২৫ (বাংলানিউজ২৪) :", "বাংলানিউজ২৪", "ঢাকা", "2025-11-29"),
])
def test_an_agency_or_outlet_dateline_opening_the_body(dateline, desk, place, date):
    body = "রাজধানীতে আজ এক অনুষ্ঠানে এ কথা বলেন তিনি। অনুষ্ঠানে আরও উপস্থিত ছিলেন অনেকে।"
    a = parse(f"শিরোনাম এখানে একটি খবর\n{dateline} {body}")
    assert (a.desk, a.place, a.published.date) == (desk, place, date)


def test_a_number_in_the_byline_before_a_labelled_date_stays_in_the_byline():
    # `উত্তর ২৪ পরগনা` (a West Bengal district) before `| প্রকাশিত: …`
    a = parse("নদী খননে বদলে যাচ্ছে চরের জীবন\nনিজস্ব সংবাদদাতা, উত্তর ২৪ পরগনা | প্রকাশিত: ১০:১৫, ২৮ নভেম্বর ২০২৫\n"
              "যমুনার চরে এখন শুষ্ক মৌসুমেও নৌকা চলে। নদী খননের পর থেকে যাতায়াত সহজ হয়েছে।")
    assert (a.desk, a.place, a.published.datetime) == ("নিজস্ব সংবাদদাতা, উত্তর ২৪ পরগনা", "উত্তর ২৪ পরগনা",
                                                       "2025-11-28T10:15+06:00")


@pytest.mark.parametrize("opening,place", [
    ("শিলিগুড়ি ও জলপাইগুড়িঃ", "শিলিগুড়ি ও জলপাইগুড়ি"),  # two places the story was filed from
    ("ঢাকা ও চট্টগ্রাম:", "ঢাকা ও চট্টগ্রাম"),
    ("রাম ও শ্যাম:", None),  # no places
])
def test_a_dateline_of_two_places(opening, place):
    a = parse("টানা বৃষ্টিতে বিপর্যস্ত উত্তরবঙ্গ\n২৪ নভেম্বর ২০২৫\n" + opening +
              " লাগাতার বৃষ্টিতে বিপর্যস্ত একাধিক জেলা। টানা বর্ষণে বন্যা পরিস্থিতি সৃষ্টি হয়েছে।")
    assert a.place == place



@pytest.mark.parametrize("title,headline", [
    ("২৯ নভেম্বর: ইতিহাসের এই দিনে", "২৯ নভেম্বর: ইতিহাসের এই দিনে"),  # a day alone: the title's topic
    ("রাত ১০.১২, ২৯শে নভেম্বর : রাজ্যে নতুন করে শৈত্যপ্রবাহ", "রাজ্যে নতুন করে শৈত্যপ্রবাহ"),  # a live blog's entry
])
def test_a_day_opening_the_title_with_no_time_keeps_the_title_whole(title, headline):
    a = parse(f"{title}\nরাজধানীতে আজ গুরুত্বপূর্ণ এক সিদ্ধান্ত হয়েছে। বিস্তারিত জানানো হয়েছে সংবাদ সম্মেলনে।\n"
              "এ নিয়ে সংশ্লিষ্টদের মধ্যে আলোচনা চলছে।\n")
    assert a.headline == headline and "date_no_year" in a.warnings  # (no year printed: no date)


def test_a_news_themes_date_of_the_day_over_its_image_placeholder_is_the_sites_clock():
    # tagDiv's Newspaper theme: `WEEKDAY, DATE` / `spot_imgspot_img` / `HomeSECTION` / TITLE / body
    page = ("বুধবার, মে ১৫, ২০২৪\nspot_imgspot_img\nHomeসাক্ষাতকার\n\n"
            "মাতৃভূমির জন্যে আমার যা করণীয়, তা না করে আমি চলে যাব না : হরিপদ দত্ত\n\n"
            "হরিপদ দত্ত সমকালীন বাংলা কথাসাহিত্যের গুরুত্বপূর্ণ লেখক। বর্তমানে তিনি নদীয়া জেলায় থাকেন।\n")
    a = parse(page)
    assert (a.published, a.kicker) == (None, "সাক্ষাতকার") and "no_date_line" in a.warnings
    assert [(o.kind, o.text) for o in a.other] == [("clock", "বুধবার, মে ১৫, ২০২৪"), ("markup", "spot_imgspot_img")]
    # without the theme's placeholder, the date over the title is the story's
    assert parse(page.replace("spot_imgspot_img\n", "")).published.date == "2024-05-15"


def test_a_machine_translated_theme_page_breadcrumb_ending_in_the_title():
    # the same theme, machine-translated: the token in Bangla, and the breadcrumb
    # run together ending in the title, over the title
    a = parse("১৫ মে, ২০২৫ তারিখে\nস্পট_আইএমজি\nহোমভবিষ্যত প্রযুক্তিইন্টারনেট এবং নেটওয়ার্ক প্রযুক্তি কী?\n\n"
              "ইন্টারনেট এবং নেটওয়ার্ক প্রযুক্তি কী?\n\n"
              "ইন্টারনেট এবং নেটওয়ার্ক প্রযুক্তি আধুনিক যোগাযোগের মৌলিক ভিত্তি। এ নিয়ে আলোচনা করা হয়েছে।\n")
    assert (a.headline, a.published) == ("ইন্টারনেট এবং নেটওয়ার্ক প্রযুক্তি কী?", None)
    assert [o.kind for o in a.other] == ["clock", "markup", "menu"]


@pytest.mark.parametrize("line", ["প্রকাশ: ২৯ নভেম্বর, ২৫ জন", "২৯ নভেম্বর, ২৫"])
def test_two_digits_after_a_day_are_a_year_only_under_a_label_at_the_lines_end(line):
    dl = read_line(normalize(line))
    assert dl.readings[0].date is None and "date_no_year" in dl.readings[0].warnings


def test_a_bangla_posted_by_credit_before_the_date_and_the_section_on_one_line():
    # `পোস্ট করেছেন:` (posted by) is a credit, not the `পোস্ট` date label
    a = parse("ধানের শীষ প্রতীকে বিজয়ী হলেন যে নেতারা\n"
              "পোস্ট করেছেন: মতপ্রকাশ ডেস্ক | প্রকাশিত হয়েছে: ৩১/১২/২০১৮ , ৫:০৭ পূর্বাহ্ণ | বিভাগ: প্রধান সংবাদ,রাজনীতি\n"
              "নির্বাচনে পাঁচ আসনে বেসরকারিভাবে জয়ী হয়েছেন জোটের প্রার্থীরা। ইসি সচিব ফল ঘোষণা করেন।\n")
    assert (a.desk, a.author, a.published.datetime) == ("পোস্ট করেছেন: মতপ্রকাশ ডেস্ক", None, "2018-12-31T05:07+06:00")


@pytest.mark.parametrize("line,desk", [
    ("Last updated: নভেম্বর ২৯, ২০২৫ By রফিক হাসান", "By রফিক হাসান"),
    ("Updated: 29 Nov 2025 | by Rafiq Hasan", "by Rafiq Hasan"),
    ("প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০ | নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক"),
    ("২৯ নভেম্বর ২০২৫, ১০:৩০ | রফিক হাসান, রংপুর", "রফিক হাসান, রংপুর"),
    ("প্রকাশিত: ২৯ নভেম্বর ২০২৫ - রফিক হাসান", "রফিক হাসান"),
    ("প্রকাশ: ২৯ নভেম্বর ২০২৫ | প্রিন্ট সংস্করণ", None),  # an edition's name is no byline
])
def test_a_byline_after_the_date_on_its_line(line, desk):
    a = parse(f"বাজারে শীতের সবজির দাম কমেছে\n{line}\n"
              "বাজারে শীতের সবজির সরবরাহ বাড়ায় দাম কমেছে। ক্রেতারা স্বস্তিতে আছেন।\n")
    stamp = a.updated or a.published
    assert (a.desk, stamp.date) == (desk, "2025-11-29")


def test_a_tripura_byline_means_indian_time_and_a_bangladeshi_trailer_keeps_dhaka_time():
    body = "রাজ্যের প্রায় আট হাজার হেক্টর জমিতে আনারস চাষ হচ্ছে। গত দুই বছর ধরে চাষিদের আগ্রহ বেড়েছে।"
    a = parse(f"ত্রিপুরায় আনারস চাষে আগ্রহ বাড়ছে\nনিজস্ব প্রতিনিধি, আগরতলা\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১০\n{body}\n")
    assert (a.place, a.published.datetime) == ("আগরতলা", "2025-11-28T10:10+05:30")
    b = parse(f"ত্রিপুরায় আনারস চাষে আগ্রহ বাড়ছে\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১০\nআগরতলা (ত্রিপুরা): {body}\n"
              "বাংলাদেশ সময়: ১০১০ ঘণ্টা, নভেম্বর ২৮, ২০২৫\n")
    assert b.published.datetime == "2025-11-28T10:10+06:00"  # banglanews24's Tripura correspondent


def test_a_local_outlets_credit_and_day_over_the_body_are_the_desk_and_the_date():
    # meherpurnews: `মেহেরপুর নিউজ, ১৬ মে:` alone over the first paragraph (a wire's dateline)
    page = ("সদর উপজেলায় প্রেস ব্রিফিং অনুষ্ঠিত\nমেহেরপুর নিউজ, ১৬ মে:\n"
            "সরকারের উন্নয়ন ভাবনা সম্পর্কে জনগণকে অবহিত করার লক্ষ্যে বিশেষ প্রচার কার্যক্রমের আওতায় প্রেস ব্রিফিং হয়েছে।\n")
    a = parse(page)
    assert (a.desk, a.published.date, a.other) == ("মেহেরপুর নিউজ", None, ()) and "date_no_year" in a.warnings
    b = parse(page, url="https://meherpurnews.com/2023/05/16/85616")
    assert b.published.date == "2023-05-16"  # the address's year, its day and month agreeing


def test_a_bare_update_label_over_its_date_still_labels_it():
    # (a list label must not take a date label's line: `সর্বশেষ আপডেট:` / DATE is the updated date)
    a = parse("সিলেটে বন্যা পরিস্থিতির অবনতি\nনিজস্ব প্রতিবেদক\nসর্বশেষ আপডেট:\n২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
              "সিলেটে বন্যা পরিস্থিতির অবনতি হয়েছে। নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে বলে জানিয়েছে বোর্ড।\n")
    assert (a.published, a.updated.datetime) == (None, "2025-11-24T09:52+06:00")


_BODY_LINE = "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট আগুন নিয়ন্ত্রণে আনে।"


@pytest.mark.parametrize("stamp,crawled,field,value,raw", [
    # an age, counted from the crawl time in the page's zone (UTC 04:30 is 10:30 in Dhaka)
    ("প্রকাশ: ২ ঘণ্টা আগে", "2025-11-24T04:30:00Z", "published", "2025-11-24T08:30+06:00", "২ ঘণ্টা আগে"),
    ("আপডেট: ১০ মিনিট আগে", "2025-11-24T10:30", "updated", "2025-11-24T10:20+06:00", "১০ মিনিট আগে"),
    ("Published: 3 hours ago", "2025-11-24T04:30:00+00:00", "published", "2025-11-24T07:30+06:00", "3 hours ago"),
    # yesterday of the crawl's day in Dhaka (02:30 on the 25th there)
    ("প্রকাশিত: গতকাল, রাত ১০:৩০", "2025-11-24T20:30:00Z", "published", "2025-11-24T22:30+06:00", None),
    ("প্রকাশিত: গতকাল, রাত ৯টা", "2025-11-24T20:30:00Z", "published", "2025-11-24T21:00+06:00", None),
    # an age told in words, a half glued to its unit too
    ("প্রকাশ: দুই ঘণ্টা আগে", "2025-11-24T04:30:00Z", "published", "2025-11-24T08:30+06:00", "দুই ঘণ্টা আগে"),
    ("প্রকাশিত: দেড় ঘণ্টা আগে", "2025-11-24T04:30:00Z", "published", "2025-11-24T09:00+06:00", None),
    ("প্রকাশিত: আধঘণ্টা আগে", "2025-11-24T04:30:00Z", "published", "2025-11-24T10:00+06:00", "আধঘণ্টা আগে"),
])
def test_a_page_dated_only_by_its_age_is_dated_from_the_crawl_time(stamp, crawled, field, value, raw):
    a = parse(f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{stamp}\n{_BODY_LINE}\n", crawled=crawled)
    got = getattr(a, field)
    assert got.datetime == value and "date_from_crawl" in a.warnings and "date_relative" not in a.warnings
    if raw:
        assert got.raw == raw
    assert field in [b.kind for b in a.blocks]  # the line is the date's, no clock


@pytest.mark.parametrize("stamp,field,day", [
    ("প্রকাশ: গতকাল", "published", "2025-11-23"), ("আপডেট: আজ", "updated", "2025-11-24"),
    ("Published: Yesterday", "published", "2025-11-23"), ("প্রকাশ: শনিবার", "published", "2025-11-22"),
])
def test_a_stamp_that_tells_only_a_day_against_today_is_dated_from_the_crawl_time(stamp, field, day):
    """`প্রকাশ: গতকাল` with no time: the crawl's day before (its date only); with
    no crawl time, no date, and the line a clock with `date_relative`."""
    page = f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{stamp}\n{_BODY_LINE}\n"
    a = parse(page, crawled="2025-11-24T06:00:00Z")  # a Monday
    got = getattr(a, field)
    assert (got.date, got.time) == (day, None) and "date_from_crawl" in a.warnings
    b = parse(page)
    assert (b.published, b.updated) == (None, None) and "date_relative" in b.warnings
    assert [(o.kind, o.text) for o in b.other] == [("clock", stamp)]


def test_both_ages_on_one_line_date_published_and_updated_from_the_crawl_time():
    stamp = "প্রকাশ: ৩ ঘণ্টা আগে | আপডেট: ১ ঘণ্টা আগে"
    a = parse(f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{stamp}\n{_BODY_LINE}\n", crawled="2025-11-24T06:00:00Z")
    assert (a.published.datetime, a.updated.datetime) == ("2025-11-24T09:00+06:00", "2025-11-24T11:00+06:00")
    assert "date_from_crawl" in a.warnings and {"published", "updated"} <= {b.kind for b in a.blocks}
    b = parse(f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{stamp}\n{_BODY_LINE}\n")  # no crawl time: no date
    assert (b.published, b.updated) == (None, None) and "date_relative" in b.warnings
    assert [(o.kind, o.text) for o in b.other] == [("clock", stamp)]


def test_a_crawl_time_never_dates_a_page_that_tells_no_date():
    page = f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{_BODY_LINE}\n"
    a = parse(page, crawled="2025-11-24T04:30:00Z")
    assert a.published is None and "no_date_line" in a.warnings
    dated = f"মিরপুরে বাসে আগুন\nপ্রকাশ: ২০ নভেম্বর ২০২৫, ১০:৩০\n{_BODY_LINE}\n"
    assert parse(dated, crawled="2025-11-24T04:30:00Z").published.date == "2025-11-20"  # the page's own date
    for bad in ("yesterday", "2025-11-24"):
        with pytest.raises(ValueError):
            parse(page, crawled=bad)


def test_a_scrapers_field_header_keeps_the_crawl_time():
    # `Title:` / `Author:` / `URL:` over the text: the header's lines had taken the
    # crawl time's name inside parse, and an age under it raised ValueError
    a = parse(f"Title: মিরপুরে বাসে আগুন\nAuthor: নিজস্ব প্রতিবেদক\nURL: https://example.com/a\n\n"
              f"প্রকাশ: ২ ঘণ্টা আগে\n{_BODY_LINE}\n", crawled="2025-11-24T04:30:00Z")
    assert (a.headline, a.published.datetime) == ("মিরপুরে বাসে আগুন", "2025-11-24T08:30+06:00")
    assert "date_from_crawl" in a.warnings


@pytest.mark.parametrize("stamp,crawled,warned", [
    # 11:00 in Dhaka is 05:00 UTC: a crawl at 04:30 UTC came before it
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, ১১:০০", "2025-11-24T04:30:00Z", ["after_crawl: published"]),
    ("প্রকাশ: ২৪ নভেম্বর ২০২৫, ১১:০০", "2025-11-24T06:00:00Z", []),
    ("প্রকাশ: ২০ নভেম্বর ২০২৫ | আপডেট: ২৪ নভেম্বর ২০২৫, ১১:০০", "2025-11-24T10:30", ["after_crawl: updated"]),
    # a date alone: only a day past the crawl's counts (the crawl's day may be the next in the page's zone)
    ("প্রকাশ: ২৫ নভেম্বর ২০২৫", "2025-11-24T20:00:00Z", []),
    ("প্রকাশ: ২৭ নভেম্বর ২০২৫", "2025-11-24T20:00:00Z", ["after_crawl: published"]),
    # `আজ সকাল ১১টা` counted from a crawl at 10:30 is later than the crawl
    ("প্রকাশ: আজ সকাল ১১টা", "2025-11-24T10:30:00+06:00", ["after_crawl: published"]),
])
def test_a_stamp_later_than_the_crawl_time_is_kept_and_warned(stamp, crawled, warned):
    a = parse(f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\n{stamp}\n{_BODY_LINE}\n", crawled=crawled)
    assert [w for w in a.warnings if w.startswith("after_crawl")] == warned
    assert a.published is not None  # (kept as given)
    assert not any(w.startswith("after_crawl") for w in parse(f"মিরপুরে বাসে আগুন\n{stamp}\n{_BODY_LINE}\n").warnings)


@pytest.mark.parametrize("line", [
    "জাতীয়, 23 January 2023, 1163 Views,",
    "জাতীয়, ২৩ জানুয়ারি ২০২৩, ১১৬৩ বার পড়া হয়েছে",
])
def test_a_date_beside_the_view_count_is_the_date_line(line):
    # a theme's line under the title: the section, the date, the count of views
    a = parse(f"১৯ ফেব্রুয়ারি পবিত্র শবে মেরাজ\n\n{line}\n\nবিশেষ প্রতিনিধি :\n"
              "বাংলাদেশের আকাশে রজব মাসের চাঁদ দেখা গেছে। মঙ্গলবার থেকে রজব মাস গণনা শুরু হবে।\n")
    assert (a.headline, a.desk, a.published.date) == ("১৯ ফেব্রুয়ারি পবিত্র শবে মেরাজ", "বিশেষ প্রতিনিধি", "2023-01-23")
    assert "no_date_line" not in a.warnings


def test_a_view_count_alone_is_no_date_line():
    a = parse("পবিত্র শবে মেরাজ কাল\n\nনিজস্ব প্রতিবেদক\n১১৬৩ বার পড়া হয়েছে\n\n"
              "বাংলাদেশের আকাশে রজব মাসের চাঁদ দেখা গেছে। মঙ্গলবার থেকে রজব মাস গণনা শুরু হবে।\n")
    assert a.published is None and ("counter", "১১৬৩ বার পড়া হয়েছে") in [(o.kind, o.text) for o in a.other]


@pytest.mark.parametrize("line", [
    "প্রার্থিতা প্রত্যাহারের শেষ তারিখ ২০ জানুয়ারি।",
    "আবেদনের শেষ তারিখ: ২০ জানুয়ারি ২০২৬",
    "পরীক্ষার তারিখ: ২০ জানুয়ারি ২০২৬",
    # any event's, named in the genitive (not only the listed ones)
    "সমাবেশের তারিখ: ২০ জানুয়ারি ২০২৬", "সম্মেলনের তারিখ ২০ জানুয়ারি ২০২৬",
])
def test_the_date_of_something_the_words_before_name_is_no_date_line(line):
    # a deadline's or an event's date (`… শেষ তারিখ`, `পরীক্ষার তারিখ`): a sentence, or a
    # fact under the title, never the page's date; `তারিখ:` alone, or after a byline, still labels one
    a = parse(f"মনোনয়নপত্র জমা শুরু\nনিজস্ব প্রতিবেদক\n\n{line}\n\n"
              "নির্বাচন কমিশন জানিয়েছে, মনোনয়নপত্র জমা দেওয়া যাবে আগামী সপ্তাহ পর্যন্ত। প্রস্তুতি চলছে।\n")
    # (a sentence in the body; a line with no danda under the byline, a summary)
    assert a.published is None and (line in a.body or ("summary", line) in [(o.kind, o.text) for o in a.other])
    a = parse("মনোনয়নপত্র জমা শুরু\nনিজস্ব প্রতিবেদক তারিখ: ২৪ নভেম্বর ২০২৫\n\n"
              "নির্বাচন কমিশন জানিয়েছে, মনোনয়নপত্র জমা দেওয়া যাবে আগামী সপ্তাহ পর্যন্ত। প্রস্তুতি চলছে।\n")
    assert (a.desk, a.published.date) == ("নিজস্ব প্রতিবেদক", "2025-11-24")


@pytest.mark.parametrize("label", ["প্রকাশের তারিখ", "পোস্টের তারিখ", "সংবাদ প্রকাশের তারিখ", "তারিখ"])
def test_the_pages_own_date_named_in_the_genitive_still_labels_the_date_line(label):
    a = parse(f"মনোনয়নপত্র জমা শুরু\nনিজস্ব প্রতিবেদক\n{label}: ২৪ নভেম্বর ২০২৫\n\n"
              "নির্বাচন কমিশন জানিয়েছে, মনোনয়নপত্র জমা দেওয়া যাবে আগামী সপ্তাহ পর্যন্ত। প্রস্তুতি চলছে।\n")
    assert a.published.date == "2025-11-24" and "no_date_line" not in a.warnings


@pytest.mark.parametrize("zone", ["BdST", "BST", "Bangladesh time"])
def test_bangladesh_time_named_after_the_clock_wins_over_the_zone_given(zone):
    # bdnews24's English edition prints `BdST`: Bangladesh Standard Time, whatever --tz says
    a = parse(f"Dhaka sees cooler morning\nStaff Correspondent\nPublished: 24 Nov 2025, 22:30 {zone}\n"
              "The capital saw a cooler morning on Monday as the temperature dropped, the Met office said.\n",
              tz="+05:30")
    assert a.published.datetime == "2025-11-24T22:30+06:00"
