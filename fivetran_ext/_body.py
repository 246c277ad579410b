"""Reading a response body within a size limit counted after decompression (no I/O: fed by the transports).

httpx would inflate each network chunk whole: 64 KiB of gzip can become 64 MiB in one call, and a body
encoded ``gzip, gzip`` can become gigabytes before any check could run. The body is therefore read raw
and inflated here with zlib's ``max_length``, so no step ever produces more than the bytes still allowed.
Only gzip and deflate are decoded (the client asks for nothing else); any other coding is kept as sent.
"""

from __future__ import annotations

import zlib

import httpx

__all__ = ["ACCEPT_ENCODING", "BodyReader", "BodyTooLarge"]

ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """The body grew past the limit; the transport turns it into `ResponseTooLargeError`."""


class _Inflater:
    """One content coding layer, never producing more than ``limit`` bytes in total."""

    def __init__(self, coding: str, limit: int) -> None:
        # gzip: header and trailer; deflate: the zlib format, with raw deflate (seen in the wild) as fallback.
        self._coding = coding
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
        self._first = True
        self._room = limit

    def feed(self, data: bytes) -> bytes:
        try:
            out = self._bounded(data)
        except zlib.error as error:
            if not (self._coding == "deflate" and self._first):
                raise httpx.DecodingError(f"invalid {self._coding} body: {error}") from None
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                out = self._bounded(data)
            except zlib.error as raw_error:
                raise httpx.DecodingError(f"invalid deflate body: {raw_error}") from None
        self._first = False
        return out

    def _bounded(self, data: bytes) -> bytes:
        # max_length = room + 1: producing one byte more than allowed is how "too large" is detected.
        parts = [self._inflate.decompress(data, self._room + 1)]
        produced = len(parts[0])
        while self._inflate.unconsumed_tail and produced <= self._room:
            parts.append(self._inflate.decompress(self._inflate.unconsumed_tail, self._room + 1 - produced))
            produced += len(parts[-1])
        if produced > self._room:
            raise BodyTooLarge
        self._room -= produced
        return b"".join(parts)

    def flush(self) -> bytes:
        return self.feed(b"")


class BodyReader:
    """Decodes and accumulates one response body, raising `BodyTooLarge` past ``limit`` decoded bytes.

    Example:
        >>> reader = BodyReader(httpx.Headers(), limit=4)
        >>> reader.feed(b"abc"); reader.finish()
        b'abc'
    """

    def __init__(self, headers: httpx.Headers, *, limit: int) -> None:
        codings = [c.strip().lower() for c in headers.get("content-encoding", "").split(",") if c.strip()]
        codings = ["gzip" if coding == "x-gzip" else coding for coding in codings]
        # Codings are listed in the order applied, so they are undone from last to first.
        self._layers = [_Inflater(c, limit) for c in reversed(codings) if c in ("gzip", "deflate")]
        self._limit = limit
        self._size = 0
        self._parts: list[bytes] = []

    def feed(self, raw: bytes) -> None:
        """Take the next raw chunk from the network."""
        self._keep(self._through(raw, 0))

    def finish(self) -> bytes:
        """The whole decoded body, once the network said it ended."""
        for index, layer in enumerate(self._layers):
            self._keep(self._through(layer.flush(), index + 1))
        return b"".join(self._parts)

    def _through(self, data: bytes, start: int) -> bytes:
        for layer in self._layers[start:]:
            if not data:
                break
            data = layer.feed(data)
        return data

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise BodyTooLarge
        if data:
            self._parts.append(data)
