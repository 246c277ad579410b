"""Client configuration: credentials, base URL, timeouts and retry policy, validated once at construction."""

from __future__ import annotations

import base64
import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import httpx

from ._body import ACCEPT_ENCODING
from ._credentials import API_KEY_ENV, API_SECRET_ENV, resolve_credentials
from ._errors import ConfigurationError
from ._retry import RetryPolicy, check_seconds
from ._validation import is_loopback_host
from ._version import __version__

if TYPE_CHECKING:
    from ._governor import RateLimitGovernor

__all__ = [
    "DEFAULT_ATTEMPT_TIMEOUT",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "build_config",
    "settings_from_env",
]

DEFAULT_BASE_URL = "https://api.fivetran.com"
# Fivetran's slow endpoints (setup tests, schema reload) take tens of seconds; connecting never should.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# The largest real bodies are schema configs: a 20,000-table connection's is about 86 MB. 256 MiB leaves
# three times that, while a bomb or an endless body stops long before it can exhaust a worker's memory.
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
# httpx's timeouts bound each socket operation; this bounds one whole attempt (connect, headers, body).
# Fivetran's slowest calls take tens of seconds and an 86 MB schema config must fit on a slow link.
DEFAULT_ATTEMPT_TIMEOUT = 300.0

BASE_URL_ENV = "FIVETRAN_BASE_URL"

USER_AGENT = (
    f"fivetran-ext/{__version__} python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs, already validated. The credentials never appear in its repr."""

    api_key: str = field(repr=False)
    api_secret: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    # Shared, mutable and thread-safe: `with_options` variants keep the same governor.
    rate_limit: RateLimitGovernor | None = field(default=None, compare=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # None: the default, raised to the longest `timeout` part when that is longer (see attempt_seconds).
    attempt_timeout: float | None = None

    @property
    def base_path(self) -> str:
        """The path part of the base URL (usually empty), which prefixes every API path."""
        return httpx.URL(self.base_url).raw_path.decode("ascii").rstrip("/")

    def headers(self) -> dict[str, str]:
        """Default headers of every request: Basic auth and the user agent."""
        token = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode("ascii")
        # Only codings the transport can decode within max_response_bytes (`_body.py`).
        return {"Authorization": f"Basic {token}", "User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}

    def masked_key(self) -> str:
        """The API key with all but its first four characters hidden, for reprs and diagnostics."""
        return f"{self.api_key[:4]}…" if len(self.api_key) > 8 else "…"

    def attempt_seconds(self) -> float:
        """The wall-clock bound of one attempt actually applied.

        Without an explicit ``attempt_timeout`` it is 300 s, or the longest part of ``timeout`` if that is
        longer: someone who allows a read to wait 10 minutes expects the attempt to be allowed that too.
        """
        if self.attempt_timeout is not None:
            return self.attempt_timeout
        parts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return max(DEFAULT_ATTEMPT_TIMEOUT, *(part for part in parts if part is not None))

    def derive(
        self,
        *,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy,
        max_response_bytes: int | None = None,
        attempt_timeout: float | None = None,
    ) -> ClientConfig:
        """A copy with other timeouts, retry policy or limits (for `with_options`); None keeps the current one."""
        return replace(
            self,
            timeout=self.timeout if timeout is None else coerce_timeout(timeout),
            retry=retry,
            max_response_bytes=(
                self.max_response_bytes if max_response_bytes is None else check_max_bytes(max_response_bytes)
            ),
            attempt_timeout=(
                self.attempt_timeout if attempt_timeout is None else check_seconds("attempt_timeout", attempt_timeout)
            ),
        )


def build_config(
    *,
    api_key: str | None,
    api_secret: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int | None,
    retry: RetryPolicy | None,
    allow_insecure_http: bool,
    rate_limit: RateLimitGovernor | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    attempt_timeout: float | None = None,
) -> ClientConfig:
    """Validate constructor arguments into a `ClientConfig`, failing with messages that say what to do.

    Raises:
        ConfigurationError: missing or malformed credentials, or an unusable base URL.
    """
    key, secret = resolve_credentials(api_key, api_secret)
    return ClientConfig(
        api_key=key,
        api_secret=secret,
        base_url=_base_url(base_url or DEFAULT_BASE_URL, allow_insecure_http=allow_insecure_http),
        timeout=coerce_timeout(timeout),
        retry=resolve_retry(retry, max_retries),
        rate_limit=_governor(rate_limit),
        max_response_bytes=check_max_bytes(max_response_bytes),
        attempt_timeout=None if attempt_timeout is None else check_seconds("attempt_timeout", attempt_timeout),
    )


def check_max_bytes(value: int) -> int:
    """A ``max_response_bytes`` setting: a positive integer."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_bytes must be an integer > 0, got {value!r}")
    return value


def _governor(rate_limit: RateLimitGovernor | None) -> RateLimitGovernor | None:
    if rate_limit is None:
        return None
    # The governor is imported only by the clients that use one.
    from ._governor import RateLimitGovernor

    if not isinstance(rate_limit, RateLimitGovernor):
        raise TypeError(f"rate_limit must be a RateLimitGovernor, got {type(rate_limit).__name__}")
    return rate_limit


def resolve_retry(retry: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    """Combine a policy and a ``max_retries`` shortcut (the shortcut wins)."""
    policy = retry if retry is not None else RetryPolicy()
    if not isinstance(policy, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, got {type(policy).__name__}")
    return policy if max_retries is None else policy.with_max_retries(max_retries)


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Read credentials and base URL from the environment; empty variables count as unset."""
    env = os.environ if environ is None else environ
    settings: dict[str, str] = {}
    for name, variables in (("api_key", API_KEY_ENV), ("api_secret", API_SECRET_ENV), ("base_url", (BASE_URL_ENV,))):
        for variable in variables:
            value = env.get(variable, "").strip()
            if value:
                settings[name] = value
                break
    return settings


def coerce_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Accept seconds or an `httpx.Timeout`; refuse None, because a request must never hang forever.

    Every part must be a finite number of seconds > 0: ``inf`` or ``nan`` would be accepted by httpx
    and then fail every request deep inside the socket layer.
    """
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is None:
                raise ValueError(f"timeout.{part} is None: a request must never wait forever; give seconds")
            check_seconds(f"timeout.{part}", value)
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds or an httpx.Timeout, got {timeout!r}")
    if not math.isfinite(timeout) or timeout <= 0:
        raise ValueError(f"timeout must be a finite number of seconds > 0, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def _base_url(value: str, *, allow_insecure_http: bool) -> str:
    try:
        url = httpx.URL(value.strip())
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"base_url is not a valid URL: {error}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {value!r}")
    if url.userinfo:
        raise ConfigurationError("base_url must not contain credentials: pass api_key and api_secret instead")
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment, got {value!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback_host(url.host):
        raise ConfigurationError(
            f"base_url {value!r} uses plain http: the API key and secret would cross the network unencrypted. "
            "Use https, or pass allow_insecure_http=True if this is really intended"
        )
    path = url.raw_path.decode("ascii").rstrip("/")
    if path.endswith("/v1"):
        # Fivetrex's default base URL ends in /v1, but every operation path already starts with /v1.
        raise ConfigurationError(f"base_url must not end with /v1 (operation paths include it), got {value!r}")
    return str(url.copy_with(raw_path=path.encode("ascii") or b"/")).rstrip("/")
