"""The integrations' pure parts, in the default environment: no Airflow or Dagster needed or imported."""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from fivetran_ext import LocalRateStore, RateLimitGovernor, RedisRateStore, SyncStatus
from fivetran_ext.integrations._connection import client_options, coordinator
from fivetran_ext.integrations._freshness import freshness
from fivetran_ext.integrations._policy import TaskPolicy
from fivetran_ext.integrations.airflow._provider import get_provider_info

from .conftest import FakeAPI


def test_importing_the_integrations_imports_no_orchestrator() -> None:
    code = (
        "import sys, fivetran_ext, fivetran_ext.integrations.airflow, fivetran_ext.integrations.airflow._provider;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('airflow', 'dagster')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_provider_info_names_the_connection_type_and_hook() -> None:
    (connection_type,) = get_provider_info()["connection-types"]
    assert connection_type["connection-type"] == "fivetran_ext"
    assert connection_type["hook-class-name"] == "fivetran_ext.integrations.airflow.hooks.FivetranHook"
    assert connection_type["ui-field-behaviour"]["relabeling"]["password"] == "API secret"


def test_policy_checks_options_and_round_trips_as_json() -> None:
    policy = TaskPolicy.checked(
        timeout=timedelta(hours=2), poll_interval=15, on_reschedule="retrigger", start_deadline=600, max_age=3600
    )

    assert policy.to_dict() == {
        "force": False,
        "timeout": 7200.0,
        "poll_interval": 15.0,
        "start_deadline": 600.0,
        "on_reschedule": "retrigger",
        "manage_schedule": False,
        "max_age": 3600.0,
    }
    assert TaskPolicy.from_dict(policy.to_dict()) == policy
    assert policy.start_options() == {
        "force": False,
        "timeout": 7200.0,
        "poll_interval": 15.0,
        "start_deadline": 600.0,
        "on_reschedule": "retrigger",
        "manage_schedule": False,
    }


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"timeout": 0}, ValueError, "timeout must be a positive"),
        ({"on_reschedule": "wait"}, ValueError, "on_reschedule must be one of"),
        ({"force": "yes"}, TypeError, "force must be a bool"),
        ({"max_age": timedelta(0)}, ValueError, "max_age must be a positive"),
        ({"start_deadline": -1}, ValueError, "start_deadline must be a positive"),
    ],
)
def test_policy_refuses_bad_options(options: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        TaskPolicy.checked(**options)  # type: ignore[arg-type]


def test_policy_refuses_unknown_keys_when_read_back() -> None:
    with pytest.raises(ValueError, match=r"unknown sync options: \['retries'\]"):
        TaskPolicy.from_dict({"retries": 3})


def test_client_options_from_connection_fields() -> None:
    extra = {"extra__fivetran_ext__timeout": "30", "max_retries": 2, "share_rate_limit": "false"}
    assert client_options(login="k", password="s", extra={"share_rate_limit": False}) == {
        "api_key": "k",
        "api_secret": "s",
    }
    assert client_options(login="k", password="s", host="proxy.example.com", extra=extra) == {
        "api_key": "k",
        "api_secret": "s",
        "base_url": "https://proxy.example.com",
        "timeout": 30.0,
        "max_retries": 2,
    }
    with pytest.raises(ValueError, match=r"unknown Fivetran connection extras \['retries'\]"):
        client_options(login="k", password="s", extra={"retries": 1})


def test_clients_of_one_account_share_one_rate_limit_governor_per_process() -> None:
    first = client_options(login="key-1", password="s")["rate_limit"]
    again = client_options(login="key-1", password="other", extra={"share_rate_limit": True})["rate_limit"]
    other_account = client_options(login="key-2", password="s")["rate_limit"]
    other_api = client_options(login="key-1", password="s", host="http://127.0.0.1:9")["rate_limit"]

    assert isinstance(first, RateLimitGovernor)
    assert again is first
    assert other_account is not first
    assert other_api is not first


def test_the_shared_governors_store_coordinates_runs() -> None:
    options = client_options(login="key-3", password="s")

    assert coordinator(options) is options["rate_limit"].store
    assert isinstance(coordinator(options), LocalRateStore)
    assert coordinator(client_options(login="key-3", password="s", extra={"share_rate_limit": False})) is None


def test_a_redis_url_shares_the_budget_and_the_claims_across_processes(redis_url: str) -> None:
    extra = {"redis_url": redis_url, "redis_namespace": "acme-prod"}
    options = client_options(login="key-4", password="s", extra=extra)

    assert isinstance(options["rate_limit"].store, RedisRateStore)
    assert coordinator(options) is options["rate_limit"].store
    assert client_options(login="key-4", password="s", extra=extra)["rate_limit"] is options["rate_limit"]


def test_async_clients_of_the_integrations_never_block_on_redis(fake_api: FakeAPI, redis_url: str) -> None:
    # What a trigger (or a Dagster async op) builds: AsyncFivetran from the connection's options, Redis shared.
    import anyio

    from fivetran_ext import AsyncFivetran

    extra = {"redis_url": redis_url, "redis_namespace": "acme-async"}
    options = client_options(login="fake-key", password="fake-secret", host=fake_api.base_url, extra=extra)
    store = options["rate_limit"].store
    assert isinstance(store, RedisRateStore)
    store.clear()

    def forbidden(*args: object) -> None:
        raise AssertionError("a blocking Redis call was made from the event loop")

    for name in ("reserve", "calibrate", "pause", "get_run", "swap_run"):
        setattr(store, name, forbidden)

    async def main() -> str:
        async with AsyncFivetran(**options) as client:
            await client.groups.get(fake_api.group_id)
            policy = TaskPolicy()
            outcome = await policy.wait_async(client.connections, fake_api.connection_id, coordinator(options))
        await store.aclose()
        return outcome.kind

    assert anyio.run(main) == "succeeded"
    assert options["rate_limit"].fallbacks == 0
    # Every request the fake received was admitted through Redis (asynchronously: the blocking path raises).
    assert store._scripts.client.zcard("{acme-async}:window:all") == len(fake_api.fake.requests)


def _status(**fields: object) -> SyncStatus:
    return SyncStatus("c", fields.pop("setup_state", "connected"), fields.pop("sync_state", "scheduled"), **fields)  # type: ignore[arg-type]


T = datetime(2025, 1, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fields", "verdict"),
    [
        ({"succeeded_at": T}, "succeeded"),
        ({"succeeded_at": T - timedelta(seconds=1)}, "waiting"),
        ({"failed_at": T + timedelta(minutes=1)}, "failed"),
        ({"failed_at": T + timedelta(minutes=1), "sync_state": "syncing"}, "waiting"),  # Fivetran retries inside
        ({"succeeded_at": T + timedelta(minutes=2), "failed_at": T + timedelta(minutes=1)}, "succeeded"),
        ({"paused": True}, "not_syncable"),
        ({"setup_state": "broken", "succeeded_at": T - timedelta(days=1)}, "not_syncable"),
        ({"sync_state": "syncing"}, "waiting"),
    ],
)
def test_freshness_verdicts(fields: dict[str, object], verdict: str) -> None:
    assert freshness(_status(**fields), T) == verdict


@pytest.mark.parametrize(
    "module",
    [
        "fivetran_ext.integrations._results",
        "fivetran_ext.integrations._connection",
        "fivetran_ext.integrations._freshness",
    ],
)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert (result.failed, result.attempted > 0) == (0, True)


def test_an_error_outcome_is_a_failure_with_its_reason() -> None:
    # sync_many/wait_many end a connection whose own request failed as `error`: the integrations' result
    # (JSON for XCom and Dagster metadata) fails the task with the request and Fivetran's answer.
    import json

    from fivetran_ext import SyncOutcome, SyncOutcomeKind
    from fivetran_ext.integrations._results import SyncFailedError, sync_result

    outcome = SyncOutcome(
        kind=SyncOutcomeKind.ERROR,
        status=SyncStatus(connection_id="decent_dropsy", setup_state=None, sync_state=None),
        elapsed=1.5,
        polls=0,
        triggers=0,
        baseline=None,
        reason="sync trigger failed: 404 NotFound_Connection: gone",
        connection_id="decent_dropsy",
    )

    result = sync_result(outcome, "decent_dropsy")

    assert json.loads(json.dumps(result)) == result
    assert (result["state"], result["succeeded"], result["triggers"]) == ("error", False, 0)
    assert SyncFailedError(result).message == (
        "Fivetran sync of connection decent_dropsy ended error: sync trigger failed: 404 NotFound_Connection: gone"
    )
