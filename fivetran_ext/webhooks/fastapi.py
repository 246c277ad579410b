"""FastAPI integration: a dependency that yields the verified `WebhookEvent`.

A dependency cannot return a response, so a rejected delivery raises `WebhookHTTPException` (a FastAPI
``HTTPException`` with the right status). FastAPI's default handler answers it as
``{"detail": {"error": ..., "message": ...}}``; `install_error_handler` makes the body
``{"error": ..., "message": ...}`` like the other adapters, or lets ``on_error`` build it.

Example:
    ```python
    from typing import Annotated
    from fastapi import Depends, FastAPI
    from fivetran_ext.webhooks import WebhookEvent
    from fivetran_ext.webhooks.fastapi import FivetranWebhook, install_error_handler

    app = FastAPI()
    install_error_handler(app)
    fivetran_webhook = FivetranWebhook(secret="my-webhook-secret")

    @app.post("/fivetran/webhook", status_code=204)
    async def receive(event: Annotated[WebhookEvent, Depends(fivetran_webhook)]) -> None:
        await queue.put(event)
    ```
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from .._extras import missing_extra

try:
    from fastapi import FastAPI, HTTPException, Request
    from fastapi.responses import Response
except ModuleNotFoundError as error:  # the extra is not installed: say which one
    raise missing_extra("fivetran_ext.webhooks.fastapi", "fastapi", error) from error

from ._errors import WebhookRequestError
from ._event import WebhookEvent
from ._receive import build_verifier
from ._secrets import SecretSource
from ._verifier import WebhookVerifier
from .starlette import error_response, receive_event

__all__ = ["ErrorHandler", "FivetranWebhook", "WebhookHTTPException", "install_error_handler"]

ErrorHandler: TypeAlias = Callable[[WebhookRequestError], Response]
"""Turns a rejected delivery into the response to send."""


class WebhookHTTPException(HTTPException):
    """Raised by `FivetranWebhook` for a rejected delivery.

    Attributes:
        error: The `WebhookRequestError` saying why.
    """

    def __init__(self, error: WebhookRequestError) -> None:
        super().__init__(status_code=error.status_code, detail=error.to_dict(), headers=dict(error.headers))
        self.error = error


class FivetranWebhook:
    """A FastAPI dependency: ``event: Annotated[WebhookEvent, Depends(FivetranWebhook(...))]``.

    The body stream is consumed: use ``event.raw``. Status codes: 400 missing body or signature, 401 bad
    signature, 405 not POST (when the route accepts other methods), 413 too large, 422 not a JSON object.

    Args:
        secret: Secret, list of secrets, or callable; None reads ``FIVETRAN_WEBHOOK_SECRET``.
        max_body_size: Largest accepted body in bytes (default 1 MiB).
        verifier: A ready `WebhookVerifier`, instead of ``secret``/``max_body_size``.

    Raises:
        WebhookConfigurationError: at construction, if no usable secret is configured.
    """

    def __init__(
        self,
        secret: SecretSource | None = None,
        *,
        max_body_size: int | None = None,
        verifier: WebhookVerifier | None = None,
    ) -> None:
        self._verifier = build_verifier(secret, verifier, max_body_size)

    async def __call__(self, request: Request) -> WebhookEvent:
        """Verify the delivery in ``request`` and return its event.

        Raises:
            WebhookHTTPException: the delivery is rejected.
        """
        try:
            return await receive_event(request, self._verifier)
        except WebhookRequestError as error:
            raise WebhookHTTPException(error) from error

    def __repr__(self) -> str:
        return f"FivetranWebhook({self._verifier!r})"


def install_error_handler(app: FastAPI, *, on_error: ErrorHandler | None = None) -> None:
    """Answer `WebhookHTTPException` with ``on_error(error)``, or ``{"error": ..., "message": ...}``.

    Args:
        app: The application to register the exception handler on (before it starts).
        on_error: Builds the response for a rejected delivery.
    """
    build = on_error if on_error is not None else error_response

    async def handle(request: Request, exc: Exception) -> Response:
        # Registered for WebhookHTTPException only, so Starlette never passes anything else.
        if not isinstance(exc, WebhookHTTPException):  # pragma: no cover - defensive
            raise exc
        return build(exc.error)

    app.add_exception_handler(WebhookHTTPException, handle)
