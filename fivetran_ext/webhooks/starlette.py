"""Starlette integration: wrap a handler into an endpoint that only sees verified deliveries.

Example:
    ```python
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route
    from fivetran_ext.webhooks import WebhookEvent
    from fivetran_ext.webhooks.starlette import fivetran_webhook

    @fivetran_webhook(secret="my-webhook-secret")
    async def receive(request: Request, event: WebhookEvent) -> Response:
        await queue.put(event)
        return Response(status_code=204)

    app = Starlette(routes=[Route("/fivetran/webhook", receive)])
    ```
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TypeAlias, cast

from .._extras import missing_extra

try:
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.types import Receive, Scope, Send
except ModuleNotFoundError as error:  # the extra is not installed: say which one
    raise missing_extra("fivetran_ext.webhooks.starlette", "starlette", error) from error

from ._errors import WebhookRequestError
from ._event import WebhookEvent
from ._receive import build_verifier, receive_async
from ._secrets import SecretSource
from ._verifier import WebhookVerifier

__all__ = ["ErrorHandler", "Handler", "WebhookEndpoint", "error_response", "fivetran_webhook", "receive_event"]

_AsyncHandler: TypeAlias = Callable[[Request, WebhookEvent], Awaitable[Response]]
_SyncHandler: TypeAlias = Callable[[Request, WebhookEvent], Response]
Handler: TypeAlias = _AsyncHandler | _SyncHandler
"""``handler(request, event) -> Response``, async or sync (sync ones run in the thread pool)."""

ErrorHandler: TypeAlias = Callable[[WebhookRequestError], Response]
"""Turns a rejected delivery into the response to send."""


def error_response(error: WebhookRequestError) -> Response:
    """The default answer to a rejected delivery: ``{"error": ..., "message": ...}`` with its status."""
    return JSONResponse(error.to_dict(), status_code=error.status_code, headers=dict(error.headers))


async def receive_event(request: Request, verifier: WebhookVerifier) -> WebhookEvent:
    """Read, verify and parse the delivery in ``request`` (shared with the FastAPI dependency).

    Raises:
        WebhookRequestError: the delivery is rejected; the subclass carries the HTTP status.
    """
    # request.stream() replays the body if something already read it with request.body().
    return await receive_async(verifier, request.method, request.headers, request.stream())


def _is_async(handler: object) -> bool:
    # Callable objects count too: Starlette itself treats an async __call__ as an async endpoint.
    call = getattr(handler, "__call__", None)  # noqa: B004 - fetching the method, not testing callability
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)


class WebhookEndpoint:
    """An ASGI endpoint that verifies the delivery before calling the handler.

    It is an ASGI app rather than a function so that ``Route(path, endpoint)`` passes every method
    through and a GET gets this module's JSON 405, like the other adapters.
    """

    def __init__(self, handler: Handler, verifier: WebhookVerifier, on_error: ErrorHandler) -> None:
        self._handler = handler
        # Decided once: the handler never changes, and inspecting it on every delivery is wasted work.
        self._handler_is_async = _is_async(handler)
        self._verifier = verifier
        self._on_error = on_error
        # Starlette names routes after the endpoint's __name__ (used by url_for).
        self.__name__ = getattr(handler, "__name__", type(self).__name__)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        response = await self.handle(Request(scope, receive, send))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        """Verify the delivery and return the handler's response, or the error response."""
        try:
            event = await receive_event(request, self._verifier)
        except WebhookRequestError as error:
            return self._on_error(error)
        if self._handler_is_async:
            return await cast(_AsyncHandler, self._handler)(request, event)
        return await run_in_threadpool(cast(_SyncHandler, self._handler), request, event)

    def __repr__(self) -> str:
        return f"WebhookEndpoint({self.__name__}, {self._verifier!r})"


def fivetran_webhook(
    secret: SecretSource | None = None,
    *,
    max_body_size: int | None = None,
    verifier: WebhookVerifier | None = None,
    on_error: ErrorHandler | None = None,
) -> Callable[[Handler], WebhookEndpoint]:
    """Turn ``handler(request, event) -> Response`` into a Starlette endpoint for Fivetran deliveries.

    Rejected requests get a JSON error (400 missing body or signature, 401 bad signature, 405 not POST,
    413 too large, 422 not a JSON object) unless ``on_error`` builds the response. The body stream is
    consumed: use ``event.raw``.

    Args:
        secret: Secret, list of secrets, or callable; None reads ``FIVETRAN_WEBHOOK_SECRET``.
        max_body_size: Largest accepted body in bytes (default 1 MiB).
        verifier: A ready `WebhookVerifier`, instead of ``secret``/``max_body_size``.
        on_error: Builds the response for a rejected delivery.

    Raises:
        WebhookConfigurationError: at decoration time, if no usable secret is configured.
    """
    resolved = build_verifier(secret, verifier, max_body_size)
    handle_error = on_error if on_error is not None else error_response

    def decorate(handler: Handler) -> WebhookEndpoint:
        return WebhookEndpoint(handler, resolved, handle_error)

    return decorate
