"""docs/cli.md as written: every ``$`` sample prints what the page shows, every ``sh`` block runs.

Both run against the fake Fivetran API seeded like ``python -m fivetran_ext.testing start --sample-data``.
The ``$`` samples run in-process, in page order, on one fake (a sample may build on the one before);
the ``sh`` blocks run in bash against the fake served over HTTP on the wall clock, with the files they
name (``postgres.json``, ...) in their working directory.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fivetran_ext.cli import main
from fivetran_ext.cli._console import Console
from fivetran_ext.testing.__main__ import seed_sample_data
from fivetran_ext.testing.fake import FakeFivetran, RealClock

from .._docs import DOCS, fenced_blocks, shell_blocks

DOC = DOCS / "cli.md"
_PROMPT = "to confirm: "


PLAIN_BLOCKS = [body for language, body in fenced_blocks(DOC) if language == ""]
SH_BLOCKS = shell_blocks(DOC)


def samples() -> list[tuple[str, list[str]]]:
    """``(command, expected lines)`` of every ``$ fivetran-ext ...`` sample, in page order."""
    found: list[tuple[str, list[str]]] = []
    for block in PLAIN_BLOCKS:
        for line in block.splitlines():
            if line.startswith("$ fivetran-ext "):
                found.append((line[2:], []))
            elif found and block.startswith("$ "):
                found[-1][1].append(line)
    return found


def test_the_page_has_the_samples_and_blocks_this_test_runs() -> None:
    commands = [command for command, _ in samples()]
    assert commands[0] == "fivetran-ext connections list --group-id projected_sickle"
    assert "fivetran-ext schema show decent_dropsy" in commands
    assert len(commands) == 5
    assert len(SH_BLOCKS) == 4


def test_every_dollar_sample_prints_what_the_page_shows() -> None:
    with FakeFivetran() as fake:
        seed_sample_data(fake)
        for command, expected in samples():
            prompt = next((line for line in expected if _PROMPT in line), None)
            answer = prompt.split(_PROMPT, 1)[1] if prompt else ""
            stdout, stderr = io.StringIO(), io.StringIO()
            console = Console(
                stdout=stdout, stderr=stderr, stdin=io.StringIO(answer + "\n"), stdin_tty=True, live_refresh=None
            )
            code = main(shlex.split(command)[1:], client_factory=lambda options: fake.client(), console=console)
            # On a terminal the typed answer shows after the prompt; here it went in through stdin.
            shown = stderr.getvalue().replace(_PROMPT, _PROMPT + answer + "\n") + stdout.getvalue()
            assert (code, shown.splitlines()) == (0, expected), command


# What the page's scripts ask of jq (`jq -r .field`), for machines without jq: the test is about our commands.
_JQ_SHIM = """#!/bin/sh
exec "{python}" -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[-1].lstrip(".")])' "$@"
"""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[dict[str, str]]:
    bin_dir = str(Path(sys.executable).parent)
    if shutil.which("jq") is None:
        shims = tmp_path / "shims"
        shims.mkdir()
        (shims / "jq").write_text(_JQ_SHIM.format(python=sys.executable))
        (shims / "jq").chmod(0o755)
        bin_dir += os.pathsep + str(shims)
    (tmp_path / "postgres.json").write_text('{"host": "db.example.com", "user": "fivetran", "password": "pw"}')
    (tmp_path / "snowflake.json").write_text('{"host": "acme.snowflakecomputing.com", "password": "pw"}')
    (tmp_path / "secret.txt").write_text("whsec-from-a-file\n")
    with FakeFivetran(clock=RealClock(), sync_duration=1.0) as fake, fake.serve() as base_url:
        seed_sample_data(fake)
        yield {
            **{name: value for name, value in os.environ.items() if not name.startswith("FIVETRAN_")},
            "FIVETRAN_API_KEY": fake.api_key,
            "FIVETRAN_API_SECRET": fake.api_secret,
            "FIVETRAN_BASE_URL": base_url,
            "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        }


@pytest.mark.slow
@pytest.mark.parametrize("block", SH_BLOCKS, ids=[f"sh-{index}" for index in range(len(SH_BLOCKS))])
def test_every_sh_block_runs(block: str, served: dict[str, str], tmp_path: Path) -> None:
    # Placeholders (`export FIVETRAN_API_KEY=...`) stand for the reader's own values: the fixture's are set.
    script = "\n".join(line for line in block.splitlines() if not (line.startswith("export ") and "..." in line))
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=served,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{script}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    assert "pw" not in result.stdout.replace("pwd", "")  # configs are answered masked, never echoed
