"""The go-fivetran corpus: every recorded success response for these resources parses through the ext method.

The Go SDK's unit tests serve these bodies for the operations they exercise; they are the closest thing to
real Fivetran answers in the repository. Each one is served to the method the registry names for its
operation, with that method's arguments from the request table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from fivetran_ext import Fivetran, Page
from fivetran_ext._coverage import COVERAGE
from fivetran_ext._operations import lookup_operation

from ..conftest import CONFORMANCE_DIR, require
from ._cases import CASES
from .conftest import Recorder, call

CORE = {"groups", "connections", "destinations", "webhooks"}
BY_CALL = {case.call: case for case in CASES}


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


_ROWS: dict[tuple[str, str], str] = {
    (method, _shape(path)): served
    for (method, path), served in COVERAGE.items()
    if isinstance(served, str) and served.split(".")[0] not in CORE
}


def _served_by(method: str, template: str) -> str | None:
    """The method serving a fixture's operation, matched on the path when the Go SDK used another verb.

    go-fivetran sends POST for the hybrid deployment agent re-auth the spec declares as PATCH.
    """
    served = _ROWS.get((method, _shape(template)))
    if served is None:
        by_path = [name for (_, path), name in _ROWS.items() if path == _shape(template)]
        served = by_path[0] if len(by_path) == 1 else None
    return served


# Requests the Go SDK sends with another verb than the spec declares; the client follows the spec.
_VERB_DRIFT = {("POST", "/v1/hybrid-deployment-agents/{}/re-auth"): "PATCH"}


def _fixtures() -> list[Any]:
    if not CONFORMANCE_DIR.exists():
        return [pytest.param(None, id="corpus-absent")]
    found = []
    for path in sorted(CONFORMANCE_DIR.glob("*.json")):
        if path.name == "index.json":
            continue
        fixture = json.loads(path.read_text())
        served = _served_by(fixture["method"], fixture["path_template"])
        if served is not None and 200 <= fixture["status"] < 300:
            found.append(pytest.param(path, id=path.stem))
    return found


FIXTURES = _fixtures()


@pytest.mark.parametrize("path", FIXTURES)
def test_corpus_response_parses_through_the_method(path: Path | None, recorder: Recorder, client: Fivetran) -> None:
    require(CONFORMANCE_DIR)
    assert path is not None
    fixture = json.loads(path.read_text())
    served = _served_by(fixture["method"], fixture["path_template"])
    assert served is not None
    case = BY_CALL[served]
    recorder.answer(httpx.Response(fixture["status"], json=fixture["response"]))

    result = call(client, case)

    # Same operation as the Go SDK's request (the ids differ: they come from the request table).
    sent = recorder.only()
    operation = lookup_operation(sent.method, sent.raw_path)
    expected_method = _VERB_DRIFT.get((fixture["method"], _shape(fixture["path_template"])), fixture["method"])
    assert (operation.method, _shape(operation.path)) == (expected_method, _shape(fixture["path_template"]))
    data = fixture["response"].get("data")
    if case.returns is Page:
        assert isinstance(result, Page)
        assert len(result.items) == len(data["items"])
        assert all(isinstance(item, case.item) for item in result.items)
    elif case.returns is None or data is None:
        # No data in the fixture (the Go SDK mocks membership updates with a bare message): None.
        assert result is None
    else:
        assert isinstance(result, case.returns)
        # Every key Fivetran sent is kept: as a field or in additional_properties.
        assert set(result.to_dict()) >= {key for key, value in data.items() if value is not None}


def test_corpus_counts() -> None:
    """All recorded successes of these resources are exercised (98 at go-fivetran 74cb73c)."""
    require(CONFORMANCE_DIR)
    index = json.loads((CONFORMANCE_DIR / "index.json").read_text())
    mine = [
        entry
        for entry in index["fixtures"]
        if 200 <= entry["status"] < 300 and _served_by(entry["method"], entry["path_template"]) is not None
    ]
    assert len(FIXTURES) == len(mine) >= 90
    assert {_served_by(entry["method"], entry["path_template"]) for entry in mine} <= set(BY_CALL)
