#!/usr/bin/env python3
"""`make bench`: every performance figure of fivetran_ext measured in one run, side by side with its baseline.

    .venv/bin/python scripts/bench.py [--quick] [--no-peers] [--output BENCHMARKS.md] [--only SECTION,...]
                                      [--profile] [--peers-dir DIR]

Measures, against servers on 127.0.0.1 only:

* import time of ``fivetran_ext`` vs ``httpx`` (cold interpreters, median; bench_import.py's method);
* per-request overhead of ``Fivetran.connections.get`` and ``client.generated`` vs raw httpx on the same
  keep-alive server (bench_overhead.py's contenders, interleaved rounds);
* streaming 100k connections over 100 pages vs a raw httpx + JSON loop, and tracemalloc peaks at 10k vs 100k;
* parsing a 20,000-table x 25-column schema config through ``get_schema_config`` vs ``json.loads`` alone;
* ``async_fan_out`` of 500 details calls with 50 ms server latency at concurrency 50 vs sequential awaits;
* a thread fan-out under the fake API's rate limit, with and without a ``RateLimitGovernor``;
* the event-loop stall while Redis is slow to admit a request, blocking store call vs ``redis.asyncio`` (bench_loop.py);
* other Python clients for Fivetran from PyPI (scratch virtualenvs, see bench_peers.py) on the same server.

Prints a table with PASS/MISS against each target and writes the same (with the command, date and
machine) to BENCHMARKS.md. ``--quick`` shrinks every size for a smoke test of a few seconds; its figures are
not representative and the file says so. ``--profile`` also prints cProfile's top functions for the
fivetran_ext side of the overhead, streaming and schema-config measurements.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import gc
import json
import os
import platform
import pstats
import shlex
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

import bench_budget  # noqa: E402 - the scripts folder is not a package
import bench_cli  # noqa: E402
import bench_fleet  # noqa: E402
import bench_import  # noqa: E402
import bench_loop  # noqa: E402
import bench_models  # noqa: E402
import bench_overhead  # noqa: E402
import bench_peers  # noqa: E402
import bench_pool  # noqa: E402
import bench_server  # noqa: E402

API_KEY = bench_overhead.API_KEY
API_SECRET = bench_overhead.API_SECRET
CONNECTION_ID = bench_overhead.CONNECTION_ID
SECTIONS = (
    "import",
    "overhead",
    "stream",
    "schema",
    "fanout",
    "ratelimit",
    "pool",
    "peers",
    "fleet",
    "budget",
    "loop",
    "cli",
    "models",
)


@dataclass(frozen=True)
class Sizes:
    """How big each measurement is: the full run, or the few-seconds smoke test (``--quick``)."""

    import_runs: int = 11
    overhead_calls: int = 3000
    overhead_rounds: int = 20
    stream_items: int = 100_000
    stream_small: int = 10_000
    stream_limit: int = 1000
    stream_rounds: int = 5
    schema_tables: int = 20_000
    schema_columns: int = 25
    schema_rounds: int = 3
    fanout_calls: int = 500
    fanout_sequential: int = 500
    fanout_latency: float = 0.05
    fanout_concurrency: int = 50
    rate_requests: int = 100
    rate_window: float = 2.0
    rate_windows: int = 5
    rate_concurrency: int = 16
    peer_calls: int = 1000
    peer_items: int = 2500


QUICK = Sizes(
    import_runs=3,
    overhead_calls=200,
    overhead_rounds=4,
    stream_items=2000,
    stream_small=400,
    stream_limit=200,
    stream_rounds=1,
    schema_tables=300,
    schema_rounds=1,
    fanout_calls=100,
    fanout_sequential=20,
    fanout_latency=0.02,
    fanout_concurrency=50,
    rate_requests=10,
    rate_window=0.5,
    rate_windows=3,
    peer_calls=30,
    peer_items=250,
)


@dataclass
class Row:
    """One line of the summary table. ``passed`` is None for figures without a target."""

    benchmark: str
    ours: str
    baseline: str
    ratio: str
    target: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "MISS")


@dataclass
class Section:
    """What one measurement reports: summary rows and the lines of its detail block (Markdown)."""

    title: str
    rows: list[Row] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- helpers


@contextlib.contextmanager
def local_server(
    *, items: int = 0, schema_tables: int = 0, schema_columns: int = 25, latency: float = 0.0
) -> Iterator[str]:
    """Run bench_server.py in its own process (no GIL sharing with the client) and yield its base URL."""
    command = [sys.executable, str(SCRIPTS / "bench_server.py"), "--items", str(items), "--latency", str(latency)]
    command += ["--schema-tables", str(schema_tables), "--schema-columns", str(schema_columns)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"bench_server.py did not start (exit code {process.poll()})")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def interleaved_medians(functions: Sequence[Callable[[], object]], rounds: int) -> list[float]:
    """Median wall time of each function over ``rounds`` rounds, each round calling every function once.

    Interleaved so that drift during the run (CPU frequency, another process, the heap growing) falls on
    every contender alike, as in bench_overhead.py; a full collection before each call so no call pays for
    another's garbage.
    """
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(rounds):
        for function, times in zip(functions, samples, strict=True):
            gc.collect()
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
    return [statistics.median(times) for times in samples]


def traced_peak(function: Callable[[], object]) -> int:
    """Peak bytes allocated by Python while ``function`` runs, above what was allocated before (tracemalloc).

    The result is dropped only after the peak is read, so a returned object counts (it is what the caller
    would hold).
    """
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = function()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return max(0, peak - before)


def profile(title: str, function: Callable[[], object], limit: int = 20) -> None:
    """Print cProfile's top functions by own time (``--profile``): where the fivetran_ext side spends it."""
    profiler = cProfile.Profile()
    profiler.runcall(function)
    print(f"\n--- profile: {title} (top {limit} by own time) ---")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(limit)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def ratio(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}x"


def versus(value: float) -> str:
    """A ratio judged against a target: three decimals, so a rounded figure never contradicts its verdict."""
    return ratio(value, 3)


def md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table, preceded by the blank line that separates it from a paragraph."""
    lines = ["", "| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


# ---------------------------------------------------------------------------------------------- measurements


# What an import costs a user: `import fivetran_ext` alone is lazy (it resolves names on first use), so the
# statements that make a client usable are timed too. Keys are the labels of the report.
IMPORT_STATEMENTS = {
    "import httpx": "import httpx",
    "import fivetran_ext": "import fivetran_ext",
    "from fivetran_ext import Fivetran": "from fivetran_ext import Fivetran",
    "... and client.connections ready": "from fivetran_ext import Fivetran; Fivetran('k', 's').connections",
    "fivetran_api + connection_details": bench_import.STATEMENTS["fivetran_api + connection_details"],
}
# httpx imports its command-line client (click, rich, pygments) whenever those happen to be installed, as
# they are in this dev environment (openapi-python-client needs them) but not in a plain
# `pip install fivetran-ext`. Blocking `click` makes httpx skip its CLI, as on a user's machine.
WITHOUT_HTTPX_CLI = "import sys; sys.modules['click'] = None; "


def measure_import(sizes: Sizes, args: argparse.Namespace) -> Section:
    """Import time vs ``import httpx``: fresh interpreters, median, start-up subtracted, with/without httpx's CLI."""
    section = Section("Import time")
    # Warm the OS cache and write the .pyc files once (pip writes them at install time; an environment with
    # PYTHONDONTWRITEBYTECODE would otherwise make every cold start compile the sources again).
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    statements = dict(IMPORT_STATEMENTS)
    if args.quick:  # the statements of the summary rows only
        del statements["fivetran_api + connection_details"]
    for statement in statements.values():
        subprocess.run([sys.executable, "-c", statement], check=True, env=env)
    runs = {("pass", "dev"): "pass"}
    runs.update(
        ((name, variant), prefix + code)
        for name, code in statements.items()
        for variant, prefix in (("dev", ""), ("user", WITHOUT_HTTPX_CLI))
    )
    # Interleaved (every statement once per round), so load that comes and goes hits all of them alike.
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in runs}
    for _ in range(sizes.import_runs):
        for key, code in runs.items():
            samples[key].append(bench_import.cold_start(code, 1))
    baseline = statistics.median(samples.pop(("pass", "dev")))
    results = {key: statistics.median(values) - baseline for key, values in samples.items()}
    # Summary: a user's install (no httpx CLI); the dev-venv figures are in the details table.
    httpx_time = results["import httpx", "user"]
    targets = {
        "import fivetran_ext": 2.0,
        "from fivetran_ext import Fivetran": 2.0,
        "... and client.connections ready": 2.0,
        "fivetran_api + connection_details": 1.5,
    }
    for name, target in targets.items():
        if (name, "user") not in results:
            continue
        ours = results[name, "user"]
        section.rows.append(
            Row(
                f"{name} vs import httpx",
                ms(ours),
                ms(httpx_time),
                versus(ours / httpx_time),
                f"<= {target:g}x",
                ours <= target * httpx_time,
            )
        )
    section.details.append(
        f"Median of {sizes.import_runs} cold `python -c` starts each, in interleaved rounds; interpreter start-up "
        f"({ms(baseline)}) subtracted. `import fivetran_ext` is lazy: it imports httpx and the client only when "
        "a name is first used, so `from fivetran_ext import Fivetran` (and building a client and reaching a "
        "resource) is what using the client costs. In this dev environment httpx "
        "also imports its command-line client (click, "
        "rich, pygments, installed here for openapi-python-client); a user's `pip install fivetran-ext` has "
        "none of them, so every statement is also timed with `click` blocked, which makes httpx skip its CLI; the "
        "summary uses those figures."
    )
    section.details += md_table(
        ["statement", "without httpx's CLI", "x import httpx", "dev venv", "x import httpx"],
        [
            [
                f"`{name}`",
                ms(results[name, "user"]),
                ratio(results[name, "user"] / results["import httpx", "user"]),
                ms(results[name, "dev"]),
                ratio(results[name, "dev"] / results["import httpx", "dev"]),
            ]
            for name in statements
        ],
    )
    return section


def measure_overhead(sizes: Sizes, args: argparse.Namespace) -> Section:
    """Sequential connection-details GETs: each contender of bench_overhead.py, interleaved rounds, median."""
    section = Section("Per-request overhead")
    with local_server() as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        contenders, close = bench_overhead._contenders(port)
        try:
            for call in contenders.values():  # warm connections, caches and lazy imports
                bench_overhead._measure(call, max(20, sizes.overhead_calls // 15))
            samples: dict[str, list[float]] = {name: [] for name in contenders}
            cpu = dict.fromkeys(contenders, 0.0)
            per_round = max(1, sizes.overhead_calls // sizes.overhead_rounds)
            for _ in range(sizes.overhead_rounds):
                for name, call in contenders.items():
                    wall, spent = bench_overhead._measure(call, per_round)
                    samples[name].extend(wall)
                    cpu[name] += spent
            if args.profile:
                get = contenders["Fivetran.connections.get"]
                profile("Fivetran.connections.get x 2000", lambda: [get() for _ in range(2000)])
        finally:
            close()
    calls = per_round * sizes.overhead_rounds
    medians = {name: statistics.median(values) for name, values in samples.items()}
    raw, raw_cpu = medians[bench_overhead.RAW], cpu[bench_overhead.RAW] / calls
    for name, label in (
        ("Fivetran.connections.get", "Fivetran.connections.get per call"),
        ("client.generated sync_detailed", "client.generated sync_detailed per call"),
    ):
        section.rows.append(
            Row(
                label,
                f"{medians[name]:.0f} µs",
                f"raw httpx {raw:.0f} µs",
                versus(medians[name] / raw),
                "<= 1.1x",
                medians[name] <= 1.1 * raw,
            )
        )
    section.details.append(
        f"{len(bench_overhead.BODY)} byte connection envelope, {calls} sequential GETs per contender in "
        f"{sizes.overhead_rounds} interleaved rounds over one keep-alive connection; median wall time per call, "
        "and the client process's CPU time per call (steadier on a shared machine)."
    )
    section.details += md_table(
        ["contender", "median", "x raw httpx", "client CPU", "CPU x raw httpx"],
        [
            [
                name,
                f"{median:.1f} µs",
                ratio(median / raw),
                f"{cpu[name] / calls:.1f} µs",
                ratio(cpu[name] / calls / raw_cpu),
            ]
            for name, median in medians.items()
        ],
    )
    if not args.quick:
        layers = bench_overhead._layer_costs()
        section.details.append("")
        section.details.append("Cost of each layer in-process (no network; best-of-rounds client CPU per call):")
        previous = None
        rows = []
        for name, cost in layers.items():
            rows.append([name, f"{cost:.1f} µs", "" if previous is None else f"+{cost - previous:.1f} µs"])
            previous = cost
        section.details += md_table(["layer", "CPU per call", "step"], rows)
    return section


def measure_streaming(sizes: Sizes, args: argparse.Namespace) -> Section:
    """Iterate every connection over `limit`-sized pages: fivetran_ext's ``stream()`` vs a raw httpx loop."""
    import httpx

    from fivetran_ext import Fivetran

    section = Section("Streaming a large connection list")
    item_size = len(json.dumps(bench_server.connection_item(0)))
    pages = sizes.stream_items // sizes.stream_limit
    with local_server(items=sizes.stream_items) as base_url:
        raw = httpx.Client(base_url=base_url, auth=(API_KEY, API_SECRET), timeout=httpx.Timeout(60.0, connect=10.0))
        client = Fivetran(API_KEY, API_SECRET, base_url=base_url)
        headers = {"Accept": "application/json;version=2"}

        def raw_loop(limit_items: int) -> int:
            # What a careful hand-written loop does: follow data.next_cursor, touch each item, keep none.
            count, cursor = 0, None
            while count < limit_items:
                params: dict[str, Any] = {"limit": sizes.stream_limit, **({"cursor": cursor} if cursor else {})}
                data = raw.get("/v1/connections", params=params, headers=headers).json()["data"]
                for item in data["items"]:
                    # The fields a sync monitor reads: the same three the typed pass reads.
                    count += item["id"] is not None and item["status"]["sync_state"] is not None
                    _ = item["succeeded_at"]
                cursor = data.get("next_cursor")
                if not cursor:
                    break
            return count

        def ours(limit_items: int) -> int:
            count = 0
            for connection in client.connections.stream(limit=sizes.stream_limit, max_items=limit_items):
                count += connection.id is not None and connection.status.sync_state is not None
                _ = connection.succeeded_at
            return count

        def ours_every_attribute(limit_items: int) -> int:
            count = 0
            for connection in client.connections.stream(limit=sizes.stream_limit, max_items=limit_items):
                count += read_every_attribute(connection) > 0
            return count

        try:
            for function in (raw_loop, ours):  # warm up: imports, connection, the server's page cache
                if function(sizes.stream_items) != sizes.stream_items:
                    raise RuntimeError(f"{function.__name__} did not see all {sizes.stream_items} items")
            # The every-attribute pass allocates several times more: interleaving it with the pair would
            # leave each raw round a grown heap that the raw loop alone never has.
            raw_time, our_time = interleaved_medians(
                [partial(raw_loop, sizes.stream_items), partial(ours, sizes.stream_items)], sizes.stream_rounds
            )
            (every_time,) = interleaved_medians(
                [partial(ours_every_attribute, sizes.stream_items)], sizes.stream_rounds
            )
            memory = {
                (name, count): traced_peak(lambda f=function, n=count: f(n))  # type: ignore[misc]
                for name, function in (("fivetran_ext", ours), ("raw httpx", raw_loop))
                for count in (sizes.stream_small, sizes.stream_items)
            }
            if args.profile:
                profile(f"connections.stream() of {sizes.stream_items} items", lambda: ours(sizes.stream_items))
        finally:
            raw.close()
            client.close()
    small, large = memory["fivetran_ext", sizes.stream_small], memory["fivetran_ext", sizes.stream_items]
    section.rows.append(
        Row(
            f"stream {sizes.stream_items:,} connections ({pages} pages of {sizes.stream_limit})",
            f"{our_time:.2f} s",
            f"raw httpx loop {raw_time:.2f} s",
            versus(our_time / raw_time),
            "<= 1.3x",
            our_time <= 1.3 * raw_time,
        )
    )
    section.rows.append(
        Row(
            f"stream {sizes.stream_items:,} connections reading every attribute",
            f"{every_time:.2f} s",
            f"raw httpx loop {raw_time:.2f} s",
            versus(every_time / raw_time),
            "not slower than eager models",
            None,
        )
    )
    section.rows.append(
        Row(
            f"stream peak memory, {sizes.stream_items:,} vs {sizes.stream_small:,} items",
            f"{mb(large)} vs {mb(small)}",
            f"raw loop {mb(memory['raw httpx', sizes.stream_items])}",
            versus(large / small),
            "flat (<= 1.25x)",
            large <= 1.25 * small,
        )
    )
    section.details.append(
        f"{sizes.stream_items:,} connections (each {item_size:,} bytes of JSON, the details minus setup tests) "
        f"served as {pages} pre-built pages of {sizes.stream_limit} with opaque cursors; median of "
        f"{sizes.stream_rounds} interleaved rounds of the two (then {sizes.stream_rounds} of the every-attribute "
        "pass). Both loops read `id`, `status.sync_state` and `succeeded_at` of every item; fivetran_ext "
        "hands out a typed `Connection` per item (fields built on first read, so "
        "`succeeded_at` is a datetime), the raw loop indexes the parsed JSON. The every-attribute pass reads "
        "every field of every model, nested ones included (no `to_dict()` shortcut); `make bench` section "
        "`models` compares that with the eager models this client had before. Memory: tracemalloc peak in the "
        "client process while iterating without keeping items (a separate pass)."
    )
    section.details += md_table(
        ["", "time", "items/s", f"peak at {sizes.stream_small:,}", f"peak at {sizes.stream_items:,}"],
        [
            [
                label,
                f"{seconds:.2f} s",
                f"{sizes.stream_items / seconds:,.0f}",
                *(
                    mb(memory[name, count]) if (name, count) in memory else "not measured"
                    for count in (sizes.stream_small, sizes.stream_items)
                ),
            ]
            for name, label, seconds in (
                ("fivetran_ext", "fivetran_ext `client.connections.stream()`", our_time),
                ("every attribute", "fivetran_ext, every attribute read", every_time),
                ("raw httpx", "raw httpx + json loop", raw_time),
            )
        ],
    )
    return section


def read_every_attribute(model: Any) -> int:
    """Read every declared field of a generated model and of the models it holds; return how many."""
    count = 0
    for name in type(model)._FIELDS:
        value = getattr(model, name)
        count += 1
        for item in value if isinstance(value, list) else [value]:
            if hasattr(type(item), "_FIELDS"):
                count += read_every_attribute(item)
    return count


def measure_schema_config(sizes: Sizes, args: argparse.Namespace) -> Section:
    """``get_schema_config`` of a huge connection vs ``json.loads`` of the very same body."""
    import httpx

    from fivetran_ext import Fivetran

    section = Section("Parsing a large schema config")
    shape = f"{sizes.schema_tables:,} tables x {sizes.schema_columns} columns"
    with local_server(schema_tables=sizes.schema_tables, schema_columns=sizes.schema_columns) as base_url:
        raw = httpx.Client(base_url=base_url, auth=(API_KEY, API_SECRET), timeout=httpx.Timeout(120.0, connect=10.0))
        client = Fivetran(API_KEY, API_SECRET, base_url=base_url, timeout=120.0)
        path = f"/v1/connections/{CONNECTION_ID}/schemas"
        try:
            body = raw.get(path).content
            config = client.connections.get_schema_config(CONNECTION_ID)  # warm-up, and a sanity check
            columns = sum(1 for _ in config.iter_columns())
            if columns != sizes.schema_tables * sizes.schema_columns:
                raise RuntimeError(f"get_schema_config returned {columns} columns")
            del config
            loads_time, raw_time, our_time = interleaved_medians(
                [
                    lambda: json.loads(body),
                    lambda: raw.get(path).json(),
                    lambda: client.connections.get_schema_config(CONNECTION_ID),
                ],
                sizes.schema_rounds,
            )
            loads_peak = traced_peak(lambda: json.loads(body))
            raw_peak = traced_peak(lambda: raw.get(path).json())
            our_peak = traced_peak(lambda: client.connections.get_schema_config(CONNECTION_ID))
            if args.profile:
                profile(f"get_schema_config of {shape}", lambda: client.connections.get_schema_config(CONNECTION_ID))
        finally:
            raw.close()
            client.close()
    section.rows.append(
        Row(
            f"get_schema_config, {shape}",
            f"{our_time:.2f} s",
            f"json.loads {loads_time:.2f} s",
            versus(our_time / loads_time),
            "<= 2x",
            our_time <= 2 * loads_time,
        )
    )
    section.rows.append(
        Row(
            "get_schema_config peak memory",
            mb(our_peak),
            f"json.loads {mb(loads_peak)}",
            ratio(our_peak / loads_peak),
            "<= 1.2x",
            our_peak <= 1.2 * loads_peak,
        )
    )
    section.details.append(
        f"A {mb(len(body))} body ({shape}, realistic keys: `name_in_destination`, `enabled`, `sync_mode`, "
        "`hashed`, `is_primary_key`, `enabled_patch_settings`, ...); median of "
        f"{sizes.schema_rounds} interleaved rounds. `json.loads` is of the same bytes in memory (no HTTP); the "
        "other two fetch them from the local server. Peaks are tracemalloc's, the returned object included."
    )
    section.details += md_table(
        ["", "time", "x json.loads", "peak memory"],
        [
            ["`json.loads(body)`", f"{loads_time:.2f} s", "1.00x", mb(loads_peak)],
            ["raw httpx `.get().json()`", f"{raw_time:.2f} s", ratio(raw_time / loads_time), mb(raw_peak)],
            [
                "`client.connections.get_schema_config()`",
                f"{our_time:.2f} s",
                ratio(our_time / loads_time),
                mb(our_peak),
            ],
        ],
    )
    return section


def measure_fan_out(sizes: Sizes, _: argparse.Namespace) -> Section:
    """``async_fan_out`` at concurrency 50 vs awaiting the same calls one by one, 50 ms per answer."""
    from fivetran_ext import AsyncFivetran, async_fan_out

    section = Section("Async fan-out")

    async def run(base_url: str) -> tuple[float, float, int]:
        async with AsyncFivetran(API_KEY, API_SECRET, base_url=base_url) as client:
            ids = [f"conn_{i:07d}" for i in range(sizes.fanout_calls)]
            await async_fan_out(
                client.connections.get, ids[: sizes.fanout_concurrency], concurrency=sizes.fanout_concurrency
            )
            started = time.perf_counter()
            outcomes = await async_fan_out(client.connections.get, ids, concurrency=sizes.fanout_concurrency)
            fanned = time.perf_counter() - started
            failures = sum(not outcome.ok for outcome in outcomes)
            started = time.perf_counter()
            for connection_id in ids[: sizes.fanout_sequential]:
                await client.connections.get(connection_id)
            sequential = time.perf_counter() - started
        return fanned, sequential, failures

    with local_server(latency=sizes.fanout_latency) as base_url:
        fanned, sequential, failures = asyncio.run(run(base_url))
    if failures:
        raise RuntimeError(f"{failures} of the fan-out's calls failed")
    # Per call, so a shorter sequential run (quick mode) still compares like with like.
    per_call_fanned, per_call_sequential = fanned / sizes.fanout_calls, sequential / sizes.fanout_sequential
    speedup = per_call_sequential / per_call_fanned
    latency = f"{sizes.fanout_latency * 1000:.0f} ms"
    section.rows.append(
        Row(
            f"async_fan_out {sizes.fanout_calls} calls, {latency} latency, concurrency {sizes.fanout_concurrency}",
            f"{fanned:.2f} s",
            f"sequential {sequential:.2f} s"
            + ("" if sizes.fanout_sequential == sizes.fanout_calls else f" for {sizes.fanout_sequential}"),
            f"{speedup:.1f}x faster",
            ">= 20x",
            speedup >= 20,
        )
    )
    ideal = sizes.fanout_calls / sizes.fanout_concurrency * sizes.fanout_latency
    section.details.append(
        f"`AsyncFivetran` against an asyncio server that answers every request after {latency}. "
        f"{sizes.fanout_calls} calls through `async_fan_out(client.connections.get, ids, "
        f"concurrency={sizes.fanout_concurrency})` took {fanned:.2f} s (the latency alone allows {ideal:.2f} s); "
        f"{sizes.fanout_sequential} sequential `await client.connections.get(id)` took {sequential:.2f} s "
        f"({per_call_sequential * 1000:.1f} ms per call). Speedup = sequential time per call / fan-out time per call; "
        f"the ceiling is {sizes.fanout_concurrency}x."
    )
    return section


def _rate_limited_run(sizes: Sizes, governed: bool) -> dict[str, Any]:
    """One thread fan-out against the fake API over HTTP under its rolling-window rate limit."""
    from fivetran_ext import Fivetran, RateLimitGovernor, fan_out
    from fivetran_ext.testing import FakeFivetran, RealClock

    total = sizes.rate_requests * sizes.rate_windows
    with FakeFivetran(clock=RealClock()) as fake, fake.serve() as base_url:
        group = fake.groups.create("analytics")
        ids = [fake.connections.create(group["id"], "postgres", f"warehouse_{i}")["id"] for i in range(50)]
        fake.faults.rate_limit(sizes.rate_requests, window=sizes.rate_window)
        governor = RateLimitGovernor(window=sizes.rate_window) if governed else None
        # Retries absorb the 429s without a governor; ten of them so no call gives up and the runs compare.
        with Fivetran(fake.api_key, fake.api_secret, base_url=base_url, rate_limit=governor, max_retries=10) as client:
            work = [ids[i % len(ids)] for i in range(total)]
            started = time.perf_counter()
            outcomes = fan_out(client.connections.get, work, concurrency=sizes.rate_concurrency)
            elapsed = time.perf_counter() - started
        statuses = fake.status_counts
    return {
        "elapsed": elapsed,
        "failures": sum(not outcome.ok for outcome in outcomes),
        "answers": sum(statuses.values()),
        "429": statuses.get(429, 0),
        "throttled": governor.throttled if governor else 0,
        "wait": governor.total_wait if governor else 0.0,
    }


def measure_rate_limit(sizes: Sizes, _: argparse.Namespace) -> Section:
    """Throughput and 429s under the fake's rate limit, with the governor and with retries alone."""
    section = Section("Under the API's rate limit")
    limit, window, windows = sizes.rate_requests, sizes.rate_window, sizes.rate_windows
    allowed = limit / window
    total = limit * windows
    runs = {governed: _rate_limited_run(sizes, governed) for governed in (True, False)}

    def fraction(run: dict[str, Any]) -> float:
        # A fresh rolling window lets the first `limit` requests through at once; the rest can go no faster
        # than `limit` per window. Counting only those makes a perfect client score 100% (not 125%).
        return (total - limit) / run["elapsed"] / allowed

    for governed, run in runs.items():
        name = "with RateLimitGovernor" if governed else "no governor, retries only"
        share = run["429"] / run["answers"]
        section.rows.append(
            Row(
                f"throughput under {limit} req / {window:g} s, {name}",
                f"{(total - limit) / run['elapsed']:.1f} req/s",
                f"allowed {allowed:g} req/s",
                f"{fraction(run):.1%}",
                ">= 90%" if governed else "",
                fraction(run) >= 0.9 if governed else None,
            )
        )
        section.rows.append(
            Row(
                f"429 answers, {name}",
                f"{run['429']} of {run['answers']} answers",
                "",
                f"{share:.1%}",
                "< 1%" if governed else "",
                share < 0.01 if governed else None,
            )
        )
    section.details.append(
        "`FakeFivetran(clock=RealClock())` served over HTTP with "
        f"`fake.faults.rate_limit({limit}, window={window:g})`; "
        f"`fan_out(client.connections.get, ids, concurrency={sizes.rate_concurrency})` of {total} calls "
        f"({windows} windows' worth) through `Fivetran(..., max_retries=10)`, once with "
        f"`rate_limit=RateLimitGovernor(window={window:g})` (it learns the limit from `X-Rate-Limit`) and once "
        "without. Throughput counts the calls after the first window's burst: "
        f"({total} - {limit}) / elapsed, as a share of {limit}/{window:g} s. 429s from `fake.status_counts`, "
        "as a share of every answer the fake gave."
    )
    section.details += md_table(
        ["", "elapsed", "calls/s overall", "after first window", "429s", "answers", "failed calls", "governor waits"],
        [
            [
                "with governor" if governed else "without",
                f"{run['elapsed']:.2f} s",
                f"{total / run['elapsed']:.1f}",
                f"{fraction(run):.1%}",
                str(run["429"]),
                str(run["answers"]),
                str(run["failures"]),
                f"{run['throttled']} held, {run['wait']:.1f} s in all" if governed else "",
            ]
            for governed, run in runs.items()
        ],
    )
    return section


def _run_peers(sizes: Sizes, root: Path, base_url: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, source, runner result) per client; every client's figure is the median of three passes.

    Clients run one after another, so passes alternate their order: drift on a shared machine then weighs
    on every client alike instead of on whichever ran last.
    """
    clients: list[tuple[str, str, str, Path | str]] = [
        ("raw httpx", "raw httpx", "project venv", sys.executable),
        ("fivetran-ext", "fivetran-ext", "project venv", sys.executable),
    ]
    broken: list[tuple[str, str, dict[str, Any]]] = []
    for peer in bench_peers.PEERS:
        try:
            python = bench_peers.peer_python(root, peer)
        except RuntimeError as error:
            broken.append((peer.name, peer.requirement, {"error": f"install: {error}"}))
            continue
        clients.append((peer.name, peer.name, peer.requirement, python))
        if peer.own_httpx:
            clients.append((f"raw httpx in {peer.name}'s venv", "raw httpx", peer.requirement, python))
    passes: dict[str, list[dict[str, Any]]] = {name: [] for name, *_ in clients}
    for order in (clients, clients[::-1], clients):
        for name, client, _, python in order:
            passes[name].append(bench_peers.run_client(python, client, base_url, calls=sizes.peer_calls))
    results = []
    for name, _, source, _ in clients:
        merged = dict(passes[name][0])
        if all("details_us" in result for result in passes[name]):
            for key in ("details_us", "list_seconds"):
                merged[key] = statistics.median(result[key] for result in passes[name])
        results.append((name, source, merged))
    return results + broken


def measure_peers(sizes: Sizes, args: argparse.Namespace) -> Section:
    """Other PyPI clients for Fivetran on the same local server, each from its own scratch virtualenv."""
    section = Section("Other Python clients for Fivetran")
    root = Path(args.peers_dir) if args.peers_dir else bench_peers.default_venv_root()
    with local_server(items=sizes.peer_items) as base_url:
        results = _run_peers(sizes, root, base_url)
    raw = results[0][2].get("details_us")
    rows = []
    for name, source, result in results:
        if "details_us" not in result:
            rows.append([name, source, "-", "-", "-", "-", f"not measured: {result.get('error', 'no result')}"])
            continue
        items = result.get("list_items")
        requests = result.get("list_requests") or {}
        listed = "-" if items is None else f"{items:,} of {sizes.peer_items:,} in {sum(requests.values())} requests"
        notes = []
        if items is not None and items < sizes.peer_items:
            notes.append("**stops after the first page**")
        paths = [path.split(" ", 1)[1] for path in [*result.get("details_paths", []), *requests]]
        if any("/connectors" in path for path in paths):
            notes.append("calls the old `/v1/connectors` paths (the live API answers 404)")
        if result.get("error"):
            notes.append(f"error: {result['error']}")
        rows.append(
            [
                name,
                str(result.get("version", source)),
                f"{result['details_us']:.0f} µs",
                ratio(result["details_us"] / raw) if raw else "-",
                listed,
                "-" if "list_seconds" not in result else f"{result['list_seconds'] * 1000:.0f} ms",
                "; ".join(notes),
            ]
        )
    section.details.append(
        f"Each client in its own process on the same local server: median of {sizes.peer_calls} sequential "
        "connection-details calls (after 50 warm-up calls), and one full listing of a group's "
        f"{sizes.peer_items:,} connections with page size {bench_peers.PAGE_LIMIT} where the client takes one "
        "(dagster-fivetran uses its own, 1000). Every figure is the median of three passes in alternating "
        "order. The clients return different things: fivetran-ext a typed model, pyfivetran a dataclass, "
        "fivetran-wrapper and dagster-fivetran the JSON dict, raw httpx the JSON dict. Peers live in scratch "
        f"virtualenvs under `{root}` (pinned releases from PyPI, never the project's dependencies)."
    )
    section.details += md_table(
        ["client", "version", "details per call", "x raw httpx", "list: items received", "list time", "notes"], rows
    )
    # Summary rows compare each peer with fivetran_ext measured the same way (ratio = ours / theirs).
    ours = results[1][2]
    for name, _, result in results[2:]:
        if "details_us" not in result or "details_us" not in ours or name.startswith("raw httpx"):
            continue
        section.rows.append(
            Row(
                f"vs {name} {result['version']}: connection details per call",
                f"{ours['details_us']:.0f} µs",
                f"{result['details_us']:.0f} µs",
                ratio(ours["details_us"] / result["details_us"]),
            )
        )
        if "list_items" in result:
            section.rows.append(
                Row(
                    f"vs {name}: list {sizes.peer_items:,} connections",
                    f"{ours.get('list_items', 0):,} items, {ours.get('list_seconds', 0) * 1000:.0f} ms",
                    f"{result['list_items']:,} items, {result['list_seconds'] * 1000:.0f} ms",
                    ""
                    if result["list_items"] < sizes.peer_items
                    else ratio(ours["list_seconds"] / result["list_seconds"]),
                )
            )
    return section


MEASUREMENTS: dict[str, Callable[[Sizes, argparse.Namespace], Section]] = {
    "import": measure_import,
    "overhead": measure_overhead,
    "stream": measure_streaming,
    "schema": measure_schema_config,
    "fanout": measure_fan_out,
    "ratelimit": measure_rate_limit,
    "pool": lambda sizes, args: Section(*bench_pool.section(args.quick, Row)),
    "peers": measure_peers,
    "fleet": lambda sizes, args: bench_fleet.measure(args.quick, Section, Row),
    "budget": lambda sizes, args: bench_budget.measure(args.quick, Section, Row),
    "loop": lambda sizes, args: bench_loop.measure(args.quick, Section, Row),
    "cli": bench_cli.section,
    "models": lambda sizes, args: bench_models.measure(args.quick, Section, Row),
}


# ---------------------------------------------------------------------------------------------- report


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, str]:
    """What the figures were measured on: CPU model and cores, OS, Python and the packages in the path."""
    cpu = platform.processor() or "unknown CPU"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    packages = ("fivetran-ext", "httpx", "httpcore", "h11", "attrs", "python-dateutil", "anyio")
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "OS": platform.platform(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Packages": ", ".join(f"{name} {_package_version(name)}" for name in packages),
    }


def summary_rows(sections: list[Section]) -> list[list[str]]:
    return [
        [row.benchmark, row.ours, row.baseline, row.ratio, row.target, row.verdict] for s in sections for row in s.rows
    ]


SUMMARY_HEADERS = ["benchmark", "fivetran_ext", "baseline", "ratio", "target", "result"]


def text_table(rows: list[list[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [SUMMARY_HEADERS, *rows]) for i in range(len(SUMMARY_HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(SUMMARY_HEADERS, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def markdown(
    sections: list[Section], *, command: str, started: datetime, wall: float, quick: bool, load: tuple[float, float]
) -> str:
    lines = ["# Benchmarks", ""]
    lines.append("Written by `scripts/bench.py` (`make bench`); rerun it rather than editing this file.")
    if quick:
        lines += [
            "",
            "**Quick run (`--quick`): reduced sizes for a smoke test; these figures are not representative.**",
        ]
    lines += [
        "",
        f"- Command: `{command}`",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC",
        f"- Wall time of the run: {wall:.0f} s",
    ]
    lines += [f"- {key}: {value}" for key, value in machine().items()]
    lines += [
        f"- Load average (1 min) at start and end: {load[0]:.2f}, {load[1]:.2f} (other work on the machine adds noise)"
    ]
    lines += ["- Servers: 127.0.0.1 only (a separate process, or the fake API in-process for the rate limit)", ""]
    lines += ["## Summary"]
    lines += md_table(SUMMARY_HEADERS, summary_rows(sections))
    for section in sections:
        lines += ["", f"## {section.title}", "", *section.details]
    return "\n".join(lines) + "\n"


def run_alone(measure: Callable[[bool], Section]) -> int:
    """Run one section module by itself (``python scripts/bench_X.py [--quick]``) and print its rows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    section = measure(parser.parse_args().quick)
    print(section.title)
    print(text_table(summary_rows([section])))
    print("\n".join(section.details))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test of a few seconds")
    parser.add_argument("--no-peers", action="store_true", help="skip the other clients (no scratch virtualenvs)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"), help="Markdown report (default BENCHMARKS.md)")
    parser.add_argument("--only", help=f"comma-separated sections to run, of: {', '.join(SECTIONS)}")
    parser.add_argument("--profile", action="store_true", help="print cProfile top functions of the fivetran_ext side")
    parser.add_argument("--peers-dir", help="where the peers' scratch virtualenvs live (default: the user cache)")
    args = parser.parse_args()
    chosen = list(SECTIONS) if not args.only else [name.strip() for name in args.only.split(",")]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if args.no_peers:
        chosen = [name for name in chosen if name != "peers"]
    sizes = QUICK if args.quick else Sizes()
    command = shlex.join(
        [
            os.path.relpath(sys.executable, ROOT) if sys.executable.startswith(str(ROOT)) else "python",
            os.path.relpath(__file__, ROOT),
            *sys.argv[1:],
        ]
    )
    started, clock, load_at_start = datetime.now(UTC), time.perf_counter(), os.getloadavg()[0]
    sections = []
    for name in chosen:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        section_started = time.perf_counter()
        sections.append(MEASUREMENTS[name](sizes, args))
        print(f"[bench] {name} done in {time.perf_counter() - section_started:.1f} s", file=sys.stderr, flush=True)
    wall = time.perf_counter() - clock
    print(text_table(summary_rows(sections)))
    load = (load_at_start, os.getloadavg()[0])
    report = markdown(sections, command=command, started=started, wall=wall, quick=args.quick, load=load)
    Path(args.output).write_text(report, encoding="utf-8")
    print(f"\nwall time {wall:.0f} s; written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
