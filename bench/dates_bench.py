"""Speed and accuracy of the date reader, against dateparser in the same run.

    python bench/dates_bench.py [--lines 10000] [--repeat 3]

1. `parse_date` over --lines distinct date lines generated from the formats
   of tests/data/date_lines.tsv (varied days, months, years, times; no
   whole-line cache: every line is new to the reader), in lines per second.
2. `find_dates` over article bodies (../shared/corpus when present, else the
   samples), in MB/s of UTF-8.
3. When dateparser is installed (it is not a dependency), the same for
   `dateparser.parse(line, languages=["bn"])` on a slice of the lines, and
   the speed ratio.
4. Accuracy on the date-like rows of tests/data/cases.tsv: bnnews and, when
   installed, dateparser (RELATIVE_BASE = the row's reference date), scored by
   the same rule: the value's date (and time, when the row has one) must
   match; Hijri rows accept +0 to +2 days.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bnnews.dates import find_dates, parse_date  # noqa: E402
from bnnews.digits import to_bangla_digits  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
             "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
VARIANTS = {1: "জানুয়ারী", 2: "ফেব্রুয়ারী", 8: "অগাস্ট", 11: "নভেম্বার", 9: "সেপ্টেম্বার"}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রোববার"]

# The layouts of date_lines.tsv, one template each (BN = Bangla digits).
TEMPLATES = [
    "প্রকাশিত: {h12}:{mm} {ampm}, {dd} {mon} {yyyy}",
    "প্রকাশিত: {h12}:{mm} {formal}, {mon} {d}, {yyyy}",
    "প্রকাশ: {hh}:{mm}, {wd}, {dd} {mon}, {yyyy}",
    "{dd} {mon}, {yyyy} {hh}:{mm}",
    "প্রকাশ: {dd} {mon} {yyyy}, {hh}:{mm}",
    "বাংলাদেশ সময়: {hh}{mm} ঘণ্টা, {mon} {dd}, {yyyy}",
    "আপডেট: {hh}{mm} ঘণ্টা, {mon} {dd}, {yyyy}",
    "প্রকাশ: {dd} {mon}, {yyyy} {hh}:{mm}",
    "আপডেট: {wd}, {dd} {mon}, {yyyy}, {hh}:{mm}",
    "আপডেট : {dd} {mon} {yyyy}, {hh}: {mm}",
    "প্রকাশিত: {hh}:{mm}, {d} {mon} {yyyy}",
    "{dd} {mon} {yyyy}, {h12}:{mm} {ampm} | আপডেট: {dd} {mon} {yyyy}, {h12}:{mm} {ampm}",
    "প্রকাশের সময় : {dd} {mon}, {yyyy}, {h12}:{mm} {ampm}",
    "| আপডেট : {dd} {mon} {yyyy}, {hh}:{mm} | প্রকাশিত : {dd} {mon} {yyyy}, {hh}:{mm}",
    "{dd} {mon} {yyyy}, {hh}:{mm}আপডেট : {dd} {mon} {yyyy}, {hh}:{mm}",
    "প্রকাশিত : {hh}:{mm}, {dd} {mon} {yyyy}",
    "প্রকাশিত : {dd} {mon}, {yyyy}, {h12}:{mm} রাত",
    "প্রকাশ: {h12}:{mm}:{ss} AM, {wd}, {mon} {dd}, {yyyy} | |",
    "শেষ আপডেট: {dd} {mon} {yyyy} {hh}:{mm}",
    "Last Updated: {emon} {d}, {ayyyy}, {ahh}:{amm} IST",
    "প্রকাশিত:{wd} {dd} {mon} {myyyy} | হালনাগাদ:{wd} {dd} {mon} {yyyy} |",
    "{h12}:{mm} {ampm}, {dd} {mon},{wd},{yyyy}",
    "প্রকাশিত হয়েছে : {dd} {mon}, {yyyy} {h12}:{mm} {formal}",
    "প্রকাশিত : {add}-{amm2}-{ayyyy} ||",
    "আপডেট : {ad}, {emon} {ayyyy} {ahh}:{amm}",
    "প্রকাশের তারিখঃ {dd} {mon}, {yyyy}",
    "{wd}, {dd} {mon}, {yyyy}, {hh}:{mm}:{ss}",
    "আপডেটঃ {h12}:{mm} {formal} | {mon} {dd}, {yyyy}",
    "{mon} {dd}, {yyyy}, {h12}:{mm} {ampm}",
    "{dd} {mon}, {yyyy}, {h12}:{mm}:{ss} সন্ধ্যা",
]


def generate(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        tpl = TEMPLATES[len(out) % len(TEMPLATES)]
        day = datetime.date(2005, 1, 1) + datetime.timedelta(days=rnd.randrange(7300))
        h, m, s = rnd.randrange(24), rnd.randrange(60), rnd.randrange(60)
        h12 = h % 12 or 12
        month = day.month
        mon = VARIANTS.get(month) if rnd.random() < 0.2 and month in VARIANTS else BN_MONTHS[month - 1]
        year = str(day.year)
        mixed = year[:2] + to_bangla_digits(year[2:]) if rnd.random() < 0.5 else to_bangla_digits(year)
        fields = {
            "dd": to_bangla_digits(f"{day.day:02d}"), "d": to_bangla_digits(str(day.day)),
            "mon": mon, "emon": EN_MONTHS[month - 1], "yyyy": to_bangla_digits(year), "myyyy": mixed,
            "hh": to_bangla_digits(f"{h:02d}"), "h12": to_bangla_digits(f"{h12:02d}"),
            "mm": to_bangla_digits(f"{m:02d}"), "ss": to_bangla_digits(f"{s:02d}"),
            "ampm": "এএম" if h < 12 else "পিএম", "formal": "পূর্বাহ্ণ" if h < 12 else "অপরাহ্ণ",
            "wd": WEEKDAYS[day.weekday()], "ayyyy": year, "ahh": f"{h:02d}", "amm": f"{m:02d}",
            "add": f"{day.day:02d}", "amm2": f"{month:02d}", "ad": str(day.day),
        }
        line = tpl.format(**fields)
        if line not in seen:
            seen.add(line)
            out.append(line)
    return out


def bodies() -> str:
    parts = []
    crawler = CORPUS / "bd-article-crawler" / "derived_dedup_by_url.jsonl"
    if crawler.exists():
        parts = [json.loads(x)["content"] for x in crawler.read_text(encoding="utf-8").splitlines()]
    if not parts:
        parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return "\n".join(parts)


def read_cases() -> list[dict]:
    lines = (ROOT / "tests" / "data" / "cases.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, x.split("\t"))) for x in lines[1:] if x.strip()]
    cats = ("PUBTS", "DATE", "DATE_WD", "REL", "TIME", "BNCAL", "HIJRI", "UNI")
    return [r for r in rows if r["category"] in cats]


_VAL = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)?(?:T(\d{2}:\d{2}))?")


def correct(row: dict, value: str | None) -> bool:
    want = row["expected"]
    if want in ("INVALID", "NONE"):
        return value is None
    if value is None:
        return False
    if row["category"] == "HIJRI":
        try:
            days = (datetime.date.fromisoformat(value[:10]) - datetime.date.fromisoformat(want)).days
        except ValueError:
            return False
        return 0 <= days <= 2
    w, g = _VAL.match(want), _VAL.match(value)
    return (w.group(1), w.group(2)) == (g.group(1), g.group(2))


def ours(row: dict) -> str | None:
    t = parse_date(row["input"], ref=row["ref_date"] or None)
    return t.value if t else None


def theirs(dateparser, row: dict) -> str | None:
    settings = {"PREFER_DATES_FROM": "past"}
    if row["ref_date"]:
        settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(row["ref_date"])
    try:
        d = dateparser.parse(row["input"], languages=["bn"], settings=settings)
    except Exception:
        return None
    if d is None:
        return None
    want = row["expected"]
    if re.fullmatch(r"\d{4}-\d{2}", want):
        return d.strftime("%Y-%m")
    if "T" in want:
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.strftime("%Y-%m-%d")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lines = generate(args.lines)
    good = sum(1 for x in lines[:500] if (t := parse_date(x)) and t.value)
    best = min(_timed(lambda: [parse_date(x) for x in lines]) for _ in range(args.repeat))
    ours_rate = len(lines) / best
    print(f"parse_date: {len(lines)} distinct date lines from {len(TEMPLATES)} layouts "
          f"in {best:.3f} s = {ours_rate:,.0f} lines/s (read with a value: {good}/500 checked)")
    # What no reader in Python can skip: the canonical-form check, one regex
    # match of the line, its groups, and the record it returns. Their sum
    # bounds the lines per second any implementation can reach here.
    from bnnews.dateline import _FAST
    from bnnews.dates import Temporal
    from bnnews.text import normalize
    ms = [_FAST.fullmatch(x) for x in lines]
    floor = sum(min(_timed(fn) for _ in range(args.repeat)) for fn in (
        lambda: [normalize(x) for x in lines],
        lambda: [_FAST.fullmatch(x) for x in lines],
        lambda: [m and m.groups() for m in ms],
        lambda: [Temporal(x, 0, 1, "date", "2024-01-01") for x in lines]))
    print(f"  unavoidable parts (canonical check + one match + groups + the record): "
          f"{floor / len(lines) * 1e6:.2f} us/line, at most {len(lines) / floor:,.0f} lines/s")
    text = bodies()
    mb = len(text.encode("utf-8")) / 1e6
    t = min(_timed(lambda: find_dates(text, ref="2024-04-27")) for _ in range(args.repeat))
    print(f"find_dates: {mb:.2f} MB of article bodies in {t:.3f} s = {mb / t:.2f} MB/s")
    try:
        import dateparser
    except ImportError:
        dateparser = None
        print("dateparser: not installed; speed and accuracy rows skipped")
    if dateparser is not None:
        sample = lines[:1000]
        dateparser.parse(sample[0], languages=["bn"])  # load its data first
        dt = _timed(lambda: [dateparser.parse(x, languages=["bn"]) for x in sample])
        rate = len(sample) / dt
        print(f"dateparser {dateparser.__version__}: {rate:,.0f} lines/s on {len(sample)} of the same "
              f"lines; bnnews is {ours_rate / rate:,.0f}x faster (the unavoidable parts alone: "
              f"{len(lines) / floor / rate:,.0f}x)")
    cases = read_cases()
    ok = sum(correct(r, ours(r)) for r in cases)
    print(f"accuracy on cases.tsv date rows (n={len(cases)}): bnnews {ok}/{len(cases)} "
          f"= {100 * ok / len(cases):.1f}%", end="")
    if dateparser is not None:
        ok2 = sum(correct(r, theirs(dateparser, r)) for r in cases)
        print(f"; dateparser {ok2}/{len(cases)} = {100 * ok2 / len(cases):.1f}%")
    else:
        print()
    return 0


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
