"""Success envelopes, and the deferred reply for work that must run outside the fake's lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._wire import FakeResponse, json_response

__all__ = ["Deferred", "Reply", "created", "success"]


def success(data: Any = None, message: str | None = None, *, status: int = 200, code: str = "Success") -> FakeResponse:
    """``{"code": "Success", "message": ..., "data": ...}``.

    ``data=None`` leaves the key out: sync, resync, delete and state updates answer without ``data`` in the
    live API, and clients must cope with that.
    """
    envelope: dict[str, Any] = {"code": code}
    if message is not None:
        envelope["message"] = message
    if data is not None:
        envelope["data"] = data
    return json_response(status, envelope)


def created(data: Any, message: str, *, code: str = "Success") -> FakeResponse:
    """201 with ``data``. The live API says ``Success`` for most creations and ``Created`` for a few
    (destinations, memberships), so the code is the caller's choice."""
    return success(data, message, status=201, code=code)


@dataclass(frozen=True)
class Deferred:
    """A reply computed after the fake releases its lock.

    The webhook ``test`` endpoint answers with the receiver's status, so it must call the receiver
    synchronously; doing that while holding the lock would stall every other client of the fake.
    """

    run: Callable[[], FakeResponse]


Reply = FakeResponse | Deferred
