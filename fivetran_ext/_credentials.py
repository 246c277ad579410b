"""The credential forms the client accepts: a key and a secret, or Fivetran CLI's single base64 key.

Fivetran's own CLI authenticates with one value, ``base64("key:secret")`` (the token of the ``Basic``
header), passed as ``--api-key`` or held in ``FIVETRAN_API_KEY`` with no secret next to it. People who use
that CLI have their environment set up that way, so a key given without a secret is read as that form.
Values are never echoed in errors: a malformed base64 key is still most of a secret.
"""

from __future__ import annotations

import base64
import binascii

from ._errors import ConfigurationError

__all__ = ["API_KEY_ENV", "API_SECRET_ENV", "decode_base64_key", "resolve_credentials"]

# The Go SDK and Terraform spell them without the underscore; accepting both costs nothing.
API_KEY_ENV = ("FIVETRAN_API_KEY", "FIVETRAN_APIKEY")
API_SECRET_ENV = ("FIVETRAN_API_SECRET", "FIVETRAN_APISECRET")

_SETUP = (
    f"pass api_key and api_secret, or set {API_KEY_ENV[0]} and {API_SECRET_ENV[0]} "
    f"({API_KEY_ENV[1]}/{API_SECRET_ENV[1]} also work); {API_KEY_ENV[0]} alone may hold the base64 key "
    "of Fivetran's CLI (base64 of key:secret)"
)


def decode_base64_key(token: str) -> tuple[str, str]:
    """Split Fivetran CLI's base64 key into ``(api_key, api_secret)``.

    Raises:
        ConfigurationError: the value is not base64 of ``key:secret`` (the value itself is not repeated).

    Example:
        >>> decode_base64_key("a2V5OnNlY3JldA==")
        ('key', 'secret')
    """
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ConfigurationError(
            "the Fivetran API key was given without a secret, so it must be Fivetran CLI's base64 key "
            f"(base64 of key:secret), and it is not valid base64 text; {_SETUP}"
        ) from None
    key, colon, secret = decoded.partition(":")
    if not colon or not key.strip() or not secret.strip():
        raise ConfigurationError(
            "the Fivetran API key was given without a secret, so it must be Fivetran CLI's base64 key, "
            f"but it does not decode to key:secret; {_SETUP}"
        )
    return key.strip(), secret.strip()


def resolve_credentials(api_key: str | None, api_secret: str | None) -> tuple[str, str]:
    """The ``(api_key, api_secret)`` pair from what the caller gave: both, or the base64 key alone.

    Raises:
        ConfigurationError: a credential is missing or empty, or a lone key is not a valid base64 key.
    """
    key = _text(api_key, "api_key")
    if api_secret is None and key is not None:
        return decode_base64_key(key)
    secret = _text(api_secret, "api_secret")
    missing = [name for name, value in (("api_key", key), ("api_secret", secret)) if value is None]
    if missing or key is None or secret is None:
        raise ConfigurationError(f"Fivetran credentials are missing ({' and '.join(missing)}): {_SETUP}")
    return key, secret


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    return value.strip() or None
