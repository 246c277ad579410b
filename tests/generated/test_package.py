"""The generated package: complete, importable, stamped, lazy; and a wheel that ships both packages."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from fivetran_api import _stamp
from fivetran_api._operations import OPERATIONS

from ..conftest import ROOT

LOCK = json.loads((ROOT / "openapi" / "spec.lock.json").read_text())


def test_one_module_per_operation_and_every_module_imports() -> None:
    # Counted from the lock, not pinned: regenerating from an export with an operation more or less fails
    # the coverage registry test alone (check-generated ties generated/ to the spec).
    assert len(OPERATIONS) == LOCK["operation_count"] == _stamp.OPERATION_COUNT
    modules = sorted((ROOT / "generated" / "fivetran_api" / "api").rglob("*.py"))
    assert len([m for m in modules if m.name != "__init__.py"]) == LOCK["operation_count"]
    for _method, _path, dotted in OPERATIONS:
        module = importlib.import_module(dotted)
        assert callable(module.sync_detailed)
        assert callable(module.asyncio_detailed)


def test_operation_index_matches_the_lock() -> None:
    # The lock keys operations by METHOD and path with parameter names erased.
    def key(method: str, path: str) -> str:
        import re

        return f"{method} {re.sub(r'{[^}]+}', '{}', path)}"

    assert {key(m, p) for m, p, _ in OPERATIONS} == set(LOCK["operations"])


def test_stamp_records_what_the_client_was_generated_from() -> None:
    assert _stamp.GENERATOR == "openapi-python-client==0.29.1"
    assert LOCK["sha256"] == _stamp.SPEC_SHA256
    assert _stamp.SPEC_EXPORT_DATE == LOCK["export_date"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", _stamp.SPEC_EXPORT_DATE)


def test_models_are_imported_lazily() -> None:
    code = (
        "import sys, fivetran_api.models as m\n"
        "before = sum(1 for n in sys.modules if n.startswith('fivetran_api.models.'))\n"
        "cls = m.Group\n"
        "after = sum(1 for n in sys.modules if n.startswith('fivetran_api.models.'))\n"
        "print(before, after, cls.__name__, 'Group' in dir(m))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0"
    assert 1 <= int(out[1]) < 10
    assert out[2:] == ["Group", "True"]


def test_the_generated_package_does_not_import_attrs() -> None:
    # openapi/templates/client.py.jinja and types.py.jinja: attrs cost as much to import as the rest of the client.
    code = (
        "import sys\n"
        "from fivetran_api.client import Client\n"
        "from fivetran_api.api.connection_management import connection_details\n"
        "assert not [n for n in sys.modules if n.split('.')[0] in ('attr', 'attrs')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


def test_the_clients_keep_the_attrs_api() -> None:
    import httpx
    from fivetran_api.client import AuthenticatedClient, Client
    from fivetran_api.types import Response

    client = Client("https://api.example", headers={"A": "1"}, timeout=httpx.Timeout(3.0))
    assert client == Client(base_url="https://api.example", headers={"A": "1"}, timeout=httpx.Timeout(3.0))
    assert client != Client("https://other.example")
    with pytest.raises(TypeError, match="unhashable"):
        hash(client)
    assert repr(client).startswith("Client(raise_on_unexpected_status=False, _base_url='https://api.example', ")
    changed = client.with_headers({"B": "2"}).with_cookies({"c": "3"}).with_timeout(httpx.Timeout(5.0))
    assert type(changed) is Client
    assert (changed._headers, changed._cookies, changed._timeout) == (
        {"A": "1", "B": "2"},
        {"c": "3"},
        httpx.Timeout(5.0),
    )
    assert client._headers == {"A": "1"}
    with pytest.raises(TypeError):
        Client("https://api.example", True)  # type: ignore[misc]  # everything after base_url is keyword-only

    authenticated = AuthenticatedClient("https://api.example", "tok", raise_on_unexpected_status=True)
    copy = authenticated.with_headers({"B": "2"})
    assert (copy.token, copy.prefix, copy.auth_header_name, copy.raise_on_unexpected_status) == (
        "tok",
        "Bearer",
        "Authorization",
        True,
    )
    assert copy.get_httpx_client().headers["Authorization"] == "Bearer tok"
    assert AuthenticatedClient("https://x", "tok", "").get_httpx_client().headers["Authorization"] == "tok"
    assert Response(200, b"{}", {}, None) == Response(status_code=200, content=b"{}", headers={}, parsed=None)


def test_unknown_model_name_is_an_attribute_error() -> None:
    import fivetran_api.models

    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = fivetran_api.models.NoSuchModel


def test_hostile_path_parameters_are_data_not_structure() -> None:
    from fivetran_api.api.connection_management import connection_details

    url = connection_details._get_kwargs("../groups/x?y#z %é")["url"]
    assert url == "/v1/connections/%2E%2E%2Fgroups%2Fx%3Fy%23z%20%25%C3%A9"


@pytest.mark.slow
def test_wheel_ships_both_packages_into_a_clean_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheels = list(dist.glob("fivetran_ext-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True, capture_output=True)
    code = (
        "import importlib.util, fivetran_ext, fivetran_api\n"
        "from fivetran_api.api.connection_management import connection_details\n"
        "from fivetran_api._stamp import SPEC_SHA256\n"
        "print(fivetran_ext.__version__, importlib.util.find_spec('generated') is None, "
        "fivetran_api.__file__.endswith('site-packages/fivetran_api/__init__.py'))\n"
    )
    # Run outside the repo so the source tree cannot be imported by accident.
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    import fivetran_ext

    assert out.stdout.split() == [fivetran_ext.__version__, "True", "True"]


def test_synthesized_examples_cover_every_operation_and_parse() -> None:
    """`_examples.json` (what the fake API answers by default) parses through every operation."""
    import re

    import httpx
    from fivetran_api.client import Client

    examples = json.loads((ROOT / "generated" / "fivetran_api" / "_examples.json").read_text())
    by_key = {
        f"{m} {re.sub(r'{[^}]+}', '{}', p)}": e for m, p, e in [(*k.split(" ", 1), v) for k, v in examples.items()]
    }
    assert len(examples) == LOCK["operation_count"]
    client = Client(base_url="https://api.fivetran.com")
    for method, path, dotted in OPERATIONS:
        example = by_key[f"{method} {re.sub(r'{[^}]+}', '{}', path)}"]
        module = importlib.import_module(dotted)
        if example["content_type"] != "application/json":
            continue
        request = httpx.Request(method, "https://api.fivetran.com" + path)
        response = httpx.Response(example["status"], json=example["body"], request=request)
        parsed = module._build_response(client=client, response=response).parsed
        assert parsed is not None or example["body"] is None, dotted
        if hasattr(parsed, "to_dict"):
            # Every key of the example survives parsing (two fingerprint approvals document a bare
            # object rather than the {code, data} envelope).
            assert set(parsed.to_dict()) == set(example["body"]), dotted
