"""Client options from an orchestrator's stored connection (Airflow's ``Connection`` fields), without I/O.

The API key is the login and the API secret the password, as in ``airflow-provider-fivetran-async``, so a
connection made for that provider works here unchanged. The host, when given, is the base URL (a fake API
in tests, a proxy in production); the extras may set ``timeout`` and ``max_retries``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["client_options"]

_EXTRA_KEYS = ("timeout", "max_retries", "base_url")


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
    return options


def _base_url(host: str | None, port: int | None) -> str | None:
    if not host:
        return None
    url = host if "://" in host else f"https://{host}"
    return f"{url.rstrip('/')}:{port}" if port else url
