"""`SyncStatus`: read from a connection, and predicates that never contradict each other."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from fivetran_api._model import ModelFieldError
from hypothesis import given
from hypothesis import strategies as st

from fivetran_ext import Connection, SyncOutcomeKind, SyncStatus
from fivetran_ext._sync_wait import judge

from ._data import connection

SETUP_STATES = st.sampled_from(["connected", "incomplete", "broken", None, "brand_new_state"])
SYNC_STATES = st.sampled_from(["scheduled", "syncing", "paused", "rescheduled", None, "brand_new_state"])
# Naive timestamps too: Fivetran's are UTC, and a missing offset must not break comparisons.
MOMENTS = st.none() | st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.none() | st.just(UTC)
)
STATUSES = st.builds(
    SyncStatus,
    connection_id=st.just("c"),
    setup_state=SETUP_STATES,
    sync_state=SYNC_STATES,
    succeeded_at=MOMENTS,
    failed_at=MOMENTS,
    rescheduled_for=MOMENTS,
    paused=st.booleans(),
    schedule_type=st.sampled_from(["auto", "manual", None]),
)


@given(st.booleans(), SYNC_STATES)
def test_paused_is_the_flag_or_the_paused_sync_state(flag: bool, sync_state: str | None) -> None:
    status = SyncStatus(connection_id="c", setup_state="connected", sync_state=sync_state, paused=flag)
    assert status.paused == (flag or sync_state == "paused")


@given(STATUSES)
def test_the_predicates_agree(status: SyncStatus) -> None:
    assert status.can_sync == (not status.paused and not status.broken and not status.setup_incomplete)
    assert (status.not_syncable_reason is None) == status.can_sync
    assert (status.not_syncable_reason == "paused") == status.paused
    assert status.setup_incomplete == (status.setup_state not in ("connected", "broken"))
    assert not (status.syncing and status.rescheduled)
    assert not (status.syncing and status.paused)
    assert status.syncing == (status.sync_state == "syncing" and not status.paused)
    for moment in (status.succeeded_at, status.failed_at, status.rescheduled_for):
        assert moment is None or moment.tzinfo is not None


@given(STATUSES)
def test_the_last_outcome_is_the_newer_timestamp(status: SyncStatus) -> None:
    ends = [moment for moment in (status.succeeded_at, status.failed_at) if moment is not None]
    assert status.last_sync_completed_at == (max(ends) if ends else None)
    succeeded = status.succeeded_at is not None and (status.failed_at is None or status.succeeded_at > status.failed_at)
    assert status.last_sync_succeeded == succeeded
    assert status.last_sync_failed == (bool(ends) and not succeeded)
    assert [status.last_sync_succeeded, status.last_sync_failed, status.last_outcome is None].count(True) == 1
    if status.last_outcome == "succeeded":
        assert status.last_sync_completed_at == status.succeeded_at
    if status.last_outcome == "failed":
        assert status.last_sync_completed_at == status.failed_at


@given(STATUSES, MOMENTS)
def test_judge_never_reports_a_completion_it_has_not_seen(status: SyncStatus, baseline: datetime | None) -> None:
    baseline = baseline.replace(tzinfo=UTC) if baseline is not None else None
    kind = judge(status, baseline)
    completed = status.last_sync_completed_at
    moved = completed is not None and (baseline is None or completed > baseline)
    if kind in (SyncOutcomeKind.SUCCEEDED, SyncOutcomeKind.FAILED):
        assert moved
        assert not status.syncing
        assert kind == status.last_outcome
    if moved and not status.syncing:
        assert kind in (SyncOutcomeKind.SUCCEEDED, SyncOutcomeKind.FAILED)
    if kind is SyncOutcomeKind.NOT_SYNCABLE:
        assert not status.can_sync
        assert not moved
    if kind is SyncOutcomeKind.RESCHEDULED:
        assert status.rescheduled
    if kind is None:
        assert status.syncing or (status.can_sync and not status.rescheduled and not moved)


def test_read_from_a_connection() -> None:
    data = connection(
        paused=False,
        schedule_type="manual",
        failed_at="2026-07-01T11:00:00Z",
        status={
            "setup_state": "connected",
            "sync_state": "rescheduled",
            "update_state": "delayed",
            "is_historical_sync": True,
            "rescheduled_for": "2026-07-01T12:00:00.000Z",
        },
    )

    status = SyncStatus.from_connection(Connection.from_dict(data))

    assert status == SyncStatus(
        connection_id="decent_dropsy",
        setup_state="connected",
        sync_state="rescheduled",
        update_state="delayed",
        succeeded_at=datetime(2026, 7, 1, 10, 20, 31, 183741, tzinfo=UTC),
        failed_at=datetime(2026, 7, 1, 11, tzinfo=UTC),
        is_historical_sync=True,
        rescheduled_for=datetime(2026, 7, 1, 12, tzinfo=UTC),
        paused=False,
        schedule_type="manual",
        sync_frequency=360,
    )
    assert status.rescheduled
    assert status.can_sync
    assert not status.syncing
    assert status.last_outcome == "failed"
    assert status.last_sync_completed_at == datetime(2026, 7, 1, 11, tzinfo=UTC)
    assert status.connection is not None
    assert status.connection.id == "decent_dropsy"


def test_the_paused_flag_and_the_paused_state_mean_the_same() -> None:
    by_flag = SyncStatus.from_connection(Connection.from_dict(connection(paused=True)))
    by_state = SyncStatus("c", "connected", "paused")

    assert by_flag.paused
    assert by_state.paused
    assert by_flag.not_syncable_reason == by_state.not_syncable_reason == "paused"


def test_a_connection_without_its_status_block_is_refused_naming_the_field() -> None:
    with pytest.raises(ModelFieldError, match=r"^Connection\.status is missing$"):
        Connection.from_dict({key: value for key, value in connection().items() if key != "status"})


def test_an_unknown_setup_state_means_setup_is_not_known_to_be_complete() -> None:
    status = SyncStatus("c", None, None)

    assert status.setup_incomplete
    assert not status.can_sync
    assert status.not_syncable_reason == "setup_incomplete"
    assert status.last_outcome is None
    assert status.last_sync_completed_at is None


def test_timestamps_are_made_aware_and_unreadable_ones_dropped() -> None:
    data = connection(succeeded_at="2026-07-01T10:00:00", failed_at="yesterday-ish")
    status = SyncStatus.from_connection(Connection.from_dict(data))
    offset = SyncStatus(
        "c", "connected", "scheduled", succeeded_at=datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(hours=2)))
    )

    assert status.succeeded_at == datetime(2026, 7, 1, 10, tzinfo=UTC)
    assert status.failed_at is None
    assert offset.succeeded_at == datetime(2026, 7, 1, 10, tzinfo=UTC)


def test_equal_timestamps_count_as_a_failure() -> None:
    moment = datetime(2026, 7, 1, tzinfo=UTC)

    assert SyncStatus("c", "connected", "scheduled", succeeded_at=moment, failed_at=moment).last_outcome == "failed"
