"""The go-fivetran conformance corpus, served to the ext methods of groups, connections, destinations, webhooks.

Each fixture of Fivetran's Go SDK for these four resources is answered (status and body as recorded) to
the ext method that serves its operation, called with the fixture's ids and query. The request must hit
the fixture's method, path and query; a 2xx must parse into the method's typed result, an error status
must raise the matching typed error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from fivetran_ext import (
    APIError,
    BadRequestError,
    ColumnEntry,
    Connection,
    Destination,
    Fivetran,
    Group,
    GroupPublicKey,
    GroupServiceAccount,
    NotFoundError,
    Page,
    SchemaConfig,
    User,
    Webhook,
)

from ..conftest import CONFORMANCE_DIR, require
from .conftest import API_KEY, API_SECRET, TLS, no_sleep_policy

# `connectors`: go-fivetran still calls one old path; it is counted, as drift the client never sends.
RESOURCES = re.compile(r"^/v1/(groups|connections|connectors|destinations|webhooks)(/|$)")
# Other resources' operations under these paths (certificates and fingerprints are served elsewhere).
ELSEWHERE = re.compile(r"/(certificates|fingerprints)(/|$)")

Call = Callable[[Fivetran, list[str], dict[str, str]], Any]


def _page_args(query: dict[str, str]) -> dict[str, Any]:
    arguments: dict[str, Any] = dict(query)
    if "limit" in arguments:
        arguments["limit"] = int(arguments["limit"])
    return arguments


# (method, spec path template) -> how to call the ext method with the fixture's path values and query, and the
# type a 2xx must parse into (None: the method returns None).
CALLS: dict[tuple[str, str], tuple[Call, type | None]] = {
    ("GET", "/v1/groups"): (lambda c, ids, q: c.groups.list(**_page_args(q)), Page),
    ("POST", "/v1/groups"): (lambda c, ids, q: c.groups.create(name="NewGroup"), Group),
    ("GET", "/v1/groups/{group_id}"): (lambda c, ids, q: c.groups.get(*ids), Group),
    ("PATCH", "/v1/groups/{group_id}"): (lambda c, ids, q: c.groups.update(*ids, name="New_Group_Name"), Group),
    ("DELETE", "/v1/groups/{group_id}"): (lambda c, ids, q: c.groups.delete(*ids), None),
    ("GET", "/v1/groups/{group_id}/connections"): (
        lambda c, ids, q: c.groups.list_connections(*ids, **_page_args(q)),
        Page,
    ),
    ("GET", "/v1/groups/{group_id}/users"): (lambda c, ids, q: c.groups.list_users(*ids, **_page_args(q)), Page),
    ("POST", "/v1/groups/{group_id}/users"): (
        lambda c, ids, q: c.groups.add_user(*ids, email="john.white@mycompany.com", role="Account Administrator"),
        None,
    ),
    ("DELETE", "/v1/groups/{group_id}/users/{user_id}"): (lambda c, ids, q: c.groups.remove_user(*ids), None),
    ("GET", "/v1/groups/{group_id}/public-key"): (lambda c, ids, q: c.groups.get_public_key(*ids), GroupPublicKey),
    ("GET", "/v1/groups/{group_id}/service-account"): (
        lambda c, ids, q: c.groups.get_service_account(*ids),
        GroupServiceAccount,
    ),
    ("GET", "/v1/connections"): (lambda c, ids, q: c.connections.list(**_page_args(q)), Page),
    ("POST", "/v1/connections"): (
        lambda c, ids, q: c.connections.create(group_id="test_id", service="test_service", sync_frequency=5),
        Connection,
    ),
    ("GET", "/v1/connections/{connection_id}"): (lambda c, ids, q: c.connections.get(*ids), Connection),
    ("PATCH", "/v1/connections/{connection_id}"): (
        lambda c, ids, q: c.connections.update(*ids, paused=False),
        Connection,
    ),
    ("DELETE", "/v1/connections/{connection_id}"): (lambda c, ids, q: c.connections.delete(*ids), None),
    ("POST", "/v1/connections/{connection_id}/test"): (
        lambda c, ids, q: c.connections.run_setup_tests(*ids, trust_certificates=True, trust_fingerprints=True),
        Connection,
    ),
    ("GET", "/v1/connections/{connection_id}/schemas/{schema}/tables/{table}/columns"): (
        lambda c, ids, q: c.connections.get_table_columns(*ids),
        dict,
    ),
    ("PATCH", "/v1/connections/{connection_id}/schemas"): (
        lambda c, ids, q: c.connections.update_schema_config(*ids, schema_change_handling="BLOCK_ALL"),
        SchemaConfig,
    ),
    ("POST", "/v1/connections/{connection_id}/schemas"): (
        lambda c, ids, q: c.connections.create_schema_config(*ids, schemas={"schema_1": {"enabled": True}}),
        SchemaConfig,
    ),
    ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}"): (
        lambda c, ids, q: c.connections.update_schema(*ids, enabled=True),
        SchemaConfig,
    ),
    ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}"): (
        lambda c, ids, q: c.connections.update_table(*ids, enabled=True, sync_mode="HISTORY"),
        SchemaConfig,
    ),
    (
        "PATCH",
        "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}/columns/{column_name}",
    ): (lambda c, ids, q: c.connections.update_column(*ids, enabled=True, hashed=False), SchemaConfig),
    ("GET", "/v1/destinations"): (lambda c, ids, q: c.destinations.list(**_page_args(q)), Page),
    ("POST", "/v1/destinations"): (
        lambda c, ids, q: c.destinations.create(group_id="test_id", service="test_service", time_zone_offset="-5"),
        Destination,
    ),
    ("GET", "/v1/destinations/{destination_id}"): (lambda c, ids, q: c.destinations.get(*ids), Destination),
    ("PATCH", "/v1/destinations/{destination_id}"): (
        lambda c, ids, q: c.destinations.update(*ids, time_zone_offset="+10"),
        Destination,
    ),
    ("DELETE", "/v1/destinations/{destination_id}"): (lambda c, ids, q: c.destinations.delete(*ids), None),
    ("POST", "/v1/destinations/{destination_id}/test"): (lambda c, ids, q: c.destinations.test(*ids), Destination),
    ("GET", "/v1/webhooks/{webhook_id}"): (lambda c, ids, q: c.webhooks.get(*ids), Webhook),
    ("PATCH", "/v1/webhooks/{webhook_id}"): (lambda c, ids, q: c.webhooks.update(*ids, active=False), Webhook),
    ("DELETE", "/v1/webhooks/{webhook_id}"): (lambda c, ids, q: c.webhooks.delete(*ids), None),
    ("POST", "/v1/webhooks/account"): (
        lambda c, ids, q: c.webhooks.create_account(url="https://localhost:12345", events=["sync_start"]),
        Webhook,
    ),
    ("POST", "/v1/webhooks/group/{group_id}"): (
        lambda c, ids, q: c.webhooks.create_group(*ids, url="https://localhost:12345", events=["sync_start"]),
        Webhook,
    ),
}

# Items of each list, by path.
ITEM_TYPES = {
    "/v1/groups": Group,
    "/v1/connections": Connection,
    "/v1/destinations": Destination,
    "/v1/groups/{group_id}/connections": Connection,
    "/v1/groups/{group_id}/users": User,
}
ERRORS = {400: BadRequestError, 404: NotFoundError}


@dataclass(frozen=True)
class Fixture:
    name: str
    method: str
    path: str
    template: str
    query: str | None
    status: int
    response: Any


def _fixtures() -> list[Fixture]:
    if not CONFORMANCE_DIR.is_dir():
        return []
    fixtures = []
    for file in sorted(CONFORMANCE_DIR.glob("*.json")):
        if file.name == "index.json":
            continue
        raw = json.loads(file.read_text())
        if RESOURCES.match(raw["path_template"]) and not ELSEWHERE.search(raw["path_template"]):
            fixtures.append(
                Fixture(
                    file.stem,
                    raw["method"],
                    raw["path"],
                    raw["path_template"],
                    raw.get("query"),
                    raw["status"],
                    raw["response"],
                )
            )
    return fixtures


FIXTURES = _fixtures()
_PARAM = re.compile(r"\{[^}]+\}")


def _call_for(fixture: Fixture) -> tuple[Call, type | None] | None:
    shape = _PARAM.sub("{}", fixture.template)
    for (method, template), found in CALLS.items():
        if method == fixture.method and _PARAM.sub("{}", template) == shape:
            return found
    return None


def _path_values(fixture: Fixture) -> list[str]:
    pattern = "^" + _PARAM.sub("([^/]+)", fixture.template) + "$"
    match = re.match(pattern, fixture.path)
    assert match is not None
    return list(match.groups())


@pytest.fixture(scope="module")
def corpus_dir() -> Path:
    return require(CONFORMANCE_DIR)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fixture.name for fixture in FIXTURES])
def test_fixture_parses_through_the_ext_method(corpus_dir: Path, fixture: Fixture) -> None:
    found = _call_for(fixture)
    if found is None:
        pytest.skip(f"{fixture.method} {fixture.template} is not an operation of the current spec (go-fivetran drift)")
    call, result_type = found
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(fixture.status, json=fixture.response)

    http = httpx.Client(transport=httpx.MockTransport(answer), verify=TLS)
    with http, Fivetran(API_KEY, API_SECRET, http_client=http, retry=no_sleep_policy()) as client:
        query = dict(parse_qsl(fixture.query or ""))
        if fixture.status >= 300:
            with pytest.raises(APIError) as raised:
                call(client, _path_values(fixture), query)
            assert isinstance(raised.value, ERRORS[fixture.status])
            assert raised.value.code == fixture.response["code"]
        else:
            _check_result(fixture, call(client, _path_values(fixture), query), result_type)

    request = seen[0]
    assert (request.method, request.url.path) == (fixture.method, fixture.path)
    assert sorted(parse_qsl(request.url.query.decode())) == sorted(parse_qsl(fixture.query or ""))


def _check_result(fixture: Fixture, result: Any, result_type: type | None) -> None:
    if result_type is None:
        assert result is None
        return
    assert isinstance(result, result_type)
    data = fixture.response["data"]
    if isinstance(result, Page):
        item_type = ITEM_TYPES[re.sub(r"/v1/groups/[^/]+/", "/v1/groups/{group_id}/", fixture.path)]
        assert [item.to_dict()["id"] for item in result.items] == [item["id"] for item in data["items"]]
        assert all(isinstance(item, item_type) for item in result.items)
        assert result.next_cursor == (data.get("next_cursor") or None)
    elif isinstance(result, SchemaConfig):
        assert list(result.schemas) == list(data.get("schemas") or {})
    elif isinstance(result, dict):
        assert list(result) == list(data["columns"])
        assert all(isinstance(column, ColumnEntry) for column in result.values())
    else:
        # Every key of the fixture is kept: known ones as attributes, unknown ones in additional_properties.
        assert set(result.to_dict()) == set(data)


def test_corpus_coverage(corpus_dir: Path) -> None:
    served = [fixture for fixture in FIXTURES if _call_for(fixture) is not None]
    drifted = [fixture.name for fixture in FIXTURES if _call_for(fixture) is None]
    assert (len(FIXTURES), len(served)) == (43, 40)
    assert drifted == [
        "post__v1_connections_connection_id_schemas_schema_name_tables_table_name_resync__200__123f7056",
        "post__v1_connections_connection_id_schemas_schema_name_tables_table_name_resync__400__2ad14521",
        "post__v1_connectors_connection_id_connect_card__200__432b4af6",
    ]
    # Every ext operation of the four resources that go-fivetran exercises is served by a fixture here.
    assert {(f.method, _PARAM.sub("{}", f.template)) for f in served} == {
        (method, _PARAM.sub("{}", template)) for method, template in CALLS
    }
