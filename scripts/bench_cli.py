#!/usr/bin/env python3
"""CLI one-shot benchmark: ``fivetran-ext connections list`` vs the same GET done by ``python -c`` with httpx.

    python scripts/bench_cli.py [--runs 15] [--venv DIR]

What a user pays per command: a fresh process that starts Python, imports what it needs, sends one
request to a local server and prints the answer. Both sides run in a clean virtualenv holding only the
fivetran-ext wheel and its dependencies (as a user's ``pip install fivetran-ext``), against
``bench_server.py`` on 127.0.0.1 (20 connections), in interleaved rounds; the figure is the median wall
time of each, and the target is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
TARGET = 1.5

RAW = (
    "import sys, httpx\n"
    "response = httpx.get(sys.argv[1] + '/v1/connections', auth=('bench-key', 'bench-secret'),"
    " headers={'Accept': 'application/json;version=2'})\n"
    "response.raise_for_status()\n"
    "for item in response.json()['data']['items']:\n"
    "    print(item['id'], item['service'], item['schema'])\n"
)


def clean_venv(directory: Path) -> Path:
    """A virtualenv with only the fivetran-ext wheel (built from this checkout) and its dependencies."""
    python = directory / "bin" / "python"
    wheels = directory / "wheels"
    shutil.rmtree(directory, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(directory)], check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(ROOT)],
        check=True,
    )
    (wheel,) = wheels.glob("fivetran_ext-*.whl")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    return python


@contextlib.contextmanager
def local_server(python: str) -> Iterator[str]:
    process = subprocess.Popen(
        [python, str(SCRIPTS / "bench_server.py"), "--items", "20"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            raise RuntimeError("bench_server.py did not start")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def one_shot(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(python: Path, base_url: str, runs: int) -> dict[str, float]:
    """Median seconds of each one-shot command, measured in interleaved rounds after one warm-up each."""
    env = {
        **{name: value for name, value in os.environ.items() if not name.startswith(("FIVETRAN_", "PYTHON"))},
        "FIVETRAN_API_KEY": "bench-key",
        "FIVETRAN_API_SECRET": "bench-secret",
    }
    commands = {
        "fivetran-ext connections list": [
            str(python.parent / "fivetran-ext"),
            "--base-url",
            base_url,
            "connections",
            "list",
        ],
        "python -c <httpx GET + print>": [str(python), "-c", RAW, base_url],
        "python -c pass": [str(python), "-c", "pass"],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the OS cache and write .pyc files once
        one_shot(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(one_shot(command, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def run(runs: int, venv: Path | None = None) -> dict[str, float]:
    """Build the clean venv (in ``venv`` or a temporary directory), serve, measure."""
    with contextlib.ExitStack() as stack:
        directory = venv or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-cli-"))) / "venv"
        python = clean_venv(directory)
        base_url = stack.enter_context(local_server(sys.executable))
        return measure(python, base_url, runs)


ROW = "fivetran-ext connections list, one-shot"


def section(sizes: Any, args: argparse.Namespace) -> Any:
    """The ``cli`` section of ``scripts/bench.py``: one summary row and a details paragraph.

    ``--quick`` measures in the current environment (no clean virtualenv to build; not representative).
    """
    from bench import Row, Section, md_table, ms, ratio, versus  # the caller's helpers (scripts/ is no package)

    runs = 3 if args.quick else 15
    if args.quick:
        with local_server(sys.executable) as base_url:
            results = measure(Path(sys.executable), base_url, runs)
    else:
        results = run(runs)
    ours, raw = results["fivetran-ext connections list"], results["python -c <httpx GET + print>"]
    result = Section("CLI one-shot")
    result.rows.append(Row(ROW, ms(ours), ms(raw), versus(ours / raw), f"<= {TARGET}x", ours <= TARGET * raw))
    where = "this environment (--quick)" if args.quick else "a clean virtualenv holding only the fivetran-ext wheel"
    result.details.append(
        f"Wall time of a whole process, median of {runs} interleaved runs, in {where}, against bench_server.py on "
        "127.0.0.1 (20 connections): `fivetran-ext connections list` (credentials from the environment, a table "
        "printed) vs `python -c` importing httpx, sending the same GET and printing the items. Measured by "
        "`scripts/bench_cli.py`."
    )
    result.details += md_table(
        ["command", "median", "x raw httpx"],
        [[f"`{name}`", ms(value), ratio(value / raw)] for name, value in results.items()],
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--venv", type=Path, help="where to build the clean virtualenv (default: a temporary one)")
    args = parser.parse_args()
    results = run(args.runs, args.venv)
    ours, raw = results["fivetran-ext connections list"], results["python -c <httpx GET + print>"]
    print(f"One-shot wall time, median of {args.runs} interleaved runs, clean venv with the wheel only")
    for name, seconds in results.items():
        print(f"{name:<34} {seconds * 1000:>8.1f} ms")
    print(f"ratio {ours / raw:.2f}x (target <= {TARGET}x): {'PASS' if ours <= TARGET * raw else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
