"""Reading request bodies the way the live API does: ``null`` means absent, wrong types are 400s.

Only fields the fake gives meaning to are validated (required fields, ``sync_frequency``,
``schedule_type``, ``daily_sync_time``, regions, time zones, ...); the rest are stored and echoed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._errors import invalid_input

__all__ = ["SYNC_FREQUENCIES", "Body"]

# One source of truth with the client's own validation (the fake must refuse what the client refuses).
from ..._validation import _DAILY_SYNC_TIME, SYNC_FREQUENCIES


class Body:
    """A parsed JSON object body with typed, validating accessors."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        # The Java backend treats an explicit null like an absent field; so does the fake.
        self.data = {key: value for key, value in data.items() if value is not None}

    def __contains__(self, name: object) -> bool:
        return name in self.data

    def required_text(self, name: str) -> str:
        value = self.data.get(name)
        if value is None or value == "":
            raise invalid_input(f"Missing required field: '{name}'")
        if not isinstance(value, str):
            raise invalid_input(f"Field '{name}' must be a string")
        return value

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is not None and not isinstance(value, str):
            raise invalid_input(f"Field '{name}' must be a string")
        return value

    def flag(self, name: str) -> bool | None:
        value = self.data.get(name)
        if value is not None and not isinstance(value, bool):
            raise invalid_input(f"Field '{name}' must be a boolean")
        return value

    def mapping(self, name: str) -> dict[str, Any] | None:
        value = self.data.get(name)
        if value is not None and not isinstance(value, dict):
            raise invalid_input(f"Field '{name}' must be an object")
        return value

    def text_list(self, name: str) -> list[str] | None:
        value = self.data.get(name)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise invalid_input(f"Field '{name}' must be an array of strings")
        return value

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        value = self.text(name)
        if value is not None and value not in allowed:
            raise invalid_input(f"Invalid value '{value}' for field '{name}'. Allowed values: {', '.join(allowed)}")
        return value

    def sync_frequency(self) -> int | None:
        """``sync_frequency`` in minutes; numeric strings are accepted (the spec shows string values)."""
        value = self.data.get("sync_frequency")
        if value is None:
            return None
        if isinstance(value, str) and value.strip().isdigit():
            # isdigit() also accepts "²" and 5,000-digit strings, which int() refuses.
            with contextlib.suppress(ValueError):
                value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value not in SYNC_FREQUENCIES:
            allowed = ", ".join(map(str, SYNC_FREQUENCIES))
            raise invalid_input(f"Invalid value '{value}' for field 'sync_frequency'. Allowed values: {allowed}")
        return value

    def daily_sync_time(self, sync_frequency: int) -> str | None:
        """``HH:00``; only meaningful (and only accepted) with a daily (1440 minutes) frequency."""
        value = self.text("daily_sync_time")
        if value is None:
            return None
        if not _DAILY_SYNC_TIME.fullmatch(value):
            raise invalid_input(f"Invalid value '{value}' for field 'daily_sync_time': expected HH:00 (00:00-23:00)")
        if sync_frequency != 1440:
            raise invalid_input("Field 'daily_sync_time' can only be set when 'sync_frequency' is 1440")
        return value

    def pick(self, names: Iterable[str]) -> dict[str, Any]:
        """The given fields that are present, unvalidated (stored and echoed as sent)."""
        return {name: self.data[name] for name in names if name in self.data}
