"""Every Python example in docs/resources.md runs against the fake API, with time that passes instantly."""

from __future__ import annotations

import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from fivetran_ext._resources import connections as connections_module
from fivetran_ext.testing import FakeFivetran

from .._docs import examples, untagged

DOC = Path(__file__).resolve().parents[2] / "docs" / "resources.md"
NAMES = [
    "groups",
    "connections",
    "sync-status",
    "signature",
    "sync-and-wait",
    "resync",
    "schema-config",
    "destinations",
    "webhooks",
    "async",
]


def _examples() -> dict[str, str]:
    return examples(DOC)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFivetran]:
    receiver = httpx.MockTransport(lambda request: httpx.Response(200))
    with FakeFivetran(webhook_delivery="manual", webhook_transport=receiver) as fake:
        # sync_and_wait's default sleep and clock, as the examples call it without injecting them.
        clock = types.SimpleNamespace(sleep=fake.clock.advance, time=lambda: fake.clock.now().timestamp())
        monkeypatch.setattr(connections_module, "time", clock)
        monkeypatch.setattr(connections_module, "_anyio_sleep", lambda: fake.clock.async_sleep)
        yield fake


@pytest.fixture
def namespace(fake: FakeFivetran) -> Iterator[dict[str, Any]]:
    group_id = fake.groups.create("analytics")["id"]
    fake.destinations.create(group_id, "snowflake")
    catalog = {"public": {"orders": ["id", "total"], "customers": ["id", "email"]}}
    connection_id = fake.connections.create(group_id, "postgres", "warehouse", catalog=catalog)["id"]
    with fake.client() as client:
        yield {"client": client, "group_id": group_id, "connection_id": connection_id}


def test_every_python_block_is_a_tested_example() -> None:
    assert untagged(DOC) == []
    assert list(_examples()) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_example_runs(name: str, namespace: dict[str, Any]) -> None:
    exec(compile(_examples()[name], f"{DOC}:{name}", "exec"), namespace)  # noqa: S102 - our own docs


def test_the_async_example_syncs_every_connection_of_the_group(fake: FakeFivetran, namespace: dict[str, Any]) -> None:
    exec(compile(_examples()["async"], f"{DOC}:async", "exec"), namespace)  # noqa: S102 - our own docs

    async def main() -> dict[str, str]:
        async with fake.async_client() as client:
            outcomes: dict[str, str] = await namespace["sync_group"](client, namespace["group_id"])
            return outcomes

    assert anyio.run(main) == {namespace["connection_id"]: "succeeded"}
