"""The fake's HTTP server answers bad client input like Fivetran: 400/401/413 JSON, never a 500 or a bare close."""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import select
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from fivetran_ext.testing import FakeFivetran
from fivetran_ext.testing.fake import FakeServer

AUTH = "Basic " + base64.b64encode(b"fake-key:fake-secret").decode()
MAX_BODY = 300_000


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeFivetran(record_bodies=True)
    running = FakeServer(fake, max_body_bytes=MAX_BODY).start()
    yield running
    running.stop()
    fake.close()


def exchange(server: FakeServer, raw: bytes) -> tuple[int, dict[str, str], Any]:
    """Send raw bytes, parse the one answer: (status, headers, JSON body)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        connection.sendall(raw)
        response = http.client.HTTPResponse(connection)
        response.begin()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, json.loads(body)


def request(method: str, path: str, body: bytes = b"", headers: str = "") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Type: application/json\r\n"
    return (head + headers + f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body


@pytest.mark.parametrize(
    ("name", "raw", "status", "code"),
    [
        ("garbage request line", b"GARBAGE\r\n\r\n", 400, "BadRequest"),
        ("HTTP/0.9 request line", b"GET /v1/groups\r\n\r\n", 400, "BadRequest"),
        ("unknown HTTP version", b"GET /v1/groups HTTP/7.0\r\n\r\n", 505, "HttpVersionNotSupported"),
        ("header line of 100 KB", b"GET /v1/groups HTTP/1.1\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n", 431, None),
        (
            "500 headers",
            b"GET /v1/groups HTTP/1.1\r\n" + b"".join(b"X-%d: a\r\n" % i for i in range(500)) + b"\r\n",
            431,
            None,
        ),
        ("bad Content-Length", b"POST /v1/groups HTTP/1.1\r\nContent-Length: lots\r\n\r\n{}", 400, "BadRequest"),
        ("negative Content-Length", b"POST /v1/groups HTTP/1.1\r\nContent-Length: -5\r\n\r\n{}", 400, "BadRequest"),
        ("Content-Length 1_000", b"POST /v1/groups HTTP/1.1\r\nContent-Length: 1_0\r\n\r\n{}", 400, "BadRequest"),
        (
            "bad chunk size",
            b"POST /v1/groups HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            400,
            "BadRequest",
        ),
        (
            "Content-Length over the limit",
            b"POST /v1/groups HTTP/1.1\r\nContent-Length: 600000000\r\n\r\n{",
            413,
            "PayloadTooLarge",
        ),
        (
            "chunked body over the limit",
            b"POST /v1/groups HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
            + (b"20000\r\n" + b" " * 0x20000 + b"\r\n") * 3,
            413,
            "PayloadTooLarge",
        ),
    ],
)
def test_broken_http_gets_a_json_error_with_a_status_line(
    server: FakeServer, capfd: pytest.CaptureFixture[str], name: str, raw: bytes, status: int, code: str | None
) -> None:
    answered, headers, body = exchange(server, raw)
    assert answered == status
    assert headers["content-type"].startswith("application/json")
    assert headers["connection"] == "close"
    assert body["code"] == (code or "RequestHeaderFieldsTooLarge")
    assert body["message"]
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize(
    ("name", "raw", "status", "code"),
    [
        ("JSON nested 100,000 deep", request("POST", "/v1/groups", b"[" * 100_000 + b"]" * 100_000), 400, "BadRequest"),
        (
            "an integer of 5,000 digits",
            request("POST", "/v1/groups", b'{"name": ' + b"9" * 5000 + b"}"),
            400,
            "BadRequest",
        ),
        ("invalid UTF-8", request("POST", "/v1/groups", b'{"name": "\xff"}'), 400, "BadRequest"),
        (
            "a cursor hiding deep JSON",
            request("GET", "/v1/groups?cursor=" + base64.urlsafe_b64encode(b"[" * 40_000).decode().rstrip("=")),
            400,
            "InvalidInput",
        ),
        ("a cursor of garbage", request("GET", "/v1/groups?cursor=%FF%FE%00"), 400, "InvalidInput"),
    ],
)
def test_hostile_json_gets_400_not_500(
    server: FakeServer, capfd: pytest.CaptureFixture[str], name: str, raw: bytes, status: int, code: str | None
) -> None:
    answered, _, body = exchange(server, raw)
    assert answered == status, body
    if code is not None:
        assert body["code"] == code
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize(
    "authorization",
    ["Basic w6nDqTrDqQ==", "Basic \u00e9\u00e9\u00e9", "Basic !!!", "Bearer x", "Basic " + "A" * 10_000],
)
def test_a_strange_authorization_header_gets_401(
    server: FakeServer, capfd: pytest.CaptureFixture[str], authorization: str
) -> None:
    raw = f"GET /v1/groups HTTP/1.1\r\nHost: x\r\nAuthorization: {authorization}\r\n\r\n".encode("latin-1")
    answered, _, body = exchange(server, raw)
    assert answered == 401
    assert body["code"] == "AuthFailed"
    assert "Traceback" not in capfd.readouterr().err


def test_the_request_log_keeps_small_bodies_only_when_asked() -> None:
    fake = FakeFivetran()
    server = FakeServer(fake).start()
    try:
        exchange(server, request("POST", "/v1/groups", b'{"name": "small"}'))
        exchange(server, request("POST", "/v1/groups", b'{"name": "' + b"x" * (2 << 20) + b'"}'))
    finally:
        server.stop()
    assert [r.body for r in fake.requests] == [b'{"name": "small"}', b""]
    quiet = FakeFivetran(record_bodies=False)
    server = FakeServer(quiet).start()
    try:
        exchange(server, request("POST", "/v1/groups", b'{"name": "small"}'))
    finally:
        server.stop()
    assert [r.body for r in quiet.requests] == [b""]
    assert quiet.requests[0].target == "/v1/groups"


def test_serve_does_not_keep_bodies_unless_asked() -> None:
    from fivetran_ext.testing.__main__ import _parser, build_fake

    assert build_fake(_parser().parse_args(["serve"])).record_bodies is False
    assert build_fake(_parser().parse_args(["serve", "--record-bodies"])).record_bodies is True


@pytest.mark.parametrize("value", ["9" * 5000, "\u00b2"])
def test_a_sync_frequency_that_int_refuses_is_invalid_input(value: str) -> None:
    from fivetran_ext.testing.fake._errors import FakeAPIError
    from fivetran_ext.testing.fake._validation import Body

    with pytest.raises(FakeAPIError) as caught:
        Body({"sync_frequency": value}).sync_frequency()
    assert (caught.value.status, caught.value.code) == (400, "InvalidInput")


@pytest.mark.parametrize(
    "head", [b"GET /v1/groups HTTP/1.1\r\nX-Slow: ", b"GET /v1/gro"], ids=["headers", "request line"]
)
def test_a_slowloris_client_gets_408_once_the_request_deadline_passes(head: bytes) -> None:
    fake = FakeFivetran()
    server = FakeServer(fake, request_timeout=0.5).start()
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
            connection.sendall(head)
            started = time.monotonic()
            answer = b""
            # One byte every 50 ms: each read is quick, so only a deadline on the whole head can end it.
            while not answer and time.monotonic() - started < 5:
                with contextlib.suppress(OSError):
                    connection.sendall(b"a")
                readable, _, _ = select.select([connection], [], [], 0.05)
                if readable:
                    answer = connection.recv(65536)
            took = time.monotonic() - started
            while chunk := connection.recv(65536):  # the rest of the answer, until the server closes
                answer += chunk
    finally:
        server.stop()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b'"code":"RequestTimeout"' in answer
    assert took < 3.0
    assert fake.requests == []


def test_a_normal_request_is_not_affected_by_the_request_deadline() -> None:
    fake = FakeFivetran()
    server = FakeServer(fake, request_timeout=0.5).start()
    try:
        status, _, body = exchange(server, request("GET", "/v1/groups"))
    finally:
        server.stop()
    assert status == 200
    assert body["code"] == "Success"


def _answer_status(connection: socket.socket) -> int:
    response = http.client.HTTPResponse(connection)
    response.begin()
    response.read()
    return response.status


def test_connections_past_the_limit_get_503_and_are_closed() -> None:
    fake = FakeFivetran()
    server = FakeServer(fake, max_connections=3).start()
    held = [socket.create_connection(("127.0.0.1", server.port), timeout=5) for _ in range(3)]
    try:
        # The three are accepted (and held by their threads) before the fourth arrives.
        for connection in held:
            connection.sendall(request("GET", "/v1/groups"))
            assert _answer_status(connection) == 200
        status, headers, body = exchange(server, request("GET", "/v1/groups"))
        assert (status, body["code"], headers["connection"]) == (503, "ServiceUnavailable", "close")
        held[0].sendall(request("GET", "/v1/groups"))  # the held connections still work
        assert _answer_status(held[0]) == 200
    finally:
        for connection in held:
            connection.close()
        server.stop()
