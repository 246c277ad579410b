"""Fixtures for the parity tests: a recording HTTP server, and one runner that calls sync or async clients.

``run("connections.get", "decent_dropsy")`` calls the method on a `Fivetran` or, for the ``async``
parameter, on an `AsyncFivetran` inside ``anyio.run``; streams are collected into lists, so every test
is written once and checked against both twins.
"""

from __future__ import annotations

import inspect
import json
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import anyio
import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy

API_KEY = "parity_key"
API_SECRET = "parity_secret"
V1 = "application/json"
V2 = "application/json;version=2"
ANY_PATH = re.compile(r".*")

Runner = Callable[..., Any]


def no_sleep_policy() -> RetryPolicy:
    """Retries still happen (the same requests are sent), without waiting."""

    async def async_sleep(seconds: float) -> None:
        return None

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=async_sleep, random=lambda: 0.0)


def envelope(data: Any = None, *, code: str = "Success", message: str | None = None) -> dict[str, Any]:
    """A Fivetran response envelope (``data`` left out when None, as sync/resync/delete answer)."""
    body: dict[str, Any] = {"code": code}
    if message is not None:
        body["message"] = message
    if data is not None:
        body["data"] = data
    return body


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    raw_path: str
    query: list[tuple[str, str]]
    body: Any
    headers: dict[str, str]


class Recorder:
    """Answers every request from a queue of (status, body, headers) and records what arrived."""

    def __init__(self, server: HTTPServer) -> None:
        self.seen: list[Seen] = []
        self._answers: list[tuple[int, Any, dict[str, str]]] = []
        server.expect_request(ANY_PATH).respond_with_handler(self._handle)

    def answer(self, body: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> Recorder:
        """Queue one answer; the last one repeats."""
        self._answers.append((status, body, headers or {}))
        return self

    def _handle(self, request: Request) -> Response:
        raw = request.get_data()
        self.seen.append(
            Seen(
                method=request.method,
                raw_path=request.environ["RAW_URI"].split("?", 1)[0],
                query=parse_qsl(request.query_string.decode(), keep_blank_values=True),
                body=json.loads(raw) if raw else None,
                headers=dict(request.headers),
            )
        )
        status, body, headers = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")


@pytest.fixture(scope="session")
def _http_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_http_server: HTTPServer) -> Iterator[HTTPServer]:
    yield _http_server
    _http_server.clear()


@pytest.fixture
def recorder(server: HTTPServer) -> Recorder:
    return Recorder(server)


def resolve(client: Any, path: str) -> Any:
    target = client
    for name in path.split("."):
        target = getattr(target, name)
    return target


def _collect_sync(result: Any) -> Any:
    return list(result) if isinstance(result, Iterator) else result


async def _collect_async(result: Any) -> Any:
    if inspect.isawaitable(result):
        return await result
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    return result


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# Loading the CA bundle costs ~30 ms per httpx client; the test server is plain HTTP, so one context will do.
TLS = ssl.create_default_context()


@pytest.fixture(scope="session")
def _shared_http() -> Iterator[httpx.Client]:
    with httpx.Client(verify=TLS) as http:
        yield http


@pytest.fixture
def run(mode: str, server: HTTPServer, _shared_http: httpx.Client) -> Runner:
    """Call ``"resource.method"`` with the arguments on a sync or an async client (per ``mode``)."""
    base_url = server.url_for("").rstrip("/")
    options = {"base_url": base_url, "retry": no_sleep_policy()}

    def run_sync(path: str, *args: Any, **kwargs: Any) -> Any:
        with Fivetran(API_KEY, API_SECRET, http_client=_shared_http, **options) as client:
            return _collect_sync(resolve(client, path)(*args, **kwargs))

    def run_async(path: str, *args: Any, **kwargs: Any) -> Any:
        # A new pool per event loop: pooled connections belong to the loop that opened them.
        async def main() -> Any:
            async with (
                httpx.AsyncClient(verify=TLS) as http,
                AsyncFivetran(API_KEY, API_SECRET, http_client=http, **options) as client,
            ):
                return await _collect_async(resolve(client, path)(*args, **kwargs))

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async
