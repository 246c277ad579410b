"""Validation of path parameters (ids, schema, table and column names) before any request is sent.

Encoding is not done here: every generated operation already percent-encodes each path parameter with
``quote(value, safe="")`` and also encodes ".", so "/", "?", "#", "%", ".." and spaces travel as data,
never as path structure (the test suite checks the raw path the server receives). What the generated
code cannot catch is an empty or blank value, which would silently address a different endpoint
(``/v1/groups/`` instead of ``/v1/groups/{id}``).
"""

from __future__ import annotations

__all__ = ["path_param"]


def path_param(name: str, value: str) -> str:
    """Return ``value`` if it can be a path parameter, else raise naming the parameter.

    Raises:
        TypeError: ``value`` is not a string (an id passed as a model object, say).
        ValueError: ``value`` is empty or only whitespace.

    Example:
        >>> path_param("group_id", "decent_dropsy")
        'decent_dropsy'
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value
