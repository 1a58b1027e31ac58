"""`bnnews convert`: a generated corpus with bad documents mixed in, every
input and output format, parallel = serial, interruption and resume."""
from __future__ import annotations

import bz2
import csv
import gzip
import json
import lzma
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from bnnews.batch import ConvertOptions, iter_records
from bnnews.cli import app
from conftest import SAMPLES

SEED = SAMPLES / "seed_north_korea_defence_pact.txt"


@pytest.fixture
def corpus(tmp_path):
    """Pages (plain and compressed) with bad files mixed in, and JSONL/JSON inputs."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    pages = sorted(SAMPLES.glob("*.txt"))
    for p in pages[:10]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "sub" / "a.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (d / "sub" / "b.txt.bz2").write_bytes(bz2.compress((SAMPLES / "inline_desk_sports.txt").read_bytes()))
    (d / "sub" / "c.txt.xz").write_bytes(lzma.compress((SAMPLES / "time_first_date_line.txt").read_bytes()))
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "latin1.txt").write_bytes("খবর\n".encode() + "café\n".encode("latin-1"))
    (d / "empty.txt").write_bytes(b"  \n\n")
    (d / "truncated.txt.gz").write_bytes(gzip.compress(SEED.read_bytes())[:300])
    rows = [{"id": 1, "url": "https://x.com/2024/04/27/1", "text": SEED.read_text(encoding="utf-8")},
            {"id": 2, "title": "no text field"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, '{"id": 3, "text": "broken')
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    scraped = [{"title": "তাপপ্রবাহে ফাঁকা সড়ক", "author": "নাটোর প্রতিনিধি",
                "date": "২৭ এপ্রিল, ২০২৪ ২২:৫৬", "content": "দুপুরে সড়ক প্রায় ফাঁকা হয়ে যাচ্ছে।\nবিডি প্রতিদিন/হিমেল",
                "url": "https://www.bd-pratidin.com/country/2024/04/27/987634"}] * 3
    (tmp_path / "scraped.json").write_text(json.dumps(scraped, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    return CliRunner().invoke(app, ["convert", *map(str, args)], input=input)


def read_jsonl(path):
    return [json.loads(x) for x in open(path, encoding="utf-8")]


def test_folder_with_bad_files(corpus):
    out = corpus / "out.jsonl"
    r = run(corpus / "in", "-o", out, "--jobs", "1", "-q")
    assert r.exit_code == 1  # some documents failed
    recs = read_jsonl(out)
    by_source = {os.path.basename(x["source"]): x for x in recs}
    assert len(recs) == 17
    assert "binary file" in by_source["binary.txt"]["error"]
    assert "not UTF-8" in by_source["latin1.txt"]["error"]
    assert by_source["empty.txt"]["error"].endswith("empty page")
    assert "truncated.txt.gz" in by_source and "error" in by_source["truncated.txt.gz"]
    assert by_source["a.txt.gz"]["desk"] == "আন্তর্জাতিক ডেস্ক"
    assert by_source["b.txt.bz2"]["desk"] == "স্পোর্টস ডেস্ক"
    assert by_source["c.txt.xz"]["published"]["datetime"] == "2020-11-23T11:33+06:00"
    for name in ("binary.txt", "latin1.txt", "empty.txt", "truncated.txt.gz"):
        assert name in r.stderr
    assert not list(corpus.glob("out.jsonl.tmp-*"))


def test_skip_and_fail(corpus):
    out = corpus / "skip.jsonl"
    r = run(corpus / "in", "-o", out, "--jobs", "1", "-q", "--on-error", "skip")
    assert r.exit_code == 1
    assert all("error" not in x for x in read_jsonl(out))
    out = corpus / "fail.jsonl"
    r = run(corpus / "in", "-o", out, "--jobs", "1", "-q", "--on-error", "fail")
    assert r.exit_code == 1
    assert not out.exists() and not list(corpus.glob("fail.jsonl*"))


@pytest.mark.parametrize("ext", ["jsonl", "json", "csv", "txt"])
def test_jobs_1_and_2_give_the_same_bytes(corpus, ext):
    a, b = corpus / f"a.{ext}", corpus / f"b.{ext}"
    run(corpus / "in", corpus / "records.jsonl", "-o", a, "--jobs", "1", "-q")
    run(corpus / "in", corpus / "records.jsonl", "-o", b, "--jobs", "2", "-q")
    assert a.read_bytes() == b.read_bytes()
    # Workers spool their chunks beside the output; nothing of that is left.
    assert sorted(p.name for p in corpus.iterdir() if p.name.startswith(".")) == []


def test_jsonl_input_sources_and_errors(corpus):
    out = corpus / "r.jsonl"
    r = run(corpus / "records.jsonl", "-o", out, "--keep-fields", "id", "-q")
    assert r.exit_code == 1
    recs = read_jsonl(out)
    path = str(corpus / "records.jsonl")
    assert [x["source"] for x in recs] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert recs[0]["meta"] == {"id": 1}
    assert recs[1]["error"].startswith("not JSON")
    assert recs[2]["error"] == "no field 'text'"
    # Each failed document is named on stderr with its line.
    assert f"{path}:2: not JSON" in r.stderr and f"{path}:3: no field 'text'" in r.stderr


def test_text_fields_that_are_lists_nested_or_not_text(tmp_path):
    page = SEED.read_text(encoding="utf-8").split("\n")
    rows = [{"text": page}, {"data": {"text": "\n".join(page)}}, {"text": 12}, {"text": None}]
    src = tmp_path / "odd.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    r = run(src, "-o", out, "-q")
    recs = read_jsonl(out)
    assert recs[0]["desk"] == "আন্তর্জাতিক ডেস্ক"  # a list of paragraphs is read line by line
    assert recs[1]["error"] == "no field 'text'"
    assert recs[2]["error"] == "field 'text' is a number, not text"
    assert recs[3]["error"] == "field 'text' is null"
    assert r.exit_code == 1
    r = run(src, "-o", out, "-q", "--text-field", "data.text")
    assert read_jsonl(out)[1]["desk"] == "আন্তর্জাতিক ডেস্ক"  # a field of a nested object


def test_json_array_with_joined_fields(corpus):
    out = corpus / "s.jsonl"
    r = run(corpus / "scraped.json", "-o", out, "--join-fields", "title,author,date,content",
            "--keep-fields", "url", "-q")
    assert r.exit_code == 0, r.stderr
    recs = read_jsonl(out)
    assert len(recs) == 3
    assert recs[0]["headline"] == "তাপপ্রবাহে ফাঁকা সড়ক"
    assert recs[0]["desk"] == "নাটোর প্রতিনিধি"
    assert recs[0]["published"]["datetime"] == "2024-04-27T22:56+06:00"
    assert recs[0]["meta"]["url"].endswith("987634")
    assert recs[0]["source"].endswith("scraped.json:1")


def test_wordpress_posts_as_json_lines_records(tmp_path):
    # A `/wp/v2/posts` crawl stores each post object as the record itself.
    post = json.loads((SAMPLES / "wordpress_rest_json_pretty.txt").read_text(encoding="utf-8"))
    src = tmp_path / "posts.jsonl"
    src.write_text("".join(json.dumps({**post, "id": i}, ensure_ascii=False) + "\n" for i in range(2)),
                   encoding="utf-8")
    out = tmp_path / "posts.out.jsonl"
    r = run(src, "-o", out, "-q")
    assert r.exit_code == 0, r.stderr
    recs = read_jsonl(out)
    assert len(recs) == 2 and all("error" not in x for x in recs)
    assert recs[0]["headline"].startswith("সুনামগঞ্জে বন্যা")
    assert recs[0]["published"]["datetime"] == "2024-08-15T21:05:44+06:00"


def test_csv_round_trips(corpus):
    out = corpus / "out.csv"
    run(corpus / "in", "-o", out, "-q")
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 17
    seed = next(r for r in rows if r["source"].endswith("a.txt.gz"))
    assert len(seed["links"].split("\n")) == 53
    assert len(seed["body"].split("\n\n")) == 9
    bad = next(r for r in rows if r["source"].endswith("binary.txt"))
    assert "binary file" in bad["error"] and bad["headline"] == ""


def test_json_txt_fields_digits_and_stdout(corpus):
    out = corpus / "out.json"
    run(corpus / "in", "-o", out, "-q", "--fields", "headline,published", "--digits", "ascii")
    recs = json.loads(out.read_text(encoding="utf-8"))
    ok = [x for x in recs if "error" not in x]
    assert set(ok[0]) <= {"source", "headline", "published"}
    assert all(not any(c in json.dumps(x, ensure_ascii=False) for c in "০১২৩৪৫৬৭৮৯") for x in ok)
    out = corpus / "out.txt"
    run(SEED, "-o", out, "-q")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("উ. কোরিয়ার সাথে") and text.endswith("নিশ্চিত করেনি।\n\n")
    r = run(SEED, "-o", "-", "-q")
    assert json.loads(r.stdout)["source"] == str(SEED)


def test_usage_errors_write_nothing(corpus):
    r = run(corpus / "missing", "-o", corpus / "x.jsonl")
    assert r.exit_code == 2 and "missing: no such file" in r.stderr
    assert not (corpus / "x.jsonl").exists()
    r = run(SEED, "-o", corpus / "no" / "such" / "dir" / "x.jsonl")
    assert r.exit_code == 2 and "cannot write" in r.stderr
    r = run(SEED, "-o", corpus)
    assert r.exit_code == 2


def test_python_iterator():
    recs = list(iter_records([str(SEED)], opts=ConvertOptions(fields=("headline",))))
    assert recs == [{"source": str(SEED), "headline": "উ. কোরিয়ার সাথে প্রতিরক্ষা চুক্তিতে স্বাক্ষর পুতিনের, আইনে পরিণত"}]


def test_stats_command(corpus):
    out = corpus / "out.jsonl"
    run(corpus / "in", "-o", out, "-q")
    r = CliRunner().invoke(app, ["stats", str(out)])
    assert r.exit_code == 0
    assert "17 read" in r.stdout and "published per month" in r.stdout


def test_stats_of_a_csv_or_json_output_match_the_jsonl_ones(corpus):
    outs = {}
    for ext in ("jsonl", "csv", "json"):
        out = corpus / f"out.{ext}"
        run(corpus / "in", "-o", out, "-q")
        r = CliRunner().invoke(app, ["stats", str(out)])
        assert r.exit_code == 0, r.stderr
        outs[ext] = r.stdout
    assert outs["csv"] == outs["jsonl"] == outs["json"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupt_keeps_a_partial_and_resume_completes_it(tmp_path, jobs):
    src = tmp_path / "many"
    src.mkdir()
    pages = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    # Enough pages that the interrupt lands mid-run on a fast machine too.
    for i in range(5000):
        (src / f"{i:05d}.txt").write_text(pages[i % len(pages)] + f"\nঅনুচ্ছেদ {i}।\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "bnnews", "convert", str(src), "--jobs", str(jobs), "-q"]
    full = tmp_path / "full.jsonl"
    subprocess.run(cmd + ["-o", str(full)], check=False)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(cmd + ["-o", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        tmps = list(tmp_path.glob("out.jsonl.tmp-*"))
        if tmps and tmps[0].stat().st_size > 50_000:
            break
        time.sleep(0.01)
    p.send_signal(signal.SIGINT)
    try:
        _, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()  # (a hung run must not outlive the test)
        raise
    assert p.returncode == 130, err
    assert not out.exists()
    assert not list(tmp_path.glob(".out.jsonl.spool-*"))
    partial = tmp_path / "out.jsonl.partial"
    assert partial.exists() and "--resume" in err
    kept = read_jsonl(partial)  # every line is a whole record
    assert 0 < len(kept) < 5000
    r = subprocess.run(cmd + ["-o", str(out), "--resume"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == full.read_bytes()
    assert not partial.exists()


@pytest.mark.parametrize("ext", ["json", "csv"])
def test_jobs_2_joins_many_chunks_like_jobs_1(tmp_path, ext, monkeypatch):
    """Several chunks per worker: the separators between spooled chunks (a
    JSON array's commas, one CSV header) come out as with one job."""
    import bnnews.batch
    monkeypatch.setattr(bnnews.batch, "CHUNK", 64)
    src = tmp_path / "many"
    src.mkdir()
    pages = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(400):
        (src / f"{i:05d}.txt").write_text(pages[i % len(pages)], encoding="utf-8")
    a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
    run(src, "-o", a, "--jobs", "1", "-q")
    run(src, "-o", b, "--jobs", "2", "-q")
    assert a.read_bytes() == b.read_bytes()
    if ext == "json":
        assert len(json.loads(b.read_text(encoding="utf-8"))) == 400


def test_chunks_close_at_a_byte_bound():
    """Big records make smaller chunks: what is held in memory stays bounded
    whatever the size of the records."""
    from bnnews.batch import _chunks
    from bnnews.sources import Doc
    docs = [Doc(f"r{i}", raw=b"x" * 1000) for i in range(50)]
    sizes = [len(c) for c in _chunks(iter(docs), 512, max_bytes=10_000)]
    assert sizes == [10] * 5
    assert [len(c) for c in _chunks(iter(docs), 16)] == [16, 16, 16, 2]


def test_last_chunks_shrink_when_the_total_is_known():
    """With 2 jobs the last chunks get smaller, so neither worker is left
    alone with a big last chunk; every document is still sent once, in order."""
    from bnnews.batch import _chunks
    from bnnews.sources import Doc
    docs = [Doc(str(i)) for i in range(5000)]
    chunks = list(_chunks(iter(docs), 512, total=5000, jobs=2))
    sizes = [len(c) for c in chunks]
    assert [d.source for c in chunks for d in c] == [str(i) for i in range(5000)]
    assert sizes[0] == 512 and max(sizes[-4:]) <= 64
    assert all(a >= b for a, b in zip(sizes, sizes[1:]))  # they only ever shrink


def test_extract_dates_and_numbers(tmp_path):
    out = tmp_path / "out.jsonl"
    r = run(SAMPLES / "seed_north_korea_defence_pact.txt", "-o", out, "--extract", "dates", "--extract", "numbers",
            "--jobs", "1", "-q")
    assert r.exit_code == 0, r.output
    rec = read_jsonl(out)[0]
    assert {d["text"]: d["value"] for d in rec["dates"]}["গত বৃহস্পতিবার"] == "2024-11-07"
    assert any(n["text"] == "১১ হাজার" and n["value"] == 11000 for n in rec["numbers"])


def test_csv_has_a_column_for_each_extract(tmp_path):
    out = tmp_path / "out.csv"
    r = run(SAMPLES / "seed_north_korea_defence_pact.txt", "-o", out, "--extract", "dates", "--extract", "numbers",
            "--jobs", "1", "-q")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(open(out, encoding="utf-8", newline="")))
    assert list(rows[0])[-2:] == ["dates", "numbers"]
    dates = json.loads(rows[0]["dates"])
    assert {d["text"]: d["value"] for d in dates}["গত বৃহস্পতিবার"] == "2024-11-07"
    assert any(n["value"] == 11000 for n in json.loads(rows[0]["numbers"]))


def _warc_record(headers: dict, body) -> bytes:
    b = body.encode("utf-8") if isinstance(body, str) else body
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + f"Content-Length: {len(b)}\r\n\r\n"
    return head.encode() + b + b"\r\n\r\n"


def _wet(tmp_path):
    """A Common Crawl WET file: a warcinfo record, extracted pages, an HTML
    response, an image response and a record that is not UTF-8."""
    page = ("বন্যায় পানিবন্দি লাখো মানুষ\nসিলেট প্রতিনিধি\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n"
            "টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ।\n")
    undated = "চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\nঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n"
    html = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><h1>শিরোনাম এখানে</h1>"
            "<p>নিজস্ব প্রতিবেদক</p><p>প্রথম অনুচ্ছেদটি এখানে শেষ হলো বলে জানা গেছে।</p></body></html>")
    data = b"".join([
        _warc_record({"WARC-Type": "warcinfo"}, "software: test\r\n"),
        _warc_record({"WARC-Type": "conversion", "WARC-Target-URI": "https://example.com/a",
                      "WARC-Date": "2025-11-29T01:02:03Z", "WARC-Identified-Content-Language": "ben"}, page),
        _warc_record({"WARC-Type": "conversion", "WARC-Target-URI": "https://example.com/2025/11/27/b"}, undated),
        _warc_record({"WARC-Type": "response", "WARC-Target-URI": "https://example.com/c"}, html),
        _warc_record({"WARC-Type": "response", "WARC-Target-URI": "https://example.com/d.jpg"},
                     b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0"),
        _warc_record({"WARC-Type": "conversion", "WARC-Target-URI": "https://example.com/e"}, b"\xe9t\xe9 bad"),
    ])
    path = tmp_path / "CC-MAIN-test.warc.wet.gz"
    path.write_bytes(gzip.compress(data))
    return path, data


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_common_crawl_wet_file_converts_one_record_a_page(tmp_path, jobs):
    path, _ = _wet(tmp_path)
    out = tmp_path / "out.jsonl"
    r = run(str(path), "-o", str(out), "--jobs", jobs, "--quiet",
            "--keep-fields", "WARC-Date,WARC-Identified-Content-Language")
    assert r.exit_code == 1  # one record failed
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"].rsplit(":", 1)[1] for x in recs] == ["2", "3", "4", "6"]  # warcinfo and the image passed over
    a, b, c, bad = recs
    assert (a["headline"], a["desk"], a["published"]["datetime"]) == (
        "বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি", "2025-11-28T11:40+06:00")
    assert a["meta"] == {"WARC-Date": "2025-11-29T01:02:03Z", "WARC-Identified-Content-Language": "ben"}
    assert b["published"]["date"] == "2025-11-27" and "date_from_url" in b["warnings"]  # the target URI's date
    assert (c["headline"], c["desk"]) == ("শিরোনাম এখানে", "নিজস্ব প্রতিবেদক") and "looks_like_html" in c["warnings"]
    assert bad["error"].startswith("not UTF-8: byte 0xe9 at offset 0 of the record")


def test_a_wet_file_cut_short_ends_in_an_error_record(tmp_path):
    _, data = _wet(tmp_path)
    cut = tmp_path / "cut.wet"
    cut.write_bytes(data[:data.index(b"WARC-Type: response") + 40])
    out = tmp_path / "out.jsonl"
    r = run(str(cut), "-o", str(out), "--quiet")
    assert r.exit_code == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x.get("error") for x in recs] == [None, None, "WARC record 4 is cut short"]


_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>প্রথম আলো</title>
<item>
<title>রাজধানীতে বাসে আগুন</title>
<link>https://www.prothomalo.com/bangladesh/abc123</link>
<guid>abc123</guid>
<pubDate>Mon, 24 Nov 2025 21:52:00 +0600</pubDate>
<dc:creator>নিজস্ব প্রতিবেদক</dc:creator>
<description><![CDATA[<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p>]]></description>
</item>
<item>
<title>সিলেটে বন্যা পরিস্থিতির অবনতি</title>
<link>https://www.prothomalo.com/bangladesh/2025/11/24/def456</link>
<description>টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে হাজারো মানুষ।</description>
</item>
</channel></rss>
"""
_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>বাংলা ট্রিবিউন</title>
<entry>
<title>রাজধানীতে বাসে আগুন</title>
<link rel="alternate" href="https://www.banglatribune.com/national/abc"/>
<published>2025-11-24T21:52:00+06:00</published>
<author><name>নিজস্ব প্রতিবেদক</name></author>
<content type="html">&lt;p&gt;রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে।&lt;/p&gt;&lt;p&gt;আগুনে কেউ হতাহত হননি।&lt;/p&gt;</content>
</entry>
</feed>
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_rss_or_atom_feed_converts_one_record_an_item(tmp_path, jobs):
    (tmp_path / "p.rss").write_text(_RSS, encoding="utf-8")
    (tmp_path / "b.atom").write_text(_ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://x.com/</loc></url></urlset>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run(tmp_path / "p.rss", tmp_path / "b.atom", tmp_path / "sitemap.xml", "-o", out, "--jobs", jobs,
            "--quiet", "--keep-fields", "guid")
    assert r.exit_code == 1  # the sitemap holds no items
    a, b, c, bad = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"].rsplit("/", 1)[1] for x in (a, b, c)] == ["p.rss:1", "p.rss:2", "b.atom:1"]
    assert (a["headline"], a["desk"], a["published"]["datetime"], a["meta"]) == (
        "রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52:00+06:00", {"guid": "abc123"})
    assert a["body"] == ["রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।"]
    assert b["headline"] == "সিলেটে বন্যা পরিস্থিতির অবনতি" and b["meta"] == {"guid": None}
    assert b["published"]["date"] == "2025-11-24" and "date_from_url" in b["warnings"]  # from its link
    assert (c["desk"], c["published"]["datetime"]) == ("নিজস্ব প্রতিবেদক", "2025-11-24T21:52:00+06:00")
    assert c["body"] == ["রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে।", "আগুনে কেউ হতাহত হননি।"]  # escaped HTML
    assert bad["error"].endswith("no feed items (<item> or <entry>) in it")


def test_parse_warns_that_a_feed_of_several_items_runs_them_together():
    from bnnews import parse
    assert "feed_items" in parse(_RSS).warnings and "feed_items" not in parse(_ATOM).warnings


def test_a_csv_or_tsv_dataset_converts_one_record_a_row(tmp_path):
    rows = [["title", "author", "date", "content", "url", "category"],
            ["রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক", "২৪ নভেম্বর ২০২৫, ২১:৫২",
             "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে।\nফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।",
             "https://example.com/a", "জাতীয়"],
            ["সিলেটে বন্যা", "সিলেট প্রতিনিধি", "", "টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে।",
             "https://example.com/2025/11/24/b", "সারাদেশ"],
            ["শিরোনাম", "", "", "", "", "", "an extra field"]]
    for ext, delim in (("csv", ","), ("tsv", "\t")):
        path = tmp_path / f"news.{ext}.gz"
        text = "".join(delim.join(f'"{c}"' if "\n" in c or delim in c else c for c in row) + "\n" for row in rows)
        path.write_bytes(gzip.compress(text.encode("utf-8")))
        out = tmp_path / f"out-{ext}.jsonl"
        r = run(path, "-o", out, "--quiet", "--join-fields", "title,author,date,content", "--keep-fields", "category")
        assert r.exit_code == 1  # the row with an extra field
        a, b, bad = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert [x["source"].rsplit(":", 1)[1] for x in (a, b, bad)] == ["1", "2", "3"]
        assert (a["headline"], a["desk"], a["published"]["datetime"], a["meta"]) == (
            "রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক", "2025-11-24T21:52+06:00", {"category": "জাতীয়"})
        assert a["body"] == ["রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে।", "ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।"]
        assert b["published"]["date"] == "2025-11-24" and "date_from_url" in b["warnings"]  # its url field
        assert bad["error"] == "row 3 has more fields than the header"


def test_a_csv_file_that_is_not_utf8_ends_in_an_error_record(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("text\nরাজধানীতে বাসে আগুন দেওয়া হয়েছে। আগুন নিয়ন্ত্রণে।\n".encode() + b"caf\xe9\n")
    out = tmp_path / "out.jsonl"
    r = run(path, "-o", out, "--quiet")
    assert r.exit_code == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert recs[0]["body"] and recs[-1] == {"source": f"{path}:2", "error": (
        "not UTF-8 at byte 3 of row 2's line; the rest of the file is not read")}


def test_glob_takes_several_patterns_separated_by_commas(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "sub" / "b.html").write_text(
        "<html><body><h1>রাজধানীতে বাসে আগুন</h1><p>নিজস্ব প্রতিবেদক</p>"
        "<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p></body></html>",
        encoding="utf-8")
    (tmp_path / "c.md").write_text("# শিরোনাম\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(tmp_path, "-o", out, "--quiet", "--glob", "*.txt, *.html").exit_code == 0
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in recs] == ["a.txt", "b.html"]
    assert recs[1]["headline"] == "রাজধানীতে বাসে আগুন"


_AGED = ("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২ ঘণ্টা আগে\n"
         "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট আগুন নিয়ন্ত্রণে আনে।\n")
_UNDATED = ("চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\n"
            "ঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_dated_by_its_age_is_dated_from_the_records_crawl_time(tmp_path, jobs):
    src = tmp_path / "crawl.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": _AGED, "scraped_at": "2025-11-24T04:30:00Z"},  # 08:30 in Dhaka, two hours before 10:30
        {"text": _AGED, "scraped_at": "24 Nov 2025"},  # not ISO: read without it, and said so
        {"text": _UNDATED, "scraped_at": "2025-11-24T04:30:00Z"},  # no date on the page: none is made up
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(src, "-o", out, "--crawled-field", "scraped_at", "--jobs", jobs, "-q").exit_code == 0
    a, b, c = read_jsonl(out)
    assert (a["published"]["datetime"], a["published"]["raw"], a["warnings"]) == (
        "2025-11-24T08:30+06:00", "২ ঘণ্টা আগে", ["date_from_crawl"])
    assert b["published"] is None and b["warnings"][-1] == "crawl_time_unreadable: 24 Nov 2025"
    assert c["published"] is None and "date_from_crawl" not in c["warnings"]
    # without the option the age stays unread, as ever
    assert run(src, "-o", out, "--jobs", jobs, "-q").exit_code == 0
    assert read_jsonl(out)[0]["published"] is None


def test_a_warc_records_date_is_its_crawl_time(tmp_path):
    data = b"".join([
        _warc_record({"WARC-Type": "conversion", "WARC-Target-URI": "https://example.com/a",
                      "WARC-Date": "2025-11-29T01:02:03Z"}, _AGED),
        _warc_record({"WARC-Type": "conversion", "WARC-Target-URI": "https://example.com/b"}, _AGED),
    ])
    path = tmp_path / "pages.warc"
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    assert run(path, "-o", out, "-q").exit_code == 0
    a, b = read_jsonl(out)
    assert a["published"]["datetime"] == "2025-11-29T05:02+06:00" and "date_from_crawl" in a["warnings"]
    assert b["published"] is None and "date_relative" in b["warnings"]  # no WARC-Date, no date
