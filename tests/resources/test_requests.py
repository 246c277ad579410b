"""Every resource method: the exact request it sends and the result it returns, sync and async.

All cases run over an in-process MockTransport (sync and async) and the sync client also over a real
socket; the async client goes over the socket once per resource.
"""

from __future__ import annotations

import pytest

from fivetran_ext import AsyncFivetran, Fivetran

from ._cases import CASES, Case, check_result
from .conftest import LiveServer, Recorder, call, check_request, response_for

FIRST_OF_EACH_RESOURCE = list({case.resource: case for case in reversed(CASES)}.values())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_sync_method_sends_the_request_and_reads_the_result(case: Case, recorder: Recorder, client: Fivetran) -> None:
    recorder.answer(response_for(case))

    result = call(client, case)

    check_request(case, recorder.only())
    check_result(case, result)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_method_sends_the_request_and_reads_the_result(
    case: Case, recorder: Recorder, async_client: AsyncFivetran
) -> None:
    recorder.answer(response_for(case))

    result = await call(async_client, case)

    check_request(case, recorder.only())
    check_result(case, result)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_sync_method_over_a_real_socket(case: Case, live: LiveServer, live_client: Fivetran) -> None:
    live.answer_case(case)

    result = call(live_client, case)

    (sent,) = live.sent
    check_request(case, sent)
    check_result(case, result)


@pytest.mark.anyio
@pytest.mark.parametrize("case", FIRST_OF_EACH_RESOURCE, ids=lambda case: case.resource)
async def test_async_resource_over_a_real_socket(case: Case, live: LiveServer) -> None:
    live.answer_case(case)

    async with AsyncFivetran("test_key_ABCDEF123456", "s3cr3t_value_that_must_never_leak", base_url=live.url) as client:
        result = await call(client, case)

    (sent,) = live.sent
    check_request(case, sent)
    check_result(case, result)


def test_the_table_covers_every_resource_method_of_the_registry() -> None:
    from fivetran_ext._coverage import COVERAGE

    core = {"groups", "connections", "destinations", "webhooks"}
    mine = {served for served in COVERAGE.values() if isinstance(served, str) and served.split(".")[0] not in core}
    assert {case.call for case in CASES} == mine
