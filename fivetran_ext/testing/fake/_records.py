"""The stateful resources as the fake stores them, and their API views (what a GET answers).

Views follow the spec's response schemas (``GroupResponse``, ``DestinationResponse``,
``ConnectorResponseV1``, ``WebhookResponse``, ``UserResponse``) plus what the live API adds: ``config``
on connections and destinations, ``null`` for timestamps that have not happened yet.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._schema_config import SchemaConfig

__all__ = [
    "MASK",
    "Connection",
    "Destination",
    "Group",
    "User",
    "Webhook",
    "iso",
    "masked",
]

MASK = "******"
"""How the live API shows secrets it stores (webhook secrets, passwords in configs)."""

# Config keys whose values the live API never returns in clear text.
_SECRET_KEYS = frozenset(
    {
        "password",
        "secret",
        "secret_key",
        "client_secret",
        "private_key",
        "api_key",
        "api_secret",
        "token",
        "access_token",
        "refresh_token",
        "personal_access_token",
        "value",
    }
)


def iso(moment: datetime | None) -> str | None:
    """Timestamps the way the live API writes them: UTC, microseconds, ``Z``."""
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def masked(config: Any) -> Any:
    """A deep copy of ``config`` with secret-looking values replaced by ``******``."""
    if isinstance(config, dict):
        return {
            key: MASK if key in _SECRET_KEYS and isinstance(value, str | int) else masked(value)
            for key, value in config.items()
        }
    if isinstance(config, list):
        return [masked(item) for item in config]
    return config


@dataclass
class Group:
    id: str
    name: str
    created_at: datetime

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "created_at": iso(self.created_at)}


@dataclass
class Destination:
    """A group's destination; its id is the group id."""

    id: str
    service: str
    region: str
    time_zone_offset: str
    setup_status: str = "CONNECTED"
    daylight_saving_time_enabled: bool = False
    config: dict[str, Any] = field(default_factory=dict)
    setup_tests: list[dict[str, Any]] = field(default_factory=list)
    # Optional fields the fake stores and echoes without giving them meaning (networking, agents, ...).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def group_id(self) -> str:
        return self.id

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group_id": self.group_id,
            "service": self.service,
            "region": self.region,
            "time_zone_offset": self.time_zone_offset,
            "setup_status": self.setup_status,
            "daylight_saving_time_enabled": self.daylight_saving_time_enabled,
            **copy.deepcopy(self.extra),
            "setup_tests": copy.deepcopy(self.setup_tests),
            "config": masked(self.config),
        }


@dataclass
class Connection:
    """A connection (formerly "connector") and its sync status."""

    id: str
    group_id: str
    service: str
    schema: str
    created_at: datetime
    paused: bool = False
    pause_after_trial: bool = False
    sync_frequency: int = 360
    schedule_type: str = "auto"
    daily_sync_time: str | None = None
    data_delay_sensitivity: str = "NORMAL"
    setup_state: str = "connected"
    sync_state: str = "scheduled"
    update_state: str = "on_schedule"
    is_historical_sync: bool = True
    succeeded_at: datetime | None = None
    failed_at: datetime | None = None
    rescheduled_for: datetime | None = None
    tasks: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)
    # Stored, never returned (the live API does not echo credentials).
    auth: dict[str, Any] = field(default_factory=dict)
    setup_tests: list[dict[str, Any]] = field(default_factory=list)
    connect_card_config: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    connected_by: str | None = None
    schema_config: SchemaConfig = field(default_factory=SchemaConfig)
    state: dict[str, Any] = field(default_factory=dict)
    # Whether setup tests pass when run (test control, not part of the API view).
    setup_tests_pass: bool = True

    def view(self) -> dict[str, Any]:
        status: dict[str, Any] = {
            "setup_state": self.setup_state,
            "schema_status": "ready",
            "sync_state": self.sync_state,
            "update_state": self.update_state,
            "is_historical_sync": self.is_historical_sync,
            "tasks": copy.deepcopy(self.tasks),
            "warnings": copy.deepcopy(self.warnings),
        }
        if self.rescheduled_for is not None:
            status["rescheduled_for"] = iso(self.rescheduled_for)
        view: dict[str, Any] = {
            "id": self.id,
            "group_id": self.group_id,
            "service": self.service,
            "service_version": 0,
            "schema": self.schema,
            "connected_by": self.connected_by,
            "created_at": iso(self.created_at),
            "succeeded_at": iso(self.succeeded_at),
            "failed_at": iso(self.failed_at),
            "paused": self.paused,
            "pause_after_trial": self.pause_after_trial,
            "sync_frequency": self.sync_frequency,
            "schedule_type": self.schedule_type,
            "data_delay_sensitivity": self.data_delay_sensitivity,
            **copy.deepcopy(self.extra),
            "status": status,
            "setup_tests": copy.deepcopy(self.setup_tests),
            "source_sync_details": {},
            "config": masked(self.config),
        }
        if self.daily_sync_time is not None:
            view["daily_sync_time"] = self.daily_sync_time
        if self.connect_card_config is not None:
            view["connect_card_config"] = copy.deepcopy(self.connect_card_config)
        return view


@dataclass
class Webhook:
    id: str
    type: str  # "account" or "group"
    url: str
    events: list[str]
    active: bool
    secret: str | None
    created_at: datetime
    created_by: str
    group_id: str | None = None

    def view(self) -> dict[str, Any]:
        view: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "url": self.url,
            "events": list(self.events),
            "active": self.active,
            "created_at": iso(self.created_at),
            "created_by": self.created_by,
        }
        if self.group_id is not None:
            view["group_id"] = self.group_id
        if self.secret:
            view["secret"] = MASK
        return view


@dataclass
class User:
    id: str
    email: str
    given_name: str
    family_name: str
    created_at: datetime
    role: str | None = None
    phone: str | None = None
    picture: str | None = None
    active: bool = True
    verified: bool = False
    invited: bool = True
    logged_in_at: datetime | None = None

    def view(self, role: str | None = None) -> dict[str, Any]:
        """The user; ``role`` overrides the account role (group member lists show the group role)."""
        return {
            "id": self.id,
            "email": self.email,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "verified": self.verified,
            "invited": self.invited,
            "active": self.active,
            "role": role if role is not None else self.role,
            "phone": self.phone,
            "picture": self.picture,
            # Never logged in yet: the live API answers null here although the spec marks it required.
            "logged_in_at": iso(self.logged_in_at),
            "created_at": iso(self.created_at),
        }
