"""Verify a delivery and turn it into a `WebhookEvent`: the one sequence every receiver runs."""

from __future__ import annotations

from ._errors import MissingBodyError, MissingSignatureError, PayloadTooLargeError, WebhookConfigurationError
from ._event import WebhookEvent, parse_event
from ._headers import HeadersLike, header_value
from ._secrets import SecretProvider, SecretSource
from ._signature import SIGNATURE_HEADER, matches_any

__all__ = ["DEFAULT_MAX_BODY_SIZE", "WebhookVerifier", "construct_event", "require_signature"]

DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""1 MiB: Fivetran's event payloads are a few hundred bytes, so anything near this is not from Fivetran."""


def require_signature(headers: HeadersLike) -> str:
    """The signature header value, or `MissingSignatureError` if it is absent or blank.

    Checked before the body is read or hashed, so an unsigned request is rejected cheaply.
    """
    signature = header_value(headers, SIGNATURE_HEADER)
    if signature is None or not signature.strip():
        raise MissingSignatureError()
    return signature


class WebhookVerifier:
    """Holds the secret source and size limit, and verifies deliveries.

    Build one per endpoint at start-up: a missing or empty secret raises here, not on every request.
    Framework adapters accept a ready verifier, so one configuration can serve several apps.

    Args:
        secret: The webhook secret, a list of accepted secrets (rotation), or a callable returning either
            (called on every verification, e.g. to read a secret store). None reads
            ``FIVETRAN_WEBHOOK_SECRET``.
        max_body_size: Largest accepted body in bytes.

    Raises:
        WebhookConfigurationError: no usable secret, or a non-positive size limit.

    Example:
        >>> from fivetran_ext.webhooks import WebhookVerifier, compute_signature
        >>> verifier = WebhookVerifier("s3cret")
        >>> body = b'{"event": "sync_start", "connector_id": "warn_enormous"}'
        >>> headers = {"X-Fivetran-Signature-256": compute_signature(body, "s3cret")}
        >>> verifier.construct_event(body, headers).connector_id
        'warn_enormous'
    """

    __slots__ = ("_max_body_size", "_secrets")

    def __init__(self, secret: SecretSource | None = None, *, max_body_size: int = DEFAULT_MAX_BODY_SIZE) -> None:
        # bool is an int; a flag passed by mistake should not become a 1-byte limit.
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1:
            raise WebhookConfigurationError("max_body_size must be a positive number of bytes")
        self._secrets = SecretProvider(secret)
        self._max_body_size = max_body_size

    @property
    def max_body_size(self) -> int:
        """Largest accepted body in bytes."""
        return self._max_body_size

    def check_size(self, size: int) -> None:
        """Raise `PayloadTooLargeError` if ``size`` bytes exceed the limit."""
        if size > self._max_body_size:
            raise PayloadTooLargeError(self._max_body_size)

    def verify(self, body: bytes, signature: str | bytes | None) -> None:
        """Check the signature of ``body`` against the current secret(s).

        Raises:
            MissingSignatureError: the signature is absent or blank.
            InvalidSignatureError: malformed or not matching any accepted secret.
        """
        matches_any(body, signature, self._secrets.current())

    def construct_event(self, body: bytes, headers: HeadersLike) -> WebhookEvent:
        """Verify a delivery and parse it.

        Checks run in a fixed order, so every adapter answers the same: signature header present (400),
        body within the limit (413), body not empty (400), signature valid (401), JSON object (422).

        Args:
            body: The exact request body bytes.
            headers: Request headers, as a mapping or (name, value) pairs; looked up case-insensitively.

        Returns:
            The verified event.

        Raises:
            WebhookRequestError: the subclass says why (and which HTTP status to answer).
        """
        signature = require_signature(headers)
        self.check_size(len(body))
        if not body:
            raise MissingBodyError()
        self.verify(body, signature)
        return parse_event(body)

    def __repr__(self) -> str:
        return f"WebhookVerifier(secret={self._secrets!r}, max_body_size={self._max_body_size})"


def construct_event(body: bytes, headers: HeadersLike, secret: SecretSource | None = None) -> WebhookEvent:
    """Verify a delivery and parse it into a `WebhookEvent` (one-off form of `WebhookVerifier`).

    Args:
        body: The exact request body bytes.
        headers: Request headers, as a mapping or (name, value) pairs; looked up case-insensitively.
        secret: As for `WebhookVerifier`; None reads ``FIVETRAN_WEBHOOK_SECRET``.

    Raises:
        WebhookRequestError: the subclass says why (and which HTTP status to answer).
        WebhookConfigurationError: no usable secret.

    Example:
        >>> from fivetran_ext.webhooks import compute_signature, construct_event
        >>> body = b'{"event": "sync_end", "data": {"status": "FAILURE_WITH_TASK"}}'
        >>> headers = [("x-fivetran-signature-256", compute_signature(body, "s3cret"))]
        >>> construct_event(body, headers, "s3cret").failed
        True
    """
    return WebhookVerifier(secret, max_body_size=max(len(body), 1)).construct_event(body, headers)
