"""Setup-test results, shared by connections and destinations."""

from __future__ import annotations

from typing import Any

__all__ = ["setup_test_results"]

_TESTS = ("Connecting to host", "Validate Login", "Validate Permissions")


def setup_test_results(passed: bool) -> list[dict[str, Any]]:
    """What ``setup_tests`` shows after a run: all PASSED, or the login check FAILED."""
    results: list[dict[str, Any]] = []
    for title in _TESTS:
        ok = passed or title != "Validate Login"
        results.append(
            {
                "title": title,
                "status": "PASSED" if ok else "FAILED",
                "message": "" if ok else "Invalid login credentials (simulated by the fake)",
                "details": {},
            }
        )
    return results
