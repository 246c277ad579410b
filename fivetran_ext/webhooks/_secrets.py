"""Where webhook secrets come from, and how they are kept out of reprs, logs and tracebacks."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeAlias

from ._errors import WebhookConfigurationError

__all__ = ["SECRET_ENV_VAR", "Secret", "SecretProvider", "SecretSource", "SecretValue", "to_secrets"]

SECRET_ENV_VAR = "FIVETRAN_WEBHOOK_SECRET"  # noqa: S105 - a variable name, not a secret
"""Environment variable read when no secret is given."""

SecretValue: TypeAlias = str | bytes
"""One webhook secret, as configured in Fivetran."""

SecretSource: TypeAlias = SecretValue | Sequence[SecretValue] | Callable[[], SecretValue | Sequence[SecretValue]]
"""A secret, several secrets (accepted during a rotation), or a callable returning either."""


class Secret:
    """Secret bytes with a redacted repr.

    Held instead of raw bytes so that a repr, a debugger, or an error tracker that records frame locals
    never shows the key.
    """

    __slots__ = ("_value",)

    def __init__(self, value: bytes) -> None:
        self._value = value

    def reveal(self) -> bytes:
        """The key bytes; call only where the HMAC is computed."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"


def to_secrets(value: object, *, origin: str) -> tuple[Secret, ...]:
    """Validate one secret or a list of them and wrap each.

    Args:
        value: What the user (or their callable) supplied.
        origin: Where it came from, for the error message (never the value itself).

    Returns:
        At least one non-empty secret.

    Raises:
        WebhookConfigurationError: the value is empty, or not a str/bytes/list/tuple of them.
    """
    items = list(value) if isinstance(value, list | tuple) else [value]
    if not items:
        raise WebhookConfigurationError(f"{origin} is an empty list of webhook secrets")
    secrets: list[Secret] = []
    for item in items:
        if isinstance(item, str):
            raw = item.encode("utf-8")
        elif isinstance(item, bytes | bytearray):
            raw = bytes(item)
        else:
            # Name only the type: the value might be a secret in the wrong shape.
            raise WebhookConfigurationError(
                f"{origin} must be a str or bytes secret (or a list of them), not {type(item).__name__}"
            )
        if not raw:
            raise WebhookConfigurationError(f"{origin} is an empty webhook secret")
        secrets.append(Secret(raw))
    return tuple(secrets)


class SecretProvider:
    """Resolves the secrets to try, from an argument, a callable or the environment.

    A static secret and the environment variable are read once, at construction. A callable is called
    once at construction (so a misconfigured secret store fails at start-up) and then on every
    verification, so a rotated secret is picked up without a restart.
    """

    __slots__ = ("_describe", "_fetch", "_static")

    def __init__(self, secret: SecretSource | None) -> None:
        self._fetch: Callable[[], SecretValue | Sequence[SecretValue]] | None = None
        if secret is None:
            from_env = os.environ.get(SECRET_ENV_VAR, "")
            if not from_env:
                raise WebhookConfigurationError(
                    f"No webhook secret: pass secret=... or set the {SECRET_ENV_VAR} environment variable"
                )
            self._static = to_secrets(from_env, origin=f"${SECRET_ENV_VAR}")
            self._describe = f"<from ${SECRET_ENV_VAR}>"
        elif callable(secret):
            self._fetch = secret
            self._static = to_secrets(secret(), origin="the secret callable")
            self._describe = "<from callable>"
        else:
            self._static = to_secrets(secret, origin="secret")
            count = len(self._static)
            self._describe = f"<{count} secret{'s' if count > 1 else ''}>"

    def current(self) -> tuple[Secret, ...]:
        """The secrets to accept for the delivery being verified now.

        Raises:
            WebhookConfigurationError: the callable returned nothing usable (a server-side fault).
        """
        if self._fetch is None:
            return self._static
        return to_secrets(self._fetch(), origin="the secret callable")

    def __repr__(self) -> str:
        return self._describe
