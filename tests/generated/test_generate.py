"""scripts/generate.py: bad input fails cleanly, accepted specs regenerate byte-for-byte."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, SPEC_2026_06_22, SPEC_2026_07_10, require

SCRIPT = ROOT / "scripts" / "generate.py"
LOCK = ROOT / "openapi" / "spec.lock.json"


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def output(tmp_path: Path) -> Path:
    """An output directory holding a sentinel client that a failed run must leave alone."""
    out = tmp_path / "out"
    (out / "fivetran_api").mkdir(parents=True)
    (out / "fivetran_api" / "sentinel.py").write_text("KEEP = True\n")
    return out


def assert_failed_cleanly(result: subprocess.CompletedProcess[str], output: Path, *, mentions: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("generate: error: ")
    assert mentions in lines[0]
    assert [p.name for p in (output / "fivetran_api").iterdir()] == ["sentinel.py"]


def test_missing_file(output: Path, tmp_path: Path) -> None:
    result = generate("--spec", str(tmp_path / "nope.json"), "--output", str(output))
    assert_failed_cleanly(result, output, mentions="spec file not found")


def test_invalid_json(output: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.1", "paths": ')
    assert_failed_cleanly(generate("--spec", str(bad), "--output", str(output)), output, mentions="not valid JSON")


def test_not_openapi_3(output: Path, tmp_path: Path) -> None:
    swagger = tmp_path / "swagger.json"
    swagger.write_text(json.dumps({"swagger": "2.0", "paths": {"/a": {}}}))
    result = generate("--spec", str(swagger), "--output", str(output))
    assert_failed_cleanly(result, output, mentions="not an OpenAPI 3 document (swagger 2)")


def test_unreachable_url(output: Path) -> None:
    # Port 9 (discard) is closed on loopback: the download fails at once, no network is involved.
    result = generate("--spec", "http://127.0.0.1:9/spec.json", "--output", str(output))
    assert_failed_cleanly(result, output, mentions="cannot download http://127.0.0.1:9/spec.json")


def test_sha_mismatch_says_how_to_accept_a_new_spec(output: Path) -> None:
    older = require(SPEC_2026_06_22)
    result = generate("--spec", str(older), "--output", str(output))
    assert_failed_cleanly(result, output, mentions="does not match openapi/spec.lock.json")
    assert "UPDATE_LOCK=1" in result.stderr
    assert "make spec-diff" in result.stderr


def test_broken_invariant_fails_before_generating(output: Path, tmp_path: Path) -> None:
    spec = json.loads(require(SPEC_2026_07_10).read_text())
    groups = spec["paths"]["/v1/groups"]["get"]
    groups["parameters"] = [p for p in groups["parameters"] if p["name"] != "limit"]
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(spec))
    lock = tmp_path / "lock.json"
    shutil.copy(LOCK, lock)
    result = generate("--spec", str(changed), "--output", str(output), "--lock", str(lock), "--update-lock")
    assert result.returncode == 1
    assert "GET /v1/groups: paginated (cursor) but no `limit` parameter" in result.stderr
    assert json.loads(lock.read_text()) == json.loads(LOCK.read_text())
    assert [p.name for p in (output / "fivetran_api").iterdir()] == ["sentinel.py"]


@pytest.mark.slow
def test_update_lock_accepts_a_new_export_and_prints_the_drift(tmp_path: Path) -> None:
    older = require(SPEC_2026_06_22)
    lock = tmp_path / "lock.json"
    shutil.copy(LOCK, lock)
    out = tmp_path / "out"
    result = generate("--spec", str(older), "--output", str(out), "--lock", str(lock), "--update-lock")
    assert result.returncode == 0, result.stderr
    # Going back to the older export "removes" the operation the newer one added.
    assert "- POST /v1/external-logging/account/test" in result.stdout
    assert "generate: 168 operations" in result.stdout
    written = json.loads(lock.read_text())
    assert written["operation_count"] == 168
    assert written["export_date"].startswith("2026-06-22")
    assert written["source_url"] == json.loads(LOCK.read_text())["source_url"]
    stamp = (out / "fivetran_api" / "_stamp.py").read_text()
    assert written["sha256"] in stamp


@pytest.mark.slow
def test_regeneration_is_byte_identical_to_the_committed_client() -> None:
    result = generate("--spec", str(require(SPEC_2026_07_10)), "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is up to date" in result.stdout
    # --fail-on-warning is on, so a zero exit also means zero generator warnings.
