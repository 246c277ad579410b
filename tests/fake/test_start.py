"""``python -m fivetran_ext.testing start|stop``: a fake server that scripts can start and that returns."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx

from .._docs import DOCS, shell_blocks

SHELL_BLOCKS = shell_blocks(DOCS / "fake-fivetran.md")


def _testing(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fivetran_ext.testing", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_start_returns_with_the_base_url_and_stop_ends_the_server(tmp_path: Path) -> None:
    pid_file = tmp_path / "fake.pid"

    # The shell recipe: `URL=$(python -m fivetran_ext.testing start ...)` returns as soon as this does.
    # --verbose: the server keeps writing to its stderr after `start` has returned, and must survive that.
    started = _testing(
        "start", "--pid-file", str(pid_file), "--sample-data", "--api-key", "k", "--verbose", cwd=tmp_path
    )

    assert started.returncode == 0, started.stderr
    url = started.stdout.strip()
    assert url.startswith("http://127.0.0.1:")
    assert started.stdout == url + "\n"  # one line: the URL, nothing else
    pid = int(pid_file.read_text())
    try:
        assert f"(pid {pid}); stop it with: python -m fivetran_ext.testing stop {pid}" in started.stderr
        for _ in range(3):
            response = httpx.get(f"{url}/v1/groups", auth=("k", "fake-secret"))
            assert [group["id"] for group in response.json()["data"]["items"]] == ["projected_sickle"]
        assert _alive(pid)
    finally:
        stopped = _testing("stop", "--pid-file", str(pid_file), cwd=tmp_path)
    assert stopped.returncode == 0, stopped.stderr
    assert not _alive(pid)
    assert not pid_file.exists()


def test_start_reports_a_server_that_cannot_listen(tmp_path: Path) -> None:
    result = _testing("start", "--host", "203.0.113.7", cwd=tmp_path)  # TEST-NET-3: not an address of ours

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("the fake Fivetran API did not start: cannot listen on 203.0.113.7:0:")


def test_stop_of_a_server_already_gone_says_so(tmp_path: Path) -> None:
    gone = _testing("stop", "999999", cwd=tmp_path)

    assert (gone.returncode, gone.stderr) == (0, "no process 999999: already stopped\n")


def _shell_environment() -> dict[str, str]:
    """The reader's shell: this interpreter's ``python`` first on PATH, no FIVETRAN_ settings of ours."""
    inherited = {name: value for name, value in os.environ.items() if not name.startswith("FIVETRAN_")}
    return {**inherited, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_the_page_has_the_shell_blocks_these_tests_run() -> None:
    assert [block.splitlines()[0].split(" --")[0] for block in SHELL_BLOCKS] == [
        "python -m fivetran_ext.testing serve",
        "BASE_URL=$(python -m fivetran_ext.testing start",
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_documented_foreground_serve_prints_its_url_and_answers_until_interrupted(tmp_path: Path) -> None:
    serve, promised, request = SHELL_BLOCKS[0].splitlines()
    assert promised.startswith("# http://")  # the first line on stdout, as the page shows it
    # The page's port may be taken on a shared machine: the same block on a port that is free now.
    port = str(_free_port())
    serve, promised, request = (
        line.replace(":8765", f":{port}").replace("--port 8765", f"--port {port}")
        for line in (serve, promised, request)
    )
    server = subprocess.Popen(
        ["bash", "-c", f"exec {serve}"],
        cwd=tmp_path,
        env=_shell_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, server.kill)  # bounded even if the server never prints its URL
    watchdog.start()
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()
        assert first_line == promised.removeprefix("# ") + "\n"

        curl = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", request],
            cwd=tmp_path,
            env=_shell_environment(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert curl.returncode == 0, curl.stderr
        items = json.loads(curl.stdout)["data"]["items"]
        assert [item["id"] for item in items] == ["decent_dropsy", "intrinsic_departed"]
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C
        rest, stderr = server.communicate(timeout=60)
        watchdog.cancel()
    assert server.returncode == 0, stderr
    assert rest == ""  # the URL was its only line on stdout
    assert f"fake Fivetran API at http://127.0.0.1:{port} (key 'fake-key'); Ctrl-C stops" in stderr


def test_the_documented_start_recipe_runs_as_written(tmp_path: Path) -> None:
    script = SHELL_BLOCKS[1]

    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=_shell_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert [group["id"] for group in json.loads(result.stdout)["data"]["items"]] == ["projected_sickle"]
    assert not (tmp_path / "fake.pid").exists()  # stopped
