"""Throughput of `bnnews.parse` against a floor measured in the same run.

    python bench/parse_bench.py [--docs 3000] [--repeat 3]

The pages: full dumps rebuilt from ../shared/corpus (bd-pratidin,
banglanews24 and the bdnewspaperscraper outlets: title, author, date, body)
when it is present, else the pages in samples/; written as files to a temp
folder. Each measurement reads every file:

  floor        read + decode + split lines + json.dumps(lines) + write
  parse        read + decode + parse() + json.dumps(record) + write
  parse only   parse() alone, on texts already in memory

and the ratio parse / floor is what issue 2 bounds (aim: at most 3x). MB is
UTF-8 bytes of input. The best of --repeat runs is reported.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bnnews import parse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def pages() -> list[str]:
    out = []
    dedup = CORPUS / "bd-article-crawler" / "derived_dedup_by_url.jsonl"
    if dedup.exists():
        for line in dedup.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out.append("\n".join([r["title"], r["author"], r["date"], r["content"]]))
        scraped = CORPUS / "bdnewspaperscraper" / "articles-2025-12-29.json"
        for r in json.loads(scraped.read_text(encoding="utf-8")):
            parts = [r.get("headline"), r.get("author"), r.get("publication_date"), r.get("article")]
            out.append("\n".join(str(p) for p in parts if p and p != "None"))
    if not out:
        out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return out


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    src = pages()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        total = 0
        for i in range(args.docs):
            p = os.path.join(tmp, f"{i:06d}.txt")
            data = src[i % len(src)].encode("utf-8")
            total += len(data)
            with open(p, "wb") as f:
                f.write(data)
            files.append(p)
        out_path = os.path.join(tmp, "out.jsonl")
        texts = [open(p, encoding="utf-8").read() for p in files]

        def floor():
            with open(out_path, "w", encoding="utf-8") as out:
                for p in files:
                    with open(p, "rb") as f:
                        text = f.read().decode("utf-8")
                    out.write(json.dumps(text.split("\n"), ensure_ascii=False))
                    out.write("\n")

        def full():
            with open(out_path, "w", encoding="utf-8") as out:
                for p in files:
                    with open(p, "rb") as f:
                        text = f.read().decode("utf-8")
                    out.write(json.dumps(parse(text, source=p).to_dict(), ensure_ascii=False))
                    out.write("\n")

        def parse_only():
            for t in texts:
                parse(t)

        t_floor = best(floor, args.repeat)
        t_full = best(full, args.repeat)
        t_parse = best(parse_only, args.repeat)
    mb = total / 1e6
    n = args.docs
    print(f"{n} pages, {mb:.1f} MB ({'corpus' if CORPUS.exists() else 'samples'}), "
          f"best of {args.repeat}")
    print(f"  floor (read + json.dumps of lines)  {t_floor:7.3f} s  {n / t_floor:8.0f} docs/s  {mb / t_floor:6.1f} MB/s")
    print(f"  read + parse + dump                 {t_full:7.3f} s  {n / t_full:8.0f} docs/s  {mb / t_full:6.1f} MB/s"
          f"  = {t_full / t_floor:.2f}x floor")
    print(f"  parse step alone                    {t_parse:7.3f} s  {n / t_parse:8.0f} docs/s  {mb / t_parse:6.1f} MB/s"
          f"  = {t_parse / t_floor:.2f}x floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
