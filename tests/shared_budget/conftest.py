"""A real Redis server for the shared rate budget: started per test session on a free loopback port.

CI installs ``redis-server`` (.ci/run) and sets ``CI``; there a missing server is a failure, never a skip.
On a developer's machine without it, the Redis tests skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``redis://127.0.0.1:<port>/0`` of a redis-server this session started (no persistence)."""
    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed; .ci/run installs it (apt-get install redis-server)")
        pytest.skip("redis-server is not installed (apt-get install redis-server); CI always has it")
    port = _free_port()
    directory: Path = tmp_path_factory.mktemp("redis")
    command = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):  # polling a child process's readiness, not waiting on the code under test
            if _answers(port):
                break
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {process.stderr.read().decode() if process.stderr else ''}")
            time.sleep(0.025)
        else:
            raise RuntimeError("redis-server did not answer within 5 s")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def namespace(request: pytest.FixtureRequest) -> str:
    """A namespace of its own per test, so budgets never leak between tests."""
    return "test-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in request.node.name)
