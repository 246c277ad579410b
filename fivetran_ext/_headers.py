"""Parsing of the response headers the client acts on: `Retry-After` and `X-Rate-Limit-Remaining`."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime

__all__ = ["parse_int_header", "parse_rate_limit_remaining", "parse_retry_after"]


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Return the `Retry-After` delay in seconds, or None when the header is absent or malformed.

    Both RFC 9110 forms are accepted: delay-seconds (Fivetran sends integers such as ``3600``; fractional
    values are tolerated because some proxies send them) and an HTTP-date, measured against ``now``
    (epoch seconds, injectable so tests need no real clock). A date in the past means "now": 0.0.

    Example:
        >>> parse_retry_after({"retry-after": "1.5"}, now=0.0)
        1.5
    """
    # httpx.Headers (what both httpx and the generated Response carry) is case-insensitive.
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        # parsedate_to_datetime returns a naive datetime for "-0000"; RFC 9110 dates are always GMT.
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - now)
    # "inf", "nan" and negative numbers parse as floats but are not valid delay-seconds.
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def parse_rate_limit_remaining(headers: Mapping[str, str]) -> int | None:
    """Return Fivetran's `X-Rate-Limit-Remaining` as an int, or None when absent or not a number."""
    return parse_int_header(headers, "x-rate-limit-remaining")


def parse_int_header(headers: Mapping[str, str], name: str) -> int | None:
    """The header ``name`` as an int, or None when absent or not a number."""
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None
