"""Every Python example in docs/fake-fivetran.md runs and its assertions hold; module doctests pass."""

from __future__ import annotations

import doctest
import importlib
import types
from pathlib import Path
from typing import Any

import pytest

from fivetran_ext.testing.fake import FakeFivetran

from .._docs import examples, untagged

DOC = Path(__file__).resolve().parents[2] / "docs" / "fake-fivetran.md"
NAMES = ["in-process", "client", "pytest", "seeding", "sync", "faults", "webhooks", "serve"]


def _examples() -> dict[str, str]:
    return examples(DOC)


def _run(name: str) -> dict[str, Any]:
    module = types.ModuleType(f"docs_example_{name.replace('-', '_')}")
    exec(compile(_examples()[name], f"{DOC}:{name}", "exec"), module.__dict__)  # noqa: S102 - our own docs
    return module.__dict__


def test_every_python_block_is_a_tested_example() -> None:
    assert untagged(DOC) == []
    assert list(_examples()) == NAMES


@pytest.mark.parametrize("name", [n for n in NAMES if n != "pytest"])
def test_example_runs(name: str) -> None:
    _run(name)


def test_pytest_example_passes_with_the_fixture() -> None:
    namespace = _run("pytest")
    with FakeFivetran() as fake:
        namespace["test_nightly_job_triggers_a_sync"](fake)


@pytest.mark.parametrize(
    "module",
    [
        "fivetran_ext.testing.__main__",
        "fivetran_ext.testing.fake._clock",
        "fivetran_ext.testing.fake._faults",
        "fivetran_ext.testing.fake._fake",
        "fivetran_ext.testing.fake._ids",
    ],
)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
