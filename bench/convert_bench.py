"""Throughput and memory of `bnnews convert`, against a floor in the same run.

    python bench/convert_bench.py [--docs 20000] [--mem-gb 1.0] [--no-memory]

1. A folder of --docs page files of realistic size: pages rebuilt from
   ../shared/corpus (title, author, date, body) when present, else the
   samples, each with a varied paragraph so that no two are the same.
2. The floor: a script that reads the same files and writes `json.dumps`
   of their lines to JSONL, in one process.
3. `bnnews convert FOLDER -o out.jsonl --jobs 1` and `--jobs 2`: documents/s,
   MB/s (UTF-8 input), ratio to the floor, speed-up of 2 jobs over 1.
4. Peak memory: a JSON Lines file of --mem-gb GB is converted with --jobs 2
   while /proc is sampled; the peak resident set size of the main process
   and of each worker is reported.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_bench import CORPUS, pages  # noqa: E402  the same realistic pages
BNNEWS = [sys.executable, "-m", "bnnews"]

FLOOR = r"""
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as o:
    for root, _, files in os.walk(src):
        for name in sorted(files):
            with open(os.path.join(root, name), "rb") as f:
                text = f.read().decode("utf-8")
            o.write(json.dumps(text.split("\n"), ensure_ascii=False))
            o.write("\n")
"""


def varied(src: list[str], i: int) -> str:
    return src[i % len(src)] + f"\nনমুনা অনুচ্ছেদ {i}: এই লাইনটি প্রতিটি পাতাকে আলাদা রাখে।\n"


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def _rss_kb(pid: int, field: str = "VmRSS") -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


def peak_memory(cmd: list[str]) -> tuple[int, dict[int, int], float]:
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    main_peak = 0
    t = time.perf_counter()
    while p.poll() is None:
        main_peak = max(main_peak, _rss_kb(p.pid))
        for c in _children(p.pid):
            peaks[c] = max(peaks.get(c, 0), _rss_kb(c))
        time.sleep(0.05)
    return main_peak, peaks, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--mem-gb", type=float, default=1.0)
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args()
    src = pages()
    tmp = Path(tempfile.mkdtemp(prefix="bnnews-bench-"))
    # `python -m bnnews` imports the working directory's package first: run
    # from the temporary folder, the one measured is the installed one (or
    # the one PYTHONPATH names), wherever the bench is started from.
    here = os.getcwd()
    os.chdir(tmp)
    try:
        used = subprocess.run([sys.executable, "-c", "import bnnews; print(bnnews.__file__)"],
                              capture_output=True, text=True, check=False).stdout.strip()
        print(f"bnnews measured: {used}")
        folder = tmp / "pages"
        folder.mkdir()
        total = 0
        for i in range(args.docs):
            data = varied(src, i).encode("utf-8")
            total += len(data)
            (folder / f"{i:06d}.txt").write_bytes(data)
        mb = total / 1e6
        print(f"{args.docs} pages, {mb:.1f} MB ({'corpus' if CORPUS.exists() else 'samples'}), "
              f"{os.cpu_count()} CPUs")
        floor_py = tmp / "floor.py"
        floor_py.write_text(FLOOR)
        t_floor = timed([sys.executable, str(floor_py), str(folder), str(tmp / "floor.jsonl")])
        print(f"  floor (read + json.dumps of lines)   {t_floor:7.2f} s  {args.docs / t_floor:8.0f} docs/s"
              f"  {mb / t_floor:6.1f} MB/s")
        res = {}
        for jobs in (1, 2):
            out = tmp / f"out{jobs}.jsonl"
            t = timed([*BNNEWS, "convert", str(folder), "-o", str(out), "--jobs", str(jobs), "-q"])
            res[jobs] = t
            print(f"  bnnews convert --jobs {jobs}              {t:7.2f} s  {args.docs / t:8.0f} docs/s"
                  f"  {mb / t:6.1f} MB/s  = {t / t_floor:.2f}x floor")
        print(f"  speed-up of --jobs 2 over --jobs 1: {res[1] / res[2]:.2f}x")
        same = (tmp / "out1.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()
        print(f"  outputs of --jobs 1 and --jobs 2 identical: {same}")
        shutil.rmtree(folder)
        if args.no_memory:
            return 0
        big = tmp / "big.jsonl"
        target = int(args.mem_gb * 1e9)
        size = 0
        n = 0
        with open(big, "w", encoding="utf-8") as f:
            while size < target:
                line = json.dumps({"id": n, "text": varied(src, n)}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                n += 1
        main_kb, workers, secs = peak_memory(
            [*BNNEWS, "convert", str(big), "-o", str(tmp / "big.out.jsonl"), "--jobs", "2", "-q"])
        print(f"  {size / 1e9:.2f} GB JSONL ({n} records) with --jobs 2 in {secs:.1f} s "
              f"({size / 1e6 / secs:.1f} MB/s): peak RSS main {main_kb / 1024:.0f} MB, workers "
              + ", ".join(f"{kb / 1024:.0f} MB" for kb in workers.values()))
    finally:
        os.chdir(here)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
