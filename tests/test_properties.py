"""Properties that hold for any input (hypothesis)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bnnews import normalize, parse, to_ascii_digits, to_bangla_digits
from bnnews.text import clean_line

# Text drawn from the characters pages are made of: Bangla letters, signs and
# digits, ASCII, the joiners and spaces that normalisation touches, and the
# punctuation that the segmenter reacts to.
BANGLA = st.characters(min_codepoint=0x0980, max_codepoint=0x09FF)
SPECIAL = st.sampled_from(list("\u200b\u200c\u200d\u00a0\ufeff\u09f7।॥|:ঃ-•●◈©/\r\n\t "))
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
CHARS = st.one_of(BANGLA, BANGLA, SPECIAL, ASCII, st.characters())
TEXT = st.text(CHARS, max_size=400)

WORDS = st.sampled_from([
    "প্রকাশিত:", "আপডেট :", "১০", "নভেম্বর", "২০২৪", "০৯:৫২", "পিএম", "রাত", "নিজস্ব প্রতিবেদক,",
    "রংপুর", "শিরোনাম", "- ", "বিডি প্রতিদিন/হিমেল", "ছবি: সংগৃহীত", "।", "\n", "\n", "\n",
    "স্পোর্টস ডেস্ক:", "খবর", "এটি একটি বাক্য", "©", "সর্বাধিক পঠিত", "Published :", "24 Nov 2025",
    "\n> ", "\n>",  # a page quoted whole, or in part
])
PAGES = st.lists(WORDS, max_size=80).map(" ".join)


def _check_line_map(text: str) -> None:
    a = parse(text)
    covered = set()
    for b in a.blocks:
        assert b.first <= b.last
        covered.update(range(b.first, b.last + 1))
    lines = normalize(text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for n, line in enumerate(lines, 1):
        if line.strip():
            assert n in covered, (n, line)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_parse_never_raises_and_accounts_for_every_line(text):
    _check_line_map(text)


@pytest.mark.parametrize("text", [">", "> \n>", "> খবর\n>\n> এটি একটি বাক্য।", ">>\n> >"])
def test_a_quote_mark_alone_on_a_line_is_accounted_for(text):
    _check_line_map(text)


@settings(max_examples=300, deadline=None)
@given(PAGES)
def test_page_like_text_accounts_for_every_line(text):
    _check_line_map(text)
    a = parse(text)
    for field in (a.headline, a.kicker, a.desk, *a.body, *a.links):
        if field is not None:
            assert field == clean_line(field) and field


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(st.one_of(st.sampled_from("0123456789০১২৩৪৫৬৭৮৯"), ASCII, BANGLA)))
def test_digits_round_trip(text):
    ascii_ = to_ascii_digits(text)
    assert not any(c in ascii_ for c in "০১২৩৪৫৬৭৮৯")
    back = to_bangla_digits(ascii_)
    assert len(back) == len(text)
    for a, b in zip(text, back):
        if a.isdigit():
            assert int(a) == int(b)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_numbers_never_raises_and_spans_index_the_input(text):
    from bnnews import find_numbers
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
        assert 0 <= n.start < n.end <= len(text)


NUMBER_WORDS = st.sampled_from([
    "দুই", "কোটি", "৫৭", "লাখ", "টাকা", "সাড়ে", "সোয়া", "পৌনে", "দেড়", "আড়াই", "শ", "হাজার",
    "দশমিক", "পাঁচ", "এক", "-", "থেকে", "শতাংশ", "শতকরা", "ভাগ", "১২,৩৪,৫৬৭", "৭.৫", "৳", "$",
    "শতাধিক", "বেশি", "১ম", "২৩তম", "তিনজন", "দুটি", "নয়", "বার", " ", "।", ":", "২০২৪",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(NUMBER_WORDS, max_size=12).map(" ".join))
def test_find_numbers_on_number_like_text(text):
    from bnnews import find_numbers, parse_number
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
        assert n.kind in ("cardinal", "ordinal", "percent", "money")
        assert n.high is None or n.high > n.value
    parse_number(text)


DATE_WORDS = st.sampled_from([
    "গত", "আগামী", "রোববার", "সোমবার", "(", ")", "২৪", "নভেম্বর", "২০২৫", "সকাল", "রাত", "সাড়ে",
    "১০টায়", "০৯:৫২", "পিএম", "১৪", "অগ্রহায়ণ", "১৪৩৩", "৩", "জমাদিউস", "সানি", "১৪৪৭", "গতকাল",
    "দুই", "সপ্তাহ", "আগে", "টানা", "আড়াই", "বছর", "ধরে", "২০২৪-২৫", "অর্থবছর", "নব্বইয়ের", "দশকে",
    "দিবাগত", "১২টা", "১", "মিনিটে", "।", ",", "কাল", "আসবেন", "৩১", "ফাল্গুন",
    "ঘণ্টা", "পর", "প্রান্তিকে", "শীতে", "কার্যদিবস", "এদিন", "বছরের", "এই", "দিনে", "হিজরির", "রমজান",
    "খ্রিস্টপূর্ব", "উনিশশো", "একাত্তরের", "চব্বিশের",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(DATE_WORDS, max_size=14).map(" ".join), st.sampled_from([None, "2024-11-10", "2025-01-01", "2024-12-31T23:30", "1000-01-05", "9000-12-30T23:30"]))
def test_find_dates_never_raises_and_spans_index_the_input(text, ref):
    from bnnews.dates import KINDS, find_dates
    for t in find_dates(text, ref=ref):
        assert text[t.start:t.end] == t.text
        assert t.kind in KINDS


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_dates_on_any_text(text):
    from bnnews.dates import find_dates
    for t in find_dates(text, ref="2024-11-10"):
        assert text[t.start:t.end] == t.text


ANCHORED_WORDS = st.sampled_from([
    "নভেম্বরের", "পৌষের", "১৫", "২", "তারিখে", "তারিখ", "আগামী", "গত", "চলতি", "অর্থবছরে", "অর্থ", "বছরের",
    "অর্ধশতাব্দী", "ধরে", "২১৫৫", "ঘণ্টা,", "মার্চ", "৩০,", "১৪৪৭", "হিজরির", "জমাদিউস", "সানি", "অর্থাৎ", "।",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(ANCHORED_WORDS, max_size=16).map(" ".join))
def test_word_anchored_patterns_find_what_a_full_scan_finds(text):
    # The date reader runs some patterns only around their word (`_near`);
    # on any text they must find what a scan of the whole text finds.
    from bnnews.dates import patterns as d
    from bnnews.dates.context import _near
    from bnnews.text import matching_form
    t = matching_form(text)[0]
    for pattern, word, before, after in [(d._G_MONTH_DAY, "তারিখ", 40, 10), (d._BN_MONTH_DAY, "তারিখ", 30, 10),
                                         (d._HJ_YDM, "হিজর", 8, 40), (d._HHMM_STAMP, "ঘণ্টা", 6, 24),
                                         (d._REL_FISCAL, "অর্থ", 10, 10), (d._HALF_CENTURY, "অর্ধ", 2, 20)]:
        assert [m.span() for m in _near(pattern, t, word, before, after)] == \
            [m.span() for m in pattern.finditer(t)]
