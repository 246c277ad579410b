"""Client configuration: credentials, base URL, timeouts and retry policy, validated once at construction."""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import httpx

from ._credentials import API_KEY_ENV, API_SECRET_ENV, resolve_credentials
from ._errors import ConfigurationError
from ._governor import RateLimitGovernor
from ._retry import RetryPolicy
from ._validation import is_loopback_host
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "build_config",
    "settings_from_env",
]

DEFAULT_BASE_URL = "https://api.fivetran.com"
# Fivetran's slow endpoints (setup tests, schema reload) take tens of seconds; connecting never should.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

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

    @property
    def base_path(self) -> str:
        """The path part of the base URL (usually empty), which prefixes every API path."""
        return httpx.URL(self.base_url).raw_path.decode("ascii").rstrip("/")

    def headers(self) -> dict[str, str]:
        """Default headers of every request: Basic auth and the user agent."""
        token = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}", "User-Agent": USER_AGENT}

    def masked_key(self) -> str:
        """The API key with all but its first four characters hidden, for reprs and diagnostics."""
        return f"{self.api_key[:4]}…" if len(self.api_key) > 8 else "…"

    def derive(self, *, timeout: float | httpx.Timeout | None, retry: RetryPolicy) -> ClientConfig:
        """A copy with another timeout and retry policy (for `with_options`)."""
        return replace(self, timeout=self.timeout if timeout is None else coerce_timeout(timeout), retry=retry)


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
    )


def _governor(rate_limit: RateLimitGovernor | None) -> RateLimitGovernor | None:
    if rate_limit is not None and not isinstance(rate_limit, RateLimitGovernor):
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
    """Accept seconds or an `httpx.Timeout`; refuse None, because a request must never hang forever."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds or an httpx.Timeout, got {timeout!r}")
    if timeout <= 0:
        raise ValueError(f"timeout must be > 0 seconds, got {timeout!r}")
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
