"""docs/client.md runs as written against the fake's sample data, and no doc has an example nobody runs.

Each example of docs/client.md runs against `FakeFivetran` served over HTTP and seeded like
``python -m fivetran_ext.testing start --sample-data``, with the environment a reader would have set
(``FIVETRAN_API_KEY``/``FIVETRAN_API_SECRET``/``FIVETRAN_BASE_URL``) and a ``client`` built from it. What a
``print(...)  # text`` line promises must be what it printed (the fake's URL read as Fivetran's).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from fivetran_ext import Fivetran
from fivetran_ext.testing.__main__ import seed_sample_data
from fivetran_ext.testing.fake import FakeFivetran

from ._docs import DOCS, ROOT, examples, python_blocks, run_example, shell_blocks, untagged

CLIENT_DOC = DOCS / "client.md"
CLIENT_EXAMPLES = list(examples(CLIENT_DOC))


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with FakeFivetran() as fake, fake.serve() as base_url:
        seed_sample_data(fake)
        monkeypatch.setenv("FIVETRAN_API_KEY", fake.api_key)
        monkeypatch.setenv("FIVETRAN_API_SECRET", fake.api_secret)
        monkeypatch.setenv("FIVETRAN_BASE_URL", base_url)
        yield base_url


def promised(code: str) -> list[str]:
    """The texts an example promises in ``print(...)  # text`` comments."""
    return [text.strip() for text in re.findall(r"print\(.*\)\s+#\s*(.+)$", code, re.MULTILINE)]


def test_client_doc_has_the_examples_this_test_runs() -> None:
    assert untagged(CLIENT_DOC) == []
    assert len(CLIENT_EXAMPLES) == 14


@pytest.mark.parametrize("name", CLIENT_EXAMPLES)
def test_client_doc_example_runs_and_prints_what_it_promises(name: str, served: str) -> None:
    output = io.StringIO()
    with Fivetran.from_env() as client, contextlib.redirect_stdout(output):
        run_example(CLIENT_DOC, name, {"__name__": f"docs_client_{name}", "client": client})
    printed = output.getvalue().replace(served, "https://api.fivetran.com")
    for text in promised(examples(CLIENT_DOC)[name]):
        assert text in printed, f"docs/client.md:{name} promises {text!r}; it printed {printed!r}"


def test_the_overview_promises_the_sample_data_it_prints(served: str) -> None:
    assert promised(examples(CLIENT_DOC)["overview"]) == ["projected_sickle demo", "scheduled"]


@pytest.mark.parametrize("path", [ROOT / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda path: path.name)
def test_every_python_block_of_the_docs_is_run_by_a_test(path: Path) -> None:
    # README.md's blocks are all run by tests/test_readme.py; elsewhere a block must carry an example tag
    # that the doc's own test module runs.
    if path.name == "README.md":
        assert len(python_blocks(path)) >= 6
        return
    assert untagged(path) == []
    if examples(path):
        runners = "".join(test.read_text(encoding="utf-8") for test in (ROOT / "tests").rglob("test_*.py"))
        assert f'"{path.name}"' in runners, f"no test module reads docs/{path.name}"


# docs/integrations.md's shell blocks (pip install of the extras, an Airflow connection, make
# test-integrations) belong to the integration environments, which `make test` does not build.
_NOT_IN_MAKE_TEST = {"integrations.md"}


@pytest.mark.parametrize("path", [ROOT / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda path: path.name)
def test_every_shell_block_of_the_docs_is_run_by_a_test(path: Path) -> None:
    if not shell_blocks(path) or path.name in _NOT_IN_MAKE_TEST:
        return
    runners = [
        test.relative_to(ROOT).as_posix()
        for test in (ROOT / "tests").rglob("test_*.py")
        if "shell_blocks(" in (text := test.read_text(encoding="utf-8")) and f'"{path.name}"' in text
    ]
    assert runners, f"no test module runs the shell blocks of {path.name} (read them with tests/_docs.py:shell_blocks)"
