"""The command line, as a user drives it: data on stdout, messages on stderr,
documented exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from bnnews import __version__
from bnnews.cli import app
from conftest import SAMPLES

SEED = str(SAMPLES / "seed_north_korea_defence_pact.txt")
CLOCK = str(SAMPLES / "site_clock_wordpress_theme.txt")


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_version(runner):
    r = run(runner, "--version")
    assert r.exit_code == 0
    assert r.stdout.strip() == f"bnnews {__version__}"


def test_one_file_gives_one_json_object(runner):
    r = run(runner, "parse", SEED)
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["source"] == SEED
    assert rec["desk"] == "আন্তর্জাতিক ডেস্ক"
    assert list(rec) == ["source", "headline", "kicker", "desk", "author", "place", "published",
                         "updated", "body", "links", "other", "warnings"]


def test_several_files_give_jsonl(runner):
    r = run(runner, "parse", SEED, CLOCK)
    assert r.exit_code == 0
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["source"] for x in recs] == [SEED, CLOCK]


def test_json_format_with_several_files_is_an_array(runner):
    r = run(runner, "parse", SEED, CLOCK, "--format", "json")
    assert [x["source"] for x in json.loads(r.stdout)] == [SEED, CLOCK]


def test_stdin(runner, tmp_path):
    text = open(SEED, encoding="utf-8").read()
    r = run(runner, "parse", "-", input=text)
    assert json.loads(r.stdout)["source"] == "-"
    r = run(runner, "parse", input=text)
    assert json.loads(r.stdout)["headline"].startswith("উ. কোরিয়ার")


def test_csv_round_trips(runner):
    r = run(runner, "parse", SEED, CLOCK, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["source"] for x in rows] == [SEED, CLOCK]
    assert rows[0]["published"] == "2024-11-10"
    assert rows[1]["published"] == "2025-11-22T10:30+06:00"
    assert len(rows[0]["links"].split("\n")) == 53
    assert len(rows[0]["body"].split("\n\n")) == 9


def test_blocks_unique_links_and_ascii_digits(runner):
    r = run(runner, "parse", SEED, "--blocks", "--unique-links", "--digits", "ascii")
    rec = json.loads(r.stdout)
    assert rec["blocks"][0] == {"kind": "headline", "lines": [1, 1]}
    assert len(rec["links"]) == len(set(rec["links"])) < 53
    assert rec["published"]["raw"] == "10 নভেম্বর 2024"
    assert "১" not in json.dumps(rec, ensure_ascii=False)


def test_tz_option(runner, tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("খবরের শিরোনাম এখানে লেখা\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
                 "এটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে।\n", encoding="utf-8")
    rec = json.loads(run(runner, "parse", str(p), "--tz", "Asia/Kolkata").stdout)
    assert rec["published"]["datetime"] == "2025-11-24T21:52+05:30"
    rec = json.loads(run(runner, "parse", str(p), "--tz", "+05:45").stdout)
    assert rec["published"]["tz"] == "+05:45"
    r = run(runner, "parse", str(p), "--tz", "Mars/Olympus")
    assert r.exit_code == 2
    assert "Mars/Olympus" in r.stderr and r.stdout == ""


def test_bad_inputs_are_reported_and_the_rest_is_parsed(runner, tmp_path):
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("শিরোনাম\n".encode() + b"caf\xe9\n")
    r = run(runner, "parse", str(tmp_path / "missing.txt"), str(tmp_path), str(binary),
            str(latin), SEED)
    assert r.exit_code == 1
    err = r.stderr.splitlines()
    assert len(err) == 4
    assert "missing.txt: no such file" in err[0]
    assert "is a directory" in err[1]
    assert "img.txt: binary file" in err[2]
    assert "latin.txt: not UTF-8" in err[3] and "offset 25 (line 2)" in err[3]
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["source"] for x in recs] == [SEED]


def test_utf16_with_a_bom_is_read_and_binary_behind_a_bom_is_not(runner, tmp_path):
    text = "খবরের শিরোনাম এখানে লেখা\nনিজস্ব প্রতিবেদক\n"
    (tmp_path / "win.txt").write_bytes(text.encode("utf-16"))  # a Windows export
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00\x00\x00\x01")
    r = run(runner, "parse", str(tmp_path / "win.txt"), str(tmp_path / "bin.txt"))
    assert r.exit_code == 1
    assert json.loads(r.stdout)["headline"] == "খবরের শিরোনাম এখানে লেখা"
    assert "bin.txt: binary file" in r.stderr


def test_encoding_errors_replace_reads_on(runner, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("খবরের শিরোনাম এখানে লেখা\n".encode() + b"caf\xe9\n")
    r = run(runner, "parse", str(latin), "--encoding-errors", "replace")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["headline"] == "খবরের শিরোনাম এখানে লেখা"


def test_unknown_format_is_a_usage_error(runner):
    r = run(runner, "parse", SEED, "--format", "xml")
    assert r.exit_code == 2


def test_schema_is_json_and_names_every_key(runner):
    r = run(runner, "schema")
    schema = json.loads(r.stdout)
    assert set(schema["required"]) <= set(schema["properties"])
    assert "clock" in schema["properties"]["other"]["items"]["properties"]["kind"]["enum"]


def test_pretty_output_renders_headline(runner):
    r = runner.invoke(app, ["parse", SEED, "--format", "pretty", "--show-other"],
                      env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert r.exit_code == 0
    assert "উ. কোরিয়ার" in r.stdout
    assert "Related (53)" in r.stdout
    assert "\x1b[" not in r.stdout


def test_python_dash_m_and_closed_pipe():
    # A real process: `python -m bnnews parse … | head -c 10` ends quietly.
    p = subprocess.run(
        f'"{sys.executable}" -m bnnews parse "{SEED}" "{SEED}" "{SEED}" --format jsonl | head -c 10',
        shell=True, capture_output=True, text=True)
    assert p.stdout == '{"source":'
    assert "Traceback" not in p.stderr and "Broken pipe" not in p.stderr


def test_normalize_command(runner):
    r = run(runner, "normalize", "\u09df\u00a0\u09f7")
    assert r.exit_code == 0
    assert r.stdout == "য\u09bc ।\n"
    r = run(runner, "normalize", input="\u09dc")
    assert r.stdout == "ড\u09bc\n"


def test_digits_command(runner, tmp_path):
    assert run(runner, "digits", "২০২৪-১১-১০").stdout == "2024-11-10\n"
    assert run(runner, "digits", "10:30", "--to", "bangla").stdout == "১০:৩০\n"
    p = tmp_path / "t.txt"
    p.write_text("১২৩", encoding="utf-8")
    assert run(runner, "digits", "-i", str(p)).stdout == "123\n"
    r = run(runner, "digits", "-i", str(tmp_path / "nope.txt"))
    assert r.exit_code == 1 and "nope.txt: no such file" in r.stderr


def test_numbers_command(runner):
    r = run(runner, "numbers", "২৪ ঘণ্টায় দুই কোটি ৫৭ লাখ টাকার টোল", "--format", "json")
    rows = json.loads(r.stdout)
    assert [(x["value"], x["kind"], x["unit"]) for x in rows] == [(24, "cardinal", None),
                                                                  (25700000, "money", "BDT")]
    r = run(runner, "numbers", "-", input="১০ শতাংশ\n")
    assert json.loads(r.stdout.splitlines()[0])["unit"] == "%"
    r = runner.invoke(app, ["numbers", "১০ শতাংশ", "--format", "table"], env={"NO_COLOR": "1"})
    assert "percent" in r.stdout and "1 numbers" in r.stdout
    r = run(runner, "numbers", "দাম ৫০০ টাকা", "--taka", "INR", "--format", "json")
    assert json.loads(r.stdout)[0]["unit"] == "INR"


def test_dates_command(runner):
    r = run(runner, "dates", "গত বৃহস্পতিবার বলেন", "--ref", "2024-11-10", "--format", "json")
    rows = json.loads(r.stdout)
    assert [(x["text"], x["value"]) for x in rows] == [("গত বৃহস্পতিবার", "2024-11-07")]
    r = run(runner, "dates", "গত বৃহস্পতিবার", "--format", "json")
    assert json.loads(r.stdout)[0]["value"] is None
    r = run(runner, "dates", "x", "--ref", "10/11/2024")
    assert r.exit_code == 2 and "--ref" in r.stderr
    # with its clock; and a year no news page has is refused before any work
    r = run(runner, "dates", "তিন ঘণ্টা আগে তিনি বলেন", "--ref", "2024-11-10T10:30", "--format", "json")
    assert [(x["kind"], x["value"]) for x in json.loads(r.stdout)] == [("datetime", "2024-11-10T07:30+06:00")]
    r = run(runner, "dates", "গত রোববার", "--ref", "0001-01-05")
    assert r.exit_code == 2 and "out of range" in r.stderr and r.stdout == ""


def test_calendar_command(runner):
    out = run(runner, "calendar", "2026-11-29").stdout
    assert "১৪ অগ্রহায়ণ ১৪৩৩" in out
    rec = json.loads(run(runner, "calendar", "১৪ অগ্রহায়ণ ১৪৩৩", "--format", "json").stdout)
    assert rec["gregorian"] == "2026-11-29"
    rec = json.loads(run(runner, "calendar", "১৪ অগ্রহায়ণ ১৪৩৩", "--bangla-rule", "1987",
                         "--format", "json").stdout)
    assert rec["gregorian"] == "2026-11-28"
    assert run(runner, "calendar", "someday").exit_code == 2


def test_parse_extract_dates(runner):
    rec = json.loads(run(runner, "parse", SEED, "--extract", "dates").stdout)
    got = {d["text"]: d["value"] for d in rec["dates"]}
    assert got["গত বৃহস্পতিবার"] == "2024-11-07"
    assert got["শনিবার"] == "2024-11-09"
    assert all(d["field"] in ("headline", "body") for d in rec["dates"])


def test_parse_extract_numbers(runner, tmp_path):
    rec = json.loads(run(runner, "parse", SEED, "--extract", "numbers").stdout)
    got = {n["text"]: (n["value"], n["kind"]) for n in rec["numbers"]}
    assert got["১১ হাজার"] == (11000, "cardinal")
    assert all(n["field"] in ("headline", "body") for n in rec["numbers"])
    # টাকা on a West Bengal page (read in India time) is the rupee (bangla.md §7.5).
    page = tmp_path / "wb.txt"
    page.write_text("কলকাতায় পেট্রলের দাম বাড়ল\nআনন্দবাজার অনলাইন সংবাদদাতা\n"
                    "শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ০৯:৫২\n"
                    "পেট্রলের দাম লিটারে ২ টাকা বেড়ে ১০৫ টাকা হয়েছে। নতুন দাম সোমবার থেকে কার্যকর।\n", encoding="utf-8")
    rec = json.loads(run(runner, "parse", str(page), "--extract", "numbers").stdout)
    assert [(n["value"], n["unit"]) for n in rec["numbers"]] == [(2, "INR"), (105, "INR")]
    page.write_text(page.read_text(encoding="utf-8").replace("শেষ আপডেট", "প্রকাশিত").replace(
        "আনন্দবাজার অনলাইন সংবাদদাতা", "নিজস্ব প্রতিবেদক"), encoding="utf-8")
    rec = json.loads(run(runner, "parse", str(page), "--extract", "numbers").stdout)
    assert [n["unit"] for n in rec["numbers"]] == ["BDT", "BDT"]


def test_parse_csv_with_extracts(runner):
    import csv as csv_
    import io
    r = run(runner, "parse", SEED, "--format", "csv", "--extract", "dates")
    rows = list(csv_.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0])[-1] == "dates" and json.loads(rows[0]["dates"])


def test_a_file_name_given_as_the_text_gets_a_note(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("দাম ৫০০ টাকা\n", encoding="utf-8")
    r = run(runner, "numbers", str(page), "--format", "json")
    assert r.exit_code == 0 and 500 not in [x["value"] for x in json.loads(r.stdout)]
    assert f"use --input {page}" in r.stderr
    r = run(runner, "numbers", "--input", str(page), "--format", "json")
    assert [x["value"] for x in json.loads(r.stdout)] == [500] and "note" not in r.stderr


def test_parse_crawled_dates_a_page_told_only_by_its_age(runner, tmp_path):
    page = tmp_path / "aged.txt"
    page.write_text("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২ ঘণ্টা আগে\n"
                    "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট আগুন নিয়ন্ত্রণে আনে।\n",
                    encoding="utf-8")
    r = run(runner, "parse", str(page), "--crawled", "2025-11-24T04:30:00Z", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["published"]["datetime"] == "2025-11-24T08:30+06:00" and rec["warnings"] == ["date_from_crawl"]
    r = run(runner, "parse", str(page), "--crawled", "yesterday")
    assert r.exit_code == 2 and "--crawled" in r.stderr and r.stdout == ""
