"""Every 2xx response of the go-fivetran corpus parses through its generated operation.

The corpus was written outside this project (the official Go SDK's unit tests), so it checks the
normalized spec against someone else's idea of the API: null timestamps, integer `sync_frequency`,
extra keys such as `fake_field`, 201 where the spec says 200, missing "required" fields.
"""

from __future__ import annotations

import json

import httpx
import pytest
from fivetran_api.client import AuthenticatedClient

from ..conftest import CONFORMANCE_DIR, require
from ._conformance import (
    Fixture,
    InvalidRequestBody,
    call_arguments,
    load_fixtures,
    missing_keys,
    module_for,
    response_model,
)

FIXTURES = load_fixtures(CONFORMANCE_DIR) if CONFORMANCE_DIR.exists() else []
SUCCESS = [f for f in FIXTURES if 200 <= f.status < 300]


def _client_answering(fixture: Fixture, seen: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(fixture.status, json=fixture.response)

    client = AuthenticatedClient(base_url="https://api.fivetran.com", token="unused")
    client.set_httpx_client(httpx.Client(base_url="https://api.fivetran.com", transport=httpx.MockTransport(handler)))
    return client


def _parse(fixture: Fixture) -> tuple[object, object, list[httpx.Request]]:
    routed = module_for(fixture)
    assert routed is not None, f"{fixture.key} is not an operation of the spec"
    template, module = routed
    seen: list[httpx.Request] = []
    client = _client_answering(fixture, seen)
    try:
        positional, kwargs = call_arguments(module, template, fixture)
    except InvalidRequestBody:
        # The request side refuses the mock's placeholder body (strict on requests); parse the answer
        # with the very function sync_detailed uses, on a request that went through the same client.
        request = client.get_httpx_client().request(fixture.method, fixture.path)
        return module._build_response(client=client, response=request), response_model(module), seen
    response = module.sync_detailed(*positional, client=client, **kwargs)
    return response, response_model(module), seen


def test_corpus_counts() -> None:
    require(CONFORMANCE_DIR)
    matched = [f for f in SUCCESS if module_for(f) is not None]
    unmatched = sorted({f.key for f in SUCCESS if module_for(f) is None})
    print(f"\nconformance: {len(FIXTURES)} fixtures, {len(SUCCESS)} 2xx, {len(matched)} match a spec operation")
    print(f"conformance: not in the spec (go-fivetran's own drift): {unmatched}")
    assert len(SUCCESS) == 138
    assert len(matched) == 135
    assert len(unmatched) == 3


@pytest.mark.parametrize("fixture", [f for f in SUCCESS if module_for(f) is not None], ids=lambda f: f.name)
def test_success_response_parses_into_operation_model(fixture: Fixture) -> None:
    response, model, seen = _parse(fixture)
    # The request really went out with the method and (encoded) path of the fixture.
    assert [r.method for r in seen] == [fixture.method]
    assert seen[0].url.path == fixture.path
    body = fixture.response
    # Every corpus operation answers JSON (the one binary download has no fixture), so each has a model.
    assert model is not None, f"{fixture.key} has no response model to parse into"
    assert isinstance(response.parsed, model), f"parsed into {type(response.parsed).__name__}, not {model.__name__}"
    round_trip = response.parsed.to_dict()
    # Unknown keys (e.g. `fake_field`) survive, at every depth, and nothing the server said is lost.
    assert missing_keys(body, round_trip) == []
    assert round_trip.get("code") == body.get("code")


PLACEHOLDER_REQUESTS = {
    "post__v1_transformations__201__938612f9": ("type", "DBT_GIT"),
    "post__v1_private_links__201__4810f639": ("region", "region"),
}


@pytest.mark.parametrize("name", sorted(PLACEHOLDER_REQUESTS))
def test_request_values_the_client_does_not_know_go_through_the_generated_layer(name: str) -> None:
    """Fivetran adds regions and types: the generated layer sends a value it does not know verbatim
    (`fivetran_ext` validates where it knows the set)."""
    require(CONFORMANCE_DIR)
    fixture = next(f for f in SUCCESS if f.name == name)
    routed = module_for(fixture)
    assert routed is not None
    seen: list[httpx.Request] = []
    positional, kwargs = call_arguments(routed[1], routed[0], fixture)
    routed[1].sync_detailed(*positional, client=_client_answering(fixture, seen), **kwargs)
    key, value = PLACEHOLDER_REQUESTS[name]
    assert json.loads(seen[0].content)[key] == value
    assert json.loads(seen[0].content) == fixture.request_body


def test_fake_field_is_reachable_on_the_typed_model() -> None:
    require(CONFORMANCE_DIR)
    fixture = next(f for f in SUCCESS if f.key == "GET /v1/connections/{}" and f.status == 200)
    response, _, _ = _parse(fixture)
    data = response.parsed.data
    assert data.id == fixture.response["data"]["id"]
    assert data.sync_frequency == 1440
    assert data.succeeded_at is None
    assert data.failed_at is None
    assert data.config["fake_field"] == "unmapped-value"
