"""Time a whole-network PDF of a 10,000-contact demo network (PERFORMANCE.md: under 2 s).

Run: .venv/bin/python tests/benchmarks/bench_print.py [--size N] [--repeat R]
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best one counts")
    args = parser.parse_args()

    from networkcircles.printing.output import PrintOptions, ensure_gui_app, write_pdf
    from networkcircles.services.demo import create_demo
    from networkcircles.store.db import close_store, open_store

    ensure_gui_app()
    with tempfile.TemporaryDirectory() as folder:
        open_store(Path(folder) / "bench.sqlite")
        create_demo(size=args.size)
        target = Path(folder) / "whole.pdf"
        times, pages = [], 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            pages = write_pdf(target, PrintOptions())
            times.append(time.perf_counter() - start)
        size_mb = os.path.getsize(target) / 1e6
        close_store()
    best = min(times)
    figure = f"whole-network PDF, {args.size:,} contacts ({pages} pages, {size_mb:.1f} MB)"
    rows = [("figure", "goal", "measured"), (figure, f"< {GOAL_SECONDS:.0f} s", f"{best:.2f} s")]
    width = max(len(row[0]) for row in rows)
    for name, goal, measured in rows:
        print(f"{name:<{width}}  {goal:>6}  {measured:>8}")
    print(f"(best of {args.repeat}: " + ", ".join(f"{t:.2f}" for t in times) + " s)")
    return 0 if best < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
