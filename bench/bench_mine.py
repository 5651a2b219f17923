"""Benchmark: `letterkit mine` on synthetic corpora of 1,000 and 10,000 letters.

Run with `make bench` (or `.venv/bin/python bench/bench_mine.py [--sizes 1000 10000]
[--jobs N]`; `--jobs 1` gives the one-process time to compare with, on the same machine).

For each size, bench/gen_corpus.py writes a workspace of that many letters recombined from
real sentences (not timed), then `letterkit mine --json` runs on it as its own process, the
way a person runs it (reading the letters in one worker process per core). Reported: wall
time, peak memory (the largest resident memory of the process and its workers together), the
number of asks and families, and the largest family's share of the asks (a collapse of
unrelated asks into one family shows there). The growth exponent is log(t2/t1) / log(n2/n1)
between consecutive sizes: 1.0 is linear, 2.0 would be all-pairs.
Budget (issue B): 10,000 letters in <= 60 s and <= 2 GB, growth near-linear.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
BUDGET_SECONDS = 60.0
BUDGET_BYTES = 2 * 1024**3


def run_mine(workspace: Path, output: Path, jobs: int | None) -> tuple[float, int]:
    """Wall seconds and peak resident bytes of `letterkit mine --json` on the workspace: of
    the process and its worker processes together, where the system shows them."""
    letterkit = Path(sys.executable).with_name("letterkit")
    command = [str(letterkit), "--workspace", str(workspace), "mine", "--json"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    with output.open("wb") as out:
        process = subprocess.Popen(command, stdout=out)
        peak = [0]
        done = threading.Event()
        sampler = threading.Thread(target=_sample, args=(process.pid, peak, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        done.set()
        sampler.join()
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"letterkit mine failed on {workspace}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is KiB on Linux
    return elapsed, max(peak[0], usage.ru_maxrss * scale)


def _sample(pid: int, peak: list[int], done: threading.Event) -> None:
    """Keep in peak[0] the largest resident memory of `pid` and all its descendants seen,
    read from /proc every 20 ms (nothing where there is no /proc)."""
    page = os.sysconf("SC_PAGE_SIZE")
    while not done.wait(0.02):
        total, stack = 0, [pid]
        while stack:
            here = stack.pop()
            try:
                total += int(Path(f"/proc/{here}/statm").read_text().split()[1]) * page
                for task in Path(f"/proc/{here}/task").iterdir():
                    stack += map(int, (task / "children").read_text().split())
            except (OSError, ValueError, IndexError):
                continue
        peak[0] = max(peak[0], total)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="keep the generated workspaces in this folder")
    parser.add_argument(
        "--jobs", type=int, help="pass --jobs to letterkit mine (default: its own, one per core)"
    )
    args = parser.parse_args()

    from gen_corpus import generate

    base = Path(tempfile.mkdtemp(prefix="letterkit-bench-")) if args.keep is None else args.keep
    results: list[tuple[int, float, int]] = []
    print(f"{'letters':>8} {'seconds':>8} {'peak MiB':>9} {'asks':>8} {'families':>9} largest")
    try:
        for size in args.sizes:
            workspace = base / f"corpus-{size}"
            if not workspace.exists():
                generate(workspace, size)
            seconds, peak = run_mine(workspace, base / f"mine-{size}.json", args.jobs)
            families = json.loads((base / f"mine-{size}.json").read_text(encoding="utf-8"))
            asks = sum(len(f["asks"]) for f in families)
            largest = max((len(f["asks"]) for f in families), default=0)
            results.append((size, seconds, peak))
            print(
                f"{size:>8} {seconds:>8.1f} {peak / 1024**2:>9.0f} {asks:>8} {len(families):>9} "
                f"{largest} asks ({largest / max(asks, 1):.1%})"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    for (n1, t1, _), (n2, t2, _) in itertools.pairwise(results):
        print(f"growth exponent {n1} -> {n2} letters: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    size, seconds, peak = results[-1]
    within = seconds <= BUDGET_SECONDS and peak <= BUDGET_BYTES
    print(
        f"budget for 10,000 letters: <= {BUDGET_SECONDS:.0f} s and <= 2 GiB; {size} letters took "
        f"{seconds:.1f} s and {peak / 1024**3:.2f} GiB: {'within' if within else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
