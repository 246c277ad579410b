"""Memory stays bounded against bodies built to exhaust it (peak RSS measured in a fresh process per case)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# The cap in the probe is 8 MiB; a body read whole would cost 256 MiB (the bombs) or up to 2 GB.
# The allowance covers the capped body, its copy while joined, and the allocator's slack.
MAX_GROWTH_MIB = 64


@pytest.mark.parametrize(
    "case", ["content-length-2gb", "endless-chunked", "gzip-bomb", "double-gzip-bomb", "gzip-bomb-async"]
)
def test_a_hostile_body_costs_no_more_memory_than_the_cap(case: str) -> None:
    probe = subprocess.run(
        [sys.executable, "-m", "tests.hostile._rss_probe", case],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    assert report["error"] == "ResponseTooLargeError"
    assert report["connections"] == 1
    growth_mib = (report["peak_kib"] - report["baseline_kib"]) / 1024
    assert growth_mib < MAX_GROWTH_MIB, report
