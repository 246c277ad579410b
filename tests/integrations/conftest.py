"""Fixtures shared by the Airflow and Dagster tests: the fake Fivetran API over HTTP, on a clock the test owns.

Nothing here imports Airflow or Dagster: each test module skips itself when its orchestrator is absent
(the default ``make test`` environment), and ``make test-integrations`` runs them in environments that
have it.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from fivetran_ext._resources import connections as connections_module
from fivetran_ext.testing import FakeFivetran

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
        # The client's waits sleep and read the wall clock; here they move the fake's clock instead, so a
        # one-minute sync takes no real time and reschedules happen on the fake's timeline.
        clock = types.SimpleNamespace(sleep=fake.clock.advance, time=lambda: fake.clock.now().timestamp())
        monkeypatch.setattr(connections_module, "time", clock)
        monkeypatch.setattr(connections_module, "_anyio_sleep", lambda: fake.clock.async_sleep)
        group_id = fake.groups.create("analytics")["id"]
        fake.destinations.create(group_id, "snowflake")
        connection_id = fake.connections.create(group_id, "postgres", "warehouse", catalog=CATALOG, id="decent_dropsy")[
            "id"
        ]
        yield FakeAPI(fake, base_url, group_id, connection_id)
