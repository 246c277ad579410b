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
    report = _probe(case)
    assert report["error"] == "ResponseTooLargeError"
    assert report["connections"] == 1
    assert _growth_mib(report) < MAX_GROWTH_MIB, report


def _probe(case: str) -> dict[str, object]:
    probe = subprocess.run(
        [sys.executable, "-m", "tests.hostile._rss_probe", case],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    report: dict[str, object] = json.loads(probe.stdout)
    return report


def _growth_mib(report: dict[str, object]) -> float:
    return (int(report["peak_kib"]) - int(report["baseline_kib"])) / 1024  # type: ignore[call-overload]


def test_a_600_mb_post_to_the_fake_is_refused_unread() -> None:
    report = _probe("fake-600mb-post")
    assert report["statuses"] == ["HTTP/1.1 413"]
    assert _growth_mib(report) < 16, report


def test_eight_40_mib_posts_to_the_fake_are_not_kept() -> None:
    report = _probe("fake-eight-40mib-posts")
    assert report["statuses"] == ["HTTP/1.1 400"] * 8
    assert report["logged_body_bytes"] == 0
    # One body at a time, while it is parsed (bytes, then the decoded text): keeping them cost 320 MB.
    assert _growth_mib(report) < 128, report
