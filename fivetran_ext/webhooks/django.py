"""Django integration: a view decorator for sync and async views (CSRF-exempt, POST only).

Example:
    ```python
    from django.http import HttpRequest, HttpResponse
    from fivetran_ext.webhooks import WebhookEvent
    from fivetran_ext.webhooks.django import fivetran_webhook

    @fivetran_webhook(secret="my-webhook-secret")
    def receive(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
        enqueue(event)
        return HttpResponse(status=204)

    @fivetran_webhook(secret="my-webhook-secret")
    async def receive_async(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
        await aenqueue(event)
        return HttpResponse(status=204)
    ```
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeAlias, cast

from .._extras import missing_extra

try:
    from asgiref.sync import iscoroutinefunction

    # Django ships no type information; `unused-ignore` keeps mypy quiet once django-stubs is installed.
    from django.http import HttpRequest, HttpResponse, JsonResponse  # type: ignore[import-untyped,unused-ignore]
except ModuleNotFoundError as error:  # the extra is not installed: say which one
    raise missing_extra("fivetran_ext.webhooks.django", "django", error) from error

from ._errors import WebhookRequestError
from ._event import WebhookEvent
from ._receive import build_verifier, read_up_to, receive
from ._secrets import SecretSource
from ._verifier import WebhookVerifier

__all__ = ["ErrorHandler", "View", "error_response", "fivetran_webhook"]

View: TypeAlias = Callable[..., Any]
"""``view(request, event, *args, **kwargs)``, sync or async, returning an ``HttpResponse``."""

ErrorHandler: TypeAlias = Callable[[WebhookRequestError], HttpResponse]
"""Turns a rejected delivery into the response to send."""


def error_response(error: WebhookRequestError) -> HttpResponse:
    """The default answer to a rejected delivery: ``{"error": ..., "message": ...}`` with its status."""
    return JsonResponse(error.to_dict(), status=error.status_code, headers=dict(error.headers))


def fivetran_webhook(
    secret: SecretSource | None = None,
    *,
    max_body_size: int | None = None,
    verifier: WebhookVerifier | None = None,
    on_error: ErrorHandler | None = None,
) -> Callable[[View], View]:
    """Decorate a Django view so it only runs for verified deliveries, receiving the event after the request.

    The view is called as ``view(request, event, *args, **kwargs)``; an ``async def`` view stays async.
    Rejected requests get a JSON error (400 missing body or signature, 401 bad signature, 405 not POST,
    413 too large, 422 not a JSON object) unless ``on_error`` builds the response. The view is exempt
    from CSRF checks (the signature authenticates the sender). The body is consumed: use ``event.raw``.

    Args:
        secret: Secret, list of secrets, or callable; None reads ``FIVETRAN_WEBHOOK_SECRET``.
        max_body_size: Largest accepted body in bytes (default 1 MiB).
        verifier: A ready `WebhookVerifier`, instead of ``secret``/``max_body_size``.
        on_error: Builds the response for a rejected delivery.

    Raises:
        WebhookConfigurationError: at decoration time, if no usable secret is configured.
    """
    resolved = build_verifier(secret, verifier, max_body_size)
    handle_error: ErrorHandler = on_error if on_error is not None else error_response

    def verify(request: HttpRequest) -> WebhookEvent | HttpResponse:
        # request.read works whether or not middleware already loaded request.body (Django then
        # replays it from memory), and lets us stop one byte past the limit.
        read_body = functools.partial(read_up_to, request.read)
        try:
            return receive(resolved, request.method or "", request.headers, read_body)
        except WebhookRequestError as error:
            return handle_error(error)

    def decorate(view: View) -> View:
        wrapper: View
        if iscoroutinefunction(view):

            async def async_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                # Django's ASGI handler has already received the whole body, so this read never waits on the
                # network.
                outcome = verify(request)
                if not isinstance(outcome, WebhookEvent):
                    return outcome
                return await view(request, outcome, *args, **kwargs)

            wrapper = async_wrapper
        else:

            def sync_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                outcome = verify(request)
                if not isinstance(outcome, WebhookEvent):
                    return outcome
                return view(request, outcome, *args, **kwargs)

            wrapper = sync_wrapper
        functools.update_wrapper(wrapper, view)
        # What django.views.decorators.csrf.csrf_exempt sets; done directly because Django 4.2's
        # csrf_exempt wraps an async view in a sync function, which would hide that the view is async.
        cast(Any, wrapper).csrf_exempt = True
        return wrapper

    return decorate
