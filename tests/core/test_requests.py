"""What goes on the wire, and the drop-down to the generated client sharing the same behaviour."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from fivetran_api.api.connection_management import connection_details
from fivetran_api.api.group_management import group_details, list_all_groups
from pytest_httpserver import HTTPServer

from fivetran_ext import AsyncFivetran, Connection, Fivetran, Group, NotFoundError, ServerError, __version__

from ._raw_server import KeepAliveServer
from .conftest import API_KEY, API_SECRET, BASIC, Sleeps, envelope, group

CONNECTION = {
    "id": "decent_dropsy",
    "group_id": "projected_sickle",
    "service": "postgres_rds",
    "schema": "sales",
    "created_at": "2026-06-01T09:00:00Z",
    "paused": False,
    "sync_frequency": 360,
    "succeeded_at": "2026-07-01T10:20:31.183741Z",
    "failed_at": None,
    "status": {
        "setup_state": "connected",
        "sync_state": "scheduled",
        "update_state": "on_schedule",
        "is_historical_sync": False,
    },
    "brand_new_field": {"kept": True},
}


def test_group_get_sends_basic_auth_user_agent_and_accept(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups/projected_sickle", method="GET").respond_with_json(
        envelope(group("projected_sickle", "Warehouse"))
    )

    result = client.groups.get("projected_sickle")

    assert isinstance(result, Group)
    assert (result.id, result.name) == ("projected_sickle", "Warehouse")
    (request, _), *_ = server.log
    assert request.headers["Authorization"] == BASIC
    assert request.headers["Accept"] == "application/json"
    major_minor = ".".join(map(str, __import__("sys").version_info[:2]))
    assert request.headers["User-Agent"] == f"fivetran-ext/{__version__} python/{major_minor} httpx/{httpx.__version__}"


def test_connection_get_sends_the_version_2_accept_header(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/connections/decent_dropsy", method="GET").respond_with_json(envelope(CONNECTION))

    connection = client.connections.get("decent_dropsy")

    assert isinstance(connection, Connection)
    assert connection.id == "decent_dropsy"
    assert connection.sync_frequency == 360
    assert connection.failed_at is None
    assert connection.additional_properties == {"brand_new_field": {"kept": True}}
    (request, _), *_ = server.log
    assert request.headers["Accept"] == "application/json;version=2"
    assert request.headers["Authorization"] == BASIC


def test_groups_list_sends_plain_json_accept_and_the_query(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string={"limit": "2", "cursor": "abc"}).respond_with_json(
        envelope({"items": [group("a"), group("b")], "next_cursor": "def"}),
        headers={"X-Rate-Limit-Remaining": "19998"},
    )

    page = client.groups.list(limit=2, cursor="abc")

    assert [g.id for g in page.items] == ["a", "b"]
    assert page.next_cursor == "def"
    assert page.has_next
    assert page.rate_limit_remaining == 19998
    (request, _), *_ = server.log
    assert request.headers["Accept"] == "application/json"


def test_success_without_data_is_a_validation_error_for_get(server: HTTPServer, client: Fivetran) -> None:
    from fivetran_ext import ResponseValidationError

    server.expect_request("/v1/groups/g").respond_with_data(
        '{"code": "Success", "message": "ok"}', content_type="application/json"
    )

    with pytest.raises(ResponseValidationError) as raised:
        client.groups.get("g")

    assert raised.value.type == "invalid_response"
    assert raised.value.status_code == 200
    assert raised.value.body == '{"code": "Success", "message": "ok"}'
    assert "has no 'data'" in str(raised.value)
    assert "GET /v1/groups/{group_id}" in str(raised.value)


def test_data_of_the_wrong_shape_is_a_validation_error(server: HTTPServer, client: Fivetran) -> None:
    from fivetran_ext import ResponseValidationError

    server.expect_request("/v1/groups").respond_with_json(envelope({"items": ["not-a-group"], "next_cursor": None}))

    with pytest.raises(ResponseValidationError, match=r"data\.items"):
        client.groups.list()


def test_generated_drop_down_shares_auth_and_parses(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/connections/decent_dropsy").respond_with_json(envelope(CONNECTION))

    response = connection_details.sync_detailed("decent_dropsy", client=client.generated)

    assert response.status_code == 200
    assert response.parsed is not None
    assert isinstance(response.parsed.data, Connection)
    (request, _), *_ = server.log
    assert request.headers["Authorization"] == BASIC
    assert request.headers["Accept"] == "application/json;version=2"


def test_generated_drop_down_raises_the_same_typed_errors(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_request("/v1/groups/missing").respond_with_json(
        {"code": "NotFound_Group", "message": "Group with id 'missing' not found"}, status=404
    )
    server.expect_request("/v1/groups").respond_with_data("<html>bad gateway</html>", status=502)

    with pytest.raises(NotFoundError) as raised:
        group_details.sync_detailed("missing", client=client.generated)
    assert raised.value.code == "NotFound_Group"

    with pytest.raises(ServerError) as server_error:
        list_all_groups.sync_detailed(client=client.generated)
    assert server_error.value.status_code == 502
    assert len(sleeps) == 3  # retried like any other GET, then raised
    assert len(server.log) == 1 + 4


def test_generated_drop_down_of_one_flavour_refuses_the_other(client: Fivetran) -> None:
    async def call_async_on_sync_client() -> None:
        await group_details.asyncio_detailed("g", client=client.generated)

    import asyncio

    with pytest.raises(RuntimeError, match=r"Fivetran\.generated is sync"):
        asyncio.run(call_async_on_sync_client())


@pytest.mark.anyio
async def test_async_generated_drop_down_raises_typed_errors(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran]
) -> None:
    server.expect_request("/v1/groups/missing").respond_with_json({"code": "NotFound_Group"}, status=404)
    async with make_async_client() as client:
        with pytest.raises(NotFoundError):
            await group_details.asyncio_detailed("missing", client=client.generated)
        with pytest.raises(RuntimeError, match=r"AsyncFivetran\.generated is async"):
            group_details.sync_detailed("missing", client=client.generated)


@pytest.mark.anyio
async def test_async_resources_send_the_same_requests(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran]
) -> None:
    server.expect_request("/v1/connections/decent_dropsy").respond_with_json(envelope(CONNECTION))
    server.expect_request("/v1/groups/projected_sickle").respond_with_json(envelope(group("projected_sickle")))
    server.expect_request("/v1/groups", query_string="limit=1").respond_with_json(
        envelope({"items": [group("a")], "next_cursor": None})
    )
    async with make_async_client() as client:
        connection = await client.connections.get("decent_dropsy")
        found = await client.groups.get("projected_sickle")
        page = await client.groups.list(limit=1)

    assert connection.id == "decent_dropsy"
    assert found.id == "projected_sickle"
    assert [g.id for g in page] == ["a"]
    assert not page.has_next
    accepts = [request.headers["Accept"] for request, _ in server.log]
    assert accepts == ["application/json;version=2", "application/json", "application/json"]
    assert {request.headers["Authorization"] for request, _ in server.log} == {BASIC}


def test_with_options_shares_the_connection_pool(make_client: Callable[..., Fivetran]) -> None:
    body = json.dumps(envelope(group("g"))).encode()
    with KeepAliveServer([(200, body)]) as keep_alive:
        root = make_client(base_url=keep_alive.base_url, max_retries=3)

        patient = root.with_options(timeout=123.0, max_retries=0)
        root.groups.get("g")
        patient.groups.get("g")
        patient.close()  # closing the variant must leave the shared pool open
        root.groups.get("g")

    assert patient.timeout == httpx.Timeout(123.0)
    assert patient.max_retries == 0
    assert root.max_retries == 3
    assert len(keep_alive.client_ports) == 3
    assert len(set(keep_alive.client_ports)) == 1, "all three requests should reuse one keep-alive connection"
    with pytest.raises(RuntimeError):
        patient.groups.get("g")  # the variant itself is closed


def test_with_options_variant_applies_its_own_timeout(make_client: Callable[..., Fivetran]) -> None:
    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=envelope(group("g")))

    root = make_client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    root.groups.get("g")
    root.with_options(timeout=httpx.Timeout(5.0, connect=1.0)).groups.get("g")

    assert seen == [
        {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
    ]


def test_a_user_supplied_http_client_gets_retries_and_typed_errors_and_stays_open(
    server: HTTPServer, base_url: str, sleeps: Sleeps
) -> None:
    from .conftest import policy

    server.expect_oneshot_request("/v1/groups/g").respond_with_data("", status=503)
    server.expect_oneshot_request("/v1/groups/g").respond_with_json(envelope(group("g")))
    server.expect_request("/v1/groups/missing").respond_with_json({"code": "NotFound_Group"}, status=404)
    user_client = httpx.Client(transport=httpx.HTTPTransport(retries=0))

    with Fivetran(API_KEY, API_SECRET, base_url=base_url, http_client=user_client, retry=policy(sleeps)) as client:
        assert client.groups.get("g").id == "g"
        with pytest.raises(NotFoundError):
            client.groups.get("missing")

    assert sleeps == [0.5]
    assert not user_client.is_closed, "the user's client is theirs to close"
    user_client.close()


def test_a_user_supplied_client_with_mounted_transports_gets_retries_on_every_route(sleeps: Sleeps) -> None:
    from .conftest import policy

    calls: list[str] = []

    def flaky_then_ok(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if len(calls) == 1:
            return httpx.Response(502, text="<html>proxy error</html>")
        return httpx.Response(200, json=envelope(group("g")))

    user_client = httpx.Client(mounts={"https://api.fivetran.com": httpx.MockTransport(flaky_then_ok)})
    with Fivetran(API_KEY, API_SECRET, http_client=user_client, retry=policy(sleeps)) as client:
        assert client.groups.get("g").id == "g"

    assert calls == ["/v1/groups/g", "/v1/groups/g"]
    assert sleeps == [0.5]


@pytest.mark.anyio
async def test_async_user_supplied_client_gets_retries(sleeps: Sleeps) -> None:
    from .conftest import policy

    statuses = [429, 200]

    def handler(request: httpx.Request) -> httpx.Response:
        status = statuses.pop(0)
        return httpx.Response(status, json=envelope(group("g")) if status == 200 else {"code": "TooManyRequests"})

    user_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncFivetran(API_KEY, API_SECRET, http_client=user_client, retry=policy(sleeps)) as client:
        assert (await client.groups.get("g")).id == "g"
    assert sleeps == [0.5]
    assert not user_client.is_closed
    await user_client.aclose()


def test_default_pool_routes_are_all_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    from fivetran_ext._transport import RetryTransport

    # httpx mounts proxy transports from the environment; each must still get retries and errors.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    with Fivetran(API_KEY, API_SECRET) as client:
        http = client._http
        assert isinstance(http._transport, RetryTransport)
        assert http._mounts, "the environment proxy should be mounted"
        assert all(isinstance(t, RetryTransport) for t in http._mounts.values() if t is not None)
