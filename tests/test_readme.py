"""Every example in README.md runs as written against the fake Fivetran API served over HTTP.

The README tells users to start `python -m fivetran_ext.testing start ...` and export three variables;
this test does exactly that (stopping the server afterwards), then runs each ```python block in a fresh
interpreter and each `fivetran-ext` line of the shell examples, and checks that what a block promises in
a trailing `# comment` after print() is what it printed.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text()
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)
BLOCKS = [(language, body) for language, body in FENCE.findall(README)]
PYTHON_BLOCKS = [body for language, body in BLOCKS if language == "python"]
START_LINE = next(line for _, body in BLOCKS for line in body.splitlines() if "fivetran_ext.testing start" in line)
EXPORT_LINE = next(
    line for _, body in BLOCKS for line in body.splitlines() if line.startswith("export FIVETRAN_") and "$(" not in line
)
CLI_LINES = [line for _, body in BLOCKS for line in body.splitlines() if line.startswith("fivetran-ext ")]


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    # The README's own start command, as the shell runs it: it must return with the base URL.
    command = re.search(r"\$\((python -m fivetran_ext\.testing start [^)]*)\)", START_LINE)
    assert command is not None, START_LINE
    arguments = shlex.split(command.group(1))
    cwd = tmp_path_factory.mktemp("readme")
    started = subprocess.run(
        [sys.executable, *arguments[1:]], cwd=cwd, capture_output=True, text=True, timeout=60, check=True
    )
    base_url = started.stdout.strip()
    assert base_url.startswith("http://127.0.0.1:"), started.stdout + started.stderr
    try:
        exported = dict(part.split("=", 1) for part in EXPORT_LINE.removeprefix("export ").split())
        exported["FIVETRAN_BASE_URL"] = base_url
        bin_dir = str(Path(sys.executable).parent)
        yield {**os.environ, **exported, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    finally:
        stop = [sys.executable, "-m", "fivetran_ext.testing", "stop", "--pid-file", "fake.pid"]
        subprocess.run(stop, cwd=cwd, timeout=30, check=True)


def _promised(block: str) -> list[str]:
    """Texts a block promises in `print(...)  # text` comments."""
    return [match.strip() for match in re.findall(r"print\(.*\)\s+#\s*(.+)$", block, re.MULTILINE)]


def test_the_readme_has_the_examples_this_test_runs() -> None:
    assert len(PYTHON_BLOCKS) >= 6
    assert len(CLI_LINES) >= 3
    assert "make demo" in README
    assert "make test" in README


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_example_runs_as_written(block: str, environment: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", block], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "an example that prints nothing shows nothing"
    for promise in _promised(block):
        assert promise in result.stdout, f"the README promises {promise!r}; the example printed {result.stdout!r}"
    assert "fake-secret" not in result.stdout + result.stderr


@pytest.mark.parametrize("line", CLI_LINES)
def test_cli_example_runs_as_written(line: str, environment: dict[str, str]) -> None:
    result = subprocess.run(
        ["bash", "-c", line], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
