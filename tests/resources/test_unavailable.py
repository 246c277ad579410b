"""A generated operation or model that a regeneration removed fails only the method that needs it.

The missing module is simulated the way Python itself spells "this module cannot be imported": its
``sys.modules`` entry is None, so importing it raises `ModuleNotFoundError` naming it. The names a test
looks up are taken out of the lazy namespaces' caches first, and put back after (monkeypatch).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import httpx
import pytest

import fivetran_ext
from fivetran_ext import AsyncFivetran, Fivetran, FivetranError, OperationUnavailableError
from fivetran_ext import _request_models as request_models
from fivetran_ext._generated import class_of_module, load_class, load_operation
from fivetran_ext._resources._base import DataOf
from fivetran_ext.cli import main
from fivetran_ext.cli._exit import ExitCode

from .conftest import Recorder

# An unexpected OperationUnavailableError fails these tests instead of skipping them (tests/conftest.py).
pytestmark = pytest.mark.simulates_removal

CANCEL = "fivetran_api.api.transformation_management.cancel_transformation"
NEW_TRANSFORMATION_REQUEST = "fivetran_api.models.new_transformation_request"
TRANSFORMATIONS_PAGE = {"code": "Success", "data": {"items": [], "next_cursor": None}}

ADVICE = (
    "Fivetran removed it from the API and the client was regenerated without it. Upgrade fivetran-ext, or "
    "regenerate from a spec that has it (make generate SPEC=...); if it is gone for good, tests/test_coverage.py "
    "names the method to remove"
)


def _remove(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """Make ``module`` unimportable for the rest of the test (as after a regeneration without it)."""
    monkeypatch.setitem(sys.modules, module, None)


def _forget_request_model(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delitem(vars(request_models), name, raising=False)


def test_the_error_is_public_a_fivetran_error_and_an_import_error() -> None:
    assert "OperationUnavailableError" in fivetran_ext.__all__
    assert fivetran_ext.OperationUnavailableError is OperationUnavailableError
    assert issubclass(OperationUnavailableError, FivetranError)
    assert issubclass(OperationUnavailableError, ImportError)
    assert OperationUnavailableError.type == "operation_unavailable"


def test_the_message_names_the_method_the_module_and_what_to_do() -> None:
    error = OperationUnavailableError(NEW_TRANSFORMATION_REQUEST, "NewTransformationRequest", "client.x.create")

    assert str(error) == (
        "client.x.create is unavailable: the generated client has no model NewTransformationRequest "
        f"(fivetran_api.models.new_transformation_request); {ADVICE}"
    )
    assert (error.module, error.model, error.method, error.name) == (
        NEW_TRANSFORMATION_REQUEST,
        "NewTransformationRequest",
        "client.x.create",
        NEW_TRANSFORMATION_REQUEST,
    )
    assert str(OperationUnavailableError(CANCEL)) == f"the generated client has no operation {CANCEL}; {ADVICE}"


def test_the_error_survives_pickling() -> None:
    error = OperationUnavailableError(CANCEL, None, "client.transformations.cancel")

    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes

    assert type(copy) is OperationUnavailableError
    assert (str(copy), copy.module, copy.model, copy.method, copy.name, copy.operation) == (
        str(error),
        CANCEL,
        None,
        "client.transformations.cancel",
        CANCEL,
        CANCEL,
    )


def test_a_removed_operation_fails_only_its_method(
    monkeypatch: pytest.MonkeyPatch, client: Fivetran, recorder: Recorder
) -> None:
    recorder.answer(httpx.Response(200, json=TRANSFORMATIONS_PAGE))
    _remove(monkeypatch, CANCEL)

    with pytest.raises(OperationUnavailableError) as raised:
        client.transformations.cancel("t_1")

    assert (raised.value.module, raised.value.model, raised.value.method) == (
        CANCEL,
        None,
        "client.transformations.cancel",
    )
    assert str(raised.value).startswith(
        f"client.transformations.cancel is unavailable: the generated client has no operation {CANCEL};"
    )
    assert recorder.requests == []  # nothing was sent
    assert client.transformations.list().items == []
    assert [(request.method, request.url.path) for request in recorder.requests] == [("GET", "/v1/transformations")]


def test_a_removed_request_model_fails_only_the_methods_that_build_it(
    monkeypatch: pytest.MonkeyPatch, client: Fivetran, recorder: Recorder
) -> None:
    recorder.answer(httpx.Response(200, json=TRANSFORMATIONS_PAGE))
    _forget_request_model(monkeypatch, "NewTransformationRequest")
    _remove(monkeypatch, NEW_TRANSFORMATION_REQUEST)

    with pytest.raises(OperationUnavailableError) as raised:
        client.transformations.create(type="DBT_CORE")

    assert (raised.value.module, raised.value.model, raised.value.method) == (
        NEW_TRANSFORMATION_REQUEST,
        "NewTransformationRequest",
        "client.transformations.create",
    )
    assert recorder.requests == []
    # The rest of the resource works, including the method sharing the request's enum and settings.
    assert client.transformations.list().items == []
    with pytest.raises(ValueError, match="type"):
        client.transformations.create(type="not-a-kind")  # validated before the body is built


@pytest.mark.anyio
async def test_the_async_twin_names_the_same_method(
    monkeypatch: pytest.MonkeyPatch, async_client: AsyncFivetran, recorder: Recorder
) -> None:
    _forget_request_model(monkeypatch, "NewTransformationRequest")
    _remove(monkeypatch, NEW_TRANSFORMATION_REQUEST)

    with pytest.raises(OperationUnavailableError) as raised:
        await async_client.transformations.create(type="DBT_CORE")

    assert raised.value.method == "client.transformations.create"
    assert recorder.requests == []


def test_a_removed_enum_class_fails_only_the_methods_that_check_against_it(
    monkeypatch: pytest.MonkeyPatch, client: Fivetran, recorder: Recorder
) -> None:
    recorder.answer(httpx.Response(200, json={"code": "Success", "message": "Cancelled"}))
    _forget_request_model(monkeypatch, "TransformationsListType")
    _remove(monkeypatch, "fivetran_api.models.transformations_list_type")

    with pytest.raises(OperationUnavailableError) as raised:
        client.transformations.list(type="DBT_CORE")  # its type filter is checked against the enum

    assert (raised.value.model, raised.value.method) == ("TransformationsListType", "client.transformations.list")
    assert recorder.requests == []
    assert client.transformations.cancel("t_1") is None
    assert [(request.method, request.url.path) for request in recorder.requests] == [
        ("POST", "/v1/transformations/t_1/cancel")
    ]


def test_a_renamed_class_in_a_module_that_is_still_there_is_unavailable_too() -> None:
    with pytest.raises(OperationUnavailableError) as raised:
        load_class("fivetran_api.models.new_transformation_request", "OldTransformationRequest")

    assert (raised.value.module, raised.value.model, raised.value.method) == (
        NEW_TRANSFORMATION_REQUEST,
        "OldTransformationRequest",
        None,
    )


def test_a_module_that_fails_to_import_something_else_is_not_reported_as_removed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The operation exists but one of its own imports is missing: that is a broken install, shown as it is.
    def import_module(name: str) -> object:
        raise ModuleNotFoundError("No module named 'some_dependency'", name="some_dependency")

    monkeypatch.setattr("importlib.import_module", import_module)

    with pytest.raises(ModuleNotFoundError) as raised:
        load_operation(CANCEL)

    assert not isinstance(raised.value, OperationUnavailableError)
    assert raised.value.name == "some_dependency"


def test_a_reader_resolves_its_model_once() -> None:
    loads: list[str] = []

    def model() -> type[int]:
        loads.append("loaded")
        return int

    reader = DataOf(model)

    assert (reader.model, reader.model) == (int, int)
    assert loads == ["loaded"]


def test_the_request_models_namespace_lists_what_mypy_sees() -> None:
    """`_MODULES` (run time) and the TYPE_CHECKING imports (mypy) name the same classes, all generated today."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(request_models))
    (checked,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
    ]
    typed = {
        alias.name: node.module for node in checked.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    runtime = dict(request_models._MODULE_OF)

    assert typed == runtime
    assert sorted(runtime) == sorted(request_models.__all__)
    for name, module in runtime.items():
        assert class_of_module(module.rpartition(".")[2]) == name
        assert getattr(request_models, name).__name__ == name


def test_the_cli_reports_a_removed_operation_with_its_own_exit_code(
    monkeypatch: pytest.MonkeyPatch, client: Fivetran, recorder: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    _remove(monkeypatch, CANCEL)

    code = main(["transformations", "cancel", "t_1"], client_factory=lambda options: client)

    assert code == ExitCode.UNAVAILABLE == 9
    err = capsys.readouterr().err
    assert err == (
        f"error: client.transformations.cancel is unavailable: the generated client has no operation {CANCEL}; "
        f"{ADVICE}\n"
    )
    assert recorder.requests == []


def test_a_removed_public_model_breaks_neither_the_import_nor_the_other_names() -> None:
    """In a fresh interpreter (the readers cache their models): `TransformationPackage`'s module is gone."""
    script = textwrap.dedent(
        """
        import sys
        sys.modules["fivetran_api.models.transformation_package"] = None
        import fivetran_ext
        from fivetran_ext import Fivetran, Group, OperationUnavailableError

        try:
            from fivetran_ext import TransformationPackage
        except ImportError as error:
            print("import:", type(error).__name__, error)
        try:
            fivetran_ext.TransformationPackage
        except ImportError as error:
            print("attribute:", error.model, error.module, error.method)
        client = Fivetran("key", "secret")
        print("resource:", type(client.transformations).__name__, Group.__name__)
        """
    )

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "import: OperationUnavailableError the generated client has no model TransformationPackage "
        f"(fivetran_api.models.transformation_package); {ADVICE}",
        "attribute: TransformationPackage fivetran_api.models.transformation_package None",
        "resource: Transformations Group",
    ]
