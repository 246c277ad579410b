"""Invalid input fails before anything is sent, naming the argument and what it accepts (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from fivetran_ext import SYNC_FREQUENCIES, ResyncNotConfirmedError

from ._data import CONNECTION_ID, GROUP_ID, WEBHOOK_ID
from .conftest import Runner

HOOK = "https://hooks.example.com/fivetran"
NEW_CONNECTION = {"group_id": GROUP_ID, "service": "postgres"}
NEW_DESTINATION = {"group_id": GROUP_ID, "service": "snowflake", "time_zone_offset": "0"}
ALL_FREQUENCIES = r"1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440"

INVALID: list[tuple[str, tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    # sync frequency, schedule, daily sync time
    (
        "connections.create",
        (),
        {**NEW_CONNECTION, "sync_frequency": 7},
        ValueError,
        f"sync_frequency must be one of {ALL_FREQUENCIES}",
    ),
    ("connections.create", (), {**NEW_CONNECTION, "sync_frequency": "60"}, ValueError, "sync_frequency must be one of"),
    ("connections.update", (CONNECTION_ID,), {"sync_frequency": True}, ValueError, "sync_frequency"),
    ("connections.set_sync_frequency", (CONNECTION_ID, 45), {}, ValueError, "sync_frequency must be one of"),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"schedule_type": "cron"},
        ValueError,
        "schedule_type must be one of auto, manual",
    ),
    (
        "connections.set_sync_frequency",
        (CONNECTION_ID, 60, "hourly"),
        {},
        ValueError,
        "schedule_type must be one of auto, manual",
    ),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"daily_sync_time": "3:00"},
        ValueError,
        "daily_sync_time must be 'HH:00'",
    ),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"daily_sync_time": "24:00"},
        ValueError,
        "daily_sync_time must be 'HH:00'",
    ),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"daily_sync_time": "03:30"},
        ValueError,
        "daily_sync_time must be 'HH:00'",
    ),
    (
        "connections.set_sync_frequency",
        (CONNECTION_ID, 60, None, "03:00"),
        {},
        ValueError,
        "daily_sync_time only applies to daily syncs",
    ),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"data_delay_sensitivity": "EXTREME"},
        ValueError,
        "data_delay_sensitivity must be one of",
    ),
    # keyword arguments and extra fields
    ("connections.update", (CONNECTION_ID,), {}, ValueError, "nothing to update"),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"sync_frequncy": 60},
        TypeError,
        "unexpected keyword argument 'sync_frequncy'; pass fields this client does not know in extra",
    ),
    ("connections.update", (CONNECTION_ID,), {"paused": "false"}, TypeError, "paused must be True, False or None"),
    (
        "connections.update",
        (CONNECTION_ID,),
        {"paused": True, "extra": {"paused": False}},
        ValueError,
        "paused given both",
    ),
    ("connections.update", (CONNECTION_ID,), {"extra": ["paused"]}, TypeError, "extra must be a mapping"),
    ("connections.create", (), {**NEW_CONNECTION, "config": "host=db"}, TypeError, "config must be a mapping"),
    (
        "connections.create",
        (),
        {"group_id": " ", "service": "postgres"},
        ValueError,
        "group_id must be a non-empty string",
    ),
    # pages and filters
    ("connections.list", (), {"limit": 0}, ValueError, "limit must be an integer from 1 to 1000"),
    ("connections.list", (), {"limit": 1001}, ValueError, "limit must be an integer from 1 to 1000"),
    ("connections.stream", (), {"limit": 1001}, ValueError, "limit"),
    ("connections.list", (), {"group_id": ""}, ValueError, "group_id must be a non-empty string"),
    ("groups.list_connections", (GROUP_ID,), {"limit": 5000}, ValueError, "limit"),
    ("webhooks.list", (), {"limit": -1}, ValueError, "limit"),
    ("destinations.stream", (), {"limit": 0}, ValueError, "limit"),
    # schema config
    (
        "connections.reload_schema_config",
        (CONNECTION_ID, "preserve"),
        {},
        ValueError,
        "exclude_mode must be one of EXCLUDE, INCLUDE, PRESERVE",
    ),
    (
        "connections.update_schema_config",
        (CONNECTION_ID,),
        {"schema_change_handling": "ALLOW"},
        ValueError,
        "schema_change_handling must be one of ALLOW_ALL, ALLOW_COLUMNS, BLOCK_ALL",
    ),
    ("connections.update_schema_config", (CONNECTION_ID,), {}, ValueError, "nothing to update"),
    (
        "connections.update_schema_config",
        (CONNECTION_ID,),
        {"schemas": {"public": True}},
        TypeError,
        "schemas\\['public'\\] must be a mapping",
    ),
    (
        "connections.update_table",
        (CONNECTION_ID, "s", "t"),
        {"enabled": True, "sync_mode": "FULL"},
        ValueError,
        "sync_mode must be one of HISTORY, LIVE, SOFT_DELETE",
    ),
    (
        "connections.update_column",
        (CONNECTION_ID, "s", "t", "c"),
        {"enabled": "yes"},
        TypeError,
        "enabled must be True, False or None",
    ),
    ("connections.get_table_columns", (CONNECTION_ID, "", "t"), {}, ValueError, "schema must be a non-empty string"),
    (
        "connections.update_column",
        (CONNECTION_ID, "s", "t", " "),
        {"enabled": True},
        ValueError,
        "column must be a non-empty string",
    ),
    (
        "connections.drop_blocked_columns",
        (CONNECTION_ID, {"s": {"t": []}}),
        {},
        ValueError,
        "must be a non-empty list of names",
    ),
    ("connections.drop_blocked_columns", (CONNECTION_ID, {"s": {}}), {}, ValueError, "must be a non-empty mapping"),
    # resync scope (confirmed, still refused)
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {}},
        ValueError,
        "scope must be a non-empty mapping",
    ),
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"public": []}},
        ValueError,
        "non-empty list of names",
    ),
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"public": "orders"}},
        ValueError,
        "non-empty list of names",
    ),
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"": ["orders"]}},
        ValueError,
        "scope schema name must be a non-empty string",
    ),
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"public": ["orders", ""]}},
        ValueError,
        r"scope\['public'\]\[1\] must be a non-empty string",
    ),
    (
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"public": ["a", "a"]}},
        ValueError,
        "lists 'a' more than once",
    ),
    (
        "connections.resync_tables",
        (CONNECTION_ID,),
        {"confirm": True, "tables": {}},
        ValueError,
        "tables must be a non-empty mapping",
    ),
    # sync_and_wait
    (
        "connections.sync_and_wait",
        (CONNECTION_ID,),
        {"timeout": 0},
        ValueError,
        "timeout must be a positive, finite number",
    ),
    ("connections.sync_and_wait", (CONNECTION_ID,), {"timeout": float("inf")}, ValueError, "timeout"),
    ("connections.sync_and_wait", (CONNECTION_ID,), {"timeout": True}, ValueError, "timeout"),
    (
        "connections.sync_and_wait",
        (CONNECTION_ID,),
        {"poll_interval": -1},
        ValueError,
        "poll_interval must be a positive",
    ),
    ("connections.sync_and_wait", (CONNECTION_ID,), {"force": "yes"}, TypeError, "force must be True, False or None"),
    (
        "connections.sync_and_wait",
        (CONNECTION_ID,),
        {"retrigger_rescheduled": 1},
        TypeError,
        "retrigger_rescheduled must be a bool",
    ),
    ("connections.sync_and_wait", (" ",), {}, ValueError, "connection_id must be a non-empty string"),
    (
        "connections.connect_card",
        (CONNECTION_ID,),
        {"redirect_uri": ""},
        ValueError,
        "redirect_uri must be a non-empty string",
    ),
    ("connections.update_state", (CONNECTION_ID, None), {}, TypeError, "state must be a mapping"),
    # destinations
    (
        "destinations.create",
        (),
        {**NEW_DESTINATION, "time_zone_offset": "+13"},
        ValueError,
        "time_zone_offset must be one of",
    ),
    (
        "destinations.create",
        (),
        {**NEW_DESTINATION, "region": "MARS_1"},
        ValueError,
        "region must be one of AWS_AP_NORTHEAST_1",
    ),
    ("destinations.update", (GROUP_ID,), {}, ValueError, "nothing to update"),
    (
        "destinations.update",
        (GROUP_ID,),
        {"networking_method": "Carrier pigeon"},
        ValueError,
        "networking_method must be one of",
    ),
    ("destinations.test", (GROUP_ID, "yes"), {}, TypeError, "trust_certificates must be True, False or None"),
    # webhooks
    (
        "webhooks.create_account",
        (),
        {"url": "http://hooks.example.com/x", "events": ["sync_end"]},
        ValueError,
        "url must use https://",
    ),
    (
        "webhooks.create_account",
        (),
        {"url": "ftp://hooks.example.com/x", "events": ["sync_end"]},
        ValueError,
        "url must use https://",
    ),
    (
        "webhooks.create_account",
        (),
        {"url": "hooks.example.com/x", "events": ["sync_end"]},
        ValueError,
        "url must be an absolute https:// URL",
    ),
    ("webhooks.create_group", (GROUP_ID,), {"url": HOOK, "events": []}, ValueError, "events must be a non-empty list"),
    (
        "webhooks.create_group",
        (GROUP_ID,),
        {"url": HOOK, "events": "sync_end"},
        ValueError,
        "events must be a non-empty list",
    ),
    (
        "webhooks.create_account",
        (),
        {"url": HOOK, "events": ["sync_end", ""]},
        ValueError,
        r"events\[1\] must be a non-empty string",
    ),
    ("webhooks.update", (WEBHOOK_ID,), {"events": []}, ValueError, "events must be a non-empty list"),
    ("webhooks.update", (WEBHOOK_ID,), {}, ValueError, "nothing to update"),
    ("webhooks.test", (WEBHOOK_ID, ""), {}, ValueError, "event must be a non-empty string"),
    # groups
    ("groups.create", (), {"name": ""}, ValueError, "name must be a non-empty string"),
    ("groups.update", (GROUP_ID,), {}, ValueError, "nothing to update"),
    (
        "groups.add_user",
        (GROUP_ID,),
        {"email": "", "role": "Destination Analyst"},
        ValueError,
        "email must be a non-empty string",
    ),
    ("groups.remove_user", (GROUP_ID, ""), {}, ValueError, "user_id must be a non-empty string"),
]


@pytest.mark.parametrize(
    ("call", "args", "kwargs", "error", "match"),
    INVALID,
    ids=[f"{row[0]}-{index}" for index, row in enumerate(INVALID)],
)
def test_invalid_input_is_refused_before_sending(
    run: Runner,
    server: HTTPServer,
    call: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        run(call, *args, **kwargs)

    assert server.log == []


@pytest.mark.parametrize("confirm", [None, False, "yes", "true", 1, [True], "omitted"])
@pytest.mark.parametrize(
    ("call", "arguments"),
    [("connections.resync", {}), ("connections.resync_tables", {"tables": {"public": ["orders"]}})],
)
def test_resync_without_exactly_true_sends_nothing(
    run: Runner, server: HTTPServer, call: str, arguments: dict[str, Any], confirm: Any
) -> None:
    if confirm != "omitted":
        arguments = {**arguments, "confirm": confirm}

    with pytest.raises(ResyncNotConfirmedError, match="pass confirm=True") as raised:
        run(call, CONNECTION_ID, **arguments)

    assert isinstance(raised.value, ValueError)
    assert "nothing was sent" in str(raised.value)
    assert server.log == []


def test_confirmation_is_checked_before_the_scope() -> None:
    from fivetran_ext._resources.connections import _resync

    # Even a malformed scope reports the missing confirmation first: the destructive part comes first.
    with pytest.raises(ResyncNotConfirmedError):
        _resync(CONNECTION_ID, False, {"": []})


def test_the_allowed_sync_frequencies_are_the_documented_ones() -> None:
    assert SYNC_FREQUENCIES == (1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440)
