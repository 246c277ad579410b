#!/usr/bin/env python3
"""Connection reuse under concurrency: TCP connections opened, and wall time, for many small requests.

    .venv/bin/python scripts/bench.py --only pool          (the section, in the report)
    .venv/bin/python scripts/bench_pool.py                  (the figures alone)

A local server (its own process, so it never competes with the client for the GIL) answers
``GET /v1/groups/{id}`` after ``--latency`` seconds and counts the TCP connections it accepted. The client
side fetches ``requests`` groups with `async_fan_out` at concurrency 200 and with `fan_out` on 16 threads,
using the clients' default pool (`_shards.py`); the baseline is the same async run over a plain
``httpx.AsyncClient()`` (one pool keeping 20 idle connections), which is what `AsyncFivetran` used before.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

GROUP = b'{"code": "Success", "data": {"id": "projected_sickle", "name": "Warehouse"}}'


class _CountingServer:
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.accepted = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                target = head.split(b" ", 2)[1]
                if target == b"/__connections":
                    body = json.dumps({"accepted": self.accepted}).encode()
                else:
                    body = GROUP
                    await asyncio.sleep(self.latency)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                    % (len(body), body)
                )
                await writer.drain()
        except ConnectionError:
            return
        finally:
            writer.close()

    async def serve(self) -> None:
        server = await asyncio.start_server(self.handle, "127.0.0.1", 0, backlog=1024)
        print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
        async with server:
            await server.serve_forever()


@contextlib.contextmanager
def counting_server(latency: float) -> Iterator[str]:
    """Run the counting server in its own process; yield its base URL."""
    command = [sys.executable, __file__, "--serve", "--latency", str(latency)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the counting server did not start (exit code {process.poll()})")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _accepted(base_url: str) -> int:
    import httpx

    with httpx.Client() as probe:
        # The probe's own connection is counted too: subtracted by the caller.
        return int(probe.get(f"{base_url}/__connections").json()["accepted"])


def _timed_connections(base_url: str, run: Callable[[], object]) -> tuple[int, float]:
    before = _accepted(base_url)
    started = time.perf_counter()
    run()
    wall = time.perf_counter() - started
    return _accepted(base_url) - before - 1, wall


def run_async(base_url: str, requests: int, concurrency: int, *, httpx_default_pool: bool) -> tuple[int, float]:
    """(TCP connections opened, wall seconds) for ``requests`` gets at ``concurrency`` tasks."""
    import anyio
    import httpx

    from fivetran_ext import AsyncFivetran, async_fan_out

    async def fetch_all() -> None:
        pool = httpx.AsyncClient() if httpx_default_pool else None
        async with AsyncFivetran(
            "bench_key_12345", "bench_secret_12345", base_url=base_url, http_client=pool
        ) as client:
            outcomes = await async_fan_out(
                client.groups.get, [f"g{i}" for i in range(requests)], concurrency=concurrency
            )
            assert all(outcome.ok for outcome in outcomes), next(o.error for o in outcomes if not o.ok)
        if pool is not None:
            await pool.aclose()

    return _timed_connections(base_url, lambda: anyio.run(fetch_all))


def run_threads(base_url: str, requests: int, concurrency: int) -> tuple[int, float]:
    """(TCP connections opened, wall seconds) for ``requests`` gets on ``concurrency`` threads."""
    from fivetran_ext import Fivetran, fan_out

    def fetch_all() -> None:
        with Fivetran("bench_key_12345", "bench_secret_12345", base_url=base_url) as client:
            outcomes = fan_out(client.groups.get, [f"g{i}" for i in range(requests)], concurrency=concurrency)
            assert all(outcome.ok for outcome in outcomes), next(o.error for o in outcomes if not o.ok)

    return _timed_connections(base_url, fetch_all)


def measure(requests: int = 2000, latency: float = 0.01) -> dict[str, Any]:
    """Every figure of the section, as numbers."""
    with counting_server(latency) as base_url:
        run_async(base_url, 50, 10, httpx_default_pool=False)  # warm-up: imports, first connections
        ours_async = run_async(base_url, requests, 200, httpx_default_pool=False)
        baseline_async = run_async(base_url, requests, 200, httpx_default_pool=True)
        ours_threads = run_threads(base_url, requests, 16)
    return {
        "requests": requests,
        "latency": latency,
        "async_200": {"connections": ours_async[0], "seconds": ours_async[1]},
        "async_200_httpx_default_pool": {"connections": baseline_async[0], "seconds": baseline_async[1]},
        "threads_16": {"connections": ours_threads[0], "seconds": ours_threads[1]},
    }


def section(quick: bool, row: Callable[..., Any]) -> tuple[str, list[Any], list[str]]:
    """(title, summary rows, detail lines) for bench.py; ``row`` is its `Row` class."""
    figures = measure(requests=300 if quick else 2000)
    ours, baseline, threads = figures["async_200"], figures["async_200_httpx_default_pool"], figures["threads_16"]
    requests = figures["requests"]
    rows = [
        row(
            f"TCP connections, {requests:,} requests, async_fan_out concurrency 200",
            f"{ours['connections']:,}",
            f"{baseline['connections']:,} (httpx default pool)",
            f"{ours['connections'] / max(1, baseline['connections']):.2f}",
            "<= 200",
            ours["connections"] <= 200,
        ),
        row(
            f"wall time, {requests:,} requests, concurrency 200 vs 16 threads",
            f"{ours['seconds']:.2f} s",
            f"{threads['seconds']:.2f} s (fan_out, 16 threads)",
            f"{ours['seconds'] / threads['seconds']:.2f}",
        ),
    ]
    details = [
        f"Command: `.venv/bin/python scripts/bench.py --only pool`. A local server (own process) answers "
        f"`GET /v1/groups/{{id}}` after {figures['latency'] * 1000:.0f} ms and counts accepted TCP connections.",
        "",
        "| run | TCP connections | wall time |",
        "|---|---|---|",
        f"| `AsyncFivetran` + `async_fan_out(concurrency=200)`, default pool | {ours['connections']:,} | "
        f"{ours['seconds']:.2f} s |",
        f"| same over httpx's default pool (`http_client=httpx.AsyncClient()`) | {baseline['connections']:,} | "
        f"{baseline['seconds']:.2f} s |",
        f"| `Fivetran` + `fan_out(concurrency=16)`, default pool | {threads['connections']:,} | "
        f"{threads['seconds']:.2f} s |",
        "",
        "The clients' default pool is 32 httpcore pools of up to 8 kept-alive connections each (fan-outs go up to",
        "256 calls at once), each request going to the least busy one. httpx's default pool keeps 20 idle",
        "connections, so at concurrency 200 most requests open a new one; and one httpcore pool re-checks every",
        "queued request against every connection on each request start and end, which at 200 in flight costs",
        "more than the requests themselves.",
    ]
    return "Connection reuse under concurrency", rows, details


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--latency", type=float, default=0.01)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    if args.serve:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_CountingServer(args.latency).serve())
        return 0
    print(json.dumps(measure(args.requests, args.latency), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
