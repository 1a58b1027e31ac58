"""Start-up time of `bnnews parse FILE --format json` against `python -c "import typer"`.

    python bench/startup_bench.py [--runs 30]

Both are run as fresh processes with the same interpreter; the median of
--runs is reported, and the ratio that issue 2 bounds (at most 1.6x).

Measure an installed bnnews (its `bnnews` script on PATH, as a user runs
it). Without one, `python -m bnnews` imports the source tree, and where
PYTHONDONTWRITEBYTECODE is set (this machine sets it) every run compiles
the package anew: about 20 ms that no installed copy pays.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "seed_north_korea_defence_pact.txt"


def median_time(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    exe = shutil.which("bnnews")
    cmd = [exe] if exe else [sys.executable, "-m", "bnnews"]
    base = median_time([sys.executable, "-c", "import typer"], args.runs)
    ours = median_time([*cmd, "parse", str(SEED), "--format", "json"], args.runs)
    print(f"python -c 'import typer'           {base * 1000:6.1f} ms")
    print(f"{' '.join(Path(c).name for c in cmd)} parse SEED --format json  {ours * 1000:6.1f} ms"
          f"  = {ours / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
