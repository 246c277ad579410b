"""Client attributes that build their resource on first access (``client.users``, ``client.connectors``).

A client has twenty resources, each importing its generated operations and models. Building them all in
the constructor made ``import fivetran_ext`` cost most of a second, paid by every CLI start. Instead each
resource module is imported, and its object built, the first time the attribute is read; the object is
then cached on the client, so later reads are plain attribute lookups.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any, Generic, TypeVar, overload

__all__ = ["ConnectorsAlias", "LazyResource"]

R = TypeVar("R")


class LazyResource(Generic[R]):
    """A class attribute that builds ``fivetran_ext._resources.<attribute>.<name>(client.generated)`` once.

    The module is named after the attribute (``client.users`` lives in ``_resources/users.py``).

    Args:
        name: The resource class in that module, e.g. ``"Users"`` or ``"AsyncUsers"``.
    """

    __slots__ = ("_attribute", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._attribute = ""

    def __set_name__(self, owner: type[Any], attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> LazyResource[R]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> R: ...
    def __get__(self, instance: object, owner: type[Any]) -> LazyResource[R] | R:
        if instance is None:
            return self
        resource_class = getattr(importlib.import_module(f"fivetran_ext._resources.{self._attribute}"), self._name)
        resource: R = resource_class(instance.generated)  # type: ignore[attr-defined]
        # Cached in the instance dict, which takes precedence over this non-data descriptor from now on.
        # Two threads racing here both build a valid resource; the last one stays.
        instance.__dict__[self._attribute] = resource
        return resource


C = TypeVar("C")


class ConnectorsAlias(Generic[C]):
    """``client.connectors``: Fivetrex's (and the API's former) name for ``client.connections``.

    The same object, so the same ``/v1/connections`` paths; reading it emits a `DeprecationWarning`.
    """

    __slots__ = ()

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> ConnectorsAlias[C]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> C: ...
    def __get__(self, instance: object, owner: type[Any]) -> ConnectorsAlias[C] | C:
        if instance is None:
            return self
        warnings.warn(
            "client.connectors is deprecated: use client.connections (Fivetran renamed connectors to connections)",
            DeprecationWarning,
            stacklevel=2,
        )
        connections: C = getattr(instance, "connections")  # noqa: B009 - the attribute the alias stands for
        return connections
