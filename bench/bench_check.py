"""Benchmark: the house-style check of the example letter, in process.

Run with `make bench` (or `.venv/bin/python bench/bench_check.py [--runs N] [SPEC]`).

Timed, each --runs times after one warm-up, medians reported:
- compose: reading the spec and composing the letter (what `build` does before writing) --
  the peer measured in the same process, to show what the check adds on top of it;
- house style: compose + every offline house-style rule (what `check --no-languagetool`
  reports, without the corpus overlap);
- offline check: house style + the overlap with earlier letters in the corpus;
- with workspace load: the offline check including reading the workspace from disk.
Budget (DESIGN.md): the house-style check of a two-page letter in <= 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_SPEC = ROOT / "letters" / "meps-delegation-visit" / "letter.yaml"
BUDGET_MS = 100.0


def median_ms(func: Callable[[], object], runs: int) -> float:
    func()  # warm-up: imports, Jinja bytecode cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from letterkit.check.house_style import house_style
    from letterkit.check.overlap import overlap
    from letterkit.check.reader import read_letter
    from letterkit.compose import compose_letter
    from letterkit.workspace import find_workspace, load_spec, load_workspace

    spec_path = args.spec.resolve()
    root = find_workspace(spec_path.parent)
    ws = load_workspace(root)

    def compose() -> object:
        return compose_letter(ws, load_spec(spec_path, ws), spec_path)

    def style_only() -> object:
        return house_style(read_letter(spec_path, ws), ws.style)

    def offline() -> object:
        letter = read_letter(spec_path, ws)
        return house_style(letter, ws.style) + overlap(letter, ws.style)

    def cold() -> object:
        fresh = load_workspace(root)
        letter = read_letter(spec_path, fresh)
        return house_style(letter, fresh.style) + overlap(letter, fresh.style)

    letter = read_letter(spec_path, ws)
    words = sum(len(u.text.split()) for u in letter.units)
    print(f"letter: {spec_path.relative_to(ROOT)} ({words} words, {len(letter.notes)} notes)")
    results = {
        "compose": median_ms(compose, args.runs),
        "house style": median_ms(style_only, args.runs),
        "offline check": median_ms(offline, args.runs),
        "with workspace load": median_ms(cold, args.runs),
    }
    print(f"{'step':<22} {'median ms':>10}   ({args.runs} runs each, in process)")
    for name, value in results.items():
        print(f"{name:<22} {value:>10.1f}")
    style = results["house style"]
    print(f"house style / compose = {style / results['compose']:.2f}")
    verdict = "ok" if style <= BUDGET_MS else "OVER BUDGET"
    print(f"house-style check: {style:.1f} ms (budget <= {BUDGET_MS:.0f} ms: {verdict})")
    return 0 if style <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
