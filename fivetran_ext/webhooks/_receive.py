"""What every framework adapter does with a request, minus the framework.

The adapters only translate: they hand over the method, the headers and a way to read the body, and turn
the resulting event or `WebhookRequestError` into their framework's response. Keeping the sequence here
is what makes the status codes identical across Flask, Django, Starlette and FastAPI.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from contextlib import aclosing

from ._errors import MethodNotAllowedError, WebhookConfigurationError
from ._event import WebhookEvent
from ._headers import HeadersLike, header_value
from ._secrets import SecretSource
from ._verifier import DEFAULT_MAX_BODY_SIZE, WebhookVerifier, require_signature

__all__ = ["build_verifier", "precheck", "read_up_to", "receive", "receive_async"]


def build_verifier(
    secret: SecretSource | None, verifier: WebhookVerifier | None, max_body_size: int | None
) -> WebhookVerifier:
    """The adapter's verifier: the one given, or one built from ``secret``/``max_body_size``.

    Raises:
        WebhookConfigurationError: both a verifier and secret/size were given, or no usable secret.
    """
    if verifier is not None:
        if secret is not None or max_body_size is not None:
            raise WebhookConfigurationError("pass either verifier=... or secret=/max_body_size=..., not both")
        return verifier
    return WebhookVerifier(secret, max_body_size=DEFAULT_MAX_BODY_SIZE if max_body_size is None else max_body_size)


def precheck(verifier: WebhookVerifier, method: str, headers: HeadersLike) -> None:
    """Reject what can be rejected before reading the body: method, missing signature, Content-Length."""
    if method.upper() != "POST":
        raise MethodNotAllowedError()
    require_signature(headers)
    declared = (header_value(headers, "content-length") or "").strip()
    # A malformed Content-Length is left to the server; counting the bytes read still enforces the limit.
    if declared.isascii() and declared.isdigit():
        verifier.check_size(int(declared))


def read_up_to(read: Callable[[int], bytes], limit: int) -> bytes:
    """Read until ``limit`` bytes or end of stream; WSGI streams may return fewer bytes than asked."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = read(remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def receive(
    verifier: WebhookVerifier, method: str, headers: HeadersLike, read_body: Callable[[int], bytes]
) -> WebhookEvent:
    """Run the whole receive sequence for a synchronous framework.

    Args:
        verifier: Secret and size limit.
        method: The HTTP method.
        headers: The request headers.
        read_body: Returns the body, or its first ``n`` bytes if it is longer (see `read_up_to`).

    Raises:
        WebhookRequestError: the delivery is rejected; the subclass carries the HTTP status.
    """
    precheck(verifier, method, headers)
    # One byte past the limit proves the body too large without buffering the rest of it.
    body = read_body(verifier.max_body_size + 1)
    return verifier.construct_event(body, headers)


async def receive_async(
    verifier: WebhookVerifier, method: str, headers: HeadersLike, chunks: AsyncGenerator[bytes, None]
) -> WebhookEvent:
    """Run the whole receive sequence for an ASGI framework that streams the body in chunks.

    Raises:
        WebhookRequestError: the delivery is rejected; the subclass carries the HTTP status.
    """
    precheck(verifier, method, headers)
    received = bytearray()
    async with aclosing(chunks):
        async for chunk in chunks:
            received += chunk
            if len(received) > verifier.max_body_size:
                # Stop reading: the rest of an oversized body is never buffered.
                break
    return verifier.construct_event(bytes(received), headers)
