"""Fault injection: rate limits, 5xx bursts, latency, dropped connections (in-process and over HTTP)."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from fivetran_ext.testing.fake import FakeClock, FakeFivetran

from .conftest import AUTH, BASE_URL


def test_rate_limit_answers_429_with_retry_after(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.rate_limit(3, window=60)
    remaining = [api.get("/v1/groups").headers["X-Rate-Limit-Remaining"] for _ in range(3)]
    assert remaining == ["2", "1", "0"]

    fake_fivetran.clock.advance(20)
    limited = api.get("/v1/groups")
    assert limited.status_code == 429
    assert limited.json() == {
        "code": "TooManyRequests",
        "message": "Too many requests: the account's rate limit is exhausted, retry in 40 seconds.",
    }
    assert (
        limited.headers["Retry-After"],
        limited.headers["X-Rate-Limit"],
        limited.headers["X-Rate-Limit-Remaining"],
    ) == ("40", "3", "0")

    fake_fivetran.clock.advance(40)
    assert api.get("/v1/groups").status_code == 200


def test_rejected_requests_do_not_count(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.rate_limit(1, window=60)
    assert api.get("/v1/groups").status_code == 200
    assert api.get("/v1/groups").status_code == 429
    fake_fivetran.clock.advance(60)
    assert api.get("/v1/groups").status_code == 200


@pytest.mark.parametrize(
    ("body", "content_type", "content"),
    [
        (
            "json",
            "application/json;charset=UTF-8",
            b'{"code":"BadGateway","message":"Bad Gateway (injected by the fake)"}',
        ),
        ("html", "text/html", b"<html>\r\n<head><title>502 Bad Gateway</title></head>"),
        ("empty", None, b""),
    ],
)
def test_a_burst_of_5xx_then_recovery(
    api: httpx.Client, fake_fivetran: FakeFivetran, body: str, content_type: str | None, content: bytes
) -> None:
    fake_fivetran.faults.fail_next(2, status=502, body=body)  # type: ignore[arg-type]
    first, second, third = (api.get("/v1/groups") for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (502, 502, 200)
    assert first.headers.get("Content-Type") == content_type
    assert first.content.startswith(content)
    assert "X-Rate-Limit" not in first.headers  # answered in front of the API, like a proxy


def test_fail_rate_is_reproducible_with_a_seed() -> None:
    def statuses(seed: int) -> list[int]:
        with (
            FakeFivetran(seed=seed) as fake,
            httpx.Client(transport=fake.transport(), base_url=BASE_URL, auth=AUTH) as http,
        ):
            fake.faults.fail_rate(0.5, statuses=(500, 503))
            return [http.get("/v1/groups").status_code for _ in range(20)]

    first = statuses(42)
    assert first == statuses(42)
    assert set(first) == {200, 500, 503}
    with FakeFivetran() as fake, pytest.raises(ValueError, match="between 0 and 1"):
        fake.faults.fail_rate(1.5)


def test_latency_is_slept_on_the_fake_clock(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.add_latency(2.5)
    before = fake_fivetran.clock.now()
    api.get("/v1/groups")
    api.get("/v1/groups")
    assert (fake_fivetran.clock.now() - before).total_seconds() == 5.0


class RecordingClock(FakeClock):
    """A clock whose sleeps are recorded and do not move time."""

    def __init__(self) -> None:
        super().__init__()
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


def test_latency_uses_an_injected_clock_sleep() -> None:
    clock = RecordingClock()
    with (
        FakeFivetran(clock=clock, seed=1) as fake,
        httpx.Client(transport=fake.transport(), base_url=BASE_URL, auth=AUTH) as http,
    ):
        fake.faults.add_latency(0.2, jitter=0.1)
        http.get("/v1/groups")
        http.get("/v1/groups")
    assert len(clock.slept) == 2
    assert all(0.2 <= delay <= 0.3 for delay in clock.slept)
    assert clock.now() == datetime.fromisoformat("2025-01-01T00:00:00+00:00")


def test_dropped_connection_in_process(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.drop_next()
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        api.get("/v1/groups")
    assert api.get("/v1/groups").status_code == 200


@pytest.mark.anyio
async def test_dropped_connection_async(fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.drop_next()
    async with httpx.AsyncClient(transport=fake_fivetran.async_transport(), base_url=BASE_URL, auth=AUTH) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/v1/groups")
        assert (await http.get("/v1/groups")).status_code == 200


def test_dropped_connection_over_http(fake_fivetran: FakeFivetran, fake_fivetran_url: str) -> None:
    fake_fivetran.faults.drop_next()
    with httpx.Client(base_url=fake_fivetran_url, auth=AUTH) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/v1/groups")
        assert http.get("/v1/groups").status_code == 200


def test_clear_removes_every_fault(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    faults = fake_fivetran.faults
    faults.rate_limit(1, 60)
    faults.fail_next(5)
    faults.drop_rate(1.0)
    faults.add_latency(10)
    faults.clear()
    before = fake_fivetran.clock.now()
    assert [api.get("/v1/groups").status_code for _ in range(3)] == [200, 200, 200]
    assert fake_fivetran.clock.now() == before


def test_fault_arguments_are_checked(fake_fivetran: FakeFivetran) -> None:
    faults = fake_fivetran.faults
    with pytest.raises(ValueError, match="5xx"):
        faults.fail_next(status=404)
    with pytest.raises(ValueError, match="at least 1"):
        faults.fail_next(0)
    with pytest.raises(ValueError, match="negative"):
        faults.add_latency(-1)
    with pytest.raises(ValueError, match="at least 1 request"):
        faults.rate_limit(0)
