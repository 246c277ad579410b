"""Pagination: pages, lazy streams, stop conditions, loop guard, max_items, validation before sending."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from fivetran_ext import AsyncFivetran, Fivetran, Group, NotFoundError, Page, PaginationError, ServerError

from .conftest import Sleeps, envelope, group


def page(ids: list[str], next_cursor: Any = None, *, omit_cursor: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {"items": [group(i) for i in ids]}
    if not omit_cursor:
        data["next_cursor"] = next_cursor
    return envelope(data)


def collect_ids(stream: Iterator[Group], into: list[str]) -> None:
    """Consume a stream, keeping what was yielded before any error."""
    for item in stream:
        into.append(str(item.id))


def queries(server: HTTPServer) -> list[dict[str, str]]:
    return [dict(request.args) for request, _ in server.log]


def three_pages(server: HTTPServer) -> None:
    server.expect_request("/v1/groups", query_string={"limit": "2"}).respond_with_json(page(["a", "b"], "c2"))
    server.expect_request("/v1/groups", query_string={"limit": "2", "cursor": "c2"}).respond_with_json(
        page(["c", "d"], "c3")
    )
    server.expect_request("/v1/groups", query_string={"limit": "2", "cursor": "c3"}).respond_with_json(
        page(["e"], omit_cursor=True)
    )


def test_stream_walks_three_pages_lazily(server: HTTPServer, client: Fivetran) -> None:
    three_pages(server)

    stream = client.groups.stream(limit=2)
    assert server.log == [], "nothing is fetched before iteration"
    first = next(stream)
    assert first.id == "a"
    assert len(server.log) == 1
    rest = [g.id for g in stream]

    assert rest == ["b", "c", "d", "e"]
    assert queries(server) == [{"limit": "2"}, {"limit": "2", "cursor": "c2"}, {"limit": "2", "cursor": "c3"}]


@pytest.mark.parametrize("last_cursor", [None, ""])
def test_stream_stops_on_null_or_empty_next_cursor(server: HTTPServer, client: Fivetran, last_cursor: Any) -> None:
    server.expect_request("/v1/groups").respond_with_json(page(["a"], last_cursor))

    assert [g.id for g in client.groups.stream()] == ["a"]
    assert len(server.log) == 1


def test_stream_stops_on_an_empty_page_even_with_a_cursor(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string="").respond_with_json(page(["a"], "c2"))
    server.expect_request("/v1/groups", query_string={"cursor": "c2"}).respond_with_json(page([], "c3"))

    assert [g.id for g in client.groups.stream()] == ["a"]
    assert len(server.log) == 2


def test_a_repeated_cursor_raises_instead_of_looping(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string="").respond_with_json(page(["a"], "c2"))
    server.expect_request("/v1/groups", query_string={"cursor": "c2"}).respond_with_json(page(["b"], "c3"))
    server.expect_request("/v1/groups", query_string={"cursor": "c3"}).respond_with_json(page(["c"], "c2"))

    seen: list[str] = []
    with pytest.raises(PaginationError) as raised:
        collect_ids(client.groups.stream(), seen)

    assert seen == ["a", "b", "c"], "items of every valid page are yielded before the error"
    assert raised.value.cursor == "c2"
    assert raised.value.type == "invalid_response"
    assert len(server.log) == 3


def test_resuming_from_a_cursor_guards_against_returning_to_it(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string={"cursor": "start"}).respond_with_json(page(["x"], "start"))

    with pytest.raises(PaginationError):
        list(client.groups.stream(cursor="start"))
    assert queries(server) == [{"cursor": "start"}]


def test_max_items_caps_the_stream_without_fetching_more_pages(server: HTTPServer, client: Fivetran) -> None:
    three_pages(server)

    assert [g.id for g in client.groups.stream(limit=2, max_items=3)] == ["a", "b", "c"]
    assert len(server.log) == 2, "page 3 is not needed for three items"


def test_max_items_without_limit_asks_for_that_many(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string={"limit": "2"}).respond_with_json(page(["a", "b"], "more"))

    assert [g.id for g in client.groups.stream(max_items=2)] == ["a", "b"]
    assert queries(server) == [{"limit": "2"}]


def test_max_items_zero_fetches_nothing(server: HTTPServer, client: Fivetran) -> None:
    assert list(client.groups.stream(max_items=0)) == []
    assert server.log == []


@pytest.mark.parametrize("limit", [0, 1001, -5, 2.5, True, "10"])
def test_invalid_limit_is_refused_before_any_request(server: HTTPServer, client: Fivetran, limit: Any) -> None:
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 1000"):
        client.groups.list(limit=limit)
    with pytest.raises(ValueError, match="limit"):
        client.groups.stream(limit=limit)  # raised at call time, not at first next()
    assert server.log == []


@pytest.mark.parametrize(("argument", "value"), [("cursor", ""), ("max_items", -1)])
def test_invalid_cursor_or_max_items_is_refused_before_any_request(
    server: HTTPServer, client: Fivetran, argument: str, value: Any
) -> None:
    with pytest.raises(ValueError, match=argument):
        client.groups.stream(**{argument: value})
    assert server.log == []


@pytest.mark.parametrize("limit", [1, 1000])
def test_limit_bounds_are_accepted(server: HTTPServer, client: Fivetran, limit: int) -> None:
    server.expect_request("/v1/groups").respond_with_json(page([]))
    assert client.groups.list(limit=limit).items == []
    assert queries(server) == [{"limit": str(limit)}]


def test_a_retried_page_yields_its_items_once(server: HTTPServer, client: Fivetran, sleeps: Sleeps) -> None:
    server.expect_request("/v1/groups", query_string="").respond_with_json(page(["a"], "c2"))
    server.expect_oneshot_request("/v1/groups", query_string={"cursor": "c2"}).respond_with_data("", status=503)
    server.expect_oneshot_request("/v1/groups", query_string={"cursor": "c2"}).respond_with_json(page(["b"]))

    assert [g.id for g in client.groups.stream()] == ["a", "b"]
    assert sleeps == [0.5]
    assert len(server.log) == 3


def test_a_page_error_raises_instead_of_truncating(server: HTTPServer, make_client: Callable[..., Fivetran]) -> None:
    server.expect_request("/v1/groups", query_string="").respond_with_json(page(["a"], "c2"))
    server.expect_request("/v1/groups", query_string={"cursor": "c2"}).respond_with_data("", status=500)

    seen: list[str] = []
    with pytest.raises(ServerError):
        collect_ids(make_client(max_retries=0).groups.stream(), seen)
    assert seen == ["a"]


def test_page_carries_rate_limit_remaining_and_supports_manual_paging(server: HTTPServer, client: Fivetran) -> None:
    server.expect_request("/v1/groups", query_string={"limit": "1"}).respond_with_json(
        page(["a"], "c2"), headers={"X-Rate-Limit-Remaining": "17"}
    )
    server.expect_request("/v1/groups", query_string={"limit": "1", "cursor": "c2"}).respond_with_json(page(["b"]))

    first = client.groups.list(limit=1)
    assert isinstance(first, Page)
    assert (first.next_cursor, first.has_next, first.rate_limit_remaining, len(first)) == ("c2", True, 17, 1)
    second = client.groups.list(limit=1, cursor=first.next_cursor)
    assert (second.next_cursor, second.has_next, second.rate_limit_remaining) == (None, False, None)


def test_a_list_success_without_data_is_a_validation_error(server: HTTPServer, client: Fivetran) -> None:
    from fivetran_ext import ResponseValidationError

    server.expect_request("/v1/groups").respond_with_json(envelope(message="no data"))
    with pytest.raises(ResponseValidationError, match="no 'data'"):
        client.groups.list()


@pytest.mark.anyio
async def test_async_stream_walks_pages_lazily_and_guards_loops(
    server: HTTPServer, make_async_client: Callable[..., AsyncFivetran]
) -> None:
    three_pages(server)
    async with make_async_client() as client:
        stream = client.groups.stream(limit=2)
        assert server.log == []
        ids = [g.id async for g in stream]
        assert ids == ["a", "b", "c", "d", "e"]
        assert queries(server) == [{"limit": "2"}, {"limit": "2", "cursor": "c2"}, {"limit": "2", "cursor": "c3"}]

        capped = [g.id async for g in client.groups.stream(limit=2, max_items=3)]
        assert capped == ["a", "b", "c"]

        with pytest.raises(ValueError, match="limit"):
            client.groups.stream(limit=5000)

    server.clear()
    server.expect_request("/v1/groups").respond_with_json(page(["x"], "same"))
    async with make_async_client() as client:
        with pytest.raises(PaginationError):
            [g async for g in client.groups.stream(cursor="same")]


@pytest.mark.anyio
async def test_async_page_error_raises(server: HTTPServer, make_async_client: Callable[..., AsyncFivetran]) -> None:
    server.expect_request("/v1/groups").respond_with_json({"code": "NotFound"}, status=404)
    async with make_async_client() as client:
        with pytest.raises(NotFoundError):
            [g async for g in client.groups.stream()]
