"""Path parameters travel as data: validated before sending, percent-encoded on the wire."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fivetran_api.api.connection_schema_management import connection_column_config
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from fivetran_ext import AsyncFivetran, Fivetran

from .conftest import envelope, group

ANY_PATH = re.compile(r".*")


def record_raw_paths(server: HTTPServer) -> list[str]:
    """Answer every request with a group and record the raw request target exactly as it arrived."""
    raw_paths: list[str] = []

    def handler(request: Request) -> Response:
        raw_paths.append(request.environ["RAW_URI"])
        return Response(
            '{"code": "Success", "data": {"id": "g", "name": "n", "created_at": "2024-01-01", '
            '"items": [], "columns": {}}}',
            content_type="application/json",
        )

    server.expect_request(ANY_PATH).respond_with_handler(handler)
    return raw_paths


@pytest.mark.parametrize(
    ("group_id", "raw"),
    [
        ("a/b", "a%2Fb"),
        ("what?x=1", "what%3Fx%3D1"),
        ("frag#ment", "frag%23ment"),
        ("100%", "100%25"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../../v1/users", "%2E%2E%2F%2E%2E%2Fv1%2Fusers"),
        ("with space", "with%20space"),
        ("naïve-ünïcode-群", "na%C3%AFve-%C3%BCn%C3%AFcode-%E7%BE%A4"),
    ],
)
def test_hostile_ids_arrive_encoded_as_one_segment(
    server: HTTPServer, client: Fivetran, group_id: str, raw: str
) -> None:
    raw_paths = record_raw_paths(server)

    client.groups.get(group_id)

    assert raw_paths == [f"/v1/groups/{raw}"]


def test_schema_table_and_column_names_arrive_encoded(server: HTTPServer, client: Fivetran) -> None:
    raw_paths = record_raw_paths(server)

    connection_column_config.sync_detailed("conn/1", "my schema.v2", "orders?#", client=client.generated)

    assert raw_paths == ["/v1/connections/conn%2F1/schemas/my%20schema%2Ev2/tables/orders%3F%23/columns"]


@pytest.mark.parametrize("bad", ["", " ", "\t\n"])
def test_empty_or_blank_ids_are_refused_before_any_request(server: HTTPServer, client: Fivetran, bad: str) -> None:
    with pytest.raises(ValueError, match="group_id must be a non-empty string"):
        client.groups.get(bad)
    with pytest.raises(ValueError, match="connection_id must be a non-empty string"):
        client.connections.get(bad)
    assert server.log == []


def test_non_string_ids_are_refused(server: HTTPServer, client: Fivetran) -> None:
    with pytest.raises(TypeError, match="group_id must be a string"):
        client.groups.get(42)  # type: ignore[arg-type]
    assert server.log == []


@pytest.mark.anyio
async def test_async_ids_are_validated_and_encoded(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran]
) -> None:
    raw_paths = record_raw_paths(server)
    async with make_async_client() as client:
        with pytest.raises(ValueError, match="connection_id"):
            await client.connections.get("  ")
        await client.groups.get("a/../b")

    assert raw_paths == ["/v1/groups/a%2F%2E%2E%2Fb"]


def test_group_helper_is_used(server: HTTPServer, client: Fivetran) -> None:
    # Plain ids round-trip untouched.
    server.expect_request("/v1/groups/decent_dropsy").respond_with_json(envelope(group("decent_dropsy")))
    assert client.groups.get("decent_dropsy").id == "decent_dropsy"
