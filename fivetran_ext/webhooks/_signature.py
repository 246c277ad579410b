"""HMAC-SHA256 signatures of webhook deliveries (header ``X-Fivetran-Signature-256``).

Fivetran signs the exact request body with the webhook secret and sends the upper-case hex digest, with
no prefix and no timestamp. Verification therefore works on the raw bytes, before any JSON parsing, and
compares digests in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence

from ._errors import InvalidSignatureError, MissingSignatureError
from ._secrets import Secret, SecretValue, to_secrets

__all__ = ["SIGNATURE_HEADER", "compute_signature", "matches_any", "verify_signature"]

SIGNATURE_HEADER = "X-Fivetran-Signature-256"
"""Name of the request header carrying the signature."""

# Exactly one SHA-256 digest in hex. Checked before bytes.fromhex, which would also accept spaces.
_HEX_DIGEST = re.compile(r"[0-9A-Fa-f]{64}")


def _require_bytes(body: object) -> bytes:
    # A str body means someone decoded (and maybe re-encoded) the request: the signature covers the
    # exact bytes on the wire, so refuse loudly instead of guessing an encoding.
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"body must be the raw request bytes, not {type(body).__name__}")
    return bytes(body)


def _digest(body: bytes, key: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()


def compute_signature(body: bytes | bytearray | memoryview, secret: SecretValue) -> str:
    """Sign a body the way Fivetran does; useful to build test deliveries.

    Args:
        body: The exact request body bytes.
        secret: The webhook secret.

    Returns:
        The upper-case hex HMAC-SHA256 of ``body`` keyed by ``secret``.

    Example:
        >>> compute_signature(b'{"event":"sync_start"}', "s3cret")[:8]
        '7D72B763'
    """
    (key,) = to_secrets(secret, origin="secret")
    return _digest(_require_bytes(body), key.reveal()).hex().upper()


def _parse_signature(signature: str | bytes | None) -> bytes:
    """Decode a header value into the 32 digest bytes, or raise the matching error."""
    if isinstance(signature, bytes | bytearray):
        try:
            signature = bytes(signature).decode("ascii")
        except UnicodeDecodeError:
            raise InvalidSignatureError("Invalid signature: not ASCII") from None
    if signature is None or not signature.strip():
        raise MissingSignatureError()
    # HTTP servers usually strip optional whitespace already; do it here so raw header values behave too.
    candidate = signature.strip(" \t")
    if not candidate.isascii() or _HEX_DIGEST.fullmatch(candidate) is None:
        raise InvalidSignatureError("Invalid signature: expected 64 hexadecimal characters")
    return bytes.fromhex(candidate)


def matches_any(body: bytes | bytearray | memoryview, signature: str | bytes | None, secrets: Sequence[Secret]) -> None:
    """Check a signature against every accepted secret.

    Raises:
        MissingSignatureError: the signature is absent or blank.
        InvalidSignatureError: it is malformed or matches none of the secrets.
    """
    received = _parse_signature(signature)
    raw = _require_bytes(body)
    # Compare against every secret without stopping early, so timing does not reveal which key matched.
    results = [hmac.compare_digest(_digest(raw, key.reveal()), received) for key in secrets]
    if not any(results):
        raise InvalidSignatureError()


def verify_signature(
    body: bytes | bytearray | memoryview, signature: str | bytes | None, secret: SecretValue | Sequence[SecretValue]
) -> None:
    """Verify that ``signature`` is the HMAC-SHA256 of ``body`` under ``secret``.

    Hex digits of any case are accepted. Pass a list of secrets while rotating: a signature made with
    any of them is valid.

    Args:
        body: The exact request body bytes, before any parsing.
        signature: The ``X-Fivetran-Signature-256`` header value (None if absent).
        secret: The webhook secret, or a list/tuple of accepted secrets.

    Raises:
        MissingSignatureError: the signature is absent or blank.
        InvalidSignatureError: it is malformed (not 64 hex digits, not ASCII) or does not match.
        WebhookConfigurationError: the secret is empty or of the wrong type.
        TypeError: ``body`` is not bytes.

    Example:
        >>> body = b'{"event":"sync_start"}'
        >>> verify_signature(body, compute_signature(body, "s3cret").lower(), ["old", "s3cret"])
    """
    matches_any(body, signature, to_secrets(secret, origin="secret"))
