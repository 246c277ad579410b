"""Replay the go-fivetran conformance corpus (Fivetran's official Go SDK test fixtures) against the fake.

Each fixture runs against a fresh fake in which the objects its request refers to exist (ids taken from
the path, ``group_id`` and ``email`` from the body), except when the fixture expects a 404: then the
addressed object is left out, which is exactly what makes the live API answer 404. Cursors in fixture
queries were minted by another server and mean nothing to the fake, so the harness drops them (a bad
cursor is a 400 in the fake). The fixture must get its status for stateful operations and a 2xx for
example-backed ones, except for the few fixtures listed in `EXPECTED_MISMATCHES`, which the fake, like
the live API, answers differently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest

from fivetran_ext.testing.fake import FakeFivetran

from ..conftest import CONFORMANCE_DIR, require
from .conftest import AUTH, BASE_URL

CORPUS_GROUP = "corpus_group"
CATALOG = {
    name: {table: ["column_1", "column_2", "column_3"] for table in ("table_1", "table_2", "table_name", "table")}
    for name in ("schema_1", "schema_name", "schema", "pg_main")
}

EXPECTED_MISMATCHES = {
    # Same request as the 200 fixture beside it: go-fivetran mocks both outcomes of one call.
    "post__v1_connections_connection_id_test__400__2ad14521": 200,
    # Paths that are not in the spec (go-fivetran's own drift); the fake, like the live API, does not know them.
    "post__v1_connections_connection_id_schemas_schema_name_tables_table_name_resync__200__123f7056": 404,
    "post__v1_connections_connection_id_schemas_schema_name_tables_table_name_resync__400__2ad14521": 404,
    "post__v1_connectors_connection_id_connect_card__200__432b4af6": 404,
    # The spec declares re-auth as PATCH; go-fivetran sends POST.
    "post__v1_hybrid_deployment_agents_agent_id_re_auth__200__55bbb110": 405,
}


@dataclass(frozen=True)
class Fixture:
    name: str
    method: str
    path: str
    template: str
    query: str | None
    status: int
    accept: str | None
    body: Any


def _fixtures() -> list[Fixture]:
    directory = Path(CONFORMANCE_DIR)
    if not directory.exists():
        return []
    fixtures = []
    for file in sorted(directory.glob("*.json")):
        if file.name == "index.json":
            continue
        raw = json.loads(file.read_text(encoding="utf-8"))
        fixtures.append(
            Fixture(
                file.stem,
                raw["method"],
                raw["path"],
                raw["path_template"],
                raw.get("query"),
                raw["status"],
                raw.get("request_accept_header"),
                raw.get("request_body"),
            )
        )
    return fixtures


def _path_params(fixture: Fixture) -> dict[str, str]:
    names = [segment[1:-1] for segment in fixture.template.strip("/").split("/")]
    values = fixture.path.strip("/").split("/")
    return {name: value for name, value in zip(names, values, strict=True) if name != value[1:-1]}


def _seed(fake: FakeFivetran, fixture: Fixture) -> None:
    """Create what the request refers to (not the object a 404 fixture expects to be missing)."""
    params = _path_params(fixture) if fixture.status != 404 else {}
    body = fixture.body if isinstance(fixture.body, dict) else {}
    groups = {params.get("group_id"), params.get("destination_id"), body.get("group_id"), CORPUS_GROUP}
    for group in sorted(g for g in groups if g):
        fake.groups.create(group, id=group)
    if "destination_id" in params:
        fake.destinations.create(params["destination_id"])
    if "connection_id" in params and fixture.template.startswith("/v1/connections"):
        fake.connections.create(CORPUS_GROUP, "postgres", "corpus", id=params["connection_id"], catalog=CATALOG)
    if "webhook_id" in params:
        fake.webhooks.create("https://localhost:12345", id=params["webhook_id"])
    if "user_id" in params and fixture.template.startswith("/v1/users"):
        fake.users.create("corpus@example.com", id=params["user_id"])
    if "email" in body and fixture.template == "/v1/groups/{group_id}/users":
        fake.users.create(body["email"])
    if fixture.template == "/v1/groups/{group_id}/users/{user_id}":
        fake.users.create("member@example.com", id=params["user_id"])
        fake.groups.add_user(params["group_id"], params["user_id"])


def _replay(fixture: Fixture) -> httpx.Response:
    query = urlencode([(k, v) for k, v in parse_qsl(fixture.query or "") if k != "cursor"])
    headers = {"Accept": fixture.accept} if fixture.accept else {}
    with FakeFivetran(webhook_delivery="manual") as fake:
        _seed(fake, fixture)
        with httpx.Client(transport=fake.transport(), base_url=BASE_URL, auth=AUTH) as http:
            return http.request(
                fixture.method,
                fixture.path + (f"?{query}" if query else ""),
                json=fixture.body,
                headers=headers,
            )


_PARAM = re.compile(r"\{[^}]+\}")
_STATEFUL = {
    (method, _PARAM.sub("{}", template))
    for (method, template), kind in FakeFivetran(webhook_delivery="manual").operations().items()
    if kind == "stateful"
}


def _stateful(fixture: Fixture) -> bool:
    """A stateful operation must answer the fixture's exact status; an example-backed one only a 2xx."""
    return (fixture.method, _PARAM.sub("{}", fixture.template)) in _STATEFUL


def test_corpus_replay() -> None:
    require(CONFORMANCE_DIR)
    fixtures = _fixtures()
    mismatches: dict[str, int] = {}
    counts = {"stateful": 0, "example": 0}
    for fixture in fixtures:
        response = _replay(fixture)
        kind = "stateful" if _stateful(fixture) else "example"
        counts[kind] += 1
        expected_ok = response.status_code == fixture.status if kind == "stateful" else response.is_success
        if fixture.status >= 400:
            expected_ok = response.status_code == fixture.status
        if not expected_ok:
            mismatches[fixture.name] = response.status_code
    assert mismatches == EXPECTED_MISMATCHES
    # 141 fixtures: 43 on stateful operations (exact status), 98 example-backed (2xx); 136 as expected.
    assert len(fixtures) == 141
    assert counts == {"stateful": 43, "example": 98}


@pytest.mark.parametrize("name", ["delete__v1_connections_connection_id__404__7a25ffb6"], ids=["missing connection"])
def test_a_missing_connection_answers_like_the_live_api(name: str) -> None:
    require(CONFORMANCE_DIR)
    (fixture,) = [f for f in _fixtures() if f.name == name]
    response = _replay(fixture)
    assert response.status_code == 404
    assert response.json() == {
        "code": "NotFound_Integration",
        "message": "Cannot find entity 'Integration' with id 'connection_id'.",
    }
