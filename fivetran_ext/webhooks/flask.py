"""Flask integration: a view decorator that verifies deliveries and passes the event to the view.

Example:
    ```python
    from flask import Flask
    from fivetran_ext.webhooks import WebhookEvent
    from fivetran_ext.webhooks.flask import fivetran_webhook

    app = Flask(__name__)

    @app.route("/fivetran/webhook")  # the decorator declares POST, so no methods=... is needed
    @fivetran_webhook(secret="my-webhook-secret")
    def receive(event: WebhookEvent) -> tuple[str, int]:
        queue.put(event)
        return "", 204
    ```
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeAlias, cast

from .._extras import missing_extra

try:
    from flask import Response, request
    from flask.typing import ResponseReturnValue
except ModuleNotFoundError as error:  # the extra is not installed: say which one
    raise missing_extra("fivetran_ext.webhooks.flask", "flask", error) from error

from ._errors import WebhookRequestError
from ._event import WebhookEvent
from ._receive import build_verifier, read_up_to, receive
from ._secrets import SecretSource
from ._verifier import WebhookVerifier

__all__ = ["ErrorHandler", "error_response", "fivetran_webhook"]

P = ParamSpec("P")

ErrorHandler: TypeAlias = Callable[[WebhookRequestError], ResponseReturnValue]
"""Turns a rejected delivery into the response to send."""


def error_response(error: WebhookRequestError) -> Response:
    """The default answer to a rejected delivery: ``{"error": ..., "message": ...}`` with its status."""
    return Response(
        json.dumps(error.to_dict()),
        status=error.status_code,
        headers=dict(error.headers),
        mimetype="application/json",
    )


def _read_body(limit: int) -> bytes:
    body = read_up_to(request.stream.read, limit)
    # A before_request hook that called get_data() has drained the stream, but werkzeug cached the bytes.
    return body or request.get_data(cache=True)


def fivetran_webhook(
    secret: SecretSource | None = None,
    *,
    max_body_size: int | None = None,
    verifier: WebhookVerifier | None = None,
    on_error: ErrorHandler | None = None,
) -> Callable[[Callable[Concatenate[WebhookEvent, P], ResponseReturnValue]], Callable[P, ResponseReturnValue]]:
    """Decorate a Flask view so it only runs for verified deliveries, receiving the event first.

    The view is called as ``view(event, **url_params)``. Rejected requests get a JSON error (400 missing
    body or signature, 401 bad signature, 405 not POST, 413 too large, 422 not a JSON object) unless
    ``on_error`` builds the response. The decorated view declares ``methods = ("POST",)``, which
    ``app.route`` uses when no ``methods`` is passed. The body stream is consumed: use ``event.raw``.

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

    def decorate(
        view: Callable[Concatenate[WebhookEvent, P], ResponseReturnValue],
    ) -> Callable[P, ResponseReturnValue]:
        @functools.wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
            try:
                event = receive(resolved, request.method, request.headers, _read_body)
            except WebhookRequestError as error:
                return handle_error(error)
            return view(event, *args, **kwargs)

        # Flask's add_url_rule reads `methods` from the view when the route gives none; without it a plain
        # @app.route would accept only GET and answer Fivetran's POST with 405.
        cast(Any, wrapper).methods = ("POST",)
        return wrapper

    return decorate
