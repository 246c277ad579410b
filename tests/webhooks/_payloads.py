"""Shared test data: a secret, realistic Fivetran payloads, and the request cases every adapter must answer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from fivetran_ext.webhooks import SIGNATURE_HEADER, compute_signature

SECRET = "whsec-test-3f9a1c"
OTHER_SECRET = "whsec-other-77b2"
# Small, so the 413 cases need only a few hundred bytes.
LIMIT = 512

SYNC_END: dict[str, Any] = {
    "event": "sync_end",
    "created": "2026-07-10T11:38:34.386Z",
    "connector_type": "postgres",
    "connector_id": "warn_enormous",
    "connector_name": "pg_main",
    "sync_id": "f2cc1b3e-8e8a-4a1c-9a6e-6d0b2a4c1c11",
    "destination_group_id": "decent_dropsy",
    "data": {"status": "SUCCESSFUL"},
}


def encode(payload: Any) -> bytes:
    """JSON bytes as Fivetran would send them."""
    return json.dumps(payload).encode("utf-8")


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    """Headers of a delivery of ``body`` signed with ``secret``."""
    return {SIGNATURE_HEADER: compute_signature(body, secret), "Content-Type": "application/json"}


@dataclass(frozen=True)
class Case:
    """One request and the answer every adapter must give to it."""

    id: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    error: str | None = None
    method: str = "POST"


_VALID = encode(SYNC_END)
_TOO_LARGE = encode({**SYNC_END, "padding": "x" * LIMIT})

CASES = [
    Case("valid", _VALID, signed(_VALID)),
    Case("missing-signature", _VALID, {"Content-Type": "application/json"}, 400, "missing_signature"),
    Case("empty-signature", _VALID, {SIGNATURE_HEADER: ""}, 400, "missing_signature"),
    Case("missing-body", b"", signed(b""), 400, "missing_body"),
    Case("wrong-secret", _VALID, signed(_VALID, OTHER_SECRET), 401, "invalid_signature"),
    Case("tampered-body", _VALID.replace(b"SUCCESSFUL", b"FAILURE"), signed(_VALID), 401, "invalid_signature"),
    Case("malformed-signature", _VALID, {SIGNATURE_HEADER: "sha256=abc"}, 401, "invalid_signature"),
    Case("invalid-json", b"{not json", signed(b"{not json"), 422, "invalid_json"),
    Case("json-array", b"[1, 2]", signed(b"[1, 2]"), 422, "invalid_json"),
    Case("too-large", _TOO_LARGE, signed(_TOO_LARGE), 413, "payload_too_large"),
    Case("get", b"", signed(b""), 405, "method_not_allowed", method="GET"),
]
"""Every status code of the contract: 200, 400, 401, 405, 413, 422."""

STREAMED_TOO_LARGE = _TOO_LARGE
"""A body over LIMIT, for sending without Content-Length (chunked) to test the bytes-read check."""


def echo(event_name: str, connector_id: str | None) -> dict[str, Any]:
    """What the test views answer on success, so tests can see the event reached the view."""
    return {"event": event_name, "connector_id": connector_id}


def check(case: Case, status: int, body: Any, headers: Any) -> None:
    """Assert an adapter's answer to ``case``: status, error body, Allow header on 405."""
    assert status == case.status, body
    if case.error is None:
        assert body == echo(SYNC_END["event"], SYNC_END["connector_id"])
        return
    assert body["error"] == case.error
    assert isinstance(body["message"], str)
    assert body["message"]
    assert set(body) == {"error", "message"}
    assert SECRET not in json.dumps(body)
    if case.status == 405:
        assert headers["Allow"] == "POST"
