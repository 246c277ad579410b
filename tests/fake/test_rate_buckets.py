"""The fake's per-bucket rate limits: setup tests and source interaction on top of the account's window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fivetran_ext import RateLimitError
from fivetran_ext.testing import FakeFivetran


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran() as fake:
        group_id = fake.groups.create("g")["id"]
        fake.connections.create(group_id, "postgres", "pg", id="decent_dropsy")
        yield fake


def test_setup_tests_have_their_own_limit_shared_by_every_client(fake: FakeFivetran) -> None:
    fake.faults.bucket_limit("setup_tests", 3, window=60)
    with fake.client(max_retries=0) as first, fake.client(max_retries=0) as second:
        for client in (first, second, first):
            client.connections.run_setup_tests("decent_dropsy")
        with pytest.raises(RateLimitError) as refused:
            second.connections.run_setup_tests("decent_dropsy")
        second.connections.get("decent_dropsy")  # other requests still go through

    assert refused.value.retry_after == 60
    assert fake.status_counts == {200: 4, 429: 1}


def test_schema_reloads_count_as_source_interaction(fake: FakeFivetran) -> None:
    fake.faults.bucket_limit("source_interaction", 1, window=60)
    with fake.client(max_retries=0) as client:
        client.connections.reload_schema_config("decent_dropsy")
        with pytest.raises(RateLimitError):
            client.connections.run_setup_tests("decent_dropsy")  # a setup test is source interaction too
        fake.clock.advance(60)
        client.connections.run_setup_tests("decent_dropsy")


def test_the_documented_bucket_limits_are_the_default(fake: FakeFivetran) -> None:
    with fake.client(max_retries=0) as client:
        for _ in range(250):
            client.connections.run_setup_tests("decent_dropsy")
        with pytest.raises(RateLimitError):
            client.connections.run_setup_tests("decent_dropsy")
