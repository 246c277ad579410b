"""Resumable sync handles: ``start_sync`` / ``check`` / policies / ``ensure_fresh`` against scripted states.

Each GET of the connection answers the next scripted status (the last one repeats); POST .../sync answers
like Fivetran, without ``data``; PATCH answers the connection without consuming the script. Time is an
injected wall clock; nothing sleeps. Every scenario runs on the sync and the async client.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from fivetran_ext import (
    AsyncFivetran,
    Fivetran,
    NotSyncableError,
    ServerError,
    SyncCheck,
    SyncOutcomeKind,
    SyncProblem,
    SyncRun,
    SyncRunFormatError,
    SyncState,
)

from ._data import CONNECTION_ID
from .conftest import API_KEY, API_SECRET, TLS, no_sleep_policy
from .test_sync_and_wait import PATH, T0, Time, state

SYNC = ("POST", f"{PATH}/sync", {"force": False})
READ = ("GET", PATH, None)


def manual(**changes: Any) -> dict[str, Any]:
    return {"method": "PATCH", "schedule_type": "manual", **changes}


class Script:
    """The scripted API; ``fail`` maps a method to the status it answers (once) instead of success."""

    def __init__(self, *statuses: dict[str, Any], fail: dict[str, int] | None = None) -> None:
        self.statuses = list(statuses)
        self.fail = dict(fail or {})
        self.requests: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.raw_path.decode(), body))
        failure = self.fail.pop(request.method, None)
        if failure is not None:
            return httpx.Response(failure, json={"code": "Error", "message": "scripted failure"})
        if request.method == "POST":
            return httpx.Response(200, json={"code": "Success", "message": "Sync has been successfully triggered"})
        if request.method == "PATCH":
            return httpx.Response(200, json={"code": "Success", "data": {**self.statuses[0], **body}})
        data = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(200, json={"code": "Success", "data": data})


def with_problems(data: dict[str, Any], tasks: Sequence[Any] = (), warnings: Sequence[Any] = ()) -> dict[str, Any]:
    data["status"]["tasks"] = list(tasks)
    data["status"]["warnings"] = list(warnings)
    return data


Call = Callable[..., Any]


@pytest.fixture
def time_() -> Time:
    return Time()


@pytest.fixture
def call(mode: str, time_: Time) -> Callable[..., Any]:
    """``call(script, "start_sync", *args, **kwargs)`` on a sync or async client; clock and sleep injected."""

    def inject(method: str, kwargs: dict[str, Any], sleep: Any) -> dict[str, Any]:
        extra: dict[str, Any] = {"clock": time_.clock}
        if method in ("sync_and_wait", "ensure_fresh"):
            extra["sleep"] = sleep
        return {**extra, **kwargs}

    def run_sync(script: Script, method: str, *args: Any, **kwargs: Any) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(script), verify=TLS)
        with http, Fivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
            return getattr(client.connections, method)(*args, **inject(method, kwargs, time_.sleep))

    def run_async(script: Script, method: str, *args: Any, **kwargs: Any) -> Any:
        async def main() -> Any:
            http = httpx.AsyncClient(transport=httpx.MockTransport(script), verify=TLS)
            async with http, AsyncFivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
                return await getattr(client.connections, method)(*args, **inject(method, kwargs, time_.async_sleep))

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async


def start(call: Call, *statuses: dict[str, Any], **policies: Any) -> tuple[SyncRun, Script]:
    script = Script(*statuses)
    return call(script, "start_sync", CONNECTION_ID, **policies), script


# ------------------------------------------------------------------ the handle


def test_start_sync_reads_the_watermark_triggers_and_returns_the_handle(call: Call) -> None:
    run, script = start(call, state(succeeded=-60, failed=-120), timeout=900, start_deadline=120, poll_interval=30)

    assert script.requests == [READ, SYNC]
    assert run == SyncRun(
        connection_id=CONNECTION_ID,
        watermark=T0 - timedelta(seconds=60),
        triggered_at=T0,
        deadline=T0 + timedelta(seconds=900),
        start_deadline=T0 + timedelta(seconds=120),
        on_reschedule="return",
        poll_interval=30.0,
        triggers=1,
    )


def test_the_handle_round_trips_through_versioned_json(call: Call) -> None:
    run, _ = start(call, state(), on_reschedule="handoff", force=True, manage_schedule=True)

    text = run.to_json()

    assert json.loads(text)["version"] == 1
    assert SyncRun.from_json(text) == run
    assert SyncRun.from_json(text.encode()) == run
    assert run.restore_schedule == "auto"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "must be JSON"),
        ("[]", "must be a JSON object"),
        ('{"version": 2}', "unknown sync handle version 2"),
        ('{"version": true}', "unknown sync handle version True"),
        ('{"version": 1, "connection_id": 5}', "'connection_id' must be a string"),
    ],
)
def test_a_handle_of_an_unknown_version_or_shape_is_refused(text: str, message: str) -> None:
    with pytest.raises(SyncRunFormatError, match=message) as raised:
        SyncRun.from_json(text)

    assert isinstance(raised.value, ValueError)
    assert raised.value.type == "invalid_sync_run"


def test_a_handle_with_a_naive_time_is_refused(mode: str) -> None:
    run = SyncRun(CONNECTION_ID, None, T0, T0 + timedelta(hours=1))
    data = json.loads(run.to_json())
    data["deadline"] = "2026-07-01T11:00:00"

    with pytest.raises(SyncRunFormatError, match="'deadline' must be an ISO-8601 time with an offset"):
        SyncRun.from_json(json.dumps(data))


def test_a_connection_that_cannot_sync_is_refused_before_the_trigger(call: Call) -> None:
    broken = with_problems(state(setup="broken"), tasks=[{"code": "reconnect", "message": "Reconnect"}])
    script = Script(broken)

    with pytest.raises(NotSyncableError) as raised:
        call(script, "start_sync", CONNECTION_ID)

    assert script.requests == [READ]
    assert (raised.value.reason, raised.value.connection_id, raised.value.type) == (
        "broken",
        CONNECTION_ID,
        "not_syncable",
    )
    assert raised.value.check.tasks == (SyncProblem("reconnect", "Reconnect"),)
    assert str(raised.value) == f"connection '{CONNECTION_ID}' cannot sync (broken): Reconnect"


# ------------------------------------------------------------------ check


def check(call: Call, run: SyncRun, *statuses: dict[str, Any]) -> tuple[SyncCheck, Script]:
    script = Script(*statuses)
    return call(script, "check", run), script


def test_check_reads_once_and_says_when_to_come_back(call: Call, time_: Time) -> None:
    run, _ = start(call, state(), poll_interval=30)
    time_.now += 100

    result, script = check(call, run, state("syncing"))

    assert script.requests == [READ]
    assert (result.state, result.done) == (SyncState.PENDING, False)
    assert result.next_check_at == T0 + timedelta(seconds=130)
    assert result.run == SyncRun(**{**vars_of(run), "started": True})
    assert result.status.syncing


def vars_of(run: SyncRun) -> dict[str, Any]:
    return {name: getattr(run, name) for name in SyncRun.__dataclass_fields__}


def test_a_handle_started_in_one_process_is_judged_in_another(call: Call, time_: Time) -> None:
    run, _ = start(call, state())
    stored = run.to_json()
    time_.now += 3 * 3600  # hours later, another process: only the JSON text crossed over

    result, script = check(call, SyncRun.from_json(stored), state(succeeded=600))

    assert (result.state, result.done, result.next_check_at) == (SyncState.SUCCEEDED, True, None)
    assert script.requests == [READ]


def test_a_failure_carries_its_tasks_warnings_and_first_message(call: Call) -> None:
    run, _ = start(call, state())
    failed = with_problems(
        state(failed=50),
        tasks=[{"code": "resync_table_warning", "message": "Table orders needs a resync", "details": "x"}],
        warnings=[{"code": "slow_source", "message": "Source is slow"}],
    )

    result, _ = check(call, run, failed)

    assert result.state is SyncState.FAILED
    assert result.reason == "Table orders needs a resync"
    assert result.tasks == (SyncProblem("resync_table_warning", "Table orders needs a resync", "x"),)
    assert result.warnings == (SyncProblem("slow_source", "Source is slow"),)


def test_a_failure_with_only_warnings_reports_the_warning(call: Call) -> None:
    run, _ = start(call, state())

    result, _ = check(call, run, with_problems(state(failed=50), warnings=[{"code": "w", "message": "Look here"}]))

    assert result.reason == "Look here"


def test_a_failure_without_detail_has_no_reason(call: Call) -> None:
    run, _ = start(call, state())

    result, _ = check(call, run, state(failed=50))

    assert (result.state, result.reason, result.tasks) == (SyncState.FAILED, None, ())


def test_paused_while_running_is_not_syncable_with_its_reason(call: Call) -> None:
    run, _ = start(call, state())

    result, _ = check(call, run, state("paused", paused=True))

    assert (result.state, result.done, result.reason) == (SyncState.NOT_SYNCABLE, True, "paused")


def test_no_sign_of_the_sync_by_the_start_deadline_is_never_started(call: Call, time_: Time) -> None:
    run, _ = start(call, state(), start_deadline=60)
    time_.now += 30
    early, _ = check(call, run, state())
    time_.now += 30

    late, _ = check(call, early.run, state())

    assert (early.state, early.next_check_at) == (SyncState.PENDING, T0 + timedelta(seconds=40))
    assert (late.state, late.done) == (SyncState.NEVER_STARTED, True)
    assert late.reason == "no sign of the sync 60 s after the trigger (sync_state scheduled)"


def test_a_sync_seen_running_is_not_never_started_later(call: Call, time_: Time) -> None:
    run, _ = start(call, state(), start_deadline=60)
    time_.now += 30
    seen, _ = check(call, run, state("syncing"))
    time_.now += 60

    later, _ = check(call, seen.run, state("syncing"))

    assert seen.run.started
    assert later.state is SyncState.PENDING


def test_the_deadline_ends_in_timed_out(call: Call, time_: Time) -> None:
    run, _ = start(call, state(), timeout=60)
    time_.now += 55
    before, _ = check(call, run, state("syncing"))
    time_.now += 5

    after, _ = check(call, before.run, state("syncing"))

    assert before.next_check_at == T0 + timedelta(seconds=60)  # capped at the deadline
    assert (after.state, after.done) == (SyncState.TIMED_OUT, True)


# ------------------------------------------------------------------ reschedule policies


def rescheduled(schedule: str = "manual", at_: float = 600) -> dict[str, Any]:
    return state("rescheduled", schedule=schedule, rescheduled_for=at_)


def test_rescheduled_is_returned_by_default(call: Call) -> None:
    run, _ = start(call, state(schedule="manual"))

    result, script = check(call, run, rescheduled())

    assert (result.state, result.done, result.rescheduled_for) == (
        SyncState.RESCHEDULED,
        True,
        T0 + timedelta(minutes=10),
    )
    assert script.requests == [READ]


@pytest.mark.parametrize("policy", ["retrigger", "handoff"])
def test_a_manual_reschedule_waits_then_the_check_at_that_time_triggers_again(
    call: Call, time_: Time, policy: str
) -> None:
    run, _ = start(call, state(schedule="manual"), on_reschedule=policy, poll_interval=10)
    time_.now += 10
    waiting, first = check(call, run, rescheduled())
    time_.now = (T0 + timedelta(minutes=10)).timestamp()

    resumed, second = check(call, waiting.run, rescheduled())

    assert (waiting.state, waiting.done, waiting.next_check_at) == (
        SyncState.RESCHEDULED,
        False,
        T0 + timedelta(minutes=10),
    )
    assert first.requests == [READ]
    assert second.requests == [READ, SYNC]
    assert (resumed.state, resumed.done, resumed.run.triggers) == (SyncState.PENDING, False, 2)
    assert resumed.next_check_at == T0 + timedelta(seconds=610)


def test_retrigger_leaves_auto_connections_to_fivetran(call: Call) -> None:
    run, _ = start(call, state(), on_reschedule="retrigger")

    result, _ = check(call, run, rescheduled("auto"))

    assert (result.state, result.done) == (SyncState.RESCHEDULED, True)


def test_handoff_of_an_auto_connection_waits_for_fivetran_to_restart_it(call: Call, time_: Time) -> None:
    run, _ = start(call, state(), on_reschedule="handoff")
    waiting, _ = check(call, run, rescheduled("auto"))
    time_.now = (T0 + timedelta(minutes=10)).timestamp()

    after, script = check(call, waiting.run, rescheduled("auto"))

    assert (waiting.done, waiting.next_check_at) == (False, T0 + timedelta(minutes=10))
    assert (after.state, after.done) == (SyncState.PENDING, False)
    assert script.requests == [READ]  # no trigger: Fivetran resumes auto schedules


def test_a_reschedule_past_the_deadline_is_final(call: Call) -> None:
    run, _ = start(call, state(schedule="manual"), on_reschedule="retrigger", timeout=300)

    result, _ = check(call, run, rescheduled())

    assert (result.state, result.done) == (SyncState.RESCHEDULED, True)


def test_sync_and_wait_with_handoff_returns_the_run_to_resume(call: Call, time_: Time) -> None:
    script = Script(state(schedule="manual"), rescheduled())

    outcome = call(script, "sync_and_wait", CONNECTION_ID, on_reschedule="handoff")

    assert outcome.kind is SyncOutcomeKind.RESCHEDULED
    assert outcome.rescheduled_for == T0 + timedelta(minutes=10)
    assert outcome.run is not None
    assert outcome.run.on_reschedule == "handoff"
    assert time_.sleeps == [10]


# ------------------------------------------------------------------ schedule ownership


def patch(schedule_type: str) -> tuple[str, str, Any]:
    return ("PATCH", PATH, {"schedule_type": schedule_type})


def test_the_schedule_is_never_touched_unless_asked(call: Call) -> None:
    script = Script(state(), state(succeeded=30))

    call(script, "sync_and_wait", CONNECTION_ID)

    assert [method for method, _, _ in script.requests] == ["GET", "POST", "GET"]


def test_manage_schedule_switches_to_manual_and_restores_at_the_end(call: Call) -> None:
    script = Script(state(), state("syncing", schedule="manual"), state(schedule="manual", failed=40))

    outcome = call(script, "sync_and_wait", CONNECTION_ID, manage_schedule=True)

    assert outcome.kind is SyncOutcomeKind.FAILED
    assert script.requests == [READ, patch("manual"), SYNC, READ, READ, patch("auto")]
    assert outcome.run is not None
    assert outcome.run.restore_schedule is None


def test_manage_schedule_restores_on_timeout(call: Call) -> None:
    script = Script(state(), state("syncing", schedule="manual"))

    outcome = call(script, "sync_and_wait", CONNECTION_ID, manage_schedule=True, timeout=20)

    assert outcome.kind is SyncOutcomeKind.TIMED_OUT
    assert script.requests[-1] == patch("auto")
    assert script.requests.count(patch("auto")) == 1


def test_manage_schedule_leaves_a_manual_connection_alone(call: Call) -> None:
    script = Script(state(schedule="manual"), state(schedule="manual", succeeded=30))

    call(script, "sync_and_wait", CONNECTION_ID, manage_schedule=True)

    assert [method for method, _, _ in script.requests] == ["GET", "POST", "GET"]


def test_manage_schedule_restores_when_the_trigger_fails(call: Call) -> None:
    script = Script(state(), fail={"POST": 500})

    with pytest.raises(ServerError):
        call(script, "start_sync", CONNECTION_ID, manage_schedule=True)

    assert script.requests == [READ, patch("manual"), SYNC, patch("auto")]


def test_manage_schedule_restores_when_a_poll_fails(call: Call) -> None:
    script = Script(state(), state("syncing"))
    script.fail = {}
    original = script.__call__

    def failing_second_read(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and len(script.requests) >= 3:
            script.requests.append((request.method, request.url.raw_path.decode(), None))
            return httpx.Response(404, json={"code": "NotFound_Connection", "message": "gone"})
        return original(request)

    with pytest.raises(Exception, match="gone"):
        call(failing_second_read, "sync_and_wait", CONNECTION_ID, manage_schedule=True)

    assert script.requests == [READ, patch("manual"), SYNC, READ, patch("auto")]


def test_manage_schedule_restores_on_ctrl_c(time_: Time) -> None:
    script = Script(state(), state("syncing"))

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(script), verify=TLS)
    with (
        http,
        Fivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.connections.sync_and_wait(CONNECTION_ID, manage_schedule=True, sleep=interrupted, clock=time_.clock)

    assert script.requests == [READ, patch("manual"), SYNC, patch("auto")]


def test_manage_schedule_restores_when_the_async_wait_is_cancelled(time_: Time) -> None:
    script = Script(state(), state("syncing"))

    async def answer(request: httpx.Request) -> httpx.Response:
        # A real transport awaits the network: a checkpoint where a cancelled scope strikes again.
        await anyio.lowlevel.checkpoint()
        return script(request)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer), verify=TLS)
        async with http, AsyncFivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
            with anyio.CancelScope() as scope:

                async def cancelled(seconds: float) -> None:
                    # The caller's scope is cancelled while the wait sleeps; the restore still goes out.
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()

                await client.connections.sync_and_wait(
                    CONNECTION_ID, manage_schedule=True, sleep=cancelled, clock=time_.clock
                )
            assert scope.cancelled_caught

    anyio.run(main)

    assert script.requests == [READ, patch("manual"), SYNC, patch("auto")]


def test_check_restores_the_schedule_when_the_run_ends(call: Call) -> None:
    run, _ = start(call, state(), manage_schedule=True)

    result, script = check(call, run, state(schedule="manual", succeeded=30))

    assert script.requests == [READ, patch("auto")]
    assert result.run.restore_schedule is None
    assert SyncRun.from_json(result.run.to_json()).restore_schedule is None


# ------------------------------------------------------------------ ensure_fresh


def test_ensure_fresh_returns_at_once_when_the_last_success_is_young(call: Call) -> None:
    script = Script(state(succeeded=-600))

    outcome = call(script, "ensure_fresh", CONNECTION_ID, timedelta(minutes=30))

    assert script.requests == [READ]
    assert (outcome.kind, outcome.triggers, outcome.polls) == (SyncOutcomeKind.SUCCEEDED, 0, 0)
    assert outcome.completed_at == T0 - timedelta(minutes=10)
    assert outcome.connection_id == CONNECTION_ID


@pytest.mark.parametrize(
    "initial",
    [
        state(succeeded=-3600),  # too old
        state(succeeded=-600, failed=-60),  # a failure came after the success
        state(succeeded=None),  # never synced
    ],
    ids=["old", "failed-since", "never"],
)
def test_ensure_fresh_syncs_when_not_fresh_reusing_its_read(call: Call, initial: dict[str, Any]) -> None:
    script = Script(initial, state(succeeded=30))

    outcome = call(script, "ensure_fresh", CONNECTION_ID, 1800)

    assert script.requests == [READ, SYNC, READ]
    assert (outcome.kind, outcome.triggers) == (SyncOutcomeKind.SUCCEEDED, 1)


def test_ensure_fresh_of_a_paused_connection_is_not_syncable(call: Call) -> None:
    script = Script(state(succeeded=-60, paused=True))

    outcome = call(script, "ensure_fresh", CONNECTION_ID, 1800)

    assert (outcome.kind, outcome.reason, script.requests) == (SyncOutcomeKind.NOT_SYNCABLE, "paused", [READ])


def test_sync_and_wait_failure_outcome_carries_the_reason(call: Call) -> None:
    failed = with_problems(state(failed=20), tasks=[{"code": "c", "message": "Credentials expired"}])

    outcome = call(Script(state(), failed), "sync_and_wait", CONNECTION_ID)

    assert (outcome.kind, outcome.reason, outcome.connection_id) == (
        SyncOutcomeKind.FAILED,
        "Credentials expired",
        CONNECTION_ID,
    )
    assert outcome.tasks == (SyncProblem("c", "Credentials expired"),)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"on_reschedule": "later"}, ValueError, "on_reschedule must be one of"),
        ({"start_deadline": 0}, ValueError, "start_deadline must be a positive"),
        ({"manage_schedule": "yes"}, TypeError, "manage_schedule must be a bool"),
    ],
)
def test_invalid_policies_are_refused_before_sending(
    call: Call, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    script = Script(state())

    with pytest.raises(error, match=match):
        call(script, "start_sync", CONNECTION_ID, **kwargs)

    assert script.requests == []


def test_check_refuses_what_is_not_a_run(call: Call) -> None:
    with pytest.raises(TypeError, match="run must be a SyncRun"):
        call(Script(state()), "check", "{}")
