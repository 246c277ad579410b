"""Fixtures for the CLI tests: the CLI run in-process against an in-process fake, on a fake timeline.

`run("connections", "list")` calls ``fivetran_ext.cli.main`` with a client factory wired to the fake and
a `Console` of in-memory streams. Waiting (``sync --wait``) sleeps through `FakeTime`, which moves the
fake's clock instead of waiting, so no test sleeps for real.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from fivetran_ext import Fivetran
from fivetran_ext.cli import main
from fivetran_ext.cli._console import Console
from fivetran_ext.cli._context import ClientFactory, ClientOptions
from fivetran_ext.testing.fake import FakeFivetran

GROUP = "projected_sickle"
CONNECTION = "decent_dropsy"
CATALOG = {"public": {"orders": ["id", "total"], "customers": ["id", "email"]}}
EPOCH = 1_735_689_600.0  # 2025-01-01T00:00:00Z, where the fake's clock starts


class FakeTime:
    """One timeline for the CLI's clocks and the fake's clock: sleeping advances both, instantly."""

    def __init__(self, fake: FakeFivetran) -> None:
        self.fake = fake
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return EPOCH + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        self.fake.clock.advance(seconds)


@dataclass
class Result:
    """What one CLI invocation left behind."""

    code: int
    stdout: str
    stderr: str
    options: list[ClientOptions] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.stdout)


class Runner:
    """Runs the CLI in-process; keyword arguments simulate terminals and typed input."""

    def __init__(self, fake: FakeFivetran, time: FakeTime) -> None:
        self.fake = fake
        self.time = time

    def factory(self, options: ClientOptions) -> Fivetran:
        settings: dict[str, Any] = {"max_retries": options.max_retries if options.max_retries is not None else 0}
        if options.timeout is not None:
            settings["timeout"] = options.timeout
        return self.fake.client(**settings)

    def __call__(
        self,
        *argv: str,
        stdin: str = "",
        stdout_tty: bool = False,
        stderr_tty: bool = False,
        stdin_tty: bool = False,
        factory: ClientFactory | None = None,
        encoding: str = "utf-8",
        width: int = 100,
    ) -> Result:
        raw = io.BytesIO()
        stdout = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        stderr = io.StringIO()
        seen: list[ClientOptions] = []

        def recording(options: ClientOptions) -> Fivetran:
            seen.append(options)
            return (factory or self.factory)(options)

        console = Console(
            stdout=stdout,
            stderr=stderr,
            stdin=io.StringIO(stdin),
            stdout_tty=stdout_tty,
            stderr_tty=stderr_tty,
            stdin_tty=stdin_tty,
            width=width,
            clock=self.time.monotonic,
            wall_clock=self.time.time,
            sleep=self.time.sleep,
            live_refresh=None,
        )
        code = main(list(argv), client_factory=recording, console=console)
        stdout.flush()
        return Result(code, raw.getvalue().decode(encoding), stderr.getvalue(), seen)


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    """A fake on a manual clock; webhooks wait in a queue (nothing is delivered in these tests)."""
    with FakeFivetran(webhook_delivery="manual") as fake:
        yield fake


@pytest.fixture
def seeded(fake: FakeFivetran) -> FakeFivetran:
    """A group with a Snowflake destination and a connected Postgres connection (``decent_dropsy``)."""
    fake.groups.create("analytics", id=GROUP)
    fake.destinations.create(GROUP, "snowflake")
    fake.connections.create(GROUP, "postgres", "warehouse", id=CONNECTION, catalog=CATALOG)
    return fake


@pytest.fixture
def fake_time(fake: FakeFivetran) -> FakeTime:
    return FakeTime(fake)


@pytest.fixture
def run(fake: FakeFivetran, fake_time: FakeTime) -> Runner:
    return Runner(fake, fake_time)


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials exported in the developer's shell must not leak into (or decide) a test."""
    for variable in ("FIVETRAN_API_KEY", "FIVETRAN_APIKEY", "FIVETRAN_API_SECRET", "FIVETRAN_APISECRET"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("FIVETRAN_BASE_URL", raising=False)


def api_requests(fake: FakeFivetran, method: str | None = None) -> list[tuple[str, str]]:
    """``(method, path?query)`` of the requests the fake received, optionally of one method."""
    return [(r.method, r.target) for r in fake.requests if method is None or r.method == method]
