"""Every example in docs/webhooks.md runs, and does what the page says; module doctests pass too."""

from __future__ import annotations

import doctest
import importlib
import json
import types
from pathlib import Path
from typing import Any

import pytest

from fivetran_ext.webhooks import SECRET_ENV_VAR, InvalidSignatureError, WebhookEvent, construct_event

from .._docs import examples as _shared_examples
from .._docs import untagged
from ._payloads import OTHER_SECRET, SECRET, SYNC_END, encode, signed

DOC = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"
BODY = encode(SYNC_END)


def examples() -> dict[str, str]:
    return _shared_examples(DOC)


def run_example(name: str, **given: Any) -> dict[str, Any]:
    """Execute one example as a module body; ``given`` stands in for the reader's own objects."""
    module = types.ModuleType(f"docs_example_{name.replace('-', '_')}")
    module.__dict__.update(given)
    exec(compile(examples()[name], f"{DOC}:{name}", "exec"), module.__dict__)  # noqa: S102 - our own docs
    return module.__dict__


@pytest.fixture(autouse=True)
def _env_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV_VAR, SECRET)


def test_every_python_block_is_a_tested_example() -> None:
    assert untagged(DOC) == []
    assert set(examples()) == {
        "rotation", "verifier", "flask", "fastapi", "starlette", "django", "on-error", "dedup", "redis-store",
        "testing",
    }  # fmt: skip


def test_rotation_example() -> None:
    class SecretStore:
        def __init__(self) -> None:
            self.value = [SECRET]

        def read(self, path: str) -> list[str]:
            return self.value

    store = SecretStore()
    namespace = run_example("rotation", secret_store=store)
    verifier = namespace["verifier"]
    # Both secrets of the rotation are accepted, any other is not.
    assert verifier.construct_event(BODY, signed(BODY, "old-secret")).event == "sync_end"
    assert verifier.construct_event(BODY, signed(BODY, "new-secret")).event == "sync_end"
    with pytest.raises(InvalidSignatureError):
        verifier.construct_event(BODY, signed(BODY, "wrong-secret"))
    # The callable is read on every delivery: once the store moves on, the retired secret is refused.
    rotating = namespace["rotating_verifier"]
    assert rotating.construct_event(BODY, signed(BODY, SECRET)).event == "sync_end"
    store.value = [OTHER_SECRET]
    assert rotating.construct_event(BODY, signed(BODY, OTHER_SECRET)).event == "sync_end"
    with pytest.raises(InvalidSignatureError):
        rotating.construct_event(BODY, signed(BODY, SECRET))


def test_verifier_example(capsys: pytest.CaptureFixture[str]) -> None:
    handle_delivery = run_example("verifier")["handle_delivery"]
    assert handle_delivery(BODY, signed(BODY)) == (200, {"status": "ok"})
    assert capsys.readouterr().out == "sync_end for warn_enormous\n"
    status, body = handle_delivery(BODY, signed(BODY, "wrong"))
    assert (status, body["error"]) == (401, "invalid_signature")


def test_flask_example() -> None:
    namespace = run_example("flask")
    client = namespace["app"].test_client()
    assert client.post("/fivetran/webhook", data=BODY, headers=signed(BODY)).status_code == 204
    assert namespace["jobs"].get_nowait().raw == BODY
    assert client.post("/fivetran/webhook", data=BODY, headers=signed(BODY, "wrong")).status_code == 401


def test_fastapi_example() -> None:
    from fastapi.testclient import TestClient

    namespace = run_example("fastapi")
    client = TestClient(namespace["app"])
    assert client.post("/fivetran/webhook", content=BODY, headers=signed(BODY)).status_code == 204
    assert namespace["jobs"].get_nowait().connector_id == "warn_enormous"
    rejected = client.post("/fivetran/webhook", content=BODY, headers={})
    assert (rejected.status_code, rejected.json()["error"]) == (400, "missing_signature")


def test_starlette_example() -> None:
    from starlette.testclient import TestClient

    namespace = run_example("starlette")
    client = TestClient(namespace["app"])
    assert client.post("/fivetran/webhook", content=BODY, headers=signed(BODY)).status_code == 204
    assert isinstance(namespace["jobs"].get_nowait(), WebhookEvent)
    rejected = client.get("/fivetran/webhook")
    assert (rejected.status_code, rejected.json()["error"]) == (405, "method_not_allowed")


@pytest.mark.usefixtures("django_settings")
def test_django_example() -> None:
    from django.test import Client, override_settings  # type: ignore[import-untyped,unused-ignore]

    namespace = run_example("django")
    urlconf = types.ModuleType("docs_django_urls")
    urlconf.__dict__.update(namespace)
    with override_settings(ROOT_URLCONF=urlconf):
        client = Client(enforce_csrf_checks=True)
        for path in ("/fivetran/webhook", "/fivetran/webhook-async"):
            response = client.post(path, data=BODY, content_type="application/json", headers=signed(BODY))
            assert response.status_code == 204
            assert namespace["jobs"].get_nowait().raw == BODY
        assert client.get("/fivetran/webhook").status_code == 405


def test_on_error_example(caplog: pytest.LogCaptureFixture) -> None:
    client = run_example("on-error")["app"].test_client()
    response = client.post("/fivetran/webhook", data=BODY, headers=signed(BODY, "wrong"))
    assert (response.status_code, response.get_data(as_text=True)) == (401, "Invalid signature")
    assert response.mimetype == "text/plain"
    assert "rejected a Fivetran delivery: invalid_signature" in caplog.text
    large = encode({**SYNC_END, "padding": "x" * 70_000})
    assert client.post("/fivetran/webhook", data=large, headers=signed(large)).status_code == 413


def test_dedup_example() -> None:
    handled: list[WebhookEvent] = []
    failures = [RuntimeError("database down")]

    def handle(event: WebhookEvent) -> None:
        if failures:
            raise failures.pop()
        handled.append(event)

    process_once = run_example("dedup", handle=handle)["process_once"]
    delivered = construct_event(BODY, signed(BODY), SECRET)
    with pytest.raises(RuntimeError):
        process_once(delivered)  # first attempt fails: forgotten, so the retry is processed
    process_once(delivered)
    process_once(delivered)  # a duplicate retry: skipped
    assert handled == [delivered]


def test_redis_store_example() -> None:
    class FakeRedis:
        """The two redis-py calls the example uses, with SET NX semantics."""

        def __init__(self) -> None:
            self.data: dict[str, tuple[int, int]] = {}

        def set(self, key: str, value: int, *, nx: bool, ex: int) -> bool | None:
            if nx and key in self.data:
                return None
            self.data[key] = (value, ex)
            return True

        def delete(self, key: str) -> int:
            return 1 if self.data.pop(key, None) else 0

    redis = FakeRedis()
    dedup = run_example("redis-store", redis_client=redis)["dedup"]
    assert dedup.is_duplicate(BODY) is False
    assert dedup.is_duplicate(BODY) is True
    assert list(redis.data.values()) == [(1, 25 * 3600)]
    dedup.forget(BODY)
    assert redis.data == {}


def test_testing_example() -> None:
    namespace = run_example("testing")
    event = construct_event(namespace["body"], namespace["headers"], "test-secret")
    assert event.succeeded
    assert json.loads(namespace["body"]) == {"event": "sync_end", "data": {"status": "SUCCESSFUL"}}


@pytest.mark.parametrize(
    "module",
    [
        "fivetran_ext.webhooks",
        "fivetran_ext.webhooks._signature",
        "fivetran_ext.webhooks._event",
        "fivetran_ext.webhooks._verifier",
        "fivetran_ext.webhooks._dedup",
    ],
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
