"""A framework adapter imported without its extra says which extra to install."""

from __future__ import annotations

import importlib
import sys

import pytest


@pytest.mark.parametrize(
    ("adapter", "hidden", "extra"),
    [
        ("django", "asgiref", "django"),
        ("django", "django", "django"),
        ("flask", "flask", "flask"),
        ("starlette", "starlette", "starlette"),
        ("fastapi", "fastapi", "fastapi"),
    ],
)
def test_a_missing_framework_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, adapter: str, hidden: str, extra: str
) -> None:
    module = f"fivetran_ext.webhooks.{adapter}"
    monkeypatch.delitem(sys.modules, module, raising=False)
    for name in [name for name in sys.modules if name == hidden or name.startswith(hidden + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, hidden, None)  # what an uninstalled package looks like to `import`

    with pytest.raises(ModuleNotFoundError) as raised:
        importlib.import_module(module)

    assert str(raised.value) == (
        f"{module} needs the optional dependency {hidden!r}, which is not installed: "
        f'pip install "fivetran-ext[{extra}]"'
    )
    assert raised.value.name == hidden
