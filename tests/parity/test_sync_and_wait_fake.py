"""``sync_and_wait`` end to end against the in-process `FakeFivetran`, whose clock the waiting itself moves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import anyio
import pytest

from fivetran_ext import SyncOutcome, SyncOutcomeKind, SyncRun, SyncState
from fivetran_ext.testing import FakeFivetran

Wait = Callable[..., SyncOutcome]


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        yield fake


@pytest.fixture
def group_id(fake: FakeFivetran) -> str:
    return str(fake.groups.create("analytics")["id"])


def new_connection(fake: FakeFivetran, group_id: str, **fields: Any) -> str:
    return str(fake.connections.create(group_id, "postgres", f"pg_{len(fake.connections.list())}", **fields)["id"])


@pytest.fixture
def wait(mode: str, fake: FakeFivetran) -> Wait:
    """``wait(connection_id, **options)``: sleeping advances the fake's clock, which also is the wall clock."""

    def clock() -> float:
        return fake.clock.now().timestamp()

    def run_sync(connection_id: str, **options: Any) -> SyncOutcome:
        with fake.client() as client:
            return client.connections.sync_and_wait(connection_id, sleep=fake.clock.advance, clock=clock, **options)

    def run_async(connection_id: str, **options: Any) -> SyncOutcome:
        async def main() -> SyncOutcome:
            async with fake.async_client() as client:
                return await client.connections.sync_and_wait(
                    connection_id, sleep=fake.clock.async_sleep, clock=clock, **options
                )

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async


def sync_posts(fake: FakeFivetran, connection_id: str) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.raw_path == f"/v1/connections/{connection_id}/sync")


def test_succeeded(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="success", duration=45)
    started = fake.clock.now()

    outcome = wait(connection_id, poll_interval=10, timeout=600)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.completed_at == started + timedelta(seconds=45)
    assert (outcome.polls, outcome.triggers, outcome.elapsed) == (5, 1, 50.0)
    assert fake.connections.get(connection_id)["status"]["sync_state"] == "scheduled"


@pytest.mark.parametrize("failure", ["failure", "failure_with_task"])
def test_failed(fake: FakeFivetran, group_id: str, wait: Wait, failure: str) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome=failure, duration=30)

    outcome = wait(connection_id, poll_interval=10)

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert outcome.status.failed_at == outcome.completed_at
    assert outcome.status.connection is not None
    tasks = outcome.status.connection.status.tasks  # type: ignore[union-attr]
    assert bool(tasks) == (failure == "failure_with_task")


def test_rescheduled(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="rescheduled", duration=20, reschedule_after=3600)
    started = fake.clock.now()

    outcome = wait(connection_id, poll_interval=10, retrigger_rescheduled=True)  # auto: Fivetran restarts it

    assert outcome.kind is SyncOutcomeKind.RESCHEDULED
    assert outcome.rescheduled_for == started + timedelta(seconds=20 + 3600)
    assert outcome.triggers == 1


def test_rescheduled_manual_connection_is_triggered_again(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id, schedule_type="manual")
    fake.connections.set_sync_behavior(
        connection_id, outcome=["rescheduled", "success"], duration=20, reschedule_after=95
    )

    outcome = wait(connection_id, poll_interval=10, timeout=600, retrigger_rescheduled=True)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.triggers == 2
    assert sync_posts(fake, connection_id) == 2


@pytest.mark.parametrize(
    ("paused", "setup_state", "reason"),
    [(True, None, "paused"), (False, "broken", "broken"), (False, "incomplete", "setup_incomplete")],
)
def test_not_syncable(
    fake: FakeFivetran, group_id: str, wait: Wait, paused: bool, setup_state: str | None, reason: str
) -> None:
    connection_id = new_connection(fake, group_id, paused=paused)
    if setup_state is not None:
        fake.connections.set_setup_state(connection_id, setup_state)

    outcome = wait(connection_id)

    assert outcome.kind is SyncOutcomeKind.NOT_SYNCABLE
    assert outcome.reason == reason
    assert sync_posts(fake, connection_id) == 0


def test_timed_out(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, duration=3600)

    outcome = wait(connection_id, poll_interval=30, timeout=120)

    assert outcome.kind is SyncOutcomeKind.TIMED_OUT
    assert (outcome.polls, outcome.elapsed) == (4, 120.0)
    assert outcome.status.syncing


def test_a_skipped_sync_never_moves_the_timestamps(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="skipped", duration=10)

    outcome = wait(connection_id, poll_interval=10, timeout=60)

    assert outcome.kind is SyncOutcomeKind.TIMED_OUT
    assert outcome.status.sync_state == "scheduled"


def test_a_running_sync_absorbs_the_trigger_and_decides(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="success", duration=60)
    fake.connections.trigger_sync(connection_id)
    fake.clock.advance(40)

    outcome = wait(connection_id, poll_interval=10)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.elapsed == 20.0  # the running sync ended 20 s into the wait


def test_force_restarts_the_running_sync(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="success", duration=60)
    fake.connections.trigger_sync(connection_id)
    fake.clock.advance(40)

    outcome = wait(connection_id, poll_interval=10, force=True)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    assert outcome.elapsed == 60.0  # a whole new sync


def test_a_failure_with_a_task_carries_its_message(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="failure_with_task", failure_reason="Reconnect")

    outcome = wait(connection_id, poll_interval=30)

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert outcome.reason == "Reconnect"
    assert [(task.code, task.message) for task in outcome.tasks] == [("simulated_task", "Reconnect")]


def test_start_here_check_there(fake: FakeFivetran, group_id: str) -> None:
    # Two clients stand for two processes: only the handle's JSON text goes from one to the other.
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, duration=90)

    def clock() -> float:
        return fake.clock.now().timestamp()

    with fake.client() as starter:
        text = starter.connections.start_sync(connection_id, poll_interval=60, clock=clock).to_json()
    fake.clock.advance(60)
    with fake.client() as checker:
        first = checker.connections.check(SyncRun.from_json(text), clock=clock)
        fake.clock.advance(60)
        second = checker.connections.check(first.run, clock=clock)

    assert (first.state, first.done) == (SyncState.PENDING, False)
    assert (second.state, second.done) == (SyncState.SUCCEEDED, True)


def test_a_failure_with_a_warning_only_reports_the_warning(fake: FakeFivetran, group_id: str, wait: Wait) -> None:
    connection_id = new_connection(fake, group_id)
    fake.connections.set_sync_behavior(connection_id, outcome="failure_with_warning", failure_reason="Source is slow")

    outcome = wait(connection_id, poll_interval=30)

    assert (outcome.kind, outcome.reason, outcome.tasks) == (SyncOutcomeKind.FAILED, "Source is slow", ())
    assert [(w.code, w.message) for w in outcome.warnings] == [("simulated_warning", "Source is slow")]
