"""``sync_many`` / ``wait_many`` when requests fail: one connection's error is that connection's outcome.

The fake answers everything except the requests a test refuses (a trigger answering 404, a detail read
answering 403, a list page answering 503), which a transport in front of it answers instead. Every request
sent is recorded there, refused or not, so the tests assert exactly what went out, on both clients.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import anyio
import httpx
import pytest

from fivetran_ext import (
    AuthenticationError,
    LocalRateStore,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SyncOutcome,
    SyncOutcomeKind,
    SyncRun,
)
from fivetran_ext.cli._serialize import outcome_dict
from fivetran_ext.testing import FakeFivetran

from .conftest import no_sleep_policy
from .test_fleet import ACCOUNT_PAGE, clock_of, fleet

Request = tuple[str, str, dict[str, str]]


@dataclass
class Refusal:
    """Answer ``status`` with Fivetran's error envelope, the first ``times`` times (None: always)."""

    status: int
    code: str
    message: str
    times: int | None = None
    after: int = 0  # let this many through first


@dataclass
class Refusing:
    """Stands in front of the fake: records every request and answers the refused ones itself."""

    fake: FakeFivetran
    refusals: dict[tuple[str, str], Refusal]
    seen: list[Request] = field(default_factory=list)

    def answer(self, request: httpx.Request) -> httpx.Response | None:
        self.seen.append((request.method, request.url.path, dict(request.url.params)))
        refusal = self.refusals.get((request.method, request.url.path))
        if refusal is None or refusal.times == 0:
            return None
        if refusal.after:
            refusal.after -= 1
            return None
        if refusal.times is not None:
            refusal.times -= 1
        body = {"code": refusal.code, "message": refusal.message}
        return httpx.Response(refusal.status, json=body, request=request)

    def transport(self) -> httpx.BaseTransport:
        inner, answer = self.fake.transport(), self.answer

        class Transport(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                return answer(request) or inner.handle_request(request)

        return Transport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        inner, answer = self.fake.async_transport(), self.answer

        class Transport(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                return answer(request) or await inner.handle_async_request(request)

        return Transport()


# One retry, no sleeping: a 5xx page is sent twice, and the tests can count it.
RETRY = replace(no_sleep_policy(), max_retries=1)
BASE_URL = "https://api.fivetran.com"

Many = Callable[..., list[SyncOutcome]]
GROUP_PAGE = ("GET", "/v1/connections", {"group_id": "group_0", "limit": "1000"})
"""After the first read the planner knows every connection is in group_0: its page is the smaller answer."""


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        yield fake


@pytest.fixture
def refusing(fake: FakeFivetran) -> Refusing:
    return Refusing(fake, {})


@pytest.fixture
def many(mode: str, fake: FakeFivetran, refusing: Refusing) -> Many:
    """``many("sync_many", ids, **options)`` collects the stream on a sync or async client."""

    def run_sync(method: str, *args: Any, **options: Any) -> list[SyncOutcome]:
        http = httpx.Client(transport=refusing.transport(), base_url=BASE_URL)
        with fake.client(http_client=http, retry=RETRY) as client:
            stream = getattr(client.connections, method)(
                *args, sleep=fake.clock.advance, clock=clock_of(fake), **options
            )
            return list(stream)

    def run_async(method: str, *args: Any, **options: Any) -> list[SyncOutcome]:
        async def main() -> list[SyncOutcome]:
            http = httpx.AsyncClient(transport=refusing.async_transport(), base_url=BASE_URL)
            async with fake.async_client(http_client=http, retry=RETRY) as client:
                stream = getattr(client.connections, method)(
                    *args, sleep=fake.clock.async_sleep, clock=clock_of(fake), **options
                )
                return [outcome async for outcome in stream]

        return anyio.run(main)

    return run_sync if mode == "sync" else run_async


def detail(connection_id: str) -> Request:
    return ("GET", f"/v1/connections/{connection_id}", {})


def trigger(connection_id: str) -> Request:
    return ("POST", f"/v1/connections/{connection_id}/sync", {})


def patch(connection_id: str) -> Request:
    return ("PATCH", f"/v1/connections/{connection_id}", {})


GONE = Refusal(404, "NotFound_Connection", "Connection with id 'conn_0_1' doesn't exist")
DENIED = Refusal(403, "AccessDenied", "You don't have permission to access this connection")


def five_with_a_deleted_and_a_forbidden_one(fake: FakeFivetran, refusing: Refusing) -> list[str]:
    # conn_0_3 syncs longest, so it is the last one waited for: then it is read by detail, which answers 403.
    ids = fleet(fake, 1, 5, durations=lambda index: 100 if index == 3 else 30)
    refusing.refusals[trigger(ids[1])[:2]] = GONE
    refusing.refusals[detail(ids[3])[:2]] = DENIED
    return ids


def test_a_failed_trigger_and_a_failed_read_end_their_connections_only(
    fake: FakeFivetran, refusing: Refusing, many: Many
) -> None:
    ids = five_with_a_deleted_and_a_forbidden_one(fake, refusing)

    outcomes = many("sync_many", ids, poll_interval=10)

    assert [(o.connection_id, o.kind) for o in outcomes] == [
        (ids[1], SyncOutcomeKind.ERROR),  # decided right after the triggers, before any wait
        (ids[0], SyncOutcomeKind.SUCCEEDED),
        (ids[2], SyncOutcomeKind.SUCCEEDED),
        (ids[4], SyncOutcomeKind.SUCCEEDED),
        (ids[3], SyncOutcomeKind.ERROR),
    ]
    gone, denied = outcomes[0], outcomes[-1]
    assert isinstance(gone.error, NotFoundError)
    assert (gone.error.status_code, gone.error.code) == (404, "NotFound_Connection")
    assert gone.reason == "sync trigger failed: 404 NotFound_Connection: Connection with id 'conn_0_1' doesn't exist"
    assert (gone.triggers, gone.polls, gone.run) == (0, 0, None)  # the trigger was refused: nothing to check
    assert gone.status.connection_id == ids[1]  # the status read before the trigger
    assert isinstance(denied.error, PermissionDeniedError)
    assert (denied.error.status_code, denied.error.code) == (403, "AccessDenied")
    assert denied.reason == "status read failed: 403 AccessDenied: You don't have permission to access this connection"
    assert (denied.triggers, denied.polls) == (1, 3)  # three reads answered it before the one that failed
    assert denied.run is not None
    assert denied.run.connection_id == ids[3]
    assert all(o.error is None for o in outcomes[1:-1])
    # The refused trigger is not sent again and its connection is never read; the 403 read is not retried.
    assert refusing.seen[0] == ACCOUNT_PAGE
    assert sorted(refusing.seen[1:6]) == sorted(trigger(cid) for cid in ids)
    assert refusing.seen[6:] == [GROUP_PAGE] * 3 + [detail(ids[3])]


def test_a_schedule_taken_is_given_back_before_the_error_outcome(
    fake: FakeFivetran, refusing: Refusing, many: Many
) -> None:
    ids = five_with_a_deleted_and_a_forbidden_one(fake, refusing)

    outcomes = many("sync_many", ids, poll_interval=10, manage_schedule=True)

    assert [(o.connection_id, o.kind) for o in outcomes] == [
        (ids[1], SyncOutcomeKind.ERROR),
        (ids[0], SyncOutcomeKind.SUCCEEDED),
        (ids[2], SyncOutcomeKind.SUCCEEDED),
        (ids[4], SyncOutcomeKind.SUCCEEDED),
        (ids[3], SyncOutcomeKind.ERROR),
    ]
    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto"] * 5
    assert outcomes[-1].run is not None
    assert outcomes[-1].run.restore_schedule is None  # restored
    sent = refusing.seen
    assert sent[0] == ACCOUNT_PAGE
    assert sorted(sent[1:6]) == sorted(patch(cid) for cid in ids)  # to manual
    assert sorted(sent[6:11]) == sorted(trigger(cid) for cid in ids)
    assert sent[11] == patch(ids[1])  # back to auto before its outcome, before any wait
    # At 30 s three syncs end, each restored as it ends; the forbidden one is restored after its failed read.
    assert sent[12:] == [GROUP_PAGE] * 3 + [patch(ids[0]), patch(ids[2]), patch(ids[4])] + [
        detail(ids[3]),
        patch(ids[3]),
    ]


def test_a_failed_list_page_falls_back_to_detail_reads_once(fake: FakeFivetran, refusing: Refusing, many: Many) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 20)
    # The first page fails on both attempts; every detail read of conn_0_2 is refused.
    refusing.refusals[ACCOUNT_PAGE[:2]] = Refusal(503, "ServiceUnavailable", "Try again later", times=2)
    refusing.refusals[detail(ids[2])[:2]] = DENIED

    outcomes = many("sync_many", ids, poll_interval=10)

    assert [(o.connection_id, o.kind) for o in outcomes] == [
        (ids[2], SyncOutcomeKind.ERROR),
        (ids[0], SyncOutcomeKind.SUCCEEDED),
        (ids[1], SyncOutcomeKind.SUCCEEDED),
    ]
    unread = outcomes[0]
    assert isinstance(unread.error, PermissionDeniedError)
    assert (unread.triggers, unread.polls, unread.run, unread.baseline) == (0, 0, None, None)
    assert (unread.status.connection_id, unread.status.sync_state) == (ids[2], None)  # nothing was read
    sent = refusing.seen
    assert sent[:2] == [ACCOUNT_PAGE, ACCOUNT_PAGE]  # the retry, refused too: the page's connections are read
    assert sorted(sent[2:5]) == [detail(cid) for cid in ids]  # one by one, once
    assert sorted(sent[5:7]) == [trigger(ids[0]), trigger(ids[1])]
    assert sent[7:] == [GROUP_PAGE] * 2  # at 10 s and 20 s the list answers again


def test_a_page_error_while_waiting_is_answered_by_details(fake: FakeFivetran, refusing: Refusing, many: Many) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 20)
    with fake.client() as client:
        runs = [client.connections.start_sync(cid, clock=clock_of(fake)) for cid in ids]
    refusing.refusals[ACCOUNT_PAGE[:2]] = Refusal(500, "InternalError", "Oops", times=2)

    outcomes = many("wait_many", runs)

    assert [(o.connection_id, o.kind, o.polls) for o in outcomes] == [
        (ids[0], SyncOutcomeKind.SUCCEEDED, 3),
        (ids[1], SyncOutcomeKind.SUCCEEDED, 3),
    ]
    # At 0 s the page fails twice (one retry) and the two details answer; at 10 s and 20 s the page does.
    sent = refusing.seen
    assert sent[:2] == [ACCOUNT_PAGE, ACCOUNT_PAGE]
    assert sorted(sent[2:4]) == [detail(cid) for cid in ids]
    assert sent[4:] == [GROUP_PAGE] * 2


def test_a_restore_that_fails_is_the_outcome_and_the_run_says_what_is_owed(
    fake: FakeFivetran, refusing: Refusing, many: Many
) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 20)
    with fake.client() as client:
        runs = [client.connections.start_sync(cid, manage_schedule=True, clock=clock_of(fake)) for cid in ids]
    refusing.refusals[patch(ids[0])[:2]] = DENIED

    outcomes = many("wait_many", runs)

    assert [(o.connection_id, o.kind) for o in outcomes] == [
        (ids[0], SyncOutcomeKind.ERROR),
        (ids[1], SyncOutcomeKind.SUCCEEDED),
    ]
    owed = outcomes[0]
    assert owed.reason == "schedule restore failed: 403 AccessDenied: " + DENIED.message
    assert owed.status.last_outcome == "succeeded"  # the sync itself succeeded: the status says so
    assert (owed.triggers, owed.polls) == (1, 3)
    assert owed.run is not None
    assert owed.run.restore_schedule == "auto"
    assert fake.connections.get(ids[0])["schedule_type"] == "manual"
    # The refused restore is sent once.
    assert refusing.seen == [ACCOUNT_PAGE, GROUP_PAGE, GROUP_PAGE, patch(ids[0]), patch(ids[1])]


@pytest.mark.parametrize(
    ("refusal", "error", "sends"),
    [
        (Refusal(401, "AuthFailed", "Invalid credentials"), AuthenticationError, 1),
        # The account's budget, not the connection's: retried once (RETRY), then raised for everyone.
        (Refusal(429, "TooManyRequests", "Rate limit exceeded"), RateLimitError, 2),
    ],
)
def test_an_error_for_every_request_still_ends_the_iteration(
    fake: FakeFivetran, refusing: Refusing, many: Many, refusal: Refusal, error: type[Exception], sends: int
) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 20)
    refusing.refusals[trigger(ids[1])[:2]] = refusal

    with pytest.raises(error):
        many("sync_many", ids, poll_interval=10, manage_schedule=True)

    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto"] * 3  # given back first
    sent = refusing.seen
    assert sent.count(trigger(ids[1])) == sends
    assert sorted(sent[6 + sends :]) == sorted(patch(cid) for cid in ids)


def test_an_error_outcome_pickles_without_credentials(fake: FakeFivetran, refusing: Refusing, many: Many) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 20)
    refusing.refusals[trigger(ids[0])[:2]] = Refusal(503, "ServiceUnavailable", "Down for maintenance")

    outcome = many("sync_many", ids, poll_interval=10)[0]

    data = pickle.dumps(outcome)
    copy = pickle.loads(data)  # noqa: S301 - our own bytes
    assert copy == outcome
    assert copy.kind == "error"
    assert isinstance(copy.error, ServerError)
    assert (copy.error.status_code, copy.error.code) == (503, "ServiceUnavailable")
    assert str(copy.error) == str(outcome.error)
    assert fake.api_secret.encode() not in data
    assert b"Authorization" not in data
    # The CLI's JSON of an outcome: the reason, not the exception object.
    shape = json.loads(json.dumps(outcome_dict(ids[0], outcome)))
    assert (shape["kind"], shape["reason"]) == (
        "error",
        "sync trigger failed: 503 ServiceUnavailable: Down for maintenance",
    )
    assert "error" not in shape


def test_sync_and_wait_still_raises(fake: FakeFivetran, refusing: Refusing, mode: str) -> None:
    (cid,) = fleet(fake, 1, 1, durations=lambda index: 20)
    refusing.refusals[trigger(cid)[:2]] = GONE

    def run_sync() -> None:
        http = httpx.Client(transport=refusing.transport(), base_url=BASE_URL)
        with fake.client(http_client=http, retry=RETRY) as client:
            client.connections.sync_and_wait(cid, sleep=fake.clock.advance, clock=clock_of(fake))

    async def run_async() -> None:
        http = httpx.AsyncClient(transport=refusing.async_transport(), base_url=BASE_URL)
        async with fake.async_client(http_client=http, retry=RETRY) as client:
            await client.connections.sync_and_wait(cid, sleep=fake.clock.async_sleep, clock=clock_of(fake))

    with pytest.raises(NotFoundError):
        run_sync() if mode == "sync" else anyio.run(run_async)
    assert refusing.seen == [detail(cid), trigger(cid)]


def test_wait_many_with_no_status_read_yet_carries_an_empty_status(
    fake: FakeFivetran, refusing: Refusing, many: Many
) -> None:
    (cid,) = fleet(fake, 1, 1, durations=lambda index: 20)
    with fake.client() as client:
        text = client.connections.start_sync(cid, clock=clock_of(fake)).to_json()
    refusing.refusals[detail(cid)[:2]] = GONE

    (outcome,) = many("wait_many", [SyncRun.from_json(text)])

    assert (outcome.kind, outcome.polls, outcome.triggers) == (SyncOutcomeKind.ERROR, 0, 1)
    assert (outcome.status.connection_id, outcome.status.sync_state) == (cid, None)
    assert outcome.run == SyncRun.from_json(text)
    assert refusing.seen == [detail(cid)]


def test_stopping_after_an_error_outcome_restores_the_other_schedules(fake: FakeFivetran, refusing: Refusing) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 20)
    for cid in ids[:2]:
        refusing.refusals[trigger(cid)[:2]] = Refusal(404, "NotFound_Connection", "gone")
    http = httpx.Client(transport=refusing.transport(), base_url=BASE_URL)
    with fake.client(http_client=http, retry=RETRY) as client:
        stream = client.connections.sync_many(ids, manage_schedule=True, sleep=fake.clock.advance, clock=clock_of(fake))
        first = next(stream)
        assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto", "manual", "manual"]
        stream.close()

    assert (first.connection_id, first.kind) == (ids[0], SyncOutcomeKind.ERROR)
    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto"] * 3
    # The first one's restore, then (on close) the second one's and the waiter's, in one batch.
    assert refusing.seen[7] == patch(ids[0])
    assert sorted(refusing.seen[8:]) == [patch(ids[1]), patch(ids[2])]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_stopping_at_an_outcome_decided_before_the_triggers_strands_no_claim(
    fake: FakeFivetran, refusing: Refusing, mode: str
) -> None:
    # The list page fails and the second connection's detail read is refused: its error outcome is decided
    # before any trigger. A consumer that stops at it must not leave the first connection claimed but never
    # triggered: another worker would then join a sync that never started.
    first, second = fleet(fake, 1, 2, durations=lambda index: 30)
    refusing.refusals[("GET", "/v1/connections")] = Refusal(503, "ServiceUnavailable", "try later")
    refusing.refusals[detail(second)[:2]] = DENIED
    store = LocalRateStore()

    if mode == "sync":
        http = httpx.Client(transport=refusing.transport(), base_url=BASE_URL)
        with fake.client(http_client=http, retry=RETRY) as client:
            stream = client.connections.sync_many(
                [first, second], sleep=fake.clock.advance, clock=clock_of(fake), coordinator=store
            )
            outcome = next(stream)
            stream.close()
    else:

        async def main() -> SyncOutcome:
            http = httpx.AsyncClient(transport=refusing.async_transport(), base_url=BASE_URL)
            async with fake.async_client(http_client=http, retry=RETRY) as client:
                stream = client.connections.sync_many(
                    [first, second], sleep=fake.clock.async_sleep, clock=clock_of(fake), coordinator=store
                )
                outcome = await stream.__anext__()
                await stream.aclose()
                return outcome

        outcome = anyio.run(main)

    assert (outcome.connection_id, outcome.kind) == (second, SyncOutcomeKind.ERROR)
    assert trigger(first) in refusing.seen  # the triggers went out before the early outcome was yielded
    assert store.get_run(first) is not None  # a run that was triggered stays claimed: others may join it
    assert store.get_run(second) is None


def test_a_refused_retrigger_ends_its_connection_with_its_schedule_back(
    fake: FakeFivetran, refusing: Refusing, many: Many
) -> None:
    ids = fleet(fake, 1, 2, durations=lambda index: 20)
    # conn_0_0 is rescheduled until 115 s; switched to manual, it is triggered again then, and that is refused.
    fake.connections.set_sync_behavior(ids[0], outcome=["rescheduled", "success"], reschedule_after=95)
    refusing.refusals[trigger(ids[0])[:2]] = Refusal(404, "NotFound_Connection", "gone", after=1)

    outcomes = many("sync_many", ids, manage_schedule=True, on_reschedule="retrigger", timeout=600, poll_interval=10)

    assert [(o.connection_id, o.kind, o.triggers, o.polls) for o in outcomes] == [
        (ids[1], SyncOutcomeKind.SUCCEEDED, 1, 2),
        (ids[0], SyncOutcomeKind.ERROR, 1, 3),  # the refused re-trigger is not counted
    ]
    assert outcomes[1].reason == "sync trigger failed: 404 NotFound_Connection: gone"
    assert outcomes[1].status.sync_state == "rescheduled"
    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto", "auto"]
    sent = refusing.seen
    assert sent[0] == ACCOUNT_PAGE
    assert sorted(sent[1:3]) == [patch(ids[0]), patch(ids[1])]
    assert sorted(sent[3:5]) == [trigger(ids[0]), trigger(ids[1])]
    # At 20 s conn_0_1 ends (its schedule back) and conn_0_0 is rescheduled; at 115 s its detail, the refused
    # re-trigger, and its schedule back.
    assert sent[5:] == [GROUP_PAGE, GROUP_PAGE, patch(ids[1]), detail(ids[0]), trigger(ids[0]), patch(ids[0])]


def test_ctrl_c_during_the_triggers_gives_every_schedule_back(fake: FakeFivetran, refusing: Refusing) -> None:
    ids = fleet(fake, 1, 3, durations=lambda index: 20)
    inner = refusing.transport()

    class Interrupting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if (request.method, request.url.path) == trigger(ids[1])[:2]:
                raise KeyboardInterrupt
            return inner.handle_request(request)

    http = httpx.Client(transport=Interrupting(), base_url=BASE_URL)
    with fake.client(http_client=http, retry=RETRY) as client, pytest.raises(KeyboardInterrupt):
        list(client.connections.sync_many(ids, manage_schedule=True, sleep=fake.clock.advance, clock=clock_of(fake)))

    assert [fake.connections.get(cid)["schedule_type"] for cid in ids] == ["auto"] * 3
    assert sorted(refusing.seen[-3:]) == [patch(cid) for cid in ids]  # the restores, after the triggers
