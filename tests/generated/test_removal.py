"""docs/generation.md, "When Fivetran changes the API": a removed operation or model fails only its method.

In a scratch clone (the one tests/generated/test_docs.py builds), a generated module is deleted the way a
regeneration without it deletes it: a request model a resource uses, or an operation. Then
``import fivetran_ext`` works, the resource loads, its other methods work against the fake API, exactly the
method that needs the module raises `OperationUnavailableError` (the CLI exits with 9), and mypy's result
is the one the page states.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

from .test_docs import _bash, _clone

pytestmark = pytest.mark.slow

REQUEST_MODEL = "fivetran_api.models.new_transformation_request"
OPERATION = "fivetran_api.api.transformation_management.cancel_transformation"

SCRIPT = textwrap.dedent(
    """
    import fivetran_ext
    from fivetran_ext import OperationUnavailableError
    from fivetran_ext.cli import main
    from fivetran_ext.testing import FakeFivetran

    with FakeFivetran() as fake:
        client = fake.client()
        transformations = client.transformations
        print("list:", len(transformations.list().items))
        for name, call in [
            ("create", lambda: transformations.create(type="DBT_CORE")),
            ("cancel", lambda: transformations.cancel("t_1")),
            ("run", lambda: transformations.run("t_1")),
        ]:
            try:
                call()
                print(f"{name}: ok")
            except OperationUnavailableError as error:
                print(f"{name}: unavailable", error.method, error.model, error.module)
        print("cli:", main(["transformations", "cancel", "t_1"], client_factory=lambda options: client))
    """
)


def _only_the_clone(env: dict[str, str]) -> dict[str, str]:
    """The environment for ``python -S``: the clone's code and the venv's site-packages, nothing else.

    The venv's editable install adds this repository's own ``generated/`` through a ``.pth`` file, where mypy
    would find the deleted module; without ``site`` no ``.pth`` file is read.
    """
    site_packages = next(path for path in sys.path if path.endswith("site-packages"))
    return {**env, "PYTHONPATH": f"{env['PYTHONPATH']}{os.pathsep}{site_packages}"}


def _run(tmp_path: Path, removed: str) -> tuple[str, str, str]:
    clone, env = _clone(tmp_path)
    path = clone / "generated" / (removed.replace(".", "/") + ".py")
    path.unlink()
    (clone / "check_removal.py").write_text(SCRIPT, encoding="utf-8")
    ran = _bash(".venv/bin/python check_removal.py", clone, env)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    typed = _bash(
        ".venv/bin/python -S -m mypy --strict --no-incremental fivetran_ext", clone, _only_the_clone(env), timeout=400
    )
    return ran.stdout, ran.stderr, typed.stdout


def test_a_removed_request_model_fails_only_the_method_that_builds_it(tmp_path: Path) -> None:
    stdout, _, typed = _run(tmp_path, REQUEST_MODEL)

    assert stdout.splitlines() == [
        "list: 1",
        f"create: unavailable client.transformations.create NewTransformationRequest {REQUEST_MODEL}",
        "cancel: ok",
        "run: ok",
        "✓ transformations cancel t_1",
        "cli: 0",
    ]
    # mypy names the one line to delete: the model's import in the namespace the resources read it from.
    errors = [line for line in typed.splitlines() if ": error: " in line]
    assert len(errors) == 1, typed
    assert errors[0].startswith("fivetran_ext/_request_models.py:")
    assert f'Cannot find implementation or library stub for module named "{REQUEST_MODEL}"' in errors[0]


def test_a_removed_operation_fails_only_its_method_and_mypy_passes(tmp_path: Path) -> None:
    stdout, stderr, typed = _run(tmp_path, OPERATION)

    assert stdout.splitlines() == [
        "list: 1",
        "create: ok",
        f"cancel: unavailable client.transformations.cancel None {OPERATION}",
        "run: ok",
        "cli: 9",
    ]
    assert stderr.startswith(
        f"error: client.transformations.cancel is unavailable: the generated client has no operation {OPERATION};"
    )
    assert typed.splitlines()[-1].startswith("Success: no issues found"), typed
