"""Where the spec and the live API disagree, and how each resource copes; retry safety of the new operations."""

from __future__ import annotations

import httpx
import pytest

from fivetran_ext import (
    AsyncFivetran,
    ConnectorTypeDetails,
    Fingerprint,
    Fivetran,
    Membership,
    ProxyAgentDetails,
    ResponseValidationError,
)
from fivetran_ext._operations import RetrySafety, lookup_operation

from ._cases import CONNECTOR_TYPE_DETAILS, FINGERPRINT, PROXY_DETAILS
from .conftest import Recorder


def test_fingerprint_approval_reads_the_envelope_the_api_sends_and_the_bare_body_the_spec_declares(
    recorder: Recorder, client: Fivetran
) -> None:
    recorder.answer(
        httpx.Response(201, json={"code": "Success", "message": "approved", "data": FINGERPRINT}),
        httpx.Response(201, json=FINGERPRINT),
    )

    enveloped = client.fingerprints.approve_for_connection("c", fingerprint_hash="h", public_key="k")
    bare = client.fingerprints.approve_for_destination("d", fingerprint_hash="h", public_key="k")

    assert isinstance(enveloped, Fingerprint)
    assert isinstance(bare, Fingerprint)
    assert enveloped.to_dict() == bare.to_dict() == FINGERPRINT
    assert enveloped.additional_properties == {}


@pytest.mark.anyio
async def test_proxy_agent_details_read_both_shapes_async(recorder: Recorder, async_client: AsyncFivetran) -> None:
    recorder.answer(
        httpx.Response(200, json={"code": "Success", "data": PROXY_DETAILS}), httpx.Response(200, json=PROXY_DETAILS)
    )

    first = await async_client.proxy_agents.get("proxy_1")
    second = await async_client.proxy_agents.get("proxy_1")

    assert isinstance(first, ProxyAgentDetails)
    assert first.to_dict() == second.to_dict() == PROXY_DETAILS


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"code": "Success", "message": "no data here"}, "has no 'data'"),
        ({"code": "Success", "data": ["not", "an", "object"]}, "'data' is not a ProxyAgentDetails"),
    ],
)
def test_proxy_agent_details_without_usable_data_are_a_validation_error(
    recorder: Recorder, client: Fivetran, body: dict[str, object], reason: str
) -> None:
    recorder.answer(httpx.Response(200, json=body))

    with pytest.raises(ResponseValidationError, match=reason) as raised:
        client.proxy_agents.get("proxy_1")

    assert raised.value.status_code == 200
    assert "GET /v1/proxy/{agent_id}" in str(raised.value)


@pytest.mark.parametrize(
    "data",
    [
        [CONNECTOR_TYPE_DETAILS, CONNECTOR_TYPE_DETAILS],
        {"items": [CONNECTOR_TYPE_DETAILS, CONNECTOR_TYPE_DETAILS], "next_cursor": None},
    ],
    ids=["list", "items"],
)
def test_public_connector_types_are_a_list_whatever_the_shape(
    recorder: Recorder, client: Fivetran, data: object
) -> None:
    recorder.answer(httpx.Response(200, json={"code": "Success", "data": data}))

    types = client.connector_types.list_public()

    assert [t.to_dict() for t in types] == [CONNECTOR_TYPE_DETAILS, CONNECTOR_TYPE_DETAILS]


def test_public_connector_types_as_the_spec_declares_them_is_a_list_of_one(
    recorder: Recorder, client: Fivetran
) -> None:
    recorder.answer(httpx.Response(200, json={"code": "Success", "data": CONNECTOR_TYPE_DETAILS}))

    (only,) = client.connector_types.list_public()

    assert isinstance(only, ConnectorTypeDetails)
    assert only.id == "google_ads"


@pytest.mark.parametrize("data", [None, "google_ads", [1, 2]])
def test_public_connector_types_of_another_shape_are_a_validation_error(
    recorder: Recorder, client: Fivetran, data: object
) -> None:
    body = {"code": "Success"} if data is None else {"code": "Success", "data": data}
    recorder.answer(httpx.Response(200, json=body))

    with pytest.raises(ResponseValidationError, match="not a list of ConnectorTypeDetails"):
        client.connector_types.list_public()


def test_membership_updates_return_the_data_the_api_sends_and_none_for_a_bare_message(
    recorder: Recorder, client: Fivetran
) -> None:
    recorder.answer(
        httpx.Response(200, json={"code": "Success", "message": "Connection membership has been updated"}),
        httpx.Response(200, json={"code": "Success", "data": {"id": "c", "role": "r"}}),
        httpx.Response(200, json={"code": "Success", "data": {"id": "g", "role": "r", "extra": 1}}),
    )

    assert client.users.update_connection_membership("u", "c", role="r") is None
    updated = client.teams.update_connection_membership("t", "c", role="r")
    # The one update the export declares without data (a user's group membership) reads it too.
    group = client.users.update_group_membership("u", "g", role="r")

    assert isinstance(updated, Membership)
    assert updated.to_dict() == {"id": "c", "role": "r"}
    assert isinstance(group, Membership)
    assert group.to_dict() == {"id": "g", "role": "r", "extra": 1}


def test_a_deleted_user_is_addressed_by_the_id_path_parameter(recorder: Recorder, client: Fivetran) -> None:
    recorder.answer(httpx.Response(200, json={"code": "Success"}))

    client.users.delete("ada")

    assert lookup_operation("DELETE", recorder.only().raw_path).path == "/v1/users/{id}"


@pytest.mark.parametrize(
    ("method", "path", "safety"),
    [
        # New credentials or a new run on every call: a duplicate would void what the first returned.
        ("POST", "/v1/system-keys/key_1/rotate", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/hybrid-deployment-agents/agent_1/reset-credentials", RetrySafety.AT_MOST_ONCE),
        ("PATCH", "/v1/hybrid-deployment-agents/agent_1/re-auth", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/proxy/proxy_1/regenerate-secrets", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/transformations/tr_1/run", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/transformations/tr_1/upgrade", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/users", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/connector-sdk/packages", RetrySafety.AT_MOST_ONCE),
        ("POST", "/v1/transformations/tr_1/cancel", RetrySafety.SAFE_TO_REPEAT),
        ("POST", "/v1/external-logging/log_1/test", RetrySafety.SAFE_TO_REPEAT),
        ("POST", "/v1/external-logging/account/test", RetrySafety.SAFE_TO_REPEAT),
        ("POST", "/v1/transformation-projects/proj_1/test", RetrySafety.SAFE_TO_REPEAT),
        ("PATCH", "/v1/system-keys/key_1", RetrySafety.SAFE_TO_REPEAT),
        ("PATCH", "/v1/external-secrets-managers/esm_1", RetrySafety.SAFE_TO_REPEAT),
        ("PATCH", "/v1/users/u/groups/g", RetrySafety.SAFE_TO_REPEAT),
        ("GET", "/v1/metadata/connector-types/google_ads", RetrySafety.IDEMPOTENT),
        ("DELETE", "/v1/users/ada/role", RetrySafety.IDEMPOTENT),
    ],
)
def test_retry_safety_of_the_operations(method: str, path: str, safety: RetrySafety) -> None:
    assert lookup_operation(method, path).safety is safety


def test_a_rotation_answered_500_is_not_sent_again(recorder: Recorder) -> None:
    from fivetran_ext import RetryPolicy, ServerError

    recorder.answer(httpx.Response(500, json={"code": "InternalError"}))
    sleeps: list[float] = []
    transport = httpx.MockTransport(recorder)
    retry = RetryPolicy(max_retries=3, sleep=sleeps.append)
    with (
        Fivetran("k", "s", retry=retry, http_client=httpx.Client(transport=transport)) as client,
        pytest.raises(ServerError),
    ):
        client.system_keys.rotate("key_1")

    assert len(recorder.requests) == 1
    assert sleeps == []


def test_a_success_status_python_does_not_know_is_a_typed_error_not_a_value_error(
    recorder: Recorder, client: Fivetran
) -> None:
    # HTTPStatus(299) raises a bare ValueError; through fivetran_ext a 299 is a ResponseValidationError on
    # both the generated-parser path (get) and the unparsed path (list).
    recorder.answer(
        httpx.Response(299, json={"code": "Success", "data": FINGERPRINT}),
        httpx.Response(299, json={"code": "Success", "data": {"items": [FINGERPRINT], "next_cursor": None}}),
    )

    with pytest.raises(ResponseValidationError) as get_error:
        client.fingerprints.get_for_connection("c", "h")
    with pytest.raises(ResponseValidationError) as list_error:
        client.fingerprints.list_for_connection("c")

    assert (get_error.value.status_code, list_error.value.status_code) == (299, 299)


@pytest.mark.parametrize("status", [299, 599])
def test_the_generated_layer_keeps_an_unknown_status_as_an_int(status: int) -> None:
    from fivetran_api.api.group_management import group_details
    from fivetran_api.client import Client

    group = {"id": "g", "name": "n"}
    plain = Client(base_url="https://api.fivetran.com")
    plain.set_httpx_client(
        httpx.Client(
            base_url="https://api.fivetran.com",
            transport=httpx.MockTransport(
                lambda request: httpx.Response(status, json={"code": "Success", "data": group})
            ),
        )
    )

    response = group_details.sync_detailed("g", client=plain)

    assert (type(response.status_code), response.status_code) == (int, status)
    if status == 299:
        assert response.parsed is not None
        assert response.parsed.to_dict() == {"code": "Success", "data": group}
    else:
        assert response.parsed is None
