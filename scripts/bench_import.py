#!/usr/bin/env python3
"""Import-time benchmark: cold interpreter starts, median of N, side by side with `import httpx`.

    python scripts/bench_import.py [--runs 7] [--spec PATH]   # --spec also times a full generation

Each figure is the wall time of a fresh `python -c <statement>` minus the time of `python -c pass`,
so interpreter start-up is not counted. Prints a table; with --spec it also reports generation wall
time and the size of generated/.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STATEMENTS = {
    "import httpx": "import httpx",
    "fivetran_api + connection_details": (
        "import fivetran_api; from fivetran_api.api.connection_management import connection_details"
    ),
    "import fivetran_ext": "import fivetran_ext",
}


def cold_start(statement: str, runs: int) -> float:
    """Median wall time in seconds of `runs` fresh interpreters executing `statement`."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--spec", help="also time `scripts/generate.py --check` on this spec")
    args = parser.parse_args()
    # Warm the OS file cache and .pyc files once so every statement is measured the same way.
    for statement in STATEMENTS.values():
        subprocess.run([sys.executable, "-c", statement], check=True)
    baseline = cold_start("pass", args.runs)
    results = {name: cold_start(statement, args.runs) - baseline for name, statement in STATEMENTS.items()}
    httpx_time = results["import httpx"]
    print(f"Import time, median of {args.runs} cold starts, interpreter start-up ({baseline * 1000:.0f} ms) subtracted")
    print(f"{'what':<40} {'ms':>8} {'x httpx':>8}")
    for name, seconds in results.items():
        print(f"{name:<40} {seconds * 1000:>8.1f} {seconds / httpx_time:>8.2f}")
    if args.spec:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", args.spec, "--check"],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - started
        package = ROOT / "generated" / "fivetran_api"
        files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        size = sum(p.stat().st_size for p in files)
        print(f"generation (normalize + generate + format, --check): {seconds:.1f} s")
        print(f"generated/fivetran_api: {len(files)} files, {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
