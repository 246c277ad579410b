"""Shared test configuration: where the reference material in ../shared lives; tests of a removed operation skip."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import pytest

from fivetran_ext import OperationUnavailableError

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test whose method sends an operation the generated client no longer has is skipped, not failed.

    After a regeneration that removed an operation, its method raises `OperationUnavailableError`; the
    registry test alone fails, naming the row, the method and the file to remove (tests/test_coverage.py).
    Tests marked ``simulates_removal`` remove modules on purpose: for them it stays a failure.
    """
    report = yield
    excinfo = call.excinfo
    if (
        report.failed
        and excinfo is not None
        and excinfo.errisinstance(OperationUnavailableError)
        and item.get_closest_marker("simulates_removal") is None
    ):
        path, line, _ = item.reportinfo()
        report.outcome = "skipped"
        report.longrepr = (str(path), (line or 0) + 1, f"Skipped: {excinfo.value}")
    return report
