"""Airflow integration (``pip install 'fivetran-ext[airflow]'``, Airflow 3).

* `FivetranHook`: clients from an Airflow Connection (type ``fivetran_ext``; login = API key, password =
  API secret, host = optional base URL).
* `FivetranSyncOperator`: sync and wait, in the worker or (``deferrable=True``) in the triggerer.
* `FivetranSyncTrigger`: checks a serialized sync handle with `AsyncFivetran`, never blocking the loop.
* `FivetranFreshnessSensor`: "a sync succeeded after T" / "the data is younger than N", poking in the
  worker or (``deferrable=True``) waiting in the triggerer with `FivetranFreshnessTrigger`.
* `FivetranSyncError`: what a sync that did not succeed raises (an `AirflowException` and a
  `fivetran_ext.FivetranError`).

Names load on first use, so importing this package costs nothing until one is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import FivetranSyncError
    from .hooks import FivetranHook
    from .operators import FivetranSyncOperator
    from .sensors import FivetranFreshnessSensor
    from .triggers import FivetranFreshnessTrigger, FivetranSyncTrigger

__all__ = [
    "FivetranFreshnessSensor",
    "FivetranFreshnessTrigger",
    "FivetranHook",
    "FivetranSyncError",
    "FivetranSyncOperator",
    "FivetranSyncTrigger",
]

_MODULE_OF = {
    "FivetranFreshnessSensor": ".sensors",
    "FivetranFreshnessTrigger": ".triggers",
    "FivetranHook": ".hooks",
    "FivetranSyncError": ".errors",
    "FivetranSyncOperator": ".operators",
    "FivetranSyncTrigger": ".triggers",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
