"""The real thing: ``python -m fivetran_ext.cli`` (and the ``fivetran-ext`` script) against the fake over HTTP."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from fivetran_ext.testing.fake import FakeFivetran, RealClock

from .conftest import CONNECTION, GROUP

ROOT = Path(__file__).resolve().parents[2]
CONSOLE_SCRIPT = Path(sys.executable).parent / "fivetran-ext"


@pytest.fixture
def served() -> Iterator[tuple[FakeFivetran, dict[str, str]]]:
    """A fake on the wall clock (syncs take 0.3 s) served on 127.0.0.1, and the environment pointing at it."""
    with FakeFivetran(clock=RealClock(), sync_duration=0.3) as fake, fake.serve() as base_url:
        fake.groups.create("analytics", id=GROUP)
        fake.connections.create(GROUP, "postgres", "warehouse", id=CONNECTION)
        environment = {
            **os.environ,
            "FIVETRAN_BASE_URL": base_url,
            "FIVETRAN_API_KEY": fake.api_key,
            "FIVETRAN_API_SECRET": fake.api_secret,
            "PYTHONIOENCODING": "utf-8",
        }
        yield fake, environment


def cli(environment: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fivetran_ext.cli", *argv],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_list_json_over_http(served: tuple[FakeFivetran, dict[str, str]]) -> None:
    fake, environment = served

    result = cli(environment, "--json", "connections", "list")

    assert (result.returncode, result.stderr) == (0, "")
    assert [item["id"] for item in json.loads(result.stdout)] == [CONNECTION]
    assert fake.requests[-1].header("authorization").startswith("Basic ")


def test_sync_wait_over_http_prints_plain_progress(served: tuple[FakeFivetran, dict[str, str]]) -> None:
    _, environment = served

    result = cli(environment, "connections", "sync", CONNECTION, "--wait", "--poll-interval", "0.1")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"waiting for the sync of {CONNECTION}"
    assert any(line.endswith(f"{CONNECTION}: syncing (1 poll)") for line in lines)
    assert lines[-1].startswith(f"✓ {CONNECTION}: sync succeeded in ")
    assert "\r" not in result.stdout


def test_an_api_error_over_http_is_one_line_and_exit_3(served: tuple[FakeFivetran, dict[str, str]]) -> None:
    _, environment = served

    result = cli(environment, "connections", "get", "missing")

    assert result.returncode == 3
    assert result.stderr == (
        "error: 404 NotFound_Integration: Cannot find entity 'Integration' with id 'missing'. "
        f"(GET {environment['FIVETRAN_BASE_URL']}/v1/connections/missing)\n"
    )
    assert environment["FIVETRAN_API_SECRET"] not in result.stderr


def test_ctrl_c_exits_130_without_a_traceback(served: tuple[FakeFivetran, dict[str, str]]) -> None:
    fake, environment = served
    fake.connections.set_sync_behavior(CONNECTION, duration=600)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fivetran_ext.cli",
            "connections",
            "sync",
            CONNECTION,
            "--wait",
            "--poll-interval",
            "0.05",
        ],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert process.stdout is not None
        # Interrupt once the wait is under way (first poll seen), not while Python is still starting.
        for line in process.stdout:
            if "syncing" in line:
                break
        else:
            pytest.fail("the CLI ended before the wait was under way")
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()

    assert process.returncode == 130
    assert stderr == "stopped waiting; a sync that started keeps running at Fivetran\ninterrupted\n"


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the fivetran-ext console script is not installed")
def test_the_console_script(served: tuple[FakeFivetran, dict[str, str]]) -> None:
    _, environment = served

    result = subprocess.run(
        [str(CONSOLE_SCRIPT), "groups", "list"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split()[:2] == [GROUP, "analytics"]


def test_help_and_usage_errors_load_no_http_stack() -> None:
    # The parent package `fivetran_ext` loads the client eagerly today; stand in an empty package for it so
    # this measures what the CLI itself imports before a command needs the API.
    script = textwrap.dedent(
        f"""
        import contextlib, io, sys, types
        package = types.ModuleType("fivetran_ext")
        package.__path__ = [{str(ROOT / "fivetran_ext")!r}]
        sys.modules["fivetran_ext"] = package
        from fivetran_ext.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            codes = [main(["--help"]), main(["connections", "sync"]), main(["--timeout", "x", "groups", "list"])]
        heavy = sorted(name for name in sys.modules if name.split(".")[0] in ("httpx", "fivetran_api", "anyio"))
        print(codes, heavy)
        """
    )

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)

    assert result.stdout.strip() == "[0, 2, 2] []"
