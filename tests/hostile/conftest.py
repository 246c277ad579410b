"""Fixtures of the hostile-server suite: clients with small limits, so every case ends within seconds."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy

API_KEY = "hostile_key_ABCDEF123456"
API_SECRET = "hostile_secret_that_must_never_leak"
TOKEN = base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()

# Small limits keep each case short and light; the defaults are checked in test_config.py.
MAX_BYTES = 1 << 20
ATTEMPT_SECONDS = 0.5


class Sleeps(list[float]):
    """Records retry sleeps instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def assert_clean(text: str) -> None:
    """No credential, in any form the request carried it."""
    for secret in (API_KEY, API_SECRET, TOKEN):
        assert secret not in text


@pytest.fixture
def make_client(sleeps: Sleeps) -> Iterator[Callable[..., Fivetran]]:
    made: list[Fivetran] = []

    def make(base_url: str, **options: Any) -> Fivetran:
        options.setdefault("retry", RetryPolicy(max_retries=2, sleep=sleeps, async_sleep=sleeps.async_sleep))
        options.setdefault("max_response_bytes", MAX_BYTES)
        options.setdefault("attempt_timeout", ATTEMPT_SECONDS)
        client = Fivetran(API_KEY, API_SECRET, base_url=base_url, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(sleeps: Sleeps) -> Callable[..., AsyncFivetran]:
    def make(base_url: str, **options: Any) -> AsyncFivetran:
        options.setdefault("retry", RetryPolicy(max_retries=2, sleep=sleeps, async_sleep=sleeps.async_sleep))
        options.setdefault("max_response_bytes", MAX_BYTES)
        options.setdefault("attempt_timeout", ATTEMPT_SECONDS)
        return AsyncFivetran(API_KEY, API_SECRET, base_url=base_url, **options)

    return make
