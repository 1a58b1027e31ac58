"""The canonical form (bnnews.normalize) and the digit converters."""
from __future__ import annotations

import unicodedata

import pytest

from bnnews import normalize, to_ascii_digits, to_bangla_digits
from bnnews.dateline import read_line
from conftest import read_tsv

ZWJ, ZWNJ, ZWSP, NBSP, VIRAMA = "\u200d", "\u200c", "\u200b", "\u00a0", "\u09cd"


@pytest.mark.parametrize("raw,want", [
    ("\u09df", "য\u09bc"),  # precomposed য় -> য + nukta (NFC decomposes it)
    ("\u09dc", "ড\u09bc"),
    ("\u09dd", "ঢ\u09bc"),
    ("ফেব্রুয়ারি", "ফেব্রুয়ারি"),
    (f"উত{VIRAMA}{ZWJ}সব", "উৎসব"),  # khanda ta
    (f"র{ZWNJ}{VIRAMA}যাব", f"র{ZWJ}{VIRAMA}যাব"),  # RAB keeps its ya-phala, with ZWJ
    (f"র{ZWJ}{VIRAMA}যাব", f"র{ZWJ}{VIRAMA}যাব"),
    (f"ক{VIRAMA}{ZWNJ}ষ", f"ক{VIRAMA}{ZWNJ}ষ"),  # a joiner after a virama is kept
    (f"নভেম্বর{ZWNJ} ২০২৫", "নভেম্বর ২০২৫"),
    (f"খবর{ZWSP}টি", "খবরটি"),
    ("প্রতি\u00adবেদক", "প্রতিবেদক"),  # a soft hyphen inside a word (HTML's &shy;)
    (f"২৪{NBSP}নভেম্বর", "২৪ নভেম্বর"),
    ("ঢাকা\u2009শহর", "ঢাকা শহর"),
    ("শেষ হলো\u09f7", "শেষ হলো।"),
    # a candrabindu typed before its vowel sign (Bijoy converters' order) goes after it
    ("চঁাদ", "চাঁদ"), ("পঁাচ জন", "পাঁচ জন"), ("খঁুজে", "খুঁজে"), ("কেঁা", "কোঁ"), ("পঁচিশে", "পঁচিশে"),
    # the block's unassigned danda slots, which AhanLipi types for the danda and double danda
    ("ইনস্টল হয়ে যাবে\u09e4 দুই\u09e5", "ইনস্টল হয়ে যাবে। দুই॥"),
    ("অা", "আ"),
    ("ক\u09c7\u09be", "কো"),  # two-part vowel sign
    ("ক\u09c7\u09d7", "কৌ"),
    ("Hello, World! 123 %", "Hello, World! 123 %"),
    ("e\u0301", "é"),
    ("\u2126", "Ω"),  # NFC maps the ohm sign to omega
    ("দ্য\u09bc ওয়াল ব্য\u09bcুরো", "দ্য ওয়াল ব্যুরো"),  # a ya-phala typed with য়
    ("দ্\u09df", "দ্য"),  # the same, precomposed
    ("সন্ধ্যায়", "সন্ধ্যায়"),  # a ya-phala, then য় after the vowel sign: left alone
])
def test_normalize(raw, want):
    assert normalize(raw) == want
    assert normalize(want) == want


def test_text_needing_no_change_is_returned_as_is():
    text = "উত্তর কোরিয়ার সাথে প্রতিরক্ষা চুক্তি। ‘ইত্যাদি’ — ৳১০০"
    assert normalize(text) is text


def test_output_is_nfc():
    text = f"\u09df\u09dc {NBSP} ক\u09c7\u09be অা র{ZWNJ}{VIRAMA}যাব"
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)


UNI = [r for r in read_tsv("cases.tsv") if r["category"] == "UNI"]


@pytest.mark.parametrize("row", UNI, ids=[r["id"] for r in UNI])
def test_uni_rows_normalise_to_clean_text(row):
    out = normalize(row["input"])
    assert not any(c in out for c in "\u09dc\u09dd\u09df\u200b\u200c\u00a0")
    assert unicodedata.is_normalized("NFC", out)
    if row["expected"][:1].isdigit():  # a date: the normalised text reads as it
        r = read_line(out).readings[0]
        assert "%04d-%02d-%02d" % r.date == row["expected"]


@pytest.mark.parametrize("raw,ascii_", [
    ("২০২৪-১১-১০", "2024-11-10"),
    ("20২৩", "2023"),
    ("০৯:৫২ পিএম", "09:52 পিএম"),
    ("no digits", "no digits"),
])
def test_digits(raw, ascii_):
    assert to_ascii_digits(raw) == ascii_
    assert to_ascii_digits(to_bangla_digits(ascii_)) == ascii_
    assert to_bangla_digits(ascii_) == to_bangla_digits(raw)


def test_a_vowel_sign_typed_as_two_reads_and_spans_the_text_as_given():
    # `বারোই` with ো typed as ে + া, as some pages store it: the date reader
    # reads it, and its span covers both signs.
    from bnnews import find_dates
    text = "\u09ac\u09be\u09b0\u09c7\u09be\u0987 ফেব্রুয়ারির নির্বাচন"
    t = find_dates(text, ref="2024-04-01")[0]
    assert (t.value, text[t.start:t.end]) == ("2024-02-12", text[:text.index(" নির্বাচন")])
    t = find_dates("গত \u09b8\u09c7\u09be\u09ae\u09ac\u09be\u09b0", ref="2024-04-03")[0]
    assert (t.text, t.value) == ("গত \u09b8\u09c7\u09be\u09ae\u09ac\u09be\u09b0", "2024-04-01")


def test_numbers_read_a_vowel_sign_typed_as_two():
    from bnnews import find_numbers
    crore = "\u0995\u09c7\u09be\u099f\u09bf"  # কোটি with ো as ে + া
    for text, value, bound in [(f"দুই {crore} টাকা", 20_000_000, None), (f"কয়েক {crore} টাকা", 10_000_000, ">"),
                               (f"{crore} {crore} টাকা", 10_000_000, ">"), ("লাখ\u09c7\u09be মানুষ", 100_000, ">")]:
        n = find_numbers(text)[0]
        assert (n.value, n.bound, text[n.start:n.end] == n.text) == (value, bound, True)
