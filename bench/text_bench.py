"""Speed of the text normalisers, measured against baselines in the same run.

    python bench/text_bench.py [--mb 1] [--repeat 5]

Text: about --mb MB (UTF-8) of article bodies from ../shared/corpus when it
is present, else the seed's body repeated. Two versions of it:
  clean   already canonical (what bnnews.normalize returns), so nothing to do
  dirty   as crawled: precomposed য় ড় ঢ়, no-break spaces, joiners (the
          corpus has them; without the corpus they are put back in)
Rows: normalize vs unicodedata.normalize("NFC") on the same text (issue 3:
at least as fast on clean text, within 1.5x on dirty text); the digit
converters vs a str.replace chain and vs str.translate (at least
200 MB/s); find_numbers in MB/s. Best of --repeat.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bnnews import find_numbers, normalize, to_ascii_digits, to_bangla_digits  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def body_text(mb: float) -> str:
    parts = []
    scraped = CORPUS / "bdnewspaperscraper" / "articles-2025-12-29.json"
    crawler = CORPUS / "bd-article-crawler" / "derived_dedup_by_url.jsonl"
    if crawler.exists():
        parts += [json.loads(x)["content"] for x in crawler.read_text(encoding="utf-8").splitlines()]
    if scraped.exists():
        parts += [r["article"] for r in json.loads(scraped.read_text(encoding="utf-8"))
                  if r.get("source_language") in ("bn", "bangla", "Bengali") or
                  any("\u0980" <= c <= "\u09ff" for c in str(r.get("article", ""))[:50])]
    if not parts:
        seed = (ROOT / "samples" / "seed_north_korea_defence_pact.txt").read_text(encoding="utf-8")
        parts = ["\n".join(seed.split("\n")[4:13])]
    text = "\n".join(parts)
    target = int(mb * 1_000_000)
    while len(text.encode("utf-8")) < target:
        text += "\n" + text
    while len(text.encode("utf-8")) > target * 1.05:
        text = text[: len(text) * 9 // 10]
    return text


def best(fn, arg, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return min(times)


def replace_chain_ascii(s: str) -> str:
    for i, d in enumerate("০১২৩৪৫৬৭৮৯"):
        s = s.replace(d, str(i))
    return s


_TABLE = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    raw = body_text(args.mb)
    clean = normalize(raw)
    dirty = raw
    if dirty == clean:  # no corpus: put the crawl's variants back in
        dirty = (clean.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc")
                 .replace(" ", "\u00a0", 200))
    mb_clean = len(clean.encode("utf-8")) / 1e6
    mb_dirty = len(dirty.encode("utf-8")) / 1e6
    r = args.repeat
    print(f"text: {mb_clean:.2f} MB clean, {mb_dirty:.2f} MB dirty "
          f"({'corpus bodies' if CORPUS.exists() else 'seed body'}), best of {r}")

    def row(name, secs, mb, base=None, base_name=None):
        extra = f"  = {secs / base:.2f}x {base_name}" if base else ""
        print(f"  {name:34s} {mb / secs:9.1f} MB/s{extra}")

    nfc_clean = best(lambda s: unicodedata.normalize("NFC", s), clean, r)
    nfc_dirty = best(lambda s: unicodedata.normalize("NFC", s), dirty, r)
    row("unicodedata NFC, clean text", nfc_clean, mb_clean)
    row("bnnews.normalize, clean text", best(normalize, clean, r), mb_clean, nfc_clean, "the time of NFC")
    row("unicodedata NFC, dirty text", nfc_dirty, mb_dirty)
    row("bnnews.normalize, dirty text", best(normalize, dirty, r), mb_dirty, nfc_dirty, "the time of NFC")
    chain = best(replace_chain_ascii, clean, r)
    row("str.replace chain (to ASCII)", chain, mb_clean)
    row("str.translate (to ASCII)", best(lambda s: s.translate(_TABLE), clean, r), mb_clean, chain,
        "the time of the chain")
    row("bnnews.to_ascii_digits", best(to_ascii_digits, clean, r), mb_clean, chain,
        "the time of the chain")
    ascii_ = to_ascii_digits(clean)
    row("bnnews.to_bangla_digits", best(to_bangla_digits, ascii_, r), mb_clean)
    row("bnnews.find_numbers", best(find_numbers, clean, max(1, r // 2)), mb_clean)
    return 0


if __name__ == "__main__":
    sys.exit(main())
