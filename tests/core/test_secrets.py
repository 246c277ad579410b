"""The API secret never shows up: not in reprs, not in logs (at DEBUG, httpx and httpcore included), not in errors."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from pytest_httpserver import HTTPServer

from fivetran_ext import AsyncFivetran, FivetranError, RetryPolicy

from ._raw_server import closed_port
from .conftest import API_KEY, API_SECRET, BASIC, Sleeps, envelope, group, policy

TOKEN = BASIC.split()[1]


def assert_clean(text: str) -> None:
    assert API_SECRET not in text
    assert TOKEN not in text
    assert API_KEY not in text


def test_nothing_leaks_at_debug_through_a_retrying_failing_session(
    server: HTTPServer, make_client: Callable[..., object], caplog: pytest.LogCaptureFixture
) -> None:
    from fivetran_ext import Fivetran

    server.expect_ordered_request("/v1/groups/g").respond_with_json({}, status=429, headers={"Retry-After": "0"})
    server.expect_ordered_request("/v1/groups/g").respond_with_json(envelope(group("g")))
    server.expect_request("/v1/groups/missing").respond_with_json({"code": "NotFound_Group"}, status=404)
    server.expect_request("/v1/groups/bad").respond_with_data("{trunc", content_type="application/json")

    errors: list[FivetranError] = []
    with caplog.at_level(logging.DEBUG):
        client = make_client()
        assert isinstance(client, Fivetran)
        client.groups.get("g")
        for bad in ("missing", "bad"):
            try:
                client.groups.get(bad)
            except FivetranError as error:
                errors.append(error)
        with Fivetran(API_KEY, API_SECRET, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0) as down:
            try:
                down.groups.get("g")
            except FivetranError as error:
                errors.append(error)

    logged = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "httpcore", "fivetran_ext"} <= logged, "DEBUG logging of every layer was captured"
    assert_clean(caplog.text)
    assert_clean("\n".join(str(record.args) for record in caplog.records))
    assert [caught.type for caught in errors] == ["not_found", "invalid_response", "transport"]
    for caught in errors:
        assert_clean(str(caught))
        assert_clean(repr(caught))
    assert_clean(repr(client))
    assert_clean(repr(client.retry))


@pytest.mark.anyio
async def test_async_client_repr_and_errors_are_clean(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran], sleeps: Sleeps
) -> None:
    server.expect_request("/v1/connections/x").respond_with_json({"code": "AuthFailed"}, status=401)
    async with make_async_client(retry=policy(sleeps)) as client:
        assert_clean(repr(client))
        with pytest.raises(FivetranError) as raised:
            await client.connections.get("x")
    assert_clean(str(raised.value))
    assert isinstance(client.retry, RetryPolicy)
