#!/usr/bin/env python3
"""Report how Fivetran's API changed between two OpenAPI exports.

    python scripts/spec_diff.py OLD NEW [--json]

OLD and NEW are spec files (or URLs), or a spec lock file (`openapi/spec.lock.json`), which keeps a
fingerprint of every operation so that a new export can be compared with the one the committed client
was generated from even when that export is no longer around.

Operations are compared by `METHOD path`, with path parameter names erased (`{id}` and `{groupId}` are
the same slot). For each operation present in both, three parts are compared: parameters (by location
and name), request body, and success response; `$ref`s are resolved so a change deep inside a shared
schema shows up in every operation that uses it. Exit status: 0 when nothing changed, 1 when something
did, 2 on bad input.

Whether an operation changed is decided by the same digests in both modes, taken over a canonical form
(descriptions and examples dropped, `allOf` parts merged), so a lock file and the full export it was
written from give the same answer; with two full exports the report also names the properties.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_source import SpecSourceError, load_spec

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FINGERPRINT_VERSION = 2
"""Version of the digests below; a lock written with another one must be rewritten, not compared."""
_PATH_PARAM = re.compile(r"\{[^}]+\}")


def operation_key(method: str, path: str) -> str:
    """`GET /v1/groups/{}`: the identity of an operation across renamed path parameters."""
    return f"{method.upper()} {_PATH_PARAM.sub('{}', path)}"


def _deref(spec: dict[str, Any], node: Any, stack: tuple[str, ...] = ()) -> Any:
    """`node` with every `$ref` replaced by its target; a cycle is cut at the repeated name."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            parts = ref[2:].split("/")
            if ref in stack:
                return {"$cycle": parts[-1]}
            target: Any = spec
            for part in parts:
                target = target.get(part, {}) if isinstance(target, dict) else {}
            return _deref(spec, target, (*stack, ref))
        # Descriptions and examples change constantly without changing the API contract.
        return {
            k: _deref(spec, v, stack)
            for k, v in sorted(node.items())
            if k not in ("description", "example", "examples")
        }
    if isinstance(node, list):
        return [_deref(spec, v, stack) for v in node]
    return node


def _canonical(node: Any) -> Any:
    """`node` with `allOf` merged at every level: moving properties into a shared `$ref` is no change."""
    if isinstance(node, dict):
        return {key: _canonical(value) for key, value in _flatten(node).items()}
    if isinstance(node, list):
        return [_canonical(value) for value in node]
    return node


def _digest(value: Any) -> str:
    canonical = json.dumps(_canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _success_response(operation: dict[str, Any]) -> Any:
    responses = operation.get("responses", {})
    codes = sorted(code for code in responses if str(code).startswith("2"))
    return {code: responses[code].get("content", {}) for code in codes}


def operation_fingerprints(spec: dict[str, Any], *, keep_schemas: bool = False) -> dict[str, dict[str, Any]]:
    """For every operation: its parameter fingerprints, request body and success response digests.

    With `keep_schemas`, the resolved request body and response are kept under `schemas` so that a
    diff of two full specs can name the properties that changed (a lock file stores digests only).
    """
    result: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        shared_params = item.get("parameters", [])
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            params: dict[str, str] = {}
            for param in [*shared_params, *operation.get("parameters", [])]:
                param = _deref(spec, param)
                where = param.get("in", "?")
                # Path parameters are positional; their names are inconsistent in the export.
                name = "{}" if where == "path" else param.get("name", "?")
                params[f"{where}:{name}"] = _digest(param if where != "path" else {**param, "name": ""})
            request_body = _deref(spec, operation.get("requestBody", {}))
            response = _deref(spec, _success_response(operation))
            entry: dict[str, Any] = {
                "operation_id": operation.get("operationId", ""),
                "path": path,
                "parameters": params,
                "request_body": _digest(request_body),
                "response": _digest(response),
            }
            if keep_schemas:
                entry["schemas"] = {"request body": request_body, "response": response}
            result[operation_key(method, path)] = entry
    return result


def load_fingerprints(source: str) -> dict[str, dict[str, Any]]:
    """Fingerprints from a spec (path or URL) or from a lock file that stores them."""
    document = load_spec(source, require_openapi=False)
    if "openapi" in document:
        return operation_fingerprints(document, keep_schemas=True)
    if isinstance(document.get("operations"), dict):
        if document.get("fingerprint_version") != FINGERPRINT_VERSION:
            raise SpecSourceError(
                f"{source}: its fingerprints are from an older spec_diff (version "
                f"{document.get('fingerprint_version', 1)}, this one writes {FINGERPRINT_VERSION}); rewrite it "
                "with `make generate SPEC=<the locked export> UPDATE_LOCK=1`"
            )
        operations: dict[str, dict[str, Any]] = document["operations"]
        return operations
    raise SpecSourceError(f"{source}: neither an OpenAPI document nor a spec lock file")


def _flatten(schema: Any) -> Any:
    """Merge `allOf` parts into one schema, so moving inline properties into a `$ref` is no change."""
    if not isinstance(schema, dict) or "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _flatten(part)
        if not isinstance(part, dict):
            continue
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            else:
                merged.setdefault(key, value)
    return merged


def _property_changes(old: Any, new: Any, where: str = "") -> list[str]:
    """Property paths added, removed or retyped between two resolved schemas."""
    old, new = _flatten(old), _flatten(new)
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return [] if old == new else [f"changed: {where or '(root)'}"]
    changes: list[str] = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name in sorted(set(new_props) - set(old_props)):
        changes.append(f"property added: {where}{name}")
    for name in sorted(set(old_props) - set(new_props)):
        changes.append(f"property removed: {where}{name}")
    for name in sorted(set(old_props) & set(new_props)):
        changes.extend(_property_changes(old_props[name], new_props[name], f"{where}{name}."))
    for key in sorted(set(old) | set(new)):
        if key == "properties":
            continue
        if isinstance(old.get(key), dict) or isinstance(new.get(key), dict):
            label = (
                where
                if key in ("items", "schema", "content") or key.startswith(("2", "application/"))
                else f"{where}{key}."
            )
            changes.extend(_property_changes(old.get(key), new.get(key), label))
        elif old.get(key) != new.get(key):
            changes.append(f"{key} changed: {where.rstrip('.') or '(root)'}")
    return changes


def diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Added, removed and changed operations, each change saying which parts differ."""
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = []
    for key in sorted(set(old) & set(new)):
        before, after = old[key], new[key]
        details: list[str] = []
        for name in sorted(set(after["parameters"]) - set(before["parameters"])):
            details.append(f"parameter added: {name}")
        for name in sorted(set(before["parameters"]) - set(after["parameters"])):
            details.append(f"parameter removed: {name}")
        for name in sorted(set(before["parameters"]) & set(after["parameters"])):
            if before["parameters"][name] != after["parameters"][name]:
                details.append(f"parameter changed: {name}")
        for part, digest in (("request body", "request_body"), ("response", "response")):
            if before[digest] == after[digest]:
                continue
            found: list[str] = []
            if "schemas" in before and "schemas" in after:
                found = _property_changes(before["schemas"][part], after["schemas"][part])
            # The digests decide (as they must with a lock); the property list only explains.
            if found:
                details.extend(f"{part} {line}" for line in found)
            else:
                details.append(f"{part} changed")
        if details:
            changed.append({"operation": key, "changes": details})
    return {
        "added": [{"operation": k, "operation_id": new[k]["operation_id"]} for k in added],
        "removed": [{"operation": k, "operation_id": old[k]["operation_id"]} for k in removed],
        "changed": changed,
    }


def render(report: dict[str, Any]) -> str:
    """The report as plain text for people."""
    lines = []
    counts = ", ".join(f"{len(report[k])} {k}" for k in ("added", "removed", "changed"))
    lines.append(f"Spec drift: {counts}")
    for title in ("added", "removed"):
        if report[title]:
            lines.append(f"\n{title.capitalize()} operations:")
            lines.extend(
                f"  + {e['operation']}  ({e['operation_id']})"
                if title == "added"
                else f"  - {e['operation']}  ({e['operation_id']})"
                for e in report[title]
            )
    if report["changed"]:
        lines.append("\nChanged operations:")
        for entry in report["changed"]:
            lines.append(f"  ~ {entry['operation']}")
            lines.extend(f"      {change}" for change in entry["changes"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="older spec: path, URL or spec lock file")
    parser.add_argument("new", help="newer spec: path, URL or spec lock file")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--exit-code", action="store_true", help="exit 1 when the specs differ")
    args = parser.parse_args(argv)
    try:
        report = diff(load_fingerprints(args.old), load_fingerprints(args.new))
    except SpecSourceError as exc:
        print(f"spec-diff: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else render(report))
    changed = any(report[k] for k in ("added", "removed", "changed"))
    return 1 if changed and args.exit_code else 0


if __name__ == "__main__":
    sys.exit(main())
