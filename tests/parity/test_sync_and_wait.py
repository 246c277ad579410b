"""``sync_and_wait`` against scripted connection states, with an injected clock and sleep (no real waiting).

Each GET of the connection answers the next scripted status (the last one repeats); POST .../sync answers
like Fivetran, without ``data``. Every scenario runs on the sync and the async client.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest

from fivetran_ext import (
    AsyncFivetran,
    Fivetran,
    NotFoundError,
    RateLimitError,
    SyncOutcome,
    SyncOutcomeKind,
    SyncStatus,
)

from ._data import CONNECTION_ID, connection
from .conftest import API_KEY, API_SECRET, TLS, no_sleep_policy

T0 = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
PATH = f"/v1/connections/{CONNECTION_ID}"


def at(seconds: float | None) -> str | None:
    """The ISO timestamp ``seconds`` after T0 (None stays None)."""
    return None if seconds is None else (T0 + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def state(
    sync_state: str = "scheduled",
    *,
    succeeded: float | None = -3600,
    failed: float | None = None,
    setup: str = "connected",
    paused: bool = False,
    schedule: str = "auto",
    rescheduled_for: float | None = None,
) -> dict[str, Any]:
    """A connection as GET returns it; times in seconds relative to T0 (the start of the call)."""
    return connection(
        paused=paused,
        schedule_type=schedule,
        succeeded_at=at(succeeded),
        failed_at=at(failed),
        status={
            "setup_state": setup,
            "sync_state": sync_state,
            "update_state": "on_schedule",
            "is_historical_sync": False,
            "rescheduled_for": at(rescheduled_for),
        },
    )


class Script:
    """The scripted API: GETs answer the statuses in turn; every request is recorded."""

    def __init__(self, *statuses: dict[str, Any], get_status: int = 200, get_headers: dict[str, str] | None = None):
        self.statuses = list(statuses)
        self.get_status = get_status
        self.get_headers = get_headers or {}
        self.requests: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.raw_path.decode(), body))
        if request.method == "POST":
            return httpx.Response(200, json={"code": "Success", "message": "Sync has been successfully triggered"})
        if self.get_status != 200:
            return httpx.Response(self.get_status, json={"code": "Error", "message": "no"}, headers=self.get_headers)
        data = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(200, json={"code": "Success", "data": data})

    @property
    def methods(self) -> list[str]:
        return [method for method, _, _ in self.requests]


class Time:
    """An injected wall clock starting at T0; sleeping moves it and is recorded."""

    def __init__(self) -> None:
        self.now = T0.timestamp()
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Wait = Callable[..., SyncOutcome]


@pytest.fixture
def time_() -> Time:
    return Time()


@pytest.fixture
def wait(mode: str, time_: Time) -> Callable[..., SyncOutcome]:
    """``wait(script, **options)`` runs ``sync_and_wait`` on the scripted API (poll every 10 s by default)."""

    def run_sync(script: Script, **options: Any) -> SyncOutcome:
        options = {"poll_interval": 10, "sleep": time_.sleep, "clock": time_.clock, **options}
        http = httpx.Client(transport=httpx.MockTransport(script), verify=TLS)
        with http, Fivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
            return client.connections.sync_and_wait(CONNECTION_ID, **options)

    def run_async(script: Script, **options: Any) -> SyncOutcome:
        options = {"poll_interval": 10, "sleep": time_.async_sleep, "clock": time_.clock, **options}

        async def main() -> SyncOutcome:
            http = httpx.AsyncClient(transport=httpx.MockTransport(script), verify=TLS)
            async with http, AsyncFivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
                return await client.connections.sync_and_wait(CONNECTION_ID, **options)

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async


def test_finished_before_the_first_poll(wait: Wait, time_: Time) -> None:
    script = Script(state(), state(succeeded=5))

    outcome = wait(script)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.succeeded
    assert outcome.kind == "succeeded"
    assert (outcome.polls, outcome.triggers, outcome.elapsed) == (1, 1, 10.0)
    assert outcome.baseline == T0 - timedelta(hours=1)
    assert outcome.completed_at == T0 + timedelta(seconds=5)
    assert script.requests == [("GET", PATH, None), ("POST", f"{PATH}/sync", {"force": False}), ("GET", PATH, None)]
    assert time_.sleeps == [10]


def test_syncing_then_succeeded_reports_every_poll(wait: Wait) -> None:
    script = Script(state(), state("syncing"), state("syncing"), state(succeeded=25))
    seen: list[SyncStatus] = []

    outcome = wait(script, on_progress=seen.append)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.polls == 3
    assert [status.sync_state for status in seen] == ["syncing", "syncing", "scheduled"]
    assert seen[-1] == outcome.status


def test_a_newer_failed_at_is_a_failure(wait: Wait) -> None:
    outcome = wait(Script(state(), state("syncing"), state(failed=15)))

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert not outcome.succeeded
    assert outcome.completed_at == T0 + timedelta(seconds=15)
    assert outcome.status.last_outcome == "failed"


def test_a_failure_retried_into_a_success_is_a_success(wait: Wait) -> None:
    # Fivetran retries internally: failed_at moves while the state is still syncing, then succeeded_at moves.
    script = Script(
        state(),
        state("syncing", failed=10),
        state("syncing", failed=10),
        state(failed=10, succeeded=40),
    )

    outcome = wait(script)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.polls == 3


def test_a_failure_no_longer_syncing_is_final(wait: Wait) -> None:
    outcome = wait(Script(state(), state(failed=10), state(failed=10, succeeded=40)))

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert outcome.polls == 1


def test_a_trigger_absorbed_by_a_running_sync_waits_for_that_sync(wait: Wait) -> None:
    # A sync was running; ours was a no-op. The state goes back to scheduled before the timestamps move.
    script = Script(state("syncing"), state(), state(), state(succeeded=30))

    outcome = wait(script)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.polls == 3


def test_scheduled_without_a_move_times_out_at_the_deadline(wait: Wait, time_: Time) -> None:
    script = Script(state())

    outcome = wait(script, timeout=60)

    assert outcome.kind is SyncOutcomeKind.TIMED_OUT
    assert (outcome.polls, outcome.elapsed) == (6, 60.0)
    assert time_.sleeps == [10] * 6
    assert outcome.completed_at is None
    assert outcome.rescheduled_for is None


def test_a_never_synced_connection_succeeds_on_its_first_timestamp(wait: Wait) -> None:
    outcome = wait(Script(state(succeeded=None), state("syncing", succeeded=None), state(succeeded=20)))

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.baseline is None


def test_the_timeout_bounds_the_last_sleep(wait: Wait, time_: Time) -> None:
    outcome = wait(Script(state(), state("syncing")), timeout=35)

    assert outcome.kind is SyncOutcomeKind.TIMED_OUT
    assert time_.sleeps == [10, 10, 10, 5]
    assert (outcome.polls, outcome.elapsed) == (4, 35.0)
    assert outcome.status.syncing


@pytest.mark.parametrize("retrigger", [False, True])
def test_rescheduled_auto_connections_restart_by_themselves(wait: Wait, retrigger: bool) -> None:
    script = Script(state(), state("rescheduled", rescheduled_for=3600))

    outcome = wait(script, retrigger_rescheduled=retrigger)

    assert outcome.kind is SyncOutcomeKind.RESCHEDULED
    assert outcome.rescheduled_for == T0 + timedelta(hours=1)
    assert (outcome.polls, outcome.triggers) == (1, 1)


def test_rescheduled_manual_connections_are_triggered_again_when_asked(wait: Wait, time_: Time) -> None:
    # The check at rescheduled_for reads once more (still rescheduled: manual schedules never resume by
    # themselves), then sends the trigger; the wait goes on one poll interval later.
    script = Script(
        state(schedule="manual"),
        state("rescheduled", schedule="manual", rescheduled_for=100),
        state("rescheduled", schedule="manual", rescheduled_for=100),
        state("syncing", schedule="manual"),
        state(schedule="manual", succeeded=115),
    )

    outcome = wait(script, retrigger_rescheduled=True, timeout=600)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert (outcome.polls, outcome.triggers) == (4, 2)
    assert time_.sleeps == [10, 90, 10, 10]  # poll, wait for rescheduled_for, poll, poll
    assert script.methods == ["GET", "POST", "GET", "GET", "POST", "GET", "GET"]
    assert script.requests[4] == ("POST", f"{PATH}/sync", {"force": False})


def test_no_retrigger_when_the_quota_returns_after_the_deadline(wait: Wait) -> None:
    script = Script(state(schedule="manual"), state("rescheduled", schedule="manual", rescheduled_for=3600))

    outcome = wait(script, retrigger_rescheduled=True, timeout=600)

    assert outcome.kind is SyncOutcomeKind.RESCHEDULED
    assert outcome.triggers == 1


def test_rescheduled_manual_without_retrigger_returns(wait: Wait) -> None:
    script = Script(state(schedule="manual"), state("rescheduled", schedule="manual", rescheduled_for=60))

    assert wait(script).kind is SyncOutcomeKind.RESCHEDULED


@pytest.mark.parametrize(
    ("initial", "reason"),
    [
        (state(paused=True), "paused"),
        (state("paused"), "paused"),
        (state(setup="broken"), "broken"),
        (state(setup="incomplete"), "setup_incomplete"),
    ],
)
def test_not_syncable_is_decided_before_triggering(wait: Wait, initial: dict[str, Any], reason: str) -> None:
    script = Script(initial)

    outcome = wait(script)

    assert outcome.kind is SyncOutcomeKind.NOT_SYNCABLE
    assert outcome.reason == reason
    assert (outcome.polls, outcome.triggers, outcome.elapsed) == (0, 0, 0.0)
    assert script.methods == ["GET"]  # nothing was sent


def test_paused_while_waiting_is_not_syncable(wait: Wait) -> None:
    outcome = wait(Script(state(), state("syncing"), state("paused", paused=True)))

    assert outcome.kind is SyncOutcomeKind.NOT_SYNCABLE
    assert (outcome.reason, outcome.polls, outcome.triggers) == ("paused", 2, 1)


def test_a_failure_that_broke_the_setup_is_a_failure(wait: Wait) -> None:
    outcome = wait(Script(state(), state(setup="broken", failed=30)))

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert outcome.status.broken


def test_force_restarts_a_running_sync(wait: Wait) -> None:
    script = Script(state("syncing"), state(succeeded=50))

    wait(script, force=True)

    assert script.requests[1] == ("POST", f"{PATH}/sync", {"force": True})


def test_errors_while_polling_are_raised(wait: Wait) -> None:
    with pytest.raises(NotFoundError):
        wait(Script(get_status=404))


def test_a_rate_limit_beyond_the_retry_cap_is_raised_not_slept(wait: Wait, time_: Time) -> None:
    script = Script(get_status=429, get_headers={"Retry-After": "3600"})

    with pytest.raises(RateLimitError) as raised:
        wait(script)

    assert raised.value.retry_after == 3600
    assert time_.sleeps == []
