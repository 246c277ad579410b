"""Every limit is validated up front; a closed client (and what was derived from it) sends nothing; plans close."""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from typing import Any

import httpx
import pytest

from fivetran_ext import AsyncFivetran, ClientClosedError, Fivetran, RetryPolicy
from fivetran_ext._config import DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES
from fivetran_ext._plans import drive, drive_async

from ._servers import answer, complete, serving
from .conftest import API_KEY, API_SECRET

GROUP = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'


def _client(**options: Any) -> Fivetran:
    return Fivetran(API_KEY, API_SECRET, **options)


@pytest.mark.parametrize(
    ("timeout", "named"),
    [
        (math.inf, "timeout must be a finite number of seconds > 0"),
        (math.nan, "timeout must be a finite number of seconds > 0"),
        (-1, "timeout must be a finite number of seconds > 0"),
        (httpx.Timeout(None), "timeout.connect is None"),
        (httpx.Timeout(5.0, read=None), "timeout.read is None"),
        (httpx.Timeout(5.0, pool=math.inf), "timeout.pool must be a finite number"),
        (httpx.Timeout(5.0, write=math.nan), "timeout.write must be a finite number"),
        (httpx.Timeout(5.0, connect=0), "timeout.connect must be > 0 seconds"),
    ],
)
def test_a_timeout_that_could_hang_or_break_every_request_is_refused(timeout: Any, named: str) -> None:
    with pytest.raises(ValueError, match=named.replace(".", r"\.")):
        _client(timeout=timeout)
    with _client() as client, pytest.raises(ValueError, match=named.replace(".", r"\.")):
        client.with_options(timeout=timeout)


@pytest.mark.parametrize("name", ["initial_delay", "max_delay", "max_retry_after", "deadline", "jitter"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_retry_policy_number_that_is_not_finite_is_refused(name: str, value: float) -> None:
    with pytest.raises(ValueError, match=f"RetryPolicy.{name} must be a finite number"):
        RetryPolicy(**{name: value})


@pytest.mark.parametrize("name", ["initial_delay", "max_delay", "max_retry_after", "deadline", "jitter"])
def test_a_retry_policy_number_that_is_not_a_number_is_a_type_error(name: str) -> None:
    with pytest.raises(TypeError, match=f"RetryPolicy.{name} must be a number"):
        RetryPolicy(**{name: "5"})


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"max_response_bytes": 0}, "max_response_bytes must be an integer > 0"),
        ({"max_response_bytes": 1.5}, "max_response_bytes must be an integer > 0"),
        ({"max_response_bytes": True}, "max_response_bytes must be an integer > 0"),
        ({"attempt_timeout": math.nan}, "attempt_timeout must be a finite number"),
        ({"attempt_timeout": 0}, "attempt_timeout must be > 0 seconds"),
        ({"attempt_timeout": math.inf}, "attempt_timeout must be a finite number"),
    ],
)
def test_limits_are_validated(options: dict[str, Any], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        _client(**options)
    with _client() as client, pytest.raises(ValueError, match=named):
        client.with_options(**options)


def test_the_default_limits_fit_the_largest_real_responses() -> None:
    with _client() as client:
        # A 20,000-table schema config is about 86 MB; 256 MiB leaves three times that.
        assert client.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 256 * 1024 * 1024
        assert client.attempt_timeout == DEFAULT_ATTEMPT_TIMEOUT == 300.0
        derived = client.with_options(max_response_bytes=1000, attempt_timeout=2.0)
        assert (derived.max_response_bytes, derived.attempt_timeout) == (1000, 2.0)
        assert (client.max_response_bytes, client.attempt_timeout) == (DEFAULT_MAX_RESPONSE_BYTES, 300.0)


def test_a_closed_client_and_every_client_derived_from_it_refuse_to_send() -> None:
    with serving(answer(complete("200 OK", GROUP))) as server:
        client = _client(base_url=server.base_url)
        derived = client.with_options(max_retries=0)
        grandchild = derived.with_options(timeout=3.0)
        client.close()
        for closed in (client, derived, grandchild):
            assert closed.is_closed
            with pytest.raises(
                ClientClosedError, match=r"the client is closed: GET http://127\.0\.0\.1:\d+/v1/groups/g was not sent"
            ):
                closed.groups.get("g")
            with pytest.raises(RuntimeError):  # what httpx users expect from a closed client
                closed.generated.get_httpx_client().get("/v1/groups/g")
        client.close()  # twice is harmless
    assert server.connections == 0


def test_closing_a_derived_client_leaves_the_root_open() -> None:
    with serving(answer(complete("200 OK", GROUP))) as server, _client(base_url=server.base_url) as client:
        derived = client.with_options(max_retries=0)
        derived.close()
        assert derived.is_closed
        assert not client.is_closed
        with pytest.raises(ClientClosedError):
            derived.groups.get("g")
        assert client.groups.get("g").id == "g"


@pytest.mark.anyio
async def test_a_closed_async_client_and_its_derived_clients_refuse_to_send() -> None:
    client = AsyncFivetran(API_KEY, API_SECRET, base_url="http://127.0.0.1:9")
    derived = client.with_options(max_retries=0)
    await client.aclose()
    for closed in (client, derived):
        with pytest.raises(ClientClosedError):
            await closed.groups.get("g")


class _Boom(Exception):
    pass


def _plan(log: list[str]) -> Generator[str, object, None]:
    try:
        log.append(f"got {(yield 'first')}")
        yield "second"
        log.append("never")
    finally:
        log.append("closed")


def test_the_sync_driver_closes_the_plan_when_a_step_raises() -> None:
    log: list[str] = []

    def perform(step: object) -> object:
        if step == "second":
            raise _Boom
        return "result"

    with pytest.raises(_Boom):
        drive(_plan(log), perform)
    assert log == ["got result", "closed"]


@pytest.mark.anyio
async def test_the_async_driver_closes_the_plan_when_a_step_raises() -> None:
    log: list[str] = []

    async def perform(step: object) -> object:
        if step == "second":
            raise _Boom
        return "result"

    with pytest.raises(_Boom):
        await drive_async(_plan(log), perform)
    assert log == ["got result", "closed"]


def test_sync_and_wait_closes_its_plan_when_a_read_fails(make_client: Callable[..., Fivetran]) -> None:
    from fivetran_ext import NotFoundError

    missing = complete("404 Not Found", b'{"code": "NotFound_Connection", "message": "gone"}')
    with serving(answer(missing)) as server:
        client = make_client(server.base_url, max_retries=0)
        with pytest.raises(NotFoundError):
            client.connections.sync_and_wait("c", timeout=10, sleep=lambda seconds: None)


def test_the_attempt_bound_grows_with_a_longer_timeout_unless_set() -> None:
    with _client(timeout=600.0) as client:
        assert client.attempt_timeout == 600.0
        assert client.with_options(timeout=httpx.Timeout(5.0, read=900.0)).attempt_timeout == 900.0
        assert client.with_options(timeout=5.0).attempt_timeout == 300.0
        assert client.with_options(attempt_timeout=2.0).attempt_timeout == 2.0
    with _client(timeout=600.0, attempt_timeout=5.0) as client:
        assert client.attempt_timeout == 5.0
        assert client.with_options(timeout=900.0).attempt_timeout == 5.0
