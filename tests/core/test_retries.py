"""Retries: what is re-sent, when, after how long, and what is raised when the policy gives up."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from fivetran_api.api.connection_management import resync_connection, sync_connection
from fivetran_api.api.connection_schema_management import resync_tables
from fivetran_api.api.group_management import create_group, modify_group
from fivetran_api.models.new_group_request import NewGroupRequest
from fivetran_api.models.resync_tables_body import ResyncTablesBody
from fivetran_api.models.sync_connector_request import SyncConnectorRequest
from fivetran_api.models.update_group_request import UpdateGroupRequest
from pytest_httpserver import HTTPServer

import fivetran_ext.testing
from fivetran_ext import (
    AsyncFivetran,
    Fivetran,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TimeoutError,
    TransportError,
)

from ._raw_server import KeepAliveServer, RawServer, closed_port, reset_after, respond, stall
from .conftest import API_KEY, API_SECRET, Sleeps, envelope, group, policy

OK = envelope(group("g"))


def test_429_then_503_then_200_honours_retry_after_then_backs_off(
    server: HTTPServer, client: Fivetran, sleeps: Sleeps
) -> None:
    server.expect_ordered_request("/v1/groups/g").respond_with_json(
        {"code": "TooManyRequests"}, status=429, headers={"Retry-After": "1"}
    )
    server.expect_ordered_request("/v1/groups/g").respond_with_data("", status=503)
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    assert client.groups.get("g").id == "g"

    # Retry-After exactly (no jitter), then the 2nd exponential step: 0.5 * 2 = 1.0 (random() == 0).
    assert sleeps == [1.0, 1.0]
    assert len(server.log) == 3


def test_fractional_retry_after_is_honoured_exactly(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_ordered_request("/v1/groups/g").respond_with_data("", status=503, headers={"Retry-After": "0.25"})
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    client.groups.get("g")

    assert sleeps == [0.25]


def test_http_date_retry_after_uses_the_injected_clock(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    now = 1_780_000_000.0
    retry_at = format_datetime(datetime.fromtimestamp(now + 42, UTC), usegmt=True)
    server.expect_ordered_request("/v1/groups/g").respond_with_json(
        {"code": "TooManyRequests"}, status=429, headers={"Retry-After": retry_at}
    )
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    make_client(retry=policy(sleeps, wall_clock=lambda: now)).groups.get("g")

    assert sleeps == [42.0]


def test_retry_after_beyond_the_cap_raises_at_once_without_sleeping(
    server: HTTPServer, client: Fivetran, sleeps: Sleeps
) -> None:
    server.expect_request("/v1/groups/g").respond_with_json(
        {"code": "TooManyRequests", "message": "Rate limit exceeded"}, status=429, headers={"Retry-After": "3600"}
    )

    with pytest.raises(RateLimitError) as raised:
        client.groups.get("g")

    assert raised.value.retry_after == 3600.0
    assert sleeps == []
    assert len(server.log) == 1


def test_a_503_with_a_long_retry_after_raises_at_once_too(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=503, headers={"Retry-After": "3600"})

    with pytest.raises(ServerError) as raised:
        client.groups.get("g")

    assert raised.value.retry_after == 3600.0
    assert sleeps == []
    assert len(server.log) == 1


def test_max_retry_after_is_configurable(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    server.expect_ordered_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "90"})
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    make_client(retry=policy(sleeps, max_retry_after=120.0)).groups.get("g")

    assert sleeps == [90.0]


def test_exponential_backoff_is_capped_and_jitter_only_shortens(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=500)
    client = make_client(retry=policy(sleeps, max_retries=6, random=lambda: 1.0))

    with pytest.raises(ServerError):
        client.groups.get("g")

    # 0.5, 1, 2, 4, 8, 8 (capped), each shortened by the full 25 % jitter.
    assert sleeps == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]
    assert len(server.log) == 7


def test_max_retries_zero_disables_retrying(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=503)

    with pytest.raises(ServerError):
        make_client(max_retries=0).groups.get("g")

    assert sleeps == []
    assert len(server.log) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(server: HTTPServer, client: Fivetran, sleeps: Sleeps, status: int) -> None:
    server.expect_request("/v1/groups/g").respond_with_json({"code": "Nope"}, status=status)

    with pytest.raises(Exception, match=f"^{status} "):
        client.groups.get("g")

    assert len(server.log) == 1
    assert sleeps == []


def test_post_answered_500_is_not_retried(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_request("/v1/groups", method="POST").respond_with_data("", status=500)

    with pytest.raises(ServerError):
        create_group.sync_detailed(client=client.generated, body=NewGroupRequest(name="warehouse"))

    assert len(server.log) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [502, 503, 504])
def test_post_create_is_not_retried_on_gateway_errors(
    server: HTTPServer, client: Fivetran, sleeps: Sleeps, status: int
) -> None:
    server.expect_request("/v1/groups", method="POST").respond_with_data("", status=status)

    with pytest.raises(ServerError):
        create_group.sync_detailed(client=client.generated, body=NewGroupRequest(name="warehouse"))

    assert len(server.log) == 1


def test_post_is_retried_on_429(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_ordered_request("/v1/groups", method="POST").respond_with_json(
        {"code": "TooManyRequests"}, status=429, headers={"Retry-After": "2"}
    )
    server.expect_ordered_request("/v1/groups", method="POST").respond_with_json(OK, status=201)

    response = create_group.sync_detailed(client=client.generated, body=NewGroupRequest(name="warehouse"))

    assert response.status_code == 201
    assert sleeps == [2.0]
    assert [request.get_json() for request, _ in server.log] == [{"name": "warehouse"}] * 2


def test_sync_without_force_is_retried_on_503_but_not_with_force(
    server: HTTPServer, client: Fivetran, sleeps: Sleeps
) -> None:
    path = "/v1/connections/c1/sync"
    server.expect_ordered_request(path, method="POST").respond_with_data("", status=503)
    server.expect_ordered_request(path, method="POST").respond_with_json(envelope(message="Sync has been started"))
    server.expect_ordered_request(path, method="POST").respond_with_data("", status=503)

    response = sync_connection.sync_detailed("c1", client=client.generated, body=SyncConnectorRequest(force=False))
    assert response.status_code == 200
    with pytest.raises(ServerError):
        sync_connection.sync_detailed("c1", client=client.generated, body=SyncConnectorRequest(force=True))

    assert [request.get_json() for request, _ in server.log] == [{"force": False}, {"force": False}, {"force": True}]
    assert sleeps == [0.5]


def test_patch_of_a_group_is_retried_on_502_not_on_500(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_ordered_request("/v1/groups/g", method="PATCH").respond_with_data("", status=502)
    server.expect_ordered_request("/v1/groups/g", method="PATCH").respond_with_json(OK)
    server.expect_ordered_request("/v1/groups/g", method="PATCH").respond_with_data("", status=500)

    modify_group.sync_detailed("g", client=client.generated, body=UpdateGroupRequest(name="renamed"))
    with pytest.raises(ServerError):
        modify_group.sync_detailed("g", client=client.generated, body=UpdateGroupRequest(name="renamed"))

    assert len(server.log) == 3
    assert sleeps == [0.5]


@pytest.mark.parametrize(("status", "headers"), [(503, {}), (429, {"Retry-After": "1"}), (502, {})])
def test_resync_is_never_re_sent(
    server: HTTPServer, client: Fivetran, sleeps: Sleeps, status: int, headers: dict[str, str]
) -> None:
    server.expect_request("/v1/connections/c1/resync", method="POST").respond_with_data(
        "", status=status, headers=headers
    )
    server.expect_request("/v1/connections/c1/schemas/tables/resync", method="POST").respond_with_data(
        "", status=status, headers=headers
    )

    with pytest.raises(Exception, match=f"^{status} "):
        resync_connection.sync_detailed("c1", client=client.generated)
    with pytest.raises(Exception, match=f"^{status} "):
        resync_tables.sync_detailed("c1", client=client.generated, body=ResyncTablesBody(schema=["table"]))

    assert [request.path for request, _ in server.log] == [
        "/v1/connections/c1/resync",
        "/v1/connections/c1/schemas/tables/resync",
    ]
    assert sleeps == []


def test_retried_responses_are_read_and_their_connection_reused(
    make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    busy = json.dumps({"code": "ServiceUnavailable", "message": "try later"}).encode()
    script = [(503, busy), (502, busy), (200, json.dumps(OK).encode())]
    with KeepAliveServer(script) as keep_alive:
        assert make_client(base_url=keep_alive.base_url).groups.get("g").id == "g"

    assert sleeps == [0.5, 1.0]
    assert len(keep_alive.client_ports) == 3
    assert len(set(keep_alive.client_ports)) == 1, "a retried response must be read so its connection is reused"


def test_connection_refused_is_retried_for_get_then_raises_transport_error(sleeps: Sleeps) -> None:
    port = closed_port()
    with (
        Fivetran(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{port}", retry=policy(sleeps)) as client,
        pytest.raises(TransportError) as raised,
    ):
        client.groups.get("g")

    error = raised.value
    assert type(error) is TransportError
    assert error.type == "transport"
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert str(error).startswith("ConnectError: ")
    assert str(error).endswith(f"(GET http://127.0.0.1:{port}/v1/groups/g)")
    assert sleeps == [0.5, 1.0, 2.0]


def test_connection_refused_is_retried_even_for_post_because_nothing_was_sent(sleeps: Sleeps) -> None:
    port = closed_port()
    with (
        Fivetran(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{port}", retry=policy(sleeps)) as client,
        pytest.raises(TransportError),
    ):
        create_group.sync_detailed(client=client.generated, body=NewGroupRequest(name="x"))
    assert len(sleeps) == 3


def test_resync_is_not_retried_even_when_the_connection_is_refused(sleeps: Sleeps) -> None:
    with (
        Fivetran(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{closed_port()}", retry=policy(sleeps)) as client,
        pytest.raises(TransportError),
    ):
        resync_connection.sync_detailed("c1", client=client.generated)
    assert sleeps == []


def _ok_response(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def test_a_connection_reset_mid_body_is_retried_for_get(sleeps: Sleeps) -> None:
    body = json.dumps(OK).encode()
    truncated = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n" + body[:20]
    raw = RawServer([reset_after(truncated), respond(_ok_response(body))])
    with raw.running(), Fivetran(API_KEY, API_SECRET, base_url=raw.base_url, retry=policy(sleeps)) as client:
        assert client.groups.get("g").id == "g"

    assert raw.connections == 2
    assert sleeps == [0.5]


def test_a_connection_reset_mid_body_is_not_retried_for_post(sleeps: Sleeps) -> None:
    truncated = b'HTTP/1.1 201 Created\r\nContent-Length: 500\r\n\r\n{"code":'
    raw = RawServer([reset_after(truncated), reset_after(truncated)])
    with (
        raw.running(),
        Fivetran(API_KEY, API_SECRET, base_url=raw.base_url, retry=policy(sleeps)) as client,
        pytest.raises(TransportError) as raised,
    ):
        create_group.sync_detailed(client=client.generated, body=NewGroupRequest(name="x"))

    assert isinstance(raised.value.__cause__, httpx.ReadError | httpx.RemoteProtocolError)
    assert raw.connections == 1
    assert sleeps == []


def test_a_read_timeout_raises_timeout_error_after_retries(
    make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    release = threading.Event()
    raw = RawServer([stall(release), stall(release)])
    with raw.running():
        client = make_client(base_url=raw.base_url, timeout=0.2, max_retries=1)
        try:
            with pytest.raises(TimeoutError) as raised:
                client.groups.get("g")
        finally:
            release.set()  # the server answers nothing until the client has given up

    assert raised.value.type == "timeout"
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert isinstance(raised.value, TransportError)
    assert str(raised.value).startswith("ReadTimeout: ")
    assert raw.connections == 2
    assert sleeps == [0.5]


def test_the_deadline_stops_retrying_before_sleeping_past_it(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    now = [100.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    server.expect_request("/v1/groups/g").respond_with_data("", status=503)
    client = make_client(retry=policy(sleeps, sleep=sleep, clock=lambda: now[0], deadline=2.0, max_retries=10))

    with pytest.raises(ServerError):
        client.groups.get("g")

    # 0.5 then 1.0 (t = 1.5); the next 2.0 would end at 3.5, past the 2 s budget: stop, no sleep.
    assert sleeps == [0.5, 1.0]
    assert len(server.log) == 3


def test_a_retry_after_longer_than_the_deadline_raises_at_once(
    server: HTTPServer, make_client: Callable[..., Fivetran], sleeps: Sleeps
) -> None:
    server.expect_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "10"})

    with pytest.raises(RateLimitError) as raised:
        make_client(retry=policy(sleeps, deadline=5.0)).groups.get("g")

    assert raised.value.retry_after == 10.0
    assert sleeps == []


def test_the_deadline_shortens_each_attempts_timeouts(make_client: Callable[..., Fivetran], sleeps: Sleeps) -> None:
    now = [0.0]
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        now[0] += 3.0  # each attempt takes 3 s of the budget
        return httpx.Response(503) if len(seen) == 1 else httpx.Response(200, json=OK)

    client = make_client(
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry=policy(sleeps, clock=lambda: now[0], deadline=10.0),
        timeout=httpx.Timeout(60.0, connect=2.0),
    )
    client.groups.get("g")

    assert seen[0] == {"connect": 2.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    assert seen[1] == {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}


def test_each_retry_is_logged_at_info_without_headers(
    server: HTTPServer, client: Fivetran, caplog: pytest.LogCaptureFixture
) -> None:
    server.expect_ordered_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "1"})
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    with caplog.at_level(logging.INFO, logger="fivetran_ext"):
        client.groups.get("g")

    records = [record for record in caplog.records if record.name == "fivetran_ext"]
    assert [record.levelno for record in records] == [logging.INFO]
    assert records[0].getMessage() == "Retrying GET /v1/groups/g after 429 TOO MANY REQUESTS (retry 1 of 3) in 1.00 s"


def test_the_testing_switch_turns_default_sleeping_off(server: HTTPServer, base_url: str) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=503, headers={"Retry-After": "30"})

    # The default policy's real sleep would take 3 x 30 s: with the switch the test stays instant.
    with (
        fivetran_ext.testing.no_retry_sleep(),
        Fivetran(API_KEY, API_SECRET, base_url=base_url) as client,
        pytest.raises(ServerError),
    ):
        client.groups.get("g")

    assert len(server.log) == 4


def test_the_testing_switch_function_form_and_restoring(monkeypatch: pytest.MonkeyPatch) -> None:
    from fivetran_ext._retry import SLEEP_SWITCH, _default_sleep

    calls: list[float] = []
    monkeypatch.setattr("time.sleep", calls.append)
    fivetran_ext.testing.set_retry_sleep(False)
    try:
        _default_sleep(5.0)
        with fivetran_ext.testing.no_retry_sleep():
            _default_sleep(5.0)
        assert SLEEP_SWITCH.enabled is False, "the context manager restores the previous setting"
    finally:
        fivetran_ext.testing.set_retry_sleep(True)
    _default_sleep(0.0)
    assert calls == [0.0]


def test_retry_policy_validates_its_fields() -> None:
    for bad in ({"max_retries": -1}, {"jitter": 1.5}, {"deadline": 0}, {"initial_delay": -1.0}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            RetryPolicy(**bad)


@pytest.mark.anyio
async def test_async_429_then_503_then_200(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran], sleeps: Sleeps
) -> None:
    server.expect_ordered_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "1"})
    server.expect_ordered_request("/v1/groups/g").respond_with_data("", status=503)
    server.expect_ordered_request("/v1/groups/g").respond_with_json(OK)

    async with make_async_client() as client:
        assert (await client.groups.get("g")).id == "g"

    assert sleeps == [1.0, 1.0]


@pytest.mark.anyio
async def test_async_retry_after_beyond_cap_and_resync_never_resent(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran], sleeps: Sleeps
) -> None:
    server.expect_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "3600"})
    server.expect_request("/v1/connections/c1/resync", method="POST").respond_with_data("", status=503)

    async with make_async_client() as client:
        with pytest.raises(RateLimitError) as raised:
            await client.groups.get("g")
        with pytest.raises(ServerError):
            await resync_connection.asyncio_detailed("c1", client=client.generated)

    assert raised.value.retry_after == 3600.0
    assert len(server.log) == 2
    assert sleeps == []


@pytest.mark.anyio
async def test_async_connection_refused_and_reset(sleeps: Sleeps) -> None:
    async with AsyncFivetran(
        API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{closed_port()}", retry=policy(sleeps)
    ) as client:
        with pytest.raises(TransportError):
            await client.groups.get("g")
    assert sleeps == [0.5, 1.0, 2.0]

    sleeps.clear()
    body = json.dumps(OK).encode()
    truncated = b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n" + body[:10]
    raw = RawServer([reset_after(truncated), respond(_ok_response(body))])
    with raw.running():
        async with AsyncFivetran(API_KEY, API_SECRET, base_url=raw.base_url, retry=policy(sleeps)) as client:
            assert (await client.groups.get("g")).id == "g"
    assert raw.connections == 2
    assert sleeps == [0.5]


@pytest.mark.anyio
async def test_async_default_sleep_respects_the_testing_switch(server: HTTPServer, base_url: str) -> None:
    server.expect_request("/v1/groups/g").respond_with_data("", status=503, headers={"Retry-After": "30"})

    with fivetran_ext.testing.no_retry_sleep():
        async with AsyncFivetran(API_KEY, API_SECRET, base_url=base_url, max_retries=2) as client:
            with pytest.raises(ServerError):
                await client.groups.get("g")

    assert len(server.log) == 3
