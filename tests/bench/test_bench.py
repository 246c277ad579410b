"""`make bench` (scripts/bench.py): its local server, its peer runner, and a quick end-to-end run.

Speed is measured, never asserted: these tests only check that every figure is produced and reported.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"

# Every row the quick run without peers must print and write (the benchmark column of the summary).
SUMMARY_ROWS = (
    "import fivetran_ext vs import httpx",
    "from fivetran_ext import Fivetran vs import httpx",
    "... and client.connections ready vs import httpx",
    "Fivetran.connections.get per call",
    "client.generated sync_detailed per call",
    "stream 2,000 connections (10 pages of 200)",
    "stream 2,000 connections reading every attribute",
    "stream peak memory, 2,000 vs 400 items",
    "every attribute of a connection (from_dict + reads)",
    "id, status.sync_state, succeeded_at of a connection",
    "get_schema_config, 300 tables x 25 columns",
    "get_schema_config peak memory",
    "async_fan_out 100 calls, 20 ms latency, concurrency 50",
    "throughput under 10 req / 0.5 s, with RateLimitGovernor",
    "429 answers, with RateLimitGovernor",
    "throughput under 10 req / 0.5 s, no governor, retries only",
    "429 answers, no governor, retries only",
    "TCP connections, 300 requests, async_fan_out concurrency 200",
    "wall time, 300 requests, concurrency 200 vs 16 threads",
    "requests per completed sync, 20 syncs of 30-120 s, poll 10 s",
    "throughput under 20 req / 1 s, 2 processes x 4 threads, one RedisRateStore",
    "429 answers, 2 processes x 4 threads, one RedisRateStore",
    "throughput under 20 req / 1 s, 2 processes x 4 threads, per-process governors",
    "429 answers, 2 processes x 4 threads, per-process governors",
    "longest event-loop stall, Redis held 50+ ms per admission",
    "one admission through Redis, answered at once",
    "fivetran-ext connections list, one-shot",
)
SECTION_HEADINGS = (
    "## Summary",
    "## Import time",
    "## Per-request overhead",
    "## Streaming a large connection list",
    "## Parsing a large schema config",
    "## Async fan-out",
    "## Under the API's rate limit",
    "## Connection reuse under concurrency",
    "## Fleet: 20 connections, sync_many vs 20 parallel sync_and_wait",
    "## One rate budget across processes (2 processes x 4 threads)",
    "## Event loop and a slow Redis",
    "## CLI one-shot",
    "## Models: lazy vs the eager models before",
)


def _script(name: str) -> ModuleType:
    # scripts/ is not a package: its modules import each other by bare name, as when run directly.
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(name)


@pytest.fixture
def server() -> Iterator[str]:
    bench = _script("bench")
    with bench.local_server(items=250, schema_tables=4, schema_columns=3) as base_url:
        yield base_url


def test_pages_follow_opaque_cursors_to_the_last_page(server: str) -> None:
    seen, cursor, pages = [], None, 0
    with httpx.Client(base_url=server) as client:
        while True:
            params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
            data = client.get("/v1/groups/g/connections", params=params).json()["data"]
            seen += [item["id"] for item in data["items"]]
            pages += 1
            cursor = data.get("next_cursor")
            if cursor is None:
                break
        assert client.get("/v1/connections", params={"limit": 1001}).status_code == 400
        stats = client.get("/__stats").json()
    assert pages == 3
    assert seen == [f"conn_{i:07d}" for i in range(250)]
    assert stats["page /v1/groups/{id}/connections"] == 3


def test_schema_config_has_every_table_and_column(server: str) -> None:
    data = httpx.get(f"{server}/v1/connections/c/schemas").json()["data"]
    tables = [table for schema in data["schemas"].values() for table in schema["tables"].values()]
    assert len(tables) == 4
    assert all(list(table["columns"]) == ["id", "account_id", "customer_id"] for table in tables)
    assert tables[0]["columns"]["id"]["enabled_patch_settings"]["reason_code"] == "SYSTEM_COLUMN"


def test_peer_runner_measures_fivetran_ext_and_raw_httpx(server: str) -> None:
    peers = _script("bench_peers")
    for client in ("raw httpx", "fivetran-ext"):
        result = peers.run_client(sys.executable, client, server, calls=5)
        assert "error" not in result, result
        assert result["list_items"] == 250
        assert result["details_us"] > 0


def test_peer_runner_reports_a_client_it_cannot_set_up(server: str) -> None:
    result = _script("bench_peers").run_client(sys.executable, "pyfivetran", server, calls=5)
    # pyfivetran is not a project dependency: the runner says why instead of failing the run.
    assert result["error"].startswith("cannot set up: ModuleNotFoundError")


@pytest.mark.slow
def test_quick_run_reports_every_row(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    command = [sys.executable, str(SCRIPTS / "bench.py"), "--quick", "--no-peers", "--output", str(output)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = output.read_text(encoding="utf-8")
    for row in SUMMARY_ROWS:
        assert row in done.stdout
        assert f"| {row} |" in report
    for heading in SECTION_HEADINGS:
        assert f"\n{heading}\n" in report
    for fact in ("- Command: `", "- Date: ", "- CPU: ", "- Python: CPython", "- Packages: fivetran-ext ", "Quick run"):
        assert fact in report
    summary = report.split("## Summary", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in summary.splitlines() if line.startswith("| ")][1:]  # after the header row
    assert len(rows) == len(SUMMARY_ROWS)
    assert {row.rsplit("|", 2)[1].strip() for row in rows} <= {"PASS", "MISS", ""}
    assert "Other Python clients" not in report  # --no-peers


def test_unknown_section_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "bench.py"), "--only", "imports"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "unknown section(s) imports" in done.stderr
