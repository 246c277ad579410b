"""The fake over real HTTP: the ``serve()`` context manager, concurrency, shutdown, and the CLI."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from fivetran_ext.testing.__main__ import parse_rate_limit
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import AUTH

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name != "fake-fivetran-webhooks"}


def test_serve_answers_over_a_real_socket(fake_fivetran: FakeFivetran) -> None:
    group = fake_fivetran.groups.create("over-http")
    with fake_fivetran.serve() as base_url, httpx.Client(base_url=base_url, auth=AUTH) as http:
        assert base_url.startswith("http://127.0.0.1:")
        response = http.get(f"/v1/groups/{group['id']}")
        again = http.get("/v1/groups", params={"limit": 1})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert response.headers["X-Rate-Limit-Remaining"] == "19999"
    assert response.json()["data"] == group
    assert again.json()["data"]["items"] == [group]
    assert response.http_version == "HTTP/1.1"


def test_concurrent_clients(fake_fivetran: FakeFivetran, fake_fivetran_url: str) -> None:
    def work(worker: int) -> list[str]:
        with httpx.Client(base_url=fake_fivetran_url, auth=AUTH) as http:
            return [http.post("/v1/groups", json={"name": f"w{worker}-{i}"}).json()["data"]["id"] for i in range(15)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = [group_id for batch in pool.map(work, range(8)) for group_id in batch]
    assert len(ids) == len(set(ids)) == 120
    assert len(fake_fivetran.groups.list()) == 120


def test_chunked_request_bodies(fake_fivetran: FakeFivetran, fake_fivetran_url: str) -> None:
    chunks = iter([b'{"name": ', b'"chunky"}'])
    with httpx.Client(base_url=fake_fivetran_url, auth=AUTH) as http:
        response = http.post("/v1/groups", content=chunks, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["data"]["name"]) == (201, "chunky")


def test_shutdown_closes_keep_alive_connections_and_joins_threads() -> None:
    before = _threads()
    with FakeFivetran() as fake:
        with fake.serve() as base_url:
            idle = httpx.Client(base_url=base_url, auth=AUTH)  # left open on purpose
            assert idle.get("/v1/groups").status_code == 200
            assert len(_threads()) > len(before)
        assert _threads() == before
        idle.close()


def test_a_busy_port_is_reported() -> None:
    with FakeFivetran() as fake, fake.serve() as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError, match="in use"), fake.serve(port=port):
            pass


class _WallLikeClock:
    """A clock the fake treats like the wall clock (not manual), but that the test moves."""

    manual = False

    def __init__(self) -> None:
        self.moment = datetime(2025, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def test_the_server_finishes_syncs_without_requests_on_a_real_clock() -> None:
    clock = _WallLikeClock()
    with FakeFivetran(clock=clock, webhook_delivery="manual") as fake:
        group = fake.groups.create("g")["id"]
        connection = fake.connections.create(group, "postgres", "pg")["id"]
        fake.webhooks.create("http://127.0.0.1:9/closed", ["sync_end"])
        fake.connections.trigger_sync(connection)
        with fake.serve():
            clock.sleep(60)
            deadline = time.monotonic() + 5
            # The ticker (every 0.1 s) ends the sync and queues sync_end; no request is made.
            while not fake.pending_webhooks and time.monotonic() < deadline:
                time.sleep(0.01)
        assert [d.event for d in fake.pending_webhooks] == ["sync_end"]


# ---------------------------------------------------------------------------------------------- CLI


@pytest.fixture
def cli() -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [
            sys.executable, "-m", "fivetran_ext.testing", "serve", "--port", "0", "--sample-data",
            "--api-key", "cli-key", "--api-secret", "cli-secret", "--rate-limit", "100/1m", "--seed", "3",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_cli_serves_until_terminated(cli: subprocess.Popen[str]) -> None:
    assert cli.stdout is not None
    base_url = cli.stdout.readline().strip()
    if not base_url:  # the server died before printing its URL: show why
        pytest.fail(cli.communicate(timeout=10)[1])
    assert base_url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=base_url, auth=("cli-key", "cli-secret"), timeout=10) as http:
        response = http.get("/v1/connections")
        assert http.get("/v1/groups", auth=AUTH).status_code == 401
    assert response.headers["X-Rate-Limit"] == "100"
    assert sorted(c["schema"] for c in response.json()["data"]["items"]) == ["demo_postgres", "demo_sheets"]

    cli.send_signal(signal.SIGTERM)
    assert cli.wait(timeout=10) == 0
    assert cli.stderr is not None
    assert "sample connection" in cli.stderr.read()


def test_cli_rejects_bad_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fivetran_ext.testing", "serve", "--fail-rate", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "expected a probability between 0 and 1" in result.stderr


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("100/60", (100, 60.0)),
        ("100/1m", (100, 60.0)),
        ("500/h", (500, 3600.0)),
        ("20", (20, 3600.0)),
        ("5/0.5s", (5, 0.5)),
    ],
)
def test_parse_rate_limit(text: str, parsed: tuple[int, float]) -> None:
    assert parse_rate_limit(text) == parsed


@pytest.mark.parametrize("text", ["0", "0/60", "5/0s", "per-hour"])
def test_an_unusable_rate_limit_is_a_usage_error(text: str) -> None:
    # A bare "0" used to slip past the check and crash the server with a traceback.
    with pytest.raises(argparse.ArgumentTypeError):
        parse_rate_limit(text)


def _ipv6_loopback_available() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _ipv6_loopback_available(), reason="no IPv6 loopback on this machine")
def test_ipv6_loopback(fake_fivetran: FakeFivetran) -> None:
    with fake_fivetran.serve(host="::1") as base_url:
        assert base_url.startswith("http://[::1]:")
        assert httpx.get(f"{base_url}/v1/groups", auth=AUTH).status_code == 200
