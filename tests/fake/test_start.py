"""``python -m fivetran_ext.testing start|stop``: a fake server that scripts can start and that returns."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


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


def test_the_documented_start_recipe_runs_as_written(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "fake-fivetran.md").read_text(encoding="utf-8")
    (block,) = [body for body in doc.split("```sh\n")[1:] if "fivetran_ext.testing start" in body.split("```", 1)[0]]
    script = block.split("```", 1)[0]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}

    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert '"id":"projected_sickle"' in result.stdout.replace(" ", "")  # curl printed the sample group
    assert not (tmp_path / "fake.pid").exists()  # stopped
