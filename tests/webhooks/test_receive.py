"""The adapters' shared core: check order, Content-Length, bounded reads, short reads, chunked bodies."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from io import BytesIO

import pytest

from fivetran_ext.webhooks import (
    MethodNotAllowedError,
    MissingSignatureError,
    PayloadTooLargeError,
    WebhookConfigurationError,
    WebhookVerifier,
)
from fivetran_ext.webhooks._receive import build_verifier, read_up_to, receive, receive_async

from ._payloads import LIMIT, SECRET, STREAMED_TOO_LARGE, SYNC_END, encode, signed

BODY = encode(SYNC_END)
VERIFIER = WebhookVerifier(SECRET, max_body_size=LIMIT)


class TrickleStream:
    """A stream that returns at most 3 bytes per read, like some WSGI servers, and counts what it gave."""

    def __init__(self, data: bytes) -> None:
        self._data = BytesIO(data)
        self.given = 0

    def read(self, size: int) -> bytes:
        chunk = self._data.read(min(size, 3))
        self.given += len(chunk)
        return chunk


def must_not_read(size: int) -> bytes:
    raise AssertionError("the body should not have been read")


def test_read_up_to_loops_over_short_reads() -> None:
    assert read_up_to(TrickleStream(b"abcdefghij").read, 100) == b"abcdefghij"
    assert read_up_to(TrickleStream(b"abcdefghij").read, 4) == b"abcd"
    assert read_up_to(TrickleStream(b"").read, 4) == b""


def test_receive_reads_a_trickling_body() -> None:
    stream = TrickleStream(BODY)
    assert receive(VERIFIER, "POST", signed(BODY), lambda n: read_up_to(stream.read, n)).event == "sync_end"


def test_oversized_body_without_content_length_is_read_only_one_byte_past_the_limit() -> None:
    stream = TrickleStream(STREAMED_TOO_LARGE * 10)
    with pytest.raises(PayloadTooLargeError):
        receive(VERIFIER, "POST", signed(BODY), lambda n: read_up_to(stream.read, n))
    assert stream.given == LIMIT + 1


@pytest.mark.parametrize("method", ["GET", "PUT", "HEAD", "OPTIONS", "DELETE"])
def test_non_post_is_405_before_anything_else(method: str) -> None:
    with pytest.raises(MethodNotAllowedError):
        receive(VERIFIER, method, {}, must_not_read)


def test_lower_case_post_is_post() -> None:
    assert receive(VERIFIER, "post", signed(BODY), lambda n: BODY).event == "sync_end"


def test_missing_signature_is_rejected_before_reading() -> None:
    with pytest.raises(MissingSignatureError):
        receive(VERIFIER, "POST", {"Content-Length": str(len(BODY))}, must_not_read)


def test_declared_content_length_over_the_limit_is_rejected_before_reading() -> None:
    headers = {**signed(BODY), "Content-Length": str(LIMIT + 1)}
    with pytest.raises(PayloadTooLargeError):
        receive(VERIFIER, "POST", headers, must_not_read)


@pytest.mark.parametrize("declared", ["abc", "-5", " 12 ", "1e9", "²", ""])
def test_malformed_content_length_falls_back_to_counting_bytes(declared: str) -> None:
    headers = {**signed(BODY), "Content-Length": declared}
    assert receive(VERIFIER, "POST", headers, lambda n: BODY).event == "sync_end"


def test_async_receive_stops_reading_past_the_limit() -> None:
    pulled: list[int] = []

    async def chunks() -> AsyncGenerator[bytes, None]:
        for index in range(100):
            pulled.append(index)
            yield b"x" * 100

    with pytest.raises(PayloadTooLargeError):
        asyncio.run(receive_async(VERIFIER, "POST", signed(BODY), chunks()))
    assert len(pulled) == LIMIT // 100 + 1


def test_async_receive_joins_chunks() -> None:
    async def chunks() -> AsyncGenerator[bytes, None]:
        for start in range(0, len(BODY), 7):
            yield BODY[start : start + 7]

    event = asyncio.run(receive_async(VERIFIER, "POST", signed(BODY), chunks()))
    assert event.raw == BODY


def test_build_verifier() -> None:
    assert build_verifier(None, VERIFIER, None) is VERIFIER
    assert build_verifier(SECRET, None, 10).max_body_size == 10
    assert build_verifier(SECRET, None, None).max_body_size == 1024 * 1024
    with pytest.raises(WebhookConfigurationError, match="either"):
        build_verifier(SECRET, VERIFIER, None)
    with pytest.raises(WebhookConfigurationError, match="either"):
        build_verifier(None, VERIFIER, 10)
