"""``connections sync|status|pause|resume``: requests sent, progress display, outcomes and exit codes.

Waiting sleeps through `FakeTime`: each poll interval moves the fake's clock, so a 30 s sync takes no
real time and the elapsed times printed are exact.
"""

from __future__ import annotations

import json

import pytest

from fivetran_ext.cli._exit import ExitCode
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, FakeTime, Runner, api_requests

SYNC = ("POST", f"/v1/connections/{CONNECTION}/sync")


def sync_bodies(fake: FakeFivetran) -> list[object]:
    return [json.loads(r.body) for r in fake.requests if (r.method, r.target) == SYNC]


def test_sync_without_wait_triggers_once_and_returns(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "sync", CONNECTION)

    assert (result.code, result.stdout) == (0, f"✓ sync requested for {CONNECTION}\n")
    assert sync_bodies(seeded) == [{"force": False}]


def test_sync_force_is_sent_and_json_says_what_was_requested(run: Runner, seeded: FakeFivetran) -> None:
    result = run("--json", "connections", "sync", CONNECTION, "--force")

    assert result.json() == {"connection_id": CONNECTION, "sync_requested": True, "force": True}
    assert sync_bodies(seeded) == [{"force": True}]


def test_sync_wait_prints_one_line_per_state_change_when_not_a_terminal(
    run: Runner, seeded: FakeFivetran, fake_time: FakeTime
) -> None:
    seeded.connections.set_sync_behavior(CONNECTION, duration=30)

    result = run("connections", "sync", CONNECTION, "--wait", "--poll-interval", "10")

    assert (result.code, result.stderr) == (ExitCode.OK, "")
    assert result.stdout.splitlines() == [
        f"waiting for the sync of {CONNECTION}",
        f"[  10.0s] {CONNECTION}: syncing (1 poll)",
        f"[  30.0s] {CONNECTION}: scheduled (3 polls)",
        f"✓ {CONNECTION}: sync succeeded in 30.0s (3 polls), completed at 2025-01-01T00:00:30+00:00",
    ]
    assert "\r" not in result.stdout
    assert fake_time.sleeps == [10.0, 10.0, 10.0]


def test_sync_wait_on_a_terminal_redraws_one_line(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.set_sync_behavior(CONNECTION, duration=20)

    result = run("connections", "sync", CONNECTION, "--wait", "--poll-interval", "10", stdout_tty=True)

    assert result.code == ExitCode.OK
    frames = result.stdout.split("\r\x1b[K")
    assert frames[0] == ""
    assert frames[1:3] == [
        f"⠋ {CONNECTION}  sync requested  elapsed 0.0s  0 polls",
        f"⠙ {CONNECTION}  syncing  elapsed 10.0s  1 poll",
    ]
    assert frames[3] == f"⠹ {CONNECTION}  scheduled  elapsed 20.0s  2 polls"
    # The line is cleared, then the outcome is printed on it: exactly one newline in all that output.
    assert frames[-1] == f"✓ {CONNECTION}: sync succeeded in 20.0s (2 polls), completed at 2025-01-01T00:00:20+00:00\n"
    assert result.stdout.count("\n") == 1


def test_a_live_line_is_cut_to_the_terminal_width(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "sync", CONNECTION, "--wait", stdout_tty=True, width=30)

    frames = result.stdout.split("\r\x1b[K")[1:-1]
    assert frames
    assert all(len(frame) <= 29 for frame in frames)


def test_timeout_or_poll_interval_imply_wait(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "sync", CONNECTION, "--timeout", "600")

    assert "sync succeeded" in result.stdout


@pytest.mark.parametrize(
    ("outcome", "code", "final"),
    [
        ("failure", ExitCode.SYNC_FAILED, f"✗ {CONNECTION}: sync failed in 60.0s (12 polls), failed at 2025-01-01T"),
        ("rescheduled", ExitCode.RESCHEDULED, f"! {CONNECTION}: sync rescheduled until 2025-01-01T01:01:00+00:00"),
    ],
)
def test_sync_outcomes_have_their_own_exit_codes(
    run: Runner, seeded: FakeFivetran, outcome: str, code: ExitCode, final: str
) -> None:
    seeded.connections.set_sync_behavior(CONNECTION, outcome=outcome, duration=60)  # type: ignore[arg-type]

    result = run("connections", "sync", CONNECTION, "--wait")

    assert result.code == code
    assert result.stdout.splitlines()[-1].startswith(final)


def test_a_failed_sync_shows_its_first_task_message(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.set_sync_behavior(
        CONNECTION, outcome="failure_with_task", duration=60, failure_reason="Reconnect: the password was rotated"
    )

    result = run("connections", "sync", CONNECTION, "--wait")

    assert result.code == ExitCode.SYNC_FAILED
    assert result.stdout.splitlines()[-1].endswith(": Reconnect: the password was rotated")


def test_a_sync_still_running_at_the_timeout_exits_5(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.set_sync_behavior(CONNECTION, duration=3600)

    result = run("connections", "sync", CONNECTION, "--wait", "--timeout", "30", "--poll-interval", "10")

    assert result.code == 5  # ExitCode.SYNC_TIMED_OUT: the documented number, not just the name
    assert result.stdout.splitlines()[-1] == (
        f"✗ {CONNECTION}: timed out after 30.0s (3 polls), sync state syncing; the sync may still be running"
    )


@pytest.mark.parametrize(
    ("setup", "reason"),
    [({"paused": True}, "paused"), ({"setup_state": "broken"}, "broken")],
)
def test_a_connection_that_cannot_sync_exits_6_without_a_trigger(
    run: Runner, fake: FakeFivetran, setup: dict[str, object], reason: str
) -> None:
    fake.groups.create("analytics", id="g")
    fake.connections.create("g", "postgres", "warehouse", id=CONNECTION, **setup)  # type: ignore[arg-type]

    result = run("connections", "sync", CONNECTION, "--wait")

    assert result.code == ExitCode.NOT_SYNCABLE == 6
    assert result.stdout.splitlines()[-1] == f"✗ {CONNECTION}: not syncable ({reason}): no sync was triggered"
    assert sync_bodies(fake) == []


def test_sync_wait_json_prints_the_outcome_object_and_progress_on_stderr(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.set_sync_behavior(CONNECTION, duration=30)

    result = run("--json", "connections", "sync", CONNECTION, "--wait", "--poll-interval", "10")

    outcome = result.json()
    assert result.code == 0
    assert {key: outcome[key] for key in ("connection_id", "kind", "polls", "triggers", "elapsed", "succeeded")} == {
        "connection_id": CONNECTION,
        "kind": "succeeded",
        "polls": 3,
        "triggers": 1,
        "elapsed": 30.0,
        "succeeded": True,
    }
    assert outcome["completed_at"] == outcome["status"]["succeeded_at"] == "2025-01-01T00:00:30+00:00"
    assert outcome["status"]["sync_state"] == "scheduled"
    assert outcome["baseline"] is None
    assert "connection" not in outcome["status"]  # the whole model is `connections get --json`'s job
    assert "sync succeeded" in result.stderr


def test_status_human_and_json(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.trigger_sync(CONNECTION)

    human = run("connections", "status", CONNECTION)
    data = run("--json", "connections", "status", CONNECTION).json()

    assert "sync_state:             syncing" in human.stdout.splitlines()
    assert data["sync_state"] == "syncing"
    assert (data["syncing"], data["can_sync"], data["last_outcome"]) == (True, True, None)
    assert api_requests(seeded, "POST") == []  # reading the status never triggers anything


def test_pause_and_resume_patch_the_connection(run: Runner, seeded: FakeFivetran) -> None:
    paused = run("connections", "pause", CONNECTION)
    resumed = run("--json", "connections", "resume", CONNECTION)

    assert paused.stdout == f"✓ {CONNECTION} paused\n"
    assert resumed.json()["paused"] is False
    patches = [json.loads(r.body) for r in seeded.requests if r.method == "PATCH"]
    assert patches == [{"paused": True}, {"paused": False}]
