"""Errors raised while configuring a webhook receiver or rejecting a delivery.

Every request-level error knows the HTTP status and the short `type` a receiver should answer with, so
the framework adapters map errors to responses in one place and users' `on_error` hooks can do the same.
The `type` names match the Fivetrex `WebhookPlug` reasons (`missing_body`, `missing_signature`,
`invalid_signature`, `invalid_json`) plus the cases Fivetrex does not check (`payload_too_large`,
`method_not_allowed`).

Messages are fixed, human-readable texts: they never contain a secret, a signature or body bytes, so they
are safe to log and to send back to the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import ClassVar

__all__ = [
    "InvalidSignatureError",
    "MethodNotAllowedError",
    "MissingBodyError",
    "MissingSignatureError",
    "PayloadTooLargeError",
    "WebhookConfigurationError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookRequestError",
    "WebhookVerificationError",
]

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


class WebhookError(Exception):
    """Base class of every error raised by `fivetran_ext.webhooks`."""


class WebhookConfigurationError(WebhookError, ValueError):
    """The receiver is misconfigured (no secret, an empty secret, a bad size limit).

    Raised when a verifier or adapter is built, so a deployment fails at start-up rather than answering
    every delivery with an error. It is not a `WebhookRequestError`: adapters let it propagate (a 500),
    because the sender did nothing wrong.
    """


class WebhookRequestError(WebhookError):
    """A delivery was rejected; carries what the HTTP answer should be.

    Attributes:
        status_code: HTTP status a receiver should answer with.
        type: Short machine-readable reason, e.g. ``"invalid_signature"``.
        message: Human-readable reason, safe to log and to return.
        headers: Extra response headers (``Allow`` for 405), usually empty.
    """

    status_code: ClassVar[int] = 400
    type: ClassVar[str] = "bad_request"
    default_message: ClassVar[str] = "Bad webhook request"

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    @property
    def headers(self) -> Mapping[str, str]:
        """Response headers that belong with this error."""
        return _NO_HEADERS

    def to_dict(self) -> dict[str, str]:
        """The JSON body the adapters send: ``{"error": type, "message": message}``."""
        return {"error": self.type, "message": self.message}


class MissingBodyError(WebhookRequestError):
    """The request had no body (400)."""

    status_code = 400
    type = "missing_body"
    default_message = "Missing request body"


class WebhookVerificationError(WebhookRequestError):
    """Base class of signature problems: the delivery cannot be trusted."""


class MissingSignatureError(WebhookVerificationError):
    """The signature header is absent or empty (400)."""

    status_code = 400
    type = "missing_signature"
    default_message = "Missing signature header"


class InvalidSignatureError(WebhookVerificationError):
    """The signature is malformed or does not match the body (401)."""

    status_code = 401
    type = "invalid_signature"
    default_message = "Invalid signature"


class WebhookPayloadError(WebhookRequestError):
    """The verified body is not a JSON object or has a field of the wrong type (422)."""

    status_code = 422
    type = "invalid_json"
    default_message = "Invalid JSON payload"


class PayloadTooLargeError(WebhookRequestError):
    """The body is larger than the receiver's size limit (413).

    Attributes:
        limit: The configured limit in bytes.
    """

    status_code = 413
    type = "payload_too_large"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"Request body exceeds the limit of {limit} bytes")

    # Annotated with Callable: inside these classes `type` names the error-kind attribute.
    def __reduce__(self) -> tuple[Callable[[int], PayloadTooLargeError], tuple[int]]:
        # Exceptions pickle their message by default; rebuild from the limit instead (multiprocessing,
        # task queues).
        return (type(self), (self.limit,))


class MethodNotAllowedError(WebhookRequestError):
    """The request used a method other than POST (405)."""

    status_code = 405
    type = "method_not_allowed"
    default_message = "Webhook deliveries must use POST"
    _ALLOW: ClassVar[Mapping[str, str]] = MappingProxyType({"Allow": "POST"})

    @property
    def headers(self) -> Mapping[str, str]:
        """``Allow: POST``, as RFC 9110 requires on a 405."""
        return self._ALLOW
