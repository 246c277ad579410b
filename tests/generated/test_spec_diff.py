"""`make spec-diff`: what changed between two exports, and the lock-file form of the old side."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..conftest import ROOT, SPEC_2026_06_22, SPEC_2026_07_10, require

SCRIPT = ROOT / "scripts" / "spec_diff.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_the_two_exports_differ_by_exactly_one_added_operation() -> None:
    old, new = require(SPEC_2026_06_22), require(SPEC_2026_07_10)
    result = run(str(old), str(new), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [e["operation"] for e in report["added"]] == ["POST /v1/external-logging/account/test"]
    assert report["removed"] == []
    # Between the two exports Fivetran also added properties to existing responses; those are
    # reported as property-level changes, not as added or removed operations.
    changed = {entry["operation"]: entry["changes"] for entry in report["changed"]}
    assert "response property added: data.external_secrets_manager_id" in changed["GET /v1/connections/{}"]
    assert all("removed" not in line for lines in changed.values() for line in lines)


def test_text_report_and_exit_code() -> None:
    old, new = require(SPEC_2026_06_22), require(SPEC_2026_07_10)
    result = run(str(old), str(new), "--exit-code")
    assert result.returncode == 1
    assert result.stdout.startswith("Spec drift: 1 added, 0 removed, ")
    assert "+ POST /v1/external-logging/account/test" in result.stdout


def test_a_synthetic_parameter_change_is_reported_as_changed(tmp_path: Path) -> None:
    new = require(SPEC_2026_07_10)
    spec = json.loads(new.read_text())
    op = spec["paths"]["/v1/groups"]["get"]
    op["parameters"].append({"name": "name_filter", "in": "query", "schema": {"type": "string"}})
    limit = next(p for p in op["parameters"] if p["name"] == "limit")
    limit["schema"] = {"type": "string"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(spec))
    report = json.loads(run(str(new), str(changed), "--json").stdout)
    assert report["added"] == []
    assert report["removed"] == []
    assert report["changed"] == [
        {
            "operation": "GET /v1/groups",
            "changes": ["parameter added: query:name_filter", "parameter changed: query:limit"],
        }
    ]


def test_a_response_schema_change_deep_in_a_ref_is_reported(tmp_path: Path) -> None:
    new = require(SPEC_2026_07_10)
    spec = json.loads(new.read_text())
    spec["components"]["schemas"]["GroupResponse"]["properties"]["region_x"] = {"type": "string"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(spec))
    report = json.loads(run(str(new), str(changed), "--json").stdout)
    touched = {entry["operation"]: entry["changes"] for entry in report["changed"]}
    assert touched["GET /v1/groups/{}"] == ["response property added: data.region_x"]
    assert touched["GET /v1/groups"] == ["response property added: data.items.region_x"]


def test_the_lock_file_stands_in_for_the_locked_export() -> None:
    new = require(SPEC_2026_07_10)
    result = run(str(ROOT / "openapi" / "spec.lock.json"), str(new), "--json")
    assert json.loads(result.stdout) == {"added": [], "removed": [], "changed": []}


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run(str(broken), str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("spec-diff: error:")


def test_the_lock_gives_the_same_answer_as_the_export_it_was_written_from() -> None:
    old, new = require(SPEC_2026_07_10), require(SPEC_2026_06_22)
    from_lock = json.loads(run(str(ROOT / "openapi" / "spec.lock.json"), str(new), "--json").stdout)
    from_export = json.loads(run(str(old), str(new), "--json").stdout)

    def operations(report: dict[str, list[dict[str, str]]]) -> dict[str, list[str]]:
        return {kind: [entry["operation"] for entry in report[kind]] for kind in ("added", "removed", "changed")}

    assert operations(from_lock) == operations(from_export)
    assert operations(from_lock)["removed"] == ["POST /v1/external-logging/account/test"]
    assert len(from_lock["changed"]) == 22  # measured file to file; allOf and description noise is not change


def test_moving_properties_into_an_all_of_is_no_change(tmp_path: Path) -> None:
    new = require(SPEC_2026_07_10)
    spec = json.loads(new.read_text())
    group = spec["components"]["schemas"]["GroupResponse"]
    spec["components"]["schemas"]["GroupResponse"] = {"allOf": [group], "description": "reworded"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(spec))

    report = json.loads(run(str(ROOT / "openapi" / "spec.lock.json"), str(changed), "--json").stdout)

    assert report == {"added": [], "removed": [], "changed": []}


def test_a_lock_with_fingerprints_of_another_version_is_refused(tmp_path: Path) -> None:
    lock = json.loads((ROOT / "openapi" / "spec.lock.json").read_text())
    del lock["fingerprint_version"]
    old_lock = tmp_path / "spec.lock.json"
    old_lock.write_text(json.dumps(lock))

    result = run(str(old_lock), str(require(SPEC_2026_07_10)))

    assert result.returncode == 2
    assert result.stderr == (
        f"spec-diff: error: {old_lock}: its fingerprints are from an older spec_diff (version 1, this one writes 2); "
        "rewrite it with `make generate SPEC=<the locked export> UPDATE_LOCK=1`\n"
    )
