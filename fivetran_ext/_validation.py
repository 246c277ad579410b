"""Argument checks for groups, connections, destinations and webhooks, run before anything is sent.

Each check raises a `ValueError` (a `TypeError` for a value of the wrong kind) naming the argument and
what it accepts, so a mistake fails in the caller's code instead of as a 400 from Fivetran, or worse, as
a request that the API accepts with a meaning the caller did not intend.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "SYNC_FREQUENCIES",
    "ResyncNotConfirmedError",
    "check_columns",
    "check_confirm",
    "check_count",
    "check_daily_sync_time",
    "check_event",
    "check_events",
    "check_named_objects",
    "check_seconds",
    "check_sync_frequency",
    "check_tables",
    "check_webhook_url",
    "is_loopback_host",
]

SYNC_FREQUENCIES: tuple[int, ...] = (1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440)
"""The sync frequencies (minutes) Fivetran accepts; the spec wrongly declares them as strings."""

_DAILY_SYNC_TIME = re.compile(r"(?:[01]\d|2[0-3]):00")
_DAILY_FREQUENCY = 1440


class ResyncNotConfirmedError(ValueError):
    """A historical resync (of a connection or of some tables) was asked for without ``confirm=True``.

    A resync drops and re-imports data, so the client refuses it before sending anything unless the caller
    passed exactly the boolean ``True`` (``"yes"``, ``1`` and other truthy values are refused too).

    Example:
        try:
            client.connections.resync("decent_dropsy")
        except ResyncNotConfirmedError:
            ...  # nothing was sent
    """


def check_confirm(confirm: object, operation: str) -> None:
    """Refuse a destructive ``operation`` unless ``confirm`` is exactly ``True``.

    Raises:
        ResyncNotConfirmedError: ``confirm`` is anything but the boolean True.
    """
    # `is True`, not truthiness: a stray "false" string or a 1 from a config file must not resync.
    if confirm is not True:
        raise ResyncNotConfirmedError(
            f"{operation} re-imports data from scratch and can take hours: pass confirm=True to proceed "
            f"(got confirm={confirm!r}; nothing was sent)"
        )


def check_sync_frequency(value: int | None) -> int | None:
    """None, or one of `SYNC_FREQUENCIES` (an int, not a string or a bool)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in SYNC_FREQUENCIES:
        allowed = ", ".join(map(str, SYNC_FREQUENCIES))
        raise ValueError(f"sync_frequency must be one of {allowed} (minutes); got {value!r}")
    return value


def check_daily_sync_time(value: str | None, sync_frequency: int | None) -> str | None:
    """None, or ``"HH:00"`` (00..23), and only together with a daily (1440-minute) sync frequency.

    ``sync_frequency`` is the frequency sent in the same request, if any: Fivetran only uses the daily
    sync time for daily syncs, so asking for it with another frequency is a mistake.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not _DAILY_SYNC_TIME.fullmatch(value):
        raise ValueError(f"daily_sync_time must be 'HH:00' with HH from 00 to 23 (e.g. '03:00'); got {value!r}")
    if sync_frequency is not None and sync_frequency != _DAILY_FREQUENCY:
        raise ValueError(
            f"daily_sync_time only applies to daily syncs: sync_frequency must be {_DAILY_FREQUENCY}, "
            f"got {sync_frequency}"
        )
    return value


def _name(where: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be a non-empty string; got {value!r}")
    return value


def _names(where: str, values: object) -> list[str]:
    # A bare string is a sequence too: "orders" would otherwise become ["o", "r", ...].
    if isinstance(values, str | bytes) or not isinstance(values, Sequence) or not values:
        raise ValueError(f"{where} must be a non-empty list of names; got {values!r}")
    names = [_name(f"{where}[{index}]", value) for index, value in enumerate(values)]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"{where} lists {', '.join(map(repr, duplicates))} more than once")
    return names


def _mapping(where: str, value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping) or not value:
        raise ValueError(f"{where} must be a non-empty mapping; got {value!r}")
    return value


def check_tables(name: str, value: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """A resync scope: a non-empty mapping of schema name to a non-empty list of table names.

    Example:
        >>> check_tables("scope", {"public": ["orders", "customers"]})
        {'public': ['orders', 'customers']}
    """
    return {
        _name(f"{name} schema name", schema): _names(f"{name}[{schema!r}]", tables)
        for schema, tables in _mapping(name, value).items()
    }


def check_columns(name: str, value: Mapping[str, Mapping[str, Sequence[str]]]) -> dict[str, dict[str, list[str]]]:
    """Columns to drop: schema name -> table name -> non-empty list of column names."""
    return {
        _name(f"{name} schema name", schema): {
            _name(f"{name}[{schema!r}] table name", table): _names(f"{name}[{schema!r}][{table!r}]", columns)
            for table, columns in _mapping(f"{name}[{schema!r}]", tables).items()
        }
        for schema, tables in _mapping(name, value).items()
    }


def check_named_objects(name: str, value: Mapping[str, Mapping[str, Any]] | None) -> dict[str, Any] | None:
    """None, or a mapping of non-empty names to JSON objects (``schemas``, ``tables``, ``columns`` settings)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of names to settings, got {type(value).__name__}")
    for key, settings in value.items():
        _name(f"{name} key", key)
        if not isinstance(settings, Mapping):
            raise TypeError(f"{name}[{key!r}] must be a mapping of settings, got {type(settings).__name__}")
    return dict(value)


def check_count(name: str, value: int | None) -> int | None:
    """None, or an integer >= 0 (not a bool)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ValueError(f"{name} must be an integer >= 0; got {value!r}")
    return value


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (as parsed from a URL, without brackets) is this machine: plain http is safe there."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_webhook_url(url: str | None) -> str | None:
    """None, or an absolute ``https://`` URL; ``http://`` only for a loopback host.

    Fivetran delivers webhooks over HTTPS only and calls the URL when a webhook is created or activated.
    Plain HTTP to ``localhost``/``127.0.0.1``/``::1`` is let through for local stand-ins of the API (such
    as `fivetran_ext.testing.FakeFivetran`), which are the only servers that could ever reach such a URL.
    """
    if url is None:
        return None
    parts = urlsplit(url) if isinstance(url, str) else None
    host = parts.hostname if parts else None
    if parts is None or not host:
        raise ValueError(f"url must be an absolute https:// URL; got {url!r}")
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host)):
        return url
    raise ValueError(f"url must use https:// (http:// is accepted for loopback hosts only); got {url!r}")


def check_events(events: Sequence[str] | None) -> list[str] | None:
    """None, or a non-empty list of event names (``sync_start``, ``sync_end``, ...)."""
    return None if events is None else _names("events", events)


def check_event(event: str) -> str:
    """A non-empty event name for a webhook test."""
    return _name("event", event)


def check_seconds(name: str, value: float) -> float:
    """A positive, finite number of seconds (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds; got {value!r}")
    return float(value)
