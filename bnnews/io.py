"""Reading page files and writing records (JSON, JSON Lines, CSV).

Readers turn bytes into text or raise `InputError` with a message that
names the file and, for bad UTF-8, the byte offset. Writers stream: a JSON
array is written item by item, never built in memory.
"""
from __future__ import annotations

import csv
import json
import os
from typing import IO

from .digits import to_ascii_digits

__all__ = ["InputError", "decode", "read_path", "Writer", "make_writer", "CSV_COLUMNS",
           "csv_row", "ascii_digits_record"]


class InputError(Exception):
    """An input that cannot be read as page text; str() is the message."""


def decode(data: bytes, name: str, errors: str = "strict") -> str:
    """UTF-8 (BOM or not), or UTF-16 with its BOM (Windows exports) -> str;
    binary data and bad bytes raise InputError."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")  # the codec reads and drops the BOM
        except UnicodeDecodeError:
            text = None  # not UTF-16 after all: judged below as bytes
        if text is not None and "\x00" not in text[:8192]:
            return text
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul})")
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[skip:].decode("utf-8", errors=errors) if skip else data.decode("utf-8", errors)
    except UnicodeDecodeError as e:
        at = e.start + skip  # an offset into the file as it is on disk
        line = data.count(b"\n", 0, at) + 1
        raise InputError(
            f"{name}: not UTF-8: byte 0x{data[at]:02x} at offset {at} (line {line});"
            " use --encoding-errors replace to read on"
        ) from None


def read_path(path: str, errors: str = "strict") -> str:
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    return decode(data, path, errors)


def ascii_digits_record(rec: dict) -> dict:
    """The record with every text field's digits in ASCII."""
    def conv(v):
        if isinstance(v, str):
            return to_ascii_digits(v)
        if isinstance(v, list):
            return [conv(x) for x in v]
        if isinstance(v, dict):
            return {k: (conv(x) if k not in ("kind",) else x) for k, x in v.items()}
        return v
    return {k: (conv(v) if k != "source" else v) for k, v in rec.items()}


CSV_COLUMNS = ["source", "headline", "kicker", "desk", "author", "place", "published",
               "updated", "body", "links", "warnings", "error"]


def _iso(stamp: dict | None) -> str:
    if not stamp:
        return ""
    return stamp.get("datetime") or stamp.get("date") or ""


def csv_row(rec: dict, extra: tuple[str, ...] = ()) -> list[str]:
    """One CSV row: ISO dates, paragraphs joined by a blank line, links by newlines;
    then each `extra` list (`dates`, `numbers` of --extract) as JSON text."""
    return [
        rec.get("source") or "",
        rec.get("headline") or "",
        rec.get("kicker") or "",
        rec.get("desk") or "",
        rec.get("author") or "",
        rec.get("place") or "",
        _iso(rec.get("published")),
        _iso(rec.get("updated")),
        "\n\n".join(rec.get("body") or []),
        "\n".join(rec.get("links") or []),
        "; ".join(rec.get("warnings") or []),
        rec.get("error") or "",
    ] + [_dumps(rec[k]) if k in rec else "" for k in extra]


def _dumps(rec: dict, indent: int | None = None) -> str:
    return json.dumps(rec, ensure_ascii=False, indent=indent)


class Writer:
    """A streaming writer: `write(record)` for each record, then `close()`."""

    def __init__(self, out: IO[str], fmt: str, extra: tuple[str, ...] = ()):
        self.out = out
        self.fmt = fmt
        self.count = 0
        self.extra = extra  # the --extract lists, as CSV columns after the rest
        if fmt == "csv":
            self._csv = csv.writer(out, lineterminator="\n")
            self._csv.writerow(CSV_COLUMNS + list(extra))

    def write(self, rec: dict) -> None:
        fmt = self.fmt
        if fmt == "jsonl":
            self.out.write(_dumps(rec))
            self.out.write("\n")
        elif fmt == "json":
            self.out.write("[\n" if self.count == 0 else ",\n")
            self.out.write(_dumps(rec, 2))
        elif fmt == "json1":  # a single object
            self.out.write(_dumps(rec, 2))
            self.out.write("\n")
        elif fmt == "csv":
            self._csv.writerow(csv_row(rec, self.extra))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def make_writer(out: IO[str], fmt: str, n_inputs: int, extra: tuple[str, ...] = ()) -> Writer:
    """`json` with one input writes one object; with several, an array."""
    if fmt == "json" and n_inputs == 1:
        return Writer(out, "json1")
    return Writer(out, fmt, extra)
