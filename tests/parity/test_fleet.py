"""``sync_many`` / ``wait_many``: one poll for many waiters, end to end against the in-process fake.

The fake's clock is the wall clock of the waits and sleeping advances it, so nothing really waits.
Every request the fake saw is asserted, so a change in how many reads answer the waiters shows up here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import anyio
import pytest

from fivetran_ext import NotFoundError, SyncOutcome, SyncOutcomeKind, SyncProblem, SyncRun
from fivetran_ext._fleet import ReadPlanner
from fivetran_ext.testing import FakeFivetran


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        yield fake


def clock_of(fake: FakeFivetran) -> Callable[[], float]:
    return lambda: fake.clock.now().timestamp()


def fleet(fake: FakeFivetran, groups: int, per_group: int, *, durations: Callable[[int], float]) -> list[str]:
    ids: list[str] = []
    for g in range(groups):
        group_id = fake.groups.create(f"group_{g}", id=f"group_{g}")["id"]
        for c in range(per_group):
            connection_id = f"conn_{g}_{c}"
            fake.connections.create(group_id, "postgres", f"pg_{g}_{c}", id=connection_id)
            fake.connections.set_sync_behavior(connection_id, duration=durations(len(ids)))
            ids.append(connection_id)
    return ids


def requests(fake: FakeFivetran, since: int = 0) -> list[tuple[str, str, dict[str, str]]]:
    return [(r.method, r.raw_path, r.query) for r in fake.requests[since:]]


Many = Callable[..., list[SyncOutcome]]


@pytest.fixture
def many(mode: str, fake: FakeFivetran) -> Many:
    """``many("sync_many", ids, **options)`` collects the stream on a sync or async client."""

    def run_sync(method: str, *args: Any, **options: Any) -> list[SyncOutcome]:
        with fake.client() as client:
            stream = getattr(client.connections, method)(
                *args, sleep=fake.clock.advance, clock=clock_of(fake), **options
            )
            return list(stream)

    def run_async(method: str, *args: Any, **options: Any) -> list[SyncOutcome]:
        async def main() -> list[SyncOutcome]:
            async with fake.async_client() as client:
                stream = getattr(client.connections, method)(
                    *args, sleep=fake.clock.async_sleep, clock=clock_of(fake), **options
                )
                return [outcome async for outcome in stream]

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async


ACCOUNT_PAGE = ("GET", "/v1/connections", {"limit": "1000"})


def test_sync_many_reads_by_listing_and_streams_outcomes_as_they_end(fake: FakeFivetran, many: Many) -> None:
    ids = fleet(fake, 2, 3, durations=lambda index: 30 + 10 * index)  # 30 s .. 80 s

    outcomes = many("sync_many", ids, poll_interval=10)

    assert [o.connection_id for o in outcomes] == ids  # shortest first
    assert all(o.kind is SyncOutcomeKind.SUCCEEDED and o.triggers == 1 for o in outcomes)
    sent = requests(fake)
    triggers = [("POST", f"/v1/connections/{cid}/sync", {}) for cid in ids]
    assert sent[0] == ACCOUNT_PAGE  # every watermark from one page
    assert sorted(sent[1:7]) == sorted(triggers)
    # Then one page per tick answers every waiter: the account's up to 50 s; once only group_1's
    # connections are left, that group's page (the smaller answer, same cost); for the last one, its detail.
    group_1 = ("GET", "/v1/connections", {"group_id": "group_1", "limit": "1000"})
    assert sent[7:] == [ACCOUNT_PAGE] * 5 + [group_1] * 2 + [("GET", f"/v1/connections/{ids[-1]}", {})]
    assert [o.polls for o in outcomes] == [3, 4, 5, 6, 7, 8]


def test_group_lists_answer_when_they_are_cheaper(fake: FakeFivetran, many: Many) -> None:
    ids = fleet(fake, 3, 2, durations=lambda index: 20)
    planner = ReadPlanner()
    planner.account_pages = 4  # as if the account held 4,000 connections
    for cid in ids[:2]:
        planner.group_of[cid] = "group_0"

    assert planner.choose(set(ids[:2])) == ("groups", ("group_0",))
    assert planner.choose({ids[0]}) == ("details", (ids[0],))
    assert planner.choose(set(ids)) == ("account", ())  # groups of the others unknown


def test_one_waiter_reads_its_detail(fake: FakeFivetran, many: Many) -> None:
    (cid,) = fleet(fake, 1, 1, durations=lambda index: 20)

    (outcome,) = many("sync_many", [cid], poll_interval=10)

    assert outcome.kind is SyncOutcomeKind.SUCCEEDED
    detail = ("GET", f"/v1/connections/{cid}", {})
    assert requests(fake) == [detail, ("POST", f"/v1/connections/{cid}/sync", {}), detail, detail]


def test_failures_and_unsyncable_connections_carry_their_reasons(fake: FakeFivetran, many: Many) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 30)
    fake.connections.set_sync_behavior(ids[1], outcome="failure_with_task", failure_reason="Reconnect")
    ids.append(fake.connections.create("group_0", "postgres", "paused_pg", paused=True, id="conn_paused")["id"])

    outcomes = {o.connection_id: o for o in many("sync_many", ids, poll_interval=10)}

    assert outcomes[ids[0]].kind is SyncOutcomeKind.SUCCEEDED
    assert (outcomes[ids[1]].kind, outcomes[ids[1]].reason) == (SyncOutcomeKind.FAILED, "Reconnect")
    assert outcomes[ids[1]].tasks == (SyncProblem("simulated_task", "Reconnect"),)
    assert (outcomes[ids[2]].kind, outcomes[ids[2]].triggers) == (SyncOutcomeKind.NOT_SYNCABLE, 0)
    assert ("POST", f"/v1/connections/{ids[2]}/sync", {}) not in requests(fake)


def test_wait_many_answers_handles_started_elsewhere(fake: FakeFivetran, many: Many) -> None:
    ids = fleet(fake, 2, 2, durations=lambda index: 25)
    with fake.client() as client:
        texts = [client.connections.start_sync(cid, clock=clock_of(fake)).to_json() for cid in ids]
    since = len(fake.requests)

    outcomes = many("wait_many", [SyncRun.from_json(text) for text in texts])

    assert sorted(o.connection_id or "" for o in outcomes) == sorted(ids)
    assert all(o.kind is SyncOutcomeKind.SUCCEEDED for o in outcomes)
    assert requests(fake, since) == [ACCOUNT_PAGE] * 4  # at 0, 10, 20, 30 s: four waiters, one read per tick


def test_each_run_keeps_its_own_deadline(fake: FakeFivetran, many: Many) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 30 if index == 0 else 3600)
    with fake.client() as client:
        runs = [client.connections.start_sync(cid, timeout=60, clock=clock_of(fake)) for cid in ids]

    outcomes = many("wait_many", runs)

    assert [(o.connection_id, o.kind) for o in outcomes] == [
        (ids[0], SyncOutcomeKind.SUCCEEDED),
        (ids[1], SyncOutcomeKind.TIMED_OUT),
    ]


def test_stopping_early_restores_the_schedules_taken(fake: FakeFivetran) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 30 * (index + 1))
    with fake.client() as client:
        stream = client.connections.sync_many(ids, manage_schedule=True, sleep=fake.clock.advance, clock=clock_of(fake))
        first = next(stream)
        assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto", "manual", "manual"]
        stream.close()

    assert first.connection_id == ids[0]
    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto", "auto", "auto"]


def test_nothing_is_sent_before_iterating_and_bad_arguments_fail_at_once(fake: FakeFivetran) -> None:
    with fake.client() as client:
        client.connections.sync_many(["a", "b"])
        with pytest.raises(ValueError, match="concurrency"):
            client.connections.sync_many(["a"], concurrency=0)
        with pytest.raises(TypeError, match="not one string"):
            client.connections.sync_many("abc")
        with pytest.raises(TypeError, match="run must be a SyncRun"):
            client.connections.wait_many(["{}"])  # type: ignore[list-item]

    assert fake.requests == []


def test_stopping_an_async_stream_early_restores_the_schedules_taken(fake: FakeFivetran) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 30 * (index + 1))

    async def main() -> str | None:
        async with fake.async_client() as client:
            stream = client.connections.sync_many(
                ids, manage_schedule=True, sleep=fake.clock.async_sleep, clock=clock_of(fake)
            )
            first = await anext(stream)
            await stream.aclose()  # type: ignore[attr-defined]
            return first.connection_id

    assert anyio.run(main) == ids[0]
    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto", "auto", "auto"]


def test_a_connection_deleted_while_waited_for_ends_error_and_the_others_go_on(fake: FakeFivetran) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 30 * (index + 1))
    with fake.client() as client:
        stream = client.connections.sync_many(ids, manage_schedule=True, sleep=fake.clock.advance, clock=clock_of(fake))
        assert next(stream).connection_id == ids[0]
        assert fake.connections.get(ids[1])["schedule_type"] == "manual"
        fake.connections.delete(ids[2])  # deleted while waited for: the list no longer holds it, its detail 404s
        rest = list(stream)

    assert [(o.connection_id, o.kind) for o in rest] == [
        (ids[2], SyncOutcomeKind.ERROR),
        (ids[1], SyncOutcomeKind.SUCCEEDED),
    ]
    assert isinstance(rest[0].error, NotFoundError)
    assert rest[0].reason is not None
    assert rest[0].reason.startswith("status read failed: 404 ")
    # Its schedule could not be given back (the restore 404s too): the outcome's run says it is still owed.
    assert rest[0].run is not None
    assert rest[0].run.restore_schedule == "auto"
    assert fake.connections.get(ids[1])["schedule_type"] == "auto"
