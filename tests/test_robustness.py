"""The same page dumped another way gives the same record.

Crawls and converters change what is not content: line endings, a byte-order
mark, indentation, blank lines, runs of spaces, the encoding of the nukta
letters. Every sample page, changed in each of these ways, must keep its
headline, desk, author, place, dates, body and links.
"""
from __future__ import annotations

import pytest

from bnnews import parse
from conftest import SAMPLES, sample_names


def _crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def _bom(t: str) -> str:
    return "\ufeff" + t


def _trailing_spaces(t: str) -> str:
    return "\n".join(s + "  " if s else s for s in t.split("\n"))


def _tab_indent(t: str) -> str:
    return "\n".join("\t" + s if s else s for s in t.split("\n"))


def _space_indent(t: str) -> str:
    return "\n".join("   " + s for s in t.split("\n"))


def _double_spaced_lines(t: str) -> str:
    return "\n\n".join(t.split("\n"))


def _blank_margins(t: str) -> str:
    return "\n\n\n" + t + "\n\n\n"


def _doubled_word_spaces(t: str) -> str:
    return t.replace(" ", "  ")


def _precomposed_nukta(t: str) -> str:
    return t.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")


CHANGES = [_crlf, _bom, _trailing_spaces, _tab_indent, _space_indent, _double_spaced_lines,
           _blank_margins, _doubled_word_spaces, _precomposed_nukta]
FIELDS = ("headline", "kicker", "desk", "author", "place", "published", "updated", "body", "links")


def _record(text: str) -> dict:
    d = parse(text).to_dict()
    return {f: d[f] for f in FIELDS}


def _pages() -> list[str]:
    # JSON and HTML inputs are not line dumps; their layout is not free.
    return [n for n in sample_names()
            if not (SAMPLES / f"{n}.txt").read_text(encoding="utf-8").lstrip("\ufeff \n").startswith(("{", "<"))]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.lstrip("_") for c in CHANGES])
@pytest.mark.parametrize("name", _pages())
def test_a_page_dumped_another_way_gives_the_same_record(name, change):
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    assert _record(change(text)) == _record(text)


# Boilerplate that crawls leave around and inside articles (formats.md §4).
TOP = ["Logo", "Skip to main content", "সেকশনস", "Advertisement", "বাংলা বাংলা English English",
       "প্রথম পাতা » প্রধান সংবাদ", "Header Ad", "  • জাতীয়", "  • রাজনীতি", "অ ফ A", "Connect with us"]
IN_BODY = ["Advertisement", "Google News Icon", "Your browser doesn’t support HTML5", "Ad"]
END = ["স্বত্ব © ২০২৪ বাংলাদেশ প্রতিদিন", "Leave A Reply", "Your email address will not be published.",
       "COMMENTS", "মোবাইল অ্যাপস ডাউনলোড করুন", "-----", "ফেইসবুকে আমরা", "What's Your Reaction?",
       "like dislike love funny angry sad wow", "error: দুঃখিত!"]


def _with_boilerplate(text: str, seed: int) -> str:
    import random
    rnd = random.Random(seed)
    a = parse(text)
    lines = text.split("\n")
    body = [b for b in a.blocks if b.kind == "body"]
    if len(a.body) >= 2:
        # between two paragraphs: after the first body line that has a next line
        at = next(n for n in range(body[0].first, body[-1].last) if lines[n - 1].strip())
        lines.insert(at, rnd.choice(IN_BODY))
    first = next(i for i, s in enumerate(lines) if s.strip())
    if parse(text).other and any(o.kind == "crawl" for o in parse(text).other):
        first += 1  # a crawl prefix stays the first line
    return "\n".join(lines[:first] + rnd.sample(TOP, 2) + lines[first:] + rnd.sample(END, 3))


def _readable_pages() -> list[str]:
    # A mojibake page is repaired as a whole; clean lines added to it would
    # make the round trip inexact, which no crawl does.
    return [n for n in _pages()
            if not any(w.startswith("mojibake") for w in parse((SAMPLES / f"{n}.txt").read_text(
                encoding="utf-8")).warnings)]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("name", _readable_pages())
def test_boilerplate_around_and_inside_a_page_changes_nothing(name, seed):
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    want = {f: v for f, v in _record(text).items() if f != "links"}
    got = {f: v for f, v in _record(_with_boilerplate(text, seed)).items() if f != "links"}
    assert got == want


@pytest.mark.parametrize("text", [
    "৯৯৯৯৯৯৯ দিন আগে", "99999999 days ago", "৫ লাখ বছর আগে", "২০২৫০.৫ বছর আগে", "১০০০০০.৫ মাস আগে",
    "10000 সালের রমজানে", "১০০০০ সালের রমজানে",
])
def test_counts_beyond_the_calendar_give_no_value_and_raise_nothing(text):
    from bnnews import find_dates
    got = find_dates(text, ref="2025-11-28")
    assert all(d.value is None or d.value[:1].isdigit() for d in got)
    assert not any(d.value and d.value.startswith("-") for d in got)


@pytest.mark.parametrize("text", ["9" * 400 + ".5", "9" * 400 + ".5 কোটি টাকা", "দেড় " + "9" * 400 + ".5"])
def test_a_number_beyond_a_float_raises_nothing(text):
    from bnnews import find_dates, find_numbers, parse
    assert find_numbers(text)
    find_dates(text, ref="2025-11-28")
    parse(text + "\n" + text)



@pytest.mark.parametrize("prefix", [" date 2022-05-07 ", " date 2022-05 "])
def test_a_crawl_date_glued_before_the_page_is_crawl_metadata(prefix):
    # the crawl's date before the first line (formats.md §6.13), cut short to its month too (etvbharat)
    a = parse(prefix + "প্রাক্তন অধিনায়ক রাজনীতিতে আসার জল্পনা উড়িয়ে দিয়েছেন। তিনি বলেন, এখনই কোনো পরিকল্পনা নেই।\n")
    assert [(o.kind, o.text) for o in a.other] == [("crawl", prefix.strip())]
    assert a.body[0].startswith("প্রাক্তন অধিনায়ক") and a.published is None
