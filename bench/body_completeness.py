"""Body completeness on real text: does every sentence of an article reach
`body`, whatever header and trailer surround it?

    python bench/body_completeness.py [--corpus ../shared/corpus] [--pages 1500] [--seed 1] [--show N]

Each page is built from a Bangla article of bdnewspaperscraper (its headline,
and its text cut into sentences, one a line, the short ones too: `এখন
ধ্বংসটাই বাকি।`, a closing question), under one of four headers (desk and
date; section, date and desk; a date alone; a ticker label and a combined
published | updated line over a local desk) and over one of four trailers
(none; a slash signature; a read-also label and two related titles; a share
prompt and a copyright line). A sentence is lost when no body paragraph
holds it (a paragraph that kept it without a label the scraper glued to it
counts as holding it). Reports the pages that lose a sentence and what the
lost sentences became (a related link, a caption, ...). `--full-stop` types
a full stop for every danda, as some sites do, and `--bar` an ASCII `|` (the
body should hold the sentence with its danda); `--furniture` puts ads, links,
captions and prompts between a quarter of the sentences (`--glued`: glued to
the sentence before, as a scraper that joins text nodes leaves them); `--wrap 70` hard-wraps
every paragraph at 70 characters, as lynx or w3m dumps do. Skips when the
corpus is absent.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bnnews import parse  # noqa: E402
from bnnews.text import normalize  # noqa: E402

HEADERS = [
    lambda h: f"{h}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২",
    lambda h: f"জাতীয়\n{h}\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\nঅনলাইন ডেস্ক",
    lambda h: f"{h}\n\n২৪ নভেম্বর ২০২৫, ০৯:৫২",
    lambda h: f"শিরোনাম\n\n{h}\n\nপ্রকাশিত:সোমবার ২৪ নভেম্বর ২০২৫ | হালনাগাদ:সোমবার ২৪ নভেম্বর ২০২৫\n"
              "রংপুর প্রতিনিধি\n\nImage",
]
TRAILERS = ["", "\nবিডি প্রতিদিন/নাজমুল\n", "\nআরও পড়ুন\nগাজীপুরে কারখানায় আগুন, নিহত ২\nসাভারে বাস উল্টে আহত ১০\n",
            "\nশেয়ার করুন\n\nস্বত্ব © ২০২৫ দৈনিক কালের কণ্ঠ\n"]
# Lines a page prints between paragraphs (`--furniture`): none is the story's.
FURNITURE = ["বিজ্ঞাপন", "ADVERTISEMENT", "আরও পড়ুন: গাজীপুরে কারখানায় আগুন, নিহত ২", "আরো পড়ুন\nসাভারে বাস উল্টে আহত ১০",
             "ছবি: সংগৃহীত", "প্রতীকী ছবি", "বাজারে চালের দাম বেড়েছে। ছবি: প্রথম আলো", "শেয়ার করুন",
             "Google News-এ ফলো করুন"]
_SENTENCE = re.compile(r"[^।?!]+[।?!]+[”’\"]?")
# Outlets whose rows are known noise (formats of the corpus README): skipped.
_NOISY = ("Daily Naya Diganta", "Samakal", "BBC Bangla")
_READ = normalize("পড়ুন")
# (a dash before a space, `হলে- নরক`, wrapped there reads as a word broken at its
# hyphen, `হলে-নরক`: the same sentence, no loss)
_HYPHEN_BREAK = re.compile(r"\S- ")


def articles(corpus: Path) -> list[tuple[str, list[str]]]:
    rows = json.loads((corpus / "bdnewspaperscraper" / "articles-2025-12-29.json").read_text(encoding="utf-8"))
    out = []
    for row in rows:
        title = row.get("headline") or ""
        if title == "None" or not re.search("[\u0980-\u09ff]", title) or row.get("paper_name") in _NOISY:
            continue
        # (sentences that hold a read-also label are the scraper's, a link glued to the text)
        sents = [t for t in (normalize(s.strip()) for s in _SENTENCE.findall(row.get("article") or ""))
                 if len(t) > 12 and _READ not in t]
        if len(sents) >= 4:
            out.append((normalize(title.strip()), sents[:10]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--pages", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10, help="lost sentences to print")
    ap.add_argument("--full-stop", action="store_true",
                    help="type a full stop for every danda, as some sites do (`… বাকি.`)")
    ap.add_argument("--glued", action="store_true",
                    help="with --furniture, glue ads, links and prompts to the sentence before them (a scraper "
                         "that joined text nodes with no break: `… যায়।Advertisement`)")
    ap.add_argument("--bar", action="store_true",
                    help="type an ASCII bar for every danda, glued to the last word (`… হচ্ছে|`)")
    ap.add_argument("--wrap", type=int, default=0, metavar="WIDTH",
                    help="hard-wrap every paragraph at WIDTH characters, as lynx or w3m dumps do (e.g. 70)")
    ap.add_argument("--furniture", action="store_true",
                    help="put page furniture between a quarter of the sentences (ads, read-also links, captions, prompts)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "bdnewspaperscraper").is_dir():
        print(f"skipped: no corpus at {corpus}")
        return 0
    arts = articles(corpus)
    rnd = random.Random(args.seed)
    lost: collections.Counter = collections.Counter()
    shown = 0
    bad = sentences = 0
    for _ in range(args.pages):
        title, sents = rnd.choice(arts)
        if args.full_stop:
            sents = [s[:-1] + "." if s.endswith("।") else s for s in sents]
        typed = [s[:-1] + "|" if s.endswith("।") else s for s in sents] if args.bar else sents
        head, tail = rnd.choice(HEADERS), rnd.choice(TRAILERS)
        sep = rnd.choice(["\n\n", "\n"])
        lines = []
        for k, sent in enumerate(typed):
            lines.append(sent)
            if args.furniture and k < len(sents) - 1 and rnd.random() < 0.25:
                f = rnd.choice(FURNITURE)
                # (a photo's credit glued to one sentence makes a caption, as printed: no loss to count)
                if args.glued and "\n" not in f and "ছবি" not in f:
                    lines[-1] += rnd.choice(["", " "]) + f
                else:
                    lines.append(f)
        if args.wrap:
            # (a dump tool sets its wrapped paragraphs apart with blank lines)
            lines, sep = ["\n".join(textwrap.wrap(s, args.wrap)) for s in lines], "\n\n"
        a = parse(head(title) + "\n\n" + sep.join(lines) + "\n" + tail)
        sentences += len(sents)
        miss = [s for s in sents if s not in a.body and not any(s[-25:] in b for b in a.body)
                and not (args.wrap and any(s[:25] in b for b in a.body) and _HYPHEN_BREAK.search(s))]
        if miss:
            bad += 1
        for s in miss:
            kind = next((o.kind for o in a.other if o.text == s), "link" if s in a.links else "changed")
            lost[kind] += 1
            if shown < args.show:
                shown += 1
                print(f"  lost ({kind}): {s[:100]}")
    print(f"pages: {args.pages}, sentences: {sentences}")
    print(f"pages that lose a sentence: {bad} ({100 * bad / args.pages:.1f}%); "
          f"sentences lost: {sum(lost.values())} ({100 * sum(lost.values()) / sentences:.2f}%)")
    print("  as: " + (", ".join(f"{k} {n}" for k, n in lost.most_common()) or "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
