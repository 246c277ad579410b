"""httpx transports that answer from the fake in-process: no sockets, no threads.

Plug them into any ``httpx.Client``/``httpx.AsyncClient`` (``fake.transport()``,
``fake.async_transport()``). A dropped connection surfaces as ``httpx.RemoteProtocolError``, exactly
what httpx raises when a real server closes the socket without answering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._wire import ConnectionDropped, FakeRequest, FakeResponse

if TYPE_CHECKING:
    from ._fake import FakeFivetran

__all__ = ["AsyncFakeTransport", "FakeTransport"]

_DROPPED = "Server disconnected without sending a response."


def _request(request: httpx.Request) -> FakeRequest:
    target = request.url.raw_path.decode("ascii")
    return FakeRequest(request.method, target, dict(request.headers), request.content)


def _response(response: FakeResponse, request: httpx.Request) -> httpx.Response:
    return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


class FakeTransport(httpx.BaseTransport):
    """A synchronous transport backed by a `FakeFivetran`."""

    def __init__(self, fake: FakeFivetran) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            answer = self.fake.handle(_request(request))
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from None
        return _response(answer, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """An asynchronous transport backed by a `FakeFivetran`; injected latency does not block the loop."""

    def __init__(self, fake: FakeFivetran) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            answer = await self.fake.handle_async(_request(request))
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from None
        return _response(answer, request)
