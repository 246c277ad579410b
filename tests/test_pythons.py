"""scripts/test_pythons.py: every classified Python version is tested where installed, loudly reported where not."""

from __future__ import annotations

import doctest
import importlib.util
import stat
import sys
from pathlib import Path
from types import ModuleType

from .conftest import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("test_pythons_script", ROOT / "scripts" / "test_pythons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_classified_versions_are_read_from_pyproject() -> None:
    script = _script()
    assert script.classified_versions((ROOT / "pyproject.toml").read_text()) == ["3.11", "3.12", "3.13"]


def _fake_python(path: Path, version: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {version}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_an_interpreter_is_found_on_path_or_in_pyenv_and_must_really_be_that_version(tmp_path: Path) -> None:
    script = _script()
    bin_dir, pyenv = tmp_path / "bin", tmp_path / "pyenv"
    _fake_python(bin_dir / "python3.12", "3.11")  # a stale shim: named 3.12, is not
    real = _fake_python(pyenv / "versions" / "3.12.1" / "bin" / "python", "3.12")

    assert script.find_interpreter("3.12", str(bin_dir), pyenv) == real
    assert script.find_interpreter("3.13", str(bin_dir), pyenv) is None


def test_the_report_says_what_ran_and_shouts_what_is_missing() -> None:
    script = _script()
    assert script.report({"3.12": 0}, ["3.13"]) == [
        "Python 3.12: tests passed",
        "!!! Python 3.13 is classified in pyproject.toml but NOT INSTALLED here: its tests did NOT run !!!",
    ]


def test_ci_runs_the_other_versions_after_make_test() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.index("make test SPEC=") < ci.index("python3 scripts/test_pythons.py --skip")
    assert "set -euo pipefail" in ci


def test_doctests() -> None:
    result = doctest.testmod(_script())
    assert (result.attempted > 0, result.failed) == (True, 0)
    assert sys.version_info[:2] >= (3, 11)
