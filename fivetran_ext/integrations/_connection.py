"""Client options from an orchestrator's stored connection (Airflow's ``Connection`` fields), without I/O.

The API key is the login and the API secret the password, as in ``airflow-provider-fivetran-async``, so a
connection made for that provider works here unchanged. The host, when given, is the base URL (a fake API
in tests, a proxy in production); the extras may set ``timeout``, ``max_retries``, ``share_rate_limit``,
``redis_url`` and ``redis_namespace``.

The rate limit belongs to the account, not to a task: every task of a worker process and every trigger of
Airflow's triggerer (hundreds of them on one event loop) spend the same budget. So by default the clients
built here share one `RateLimitGovernor` per account and API in the process, which learns the limit from
``X-Rate-Limit``, spaces requests before the quota runs out and holds them all after a 429 until
``Retry-After``, instead of each client finding out alone. With ``redis_url``, the governor keeps its
windows in a `RedisRateStore`, so every worker, triggerer and scheduler process on that Redis spends one
budget; the async clients (the triggers) talk to that Redis through ``redis.asyncio``, so the triggerer's
event loop never waits on it. The governor's store also coordinates runs (``coordinator=``): two tasks
syncing one connection at once share one run instead of triggering (or, with ``force``, cancelling) twice.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, cast

from .._config import DEFAULT_BASE_URL
from .._governor import RateLimitGovernor
from .._run_claims import RunClaimStore

__all__ = ["client_options", "coordinator", "shared_governor"]

_EXTRA_KEYS = ("timeout", "max_retries", "base_url", "share_rate_limit", "redis_url", "redis_namespace")
_GOVERNORS: dict[tuple[str, str, str | None, str | None], RateLimitGovernor] = {}
_GOVERNORS_LOCK = threading.Lock()


def shared_governor(
    api_key: str, base_url: str | None, redis_url: str | None = None, redis_namespace: str | None = None
) -> RateLimitGovernor:
    """This process's governor for one account (API key) on one API (and Redis store), made on first use."""
    key = (api_key, base_url or DEFAULT_BASE_URL, redis_url, redis_namespace)
    with _GOVERNORS_LOCK:
        governor = _GOVERNORS.get(key)
        if governor is None:
            store = None
            if redis_url:
                from .._rate_store_redis import RedisRateStore  # redis-py only for who configures it

                store = RedisRateStore(redis_url, namespace=redis_namespace or "fivetran-ext")
            governor = _GOVERNORS[key] = RateLimitGovernor(store=store)
        return governor


def coordinator(options: Mapping[str, Any]) -> RunClaimStore | None:
    """The store that coordinates runs for clients built with ``options``: the shared governor's, if any."""
    governor = options.get("rate_limit")
    store = governor.store if isinstance(governor, RateLimitGovernor) else None
    # Both stores of the library (in-process and Redis) hold run claims too; a custom one may not.
    return cast(RunClaimStore, store) if hasattr(store, "swap_run") else None


def client_options(
    *,
    login: str | None,
    password: str | None,
    host: str | None = None,
    port: int | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `Fivetran`/`AsyncFivetran` from a stored connection's fields.

    Raises:
        ValueError: an extra this client does not know (a typo would otherwise be ignored silently).

    Example:
        >>> options = client_options(login="key", password="secret", host="http://127.0.0.1", port=8555)
        >>> options["base_url"]
        'http://127.0.0.1:8555'
    """
    extra = dict(extra or {})
    # Form fields of Airflow's UI arrive prefixed with the connection type; accept both spellings.
    extra = {key.rsplit("__", 1)[-1]: value for key, value in extra.items() if value not in (None, "")}
    unknown = sorted(set(extra) - set(_EXTRA_KEYS))
    if unknown:
        raise ValueError(f"unknown Fivetran connection extras {unknown}; known: {list(_EXTRA_KEYS)}")
    options: dict[str, Any] = {"api_key": login, "api_secret": password}
    base_url = extra.get("base_url") or _base_url(host, port)
    if base_url:
        options["base_url"] = base_url
    if "timeout" in extra:
        options["timeout"] = float(extra["timeout"])
    if "max_retries" in extra:
        options["max_retries"] = int(extra["max_retries"])
    if _flag(extra.get("share_rate_limit", True)) and login:
        options["rate_limit"] = shared_governor(
            login, options.get("base_url"), extra.get("redis_url"), extra.get("redis_namespace")
        )
    return options


def _flag(value: object) -> bool:
    # Airflow's form and JSON extras may hold the flag as text.
    return value if isinstance(value, bool) else str(value).strip().lower() not in ("false", "0", "no", "off")


def _base_url(host: str | None, port: int | None) -> str | None:
    if not host:
        return None
    url = host if "://" in host else f"https://{host}"
    return f"{url.rstrip('/')}:{port}" if port else url
