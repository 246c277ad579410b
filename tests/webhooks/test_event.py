"""construct_event: typed fields, legacy group_id, unknown keys and events kept, created as aware datetime."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from fivetran_ext.webhooks import (
    InvalidSignatureError,
    MissingBodyError,
    MissingSignatureError,
    WebhookEvent,
    WebhookPayloadError,
    construct_event,
)

from ._payloads import SECRET, SYNC_END, encode, signed


def event_of(payload: Any) -> WebhookEvent:
    body = encode(payload)
    return construct_event(body, signed(body), SECRET)


def test_all_fields_of_a_sync_end() -> None:
    body = encode(SYNC_END)
    event = construct_event(body, signed(body), SECRET)
    assert event.event == "sync_end"
    assert event.created == datetime(2026, 7, 10, 11, 38, 34, 386000, tzinfo=UTC)
    assert event.connector_type == "postgres"
    assert event.connector_id == "warn_enormous"
    assert event.connector_name == "pg_main"
    assert event.sync_id == "f2cc1b3e-8e8a-4a1c-9a6e-6d0b2a4c1c11"
    assert event.destination_group_id == "decent_dropsy"
    assert dict(event.data) == {"status": "SUCCESSFUL"}
    assert dict(event.extra) == {}
    assert dict(event.payload) == SYNC_END
    assert event.raw == body


def test_created_keeps_milliseconds_and_is_aware() -> None:
    created = event_of({"event": "sync_start", "created": "2021-08-18T11:38:34.386Z"}).created
    assert created is not None
    assert created.tzinfo is not None
    assert created.microsecond == 386000
    assert created.utcoffset() == timedelta(0)


def test_created_with_an_offset_keeps_it() -> None:
    created = event_of({"event": "sync_start", "created": "2021-08-18T13:38:34.386+02:00"}).created
    assert created == datetime(2021, 8, 18, 11, 38, 34, 386000, tzinfo=UTC)
    assert created is not None
    assert created.utcoffset() == timezone(timedelta(hours=2)).utcoffset(None)


def test_created_without_offset_is_read_as_utc() -> None:
    created = event_of({"event": "sync_start", "created": "2021-08-18T11:38:34.386"}).created
    assert created == datetime(2021, 8, 18, 11, 38, 34, 386000, tzinfo=UTC)


def test_legacy_group_id_fills_destination_group_id() -> None:
    payload = {key: value for key, value in SYNC_END.items() if key != "destination_group_id"}
    event = event_of({**payload, "group_id": "legacy_group"})
    assert event.destination_group_id == "legacy_group"
    assert "group_id" not in event.extra


def test_destination_group_id_wins_over_group_id() -> None:
    assert event_of({**SYNC_END, "group_id": "legacy_group"}).destination_group_id == "decent_dropsy"


def test_unknown_top_level_keys_are_kept_in_extra() -> None:
    event = event_of({**SYNC_END, "account_id": "acc_1", "details": {"rows": 12}, "new_flag": True})
    assert dict(event.extra) == {"account_id": "acc_1", "details": {"rows": 12}, "new_flag": True}


@pytest.mark.parametrize(
    "name", ["transformation_run_succeeded", "connection_failure", "pause_connector", "brand_new_event_2027"]
)
def test_unknown_and_newer_event_names_are_kept(name: str) -> None:
    event = event_of({"event": name, "connector_id": "c1"})
    assert event.event == name
    assert not event.succeeded
    assert not event.failed


def test_minimal_payload_leaves_optional_fields_empty() -> None:
    event = event_of({"event": "status"})
    assert event.created is None
    assert event.connector_id is None
    assert event.destination_group_id is None
    assert dict(event.data) == {}
    assert event.status is None


def test_null_data_is_empty() -> None:
    assert dict(event_of({"event": "sync_start", "data": None}).data) == {}


@pytest.mark.parametrize(
    ("event_name", "status", "succeeded", "failed"),
    [
        ("sync_end", "SUCCESSFUL", True, False),
        ("sync_end", "FAILURE", False, True),
        ("sync_end", "FAILURE_WITH_TASK", False, True),
        ("sync_end", "RESCHEDULED", False, False),
        ("sync_start", "SUCCESSFUL", False, False),
    ],
)
def test_succeeded_and_failed_read_data_status_of_sync_end(
    event_name: str, status: str, succeeded: bool, failed: bool
) -> None:
    event = event_of({"event": event_name, "data": {"status": status, "reason": "x"}})
    assert (event.succeeded, event.failed) == (succeeded, failed)
    assert event.status == status


def test_top_level_status_is_not_what_succeeded_reads() -> None:
    # Fivetrex reads a top-level "status" and ignores data.status; Fivetran puts it in data.
    event = event_of({"event": "sync_end", "status": "SUCCESSFUL", "data": {"status": "FAILURE"}})
    assert event.failed
    assert not event.succeeded
    assert event.extra["status"] == "SUCCESSFUL"


def test_unicode_payload() -> None:
    body = '{"event": "sync_end", "connector_name": "données_成都_🚀", "data": {"reason": "échec"}}'.encode()
    event = construct_event(body, signed(body), SECRET)
    assert event.connector_name == "données_成都_🚀"
    assert event.data["reason"] == "échec"


def test_event_is_immutable_and_hashable() -> None:
    event = event_of(SYNC_END)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.event = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.data["status"] = "FAILURE"  # type: ignore[index]
    assert event == event_of(SYNC_END)
    assert len({event, event_of(SYNC_END), event_of({**SYNC_END, "sync_id": "other"})}) == 2


def test_repr_leaves_out_the_raw_body() -> None:
    text = repr(event_of({**SYNC_END, "note": "visible"}))
    assert "warn_enormous" in text
    assert "raw=" not in text
    assert "payload=" not in text


def test_headers_are_case_insensitive_and_may_be_pairs() -> None:
    body = encode(SYNC_END)
    signature = signed(body)["X-Fivetran-Signature-256"]
    for headers in (
        {"x-fivetran-signature-256": signature},
        {"X-FIVETRAN-SIGNATURE-256": signature},
        [("Content-Type", "application/json"), ("x-Fivetran-Signature-256", signature)],
    ):
        assert construct_event(body, headers, SECRET).event == "sync_end"


def test_first_signature_header_wins() -> None:
    body = encode(SYNC_END)
    good = signed(body)["X-Fivetran-Signature-256"]
    construct_event(body, [("X-Fivetran-Signature-256", good), ("X-Fivetran-Signature-256", "0" * 64)], SECRET)
    with pytest.raises(InvalidSignatureError):
        construct_event(body, [("X-Fivetran-Signature-256", "0" * 64), ("X-Fivetran-Signature-256", good)], SECRET)


def test_missing_header_and_empty_body() -> None:
    body = encode(SYNC_END)
    with pytest.raises(MissingSignatureError):
        construct_event(body, {"Content-Type": "application/json"}, SECRET)
    with pytest.raises(MissingBodyError) as caught:
        construct_event(b"", signed(b""), SECRET)
    assert caught.value.status_code == 400


def test_signature_is_checked_before_the_json() -> None:
    # An attacker must not learn anything about parsing without a valid signature.
    with pytest.raises(InvalidSignatureError):
        construct_event(b"not json", signed(b"other"), SECRET)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="invalid"),
        pytest.param(b"[]", id="array"),
        pytest.param(b'"sync_end"', id="string"),
        pytest.param(b"42", id="number"),
        pytest.param(b"null", id="null"),
        pytest.param(b"\xff\xfe{}", id="bad-utf8"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="deep-nesting"),
        pytest.param(b'{"event": 1}', id="event-not-string"),
        pytest.param(b'{"data": {}}', id="event-missing"),
        pytest.param(b'{"event": ""}', id="event-empty"),
        pytest.param(b'{"event": "sync_end", "data": []}', id="data-not-object"),
        pytest.param(b'{"event": "sync_end", "connector_id": 7}', id="field-not-string"),
        pytest.param(b'{"event": "sync_end", "created": "yesterday"}', id="created-not-iso"),
        pytest.param(b'{"event": "sync_end", "n": 1' + b"0" * 5000 + b"}", id="huge-integer"),
    ],
)
def test_payload_errors_are_422(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        construct_event(body, signed(body), SECRET)
    assert caught.value.status_code == 422
    assert caught.value.type == "invalid_json"
