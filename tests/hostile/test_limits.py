"""Bounded memory and time: size cap on decoded bytes, a hard per-attempt bound, a deadline for the call."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from fivetran_ext import (
    AsyncFivetran,
    Fivetran,
    ResponseTooLargeError,
    RetryPolicy,
    TimeoutError,
    TransportError,
)

from ._servers import JSON_HEADERS, answer, complete, drip, flood, gzip_bomb, head, serving
from .conftest import ATTEMPT_SECONDS, MAX_BYTES, Sleeps

GROUP = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'
# A hang shows up as a case far past its bound; the margin only absorbs a loaded machine.
SLACK = 3.0


def _elapsed(since: float) -> float:
    return time.monotonic() - since


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("content-length of 2 GB", flood(head() + b"Content-Length: 2000000000\r\n\r\n", b"x" * 65536)),
        (
            "endless chunked body",
            flood(head() + b"Transfer-Encoding: chunked\r\n\r\n", b"10000\r\n" + b"x" * 65536 + b"\r\n"),
        ),
        ("no length, body until close", flood(head() + b"\r\n", b"x" * 65536)),
    ],
)
def test_a_body_past_the_cap_raises_and_is_not_read_again(
    make_client: Callable[..., Fivetran], sleeps: Sleeps, name: str, script: object
) -> None:
    with serving(script) as server:  # type: ignore[arg-type]
        client = make_client(server.base_url, attempt_timeout=30.0)
        with pytest.raises(ResponseTooLargeError) as caught:
            client.groups.get("g")
    assert caught.value.status_code == 200
    assert caught.value.limit == MAX_BYTES
    assert caught.value.type == "response_too_large"
    assert f"max_response_bytes={MAX_BYTES:,}" in str(caught.value)
    # One attempt: the same body would come back on a retry.
    assert server.connections == 1
    assert sleeps == []


@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize("coding", ["gzip", "x-gzip"])
def test_a_gzip_bomb_stops_at_the_cap_counted_after_decompression(
    make_client: Callable[..., Fivetran], layers: int, coding: str
) -> None:
    # 64 MiB of zeros: a few KiB on the wire (one layer) or a few hundred bytes (two).
    bomb = gzip_bomb(64 << 20, layers)
    encoding = ", ".join([coding] * layers)
    raw = complete("200 OK", bomb, JSON_HEADERS + f"Content-Encoding: {encoding}\r\n")
    with serving(answer(raw)) as server, pytest.raises(ResponseTooLargeError):
        make_client(server.base_url).groups.get("g")


def test_a_bomb_in_a_retryable_500_is_not_retried(make_client: Callable[..., Fivetran], sleeps: Sleeps) -> None:
    raw = complete("500 Internal Server Error", gzip_bomb(64 << 20), JSON_HEADERS + "Content-Encoding: gzip\r\n")
    with serving(answer(raw)) as server, pytest.raises(ResponseTooLargeError) as caught:
        make_client(server.base_url).groups.get("g")
    assert caught.value.status_code == 500
    assert server.connections == 1
    assert sleeps == []


def test_a_compressed_body_within_the_cap_is_decoded(make_client: Callable[..., Fivetran]) -> None:
    import gzip

    raw = complete("200 OK", gzip.compress(GROUP), JSON_HEADERS + "Content-Encoding: gzip\r\n")
    with serving(answer(raw)) as server:
        group = make_client(server.base_url).groups.get("g")
    assert group.id == "g"


def test_a_body_exactly_at_the_cap_is_accepted(make_client: Callable[..., Fivetran]) -> None:
    padding = b" " * (64 - len(GROUP))
    with serving(answer(complete("200 OK", GROUP + padding))) as server:
        group = make_client(server.base_url, max_response_bytes=64).groups.get("g")
    assert group.id == "g"
    with serving(answer(complete("200 OK", GROUP + padding + b" "))) as server, pytest.raises(ResponseTooLargeError):
        make_client(server.base_url, max_response_bytes=64).groups.get("g")


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("headers one byte at a time", drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", b"a")),
        ("body one byte at a time", drip(head() + b"Content-Length: 100000\r\n\r\n", b" ")),
        ("status line never ends", drip(b"HTTP/1.1 ", b"2")),
        ("silence", drip(b"", b"")),
    ],
)
def test_a_slow_server_is_cut_off_by_the_attempt_bound(
    make_client: Callable[..., Fivetran], sleeps: Sleeps, name: str, script: object
) -> None:
    with serving(script) as server:  # type: ignore[arg-type]
        # The read timeout alone (5 s per byte) would never trip: bytes arrive every 50 ms.
        client = make_client(server.base_url, timeout=5.0)
        started = time.monotonic()
        with pytest.raises(TimeoutError) as caught:
            client.groups.get("g")
        took = _elapsed(started)
    # Three attempts (two retries of an idempotent GET), each cut at the bound.
    assert server.connections == 3
    assert len(sleeps) == 2
    assert took < 3 * ATTEMPT_SECONDS + SLACK
    assert "took longer than 0.5 s" in str(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("headers one byte at a time", drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", b"a")),
        ("body one byte at a time", drip(head() + b"Content-Length: 100000\r\n\r\n", b" ")),
    ],
)
async def test_a_slow_server_is_cut_off_by_the_attempt_bound_async(
    make_async_client: Callable[..., AsyncFivetran], sleeps: Sleeps, name: str, script: object
) -> None:
    with serving(script) as server:  # type: ignore[arg-type]
        async with make_async_client(server.base_url, timeout=5.0) as client:
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                await client.groups.get("g")
            took = _elapsed(started)
    assert server.connections == 3
    assert took < 3 * ATTEMPT_SECONDS + SLACK


def test_the_deadline_bounds_the_whole_call_including_slow_bodies(make_client: Callable[..., Fivetran]) -> None:
    script = drip(head() + b"Content-Length: 100000\r\n\r\n", b" ")
    with serving(script) as server:
        # Real sleeps and clock: the deadline (1 s) is what must end this call, not attempts or retries.
        policy = RetryPolicy(max_retries=50, deadline=1.0, initial_delay=0.01, max_delay=0.01)
        client = make_client(server.base_url, timeout=5.0, attempt_timeout=60.0, retry=policy)
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            client.groups.get("g")
        took = _elapsed(started)
    assert took < 1.0 + SLACK
    assert server.connections >= 1


@pytest.mark.anyio
async def test_a_bomb_is_capped_async(make_async_client: Callable[..., AsyncFivetran]) -> None:
    raw = complete("200 OK", gzip_bomb(64 << 20, 2), JSON_HEADERS + "Content-Encoding: gzip, gzip\r\n")
    with serving(answer(raw)) as server:
        async with make_async_client(server.base_url) as client:
            with pytest.raises(ResponseTooLargeError):
                await client.groups.get("g")
    assert server.connections == 1


@pytest.mark.parametrize(
    "interim", [b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"]
)
def test_an_endless_stream_of_interim_answers_is_cut_off(make_client: Callable[..., Fivetran], interim: bytes) -> None:
    # Each 1xx is a complete, valid event, so no socket read ever waits: only the attempt bound ends it.
    with serving(flood(b"", interim)) as server:
        client = make_client(server.base_url, max_retries=0)
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            client.groups.get("g")
        took = _elapsed(started)
    assert took < ATTEMPT_SECONDS + SLACK


def test_an_unasked_101_switching_protocols_is_a_transport_error(make_client: Callable[..., Fivetran]) -> None:
    raw = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
    with serving(answer(raw)) as server, pytest.raises(TransportError) as caught:
        make_client(server.base_url, max_retries=0).groups.get("g")
    assert str(caught.value).startswith("RemoteProtocolError: ")
