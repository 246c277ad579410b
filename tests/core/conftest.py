"""Fixtures for the fivetran_ext core tests: a real HTTP server, clients wired to it, recorded sleeps."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy

API_KEY = "test_key_ABCDEF123456"
API_SECRET = "s3cr3t_value_that_must_never_leak"
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def _http_server() -> Iterator[HTTPServer]:
    # Threaded: HTTP/1.1 keep-alive (pool-sharing tests compare client ports) and handlers that block
    # (timeout tests) do not stall the next request. 127.0.0.1 avoids localhost's IPv6-first detour.
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_http_server: HTTPServer) -> Iterator[HTTPServer]:
    """The session's HTTP server, with expectations and request log cleared after each test."""
    yield _http_server
    _http_server.clear()


@pytest.fixture
def base_url(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


class Sleeps(list[float]):
    """A recording sleep: tests assert on the delays instead of waiting them out."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def policy(sleeps: Sleeps, **overrides: Any) -> RetryPolicy:
    """A retry policy that records sleeps and whose jitter is deterministic (random() == 0)."""
    settings: dict[str, Any] = {"sleep": sleeps, "async_sleep": sleeps.async_sleep, "random": lambda: 0.0}
    settings.update(overrides)
    return RetryPolicy(**settings)


@pytest.fixture
def make_client(base_url: str, sleeps: Sleeps) -> Iterator[Callable[..., Fivetran]]:
    """Build `Fivetran` clients pointed at the test server (closed at teardown)."""
    clients: list[Fivetran] = []

    def make(**kwargs: Any) -> Fivetran:
        kwargs.setdefault("base_url", base_url)
        kwargs.setdefault("retry", policy(sleeps))
        client = Fivetran(API_KEY, API_SECRET, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Fivetran]) -> Fivetran:
    return make_client()


@pytest.fixture
def make_async_client(base_url: str, sleeps: Sleeps) -> Callable[..., AsyncFivetran]:
    """Build `AsyncFivetran` clients pointed at the test server (use ``async with``)."""

    def make(**kwargs: Any) -> AsyncFivetran:
        kwargs.setdefault("base_url", base_url)
        kwargs.setdefault("retry", policy(sleeps))
        return AsyncFivetran(API_KEY, API_SECRET, **kwargs)

    return make


def envelope(data: Any = None, *, code: str = "Success", message: str | None = None) -> dict[str, Any]:
    """A Fivetran response envelope."""
    body: dict[str, Any] = {"code": code}
    if message is not None:
        body["message"] = message
    if data is not None:
        body["data"] = data
    return body


def group(group_id: str, name: str | None = None) -> dict[str, Any]:
    return {"id": group_id, "name": name or f"group_{group_id}", "created_at": "2024-01-01T00:00:00Z"}
