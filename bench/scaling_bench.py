"""Does parse time grow linearly with page length? Pathological page shapes.

    python bench/scaling_bench.py [--n 2000]

A crawl can hold a page of thousands of odd lines (a ticker label repeated,
title and date pairs, a related list with no end). Each shape below is
parsed at --n and at 4 x --n repetitions; a linear parser takes about 4x as
long for the second. A ratio over 6 is reported as superlinear: one such
page would stall a corpus run. (Speed is measured here, never in tests.)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bnnews import parse  # noqa: E402

SHAPES = {
    "ticker label, ticker": "শিরোনাম\nকিছু লেখা এখানে\n",
    "read-also, title": "আরও পড়ুন\nএকটি শিরোনাম এখানে\n",
    "bullets": "• একটি বুলেট লেখা এখানে\n",
    "captions": "ছবি: সংগৃহীত\n",
    "English lines": "This is an English line here\n",
    "date, desk": "২৪ নভেম্বর ২০২৫\nনিজস্ব প্রতিবেদক\n",
    "title, date": "একটি শিরোনাম এখানে লেখা\n২৪ নভেম্বর ২০২৫\n",
    "title, prose": "একটি শিরোনাম এখানে লেখা\nএটি একটি অনুচ্ছেদ যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n",
    "title, blank": "একটি শিরোনাম এখানে লেখা\n\n",
    "one title repeated": "একই শিরোনাম বারবার এখানে\n",
    "symbol ticker": "◈ একটি খবর ◈ আরেকটি খবর\n",
    "prose, signature": "এটি একটি অনুচ্ছেদ যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\nএমএএস/এএসএম\n",
    "prose, footer": "এটি একটি অনুচ্ছেদ যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n© ২০২৫ সর্বস্বত্ব সংরক্ষিত\n",
    "listing": "Tag: রাজনীতি\n  • একটি শিরোনাম এখানে\n    একটি শিরোনাম এখানে\nএকটি টিজার লেখা… Read More »\n",
    "HTML": "<p>একটি অনুচ্ছেদ</p>\n<div>মেনু</div>\n",
    "bare label, date": "প্রকাশিত:\n২৪ নভেম্বর ২০২৫\n",
    "menu words": "জাতীয়\nরাজনীতি\nখেলা\n",
}


def timed(text: str) -> float:
    t = time.perf_counter()
    parse(text)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    worst = 0.0
    for name, unit in SHAPES.items():
        a, b = timed(unit * args.n), timed(unit * args.n * 4)
        ratio = b / max(a, 1e-9)
        worst = max(worst, ratio)
        flag = "  superlinear" if ratio > 6 else ""
        print(f"{name:22s} {args.n:6d} reps {a:7.3f} s, {4 * args.n:6d} reps {b:7.3f} s: x{ratio:4.1f}{flag}")
    print(f"worst growth for 4x the lines: x{worst:.1f} (linear is about x4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
