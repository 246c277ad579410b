"""Importing the core package must not import any web framework; each adapter imports only its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Run from the repository root so the package is importable even when it is not installed.
ROOT = Path(__file__).resolve().parents[2]
FRAMEWORKS = {"flask", "werkzeug", "django", "starlette", "fastapi", "uvicorn", "pydantic", "asgiref"}


def loaded_frameworks(module: str) -> set[str]:
    """Top-level framework packages present in sys.modules after importing ``module`` in a fresh interpreter."""
    code = (
        "import importlib, json, sys; "
        f"importlib.import_module({module!r}); "
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(json.loads(output)) & FRAMEWORKS


def test_core_package_imports_no_framework() -> None:
    assert loaded_frameworks("fivetran_ext.webhooks") == set()


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("fivetran_ext.webhooks.flask", {"flask", "werkzeug"}),
        ("fivetran_ext.webhooks.django", {"django", "asgiref"}),
        ("fivetran_ext.webhooks.starlette", {"starlette"}),
        ("fivetran_ext.webhooks.fastapi", {"fastapi", "starlette", "pydantic"}),
    ],
)
def test_each_adapter_imports_only_its_framework(module: str, allowed: set[str]) -> None:
    loaded = loaded_frameworks(module)
    assert loaded <= allowed, loaded - allowed
    assert loaded & allowed, "the adapter should import its framework"
