"""Accuracy on real pages: rebuild full page dumps from the bd-pratidin rows
of ../shared/corpus and score each field against the known answers.

    python bench/eval_real.py [--corpus ../shared/corpus] [--show-misses]

A page dump is title, author (desk), printed date, then the raw content,
joined line by line. The answers (issue 2):
  headline  = title
  desk      = author without its terminator
  published = the printed date (its day agrees with the URL)
  body      = the content lines before the `বিডিপ্রতিদিন/…` signature
  links     = the lines after the line that follows the signature, up to
              `সর্বাধিক পঠিত`

`links` is scored twice: as the answer defines it, and with the line right
after the signature counted too (the parser keeps that line, which is a
related title, often the page's own headline: issue 2 asks to keep it).
The banglanews24 rows (title, author, `HHMM ঘণ্টা, MONTH DD, YYYY` date,
then the body) are scored for headline, desk, published and body as a
second layout. The English-language rows of bdnewspaperscraper are scored
for the desk (the row's `author`, where it is a byline and not scraper noise
such as a domain). Last, every bd-pratidin and banglanews24 page is read
again with boilerplate of formats.md §4 put around and inside it (five
variants each): headline, desk, published and body must not change; and
with the desk and the date printed on one line (six separators, from none
to `||`), headline, desk and published must not change; and with the
header lines in the other orders outlets print them (the date first, the
desk after the date, a label added, blank lines between), headline, desk,
published and the first paragraph must not change; and with the line breaks
lost (header and first paragraphs on one line), headline, desk and published
must not change; and rendered as the site families of formats.md §1 (the
same title, author and date in each outlet's header layout, date-line format
and furniture), headline, desk, the date (published, or updated where the
family prints only that, in its zone) and the first paragraph must not change; and
with three in ten paragraphs stripped of their closing danda, headline, desk,
published and the number of paragraphs must not change; and with the date line
broken over lines (a clock over or under its date, a weekday alone over it, a
label alone) or page furniture under it (a reading time, a font-size switcher,
an audio player), headline, desk, published and the first paragraph must not
change.
Exit status 2 when the corpus is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bnnews import parse  # noqa: E402
from bnnews.byline import strip_terminator  # noqa: E402
from bnnews.dateline import read_line  # noqa: E402
from bnnews.text import clean_line  # noqa: E402

SIGNATURE = re.compile(r"^বিডি ?প্রতিদিন/")


def expected_published(date_text: str) -> str | None:
    dl = read_line(clean_line(date_text))
    if not dl or not dl.readings or not dl.readings[0].date:
        return None
    r = dl.readings[0]
    iso = "%04d-%02d-%02d" % r.date
    if r.time:
        iso += "T%02d:%02d+06:00" % r.time[:2]
    return iso


def bdpratidin_case(row: dict) -> tuple[str, dict] | None:
    """None for a row whose content has no signature: its answers are undefined."""
    content = row["content"].split("\n")
    page = "\n".join([row["title"], row["author"], row["date"], *content])
    lines = [clean_line(x) for x in content]
    sig = next((i for i, x in enumerate(lines) if SIGNATURE.match(x)), None)
    if sig is None:
        return None
    end = next((i for i, x in enumerate(lines) if x == "সর্বাধিক পঠিত"), len(lines))
    want = {
        "headline": clean_line(row["title"]),
        "desk": strip_terminator(clean_line(row["author"])),
        "published": expected_published(row["date"]),
        "body": [x for x in lines[:sig] if x],
        "links": [x for x in lines[sig + 2:end] if x],
        "links_from_signature": [x for x in lines[sig + 1:end] if x],
    }
    return page, want


def banglanews24_case(row: dict) -> tuple[str, dict] | None:
    if row["title"] == "Unknown" or row["date"] == "Unknown":
        return None
    content = row["content"].split("\n")
    page = "\n".join([row["title"], row["author"], row["date"], *content])
    want = {
        "headline": clean_line(row["title"]),
        "desk": strip_terminator(clean_line(row["author"])) or None,
        "published": expected_published(row["date"]),
        "body": [clean_line(x) for x in content if clean_line(x)],
    }
    return page, want


def score(cases, fields, show_misses: bool) -> dict:
    hits = {f: 0 for f in fields}
    for page, want, url in cases:
        got = parse(page, url=url).to_dict()
        pub = got["published"]
        got_pub = pub and (pub["datetime"] or pub["date"])
        results = {
            "headline": got["headline"] == want["headline"],
            "desk": got["desk"] == want["desk"],
            "published": got_pub == want["published"],
            "body": got["body"] == want["body"],
        }
        if "links" in fields or "links_from_signature" in fields:
            results["links"] = got["links"] == want["links"]
            results["links_from_signature"] = got["links"] == want["links_from_signature"]
        for f in fields:
            hits[f] += results[f]
            if show_misses and not results[f]:
                key = f if f != "links_from_signature" else "links"
                print(f"  miss {f}: {url}\n    got  {str(got[key if key != 'published' else 'published'])[:160]}"
                      f"\n    want {str(want[f])[:160]}")
    n = len(cases)
    return {f: (hits[f], n) for f in fields}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    path = Path(args.corpus) / "bd-article-crawler" / "derived_dedup_by_url.jsonl"
    if not path.exists():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bdp_rows = [r for r in rows if r["site"] == "bdpratidin"]
    bdp = [(*c, r["url"]) for r in bdp_rows for c in [bdpratidin_case(r)] if c is not None]
    print(f"bd-pratidin: {len(bdp_rows) - len(bdp)} of {len(bdp_rows)} rows skipped (no signature)")
    bn24 = [c for r in rows if r["site"] == "banglanews24"
            for c in [banglanews24_case(r)] if c is not None]
    bn24 = [(p, w, r["url"]) for (p, w), r in zip(bn24, [r for r in rows if r["site"] == "banglanews24"
                                                         and r["title"] != "Unknown" and r["date"] != "Unknown"])]
    print(f"bd-pratidin: {len(bdp)} pages")
    res = score(bdp, ["headline", "desk", "published", "body", "links", "links_from_signature"],
                args.show_misses)
    for f, (h, n) in res.items():
        print(f"  {f:22s} {h:3d}/{n}  {100 * h / n:5.1f}%")
    print(f"banglanews24: {len(bn24)} pages (rows with a title and a date)")
    res = score(bn24, ["headline", "desk", "published", "body"], args.show_misses)
    for f, (h, n) in res.items():
        print(f"  {f:22s} {h:3d}/{n}  {100 * h / n:5.1f}%")
    scraped = Path(args.corpus) / "bdnewspaperscraper" / "articles-2025-12-29.json"
    if scraped.exists():
        scraper_headlines(scraped, args.show_misses)
        english_desks(scraped, args.show_misses)
        body_only_pages(scraped, args.show_misses)
    boilerplate_injected([p for p, _, _ in bdp + bn24])
    desk_and_date_on_one_line(rows)
    header_orders(rows)
    line_breaks_lost(rows)
    site_families(rows)
    lost_dandas(rows)
    broken_date_lines(rows)
    return 0


def broken_date_lines(rows: list[dict]) -> None:
    """The date line broken over lines (a labelled clock over its date, a
    clock under it, a weekday alone over it, the label alone over weekday,
    date and clock) and page furniture under it (a reading time, a font-size
    switcher, an audio player): headline, desk, published datetime and the
    first paragraph must be those of the page with its date on one line."""
    import collections
    from bnnews.digits import to_bangla_digits as bn
    n: collections.Counter = collections.Counter()
    same: collections.Counter = collections.Counter()
    for r, content, base, d in _dated_rows(rows):
        t, a = r["title"], r["author"].strip()
        h = d.hour % 12 or 12
        ap = "এএম" if d.hour < 12 else "পিএম"
        day = f"{bn(str(d.day))} {_MONTHS[d.month - 1]} {bn(str(d.year))}"
        clock, clock12 = f"{bn(f'{d.hour:02d}')}:{bn(f'{d.minute:02d}')}", f"{bn(f'{h:02d}')}:{bn(f'{d.minute:02d}')} {ap}"
        wd = _WEEKDAYS[d.weekday()]
        forms = {
            "labelled clock / date": [f"প্রকাশিত: {clock12}", day],
            "date / clock": [day, clock12],
            "weekday / date, clock": [wd, f"{day}, {clock}"],
            "label / weekday / date / clock": ["প্রকাশিত:", wd, day, clock12],
            "date line, then furniture": [f"প্রকাশ: {day}, {clock}", "২ মিনিটে পড়ুন", "ফন্ট সাইজ", "A-", "A+",
                                          "অডিও শুনুন", "০:০০ / ২:৩০"],
        }
        want = (base.headline, base.desk, base.published.datetime, base.body[:1])
        for name, date_lines in forms.items():
            got = parse("\n".join([t, a, *date_lines] + content))
            n[name] += 1
            same[name] += (got.headline, got.desk, got.published and got.published.datetime, got.body[:1]) == want
    total = sum(n.values())
    print(f"date lines broken over lines, and furniture under them: {total} pages ({len(n)} forms)")
    for name in n:
        print(f"  {name:32s} {same[name]:3d}/{n[name]}")
    print(f"  {'all four fields same':32s} {sum(same.values()):4d}/{total}  {100 * sum(same.values()) / total:5.1f}%")


def lost_dandas(rows: list[dict], trials: int = 3) -> None:
    """Paragraphs that lost their closing danda (three in ten, three draws a
    page): headline, desk, published and the number of paragraphs must hold."""
    import random
    rnd = random.Random(3)
    n = same = 0
    for r in rows:
        if r["title"] == "Unknown" or r["date"] == "Unknown":
            continue
        content = r["content"].split("\n")
        head = [r["title"], r["author"], r["date"]]

        def fields(lines: list[str]) -> tuple:
            a = parse("\n".join(head + lines))
            return a.headline, a.desk, a.published and a.published.datetime, len(a.body)
        want = fields(content)
        for _ in range(trials):
            cut = [c.rstrip().rstrip("।").rstrip() if c.rstrip().endswith("।") and rnd.random() < 0.3 else c
                   for c in content]
            n += 1
            same += fields(cut) == want
    print(f"paragraphs that lost their danda: {n} pages (3 in 10 cut, {trials} draws each)")
    print(f"  {'all four fields same':22s} {same:3d}/{n}  {100 * same / n:5.1f}%")


_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"]
_WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
_TICKER = "সড়ক দুর্ঘটনায় নিহত ২ ভারী বৃষ্টিতে জলাবদ্ধতা রাজধানীতে বাজারে সবজির দাম চড়া সরকারের নতুন উদ্যোগ ঘোষণা"
_CLOCK = "ঢাকা ০৪:১৫ অপরাহ্ন, শনিবার, ২৮ নভেম্বর ২০২৬"
_SUMMARY = ["বিষয়টি নিয়ে সংশ্লিষ্ট মন্ত্রণালয়ের কর্মকর্তারা আজ দিনভর বৈঠক করেছেন বলে জানা গেছে",
            "চূড়ান্ত সিদ্ধান্ত আগামী সপ্তাহে আসতে পারে বলে জানিয়েছেন সংশ্লিষ্টরা"]


def _family_headers(t: str, a: str, d) -> dict:
    """Each family's header for title t, author a and datetime d:
    (lines, which date it prints: dt | date | updated | wb-updated)."""
    from bnnews.digits import to_bangla_digits as bn
    h = d.hour % 12 or 12
    DD, D, M, Y, W = bn(f"{d.day:02d}"), bn(str(d.day)), _MONTHS[d.month - 1], bn(str(d.year)), _WEEKDAYS[d.weekday()]
    HH, MM, hh, h1 = bn(f"{d.hour:02d}"), bn(f"{d.minute:02d}"), bn(f"{h:02d}"), bn(str(h))
    ap, pa = ("এএম", "পূর্বাহ্ণ") if d.hour < 12 else ("পিএম", "অপরাহ্ণ")
    part = "রাত" if d.hour >= 20 or d.hour < 4 else ("সকাল" if d.hour < 12 else "বিকাল")
    bare = a.rstrip(":ঃ ")
    return {
        "family A (শিরোনাম, হালনাগাদ)": (["Logo", "আজঃ শনিবার ২৮ নভেম্বর ২০২৬", "শিরোনাম", _TICKER, t,
                                        f"প্রকাশিত:{W} {DD} {M} {Y} | হালনাগাদ:{W} {DD} {M} {Y} | অনলাইন সংস্করণ", a,
                                        "Image"], "date"),
        "family A, ticker left out": (["Logo", "শিরোনাম", t, f"প্রকাশিত:{W} {DD} {M} {Y} | হালনাগাদ:{W} {DD} {M} {Y} | "
                                       "১২৫জন দেখেছেন", a], "date"),
        "family B (site clock)": ([_CLOCK, t, a, f"প্রকাশিত: {hh}:{MM} {pa}, {W}, {DD} {M} {Y}"], "dt"),
        "family C (weekday inside)": ([t, a, f"প্রকাশ: {hh}:{MM} {ap}, {DD} {M}, {W},{Y} | আপডেট: {hh}:{MM} {ap}, "
                                           f"{D} {M},{W},{Y}"], "dt"),
        "family D (desk doubled)": ([t, a + a, f"প্রকাশিত: {h1}:{MM} {pa}, {M} {D}, {Y}"], "dt"),
        "family E (triple calendar)": (["আজ শনিবার | ১৪ই অগ্রহায়ণ, ১৪৩৩ বঙ্গাব্দ | ২৮শে নভেম্বর, ২০২৬ খ্রিস্টাব্দ |"
                                        "৭ই জমাদিউস সানি, ১৪৪৮ হিজরি | বিকাল ৪:১৫", t, a,
                                        f"প্রকাশিত: {DD} {M} {Y}, {hh}:{MM} {ap}"], "dt"),
        "jagonews24": (["date 2026-11-28", "2. জাতীয়", t, a, f"প্রকাশিত: {hh}:{MM} {ap}, {DD} {M} {Y}"], "dt"),
        "bd-pratidin": (["শিরোনাম", f"প্রকাশ: {HH}:{MM}, {W}, {DD} {M}, {Y} আপডেট:", t, a, "প্রিন্ট ভার্সন", t], "dt"),
        "ajkerpatrika": (["Ajker Patrika", t, a, f"আপডেট : {DD} {M} {Y}, {HH}: {MM}"], "updated"),
        "banglatribune": (["X", "সেকশনস", "শনিবার, ২৮ নভেম্বর ২০২৬", "১৪ অগ্রহায়ণ ১৪৩৩", t, a,
                           f"{DD} {M} {Y}, {HH}:{MM}আপডেট : {DD} {M} {Y}, {HH}:{MM}"], "dt"),
        "dhakatimes24": ([t, a, f"| আপডেট : {DD} {M} {Y}, {HH}:{MM} | প্রকাশিত : {DD} {M} {Y}, {HH}:{MM}"], "dt"),
        "khaborerkagoj": (["ঢাকা ১৪ অগ্রহায়ণ ১৪৩৩, শনিবার, ২৮ নভেম্বর ২০২৬", "English", t,
                           f"প্রকাশ: {DD} {M} {Y}, {hh}:{MM} {ap}", a], "dt"),
        "ekushey-tv": (["ঢাকা, শনিবার   ২৮ নভেম্বর ২০২৬", t, a, f"প্রকাশিত : {HH}:{MM}, {DD} {M} {Y}"], "dt"),
        "amadershomoy": (["শিরোনাম", "◈ সড়ক দুর্ঘটনায় নিহত ২ ◈ বাজারে সবজির দাম চড়া ◈ নতুন উদ্যোগ", t, a,
                          f"প্রকাশিত : {DD} {M}, {Y}, {hh}:{MM} {part}"], "dt"),
        "anandabazar": (["Kolkata News", t, "শহরে নতুন পরিকল্পনা নিয়ে আলোচনা শুরু হয়েছে প্রশাসনের অন্দরে",
                         "আনন্দবাজার অনলাইন সংবাদদাতা", f"শেষ আপডেট: {DD} {M} {Y} {HH}:{MM}", "Advertisement"],
                        "wb-updated"),
        "janakantha": (["ঢাকা, বাংলাদেশ   শনিবার ২৮ নভেম্বর ২০২৬, ১৪ অগ্রহায়ণ ১৪৩৩", a,
                        f"প্রকাশিত: {HH}:{MM}, {D} {M} {Y}", t], "dt"),
        "news24bd": (["news24bd", "news24bd", "জাতীয়", t, a, f"আপডেট: {W}, {DD} {M}, {Y}, {HH}:{MM}"], "updated"),
        "inqilab (new)": ([t, f"{DD} {M} {Y}, {hh}:{MM} {ap} | আপডেট: {DD} {M} {Y}, {hh}:{MM} {ap}", a], "dt"),
        "inqilab (new), pull quote": ([t, f"{DD} {M} {Y}, {hh}:{MM} {ap} | আপডেট: {DD} {M} {Y}, {hh}:{MM} {ap}", a,
                                       "দেশের স্বার্থে সবাইকে এক হতে হবে : মির্জা ফখরুল"], "dt"),
        "ajkerpatrika, summary bullets": (["Ajker Patrika", t, f"  • {_SUMMARY[0]}", f"  • {_SUMMARY[1]}", a,
                                           f"প্রকাশ : {DD} {M} {Y}, {HH}: {MM}"], "dt"),
        "inqilab (old)": (["Inqilab Logo", "শনিবার, ২৮ নভেম্বর ২০২৬, ১৪ অগ্রহায়ণ ১৪৩৩, ০৭ জমাদিউস সানি ১৪৪৮ হিজরী", t,
                           f"{bare} | প্রকাশের সময় : {DD} {M}, {Y}, {hh}:{MM} {ap}"], "dt"),
        "ekattorerdesh": ([_CLOCK, "শিরোনাম", _TICKER, t, a, f"প্রকাশিত: {DD} {M} {Y}, {hh}:{MM} {ap}", "Image"], "dt"),
        "banglanews24": ([f"ঢাকা, {W}, ১৪ অগ্রহায়ণ ১৪৩৩, {DD} {M} {Y}", "জাতীয়", t,
                          f"{bare} | বাংলানিউজটোয়েন্টিফোর.কম", f"আপডেট: {HH}{MM} ঘণ্টা, {M} {DD}, {Y}"], "updated"),
        "jugantor (print)": ([t, f"  {bare}    {DD} {M} {Y}, {HH}:{MM} | প্রিন্ট সংস্করণ"], "dt"),
        "kalerkantho (print), date glued": (["kalerkantho", t, a, f"{D} {M}, {Y} {HH}:{MM}"], "glued"),
        "enews71": ([t, a, f"প্রকাশ: {DD} {M} {Y}, {HH}:{MM}"], "dt"),
        "rupalibangladesh": ([t, a, f"{M} {DD}, {Y}, {hh}:{MM} {ap}"], "dt"),
    }


def _dated_rows(rows: list[dict]):
    """(row, its content lines, the record of its plain page, the published
    datetime) for rows with a title, a date and an author whose page reads a
    published date with a time."""
    import datetime as dt
    for r in rows:
        if r["title"] == "Unknown" or r["date"] == "Unknown" or not r["author"].strip():
            continue
        content = r["content"].split("\n")
        base = parse("\n".join([r["title"], r["author"], r["date"]] + content))
        if base.published is None or base.published.datetime is None:
            continue
        yield r, content, base, dt.datetime.fromisoformat(base.published.datetime)


def site_families(rows: list[dict]) -> None:
    """Each row in every family's header; the fields of its plain reading must hold."""
    import collections
    n: collections.Counter = collections.Counter()
    same: collections.Counter = collections.Counter()
    for r, content, base, d in _dated_rows(rows):
        if base.desk is None:
            continue
        for fam, (head, prints) in _family_headers(r["title"], r["author"].strip(), d).items():
            lines = head + content
            if prints == "glued":
                # the date glued to the first line under it, a paragraph or a photo's credit
                lines, prints = head[:-1] + [head[-1] + content[0]] + content[1:], "dt"
            a = parse("\n".join(lines))
            stamp = a.updated if prints in ("updated", "wb-updated") else a.published
            got = stamp and (stamp.date if prints == "date" else stamp.datetime)
            want = base.published.date if prints == "date" else base.published.datetime
            desk = base.desk
            if prints == "wb-updated":
                want, desk = want[:-6] + "+05:30", "আনন্দবাজার অনলাইন সংবাদদাতা"
            elif fam == "inqilab (old)":
                desk = clean_line(r["author"].strip().rstrip(":ঃ "))
            n[fam] += 1
            same[fam] += (a.headline, a.desk, got, a.body[:1]) == (base.headline, desk, want, base.body[:1])
    total = sum(n.values())
    print(f"site families of formats.md §1: {total} pages ({len(n)} families)")
    for fam in n:
        print(f"  {fam:28s} {same[fam]:3d}/{n[fam]}")
    print(f"  {'all four fields same':28s} {sum(same.values()):4d}/{total}  {100 * sum(same.values()) / total:5.1f}%")


def line_breaks_lost(rows: list[dict]) -> None:
    """The page with its line breaks lost (title, author, `প্রকাশ: DATE` and the
    first paragraphs joined by spaces): headline, desk and published must be
    those of the page with its lines."""
    n = same = bare_n = bare = after_n = after = 0
    for r in rows:
        if r["title"] == "Unknown" or r["date"] == "Unknown":
            continue
        content = r["content"].split("\n")
        t, a, d = r["title"], r["author"].strip(), r["date"]
        want = parse("\n".join([t, a, d] + content))
        want = (want.headline, want.desk, want.published and want.published.datetime)
        got = parse(" ".join([t, a, "প্রকাশ: " + d] + content[:3]))
        n += 1
        same += (got.headline, got.desk, got.published and got.published.datetime) == want
        if a:  # without the label, a desk must close the words before the date
            got = parse(" ".join([t, a, d] + content[:3]))
            bare_n += 1
            bare += (got.headline, got.desk, got.published and got.published.datetime) == want
            # the byline under the date: TITLE প্রকাশ: DATE AUTHOR BODY
            got = parse(" ".join([t, "প্রকাশ: " + d, a] + content[:3]))
            after_n += 1
            after += (got.headline, got.desk, got.published and got.published.datetime) == want
    print(f"line breaks lost: {n} pages (header and first paragraphs on one line)")
    print(f"  {'all three fields same':22s} {same:3d}/{n}  {100 * same / n:5.1f}%")
    print(f"  {'... with no date label':22s} {bare:3d}/{bare_n}  {100 * bare / bare_n:5.1f}%")
    print(f"  {'... byline after date':22s} {after:3d}/{after_n}  {100 * after / after_n:5.1f}%")


def header_orders(rows: list[dict]) -> None:
    n = same = 0
    for r in rows:
        if r["title"] == "Unknown" or r["date"] == "Unknown":
            continue
        content = r["content"].split("\n")
        t, a, d = r["title"], r["author"], r["date"]

        def fields(lines: list[str]) -> tuple:
            p = parse("\n".join(lines + content))
            return p.headline, p.desk, p.published and (p.published.datetime or p.published.date), p.body[:1]
        want = fields([t, a, d])
        for order in ([d, t, a], [t, "", a, "", d, ""], [t, a, "প্রকাশ: " + d], ["প্রকাশ: " + d, t, a], [t, d, a]):
            n += 1
            same += fields(order) == want
    print(f"header lines in other orders: {n} pages (5 orders)")
    print(f"  {'all four fields same':22s} {same:3d}/{n}  {100 * same / n:5.1f}%")


def desk_and_date_on_one_line(rows: list[dict]) -> None:
    """`DESK | DATE`, `DESK, DATE`, `DESK DATE` …: the same fields as on two lines."""
    n = same = 0
    for r in rows:
        if r["title"] == "Unknown" or r["date"] == "Unknown" or not r["author"].strip():
            continue
        content = r["content"].split("\n")

        def fields(text: str) -> tuple:
            a = parse(text)
            return a.headline, a.desk, a.published and (a.published.datetime or a.published.date)
        want = fields("\n".join([r["title"], r["author"], r["date"]] + content))
        for sep in (" | ", "  ", " ", ", ", " - ", " || "):
            n += 1
            same += fields("\n".join([r["title"], r["author"].strip() + sep + r["date"]] + content)) == want
    print(f"desk and date on one line: {n} pages (6 separators)")
    print(f"  {'all three fields same':22s} {same:3d}/{n}  {100 * same / n:5.1f}%")


# Boilerplate seen in dumps (formats.md §4): before the headline, beside the
# date, and after the article.
TOP = ["Logo", "Skip to main content", "X", "সেকশনস", "Advertisement", "বাংলা বাংলা English English",
       "You have reached your daily news limit", "প্রথম পাতা » প্রধান সংবাদ", "শিরোনাম", "সর্বশেষ সংবাদ",
       "Header Ad", "Image", "| |", "  • জাতীয়", "  • রাজনীতি", "অ ফ A", "2. আন্তর্জাতিক", "Connect with us",
       "আজঃ শনিবার ২৮ নভেম্বর ২০২৬"]
MID = ["শেয়ার করুন:", "Facebook Twitter WhatsApp", "৮৬জন দেখেছেন", "Advertisement", "Google News Icon",
       "0Shares", "Link Copied!", "Sharing is caring!", "সংবাদটি 0 View", "361",
       "Your browser doesn’t support HTML5"]
END = ["এ বিভাগের আরও খবর", "স্বত্ব © ২০২৪ বাংলাদেশ প্রতিদিন", "Leave A Reply",
       "Your email address will not be published.", "COMMENTS", "মোবাইল অ্যাপস ডাউনলোড করুন", "-----",
       "ফেইসবুকে আমরা", "What's Your Reaction?", "like dislike love funny angry sad wow", "error: দুঃখিত!"]


def boilerplate_injected(pages: list[str], variants: int = 5) -> None:
    import random
    rnd = random.Random(5)

    def fields(text: str) -> tuple:
        a = parse(text)
        return (a.headline, a.desk, a.published and (a.published.datetime or a.published.date), a.body)
    n = same = 0
    for page in pages:
        want = fields(page)
        lines = page.split("\n")
        for _ in range(variants):
            new = (rnd.sample(TOP, rnd.randint(1, 4)) + lines[:3] + rnd.sample(MID, rnd.randint(1, 2))
                   + lines[3:] + rnd.sample(END, rnd.randint(1, 4)))
            n += 1
            same += fields("\n".join(new)) == want
    print(f"boilerplate injected: {n} pages ({variants} variants of each above)")
    print(f"  {'all four fields same':22s} {same:3d}/{n}  {100 * same / n:5.1f}%")


def english_desks(path: Path, show_misses: bool) -> None:
    """English outlets' rows whose `author` is a byline: the desk must be it."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    n = hits = 0
    for r in rows:
        head, body, author = r.get("headline"), r.get("article"), r.get("author")
        if not head or head == "None" or not body or body == "None" or any("\u0980" <= c <= "\u09ff" for c in head):
            continue
        if not author or author == "None" or "." in author or len(author.split()) > 5:
            continue  # no byline, a domain, or a headline in the author field (scraper noise)
        parts = [head, author] + [r[k] for k in ("publication_date",) if r.get(k) and r[k] != "None"] + [body]
        got = parse("\n".join(parts), url=r.get("url")).desk
        n += 1
        hits += got == clean_line(author)
        if show_misses and got != clean_line(author):
            print(f"  miss desk ({r.get('paper_name')}): got {got!r} want {author!r}")
    print(f"bdnewspaperscraper: {n} English-language pages with a byline")
    print(f"  {'desk':22s} {hits:3d}/{n}  {100 * hits / n:5.1f}%")


def body_only_pages(path: Path, show_misses: bool) -> None:
    """bdnewspaperscraper's Bangla `article` fields alone, as pages stored
    body-only (formats.md §0): no headline may be invented from a paragraph,
    and no paragraph lost."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    n = no_head = kept = 0
    for r in rows:
        body = r.get("article")
        if not body or body == "None" or not any("\u0980" <= c <= "\u09ff" for c in body[:200]):
            continue
        a = parse(body)
        n += 1
        no_head += a.headline is None
        kept += len(a.body) >= len([p for p in body.split("\n") if p.strip()])
        if show_misses and a.headline is not None:
            print(f"  invented headline ({r.get('paper_name')}): {a.headline[:80]!r}")
    print(f"bdnewspaperscraper: {n} Bangla pages stored body-only")
    print(f"  {'no headline invented':22s} {no_head:3d}/{n}  {100 * no_head / n:5.1f}%")
    print(f"  {'every paragraph kept':22s} {kept:3d}/{n}  {100 * kept / n:5.1f}%")


def scraper_headlines(path: Path, show_misses: bool) -> None:
    """bdnewspaperscraper rows with a Bangla headline: headline / author /
    date / article joined into a page; the headline must come out as the
    row's headline (the rows hold no other answers)."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    n = hits = 0
    for r in rows:
        head, body = r.get("headline"), r.get("article")
        if not head or head == "None" or not body or body == "None":
            continue
        if not any("\u0980" <= c <= "\u09ff" for c in head):
            continue
        parts = [head] + [r[k] for k in ("author", "publication_date")
                          if r.get(k) and r[k] != "None"] + [body]
        got = parse("\n".join(parts), url=r.get("url")).headline
        n += 1
        ok = got == clean_line(head)
        hits += ok
        if show_misses and not ok:
            print(f"  miss headline ({r.get('paper_name')}): got {got!r} want {head!r}")
    print(f"bdnewspaperscraper: {n} pages with a Bangla headline")
    print(f"  {'headline':22s} {hits:3d}/{n}  {100 * hits / n:5.1f}%  "
          "(Naya Diganta rows hold the section in `headline`: known noise)")


if __name__ == "__main__":
    sys.exit(main())
