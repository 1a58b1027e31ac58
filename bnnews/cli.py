"""The `bnnews` command line: options -> library -> writer. Nothing else.

Exit status: 0 every input was parsed; 1 some input could not be read (the
others are still written); 2 wrong usage; 130 interrupted.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, List, Optional

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Bangla news page dumps -> clean, structured records.",
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Format(str, Enum):
    auto = "auto"
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class EncodingErrors(str, Enum):
    strict = "strict"
    replace = "replace"


class Extract(str, Enum):
    dates = "dates"
    numbers = "numbers"


class Digits(str, Enum):
    keep = "keep"
    ascii = "ascii"


def _err(msg: str) -> None:
    sys.stderr.write(f"bnnews: {msg}\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bnnews {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Bangla news page dumps -> clean, structured records."""


def _check(option: str, value: str | None, read) -> None:
    """A usage error (exit status 2) when `read(value)` refuses the option's value."""
    if value is None:
        return
    try:
        read(value)
    except ValueError as e:
        _err(f"{option}: {e}")
        raise typer.Exit(EXIT_USAGE) from None


def _check_tz(tz: str | None) -> None:
    from .article import resolve_tz
    _check("--tz", tz, resolve_tz)


def _check_crawled(crawled: str | None) -> None:
    from .article import _crawl_time
    _check("--crawled", crawled, _crawl_time)


def _read(name: str, errors: str) -> str:
    from .io import decode, read_path
    if name == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", errors)
    return read_path(name, errors)


@app.command()
def parse(
    files: Annotated[Optional[List[str]], typer.Argument(
        help="Page dumps to parse; none or '-' reads standard input.")] = None,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f",
        help="auto: pretty on a terminal, else JSON (one page) or JSONL (several).")] = Format.auto,
    blocks: Annotated[bool, typer.Option("--blocks", help="Add the line map to each record.")] = False,
    unique_links: Annotated[bool, typer.Option("--unique-links", help="Drop repeated related links.")] = False,
    tz: Annotated[Optional[str], typer.Option(
        "--tz", help="Zone for pages that print none: an offset (+05:30) or a name (Asia/Kolkata).")] = None,
    url: Annotated[Optional[str], typer.Option(
        "--url", help="The page's URL: its date is used when the page prints none.")] = None,
    crawled: Annotated[Optional[str], typer.Option(
        "--crawled", help="When the page was fetched (ISO, 2025-11-24T04:30:00Z): a page dated only by an age "
                          "(২ ঘণ্টা আগে) is dated from it.")] = None,
    show_other: Annotated[bool, typer.Option("--show-other", help="pretty: also list the dropped lines.")] = False,
    digits: Annotated[Digits, typer.Option("--digits", help="ascii: write every text field with ASCII digits.")] = Digits.keep,
    encoding_errors: Annotated[EncodingErrors, typer.Option(
        "--encoding-errors", help="strict: a file that is not UTF-8 is an error; replace: read on.")] = EncodingErrors.strict,
    extract: Annotated[Optional[List[Extract]], typer.Option(
        "--extract", help="dates: add the dates of the headline and body, resolved against the published date; "
                          "numbers: add their numbers (টাকা is INR on a West Bengal page).")] = None,
) -> None:
    """Parse page dumps into records: headline, desk, dates, body, links, other."""
    _check_tz(tz)
    _check_crawled(crawled)
    from .article import parse as parse_text
    names = files or ["-"]
    out_fmt = fmt.value
    if out_fmt == "auto":
        if sys.stdout.isatty():
            out_fmt = "pretty"
        else:
            out_fmt = "json" if len(names) == 1 else "jsonl"
    failed = 0

    def records():
        nonlocal failed
        for name in names:
            try:
                text = _read(name, encoding_errors.value)
            except Exception as e:  # InputError, and any OS surprise: report, go on
                failed += 1
                _err(str(e))
                continue
            art = parse_text(text, source=name, url=url, tz=tz, crawled=crawled)
            rec = art.to_dict(blocks=blocks)
            if extract and Extract.dates in extract:
                from .dates import article_dates
                rec["dates"] = article_dates(art, tz=tz)
            if extract and Extract.numbers in extract:
                from .numbers import article_numbers
                rec["numbers"] = article_numbers(art)
            if unique_links:
                rec["links"] = list(dict.fromkeys(rec["links"]))
            if digits is Digits.ascii:
                from .io import ascii_digits_record
                rec = ascii_digits_record(rec)
            yield rec

    try:
        if out_fmt == "pretty":
            from .render import render_records
            render_records(records(), show_other=show_other)
        else:
            from .io import make_writer
            extra = tuple(x.value for x in Extract if extract and x in extract)
            w = make_writer(sys.stdout, out_fmt, len(names), extra)
            for rec in records():
                w.write(rec)
            w.close()
    except BrokenPipeError:
        _quiet_pipe()
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if failed:
        raise typer.Exit(EXIT_INPUT)


class TableFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class DigitsTo(str, Enum):
    ascii = "ascii"
    bangla = "bangla"


_TEXT_ARG = typer.Argument(help="The text; '-' or nothing reads standard input.")
_INPUT_OPT = typer.Option("--input", "-i", help="Read the text from this file.")


def _text_input(text: str | None, input_file: str | None) -> str:
    """The text of a text command: the argument, a file, or standard input."""
    if input_file is not None:
        name = input_file
    elif text is not None and text != "-":
        if " " not in text and len(text) < 300 and os.path.isfile(text):
            # `bnnews numbers page.txt` reads the words `page.txt`: say so.
            _err(f"note: '{text}' is read as text; to read the file, use --input {text}")
        return text
    else:
        name = "-"
    try:
        return _read(name, "strict")
    except Exception as e:
        _err(str(e))
        raise typer.Exit(EXIT_INPUT) from None


def _write_text(out: str) -> None:
    try:
        sys.stdout.write(out)
        if not out.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_pipe()


@app.command()
def normalize(
    text: Annotated[Optional[str], _TEXT_ARG] = None,
    input_file: Annotated[Optional[str], _INPUT_OPT] = None,
) -> None:
    """Print the text in bnnews's canonical Unicode form (NFC, joiners, spaces, dandas)."""
    from .text import normalize as norm
    _write_text(norm(_text_input(text, input_file)))


@app.command()
def digits(
    text: Annotated[Optional[str], _TEXT_ARG] = None,
    input_file: Annotated[Optional[str], _INPUT_OPT] = None,
    to: Annotated[DigitsTo, typer.Option("--to", help="The script to write digits in.")] = DigitsTo.ascii,
) -> None:
    """Print the text with its digits in ASCII (default) or Bangla script."""
    from .digits import to_ascii_digits, to_bangla_digits
    t = _text_input(text, input_file)
    _write_text(to_ascii_digits(t) if to is DigitsTo.ascii else to_bangla_digits(t))


class Taka(str, Enum):
    BDT = "BDT"
    INR = "INR"


@app.command()
def numbers(
    text: Annotated[Optional[str], _TEXT_ARG] = None,
    input_file: Annotated[Optional[str], _INPUT_OPT] = None,
    fmt: Annotated[TableFormat, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, else JSON Lines.")] = TableFormat.auto,
    taka: Annotated[Taka, typer.Option(
        "--taka", help="The currency টাকা means: BDT (Bangladesh) or INR (a West Bengal page).")] = Taka.BDT,
) -> None:
    """List the numbers in a text: span, value, kind (cardinal, ordinal, percent, money, measure), unit."""
    from .numbers import find_numbers
    found = [n.to_dict() for n in find_numbers(_text_input(text, input_file), taka=taka.value)]
    _emit_rows(found, fmt.value, ["start", "end", "text", "value", "kind", "unit", "high", "bound"],
               title="numbers")


class BanglaRule(str, Enum):
    r2019 = "2019"
    r1987 = "1987"


@app.command()
def dates(
    text: Annotated[Optional[str], _TEXT_ARG] = None,
    input_file: Annotated[Optional[str], _INPUT_OPT] = None,
    ref: Annotated[Optional[str], typer.Option(
        "--ref", help="The reference (publication) date, YYYY-MM-DD, or with its time, YYYY-MM-DDTHH:MM (for "
                      "`তিন ঘণ্টা আগে`); relative dates stay unresolved without it.")] = None,
    tz: Annotated[Optional[str], typer.Option("--tz", help="Zone for datetimes: +06:00 (default) or a name.")] = None,
    bangla_rule: Annotated[BanglaRule, typer.Option(
        "--bangla-rule", help="1987: read Bangla dates by the pre-2019 rule, for sites that still print it.")] = BanglaRule.r2019,
    fmt: Annotated[TableFormat, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, else JSON Lines.")] = TableFormat.auto,
) -> None:
    """List the dates, times, durations and periods in a text, with their ISO values."""
    _check_tz(tz)
    if ref is not None:
        import datetime
        try:
            if len(ref.strip()) > 10:
                day = datetime.datetime.fromisoformat(ref.strip()).date()
            else:
                day = datetime.date.fromisoformat(ref)
        except ValueError:
            _err(f"--ref: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {ref!r}")
            raise typer.Exit(EXIT_USAGE) from None
        from .dates import REF_YEARS
        if not REF_YEARS[0] <= day.year <= REF_YEARS[1]:
            _err(f"--ref: out of range (years {REF_YEARS[0]}-{REF_YEARS[1]}): {ref!r}")
            raise typer.Exit(EXIT_USAGE)
    from .dates import find_dates
    rule = "1987" if bangla_rule is BanglaRule.r1987 else None
    found = [t.to_dict() for t in find_dates(_text_input(text, input_file), ref=ref, tz=tz,
                                            bangla_rule=rule)]
    _emit_rows(found, fmt.value, ["start", "end", "text", "kind", "value", "calendar", "relative",
                                  "warnings", "mod", "part"], title="dates")


@app.command()
def calendar(
    day: Annotated[str, typer.Argument(help="A Gregorian date (2026-11-29) or a Bangla one (১৪ অগ্রহায়ণ ১৪৩৩).")],
    bangla_rule: Annotated[BanglaRule, typer.Option(
        "--bangla-rule", help="The rule for Bangla dates: 2019 (in force from 1426) or 1987.")] = BanglaRule.r2019,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="auto/table: text; json or jsonl.")] = TableFormat.auto,
) -> None:
    """Show one day in the Gregorian, Bangla and Hijri calendars."""
    import datetime
    from .calendars import (BANGLA_MONTH_NAMES, HIJRI_MONTH_NAMES, gregorian_to_bangla,
                            gregorian_to_hijri, rule_for)
    from .digits import to_ascii_digits, to_bangla_digits
    old = bangla_rule is BanglaRule.r1987
    try:
        g = datetime.date.fromisoformat(to_ascii_digits(day.strip()))
    except ValueError:
        from .dates import parse_date
        t = parse_date(day, bangla_rule="1987" if old else None)
        if t is None or t.value is None or t.kind != "date":
            _err(f"not a date: {day!r} (give YYYY-MM-DD or a Bangla date such as ১৪ অগ্রহায়ণ ১৪৩৩)")
            raise typer.Exit(EXIT_USAGE) from None
        g = datetime.date.fromisoformat(t.value)
    bd, bm, by = gregorian_to_bangla(g, "1987" if old else rule_for(g.year - 593))
    try:
        hd, hm, hy = gregorian_to_hijri(g)
        hijri = f"{to_bangla_digits(str(hd))} {HIJRI_MONTH_NAMES[hm - 1]} {to_bangla_digits(str(hy))} হিজরি"
    except ValueError:  # outside the Umm al-Qura table (1924-2077)
        hd = hm = hy = None
        hijri = None
    rec = {
        "gregorian": g.isoformat(),
        "weekday": ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রোববার"][g.weekday()],
        "bangla": f"{to_bangla_digits(str(bd))} {BANGLA_MONTH_NAMES[bm - 1]} {to_bangla_digits(str(by))} বঙ্গাব্দ",
        "bangla_rule": "1987" if old else rule_for(by),
        "hijri": hijri,
        "hijri_note": "Umm al-Qura; Bangladesh often runs 1-2 days later" if hijri else None,
    }
    if fmt.value in ("json", "jsonl"):
        import json
        typer.echo(json.dumps(rec, ensure_ascii=False, indent=2 if fmt.value == "json" else None))
        return
    typer.echo(f"{rec['gregorian']}  {rec['weekday']}")
    typer.echo(f"{rec['bangla']}  (Bangladesh, {rec['bangla_rule']} rule)")
    if hijri:
        typer.echo(f"{hijri}  ({rec['hijri_note']})")


def _emit_rows(rows: list[dict], fmt: str, columns: list[str], title: str) -> None:
    """Rows of a text command: a rich table for people, JSON or JSON Lines for machines."""
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        if fmt == "table":
            from .render import render_rows
            render_rows(rows, columns, title)
        elif fmt == "json":
            import json
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        else:
            import json
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_pipe()


class OutFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    txt = "txt"


class InFormat(str, Enum):
    auto = "auto"
    txt = "txt"
    jsonl = "jsonl"
    json = "json"
    warc = "warc"
    feed = "feed"
    csv = "csv"
    tsv = "tsv"


class OnError(str, Enum):
    record = "record"
    skip = "skip"
    fail = "fail"


def _csv_list(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(",") if x.strip()) if value else ()


@app.command()
def convert(
    inputs: Annotated[Optional[List[str]], typer.Argument(
        help="Files, folders (recursive), globs, or '-' for standard input.")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or '-' for standard output.")] = "-",
    fmt: Annotated[OutFormat, typer.Option(
        "--format", "-f", help="Output format; auto: from the output's extension (JSON Lines for '-').")] = OutFormat.auto,
    glob: Annotated[str, typer.Option(
        "--glob", help="Files to take from folders (patterns separated by commas).")] = "*.txt",
    from_list: Annotated[Optional[str], typer.Option("--from-list", help="A file listing input paths, one per line.")] = None,
    input_format: Annotated[InFormat, typer.Option(
        "--input-format", help="auto: .jsonl/.ndjson are JSON Lines, .json a JSON array, .warc/.wet WARC records "
        "(Common Crawl's WET text), .rss/.atom/.xml a feed's items, .csv/.tsv rows under a header, "
        "the rest page text.")] = InFormat.auto,
    text_field: Annotated[str, typer.Option("--text-field", help="The record field that holds the page text.")] = "text",
    join_fields: Annotated[Optional[str], typer.Option(
        "--join-fields", help="Build the page from these fields, one per line (title,author,date,content).")] = None,
    keep_fields: Annotated[Optional[str], typer.Option(
        "--keep-fields", help="Copy these record fields into the output under 'meta'.")] = None,
    url_field: Annotated[str, typer.Option("--url-field", help="The record field with the page URL.")] = "url",
    crawled_field: Annotated[Optional[str], typer.Option(
        "--crawled-field", help="The record field with the time the page was fetched (ISO): pages dated only by "
                                "an age are dated from it. A WARC record's own date is used without it.")] = None,
    fields: Annotated[Optional[str], typer.Option(
        "--fields", help="Keep only these fields of each record (source is always kept).")] = None,
    digits: Annotated[Digits, typer.Option("--digits", help="ascii: write every text field with ASCII digits.")] = Digits.keep,
    unique_links: Annotated[bool, typer.Option("--unique-links", help="Drop repeated related links.")] = False,
    tz: Annotated[Optional[str], typer.Option("--tz", help="Zone for pages that print none.")] = None,
    extract: Annotated[Optional[List[Extract]], typer.Option(
        "--extract", help="dates / numbers: add each record's dates or numbers.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 (the default) is one per CPU.")] = 0,
    resume: Annotated[bool, typer.Option("--resume", help="Continue a stopped run from OUTPUT.partial.")] = False,
    on_error: Annotated[OnError, typer.Option(
        "--on-error", help="record: write {source, error} in its place; skip: leave it out; fail: stop.")] = OnError.record,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    encoding_errors: Annotated[EncodingErrors, typer.Option(
        "--encoding-errors", help="strict: bytes that are not UTF-8 make the document fail; replace: read on.")] = EncodingErrors.strict,
) -> None:
    """Convert a corpus: many pages or records in, one JSONL/JSON/CSV/TXT file out."""
    _check_tz(tz)
    from .batch import convert_main
    code = convert_main(
        inputs=inputs or [], output=output, fmt=fmt.value, glob=glob, from_list=from_list,
        input_format=input_format.value, text_field=text_field, join_fields=_csv_list(join_fields),
        keep_fields=_csv_list(keep_fields), url_field=url_field, fields=_csv_list(fields) or None,
        digits_ascii=digits is Digits.ascii, unique_links=unique_links, tz=tz,
        extract_dates=bool(extract and Extract.dates in extract),
        extract_numbers=bool(extract and Extract.numbers in extract), jobs=jobs, resume=resume,
        on_error=on_error.value, quiet=quiet, encoding_errors=encoding_errors.value, crawled_field=crawled_field)
    raise typer.Exit(code)


@app.command()
def stats(
    files: Annotated[List[str], typer.Argument(help="JSON Lines outputs of `bnnews convert` (or parse).")],
) -> None:
    """Summarise finished outputs: counts, fields found, warnings, and a month histogram."""
    from .batch import stats_main
    raise typer.Exit(stats_main(files))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record that `parse` writes."""
    import json
    from .model import SCHEMA
    typer.echo(json.dumps(SCHEMA, ensure_ascii=False, indent=2))


def _quiet_pipe() -> None:
    # The reader went away (`| head -1`): stop without a traceback, and keep
    # Python from complaining again when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def _app_for(argv: list[str]) -> typer.Typer:
    """The app to run: only the command asked for, when one is named.

    Typer turns every registered command into a click command at each start;
    building just the one in use keeps `bnnews parse` quick to start. Help
    and unknown names get the full app.
    """
    name = argv[0] if argv else None
    if name is None or name.startswith("-"):
        return app
    chosen = [c for c in app.registered_commands
              if (c.name or c.callback.__name__.replace("_", "-")) == name]
    if not chosen:
        return app
    one = typer.Typer(add_completion=False, no_args_is_help=True, help=app.info.help,
                      pretty_exceptions_enable=False)
    one.registered_callback = app.registered_callback
    one.registered_commands = chosen
    return one


def main() -> None:
    try:
        _app_for(sys.argv[1:])(prog_name="bnnews")
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(EXIT_OK)
