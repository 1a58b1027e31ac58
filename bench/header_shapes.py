"""Real titles under many header shapes: is the headline still the title,
and is a date still found?

    python bench/header_shapes.py [--corpus ../shared/corpus] [--show N]

Each Bangla title of bdnewspaperscraper (with two or three sentences of its
article under it) is printed under ten header shapes: byline and date; a
section over it and the date first; a date alone; a ticker label and a
combined published | updated line; a standfirst that reports a speaker;
summary bullets; a menu over it and photo credits under the date; a site
clock over it and a share row under; the byline first; the title printed
again under the date. Reports, per shape, the pages whose headline is the
title exactly and that have a published or updated date. `--close "।"` (or
`.`) closes every title with that mark, as some sites print it. Skips when
the corpus is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bnnews import parse  # noqa: E402
from bnnews.text import normalize  # noqa: E402

SHAPES = {
    "byline, date": "{h}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
    "section, date first": "জাতীয়\n{h}\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\nঅনলাইন ডেস্ক",
    "date alone": "{h}\n\n২৪ নভেম্বর ২০২৫, ০৯:৫২",
    "ticker label": "শিরোনাম\n\n{h}\n\nপ্রকাশিত:সোমবার ২৪ নভেম্বর ২০২৫ | হালনাগাদ:সোমবার ২৪ নভেম্বর ২০২৫\n"
                    "রংপুর প্রতিনিধি\n\nImage",
    "standfirst": "{h}\nদলের নেতারা বলছেন, সময় এসেছে নতুন করে ভাবার\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
    "summary bullets": "{h}\n  • দুই দফায় আলোচনা হবে\n  • সিদ্ধান্ত আসবে আগামী সপ্তাহে\nনিজস্ব প্রতিবেদক\n"
                       "প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
    "menu, photo credits": "Logo\nহোম / জাতীয়\n{h}\nনিজস্ব প্রতিবেদক\nআপডেট: ২৪ নভেম্বর ২০২৫, ০৯:৫২\nছবি: সংগৃহীত\nফাইল ছবি",
    "site clock, share row": "ঢাকা, সোমবার, ২৪ নভেম্বর ২০২৫\n{h}\nস্টাফ রিপোর্টার\n২৪ নভেম্বর ২০২৫, ০৯:৫২ এএম\n"
                             "শেয়ার করুন\nঅ+\nঅ-",
    "byline first": "নিজস্ব প্রতিবেদক\n{h}\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
    "title twice": "{h}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n{h}",
}


def titled_articles(corpus: Path) -> list[tuple[str, list[str]]]:
    rows = json.loads((corpus / "bdnewspaperscraper" / "articles-2025-12-29.json").read_text(encoding="utf-8"))
    out = []
    for row in rows:
        title = row.get("headline") or ""
        # (Naya Diganta's rows hold the section in `headline`: known noise)
        if title == "None" or not re.search("[\u0980-\u09ff]", title) or row.get("paper_name") == "Daily Naya Diganta":
            continue
        sents = [normalize(s.strip()) + "।" for s in (row.get("article") or "").split("।") if len(s.strip()) > 15][:3]
        if len(sents) >= 2:
            out.append((normalize(title.strip()), sents))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--show", type=int, default=3, help="misses to print per shape")
    ap.add_argument("--close", default="", help="a mark to close every title with, as some sites print it (`।`, `.`)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "bdnewspaperscraper").is_dir():
        print(f"skipped: no corpus at {corpus}")
        return 0
    arts = titled_articles(corpus)
    total = right = 0
    for name, shape in SHAPES.items():
        good, misses = 0, []
        for title, sents in arts:
            title += args.close
            a = parse(shape.format(h=title) + "\n\n" + "\n\n".join(sents) + "\n")
            if a.headline == title and (a.published or a.updated) is not None:
                good += 1
            elif len(misses) < args.show:
                misses.append(f"      {title[:60]!r} -> {(a.headline or '')[:60]!r}")
        total += len(arts)
        right += good
        print(f"  {name:24s} {good}/{len(arts)}")
        for m in misses:
            print(m)
    print(f"all shapes: {right}/{total} ({100 * right / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
