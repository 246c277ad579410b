"""Retries made visible: "503 Service Unavailable from GET …/v1/groups, retrying in 2.0 s (retry 1 of 3)".

The client logs each retry it is about to make (logger ``fivetran_ext``, with a structured
``fivetran_retry`` record attribute); without this a CLI call against a server that is down stays
silent through all its backoff sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from ._console import Console

__all__ = ["describe_retry", "retry_progress"]


def describe_retry(details: dict[str, object]) -> str:
    """The stderr line for one retry.

    Example:
        >>> describe_retry({"reason": "503 Service Unavailable", "method": "GET", "url": "https://h/v1/groups",
        ...                 "retry": 1, "max_retries": 3, "delay": 2.0})
        '503 Service Unavailable from GET https://h/v1/groups, retrying in 2.0 s (retry 1 of 3)'
    """
    return (
        f"{details['reason']} from {details['method']} {details['url']}, retrying in {float(details['delay']):.1f} s "  # type: ignore[arg-type]
        f"(retry {details['retry']} of {details['max_retries']})"
    )


class _Handler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__(logging.INFO)
        self._console = console

    def emit(self, record: logging.LogRecord) -> None:
        details = getattr(record, "fivetran_retry", None)
        if isinstance(details, dict):
            self._console.err(describe_retry(details))


@contextmanager
def retry_progress(console: Console) -> Iterator[None]:
    """Print each retry of the client on the console's stderr while the block runs."""
    logger = logging.getLogger("fivetran_ext")
    handler = _Handler(console)
    previous = logger.level
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
