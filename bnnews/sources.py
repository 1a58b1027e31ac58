"""Inputs for batch conversion: paths, folders, globs, stdin, lists of paths;
plain, .gz, .bz2 and .xz; page files, JSON Lines and JSON arrays.

`expand(...)` turns what the user named into a list of `Input`s (checked up
front, so a missing path is a usage error before any work starts);
`documents(inputs, ...)` streams `Doc`s from them, never holding more than
one record of a JSON Lines or JSON file in memory. A bad document becomes a
`Doc` with `error` set; it never stops the stream.
"""
from __future__ import annotations

import bz2
import csv
import glob as _glob
import gzip
import html
import io
import json
import lzma
import os
import re
import sys
from dataclasses import dataclass
from typing import IO, Iterator

from .io import InputError, decode

__all__ = ["Input", "Doc", "ReadOptions", "expand", "documents", "finish_doc", "input_format",
           "UsageError", "read_page"]

_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
_JSONL_EXT = (".jsonl", ".ndjson")
_WARC_EXT = (".warc", ".wet")
_FEED_EXT = (".rss", ".atom", ".xml")
_TABLE_EXT = (".csv", ".tsv")


class UsageError(Exception):
    """An input that cannot be used at all (exit status 2, nothing written)."""


@dataclass(frozen=True)
class Input:
    path: str  # "-" is standard input
    format: str  # txt | jsonl | json | warc | feed | csv | tsv


@dataclass(frozen=True)
class ReadOptions:
    input_format: str = "auto"  # auto | txt | jsonl | json | warc | feed | csv | tsv
    text_field: str = "text"
    join_fields: tuple[str, ...] = ()
    keep_fields: tuple[str, ...] = ()
    url_field: str | None = "url"
    encoding_errors: str = "strict"
    crawled_field: str | None = None  # the record field with the time the page was fetched


@dataclass(slots=True)
class Doc:
    """One page to convert, or the error that stands in its place."""

    source: str
    text: str | None = None
    url: str | None = None
    meta: dict | None = None
    error: str | None = None
    path: str | None = None  # a page file a worker may read itself
    raw: bytes | None = None  # a JSON Lines record a worker may decode itself
    crawled: str | None = None  # when the page was fetched (a record's field, a WARC record's date)


def _strip_compression(path: str) -> tuple[str, str | None]:
    for ext in _OPENERS:
        if path.endswith(ext):
            return path[: -len(ext)], ext
    return path, None


def input_format(path: str, forced: str = "auto") -> str:
    if forced != "auto":
        return forced
    low = path.lower()
    if low.endswith(".txt"):  # the common case, once per file of a folder
        return "txt"
    base, _ = _strip_compression(low)
    if base.endswith(_JSONL_EXT):
        return "jsonl"
    if base.endswith(".json"):
        return "json"
    if base.endswith(_WARC_EXT):
        return "warc"
    if base.endswith(_FEED_EXT):
        return "feed"
    if base.endswith(_TABLE_EXT):
        return base[-3:]
    return "txt"


def _has_magic(s: str) -> bool:
    return any(c in s for c in "*?[")


def expand(names: list[str], *, pattern: str = "*.txt", from_list: str | None = None,
           forced: str = "auto") -> list[Input]:
    """The inputs a user named, in order; raises UsageError for a bad name."""
    names = list(names)
    if from_list is not None:
        try:
            with open(from_list, encoding="utf-8") as f:
                names += [x.strip() for x in f if x.strip() and not x.startswith("#")]
        except OSError as e:
            raise UsageError(f"{from_list}: cannot read the list of paths: {e.strerror or e}") from None
    if not names:
        names = ["-"]
    out: list[Input] = []
    for name in names:
        if name == "-":
            out.append(Input("-", forced if forced != "auto" else "txt"))
        elif os.path.isdir(name):
            out += [Input(p, input_format(p, forced)) for p in _folder_files(name, pattern)]
        elif os.path.exists(name):
            out.append(Input(name, input_format(name, forced)))
        elif _has_magic(name):
            found = sorted(p for p in _glob.glob(name, recursive=True) if os.path.isfile(p))
            if not found:
                raise UsageError(f"{name}: no file matches")
            out += [Input(p, input_format(p, forced)) for p in found]
        else:
            raise UsageError(f"{name}: no such file or folder")
    return out


def _folder_files(folder: str, pattern: str) -> list[str]:
    """Files under `folder` whose names match `pattern` or the same pattern
    compressed (`*.txt` takes `a.txt.gz`), sorted by path: what
    `glob(folder/**/pattern)` finds, hidden names skipped as glob skips them,
    in one walk and without a stat per file (directory entries know their
    type). Several patterns may be given, separated by commas (`*.txt,*.html`)."""
    import fnmatch
    patterns = [p.strip() for p in pattern.split(",") if p.strip()] or [pattern]
    names = re.compile("|".join(fnmatch.translate(p) for q in patterns for p in [q] + [q + e for e in _OPENERS]))
    dotted = any(p.startswith(".") for p in patterns)
    found: list[str] = []
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            if e.name.startswith(".") and not (dotted and e.is_file()):
                continue
            if e.is_dir():
                stack.append(e.path)
            elif e.is_file() and names.match(e.name):
                found.append(e.path)
    found.sort()
    return found


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    _, ext = _strip_compression(path)
    if ext:
        return _OPENERS[ext](path, "rb")
    return open(path, "rb")


def _field(rec: dict, name: str):
    """A record's field; `a.b` reaches into a nested object when no field has
    that name itself (`{"data": {"text": …}}` with `--text-field data.text`)."""
    if name in rec or "." not in name:
        return rec.get(name)
    v = rec
    for part in name.split("."):
        if not isinstance(v, dict):
            return None
        v = v.get(part)
    return v


def _lines_of(v) -> str | None:
    """A field's value as page text: a string, or a list of strings (one
    paragraph each, as some scrapers store a body) joined line by line; None
    for anything else (a number, an object)."""
    if isinstance(v, str):
        return v
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "\n".join(v)
    return None


def _record_text(rec: dict, opts: ReadOptions) -> str | None:
    if opts.join_fields:
        parts = [_field(rec, f) for f in opts.join_fields]
        parts = ["" if p is None else t if (t := _lines_of(p)) is not None else str(p) for p in parts]
        return "\n".join(p for p in parts if p.strip())
    return _lines_of(_field(rec, opts.text_field))


def _from_record(rec, source: str, opts: ReadOptions) -> Doc:
    if not isinstance(rec, dict):
        return Doc(source, error="not a JSON object")
    text = _record_text(rec, opts)
    url = rec.get(opts.url_field) if opts.url_field else None
    if text is None and isinstance(rec.get("content"), dict):
        # A WordPress REST post as the record itself (a `/wp/v2/posts` crawl).
        from .wpjson import post_page
        text = post_page(rec)
        if text is not None and url is None:
            url = rec.get("link")
    if text is None:
        v = _field(rec, opts.text_field)
        if v is not None:
            kind = {bool: "a boolean", int: "a number", float: "a number", dict: "an object",
                    list: "a list of non-strings"}.get(type(v), type(v).__name__)
            return Doc(source, error=f"field {opts.text_field!r} is {kind}, not text")
        if opts.text_field in rec:
            return Doc(source, error=f"field {opts.text_field!r} is null")
        return Doc(source, error=f"no field {opts.text_field!r}")
    meta = {k: rec.get(k) for k in opts.keep_fields} if opts.keep_fields else None
    if not text.strip():
        return Doc(source, error="empty page", meta=meta)
    crawled = rec.get(opts.crawled_field) if opts.crawled_field else None
    return Doc(source, text=text, url=url if isinstance(url, str) else None, meta=meta,
               crawled=None if crawled is None else str(crawled))


def decode_record(doc: Doc, opts: ReadOptions) -> Doc:
    """A JSON Lines record read raw (`Doc.raw`) -> the page it holds."""
    try:
        line = doc.raw.decode("utf-8", errors=opts.encoding_errors)
    except UnicodeDecodeError as e:
        return Doc(doc.source, error=f"not UTF-8 at byte {e.start} of the line")
    try:
        rec = json.loads(line)
    except ValueError as e:
        return Doc(doc.source, error=f"not JSON: {e.msg} at column {e.colno}")
    return _from_record(rec, doc.source, opts)


def _jsonl(inp: Input, opts: ReadOptions, raw_mode: bool = False) -> Iterator[Doc]:
    name = "<stdin>" if inp.path == "-" else inp.path
    n = 0
    try:
        with _open_binary(inp.path) if inp.path != "-" else _nullcontext(sys.stdin.buffer) as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                src = f"{inp.path}:{n}"
                if raw_mode:
                    yield Doc(src, raw=raw)
                    continue
                try:
                    line = raw.decode("utf-8", errors=opts.encoding_errors)
                except UnicodeDecodeError as e:
                    yield Doc(src, error=f"not UTF-8 at byte {e.start} of the line")
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    yield Doc(src, error=f"not JSON: {e.msg} at column {e.colno}")
                    continue
                yield _from_record(rec, src, opts)
    except (OSError, EOFError, lzma.LZMAError) as e:
        yield Doc(f"{inp.path}:{n + 1}" if n else inp.path,
                  error=f"{name}: cannot read further: {e}")


class _nullcontext:
    def __init__(self, obj):
        self.obj = obj

    def __enter__(self):
        return self.obj

    def __exit__(self, *exc):
        return False


def _json_array(inp: Input, opts: ReadOptions) -> Iterator[Doc]:
    """A JSON array of objects, decoded one object at a time."""
    dec = json.JSONDecoder()
    n = 0
    try:
        with _open_binary(inp.path) if inp.path != "-" else _nullcontext(sys.stdin.buffer) as fb:
            f = io.TextIOWrapper(fb, encoding="utf-8-sig", errors=opts.encoding_errors)
            buf = ""
            pos = 0
            eof = False
            started = False

            def fill() -> bool:
                nonlocal buf, pos, eof
                chunk = f.read(1 << 16)
                if not chunk:
                    eof = True
                    return False
                buf = buf[pos:] + chunk
                pos = 0
                return True

            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n,":
                    pos += 1
                if pos >= len(buf):
                    if eof or not fill():
                        break
                    continue
                if not started:
                    if buf[pos] != "[":
                        yield Doc(inp.path, error="not a JSON array of objects")
                        return
                    started = True
                    pos += 1
                    continue
                if buf[pos] == "]":
                    break
                try:
                    obj, end = dec.raw_decode(buf, pos)
                except ValueError as e:
                    if not eof and fill():
                        continue
                    yield Doc(f"{inp.path}:{n + 1}", error=f"not JSON: {e.msg}")
                    return
                n += 1
                pos = end
                yield _from_record(obj, f"{inp.path}:{n}", opts)
    except (OSError, EOFError, UnicodeDecodeError, lzma.LZMAError) as e:
        yield Doc(f"{inp.path}:{n + 1}", error=f"cannot read further: {e}")


# WARC record types that hold a page: WET's extracted text, a crawl's HTTP
# response, a stored resource.
_WARC_PAGES = ("conversion", "response", "resource")


def _warc(inp: Input, opts: ReadOptions) -> Iterator[Doc]:
    """The pages of a WARC file, Common Crawl's WET text first among them:
    one `Doc` a record, its `WARC-Target-URI` as the URL; `--keep-fields`
    names WARC headers (`WARC-Date`, `WARC-Identified-Content-Language`).
    Records of other types (warcinfo, request, metadata) and responses that
    are no HTML or text are passed over."""
    name = "<stdin>" if inp.path == "-" else inp.path
    n = 0
    try:
        with _open_binary(inp.path) if inp.path != "-" else _nullcontext(sys.stdin.buffer) as f:
            while True:
                line = f.readline()
                if not line:
                    break
                if not line.strip():
                    continue
                src = f"{inp.path}:{n + 1}"
                if not line.startswith(b"WARC/"):
                    yield Doc(src, error="not a WARC record (it opens with no WARC/1.x line)")
                    return
                headers: dict[str, str] = {}
                while (h := f.readline()).strip():
                    k, _, v = h.decode("utf-8", "replace").partition(":")
                    headers[k.strip().lower()] = v.strip()
                try:
                    length = int(headers.get("content-length", ""))
                except ValueError:
                    what = "is cut short" if not h else "has no Content-Length"
                    yield Doc(src, error=f"WARC record {n + 1} {what}")
                    return
                body = f.read(length)
                n += 1
                if len(body) < length:
                    yield Doc(src, error=f"WARC record {n} is cut short")
                    return
                if headers.get("warc-type") not in _WARC_PAGES:
                    continue
                if headers["warc-type"] == "response":
                    head, _, body = body.partition(b"\r\n\r\n")
                    ctype = next((x.split(b":", 1)[1].strip().lower() for x in head.split(b"\r\n")
                                  if x.lower().startswith(b"content-type:")), b"text/html")
                    if not ctype.startswith((b"text/html", b"text/plain", b"application/xhtml")):
                        continue
                meta = {k: headers.get(k.lower()) for k in opts.keep_fields} if opts.keep_fields else None
                try:
                    text = decode(body, "-", opts.encoding_errors)
                except InputError as e:  # `-: not UTF-8: byte 0xff at offset 3 (line 1)…`, of the record
                    yield Doc(src, error=str(e)[3:].replace(" (line", " of the record (line", 1), meta=meta)
                    continue
                if not text.strip():
                    yield Doc(src, error="empty page", meta=meta)
                    continue
                yield Doc(src, text=text, url=headers.get("warc-target-uri"), meta=meta,
                          crawled=headers.get("warc-date"))  # (when the crawler fetched it)
    except (OSError, EOFError, lzma.LZMAError) as e:
        yield Doc(f"{inp.path}:{n + 1}", error=f"{name}: cannot read further: {e}")


def _table(inp: Input, opts: ReadOptions) -> Iterator[Doc]:
    """A CSV or TSV file with a header row (a Kaggle-style news dataset): one
    record a row, its fields by the header's names, as a JSON record's are
    (`--text-field`, `--join-fields`, `--keep-fields`, `--url-field`);
    `path:N` (the Nth row) its source. Rows are read one at a time."""
    n = 0
    csv.field_size_limit(1 << 26)  # a page in one field may be long (the default limit is 128 KB)
    try:
        with _open_binary(inp.path) if inp.path != "-" else _nullcontext(sys.stdin.buffer) as fb:
            # (decoded line by line, so that a bad byte stops the file at its own row)
            lines = (raw.decode("utf-8-sig" if k == 0 else "utf-8", errors=opts.encoding_errors)
                     for k, raw in enumerate(fb))
            rows = csv.DictReader(lines, delimiter="\t" if inp.format == "tsv" else ",")
            for n, row in enumerate(rows, 1):
                if None in row:
                    yield Doc(f"{inp.path}:{n}", error=f"row {n} has more fields than the header")
                    continue
                yield _from_record(row, f"{inp.path}:{n}", opts)
    except UnicodeDecodeError as e:
        yield Doc(f"{inp.path}:{n + 1}", error=f"not UTF-8 at byte {e.start} of row {n + 1}'s line; "
                                                f"the rest of the file is not read")
        return
    except (OSError, EOFError, lzma.LZMAError, csv.Error) as e:
        yield Doc(f"{inp.path}:{n + 1}", error=f"cannot read further: {e}")
        return
    if n == 0:
        yield Doc(inp.path, error=f"{inp.path}: no rows under a header")


# A link's address in a feed's item (RSS's text, Atom's href).
_FEED_LINK = re.compile(r"<link\b[^>]*?(?:href\s*=\s*[\"']([^\"']+)[\"'][^>]*)?>\s*(?:([^<\s]+)\s*</link>)?",
                        re.IGNORECASE)
# Atom's and some RSS feeds' HTML given escaped (`&lt;p&gt;…`): unescaped, it is read as HTML.
_ESCAPED_HTML = re.compile(r"(<(description|summary|content|content:encoded)\b[^>]*>)(.*?)(</\2\s*>)",
                           re.DOTALL | re.IGNORECASE)
_FEED_OPEN = re.compile(r"<(?:item|entry)\b[^>]*>")
_FEED_CLOSE = re.compile(r"</(?:item|entry)\s*>")


def _feed_items(text: str) -> Iterator[str]:
    """An RSS feed's items and an Atom feed's entries, from each closing tag
    back to the last opening before it (one pass, whatever the file holds)."""
    pos = 0
    for close in _FEED_CLOSE.finditer(text):
        last = None
        for last in _FEED_OPEN.finditer(text, pos, close.start()):
            pass
        if last is not None:
            yield text[last.start():close.end()]
        pos = close.end()


def _feed(inp: Input, opts: ReadOptions) -> Iterator[Doc]:
    """The items of an RSS or Atom feed: one `Doc` an item (its XML, read as
    HTML: title, date, author, description), `path:N` its source and its link
    the URL; `--keep-fields` names the item's elements (`guid`, `category`)."""
    try:
        text = read_page(inp.path, opts.encoding_errors) if inp.path != "-" else \
            decode(sys.stdin.buffer.read(), "<stdin>", opts.encoding_errors)
    except InputError as e:
        yield Doc(inp.path, error=str(e))
        return
    n = 0
    for item in _feed_items(text):
        n += 1
        link = _FEED_LINK.search(item)
        url = (link.group(1) or link.group(2)) if link else None
        if "&lt;" in item:
            item = _ESCAPED_HTML.sub(lambda e: e.group(1) + html.unescape(e.group(3)) + e.group(4), item)
        meta = None
        if opts.keep_fields:
            meta = {}
            for name in opts.keep_fields:
                got = re.search(rf"<{re.escape(name)}\b[^>]*>(.*?)</{re.escape(name)}\s*>", item, re.DOTALL)
                meta[name] = got.group(1).strip() if got else None
        yield Doc(f"{inp.path}:{n}", text=item, url=url, meta=meta)
    if n == 0:
        yield Doc(inp.path, error=f"{inp.path}: no feed items (<item> or <entry>) in it")


def read_page(path: str, errors: str = "strict") -> str:
    """A page file (maybe compressed) as text; raises InputError."""
    try:
        with _open_binary(path) as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except (OSError, EOFError, lzma.LZMAError) as e:
        raise InputError(f"{path}: cannot read: {e}") from None
    text = decode(data, path, errors)
    if not text or text.isspace():
        raise InputError(f"{path}: empty page")
    return text


def documents(inputs: list[Input], opts: ReadOptions, *, lazy: bool = False) -> Iterator[Doc]:
    """Every document of the inputs, in order. With `lazy`, page files are
    not read and JSON Lines records not decoded here: the `Doc` carries the
    path or the raw line for a worker to finish (`finish_doc`)."""
    for inp in inputs:
        if inp.format == "jsonl":
            yield from _jsonl(inp, opts, raw_mode=lazy)
        elif inp.format == "json":
            yield from _json_array(inp, opts)
        elif inp.format == "warc":
            yield from _warc(inp, opts)
        elif inp.format == "feed":
            yield from _feed(inp, opts)
        elif inp.format in ("csv", "tsv"):
            yield from _table(inp, opts)
        elif inp.path == "-":
            try:
                text = decode(sys.stdin.buffer.read(), "<stdin>", opts.encoding_errors)
            except InputError as e:
                yield Doc("-", error=str(e))
                continue
            yield Doc("-", text=text) if text.strip() else Doc("-", error="<stdin>: empty page")
        elif lazy:
            yield Doc(inp.path, path=inp.path)
        else:
            try:
                yield Doc(inp.path, text=read_page(inp.path, opts.encoding_errors))
            except InputError as e:
                yield Doc(inp.path, error=str(e))


def finish_doc(doc: Doc, opts: ReadOptions) -> Doc:
    """Read or decode what `documents(lazy=True)` left for later."""
    if doc.raw is not None:
        return decode_record(doc, opts)
    if doc.path is not None and doc.text is None and doc.error is None:
        try:
            return Doc(doc.source, text=read_page(doc.path, opts.encoding_errors))
        except InputError as e:
            return Doc(doc.source, error=str(e))
    return doc
