"""Fixtures for the resource tests: clients on a recording MockTransport, and a real HTTP server."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy
from fivetran_ext._coverage import resolve

from ._cases import MULTIPART, PACKAGE_ZIP, Case, envelope

API_KEY = "test_key_ABCDEF123456"
API_SECRET = "s3cr3t_value_that_must_never_leak"
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
BASE_URL = "https://api.fivetran.com"
NO_RETRIES = RetryPolicy(max_retries=0)


@dataclass(frozen=True)
class Sent:
    """A request as it arrived, whichever side recorded it (MockTransport or the HTTP server)."""

    method: str
    raw_path: str
    query: dict[str, str]
    headers: dict[str, str]
    content: bytes

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> Sent:
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        headers = {name.lower(): value for name, value in request.headers.items()}
        return cls(request.method, raw_path, dict(parse_qsl(raw_query)), headers, request.read())

    @classmethod
    def from_werkzeug(cls, request: Request) -> Sent:
        raw_path, _, raw_query = request.environ["RAW_URI"].partition("?")
        headers = {name.lower(): value for name, value in request.headers.items()}
        return cls(request.method, raw_path, dict(parse_qsl(raw_query)), headers, request.get_data())


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, str, bytes]]:
    """The parts of a ``multipart/form-data`` body: name -> (file name, content type, bytes)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    parts: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str)
        assert isinstance(payload, bytes)
        parts[name] = (part.get_filename(), part.get_content_type(), payload)
    return parts


def check_request(case: Case, sent: Sent) -> None:
    """Assert ``sent`` is exactly the request ``case`` describes."""
    assert (sent.method, sent.raw_path) == (case.method, case.path)
    assert sent.query == dict(case.query)
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["authorization"] == BASIC
    if case.body is MULTIPART:
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        parts = parse_multipart(sent.headers["content-type"], sent.content)
        assert parts == {"file": ("my_connector.zip", "application/zip", PACKAGE_ZIP)}
    elif case.body is None:
        assert sent.content == b""
    else:
        assert sent.headers["content-type"] == "application/json"
        assert json.loads(sent.content) == case.body


def response_for(case: Case) -> httpx.Response:
    if case.raw is not None:
        return httpx.Response(200, content=case.raw, headers={"Content-Type": "application/zip"})
    return httpx.Response(200, json=envelope(case))


@dataclass
class Recorder:
    """A MockTransport handler that answers from a queue (the last answer repeats) and records requests."""

    responses: list[httpx.Response] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def answer(self, *responses: httpx.Response) -> None:
        self.responses.extend(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        response = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        # A fresh copy each time: an httpx.Response's stream can be read only once.
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    def only(self) -> Sent:
        (request,) = self.requests
        return Sent.from_httpx(request)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Fivetran]:
    transport = httpx.MockTransport(recorder)
    with Fivetran(
        API_KEY, API_SECRET, base_url=BASE_URL, retry=NO_RETRIES, http_client=httpx.Client(transport=transport)
    ) as c:
        yield c


@pytest.fixture
async def async_client(recorder: Recorder) -> AsyncIterator[AsyncFivetran]:
    transport = httpx.MockTransport(recorder)
    http_client = httpx.AsyncClient(transport=transport)
    async with AsyncFivetran(API_KEY, API_SECRET, base_url=BASE_URL, retry=NO_RETRIES, http_client=http_client) as c:
        yield c


@pytest.fixture(scope="session")
def socket_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@dataclass
class LiveServer:
    """The real HTTP server with one catch-all handler recording what arrives (raw path included)."""

    server: HTTPServer
    sent: list[Sent] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def answer(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        def handler(request: Request) -> Response:
            self.sent.append(Sent.from_werkzeug(request))
            return Response(body, status=status, content_type=content_type)

        self.server.expect_request(re.compile(".*")).respond_with_handler(handler)

    def answer_case(self, case: Case) -> None:
        if case.raw is not None:
            self.answer(200, case.raw, "application/zip")
        else:
            self.answer(200, json.dumps(envelope(case)).encode())


@pytest.fixture
def live(socket_server: HTTPServer) -> Iterator[LiveServer]:
    yield LiveServer(socket_server)
    socket_server.clear()


@pytest.fixture(scope="session")
def live_client(socket_server: HTTPServer) -> Iterator[Fivetran]:
    # One client for the session: building one costs an SSL context (~70 ms), sharing it costs nothing.
    base_url = socket_server.url_for("").rstrip("/")
    with Fivetran(API_KEY, API_SECRET, base_url=base_url, retry=NO_RETRIES) as c:
        yield c


def call(client: Any, case: Case) -> Any:
    """Call ``case.call`` on ``client`` (sync: the result; async: an awaitable)."""
    method = resolve(client, case.call)
    assert method is not None, f"{type(client).__name__} has no {case.call}"
    return method(*case.args, **case.kwargs)
