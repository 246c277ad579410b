"""Synthesize one example success response per operation from the spec's schemas and examples.

The fake Fivetran API (`fivetran_ext.testing`) answers operations it does not model statefully with
these bodies, so they must validate against the spec's own response schemas: every property is
filled (required or not), enums take their first value, `example` values are used where the spec
gives one of the right type. The result is written into the generated package as `_examples.json`
by `scripts/generate.py`; users never need the spec file at run time.
"""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date-time": "2024-01-15T08:30:00.000Z",
    "date": "2024-01-15",
    "uri": "https://example.com/resource",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def _merge_all_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """One schema with the properties and `required` of every `allOf` part."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf", []):
        part = _resolve(spec, part)
        if isinstance(part, dict) and "allOf" in part:
            part = _merge_all_of(spec, part)
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**value, **merged.get("properties", {})}
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            else:
                merged.setdefault(key, value)
    return merged


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    expected = _TYPES.get(schema.get("type", ""), ())
    if not expected:
        return True
    if isinstance(value, bool) and schema.get("type") in ("integer", "number"):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    return isinstance(value, expected)


def synthesize(spec: dict[str, Any], schema: Any, *, name: str = "", depth: int = 0) -> Any:
    """An instance of `schema` built from its examples, enums and types."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "allOf" in schema:
        schema = _merge_all_of(spec, schema)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return synthesize(spec, schema[key][0], name=name, depth=depth + 1)
    kind = schema.get("type") or ("object" if "properties" in schema else "")
    # `sync_frequency` is integer minutes on the wire although the export gives string enum values.
    if name == "sync_frequency":
        return 360
    if "example" in schema and _fits(schema["example"], schema) and kind not in ("object", "array"):
        return schema["example"]
    if kind == "array" and schema.get("enum"):
        # RoleResponse.scope puts the enum on the array; its values are the items' values.
        return [schema["enum"][0]]
    if schema.get("enum"):
        return schema["enum"][0]
    if kind == "object":
        properties = schema.get("properties", {})
        if not properties:
            example = schema.get("example")
            return example if isinstance(example, dict) else {}
        result = {key: synthesize(spec, value, name=key, depth=depth + 1) for key, value in properties.items()}
        # PrivateLinkResponse requires `config` without declaring it (it lives in per-service variants):
        # an undeclared required property becomes an empty object, the shape every such case has.
        for key in schema.get("required", []):
            result.setdefault(key, {})
        return result
    if kind == "array":
        item = synthesize(spec, schema.get("items", {}), name=name, depth=depth + 1)
        return [] if item is None else [item]
    if kind == "string":
        return _FORMATS.get(schema.get("format", ""), name or "string")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None


def success_examples(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`"METHOD /path/{param}"` → `{"status": int, "content_type": str, "body": example}`."""
    result: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method not in _HTTP_METHODS:
                continue
            responses = operation.get("responses", {})
            codes = sorted(code for code in responses if code.startswith("2"))
            if not codes:
                continue
            # Prefer a success response with a body (one operation documents an empty 200 and a 201).
            code = next((c for c in codes if responses[c].get("content")), codes[0])
            content = responses[code].get("content", {})
            entry: dict[str, Any] = {"status": int(code), "content_type": None, "body": None}
            if "application/json" in content:
                entry["content_type"] = "application/json"
                entry["body"] = synthesize(spec, content["application/json"].get("schema", {}))
            elif content:
                entry["content_type"] = next(iter(content))
            result[f"{method.upper()} {path}"] = entry
    return dict(sorted(result.items()))
