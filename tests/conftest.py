"""Shared test configuration: where the reference material in ../shared lives."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPEC_2026_07_10 = SHARED / "openapi" / "fivetran-open-api-definition.2026-07-10.json"
SPEC_2026_06_22 = SHARED / "openapi" / "fivetran-open-api-definition.2026-06-22.json"
CONFORMANCE_DIR = SHARED / "conformance" / "go-fivetran"


def require(path: Path) -> Path:
    """Skip the calling test with a clear reason when a ../shared file is absent (CI always has it)."""
    if not path.exists():
        pytest.skip(f"{path} is not available: this test needs the ../shared reference folder beside the repo")
    return path
