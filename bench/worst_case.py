"""Worst-case shapes of input: does any reader slow down faster than its input grows?

    python bench/worst_case.py [--size 100000]

Each shape (one 2 MB line, many short lines, runs of one character, a text
of nothing but dates or weekdays, dates and bylines on one long line, number
words, Markdown, HTML on one line, a hard-wrapped dump) is given to `parse`, `find_dates` and `find_numbers` at about `--size`
characters and at twice that. The growth is the second time over the first:
about 2 for a linear reader. A row with growth over 3 is marked: a reader
that is quadratic there (`find_dates` was, on texts with thousands of dates,
before the overlap test of its matches was made a bisection).

Not a test (timings belong here, not in pytest), but a marked row is a bug.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bnnews import find_dates, find_numbers, parse  # noqa: E402

SENTENCE = "সিলেট অঞ্চলে টানা বৃষ্টিতে বন্যা পরিস্থিতির অবনতি হয়েছে। "
SHAPES = {
    "one long line": SENTENCE,
    "short lines": "ক খ\n",
    "spaces": " ",
    "dandas": "।",
    "digits": "১২৩৪৫৬৭৮৯০",
    "digit groups": "১২৩,",
    "colons": ":",
    "dashes": "-",
    "slashes": "এমজে/",
    "dates": "২৮ নভেম্বর ২০২৫ ",
    "weekdays": "শুক্রবার ",
    "date lines on one line": "প্রকাশিত: ২৮ নভেম্বর ২০২৫, ১০:১৫ | নিজস্ব প্রতিবেদক | ",
    "number words": "এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ হাজার লাখ কোটি ",
    "clock times": "রাত ১০টা থেকে ২টা, ",
    # Speeds, English multiples, a weekday at a Bangla date, hashtags.
    "speeds and multiples": "ঘণ্টায় ৮০ কিলোমিটার বেগে, ঘণ্টায় ৮০ কিলোমিটার, তিন ঘণ্টায় ৯০ কিমি, twice as many, "
                            "10 times more, the third day, a third of, শ-দুয়েক, ৫০%-এর বেশি ",
    "bangla dates with weekdays": "শুক্রবার, ১৩ অগ্রহায়ণ ১৪৩২ মার্চের শেষে গত শতাব্দীতে #ট্যাগ ",
    # Counts given as ranges, years sharing one সাল, fiscal years told
    # before their anaphors, English vague counts and years before events.
    "ranges, year lists, fiscal years": "দুই-তিন দিন আগে ২০১৪ ও ২০১৮ সালের ২০২৪-২৫ অর্থবছরে আগের অর্থবছরে "
                                        "a few days ago, the 2008 election, late Thursday, আসর: ৩টা ৩৩ মিনিট ",
    "years listed": "১৯৯১, ১৯৯৬ ও ",
    # Quarters, seasons, working days, spoken and era years, hours that strike.
    "quarters, seasons, eras": "গত প্রান্তিকে এই শীতে ৫ কার্যদিবস উনিশশো একাত্তরের ৩২৭ খ্রিস্টপূর্বাব্দে "
                               "চব্বিশের ডিসেম্বরে গত বছরের এই দিনে তখন ১০টা বাজে। ",
    # Working days counted from a day, counts after এর, Easter's days, a
    # place's clock, comparisons with the day before.
    "working days, anaphors": "আজ রোববার লেনদেন হয়। আগের কার্যদিবসে কম ছিল। এর দুই দিন পর গুড ফ্রাইডে, "
                              "নিউইয়র্কে যখন বেলা ১২টা, আগের দিনের তুলনায় বেশি। ",
    # Markdown (read line by line once two constructs show) and its markup
    # left open on one long line; a dump hard-wrapped at 60 columns.
    "markdown": "# শিরোনাম\n[লিংক](https://x.com/a) **গাঢ়** _বাঁকা_ ![ছবি](https://y.com/b)\n",
    "markdown left open": "# ক [ক](https://x) **ক __খ _গ [ঘ](ঙ ![চ ",
    "html on one line": "<html><body><div><p>সিলেট অঞ্চলে টানা বৃষ্টিতে বন্যা &amp; <a href='x'>লিংক</a></p><br/></div>",
    "wrapped paragraphs": "সিলেট অঞ্চলে টানা বৃষ্টিতে বন্যা পরিস্থিতির অবনতি হয়েছে, পানিবন্দি\n"
                          "হয়ে পড়েছে লাখো মানুষ। জেলা প্রশাসন জানিয়েছে।\n\n",
    # A header run into its first paragraph, the byline after the date; a
    # feed's items; an archive's banner.
    "headers run together": "খালাস পেলেন সাবেক মন্ত্রী প্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৫২ নিজস্ব প্রতিবেদক "
                            "সোমবার (২৪ নভেম্বর) ",
    "feed items": "<item><title>শিরোনাম</title><pubDate>Mon, 24 Nov 2025 21:52:00 +0600</pubDate><item>",
    # (head, unit, tail): a read-also label after a sentence, then one long
    # run with no danda till the end (its pattern backtracked over every split)
    "read-also run on": ("প্রথম বাক্য এখানে শেষ। আরও পড়ুন: ", "ক খ ", "। শেষ"),
    "breadcrumbs": "হোম > বিভাগ > শিরোনাম\nশিরোনাম\n",
}


def timed(fn, text: str) -> float:
    t = time.perf_counter()
    fn(text)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=100_000, help="characters of the smaller input")
    args = ap.parse_args()
    marked = 0
    print(f"{'shape':24} {'reader':13} {'chars':>9} {'time':>8} {'x2 time':>8} growth")
    for name, shape in SHAPES.items():
        head, unit, tail = shape if isinstance(shape, tuple) else ("", shape, "")
        small = head + unit * max(1, args.size // len(unit)) + tail
        big = head + unit * 2 * max(1, args.size // len(unit)) + tail
        for fn in (parse, find_dates, find_numbers):
            a, b = timed(fn, small), timed(fn, big)
            growth = b / max(a, 1e-4)
            flag = "  <-- superlinear" if growth > 3 and b > 0.05 else ""
            marked += bool(flag)
            print(f"{name:24} {fn.__name__:13} {len(small):9} {a:7.3f}s {b:7.3f}s {growth:5.1f}{flag}")
    print(f"{marked} superlinear rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
