"""Every async resource is the exact twin of its sync resource: names, parameters, defaults and kind.

The twins are kept by hand (thin, like httpx's and Stripe's); this test is what keeps them from drifting.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType

import pytest

import fivetran_ext
import fivetran_ext._resources as resources_package
from fivetran_ext import AsyncFivetran, Fivetran
from fivetran_ext._resources._base import AsyncResource, SyncResource

_SEE = re.compile(r"See `(\w+)\.(\w+)`")


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(resources_package.__path__):
        yield importlib.import_module(f"{resources_package.__name__}.{info.name}")


def _twins() -> list[tuple[type, type]]:
    pairs = []
    for module in _modules():
        for name, cls in vars(module).items():
            is_resource = inspect.isclass(cls) and issubclass(cls, SyncResource) and cls is not SyncResource
            if not (is_resource and cls.__module__ == module.__name__):
                continue
            twin = getattr(module, f"Async{name}", None)
            assert twin is not None, f"{module.__name__}.{name} has no Async{name}"
            pairs.append((cls, twin))
    return pairs


TWINS = _twins()


def _public_methods(cls: type) -> dict[str, object]:
    return {
        name: member
        for klass in reversed(cls.__mro__)
        if klass not in (object, SyncResource, AsyncResource)
        for name, member in vars(klass).items()
        if not name.startswith("_") and callable(member)
    }


def test_every_resource_module_was_found() -> None:
    assert len(TWINS) >= 20
    names = {sync.__name__ for sync, _ in TWINS}
    assert {"Groups", "Connections", "Destinations", "Users", "Webhooks"} <= names


def test_the_async_resources_are_async_resources() -> None:
    for _, twin in TWINS:
        assert issubclass(twin, AsyncResource), twin


@pytest.mark.parametrize(("sync", "twin"), TWINS, ids=[sync.__name__ for sync, _ in TWINS])
def test_the_twins_have_the_same_methods_parameters_and_defaults(sync: type, twin: type) -> None:
    sync_methods, async_methods = _public_methods(sync), _public_methods(twin)
    assert sorted(async_methods) == sorted(sync_methods)
    for name, method in sync_methods.items():
        ours, theirs = inspect.signature(method), inspect.signature(async_methods[name])  # type: ignore[arg-type]
        described = [(p.name, p.kind, p.default) for p in ours.parameters.values()]
        described_twin = [(p.name, p.kind, p.default) for p in theirs.parameters.values()]
        assert described_twin == described, f"{twin.__name__}.{name} differs from {sync.__name__}.{name}"


@pytest.mark.parametrize(("sync", "twin"), TWINS, ids=[sync.__name__ for sync, _ in TWINS])
def test_async_methods_are_coroutines_except_streams(sync: type, twin: type) -> None:
    for name, method in _public_methods(twin).items():
        returns = str(inspect.signature(_public_methods(sync)[name]).return_annotation)  # type: ignore[arg-type]
        if "Iterator" in returns:
            # stream(): a plain method returning an async iterator, so `async for` works without await.
            assert not inspect.iscoroutinefunction(method), f"{twin.__name__}.{name} must not be async def"
            assert "AsyncIterator" in str(inspect.signature(method).return_annotation)  # type: ignore[arg-type]
        else:
            assert inspect.iscoroutinefunction(method), f"{twin.__name__}.{name} must be async def"
        assert not inspect.iscoroutinefunction(_public_methods(sync)[name]), f"{sync.__name__}.{name} is async"


@pytest.mark.parametrize(("sync", "twin"), TWINS, ids=[sync.__name__ for sync, _ in TWINS])
def test_every_see_reference_points_at_the_twin_method(sync: type, twin: type) -> None:
    for name, method in _public_methods(twin).items():
        for target_class, target_method in _SEE.findall(inspect.getdoc(method) or ""):
            module = importlib.import_module(twin.__module__)
            owner = getattr(module, target_class, None) or getattr(fivetran_ext, target_class, None)
            assert owner is not None, f"{twin.__name__}.{name}: `{target_class}` does not exist"
            assert hasattr(owner, target_method), f"{twin.__name__}.{name}: `{target_class}.{target_method}` is missing"


def test_the_clients_expose_the_same_resources() -> None:
    def resources(cls: type) -> set[str]:
        return {name for name in vars(cls) if not name.startswith("_") and hasattr(vars(cls)[name], "__get__")}

    assert resources(AsyncFivetran) - {"aclose"} == resources(Fivetran) - {"close"}
    sync_init, async_init = inspect.signature(Fivetran.__init__), inspect.signature(AsyncFivetran.__init__)
    assert [(p.name, p.default) for p in async_init.parameters.values()] == [
        (p.name, p.default) for p in sync_init.parameters.values()
    ]


def test_a_drifted_twin_would_fail() -> None:
    # The comparison itself, on a deliberately drifted pair: a renamed parameter and a changed default.
    class Sync(SyncResource):
        def get(self, connection_id: str, *, limit: int = 100) -> None: ...

    class Async(AsyncResource):
        async def get(self, id: str, *, limit: int = 1000) -> None: ...

    ours = [(p.name, p.kind, p.default) for p in inspect.signature(Sync.get).parameters.values()]
    theirs = [(p.name, p.kind, p.default) for p in inspect.signature(Async.get).parameters.values()]
    assert ours != theirs
