"""Receive Fivetran webhooks: verify signatures, parse typed events, drop duplicate deliveries.

This package imports no web framework. Framework integrations live in their own modules and import their
framework only when you import them: `fivetran_ext.webhooks.flask`, `.django`, `.starlette` and
`.fastapi`.

Example:
    >>> from fivetran_ext.webhooks import WebhookVerifier, compute_signature
    >>> verifier = WebhookVerifier(secret="s3cret")
    >>> body = b'{"event": "sync_end", "data": {"status": "SUCCESSFUL"}}'
    >>> event = verifier.construct_event(body, {"X-Fivetran-Signature-256": compute_signature(body, "s3cret")})
    >>> event.event, event.succeeded
    ('sync_end', True)
"""

from ._dedup import DEFAULT_DEDUP_TTL, DedupStore, InMemoryDedupStore, WebhookDeduplicator, dedup_key
from ._errors import (
    InvalidSignatureError,
    MethodNotAllowedError,
    MissingBodyError,
    MissingSignatureError,
    PayloadTooLargeError,
    WebhookConfigurationError,
    WebhookError,
    WebhookPayloadError,
    WebhookRequestError,
    WebhookVerificationError,
)
from ._event import WebhookEvent
from ._headers import HeadersLike
from ._secrets import SECRET_ENV_VAR, SecretSource, SecretValue
from ._signature import SIGNATURE_HEADER, compute_signature, verify_signature
from ._verifier import DEFAULT_MAX_BODY_SIZE, WebhookVerifier, construct_event

__all__ = [
    "DEFAULT_DEDUP_TTL",
    "DEFAULT_MAX_BODY_SIZE",
    "SECRET_ENV_VAR",
    "SIGNATURE_HEADER",
    "DedupStore",
    "HeadersLike",
    "InMemoryDedupStore",
    "InvalidSignatureError",
    "MethodNotAllowedError",
    "MissingBodyError",
    "MissingSignatureError",
    "PayloadTooLargeError",
    "SecretSource",
    "SecretValue",
    "WebhookConfigurationError",
    "WebhookDeduplicator",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookRequestError",
    "WebhookVerificationError",
    "WebhookVerifier",
    "compute_signature",
    "construct_event",
    "dedup_key",
    "verify_signature",
]
