"""Corpus conversion: documents -> records, streamed, in order, in parallel.

`iter_records(names, ...)` is the Python interface: an iterator of record
dicts over many inputs. `convert_stream(...)` is what `bnnews convert` runs:
the same pipeline, with each record already serialised by the worker that
parsed it, so the main process only reads inputs and writes output.

Memory stays flat: inputs are streamed, and at most `4 x jobs` chunks of
documents are in flight at once (multiprocessing's `imap` would read the
whole input ahead of the workers).
"""
from __future__ import annotations

import collections
import csv
import io
import json
import os
import signal
from dataclasses import dataclass, field
from typing import Iterator

from .io import CSV_COLUMNS, ascii_digits_record, csv_row
from .sources import Doc, ReadOptions, documents, expand, finish_doc

__all__ = ["ConvertOptions", "Stats", "Summary", "iter_records", "convert_stream", "serialize",
           "FORMATS"]

FORMATS = ("jsonl", "json", "csv", "txt")
# Documents per task: fewer, larger tasks cost the main process less (512
# against 128: 2 jobs went from 1.6x to 1.75x the speed of 1). A chunk also
# closes at CHUNK_BYTES of text held in memory, so that big records (JSON
# Lines read ahead of the workers) keep memory bounded all the same.
CHUNK = 512
CHUNK_BYTES = 8 << 20


@dataclass(frozen=True)
class ConvertOptions:
    fields: tuple[str, ...] | None = None
    digits_ascii: bool = False
    unique_links: bool = False
    tz: str | None = None
    blocks: bool = False
    extract_dates: bool = False
    extract_numbers: bool = False


class Stats(tuple):
    """(failed, headline, desk, published, links, warnings, month) of one record."""

    __slots__ = ()


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    failed: int = 0
    headline: int = 0
    desk: int = 0
    published: int = 0
    links: int = 0
    warnings: collections.Counter = field(default_factory=collections.Counter)
    months: collections.Counter = field(default_factory=collections.Counter)
    errors: collections.Counter = field(default_factory=collections.Counter)

    def add(self, st: tuple, written: bool) -> None:
        failed, headline, desk, published, links, warnings, month = st
        self.read += 1
        self.written += written
        if failed:
            self.failed += 1
            self.errors[failed] += 1
            return
        self.headline += headline
        self.desk += desk
        self.published += published
        self.links += links
        self.warnings.update(w.split(":", 1)[0] for w in warnings)
        if month:
            self.months[month] += 1

    def merge(self, other: "Summary") -> None:
        """Add a chunk's summary (made by the worker that converted it)."""
        self.read += other.read
        self.written += other.written
        self.failed += other.failed
        self.headline += other.headline
        self.desk += other.desk
        self.published += other.published
        self.links += other.links
        self.warnings.update(other.warnings)
        self.months.update(other.months)
        self.errors.update(other.errors)

    def lines(self) -> list[str]:
        ok = self.read - self.failed
        pct = (lambda n: f"{100 * n / ok:5.1f}%" if ok else "    -")
        out = [f"documents: {self.read} read, {self.written} written, {self.failed} failed",
               f"  with headline {self.headline} ({pct(self.headline).strip()}), desk {self.desk} "
               f"({pct(self.desk).strip()}), published date {self.published} "
               f"({pct(self.published).strip()}), links {self.links} ({pct(self.links).strip()})"]
        if self.warnings:
            top = ", ".join(f"{w} {n}" for w, n in self.warnings.most_common(5))
            out.append(f"  most frequent warnings: {top}")
        if self.errors:
            top = ", ".join(f"{w} {n}" for w, n in self.errors.most_common(3))
            out.append(f"  most frequent errors: {top}")
        return out


def _error_kind(rec: dict) -> str:
    """`x.txt: not UTF-8: byte 0xe9 …` -> `not UTF-8`: a short, stable kind."""
    msg = rec["error"]
    src = str(rec.get("source", "")).split(":")[0]
    if src and msg.startswith(src + ": "):
        msg = msg[len(src) + 2:]
    return msg.split(":")[0].split(" (")[0].strip()[:40] or "error"


def _stats(rec: dict) -> tuple:
    if "error" in rec and "body" not in rec:
        return (_error_kind(rec), False, False, False, False, (), None)
    pub = rec.get("published") or None
    month = pub["date"][:7] if pub and pub.get("date") else None
    return (False, bool(rec.get("headline")), bool(rec.get("desk")), bool(pub and pub.get("date")),
            bool(rec.get("links")), tuple(rec.get("warnings") or ()), month)


def convert_doc(doc: Doc, read_opts: ReadOptions, opts: ConvertOptions) -> dict:
    """One document -> its record (or an error record); never raises."""
    from .article import parse
    doc = finish_doc(doc, read_opts)
    if doc.error is not None:
        rec = {"source": doc.source, "error": doc.error}
        if doc.meta:
            rec["meta"] = doc.meta
        return rec
    crawled, bad_crawl = doc.crawled, None
    if crawled is not None:
        from .article import _crawl_time
        try:
            crawled = _crawl_time(crawled)
        except ValueError:
            # (a stamp in a form ISO does not read: the page is read without it, and says so)
            crawled, bad_crawl = None, doc.crawled
    try:
        art = parse(doc.text, source=doc.source, url=doc.url, tz=opts.tz, crawled=crawled)
        rec = art.to_dict(blocks=opts.blocks)
        if bad_crawl is not None:
            rec["warnings"] = list(rec["warnings"]) + [f"crawl_time_unreadable: {bad_crawl[:40]}"]
        if opts.unique_links:
            rec["links"] = list(dict.fromkeys(rec["links"]))
        if opts.extract_dates:
            from .dates import article_dates
            rec["dates"] = article_dates(art, tz=opts.tz)
        if opts.extract_numbers:
            from .numbers import article_numbers
            rec["numbers"] = article_numbers(art)
    except Exception as e:  # a parser bug must not stop a corpus run
        return {"source": doc.source, "error": f"internal error: {type(e).__name__}: {e}"}
    if opts.digits_ascii:
        rec = ascii_digits_record(rec)
    if opts.fields:
        rec = {k: v for k, v in rec.items() if k == "source" or k in opts.fields}
    if doc.meta:
        rec["meta"] = doc.meta
    return rec


def _extra(opts: ConvertOptions) -> tuple[str, ...]:
    """The --extract lists, which CSV writes as JSON text in columns of their own."""
    return (("dates",) if opts.extract_dates else ()) + (("numbers",) if opts.extract_numbers else ())


def csv_columns(opts: ConvertOptions) -> list[str]:
    extra = [c for c in _extra(opts) if not opts.fields or c in opts.fields]
    if not opts.fields:
        return CSV_COLUMNS + extra
    return [c for c in CSV_COLUMNS if c in ("source", "error") or c in opts.fields] + extra


def serialize(rec: dict, fmt: str, opts: ConvertOptions) -> str:
    """A record as the text it takes in the output (separators aside)."""
    if fmt in ("jsonl", "json"):
        s = json.dumps(rec, ensure_ascii=False)
        return s + "\n" if fmt == "jsonl" else s
    if fmt == "csv":
        buf = io.StringIO()
        extra = _extra(opts)
        row = dict(zip(CSV_COLUMNS + list(extra), csv_row(rec, extra)))
        csv.writer(buf, lineterminator="\n").writerow([row[c] for c in csv_columns(opts)])
        return buf.getvalue()
    if fmt == "txt":
        if "error" in rec and "body" not in rec:
            return ""
        parts = ([rec["headline"]] if rec.get("headline") else []) + list(rec.get("body") or [])
        return "\n".join(parts) + "\n\n" if parts else ""
    raise ValueError(f"unknown format {fmt!r}")


def _work(chunk: list[Doc], read_opts: ReadOptions, opts: ConvertOptions, fmt: str | None) -> list:
    # Records leave a worker as UTF-8 bytes: the main process then only
    # copies them to the output, with no decoding or encoding of its own.
    out = []
    for doc in chunk:
        rec = convert_doc(doc, read_opts, opts)
        out.append((serialize(rec, fmt, opts).encode("utf-8") if fmt else rec, _stats(rec)))
    return out


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the main process, which stops them and keeps
    # what was finished.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(docs: Iterator[Doc], size: int, max_bytes: int = CHUNK_BYTES, *,
            total: int | None = None, jobs: int = 1) -> Iterator[list[Doc]]:
    """Lists of documents. With the total known and several jobs, the last
    chunks shrink (to a quarter of what is left per job, 32 at least), so
    that the workers finish together instead of one waiting on a big last
    chunk of the other."""
    chunk: list[Doc] = []
    held = 0
    left = total
    limit = size if left is None else max(32, min(size, left // (2 * jobs)))
    for d in docs:
        chunk.append(d)
        if d.raw is not None:
            held += len(d.raw)
        elif d.text is not None:
            held += len(d.text)
        if len(chunk) >= limit or held >= max_bytes:
            if left is not None:
                left -= len(chunk)
                limit = max(32, min(size, left // (2 * jobs)))
            yield chunk
            chunk = []
            held = 0
    if chunk:
        yield chunk


def convert_stream(inputs, read_opts: ReadOptions, opts: ConvertOptions, *, jobs: int = 1,
                   fmt: str | None = "jsonl", skip: int = 0) -> Iterator[tuple]:
    """(output bytes or record dict, stats) for every document, in input order.

    `skip` drops the first documents (they are in the output being resumed).
    """
    docs = documents(inputs, read_opts, lazy=True)
    for _ in range(skip):
        if next(docs, None) is None:
            return
    if jobs <= 1:
        for doc in docs:
            rec = convert_doc(doc, read_opts, opts)
            yield (serialize(rec, fmt, opts).encode("utf-8") if fmt else rec), _stats(rec)
        return
    for results in _in_order(_work, docs, (read_opts, opts, fmt), jobs):
        yield from results


def _in_order(work, docs: Iterator[Doc], args: tuple, jobs: int, total: int | None = None) -> Iterator:
    """`work(chunk, *args)` for every chunk of `docs`, run by `jobs` worker
    processes, yielded in input order with at most 4 x jobs chunks in flight
    (so memory stays flat whatever the input size)."""
    import multiprocessing as mp
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pool = ctx.Pool(jobs, initializer=_ignore_sigint)
    pending: collections.deque = collections.deque()
    window = jobs * 4
    try:
        for chunk in _chunks(docs, CHUNK, total=total, jobs=jobs):
            pending.append(pool.apply_async(work, (chunk, *args)))
            while len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        pool.close()
    except BaseException:
        _stop(pool)
        raise
    pool.join()


def _stop(pool) -> None:
    """`pool.terminate()`, given five seconds. CPython's Pool can hang there for
    good when Ctrl-C lands while its task thread is writing a chunk to
    workers that are gone (the thread waits on a pipe no one reads, and
    terminate waits on the thread); then the workers are killed and the run
    goes on to keep what it finished. (The pool's threads are daemons: they
    do not hold the exit.)"""
    import threading
    t = threading.Thread(target=pool.terminate, daemon=True)
    t.start()
    t.join(5)
    if t.is_alive():
        for w in list(getattr(pool, "_pool", ())):
            try:
                w.kill()
            except Exception:  # (gone already)
                pass


def _work_chunk(chunk: list[Doc], read_opts: ReadOptions, opts: ConvertOptions, fmt: str,
                on_error: str) -> tuple:
    """A chunk converted and serialised as one block of UTF-8 (records of a
    JSON array joined by `,\n`): (bytes, documents, records written,
    the chunk's Summary, error messages). The worker sums up its own chunk:
    the main process only merges one Summary per chunk."""
    parts: list[str] = []
    summary = Summary()
    errors: list[str] = []
    for doc in chunk:
        rec = convert_doc(doc, read_opts, opts)
        st = _stats(rec)
        summary.add(st, False)
        if st[0]:
            # The message names the document: `corpus.jsonl:17: no field 'text'`.
            msg, src = rec["error"], str(rec.get("source") or "")
            errors.append(msg if not src or msg.startswith(src) else f"{src}: {msg}")
            if on_error == "skip":
                continue
        text = serialize(rec, fmt, opts)
        if text:
            parts.append(text)
    joined = (",\n" if fmt == "json" else "").join(parts)
    summary.written = len(parts)
    return joined.encode("utf-8"), len(chunk), len(parts), summary, errors


class Spooled(str):
    """A chunk's output left by a worker in a file (its path), for the main
    process to splice into the output: 100 MB of records then never pass
    through a pipe, pickle and the main process's memory, which was a fifth
    of the main process's work and held 2 workers to 1.5x the speed of 1."""

    __slots__ = ()


def _work_chunk_spooled(chunk: list[Doc], read_opts: ReadOptions, opts: ConvertOptions, fmt: str,
                        on_error: str, spool: str) -> tuple:
    import tempfile
    blob, ndocs, nwritten, summary, errors = _work_chunk(chunk, read_opts, opts, fmt, on_error)
    fd, path = tempfile.mkstemp(dir=spool, suffix=".chunk")
    with os.fdopen(fd, "wb") as f:
        f.write(blob)
    return Spooled(path), ndocs, nwritten, summary, errors


def splice(src_path: str, dst) -> None:
    """Append the file at src_path to the open binary file `dst` (in the
    kernel where it can: no copy through Python)."""
    dst.flush()
    with open(src_path, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        done = 0
        try:
            while done < size:
                n = os.copy_file_range(src.fileno(), dst.fileno(), size - done)
                if n == 0:
                    break
                done += n
        except (OSError, AttributeError):  # another file system, a pipe, an old kernel
            pass
        if done < size:
            src.seek(done)
            while block := src.read(1 << 20):
                dst.write(block)


def convert_chunks(inputs, read_opts: ReadOptions, opts: ConvertOptions, *, jobs: int, fmt: str,
                   on_error: str, skip: int = 0, spool: str | None = None,
                   total: int | None = None) -> Iterator[tuple]:
    """`_work_chunk` results in input order: what `bnnews convert` writes.

    The main process gets one block of bytes per chunk, so its own work per
    document is next to nothing; that is what lets 2 workers approach twice
    the speed of 1.
    """
    docs = documents(inputs, read_opts, lazy=True)
    for _ in range(skip):
        if next(docs, None) is None:
            return
    if jobs <= 1:
        for chunk in _chunks(docs, CHUNK):
            yield _work_chunk(chunk, read_opts, opts, fmt, on_error)
        return
    left = total - skip if total is not None else None
    if spool is not None:
        yield from _in_order(_work_chunk_spooled, docs, (read_opts, opts, fmt, on_error, spool), jobs,
                             left)
    else:
        yield from _in_order(_work_chunk, docs, (read_opts, opts, fmt, on_error), jobs, left)


def iter_records(names: list[str], *, jobs: int = 1, glob: str = "*.txt",
                 from_list: str | None = None, read_opts: ReadOptions | None = None,
                 opts: ConvertOptions | None = None) -> Iterator[dict]:
    """Record dicts for every page of the named inputs (files, folders, globs,
    JSON Lines, JSON arrays, compressed or not), in order.

    >>> import bnnews.batch as b
    >>> [r["desk"] for r in b.iter_records(["samples/seed_north_korea_defence_pact.txt"])]
    ['আন্তর্জাতিক ডেস্ক']
    """
    read_opts = read_opts or ReadOptions()
    inputs = expand(names, pattern=glob, from_list=from_list, forced=read_opts.input_format)
    for rec, _ in convert_stream(inputs, read_opts, opts or ConvertOptions(), jobs=jobs, fmt=None):
        yield rec


def count_records(path: str, fmt: str) -> int:
    """Complete records in a partial output (used to resume without a
    progress file); a torn last line of JSON Lines is cut off."""
    if fmt != "jsonl":
        raise ValueError("only JSON Lines output can be counted without its progress file")
    n = 0
    good = 0
    with open(path, "rb+") as f:
        for line in f:
            if line.endswith(b"\n"):
                n += 1
                good += len(line)
        f.truncate(good)
    return n


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# --- the command ------------------------------------------------------------

def _err(msg: str) -> None:
    import sys
    sys.stderr.write(f"bnnews: {msg}\n")
    sys.stderr.flush()


def _out_format(fmt: str, output: str) -> str:
    if fmt != "auto":
        return fmt
    if output == "-":
        return "jsonl"
    ext = os.path.splitext(output.lower())[1]
    return {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
            ".txt": "txt"}.get(ext, "jsonl")


class _Output:
    """The output file: written beside its final name, renamed at the end.

    Interrupted, what was finished is kept as OUTPUT.partial with a small
    progress file, from which `--resume` continues.
    """

    def __init__(self, path: str, fmt: str, columns: list[str], resume: bool):
        import sys
        self.path, self.fmt, self.columns = path, fmt, columns
        self.records = 0
        self.skip = 0
        self.resumed = False
        if path == "-":
            self.f = sys.stdout.buffer
            self.tmp = None
        else:
            self.partial = path + ".partial"
            self.progress = self.partial + ".progress"
            self.tmp = f"{path}.tmp-{os.getpid()}"
            if resume and os.path.exists(self.partial):
                info = {}
                if os.path.exists(self.progress):
                    with open(self.progress, encoding="utf-8") as pf:
                        info = json.load(pf)
                if info.get("format", fmt) != fmt:
                    raise ValueError(f"{self.partial} was written as {info['format']}, not {fmt}")
                if "documents" in info:
                    self.skip, self.records = info["documents"], info.get("records", info["documents"])
                else:
                    self.skip = self.records = count_records(self.partial, fmt)
                os.replace(self.partial, self.tmp)
                self.resumed = True
            # Not append mode: copy_file_range refuses a file opened for append.
            self.f = open(self.tmp, "r+b" if self.resumed else "wb")
            self.f.seek(0, os.SEEK_END)
        if not self.resumed:
            if fmt == "csv":
                head = io.StringIO()
                csv.writer(head, lineterminator="\n").writerow(columns)
                self.f.write(head.getvalue().encode("utf-8"))
            elif fmt == "json":
                self.f.write(b"[")

    def write(self, data: bytes, records: int = 1) -> None:
        """Whole records (a JSON array's already joined by `,\n`), in one write
        so that an interrupt never leaves half of one in the file."""
        sep = (b",\n" if self.records else b"\n") if self.fmt == "json" else b""
        if isinstance(data, Spooled):
            self.f.write(sep)
            splice(data, self.f)
        else:
            self.f.write(sep + data if sep else data)
        self.records += records

    def finish(self) -> None:
        if self.fmt == "json":
            self.f.write(b"\n]\n" if self.records else b"]\n")
        self.f.flush()
        if self.tmp is not None:
            self.f.close()
            os.replace(self.tmp, self.path)
            for p in (self.partial, self.progress):
                if os.path.exists(p):
                    os.remove(p)

    def keep_partial(self, documents: int) -> None:
        self.f.flush()
        if self.tmp is None:
            return
        self.f.close()
        os.replace(self.tmp, self.partial)
        with open(self.progress, "w", encoding="utf-8") as pf:
            json.dump({"documents": documents, "records": self.records, "format": self.fmt}, pf)

    def discard(self) -> None:
        if self.tmp is not None:
            self.f.close()
            if os.path.exists(self.tmp):
                os.remove(self.tmp)


class _InterruptGuard:
    """Ctrl-C while a chunk is being written is held until the write and the
    count of finished documents agree; otherwise it interrupts at once (also
    while waiting for input). Without it a resume could redo or skip a chunk."""

    def __init__(self):
        self.inside = False
        self.pending = False
        try:
            self.old = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: leave signals alone
            self.old = None

    def _handle(self, signum, frame):
        if self.inside:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def __enter__(self):
        self.inside = True

    def __exit__(self, *exc):
        self.inside = False
        if self.pending and exc[0] is None:
            raise KeyboardInterrupt
        return False

    def restore(self) -> None:
        if self.old is not None:
            signal.signal(signal.SIGINT, self.old)
            self.old = None


def _progress(total: int | None, quiet: bool):
    import sys
    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)
    cols = [TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s")]
    if total:
        cols.append(TimeRemainingColumn())
    p = Progress(*cols, console=Console(stderr=True), transient=True)
    p.start()
    p.add_task("convert", total=total, rate="-")
    return p


def convert_main(*, inputs, output, fmt, glob, from_list, input_format, text_field, join_fields,
                 keep_fields, url_field, fields, digits_ascii, unique_links, tz, extract_dates,
                 jobs, resume, on_error, quiet, encoding_errors, extract_numbers=False,
                 crawled_field=None) -> int:
    """`bnnews convert`: returns the exit status (0, 1, 2 or 130)."""
    import sys
    import time

    from .sources import UsageError
    fmt = _out_format(fmt, output)
    try:
        inputs_ = expand(inputs, pattern=glob, from_list=from_list, forced=input_format)
    except UsageError as e:
        _err(str(e))
        return 2
    if output != "-":
        folder = os.path.dirname(os.path.abspath(output))
        if os.path.isdir(output):
            _err(f"{output}: is a folder; give a file name for the output")
            return 2
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            _err(f"{output}: cannot write there (no such folder, or no permission)")
            return 2
    read_opts = ReadOptions(input_format=input_format, text_field=text_field,
                            join_fields=tuple(join_fields), keep_fields=tuple(keep_fields),
                            url_field=url_field or None, encoding_errors=encoding_errors,
                            crawled_field=crawled_field or None)
    opts = ConvertOptions(fields=tuple(fields) if fields else None, digits_ascii=digits_ascii,
                          unique_links=unique_links, tz=tz, extract_dates=extract_dates,
                          extract_numbers=extract_numbers)
    try:
        out = _Output(output, fmt, csv_columns(opts), resume)
    except (OSError, ValueError) as e:
        _err(str(e))
        return 2
    if resume and not out.resumed and output != "-":
        _err(f"{output}.partial: nothing to resume; starting from the beginning")
    jobs = jobs or default_jobs()
    total = len(inputs_) if all(i.format == "txt" and i.path != "-" for i in inputs_) else None
    summary = Summary()
    done = out.skip
    bar = _progress(total - done if total else None, quiet)
    t0 = time.perf_counter()
    spool = None
    if jobs > 1 and output != "-":
        import tempfile
        spool = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.spool-",
                                 dir=os.path.dirname(os.path.abspath(output)))
    stream = convert_chunks(inputs_, read_opts, opts, jobs=jobs, fmt=fmt, on_error=on_error,
                            skip=out.skip, spool=spool, total=total)
    guard = _InterruptGuard()
    try:
        for blob, ndocs, nwritten, chunk_summary, errors in stream:
            for msg in errors:
                _err(msg)
            if errors and on_error == "fail":
                stream.close()
                out.discard()
                _err("stopped at the first failed document (--on-error fail); nothing written")
                return 1
            with guard:  # the records and the count of documents they cover move together
                if nwritten:
                    out.write(blob, nwritten)
                done += ndocs
            if isinstance(blob, Spooled):
                os.remove(blob)
            summary.merge(chunk_summary)
            if bar is not None:
                rate = summary.read / max(time.perf_counter() - t0, 1e-9)
                bar.update(bar.task_ids[0], completed=summary.read, rate=f"{rate:,.0f}")
    except KeyboardInterrupt:
        guard.restore()
        out.keep_partial(done)  # (first: what was finished is safe whatever stopping the workers takes)
        stream.close()
        if bar is not None:
            bar.stop()
        if output != "-":
            _err(f"interrupted: {out.records} records kept in {output}.partial; "
                 f"run the same command with --resume to finish")
        return 130
    except BrokenPipeError:
        stream.close()
        raise
    finally:
        guard.restore()
        if spool is not None:
            import shutil
            shutil.rmtree(spool, ignore_errors=True)
    if bar is not None:
        bar.stop()
    out.finish()
    if not quiet:
        secs = time.perf_counter() - t0
        for line in summary.lines():
            sys.stderr.write(line + "\n")
        sys.stderr.write(f"  {summary.read / max(secs, 1e-9):,.0f} documents/s with {jobs} job(s)"
                         + (f"; written to {output}\n" if output != "-" else "\n"))
    return 1 if summary.failed else 0


def _is_csv(path: str) -> bool:
    low = path.lower()
    for ext in (".gz", ".bz2", ".xz"):
        if low.endswith(ext):
            low = low[: -len(ext)]
    return low.endswith(".csv")


def _csv_record(row: dict) -> dict:
    """A row of `convert -o out.csv` as the record fields the summary reads."""
    rec: dict = {k: row.get(k) or None for k in ("source", "headline", "desk")}
    if row.get("error"):
        rec["error"] = row["error"]
    if row.get("body"):
        rec["body"] = row["body"]
    if row.get("published"):
        rec["published"] = {"date": row["published"][:10]}
    rec["links"] = [x for x in (row.get("links") or "").split("\n") if x]
    rec["warnings"] = [w for w in (row.get("warnings") or "").split("; ") if w]
    return rec


def _csv_stats(path: str, summary: "Summary") -> None:
    from .sources import _open_binary
    with _open_binary(path) as f:
        for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline="")):
            summary.add(_stats(_csv_record(row)), True)


def stats_main(files: list[str]) -> int:
    """`bnnews stats`: the summary of finished outputs (JSON Lines, or the JSON
    array or CSV that `convert -o out.json` / `-o out.csv` writes)."""
    import sys

    from .sources import _open_binary
    summary = Summary()
    for path in files:
        if _is_csv(path):
            try:
                _csv_stats(path, summary)
            except (OSError, UnicodeDecodeError, csv.Error) as e:
                _err(f"{path}: cannot read as CSV: {getattr(e, 'strerror', None) or e}")
                return 2
            continue
        try:
            with _open_binary(path) as f:
                for n, raw in enumerate(f, 1):
                    raw = raw.strip()
                    if raw in (b"", b"[", b"]"):
                        continue  # (the brackets of `-o out.json`, an array with a record per line)
                    try:
                        rec = json.loads(raw[:-1] if raw.endswith(b",") else raw)
                    except ValueError:
                        _err(f"{path}:{n}: not JSON; skipped")
                        continue
                    summary.add(_stats(rec), True)
        except OSError as e:
            _err(f"{path}: cannot read: {e.strerror or e}")
            return 2
    for line in summary.lines():
        sys.stdout.write(line + "\n")
    if summary.months:
        sys.stdout.write("published per month:\n")
        top = max(summary.months.values())
        for month in sorted(summary.months):
            n = summary.months[month]
            bar = "█" * max(1, round(40 * n / top))
            sys.stdout.write(f"  {month}  {bar} {n}\n")
    return 0
