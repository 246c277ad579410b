"""Every example in README.md runs as written against the fake Fivetran API served over HTTP.

The README's quick start runs as one bash script in a directory whose ``.venv`` is this interpreter's
environment ("from a clone after `make dev`"): it activates it, starts the fake and exports three
variables; the server is stopped afterwards with the command the block gives. Each ```python block then
runs in a fresh interpreter and each line of the CLI block in bash, with that environment, and what a
block promises in a trailing `# comment` after print() is what it printed. The install block runs with a
``pip`` that installs nothing but checks each requirement against this distribution's metadata; the
``make`` block is checked with ``make -n`` (``make demo`` itself runs in tests/cli/test_demo.py). The
block for a new export runs in tests/generated/test_docs.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from ._docs import ROOT, python_blocks, shell_blocks

README_PATH = ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
PYTHON_BLOCKS = python_blocks(README_PATH)
INSTALL, MAKE, QUICK_START, CLI, _NEW_EXPORT = shell_blocks(README_PATH)
CLI_LINES = CLI.splitlines()
STOP = QUICK_START.split("# ... and when done: ", 1)[1].splitlines()[0]


def test_the_readme_has_the_examples_this_test_runs() -> None:
    assert len(PYTHON_BLOCKS) >= 6
    assert [line.split()[:2] for line in INSTALL.splitlines()] == [["pip", "install"], ["pip", "install"]]
    assert [line.split("#")[0].strip() for line in MAKE.splitlines()] == ["make demo", "make test"]
    assert QUICK_START.startswith(". .venv/bin/activate ")
    assert STOP == "python -m fivetran_ext.testing stop --pid-file fake.pid"
    assert len(CLI_LINES) >= 3
    assert all(line.startswith("fivetran-ext ") for line in CLI_LINES)


# ------------------------------------------------------------------------------------------------ install

_PIP = """#!{python}
# `pip install REQUIREMENT...` that installs nothing: each requirement must name this distribution and
# extras it provides.
import sys
from importlib.metadata import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

provided = set(metadata("fivetran-ext").get_all("Provides-Extra") or [])
if sys.argv[1:2] != ["install"] or len(sys.argv) < 3:
    sys.exit(f"pip shim: expected `pip install REQUIREMENT...`, got {{sys.argv[1:]}}")
for text in sys.argv[2:]:
    requirement = Requirement(text)
    if canonicalize_name(requirement.name) != "fivetran-ext" or not requirement.extras <= provided:
        sys.exit(f"pip shim: no such distribution or extra: {{text}}")
    print("would install", text)
"""


def _runtime_requirements() -> set[str]:
    requirements = [Requirement(text) for text in metadata("fivetran-ext").get_all("Requires-Dist") or []]
    return {requirement.name for requirement in requirements if requirement.marker is None}


def test_the_install_block_names_this_distribution_and_its_extras(tmp_path: Path) -> None:
    (tmp_path / "pip").write_text(_PIP.format(python=sys.executable))
    (tmp_path / "pip").chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}"}

    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", INSTALL], env=env, capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == "would install fivetran-ext\nwould install fivetran-ext[fastapi]\n"
    # What the comments say about the distribution.
    claim = re.search(r"# Python (\d+\.\d+)\+; runtime deps: (.+)$", INSTALL, re.MULTILINE)
    assert claim is not None, INSTALL
    assert metadata("fivetran-ext")["Requires-Python"] == f">={claim[1]}"
    assert set(claim[2].split(", ")) == _runtime_requirements()
    others = re.search(r"# or (.+) for webhook receivers$", INSTALL, re.MULTILINE)
    assert others is not None, INSTALL
    extras = {extra.strip("[]") for extra in others[1].replace(" or ", ", ").split(", ")}
    assert extras == {"flask", "starlette", "django"}
    assert extras <= set(metadata("fivetran-ext").get_all("Provides-Extra") or [])


# --------------------------------------------------------------------------------------------------- make


def _dry_run(target: str, fresh_stamp: Path) -> list[str]:
    # STAMP given: `dev` counts as done, so the dry run shows the target's own recipe.
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", target, f"STAMP={fresh_stamp}"],
        cwd=ROOT,
        env={name: value for name, value in os.environ.items() if name not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_two_commands_do_what_the_readme_says(tmp_path: Path) -> None:
    stamp = tmp_path / "stamp"
    stamp.touch()

    # The demo script is what tests/cli/test_demo.py runs, end to end.
    assert _dry_run("demo", stamp) == [".venv/bin/python scripts/demo.py"]
    # "ruff, mypy --strict, the test suite, and the check that generated/ is reproducible"
    recipe = _dry_run("test", stamp)
    assert recipe[:4] == [
        ".venv/bin/ruff check fivetran_ext scripts openapi tests",
        ".venv/bin/ruff format --check fivetran_ext scripts openapi tests",
        ".venv/bin/mypy --strict fivetran_ext",
        ".venv/bin/python -m pytest",
    ]
    checks = [line.strip() for line in recipe[4:] if "scripts/generate.py" in line]
    assert len(checks) == 1, recipe
    assert checks[0].startswith(".venv/bin/python scripts/generate.py --spec ")
    assert checks[0].removesuffix("; \\").endswith(" --check"), checks


# ------------------------------------------------------------------------------------ quick start and CLI


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if sys.prefix == sys.base_prefix:
        pytest.skip("the quick start activates the clone's .venv; this interpreter runs in no virtual environment")
    cwd = tmp_path_factory.mktemp("readme")
    (cwd / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    # The reader's shell before activating: no FIVETRAN_ settings and no environment's bin on PATH.
    bin_dir = str(Path(sys.prefix) / "bin")
    path = os.pathsep.join(entry for entry in os.environ.get("PATH", "").split(os.pathsep) if entry != bin_dir)
    shell = {name: value for name, value in os.environ.items() if not name.startswith(("FIVETRAN_", "VIRTUAL_ENV"))}
    shell["PATH"] = path
    names = ("FIVETRAN_BASE_URL", "FIVETRAN_API_KEY", "FIVETRAN_API_SECRET", "PATH", "VIRTUAL_ENV")
    show = "\n".join(f'printf "%s\\n" "${name}"' for name in names)

    started = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", QUICK_START + show],
        cwd=cwd,
        env=shell,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    activated = {**shell, **dict(zip(names, started.stdout.splitlines(), strict=False))}
    try:
        assert started.returncode == 0, started.stderr
        assert activated["FIVETRAN_BASE_URL"].startswith("http://127.0.0.1:"), started.stdout + started.stderr
        assert (activated["FIVETRAN_API_KEY"], activated["FIVETRAN_API_SECRET"]) == ("fake-key", "fake-secret")
        assert activated["PATH"].split(os.pathsep)[0] == bin_dir  # activated (its script names its own path)
        yield activated
    finally:
        stopped = subprocess.run(
            ["bash", "-c", STOP], cwd=cwd, env=activated, capture_output=True, text=True, timeout=30, check=False
        )
        assert stopped.returncode == 0, stopped.stderr
        assert not (cwd / "fake.pid").exists()


def _promised(block: str) -> list[str]:
    """Texts a block promises in `print(...)  # text` comments."""
    return [match.strip() for match in re.findall(r"print\(.*\)\s+#\s*(.+)$", block, re.MULTILINE)]


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_example_runs_as_written(block: str, environment: dict[str, str]) -> None:
    # `python`, as the reader's activated shell finds it.
    result = subprocess.run(
        ["python", "-c", block], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "an example that prints nothing shows nothing"
    for promise in _promised(block):
        assert promise in result.stdout, f"the README promises {promise!r}; the example printed {result.stdout!r}"
    assert "fake-secret" not in result.stdout + result.stderr


@pytest.mark.parametrize("line", CLI_LINES)
def test_cli_example_runs_as_written(line: str, environment: dict[str, str]) -> None:
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", line],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
