"""``make demo`` (scripts/demo.py) end to end: every step passes, well inside its time budget."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


@pytest.mark.slow
def test_the_demo_passes_every_step() -> None:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, encoding="utf-8", timeout=120, check=False
    )
    elapsed = time.monotonic() - started

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    summary = lines[lines.index("Summary") + 1 :]
    assert len(summary) == 9
    assert all(line.lstrip().startswith(("✓", "+")) for line in summary[:8]), summary
    assert summary[-1].startswith("All 8 steps passed in ")
    # The scenario's evidence, not just its verdict.
    assert "signature verified" in result.stdout
    assert "status SUCCESSFUL" in result.stdout
    assert "caller saw 0 errors" in result.stdout
    assert "sync succeeded in " in result.stdout
    assert elapsed < 60
