"""Fixtures shared by the Airflow and Dagster tests: the fake Fivetran API over HTTP, on a clock the test owns.

Nothing here imports Airflow or Dagster: each test module skips itself when its orchestrator is absent
(the default ``make test`` environment), and ``make test-integrations`` runs them in environments that
have it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from fivetran_ext.integrations import _clock, _connection
from fivetran_ext.testing import FakeFivetran

from ..shared_budget.conftest import redis_url  # noqa: F401 - the shared Redis fixture, for these tests too

CATALOG = {"public": {"orders": ["id", "total"], "customers": ["id", "email"]}, "Web Analytics": {"Page Views": ["id"]}}


@dataclass
class FakeAPI:
    """The fake, its base URL and a seeded connection (group ``analytics``, catalog `CATALOG`)."""

    fake: FakeFivetran
    base_url: str
    group_id: str
    connection_id: str

    def requests(self) -> list[tuple[str, str]]:
        """(method, target) of every request received so far."""
        return [(request.method, request.target) for request in self.fake.requests]


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAPI]:
    with FakeFivetran() as fake, fake.serve() as base_url:
        # Every wait of the integrations goes through _clock; here it moves the fake's clock instead, so a
        # one-minute sync takes no real time and a one-hour reschedule happens on the fake's timeline.
        monkeypatch.setattr(_clock, "now", lambda: fake.clock.now().timestamp())
        monkeypatch.setattr(_clock, "sleep", fake.clock.advance)
        monkeypatch.setattr(_clock, "sleep_async", fake.clock.async_sleep)
        # A fresh process's governors: no budget or run claim of an earlier test (same port reused) leaks in.
        monkeypatch.setattr(_connection, "_GOVERNORS", {})
        group_id = fake.groups.create("analytics")["id"]
        fake.destinations.create(group_id, "snowflake")
        connection_id = fake.connections.create(group_id, "postgres", "warehouse", catalog=CATALOG, id="decent_dropsy")[
            "id"
        ]
        yield FakeAPI(fake, base_url, group_id, connection_id)
