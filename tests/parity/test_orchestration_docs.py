"""Every Python example in docs/orchestration.md runs against the fake API, with time that passes instantly."""

from __future__ import annotations

import re
import types
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fivetran_ext import Fivetran
from fivetran_ext._resources import connections as connections_module
from fivetran_ext.testing import FakeFivetran

DOC = Path(__file__).resolve().parents[2] / "docs" / "orchestration.md"
_TAGGED = re.compile(
    r"<!-- example: (?P<name>[\w-]+) -->\n(?:<!-- no-typecheck: [^>]*-->\n)?```python\n(?P<code>.*?)```", re.DOTALL
)


def examples() -> dict[str, str]:
    return {match["name"]: match["code"] for match in _TAGGED.finditer(DOC.read_text(encoding="utf-8"))}


def test_every_python_block_is_a_tested_example() -> None:
    assert DOC.read_text(encoding="utf-8").count("```python") == len(examples())


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        # The examples use the default sleep and clock, and Fivetran.from_env(): all point at the fake.
        clock = types.SimpleNamespace(sleep=fake.clock.advance, time=lambda: fake.clock.now().timestamp())
        monkeypatch.setattr(connections_module, "time", clock)
        monkeypatch.setattr(Fivetran, "from_env", classmethod(lambda cls, **kwargs: fake.client()))
        group_id = fake.groups.create("analytics")["id"]
        fake.connections.create(group_id, "postgres", "warehouse", id="decent_dropsy")
        fake.connections.create(group_id, "salesforce", "crm", id="crafty_gnat")
        fake.connections.set_sync_behavior("decent_dropsy", duration=120)
        fake.connections.set_sync_behavior("crafty_gnat", outcome="failure_with_task", failure_reason="Reconnect")
        yield fake


def run(name: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"orchestration_{name}"}
    exec(compile(examples()[name], f"docs/orchestration.md:{name}", "exec"), namespace)  # noqa: S102
    return namespace


def test_handle(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    namespace = run("handle")

    start = fake.clock.now()
    assert capsys.readouterr().out == f"pending False {start + timedelta(seconds=10)}\n"
    assert namespace["run"].connection_id == "decent_dropsy"
    assert namespace["run"].start_deadline == start + timedelta(seconds=600)


def test_deferrable(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    namespace = run("deferrable")
    deferred: list[tuple[datetime, str]] = namespace["deferred"]
    with fake.client() as client:
        namespace["start"](client, "crafty_gnat")
        wake_ups, result = 0, None
        while result is None:
            wake_at, text = deferred.pop(0)
            fake.clock.set(max(wake_at, fake.clock.now()))  # the scheduler sleeps, not us
            result = namespace["wake_up"](client, text)
            wake_ups += 1

    assert result == "failed"
    assert wake_ups == 7  # at the trigger, then every 10 s until the 60 s sync ended at 60 s
    assert capsys.readouterr().out == '{"connection": "crafty_gnat", "reason": "Reconnect"}\n'


def test_fresh(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    run("fresh")

    assert capsys.readouterr().out == "succeeded 1\n"


def test_reasons(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    run("reasons")

    assert capsys.readouterr().out == "failed: Reconnect\n  simulated_task Reconnect\n"


def test_fleet(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    run("fleet")

    # Streamed as they end: crafty_gnat's sync takes 60 s, decent_dropsy's 120 s.
    assert capsys.readouterr().out == "crafty_gnat failed Reconnect\ndecent_dropsy succeeded \n['decent_dropsy']\n"


def test_fleet_errors(fake: FakeFivetran, capsys: pytest.CaptureFixture[str]) -> None:
    run("fleet-errors")

    # The unknown connection is not on the list: its detail read answers 404, decided before any trigger.
    assert capsys.readouterr().out == (
        "deleted_connection 404 NotFound_Integration\n"
        "status read failed: 404 NotFound_Integration: Cannot find entity 'Integration' with id"
        " 'deleted_connection'.\n"
        "decent_dropsy succeeded\n"
    )
    detail = ("GET", "/v1/connections/decent_dropsy")
    assert [(request.method, request.raw_path) for request in fake.requests] == [
        ("GET", "/v1/connections"),
        ("GET", "/v1/connections/deleted_connection"),
        ("POST", "/v1/connections/decent_dropsy/sync"),
        *[detail] * 12,  # every 10 s until its 120 s sync ended: one waiter left, its detail is the read
    ]
