"""Readers that skip the generated parser (connection/destination pages, schema configs) stay strict.

They build their results straight from the JSON the transport already parsed; a malformed body must still
end as a `ResponseValidationError` with status and raw body, never as a KeyError or a half-built page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fivetran_ext import Connection, Fivetran, ResponseValidationError


def client_answering(body: Any, seen: list[httpx.Request]) -> Fivetran:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    return Fivetran(
        api_key="key", api_secret="secret", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


CONNECTION = {
    "id": "c1",
    "group_id": "g1",
    "service": "postgres",
    "schema": "pg",
    "created_at": "2024-01-01T00:00:00Z",
    "sync_frequency": 1440,
    "status": {
        "setup_state": "connected",
        "sync_state": "scheduled",
        "update_state": "on_schedule",
        "is_historical_sync": False,
    },
}


def test_a_connection_page_is_built_from_the_json_once() -> None:
    seen: list[httpx.Request] = []
    body = {"code": "Success", "data": {"items": [CONNECTION, {**CONNECTION, "id": "c2"}], "next_cursor": "abc"}}
    page = client_answering(body, seen).connections.list(group_id="g1", limit=2)
    assert [type(item) for item in page.items] == [Connection, Connection]
    assert [item.id for item in page.items] == ["c1", "c2"]
    assert page.items[0].sync_frequency == 1440
    assert page.next_cursor == "abc"
    # Still the generated operation's request: method, path, query and the spec's Accept header.
    assert seen[0].method == "GET"
    assert seen[0].url.path == "/v1/connections"
    assert dict(seen[0].url.params) == {"group_id": "g1", "limit": "2"}
    assert seen[0].headers["accept"] == "application/json;version=2"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"code": "Success"}, "no 'data' object"),
        ({"code": "Success", "data": []}, "no 'data' object"),
        ({"code": "Success", "data": {"items": "nope"}}, "'data.items' is not a list of objects"),
        ({"code": "Success", "data": {"items": [CONNECTION, 7]}}, "'data.items' is not a list of objects"),
    ],
)
def test_a_malformed_page_is_a_response_validation_error(body: Any, reason: str) -> None:
    with pytest.raises(ResponseValidationError, match=reason) as raised:
        client_answering(body, []).connections.list()
    assert raised.value.status_code == 200
    assert json.loads(raised.value.body) == body


@pytest.mark.parametrize(
    ("call", "data"),
    [
        (lambda client: client.connections.get_schema_config("c1"), {"schemas": "not-a-map"}),
        (lambda client: client.connections.get_schema_config("c1"), {"schemas": {"s": {"tables": [1, 2]}}}),
        (lambda client: client.connections.get_table_columns("c1", "s", "t"), {"columns": 5}),
    ],
)
def test_a_malformed_schema_config_is_a_response_validation_error(
    call: Callable[[Fivetran], object], data: Any
) -> None:
    with pytest.raises(ResponseValidationError):
        call(client_answering({"code": "Success", "data": data}, []))
