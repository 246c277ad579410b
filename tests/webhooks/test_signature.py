"""compute_signature / verify_signature: raw bytes, any hex case, rotation, malformed headers never crash."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fivetran_ext.webhooks import (
    InvalidSignatureError,
    MissingSignatureError,
    WebhookConfigurationError,
    WebhookVerificationError,
    compute_signature,
    verify_signature,
)

from ._payloads import OTHER_SECRET, SECRET, SYNC_END, encode

BODY = encode(SYNC_END)
# Independently computed reference, so the test does not just compare compute_signature with itself.
EXPECTED = hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest().upper()

secrets = st.text(min_size=1) | st.binary(min_size=1)


def test_compute_signature_is_upper_case_hex_hmac_sha256_of_the_raw_body() -> None:
    assert compute_signature(BODY, SECRET) == EXPECTED
    assert compute_signature(BODY, SECRET.encode()) == EXPECTED
    assert len(EXPECTED) == 64


def test_known_vector() -> None:
    # RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    assert compute_signature(b"what do ya want for nothing?", "Jefe") == (
        "5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843"
    )


def test_round_trip() -> None:
    verify_signature(BODY, compute_signature(BODY, SECRET), SECRET)


@pytest.mark.parametrize("signature", [EXPECTED.lower(), EXPECTED.title(), EXPECTED[:32].lower() + EXPECTED[32:]])
def test_any_hex_case_is_accepted(signature: str) -> None:
    verify_signature(BODY, signature, SECRET)


def test_bytes_header_value_is_accepted() -> None:
    verify_signature(BODY, EXPECTED.encode("ascii"), SECRET)


def test_surrounding_whitespace_is_ignored() -> None:
    verify_signature(BODY, f" {EXPECTED}\t", SECRET)


def test_tampered_body_is_rejected() -> None:
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY.replace(b"SUCCESSFUL", b"FAILURE"), EXPECTED, SECRET)


def test_trailing_newline_is_a_different_body() -> None:
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY + b"\n", EXPECTED, SECRET)


def test_wrong_secret_is_rejected() -> None:
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY, EXPECTED, OTHER_SECRET)


def test_empty_body_signs_and_verifies() -> None:
    signature = compute_signature(b"", SECRET)
    verify_signature(b"", signature, SECRET)
    with pytest.raises(InvalidSignatureError):
        verify_signature(b"{}", signature, SECRET)


def test_unicode_payload_is_verified_on_its_utf8_bytes() -> None:
    raw = '{"event": "sync_end", "connector_name": "données_成都_🚀"}'.encode()
    escaped = encode(json.loads(raw))  # the same JSON value, written with \u escapes: other bytes
    verify_signature(raw, compute_signature(raw, SECRET), SECRET)
    with pytest.raises(InvalidSignatureError):
        verify_signature(escaped, compute_signature(raw, SECRET), SECRET)


def test_unicode_secret_is_utf8_encoded() -> None:
    secret = "clé-секрет"
    expected = hmac.new(secret.encode("utf-8"), BODY, hashlib.sha256).hexdigest().upper()
    assert compute_signature(BODY, secret) == expected
    verify_signature(BODY, expected, secret)


@pytest.mark.parametrize("signature", [None, "", "   ", b""])
def test_absent_or_blank_signature_is_missing(signature: str | bytes | None) -> None:
    with pytest.raises(MissingSignatureError) as caught:
        verify_signature(BODY, signature, SECRET)
    assert caught.value.status_code == 400
    assert caught.value.type == "missing_signature"


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param("Z" * 64, id="non-hex"),
        pytest.param(EXPECTED[:-1], id="too-short"),
        pytest.param(EXPECTED + "0", id="too-long"),
        pytest.param(EXPECTED[:62], id="short-but-even"),
        pytest.param("sha256=" + EXPECTED, id="prefixed"),
        pytest.param(EXPECTED[:32] + " " + EXPECTED[32:], id="inner-space"),
        pytest.param("é" * 64, id="non-ascii"),
        pytest.param("٣" * 64, id="non-ascii-digits"),
        pytest.param(EXPECTED[:63] + "\u0660", id="non-ascii-last-char"),
        pytest.param(b"\xff" * 64, id="non-ascii-bytes"),
        pytest.param("0x" + EXPECTED[2:], id="hex-prefix"),
        pytest.param("\x00" * 64, id="nul"),
    ],
)
def test_malformed_signature_is_invalid_not_a_crash(signature: str | bytes) -> None:
    with pytest.raises(InvalidSignatureError) as caught:
        verify_signature(BODY, signature, SECRET)
    assert caught.value.status_code == 401
    assert isinstance(caught.value, WebhookVerificationError)


def test_rotation_accepts_any_listed_secret() -> None:
    old = compute_signature(BODY, OTHER_SECRET)
    new = compute_signature(BODY, SECRET)
    for signature in (old, new):
        verify_signature(BODY, signature, [OTHER_SECRET, SECRET])
        verify_signature(BODY, signature, (SECRET, OTHER_SECRET.encode()))
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY, compute_signature(BODY, "retired"), [OTHER_SECRET, SECRET])


@pytest.mark.parametrize("secret", ["", b"", [], [SECRET, ""], [SECRET, 42]])
def test_unusable_secret_is_a_configuration_error(secret: object) -> None:
    with pytest.raises(WebhookConfigurationError):
        verify_signature(BODY, EXPECTED, secret)  # type: ignore[arg-type]


def test_text_body_is_refused() -> None:
    with pytest.raises(TypeError, match="raw request bytes"):
        verify_signature(BODY.decode(), EXPECTED, SECRET)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_bodies_are_raw_bytes_too() -> None:
    verify_signature(bytearray(BODY), EXPECTED, SECRET)
    verify_signature(memoryview(BODY), EXPECTED, SECRET)


@given(body=st.binary(), secret=secrets)
def test_property_round_trip(body: bytes, secret: str | bytes) -> None:
    verify_signature(body, compute_signature(body, secret), secret)
    verify_signature(body, compute_signature(body, secret).lower(), secret)


@given(body=st.binary(), secret=secrets, data=st.data())
def test_property_any_body_change_fails(body: bytes, secret: str | bytes, data: st.DataObject) -> None:
    signature = compute_signature(body, secret)
    changed = data.draw(st.binary().filter(lambda other: other != body), label="changed body")
    with pytest.raises(InvalidSignatureError):
        verify_signature(changed, signature, secret)


@given(body=st.binary(min_size=1), secret=secrets, data=st.data())
def test_property_single_byte_flip_fails(body: bytes, secret: str | bytes, data: st.DataObject) -> None:
    signature = compute_signature(body, secret)
    index = data.draw(st.integers(0, len(body) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    with pytest.raises(InvalidSignatureError):
        verify_signature(changed, signature, secret)


@given(body=st.binary(), secret=secrets, other=secrets)
def test_property_any_secret_change_fails(body: bytes, secret: str | bytes, other: str | bytes) -> None:
    as_bytes = secret.encode() if isinstance(secret, str) else secret
    other_bytes = other.encode() if isinstance(other, str) else other
    # HMAC zero-pads short keys, so keys differing only by trailing NUL bytes are the same key.
    assume(as_bytes.rstrip(b"\x00") != other_bytes.rstrip(b"\x00"))
    with pytest.raises(InvalidSignatureError):
        verify_signature(body, compute_signature(body, secret), other)


@given(signature=st.text() | st.binary())
def test_property_arbitrary_header_never_crashes(signature: str | bytes) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, signature, SECRET)
