"""``make demo``: the CLI and the library end to end, against a local fake Fivetran API. No account, no setup.

Starts the fake Fivetran API over real HTTP on 127.0.0.1 (syncs take a couple of real seconds) and a small
webhook receiver that verifies ``X-Fivetran-Signature-256``, then runs a scripted scenario: create a
group, a destination and a connection; register a signed webhook; stream connections; disable a table
in the schema config; sync with live progress; verify the ``sync_end`` delivery; absorb a rate-limited
burst with retries. CLI steps run ``fivetran-ext`` as a subprocess with ``FIVETRAN_BASE_URL``,
``FIVETRAN_API_KEY`` and ``FIVETRAN_API_SECRET`` pointing at the fake, and show the command first.

Exit status: 0 when every step passed, 1 when one failed (the message says which and why), 130 on Ctrl-C.
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from fivetran_ext import Fivetran, FivetranError
from fivetran_ext.cli._render import glyphs_for
from fivetran_ext.testing.fake import FakeFivetran, RealClock
from fivetran_ext.webhooks import (
    SIGNATURE_HEADER,
    WebhookEvent,
    WebhookRequestError,
    WebhookVerifier,
    compute_signature,
)

WEBHOOK_SECRET = "demo-webhook-secret"  # noqa: S105 - a demo value, shown on purpose
SYNC_SECONDS = 2.0
BURST_REQUESTS = 30
RATE_LIMIT, RATE_WINDOW = 10, 1.0  # 10 requests per second: a burst of 30 must wait twice
SCHEMA, DISABLED_TABLE = "demo_pg", "events"
CLI_TIMEOUT = 60.0
GLYPHS = glyphs_for(sys.stdout)


class DemoFailure(Exception):
    """A step did not do what the scenario expects."""


def say(text: str = "") -> None:
    # Flushed at once: CLI subprocesses write to the same terminal or log, and must not overtake us.
    print(text, flush=True)


class WebhookReceiver:
    """A real HTTP endpoint on 127.0.0.1 that verifies each delivery's signature and keeps the events.

    Example:
        with WebhookReceiver("s3cret") as receiver:
            event = receiver.wait_for(lambda event: event.event == "sync_end", timeout=10)
    """

    path = "/fivetran/webhook"

    def __init__(self, secret: str) -> None:
        self.verifier = WebhookVerifier(secret=secret)
        self.events: list[WebhookEvent] = []
        self.rejections: list[WebhookRequestError] = []
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self.path}"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def receive(self, body: bytes, headers: dict[str, str]) -> int:
        """Verify one delivery and record it; returns the HTTP status to answer with."""
        try:
            event = self.verifier.construct_event(body, headers)
        except WebhookRequestError as error:
            with self._changed:
                self.rejections.append(error)
                self._changed.notify_all()
            return error.status_code
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()
        return 200

    def wait_for(self, matches: Callable[[WebhookEvent], bool], timeout: float) -> WebhookEvent:
        """The first received event that ``matches``, waiting up to ``timeout`` seconds for it."""
        found: list[WebhookEvent] = []

        def arrived() -> bool:
            found[:] = [event for event in self.events if matches(event)]
            return bool(found)

        with self._changed:
            if not self._changed.wait_for(arrived, timeout):
                raise DemoFailure(f"no matching webhook delivery within {timeout:g} s (received {len(self.events)})")
        return found[0]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = receiver.receive(body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the demo reports what matters itself

        return Handler


class RetryCounter(logging.Handler):
    """Counts the client's "Retrying ..." log records: the retries the caller never had to handle."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Retrying"):
            self.retries += 1


@contextmanager
def counting_retries() -> Iterator[RetryCounter]:
    logger = logging.getLogger("fivetran_ext")
    counter, level = RetryCounter(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.INFO)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)


@dataclass
class StepResult:
    number: int
    title: str
    seconds: float
    passed: bool


class Demo:
    """The scenario: numbered steps, each timed; CLI commands shown before they run."""

    def __init__(self, total_steps: int) -> None:
        self.total_steps = total_steps
        self.results: list[StepResult] = []
        self.cli_environment: dict[str, str] = {}
        console_script = Path(sys.executable).parent / "fivetran-ext"
        # The installed console script when there is one; the module otherwise (same code).
        self.cli_command = (
            [str(console_script)] if console_script.exists() else [sys.executable, "-m", "fivetran_ext.cli"]
        )
        self.cli_shown = "fivetran-ext" if console_script.exists() else "python -m fivetran_ext.cli"

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        number = len(self.results) + 1
        say(f"\n[{number}/{self.total_steps}] {title}")
        started = time.perf_counter()
        try:
            yield
        except BaseException:
            self.results.append(StepResult(number, title, time.perf_counter() - started, passed=False))
            raise
        self.results.append(StepResult(number, title, time.perf_counter() - started, passed=True))

    def cli(self, *argv: str, expect: int = 0) -> None:
        """Run the CLI with its output going straight to ours (so a terminal gets the live progress line)."""
        say(f"$ {self.cli_shown} {shlex.join(argv)}")
        completed = subprocess.run(
            [*self.cli_command, *argv], env=self.cli_environment, timeout=CLI_TIMEOUT, check=False
        )
        if completed.returncode != expect:
            raise DemoFailure(f"`{self.cli_shown} {shlex.join(argv)}` exited {completed.returncode}, expected {expect}")

    def summary(self, total: float) -> None:
        say("\nSummary")
        width = max(len(result.title) for result in self.results)
        for result in self.results:
            mark = GLYPHS.ok if result.passed else GLYPHS.fail
            say(f"  {mark} {result.number}. {result.title.ljust(width)}  {result.seconds:6.2f} s")
        passed = sum(result.passed for result in self.results)
        if passed == self.total_steps:
            say(f"All {self.total_steps} steps passed in {total:.1f} s.")
        else:
            say(f"{passed} of {self.total_steps} steps passed; the demo stopped after {total:.1f} s.")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DemoFailure(message)


def run_scenario(demo: Demo, stack: ExitStack) -> None:
    with demo.step("Start the fake Fivetran API and a webhook receiver"):
        fake = stack.enter_context(FakeFivetran(clock=RealClock(), sync_duration=SYNC_SECONDS))
        base_url = stack.enter_context(fake.serve())
        receiver = stack.enter_context(WebhookReceiver(WEBHOOK_SECRET))
        client = stack.enter_context(Fivetran(api_key=fake.api_key, api_secret=fake.api_secret, base_url=base_url))
        demo.cli_environment = {
            **os.environ,
            "FIVETRAN_BASE_URL": base_url,
            "FIVETRAN_API_KEY": fake.api_key,
            "FIVETRAN_API_SECRET": fake.api_secret,
        }
        say(f"   fake Fivetran API  {base_url}  (key {fake.api_key!r}; a sync takes {SYNC_SECONDS:g} s)")
        say(f"   webhook receiver   {receiver.url}  (verifies {SIGNATURE_HEADER})")
        say(f"   CLI environment    FIVETRAN_BASE_URL={base_url} FIVETRAN_API_KEY=... FIVETRAN_API_SECRET=...")

    with demo.step("Create a group, a destination and a connection (library)"):
        group = client.groups.create(name="demo_analytics")
        group_id = str(group.id)
        destination = client.destinations.create(group_id=group_id, service="snowflake", time_zone_offset="0")
        connection = client.connections.create(
            group_id=group_id, service="postgres", config={"schema": SCHEMA, "host": "db.internal", "port": 5432}
        )
        connection_id = str(connection.id)
        calls = [
            ("client.groups.create(name='demo_analytics')", f"group {group_id}"),
            ("client.destinations.create(group_id=..., service='snowflake')", f"destination {destination.id}"),
            ("client.connections.create(group_id=..., service='postgres')", f"connection {connection_id}"),
        ]
        width = max(len(call) for call, _ in calls)
        for call, created in calls:
            say(f"   {call.ljust(width)}  -> {created}")

    with demo.step("Register a group webhook with a signing secret (library)"):
        webhook = client.webhooks.create_group(
            group_id, url=receiver.url, events=["sync_start", "sync_end"], secret=WEBHOOK_SECRET, active=True
        )
        say(f"   client.webhooks.create_group(...) -> webhook {webhook.id}: {', '.join(webhook.events or [])}")
        say(f"   the API masks the secret in its answer: secret={webhook.secret!r}")

    with demo.step("Stream connections (library, then CLI)"):
        streamed = list(client.connections.stream(group_id=group_id))
        for item in streamed:
            state = item.status.sync_state if item.status else None
            say(f"   client.connections.stream(group_id) -> {item.id} {item.service} sync_state={state}")
        check([item.id for item in streamed] == [connection_id], f"expected only {connection_id}, got {streamed}")
        demo.cli("connections", "list", "--group-id", group_id)

    with demo.step(f"Disable table {SCHEMA}.{DISABLED_TABLE} in the schema config"):
        demo.cli("schema", "show", connection_id)
        say(f"   client.connections.update_table({connection_id!r}, {SCHEMA!r}, {DISABLED_TABLE!r}, enabled=False)")
        client.connections.update_table(connection_id, SCHEMA, DISABLED_TABLE, enabled=False)
        demo.cli("schema", "show", connection_id)
        table = client.connections.get_schema_config(connection_id).table(SCHEMA, DISABLED_TABLE)
        check(table.enabled is False, f"{SCHEMA}.{DISABLED_TABLE} is still enabled")

    with demo.step("Sync and wait, with live progress (CLI)"):
        demo.cli("connections", "sync", connection_id, "--wait", "--poll-interval", "0.5", "--timeout", "30")

    with demo.step("Receive and verify the signed sync_end webhook"):
        event = receiver.wait_for(
            lambda event: event.event == "sync_end" and event.connector_id == connection_id, timeout=10.0
        )
        for received in receiver.events:
            say(
                f"   {GLYPHS.ok} {received.event:<10} signature verified  connector {received.connector_id}"
                f"  sync_id {received.sync_id}" + (f"  status {received.status}" if received.status else "")
            )
        check(event.succeeded, f"sync_end reports status {event.status!r}, expected SUCCESSFUL")
        # The same receiver refuses a delivery signed with another secret.
        forged = b'{"event": "sync_end", "data": {"status": "SUCCESSFUL"}}'
        answer = httpx.post(
            receiver.url, content=forged, headers={SIGNATURE_HEADER: compute_signature(forged, "guess")}
        )
        check(answer.status_code == 401, f"a forged delivery was answered {answer.status_code}, expected 401")
        rejected = receiver.rejections[-1].type
        say(f"   {GLYPHS.ok} a delivery signed with another secret is rejected: {answer.status_code} {rejected}")

    with demo.step("Absorb a rate-limited burst with retries (library)"):
        fake.faults.rate_limit(RATE_LIMIT, window=RATE_WINDOW)
        say(f"   fake API limit: {RATE_LIMIT} requests per {RATE_WINDOW:g} s; firing {BURST_REQUESTS} requests")
        limited_before, errors, started = fake.status_counts.get(429, 0), 0, time.perf_counter()
        with counting_retries() as retries:
            for _ in range(BURST_REQUESTS):
                try:
                    client.groups.get(group_id)
                except FivetranError as error:
                    errors += 1
                    say(f"   {GLYPHS.fail} {error}")
        fake.faults.clear()
        limited = fake.status_counts.get(429, 0) - limited_before
        say(
            f"   {BURST_REQUESTS} requests in {time.perf_counter() - started:.1f} s: "
            f"server answered 429 {limited} times, client retried {retries.retries} times, "
            f"caller saw {errors} errors"
        )
        check(limited > 0, "the rate limit never triggered, so nothing was demonstrated")
        check(errors == 0, f"the caller saw {errors} errors")


def main() -> int:
    demo = Demo(total_steps=8)
    say("fivetran-ext demo: the CLI and the library against a local fake Fivetran API (no account needed)")
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            run_scenario(demo, stack)
    except KeyboardInterrupt:
        say("\ninterrupted")
        return 130
    except Exception as error:  # whatever broke, the reader gets the step and the reason, not a traceback
        failed = demo.results[-1] if demo.results else None
        where = f"step {failed.number} ({failed.title})" if failed else "start-up"
        reason = str(error) if isinstance(error, DemoFailure | FivetranError) else f"{type(error).__name__}: {error}"
        say(f"\n{GLYPHS.fail} {where} failed: {reason}")
        demo.summary(time.perf_counter() - started)
        return 1
    demo.summary(time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
