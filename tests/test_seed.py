"""The seed page must come out exactly as issue 2 states."""
from __future__ import annotations

from bnnews import parse
from conftest import SAMPLES

SEED = SAMPLES / "seed_north_korea_defence_pact.txt"


def seed():
    return parse(SEED.read_text(encoding="utf-8"), source=str(SEED))


def test_header():
    a = seed()
    assert a.headline == "উ. কোরিয়ার সাথে প্রতিরক্ষা চুক্তিতে স্বাক্ষর পুতিনের, আইনে পরিণত"
    assert a.desk == "আন্তর্জাতিক ডেস্ক"
    assert a.published.date == "2024-11-10"
    assert a.published.time is None and a.published.datetime is None
    assert a.updated is None


def test_body_is_the_nine_paragraphs():
    a = seed()
    assert len(a.body) == 9
    assert a.body[0].startswith("উত্তর কোরিয়ার সাথে")
    assert a.body[-1].endswith("নিশ্চিত করেনি।")


def test_links():
    links = list(seed().links)
    assert len(links) == 53
    i = links.index("ধর্ম উপদেষ্টা সংখ্যালঘু নির্যাতন যেভাবে বলছেন সেই মাত্রায় নেই")
    assert links[i + 1] == "গাজায় ইসরায়েলের হামলায় নিহত বেড়ে ৩২৬"
    j = links.index("১০ হাজার সেনা-পুলিশ মোতায়েন কী ঘটবে আসামে ?")
    assert links[j + 1] == "থাইল্যান্ডে বিদ্রোহীদের হামলায় নিহত ১৫"
    assert links[-1] == "মসজিদ নাকি মন্দির! মামলার রায় আজ"


def test_nothing_left_over():
    a = seed()
    assert a.other == () and a.warnings == ()


def test_precomposed_and_decomposed_nukta_read_the_same():
    text = SEED.read_text(encoding="utf-8")
    precomposed = text.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc")
    assert precomposed != text
    assert parse(precomposed).to_dict() == parse(text).to_dict()


def test_crlf_bom_and_cr_read_the_same():
    text = SEED.read_text(encoding="utf-8")
    want = parse(text).to_dict()
    assert parse("\ufeff" + text.replace("\n", "\r\n")).to_dict() == want
    assert parse(text.replace("\n", "\r")).to_dict() == want
