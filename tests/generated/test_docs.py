"""The regeneration commands of docs/generation.md and README.md run as written, in a scratch clone.

Each block runs in bash in a copy of the repository's generation machinery (Makefile, pyproject.toml,
scripts/, openapi/, generated/, and fivetran_ext/, tests/ and the docs for the test run) committed to a scratch
git repository, whose ``.venv`` is this interpreter's environment, so the repository's own generated/ and
lock are never written. The files the blocks name are Fivetran's exports from ../shared:
``new-export.json`` is the 2026-06-22 export (it lacks POST /v1/external-logging/account/test), and the
placeholder ``path/or/url/to/fivetran-open-api-definition.json`` the locked 2026-07-10 one. ``make test``,
the last line of a drift block, is the whole suite (minutes, and it would run this test): here it is the
registry test the page names, run in the clone as `make test` runs pytest (``.venv/bin/python -m pytest``)
against the regenerated client, which must fail with the message the page describes; then (once) mypy
and the rest of tests/ (bounded: no slow tests), where that test must be the only failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .._docs import DOCS, ROOT, fenced_blocks, shell_blocks
from ..conftest import SPEC_2026_06_22, SPEC_2026_07_10, require

GENERATION = DOCS / "generation.md"
ONE_COMMAND, DRIFT = shell_blocks(GENERATION)
README_DRIFT = shell_blocks(ROOT / "README.md")[-1]
(SPEC_DIFF_SAMPLE,) = [body for language, body in fenced_blocks(GENERATION) if body.startswith("$ make spec-diff")]
REGISTRY_TEST = "tests/test_coverage.py::test_the_registry_matches_the_spec_the_client_was_generated_from"
PLACEHOLDER = "path/or/url/to/fivetran-open-api-definition.json"

pytestmark = pytest.mark.slow


def test_the_pages_have_the_blocks_this_test_runs() -> None:
    assert f"make generate SPEC={PLACEHOLDER}\n" == ONE_COMMAND
    commands = [line.split("#")[0].strip() for line in DRIFT.splitlines()]
    assert commands == [
        "make spec-diff OLD=openapi/spec.lock.json NEW=new-export.json",
        "make generate SPEC=new-export.json UPDATE_LOCK=1",
        "git diff --stat generated/",
        "make test",
    ]
    assert [line.split("#")[0].strip() for line in README_DRIFT.splitlines()] == [*commands[:2], commands[3]]
    assert f"`{REGISTRY_TEST}`" in " ".join(GENERATION.read_text(encoding="utf-8").split())


def _ignore(directory: str, names: list[str]) -> set[str]:
    return {name for name in names if name in ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")}


def _clone(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A scratch clone of the generation machinery and the environment its shell runs with."""
    if sys.prefix == sys.base_prefix:
        pytest.skip("the Makefile runs .venv/bin/python; this interpreter runs in no virtual environment")
    clone = tmp_path / "clone"
    clone.mkdir()
    for name in ("Makefile", "pyproject.toml", ".gitignore", "README.md", "BENCHMARKS.md", "LICENSE"):
        shutil.copy2(ROOT / name, clone / name)
    for name in ("scripts", "openapi", "generated", "fivetran_ext", "tests", "docs", ".ci"):
        shutil.copytree(ROOT / name, clone / name, ignore=_ignore, symlinks=True)
    (clone / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    (clone / "new-export.json").symlink_to(require(SPEC_2026_06_22))
    (clone / PLACEHOLDER).parent.mkdir(parents=True)
    (clone / PLACEHOLDER).symlink_to(require(SPEC_2026_07_10))
    stamp = tmp_path / "installed-stamp"
    stamp.touch()
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("MAKE", "MFLAGS", "GIT_", "PYTHON", "VIRTUAL_ENV"))
    }
    env = {
        **inherited,
        # `make dev` is done (this environment is installed): only the Makefile's stamp is not in the clone.
        "MAKEFLAGS": f"STAMP={stamp}",
        # The clone's fivetran_ext and generated client, not the installed (editable) ones.
        "PYTHONPATH": f"{clone}{os.pathsep}{clone / 'generated'}",
        "GIT_AUTHOR_NAME": "docs test",
        "GIT_AUTHOR_EMAIL": "docs@example.com",
        "GIT_COMMITTER_NAME": "docs test",
        "GIT_COMMITTER_EMAIL": "docs@example.com",
    }
    git = "git init -q && git add -A && git commit -q -m clone"
    subprocess.run(["bash", "-euo", "pipefail", "-c", git], cwd=clone, env=env, timeout=120, check=True)
    return clone, env


def _bash(script: str, cwd: Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _status(clone: Path, env: dict[str, str]) -> str:
    return _bash("git status --porcelain", clone, env).stdout


def test_one_command_regenerates_the_committed_client_byte_for_byte(tmp_path: Path) -> None:
    clone, env = _clone(tmp_path)

    result = _bash(ONE_COMMAND, clone, env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^generate: 169 operations, \d+ models, \d+ files, ", result.stdout, re.MULTILINE), result.stdout
    # "Two runs on the same inputs are byte-identical": nothing in generated/ (or the lock) changed.
    assert _status(clone, env) == ""


def _changed_count() -> int:
    """What the page says the lock and the 2026-06-22 export differ by."""
    text = " ".join(GENERATION.read_text(encoding="utf-8").split())
    found = re.search(r"\((\d+) changed operations against the 2026-06-22 export", text)
    assert found is not None
    return int(found[1])


@pytest.mark.parametrize("page", ["generation.md", "README.md"])
def test_the_drift_block_reports_accepts_and_flags_a_removed_operation(page: str, tmp_path: Path) -> None:
    block = DRIFT if page == "generation.md" else README_DRIFT
    *lines, last = block.splitlines()
    assert last.startswith("make test ")
    clone, env = _clone(tmp_path)

    result = _bash("\n".join(lines), clone, env)

    assert result.returncode == 0, result.stdout + result.stderr
    # make spec-diff: the lock against the new export.
    assert f"Spec drift: 0 added, 1 removed, {_changed_count()} changed\n" in result.stdout
    assert "  - POST /v1/external-logging/account/test  (run_setup_tests_account_log_service)\n" in result.stdout
    # make generate ... UPDATE_LOCK=1: generated/ and the lock now describe the new export.
    lock = json.loads((clone / "openapi" / "spec.lock.json").read_text(encoding="utf-8"))
    assert lock["sha256"] == hashlib.sha256(SPEC_2026_06_22.read_bytes()).hexdigest()
    assert lock["operation_count"] == 168
    module = "generated/fivetran_api/api/log_service_management/run_setup_tests_account_log_service.py"
    assert not (clone / module).exists()
    if page == "generation.md":  # git diff --stat generated/
        # (git shortens long paths to fit its width: the file's own name is always shown)
        removed = r"^ \S*/run_setup_tests_account_log_service\.py +\| +\d+ -+$"
        assert re.search(removed, result.stdout, re.MULTILINE), result.stdout
        assert re.search(r"^ \d+ files changed, \d+ insertions\(\+\), \d+ deletions\(-\)$", result.stdout, re.MULTILINE)

    # make test: the registry test fails, naming the row, the method and the file to remove.
    registry = _bash(f".venv/bin/python -m pytest -q -p no:cacheprovider {REGISTRY_TEST}", clone, env)

    assert registry.returncode == 1, registry.stdout + registry.stderr
    assert (
        "POST /v1/external-logging/account/test: in the registry but not in the spec; remove its row from "
        "fivetran_ext/_coverage.py and the method test_account (sync and async twins) from "
        "fivetran_ext/_resources/log_services.py"
    ) in registry.stdout
    assert registry.stdout.splitlines()[-1].startswith("1 failed in ")
    if page == "generation.md":
        _assert_the_registry_test_is_the_only_failure(clone, env)


def _assert_the_registry_test_is_the_only_failure(clone: Path, env: dict[str, str]) -> None:
    """mypy passes and the whole tests/ tree fails only the registry test: the removed method's tests skip.

    Bounded: the slow tests (this one among them) are left out, and so is tests/test_readme.py, whose
    commands check that they run in the repository's own ``.venv`` (the clone's is a symlink to it).
    """
    typed = _bash(".venv/bin/mypy --strict fivetran_ext", clone, env, timeout=300)
    assert typed.returncode == 0, typed.stdout + typed.stderr

    suite = _bash(
        ".venv/bin/python -m pytest -q -p no:cacheprovider -m 'not slow' --ignore=tests/test_readme.py tests",
        clone,
        env,
        timeout=600,
    )

    failed = [line.split(" - ")[0] for line in suite.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    assert failed == [f"FAILED {REGISTRY_TEST}"], suite.stdout[-5000:] + suite.stderr[-2000:]
    gone = "no operation fivetran_api.api.log_service_management.run_setup_tests_account_log_service"
    assert re.search(rf"^SKIPPED .*{re.escape(gone)}", suite.stdout, re.MULTILINE), suite.stdout[-5000:]


def test_the_spec_diff_sample_prints_what_the_page_shows(tmp_path: Path) -> None:
    command, *shown = SPEC_DIFF_SAMPLE.replace("\\\n", "").splitlines()
    require(SPEC_2026_06_22)
    require(SPEC_2026_07_10)
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("`make spec-diff` runs the repository's .venv, which `make dev` has not created")
    stamp = tmp_path / "installed-stamp"
    stamp.touch()
    env = {name: value for name, value in os.environ.items() if not name.startswith(("MAKE", "MFLAGS"))}
    env["MAKEFLAGS"] = f"STAMP={stamp}"  # `make dev` is done; spec-diff writes nothing

    result = _bash(" ".join(command.removeprefix("$ ").split()), ROOT, env)

    assert result.returncode == 0, result.stderr
    printed = result.stdout.splitlines()
    # The page elides with "...": every line it shows, in the order it shows them (after make's echo).
    position = 0
    for line in (line for line in shown if line.strip() != "..."):
        assert line in printed[position:], f"{line!r} not printed (after line {position}):\n{result.stdout}"
        position = printed.index(line, position) + 1
