"""Each normalization rule on a small hand-made spec, plus idempotence on the real export."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest

from ..conftest import ROOT, SPEC_2026_07_10, require

sys.path.insert(0, str(ROOT / "openapi"))
import normalize


def envelope(data: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {
        status: {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {
                        "required": ["code", "data"],
                        "properties": {"code": {"type": "string"}, "data": data},
                    }
                }
            },
        },
        "404": {"description": "Not found error"},
    }


def mini_spec() -> dict[str, Any]:
    """Two operations sharing nothing: a response-only Connection and a request-only NewConnection."""
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/v1/connections/{connectionId}": {
                "get": {
                    "operationId": "connection_details",
                    "parameters": [
                        {"name": "connectionId", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": envelope({"$ref": "#/components/schemas/Connection"}),
                }
            },
            "/v1/connections": {
                "post": {
                    "operationId": "create_connection",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewConnection"}}}
                    },
                    "responses": envelope({"$ref": "#/components/schemas/Connection"}, "201"),
                },
                "get": {
                    "operationId": "list_connections",
                    "parameters": [
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": envelope(
                        {
                            "type": "object",
                            "properties": {
                                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Connection"}},
                                "next_cursor": {"type": "string"},
                            },
                        }
                    ),
                },
            },
        },
        "components": {
            "schemas": {
                "Connection": {
                    "type": "object",
                    "required": ["id", "succeeded_at", "sync_frequency", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "succeeded_at": {"type": "string", "format": "date-time"},
                        "sync_frequency": {"type": "integer", "enum": ["5", "1440", "60"]},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "note": {"type": "string", "description": "Use \u00e2\u0086\u0092 here"},
                    },
                    "discriminator": {"propertyName": "service", "mapping": {"x": "#/components/schemas/x_Connection"}},
                },
                "x_Connection": {
                    "allOf": [{"$ref": "#/components/schemas/Connection"}, {"$ref": "#/components/schemas/x_config"}]
                },
                "x_config": {"type": "object", "properties": {"config": {"type": "object", "properties": {}}}},
                "Status": {
                    "type": "object",
                    "properties": {"sync_state": {"type": "string", "enum": ["scheduled", "syncing"]}},
                },
                "NewConnection": {
                    "type": "object",
                    "required": ["service"],
                    "properties": {
                        "service": {"type": "string"},
                        "schedule_type": {"type": "string", "enum": ["auto", "manual"]},
                        "paused": {"type": "boolean"},
                    },
                },
                "Unused": {"type": "object", "properties": {"a": {"type": "string"}}},
            }
        },
    }


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def test_repair_mojibake_fixes_the_garbled_arrow_and_nothing_else() -> None:
    spec = mini_spec()
    spec["info"]["title"] = "Caf\u00e9 \u00c3\u00a9"  # no C1 control character: left alone
    fixed = normalize.repair_mojibake(spec)
    assert schemas(fixed)["Connection"]["properties"]["note"]["description"] == "Use \u2192 here"
    assert fixed["info"]["title"] == "Caf\u00e9 \u00c3\u00a9"
    assert "\u0086" not in json.dumps(fixed, ensure_ascii=False)


def test_free_form_config_is_added_and_discriminator_dropped() -> None:
    fixed = normalize.free_form_discriminated_config(mini_spec())
    connection = schemas(fixed)["Connection"]
    assert "discriminator" not in connection
    assert connection["properties"]["config"]["type"] == "object"
    assert connection["properties"]["config"]["additionalProperties"] is True


def test_success_response_becomes_2xx_and_errors_are_dropped() -> None:
    fixed = normalize.tolerant_success_responses(mini_spec())
    create = fixed["paths"]["/v1/connections"]["post"]
    assert list(create["responses"]) == ["2XX"]
    assert list(fixed["paths"]["/v1/connections/{connectionId}"]["get"]["responses"]) == ["2XX"]


def test_success_with_a_body_is_preferred_over_an_empty_one() -> None:
    spec = mini_spec()
    op = spec["paths"]["/v1/connections"]["post"]
    op["responses"] = {"200": {"description": "no body"}, **envelope({"type": "string"}, "201")}
    fixed = normalize.tolerant_success_responses(spec)
    assert "content" in fixed["paths"]["/v1/connections"]["post"]["responses"]["2XX"]


def test_envelopes_are_hoisted_with_operation_names() -> None:
    fixed = normalize.hoist_response_envelopes(normalize.tolerant_success_responses(mini_spec()))
    media = fixed["paths"]["/v1/connections/{connectionId}"]["get"]["responses"]["2XX"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/ConnectionDetailsResponse"}
    assert "ConnectionDetailsResponse" in schemas(fixed)


def test_hoisting_avoids_a_name_taken_by_a_data_schema() -> None:
    spec = normalize.tolerant_success_responses(mini_spec())
    schemas(spec)["ConnectionDetailsResponse"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    fixed = normalize.hoist_response_envelopes(spec)
    assert "ConnectionDetailsResponseEnvelope" in schemas(fixed)
    assert schemas(fixed)["ConnectionDetailsResponse"] == {"type": "object", "properties": {"x": {"type": "string"}}}


def test_prune_drops_only_unreachable_schemas() -> None:
    fixed = normalize.prune_unreachable_schemas(normalize.free_form_discriminated_config(mini_spec()))
    assert set(schemas(fixed)) == {"Connection", "Status", "NewConnection"}


def test_sync_frequency_becomes_integer_enum() -> None:
    fixed = normalize.integer_sync_frequency(mini_spec())
    assert schemas(fixed)["Connection"]["properties"]["sync_frequency"]["enum"] == [5, 60, 1440]


def test_response_enums_are_opened_request_enums_kept() -> None:
    fixed = normalize.open_response_enums(mini_spec())
    sync_state = schemas(fixed)["Status"]["properties"]["sync_state"]
    assert "enum" not in sync_state
    assert "`scheduled`, `syncing`" in sync_state["description"]
    assert schemas(fixed)["NewConnection"]["properties"]["schedule_type"]["enum"] == ["auto", "manual"]


def test_response_required_relaxed_request_required_kept() -> None:
    fixed = normalize.relax_response_required(mini_spec())
    assert "required" not in schemas(fixed)["Connection"]
    assert schemas(fixed)["NewConnection"]["required"] == ["service"]


def test_optional_properties_become_nullable() -> None:
    fixed = normalize.nullable_optional_properties(normalize.relax_response_required(mini_spec()))
    props = schemas(fixed)["Connection"]["properties"]
    assert props["succeeded_at"]["nullable"] is True
    # A $ref cannot carry nullable in OpenAPI 3.0: it is wrapped in allOf.
    assert props["status"] == {"allOf": [{"$ref": "#/components/schemas/Status"}], "nullable": True}
    new = schemas(fixed)["NewConnection"]["properties"]
    assert "nullable" not in new["service"]  # required stays non-null
    assert new["paused"]["nullable"] is True
    assert "nullable" not in new["schedule_type"]  # request enums stay closed


def test_connector_sdk_upload_and_download_become_binary() -> None:
    spec = mini_spec()
    spec["paths"]["/v1/connector-sdk/packages"] = {
        "post": {
            "operationId": "upload",
            "requestBody": {
                "content": {
                    "multipart/form-data": {
                        "schema": {"type": "object", "properties": {"file": {"type": "object", "description": "ZIP"}}}
                    }
                }
            },
            "responses": {"201": {"description": "ok"}},
        }
    }
    spec["paths"]["/v1/connector-sdk/packages/{id}/download"] = {
        "get": {
            "operationId": "download",
            "responses": {
                "200": {"description": "zip", "content": {"application/json": {"schema": {"type": "object"}}}}
            },
        }
    }
    fixed = normalize.binary_connector_sdk_packages(spec)
    upload = fixed["paths"]["/v1/connector-sdk/packages"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert upload["schema"]["properties"]["file"] == {"type": "string", "format": "binary", "description": "ZIP"}
    download = fixed["paths"]["/v1/connector-sdk/packages/{id}/download"]["get"]["responses"]["200"]["content"]
    assert download == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def test_rules_do_not_mutate_their_input() -> None:
    spec = mini_spec()
    before = copy.deepcopy(spec)
    normalize.normalize(spec)
    assert spec == before


def test_normalize_is_idempotent_on_the_mini_spec() -> None:
    once = normalize.normalize(mini_spec())
    assert normalize.normalize(once) == once


def test_invariant_missing_next_cursor_fails_loudly() -> None:
    spec = mini_spec()
    data = spec["paths"]["/v1/connections"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data["properties"]["data"]["properties"]["nextCursor"] = data["properties"]["data"]["properties"].pop("next_cursor")
    with pytest.raises(normalize.SpecInvariantError, match=r"GET /v1/connections: .*data\.next_cursor"):
        normalize.normalize(spec)


def test_invariant_missing_limit_fails_loudly() -> None:
    spec = mini_spec()
    spec["paths"]["/v1/connections"]["get"]["parameters"].pop()
    with pytest.raises(normalize.SpecInvariantError, match="no `limit` parameter"):
        normalize.normalize(spec)


def test_real_spec_normalizes_idempotently_and_keeps_every_operation() -> None:
    raw = json.loads(require(SPEC_2026_07_10).read_text())
    once = normalize.normalize(raw)
    assert normalize.normalize(once) == once
    assert sum(1 for _ in normalize.iter_operations(once)) == 169
    assert len(normalize.list_operations(once)) >= 30
    assert "\u0086" not in json.dumps(once, ensure_ascii=False)
    # The ~2,780 per-service variants are gone; what remains is what operations reach.
    assert len(once["components"]["schemas"]) < 600 < len(raw["components"]["schemas"])


def test_friendly_names_rename_schemas_and_every_reference() -> None:
    spec = mini_spec()
    schemas(spec)["ConnectorStatusResponse"] = schemas(spec).pop("Status")
    schemas(spec)["Connection"]["properties"]["status"] = {"$ref": "#/components/schemas/ConnectorStatusResponse"}
    fixed = normalize.friendly_schema_names(spec)
    assert "ConnectionStatus" in schemas(fixed)
    assert "ConnectorStatusResponse" not in json.dumps(fixed)
    assert schemas(fixed)["Connection"]["properties"]["status"] == {"$ref": "#/components/schemas/ConnectionStatus"}


def test_a_friendly_name_that_is_taken_fails_loudly() -> None:
    spec = mini_spec()
    schemas(spec)["GroupResponse"] = {"type": "object"}
    schemas(spec)["Group"] = {"type": "object"}
    with pytest.raises(normalize.SpecInvariantError, match="Group"):
        normalize.friendly_schema_names(spec)


def test_always_present_fields_become_required_again_after_relaxing() -> None:
    fixed = normalize.always_present_fields(normalize.relax_response_required(mini_spec()))
    # Of the table's fields, the mini Connection declares only `id` and `status`.
    assert schemas(fixed)["Connection"]["required"] == ["id", "status"]
    nullable = normalize.nullable_optional_properties(fixed)
    assert "nullable" not in schemas(nullable)["Connection"]["properties"]["id"]
    assert schemas(nullable)["Connection"]["properties"]["succeeded_at"]["nullable"] is True


def test_shared_schemas_get_open_enums_too() -> None:
    spec = mini_spec()
    # NewConnection is now also part of a response: its enum opens, its `required` stays.
    spec["paths"]["/v1/connections"]["post"]["responses"] = envelope({"$ref": "#/components/schemas/NewConnection"})
    fixed = normalize.relax_response_required(normalize.open_response_enums(spec))
    assert "enum" not in schemas(fixed)["NewConnection"]["properties"]["schedule_type"]
    assert schemas(fixed)["NewConnection"]["required"] == ["service"]


def test_a_bare_success_object_gets_the_envelope_the_api_sends() -> None:
    spec = normalize.tolerant_success_responses(mini_spec())
    op = spec["paths"]["/v1/connections/{connectionId}"]["get"]
    op["responses"]["2XX"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Connection"}
    fixed = normalize.hoist_response_envelopes(normalize.envelope_bare_responses(spec))
    envelope_schema = schemas(fixed)["ConnectionDetailsResponse"]
    assert envelope_schema["properties"]["data"] == {"$ref": "#/components/schemas/Connection"}
    assert set(envelope_schema["properties"]) == {"code", "message", "data"}
    # Already enveloped responses are left alone.
    assert normalize.envelope_bare_responses(fixed) == fixed


def test_a_patch_without_data_answers_like_the_get_of_its_path() -> None:
    spec = normalize.tolerant_success_responses(mini_spec())
    item = spec["paths"]["/v1/connections/{connectionId}"]
    item["patch"] = {"operationId": "modify", "responses": envelope({"type": "string"})}
    del item["patch"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    fixed = normalize.patch_answers_like_get(normalize.tolerant_success_responses(spec))
    patched = fixed["paths"]["/v1/connections/{connectionId}"]["patch"]["responses"]["2XX"]
    data = patched["content"]["application/json"]["schema"]["properties"]["data"]
    assert data == {"$ref": "#/components/schemas/Connection"}


def test_an_object_whose_example_is_text_accepts_any_json() -> None:
    spec = mini_spec()
    schemas(spec)["Status"]["properties"]["details"] = {"type": "object", "example": "Authentication failed"}
    schemas(spec)["Status"]["properties"]["extra"] = {"type": "object", "example": {"a": 1}}
    fixed = normalize.any_json_where_objects_are_not(spec)
    props = schemas(fixed)["Status"]["properties"]
    assert "type" not in props["details"]
    assert props["extra"] == {"type": "object", "example": {"a": 1}}


def test_enum_query_parameters_take_known_values_or_any_string() -> None:
    spec = mini_spec()
    listing = spec["paths"]["/v1/connections"]["get"]
    listing["parameters"].append(
        {"name": "type", "in": "query", "schema": {"type": "string", "example": "A", "enum": ["A", "B"]}}
    )
    spec["components"]["parameters"] = {
        "Kind": {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["X"], "description": "Kind."}}
    }
    listing["parameters"].append({"$ref": "#/components/parameters/Kind"})

    fixed = normalize.open_query_enums(spec)
    parameters = fixed["paths"]["/v1/connections"]["get"]["parameters"]

    assert parameters[2] == {
        "name": "type",
        "in": "query",
        "schema": {
            "example": "A",
            "description": "Known values: `A`, `B` (others pass as given).",
            "anyOf": [{"$ref": "#/components/schemas/ListConnectionsType"}, {"type": "string"}],
        },
    }
    assert schemas(fixed)["ListConnectionsType"] == {"type": "string", "enum": ["A", "B"]}
    assert parameters[3]["schema"]["anyOf"][0] == {"$ref": "#/components/schemas/ListConnectionsKind"}
    assert parameters[3]["schema"]["description"] == "Kind. Known values: `X` (others pass as given)."
    assert parameters[:2] == spec["paths"]["/v1/connections"]["get"]["parameters"][:2]  # others untouched
    assert normalize.open_query_enums(fixed) == fixed  # idempotent
    assert "anyOf" not in str(spec["paths"])  # the input is not modified
