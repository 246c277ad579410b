"""Route go-fivetran conformance fixtures to the generated operation that serves them."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from fivetran_api._operations import OPERATIONS

_PARAM = re.compile(r"\{[^}]+\}")


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {_PARAM.sub('{}', path)}"


OPERATION_BY_KEY = {operation_key(m, p): (p, module) for m, p, module in OPERATIONS}


@dataclass(frozen=True)
class Fixture:
    name: str
    method: str
    path: str
    path_template: str
    query: dict[str, Any] | None
    status: int
    request_body: Any
    response: Any

    @property
    def key(self) -> str:
        return operation_key(self.method, self.path_template)


def load_fixtures(directory: Path) -> list[Fixture]:
    fixtures = []
    for file in sorted(directory.glob("*.json")):
        if file.name == "index.json":
            continue
        raw = json.loads(file.read_text())
        fixtures.append(
            Fixture(
                name=file.stem,
                method=raw["method"],
                path=raw["path"],
                path_template=raw["path_template"],
                query=raw.get("query"),
                status=raw["status"],
                request_body=raw.get("request_body"),
                response=raw.get("response"),
            )
        )
    return fixtures


def module_for(fixture: Fixture) -> tuple[str, ModuleType] | None:
    found = OPERATION_BY_KEY.get(fixture.key)
    if found is None:
        return None
    template, dotted = found
    return template, importlib.import_module(dotted)


def path_arguments(template: str, path: str) -> list[str]:
    """The concrete path parameter values of `path`, in template order."""
    pattern = "^" + _PARAM.sub("([^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$"
    match = re.match(pattern, path)
    if match is None:
        raise AssertionError(f"{path} does not match {template}")
    return list(match.groups())


class InvalidRequestBody(Exception):
    """The fixture's request body is not valid for the spec (go-fivetran mocks use placeholders)."""


def call_arguments(module: ModuleType, template: str, fixture: Fixture) -> tuple[list[Any], dict[str, Any]]:
    """Positional path values and keyword arguments (body) for `module.sync_detailed`.

    Raises `InvalidRequestBody` when the generated request model refuses the fixture's body: we stay
    strict on what we send, and some go-fivetran mocks send placeholder enum values ("region").
    """
    signature = inspect.signature(module.sync_detailed)
    positional = path_arguments(template, fixture.path)
    kwargs: dict[str, Any] = {}
    body = signature.parameters.get("body")
    if body is not None:
        body_type = _resolve_annotation(module, body.annotation)
        if hasattr(body_type, "from_dict"):
            try:
                kwargs["body"] = body_type.from_dict(fixture.request_body or {})
            except (ValueError, TypeError, KeyError) as exc:
                raise InvalidRequestBody(f"{type(exc).__name__}: {exc}") from exc
        else:
            kwargs["body"] = fixture.request_body
    return positional, kwargs


def _resolve_annotation(module: ModuleType, annotation: Any) -> Any:
    if isinstance(annotation, str):
        annotation = annotation.split("|")[0].strip()
        return getattr(module, annotation, None)
    args = getattr(annotation, "__args__", None)
    return args[0] if args else annotation


def response_model(module: ModuleType) -> Any:
    """The model class that `sync_detailed` declares it parses a success into (None for no body)."""
    hint = inspect.signature(module.sync_detailed).return_annotation
    names = re.findall(r"\w+", str(hint))
    for name in names:
        candidate = getattr(module, name, None)
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def missing_keys(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Paths of keys present in `expected` (a fixture) but absent from `actual` (a round trip)."""
    problems: list[str] = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where or '.'}: expected an object, got {type(actual).__name__}"]
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{where}.{key}")
            else:
                problems.extend(missing_keys(value, actual[key], f"{where}.{key}"))
    elif isinstance(expected, list) and isinstance(actual, list):
        for index, (e, a) in enumerate(zip(expected, actual, strict=False)):
            problems.extend(missing_keys(e, a, f"{where}[{index}]"))
    return problems
