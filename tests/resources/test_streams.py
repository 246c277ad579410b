"""Every paginated list method has a stream twin that walks all pages with the same arguments."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
import pytest

from fivetran_ext import AsyncFivetran, Fivetran, Page
from fivetran_ext._coverage import resolve, stream_twin

from ._cases import CASES, Case
from .conftest import Recorder

PAGED = [case for case in CASES if case.returns is Page and "limit" in case.kwargs]


def _pages(case: Case) -> tuple[httpx.Response, httpx.Response]:
    (item,) = case.data["items"]
    second = {**item, "brand_new_marker": 2}
    return (
        httpx.Response(200, json={"code": "Success", "data": {"items": [item], "next_cursor": "cursor_2"}}),
        httpx.Response(200, json={"code": "Success", "data": {"items": [second], "next_cursor": None}}),
    )


def _stream_case(case: Case) -> Case:
    """The stream twin's call: the list call's arguments, starting at ``cursor_1`` with pages of 2."""
    name = stream_twin(case.call)
    assert name is not None
    return replace(case, call=name)


def _check(case: Case, items: list[Any], recorder: Recorder) -> None:
    assert [type(item) for item in items] == [case.item, case.item]
    assert [item.to_dict() for item in items] == [
        case.data["items"][0],
        {**case.data["items"][0], "brand_new_marker": 2},
    ]
    first, second = (httpx.URL(str(request.url)) for request in recorder.requests)
    assert first.raw_path.split(b"?")[0] == second.raw_path.split(b"?")[0] == case.path.encode()
    assert dict(first.params) == dict(case.query)
    assert dict(second.params) == {**case.query, "cursor": "cursor_2"}


@pytest.mark.anyio
async def test_every_paged_list_case_has_a_stream_twin_on_both_clients(
    client: Fivetran, async_client: AsyncFivetran
) -> None:
    for case in PAGED:
        name = stream_twin(case.call)
        assert name is not None, case.call
        assert resolve(client, name) is not None, case.call
        assert resolve(async_client, name) is not None, case.call


@pytest.mark.parametrize("case", PAGED, ids=lambda case: case.call)
def test_sync_stream_walks_every_page(case: Case, recorder: Recorder, client: Fivetran) -> None:
    recorder.answer(*_pages(case))
    stream = _stream_case(case)
    method = resolve(client, stream.call)
    assert method is not None

    items = list(method(*stream.args, **stream.kwargs))

    _check(case, items, recorder)


@pytest.mark.anyio
@pytest.mark.parametrize("case", PAGED, ids=lambda case: case.call)
async def test_async_stream_walks_every_page(case: Case, recorder: Recorder, async_client: AsyncFivetran) -> None:
    recorder.answer(*_pages(case))
    stream = _stream_case(case)
    method = resolve(async_client, stream.call)
    assert method is not None

    items = [item async for item in method(*stream.args, **stream.kwargs)]

    _check(case, items, recorder)


@pytest.mark.parametrize("case", PAGED[:3], ids=lambda case: case.call)
def test_stream_sends_nothing_until_iterated_and_stops_at_max_items(
    case: Case, recorder: Recorder, client: Fivetran
) -> None:
    recorder.answer(*_pages(case))
    stream = _stream_case(case)
    method = resolve(client, stream.call)
    assert method is not None
    kwargs = {**stream.kwargs, "max_items": 1}

    iterator = method(*stream.args, **kwargs)
    assert recorder.requests == []
    items = list(iterator)

    assert len(items) == 1
    assert len(recorder.requests) == 1
