"""A hard wall-clock bound on one HTTP attempt, for the sync transports httpx builds on httpcore.

httpx's timeouts bound each socket operation, not a response: a server that sends one byte every two
seconds never trips ``read=5`` while it drips out its headers or its body. The async transport bounds an
attempt with a cancel scope; threads cannot be cancelled, so the sync transport instead sets the moment
the attempt must end (a context variable, so threads and tasks sharing a pool never see each other's) and
the network streams below clamp every connect, read and write to what is left of it. Outside an attempt
of ours (someone else's request on a user's shared pool), the streams behave exactly as before.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["bound_attempt", "bound_transport", "seconds_left"]

# (the monotonic moment the attempt must end, its length in seconds), or None outside an attempt
_ATTEMPT: ContextVar[tuple[float, float] | None] = ContextVar("fivetran_ext_attempt", default=None)
# A socket timeout this close to the end of the attempt is the attempt's bound, not the socket's.
_EPSILON = 0.005


class bound_attempt:  # a function-style context manager: `with bound_attempt(30):`
    """Within this block, socket operations of bound transports fail once ``seconds`` have passed.

    A class rather than a generator-based context manager: it runs on every request.
    """

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def __enter__(self) -> None:
        self._token = _ATTEMPT.set((time.monotonic() + self._seconds, self._seconds))

    def __exit__(self, *exc_info: object) -> None:
        _ATTEMPT.reset(self._token)


def seconds_left() -> float | None:
    """Seconds left in the current attempt (may be <= 0), or None outside an attempt."""
    attempt = _ATTEMPT.get()
    return None if attempt is None else attempt[0] - time.monotonic()


def out_of_time_message() -> str:
    attempt = _ATTEMPT.get()
    return f"the attempt took longer than {attempt[1]:g} s" if attempt else "timed out"


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    left = seconds_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error(out_of_time_message())
    return left if timeout is None else min(timeout, left)


def _name_the_bound(error: Exception) -> None:
    """Raise the timeout ``error`` as "the attempt took longer than N s" if the attempt's bound fired.

    (Called from ``except`` blocks rather than wrapping each operation in a context manager: every read
    and write of every request goes through here, and a try block costs nothing until something raises.)
    """
    left = seconds_left()
    if left is not None and left <= _EPSILON:
        raise type(error)(out_of_time_message()) from None


class _BoundStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout as error:
            _name_the_bound(error)
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))
        except httpcore.WriteTimeout as error:
            _name_the_bound(error)
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _BoundStream(
            self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            timeout = _clamp(timeout, httpcore.ConnectTimeout)
            return _BoundStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))
        except httpcore.ConnectTimeout as error:
            _name_the_bound(error)
            raise

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _BoundStream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def bound_transport(transport: httpx.BaseTransport | None) -> bool:
    """Make an httpx ``HTTPTransport`` honour `bound_attempt`; False if it is not one we can reach into.

    httpx offers no public way to choose httpcore's network backend; its ``_pool._network_backend`` has
    been stable since httpcore 0.14 and is checked here, so another shape only loses the hard bound (the
    transport still checks the clock between body chunks).
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _BoundBackend):
        return True
    if not isinstance(backend, httpcore.NetworkBackend):
        return False
    pool._network_backend = _BoundBackend(backend)  # type: ignore[union-attr]
    return True
