"""Normalization rules applied to Fivetran's OpenAPI export before code generation.

Fivetran's spec describes the API as it is documented, not as it answers (see "Spec quirks" in the
project's API facts). The raw generator output therefore crashes on real responses: a `null`
`succeeded_at`, `sync_frequency: 1440`, a status value added after the export, a 201 where the spec
says 200. Each rule below fixes one quirk. The rules are:

* pure: they take a spec dict and return a new one, never touching the input;
* idempotent: `normalize(normalize(spec)) == normalize(spec)`;
* tolerant on responses, strict on requests: response schemas lose `required` and closed enums
  (a reader must survive drift), request schemas keep both (a writer must send valid input).

`normalize()` runs them in a fixed order and then checks invariants, raising `SpecInvariantError`
when the spec changed in a way the rest of the project relies on (so a regeneration fails loudly).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]
JSON = Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
PARAMETER_PREFIX = "#/components/parameters/"


class SpecInvariantError(ValueError):
    """The spec no longer has a property the generated client and `fivetran_ext` rely on."""


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield `(METHOD, path, operation)` for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield method.upper(), path, operation


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def _ref_name(ref: str) -> str | None:
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def _walk(node: JSON, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call `visit` on every dict inside `node` (depth first, parents before children)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            visit(current)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _referenced_schemas(spec: Spec, roots: list[JSON], *, follow_discriminator: bool = False) -> set[str]:
    """Names of component schemas reachable from `roots` through `$ref`s.

    `discriminator.mapping` entries are not references in the sense the generator uses: it ignores
    them (there is no `oneOf`), so by default they do not make a schema reachable.
    """
    schemas = _schemas(spec)
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = _ref_name(ref)
                if name is not None and name not in seen and name in schemas:
                    seen.add(name)
                    pending.append(schemas[name])
            for key, value in node.items():
                if key == "discriminator" and not follow_discriminator:
                    continue
                pending.append(value)
        elif isinstance(node, list):
            pending.extend(node)
    return seen


def _response_roots(spec: Spec) -> list[JSON]:
    return [op.get("responses", {}) for _, _, op in iter_operations(spec)]


def _request_roots(spec: Spec) -> list[JSON]:
    roots: list[JSON] = []
    for _, _, op in iter_operations(spec):
        roots.append(op.get("requestBody", {}))
        roots.append(op.get("parameters", []))
    return roots


def _inline_and_component_response_schemas(spec: Spec, *, shared: bool = False) -> Iterator[dict[str, Any]]:
    """Every schema object that describes (part of) a response body.

    Inline response schemas are yielded directly; component schemas when they are reachable from
    responses and, unless `shared`, not from requests (such a shared schema keeps what requests need).
    """
    for _, _, op in iter_operations(spec):
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if isinstance(media.get("schema"), dict):
                    yield media["schema"]
    schemas = _schemas(spec)
    response_only = _referenced_schemas(spec, _response_roots(spec))
    if not shared:
        response_only -= _referenced_schemas(spec, _request_roots(spec))
    for name in sorted(response_only):
        yield schemas[name]


def _subschemas(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema object nested in `schema` without crossing a `$ref` (which is visited on its own)."""
    stack = [schema]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or "$ref" in node:
            continue
        yield node
        for prop in node.get("properties", {}).values():
            stack.append(prop)
        for key in ("items", "additionalProperties", "not"):
            if isinstance(node.get(key), dict):
                stack.append(node[key])
        for key in ("allOf", "anyOf", "oneOf"):
            stack.extend(node.get(key, []))


# --------------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------------

# A UTF-8 sequence that was decoded as Latin-1 at some point upstream ("→" became "â\x86\x92"): a lead
# byte in U+00C2..U+00F4 followed by 1-3 continuation bytes in U+0080..U+00BF.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def _repair_text(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        # Only runs containing a C1 control character are certainly garbled; "Ã©" could be real text.
        if not any("\u0080" <= ch <= "\u009f" for ch in run):
            return run
        try:
            return run.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return run

    return _MOJIBAKE.sub(fix, text)


def repair_mojibake(spec: Spec) -> Spec:
    """Repair UTF-8 text that was decoded as Latin-1 (the export has "â\\x86\\x92" for "→").

    The stray U+0086 control character makes strict YAML loaders reject the document, and it would
    otherwise end up in generated docstrings.
    """

    def repair(node: JSON) -> JSON:
        if isinstance(node, str):
            return _repair_text(node)
        if isinstance(node, dict):
            return {_repair_text(k): repair(v) for k, v in node.items()}
        if isinstance(node, list):
            return [repair(v) for v in node]
        return node

    result: Spec = repair(spec)
    return result


def free_form_discriminated_config(spec: Spec) -> Spec:
    """Give discriminated base schemas the free-form properties their per-service variants add.

    Fivetran declares `ConnectorResponseV1` & co. with a `discriminator` but no `oneOf`, and puts
    `config` (and `auth`, `project_config`, ...) only into ~2,780 per-service variants. Generators ignore
    such a discriminator, so `config` would fall out of the model. The API changes per-service config
    keys often, so the base schema gets them as free-form objects and the discriminator is dropped.
    """
    spec = copy.deepcopy(spec)
    schemas = _schemas(spec)
    for name, base in schemas.items():
        discriminator = base.get("discriminator")
        if not isinstance(discriminator, dict) or "oneOf" in base or "anyOf" in base:
            continue
        added: dict[str, str] = {}
        for ref in discriminator.get("mapping", {}).values():
            variant = schemas.get(_ref_name(ref) or "", {})
            for part in variant.get("allOf", [variant]):
                part_name = _ref_name(part.get("$ref", ""))
                if part_name == name:
                    continue
                body = schemas.get(part_name, {}) if part_name else part
                for prop_name, prop in body.get("properties", {}).items():
                    is_object = prop.get("type") == "object" or "properties" in prop or "$ref" in prop
                    if is_object and prop_name not in base.get("properties", {}):
                        added.setdefault(prop_name, prop.get("description", ""))
        properties = base.setdefault("properties", {})
        for prop_name in sorted(added):
            properties[prop_name] = {
                "type": "object",
                "additionalProperties": True,
                "description": (
                    f"Service-specific `{prop_name}`, kept as a free-form mapping: its keys depend on "
                    f"`{discriminator.get('propertyName', 'service')}` and change over time."
                ),
            }
        base.pop("discriminator")
    return spec


def tolerant_success_responses(spec: Spec) -> Spec:
    """Keep one success response per operation, keyed `2XX`, and drop the error responses.

    The live API answers 201 where the spec says 200 (and the reverse), so the success schema must
    apply to any 2xx. Error responses carry no schema in the export; `fivetran_ext` raises typed errors
    for every status >= 400 before the generated parser runs, so documenting them here only widens the
    generated return types to `Any`.
    """
    spec = copy.deepcopy(spec)
    for _, _, op in iter_operations(spec):
        responses = op.get("responses", {})
        success_codes = sorted(code for code in responses if str(code).startswith("2"))
        if not success_codes:
            continue
        # Prefer the first success response that has a body (e.g. 200 over an empty 201).
        with_body = [code for code in success_codes if responses[code].get("content")]
        chosen = responses[(with_body or success_codes)[0]]
        op["responses"] = {"2XX": chosen}
    return spec


def envelope_bare_responses(spec: Spec) -> Spec:
    """Declare the usual `{code, message, data}` envelope where the spec declares the bare object.

    Approving a fingerprint and a proxy agent's details are declared as the data object itself; Fivetran
    (and the Go SDK's fixtures) answer with the envelope, so the generated parser put `code` and `data`
    into `additional_properties`. Any success schema that references a component without `code` or
    `data` is wrapped (the hoisting rule then names the envelope after the operation).
    """
    spec = copy.deepcopy(spec)
    schemas = _schemas(spec)
    for _, _, op in iter_operations(spec):
        for code, response in op.get("responses", {}).items():
            media = response.get("content", {}).get("application/json") if str(code).startswith("2") else None
            schema = media.get("schema") if media else None
            name = _ref_name(schema.get("$ref", "")) if isinstance(schema, dict) else None
            target = schemas.get(name or "")
            if not isinstance(target, dict) or target.get("type", "object") != "object":
                continue
            properties = target.get("properties", {})
            if not properties or "data" in properties or "code" in properties:
                continue
            media["schema"] = {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "description": "Response status code", "example": "Success"},
                    "message": {"type": "string", "description": "Response status text"},
                    "data": {"$ref": schema["$ref"]},
                },
            }
    return spec


def patch_answers_like_get(spec: Spec) -> Spec:
    """Declare `data` on a PATCH success that lacks it, as the GET of the same path declares it.

    Every other update of the API answers with the updated object, and so does the live API for the
    one PATCH the export declares without `data` (a user's group membership); without the declaration
    the generated parser drops the object the API sends.
    """
    spec = copy.deepcopy(spec)
    for item in spec.get("paths", {}).values():
        patch, get = item.get("patch"), item.get("get")
        if not isinstance(patch, dict) or not isinstance(get, dict):
            continue
        get_data = _success_envelope(spec, get).get("properties", {}).get("data")
        envelope = _success_envelope(spec, patch)
        properties = envelope.get("properties")
        if get_data is None or not isinstance(properties, dict) or "data" in properties:
            continue
        properties["data"] = copy.deepcopy(get_data)
    return spec


def _success_envelope(spec: Spec, operation: dict[str, Any]) -> dict[str, Any]:
    for code, response in operation.get("responses", {}).items():
        if str(code).startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            return _resolve(spec, schema) if schema else {}
    return {}


def _pascal(operation_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", operation_id) if part)


def hoist_response_envelopes(spec: Spec) -> Spec:
    """Move each operation's inline success envelope into `components` as `<OperationId>Response`.

    166 of 169 operations define `{code, message, data}` inline, which the generator would name after
    the status code (`ListAllGroupsResponse200`). A stable component name survives a status change and
    reads like the operation it belongs to. Where that name is taken by a data schema, the envelope is
    `<OperationId>ResponseEnvelope`.
    """
    spec = copy.deepcopy(spec)
    schemas = _schemas(spec)
    for _, _, op in iter_operations(spec):
        operation_id = op.get("operationId")
        if not operation_id:
            continue
        for response in op.get("responses", {}).values():
            media = response.get("content", {}).get("application/json")
            schema = media.get("schema") if media else None
            if not isinstance(schema, dict) or "$ref" in schema or "properties" not in schema:
                continue
            name = f"{_pascal(operation_id)}Response"
            if name in schemas and schemas[name] != schema:
                # Three operations (connect_card, ...) share their name with a data schema.
                name = f"{_pascal(operation_id)}ResponseEnvelope"
            if name in schemas and schemas[name] != schema:
                raise SpecInvariantError(f"cannot hoist the response of {operation_id}: {name} exists")
            schemas[name] = schema
            media["schema"] = {"$ref": SCHEMA_PREFIX + name}
    return spec


def prune_unreachable_schemas(spec: Spec) -> Spec:
    """Drop component schemas that no operation reaches (about 2,780 per-service variants).

    They are only reachable through discriminator mappings the generator ignores; generating them
    costs thousands of modules and import time for nothing.
    """
    spec = copy.deepcopy(spec)
    roots = [item for _, item in spec.get("paths", {}).items()]
    keep = _referenced_schemas(spec, roots)
    schemas = _schemas(spec)
    for name in [n for n in schemas if n not in keep]:
        del schemas[name]
    return spec


def integer_sync_frequency(spec: Spec) -> Spec:
    """Declare `sync_frequency` as the integer it is on the wire.

    The export says `type: integer` with string enum values ("1440"), which makes a generated enum
    reject `1440`. Values become integers; requests keep the closed set, responses are opened later.
    """
    spec = copy.deepcopy(spec)

    def visit(node: dict[str, Any]) -> None:
        prop = node.get("properties", {}).get("sync_frequency") if isinstance(node.get("properties"), dict) else None
        if isinstance(prop, dict) and prop.get("type") in ("integer", "string"):
            prop["type"] = "integer"
            prop.pop("format", None)
            if "enum" in prop:
                prop["enum"] = sorted({int(v) for v in prop["enum"]})
            if isinstance(prop.get("example"), str) and prop["example"].isdigit():
                prop["example"] = int(prop["example"])
            if isinstance(prop.get("default"), str) and prop["default"].isdigit():
                prop["default"] = int(prop["default"])

    _walk(spec, visit)
    return spec


def open_response_enums(spec: Spec) -> Spec:
    """Remove closed enums from response schemas, keeping the known values in the description.

    The live API adds states and regions over time; one new value must not make a whole response
    unparseable. That includes schemas shared by requests and responses (a transformation's `schedule`):
    a closed enum there would turn a whole response into a plain dict. Request-only schemas keep their
    enums here; `fivetran_ext` validates what it sends where it knows the set.
    """
    spec = copy.deepcopy(spec)
    for schema in _inline_and_component_response_schemas(spec, shared=True):
        for node in _subschemas(schema):
            if "enum" not in node:
                continue
            values = node.pop("enum")
            known = ", ".join(f"`{v}`" for v in values)
            description = node.get("description", "").rstrip()
            note = f"Known values: {known} (others may appear)."
            node["description"] = f"{description} {note}".strip() if description else note
            if "type" not in node:
                node["type"] = "string"
    return spec


def open_query_enums(spec: Spec) -> Spec:
    """Let an enum query parameter take values this client does not know yet.

    A filter like the transformations list's `type` would be generated as its enum class, so the generated
    layer would refuse a kind Fivetran adds. The parameter becomes "a known value or any string": the enum
    moves to a component schema named as the generator named it (`TransformationsListType`, which
    `fivetran_ext` still validates against where it knows the set), and the parameter's schema is an
    `anyOf` of that schema and a plain string. A shared parameter (`#/components/parameters/...`) is copied
    into the operation first, so each operation's class keeps its own name.
    """
    spec = copy.deepcopy(spec)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    shared = spec["components"].get("parameters", {})
    for _, _, operation in iter_operations(spec):
        parameters = operation.get("parameters", [])
        for index, parameter in enumerate(parameters):
            ref = parameter.get("$ref", "")
            if ref.startswith(PARAMETER_PREFIX):
                parameter = copy.deepcopy(shared.get(ref[len(PARAMETER_PREFIX) :], {}))
            schema = parameter.get("schema")
            if parameter.get("in") != "query" or not isinstance(schema, dict) or "enum" not in schema:
                continue
            enum_name = _pascal(operation["operationId"]) + _pascal(parameter["name"])
            schemas[enum_name] = {"type": schema.get("type", "string"), "enum": schema["enum"]}
            opened = {key: value for key, value in schema.items() if key not in ("type", "enum")}
            known = ", ".join(f"`{value}`" for value in schema["enum"])
            note = f"Known values: {known} (others pass as given)."
            description = opened.get("description", "").rstrip()
            opened["description"] = f"{description} {note}".strip()
            opened["anyOf"] = [{"$ref": SCHEMA_PREFIX + enum_name}, {"type": schema.get("type", "string")}]
            parameters[index] = {**parameter, "schema": opened}
    return spec


def any_json_where_objects_are_not(spec: Spec) -> Spec:
    """Accept any JSON for free-form "objects" of responses whose own example is not an object.

    `setup_tests[].details` is declared `type: object` with a string as its example, and arrives as a
    string or a list; a declared object would turn such a value into an error (or drop it). A free-form
    object property (no `properties`) of a response schema whose `example` is a string, number or list
    becomes a schema without a type: the generated field is `Any` and keeps the value as sent.
    """
    spec = copy.deepcopy(spec)
    for schema in _inline_and_component_response_schemas(spec, shared=True):
        for node in _subschemas(schema):
            for name, prop in list(node.get("properties", {}).items()):
                if not isinstance(prop, dict) or prop.get("type") != "object" or "properties" in prop:
                    continue
                if "example" in prop and not isinstance(prop["example"], dict):
                    note = "Any JSON value: declared an object, sent as text, a list or an object."
                    description = prop.get("description", "").rstrip()
                    node["properties"][name] = {"description": f"{description} {note}".strip()}
    return spec


def relax_response_required(spec: Spec) -> Spec:
    """Make every property of a response schema optional.

    Real responses omit properties the spec marks required (`connected_by`, `service_version`, even
    `data` on sync/resync/delete). A tolerant reader turns a missing field into `UNSET` instead of a
    `KeyError` that loses the whole response.
    """
    spec = copy.deepcopy(spec)
    for schema in _inline_and_component_response_schemas(spec):
        for node in _subschemas(schema):
            node.pop("required", None)
    return spec


def nullable_optional_properties(spec: Spec) -> Spec:
    """Mark every optional property `nullable` (the export marks none, the API sends `null` often).

    `succeeded_at`, `failed_at`, `daily_sync_time`, `connected_by`, ... are `null` in practice. A `$ref`
    cannot carry `nullable` in OpenAPI 3.0, so it is wrapped as `allOf: [$ref]` first.
    """
    spec = copy.deepcopy(spec)

    def visit(node: dict[str, Any]) -> None:
        properties = node.get("properties")
        if not isinstance(properties, dict) or node.get("type", "object") != "object":
            return
        required = set(node.get("required", []))
        for prop_name, prop in list(properties.items()):
            if prop_name in required or not isinstance(prop, dict):
                continue
            if "$ref" in prop:
                wrapped = {"allOf": [{"$ref": prop["$ref"]}], "nullable": True}
                if prop.get("description"):
                    wrapped["description"] = prop["description"]
                properties[prop_name] = wrapped
            elif isinstance(prop.get("enum"), list):
                # Only request schemas still have enums here (responses were opened). Requests omit an
                # optional field with UNSET; a nullable enum would only rename the class (`...Type1`).
                continue
            elif "allOf" in prop or "type" in prop or "oneOf" in prop or "anyOf" in prop:
                prop["nullable"] = True

    _walk(spec.get("components", {}), visit)
    _walk(spec.get("paths", {}), visit)
    return spec


# The names the docs, reprs and mypy messages use for the objects people handle every day (pre-1.0: the
# spec's names are simply replaced). Nested blocks people read often get a friendly name too.
FRIENDLY_NAMES: dict[str, str] = {
    "AccountInfoResponse": "AccountInfo",
    "CertificateDetailsResponse": "Certificate",
    "ConnectorConnectCardResponse": "ConnectCard",
    "ConnectorResponseV1": "Connection",
    "ConnectorSdkPackageResponse": "ConnectorSdkPackage",
    "ConnectorStateResponse": "ConnectionState",
    "ConnectorStatusResponse": "ConnectionStatus",
    "DestinationExtendedResponse": "Destination",
    "FingerprintDetailsResponse": "Fingerprint",
    "GroupResponse": "Group",
    "GroupServiceAccountResponse": "GroupServiceAccount",
    "GroupSshKeyResponse": "GroupPublicKey",
    "HybridDeploymentAgentCreateResponse": "HybridDeploymentAgentCredentials",
    "HybridDeploymentAgentWithUsageResponse": "HybridDeploymentAgent",
    "LogExtendedResponse": "LogServiceDetails",
    "LogResponse": "LogService",
    "LoggingServiceSetupTestResponse": "LogServiceSetupTests",
    "MembershipResponse": "Membership",
    "MetadataResponse": "ConnectorTypeDetails",
    "MetadataResponseShort": "ConnectorType",
    "PrivateLinkResponse": "PrivateLink",
    "ProxyAgentCreatedResponse": "ProxyAgentSecrets",
    "ProxyAgentWithCountsResponse": "ProxyAgent",
    "ProxyAgentWithUsageResponse": "ProxyAgentDetails",
    "ProxyIntegrationResponse": "ProxyAgentConnection",
    "RoleResponse": "Role",
    "SecretsManagerEntityItem": "ExternalSecretsManagerEntity",
    "SecretsManagerResponse": "ExternalSecretsManager",
    "SetupTestResultResponse": "SetupTestResult",
    "SystemKeyResponse": "SystemKey",
    "TeamMembershipResponse": "TeamMembership",
    "TeamResponse": "Team",
    "TransformationPackageMetadataResponse": "TransformationPackage",
    "TransformationProjectDetailsResponse": "TransformationProjectDetails",
    "TransformationProjectResponse": "TransformationProject",
    "TransformationResponse": "Transformation",
    "UserResponse": "User",
    "WebhookResponse": "Webhook",
    "WebhookTestResponse": "WebhookTestResult",
}


def friendly_schema_names(spec: Spec) -> Spec:
    """Rename the everyday response schemas to the names the docs use (`ConnectorResponseV1` -> `Connection`).

    One name everywhere: the generated class, `fivetran_ext`'s exports, reprs, mypy messages and the docs.
    A schema the table names but the spec lacks is left alone; a target name that is taken fails loudly.
    """
    spec = copy.deepcopy(spec)
    schemas = _schemas(spec)
    renames = {old: new for old, new in FRIENDLY_NAMES.items() if old in schemas}
    taken = sorted(new for new in renames.values() if new in schemas)
    if taken:
        raise SpecInvariantError(f"cannot rename schemas: {taken} already exist")
    spec["components"]["schemas"] = {renames.get(name, name): schema for name, schema in schemas.items()}

    def visit(node: dict[str, Any]) -> None:
        ref = node.get("$ref")
        name = _ref_name(ref) if isinstance(ref, str) else None
        if name in renames:
            node["$ref"] = SCHEMA_PREFIX + renames[name]

    _walk(spec, visit)
    return spec


# Fields a response model types as always present (not `None | ... | Unset`). The rule: the spec marks the
# field required, AND every object of that schema in the go-fivetran corpus carries it with a non-null
# value, AND the API's documented semantics never leave it out (e.g. `succeeded_at` is required by the
# spec but null before the first sync, so it is not here). `tests/generated/test_required_fields.py`
# checks the corpus against this table; docs/generation.md lists it.
ALWAYS_PRESENT: dict[str, tuple[str, ...]] = {
    "Certificate": ("hash", "name", "public_key", "type"),
    "Connection": ("created_at", "group_id", "id", "schema", "service", "status"),
    "ConnectionStatus": ("is_historical_sync", "setup_state", "sync_state", "update_state"),
    "ConnectorSdkPackage": ("id",),
    "ConnectorType": ("id", "name", "type"),
    "ConnectorTypeDetails": ("id", "name", "type"),
    "Destination": ("group_id", "id", "region", "service", "setup_status", "time_zone_offset"),
    "Fingerprint": ("hash", "public_key"),
    "Group": ("id", "name"),
    "HybridDeploymentAgent": ("display_name", "group_id", "id", "registered_at"),
    "HybridDeploymentAgentCredentials": ("display_name", "group_id", "id", "registered_at"),
    "LogService": ("enabled", "id", "service"),
    "LogServiceDetails": ("enabled", "id", "service"),
    "PrivateLink": ("created_at", "id", "name", "region", "service", "state"),
    "ProxyAgentSecrets": ("agent_id", "auth_token", "client_cert", "client_private_key"),
    "Role": ("is_custom", "name", "scope"),
    "Team": ("id", "role"),
    "Transformation": ("created_at", "id", "paused", "status", "type"),
    "TransformationPackage": ("id", "name", "version"),
    "User": ("created_at", "email", "id"),
    "Webhook": ("active", "created_at", "events", "id", "type", "url"),
}


def always_present_fields(spec: Spec) -> Spec:
    """Mark the fields of `ALWAYS_PRESENT` required again (after `relax_response_required` dropped them all).

    A required response field is typed without `None`/`Unset` (`connection.id` is a `str`); a response
    that lacks one fails with an error naming the field instead of handing out a half-empty model.
    """
    spec = copy.deepcopy(spec)
    schemas = _schemas(spec)
    for name, fields in ALWAYS_PRESENT.items():
        schema = schemas.get(name)
        if schema is None:
            continue
        declared = [f for f in fields if f in schema.get("properties", {})]
        schema["required"] = sorted(set(schema.get("required", [])) | set(declared))
    return spec


def binary_connector_sdk_packages(spec: Spec) -> Spec:
    """Declare Connector SDK package upload as multipart binary and download as a binary ZIP.

    The export declares the uploaded `file` as an `object` (the generator would send JSON text inside
    the multipart form) and the download as an empty JSON object (the ZIP bytes would be parsed as JSON).
    """
    spec = copy.deepcopy(spec)
    for _, path, op in iter_operations(spec):
        multipart = op.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        if multipart:
            for prop in multipart.get("schema", {}).get("properties", {}).values():
                if prop.get("type") == "object" and not prop.get("properties"):
                    prop["type"] = "string"
                    prop["format"] = "binary"
        if path.endswith("/download"):
            for response in op.get("responses", {}).values():
                content = response.get("content", {})
                if "application/json" in content:
                    schema = content["application/json"].get("schema", {})
                    if schema.get("type") == "object" and not schema.get("properties"):
                        response["content"] = {
                            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                        }
    return spec


# --------------------------------------------------------------------------------------------------
# Invariants
# --------------------------------------------------------------------------------------------------


def _resolve(spec: Spec, schema: JSON) -> dict[str, Any]:
    """Follow `$ref` and single-element `allOf` wrappers to the schema they stand for."""
    seen = 0
    while isinstance(schema, dict) and seen < 50:
        seen += 1
        if "$ref" in schema:
            schema = _schemas(spec).get(_ref_name(schema["$ref"]) or "", {})
        elif len(schema.get("allOf", [])) == 1 and "properties" not in schema:
            schema = schema["allOf"][0]
        else:
            break
    return schema if isinstance(schema, dict) else {}


def _query_names(operation: dict[str, Any]) -> set[str]:
    return {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}


def list_operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every cursor-paginated list operation: `(GET, path, operation)`."""
    return [(m, path, op) for m, path, op in iter_operations(spec) if m == "GET" and "cursor" in _query_names(op)]


def check_invariants(spec: Spec) -> None:
    """Raise `SpecInvariantError` listing every broken invariant the project relies on."""
    problems = [f"{m} {path}: no operationId" for m, path, op in iter_operations(spec) if not op.get("operationId")]
    for method, path, op in list_operations(spec):
        if "limit" not in _query_names(op):
            problems.append(f"{method} {path}: paginated (cursor) but no `limit` parameter")
        success = [r for code, r in op.get("responses", {}).items() if str(code).startswith("2")]
        schema = _resolve(spec, (success or [{}])[0].get("content", {}).get("application/json", {}).get("schema"))
        props = _resolve(spec, schema.get("properties", {}).get("data")).get("properties", {})
        problems.extend(
            f"{method} {path}: paginated but the response has no data.{key}"
            for key in ("items", "next_cursor")
            if key not in props
        )
    if problems:
        raise SpecInvariantError("the spec broke invariants fivetran_ext relies on:\n  " + "\n  ".join(problems))


# The order matters: config is added before pruning (so its variants can be read), envelopes are hoisted
# before response-only schemas are computed, and nullability comes last so it sees the final `required`.
RULES: tuple[Callable[[Spec], Spec], ...] = (
    repair_mojibake,
    free_form_discriminated_config,
    binary_connector_sdk_packages,
    tolerant_success_responses,
    envelope_bare_responses,
    hoist_response_envelopes,
    patch_answers_like_get,
    prune_unreachable_schemas,
    friendly_schema_names,
    integer_sync_frequency,
    open_response_enums,
    open_query_enums,
    any_json_where_objects_are_not,
    relax_response_required,
    always_present_fields,
    nullable_optional_properties,
)


def normalize(spec: Spec) -> Spec:
    """Apply every rule in order, then check the invariants. Returns a new spec."""
    for rule in RULES:
        spec = rule(spec)
    check_invariants(spec)
    return spec
