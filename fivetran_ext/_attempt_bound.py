"""A hard wall-clock bound on one HTTP attempt, for the sync transports httpx builds on httpcore.

httpx's timeouts bound each socket operation, not a response: a server that sends one byte every two
seconds never trips ``read=5`` while it drips out its headers or its body. The async transport bounds an
attempt with a cancel scope; threads cannot be cancelled, so the sync transport instead sets the moment
the attempt must end (a context variable, so threads and tasks sharing a pool never see each other's) and
the network streams below clamp every connect, read and write to what is left of it. Outside an attempt
of ours (someone else's request on a user's shared pool), the streams behave exactly as before.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["bound_attempt", "bound_transport", "seconds_left"]

# (the monotonic moment the attempt must end, its length in seconds), or None outside an attempt
_ATTEMPT: ContextVar[tuple[float, float] | None] = ContextVar("fivetran_ext_attempt", default=None)
# A socket timeout this close to the end of the attempt is the attempt's bound, not the socket's.
_EPSILON = 0.005


@contextlib.contextmanager
def bound_attempt(seconds: float) -> Iterator[None]:
    """Within this block, socket operations of bound transports fail once ``seconds`` have passed."""
    token = _ATTEMPT.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _ATTEMPT.reset(token)


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


@contextlib.contextmanager
def _named(error: type[Exception]) -> Iterator[None]:
    """Say "the attempt took longer than N s" when it was the attempt's bound that fired."""
    try:
        yield
    except error:
        left = seconds_left()
        if left is not None and left <= _EPSILON:
            raise error(out_of_time_message()) from None
        raise


class _BoundStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _named(httpcore.ReadTimeout):
            return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with _named(httpcore.WriteTimeout):
            self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

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
        with _named(httpcore.ConnectTimeout):
            timeout = _clamp(timeout, httpcore.ConnectTimeout)
            return _BoundStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

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
