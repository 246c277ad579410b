"""Per-request overhead of fivetran_ext compared with raw httpx and a stdlib http.client floor.

Runs N sequential GETs of one connection's details against a local HTTP/1.1 keep-alive server (a separate
process, so the server never competes with the measured client for the GIL) answering a fixed ~1.5 KB
connection envelope, and prints the median time per call of:

* ``http.client``: stdlib `http.client.HTTPConnection` + `json.loads` (the floor);
* ``raw httpx``: a reused `httpx.Client`, ``.get(url).json()``;
* ``raw httpx + model from_dict``: the same, then the generated `Connection.from_dict` (what the
  ergonomic call returns), to separate the cost of model parsing from the cost of fivetran_ext;
* ``client.generated``: `fivetran_api...connection_details.sync_detailed(client=client.generated)`;
* ``Fivetran.connections.get``: the ergonomic call (retries, typed errors, validation, model).

Usage:
    .venv/bin/python scripts/bench_overhead.py [--calls 2000] [--rounds 20]

Contenders run in interleaved rounds so drift (CPU frequency, other load) affects them all alike. The
client process's CPU time per call is printed too: on a shared machine it is steadier than wall time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection as Pipe

API_KEY = "bench_key_0123456789"
API_SECRET = "bench_secret_abcdefghij"  # noqa: S105 - a dummy credential for a local server
CONNECTION_ID = "decent_dropsy"
FLOOR = "http.client + json.loads"
RAW = "raw httpx .get().json()"

CONNECTION_ENVELOPE = {
    "code": "Success",
    "message": "Operation performed.",
    "data": {
        "id": CONNECTION_ID,
        "service": "postgres_rds",
        "schema": "postgres_main",
        "group_id": "projected_sickle",
        "connected_by": "concerning_batch",
        "created_at": "2024-01-15T09:12:44.301208Z",
        "succeeded_at": "2026-07-01T10:20:31.183741Z",
        "failed_at": None,
        "paused": False,
        "pause_after_trial": False,
        "sync_frequency": 360,
        "schedule_type": "auto",
        "daily_sync_time": None,
        "data_delay_sensitivity": "NORMAL",
        "data_delay_threshold": 0,
        "networking_method": "Directly",
        "service_version": 1,
        "status": {
            "setup_state": "connected",
            "sync_state": "scheduled",
            "update_state": "on_schedule",
            "is_historical_sync": False,
            "rescheduled_for": None,
            "tasks": [],
            "warnings": [
                {
                    "code": "snowflake_discontinuing_password_auth",
                    "message": "Password auth is going away",
                    "details": {},
                }
            ],
        },
        "source_sync_details": {"last_synced_changelog_lsn": "0/1A2B3C4D", "replication_slot": "fivetran_slot"},
        "config": {
            "host": "db.example.internal",
            "port": 5432,
            "database": "warehouse",
            "user": "fivetran",
            "password": "******",
            "update_method": "WAL",
            "replication_slot": "fivetran_slot",
            "publication_name": "fivetran_pub",
            "connection_type": "Directly",
            "always_encrypted": True,
        },
        "setup_tests": [
            {"title": "Connecting to host", "status": "PASSED", "message": "", "details": ""},
            {"title": "Validating certificate", "status": "PASSED", "message": "", "details": ""},
            {"title": "Connecting to database", "status": "PASSED", "message": "", "details": ""},
            {"title": "Checking replication slot", "status": "PASSED", "message": "", "details": ""},
        ],
    },
}
BODY = json.dumps(CONNECTION_ENVELOPE).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every contender reuses one connection
    # Headers and body as separate small writes would hit Nagle + delayed ACK (40 ms per request).
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.send_header("X-Rate-Limit-Remaining", "19999")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(pipe: Pipe) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    pipe.send(server.server_address[1])
    server.serve_forever()


def _contenders(port: int) -> tuple[dict[str, Callable[[], object]], Callable[[], None]]:
    import httpx
    from fivetran_api.api.connection_management import connection_details
    from fivetran_api.models.connection import Connection

    from fivetran_ext import Fivetran

    base_url = f"http://127.0.0.1:{port}"
    path = f"/v1/connections/{CONNECTION_ID}"
    headers = {"Accept": "application/json;version=2"}

    floor = http.client.HTTPConnection("127.0.0.1", port)

    def stdlib() -> object:
        floor.request("GET", path, headers=headers)
        return json.loads(floor.getresponse().read())

    raw = httpx.Client(base_url=base_url, auth=(API_KEY, API_SECRET), timeout=httpx.Timeout(60.0, connect=10.0))
    client = Fivetran(API_KEY, API_SECRET, base_url=base_url)

    def close() -> None:
        floor.close()
        raw.close()
        client.close()

    return {
        FLOOR: stdlib,
        RAW: lambda: raw.get(path, headers=headers).json(),
        # The same work as the ergonomic call minus fivetran_ext: fetch, then build the generated model.
        "raw httpx + model from_dict": lambda: Connection.from_dict(raw.get(path, headers=headers).json()["data"]),
        "client.generated sync_detailed": lambda: (
            connection_details.sync_detailed(CONNECTION_ID, client=client.generated).parsed
        ),
        "Fivetran.connections.get": lambda: client.connections.get(CONNECTION_ID),
    }, close


def _measure(call: Callable[[], object], calls: int) -> tuple[list[float], float]:
    """Wall time of each call (µs) and the client process's CPU time for all of them (µs)."""
    samples = []
    clock = time.perf_counter_ns
    cpu_start = time.process_time_ns()
    for _ in range(calls):
        start = clock()
        call()
        samples.append((clock() - start) / 1000.0)
    return samples, (time.process_time_ns() - cpu_start) / 1000.0


def _layer_costs(rounds: int = 15, calls: int = 300) -> dict[str, float]:
    """Best-of-rounds client CPU µs per call with an in-memory transport: what each layer itself costs."""
    import httpx
    from fivetran_api.api.connection_management import connection_details

    from fivetran_ext import Fivetran
    from fivetran_ext._config import DEFAULT_MAX_RESPONSE_BYTES
    from fivetran_ext._retry import Retrier, RetryPolicy
    from fivetran_ext._transport import RetryTransport

    class Memory(httpx.BaseTransport):
        # Like httpx.HTTPTransport, it hands back an unread body stream (MockTransport pre-reads it).
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            headers = {"Content-Type": "application/json", "Content-Length": str(len(BODY))}
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(BODY))

    memory = Memory()
    headers = {"Accept": "application/json;version=2", "Authorization": "Basic eDp5"}
    raw = httpx.Client(base_url="https://api.fivetran.com", transport=memory, headers=headers)
    retrier = Retrier(RetryPolicy(), base_path="", max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES, attempt_timeout=60.0)
    retrying = RetryTransport(memory, retrier)
    wrapped = httpx.Client(base_url="https://api.fivetran.com", transport=retrying, headers=headers)
    client = Fivetran(API_KEY, API_SECRET, http_client=httpx.Client(transport=memory))
    path = f"/v1/connections/{CONNECTION_ID}"
    layers: dict[str, Callable[[], object]] = {
        "raw httpx .get().json()": lambda: raw.get(path).json(),
        "+ fivetran_ext RetryTransport": lambda: wrapped.get(path).json(),
        "+ generated sync_detailed": lambda: connection_details.sync_detailed(CONNECTION_ID, client=client.generated),
        "+ fivetran_ext resource (.get)": lambda: client.connections.get(CONNECTION_ID),
    }
    best = dict.fromkeys(layers, float("inf"))
    for _ in range(rounds):
        for name, call in layers.items():
            start = time.process_time_ns()
            for _ in range(calls):
                call()
            best[name] = min(best[name], (time.process_time_ns() - start) / calls / 1000.0)
    client.close()
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="measured calls per contender (default 2000)")
    parser.add_argument("--rounds", type=int, default=20, help="interleaved rounds the calls are split into")
    parser.add_argument("--profile", action="store_true", help="cProfile Fivetran.connections.get instead")
    args = parser.parse_args()

    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(child,), daemon=True)
    server.start()
    port = parent.recv()
    contenders, close = _contenders(port)
    try:
        for call in contenders.values():  # warm up connections, caches and lazy imports
            _measure(call, 200)
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(_measure, contenders["Fivetran.connections.get"], args.calls)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            return 0
        samples: dict[str, list[float]] = {name: [] for name in contenders}
        cpu: dict[str, float] = dict.fromkeys(contenders, 0.0)
        per_round = max(1, args.calls // args.rounds)
        for _ in range(args.rounds):
            for name, call in contenders.items():
                wall, spent = _measure(call, per_round)
                samples[name].extend(wall)
                cpu[name] += spent
    finally:
        close()
        server.terminate()

    calls = per_round * args.rounds
    medians = {name: statistics.median(values) for name, values in samples.items()}
    cpu_per_call = {name: total / calls for name, total in cpu.items()}
    floor, raw = medians[FLOOR], medians[RAW]
    print(f"{len(BODY)} byte body, {calls} sequential GETs per contender, Python {sys.version.split()[0]}")
    columns = ("median µs", 9), ("vs raw httpx", 12), ("µs over floor", 13), ("client CPU µs", 13), ("CPU vs raw", 10)
    print(f"{'contender':<32} " + " ".join(f"{title:>{width}}" for title, width in columns))
    for name, median in medians.items():
        print(
            f"{name:<32} {median:>9.1f} {median / raw:>11.2f}x {median - floor:>13.1f} "
            f"{cpu_per_call[name]:>13.1f} {cpu_per_call[name] / cpu_per_call[RAW]:>9.2f}x"
        )
    print("\nIn-process, no network (best-of-rounds client CPU µs per call), cost of each layer:")
    previous = None
    for name, cost in _layer_costs().items():
        step = "" if previous is None else f"  ({cost - previous:+.1f})"
        print(f"  {name:<32} {cost:>7.1f}{step}")
        previous = cost
    return 0


if __name__ == "__main__":
    sys.exit(main())
