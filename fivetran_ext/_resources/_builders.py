"""Call-builder factories and argument checks shared by the resource modules.

Most Fivetran operations have one of three shapes: a page of a collection (maybe below a parent id or
with filters), an operation on one item addressed by one or two ids, or a JSON body made of keyword
arguments. The factories build the `Call` for each shape once, so a resource module only says *which*
generated operation and *which* result reader, and its sync and async methods stay one line each.

Every check raises before anything is sent and names the argument as the caller wrote it, which is not
always the generated keyword (``hash_``, ``id``, ``type_``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from types import ModuleType
from typing import Any, TypeVar

from fivetran_api._model import Model, ModelFieldError
from fivetran_api.types import Response

from .._pagination import Page
from .._paths import path_param
from ._base import Call, GeneratedModel, ListItem, PageCall, PageOf, page_query

__all__ = [
    "by_id",
    "by_ids",
    "choice",
    "flag",
    "json_body",
    "json_object",
    "json_objects",
    "optional_text",
    "pages",
    "present",
    "required_text",
]

R = TypeVar("R")
M = TypeVar("M", bound=GeneratedModel)
ItemT = TypeVar("ItemT", bound=ListItem)
E = TypeVar("E", bound=StrEnum)

Reader = Callable[[ModuleType, Response[Any]], R]
"""What `Call.result` holds: turns the generated response into a method's result."""


def pages(operation: str, result: PageOf[ItemT], **bound: Any) -> PageCall[ItemT]:
    """A page call builder for a list operation; ``bound`` (a checked parent id, filters) goes into every page.

    Example:
        _list = pages(list_all_roles, PageOf(lambda: models.Role))   # (limit, cursor) -> Call[Page[Role]]
        _users = pages(list_users_in_team, PageOf(lambda: models.TeamMembership), team_id=checked_team_id)
    """

    def build(limit: int | None, cursor: str | None) -> Call[Page[ItemT]]:
        return Call(operation, {**bound, **page_query(limit=limit, cursor=cursor)}, result)

    return build


def by_id(operation: str, result: Reader[R], name: str, *, argument: str | None = None) -> Callable[[str], Call[R]]:
    """A call builder for an operation on one item: ``build(value)`` checks the id first.

    Args:
        operation: The generated operation's module path (imported when the call runs).
        result: The result reader.
        name: The id's name in the resource method, used in error messages.
        argument: The generated keyword, when it differs from ``name`` (``DELETE /v1/users/{id}``).
    """

    def build(value: str) -> Call[R]:
        return Call(operation, {argument or name: path_param(name, value)}, result)

    return build


def by_ids(
    operation: str,
    result: Reader[R],
    first: str,
    second: str,
    *,
    arguments: tuple[str, str] | None = None,
) -> Callable[[str, str], Call[R]]:
    """A call builder for an operation on an item below a parent: ``build(parent_id, item_id)``.

    ``arguments`` are the generated keywords when they differ from the method's names (``hash_``).
    """
    keywords = arguments or (first, second)

    def build(first_value: str, second_value: str) -> Call[R]:
        return Call(
            operation,
            {keywords[0]: path_param(first, first_value), keywords[1]: path_param(second, second_value)},
            result,
        )

    return build


def json_body(model: type[M], **fields: Any) -> M:
    """The generated request model for the given JSON fields; fields that are None are not sent.

    The generated model does the JSON shaping. What it cannot read at the top level (a missing required
    field, a value it cannot convert) becomes a ValueError here, before anything is sent. Nested objects
    it cannot read are kept as given, so the resource checks those itself (see `json_objects`).
    """
    return _read(model, present(**fields), "invalid request body")


def _read(model: type[M], data: Mapping[str, Any], where: str) -> M:
    try:
        body = model.from_dict(data)
        _build_every_field(body)
    except ModelFieldError as error:
        if error.reason == "is missing":
            raise ValueError(f"{where}: missing field {error.path.rsplit('.', 1)[-1]!r}") from None
        raise ValueError(f"{where}: {error.reason}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{where}: {error}") from None
    return body


def _build_every_field(model: Any) -> None:
    """Read every field once: models build lazily, a request body is checked eagerly before it is sent."""
    for name in getattr(type(model), "_FIELDS", ()):
        value = getattr(model, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Model):
                _build_every_field(item)


# A required string argument (an email, a role, a name) fails the same way a blank id would.
required_text = path_param


def optional_text(name: str, value: str | None) -> str | None:
    """None, or a non-blank string (an empty name is never what the caller meant)."""
    return None if value is None else required_text(name, value)


def flag(name: str, value: bool | None) -> bool | None:
    """None or a real bool: ``"false"`` or ``0`` would otherwise reach the API with the opposite meaning."""
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{name} must be True, False or None, got {type(value).__name__}")
    return value


def choice(name: str, value: str | None, allowed: type[E]) -> E | None:
    """None, or the member of the spec's enum for this field (generated requests accept no other value)."""
    if value is None:
        return None
    if value not in {member.value for member in allowed}:
        options = ", ".join(sorted(member.value for member in allowed))
        raise ValueError(f"{name} must be one of {options}; got {value!r}")
    return allowed(value)


def json_object(name: str, value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """None, or a JSON object given as a mapping (a service ``config``, a ``schedule``), copied."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (a JSON object), got {type(value).__name__}")
    return dict(value)


def json_objects(
    name: str, values: Sequence[Mapping[str, Any]] | None, item_model: type[GeneratedModel]
) -> list[dict[str, Any]] | None:
    """None, or a list of JSON objects each readable as ``item_model`` (system key ``permissions``).

    Each item is checked here because a generated model that cannot read a list item keeps the raw list and
    only fails later, while serialising, with an error that names neither the field nor the item.
    """
    if values is None:
        return None
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of mappings, got {type(values).__name__}")
    return [_item(f"{name}[{index}]", value, item_model) for index, value in enumerate(values)]


def _item(name: str, value: Any, item_model: type[GeneratedModel]) -> dict[str, Any]:
    checked = json_object(name, value)
    if checked is None:
        raise TypeError(f"{name} must be a mapping, got None")
    _read(item_model, checked, name)
    return checked


def present(**fields: Any) -> dict[str, Any]:
    """The fields that are not None: optional query filters and body fields are left out, not sent as null."""
    return {key: value for key, value in fields.items() if value is not None}
