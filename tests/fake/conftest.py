"""Fixtures for the fake's tests: the plugin's fixtures, an authenticated in-process client, seeded state."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from fivetran_ext.testing.fake import FakeFivetran

# The plugin's own fixtures. Imported rather than listed in `pytest_plugins`, which pytest only accepts
# in the root conftest; this also works once the plugin is installed as a pytest11 entry point.
from fivetran_ext.testing.pytest_plugin import fake_fivetran, fake_fivetran_url  # noqa: F401

AUTH = ("fake-key", "fake-secret")
BASE_URL = "https://api.fivetran.com"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def api(fake_fivetran: FakeFivetran) -> Iterator[httpx.Client]:  # noqa: F811 - the fixture above
    """An httpx client talking to ``fake_fivetran`` in-process, authenticated."""
    with httpx.Client(transport=fake_fivetran.transport(), base_url=BASE_URL, auth=AUTH) as client:
        yield client


@dataclass(frozen=True)
class Seeded:
    group: str
    connection: str
    webhook: str
    user: str


@pytest.fixture
def seeded(fake_fivetran: FakeFivetran) -> Seeded:  # noqa: F811
    """A group with a destination, a connected Postgres connection, an account webhook (to a closed port), a user."""
    group = fake_fivetran.groups.create("analytics")["id"]
    fake_fivetran.destinations.create(group, "snowflake")
    connection = fake_fivetran.connections.create(group, "postgres", "pg_main")["id"]
    # Subscribed to an event the tests never cause, so it never adds deliveries of its own.
    webhook = fake_fivetran.webhooks.create("http://127.0.0.1:9/fivetran", ["dbt_run_succeeded"], secret="s3cret")["id"]
    user = fake_fivetran.users.create("ada@example.com", "Ada", "Lovelace")["id"]
    return Seeded(group, connection, webhook, user)
