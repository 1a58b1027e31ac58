"""Numbers: the NUM, NUMWORD, ORD (and the number part of DUR) rows of
cases.tsv, the full 0-99 table with every variant, homographs, money,
percent, ranges and bounds."""
from __future__ import annotations

import pytest

from bnnews import find_numbers, parse_number
from bnnews.text import normalize
from conftest import read_tsv

CASES = read_tsv("cases.tsv")


def fmt(numbers) -> str:
    """A found number in the notation of cases.tsv (bangla.md section 10)."""
    if not numbers:
        return "NONE"
    n = numbers[0]
    if n.kind == "ordinal":
        return f"ORD {n.value}"
    if n.high is not None:
        return f"{n.value}..{n.high}"
    if n.kind == "percent":
        return f"{n.value}%"
    if n.kind == "money":
        return f"{n.value} {n.unit}"
    if n.bound:
        return f">{n.value}"
    return str(n.value)


NUM_ROWS = [r for r in CASES if r["category"] in ("NUM", "NUMWORD", "ORD")]


def test_rows_are_loaded():
    assert len(NUM_ROWS) >= 30


@pytest.mark.parametrize("row", NUM_ROWS, ids=[r["id"] for r in NUM_ROWS])
def test_cases_tsv(row):
    found = find_numbers(row["input"])
    assert fmt(found) == row["expected"]
    if row["expected"] != "NONE":
        assert len(found) == 1
        assert found[0].text == row["input"][found[0].start:found[0].end]


# The number inside each DUR row (the duration itself is the dates module's).
DUR_NUMBER = {"204": 2.5, "206": 0.5, "207": 24, "208": 90, "209": 31, "212": 3.5}
DUR_ROWS = [r for r in CASES if r["category"] == "DUR" and r["id"] in DUR_NUMBER]


@pytest.mark.parametrize("row", DUR_ROWS, ids=[r["id"] for r in DUR_ROWS])
def test_number_part_of_durations(row):
    assert find_numbers(row["input"])[0].value == DUR_NUMBER[row["id"]]


WORDS = [(int(r["n"]), w) for r in read_tsv("number_words.tsv")
         for w in [r["word"], *[v for v in r["variants"].split(",") if v]]]


def test_the_table_has_every_number():
    assert {n for n, _ in WORDS} == set(range(100))


@pytest.mark.parametrize("n,word", WORDS, ids=[f"{n}-{w}" for n, w in WORDS])
def test_every_word_0_to_99(n, word):
    assert parse_number(word) == n
    # The same word counts things in running text, in both nukta encodings.
    text = f"মোট {word} জন আহত হয়েছেন"
    assert [x.value for x in find_numbers(text)] == [n]
    pre = text.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc")
    assert [x.value for x in find_numbers(pre)] == [n]
    # With a classifier glued (`একষট্টিটি`: the word's own letters hold টি too).
    assert [x.value for x in find_numbers(f"মোট {word}টি বাড়ি")] == [n]


@pytest.mark.parametrize("text,want", [
    ("৭টি বসতঘর", [7]),
    ("১০ টা বই", [10]),
    ("তিনজন", [3]),
    ("দুটো", [2]),
    ("20২৩", [2023]),
    ("1,234,567", [1234567]),
    ("২ লাখ ২২ হাজার ৭২৪ টাকা", [222724]),
    ("৮৪ লক্ষ ৯৩ হাজার ২৫৫", [8493255]),
    ("৩ কোটি ৬৬ লাখ", [36600000]),
    ("১.৮ বিলিয়ন", [1800000000]),
    ("৭২০ মিলিয়ন", [720000000]),
    ("২৪৬ দশমিক ৬ মিলিমিটার", [246.6]),
    ("সাড়ে ১১ লাখ", [1150000]),
    ("উনিশশো একাত্তর", [1971]),
    ("একশ", [100]),
    ("পাঁচশো", [500]),
    ("৫শ", [500]),
    ("রাশিয়ায় ১১ হাজার সৈন্য", [11000]),
    ("তিন বার", [3]),
    ("নয় জন", [9]),
    ("৫০ লাখ", [5000000]),
    ("সাড়ে পাঁচশ", [550]),
    # A round figure in digits after a fraction is written as said: `সাড়ে ৪০০`
    # is সাড়ে চারশ (450), `সাড়ে ৩০০০` সাড়ে তিন হাজার; other figures add the fraction.
    ("সাড়ে ৪০০ কোটি টাকা", [4_500_000_000]),
    ("সোয়া ৩০০ জন", [325]),
    ("পৌনে ৫০০ কোটি", [4_750_000_000]),
    ("সাড়ে ১০০", [150]),
    ("সাড়ে ১২০০ কোটি", [12_500_000_000]),
    ("সাড়ে ৩০০০ টাকা", [3500]),
    ("সাড়ে ১০ হাজার", [10500]),
    ("সাড়ে ৩৫ লাখ", [3_550_000]),
    ("সোয়া দুই কোটি টাকা", [22500000]),
    ("দুই হাজার পাঁচশ", [2500]),
    ("এক হাজার একশ এগারো", [1111]),
    ("শূন্য দশমিক দুই পাঁচ", [0.25]),
    ("সাত দশমিক পঁচিশ শতাংশ", [7.25]),  # the decimals said as one number
    ("এক দশমিক বারো", [1.12]),
    # The digits after দশমিক as printed, leading zeros too (bangla.md §7.3).
    ("৩ দশমিক ০৫", [3.05]),
    ("১ দশমিক ০০৫ শতাংশ", [1.005]),
    ("৬ দশমিক ৫০", [6.5]),
    # A point with no whole part (BD economic news): দশমিক ৫ শতাংশ = 0.5%.
    ("প্রবৃদ্ধি দশমিক ৫ শতাংশ", [0.5]),
    ("দশমিক পাঁচ", [0.5]),
    ("পাঁচ খরব", [500_000_000_000]),  # খরব = 10^11 (bangla.md §7.2)
    ("শতকোটি টাকা", [1_000_000_000]),  # শত কোটি as one word
    # Compounds of bare multipliers (bangla.md §7.2): common with টাকা.
    ("হাজার কোটি টাকা", [10_000_000_000]),
    ("লাখ কোটি টাকার বাজেট", [1_000_000_000_000]),
    ("শত কোটি টাকা", [1_000_000_000]),
    ("প্রায় ১১ হাজার কোটি টাকা", [110_000_000_000]),
    # The apostrophe of a clipped hundred: দু'শ, তিন’শ.
    ("দু'শ টাকা", [200]),
    ("তিন’শ জন", [300]),
    # Halves of multipliers, and dozens.
    ("প্রায় অর্ধলক্ষ মানুষ", [50_000]),
    ("অর্ধ লাখ", [50_000]),
    ("অর্ধকোটি টাকা", [5_000_000]),
    ("দুই ডজন ডিম", [24]),
    # Eggs and fruit are sold by the four (হালি, গণ্ডা); হালিশহর and হালিমা are no count.
    ("দুই হালি ডিম", [8]),
    ("দেড় হালি কলা", [6]),
    ("এক হালি ডিম ৫০ টাকা", [4, 50]),
    ("হালিশহরে হালিমা খাতুন", []),
])
def test_values(text, want):
    assert [n.value for n in find_numbers(text)] == want


@pytest.mark.parametrize("text", [
    "রোববার এক প্রতিবেদনে এই তথ্য জানিয়েছে", "তিনি বলেন", "এটা ঠিক নয়।", "এক নেতার বাড়িতে",
    "চারপাশে পানি", "সাতক্ষীরার খবর", "০৯:৫২ পিএম", "১০-১১-২০২৪", "",
    "১০/১১/২০২৪ তারিখে", "২০২৪-২৫ অর্থবছরের বাজেট",  # dates and fiscal years
    "অর্থবছর ২০২৪-২৫", "বাজেট ২০২৪-২৫",  # the fiscal year told first, or by its budget
    "up to 20 December", "প্রায় ২০ ডিসেম্বর পর্যন্ত", "অন্তত ২০ ডিসেম্বর পর্যন্ত",  # a qualifier before a date
    "in the 2024-25 fiscal year", "FY2024-25 budget", "the 2023-24 session",
    "১/২ কাপ", "৪/৩ জন", "১/২ কেজি",  # a slash with no counted noun, or falling: no range
    "১০/১৫ তারিখের মধ্যে", "ভোট ৫০/৫০",  # a slash with no cricket words near: no score
    "২১ রমজান পর্যন্ত", "০৭ জমাদিউস সানি ১৪৪৭ হিজরি", "১২ রবিউল আউয়াল",  # Hijri dates
    "মাগরিব: ৫টা ১২ মিনিট", "৫টা ২৮ মিনিটের দিকে",  # an hour and its minutes: a time
    "উত্তর ২৪ পরগনায়", "দক্ষিণ ২৪ পরগণার",  # a district's name
    "২০০৮-এর নির্বাচনে", "২০২৬-এর ফেব্রুয়ারিতে",  # a year before its event or month, as `৭১-এর মুক্তিযুদ্ধ`
    "২০২৫-২৬ শিক্ষাবর্ষের ভর্তি", "২০২৩-২৪ সেশনের শিক্ষার্থী",  # year spans, as fiscal years
    "২০২৫-২৬ মৌসুমের জন্য", "the 2025-26 season",
    "যোগাযোগ: ০১৭১১-১২৩৪৫৬", "+৮৮০১৭১১১২৩৪৫৬", "০২-৯৫৫৫৫৫৫",  # phone numbers
    "৪জি নেটওয়ার্ক", "৫জি সেবা চালু",  # a network's generation (4G, 5G)
])
def test_no_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,value", [
    # A month's name, then a count of its days: no date (`রমজানের ১০ দিন`).
    ("রমজানের ১০ দিন", 10), ("নভেম্বরের ১০ দিন", 10), ("৫ সফর", 5),  # সফর is also a tour
    ("১০ ডলার বেশি এসেছে", 10),  # ডলার ends in র but is no genitive: by how much, no bound
    ("এক জনকে আটক করা হয়", 1),  # এক before জন in any case is one
    ("৫টা আম", 5),  # -টা with no minutes after it counts things
])
def test_plain_counts_beside_month_names_and_words_in_r(text, value):
    assert [(n.value, n.bound) for n in find_numbers(text)] == [(value, None)]


@pytest.mark.parametrize("text,kind,unit,value", [
    ("৩৯৪ কোটি টাকা", "money", "BDT", 3940000000),
    ("৳১০", "money", "BDT", 10),
    ("১৫০৳", "money", "BDT", 150),
    ("২০০ মার্কিন ডলার", "money", "USD", 200),
    ("৩০০ রুপি", "money", "INR", 300),
    ("৫০ ইউরো", "money", "EUR", 50),
    ("৯৪%", "percent", "%", 94),
    ("১ দশমিক ১ শতাংশ", "percent", "%", 1.1),
    ("শতকরা ৯০ ভাগ", "percent", "%", 90),
    ("শতভাগ", "percent", "%", 100),
    ("৪র্থ", "ordinal", None, 4),
    ("১২তম জাতীয় সংসদ", "ordinal", None, 12),
    ("১১শ সংসদ", "ordinal", None, 11),
    # the noun with a case ending, or another noun counted as the n-th
    ("১১শ সংসদে পাস হয়", "ordinal", None, 11), ("১২শ শতকের মসজিদ", "ordinal", None, 12),
    ("২০শ শতাব্দীতে", "ordinal", None, 20), ("১৪শ জন্মবার্ষিকী", "ordinal", None, 14),
    ("১১শ জনের খাবার", "cardinal", None, 1100), ("১১শ কোটি টাকা", "money", "BDT", 11000000000),
    ("পঞ্চাশতম", "ordinal", None, 50),
    ("দ্বাদশতম জাতীয় সংসদ", "ordinal", None, 12),  # the Sanskrit ordinal with তম as well
    ("বিংশতম", "ordinal", None, 20),
    ("স্বপ্নের হাজারতম গোল", "ordinal", None, 1000),  # a multiplier with তম
    ("মোট আসনের ৩/৪ অংশ", "cardinal", None, 0.75),  # a fraction with a slash before অংশ or ভাগ
    # before a unit (not `১/২ কেজি`, one or two kilos as much as a half) or a spoon; the fraction signs
    ("১/৪ কেজি চিনি", "measure", "kg", 0.25), ("১/৪ চা চামচ লবণ", "cardinal", None, 0.25),
    ("½ কেজি চিনি", "measure", "kg", 0.5), ("¾ লিটার দুধ", "measure", "L", 0.75), ("২½ লাখ", "cardinal", None, 250000),
    ("ডিএসইএক্স ৩৫ পয়েন্ট কমেছে", "measure", "pt", 35),  # a share index's points (before digits: a decimal point)
    ("মোহামেডানের পয়েন্ট ২০।", "cardinal", None, 20),  # a tally's points: পয়েন্ট opens no decimal
    ("সুদহার দশমিক ৫ শতাংশ", "percent", "%", 0.5),  # দশমিক does
    # সহ (including) glued after a multiplier, a currency or a classifier.
    ("১ হাজারসহ মোট দুজনকে", "cardinal", None, 1000),
    ("৫০০ টাকাসহ আটক", "money", "BDT", 500),
    ("তিনজনসহ আটক", "cardinal", None, 3),
    ("প্রথম দিনে", "ordinal", None, 1),
    ("প্রথমবারের মতো", "ordinal", None, 1),  # an ordinal with বার glued: the n-th time
    ("দ্বিতীয়বার", "ordinal", None, 2),
    ("৯০ ভাগ মানুষ", "percent", "%", 90),
    ("এক শতাংশেরও কম", "percent", "%", 1),  # the clitic -ও after the genitive
    ("মোট আয়ের ২৬ শতাংশই এসেছে ফি থেকে", "percent", "%", 26),  # the clitic -ই
    ("ঋণের ৯০ পার্সেন্টই খেলাপি", "percent", "%", 90),
    ("১০ শতাংশকে বাদ দিয়ে", "percent", "%", 10),
    ("১০০ ডলারের বেশি", "money", "USD", 100),
    ("২০ মিলিয়ন ডলার", "money", "USD", 20000000),
    ("প্রতি ডলার ১২২ টাকা ৩০ পয়সা", "money", "BDT", 122.3),  # taka and paisa
    ("ভাড়া বেড়েছে ৫০ পয়সা", "money", "BDT", 0.5),  # paisa alone: the taka's hundredth
    ("লিটারে ৫০ পয়সায়", "money", "BDT", 0.5),
    ("মূল্য: ২০০/-", "money", "BDT", 200),  # the mark of a whole amount of money
    ("নীতি সুদহার ৫০ বেসিস পয়েন্ট বাড়িয়ে", "percent", "bp", 50),  # basis points
    ("২০০/- টাকা", "money", "BDT", 200),
    ("Tk. 1,500/-", "money", "BDT", 1500),
    # a unit or a currency typed without its space (`টাকা` opens with the classifier `টা`)
    ("৩০কেজি চাল", "measure", "kg", 30), ("১২০কিলোমিটার পথ", "measure", "km", 120),
    ("৫০০টাকার নোট", "money", "BDT", 500), ("৩ হাজার ৭৩২টাকা", "money", "BDT", 3732),
])
def test_kinds_and_units(text, kind, unit, value):
    n = find_numbers(text)[0]
    assert (n.kind, n.unit, n.value) == (kind, unit, value)


@pytest.mark.parametrize("text,found,unit", [
    # The country's adjective before a name that several currencies share (bangla.md §7.5).
    ("৩০০ পাকিস্তানি রুপি", "৩০০ পাকিস্তানি রুপি", "PKR"),
    ("দাম ৫০ নেপালি রুপি", "৫০ নেপালি রুপি", "NPR"),
    ("২০০ শ্রীলঙ্কান রুপি", "২০০ শ্রীলঙ্কান রুপি", "LKR"),
    ("২০ লাখ ভারতীয় রুপি", "২০ লাখ ভারতীয় রুপি", "INR"),
    ("১০০ কানাডীয় ডলার", "১০০ কানাডীয় ডলার", "CAD"),
    ("১০০ সিঙ্গাপুর ডলার", "১০০ সিঙ্গাপুর ডলার", "SGD"),  # the country's name as its adjective
    ("৫০ কাতারি রিয়াল", "৫০ কাতারি রিয়াল", "QAR"),
    ("৫০০ কুয়েতি দিনার", "৫০০ কুয়েতি দিনার", "KWD"),
    ("৫ হাজার পাকিস্তানি রুপির বেশি", "৫ হাজার পাকিস্তানি রুপির বেশি", "PKR"),
    ("500 Pakistani rupees", "500 Pakistani rupees", "PKR"),
    ("5 million Kuwaiti dinars", "5 million Kuwaiti dinars", "KWD"),
    # and before a name only one country uses
    ("১০ লাখ জাপানি ইয়েনের", "১০ লাখ জাপানি ইয়েনের", "JPY"),
    ("১০ হাজার মালয়েশিয়ান রিঙ্গিত", "১০ হাজার মালয়েশিয়ান রিঙ্গিত", "MYR"),
    ("৫০ কোটি চীনা ইউয়ান", "৫০ কোটি চীনা ইউয়ান", "CNY"),
    ("২০০ মিয়ানমারের কিয়াত", "২০০ মিয়ানমারের কিয়াত", "MMK"),
    # ... or else the one country that the sentence names.
    ("পাকিস্তানে ৩০০ রুপি ছাড়ালো টমেটোর দাম", "৩০০ রুপি", "PKR"),  # the seed's related title
    ("কুয়েতে মাসে ৫০ দিনার বেতন", "৫০ দিনার", "KWD"),
    ("Rs 300 a kilo in Pakistan", "Rs 300", "PKR"),
    ("কয়েক লাখ রুপি খরচ করে নেপালে যান", "কয়েক লাখ রুপি", "NPR"),
    # Two countries, or one in another sentence: the name's own code, or none.
    ("ভারত ও পাকিস্তানে ৩০০ রুপি", "৩০০ রুপি", "INR"),
    ("৩০০ রুপি। পাকিস্তানে দাম বেড়েছে", "৩০০ রুপি", "INR"),
    ("মাসে ৫০ দিনার বেতন", "৫০ দিনার", None),
    ("সিঙ্গাপুরে ১০০ কোটি ডলারের বিনিয়োগ", "১০০ কোটি ডলারের", "USD"),  # a bare dollar stays USD
    ("PKR 500", "PKR 500", "PKR"),
])
def test_a_currency_named_by_its_country(text, found, unit):
    n = find_numbers(text)[0]
    assert (n.text, n.kind, n.unit) == (found, "money", unit)


def test_slash_dash_money_needs_the_dash_to_close_it():
    # `১২/-৩০` is no amount: a digit follows the dash.
    assert all(n.kind == "cardinal" for n in find_numbers("১২/-৩০"))
    assert find_numbers("মূল্য ২০০/- মাত্র")[0].text == "২০০/-"


def test_taka_on_a_west_bengal_page_is_the_rupee():
    got = find_numbers("দাম ৫০০ টাকা, বাংলাদেশের ৳ ২০০, আর ৫০ পয়সা", taka="INR")
    assert [(n.text, n.unit) for n in got] == [("৫০০ টাকা", "INR"), ("৳ ২০০", "BDT"), ("৫০ পয়সা", "INR")]
    assert find_numbers("দাম ৫০০ টাকা")[0].unit == "BDT"


@pytest.mark.parametrize("text,value,high,bound", [
    ("১০-১২ জন", 10, 12, None),
    ("দু-তিন দিন", 2, 3, None),
    ("১০-১২ হাজার কোটি টাকা", 100_000_000_000, 120_000_000_000, None),  # both multipliers scale the low end
    ("৩ থেকে সাড়ে ৩ লাখ", 300_000, 350_000, None),  # a fraction opens the high end
    ("এক-তৃতীয়াংশের বেশি ভোট", 1 / 3, None, ">"),  # a part of a whole with a case ending
    ("১০ থেকে ১২ জন", 10, 12, None),
    ("দুই শতাধিক হাতি", 200, None, ">"),
    ("শতাধিক", 100, None, ">"),
    ("আট শতাধিক", 800, None, ">"),
    ("৪৪ হাজারেরও বেশি", 44000, None, ">"),
    ("অর্ধশতাধিক", 50, None, ">"),
    ("শতাধিক কোটি টাকার প্রকল্প", 1_000_000_000, None, ">"),  # more than a hundred crore
    ("পাঁচ শতাধিক কোটি টাকা", 5_000_000_000, None, ">"),
    ("অর্ধশতাধিক কোটি টাকা", 500_000_000, None, ">"),
    ("৫০০-এর বেশি", 500, None, ">"),
    ("৬০ বছরের বেশি বয়সী", 60, None, ">"),  # the counted noun between number and bound
    ("১০ জনের মতো আহত", 10, None, "~"),
    ("৩ ঘণ্টার কম সময়ে", 3, None, "<"),
    ("৫ দিনের বেশি নয়", 5, None, "<="),
    ("তিন দিনের মধ্যে", 3, None, None),
    ("১০ লাখের বেশি মানুষ", 1000000, None, ">"),
    ("৫-৭ দিন", 5, 7, None),
    # The high end's multiplier applies to a bare low end.
    ("দুই-তিন হাজার মানুষ", 2000, 3000, None),
    ("পাঁচ থেকে ছয় হাজার", 5000, 6000, None),
    ("দেড়-দুই লাখ টাকা", 150_000, 200_000, None),
    ("৫০০-৬০০ কোটি টাকা", 5_000_000_000, 6_000_000_000, None),
    ("অর্ধ শতাধিক", 50, None, ">"),
    # A slash between two counts before a counted noun: three or four.
    ("৩/৪ জন আহত", 3, 4, None), ("৪/৫ জনকে আসামি করা হয়", 4, 5, None),
    ("১০/১২টি গাড়ি", 10, 12, None),
    # Qualifiers before a number (bangla.md §7.2): about, at least, at most.
    ("প্রায় ৫০০ জন", 500, None, "~"),
    ("প্রায় আড়াই লাখ মানুষ", 250_000, None, "~"),
    ("অন্তত ২০ জন নিহত", 20, None, ">="),
    ("কমপক্ষে পাঁচজন", 5, None, ">="),
    ("অন্ততপক্ষে ১০০ জন", 100, None, ">="), ("নিদেনপক্ষে তিনজন", 3, None, ">="),
    ("অনধিক ছয় মাসের কারাদণ্ড", 6, None, "<="),
    # বেশি/কম with a negation: not more, not less.
    ("৭০০ কোটি টাকার কম নয়", 7_000_000_000, None, ">="),
    ("৫০০-এর বেশি না", 500, None, "<="),
    # Less than, with the genitive that says so.
    ("৫০০-এর কম", 500, None, "<"),
    ("৫০%-এর বেশি মানুষ", 50, None, ">"),  # the genitive after a dash, glued to the sign
    ("২ হাজার কোটিরও বেশি টাকা", 20_000_000_000, None, ">"),  # the currency after the bound
    ("পাঁচ শতাংশের কম", 5, None, "<"),
    ("১০০ টাকার কম দামে", 100, None, "<"),
    # Approximate counts: -েক after a number word, -খানেক after a multiplier.
    ("হাজার পাঁচেক মানুষ", 5000, None, "~"),
    ("শ-দুয়েক মানুষ", 200, None, "~"),  # the hyphen for the space
    ("হাজার-পাঁচেক টাকা", 5000, None, "~"),
    ("শ'পাঁচেক লোক", 500, None, "~"),
    ("লাখ দুয়েক টাকা", 200_000, None, "~"),
    ("হাজারখানেক মানুষ", 1000, None, "~"),
    ("শ'খানেক দোকান", 100, None, "~"),
    ("ডজনখানেক ডিম", 12, None, "~"),
    ("জনাদশেক লোক", 10, None, "~"),  # people counted with জনা glued
    ("জনা কুড়ি যুবক", 20, None, "~"),  # ... or set apart: some twenty people
    ("জনা পাঁচেক লোক", 5, None, "~"),
    ("কয়েক ডজন মানুষ", 12, None, ">"),  # vague, as কয়েক হাজার
    ("মাস ছয়েক আগে", 6, None, "~"),
    ("হাজার পাঁচেক কোটি টাকা", 50_000_000_000, None, "~"),  # formats.md §3
    ("দুই হাজারের মতো মানুষ", 2000, None, "~"),  # about, after a genitive
    ("১০ হাজারের কাছাকাছি", 10_000, None, "~"),
    ("৫০ কোটি টাকার মতো", 500_000_000, None, "~"),
    ("কয়েক’শ মানুষ", 100, None, ">"),
    # -খানেক after a unit: about one of it (formats.md §6.14 names কেজিখানেক).
    ("কেজিখানেক চাল", 1, None, "~"),
    ("মাইলখানেক দূরে", 1, None, "~"),
    ("ঘণ্টাখানেকের মধ্যে", 1, None, "~"),
    # ... and the approximate counts with a case ending.
    ("হাজারখানেকের বেশি মানুষ", 1000, None, "~"),
    ("মাস ছয়েকের মধ্যে", 6, None, "~"),
    # -খানেক printed apart from its word reads as glued.
    ("হাজার খানেক মানুষ", 1000, None, "~"),
    ("শ-খানেক মানুষ", 100, None, "~"),  # a hyphen between them
    # a plus glued after the figure: more than it (not a sum, `১+১`)
    ("১০০০+ মানুষ", 1000, None, ">"),
    ("1,000+ people", 1000, None, ">"),
    ("৫০০+ কোটি টাকা", 5_000_000_000, None, ">"),  # the multiplier after it: one amount
    ("হাজার-খানেক টাকা", 1000, None, "~"),
    ("কেজি খানেক চাল", 1, None, "~"),
    # The clitic -ও on শতাংশের keeps the percent and the bound.
    ("এক শতাংশেরও কম", 1, None, "<"),
    ("দুই শতাংশেরও বেশি", 2, None, ">"),
])
def test_ranges_and_bounds(text, value, high, bound):
    n = find_numbers(text)[0]
    assert (n.value, n.high, n.bound) == (value, high, bound)


@pytest.mark.parametrize("text,unit", [("২ হাজার কোটিরও বেশি টাকা", "BDT"), ("৫০ লাখের বেশি ডলার", "USD")])
def test_a_currency_after_the_bound_makes_the_amount_money(text, unit):
    (n,) = find_numbers(text)
    assert (n.text, n.kind, n.unit, n.bound) == (text, "money", unit, ">")


@pytest.mark.parametrize("text,want", [
    # Without a genitive, বেশি/কম say by how much, not more or less than.
    ("১০ টাকা কম", ("১০ টাকা", None)),
    ("২০ শতাংশ বেশি", ("২০ শতাংশ", None)),
    # The qualifier is part of the span.
    ("জেলায় প্রায় ৫০০ জন", ("প্রায় ৫০০", "~")),
    # সর্বোচ্চ is "the highest" in news far more than "at most": no bound.
    ("ব্যক্তিগত সর্বোচ্চ ১৪৪ রান", ("১৪৪", None)),
])
def test_bound_spans(text, want):
    n = find_numbers(text)[0]
    assert (n.text, n.bound) == want


@pytest.mark.parametrize("text", ["প্রায় শেষ", "সর্বোচ্চ আদালত", "কম দামে", "একেক জন"])
def test_qualifier_without_a_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,value", [
    # The apostrophe of a clipped vowel before a multiplier or a case ending.
    ("দু'হাজার টাকা", 2000),
    ("দু’লাখ মানুষ", 200_000),
    ("দু'হাজার কোটি টাকা", 20_000_000_000),
    ("চারশ'র বেশি", 400),
    # ... and before a space (`দুইশ' টাকা`, `দু’ লাখ`), unlike a closing quote (`'৯০ ভাগ'`).
    ("দুইশ' টাকা", 200),
    # ... and after digits: `৫'শ`, `৫শ'`, `১২’শ কোটি`, `৪শ'র`.
    ("৫'শ টাকা", 500),
    ("৫শ' টাকা", 500),
    ("১২’শ কোটি টাকা", 12_000_000_000),
    ("৪শ'র বেশি", 400),
    # ... a number word with its candrabindu typed before the vowel sign (`পঁাচ`)
    ("পঁাচ লাখ টাকা", 500_000),
    # ... and a multiplier typed glued to its number word, with no apostrophe.
    ("দুহাজার টাকা", 2000),
    ("পাঁচলাখ রুপি", 500_000),
    ("দশকোটির বেশি", 100_000_000),
    ("দুহাজার কোটি টাকা", 20_000_000_000),
    ("দেড়হাজার মানুষ", 1500),
    ("দুহাজার চব্বিশ সালে", 2024),
    ("প্রতিবছর দু’ লাখ ২২ হাজার শিক্ষার্থী", 222_000),
    ("ক্রয় তিনশ’ কোটি ডলার ছাড়াল", 3_000_000_000),
    # A classifier, a case ending and the clitic -ই or -ও: `দুজনকেই` (both of them).
    ("হামজা ও শামিত দুজনকেই ডাকা হয়েছে", 2),
    ("তিনজনকেও আটক করা হয়", 3),
    ("দুটিরই দাম বেড়েছে", 2),
    # Parts of a whole: an ordinal with -াংশ.
    ("দুই-তৃতীয়াংশ আসন", 2 / 3),
    ("এক-চতুর্থাংশ", 0.25),
    ("তিন চতুর্থাংশ", 0.75),
    # A half glued to its unit.
    ("আধঘণ্টা পর", 0.5),
])
def test_glued_and_parts(text, value):
    assert [n.value for n in find_numbers(text)] == [value]


def test_english_multipliers():
    n = find_numbers("Tk6,500 crore")[0]  # formats.md §3, an English page
    assert (n.value, n.kind, n.unit) == (65_000_000_000, "money", "BDT")
    assert [x.value for x in find_numbers("Tk 50 lakh and 5 million")] == [5_000_000, 5_000_000]


@pytest.mark.parametrize("text,found", [("সুদহার ০.২৫ শতাংশ পয়েন্ট বেড়েছে", "০.২৫ শতাংশ পয়েন্ট"),
                                        ("নীতি সুদহার ০.৫০ শতাংশীয় পয়েন্ট কমেছে", "০.৫০ শতাংশীয় পয়েন্ট")])
def test_percentage_points(text, found):
    n = find_numbers(text)[0]
    assert (n.text, n.kind, n.unit) == (found, "percent", "pp")


def test_spans_index_the_given_text():
    text = "ঢাকা-চট্টগ্রাম সড়কে উল্টে গেলো বালুবাহী ট্রাক ৫ কিলোমিটার যানজট, দুই কোটি ৫৭ লাখ টাকার টোল"
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text


def test_parse_number():
    assert parse_number("দুই কোটি ৫৭ লাখ টাকা") == 25700000
    assert parse_number("এক") == 1
    assert parse_number("এক প্রতিবেদনে") is None
    assert parse_number("১০ আর ২০") is None
    assert parse_number("") is None
    assert parse_number(normalize("সাড়ে ১০টা")) == 10.5


@pytest.mark.parametrize("text,value", [
    # A fraction's or a dozen's word alone is a number when the caller says the text is one.
    ("half", 0.5), ("Half", 0.5), ("a quarter", 0.25), ("three quarters", 0.75), ("ডজন", 12), ("হালি", 4),
])
def test_parse_number_of_a_word_that_is_a_number_alone(text, value):
    assert parse_number(text) == value


def test_uni_rows_read_through_precomposed_letters_and_joiners():
    rows = {r["id"]: r for r in CASES if r["category"] == "UNI"}
    assert "\u09dc" in rows["222"]["input"]
    assert [n.value for n in find_numbers(rows["222"]["input"])] == [10.5]


@pytest.mark.parametrize("text,found,value", [
    ("হাজার হাজার মানুষ", "হাজার হাজার", 1000),
    ("হাজারো মানুষ রাস্তায়", "হাজারো", 1000),
    ("লাখো মানুষ", "লাখো", 100_000),
    ("শত শত মানুষ", "শত শত", 100),
    ("কয়েকশ শ্রমিক", "কয়েকশ", 100),
    ("tens of thousands of people", "tens of thousands of", 10_000),
    ("several thousand workers", "several thousand", 1000),
    ("scores of houses", "scores of", 20),
])
def test_vague_quantities_are_more_than_their_multiplier(text, found, value):
    # bangla.md §7.2: vague quantities come back with a qualifier, never a guess.
    (n,) = find_numbers(text)
    assert (n.text, n.value, n.bound, n.kind) == (found, value, ">", "cardinal")
    assert text[n.start:n.end] == n.text


def test_vague_quantity_spans_hold_in_either_nukta_encoding():
    text = "কয\u09bcেক হাজার মানুষ"  # য় as য + nukta
    (n,) = find_numbers(text)
    assert text[n.start:n.end] == n.text and n.value == 1000


@pytest.mark.parametrize("text,found", [
    # The day, month and year of a date are the date reader's, not counts.
    ("২৪ নভেম্বর ২০২৫ তারিখে ৫ জন", [5]),
    ("২০১৮ সালের ৮ই ফেব্রুয়ারি", [2018]),  # a year named with সাল stays a number
    ("মার্চ ২৩, ২০২৪", []),
    ("গত ১৪ ই আগস্ট ১০০ টাকা", [100]),
    ("১০-১২ ডিসেম্বর বাণিজ্য মেলা", []),
    ("৫ থেকে ১০ জানুয়ারি", []),
    ("১০ বৈশাখ ১৪৩২", []),
    ("December 12, 2024", []),
    ("৩২ ডিসেম্বর", [32]),  # no day of a month
    ("জুলাই ২০২৪", []),  # a month's year
    ("From October 2022 to October 2025", []),
    ("একুশে ফেব্রুয়ারি", []),  # a day said in words
    ("একুশে পদক পেয়েছেন", []),  # the 21st (of February) as a name
    ("১০-১২ জন", [10]),
])
def test_dates_are_not_numbers(text, found):
    assert [n.value for n in find_numbers(text)] == found


def test_an_ordinal_suffix_set_apart():
    n = find_numbers("৪৭ তম ব্যাচের শিক্ষার্থী")[0]
    assert (n.text, n.value, n.kind) == ("৪৭ তম", 47, "ordinal")


@pytest.mark.parametrize("text,found", [
    # Times of day are the date reader's: an hour with -টা after a day part,
    # its minutes, and banglanews24's `HHMM ঘণ্টা,` stamp.
    ("সরাসরি, সন্ধ্যা ৬টা; টি স্পোর্টস", []),
    ("বিকেল সাড়ে তিনটায় শুরু", []),
    ("রাত ৯টা ৩০ মিনিটে ৫ জন", [5]),
    ("দুপুর ১২টা থেকে ১টা পর্যন্ত ২৩টি কেন্দ্রে", [23]),  # both ends of a span of time
    ("রাত ৯.৫০ টা পর্যন্ত চলবে", []),  # the -টা set apart
    ("১০টা থেকে ১২টা বই", [10]),  # with no day part, -টা counts things
    ("স্টাফ করেসপন্ডেন্ট ১৯০৯ ঘণ্টা, মার্চ ২৮, ২০২৪", []),
    ("৫ ঘণ্টা পর", [5]),
    ("সকালে ৫টি গাড়ি", [5]),  # -টি counts things
    ("২৫শে ডিসেম্বর", []),  # a day of the month, not 2500
    ("বৈঠক ১০.৩০ মিনিটে শুরু হয়", []),  # half past ten, not 10.3
    ("২.৫ মিনিটে", [2.5]),
    # at or about an hour, with no day part: the date reader's too (`-টায়`, `-টার দিকে`)
    ("৩টায় সভা শুরু হয়", []), ("সাড়ে ১০টার দিকে ২ জন আসেন", [2]), ("তিনটের সময় আসবে", []), ("দুটোয় সভা", []),
    ("১০টার বেশি আসন", [10]), ("৫টার মধ্যে ৩টি", [5, 3]), ("১৫টায় বিক্রি", [15]),  # counts
    ("একটার পর একটা ঘটনা", [1, 1]),  # one after another
])
def test_times_of_day_are_not_numbers(text, found):
    assert [n.value for n in find_numbers(text)] == found


@pytest.mark.parametrize("text,found", [
    # A bare multiplier before a currency is one of it (bangla.md §7.2: a bare
    # multiplier counts as 1 when nothing precedes it) ...
    ("লাখ টাকা জরিমানা", [(100000, "money")]),
    ("কোটি টাকার প্রকল্প", [(10000000, "money")]),
    # ... but doubled or after a vague count it stays vague: money, more than it.
    ("কোটি কোটি টাকা", [(10000000, "money")]),
    ("কয়েক লাখ টাকা", [(100000, "money")]),
    ("হাজার মানুষ", []),
])
def test_a_bare_multiplier_before_a_currency(text, found):
    assert [(n.value, n.kind) for n in find_numbers(text)] == found


@pytest.mark.parametrize("text", ["কোভিড-১৯ মহামারি", "জি-২০ সম্মেলন", "ঢাকা-১৭ আসনে"])
def test_a_names_number_after_a_dash_is_no_count(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,found", [
    ("১৯০৫-০৬ সালের দিকে", [(1905, 1906, "cardinal")]),  # one year to the next
    ("শুরু ১ জানুয়ারি 2025-12-29T13:08:11+06:00", []),  # an ISO timestamp is no range
    ("jagonews24.com", []),  # a name's digits
    ("the 2nd Test", [(2, None, "ordinal")]),
])
def test_years_timestamps_names_and_english_ordinals(text, found):
    assert [(n.value, n.high, n.kind) for n in find_numbers(text)] == found


@pytest.mark.parametrize("text,value,kind,unit,bound", [
    # English editions of Bangladeshi outlets.
    ("USD 300 million", 300_000_000, "money", "USD", None),
    ("Tk 1,200 crore", 12_000_000_000, "money", "BDT", None),
    ("3.5 percent", 3.5, "percent", "%", None),
    ("over 200 people", 200, "cardinal", None, ">"),
    ("nearly 5,000", 5000, "cardinal", None, "~"),
    ("Some 174 artistes", 174, "cardinal", None, "~"),  # `some` before a number: about
    ("30-odd people", 30, "cardinal", None, ">"), ("100-plus cases", 100, "cardinal", None, ">"),
    ("200 or so people", 200, "cardinal", None, "~"),
    # `-odd` before a multiplier: more than the whole amount
    ("Tk 500-odd crore was spent", 5_000_000_000, "money", "BDT", ">"),
    ("500-odd crore taka", 5_000_000_000, "money", "BDT", ">"),
    ("some 30-odd million people", 30_000_000, "cardinal", None, ">"),
    ("an estimated 2.68 million", 2_680_000, "cardinal", None, "~"),
    ("more than 300 people", 300, "cardinal", None, ">"),
    ("at least 20 died", 20, "cardinal", None, ">="),
    ("up to 10 years", 10, "cardinal", None, "<="),
    ("The project will cost Tk 12,500 crore.", 125_000_000_000, "money", "BDT", None),
])
def test_english_editions(text, value, kind, unit, bound):
    n = find_numbers(text)[0]
    assert (n.value, n.kind, n.unit, n.bound) == (value, kind, unit, bound)


@pytest.mark.parametrize("text,found,value,unit,high,bound", [
    # A unit of measure after the number: kind `measure`, with a short symbol.
    ("১৫০০ মেগাওয়াট বিদ্যুৎ", "১৫০০ মেগাওয়াট", 1500, "MW", None, None),
    ("২৩০ কেভি উপকেন্দ্রে আগুন", "২৩০ কেভি", 230, "kV", None, None),  # kilovolts, as power news abbreviates them
    ("৮০ থেকে ১০০ কিলোমিটার বেগে", "৮০ থেকে ১০০ কিলোমিটার", 80, "km/h", 100, None),  # a speed (বেগে)
    ("তাপমাত্রা ১৩ দশমিক ৮ ডিগ্রি সেলসিয়াস", "১৩ দশমিক ৮ ডিগ্রি সেলসিয়াস", 13.8, "°C", None, None),
    ("৫০ হাজার মেট্রিক টন গম", "৫০ হাজার মেট্রিক টন", 50_000, "t", None, None),
    ("২০ লাখ টন চাল", "২০ লাখ টন", 2_000_000, "t", None, None),
    ("১০ কেজির বেশি মাছ", "১০ কেজির বেশি", 10, "kg", None, ">"),
    ("এক কেজি চাল", "এক কেজি", 1, "kg", None, None),  # এক before a unit is a number
    ("১৪৭ বর্গকিলোমিটার এলাকা", "১৪৭ বর্গকিলোমিটার", 147, "km²", None, None),
    ("৩০০ কোটি ঘনফুট গ্যাস", "৩০০ কোটি ঘনফুট", 3_000_000_000, "ft³", None, None),
    ("২০০ গ্রাম চিনি", "২০০ গ্রাম", 200, "g", None, None),
    ("নিলামে ওঠা ৩৩ শতক জমি", "৩৩ শতক", 33, "decimal", None, None),  # a unit of land, not a century
    ("The plant will produce 1,320 MW", "1,320 MW", 1320, "MW", None, None),
    ("৩০০ সিসির মোটরসাইকেল", "৩০০ সিসির", 300, "cc", None, None),
    ("৫০০ কিলোওয়াট ঘণ্টা বিদ্যুৎ", "৫০০ কিলোওয়াট ঘণ্টা", 500, "kWh", None, None),
    # Gold by the ভরি and its carats, rice by the সের, a river's flow in cusecs.
    ("২২ ক্যারেটের এক ভরি সোনার দাম", "২২ ক্যারেটের", 22, "karat", None, None),
    ("২২ ক্যারাটের সোনার দর", "২২ ক্যারাটের", 22, "karat", None, None),  # West Bengal's spelling
    ("প্রতি ভরি সোনা, আর এক ভরির দাম", "এক ভরির", 1, "bhori", None, None),
    ("দুই সের চাল", "দুই সের", 2, "seer", None, None),
    ("৫ রতি সোনা", "৫ রতি", 5, "ratti", None, None),
    ("তিস্তায় ১০০ কিউসেক পানি", "১০০ কিউসেক", 100, "cusec", None, None),
    ("৫০ ডেসিমেল জমি", "৫০ ডেসিমেল", 50, "decimal", None, None),
    ("এক কোটি ২০ লাখ বর্গমাইল জুড়ে", "এক কোটি ২০ লাখ বর্গমাইল", 12_000_000, "mi²", None, None),
    ("আজ ১০ ডিগ্রি সেলসিয়াসে নেমেছে", "১০ ডিগ্রি সেলসিয়াসে", 10, "°C", None, None),  # with a case ending
])
def test_measures(text, found, value, unit, high, bound):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit, n.high, n.bound) == (found, value, "measure", unit, high, bound)


@pytest.mark.parametrize("text,found,value,kind,unit", [
    # a count before মাত্রা: a magnitude where an earthquake is told, else a dose's count
    ("৫ দশমিক ৬ মাত্রার ভূমিকম্পে কেঁপে উঠল ঢাকা", "৫ দশমিক ৬ মাত্রার", 5.6, "measure", "magnitude"),
    ("রিখটার স্কেলে এর মাত্রা ছিল ৭.১ মাত্রা", "৭.১ মাত্রা", 7.1, "measure", "magnitude"),
    ("টিকার দুই মাত্রা নিয়েছেন তিনি", "দুই", 2, "cardinal", None),
    # English editions: the word after the number, glued by a hyphen, or before it
    ("A 7.1 magnitude earthquake hit Myanmar", "7.1 magnitude", 7.1, "measure", "magnitude"),
    ("a 5.6-magnitude earthquake jolted Dhaka", "5.6-magnitude", 5.6, "measure", "magnitude"),
    ("A magnitude 6.2 quake struck off Sumatra", "magnitude 6.2", 6.2, "measure", "magnitude"),
    ("the tremor had a magnitude of 4.5", "magnitude of 4.5", 4.5, "measure", "magnitude"),
    ("a magnitude 3 change in the plan", "3", 3, "cardinal", None),
])
def test_an_earthquakes_magnitude(text, found, value, kind, unit):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit) == (found, value, kind, unit)


@pytest.mark.parametrize("text,found,value,unit,high", [
    # A distance an hour is a speed: ঘণ্টায় before it, a speed noun after it, or per hour glued to it.
    ("ঘণ্টায় ৬০ থেকে ৮০ কিলোমিটার বেগে দমকা হাওয়া", "৬০ থেকে ৮০ কিলোমিটার", 60, "km/h", 80),
    ("ঘণ্টায় ৮০-১০০ কিলোমিটার বেগে ঝড়", "৮০-১০০ কিলোমিটার", 80, "km/h", 100),
    ("ঘণ্টায় সর্বোচ্চ ১২০ কিলোমিটার", "১২০ কিলোমিটার", 120, "km/h", None),
    ("প্রথম বলটিই করলেন ১৫৫ কিলোমিটার গতিতে", "১৫৫ কিলোমিটার", 155, "km/h", None),
    ("১০০ কিলোমিটার পর্যন্ত বেগে বাতাস", "১০০ কিলোমিটার", 100, "km/h", None),
    ("ট্রেনটি চলবে ১২০ কিমি/ঘণ্টা", "১২০ কিমি/ঘণ্টা", 120, "km/h", None),
    ("৬০ মাইল বেগে", "৬০ মাইল", 60, "mph", None),
    ("winds of 60 km per hour", "60 km per hour", 60, "km/h", None),
    ("gusting to 90 km/h", "90 km/h", 90, "km/h", None),
    ("80 kmph winds", "80 kmph", 80, "km/h", None),
    ("a 50 mph limit", "50 mph", 50, "mph", None),
    # In so many hours, a far way, or a place away: distances.
    ("তিন ঘণ্টায় ২০০ কিলোমিটার পথ পাড়ি", "২০০ কিলোমিটার", 200, "km", None),
    ("কয়েক ঘণ্টায় ৫০ কিলোমিটার হেঁটেছেন", "৫০ কিলোমিটার", 50, "km", None),
    ("ঢাকা থেকে ৮০ কিলোমিটার দূরে", "৮০ কিলোমিটার", 80, "km", None),
])
def test_speeds(text, found, value, unit, high):
    n = next(x for x in find_numbers(text) if x.kind == "measure")
    assert (n.text, n.value, n.unit, n.high) == (found, value, unit, high)


@pytest.mark.parametrize("text,found,value", [
    # English multiples: a count, then `times` and a comparison; `twice as many`.
    ("suicides are three times higher than the estimate", "three times", 3),
    ("10 times more likely", "10 times", 10),
    ("five times the size of Dhaka", "five times", 5),
    ("twice as many people", "twice", 2),
    ("three times as likely", "three times", 3),
])
def test_english_multiples(text, found, value):
    (n,) = find_numbers(text)
    assert (n.text, n.value, n.kind, n.unit) == (found, value, "measure", "×")


@pytest.mark.parametrize("text,found,value", [
    # The British `and` inside a number in words.
    ("one hundred and twenty-five people", "one hundred and twenty-five", 125),
    ("two thousand and five", "two thousand and five", 2005),
    ("a hundred and fifty", "a hundred and fifty", 150),
])
def test_english_number_words_with_and(text, found, value):
    (n,) = find_numbers(text)
    assert (n.text, n.value) == (found, value)


def test_and_between_counts_still_joins_two():
    assert [n.value for n in find_numbers("five hundred and three people were hurt and two died")] == [503, 2]
    assert [n.value for n in find_numbers("10 and 15 people")] == [10, 15]


@pytest.mark.parametrize("text,found,value", [
    # English ordinals in words after a determiner, as তৃতীয় is read.
    ("performing on the third day", "third", 3),
    ("for the first time", "first", 1),
    ("its fifth anniversary", "fifth", 5),
    ("the fourth-largest economy", "fourth", 4),
    ("The Second World War", "Second", 2),
    ("the twenty-first century", "twenty-first", 21),  # hyphenated: not the cardinal twenty
    ("the thirty-second meeting", "thirty-second", 32),
    # Sanskrit ordinals past twenty-two (bangla.md §7.4)
    ("ত্রয়োবিংশ সম্মেলন", "ত্রয়োবিংশ", 23), ("পঞ্চবিংশতম বার্ষিকী", "পঞ্চবিংশতম", 25),
])
def test_english_ordinal_words(text, found, value):
    (n,) = find_numbers(text)
    assert (n.text, n.value, n.kind) == (found, value, "ordinal")


@pytest.mark.parametrize("text,want", [
    ("within a second", []),  # the unit of time
    ("every second counts", []),
    ("a third of the voters", [("a third", "cardinal")]),  # a fraction
    ("first, we went home", []),  # no determiner
])
def test_english_ordinal_words_that_are_none(text, want):
    assert [(n.text, n.kind) for n in find_numbers(text)] == want


@pytest.mark.parametrize("text,want", [
    ("he visited 10 times", [("10", "cardinal")]),  # a count of times
    ("Ronaldo scored twice as Al Nassr beat Al Okhdood", []),  # `as` is a conjunction here
    ("he won twice", []),
])
def test_a_count_of_times_is_no_multiple(text, want):
    assert [(n.text, n.kind) for n in find_numbers(text)] == want


def test_gram_is_also_village():
    # `গ্রাম` after a number word or with a case ending is a village, not grams.
    assert [(n.text, n.kind) for n in find_numbers("দুই গ্রামের মানুষ সংঘর্ষে জড়ায়")] == [("দুই", "cardinal")]


@pytest.mark.parametrize("text,found,value,bound", [
    # `X ভাগের Y ভাগ`: Y parts of X; অর্ধেক with a case ending, and its bound.
    ("তিন ভাগের এক ভাগ জমি", "তিন ভাগের এক ভাগ", 1 / 3, None),
    ("চার ভাগের তিন ভাগ এলাকা", "চার ভাগের তিন ভাগ", 0.75, None),
    ("অর্ধেকের বেশি আসন খালি", "অর্ধেকের বেশি", 0.5, ">"),
])
def test_shares_of_a_whole(text, found, value, bound):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.bound) == (found, value, "cardinal", bound)


def test_a_vessel_is_no_half():
    assert find_numbers("আধার কার্ড") == []


def test_a_full_stop_after_an_english_multiplier_is_not_in_the_span():
    assert [n.text for n in find_numbers("It rose 5 percent. Costs Tk 3 crore.")] == ["5 percent", "Tk 3 crore"]


@pytest.mark.parametrize("text,found,value,bound", [
    # শতাধিক with a case ending, said twice; "over N" glued (`ষাটোর্ধ্ব`); ঊর্ধ্বে,
    # উপরে and নিচে after the genitive.
    ("দুই শতাধিকের বেশি মানুষ", "দুই শতাধিকের বেশি", 200, ">"),
    ("শতাধিকবার", "শতাধিকবার", 100, ">"),
    ("ষাটোর্ধ্ব মানুষ", "ষাটোর্ধ্ব", 60, ">"),
    ("আঠারোর্ধ্ব সবাই", "আঠারোর্ধ্ব", 18, ">"),
    ("৬৫ বছরের ঊর্ধ্বে", "৬৫ বছরের ঊর্ধ্বে", 65, ">"),
    ("১৮ বছরের নিচে", "১৮ বছরের নিচে", 18, "<"),
    ("দুই হাজারের ওপরে", "দুই হাজারের ওপরে", 2000, ">"),
    ("৪০০ এর উপরে", "৪০০ এর উপরে", 400, ">"),
    ("দশ বছরের ওপরে কারাদণ্ড", "দশ বছরের ওপরে", 10, ">"),  # after a unit of time, "over"
])
def test_more_bounds(text, found, value, bound):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.bound) == (found, value, bound)


def test_upon_after_a_counted_noun_is_no_bound():
    # `সাতটি দেশের ওপরে নিষেধাজ্ঞা`: sanctions on seven countries.
    n = find_numbers("সাতটি দেশের ওপরে নিষেধাজ্ঞা")[0]
    assert (n.text, n.value, n.bound) == ("সাতটি", 7, None)


def test_a_year_named_by_its_last_two_digits_is_no_count():
    assert [n.text for n in find_numbers("৭১-এর মুক্তিযুদ্ধে ৩০ লাখ শহীদ")] == ["৩০ লাখ"]


def test_per_cent_in_two_words():
    assert [(n.text, n.kind) for n in find_numbers("secured 48 per cent of the vote")] == [("48 per cent", "percent")]


@pytest.mark.parametrize("text,found", [
    # An item number at a line's start or after a sentence is no count.
    ("করণীয়:\n১. বেশি বেশি নফল ইবাদত করা", []),
    ("দাম বেড়েছে। ২) রিজার্ভ কমেছে ৫ শতাংশ", ["৫ শতাংশ"]),
    ("সে ১২. ৫০ জন", ["১২", "৫০"]),  # inside a sentence it still counts
    ("শুরু।\n২] দ্বিতীয় অনুচ্ছেদে ৫০ জন আহত", ["দ্বিতীয়", "৫০"]),  # amadershomoy's numbered paragraphs
])
def test_list_item_numbers(text, found):
    assert [n.text for n in find_numbers(text)] == found


def test_paisa_in_either_encoding_of_ya():
    for text in ("প্রতি ডলার ১২২ টাকা ৩০ পয়সা হারে", "প্রতি ডলার ১২২ টাকা ৩০ প\u09dfসা হারে"):
        n = find_numbers(text)[0]
        assert (n.value, n.kind) == (122.3, "money")


def test_a_time_after_a_qualifier_is_no_count():
    assert find_numbers("At around 3:50 pm, he left") == []


@pytest.mark.parametrize("text,want", [
    # A multiple is a measure with the unit ×, glued or not, bounded or not.
    ("দাম দ্বিগুণ হয়েছে", ("দ্বিগুণ", 2, None)),
    ("আয় বেড়েছে প্রায় তিন গুণ।", ("প্রায় তিন গুণ", 3, "~")),
    ("দশগুণের বেশি", ("দশগুণের বেশি", 10, ">")),
    ("১০ গুণ", ("১০ গুণ", 10, None)),
    ("তিন গুণের বেশি", ("তিন গুণের বেশি", 3, ">")),
    ("খরচ দেড়গুণ বেড়েছে", ("দেড়গুণ", 1.5, None)),  # one and a half times
    ("আড়াইগুণের বেশি", ("আড়াইগুণের বেশি", 2.5, ">")),
])
def test_multiples(text, want):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.bound, n.kind, n.unit) == want + ("measure", "×")


@pytest.mark.parametrize("text", ["তার অনেক গুণ আছে", "গুণগত মান", "মিলিয়ে দেখুন", "টাকা গুণে গুণে"])
def test_no_multiple_without_a_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,unit", [
    ("৩৫০ মিলি দুধ", "mL"), ("৫০০ মিলিগ্রাম", "mg"), ("২০ গজ দূরে", "yd"), ("৩ কাঠা জমি", "katha"),
    ("১০ লাখ ঘনমিটার", "m³"),
])
def test_more_units_of_measure(text, unit):
    n = find_numbers(text)[0]
    assert (n.kind, n.unit) == ("measure", unit)


def test_counting_is_no_multiple():
    assert [(n.text, n.kind) for n in find_numbers("প্রায় ৫০০ গুণতে হয়")] == [("প্রায় ৫০০", "cardinal")]


@pytest.mark.parametrize("text,want", [
    # English editions spell small numbers out.
    ("seven people were killed", ("seven", 7, "cardinal", None, None)),
    ("twenty-five", ("twenty-five", 25, "cardinal", None, None)),
    ("one hundred twenty five", ("one hundred twenty five", 125, "cardinal", None, None)),
    ("three thousand five hundred", ("three thousand five hundred", 3500, "cardinal", None, None)),
    ("two-thirds majority", ("two-thirds", 2 / 3, "cardinal", None, None)),
    ("at least seven people", ("at least seven", 7, "cardinal", None, ">=")),
    ("hundreds of people", ("hundreds of", 100, "cardinal", None, ">")),
    ("several dozen people", ("several dozen", 12, "cardinal", None, ">")),
    ("two dozen eggs", ("two dozen", 24, "cardinal", None, None)),
    ("five crore taka", ("five crore taka", 50_000_000, "money", "BDT", None)),
    ("at least US$ 5 million", ("at least US$ 5 million", 5_000_000, "money", "USD", ">=")),
    ("forty-two percent", ("forty-two percent", 42, "percent", "%", None)),
    ("a third of the seats", ("a third", 1 / 3, "cardinal", None, None)),
    ("about a quarter of the budget", ("about a quarter", 0.25, "cardinal", None, "~")),
    # a part of `a million`: one amount
    ("a quarter of a million people", ("a quarter of a million", 250_000, "cardinal", None, None)),
    ("about a third of a million tonnes", ("about a third of a million tonnes", 1_000_000 / 3, "measure", "t", "~")),
    ("three quarters of a billion dollars", ("three quarters of a billion dollars", 750_000_000, "money", "USD", None)),
    ("a budget of Tk 3.5 trillion", ("Tk 3.5 trillion", 3_500_000_000_000, "money", "BDT", None)),
    ("a $1tn economy", ("$1tn", 1_000_000_000_000, "money", "USD", None)),
    ("women make up half of the population", ("half", 0.5, "cardinal", None, None)),
    ("more than half of its exports", ("more than half", 0.5, "cardinal", None, ">")),
])
def test_english_number_words(text, want):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit, n.bound) == want


@pytest.mark.parametrize("text", ["one of them", "the one who", "He is number one"])
def test_english_one_as_a_pronoun_is_no_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,want", [
    # No fraction: `the second half` is no half, `a third-year student` no third; the ordinal is read.
    ("in the second half of the year", [("second", 2, "ordinal")]),
    ("a third-year student", [("third", 3, "ordinal")]),
])
def test_english_parts_in_ordinal_use_are_no_fractions(text, want):
    assert [(n.text, n.value, n.kind) for n in find_numbers(text)] == want


@pytest.mark.parametrize("text,want", [
    # N ভাগের with a bound after it is a share in percent.
    ("৫০ ভাগের বেশি মানুষ", ("৫০ ভাগের বেশি", 50, ">")),
    ("শতকরা ৫০ ভাগের বেশি", ("শতকরা ৫০ ভাগের বেশি", 50, ">")),
    ("৫০ ভাগের মতো", ("৫০ ভাগের মতো", 50, "~")),
])
def test_a_share_in_parts_of_a_hundred_with_its_bound(text, want):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.bound, n.kind) == want + ("percent",)


@pytest.mark.parametrize("text,want", [
    # A count right after a day and month is a count, not the day of `MONTH DAY`.
    ("গত ২৪ নভেম্বর ১০ জন নিহত", [("১০", 10)]),
    ("তার আগে ২৪ ডিসেম্বর ৪ হাজার ১৯৯ টাকা", [("৪ হাজার ১৯৯ টাকা", 4199)]),
    ("মার্চ ২৩, ২০২৪", []),
])
def test_a_count_after_a_date(text, want):
    assert [(n.text, n.value) for n in find_numbers(text)] == want


@pytest.mark.parametrize("text,want", [
    # Outlets whose names hold a number are no numbers.
    ("প্রথম আলো পত্রিকার আজকের প্রথম পাতায়", [("প্রথম", 1)]),
    ("প্রথম আলোকে তিনি বলেন", []),
    ("একাত্তর টিভির খবরে ৫ জন", [("৫", 5)]),
    ("চ্যানেল ২৪-এর প্রতিবেদন", []),
    ("প্রথম আলোচনা সভা", [("প্রথম", 1)]),
    # Idioms whose number counts nothing.
    ("সাত সকালে বাজারে ভিড়", []),
    ("আটঘাট বেঁধে নেমেছে দলটি", []),
    ("শূন্য হাতে ফিরলেন ৩ জন", [("৩", 3)]),
    ("সাত-পাঁচ ভেবে সিদ্ধান্ত", []),
])
def test_names_that_hold_numbers(text, want):
    assert [(n.text, n.value) for n in find_numbers(text)] == want


@pytest.mark.parametrize("text,want", [
    ("একুশের বইমেলায় ভিড়", []),  # Ekushey (21 February) as a name
    ("বাংলাদেশ একাদশ: তামিম, লিটন", []),  # a team's eleven
    ("সেরা একাদশে জায়গা পেলেন", []),
    ("একাদশ জাতীয় সংসদ", [("একাদশ", 11)]),  # the 11th
    ("একাদশ শ্রেণিতে ভর্তি", [("একাদশ", 11)]),
])
def test_ekushey_and_a_teams_eleven(text, want):
    assert [(n.text, n.value) for n in find_numbers(text)] == want


def test_a_list_run_on_in_one_line_has_no_counts():
    text = "আমলগুলো: ১. নফল ইবাদত করা, ২. কোরআন তিলাওয়াত করা, ৩. দীনি আলোচনা করা ও শোনা"
    assert find_numbers(text) == []
    # A number after a comma with no item before it is still a count.
    assert [n.value for n in find_numbers("দাম ৫০, ৬. তারপর")] == [50, 6]


@pytest.mark.parametrize("text", ["2025.11.24 তারিখে", "সংস্করণ 2.11.3 এসেছে", "১.২.৩ ধারা"])
def test_dotted_dates_and_versions_are_no_decimals(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,want", [
    ("at least 15 to 20 students", [("at least 15 to 20", 15, 20, ">=")]),  # an English range
    ("four to five people", [("four to five", 4, 5, None)]),
    ("up to 28 days", [("up to 28", 28, None, "<=")]),  # `up to` stays a bound
    # `between … and …` is a range; `and` alone joins two counts.
    ("aged between 3 and 20 days", [("3 and 20", 3, 20, None)]),
    ("between 1.5 million and 2 million", [("1.5 million and 2 million", 1_500_000, 2_000_000, None)]),
    ("10 and 15 people", [("10", 10, None, None), ("15", 15, None, None)]),
    # `a` is one before a multiplier only; `half a` halves it.
    ("more than a hundred constituencies", [("more than a hundred", 100, None, ">")]),
    ("displaced half a million people", [("half a million", 500_000, None, None)]),
    ("a third-year student won a fourth prize", [("third", 3, None, None), ("fourth", 4, None, None)]),  # ordinals
    ("at the Four Points hotel", []),  # a name, capitalised mid-sentence
    ("Two Bangladeshi nationals arrested", [("Two", 2, None, None)]),  # a sentence's first word
])
def test_english_ranges_and_names(text, want):
    assert [(n.text, n.value, n.high, n.bound) for n in find_numbers(text)] == want


@pytest.mark.parametrize("text,low,high", [
    ("দুই-তিনশ মানুষ", 200, 300), ("পাঁচ থেকে ছয়শ মানুষ", 500, 600), ("১০-১২শ", 1000, 1200),
    ("পাঁচ-ছয় শ মানুষ", 500, 600), ("দুই থেকে তিন শো টাকা", 200, 300),  # the hundred a word of its own
])
def test_a_hundred_glued_to_the_high_end_scales_the_low_end(text, low, high):
    n = find_numbers(text)[0]
    assert (n.value, n.high) == (low, high)


@pytest.mark.parametrize("text,found,value,kind,unit,high", [
    # The unit said at both ends of a span: one range.
    ("৫ কেজি থেকে ১০ কেজি ওজনের মাছ", "৫ কেজি থেকে ১০ কেজি", 5, "measure", "kg", 10),
    ("প্রতি কেজি ৫০ টাকা থেকে ৬০ টাকা দরে বিক্রি হচ্ছে", "৫০ টাকা থেকে ৬০ টাকা", 50, "money", "BDT", 60),
    ("সুদের হার ৫ শতাংশ থেকে ৭ শতাংশ", "৫ শতাংশ থেকে ৭ শতাংশ", 5, "percent", "%", 7),
    ("দেড় হাজার টাকা থেকে আড়াই হাজার টাকা", "দেড় হাজার টাকা থেকে আড়াই হাজার টাকা", 1500, "money", "BDT", 2500),
    ("২০ কেজি - ৩০ কেজি", "২০ কেজি - ৩০ কেজি", 20, "measure", "kg", 30),
    ("fares between Tk 500 and Tk 700", "Tk 500 and Tk 700", 500, "money", "BDT", 700),
    ("ওজন ৫ কেজি থেকে ১০ কেজি হতে পারে", "৫ কেজি থেকে ১০ কেজি", 5, "measure", "kg", 10),  # may be: a span
])
def test_unit_at_both_ends_is_one_range(text, found, value, kind, unit, high):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit, n.high) == (found, value, kind, unit, high)


@pytest.mark.parametrize("text", [
    "দাম ৫০ টাকা থেকে ৮০ টাকায় উঠেছে",  # a change: a verb of change after the end
    "দাম ৫০ টাকা থেকে ৮০ টাকা করা হয়েছে",
    "৫০ টাকা থেকে ৮০ টাকা করার প্রস্তাব",
    "৫০ টাকা থেকে বেড়ে ৮০ টাকা",  # a word of change between
    "১০০ টাকা থেকে ৫০ টাকা",  # falling: no span
    "fares rose from $5 to $10",  # English `to` is as often a change
])
def test_changes_are_two_numbers(text):
    assert [n.high for n in find_numbers(text)] == [None, None]


@pytest.mark.parametrize("text", ["দু-একজন নেতা", "দুই-একটি ঘটনা", "দু-এক দিনের মধ্যে"])
def test_one_or_two_said_larger_first(text):
    n = find_numbers(text)[0]
    assert (n.value, n.high) == (1, 2)


def test_a_score_is_no_range():
    assert [n.high for n in find_numbers("তিন-দুই গোলে জয়")] == [None, None]


@pytest.mark.parametrize("text,found,value,unit", [
    # A vague amount of money keeps its bound and takes its currency.
    ("কয়েক লাখ টাকা", "কয়েক লাখ টাকা", 100_000, "BDT"),
    ("কোটি কোটি টাকার দুর্নীতি", "কোটি কোটি টাকার", 10_000_000, "BDT"),
    ("millions of dollars", "millions of dollars", 1_000_000, "USD"),
    # A vague count's multiplier that opens a longer amount: more than the
    # whole amount, never exactly it (`কয়েক হাজার কোটি` is not 1,000 crore).
    ("কয়েক হাজার কোটি টাকা পাচার", "কয়েক হাজার কোটি টাকা", 10_000_000_000, "BDT"),
    ("শত শত কোটি টাকার প্রকল্প", "শত শত কোটি টাকার", 1_000_000_000, "BDT"),
    ("কয়েকশ কোটি ডলারের ঋণ", "কয়েকশ কোটি ডলারের", 1_000_000_000, "USD"),
    ("several thousand crore taka were siphoned", "several thousand crore taka", 10_000_000_000, "BDT"),
    ("thousands of crores of taka", "thousands of crores of taka", 10_000_000_000, "BDT"),
])
def test_vague_amounts_of_money(text, found, value, unit):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit, n.bound) == (found, value, "money", unit, ">")


@pytest.mark.parametrize("text,value", [
    ("তিনবারের প্রধানমন্ত্রী", 3), ("সাতবার চ্যাম্পিয়ন", 7), ("দুবার", 2),  # বার glued: times
])
def test_times_glued_to_a_number(text, value):
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("text", ["বারবার বলেছি", "একবার দেখুন", "শনিবার", "পরিবার"])
def test_words_ending_in_bar_that_count_nothing(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", [
    "ডেনমার্কের আধা-স্বায়ত্তশাসিত অঞ্চল", "সুদানের আধা-সামরিক বাহিনী",  # semi-: a compound word
    "দিনটি খুব একটা ভালো যায়নি", "তারা খুব একটা আগ্রহী না",  # খুব একটা: not very
])
def test_idioms_that_count_nothing(text):
    assert find_numbers(text) == []


def test_a_count_before_a_dash_and_a_glued_count_is_kept():
    assert [n.value for n in find_numbers("চলে যায় তিন-চারদিন")][:1] == [3]


def test_an_html_character_reference_is_no_number():
    # Scrapers leave `&#039;` for an apostrophe: no 39 there.
    assert [n.value for n in find_numbers("England&#039;s 3 wins")] == [3]


def test_siki_is_a_quarter():
    assert [n.value for n in find_numbers("সিকি ভাগ জমি")] == [0.25]


@pytest.mark.parametrize("text", ["কয়েক হাজার ৫০০ টাকা", "কয়েকশ ৫০ টাকা"])
def test_a_vague_count_before_a_number_stays_apart(text):
    assert [(n.value, n.bound) for n in find_numbers(text)][0] == (1000 if "হাজার" in text else 100, ">")
    assert len(find_numbers(text)) == 2


def test_a_currency_sign_that_opens_the_next_amount_is_not_the_vague_counts():
    assert [(n.text, n.kind) for n in find_numbers("thousands of Tk 500 notes")] == [
        ("thousands of", "cardinal"), ("Tk 500", "money")]


@pytest.mark.parametrize("text,found,value,unit", [
    # After a currency sign a letter glued to the amount is its scale.
    ("a $3b deal", "$3b", 3_000_000_000, "USD"),
    ("a $500m loan", "$500m", 500_000_000, "USD"),
    ("€5m in aid", "€5m", 5_000_000, "EUR"),
    ("Tk 50k bribe", "Tk 50k", 50_000, "BDT"),
])
def test_a_scale_letter_after_a_currency_amount(text, found, value, unit):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit) == (found, value, "money", unit)


@pytest.mark.parametrize("text", ["100m sprint", "10k runners"])
def test_a_scale_letter_without_a_currency_is_no_scale(text):
    assert find_numbers(text)[0].value in (100, 10)


@pytest.mark.parametrize("text,values", [
    # A bowler's figures (wickets for runs) in a cricket report: two numbers.
    ("Henry finished with 5-78 in 10 overs", [5, 78, 10]),
    ("Taskin (2-61) and Mustafiz (0-24) took wickets", [2, 61, 0, 24]),
    ("মিরাজ ৪-২৪ উইকেট নেন", [4, 24]),
    # A score and figures with a slash: runs for wickets, wickets for runs.
    ("বাংলাদেশ: ১৯.২ ওভারে ১৫৮/৫ (রশিদ ২/২৪)", [19.2, 158, 5, 2, 24]),
    ("Bangladesh 158/5 in 19.2 overs", [158, 5, 19.2]),
])
def test_bowling_figures_are_no_range(text, values):
    assert [(n.value, n.high) for n in find_numbers(text)] == [(v, None) for v in values]


@pytest.mark.parametrize("text,value,high", [
    ("3-4 overs left", 3, 4), ("10-15 runs", 10, 15),  # a range in a cricket report
    ("ইরানে ৫-২০ জন নিহত", 5, 20), ("The hall holds 5-78 fans", 5, 78),  # রান is not in ইরান; no cricket words
])
def test_ranges_that_are_no_figures(text, value, high):
    assert [(n.value, n.high) for n in find_numbers(text)][0] == (value, high)


@pytest.mark.parametrize("text,value,bound", [
    # Hundreds glued to their number, then a case ending (and a bound after).
    ("তিনশোর বেশি মানুষ", 300, ">"), ("দুইশর", 200, None), ("দেড়শর বেশি স্ট্রাইক রেটে", 150, ">"),
    ("তিনশোরও বেশি", 300, ">"), ("পাঁচশোতে", 500, None),
    # দেড়েক: about one and a half of the multiplier before it.
    ("হাজার দেড়েক মানুষ", 1500, "~"),
])
def test_glued_hundreds_with_case_endings_and_dedek(text, value, bound):
    n = find_numbers(text)[0]
    assert (n.value, n.bound) == (value, bound)


@pytest.mark.parametrize("text", ["দেশের", "বিশেষ", "শেষের", "নিশর"])
def test_words_ending_like_a_glued_hundred_count_nothing(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,found,value", [
    # A minus in words makes any amount negative; a sign glued to the digits
    # only a temperature or a percentage.
    ("তাপমাত্রা মাইনাস ৫ ডিগ্রি", "মাইনাস ৫ ডিগ্রি", -5),
    ("-২৩ ডিগ্রি সেলসিয়াস তাপমাত্রার ফ্রিজারে", "-২৩ ডিগ্রি সেলসিয়াস", -23),
    ("প্রবৃদ্ধি -২.৫%", "-২.৫%", -2.5),
    ("growth of minus 2 percent", "minus 2 percent", -2),
    ("জিডিপি প্রবৃদ্ধি ঋণাত্মক ২ দশমিক ৫ শতাংশ", "ঋণাত্মক ২ দশমিক ৫ শতাংশ", -2.5),  # economists' word
    ("growth was negative 0.5 percent", "negative 0.5 percent", -0.5),
    # Below zero, said in words: one negative temperature.
    ("তাপমাত্রা শূন্যের নিচে ৫ ডিগ্রি", "শূন্যের নিচে ৫ ডিগ্রি", -5),
    ("হিমাঙ্কের নিচে ৩ ডিগ্রি সেলসিয়াস", "হিমাঙ্কের নিচে ৩ ডিগ্রি সেলসিয়াস", -3),
])
def test_negative_amounts(text, found, value):
    n = find_numbers(text)[0]
    assert (n.text, n.value) == (found, value)


@pytest.mark.parametrize("text,value", [("-৫ জন নিহত", 5), ("১০-১৫ ডিগ্রি", 10), ("- ৫ ডিগ্রি", 5)])
def test_a_dash_before_a_count_or_in_a_range_is_no_minus(text, value):
    assert find_numbers(text)[0].value == value


@pytest.mark.parametrize("text,found,value,kind,unit", [
    # English units of measure, of one word or two.
    ("stopped about one kilometre away", "about one kilometre", 1, "measure", "km"),
    ("a 300 metres stretch", "300 metres", 300, "measure", "m"),
    ("recorded at 9.8 degrees Celsius. The BMD said", "9.8 degrees Celsius", 9.8, "measure", "°C"),
    ("a flat of 1,200 square feet", "1,200 square feet", 1200, "measure", "ft²"),
    ("the 300 Feet road", "300 Feet", 300, "measure", "ft"),  # a unit word with a capital
    ("imported 50,000 metric tonnes of rice", "50,000 metric tonnes", 50000, "measure", "t"),
    ("a 1,500 sq ft flat", "1,500 sq ft", 1500, "measure", "ft²"),
    ("an area of 50 sq km", "50 sq km", 50, "measure", "km²"),
    ("1.5 cubic metres of gas", "1.5 cubic metres", 1.5, "measure", "m³"),
    ("500 grams of gold", "500 grams", 500, "measure", "g"),
    ("20 decimals of land", "20 decimals", 20, "measure", "decimal"),
    ("10 bighas of farmland", "10 bighas", 10, "measure", "bigha"),
    ("a 100 kilowatts plant", "100 kilowatts", 100, "measure", "kW"),
    ("1 million barrels a day", "1 million barrels", 1_000_000, "measure", "barrel"),
    ("300 kWh a month", "300 kWh", 300, "measure", "kWh"),
    ("25 nautical miles off the coast", "25 nautical miles", 25, "measure", "nmi"),
    # `and a half` after an English number.
    ("two and a half years", "two and a half", 2.5, "cardinal", None),
    ("one and a half million people", "one and a half million", 1_500_000, "cardinal", None),
    ("Tk one and a half crore", "Tk one and a half crore", 15_000_000, "money", "BDT"),
])
def test_english_measures_and_halves(text, found, value, kind, unit):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind, n.unit) == (found, value, kind, unit)


@pytest.mark.parametrize("text", ["Around 1 p.m., he left", "at 5pm on Monday", "from 11 pm until 3 am",
                                  "at 6.15pm", "রাত ১০টা পিএম"])
def test_english_clock_hours_are_no_counts(text):
    assert find_numbers(text) == []


def test_a_count_before_am_words_is_still_a_count():
    assert [n.value for n in find_numbers("about 10 amendments")] == [10]


@pytest.mark.parametrize("text", ["আগের ম্যাচের একাদশ থেকে ছিটকে গেছেন", "এক নজরে দুই দলের একাদশ", "সম্ভাব্য একাদশ"])
def test_a_teams_eleven_is_no_ordinal(text):
    assert [n for n in find_numbers(text) if n.kind == "ordinal"] == []


@pytest.mark.parametrize("text,value,high", [("৫ হইতে ১০ জন", 5, 10), ("১০০ টাকা হইতে ২০০ টাকা", 100, 200)])
def test_a_range_in_the_formal_style(text, value, high):
    n = find_numbers(text)[0]
    assert (n.value, n.high) == (value, high)


@pytest.mark.parametrize("text,amounts", [
    # A change whose unit is said once, at its end: the start is of that unit too.
    ("মূল্যস্ফীতি ৯ থেকে কমে ৮.৫ শতাংশে নেমেছে", [(9, "%"), (8.5, "%")]),
    ("দাম ১০০ থেকে বাড়িয়ে ১৫০ টাকা করা হয়েছে", [(100, "BDT"), (150, "BDT")]),
    ("১,২০০ থেকে বেড়ে ১,৫০০ টাকা", [(1200, "BDT"), (1500, "BDT")]),
    ("inflation fell from 9.5 to 8.2 percent", [(9.5, "%"), (8.2, "%")]),
    ("the rate rose from 5 to 7 percent", [(5, "%"), (7, "%")]),
    ("went up from Tk 50 to Tk 60", [(50, "BDT"), (60, "BDT")]),
    # What the start counts is not said when the end has a multiplier, nor in a count of people.
    ("৫ থেকে বেড়ে ৭ হাজার কোটি টাকা", [(5, None), (70_000_000_000, "BDT")]),
    ("২০ থেকে বেড়ে ২৫ জনে দাঁড়িয়েছে", [(20, None), (25, None)]),
])
def test_a_change_said_with_one_unit(text, amounts):
    assert [(n.value, n.unit) for n in find_numbers(text)] == amounts
    assert all(n.high is None for n in find_numbers(text))


@pytest.mark.parametrize("text,value,high", [
    ("from 5 to 7 percent", 5, 7),  # no verb of change: a span
    ("increased from 1.5 to 2 million", 1_500_000, 2_000_000),  # the multiplier is shared
    ("দাম কেজিতে ৫ থেকে ৭ টাকা বেড়েছে", 5, 7),  # a rise of five to seven taka
])
def test_spans_near_words_of_change(text, value, high):
    [n] = find_numbers(text)
    assert (n.value, n.high) == (value, high)


@pytest.mark.parametrize("text,found,value,high", [
    ("আনুমানিক মিনিট পাঁচ-সাতেক অপেক্ষা", "পাঁচ-সাতেক", 5, 7),  # about five to seven
    ("দশ-বারোক জন", "দশ-বারোক", 10, 12),
])
def test_an_approximate_span_of_two_number_words(text, found, value, high):
    [n] = find_numbers(text)
    assert (n.text, n.value, n.high, n.bound) == (found, value, high, "~")


@pytest.mark.parametrize("text,found,kind", [
    ("আলোচনার ৯০ ভাগের বিষয়েই সমঝোতা হয়েছে", "৯০ ভাগের", "percent"),  # ninety percent of them
    ("তিন ভাগের এক ভাগ", "তিন ভাগের এক ভাগ", "cardinal"),  # a third
    ("১২০ ভাগের", "১২০", "cardinal"),  # no percent above a hundred
    # in words: ten at least (`তিন ভাগ` is three parts, `দুই ভাগে` into two)
    ("নব্বই ভাগ মানুষ", "নব্বই ভাগ", "percent"),
    ("একশ ভাগ নিশ্চিত", "একশ ভাগ", "percent"),
    ("পঞ্চাশ ভাগের বেশি ভোট", "পঞ্চাশ ভাগের বেশি", "percent"),
    ("তিন ভাগ জমি", "তিন", "cardinal"),
    ("দুই ভাগে বিভক্ত", "দুই", "cardinal"),
])
def test_bhag_in_the_genitive(text, found, kind):
    n = find_numbers(text)[0]
    assert (n.text, n.kind) == (found, kind)


@pytest.mark.parametrize("text", [
    # A year known by name or by its movement, and a decade: the date reader's.
    "একাত্তরের মুক্তিযুদ্ধ", "একাত্তরের ঘাতক দালাল নির্মূল কমিটি", "বায়ান্নর ভাষা আন্দোলন",
    "ঊনসত্তরের গণ-অভ্যুত্থান", "সাতচল্লিশের দেশভাগ", "আশির দশকে", "নব্বইয়ের দশকের শেষে", "৭০-এর দশকে",
    "১৯৯০ এর দশকে", "1990-এর দশকে", "in the late 1970s", "the 1990s", "the '90s",
])
def test_years_and_decades_by_name_are_no_counts(text):
    assert find_numbers(text) == []


def test_an_age_in_decades_is_a_count():
    assert [n.value for n in find_numbers("He is in his 70s.")] == [70]


@pytest.mark.parametrize("text,value", [("একাত্তরের বেশি", 71), ("একাত্তর জন", 71), ("আশির বেশি", 80)])
def test_the_same_words_still_count_before_a_bound_or_alone(text, value):
    [n] = find_numbers(text)
    assert n.value == value


@pytest.mark.parametrize("text,value", [
    ("সাতচল্লিশের দেশভাগ", "1947"), ("বাহান্নর ভাষা আন্দোলন", "1952"), ("একাত্তরের মুক্তিযুদ্ধ", "1971")])
def test_the_date_reader_reads_them_as_years(text, value):
    from bnnews import find_dates
    [d] = find_dates(text, ref="2025-11-28")
    assert (d.kind, d.value) == ("year", value)


def test_a_named_year_before_a_bound_is_no_year():
    from bnnews import find_dates
    assert find_dates("একাত্তরের বেশি", ref="2025-11-28") == []


@pytest.mark.parametrize("text", ["the 12-February election", "১২-ফেব্রুয়ারির নির্বাচন"])
def test_a_day_joined_to_its_month_is_no_count(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,value,bound", [
    # A multiplier alone in the genitive before a bound is one of it.
    ("হাজারের বেশি মানুষ", 1000, ">"), ("লাখেরও বেশি", 100_000, ">"), ("হাজারের কম", 1000, "<"),
    ("হাজারের মতো", 1000, "~"),
])
def test_a_bare_multiplier_before_a_bound(text, value, bound):
    [n] = find_numbers(text)
    assert (n.value, n.bound) == (value, bound)


def test_a_bare_multiplier_alone_is_still_vague_or_nothing():
    assert find_numbers("হাজার মানুষ") == []


@pytest.mark.parametrize("text,found,value,kind,unit", [
    ("Tk 500cr for roads", "Tk 500cr", 5_000_000_000, "money", "BDT"),  # crore shortened after the sign
    ("Tk 35,000 cr", "Tk 35,000 cr", 350_000_000_000, "money", "BDT"),
    ("rose by 0.5 percentage points", "0.5 percentage points", 0.5, "percent", "pp"),
    ("cut the rate by 50 basis points", "50 basis points", 50, "percent", "bp"),
    ("raised the policy rate by 50bps", "50bps", 50, "percent", "bp"),
    ("a 25 bp cut", "25 bp", 25, "percent", "bp"),
])
def test_english_crore_points_and_basis_points(text, found, value, kind, unit):
    [n] = find_numbers(text)
    assert (n.text, n.value, n.kind, n.unit) == (found, value, kind, unit)


def test_cr_without_a_currency_sign_is_no_crore():
    assert [n.value for n in find_numbers("500cr")] == [500]


@pytest.mark.parametrize("text,found,kind,unit", [
    ("১০ শতাংশ জমির ওপর ভবন", "১০ শতাংশ", "measure", "decimal"),  # land, as শতক is
    ("৫ শতাংশ মানুষ", "৫ শতাংশ", "percent", "%"),
])
def test_shotangsho_of_land_is_a_decimal(text, found, kind, unit):
    [n] = find_numbers(text)
    assert (n.text, n.kind, n.unit) == (found, kind, unit)


@pytest.mark.parametrize("text,found,value,unit", [
    ("সোয়া কেজি চাল", "সোয়া কেজি", 1.25, "kg"),  # সোয়া alone before a unit: one and a quarter
    ("সওয়া কেজি", "সওয়া কেজি", 1.25, "kg"),
    ("সোয়া টাকা", "সোয়া টাকা", 1.25, "BDT"),
    ("পৌনে কেজি দুধ", "পৌনে কেজি", 0.75, "kg"),  # পৌনে alone: three quarters
])
def test_showa_alone_before_a_unit(text, found, value, unit):
    [n] = find_numbers(text)
    assert (n.text, n.value, n.unit) == (found, value, unit)


def test_showa_alone_is_nothing():
    assert find_numbers("সোয়া") == [] and find_numbers("সাড়ে কেজি") == []


def test_a_range_whose_high_end_has_the_clipped_hundred():
    # `৩ থেকে ৪’শ`: three to four hundred, the hundred printed once.
    n, = find_numbers("প্রতিদিন ৩ থেকে ৪’শ শিক্ষার্থী বই পড়তে আসেন")
    assert (n.text, n.value, n.high) == ("৩ থেকে ৪’শ", 300, 400)
    # A clipped hundred with its apostrophe after: the currency still follows.
    n, = find_numbers("দাম ৫শ' টাকা")
    assert (n.text, n.value, n.kind, n.unit) == ("৫শ' টাকা", 500, "money", "BDT")


@pytest.mark.parametrize("text,want", [
    # M of every N: one share, M/N, as `a third` is.
    ("প্রতি চারজনের মধ্যে একজনের মৃত্যুর জন্য দায়ী এটি", ("প্রতি চারজনের মধ্যে একজনের", 0.25)),
    ("প্রতি ১০ জনের মধ্যে ৩ জন বেকার", ("প্রতি ১০ জনের মধ্যে ৩ জন", 0.3)),
    ("প্রতি পাঁচজনে একজন", ("প্রতি পাঁচজনে একজন", 0.2)),
    ("one in five children", ("one in five", 0.2)),
    ("One in 10 households", ("One in 10", 0.1)),
    ("two out of every three voters", ("two out of every three", 2 / 3)),
])
def test_shares_of_every_n(text, want):
    n = find_numbers(text)[0]
    assert (n.text, n.value, n.kind) == (*want, "cardinal")


@pytest.mark.parametrize("text,values", [
    ("সম্প্রতি ১০ জনের মধ্যে ৩ জন আটক", [10, 3]),  # সম্প্রতি (recently) is no প্রতি
    ("Bangladesh 119-2 in 13 overs", [119, 2, 13]),  # a score, then overs
    ("804 in 2014", [804, 2014]),
    ("won 3 in 5 matches", [3, 5]),
    ("one in the morning", []),
])
def test_no_share_without_every_n(text, values):
    assert [n.value for n in find_numbers(text)] == values
