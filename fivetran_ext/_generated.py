"""Generated code named by module path and imported on first use.

When Fivetran removes an operation, a regeneration deletes its module, and often the modules of its
request body and enums too. Imported at the top of a resource module, any of them would make the whole
resource (``client.transformations``) fail to load. Named here instead, and imported when a method first
needs them, the loss fails only that method, with `OperationUnavailableError` naming the method, the
missing module and what to do.

Resolving is done once: operation modules come from ``sys.modules`` after the first import, and classes
are cached by their namespace (`LazyClasses`) or the reader holding them.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ._errors import OperationUnavailableError

__all__ = ["LazyClasses", "class_of_module", "load_class", "load_operation", "running_method"]

_RESOURCES = "fivetran_ext._resources"


def load_operation(operation: str) -> ModuleType:
    """The generated module ``operation`` (a module path under ``fivetran_api.api``), imported on first use.

    Raises:
        OperationUnavailableError: The generated client no longer has that module.
    """
    try:
        return importlib.import_module(operation)
    except ModuleNotFoundError as error:
        if _is_missing(operation, error):
            raise OperationUnavailableError(operation, method=running_method()) from None
        raise


def load_class(module: str, name: str) -> Any:
    """The class ``name`` of the generated module ``module`` (a model or an enum), imported on first use.

    Raises:
        OperationUnavailableError: The generated client no longer has that module, or the module no
            longer has that class.
    """
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as error:
        if _is_missing(module, error):
            raise OperationUnavailableError(module, name, running_method()) from None
        raise
    except AttributeError:
        raise OperationUnavailableError(module, name, running_method()) from None


def _is_missing(module: str, error: ModuleNotFoundError) -> bool:
    # The module itself (or its package) is gone; a module that exists but fails to import one of its
    # own dependencies is a different problem, reported as it is.
    return error.name is not None and (module + ".").startswith(error.name + ".")


def class_of_module(module: str) -> str:
    """The class a generated model module is named after: ``new_connector_request_v1`` -> ``NewConnectorRequestV1``.

    The generator names each model module by snake-casing its class; camel-casing the module name gives
    the class back for every model it generates (its snake-casing itself is not reversible: ``V1`` stays
    ``v1``, ``Type0`` becomes ``type_0``).
    """
    return "".join(word[:1].upper() + word[1:] for word in module.split("_"))


class LazyClasses:
    """A module-level ``__getattr__`` serving generated classes by name, each imported on first use.

    The class found is stored in the module's namespace, so the next lookup is a plain attribute read.

    Args:
        namespace: The serving module's ``globals()``.
        module_of: Class name -> generated module path.

    Example:
        __getattr__ = LazyClasses(globals(), {"Group": "fivetran_api.models.group"})
    """

    __slots__ = ("_module_of", "_namespace")

    def __init__(self, namespace: dict[str, Any], module_of: Mapping[str, str]) -> None:
        self._namespace = namespace
        self._module_of = module_of

    def __call__(self, name: str) -> Any:
        module = self._module_of.get(name)
        if module is None:
            raise AttributeError(f"module {self._namespace['__name__']!r} has no attribute {name!r}")
        value = load_class(module, name)
        self._namespace[name] = value
        return value


def running_method() -> str | None:
    """The resource method being run, as ``"client.<resource>.<method>"``; None outside one.

    Only called on the way to an `OperationUnavailableError`, so walking the stack costs nothing on
    calls that succeed. The outermost public method of a resource module wins: it is the one the caller
    wrote (``sync_and_wait`` rather than the ``sync`` it calls). A resource module is named after its
    client attribute (`fivetran_ext._lazy.LazyResource`). During a stream's iteration the method has
    already returned its iterator, so no method is on the stack.
    """
    found = None
    frame = inspect.currentframe()
    while frame is not None:
        package, _, resource = frame.f_globals.get("__name__", "").rpartition(".")
        code = frame.f_code
        if (
            package == _RESOURCES
            and not resource.startswith("_")
            and code.co_name.isidentifier()
            and not code.co_name.startswith("_")
            and code.co_varnames[:1] == ("self",)
        ):
            found = f"client.{resource}.{code.co_name}"
        frame = frame.f_back
    return found
