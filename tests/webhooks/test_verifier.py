"""WebhookVerifier: where the secret comes from, failing at setup, size limit, and never showing secrets."""

from __future__ import annotations

import pickle
import traceback

import pytest

from fivetran_ext.webhooks import (
    DEFAULT_MAX_BODY_SIZE,
    SECRET_ENV_VAR,
    InvalidSignatureError,
    MethodNotAllowedError,
    MissingBodyError,
    MissingSignatureError,
    PayloadTooLargeError,
    WebhookConfigurationError,
    WebhookError,
    WebhookPayloadError,
    WebhookRequestError,
    WebhookVerificationError,
    WebhookVerifier,
    construct_event,
)

from ._payloads import OTHER_SECRET, SECRET, SYNC_END, encode, signed

BODY = encode(SYNC_END)


def test_secret_argument() -> None:
    assert WebhookVerifier(SECRET).construct_event(BODY, signed(BODY)).event == "sync_end"


def test_secret_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV_VAR, SECRET)
    verifier = WebhookVerifier()
    assert verifier.construct_event(BODY, signed(BODY)).connector_id == "warn_enormous"
    assert construct_event(BODY, signed(BODY)).connector_id == "warn_enormous"


@pytest.mark.parametrize("value", [None, ""])
def test_missing_or_empty_environment_secret_fails_at_setup(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is not None:
        monkeypatch.setenv(SECRET_ENV_VAR, value)
    with pytest.raises(WebhookConfigurationError, match=SECRET_ENV_VAR):
        WebhookVerifier()


@pytest.mark.parametrize("secret", ["", b"", [], ()])
def test_empty_secret_fails_at_setup(secret: str | bytes | list[str]) -> None:
    with pytest.raises(WebhookConfigurationError):
        WebhookVerifier(secret)


def test_wrong_secret_type_names_only_the_type() -> None:
    with pytest.raises(WebhookConfigurationError, match="int") as caught:
        WebhookVerifier(123456)  # type: ignore[arg-type]
    assert "123456" not in str(caught.value)


def test_rotation_list() -> None:
    verifier = WebhookVerifier([OTHER_SECRET, SECRET])
    verifier.construct_event(BODY, signed(BODY, SECRET))
    verifier.construct_event(BODY, signed(BODY, OTHER_SECRET))
    with pytest.raises(InvalidSignatureError):
        verifier.construct_event(BODY, signed(BODY, "retired"))


def test_callable_secret_is_called_at_setup_and_per_verification() -> None:
    calls: list[str] = []
    current = [SECRET]

    def from_store() -> list[str]:
        calls.append("call")
        return list(current)

    verifier = WebhookVerifier(from_store)
    assert len(calls) == 1  # validated at setup
    verifier.construct_event(BODY, signed(BODY, SECRET))
    assert len(calls) == 2
    current[:] = [OTHER_SECRET]  # the store rotated: the old secret stops working without a restart
    verifier.construct_event(BODY, signed(BODY, OTHER_SECRET))
    with pytest.raises(InvalidSignatureError):
        verifier.construct_event(BODY, signed(BODY, SECRET))


def test_callable_returning_nothing_fails_at_setup() -> None:
    with pytest.raises(WebhookConfigurationError, match="callable"):
        WebhookVerifier(lambda: "")


def test_callable_breaking_later_is_a_configuration_error_not_a_401() -> None:
    answers = iter([SECRET, ""])
    verifier = WebhookVerifier(lambda: next(answers))
    with pytest.raises(WebhookConfigurationError):
        verifier.construct_event(BODY, signed(BODY))


@pytest.mark.parametrize("size", [0, -1, True, 1.5])
def test_bad_size_limit_fails_at_setup(size: object) -> None:
    with pytest.raises(WebhookConfigurationError):
        WebhookVerifier(SECRET, max_body_size=size)  # type: ignore[arg-type]


def test_size_limit() -> None:
    assert WebhookVerifier(SECRET).max_body_size == DEFAULT_MAX_BODY_SIZE == 1024 * 1024
    WebhookVerifier(SECRET, max_body_size=len(BODY)).construct_event(BODY, signed(BODY))
    with pytest.raises(PayloadTooLargeError) as caught:
        WebhookVerifier(SECRET, max_body_size=len(BODY) - 1).construct_event(BODY, signed(BODY))
    assert caught.value.status_code == 413
    assert caught.value.limit == len(BODY) - 1


def test_checks_run_in_a_fixed_order() -> None:
    verifier = WebhookVerifier(SECRET, max_body_size=4)
    with pytest.raises(MissingSignatureError):  # before size
        verifier.construct_event(b"x" * 10, {})
    with pytest.raises(PayloadTooLargeError):  # before the signature is checked
        verifier.construct_event(b"x" * 10, signed(b"other"))
    with pytest.raises(MissingBodyError):
        verifier.construct_event(b"", signed(b"other"))


def test_error_hierarchy_and_http_mapping() -> None:
    expected = {
        MissingBodyError: (400, "missing_body"),
        MissingSignatureError: (400, "missing_signature"),
        InvalidSignatureError: (401, "invalid_signature"),
        MethodNotAllowedError: (405, "method_not_allowed"),
        WebhookPayloadError: (422, "invalid_json"),
    }
    for cls, (status, kind) in expected.items():
        error = cls()
        assert isinstance(error, WebhookRequestError)
        assert isinstance(error, WebhookError)
        assert (error.status_code, error.type) == (status, kind)
        assert error.to_dict() == {"error": kind, "message": error.message}
    assert issubclass(MissingSignatureError, WebhookVerificationError)
    assert issubclass(InvalidSignatureError, WebhookVerificationError)
    assert not issubclass(WebhookConfigurationError, WebhookRequestError)
    assert issubclass(WebhookConfigurationError, ValueError)
    assert dict(MethodNotAllowedError().headers) == {"Allow": "POST"}
    assert dict(InvalidSignatureError().headers) == {}
    assert PayloadTooLargeError(10).to_dict() == {
        "error": "payload_too_large",
        "message": "Request body exceeds the limit of 10 bytes",
    }


@pytest.mark.parametrize(
    "secret",
    [SECRET, SECRET.encode(), [OTHER_SECRET, SECRET], lambda: SECRET],
    ids=["str", "bytes", "list", "callable"],
)
def test_repr_and_str_never_show_the_secret(secret: object) -> None:
    verifier = WebhookVerifier(secret)  # type: ignore[arg-type]
    for text in (repr(verifier), str(verifier)):
        assert SECRET not in text
        assert OTHER_SECRET not in text
        assert "WebhookVerifier(" in text
        assert "max_body_size=1048576" in text


def test_repr_says_where_the_secret_comes_from(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "<1 secret>" in repr(WebhookVerifier(SECRET))
    assert "<2 secrets>" in repr(WebhookVerifier([SECRET, OTHER_SECRET]))
    assert "<from callable>" in repr(WebhookVerifier(lambda: SECRET))
    monkeypatch.setenv(SECRET_ENV_VAR, SECRET)
    assert f"<from ${SECRET_ENV_VAR}>" in repr(WebhookVerifier())


def test_errors_never_show_the_secret_or_signature() -> None:
    verifier = WebhookVerifier(SECRET)
    headers = signed(BODY, OTHER_SECRET)
    with pytest.raises(InvalidSignatureError) as caught:
        verifier.construct_event(BODY, headers)
    rendered = "".join(traceback.format_exception(caught.value)) + repr(caught.value) + str(caught.value)
    assert SECRET not in rendered
    assert headers["X-Fivetran-Signature-256"] not in rendered


def test_tracebacks_with_locals_show_no_secret() -> None:
    # Error trackers record frame locals; the verifier's own frames only ever hold redacted Secret objects.
    verifier = WebhookVerifier(SECRET)
    with pytest.raises(InvalidSignatureError) as caught:
        verifier.construct_event(BODY, signed(BODY, OTHER_SECRET))
    frames = traceback.TracebackException.from_exception(caught.value, capture_locals=True).stack
    own = [frame for frame in frames if "fivetran_ext" in frame.filename]
    assert own, "expected frames from the library"
    for frame in own:
        assert SECRET not in repr(frame.locals)


def test_configuration_errors_never_show_the_secret() -> None:
    with pytest.raises(WebhookConfigurationError) as caught:
        WebhookVerifier([SECRET, 99])  # type: ignore[list-item]
    assert SECRET not in str(caught.value)


def test_verifier_has_no_instance_dict_to_dump() -> None:
    with pytest.raises(TypeError):
        vars(WebhookVerifier(SECRET))


@pytest.mark.parametrize(
    "error", [PayloadTooLargeError(5), InvalidSignatureError("Invalid signature: why"), MissingBodyError()]
)
def test_errors_survive_pickling(error: WebhookRequestError) -> None:
    # Task queues and multiprocessing pickle exceptions.
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is type(error)
    assert copy.to_dict() == error.to_dict()
    assert getattr(copy, "limit", None) == getattr(error, "limit", None)
