"""Validate fake responses against the raw spec's success response schemas, with jsonschema.

The raw export is OpenAPI 3.0, so before validating we apply, to a copy, the adjustments the project's
API facts call for (and nothing else):

* ``nullable: true`` becomes "or null" (OpenAPI 3.0 semantics); and because the export marks nothing
  nullable although the live API sends ``null`` for optional values it has not set (``succeeded_at``,
  ``failed_at``, ...), optional properties accept ``null`` too. Required properties stay strict, except
  those in `NULL_IN_PRACTICE` (``logged_in_at`` of a user who never logged in: null in the go-fivetran
  fixtures too).
* ``sync_frequency`` is an integer with *string* enum values in the spec; the enum becomes integers.
* ``config`` is free-form. Some response schemas declare object-valued entries (``ConnectorResponse``)
  although connector configs hold strings and numbers; the project's normalization makes it free-form too.
* An ``enum`` placed on an array schema (``RoleResponse.scope``) constrains its items: as written no
  value at all could be valid.
* The spec writes maps keyed by name (schemas, tables, columns) as an object with one placeholder
  property (``schema``, ``table``, ``column``); those become ``additionalProperties`` so every entry is
  validated, not just one literally named ``table``.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker  # type: ignore[import-untyped,unused-ignore]

from ..conftest import SPEC_2026_07_10, require

_MAP_TITLES = {"Schemas", "Tables", "Columns"}
NULL_IN_PRACTICE = frozenset({"logged_in_at"})

FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator,unused-ignore]
def _date_time(value: object) -> bool:
    if isinstance(value, str):
        datetime.fromisoformat(value)
    return True


def _adjust(schema: Any, name: str | None = None) -> Any:
    """An adjusted copy of one schema (``name``: the property it describes, if any)."""
    if not isinstance(schema, dict):
        return schema
    node = dict(schema)
    for keyword in ("items", "not"):
        if keyword in node:
            node[keyword] = _adjust(node[keyword])
    if isinstance(node.get("additionalProperties"), dict):
        node["additionalProperties"] = _adjust(node["additionalProperties"])
    for keyword in ("allOf", "anyOf", "oneOf"):
        if keyword in node:
            node[keyword] = [_adjust(item) for item in node[keyword]]
    if name == "config":
        return {"type": "object"}
    if node.get("type") == "array" and "enum" in node:
        node["items"] = {**node.get("items", {}), "enum": node.pop("enum")}
    if name == "sync_frequency" and node.get("type") == "integer" and "enum" in node:
        node["enum"] = [int(value) for value in node["enum"]]
    properties = {key: _adjust(value, key) for key, value in node.get("properties", {}).items()}
    if node.get("title") in _MAP_TITLES and len(properties) == 1:
        node["additionalProperties"] = next(iter(properties.values()))
        node["properties"] = {}
    elif properties:
        required = set(node.get("required", []))
        node["properties"] = {
            key: value if key in required - NULL_IN_PRACTICE else {"anyOf": [value, {"type": "null"}]}
            for key, value in properties.items()
        }
    if node.pop("nullable", False):
        node = {"anyOf": [node, {"type": "null"}]}
    return node


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(Path(require(SPEC_2026_07_10)).read_text(encoding="utf-8"))
    return loaded


@cache
def _components() -> dict[str, Any]:
    schemas = {name: _adjust(schema) for name, schema in spec()["components"]["schemas"].items()}
    return {"schemas": schemas}


def success_response(method: str, template: str) -> tuple[int, dict[str, Any]]:
    """The spec's documented success status of an operation and its (raw) JSON schema."""
    responses = spec()["paths"][template][method.lower()]["responses"]
    for status in sorted(responses):
        content = responses[status].get("content", {})
        if status.startswith("2") and "application/json" in content:
            return int(status), content["application/json"]["schema"]
    raise AssertionError(f"{method} {template} documents no JSON success response")


def validator(method: str, template: str, *, drop_required: tuple[str, ...] = ()) -> Draft4Validator:
    """A validator for the operation's success body; ``drop_required`` relaxes documented deviations."""
    _, schema = success_response(method, template)
    root = dict(_adjust(schema))
    if drop_required:
        root["required"] = [name for name in root.get("required", []) if name not in drop_required]
    root["components"] = _components()
    return Draft4Validator(root, format_checker=FORMATS)


def operations() -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, item in spec()["paths"].items()
        for method in item
        if method in ("get", "post", "patch", "put", "delete")
    ]
